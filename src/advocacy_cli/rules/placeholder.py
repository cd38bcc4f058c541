"""``unedited-placeholder``: template text left unfilled."""

from __future__ import annotations

from collections.abc import Iterator

from advocacy_cli.findings import Finding, Severity
from advocacy_cli.lint import lexicon
from advocacy_cli.lint.context import DraftContext
from advocacy_cli.rules import policies as p
from advocacy_cli.rules.base import DRAFT, Rule, RuleUnit

UNEDITED_PLACEHOLDER = Rule(
    name="unedited-placeholder",
    severity=Severity.ERROR,
    targets=DRAFT,
    summary="Template text left unfilled in the draft.",
    explanation=(
        "Text such as [YOUR ORGANISATION], TODO, XXX or <insert date> tells readers the proposal "
        "was not finished, and it cannot be posted as it is."
    ),
    policies=(p.GUIDE,),
    example_fail="Organisation: [YOUR ORGANISATION] ~~~~",
    example_pass="Organisation: Open Knowledge Network ~~~~",
)


def check_draft(ctx: DraftContext) -> Iterator[Finding]:
    """Report placeholders such as [YOUR ORGANISATION], TODO or <insert date> in visible text."""
    for m in lexicon.pattern(ctx.catalog, "placeholder").finditer(ctx.draft.visible):
        yield ctx.finding(
            UNEDITED_PLACEHOLDER,
            m.start(),
            m.end(),
            f"placeholder left in the draft: {m.group(0)}",
            "replace it with the real text before posting",
        )


UNIT = RuleUnit(rules=(UNEDITED_PLACEHOLDER,), draft_checks=(check_draft,))
