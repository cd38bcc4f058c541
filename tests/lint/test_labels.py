"""Labelled parts: definition terms, bold labels and plain labels read as small sections."""

from __future__ import annotations

import datetime as dt

import pytest

from advocacy_cli.findings import Severity
from advocacy_cli.lint.engine import lint_text
from advocacy_cli.lint.labels import read_labels
from advocacy_cli.lint.markup import subtract_spans
from tests.conftest import ROOT

TODAY = dt.date(2027, 4, 1)
GOOD = (ROOT / "tests" / "corpus" / "en-good-banner-rfc.wiki").read_text(encoding="utf-8")
IMPACT = (
    "=== Why this matters to this project ===\nCommons would have to filter uploads against "
    "rightsholder lists, which would affect the images editors use in articles.\n"
)
ALTERNATIVES = (
    "=== Alternatives considered ===\n* A 24-hour blackout: far too disruptive for readers.\n"
    "* A blog post on Diff: it reaches few readers.\n"
)
# What is at stake, in words no sentence check knows: only the label says it is the impact.
STAKE = "The vote is close and the text has changed twice since spring."


def _labels(text: str) -> list[tuple[str, str]]:
    return [(label.title, text[label.body_start : label.body_end].strip()) for label in read_labels(text)]


def _rules(text, catalog):
    return sorted({f.rule for f in lint_text(text, catalog, TODAY, None)})


class TestWhatIsALabel:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("; Audience : logged-out readers in Chile", [("Audience", "logged-out readers in Chile")]),
            (
                ";Perché ci riguarda\n:Le voci restano senza immagini.\n:E i lettori no.",
                [("Perché ci riguarda", ":Le voci restano senza immagini.\n:E i lettori no.")],
            ),
            (
                "; Local consensus : [[:es:Wikipedia:Votaciones/2027]] in favour",
                [("Local consensus", "[[:es:Wikipedia:Votaciones/2027]] in favour")],
            ),
        ],
    )
    def test_definition_terms(self, text, expected):
        assert _labels(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "* '''Pourquoi''' : le projet bloquerait le site.",
                [("Pourquoi", "le projet bloquerait le site.")],
            ),
            (
                "'''Betroffenheit:''' Viele Konten sind pseudonym.",
                [("Betroffenheit", "Viele Konten sind pseudonym.")],
            ),
            (
                "'''Why it matters'''\nUploads would be filtered.\nEvery day.\n\nNext.",
                [("Why it matters", "Uploads would be filtered.\nEvery day.")],
            ),
        ],
    )
    def test_bold_labels(self, text, expected):
        assert _labels(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "'''Perché ci riguarda.''' Il ddl obbliga ogni piattaforma a filtrare.",
                [("Perché ci riguarda", "Il ddl obbliga ogni piattaforma a filtrare.")],
            ),
            (
                "'''Why it matters.''' Uploads would be filtered.",
                [("Why it matters", "Uploads would be filtered.")],
            ),
            ("* '''Alternativen.''' Ein Kurier-Artikel.", [("Alternativen", "Ein Kurier-Artikel.")]),
            ("'''Qui écrit.''' Un bénévole.", [("Qui écrit", "Un bénévole.")]),
        ],
    )
    def test_a_run_in_bold_title_ends_in_a_full_stop(self, text, expected):
        assert _labels(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Warum: Die Reform würde Fotos verbieten.", [("Warum", "Die Reform würde Fotos verbieten.")]),
            (
                "Perché può interessare it.wiki: molte voci sono stub.",
                [("Perché può interessare it.wiki", "molte voci sono stub.")],
            ),
            (
                "Ventaja para el proyecto： llegan voluntarios.",
                [("Ventaja para el proyecto", "llegan voluntarios.")],
            ),
        ],
    )
    def test_plain_labels_at_the_start_of_a_line(self, text, expected):
        assert _labels(text) == expected

    def test_labels_that_open_a_sentence_inside_a_line(self):
        text = "Proposal: editors sign a letter. Reason: our editors depend on e-books. Volunteer."
        assert _labels(text) == [
            ("Proposal", "editors sign a letter."),
            ("Reason", "our editors depend on e-books."),
        ]

    @pytest.mark.parametrize(
        "text",
        [
            "[[User:Example|Example]] ([[User talk:Example|talk]]) 11:00, 1 July 2027 (UTC)",
            "See https://example.org/page: it explains the law.",
            "I propose that English Wikipedia's logo gets a paw print for one day on the main page: a small sign.",
            "'''Wikipedia''' would show a banner for two days.",
            "Article 13 of the directive: upload filters.",
            "{{Pro}}: agreed.",
        ],
    )
    def test_not_labels(self, text):
        assert _labels(text) == []


