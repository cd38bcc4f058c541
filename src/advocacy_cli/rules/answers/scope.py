"""missing-scope: an on-site action must say when, for how long and for whom."""

from __future__ import annotations

from collections.abc import Iterator

from advocacy_cli.answers import ON_SITE_FIELDS
from advocacy_cli.checks import AnswerContext
from advocacy_cli.findings import Finding
from advocacy_cli.rules import policies
from advocacy_cli.rules.answers.texts import a_title, whole

RULE = "missing-scope"

_WHAT = {
    "start": ("when it starts", "start: 2027-06-28 (the date it goes live, in UTC)"),
    "duration_hours": ("how long it lasts", "duration_hours: 24"),
    "scope": ("who sees it", "scope: Logged-out readers in the EU"),
}


def check(ctx: AnswerContext) -> Iterator[Finding]:
    """Require start, duration and scope for on-site actions; enforce the maximum duration."""
    answer = ctx.answers.action
    action = ctx.catalog.actions.get(answer.kind)
    if action is None or not action.on_site:
        return
    for name in ON_SITE_FIELDS:
        if getattr(answer, name) is None:
            what, example = _WHAT[name]
            yield ctx.finding(
                RULE,
                f"action.{name}",
                f"{a_title(action.title, start=True)} changes what readers see, and the answers "
                f"do not say {what}; communities judge such a proposal by its size.",
                suggestion=f"Add action.{name}, for example `{example}`.",
            )
    too_long = (
        action.max_hours is not None
        and answer.duration_hours is not None
        and answer.duration_hours > action.max_hours
    )
    if too_long:
        usual = f"; {action.usual_hours} hours is usual" if action.usual_hours else ""
        yield ctx.finding(
            RULE,
            "action.duration_hours",
            f"{answer.duration_hours} hours is longer than the {action.max_hours} hours "
            f"allowed for {a_title(action.title)}{usual}.",
            suggestion=(
                f"Shorten it to at most {action.max_hours} hours, and check the current "
                "maximum in the Foundation's advocacy policy."
            ),
            policy=policies.ADVOCACY_POLICY,
            span=whole(answer.duration_hours),
        )
