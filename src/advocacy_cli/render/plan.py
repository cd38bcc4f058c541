"""The view of one posting plan (Markdown, in English; notices in the wiki's language)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from advocacy_cli.catalog import Project, Venue
from advocacy_cli.render import localise
from advocacy_cli.render.common import (
    Facts,
    new_section_url,
    page_url,
    subpage_link,
    subpage_title,
    venue_link,
)
from advocacy_cli.render.draft import heading_text, notice_places, plain_heading, question_text
from advocacy_cli.render.escape import md_inline
from advocacy_cli.render.timeline import Event, Milestone

_FIRST_SENTENCE = re.compile(r"^(.+?[.!?])(\s|$)", re.DOTALL)


@dataclass(frozen=True)
class Place:
    """A page or address, with what to do there; text fields are safe Markdown."""

    title: str
    url: str
    note: str = ""
    new_section: str | None = None
    new_page: str | None = None


@dataclass(frozen=True)
class Notice:
    """Where a neutral notice goes and its wikitext, ready to paste."""

    place: Place
    note: str
    text: str


@dataclass(frozen=True)
class Step:
    """A dated line of the plan; ``what`` is safe Markdown."""

    when: str
    what: str


@dataclass(frozen=True)
class PlanView:
    """What ``posting-plan.md.j2`` places, in order."""

    title: str
    project: str
    organisation: str
    draft_file: str
    language: str
    english_fallback: bool
    untranslated: str | None
    community: bool
    heading: str
    decide: Place | None
    decides: str
    conventions: str
    discuss: tuple[Place, ...]
    notices: tuple[Notice, ...]
    send_to: tuple[Place, ...]
    inform: tuple[Place, ...]
    centralnotice: Place | None
    lead_steps: tuple[Step, ...]
    timeline: tuple[Step, ...]
    tight: str | None
    avoid: tuple[Place, ...]
    others: tuple[str, ...]
    coordination: Place | None
    next_steps: tuple[str, ...]


def first_sentence(text: str) -> str:
    """Return the first sentence of a catalogue paragraph."""
    match = _FIRST_SENTENCE.match(text.strip())
    return match.group(1) if match else text.strip()


def _place(venue: Venue, heading: str | None = None) -> Place:
    link = new_section_url(venue, heading) if heading is not None else None
    return Place(md_inline(venue.title), venue.url, md_inline(venue.note or ""), link)


_ENGLISH_EVENTS = {
    Milestone.PREDISCUSS: "Share the idea where the community discusses first; listen to reactions",
    Milestone.OPEN: "Post the proposal at the deciding venue and leave the neutral notices",
    Milestone.CLOSE: "Earliest close of the discussion, after {days} days, by an uninvolved editor",
    Milestone.READY: "Earliest the action can be ready ({days} days of requests, reviews, set-up)",
    Milestone.CONTACT: "Send the request",
    Milestone.REPLY: "Follow up politely if there is no reply after {days} days",
    Milestone.START: "Proposed start",
    Milestone.END: "Proposed end",
    Milestone.DECISION: "Expected decision on the cause",
}


def _day(day: dt.date, facts: Facts) -> str:
    """Return a date as the plan's English prose writes it ("29 June 2027")."""
    return localise.format_day(day, facts.phrases.english)


def _event_step(event: Event, facts: Facts) -> Step:
    what = _ENGLISH_EVENTS[event.milestone].format(days=event.days or 0)
    english = facts.phrases.english
    when = localise.format_when(event.when, english, english)
    if event.milestone in (Milestone.START, Milestone.END):
        when = localise.format_moment(event.when, english, english)
    return Step(when, what)


