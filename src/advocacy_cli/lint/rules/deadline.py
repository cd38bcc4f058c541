"""``short-deadline``: the timeline's dates against --today, the venue's length and lead times."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from advocacy_cli.catalog import Catalog
from advocacy_cli.findings import Finding, Severity
from advocacy_cli.lint import lexicon
from advocacy_cli.lint.context import DraftContext, sentences

MIN_DAYS = 7


@dataclass(frozen=True)
class DateMention:
    """A date written in the draft, and where."""

    date: dt.date
    start: int
    end: int


def find_dates(catalog: Catalog, text: str, start: int, end: int) -> list[DateMention]:
    """Return the dates written between ``start`` and ``end``."""
    found = []
    months = lexicon.months(catalog)
    for m in lexicon.date_pattern(catalog).finditer(text, start, end):
        try:
            if m.group("iso"):
                day = dt.date(int(m.group("y1")), int(m.group("m1")), int(m.group("d1")))
            elif m.group("mon2"):
                day = dt.date(
                    int(m.group("y2")),
                    months[m.group("mon2").casefold()],
                    int(m.group("d2")),
                )
            else:
                day = dt.date(
                    int(m.group("y3")),
                    months[m.group("mon3").casefold()],
                    int(m.group("d3")),
                )
        except (ValueError, KeyError):
            continue
        found.append(DateMention(day, m.start(), m.end()))
    return found


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
            if any(p.search(chunk) for p in actions) and starting.search(chunk):
                dates = find_dates(ctx.catalog, own, a, b)
                if dates:
                    return dates[0]
    # A draft without an action section often dates the action in its opening question
    # ("a blackout on 10 April 2027?"); a sentence naming both is as good as a timeline.
    start, end = ctx.draft.intro_span()
    for a, b in sentences(ctx.draft.words, start, end):
        if any(p.search(ctx.draft.words, a, b) for p in actions):
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


def check_deadline(ctx: DraftContext) -> Iterator[Finding]:
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
            "short-deadline",
            start.start,
            start.end,
            f"{when}, which is already past",
            "move the start to a date that leaves time for the discussion",
        )
    elif days < shortest:
        yield ctx.finding(
            "short-deadline",
            start.start,
            start.end,
            f"{when}: only {days} days after the discussion opens (at least {shortest} needed)",
            "start the discussion earlier or move the action later",
        )
    elif days < usual:
        yield ctx.finding(
            "short-deadline",
            start.start,
            start.end,
            f"{when}: {days} days after the discussion opens, but {reason} ({usual} days)",
            "start the discussion earlier or move the action later",
            severity=Severity.WARNING,
        )
