"""Golden drafts and plans for every example, and the structure every draft must have."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import mwparserfromhell
import pytest
from mwparserfromhell.nodes import HTMLEntity, Text

from advocacy_cli.answers import load_answers
from advocacy_cli.generate import render_files
from tests.conftest import EXAMPLES, TODAY

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE_ENV = "ADVOCACY_UPDATE_GOLDEN"
EXAMPLE_NAMES = sorted(p.name for p in EXAMPLES.iterdir() if (p / "answers.yaml").is_file())

EN_SECTIONS = [
    "Background",
    "Why this matters to this project",
    "Proposed action",
    "Alternatives considered",
    "Proposer and disclosure",
    "Timeline",
    "Notifications",
    "Survey",
    "Discussion",
]
DE_SECTIONS = [
    "Hintergrund",
    "Warum das dieses Projekt betrifft",
    "Vorgeschlagene Aktion",
    "Erwogene Alternativen",
    "Antragsteller und Offenlegung",
    "Zeitplan",
    "Benachrichtigungen",
    "Abstimmung",
    "Diskussion",
]
FR_SECTIONS = [
    "Contexte",
    "Pourquoi cela concerne ce projet",
    "Action proposée",
    "Autres options envisagées",
    "Auteur de la proposition et déclaration d'intérêts",
    "Calendrier",
    "Annonces",
    "Avis",
    "Discussion",
]
ES_SECTIONS = [
    "Contexto",
    "Por qué afecta a este proyecto",
    "Acción propuesta",
    "Alternativas consideradas",
    "Proponente y declaración de intereses",
    "Calendario",
    "Avisos",
    "Opiniones",
    "Discusión",
]
DE_REQUEST_SECTIONS = [
    "Hintergrund",
    "Warum das dieses Projekt betrifft",
    "Unsere Bitte",
    "Erwogene Alternativen",
    "Antragsteller und Offenlegung",
    "Zeitplan",
]


def _expected(title: str, sections: list[str]) -> list[tuple[int, str]]:
    return [(2, title), *((3, s) for s in sections)]


# (example, project) -> the headings the draft must have, in order, and its templates.
EXPECTED: dict[tuple[str, str], tuple[list[tuple[int, str]], list[str]]] = {
    ("enwiki-banner", "enwiki"): (
        _expected(
            "RfC: Should English Wikipedia show an informational banner about "
            "“Hosting Services Liability Directive” for 48 hours?",
            EN_SECTIONS,
        ),
        ["rfc"],
    ),
    ("dewiki-blackout", "dewiki"): (
        _expected(
            "Soll die deutschsprachige Wikipedia wegen des Themas „Netzsperrengesetz 2027“ "
            "für 24 Stunden abgeschaltet werden?",
            DE_SECTIONS,
        ),
        [],
    ),
    ("frwiki-eswiki-statement", "frwiki"): (
        _expected(
            "Wikipédia en français doit-elle publier une déclaration au sujet de « Traité de "
            "prolongation du droit d'auteur (TPDA) » ?",
            FR_SECTIONS,
        ),
        [],
    ),
    ("frwiki-eswiki-statement", "eswiki"): (
        _expected(
            "¿Debería Wikipedia en español publicar una declaración sobre el tema «Traité de "
            "prolongation du droit d'auteur (TPDA)»?",
            ES_SECTIONS,
        ),
        [],
    ),
    ("consultation-wmde", "wmde"): (
        _expected(
            "Anfrage von Bildarchiv Freie Ansichten: Konsultation zur Reform der Panoramafreiheit",
            DE_REQUEST_SECTIONS,
        ),
        [],
    ),
}


@dataclass(frozen=True)
class Structure:
    """Everything in a draft that markup creates, as mwparserfromhell reads it."""

    headings: tuple[tuple[int, str], ...]
    templates: tuple[str, ...]
    wikilinks: tuple[str, ...]
    external_links: tuple[str, ...]
    tags: tuple[str, ...]
    comments: tuple[str, ...]
    categories: tuple[str, ...]
    signatures: int


def heading_text(heading: mwparserfromhell.nodes.Heading) -> str:
    """A heading's title as a reader sees it (entities decoded)."""
    return decoded_text(heading.title).strip()


def decoded_text(code: mwparserfromhell.wikicode.Wikicode) -> str:
    """The text and character references of ``code``, decoded, in order."""
    parts = []
    for node in code.ifilter(recursive=True, forcetype=(Text, HTMLEntity)):
        parts.append(node.normalize() if isinstance(node, HTMLEntity) else str(node))
    return "".join(parts)


def is_language_mark(tag: mwparserfromhell.nodes.Tag) -> bool:
    """Whether ``tag`` is the draft's own marking of text in another language.

    That is a ``div`` or ``span`` with exactly ``lang`` and ``dir``, or the italic note
    (``''...''``) beside it.
    """
    if str(tag.tag) == "i":
        return tag.wiki_markup == "''"
    names = sorted(str(a.name).strip() for a in tag.attributes)
    return str(tag.tag) in ("div", "span") and names == ["dir", "lang"]


def structure(wikitext: str) -> Structure:
    """Return the markup structure of ``wikitext``."""
    code = mwparserfromhell.parse(wikitext)
    links = [str(link.title).strip() for link in code.filter_wikilinks()]
    return Structure(
        headings=tuple((h.level, heading_text(h)) for h in code.filter_headings()),
        templates=tuple(str(t.name).strip() for t in code.filter_templates()),
        wikilinks=tuple(links),
        external_links=tuple(str(link.url) for link in code.filter_external_links() if link.brackets),
        tags=tuple(str(tag.tag) for tag in code.filter_tags() if not is_language_mark(tag)),
        comments=tuple(str(c) for c in code.filter_comments()),
        categories=tuple(link for link in links if link.lower().startswith("category:")),
        signatures=wikitext.count("~~~"),
    )


