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
    venue_link,
    wiki_title_of,
    wikilink,
)
from advocacy_cli.render.draft import (
    NoticePlace,
    heading_text,
    notice_places,
    page_name,
    plain_heading,
    question_text,
)
from advocacy_cli.render.escape import md_inline, wiki_inline
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
    # How the venue takes notices, in plain words for the plan.
    form: str = ""


@dataclass(frozen=True)
class Step:
    """A dated line of the plan; ``what`` is safe Markdown."""

    when: str
    what: str
    # The moment the step stands for, to compare the plan's dates with the draft's.
    at: dt.datetime | None = None


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
    genre: str
    announce: Place | None
    announce_entry: str | None
    before: tuple[Step, ...]
    unconfirmed: tuple[str, ...]
    paid_note: str | None
    vote_templates: tuple[str, ...]
    decides: str
    conventions: str
    discuss: tuple[Place, ...]
    notices: tuple[Notice, ...]
    # Whether the draft has a Notifications section where posted notices are listed.
    lists_notices: bool
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
    Milestone.OPEN: "Post the proposal and leave the neutral notices",
    Milestone.NOTIFY: "Notify the Wikimedia Foundation of the proposal, as its advocacy policy requires",
    Milestone.CLOSE: "Earliest close of the discussion, after {days} days, by an uninvolved editor",
    Milestone.READY: "Earliest the action can be ready ({days} days of requests, reviews, set-up)",
    Milestone.CONTACT: "Send the request",
    Milestone.REPLY: "Follow up politely if there is no reply after {days} days",
    Milestone.START: "Proposed start",
    Milestone.END: "Proposed end",
    Milestone.DECISION: "Expected decision on the cause",
}
_VOTE_EVENTS = {
    Milestone.OPEN: "The vote opens; leave the neutral notices",
    Milestone.CLOSE: "Earliest end of the vote, after {days} days",
}


def _day(day: dt.date, facts: Facts) -> str:
    """Return a date as the plan's English prose writes it ("29 June 2027")."""
    return localise.format_day(day, facts.phrases.english)


def _event_step(facts: Facts, event: Event) -> Step:
    if event.milestone is Milestone.BEFORE:
        found = next((b for b in facts.conventions.before if b.key == event.key), None)
        what = md_inline(found.what) if found else md_inline(event.key or "")
    else:
        table = _VOTE_EVENTS if facts.genre.vote and event.milestone in _VOTE_EVENTS else _ENGLISH_EVENTS
        what = table[event.milestone].format(days=event.days or 0)
    english = facts.phrases.english
    when = localise.format_when(event.when, english, english)
    if event.milestone in (Milestone.START, Milestone.END):
        when = localise.format_moment(event.when, english, english)
    return Step(when, what, event.when)


def proposal_link(facts: Facts, label: str | None = None) -> str:
    """Return a wikilink to the proposal where it is posted, with the section anchor if any.

    ``label`` (raw text) replaces the page's name as the link's text.
    """
    name = page_name(facts)
    posting = facts.conventions.posting
    if posting == "subpage" and name:
        return wikilink(name, label, colon=_user_named(facts))
    heading = plain_heading(facts)
    if posting == "section-page" and name:
        return wikilink(name, label or name, anchor=heading)
    venue = facts.project.posting_venue(facts.action.key)
    if venue is None:
        return wiki_inline(facts.project.name)
    title = wiki_title_of(venue)
    if title is None:
        return venue_link(venue, facts.project)
    return wikilink(title, label or venue.title, anchor=heading)


_FORMS = {
    "list-entry": "a one-line entry in the list, unsigned, in the format of the entries already there",
    "signed-sentence": "a short neutral notice, signed",
    "news-item": "a short neutral news item in the newsletter's own format",
    "transclusion": "the thread page itself, included on the page",
}


_PLAIN_FORM = "a short plain-text message with the page's address (a mailing list reads no wikitext)"


def _off_wiki(place: NoticePlace | None) -> bool:
    return place is not None and place.venue is not None and wiki_title_of(place.venue) is None


def notice_text(facts: Facts, form: str, place: NoticePlace | None = None) -> str:
    """Return the wikitext of a notice in ``form``, in the draft's language."""
    link = proposal_link(facts)
    if form == "list-entry":
        # A list names the discussion in a few words: its heading, not the venue's name.
        target = proposal_link(facts, label=plain_heading(facts))
        return "* " + facts.phrases.fill_safe("entry_text", link=target)
    if form == "transclusion":
        name = page_name(facts)
        return "{{" + name + "}}" if name else link
    if _off_wiki(place):
        # A mailing list reads no wikitext: the page's address and the question, plain.
        return f"{_proposal_url(facts)} {question_text(facts, lambda t: t)}"
    if form == "news-item":
        return facts.phrases.fill_safe("news_text", link=link, question=question_text(facts))
    notice = facts.phrases.fill_safe("notice_text", venue=link, question=question_text(facts))
    return notice + facts.language.sentence_gap + "~~~~"


