"""short-deadline: enough time for a community to reach consensus, and for the lead times."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from advocacy_cli.catalog import Action, Project
from advocacy_cli.checks import AnswerContext
from advocacy_cli.findings import Finding, Severity
from advocacy_cli.rules.answers.texts import a_title, whole

RULE = "short-deadline"
# SPEC.md: under a week is an error on every project, whatever its conventions.
MIN_DAYS = 7


def deadline(ctx: AnswerContext) -> tuple[str, dt.date] | None:
    """Return the field and date the time counts to: the action's start, else the decision."""
    if ctx.answers.action.start is not None:
        return "action.start", ctx.answers.action.start
    if ctx.answers.cause.decision_date is not None:
        return "cause.decision_date", ctx.answers.cause.decision_date
    return None


def discussion_days(project: Project) -> tuple[int, str]:
    """Return how long a discussion usually runs on ``project``, and where that comes from."""
    venue = project.deciding_venue
    if venue is not None and venue.usual_days is not None:
        return venue.usual_days, f"discussions at {venue.title} usually run {venue.usual_days} days"
    days = project.proposal.min_days
    if project.kind == "community":
        return days, f"a proposal to {project.name} needs at least {days} days of discussion"
    return days, f"{project.name} needs at least {days} days to consider a request"


def _order(ctx: AnswerContext) -> Iterator[Finding]:
    start, decided = ctx.answers.action.start, ctx.answers.cause.decision_date
    if start is not None and decided is not None and start > decided:
        yield ctx.finding(
            RULE,
            "action.start",
            f"The action starts on {start}, after the decision on {decided}; it can no longer "
            "inform readers before the decision is taken.",
            suggestion=(f"Start before {decided}, or explain why the action should follow the decision."),
            severity=Severity.WARNING,
            span=whole(start),
        )


def _per_project(ctx: AnswerContext, field: str, day: dt.date, action: Action | None) -> Iterator[Finding]:
    left = (day - ctx.today).days
    lead = action.lead_days if action is not None else 0
    for key in ctx.answers.target.projects:
        project = ctx.catalog.projects.get(key)
        if project is None:
            continue
        usual, why = discussion_days(project)
        needed = usual + lead
        if left >= needed:
            continue
        latest = day - dt.timedelta(days=needed)
        lead_text = (
            f", and {a_title(action.title)} needs {lead} more days between consensus and going live"
            if action is not None and lead
            else ""
        )
        yield ctx.finding(
            RULE,
            field,
            f"{project.name}: {day} is {left} days away, but {why}{lead_text} ({needed} days in "
            f"all); the latest sensible day to post was {latest}.",
            suggestion=(
                "Post the proposal as soon as possible and say openly how much time is left, "
                "move the date later, or choose an action with a shorter lead time."
            ),
            severity=Severity.WARNING,
            span=whole(day),
        )


def check(ctx: AnswerContext) -> Iterator[Finding]:
    """Count days from ``--today`` to the action's start (or the decision) for each target."""
    yield from _order(ctx)
    found = deadline(ctx)
    if found is None:
        return
    field, day = found
    left = (day - ctx.today).days
    if left < 0:
        yield ctx.finding(
            RULE,
            field,
            f"{day} is in the past (today is {ctx.today}).",
            suggestion="Correct the date, or drop it if the action no longer has a deadline.",
            span=whole(day),
        )
        return
    if left < MIN_DAYS:
        yield ctx.finding(
            RULE,
            field,
            f"{day} is only {left} days away; a discussion shorter than {MIN_DAYS} days is "
            "seen as rushed and its outcome as unreliable, whatever it decides.",
            suggestion=(
                "Do not ask for an on-wiki decision in this time; write a blog post or ask the "
                "chapter or the Foundation for a statement instead, or move the date."
            ),
            span=whole(day),
        )
        return
    yield from _per_project(ctx, field, day, ctx.catalog.actions.get(ctx.answers.action.kind))