def _notices(facts: Facts) -> tuple[Notice, ...]:
    if not facts.community:
        return ()
    decide = facts.project.deciding_venue
    where = venue_link(decide, facts.project) if decide else facts.project.name
    if decide is not None and facts.project.proposal.subpage:
        # The notices point at the proposal's own page, where the discussion happens.
        where = subpage_link(decide, facts.answers.cause.title) or where
    text = facts.phrases.fill_safe("notice_text", venue=where, question=question_text(facts)) + " ~~~~"
    return tuple(
        Notice(
            Place(
                md_inline(place.title),
                place.venue.url if place.venue else "",
                md_inline(place.venue.note or "") if place.venue else "",
            ),
            md_inline(place.note or ""),
            text,
        )
        for place in notice_places(facts)
    )


def _contact_places(project: Project) -> tuple[Place, ...]:
    places = [Place(md_inline(v.title), v.url, md_inline(v.note or "")) for v in project.venues]
    if project.contact is not None:
        places.insert(0, Place("Contact page", project.contact.url))
        if project.contact.wiki_page:
            places.append(Place("Page on the wiki", project.contact.wiki_page))
        if project.contact.email:
            places.append(Place("Public address", f"mailto:{project.contact.email}"))
    return tuple(places)


def _inform(facts: Facts) -> tuple[Place, ...]:
    places = []
    for chapter in facts.chapters():
        url = chapter.contact.url if chapter.contact else chapter.url
        why = (
            f"the chapter working in this language ({chapter.country or 'several countries'}); it "
            "may already work on the issue and can advise, but it does not decide for the community"
        )
        places.append(Place(md_inline(chapter.name), url, why))
    wmf = facts.foundation()
    if wmf is not None:
        url = wmf.contact.url if wmf.contact else wmf.url
        why = (
            "the Foundation's Global Advocacy team should hear of advocacy on the projects early; "
            "it is informed, it does not decide for the community"
        )
        places.append(Place(md_inline(wmf.name), url, why))
        if wmf.contact and wmf.contact.mailing_list:
            why = (
                "a short factual message lets Wikimedians who follow policy advise you; the list "
                "advises, it is not a place to petition or to decide"
            )
            places.append(Place("publicpolicy mailing list", wmf.contact.mailing_list, why))
    return tuple(places)


def _lead_steps(facts: Facts) -> tuple[Step, ...]:
    steps = []
    for step in facts.timeline.lead_steps:
        when = _day(step.begins, facts)
        if step.due != step.begins:
            when = f"{when} to {_day(step.due, facts)}"
        steps.append(Step(when, md_inline(step.what)))
    return tuple(steps)


def _own_texts(facts: Facts) -> list[tuple[str, str | None]]:
    answers = facts.answers
    texts = [
        ("summary", answers.cause.summary),
        ("impact", answers.cause.impact),
        ("action details", answers.action.details),
        ("audience", answers.action.scope),
    ]
    return texts + [("reasons for the alternatives", alt.why_not) for alt in answers.alternatives]


def _untranslated(facts: Facts) -> str | None:
    """Return which of the organisation's texts the draft quotes in another language."""
    from advocacy_cli.language_id import other_languages

    english, candidates = facts.phrases.english, facts.catalog.languages
    found: dict[str, str] = {}
    for name, text in _own_texts(facts):
        codes = other_languages(text, facts.language.key, candidates) if text else ()
        if codes and name not in found:
            found[name] = ", ".join(localise.language_name(c, english) for c in codes)
    if not found:
        return None
    listed = "; ".join(f"the {name} ({languages})" for name, languages in found.items())
    return md_inline(
        f"Parts of your own text are not in {localise.language_name(facts.language.key, english)}: "
        f"{listed}. The draft keeps it as written and marks it as untranslated; translate it "
        "before posting, or ask a local editor or the chapter to help."
    )


def _tight(facts: Facts) -> str | None:
    timeline = facts.timeline
    if not timeline.tight or timeline.latest_open is None:
        return None
    return (
        f"The proposed start leaves too little time: to allow {timeline.discussion_days} days of "
        f"discussion and {facts.action.lead_days} days of preparation, the proposal would have to "
        f"open by {_day(timeline.latest_open, facts)}. Move the start, or choose a lighter action."
    )


