"""The draft rules read meaning through the detectors: whose words, what is proposed, dates, target."""

from __future__ import annotations

import datetime as dt

import pytest

from advocacy_cli.findings import Severity
from advocacy_cli.lint.engine import lint_text
from tests.conftest import ROOT

TODAY = dt.date(2027, 4, 1)
GOOD = (ROOT / "tests" / "corpus" / "en-good-banner-rfc.wiki").read_text(encoding="utf-8")


def _findings(text, catalog, target=None, today=TODAY):
    return lint_text(text, catalog, today, target)


def _rules(text, catalog, target=None, today=TODAY):
    return sorted({f.rule for f in _findings(text, catalog, target, today)})


def test_the_good_draft_is_clean(catalog):
    assert _rules(GOOD, catalog) == []


class TestRepliesAreOtherVoices:
    @pytest.mark.parametrize(
        "replies",
        [
            "".join(
                f"* {{{{Support}}}} Fine. [[User:U{i}|U{i}]] ([[User talk:U{i}|talk]]) 10:0{i}, 2 April 2027 (UTC)\n"
                for i in range(6)
            ),
            "# {{Oppose}} Everyone should vote support on the other RfC instead!!! "
            "[[User:Bob|Bob]] ([[User talk:Bob|talk]]) 11:00, 2 April 2027 (UTC)\n",
            ":STOP THE FILTERS NOW!!! Tell your members to create accounts and vote. "
            "[[User:Carol|Carol]] 12:00, 2 April 2027 (UTC)\n",
        ],
    )
    def test_signatures_and_words_of_others_are_not_the_proposers(self, catalog, replies):
        text = GOOD + replies
        assert _rules(text, catalog) == []

    def test_the_proposers_own_mass_notice_is_still_canvassing(self, catalog):
        notices = " ".join(f"[[User talk:U{i}]]" for i in range(5))
        text = GOOD.replace("=== Survey ===", f"Notified: {notices}\n\n=== Survey ===")
        assert "canvassing" in _rules(text, catalog)


class TestWhatIsNotProposed:
    @pytest.mark.parametrize(
        ("text", "target"),
        [
            (
                "== Statement on the directive ==\nShould the English Wikipedia publish a statement on the "
                "directive? No banner is proposed and no blackout either. ~~~~\n",
                "enwiki",
            ),
            (
                "== Stellungnahme ==\nSoll die Wikipedia eine Stellungnahme veröffentlichen? Ein Banner "
                "schlage ich nicht vor. ~~~~\n",
                "dewiki",
            ),
            (
                "== Comunicato ==\nLa Wikipedia in italiano deve pubblicare un comunicato? Niente banner, "
                "niente oscuramento. ~~~~\n",
                "itwiki",
            ),
            (
                "== Déclaration ==\nWikipédia en français doit-elle publier une déclaration ? Nous ne "
                "proposons pas de bandeau. ~~~~\n",
                "frwiki",
            ),
            (
                "== Comunicado ==\n¿Debe la Wikipedia en español publicar un comunicado? No proponemos un "
                "apagón. ~~~~\n",
                "eswiki",
            ),
        ],
    )
    def test_a_denied_action_asks_for_no_action_rules(self, catalog, text, target):
        rules = _rules(text, catalog, target)
        for rule in ("no-alternatives", "missing-scope", "missing-centralnotice"):
            assert rule not in rules

    def test_a_precedent_is_not_proposed(self, catalog):
        text = (
            "== Statement ==\nShould the English Wikipedia publish a statement? In 2017 Turkey blocked "
            "Wikipedia, and in 2012 the site ran a blackout. ~~~~\n"
        )
        assert "no-alternatives" not in _rules(text, catalog, "enwiki")


class TestVolunteers:
    @pytest.mark.parametrize(
        "disclosure",
        [
            "I am a volunteer editor and write in my own name.",
            "Ich bin ehrenamtlich dabei.",
            "Je suis bénévole.",
            "Soy voluntario.",
            "Sono un volontario.",
            "",
        ],
    )
    def test_no_disclosure_is_asked_of_someone_acting_for_nobody(self, catalog, disclosure):
        text = GOOD.replace(
            "Organisation: Open Knowledge Network. Role: policy officer. Posting this is part of my paid work.",
            disclosure,
        )
        assert "undisclosed-affiliation" not in _rules(text, catalog)

    @pytest.mark.parametrize(
        "disclosure",
        [
            "I post this on behalf of our members.",
            "Wir schreiben im Auftrag des Vereins.",
            "Nos membres soutiennent ce bandeau.",
            "Escribo en nombre de la asociación.",
            "I nostri soci chiedono questo banner.",
        ],
    )
    def test_someone_acting_for_an_organisation_must_say_more(self, catalog, disclosure):
        text = GOOD.replace(
            "Organisation: Open Knowledge Network. Role: policy officer. Posting this is part of my paid work.",
            disclosure,
        )
        assert "undisclosed-affiliation" in _rules(text, catalog)


