"""Whatever a user writes in a free-text field, it cannot change the draft's structure."""

from __future__ import annotations

import html
import re
from typing import Any
from urllib.parse import unquote

import mwparserfromhell
import pytest
import yaml
from mwparserfromhell.nodes import HTMLEntity, Text

from advocacy_cli.answers import Answers
from advocacy_cli.generate import render_files
from tests.conftest import EXAMPLES, TODAY
from tests.test_render import EXAMPLE_NAMES, structure, without_vote_lines

MARKER = "Qzxv"
HOSTILE_LINE = (
    "{{subst:Evil}} {{rfc|bio}} [[Category:Hijacked]] [[Main Page|here]] ~~~~ ~~~~~ "
    "<ref>fake</ref> <references/> </nowiki> <nowiki>x</nowiki> __NOTOC__ __NOINDEX__ "
    "''italic'' '''bold''' <!-- hidden --> <div>block</div> {{{param}}} {{#if:a|b}} -{zh:x}- "
    "&#123;&#123;already&#125;&#125; &amp; a | b || c ]] }} [https://evil.example link]"
)
HOSTILE_BLOCK = (
    "First line == not a heading ==\n"
    "== Injected heading ==\n"
    "* item\n# numbered\n: indented\n; term : definition\n----\n"
    '{| class="wikitable"\n| cell\n|}\n'
    " leading space\n"
    "=Level one=\n"
    "!not a header cell\n"
    "\n"
    "Second paragraph ~~~ {{subst:PAGENAME}} [[:Category:X]] [[File:X.png|thumb]]"
)
HOSTILE = {"line": HOSTILE_LINE, "block": HOSTILE_BLOCK}
HOSTILE_URL = "https://evil.example/a{{b}}|[[c]]~~~~<ref>''x''__NOTOC__"

# Every free-text answer, as a path into the answers data.
FIELDS: list[tuple[str | int, ...]] = [
    ("organisation", "name"),
    ("organisation", "username"),
    ("organisation", "role"),
    ("cause", "title"),
    ("cause", "summary"),
    ("cause", "impact"),
    ("action", "details"),
    ("action", "scope"),
    ("alternatives", 0, "why_not"),
    ("outreach", 0, "note"),
]


def _load(example: str) -> dict[str, Any]:
    return yaml.safe_load((EXAMPLES / example / "answers.yaml").read_text(encoding="utf-8"))


def _with(data: dict[str, Any], path: tuple[str | int, ...], value: str) -> Answers:
    changed = yaml.safe_load(yaml.safe_dump(data))
    node: Any = changed
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return Answers.model_validate(changed)


def _decoded(wikitext: str) -> str:
    code = mwparserfromhell.parse(wikitext)
    raw = "".join(str(n) for n in code.ifilter(recursive=True, forcetype=(Text, HTMLEntity)))
    return " ".join(html.unescape(raw).split())


def _same_structure(benign: str, hostile: str, value: str) -> None:
    a, b = structure(benign), structure(hostile)
    assert [level for level, _ in b.headings] == [level for level, _ in a.headings]
    flat = " ".join(value.split())
    for (_, title_a), (_, title_b) in zip(a.headings, b.headings, strict=True):
        assert title_b == title_a.replace(MARKER, flat)
    assert b.templates == a.templates
    assert b.wikilinks == a.wikilinks
    assert b.external_links == a.external_links
    assert b.tags == a.tags
    assert b.comments == a.comments
    assert b.categories == a.categories
    assert b.signatures == a.signatures == without_vote_lines(hostile).count("~~~~")


def _md_skeleton(markdown: str) -> list[str]:
    """The Markdown lines that give a plan its shape: headings, fences, table and list starts."""
    lines = []
    for line in markdown.splitlines():
        if line.startswith(("#", "```", "|---")):
            lines.append(re.sub(r"\s.*", "", line) if line.startswith("#") else line[:3])
    return lines


def _link_pages(links: tuple[str, ...]) -> list[str]:
    """The page each wikilink goes to, without the proposal's own subpage name or anchor."""
    return [re.sub(r"[/#].*", "", link) for link in links]


@pytest.mark.parametrize("kind", sorted(HOSTILE))
@pytest.mark.parametrize("path", FIELDS, ids=lambda p: ".".join(map(str, p)))
@pytest.mark.parametrize("example", EXAMPLE_NAMES)
def test_hostile_text_keeps_structure(catalog, example, path, kind):
    data = _load(example)
    node: Any = data
    for part in path[:-1]:
        node = node[part] if not isinstance(part, int) or len(node) > part else None
        if node is None:
            pytest.skip("the example has no such entry")
    value = HOSTILE[kind]
    benign = render_files(_with(data, path, MARKER), catalog, TODAY)
    hostile = render_files(_with(data, path, value), catalog, TODAY)
    flat = " ".join(value.split())
    for name, text in hostile.items():
        if name.endswith(".wiki"):
            _same_structure(benign[name], text, value)
            if MARKER in benign[name]:
                assert flat in _decoded(text), f"{name}: the text does not read as written"
            # Pre-save transform finds nothing: no signature, subst or pipe trick but ours.
            assert "{{subst:" not in text and without_vote_lines(text).count("~~~") == 1
        elif name.endswith(".md"):
            assert _md_skeleton(text) == _md_skeleton(benign[name])
            notices_a = re.findall(r"```+wikitext\n(.*?)\n```", benign[name], re.DOTALL)
            notices_b = re.findall(r"```+wikitext\n(.*?)\n```", text, re.DOTALL)
            assert len(notices_a) == len(notices_b)
            for notice_a, notice_b in zip(notices_a, notices_b, strict=True):
                # Links to the proposal carry its title: the same links, to the same pages.
                assert _link_pages(structure(notice_b).wikilinks) == _link_pages(
                    structure(notice_a).wikilinks
                )
                assert structure(notice_b).templates == structure(notice_a).templates == ()


@pytest.mark.parametrize("example", EXAMPLE_NAMES)
def test_hostile_urls_stay_inside_their_reference(catalog, example):
    data = _load(example)
    data["cause"]["sources"] = [HOSTILE_URL]
    data["organisation"]["website"] = HOSTILE_URL
    answers = Answers.model_validate(data)
    for name, text in render_files(answers, catalog, TODAY).items():
        if not name.endswith(".wiki"):
            continue
        found = structure(text)
        assert found.templates in ((), ("rfc",), ("rfc", "reflist-talk"))
        assert (
            found.wikilinks
            == structure(render_files(Answers.model_validate(_load(example)), catalog, TODAY)[name]).wikilinks
        )
        code = mwparserfromhell.parse(text)
        refs = [str(tag.contents) for tag in code.filter_tags() if tag.tag == "ref"]
        assert [unquote(ref) for ref in refs] == [HOSTILE_URL]
        assert without_vote_lines(text).count("~~~~") == 1


def test_multi_line_text_keeps_its_paragraphs(catalog):
    data = _load("enwiki-banner")
    answers = _with(data, ("cause", "impact"), "First paragraph.\nSame paragraph.\n\nSecond one.")
    draft = render_files(answers, catalog, TODAY)["proposal.enwiki.wiki"]
    assert "First paragraph.\nSame paragraph.\n\nSecond one." in draft
