"""``wikitext-syntax``: markup that MediaWiki would show broken."""

from __future__ import annotations

from collections.abc import Iterator

from advocacy_cli.findings import Finding
from advocacy_cli.lint.context import DraftContext
from advocacy_cli.lint.scanner import scan


def check_syntax(ctx: DraftContext) -> Iterator[Finding]:
    """Report unbalanced brackets, unclosed tags, comments and tables, and malformed headings."""
    for issue in scan(ctx.draft.text):
        yield ctx.finding("wikitext-syntax", issue.start, issue.end, issue.message, issue.suggestion)