@pytest.fixture(scope="module")
def rendered(catalog) -> dict[str, dict[str, str]]:
    """Every example's files, rendered once."""
    out = {}
    for name in EXAMPLE_NAMES:
        answers, _ = load_answers(EXAMPLES / name / "answers.yaml", catalog)
        out[name] = render_files(answers, catalog, TODAY)
    return out


def test_every_example_has_expectations():
    assert sorted({example for example, _ in EXPECTED}) == EXAMPLE_NAMES


@pytest.mark.parametrize("example", EXAMPLE_NAMES)
def test_golden_files(rendered, example):
    files = rendered[example]
    folder = GOLDEN / example
    if os.environ.get(UPDATE_ENV) == "1":
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.iterdir():
            old.unlink()
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
    stored = sorted(p.name for p in folder.iterdir())
    assert stored == sorted(files), f"golden files differ; refresh with {UPDATE_ENV}=1"
    for name, text in files.items():
        expected = (folder / name).read_text(encoding="utf-8")
        hint = f"refresh with {UPDATE_ENV}=1"
        assert text == expected, f"{example}/{name} differs from tests/golden; {hint}"


@pytest.mark.parametrize(("example", "project"), sorted(EXPECTED))
def test_draft_structure(rendered, example, project):
    draft = rendered[example][f"proposal.{project}.wiki"]
    headings, templates = EXPECTED[(example, project)]
    found = structure(draft)
    assert list(found.headings) == headings
    assert list(found.templates) == templates
    assert found.comments == ()
    assert found.categories == ()
    # Exactly one signature, closing the opening statement, before the first subsection.
    assert draft.count("~~~~") == 1
    assert found.signatures == 1
    opening = draft.split("\n=== ", 1)[0].rstrip()
    assert opening.endswith(" ~~~~")
    # Only the tags the template writes: list items, and references when there are sources.
    assert set(found.tags) <= {"li", "ref", "references"}


@pytest.mark.parametrize(("example", "project"), sorted(EXPECTED))
def test_rfc_template_only_where_the_project_uses_it(rendered, catalog, example, project):
    draft = rendered[example][f"proposal.{project}.wiki"]
    conventions = catalog.projects[project].proposal
    if catalog.projects[project].kind == "community" and conventions.template:
        args = "|".join((conventions.template, *conventions.template_args))
        assert draft.splitlines()[1] == "{{" + args + "}}"
    else:
        assert "{{" not in draft


@pytest.mark.parametrize("example", EXAMPLE_NAMES)
def test_sources_become_references(rendered, catalog, example):
    answers, _ = load_answers(EXAMPLES / example / "answers.yaml", catalog)
    for project in answers.target.projects:
        code = mwparserfromhell.parse(rendered[example][f"proposal.{project}.wiki"])
        refs = [str(tag.contents).strip() for tag in code.filter_tags() if tag.tag == "ref"]
        assert refs == list(answers.cause.sources)
        assert sum(1 for tag in code.filter_tags() if tag.tag == "references") == (1 if refs else 0)


@pytest.mark.parametrize("example", EXAMPLE_NAMES)
def test_plan_has_the_parts_of_a_posting_plan(rendered, catalog, example):
    answers, _ = load_answers(EXAMPLES / example / "answers.yaml", catalog)
    for key in answers.target.projects:
        plan = rendered[example][f"posting-plan.{key}.md"]
        project = catalog.projects[key]
        assert "## Timeline" in plan
        assert "## Tactics to avoid" in plan
        for channel in catalog.channels.values():
            if not channel.appropriate:
                assert channel.title in plan
        if project.kind == "community":
            venue = project.deciding_venue
            assert venue is not None and venue.url in plan
            assert f"https://{venue.url.split('/')[2]}/w/index.php?title=" in plan
            if project.proposal.subpage:  # a page of its own, opened for editing
                assert "&action=edit\n" in plan and "section=new" not in plan
            else:
                assert "&action=edit&section=new&preloadtitle=" in plan
        else:
            assert "## Where to send the request" in plan
        if len(answers.target.projects) > 1:
            assert "Each community decides" in plan
            assert "https://meta.wikimedia.org/wiki/Wikimedia_Forum" in plan
        if catalog.actions[answers.action.kind].needs_centralnotice:
            assert "https://meta.wikimedia.org/wiki/CentralNotice/Request" in plan


def test_enwiki_banner_timeline(rendered):
    plan = rendered["enwiki-banner"]["posting-plan.enwiki.md"]
    # Opens after a week of early feedback; the RfC runs 30 days; CentralNotice needs 24 more.
    assert "| 8 April 2027 | Post the proposal" in plan
    assert "| 8 May 2027 | Earliest close of the discussion, after 30 days" in plan
    assert "| 1 June 2027 | Earliest the action can be ready (24 days" in plan
    assert "| 28 June 2027, 00:00 (UTC) | Proposed start |" in plan
    assert "| 30 June 2027, 00:00 (UTC) | Proposed end |" in plan
    draft = rendered["enwiki-banner"]["proposal.enwiki.wiki"]
    assert "* Start: 28 June 2027, 00:00 (UTC)" in draft
    assert "* End: 30 June 2027, 00:00 (UTC)" in draft


def test_answers_file_round_trips(rendered, catalog, tmp_path):
    for example in EXAMPLE_NAMES:
        path = tmp_path / f"{example}.yaml"
        path.write_text(rendered[example]["answers.yaml"], encoding="utf-8")
        again, _ = load_answers(path, catalog)
        original, _ = load_answers(EXAMPLES / example / "answers.yaml", catalog)
        assert again == original