class TestAbsenceRulesReadLabels:
    @pytest.mark.parametrize(
        "label",
        [
            "'''Why:''' ",
            "; Why it concerns the projects : ",
            "Relevanz für uns: ",
            "* '''Pourquoi''' : ",
            "Ventaja para el proyecto: ",
            ";Perché ci riguarda\n:",
        ],
    )
    def test_impact_under_a_label(self, catalog, label):
        text = GOOD.replace(IMPACT, f"{label}{STAKE}\n\n")
        assert "missing-impact" not in _rules(text, catalog)

    @pytest.mark.parametrize("label", ["'''Note:''' ", "Contexte : ", ";Cronologia\n:"])
    def test_a_label_about_something_else_is_no_impact(self, catalog, label):
        text = GOOD.replace(IMPACT, f"{label}{STAKE}\n\n")
        assert "missing-impact" in _rules(text, catalog)

    @pytest.mark.parametrize(
        "label",
        [
            "Alternatives: a statement; doing nothing.",
            "'''Autres options''' : un communiqué.",
            "; Alternativen : Stellungnahme, nichts tun.",
            ";Alternative\n:Solo un avviso sul Wikipediano.",
        ],
    )
    def test_alternatives_under_a_label(self, catalog, label):
        # Under a heading of their own: the part above is the quoted banner text.
        text = GOOD.replace(ALTERNATIVES, f"=== Notes ===\n{label}\n\n")
        assert "no-alternatives" not in _rules(text, catalog)


class TestImpactMattersMostForTheSitesReach:
    STATEMENTS = [
        "== Statement on the library bill ==\nEditors may sign an open letter about the library "
        "bill. No banner is proposed. Alternatives: none. I am a volunteer. ~~~~",
        "== Offener Brief ==\nWer mag, unterschreibt einen offenen Brief. Keine Aktion auf der "
        "Wikipedia selbst. Ich bin ehrenamtlich hier. ~~~~",
    ]

    @pytest.mark.parametrize("text", STATEMENTS)
    def test_without_an_on_site_action_it_is_a_note(self, catalog, text):
        found = [f for f in lint_text(text, catalog, TODAY, None) if f.rule == "missing-impact"]
        assert [f.severity for f in found] == [Severity.INFO]
        assert "no banner, logo or blackout is proposed" in found[0].message

    @pytest.mark.parametrize(
        "text",
        [
            "== Logo for World Animal Day ==\nI propose a temporary logo on 4 October 2027 for all visitors. "
            "Animals deserve our support and Wikipedia cares. ~~~~\n\nAlternatives: nothing.",
            "== Banner sobre la directiva ==\nPropongo poner un banner en Wikipedia sobre la directiva, que es muy "
            "mala para internet. ~~~~\n\nAlternativas: no hacer nada.",
        ],
    )
    def test_a_banner_with_no_word_on_the_projects_is_a_warning(self, catalog, text):
        found = [f for f in lint_text(text, catalog, TODAY, None) if f.rule == "missing-impact"]
        assert [f.severity for f in found] == [Severity.WARNING]

    @pytest.mark.parametrize(
        "said",
        [
            "Our editors in Spain write about these archives every day.",
            "Los lectores de España buscan estos temas a diario.",
            "Molte voci citano proprio queste fonti.",
        ],
    )
    def test_a_banner_whose_draft_speaks_of_the_projects_is_a_note(self, catalog, said):
        text = (
            "== Banner ==\nI propose a banner from 1 to 3 June 2027 for logged-out readers in Spain. ~~~~\n\n"
            f"=== Notes ===\n{said}\n\nAlternatives: nothing."
        )
        found = [f for f in lint_text(text, catalog, TODAY, None) if f.rule == "missing-impact"]
        assert [f.severity for f in found] == [Severity.INFO]
        assert "speaks of the projects elsewhere" in found[0].message