class TestDates:
    def test_a_24_hour_discussion_is_a_short_deadline(self, catalog):
        text = GOOD.replace(
            "* This discussion opens: 1 April 2027",
            "* This discussion opens: 1 April 2027\n* The discussion closes: 2 April 2027",
        )
        findings = [f for f in _findings(text, catalog) if f.rule == "short-deadline"]
        assert findings and findings[0].severity is Severity.ERROR
        assert "the discussion runs 2 days to 2027-04-02" in findings[0].message

    def test_lead_time_counts_from_the_close(self, catalog):
        text = GOOD.replace(
            "* This discussion opens: 1 April 2027",
            "* This discussion opens: 1 April 2027\n* The discussion closes: 20 June 2027",
        )
        findings = [f for f in _findings(text, catalog) if f.rule == "short-deadline"]
        assert [f.severity for f in findings] == [Severity.WARNING]
        assert "8 days after the discussion closes" in findings[0].message

    @pytest.mark.parametrize(
        "background",
        [
            "The directive was adopted on 26 March 2019.",
            "On 18 January 2012 the English Wikipedia went dark.",
            "The Parliament voted on 12 March 2027 in committee.",
        ],
    )
    def test_a_background_date_is_not_the_actions_start(self, catalog, background):
        text = GOOD.replace("=== Why this matters", background + "\n\n=== Why this matters")
        assert "short-deadline" not in _rules(text, catalog)

    @pytest.mark.parametrize(
        "start",
        [
            "A banner for 48 hours from 1 to 2 September 2027",
            "A banner for 48 hours from 1 September to 3 September 2027",
        ],
    )
    def test_a_range_keeps_its_first_day(self, catalog, start):
        text = GOOD.replace("A banner for 48 hours from 28 June 2027 00:00 UTC", start).replace(
            "* Proposed start: 28 June 2027", "* Proposed start: 1 September 2027"
        )
        assert "short-deadline" not in _rules(text, catalog)


class TestTheTarget:
    COMMONS = (
        "== Proposal: a banner about freedom of panorama ==\n"
        "Should we show a one-week banner about freedom of panorama to logged-out readers? ~~~~\n\n"
        "=== Why it matters ===\nThe law affects [[Commons:Freedom of panorama]] and the files in "
        "[[Commons:Category:Buildings]], used by editors on every wiki.\n\n"
        "=== Proposed action ===\nA banner for 7 days from 1 September 2027, requested via CentralNotice; "
        "the Wikimedia Foundation will be notified.\n\n"
        "=== Alternatives considered ===\n* A statement on [[c:COM:VP]].\n"
    )

    def test_links_to_commons_make_the_draft_a_commons_draft(self, catalog):
        assert _findings(self.COMMONS, catalog) == []
        soon = self.COMMONS.replace("1 September 2027", "20 April 2027")
        deadline = [f for f in _findings(soon, catalog) if f.rule == "short-deadline"]
        assert len(deadline) == 1
        assert "assuming Wikimedia Commons from its 3 links to Commons" in deadline[0].message
        assert deadline[0].severity is Severity.INFO

    def test_a_language_guess_turns_wiki_customs_into_notes(self, catalog):
        text = (
            GOOD.replace("{{rfc|policy}}\n", "")
            .replace("Should the English Wikipedia show", "Should this wiki show")
            .replace("28 June 2027", "10 May 2027")
        )
        findings = [f for f in _findings(text, catalog) if f.rule == "short-deadline"]
        assert findings and all(f.severity is Severity.INFO for f in findings)
        assert "assuming English Wikipedia from the language of its text" in findings[0].message

    @pytest.mark.parametrize("key", ["dawiki", "fiwiki", "cswiki"])
    def test_any_wiki_key_is_a_target(self, catalog, key, cli):
        result = cli(
            "lint",
            "--today",
            "2027-04-01",
            "--target",
            key,
            str(ROOT / "tests" / "corpus" / "en-good-banner-rfc.wiki"),
        )
        assert result.exit_code in (0, 1)
        assert "no such project" not in result.stderr
        assert "language-mismatch" in result.stdout

    def test_an_unknown_key_is_still_refused(self, cli):
        result = cli("lint", "--target", "xxwiki", str(ROOT / "tests" / "corpus" / "en-good-banner-rfc.wiki"))
        assert result.exit_code == 2
        assert "no such project: 'xxwiki'" in result.stderr


