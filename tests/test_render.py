"""Golden drafts and plans for every example, and the structure every draft must have."""

from __future__ import annotations

import os
import re
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
# Golden cases that are not examples keep their answers beside their drafts: one per genre.
GENRE_CASES = sorted(
    p.name for p in GOLDEN.iterdir() if (p / "answers.yaml").is_file() and p.name not in EXAMPLE_NAMES
)
CASES: dict[str, Path] = {
    **{name: EXAMPLES / name / "answers.yaml" for name in EXAMPLE_NAMES},
    **{name: GOLDEN / name / "answers.yaml" for name in GENRE_CASES},
}
CASE_NAMES = sorted(CASES)

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
# A Meinungsbild is a page of its own: its sections are level 2, the votes level 3.
DE_MEINUNGSBILD = [
    (2, "Initiatoren"),
    (2, "Unterstützer"),
    (2, "Hintergrund"),
    (2, "Warum das dieses Projekt betrifft"),
    (2, "Vorgeschlagene Aktion"),
    (2, "Erwogene Alternativen"),
    (2, "Antragsteller und Offenlegung"),
    (2, "Zeitplan"),
    (2, "Benachrichtigungen"),
    (2, "Auswertung"),
    (2, "Abstimmung"),
    (3, "Ich stimme dem Vorschlag zu"),
    (3, "Ich lehne den Vorschlag ab"),
    (3, "Enthaltung"),
]
FR_PRISE_DE_DECISION = [
    (2, "Contexte"),
    (2, "Pourquoi cela concerne ce projet"),
    (2, "Action proposée"),
    (2, "Autres options envisagées"),
    (2, "Auteur de la proposition et déclaration d'intérêts"),
    (2, "Calendrier"),
    (2, "Annonces"),
    (2, "Modalités du vote"),
    (2, "Vote"),
    (3, "Pour"),
    (3, "Contre"),
    (3, "Neutre"),
]
# The vote sections' headings, whose bodies show the line a vote takes.
VOTE_HEADINGS = {
    "Ich stimme dem Vorschlag zu",
    "Ich lehne den Vorschlag ab",
    "Enthaltung",
    "Pour",
    "Contre",
    "Neutre",
}
# A Café proposal is one thread: no survey or discussion sections.
ES_SECTIONS = [
    "Contexto",
    "Por qué afecta a este proyecto",
    "Acción propuesta",
    "Alternativas consideradas",
    "Proponente y declaración de intereses",
    "Calendario",
    "Avisos",
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
        ["rfc", "reflist-talk"],
    ),
    ("dewiki-blackout", "dewiki"): (DE_MEINUNGSBILD, []),
    ("frwiki-eswiki-statement", "frwiki"): (FR_PRISE_DE_DECISION, []),
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
    # A Bar thread: a short noun phrase, one thread, no survey or discussion sections.
    ("itwiki-bar-thread", "itwiki"): (
        _expected(
            "Banner informativo: Disegno di legge sulla rettifica online",
            [
                "Contesto",
                "Perché riguarda questo progetto",
                "Azione proposta",
                "Alternative considerate",
                "Proponente e dichiarazione di interessi",
                "Calendario",
            ],
        ),
        [],
    ),
    ("metawiki-rfc", "metawiki"): (
        [
            (2, "Background"),
            (2, "Why this matters to this project"),
            (2, "Proposed action"),
            (2, "Alternatives considered"),
            (2, "Proposer and disclosure"),
            (2, "Timeline"),
            (2, "Notifications"),
            (2, "Discussion"),
        ],
        [],
    ),
    ("metawiki-statement", "metawiki"): (
        [
            (2, "Background"),
            (2, "Why this matters to this project"),
            (2, "Proposed action"),
            (2, "Proposer and disclosure"),
            (2, "Timeline"),
            (2, "Notifications"),
            (2, "Endorsements"),
        ],
        [],
    ),
    # A request for help asks, it does not propose: no alternatives, no notices, no votes.
    ("commons-help-request", "commonswiki"): (
        _expected(
            "Examples and evidence for the consultation on “Public Consultation on Freedom of Panorama”",
            [
                "Background",
                "Why this matters to this project",
                "What we ask",
                "Proposer and disclosure",
                "Timeline",
            ],
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
        signatures=without_vote_lines(wikitext).count("~~~"),
    )


@pytest.fixture(scope="module")
def rendered(catalog) -> dict[str, dict[str, str]]:
    """Every example's files, rendered once."""
    out = {}
    for name, path in CASES.items():
        answers, _ = load_answers(path, catalog)
        out[name] = render_files(answers, catalog, TODAY)
    return out


def test_every_example_has_expectations():
    assert sorted({example for example, _ in EXPECTED}) == CASE_NAMES


@pytest.mark.parametrize("example", CASE_NAMES)
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
    # Exactly one signature: closing the opening statement, or where initiators sign. The
    # vote sections show the line a vote takes inside nowiki, which signs nothing.
    assert without_vote_lines(draft).count("~~~~") == 1
    assert found.signatures == 1
    if headings[0][1] == "Initiatoren":
        assert draft.split("== Unterstützer ==")[0].rstrip().endswith("\n# ~~~~")
    else:
        body = draft.split("\n", 1)[1] if draft.startswith("==") else draft
        opening = body.split("\n=", 1)[0]
        assert opening.rstrip().endswith(" ~~~~")
    # Only the tags the template writes: list items, references when there are sources, and
    # in a vote's sections the line a vote takes, as code in nowiki (one per option).
    votes = sum(1 for _, heading in headings if heading in VOTE_HEADINGS)
    assert set(found.tags) <= {"li", "ref", "references"} | ({"code", "nowiki"} if votes else set())
    assert found.tags.count("nowiki") == votes


# The example line of a vote section: "# ~~~~", or "# {{Pour}} ~~~~" with the wiki's template.
VOTE_LINE = re.compile(r"<code><nowiki># (?:\{\{[^{}|<>\n]+\}\} )?~~~~</nowiki></code>")


def without_vote_lines(draft: str) -> str:
    """Return ``draft`` without the renderer's example vote lines (nowiki: they sign nothing)."""
    return VOTE_LINE.sub("", draft)


@pytest.mark.parametrize(("example", "project"), sorted(EXPECTED))
def test_rfc_template_only_where_the_project_uses_it(rendered, catalog, example, project):
    draft = rendered[example][f"proposal.{project}.wiki"]
    conventions = catalog.projects[project].proposal
    if catalog.projects[project].kind == "community" and conventions.template:
        args = "|".join((conventions.template, *conventions.template_args))
        assert draft.splitlines()[1] == "{{" + args + "}}"
    else:
        assert "{{" not in without_vote_lines(draft)


@pytest.mark.parametrize("example", CASE_NAMES)
def test_sources_become_references(rendered, catalog, example):
    answers, _ = load_answers(CASES[example], catalog)
    for project in answers.target.projects:
        code = mwparserfromhell.parse(rendered[example][f"proposal.{project}.wiki"])
        refs = [str(tag.contents).strip() for tag in code.filter_tags() if tag.tag == "ref"]
        assert refs == list(answers.cause.sources)
        # One list of references: <references />, or the template the wiki uses on talk pages.
        closing = catalog.projects[project].conventions_for(answers.action.kind).closing_templates
        lists = [t for t in code.filter_tags() if t.tag == "references"]
        lists += [t for t in code.filter_templates() if str(t.name).strip() in closing]
        assert len(lists) == (1 if refs else 0)


@pytest.mark.parametrize("example", CASE_NAMES)
def test_plan_has_the_parts_of_a_posting_plan(rendered, catalog, example):
    answers, _ = load_answers(CASES[example], catalog)
    for key in answers.target.projects:
        plan = rendered[example][f"posting-plan.{key}.md"]
        project = catalog.projects[key]
        assert "## Timeline" in plan
        assert "## Tactics to avoid" in plan
        for channel in catalog.channels.values():
            if not channel.appropriate:
                assert channel.title in plan
        if project.kind == "community":
            venue = project.posting_venue(answers.action.kind)
            assert venue is not None and "## Where it is posted" in plan
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
    for example in CASE_NAMES:
        path = tmp_path / f"{example}.yaml"
        path.write_text(rendered[example]["answers.yaml"], encoding="utf-8")
        again, _ = load_answers(path, catalog)
        original, _ = load_answers(CASES[example], catalog)
        assert again == original
