"""``short-deadline``: enough time for a community to reach consensus, and for the lead times."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from advocacy_cli.answers import ActionAnswer, Answers, Cause
from advocacy_cli.catalog import Action, Catalog, Prerequisite, Project, Venue
from advocacy_cli.checks import AnswerContext
from advocacy_cli.findings import Finding, Severity
from advocacy_cli.lint import lexicon
from advocacy_cli.lint.context import DraftContext
from advocacy_cli.rules import policies as p
from advocacy_cli.rules.base import BOTH, Rule, RuleUnit
from advocacy_cli.rules.detectors.dates import (
    DateMention,
    DateRole,
    Timeline,
    classify,
    posted_today,
    read_dates,
    signature_date,
    timeline,
)
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


def _days(count: int) -> str:
    return "1 day" if count == 1 else f"{count} days"


def _draft_dates(ctx: DraftContext) -> tuple[list[DateMention], dt.date]:
    """Return the proposer's dates, each with its role, and the day the proposal is read from.

    Relative days count from the proposer's signature, else from ``--today``. A date under the
    proposed action or its scope that no cue word explains is the action's.
    """
    own = ctx.draft.own
    anchor = signature_date(ctx.catalog, own, ctx.today) or ctx.today
    languages = tuple(code for code in (ctx.language, ctx.project.language if ctx.project else None) if code)
    mentions = read_dates(ctx.catalog, own, anchor, languages=languages)
    sections = ctx.draft.sections
    background = [(s.body_start, s.extent_end) for s in sections if s.key in ("background", "alternatives")]
    classified = classify(ctx.catalog, own, mentions, anchor, background, ctx.language)
    action_parts = [(s.body_start, s.extent_end) for s in sections if s.key in ("action", "scope")]
    roles = []
    for mention in classified:
        if (
            mention.role is DateRole.OTHER
            and not posted_today(mention, anchor)
            and any(a <= mention.start < b for a, b in action_parts)
        ):
            is_end = mention.range_with is not None and mention.range_with < mention.date
            mention = replace(mention, role=DateRole.ACTION_ENDS if is_end else DateRole.ACTION_STARTS)
        roles.append(mention)
    return _same_range_same_role(roles), anchor


def _same_range_same_role(mentions: list[DateMention]) -> list[DateMention]:
    """Give every mention of a range the action's role once one mention of it is the action's.

    The same days named twice are one event: "a banner from 3 to 5 May" in a table makes "the
    poll asks whether, from 3 to 5 May, ..." the banner's days too, not the poll's.
    """
    action_roles = (DateRole.ACTION_STARTS, DateRole.ACTION_ENDS)
    # Either end read as the action's makes the whole range the action's ("26 October to 1
    # November, via CentralNotice/Request": the banner's week, not the request's day).
    ranges = set()
    for m in mentions:
        if m.range_with is not None and m.role in action_roles:
            ranges |= {(m.date, m.range_with), (m.range_with, m.date)}
    return [
        replace(m, role=DateRole.ACTION_ENDS if m.range_with < m.date else DateRole.ACTION_STARTS)
        if m.range_with is not None and (m.date, m.range_with) in ranges and m.role not in action_roles
        else m
        for m in mentions
    ]


def _needed_days(ctx: DraftContext) -> tuple[int, int, int, str]:
    """Return (shortest, usual) discussion days, the action's lead days, and where they come from."""
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
    return shortest, usual, lead, where


def _discussion_length(ctx: DraftContext, plan: Timeline, mentions: list[DateMention]) -> Iterator[Finding]:
    """Measure the discussion itself: a 24-hour discussion is a short deadline however late the action is."""
    days = plan.discussion_days
    if days is None or days < 0:
        return
    close = next(m for m in mentions if m.role is DateRole.DISCUSSION_CLOSES and m.date == plan.closes)
    shortest, usual, _, where = _needed_days(ctx)
    opened = "" if not plan.opens_assumed else " (counted from the signature or today)"
    if days + 1 < shortest:
        yield ctx.finding(
            SHORT_DEADLINE,
            close.start,
            close.end,
            f"the discussion runs {_days(days + 1)} to {plan.closes}, its first and last day counted"
            f"{opened} (at least {shortest} needed)",
            "let the discussion run at least a week before closing it",
        )
    elif days + 1 < usual:
        # A discussion "from 22 March to 5 April" runs 15 days: its first and last day count.
        yield ctx.finding(
            SHORT_DEADLINE,
            close.start,
            close.end,
            f"the discussion runs {_days(days + 1)} to {plan.closes}, its first and last day counted, "
            f"but {where}{ctx.assumption()}",
            "let the discussion run as long as the venue's discussions usually do",
            severity=ctx.wiki_severity(Severity.WARNING),
        )


