"""A full draft in each of the fifteen drafting languages, rendered by a real MediaWiki."""

from __future__ import annotations

import re

import mwparserfromhell
import pytest

from advocacy_cli.generate import render_files
from tests.conftest import TODAY
from tests.test_languages import ENGLISH_TEXTS, LANGUAGES, SHIPPED, WIKIPEDIAS, _answers, _genre_outline

from .client import MediaWikiClient
from .helpers import assert_clean_render

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
    assert_clean_render(result, headings)
    assert result.categories == ()
    # The organisation's English text is rendered as English, left to right, in every other
    # language's draft; the draft's own language needs no mark.
    marks = re.findall(r'<(?:div|span) lang="en" dir="ltr"', result.text)
    assert (code == "en") == (not marks)