IMPACT = "=== Why this matters to this project ===\nCommons would have to filter uploads against rightsholder lists, which would affect the images editors use in articles.\n"
ALTERNATIVES = "=== Alternatives considered ===\n* A 24-hour blackout: far too disruptive for readers.\n* A blog post on Diff: it reaches few readers.\n"
# Says what is at stake without the words the sentence check looks for: only its heading
# can tell that it is about the impact.
STAKE = "Experts across Europe have criticised the plan for years, and the vote is close."


class TestAbsenceRulesLookEverywhere:
    @pytest.mark.parametrize(
        "heading",
        [
            "=== Why it matters for Commons ===",
            "=== Impact on the projects and their volunteers ===",
            "=== Warum uns das angeht ===",
            "=== Pourquoi c'est important pour Wikipédia ===",
            "=== Por qué nos importa ===",
            "=== Perché ci riguarda ===",
        ],
    )
    def test_impact_under_any_title(self, catalog, heading):
        text = GOOD.replace(IMPACT, f"{heading}\n{STAKE}\n")
        assert "missing-impact" not in _rules(text, catalog)

    @pytest.mark.parametrize("heading", ["=== Details ===", "=== Timeline notes ===", "=== Notes ==="])
    def test_impact_missing_is_still_reported(self, catalog, heading):
        # GOOD's opening names readers and the directive, but not how the projects are affected.
        text = GOOD.replace(IMPACT, f"{heading}\n{STAKE}\n")
        assert "missing-impact" in _rules(text, catalog)

    @pytest.mark.parametrize(
        "weighing",
        [
            "=== Other options ===\n* A statement on the village pump.\n",
            "=== Altre opzioni ===\n* Un comunicato.\n",
            "=== Andere Möglichkeiten ===\n* Eine Stellungnahme.\n",
            "=== Notes ===\nWe also considered a blog post, but it reaches few readers.\n",
            "=== Notes ===\nA statement would not reach the readers who are affected.\n",
            "=== Options ===\n{|\n! Option !! What\n|-\n| A || the banner above\n|-\n| B || a statement only\n|}\n",
        ],
    )
    def test_alternatives_wherever_they_stand(self, catalog, weighing):
        text = GOOD.replace(ALTERNATIVES, weighing)
        assert "no-alternatives" not in _rules(text, catalog)

    def test_no_alternatives_at_all_is_still_reported(self, catalog):
        text = GOOD.replace(ALTERNATIVES, "=== Notes ===\nThe banner text will be translated.\n")
        assert "no-alternatives" in _rules(text, catalog)

    @pytest.mark.parametrize(
        "elsewhere",
        [
            "=== Details ===\nThe banner would be shown for two days to logged-out readers in the EU.\n",
            "=== Timeline ===\n* The banner runs from 28 to 29 June 2027 for readers in the EU.\n",
        ],
    )
    def test_scope_in_another_section(self, catalog, elsewhere):
        text = GOOD.replace(
            "A banner for 48 hours from 28 June 2027 00:00 UTC, shown to logged-out readers in the EU.",
            "A banner on 28 June 2027.",
        ).replace("=== Alternatives considered ===", elsewhere + "\n=== Alternatives considered ===")
        assert "missing-scope" not in _rules(text, catalog)

    def test_readers_in_the_impact_section_are_no_scope(self, catalog):
        text = (
            GOOD.replace(
                "A banner for 48 hours from 28 June 2027 00:00 UTC, shown to logged-out readers in the EU.",
                "A banner, to be discussed.",
            )
            .replace(
                "a 48-hour informational banner to logged-out readers in the EU", "an informational banner"
            )
            .replace("show a 48-hour banner", "show a banner")
            .replace("the images editors use in articles", "what readers in every country see for days")
        )
        assert "missing-scope" in _rules(text, catalog)


