"""missing-summary finds the question wherever the page's genre puts it."""

from __future__ import annotations

import datetime as dt

import pytest

from advocacy_cli.lint.engine import lint_text

TODAY = dt.date(2027, 1, 10)
QUESTION = {
    "de": "Soll die deutschsprachige Wikipedia eine Woche lang ein Informationsbanner für Leser zeigen?",
    "fr": "la Wikipédia en français doit-elle afficher un bandeau d'information pendant dix jours ?",
    "es": "¿Debe la Wikipedia en español mostrar un banner informativo durante tres días?",
    "it": "la Wikipedia in italiano deve mostrare un banner informativo per sette giorni?",
}


def _summary(text: str, catalog) -> list[str]:
    return [f.message for f in lint_text(text, catalog, TODAY, None) if f.rule == "missing-summary"]


class TestTheQuestionWhereverItStands:
    @pytest.mark.parametrize(
        "text",
        [
            "{{Meinungsbild-Box\n|Status=Vorbereitung\n}}\n== Initiatoren ==\n# [[Benutzer:A|A]] 10:00, 6. Jan. 2027 (CET)\n\n"
            f"== Frage ==\n{QUESTION['de']}\n\n== Problem ==\nDas Gesetz.\n",
            "{{Votación\n|estado = en discusión\n}}\n\n== Wikipedia:Votaciones/2027/Banner ==\n\n"
            f"'''Pregunta:''' {QUESTION['es']}\n\n=== Proponentes ===\n* Ana.\n",
            f"{{{{Prise de décision\n|statut = discussion\n}}}}\n\n'''Question posée :''' {QUESTION['fr']}\n\n"
            "== Proposants ==\n* Exemple.\n",
            "{{Bar3/barradisc|2027_09_06}}\n== Banner informativo ==\nRiassunto per chi arriva adesso: "
            f"{QUESTION['it']}\n\n=== Alternative ===\nNessuna azione.\n",
        ],
    )
    def test_under_a_heading_or_label_after_the_pages_templates(self, catalog, text):
        assert _summary(text, catalog) == []

    @pytest.mark.parametrize(
        "text",
        [
            "{{Meinungsbild-Box\n|Status=Vorbereitung\n}}\n== Initiatoren ==\n# A.\n\n== Problem ==\nDas Gesetz.\n",
            "== Banner ==\n\n=== Alternativas ===\nNada.\n",
        ],
    )
    def test_no_question_anywhere_is_still_reported(self, catalog, text):
        assert _summary(text, catalog) != []


class TestALongFirstHeadingIsTheTitle:
    @pytest.mark.parametrize(
        "heading",
        [
            "== Proposta di oscuramento per il DDL sulla rettifica obbligatoria ==",
            "== Proposal to show a banner about the platforms bill in May ==",
        ],
    )
    def test_its_opening_is_the_question(self, catalog, heading):
        text = f"{heading}\nShould the site show it for a day to readers in Italy? The bill is voted on 10 June. ~~~~\n"
        assert _summary(text, catalog) == []


class TestAPageThatOpensWithItsSignatories:
    """A Meinungsbild lists its initiators and supporters first; its question is the section after them."""

    @pytest.mark.parametrize(
        "first",
        [
            "== Problembeschreibung ==\nDer Entwurf würde Fotos von Bauwerken nur noch nichtkommerziell erlauben, "
            "und viele Bilder in unseren Artikeln müssten gelöscht werden.",
            "== Vorschlag ==\n" + QUESTION["de"],
        ],
    )
    def test_the_first_section_after_them_is_the_statement(self, catalog, first):
        text = (
            "== Meinungsbild: Hinweisbanner zur Panoramafreiheit ==\n\n=== Initiatoren ===\n"
            "# [[Benutzer:A|A]] 10:00, 6. Jan. 2027 (CET)\n\n=== Unterstützer ===\n"
            "# [[Benutzer:B|B]] 11:00, 6. Jan. 2027 (CET)\n\n"
            + first.replace("== ", "=== ").replace(" ==", " ===")
            + "\n"
        )
        assert _summary(text, catalog) == []

    def test_a_page_that_opens_with_background_still_needs_its_question(self, catalog):
        text = (
            "== Banner ==\n\n=== Hintergrund ===\nDer Entwurf würde Fotos von Bauwerken nur noch erlauben.\n"
        )
        assert _summary(text, catalog) != []
