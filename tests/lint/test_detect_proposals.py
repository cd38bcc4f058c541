"""What is proposed: negation before or after the noun, conditions, options and precedents."""

from __future__ import annotations

import datetime as dt

import pytest

from advocacy_cli.rules.detectors.proposals import Reading, proposed, read_actions

TODAY = dt.date(2026, 7, 1)


def _readings(catalog, text: str, language: str) -> list[tuple[str, Reading]]:
    return [(m.action, m.reading) for m in read_actions(catalog, text, [(0, len(text))], TODAY, language)]


class TestNegationBeforeTheNoun:
    @pytest.mark.parametrize(
        ("language", "text", "action"),
        [
            ("en", "No banner is needed: a statement is enough.", "banner"),
            ("en", "We do not propose a site-wide blackout.", "blackout"),
            ("de", "Wir schlagen keine Abschaltung vor, nur eine Stellungnahme.", "blackout"),
            ("de", "Ohne Banner, nur ein Text auf der Hauptseite.", "banner"),
            ("fr", "Nous ne proposons pas de bandeau.", "banner"),
            ("es", "No proponemos un apagón.", "blackout"),
            ("es", "Sin pancarta: solo un comunicado.", "banner"),
            ("it", "Niente banner, niente oscuramento: solo un comunicato.", "banner"),
        ],
    )
    def test_the_action_is_not_proposed(self, catalog, language, text, action):
        readings = _readings(catalog, text, language)
        assert (action, Reading.NEGATED) in readings
        assert action not in proposed(read_actions(catalog, text, [(0, len(text))], TODAY, language))


class TestNegationAfterTheNoun:
    @pytest.mark.parametrize(
        ("language", "text", "action"),
        [
            ("en", "A banner is not proposed.", "banner"),
            ("en", "A blackout, as some suggested, is not part of this proposal.", "blackout"),
            ("de", "Ein Banner schlage ich nicht vor.", "banner"),
            ("de", "Ein Banner, wie 2012 bei der Abschaltung, schlage ich nicht vor.", "banner"),
            ("de", "Eine Abschaltung ist ausdrücklich nicht vorgesehen.", "blackout"),
            ("fr", "Un bandeau n'est pas proposé.", "banner"),
            ("fr", "Une fermeture du site n'est pas envisagée.", "blackout"),
            ("es", "Un apagón no se propone.", "blackout"),
            ("es", "Una pancarta no está prevista.", "banner"),
            ("it", "Un oscuramento non è previsto.", "blackout"),
            ("it", "Un banner non viene proposto.", "banner"),
        ],
    )
    def test_the_action_is_not_proposed(self, catalog, language, text, action):
        assert (action, Reading.NEGATED) in _readings(catalog, text, language)


class TestOnlyTheDeniedActionIsNegated:
    @pytest.mark.parametrize(
        ("language", "text"),
        [
            ("en", "We propose a banner, not a blackout."),
            ("en", "We propose a banner; a blackout is not proposed."),
            ("en", "A banner rather than a blackout."),
            ("de", "Wir schlagen ein Banner vor, aber keine Abschaltung."),
            ("fr", "Nous proposons un bandeau, pas une fermeture du site."),
            ("es", "Proponemos una pancarta y no un apagón."),
            ("it", "Proponiamo un banner, non un oscuramento."),
        ],
    )
    def test_the_banner_stays_proposed(self, catalog, language, text):
        assert _readings(catalog, text, language) == [
            ("banner", Reading.PROPOSED),
            ("blackout", Reading.NEGATED),
        ]


class TestProposedActions:
    @pytest.mark.parametrize(
        ("language", "text", "action"),
        [
            ("en", "Should the English Wikipedia show a banner for 48 hours?", "banner"),
            ("en", "If the community agrees, the banner runs for one day.", "banner"),
            ("de", "Soll die Wikipedia am 1. August 2026 abgeschaltet werden?", "blackout"),
            ("fr", "Proposition : un bandeau pendant 24 heures.", "banner"),
            ("es", "Proponemos un apagón de 24 horas.", "blackout"),
            ("it", "Proponiamo un oscuramento del sito per un giorno.", "blackout"),
        ],
    )
    def test_a_plain_request_is_proposed(self, catalog, language, text, action):
        assert _readings(catalog, text, language) == [(action, Reading.PROPOSED)]


