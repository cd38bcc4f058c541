"""The target: guessed from links, venues, the wiki the question names and the body's language."""

from __future__ import annotations

import pytest

from advocacy_cli.rules.detectors.target import guess_target, project_for_key


def _guess(catalog, text, language="en"):
    question = text.split("\n\n")[0]
    return guess_target(catalog, text, question, language)


class TestLinksAndVenues:
    @pytest.mark.parametrize(
        ("text", "key"),
        [
            ("Should we add a notice?\n\nSee [[Commons:Licensing]] and [[c:COM:FOP]].", "commonswiki"),
            (
                "Should we add a notice?\n\nSee [[d:Q42]], [[d:Property:P31]] and [[Wikidata:Licensing]].",
                "wikidatawiki",
            ),
            ("Discussion draft\n\nSee [[m:Advocacy]] and [[meta:Wikimedia Forum/Archive]].", "metawiki"),
            ("Please comment at [[Commons:Village pump/Proposals]].", "commonswiki"),
            ("Diskussion auf [[Wikipedia:Projektdiskussion]] erbeten.", "dewiki"),
        ],
    )
    def test_the_links_show_the_wiki(self, catalog, text, key):
        guess = _guess(catalog, text)
        assert guess.project is not None and guess.project.key == key
        assert guess.assumed

    def test_centralnotice_links_do_not_make_a_draft_meta(self, catalog):
        text = "Should we show a banner?\n\nIt will be requested at [[m:CentralNotice/Request]] as [[m:CN]]."
        guess = _guess(catalog, text)
        assert guess.project is not None and guess.project.key == "enwiki"
        assert not guess.certain

    def test_the_rfc_template_names_its_wiki(self, catalog):
        guess = _guess(catalog, "{{rfc|policy}}\nShould we?")
        assert guess.project is not None and guess.project.key == "enwiki" and guess.certain


class TestTheWikiNamedInTheQuestion:
    @pytest.mark.parametrize(
        ("question", "language", "key"),
        [
            ("Should Wikimedia Commons show a banner?", "en", "commonswiki"),
            ("Should Wikidata publish a statement?", "en", "wikidatawiki"),
            ("Soll die deutschsprachige Wikipedia ein Banner zeigen?", "de", "dewiki"),
            ("La Wikipédia en français doit-elle afficher un bandeau ?", "fr", "frwiki"),
            ("Should the German Wikipedia show a banner?", "en", "dewiki"),
            ("¿Debe la Wikipedia en español mostrar un anuncio?", "es", "eswiki"),
            ("Wikipedia in italiano deve mostrare un banner?", "it", "itwiki"),
        ],
    )
    def test_the_named_wiki_wins_over_the_headings(self, catalog, question, language, key):
        guess = guess_target(catalog, "== Proposal ==\n" + question, question, language)
        assert guess.project is not None and guess.project.key == key
        assert guess.certain


class TestTheBodysLanguage:
    @pytest.mark.parametrize(("language", "key"), [("de", "dewiki"), ("fr", "frwiki"), ("it", "itwiki")])
    def test_a_guess_from_the_language_is_not_sure(self, catalog, language, key):
        guess = guess_target(catalog, "== Proposal ==\nText", "Text", language)
        assert guess.project is not None and guess.project.key == key
        assert not guess.certain and "language" in guess.assumed

    def test_no_sign_at_all_guesses_nothing(self, catalog):
        guess = guess_target(catalog, "Text", "Text", None)
        assert guess.project is None and not guess.certain


class TestAnyWikiKey:
    @pytest.mark.parametrize(
        ("key", "name", "language"),
        [
            ("dawiki", "Danish Wikipedia", "da"),
            ("fiwiki", "Finnish Wikipedia", "fi"),
            ("cswiki", "Czech Wikipedia", "cs"),
            ("plwikisource", "Polish Wikisource", "pl"),
        ],
    )
    def test_an_unknown_wiki_gets_the_general_rules_and_its_language(self, catalog, key, name, language):
        project = project_for_key(catalog, key)
        assert project is not None
        assert (project.key, project.name, project.language) == (key, name, language)
        assert project.venues == () and project.kind == "community"

    @pytest.mark.parametrize("key", ["xxwiki", "dewiktionary", "wiki", "en", "English"])
    def test_a_key_that_is_no_wiki_is_refused(self, catalog, key):
        assert project_for_key(catalog, key) is None

    def test_the_catalogues_own_projects_come_first(self, catalog):
        assert project_for_key(catalog, "dewiki") is catalog.projects["dewiki"]