class TestSeriousRulesRecogniseTheAct:
    @pytest.mark.parametrize(
        ("sentence", "rule"),
        [
            (
                "If you have no account, create one and make 200 edits so you can vote in March.",
                "meatpuppetry",
            ),
            ("Wir bitten unsere Mitglieder, bei dem Meinungsbild mit Pro zu stimmen.", "canvassing"),
            ("Chiediamo ai nostri soci di votare a favore.", "canvassing"),
            ("Vote for Jane Smith in the election.", "off-mission"),
            ("Votez pour Marie Dupont aux élections de dimanche.", "off-mission"),
            ("Please add a section with a link to the petition to the article.", "article-advocacy"),
            ("Añadid al artículo un enlace a la petición.", "article-advocacy"),
        ],
    )
    def test_in_the_proposers_words(self, catalog, sentence, rule):
        text = GOOD.replace("=== Timeline ===", f"=== Next steps ===\n{sentence}\n\n=== Timeline ===")
        findings = [f for f in _findings(text, catalog) if f.rule == rule]
        assert len(findings) == 1
        assert findings[0].severity is Severity.ERROR

    @pytest.mark.parametrize(
        "sentence",
        [
            "If you have no account, create one and make 200 edits so you can vote in March.",
            "Vote for Jane Smith in the election.",
            "Please add a section with a link to the petition to the article.",
        ],
    )
    def test_not_in_someone_elses_reply(self, catalog, sentence):
        reply = f":{sentence} [[User:Dan|Dan]] ([[User talk:Dan|talk]]) 10:00, 3 April 2027 (UTC)\n"
        assert _rules(GOOD + reply, catalog) == []


class TestSeriousRulesInTheAnswers:
    @pytest.mark.parametrize(
        ("field", "value"),
        [
            (
                "  details: An informational banner linking to a neutral explainer on Meta.",
                "  details: A banner saying vote for Jane Smith in the election.",
            ),
            (
                "  summary: The proposed directive would make hosting services liable for user uploads.",
                "  summary: The directive matters; vote for Jane Smith.",
            ),
            (
                "    note: Neutral notice at Village pump (policy)",
                "    note: Votate Mario Rossi alle elezioni.",
            ),
        ],
    )
    def test_electoral_content_in_any_field_is_an_error(self, catalog, field, value):
        from tests.test_answer_rules import BASE, edit, of, run

        findings = of(run(edit((field, value), text=BASE), catalog), "off-mission")
        assert any(f.severity is Severity.ERROR and "election" in f.message for f in findings)

    def test_a_plan_to_make_accounts_is_meatpuppetry(self, catalog):
        from tests.test_answer_rules import BASE, edit, of, run

        text = edit(
            (
                "    note: Neutral notice at Village pump (policy)",
                "    note: Members sign up and vote in March.",
            ),
            text=BASE,
        )
        assert of(run(text, catalog), "meatpuppetry")


class TestImpactInPlainSentences:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Upload filters would remove photographs before anyone can check them, and many articles would lose their only picture.",
            "Viele Artikel würden ihre Bilder verlieren.",
            "Beaucoup d'articles perdraient leurs images.",
            "Muchos artículos perderían sus imágenes.",
            "Molte voci perderebbero le loro immagini.",
        ],
    )
    def test_an_effect_on_the_articles_is_an_impact(self, catalog, sentence):
        text = GOOD.replace(IMPACT, f"=== Notes ===\n{sentence}\n")
        assert "missing-impact" not in _rules(text, catalog)


class TestScopeCertainty:
    def test_one_half_missing_is_a_warning_both_an_error(self, catalog):
        base = GOOD.replace(
            "a 48-hour informational banner to logged-out readers in the EU", "an informational banner"
        )
        base = base.replace("show a 48-hour banner", "show a banner")
        half = base.replace(
            "A banner for 48 hours from 28 June 2027 00:00 UTC, shown to logged-out readers in the EU.",
            "A banner for 48 hours from 28 June 2027 00:00 UTC.",
        )
        none = base.replace(
            "A banner for 48 hours from 28 June 2027 00:00 UTC, shown to logged-out readers in the EU.",
            "A banner, to be discussed.",
        ).replace(" at least 14 days ahead", "")
        assert [f.severity for f in _findings(half, catalog) if f.rule == "missing-scope"] == [
            Severity.WARNING
        ]
        assert [f.severity for f in _findings(none, catalog) if f.rule == "missing-scope"] == [Severity.ERROR]


