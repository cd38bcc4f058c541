"""The view of one wikitext draft: every string already safe to place in wikitext."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from advocacy_cli.catalog import Project, Venue
from advocacy_cli.render import foreign, localise
from advocacy_cli.render.common import Facts, identity, project_label, venue_link
from advocacy_cli.render.escape import wiki_inline, wiki_url
from advocacy_cli.render.timeline import Event, Milestone


@dataclass(frozen=True)
class Item:
    """A labelled line (``label: value``), both safe wikitext."""

    label: str
    value: str


@dataclass(frozen=True)
class DraftView:
    """What ``proposal.wiki.j2`` and ``request.wiki.j2`` place, in order."""

    heading: str
    template: str | None
    question: str
    intro: str
    sections: dict[str, str]
    background: str
    references: tuple[str, ...]
    decision: str | None
    impact: str
    action: tuple[Item, ...]
    details: str | None
    action_notes: tuple[str, ...]
    alternatives: tuple[str, ...]
    no_alternatives: str | None
    disclosure: tuple[Item, ...]
    paid: str
    disclosure_note: str
    timeline: tuple[Item, ...]
    notices_intro: str
    notices: tuple[str, ...]
    inform_intro: str
    inform: tuple[str, ...]
    also_asked: str | None


def hours_of(facts: Facts) -> int:
    """Return the action's duration in hours: the answer, else the action's usual length."""
    return facts.answers.action.duration_hours or facts.action.usual_hours or 24


def action_phrase(facts: Facts, escape: Callable[[str], str]) -> str:
    """Return the ``do_<action>`` phrase, with the cause title escaped by ``escape``."""
    key = f"do_{facts.action.key}"
    phrases = facts.phrases
    if key not in phrases.language.phrases and key not in phrases.english.phrases:
        key = "do_other"
    duration = localise.format_hours(hours_of(facts), facts.language)
    return phrases.fill_safe(key, cause=escape(facts.answers.cause.title), duration=duration)


def question_text(facts: Facts, escape: Callable[[str], str] = wiki_inline) -> str:
    """Return the neutral question, with user text escaped by ``escape``."""
    project = escape(project_label(facts.project, facts.language, facts.phrases))
    return facts.phrases.fill_safe("question", project=project, action=action_phrase(facts, escape))


def heading_text(facts: Facts, escape: Callable[[str], str] = wiki_inline) -> str:
    """Return the section heading (without ``==``), with user text escaped by ``escape``."""
    answers = facts.answers
    if not facts.community:
        return facts.phrases.fill_safe(
            "request_heading",
            org=escape(answers.organisation.name),
            cause=escape(answers.cause.title),
        )
    prefix = facts.project.proposal.heading_prefix or ""
    # The prefix's trailing space ("RfC: ") is part of the convention; escaping trims it.
    spaced = escape(prefix.strip()) + (" " if prefix.endswith(" ") else "")
    return (spaced if prefix.strip() else "") + question_text(facts, escape)


def plain_heading(facts: Facts) -> str:
    """Return the heading as plain text, as a reader sees it."""
    return heading_text(facts, identity)


def _template(facts: Facts) -> str | None:
    conventions = facts.project.proposal
    if not facts.community or not conventions.template:
        return None
    parts = [conventions.template, *conventions.template_args]
    return "{{" + "|".join(wiki_inline(p) for p in parts) + "}}"


def _intro(facts: Facts) -> tuple[str, str]:
    answers, phrases = facts.answers, facts.phrases
    if facts.community:
        return question_text(facts), phrases.raw("intro")
    request = phrases.fill_safe(
        "request_intro",
        org=wiki_inline(answers.organisation.name),
        project=wiki_inline(facts.project.name),
        action=action_phrase(facts, wiki_inline),
    )
    return request, ""


def _utc(when: dt.datetime, facts: Facts) -> str:
    return localise.format_moment(when, facts.language, facts.phrases.english)


def _action_items(facts: Facts) -> tuple[Item, ...]:
    answers, phrases = facts.answers, facts.phrases
    items = [Item(phrases.raw("kind"), wiki_inline(facts.action_title(facts.action.key)))]
    events = {e.milestone: e for e in facts.timeline.events}
    if Milestone.START in events:
        items.append(Item(phrases.raw("start"), _utc(events[Milestone.START].when, facts)))
    if Milestone.END in events:
        items.append(Item(phrases.raw("end"), _utc(events[Milestone.END].when, facts)))
    if answers.action.duration_hours:
        duration = localise.format_hours(answers.action.duration_hours, facts.language)
        value = phrases.fill("duration_value", duration=duration)
        items.append(Item(phrases.raw("duration"), value))
    if answers.action.scope:
        items.append(Item(phrases.raw("scope"), foreign.inline(answers.action.scope, facts)))
    return tuple(items)


def _action_notes(facts: Facts) -> tuple[str, ...]:
    if not facts.community:
        return ()
    if facts.action.needs_centralnotice:
        request = facts.meta_venue("request")
        venue = venue_link(request, facts.project) if request else "CentralNotice/Request"
        return (facts.phrases.fill_safe("centralnotice", venue=venue),)
    if facts.action.on_site:
        return (facts.phrases.raw("foundation_notice"),)
    return ()


def _alternatives(facts: Facts) -> tuple[str, ...]:
    return tuple(
        facts.phrases.fill_safe(
            "alternative",
            what=wiki_inline(facts.action_title(alt.kind)),
            why=foreign.inline(alt.why_not, facts),
        )
        for alt in facts.answers.alternatives
    )


def _disclosure(facts: Facts) -> tuple[Item, ...]:
    org, phrases = facts.answers.organisation, facts.phrases
    items = [Item(phrases.raw("organisation"), wiki_inline(org.name))]
    if org.website:
        items.append(Item(phrases.raw("website"), wiki_url(org.website)))
    if org.role:
        items.append(Item(phrases.raw("role"), foreign.inline(org.role, facts)))
    if org.username:
        items.append(Item(phrases.raw("account"), wiki_inline(org.username)))
    return tuple(items)


def _event_label(facts: Facts, event: Event) -> str:
    phrases = facts.phrases
    key = f"t_{event.milestone.value}"
    if event.milestone is Milestone.PREDISCUSS:
        discuss = facts.project.venues_with_role("discuss")[0]
        return phrases.fill_safe(key, venue=venue_link(discuss, facts.project))
    if event.milestone is Milestone.DECISION:
        return phrases.fill(key, cause=facts.answers.cause.title)
    return phrases.fill(key, period=localise.format_days(event.days or 0, facts.language))


def _timeline(facts: Facts) -> tuple[Item, ...]:
    items = []
    for event in facts.timeline.events:
        when = (
            _utc(event.when, facts)
            if event.milestone in (Milestone.START, Milestone.END)
            else localise.format_when(event.when, facts.language, facts.phrases.english)
        )
        items.append(Item(when, _event_label(facts, event)))
    return tuple(items)


@dataclass(frozen=True)
class NoticePlace:
    """A place for a neutral notice: a catalogue venue, or a kind of page; raw text."""

    venue: Venue | None
    title: str
    note: str | None


_ON_WIKI_CHANNELS = ("wikiproject", "village-pump", "centralized-discussion")


def notice_places(facts: Facts) -> list[NoticePlace]:
    """Return each place a neutral notice about the discussion goes, with the proposer's note."""
    notes: dict[str, list[str]] = {}
    for outreach in facts.answers.outreach:
        channel = facts.catalog.channels.get(outreach.channel)
        if channel is not None and channel.appropriate and outreach.note:
            notes.setdefault(outreach.channel, []).append(outreach.note)
    found: list[NoticePlace] = []
    used: set[str] = set()
    for venue in facts.project.venues_with_role("announce"):
        if venue.channel is None:
            continue  # listed automatically (the rfc template), no post of its own
        found.append(NoticePlace(venue, venue.title, "; ".join(notes.get(venue.channel, [])) or None))
        used.add(venue.channel)
    for outreach in facts.answers.outreach:
        channel = facts.catalog.channels.get(outreach.channel)
        if channel is None or not channel.appropriate or outreach.channel in used:
            continue
        if outreach.channel in _ON_WIKI_CHANNELS:
            note = "; ".join(notes.get(outreach.channel, [])) or None
            notice_venue = _notice_venue(facts, outreach.channel)
            title = (
                notice_venue.title if notice_venue else _channel_label(facts, outreach.channel, channel.title)
            )
            found.append(NoticePlace(notice_venue, title, note))
            used.add(outreach.channel)
    return found