class TestConditionsAndOptions:
    @pytest.mark.parametrize(
        ("language", "text"),
        [
            ("en", "If option 3 wins, a banner would run for a week."),
            ("de", "Falls Variante B gewinnt, läuft ein Banner eine Woche."),
            ("fr", "Si l'option 2 l'emporte, un bandeau serait affiché."),
            ("es", "Si gana la opción 3, se mostraría una pancarta."),
            ("it", "Se vince l'opzione 2, ci sarà un banner."),
        ],
    )
    def test_a_condition_on_an_option(self, catalog, language, text):
        assert [r for _, r in _readings(catalog, text, language)] == [Reading.CONDITIONAL]

    @pytest.mark.parametrize(
        "text",
        [
            "{|\n! Option !! Action\n|-\n| A || a banner for a week\n|-\n| B || a statement only\n|}",
            "* Option 1: a statement\n* Option 2: a blackout for one day\n* Option 3: nothing",
            "# Variante A: ein Banner\n# Variante B: keine Aktion",
            "* Opción 2: un apagón de un día",
            "* Opzione 2: un banner per un giorno",
            "Le bandeau n'est qu'une option parmi d'autres.",
            "A banner is one option among several.",
            "Ein Banner wäre eine Variante.",
        ],
    )
    def test_one_of_several_options(self, catalog, text):
        readings = _readings(catalog, text, "en")
        assert readings and all(r is Reading.OPTION for _, r in readings)


class TestPrecedents:
    @pytest.mark.parametrize(
        ("language", "text"),
        [
            ("en", "In 2017 Turkey blocked Wikipedia and readers saw a blackout."),
            ("en", "The Italian Wikipedia went dark in 2011 with a banner explaining why."),
            ("de", "2019 war die deutschsprachige Wikipedia einen Tag lang abgeschaltet."),
            ("fr", "En 2012, la Wikipédia anglophone a été fermée : un écran noir."),
            ("es", "En 2018 la Wikipedia en español fue un apagón de un día."),
            ("it", "Nel 2011 Wikipedia in italiano è stata oscurata: un oscuramento di giorni."),
        ],
    )
    def test_what_happened_before_is_not_proposed(self, catalog, language, text):
        readings = _readings(catalog, text, language)
        assert readings and all(r is Reading.PRECEDENT for _, r in readings)

    def test_a_proposal_that_cites_a_precedent_is_still_proposed(self, catalog):
        text = "We propose a blackout like the one in 2012."
        assert _readings(catalog, text, "en") == [("blackout", Reading.PROPOSED)]


class TestWeighedAndSetAside:
    @pytest.mark.parametrize(
        ("text", "language"),
        [
            ("Un banner non basterebbe, quindi propongo l'oscuramento per 24 ore.", "it"),
            ("A banner would not be enough, so I propose a blackout for 24 hours.", "en"),
            ("Ein Banner würde nicht reichen, deshalb schlage ich eine Abschaltung vor.", "de"),
            ("Un bandeau ne suffirait pas ; je propose donc une fermeture du site.", "fr"),
            ("Un banner no bastaría, así que propongo un apagón de 24 horas.", "es"),
        ],
    )
    def test_the_weighed_action_is_not_proposed(self, catalog, text, language):
        readings = dict(_readings(catalog, text, language))
        assert readings["banner"] is Reading.NEGATED
        assert readings["blackout"] is Reading.PROPOSED


class TestOrDoNothing:
    @pytest.mark.parametrize(
        ("text", "language"),
        [
            (
                "Soll die Wikipedia für 24 Stunden abgeschaltet werden, ein Banner zeigen oder nichts tun?",
                "de",
            ),
            ("Should the site black out for a day, show a banner, or do nothing?", "en"),
            ("¿Debe el sitio hacer un apagón, mostrar un banner o no hacer nada?", "es"),
            ("Il sito deve fare un oscuramento, mostrare un banner o non fare nulla?", "it"),
        ],
    )
    def test_a_question_with_doing_nothing_offers_options(self, catalog, text, language):
        assert proposed(read_actions(catalog, text, [(0, len(text))], TODAY, language)) == {}