def _user_named(facts: Facts) -> bool:
    """Return whether the page's whole title is the proposer's text (no fixed prefix)."""
    return (facts.conventions.page or "").startswith("{")


def _proposal_url(facts: Facts) -> str:
    venue = facts.project.posting_venue(facts.action.key)
    name = page_name(facts)
    if venue is not None and name is not None:
        return page_url(venue, name)
    return venue.url if venue is not None else facts.project.url


def _notices(facts: Facts) -> tuple[Notice, ...]:
    if not facts.community:
        return ()
    return tuple(
        Notice(
            Place(
                md_inline(place.title),
                place.venue.url if place.venue else "",
                md_inline(place.venue.note or "") if place.venue else "",
            ),
            md_inline(place.note or ""),
            notice_text(facts, place.form, place),
            _PLAIN_FORM if _off_wiki(place) else _FORMS.get(place.form, ""),
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
    countries = facts.answers.cause.countries
    for chapter in facts.chapters():
        url = chapter.contact.url if chapter.contact else chapter.url
        if chapter.country == "EU":
            where = "the EU affiliates' group, since the cause concerns the European Union"
        elif countries:
            where = f"the chapter in {chapter.country}, a country the cause concerns"
        else:
            where = (
                f"a chapter working in the wiki's language ({chapter.country or 'several countries'}); "
                "name the countries the cause concerns (cause.countries) to choose chapters by country"
            )
        why = f"{where}; it may already work on the issue and can advise; it does not decide for them"
        places.append(Place(md_inline(chapter.name), url, md_inline(why)))
    wmf = facts.foundation()
    if wmf is not None:
        url = wmf.contact.url if wmf.contact else wmf.url
        why = (
            "the Foundation's Global Advocacy team should hear of advocacy on the projects early; "
            "it is informed, it does not decide for the community"
        )
        places.append(Place(md_inline(wmf.name), url, why))
        noticed = {p.venue.url for p in notice_places(facts) if p.venue is not None}
        if wmf.contact and wmf.contact.mailing_list and wmf.contact.mailing_list not in noticed:
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


def _announce(facts: Facts) -> tuple[Place | None, str | None]:
    """Return the index or daily page where the proposal's own page is signalled, and the entry."""
    pattern = facts.conventions.announce_on
    venue = facts.project.posting_venue(facts.action.key)
    if pattern is None or venue is None:
        return None, None
    title = pattern.replace("{date}", facts.timeline.published.strftime(facts.conventions.date_format))
    form = facts.conventions.announce_form or "list-entry"
    note = _FORMS.get(form, "")
    if "announce_form" in facts.conventions.unconfirmed:
        note += " (unconfirmed: check how the page lists new entries before adding yours)"
    place = Place(md_inline(title), page_url(venue, title), md_inline(note))
    return place, notice_text(facts, form)


def _before_steps(facts: Facts) -> tuple[Step, ...]:
    events = [e for e in facts.timeline.events if e.milestone is Milestone.BEFORE]
    return tuple(_event_step(facts, e) for e in events)


def _unconfirmed(facts: Facts) -> tuple[str, ...]:
    words = {
        "page": "the title pattern of the proposal's page",
        "announce_on": "the page where the proposal is signalled",
        "announce_form": "the form in which the proposal is signalled",
        "templates": "the templates the proposal carries or its votes use",
        "genre": "the kind of page the proposal takes",
        "before": "what must happen before the proposal starts",
    }
    return tuple(words[item] for item in facts.conventions.unconfirmed)


def _paid_note(facts: Facts) -> str | None:
    rule = facts.project.paid_disclosure
    if not facts.answers.organisation.paid or not facts.community:
        return None
    if rule is None:
        return (
            "Posting is part of paid work: the Terms of Use require you to disclose your employer, "
            "client and affiliation (on your user page, in the edit summary or on the talk page); "
            "the draft's disclosure section does that for the proposal itself."
        )
    return f"{md_inline(rule.note)} ([source]({rule.source}))"


def _next_steps(facts: Facts, draft_file: str, decide: Place | None) -> tuple[str, ...]:
    timeline = facts.timeline
    steps: list[str] = []
    project = md_inline(facts.project.name)
    if not facts.community:
        steps.append(
            f"{project}: send the request in `{draft_file}` "
            f"on {_day(timeline.opens, facts)} through one of the addresses in the posting plan."
        )
        steps.append(
            f"{project}: follow up politely if there is no reply by {_day(timeline.closes, facts)}; "
            "a refusal is an answer too."
        )
        steps.append("Tell the public policy mailing list what you asked for, so others can advise.")
        return tuple(steps)
    discuss = facts.project.venues_with_role("discuss")
    if discuss:
        steps.append(
            f"{project}: on {_day(facts.today, facts)}, share the idea at {md_inline(discuss[0].title)} "
            "and adjust the draft to the first reactions."
        )
    genre = md_inline(facts.genre.title)
    published = _day(timeline.published, facts)
    if decide is not None and decide.new_page is not None:
        steps.append(
            f"{project}: on {published}, create the {genre} page "
            f"{decide.title} through the plan's new-page link and paste `{draft_file}` whole."
        )
    elif decide is not None:
        steps.append(
            f"{project}: on {published}, post `{draft_file}` (a {genre}) at "
            f"{decide.title} through the plan's new-section link, which fills in the heading: "
            "paste the draft without its first line."
        )
    if facts.conventions.announce_on:
        steps.append(f"{project}: the same day, signal the page where the plan says (Where it is posted).")
    if any(s.key == "notify-foundation" for s in timeline.lead_steps):
        steps.append(
            f"{project}: the same day, notify the Wikimedia Foundation that the proposal has been posted."
        )
    for step in _before_steps(facts):
        steps.append(f"{project}: from {step.when}, {step.what[:1].lower()}{step.what[1:]}.")
    if notice_places(facts):
        # A genre without a Notifications section (a request for help) lists none there.
        listed = (
            ", then note them in the Notifications section of the proposal"
            if "notifications" in facts.genre.sections
            else ""
        )
        steps.append(
            f"{project}: on {_day(timeline.opens, facts)}, when it opens, post the neutral notices "
            f"of this plan{listed}."
        )
    steps.append(f"{project}: inform the organisations listed under Whom else to inform.")
    if facts.action.needs_centralnotice:
        steps.append(
            f"{project}: if there is consensus on {_day(timeline.closes, facts)}, file the CentralNotice "
            "request on Meta the same day, with a link to the closed discussion."
        )
    return tuple(steps)


def build_plan(facts: Facts) -> PlanView:
    """Return the posting plan's view for one target project."""
    project, answers = facts.project, facts.answers
    draft_file = f"proposal.{project.key}.wiki"
    heading = heading_text(facts)
    venue = project.posting_venue(facts.action.key) if facts.community else None
    decide = None
    if venue is not None:
        name = page_name(facts)
        posting = facts.conventions.posting
        decide = Place(md_inline(venue.title), venue.url, md_inline(venue.note or ""))
        if posting == "subpage" and name:
            edit = page_url(venue, name, edit=True)
            # The venue's note describes the venue; a page outside it (a statement) has none.
            note = decide.note if name.startswith(f"{venue.title}/") else ""
            decide = Place(md_inline(name), page_url(venue, name), note, None, edit)
        elif posting == "section-page" and name:
            page = Venue(key=venue.key, title=name, url=page_url(venue, name), role=venue.role)
            decide = Place(md_inline(name), page.url, decide.note, new_section_url(page, heading))
        else:
            decide = dataclasses.replace(decide, new_section=new_section_url(venue, heading))
        if venue.anchor:
            decide = dataclasses.replace(
                decide, note=decide.note + f" Post it in the section {md_inline(venue.anchor)}."
            )
    announce, announce_entry = _announce(facts)
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
        genre=md_inline(f"{facts.genre.title}: {facts.genre.summary}") if facts.community else "",
        announce=announce,
        announce_entry=announce_entry,
        before=_before_steps(facts) if facts.community else (),
        unconfirmed=_unconfirmed(facts) if facts.community else (),
        paid_note=_paid_note(facts),
        vote_templates=tuple(md_inline("{{" + t + "}}") for t in facts.conventions.vote_templates.values())
        if facts.community
        else (),
        decides=md_inline(project.decides),
        conventions=md_inline(facts.conventions.notes or ""),
        discuss=tuple(_place(v) for v in project.venues_with_role("discuss") if v != venue)
        if facts.community
        else (),
        notices=_notices(facts),
        lists_notices="notifications" in facts.genre.sections if facts.community else False,
        send_to=() if facts.community else _contact_places(project),
        inform=_inform(facts),
        centralnotice=centralnotice,
        lead_steps=_lead_steps(facts),
        timeline=tuple(_event_step(facts, e) for e in facts.timeline.events),
        tight=_tight(facts),
        avoid=avoid,
        others=tuple(md_inline(p.name) for p in others),
        coordination=coordination,
        next_steps=_next_steps(facts, draft_file, decide),
    )