def _next_steps(facts: Facts, draft_file: str, decide: Place | None) -> tuple[str, ...]:
    timeline = facts.timeline
    steps: list[str] = []
    if not facts.community:
        steps.append(
            f"Send the request in `{draft_file}` to {md_inline(facts.project.name)} "
            f"on {_day(timeline.opens, facts)} through one of the addresses in the posting plan."
        )
        steps.append(
            f"Follow up politely if there is no reply by {_day(timeline.closes, facts)}; "
            "a refusal is an answer too."
        )
        steps.append("Tell the public policy mailing list what you asked for, so others can advise.")
        return tuple(steps)
    discuss = facts.project.venues_with_role("discuss")
    if discuss:
        steps.append(
            f"On {_day(facts.today, facts)}, share the idea at {md_inline(discuss[0].title)} "
            "and adjust the draft to the first reactions."
        )
    if decide is not None and decide.new_page is not None:
        steps.append(
            f"On {_day(timeline.opens, facts)}, create the proposal's own page under "
            f"{decide.title} through the plan's new-page link and paste `{draft_file}` whole."
        )
    elif decide is not None:
        steps.append(
            f"On {_day(timeline.opens, facts)}, post `{draft_file}` at {decide.title} "
            "through the plan's new-section link, which fills in the heading: paste the draft "
            "without its first line."
        )
    steps.append(
        "The same day, post the neutral notices of this plan, then note them in the "
        "Notifications section of the proposal."
    )
    steps.append("Inform the chapter, the Foundation's Global Advocacy team and the public policy list.")
    if facts.action.needs_centralnotice:
        steps.append(
            f"If there is consensus on {_day(timeline.closes, facts)}, file the CentralNotice "
            "request on Meta the same day, with a link to the closed discussion."
        )
    return tuple(steps)


def build_plan(facts: Facts) -> PlanView:
    """Return the posting plan's view for one target project."""
    project, answers = facts.project, facts.answers
    draft_file = f"proposal.{project.key}.wiki"
    heading = heading_text(facts)
    decide_venue = project.deciding_venue if facts.community else None
    decide = _place(decide_venue, heading) if decide_venue is not None else None
    if decide is not None and decide_venue is not None and project.proposal.subpage:
        title = subpage_title(decide_venue, facts.answers.cause.title)
        page = page_url(decide_venue, title, edit=True) if title else None
        decide = dataclasses.replace(decide, new_section=None, new_page=page)
    centralnotice = None
    if facts.community and facts.action.needs_centralnotice:
        request = facts.meta_venue("request")
        if request is not None:
            centralnotice = _place(request)
    coordination = None
    others = facts.others
    if others:
        forum = facts.meta_venue("discuss")
        coordination = _place(forum) if forum is not None else None
    avoid = tuple(
        Place(md_inline(c.title), c.policy, md_inline(first_sentence(c.why)))
        for c in facts.catalog.channels.values()
        if not c.appropriate
    )
    return PlanView(
        title=md_inline(plain_heading(facts)),
        project=md_inline(project.name),
        organisation=md_inline(answers.organisation.name),
        draft_file=draft_file,
        language=md_inline(facts.language.name),
        english_fallback=facts.language.key != (answers.language or project.language),
        untranslated=_untranslated(facts),
        community=facts.community,
        heading=heading,
        decide=decide,
        decides=md_inline(project.decides),
        conventions=md_inline(project.proposal.notes or ""),
        discuss=tuple(_place(v) for v in project.venues_with_role("discuss")) if facts.community else (),
        notices=_notices(facts),
        send_to=() if facts.community else _contact_places(project),
        inform=_inform(facts),
        centralnotice=centralnotice,
        lead_steps=_lead_steps(facts),
        timeline=tuple(_event_step(e, facts) for e in facts.timeline.events),
        tight=_tight(facts),
        avoid=avoid,
        others=tuple(md_inline(p.name) for p in others),
        coordination=coordination,
        next_steps=_next_steps(facts, draft_file, decide),
    )