class TestLeftForLater:
    @pytest.mark.parametrize(
        ("text", "language"),
        [
            ("A banner could be discussed later, in a separate RfC.", "en"),
            ("Ein Banner wäre später in einem eigenen Meinungsbild zu klären.", "de"),
            ("Un bandeau pourrait être envisagé plus tard, dans une autre prise de décision.", "fr"),
            ("Un banner podría plantearse más adelante, en otra votación.", "es"),
            ("Un banner si potrà valutare in un secondo momento, con un altro sondaggio.", "it"),
        ],
    )
    def test_an_action_left_for_a_later_discussion_is_not_proposed(self, catalog, text, language):
        assert proposed(read_actions(catalog, text, [(0, len(text))], TODAY, language)) == {}

    @pytest.mark.parametrize(
        ("text", "language"),
        [
            ("I propose a banner from 1 to 3 June; the text can be refined later.", "en"),
            ("Ich schlage einen Banner vor; den Text klären wir später.", "de"),
        ],
    )
    def test_a_proposal_whose_details_come_later_is_still_proposed(self, catalog, text, language):
        assert "banner" in proposed(read_actions(catalog, text, [(0, len(text))], TODAY, language))


class TestADenialCoversTheWholeList:
    """One negation denies every item of the list it governs, before or after it."""

    @pytest.mark.parametrize(
        ("language", "text"),
        [
            (
                "de",
                "Ein Banner, eine Abschaltung oder sonst eine Aktion gegenüber Lesern schlagen wir nicht vor.",
            ),
            ("en", "No banner, logo change or blackout is part of this."),
            ("en", "We do not ask any wiki to run a banner, change its logo or go dark."),
            ("en", "It does '''not''' ask any wiki to run a banner, change its logo or go dark."),
            ("en", "This statement does not ask any project to show a banner or a special logo."),
            ("fr", "Nous ne demandons pas à la communauté un bandeau ou une fermeture du site."),
            ("es", "No pedimos a ningún proyecto una pancarta ni un apagón."),
            ("it", "Non chiediamo a nessuna comunità un banner o un oscuramento."),
        ],
    )
    def test_no_item_is_proposed(self, catalog, language, text):
        readings = _readings(catalog, text, language)
        assert len(readings) >= 2
        assert all(reading is Reading.NEGATED for _, reading in readings), readings

    @pytest.mark.parametrize(
        ("language", "text"),
        [
            ("en", "We propose a banner, not a blackout."),
            ("de", "Wir schlagen ein Banner vor, aber keine Abschaltung."),
            ("es", "Proponemos una pancarta y no un apagón."),
            ("it", "Proponiamo un banner, non un oscuramento."),
            ("fr", "Un bandeau plutôt qu'une fermeture du site."),
        ],
    )
    def test_an_item_set_against_the_denied_one_stays_proposed(self, catalog, language, text):
        assert _readings(catalog, text, language) == [
            ("banner", Reading.PROPOSED),
            ("blackout", Reading.NEGATED),
        ]

    @pytest.mark.parametrize(
        ("language", "text"),
        [
            ("en", "We do not want the law to pass and propose a banner for a week."),
            ("de", "Wir wollen nicht, dass das Gesetz kommt, und schlagen ein Banner vor."),
            ("it", "Non vogliamo che la legge passi: proponiamo un banner di una settimana."),
        ],
    )
    def test_not_wanting_the_law_is_no_denial_of_the_action(self, catalog, language, text):
        assert _readings(catalog, text, language) == [("banner", Reading.PROPOSED)]