def _notice_venue(facts: Facts, channel: str) -> Venue | None:
    """Return the project's own page for ``channel``, other than where the proposal is posted."""
    decide = facts.project.deciding_venue
    return next((v for v in facts.project.venues if v.channel == channel and v is not decide), None)


def _channel_label(facts: Facts, channel: str, title: str) -> str:
    """Return the kind of page ``channel`` is, in the draft's language (raw text)."""
    key = f"notice_{channel}"
    return facts.phrases.language.phrases.get(key) or facts.phrases.english.phrases.get(key) or title


def _notices(facts: Facts) -> tuple[str, ...]:
    lines = []
    for place in notice_places(facts):
        link = venue_link(place.venue, facts.project) if place.venue else wiki_inline(place.title)
        lines.append(f"{link}: {wiki_inline(place.note)}" if place.note else link)
    return tuple(lines)


def _inform(facts: Facts) -> tuple[str, ...]:
    if not facts.community:
        return ()
    lines = []
    for chapter in facts.chapters():
        page = chapter.contact.wiki_page if chapter.contact and chapter.contact.wiki_page else chapter.url
        lines.append(f"[{wiki_url(page)} {wiki_inline(chapter.name)}]")
    wmf = facts.foundation()
    if wmf is not None:
        lines.append(f"[{wiki_url(wmf.contact.url if wmf.contact else wmf.url)} {wiki_inline(wmf.name)}]")
        if wmf.contact and wmf.contact.mailing_list:
            lines.append(f"[{wiki_url(wmf.contact.mailing_list)} publicpolicy]")
    return tuple(lines)