def _request_days(catalog: Catalog) -> tuple[int, str] | None:
    """Return how many days ahead banners are requested, and the request page, from the catalogue."""
    for project in catalog.projects.values():
        for venue in project.venues_with_role("request"):
            if venue.usual_days is not None and "centralnotice" in venue.key:
                return venue.usual_days, venue.title
    return None


def _centralnotice_request(
    ctx: DraftContext, plan: Timeline, mentions: list[DateMention]
) -> Iterator[Finding]:
    """A banner's request comes after consensus and the request page's days before the campaign."""
    request = next((m for m in mentions if m.role is DateRole.CENTRALNOTICE), None)
    known = _request_days(ctx.catalog)
    if (
        request is None
        or known is None
        or plan.action_starts is None
        or "banner" not in ctx.proposed_actions()
    ):
        return
    days, page = known
    ahead = (plan.action_starts.date - request.date).days
    if plan.closes is not None and request.date < plan.closes:
        yield ctx.finding(
            SHORT_DEADLINE,
            request.start,
            request.end,
            f"the CentralNotice request on {request.date} comes before the discussion closes on {plan.closes}",
            "request the banner once the discussion has closed with consensus, and link the closed discussion",
            severity=Severity.WARNING,
        )
    elif ahead < days:
        yield ctx.finding(
            SHORT_DEADLINE,
            request.start,
            request.end,
            f"the CentralNotice request on {request.date} is only {_days(ahead)} before the banner starts, "
            f"but {page} asks for at least {days} days",
            "request the banner earlier, or move the banner later",
            severity=Severity.WARNING,
        )


def _reads_date_roles(ctx: DraftContext) -> bool:
    """Return whether the lexicon has the cue words that tell a date's role in the draft's language.

    Month names come from CLDR for every language, but which date opens the discussion and
    which starts the action is read from cue words; without them a date's role would be a
    guess, and severity follows certainty: no finding rather than a wrong one.
    """
    if ctx.language is None:
        return True
    return all(
        ctx.language in lexicon.concept(ctx.catalog, key).patterns
        for key in ("date-opens", "date-closes", "date-action")
    )


def check_draft(ctx: DraftContext) -> Iterator[Finding]:
    """Measure the discussion, and the time from its close to the action against the lead times."""
    if not _reads_date_roles(ctx):
        return
    mentions, anchor = _draft_dates(ctx)
    plan = timeline(mentions, max(anchor, ctx.today))
    yield from _discussion_length(ctx, plan, mentions)
    start = plan.action_starts
    if start is None:
        return
    yield from _centralnotice_request(ctx, plan, mentions)
    guessed_year = " (the year is not written; assumed from the text)" if start.year_inferred else ""
    sure = Severity.WARNING if start.year_inferred or start.relative else None
    when = f"the action starts on {start.date.isoformat()}{guessed_year}"
    shortest, usual, lead, where = _needed_days(ctx)
    if start.date < ctx.today:
        yield ctx.finding(
            SHORT_DEADLINE,
            start.start,
            start.end,
            f"{when}, which is already past",
            "move the start to a date that leaves time for the discussion",
            severity=sure,
        )
        return
    if plan.closes is not None:
        # Lead times count from the close: the action cannot be prepared before consensus.
        after = (start.date - plan.closes).days
        # Only an on-site action waits for consensus (a WikiProject drive may start while the
        # discussion runs); and a warning only, as a draft may give the earliest close.
        if not ctx.proposed_actions():
            return
        if after < 0:
            yield ctx.finding(
                SHORT_DEADLINE,
                start.start,
                start.end,
                f"{when}, {_days(-after)} before the discussion closes on {plan.closes}",
                "let the discussion close before the action starts, or move the action later",
                severity=Severity.WARNING,
            )
        elif after < lead:
            yield ctx.finding(
                SHORT_DEADLINE,
                start.start,
                start.end,
                f"{when}, {_days(after)} after the discussion closes on {plan.closes}, but the action "
                f"needs {lead} days of lead time after consensus",
                "close the discussion earlier or move the action later",
                severity=Severity.WARNING,
            )
        return
    days = (start.date - plan.opens).days
    reason = f"{where}, plus {lead} days of lead time for the action" if lead else where
    if days < shortest:
        yield ctx.finding(
            SHORT_DEADLINE,
            start.start,
            start.end,
            f"{when}: only {_days(days)} after the discussion opens (at least {shortest} needed)",
            "start the discussion earlier or move the action later",
            severity=sure,
        )
    elif days < usual + lead:
        yield ctx.finding(
            SHORT_DEADLINE,
            start.start,
            start.end,
            f"{when}: {_days(days)} after the discussion opens, but {reason} ({usual + lead} days)"
            f"{ctx.assumption()}",
            "start the discussion earlier or move the action later",
            severity=ctx.wiki_severity(Severity.WARNING),
        )


UNIT = RuleUnit(rules=(SHORT_DEADLINE,), answer_checks=(check_answers,), draft_checks=(check_draft,))
