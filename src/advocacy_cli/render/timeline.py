"""Compute a proposal's dates from the venue's usual length and the action's lead times."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from advocacy_cli.answers import Answers
from advocacy_cli.catalog import Action, Project, ProposalConventions

# A week to test the idea where the community discusses first: long enough for regulars
# to see it, short enough not to eat into the formal discussion.
PREDISCUSSION_DAYS = 7
# Affiliates and the Foundation answer requests on their own schedule; two weeks is a
# polite time to wait before following up.
REPLY_DAYS = 14


class Milestone(StrEnum):
    """What happens on a timeline date (the keys of the ``t_*`` phrases)."""

    PREDISCUSS = "prediscuss"
    BEFORE = "before"
    OPEN = "open"
    NOTIFY = "notify"
    CLOSE = "close"
    READY = "ready"
    CONTACT = "contact"
    REPLY = "reply"
    START = "start"
    END = "end"
    DECISION = "decision"


@dataclass(frozen=True)
class Event:
    """One dated step of the timeline; ``days`` is the length it reports, if any."""

    milestone: Milestone
    when: dt.datetime
    days: int | None = None
    # For BEFORE: the prerequisite's key (``supporters``, ``notice`` ...).
    key: str | None = None


@dataclass(frozen=True)
class LeadStep:
    """A step between consensus and going live, with the date it should be done by."""

    what: str
    begins: dt.date
    due: dt.date
    source: str | None
    key: str | None = None


@dataclass(frozen=True)
class Timeline:
    """Every dated step, in order, and the figures the rules and the plan talk about."""

    events: tuple[Event, ...]
    lead_steps: tuple[LeadStep, ...]
    discussion_days: int
    # The day the proposal's page or section is posted (before any supporter phase).
    published: dt.date
    opens: dt.date
    closes: dt.date
    ready: dt.date
    latest_open: dt.date | None

    @property
    def tight(self) -> bool:
        """Return whether the discussion opens later than the start allows."""
        return self.latest_open is not None and self.opens > self.latest_open


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0, 0), tzinfo=dt.UTC)


def discussion_days(project: Project) -> int:
    """Return how long a discussion runs at the project's deciding venue."""
    venue = project.deciding_venue
    usual = venue.usual_days if venue is not None and venue.usual_days else 0
    return max(usual, project.proposal.min_days)


def _lead_steps(action: Action, opens: dt.date, consensus: dt.date) -> tuple[LeadStep, ...]:
    """Date each lead step from what it waits for: the opening, consensus, or earlier steps."""
    done: dict[str, dt.date] = {"open": opens, "consensus": consensus}
    steps = []
    for step in action.lead_steps:
        begins = max((done[k] for k in step.after if k in done), default=consensus)
        due = begins + dt.timedelta(days=step.days)
        if step.key:
            done[step.key] = due
        steps.append(LeadStep(step.what, begins, due, step.source, step.key))
    return tuple(sorted(steps, key=lambda s: (s.begins, s.due)))


def build_timeline(
    answers: Answers,
    project: Project,
    action: Action,
    today: dt.date,
    conventions: ProposalConventions | None = None,
) -> Timeline:
    """Return the dates for proposing ``action`` to ``project``, counted from ``today``."""
    community = project.kind == "community"
    rules = conventions if conventions is not None else project.proposal
    events: list[Event] = []
    if community:
        pre = PREDISCUSSION_DAYS if project.venues_with_role("discuss") else 0
        days = discussion_days(project)
        if pre:
            events.append(Event(Milestone.PREDISCUSS, _midnight(today)))
        # What must happen before the proposal may open (supporters, a week's notice) follows
        # the early feedback, one step after the other.
        step_day = today + dt.timedelta(days=pre)
        # The proposal is public from the first of these steps (a Meinungsbild's page is
        # created to collect supporters), else from its opening.
        published = step_day
        for prerequisite in rules.before:
            events.append(Event(Milestone.BEFORE, _midnight(step_day), prerequisite.days, prerequisite.key))
            step_day += dt.timedelta(days=prerequisite.days)
        opens = step_day
        closes = opens + dt.timedelta(days=days)
        events.append(Event(Milestone.OPEN, _midnight(opens)))
        events.append(Event(Milestone.CLOSE, _midnight(closes), days))
    else:
        days = REPLY_DAYS
        opens = published = today
        closes = today + dt.timedelta(days=days)
        events.append(Event(Milestone.CONTACT, _midnight(opens)))
        events.append(Event(Milestone.REPLY, _midnight(closes), days))
    # A community's lead steps follow its consensus (the Foundation hears of it at the
    # opening); an organisation's begin with the request.
    prepares = closes if community else opens
    steps = _lead_steps(action, published, prepares)
    ready = max((s.due for s in steps), default=prepares)
    ready = max(ready, prepares + dt.timedelta(days=action.lead_days))
    lead = (ready - prepares).days
    if community and any(s.key == "notify-foundation" for s in steps):
        events.append(Event(Milestone.NOTIFY, _midnight(published)))
    if action.lead_days and community:
        events.append(Event(Milestone.READY, _midnight(ready), lead))
    latest_open = None
    start = answers.action.start
    if start is not None:
        begins = _midnight(start)
        events.append(Event(Milestone.START, begins))
        if answers.action.duration_hours:
            ends = begins + dt.timedelta(hours=answers.action.duration_hours)
            events.append(Event(Milestone.END, ends))
        latest_open = start - dt.timedelta(days=lead + (days if community else 0))
    if answers.cause.decision_date is not None:
        events.append(Event(Milestone.DECISION, _midnight(answers.cause.decision_date)))
    ordered = sorted(events, key=lambda e: (e.when, list(Milestone).index(e.milestone)))
    return Timeline(
        events=tuple(ordered),
        lead_steps=steps,
        discussion_days=days,
        published=published,
        opens=opens,
        closes=closes,
        ready=ready,
        latest_open=latest_open,
    )
