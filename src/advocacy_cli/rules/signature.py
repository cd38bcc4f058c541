"""``unsigned``: the proposal is signed with four tildes."""

from __future__ import annotations

import re
from collections.abc import Iterator

from advocacy_cli.findings import Finding, Severity
from advocacy_cli.lint import lexicon
from advocacy_cli.lint.context import DraftContext
from advocacy_cli.lint.labels import read_labels
from advocacy_cli.lint.structure import SIGNATURE
from advocacy_cli.rules import policies as p
from advocacy_cli.rules.base import DRAFT, Rule, RuleUnit
from advocacy_cli.rules.detectors.content import named

UNSIGNED = Rule(
    name="unsigned",
    severity=Severity.ERROR,
    targets=DRAFT,
    summary="The proposal is not signed with ~~~~.",
    explanation=(
        "Discussion posts are signed with four tildes, which the wiki turns into the poster's "
        "user name and a timestamp. An unsigned proposal hides who is asking and when, and some "
        "communities remove unsigned votes and proposals."
    ),
    policies=(p.SIGNATURES,),
    example_fail="== Proposal ==\nShould the project run a banner about the directive?",
    example_pass="== Proposal ==\nShould the project run a banner about the directive? ~~~~",
)


def _signed_as_proposer(ctx: DraftContext) -> bool:
    """Return whether a line labelled as the proposers' ("Proposants : ...") is signed.

    Vote pages put it anywhere, after the votes too, where other editors' replies begin.
    """
    visible = ctx.draft.visible
    signed = lexicon.signed_link(ctx.catalog)
    for label in read_labels(visible):
        if not named(ctx.catalog, "cosigner-headings", label.title):
            continue
        if SIGNATURE.search(visible, label.body_start, label.body_end) or signed.search(
            visible, label.body_start, label.body_end
        ):
            return True
    return False


def check_draft(ctx: DraftContext) -> Iterator[Finding]:
    """Require a signature (``~~~~``) in the proposer's own text."""
    own = ctx.draft.own
    if SIGNATURE.search(own) or lexicon.signed_link(ctx.catalog).search(own) or _signed_as_proposer(ctx):
        return
    start, end = ctx.draft.intro_span()
    last = [m for m in re.finditer(r"\S[^\n]*", ctx.draft.visible[start:end])]
    if last:
        m = last[-1]
        span = (start + m.start(), start + m.start() + len(m.group(0).rstrip()))
    else:
        span = ctx.at_section(ctx.draft.title)
    yield ctx.finding(
        UNSIGNED,
        *span,
        "the proposal is not signed",
        "end the opening statement with ~~~~ so the wiki adds your user name and the date",
    )


UNIT = RuleUnit(rules=(UNSIGNED,), draft_checks=(check_draft,))
