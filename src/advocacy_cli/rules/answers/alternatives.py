"""no-alternatives: disruptive actions need the less disruptive ones weighed first."""

from __future__ import annotations

from collections.abc import Iterator

from advocacy_cli.checks import AnswerContext
from advocacy_cli.findings import Finding, Severity
from advocacy_cli.rules.answers.texts import a_title, whole

RULE = "no-alternatives"


def _gentler(ctx: AnswerContext, than: int) -> str:
    """Name the catalogue's actions less disruptive than ``than``, least first."""
    gentler = [a for a in ctx.catalog.actions_by_disruption() if a.disruption < than]
    return ", ".join(a.title[:1].lower() + a.title[1:] for a in gentler[:4])


def check(ctx: AnswerContext) -> Iterator[Finding]:
    """Require alternatives where the catalogue says so; flag an alternative equal to the action."""
    kind = ctx.answers.action.kind
    action = ctx.catalog.actions.get(kind)
    if action is None:
        return
    if action.needs_alternatives and not ctx.answers.alternatives:
        gentler = _gentler(ctx, action.disruption)
        yield ctx.finding(
            RULE,
            "action.kind",
            f"{a_title(action.title, start=True)} changes what every reader sees, and no "
            "alternatives are given; communities expect to hear which less disruptive "
            "actions were weighed and why they are not enough.",
            suggestion=(
                "Name the other actions you considered, each with why it is not enough (alternatives)"
                + (f", for example: {gentler}" if gentler else "")
                + "."
            ),
            span=whole(kind),
        )
    for index, alternative in enumerate(ctx.answers.alternatives):
        if alternative.kind == kind:
            yield ctx.finding(
                RULE,
                f"alternatives[{index}].kind",
                f"The alternative is the proposed action itself ({kind}); it does not show "
                "that anything else was considered.",
                suggestion=(
                    "List a different action, such as a less disruptive one, and why it was not chosen."
                ),
                severity=Severity.WARNING,
                span=whole(alternative.kind),
            )