class TestAWikiNamedAsAPagesPlace:
    @pytest.mark.parametrize(
        ("question", "language"),
        [
            ("Propuesta: mostrar un banner a los lectores que enlace a una página de Meta.", "es"),
            ("Proposal: a banner for readers, with a link to a page on Meta.", "en"),
            ("Proposta: un banner che rimanda a una pagina su Meta.", "it"),
            ("Vorschlag: ein Banner mit Link auf eine Seite auf Meta.", "de"),
        ],
    )
    def test_is_not_the_target(self, catalog, question, language):
        guess = guess_target(catalog, "== Banner ==\n" + question, question, language)
        assert guess.project is None or guess.project.key != "metawiki"

    def test_a_wiki_named_as_the_subject_still_is(self, catalog):
        question = "Should Meta host a statement, with a link to a page on Commons?"
        guess = guess_target(catalog, "== Statement ==\n" + question, question, "en")
        assert guess.project is not None and guess.project.key == "metawiki"


class TestAnEditionTheCatalogueLacks:
    @pytest.mark.parametrize(
        ("question", "language", "key"),
        [
            ("Schreibwettbewerb auf Wikisource: Wer macht mit?", "de", "dewikisource"),
            ("Un editathon su Wikisource per le autrici in pubblico dominio?", "it", "itwikisource"),
        ],
    )
    def test_is_that_edition_not_another_languages(self, catalog, question, language, key):
        guess = guess_target(catalog, "== Wikisource ==\n" + question, question, language)
        assert guess.project is not None and guess.project.key == key


class TestMetaByItsName:
    @pytest.mark.parametrize(
        ("question", "language"),
        [
            ("¿Mostramos un banner? La meta es informar a los lectores de México.", "es"),
            ("Un banner: la meta è informare i lettori.", "it"),
        ],
    )
    def test_the_common_noun_is_not_the_wiki(self, catalog, question, language):
        guess = guess_target(catalog, "== Banner ==\n" + question, question, language)
        assert guess.project is None or guess.project.key != "metawiki"


class TestAWikiNamedAsNotInvolved:
    @pytest.mark.parametrize(
        ("question", "language"),
        [
            ("Il banner lo mettono gli amministratori, senza bisogno di passare da Meta.", "it"),
            ("The admins add the banner themselves, without going through Meta.", "en"),
            (
                "Un banner sobrio, solicitado por CentralNotice, con enlace a una página neutral en Meta.",
                "es",
            ),
            ("Se c'è consenso faccio la richiesta su Meta e avviso la Fondazione.", "it"),
        ],
    )
    def test_is_not_the_target(self, catalog, question, language):
        guess = guess_target(catalog, "== Banner ==\n" + question, question, language)
        assert guess.project is None or guess.project.key != "metawiki"


class TestTheWikiNamedFirst:
    """The question's subject is the wiki it names first; a later sister project is where a step happens."""

    @pytest.mark.parametrize(
        ("question", "language", "key"),
        [
            (
                "Wir schlagen vor, in der deutschsprachigen Wikipedia ein Banner zu zeigen; "
                "danach stellen wir die Anfrage im Kalender auf Meta.",
                "de",
                "dewiki",
            ),
            (
                "Proponiamo che Wikipedia in italiano mostri un banner, poi lo chiederemo su Meta.",
                "it",
                "itwiki",
            ),
            (
                "Proponemos que la Wikipedia en español muestre un anuncio; luego lo pediremos en Meta.",
                "es",
                "eswiki",
            ),
            (
                "Nous proposons que Wikipédia en français affiche un bandeau, puis nous le demanderons sur Meta.",
                "fr",
                "frwiki",
            ),
            ("We propose that the Italian Wikipedia runs a banner and then ask Meta for it.", "en", "itwiki"),
        ],
    )
    def test_a_named_edition_before_a_sister_project(self, catalog, question, language, key):
        guess = guess_target(catalog, "== Proposal ==\n" + question, question, language)
        assert guess.project is not None and guess.project.key == key

    @pytest.mark.parametrize(
        ("question", "key"),
        [
            ("Should Commons show a notice about the German Wikipedia's blackout?", "commonswiki"),
            ("Should Wikidata publish a statement that English Wikipedia links to?", "wikidatawiki"),
            ("Should Meta host a statement, as Wikipedia did in 2012?", "metawiki"),
        ],
    )
    def test_a_sister_project_named_first_or_beside_a_bare_wikipedia(self, catalog, question, key):
        guess = guess_target(catalog, "== Proposal ==\n" + question, question, "en")
        assert guess.project is not None and guess.project.key == key


class TestALanguageNameThatIsAWord:
    @pytest.mark.parametrize(
        ("question", "language", "key"),
        [
            ("Perché ci riguarda. Una voce di Wikipedia non ha un direttore responsabile.", "it", "itwiki"),
            ("Ga naar Wikipedia en lees het artikel.", "nl", "nlwiki"),
            ("I mari e Wikipedia: una proposta per la settimana del mare.", "it", "itwiki"),
        ],
    )
    def test_is_not_read_as_that_language(self, catalog, question, language, key):
        guess = guess_target(catalog, "== Proposta ==\n" + question, question, language)
        assert guess.project is not None and guess.project.key == key