class TestCentralNoticeRequest:
    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            ("* The CentralNotice request is filed on 20 June 2027.", "only 8 days before the banner starts"),
            (
                "* The CentralNotice request is filed on 1 May 2027.",
                "before the discussion closes on 2027-05-15",
            ),
            ("* The CentralNotice request is filed on 1 June 2027.", None),
        ],
    )
    def test_the_request_follows_consensus_and_comes_early_enough(self, catalog, line, expected):
        text = GOOD.replace(
            "* This discussion opens: 1 April 2027",
            "* This discussion opens: 1 April 2027\n* The discussion closes: 15 May 2027\n" + line,
        )
        messages = [f.message for f in _findings(text, catalog) if f.rule == "short-deadline"]
        if expected is None:
            assert messages == []
        else:
            assert len(messages) == 1 and expected in messages[0]


class TestAListThatAnnouncesIsNoVenue:
    @pytest.mark.parametrize(
        "sentence",
        [
            "The RfC will be announced on the mailing list; the vote happens here.",
            "Das Meinungsbild wird auf der Mailingliste angekündigt, abgestimmt wird hier.",
            "La prise de décision sera annoncée sur la liste de diffusion et le vote aura lieu ici.",
            "La votación se anunciará en la lista de correo.",
            "Il sondaggio sarà segnalato sulla mailing list; si vota qui.",
        ],
    )
    def test_announcing_on_a_list(self, catalog, sentence):
        text = GOOD.replace("=== Timeline ===", f"=== Notices ===\n{sentence}\n\n=== Timeline ===")
        assert "wrong-venue" not in _rules(text, catalog)

    @pytest.mark.parametrize(
        "sentence",
        [
            "We will decide on the mailing list whether to run it.",
            "Die Entscheidung fällt auf der Mailingliste des Vereins.",
            "Si decide nella lista di discussione del comitato.",
            "Ich schlage vor, die Sache auf der Mailingliste abzustimmen.",
            "Wir schlagen vor, auf der Mailingliste des Vereins darüber zu beschließen.",
        ],
    )
    def test_deciding_on_a_list_is_still_reported(self, catalog, sentence):
        text = GOOD.replace("=== Timeline ===", f"=== Notices ===\n{sentence}\n\n=== Timeline ===")
        assert "wrong-venue" in _rules(text, catalog)


class TestTableMarkupIsNotWording:
    @pytest.mark.parametrize(
        "table",
        [
            '{| class="wikitable"\n! Option !! Was passiert !! Dauer\n|-\n| A || Banner || 3 Tage\n|}',
            "{|\n! !! Qué !! Para quién !! Fechas\n|-\n| 1 || banner || lectores\n|}",
            "{|\n!Option!!Size\n|-\n|A||24 hours\n|}",
        ],
    )
    def test_header_separators_are_no_exclamation_marks(self, catalog, table):
        text = (
            "== Banner ==\nShould we show a banner? ~~~~\n" + table + "\n\n=== Alternatives ===\n* Nothing.\n"
        )
        assert "loaded-wording" not in _rules(text, catalog)

    def test_real_exclamation_marks_in_the_opening_still_count(self, catalog):
        text = "== Banner ==\nStop the law now!! ~~~~\n{|\n! A !! B\n|}\n"
        assert "loaded-wording" in _rules(text, catalog)


class TestAlternativesWeighedInPassing:
    @pytest.mark.parametrize(
        ("text", "target"),
        [
            (
                "== Banner gegen die Chatkontrolle ==\nWir bitten euch, ein Banner für Leser in Deutschland "
                "vom 1. bis 3. Juli 2027 zu schalten. Eine Abschaltung wollen wir ausdrücklich nicht. ~~~~",
                "dewiki",
            ),
            (
                "== Propuesta de banner ==\nPropongo un banner informativo del 1 al 3 de julio de 2027 para "
                "lectores en Chile; un apagón no lo propongo. ~~~~",
                "eswiki",
            ),
            (
                "== Banner ==\nI propose a banner for readers in Ireland from 1 to 3 July 2027. The alternative, "
                "a post on Diff, would reach few readers. ~~~~",
                "enwiki",
            ),
            (
                "== Bandeau ==\nJe propose un bandeau pour les lecteurs en France du 1er au 3 juillet 2027 ; "
                "un billet sur le Bistro n'atteint que les contributeurs. ~~~~",
                "frwiki",
            ),
        ],
    )
    def test_a_ruled_out_action_or_a_named_alternative_is_enough(self, catalog, text, target):
        assert "no-alternatives" not in _rules(text, catalog, target)

    def test_nothing_weighed_is_still_reported(self, catalog):
        text = "== Banner ==\nI propose a banner for readers in Ireland from 1 to 3 July 2027. ~~~~"
        assert "no-alternatives" in _rules(text, catalog, "enwiki")
