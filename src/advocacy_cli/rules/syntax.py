"""``wikitext-syntax``: markup that MediaWiki would show broken."""

from __future__ import annotations

from collections.abc import Iterator

from advocacy_cli.findings import Finding, Severity
from advocacy_cli.lint.context import DraftContext
from advocacy_cli.lint.scanner import scan
from advocacy_cli.rules import policies as p
from advocacy_cli.rules.base import DRAFT, Rule, RuleUnit

WIKITEXT_SYNTAX = Rule(
    name="wikitext-syntax",
    severity=Severity.ERROR,
    targets=DRAFT,
    summary="Unbalanced {{ }} or [[ ]], unclosed tags, comments or tables, malformed headings.",
    explanation=(
        "MediaWiki never refuses a page: broken markup is shown as stray brackets, swallows the "
        "headings after it, or hides the rest of the page inside an unclosed comment. Readers then "
        "see a broken proposal, and a broken proposal is not taken seriously. The check follows "
        "MediaWiki's own pairing rules, such as an unclosed [[ inside a template."
    ),
    policies=(p.WIKITEXT,),
    example_fail="== Proposal ==\n{{rfc|policy\nShould we run a banner? ~~~~",
    example_pass="== Proposal ==\n{{rfc|policy}}\nShould we run a banner? ~~~~",
)


def check_draft(ctx: DraftContext) -> Iterator[Finding]:
    """Report unbalanced brackets, unclosed tags, comments and tables, and malformed headings."""
    for issue in scan(ctx.draft.text):
        yield ctx.finding(WIKITEXT_SYNTAX, issue.start, issue.end, issue.message, issue.suggestion)


UNIT = RuleUnit(rules=(WIKITEXT_SYNTAX,), draft_checks=(check_draft,))
