"""A page's title heading ("Meinungsbild: X") is the title, not the section its genre names."""

from __future__ import annotations

import pytest

from advocacy_cli.catalog import Catalog
from advocacy_cli.lint.engine import build_section_names, lint_text
from advocacy_cli.lint.structure import Source, parse_draft
from tests.conftest import TODAY

DE_BODY = (
    "Soll die deutschsprachige Wikipedia am 19. Mai 2027 für 24 Stunden abgeschaltet werden, "
    "um auf das geplante Netzsperrengesetz aufmerksam zu machen? ~~~~\n\n"
    "== Ausgangslage ==\nDer Bundestag berät über ein Netzsperrengesetz.\n\n"
    "== Bedeutung für die Wikipedia ==\nEine einzige Datei könnte genügen, um die Wikipedia sperren zu lassen.\n"
)
FR_BODY = (
    "Faut-il afficher un bandeau informatif sur la directive pendant 48 heures ? ~~~~\n\n"
    "== Contexte ==\nLa directive rendrait les hébergeurs responsables des contenus.\n"
)
EN_BODY = (
    "Should English Wikipedia run an informational banner about the directive? ~~~~\n\n"
    "== Background ==\nThe directive would make hosts liable for uploads.\n"
)

TITLED = [
    ("level-1 title", "= Meinungsbild: Netzsperrengesetz 2027 =\n" + DE_BODY, "dewiki"),
    ("first heading is the title", "== Meinungsbild: Netzsperrengesetz 2027 ==\n" + DE_BODY, "dewiki"),
    ("no space before the name", "==Meinungsbild:Netzsperrengesetz 2027==\n" + DE_BODY, "dewiki"),
    ("abbreviated genre", "== MB: Netzsperrengesetz 2027 ==\n" + DE_BODY, "dewiki"),
    (
        "French, space before the colon",
        "== Prise de décision : Bandeau sur la directive ==\n" + FR_BODY,
        "frwiki",
    ),
    ("French level 1", "= Prise de décision : Bandeau =\n" + FR_BODY, "frwiki"),
    ("English survey label", "== Survey: a banner about the directive ==\n" + EN_BODY, "enwiki"),
]


def _summary_findings(catalog: Catalog, text: str, target: str) -> list[str]:
    return [f.message for f in lint_text(text, catalog, TODAY, target) if f.rule == "missing-summary"]


def _draft(catalog: Catalog, text: str):
    return parse_draft(Source.from_text("draft.wiki", text), build_section_names(catalog), lambda name: False)


class TestTitlesAreNotSections:
    @pytest.mark.parametrize(("case", "text", "target"), TITLED, ids=[c[0] for c in TITLED])
    def test_titled_page_has_its_summary(self, catalog: Catalog, case: str, text: str, target: str) -> None:
        assert _summary_findings(catalog, text, target) == []

    @pytest.mark.parametrize(("case", "text", "target"), TITLED, ids=[c[0] for c in TITLED])
    def test_the_title_is_the_first_heading(
        self, catalog: Catalog, case: str, text: str, target: str
    ) -> None:
        draft = _draft(catalog, text)
        assert draft.title is draft.sections[0]
        start, end = draft.intro_span()
        assert "~~~~" in text[start:end]


class TestSectionsStaySections:
    """Headings that really are sections, or titles without a question, are still checked."""

    @pytest.mark.parametrize(
        ("case", "text", "target"),
        [
            (
                "title with nothing under it",
                "== Meinungsbild: Netzsperrengesetz 2027 ==\n\n== Ausgangslage ==\nText.\n",
                "dewiki",
            ),
            (
                "French title with nothing under it",
                "== Prise de décision : Bandeau ==\n== Contexte ==\nTexte.\n",
                "frwiki",
            ),
            ("vote section first", "== Meinungsbild ==\nText.\n\n== Ausgangslage ==\nText.\n", "dewiki"),
            (
                "background first",
                "== Ausgangslage ==\nDer Bundestag berät.\n\n== Bedeutung für die Wikipedia ==\nText.\n",
                "dewiki",
            ),
            (
                "English background first",
                "== Background ==\nThe directive.\n\n== Impact ==\nHosts.\n",
                "enwiki",
            ),
        ],
    )
    def test_missing_summary_still_fires(self, catalog: Catalog, case: str, text: str, target: str) -> None:
        assert _summary_findings(catalog, text, target)

    @pytest.mark.parametrize(
        "heading",
        [
            "== Meinungsbild ==",
            "== Background ==",
            "== Umfrage ==",
            "== Stimmabgabe: ==",
            "== Survey :  ==",
        ],
    )
    def test_a_section_name_alone_is_no_title(self, catalog: Catalog, heading: str) -> None:
        draft = _draft(catalog, f"{heading}\nText.\n\n== Ausgangslage ==\nText.\n")
        assert draft.title is None
