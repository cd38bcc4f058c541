"""A full draft in each of the fifteen drafting languages, rendered by a real MediaWiki."""

from __future__ import annotations

import re

import mwparserfromhell
import pytest

from advocacy_cli.generate import render_files
from tests.conftest import TODAY
from tests.test_genre_languages import GENRE_CASES, genre_draft
from tests.test_languages import ENGLISH_TEXTS, LANGUAGES, SHIPPED, WIKIPEDIAS, _answers, _genre_outline

from .client import MediaWikiClient
from .helpers import assert_clean_render, vote_examples

pytestmark = pytest.mark.wiki


@pytest.mark.parametrize("kind", ["banner", "blackout"])
@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_renders_clean_with_its_sections(mediawiki: MediaWikiClient, code, kind):
    project = WIKIPEDIAS[code]
    answers = _answers(project, kind, ENGLISH_TEXTS, "Upload Filter Act 2027")
    draft = render_files(answers, SHIPPED, TODAY)[f"proposal.{project}.wiki"]
    titled, outline = _genre_outline(project, code)
    title = str(mwparserfromhell.parse(draft).filter_headings()[0].title).strip()
    headings = [(2, title), *outline] if titled else outline
    result = mediawiki.parse(draft)
    assert_clean_render(result, headings, allowed_literals=vote_examples(draft))
    assert result.categories == ()
    # The organisation's English text is rendered as English, left to right, in every other
    # language's draft; the draft's own language needs no mark.
    marks = re.findall(r'<(?:div|span) lang="en" dir="ltr"', result.text)
    assert (code == "en") == (not marks)


@pytest.mark.parametrize("genre", sorted(GENRE_CASES))
@pytest.mark.parametrize("code", LANGUAGES)
def test_every_genre_in_every_language_renders_clean_with_its_sections(
    mediawiki: MediaWikiClient, genre, code
):
    _, draft = genre_draft(genre, code)
    language = SHIPPED.languages[code]
    shape = SHIPPED.genres[genre]
    level = 3 if shape.layout == "thread" else 2
    outline = [(level, language.sections[key]) for key in shape.sections]
    if "voting" in shape.sections:
        outline += [(level + 1, language.sections[key]) for key in ("vote_yes", "vote_no", "vote_abstain")]
    if shape.layout == "thread":
        title = str(mwparserfromhell.parse(draft).filter_headings()[0].title).strip()
        outline = [(2, title), *outline]
    result = mediawiki.parse(draft)
    assert_clean_render(result, outline, allowed_literals=vote_examples(draft))
    assert result.categories == ()