class TestWhatIsWeighedIsNotProposed:
    @pytest.mark.parametrize(
        ("text", "target"),
        [
            (
                "== Logo ==\nIch schlage ein Logo am 1. Mai 2027 für alle Leser vor. ~~~~\n\n"
                "* '''Was ich nicht vorschlage:''' ein Banner oder eine Abschaltung.\n\nIch bin ehrenamtlich dabei.",
                "dewiki",
            ),
            (
                "== Logo ==\nPropongo un logo listato a lutto il 3 maggio 2027, per tutti. ~~~~\n\n"
                "'''Altre strade considerate.''' Un banner informativo, un comunicato.\n\nSono volontario.",
                "itwiki",
            ),
            (
                "== Logo ==\nI propose a black logo on 3 May 2027 for all readers. ~~~~\n\n"
                "'''What we are not proposing:''' a banner or a blackout.\n\nI'm a volunteer.",
                "enwiki",
            ),
        ],
    )
    def test_a_part_titled_with_what_is_not_proposed(self, catalog, text, target):
        found = {f.rule for f in lint_text(text, catalog, TODAY, target)}
        assert "missing-centralnotice" not in found

    @pytest.mark.parametrize(
        ("text", "target"),
        [
            (
                "== Logo for World Animal Day ==\nI propose a temporary logo on 4 October 2027 for all "
                "visitors. ~~~~\n\nAlternatives considered: a banner (too big); nothing.\n\nI'm a volunteer.",
                "enwiki",
            ),
            (
                "== Meinungsbild-Vorschlag ==\nIch schlage ein Logo in Schwarz am 1. Mai 2027 für alle "
                "Leser vor. ~~~~\n\nAlternativen: ein Banner; nichts tun.\n\nIch bin ehrenamtlich dabei.",
                "dewiki",
            ),
            (
                "== Logo ==\nPropongo un logo listato a lutto il 3 maggio 2027, per tutti. ~~~~\n\n"
                ";Alternative\n:un banner, troppo invasivo.\n\nSono volontario.",
                "itwiki",
            ),
        ],
    )
    def test_a_banner_among_the_alternatives_needs_no_centralnotice(self, catalog, text, target):
        found = {f.rule for f in lint_text(text, catalog, TODAY, target)}
        assert "missing-centralnotice" not in found


class TestSubtractSpans:
    @pytest.mark.parametrize(
        ("spans", "holes", "expected"),
        [
            ([(0, 10)], [(3, 5)], [(0, 3), (5, 10)]),
            ([(0, 10)], [(0, 10)], []),
            ([(0, 4), (6, 10)], [(2, 8)], [(0, 2), (8, 10)]),
            ([(5, 9)], [(0, 2), (12, 20)], [(5, 9)]),
        ],
    )
    def test_the_parts_outside_every_hole(self, spans, holes, expected):
        assert subtract_spans(spans, holes) == expected


class TestALabelIntroducesItsTableOrList:
    @pytest.mark.parametrize(
        "block",
        [
            "'''Optionen:'''\n{| class=\"wikitable\"\n! Option !! Was\n|-\n| A || Logo\n|}",
            "'''Alternatives:'''\n* a statement\n* nothing",
        ],
    )
    def test_the_table_or_list_is_the_labels_text(self, block):
        label = read_labels(block)[0]
        assert block[label.body_start : label.body_end].strip().endswith(("|}", "* nothing"))


