"""``missing-summary``, ``unsigned`` and ``missing-impact``: the parts every proposal needs."""

from __future__ import annotations

import re
from collections.abc import Iterator

from advocacy_cli.findings import Finding
from advocacy_cli.lint import lexicon
from advocacy_cli.lint.context import DraftContext, sentences
from advocacy_cli.lint.structure import SIGNATURE

MIN_SUMMARY_WORDS = 6
MIN_IMPACT_WORDS = 5


# Chinese and Japanese are written without spaces; about two characters make a word.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def _word_count(text: str) -> int:
    return len(re.findall(r"\w{2,}", _CJK.sub(" ", text))) + len(_CJK.findall(text)) // 2


def _statement_span(ctx: DraftContext) -> tuple[int, int]:
    """Return the opening statement, or the body of a summary section that comes first."""
    draft = ctx.draft
    start, end = draft.intro_span()
    if _word_count(draft.words[start:end]) >= MIN_SUMMARY_WORDS:
        return start, end
    first = next((s for s in draft.sections if s is not draft.title), None)
    if first is not None and first.key == "summary":
        return first.body_start, first.end
    return start, end


def check_summary(ctx: DraftContext) -> Iterator[Finding]:
    """Require a neutral question or summary before the first subsection."""
    draft = ctx.draft
    start, end = _statement_span(ctx)
    if _word_count(draft.words[start:end]) >= MIN_SUMMARY_WORDS:
        return
    anchor = next((s for s in draft.sections if s is not draft.title), None) or draft.title
    span = ctx.at_section(anchor)
    yield ctx.finding(
        "missing-summary",
        *span,
        "no question or summary before the first subsection",
        "open with one or two neutral sentences that ask the question, then sign them with ~~~~",
    )


def check_signature(ctx: DraftContext) -> Iterator[Finding]:
    """Require a signature (``~~~~``) in the proposer's own text."""
    own = ctx.draft.own
    if SIGNATURE.search(own) or lexicon.signed_link(ctx.catalog).search(own):
        return
    start, end = ctx.draft.intro_span()
    last = [m for m in re.finditer(r"\S[^\n]*", ctx.draft.visible[start:end])]
    if last:
        m = last[-1]
        span = (start + m.start(), start + m.start() + len(m.group(0).rstrip()))
    else:
        span = ctx.at_section(ctx.draft.title)
    yield ctx.finding(
        "unsigned",
        *span,
        "the proposal is not signed",
        "end the opening statement with ~~~~ so the wiki adds your user name and the date",
    )


def check_impact(ctx: DraftContext) -> Iterator[Finding]:
    """Require an explanation of how the cause affects the projects."""
    draft = ctx.draft
    for section in draft.sections_with("impact"):
        if _word_count(draft.words[section.body_start : section.extent_end]) >= MIN_IMPACT_WORDS:
            return
    words = draft.words
    projects = lexicon.pattern(ctx.catalog, "project-words")
    effects = lexicon.pattern(ctx.catalog, "impact-words")
    for start, end in sentences(words, 0, len(words)):
        chunk = words[start:end]
        if projects.search(chunk) and effects.search(chunk):
            return
    anchor = next(iter(draft.sections_with("impact")), None) or draft.title
    yield ctx.finding(
        "missing-impact",
        *ctx.at_section(anchor),
        "the draft does not explain how the cause affects the projects, their editors or readers",
        "add a section such as 'Why this matters' with the concrete effect on the projects",
    )
