"""Every example's drafts, and a draft full of hostile text, rendered by a real MediaWiki."""

from __future__ import annotations

import html

import pytest
import yaml

from advocacy_cli.answers import Answers, load_answers
from advocacy_cli.generate import render_files
from tests.conftest import TODAY
from tests.test_hostile import FIELDS, HOSTILE_LINE, _with
from tests.test_render import CASES, EXPECTED

from .client import MediaWikiClient
from .helpers import assert_clean_render, vote_examples

pytestmark = pytest.mark.wiki

SIGNATURE_LINK = "Special:Contributions/127.0.0.1"


@pytest.fixture(scope="module")
def links_per_signature(mediawiki: MediaWikiClient) -> int:
    """How often one expanded signature links the anonymous poster's contributions."""
    count = mediawiki.parse("Signed ~~~~").text.count(SIGNATURE_LINK)
    assert count >= 1
    return count


def _drafts(catalog, example: str, answers: Answers | None = None) -> dict[str, str]:
    if answers is None:
        answers, _ = load_answers(CASES[example], catalog)
    files = render_files(answers, catalog, TODAY)
    return {name: text for name, text in files.items() if name.endswith(".wiki")}


@pytest.mark.parametrize(("example", "project"), sorted(EXPECTED))
def test_example_draft_renders_clean(
    mediawiki: MediaWikiClient, links_per_signature, catalog, example, project
):
    draft = _drafts(catalog, example)[f"proposal.{project}.wiki"]
    headings, templates = EXPECTED[(example, project)]
    result = mediawiki.parse(draft)
    examples = vote_examples(draft)
    used = assert_clean_render(result, headings, allowed_literals=examples)
    assert sorted(used) == sorted(f"Template:{t.capitalize()}" for t in templates)
    # The one signature was expanded on save, and nothing else was.
    # The vote sections show the line a vote takes, as code: it signs nothing.
    shown = result.text
    for example in examples:
        assert example in result.text
        shown = shown.replace(example, "")
    assert "~~~" not in shown
    assert result.text.count(SIGNATURE_LINK) == links_per_signature
    if "<ref>" in draft:
        assert 'class="reference-text"' in result.text
    assert result.categories == ()


@pytest.mark.parametrize("example", sorted({e for e, _ in EXPECTED}))
def test_hostile_text_renders_as_text(mediawiki: MediaWikiClient, links_per_signature, catalog, example):
    data = yaml.safe_load(CASES[example].read_text(encoding="utf-8"))
    benign = _drafts(catalog, example)
    answers = None
    for path in FIELDS:
        node = data
        try:
            for part in path[:-1]:
                node = node[part]
        except (IndexError, KeyError):
            continue
        answers = _with(data, path, HOSTILE_LINE)
        data = answers.model_dump(mode="json", exclude_none=True)
    assert answers is not None
    for name, draft in _drafts(catalog, example, answers).items():
        project = name.split(".")[1]
        headings, templates = EXPECTED[(example, project)]
        result = mediawiki.parse(draft)
        got = [level for level, _ in ((s.level, s.line) for s in result.sections)]
        assert got == [level for level, _ in headings]
        assert sorted(t.title for t in result.templates) == sorted(
            f"Template:{t.capitalize()}" for t in templates
        )
        assert result.categories == ()
        assert result.text.count(SIGNATURE_LINK) == links_per_signature
        # The literal markup is shown to readers, and the subst: was not performed.
        shown = html.unescape(result.text)
        assert "{{subst:Evil}}" in shown
        assert "[[Category:Hijacked]]" in shown
        assert "__NOTOC__" in shown and "~~~~ ~~~~~" in shown
        assert "<div>block</div>" not in result.text
        assert len(result.text) > len(benign[name]) // 2