class TestAProposersLineAfterTheVotes:
    @pytest.mark.parametrize(
        "line",
        [
            "Proposants : [[Utilisateur:Exemple-Héron|Exemple-Héron]] ([[Discussion utilisateur:Exemple-Héron|discuter]]) 10 février 2027 à 21:15 (CET)",
            "Initiatoren: [[Benutzer:Beispiel-Ara|Beispiel-Ara]] 10:00, 1. Feb. 2027 (CET)",
        ],
    )
    def test_signs_the_proposal(self, catalog, line):
        text = (
            "{{Prise de décision|statut=discussion}}\nFaut-il afficher un bandeau pendant cinq jours ?\n\n"
            "== Votes ==\n# {{pour}} Oui. [[Utilisateur:Exemple-Merle|Exemple-Merle]] 11 février 2027 à 19:02 (CET)\n\n"
            f"{line}\n"
        )
        assert "unsigned" not in _rules(text, catalog)

    def test_a_page_signed_by_nobody_is_still_unsigned(self, catalog):
        text = (
            "== Bandeau ==\nFaut-il afficher un bandeau pendant cinq jours ?\n\nProposants : à compléter.\n"
        )
        assert "unsigned" in _rules(text, catalog)


class TestSourcesAreTheProjects:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Nos références en ligne, qui reprennent le titre de l'article, seraient concernées.",
            "Unsere Einzelnachweise wären betroffen, weil sie Überschriften zitieren.",
            "Our citations quote headlines, so they would be affected.",
            "Le nostre fonti citano i titoli: sarebbero coinvolte.",
            "Las referencias que citan titulares quedarían afectadas.",
        ],
    )
    def test_an_effect_on_the_references_is_an_impact(self, catalog, sentence):
        text = (
            "== Banner ==\nI propose a banner from 1 to 3 June 2027 for logged-out readers. ~~~~\n\n"
            f"=== Notes ===\n{sentence}\n\nAlternatives: nothing."
        )
        assert "missing-impact" not in {f.rule for f in lint_text(text, catalog, TODAY, None)}


class TestTheAffectedMaterialIsOnTheProjects:
    """ "Many of these manuscripts are on Commons and Wikisource": how the cause reaches the projects."""

    @pytest.mark.parametrize(
        "sentence",
        [
            "The law would make copies of the manuscripts paid, and many of them are on Commons and Wikisource.",
            "Das Gesetz macht Reproduktionen kostenpflichtig; viele der Handschriften liegen auf Commons.",
            "La loi rendrait payantes les reproductions, dont beaucoup sont sur Wikisource.",
            "La ley haría de pago las reproducciones, muchas de las cuales están en Commons.",
            "La legge renderebbe a pagamento le riproduzioni, molte delle quali sono su Commons e su Wikisource.",
        ],
    )
    def test_is_the_impact(self, catalog, sentence):
        text = (
            "== Banner ==\nI propose a banner from 1 to 3 June 2027 for logged-out readers in Lombardy. ~~~~\n\n"
            f"{sentence}\n\nAlternatives: nothing."
        )
        assert "missing-impact" not in {f.rule for f in lint_text(text, catalog, TODAY, None)}

    @pytest.mark.parametrize(
        "sentence",
        [
            "The Foundation would pay the same fee for the servers it uses here as a company does.",
            "La Fondazione pagherebbe per i server che usa in Italia la stessa tariffa di un'azienda.",
        ],
    )
    def test_the_servers_are_the_projects_too(self, catalog, sentence):
        text = (
            "== Banner ==\nI propose a banner from 1 to 3 June 2027 for logged-out readers in Italy. ~~~~\n\n"
            f"=== Notes ===\n{sentence}\n\nAlternatives: nothing."
        )
        found = [f.severity for f in lint_text(text, catalog, TODAY, None) if f.rule == "missing-impact"]
        assert found in ([], [Severity.INFO])


class TestDoingNothingAsANamedOption:
    @pytest.mark.parametrize(
        "question",
        [
            "La Wikipédia en français doit-elle demander un bandeau du 15 au 21 juillet 2027 pour les lecteurs "
            "non connectés en France ? L'option « aucune action » est aussi soumise au vote.",
            "Should we request a banner from 15 to 21 July 2027 for logged-out readers in France? The option "
            "'no action' is on the ballot as well.",
            "¿Debe Wikipedia pedir un banner del 15 al 21 de julio de 2027 para lectores no registrados en "
            "España? También se vota la opción «ninguna acción».",
        ],
    )
    def test_shows_the_alternatives_were_weighed(self, catalog, question):
        text = f"== Bandeau ==\n{question} ~~~~\n"
        assert "no-alternatives" not in {f.rule for f in lint_text(text, catalog, TODAY, None)}
