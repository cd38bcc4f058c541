"""article-advocacy: asking for article content to be changed to promote the cause."""

from __future__ import annotations

from collections.abc import Iterator

from advocacy_cli.checks import AnswerContext
from advocacy_cli.findings import Finding
from advocacy_cli.rules.answers.phrasing import phrase_findings
from advocacy_cli.rules.answers.texts import action_details, outreach_notes

RULE = "article-advocacy"


def check(ctx: AnswerContext) -> Iterator[Finding]:
    """Flag the catalogue's article-advocacy phrases in the summary, details and notes."""
    texts = [
        ("cause.summary", ctx.answers.cause.summary),
        *action_details(ctx.answers),
        *outreach_notes(ctx.answers),
    ]
    yield from phrase_findings(ctx, RULE, texts)
