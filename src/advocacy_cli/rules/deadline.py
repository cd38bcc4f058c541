"""``short-deadline``: enough time for a community to reach consensus, and for the lead times."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from advocacy_cli.answers import ActionAnswer, Answers, Cause
from advocacy_cli.catalog import Action, Catalog, Prerequisite, Project, Venue
from advocacy_cli.checks import AnswerContext
from advocacy_cli.findings import Finding, Severity
from advocacy_cli.lint import lexicon
from advocacy_cli.lint.context import DraftContext, sentences
from advocacy_cli.rules import policies as p
from advocacy_cli.rules.base import BOTH, Rule, RuleUnit
from advocacy_cli.rules.detectors.dates import DateMention, find_dates
from advocacy_cli.rules.detectors.texts import a_title, whole

SHORT_DEADLINE = Rule(
    name="short-deadline",
    severity=Severity.ERROR,
    targets=BOTH,
    summary="Too little time for consensus, or for the action's lead times (an error under 7 days).",
    explanation=(
        "Consensus takes time: a request for comment usually runs for 30 days, and a discussion "
        "shorter than a week is seen as rushed, as the criticised 2018 votes were. On top of that, "
        "an advocacy banner needs a CentralNotice request at least 14 days ahead and a legal "
        "review. Under 7 days is an error; under the venue's usual length plus the action's lead "
        "time is a warning, and so is a start that leaves no room for what must come first (a "
        "Meinungsbild's ten supporters and week of notice), counted as the posting plan counts it."
    ),
    policies=(p.RFC, p.CENTRALNOTICE, p.CONSENSUS),
    example_fail=(
        "=== Timeline ===\n* This discussion opens: 1 April 2027\n* The banner starts: 4 April 2027"
    ),
    example_pass=(
        "=== Timeline ===\n* This discussion opens: 1 April 2027\n* The banner starts: 1 September 2027"
    ),
)
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


@dataclass(frozen=True)
class Schedule:
    """The earliest dates of a proposal to one community, as its posting plan dates them.

    Taken from the plan's own timeline, so that ``new`` and the plan never disagree: the
    early feedback, what must happen before the proposal may open (a Meinungsbild's
    supporters and week of notice, from the catalogue), the discussion or vote, and the
    action's lead time after consensus.
    """

    feedback: tuple[Venue, int] | None
    before: tuple[Prerequisite, ...]
    opens: dt.date
    discussion_days: int
    closes: dt.date
    lead_days: int
    ready: dt.date


def community_schedule(project: Project, action: Action, today: dt.date) -> Schedule:
    """Return the earliest schedule of proposing ``action`` to the community ``project``."""
    from advocacy_cli.render.timeline import build_timeline

    # The timeline reads only the dates the user chose; none are needed for the earliest ones.
    undated = Answers.model_construct(
        action=ActionAnswer.model_construct(kind=action.key, start=None, duration_hours=None),
        cause=Cause.model_construct(decision_date=None),
    )
    conventions = project.conventions_for(action.key)
    timeline = build_timeline(undated, project, action, today, conventions)
    feedback_days = (timeline.published - today).days
    discuss = project.venues_with_role("discuss")
    return Schedule(
        feedback=(discuss[0], feedback_days) if feedback_days and discuss else None,
        before=conventions.before,
        opens=timeline.opens,
        discussion_days=timeline.discussion_days,
        closes=timeline.closes,
        lead_days=(timeline.ready - timeline.closes).days,
        ready=timeline.ready,
    )


def needed_days(catalog: Catalog, project: Project, action: Action | None, today: dt.date) -> int:
    """Return the days from ``today`` until ``action`` can start on ``project``."""
    if project.kind == "community" and action is not None:
        return (community_schedule(project, action, today).ready - today).days
    return discussion_days(project)[0] + (action.lead_days if action is not None else 0)


def earliest_start(
    catalog: Catalog, targets: Iterable[str], action_key: str | None, today: dt.date
) -> dt.date:
    """Return the first day an action can start without a short-deadline finding.

    The longest time any target needs (its discussion and what must come before it, plus
    the action's lead time), counted from ``today``, and never under the week every project
    needs.
    """
    action = catalog.actions.get(action_key or "")
    needed = [
        needed_days(catalog, catalog.projects[key], action, today)
        for key in targets
        if key in catalog.projects
    ]
    return today + dt.timedelta(days=max([MIN_DAYS, *needed]))


def _order(ctx: AnswerContext) -> Iterator[Finding]:
    start, decided = ctx.answers.action.start, ctx.answers.cause.decision_date
    if start is not None and decided is not None and start > decided:
        yield ctx.finding(
            SHORT_DEADLINE,
            "action.start",
            f"The action starts on {start}, after the decision on {decided}; it can no longer "
            "inform readers before the decision is taken.",
            suggestion=(f"Start before {decided}, or explain why the action should follow the decision."),
            severity=Severity.WARNING,
            span=whole(start),
        )


SUGGESTION = (
    "Post the proposal as soon as possible and say openly how much time is left, "
    "move the date later, or choose an action with a shorter lead time."
)


def _lead_text(action: Action | None, lead: int) -> str:
    if action is None or not lead:
        return ""
    return f", and {a_title(action.title)} needs {lead} more days between consensus and going live"


def _community_message(project: Project, action: Action, day: dt.date, today: dt.date) -> str | None:
    plan = community_schedule(project, action, today)
    if day >= plan.ready:
        return None
    left, needed = (day - today).days, (plan.ready - today).days
    steps = []
    if plan.feedback is not None:
        place, days = plan.feedback
        steps.append(f"{days} days of early feedback at {place.title}")
    # What must happen before the proposal may open: each step is a fact of the catalogue.
    steps += [f"{step.what[:1].lower()}{step.what[1:]} ({step.days} days)" for step in plan.before]
    venue = project.deciding_venue
    where = f" at {venue.title}" if venue is not None else ""
    steps.append(f"discussions{where} usually run {plan.discussion_days} days")
    dates = f"it could open on {plan.opens} at the earliest and close on {plan.closes}"
    if plan.lead_days:
        dates += f", ready to go live on {plan.ready}"
    return (
        f"{project.name}: {day} is {left} days away, but {', then '.join(steps)}"
        f"{_lead_text(action, plan.lead_days)} ({needed} days in all): {dates}; the latest "
        f"sensible day to begin was {day - dt.timedelta(days=needed)}."
    )


def _organisation_message(
    project: Project, action: Action | None, day: dt.date, today: dt.date
) -> str | None:
    left = (day - today).days
    lead = action.lead_days if action is not None else 0
    usual, why = discussion_days(project)
    needed = usual + lead
    if left >= needed:
        return None
    return (
        f"{project.name}: {day} is {left} days away, but {why}{_lead_text(action, lead)} ({needed} days in "
        f"all); the latest sensible day to post was {day - dt.timedelta(days=needed)}."
    )


def _per_project(ctx: AnswerContext, field: str, day: dt.date, action: Action | None) -> Iterator[Finding]:
    for key in ctx.answers.target.projects:
        project = ctx.catalog.projects.get(key)
        if project is None:
            continue
        if project.kind == "community" and action is not None:
            message = _community_message(project, action, day, ctx.today)
        else:
            message = _organisation_message(project, action, day, ctx.today)
        if message is None:
            continue
        # A warning: how long supporters take to gather, or a discussion to settle, is an
        # estimate; only the week every discussion needs is certain enough for an error.
        yield ctx.finding(
            SHORT_DEADLINE, field, message, suggestion=SUGGESTION, severity=Severity.WARNING, span=whole(day)
        )


def check_answers(ctx: AnswerContext) -> Iterator[Finding]:
    """Count days from ``--today`` to the action's start (or the decision) for each target."""
    yield from _order(ctx)
    found = deadline(ctx)
    if found is None:
        return
    field, day = found
    left = (day - ctx.today).days
    if left < 0:
        yield ctx.finding(
            SHORT_DEADLINE,
            field,
            f"{day} is in the past (today is {ctx.today}).",
            suggestion="Correct the date, or drop it if the action no longer has a deadline.",
            span=whole(day),
        )
        return
    if left < MIN_DAYS:
        yield ctx.finding(
            SHORT_DEADLINE,
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


def _action_start(ctx: DraftContext, timeline: list[DateMention]) -> DateMention | None:
    own = ctx.draft.own
    for key in ("scope", "action"):
        for section in ctx.draft.sections_with(key):
            dates = find_dates(ctx.catalog, own, section.body_start, section.extent_end)
            if dates:
                return dates[0]
    actions = lexicon.action_words(ctx.catalog).values()
    starting = lexicon.pattern(ctx.catalog, "start-words")
    for section in ctx.draft.sections_with("timeline"):
        for a, b in sentences(own, section.body_start, section.extent_end):
            chunk = own[a:b]
            if any(pattern.search(chunk) for pattern in actions) and starting.search(chunk):
                dates = find_dates(ctx.catalog, own, a, b)
                if dates:
                    return dates[0]
    # A draft without an action section often dates the action in its opening question
    # ("a blackout on 10 April 2027?"); a sentence naming both is as good as a timeline.
    start, end = ctx.draft.intro_span()
    for a, b in sentences(ctx.draft.words, start, end):
        if any(pattern.search(ctx.draft.words, a, b) for pattern in actions):
            dates = find_dates(ctx.catalog, own, a, b)
            if dates:
                return dates[0]
    return max(timeline, key=lambda d: d.date) if timeline else None


def _needed_days(ctx: DraftContext) -> tuple[int, int, str]:
    """Return (shortest, usual) days and what the usual length is made of."""
    project = ctx.project
    shortest = project.proposal.min_days if project else MIN_DAYS
    venue = project.deciding_venue if project else None
    usual = venue.usual_days if venue and venue.usual_days else shortest
    lead = 0
    for key in ctx.proposed_actions():
        action = ctx.catalog.actions.get(key)
        if action is not None:
            lead = max(lead, action.lead_days)
    where = (
        f"{venue.title} usually runs {usual} days" if venue else f"a discussion needs at least {usual} days"
    )
    reason = f"{where}, plus {lead} days of lead time for the action" if lead else where
    return shortest, usual + lead, reason


def check_draft(ctx: DraftContext) -> Iterator[Finding]:
    """Compare the action's start with the time a discussion and the action's lead times need."""
    own = ctx.draft.own
    timeline: list[DateMention] = []
    for section in ctx.draft.sections_with("timeline"):
        timeline += find_dates(ctx.catalog, own, section.body_start, section.extent_end)
    start = _action_start(ctx, timeline)
    if start is None:
        return
    earlier = [d.date for d in timeline if d.date < start.date]
    opens = max([ctx.today, *earlier[:1]]) if earlier else ctx.today
    days = (start.date - opens).days
    shortest, usual, reason = _needed_days(ctx)
    when = f"the action starts on {start.date.isoformat()}"
    if start.date < ctx.today:
        yield ctx.finding(
            SHORT_DEADLINE,
            start.start,
            start.end,
            f"{when}, which is already past",
            "move the start to a date that leaves time for the discussion",
        )
    elif days < shortest:
        yield ctx.finding(
            SHORT_DEADLINE,
            start.start,
            start.end,
            f"{when}: only {days} days after the discussion opens (at least {shortest} needed)",
            "start the discussion earlier or move the action later",
        )
    elif days < usual:
        yield ctx.finding(
            SHORT_DEADLINE,
            start.start,
            start.end,
            f"{when}: {days} days after the discussion opens, but {reason} ({usual} days)",
            "start the discussion earlier or move the action later",
            severity=Severity.WARNING,
        )


UNIT = RuleUnit(rules=(SHORT_DEADLINE,), answer_checks=(check_answers,), draft_checks=(check_draft,))