class TestJudgedUselessOrOffered:
    @pytest.mark.parametrize(
        ("language", "text"),
        [
            ("fr", "Un simple bandeau ne servirait à rien, personne ne les lit."),
            ("es", "Un banner no serviría de nada a estas alturas."),
            ("it", "Un banner non servirebbe a nulla, ormai."),
            ("de", "Ein Banner würde nichts bringen, das liest niemand."),
            ("en", "A banner would be pointless this late."),
            ("en", "I thought about a sitenotice for our users, but for a committee stage this is too much."),
            (
                "de",
                "Eine Sitenotice für alle Leser wäre in dieser frühen Phase des Verfahrens unverhältnismäßig.",
            ),
        ],
    )
    def test_an_action_judged_useless_is_set_aside(self, catalog, language, text):
        assert _readings(catalog, text, language) == [("banner", Reading.NEGATED)]

    @pytest.mark.parametrize(
        ("language", "text"),
        [
            ("de", "Alternativ steht ein Banner über eine Woche zur Wahl."),
            ("en", "Alternatively, a banner for one week."),
            ("it", "In alternativa, un banner per una settimana."),
            ("es", "Alternativamente, un banner durante una semana."),
            ("fr", "À défaut, un bandeau pendant une semaine."),
        ],
    )
    def test_an_alternative_offered_is_an_option(self, catalog, language, text):
        assert _readings(catalog, text, language) == [("banner", Reading.OPTION)]


class TestActionsNamedInOtherWords:
    @pytest.mark.parametrize(
        ("language", "text", "action"),
        [
            ("es", "Propongo que Wikipedia en español se apague el 5 de mayo durante 24 horas.", "blackout"),
            (
                "es",
                "Propongo un aviso en la parte superior de todas las páginas del 5 al 11 de octubre.",
                "banner",
            ),
            ("fr", "Je propose que Wikipédia soit rendue inaccessible pendant 24 heures.", "blackout"),
            ("fr", "Je propose une page noire à la place des articles pendant une journée.", "blackout"),
            (
                "it",
                "Propongo di sostituire il logo di Wikipedia con una versione imbavagliata.",
                "logo-change",
            ),
            ("it", "Proponiamo di oscurare Wikipedia per un giorno.", "blackout"),
            (
                "de",
                "Ich schlage vor, das Logo für einen Tag durch eine schwarze Version zu ersetzen.",
                "logo-change",
            ),
            ("en", "I propose we replace the logo with a black version for a day.", "logo-change"),
            ("es", "Propongo sustituir el logo por una versión en blanco y negro.", "logo-change"),
        ],
    )
    def test_is_proposed(self, catalog, language, text, action):
        assert (action, Reading.PROPOSED) in _readings(catalog, text, language)

    @pytest.mark.parametrize(
        ("language", "text"),
        [
            ("en", "If the law passes, Wikipedia could be inaccessible in the country for months."),
            ("de", "Mit dem Gesetz wäre Wikipedia in Deutschland womöglich unzugänglich."),
            ("it", "Con questa legge Wikipedia potrebbe diventare inaccessibile in Italia."),
        ],
    )
    def test_a_law_that_would_block_the_site_is_no_proposed_blackout(self, catalog, language, text):
        assert _readings(catalog, text, language) == []


class TestSetAsideInOtherWords:
    @pytest.mark.parametrize(
        ("language", "text"),
        [
            ("fr", "Plutôt que de relancer l'éternel débat sur un bandeau, je propose un billet de blog."),
            ("en", "Rather than reopening the old debate about a banner, I propose a blog post."),
            ("es", "En lugar de volver al eterno debate sobre un banner, propongo una entrada de blog."),
            ("it", "Invece di riaprire la solita discussione su un banner, propongo un post sul blog."),
            (
                "fr",
                "J'ai pensé à un bandeau CentralNotice, mais il ne toucherait que les lecteurs en Belgique.",
            ),
            ("en", "We considered a banner, but it would only reach readers in one country."),
            ("es", "Consideré un banner, pero es más intrusivo."),
            ("it", "Ho pensato a un banner, ma raggiungerebbe pochi lettori."),
        ],
    )
    def test_the_action_is_not_proposed(self, catalog, language, text):
        assert _readings(catalog, text, language) == [("banner", Reading.NEGATED)]
