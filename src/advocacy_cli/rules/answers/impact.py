"""missing-impact: the answers must say how the cause affects the projects."""

from __future__ import annotations

import re
from collections.abc import Iterator

from advocacy_cli.checks import AnswerContext
from advocacy_cli.findings import Finding

RULE = "missing-impact"
MIN_WORDS = 8
_WORD = re.compile(r"\w+")
# Scripts written without spaces (Chinese, Japanese, Korean): about two characters a word.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+")


def word_count(text: str) -> int:
    """Count words, treating runs of unspaced scripts as roughly two characters a word."""
    unspaced = sum(len(run) for run in _UNSPACED.findall(text))
    spaced = len(_WORD.findall(_UNSPACED.sub(" ", text)))
    return spaced + (unspaced + 1) // 2


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def restates(impact: str, summary: str) -> bool:
    """Return whether ``impact`` only repeats (part of) ``summary``, word for word."""
    said, told = _words(impact), _words(summary)
    if not said:
        return False
    size = len(said)
    return any(told[i : i + size] == said for i in range(len(told) - size + 1))


def check(ctx: AnswerContext) -> Iterator[Finding]:
    """Warn when the impact is too short to show a link, or repeats the summary."""
    impact, summary = ctx.answers.cause.impact, ctx.answers.cause.summary
    suggestion = (
        "Say concretely what changes for the projects, their editors or their readers: "
        "what content, uploads, access or privacy is at stake, and where."
    )
    if restates(impact, summary):
        yield ctx.finding(
            RULE,
            "cause.impact",
            "The impact repeats the summary; it does not say how the cause affects the projects.",
            suggestion=suggestion,
        )
    elif word_count(impact) < MIN_WORDS:
        yield ctx.finding(
            RULE,
            "cause.impact",
            f"The impact is {word_count(impact)} words long, too short to show how the cause "
            "affects the projects.",
            suggestion=suggestion,
        )