def _wiki_name(project: Project, facts: Facts) -> str:
    """Return how the draft's language names another Wikipedia ("Wikipedia en francés")."""
    return wiki_inline(project_label(project, facts.language, facts.phrases))


def _also_asked(facts: Facts) -> str | None:
    # Only communities "decide for themselves" on-wiki; organisations are asked separately.
    others = tuple(p for p in facts.others if p.kind == "community")
    if not others or not facts.community:
        return None
    names = localise.format_items([_wiki_name(p, facts) for p in others], facts.language)
    return facts.phrases.fill_safe("also_asked", venue=names)


def build_draft(facts: Facts) -> DraftView:
    """Return the draft's view for one target project."""
    answers, phrases = facts.answers, facts.phrases
    question, intro = _intro(facts)
    decision = None
    if answers.cause.decision_date is not None:
        decision = phrases.fill(
            "decision_date",
            cause=answers.cause.title,
            date=localise.format_day(answers.cause.decision_date, facts.language),
        )
    alternatives = _alternatives(facts)
    notices = _notices(facts)
    return DraftView(
        heading=heading_text(facts),
        template=_template(facts),
        question=question,
        intro=intro,
        sections={key: phrases.section(key) for key in phrases.english.sections},
        background=foreign.block(answers.cause.summary, facts),
        references=tuple(wiki_url(url) for url in answers.cause.sources),
        decision=decision,
        impact=foreign.block(answers.cause.impact, facts),
        action=_action_items(facts),
        details=foreign.block(answers.action.details, facts) if answers.action.details else None,
        action_notes=_action_notes(facts),
        alternatives=alternatives,
        no_alternatives=None if alternatives else phrases.raw("no_alternatives"),
        disclosure=_disclosure(facts),
        paid=phrases.fill(
            "paid_yes" if answers.organisation.paid else "paid_no", org=answers.organisation.name
        ),
        disclosure_note=phrases.raw("disclosure_note") if facts.community else "",
        timeline=_timeline(facts),
        notices_intro=phrases.raw("notices_intro" if notices else "notices_none"),
        notices=notices,
        inform_intro=phrases.raw("chapter_intro"),
        inform=_inform(facts),
        also_asked=_also_asked(facts),
    )
