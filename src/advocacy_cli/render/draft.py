"""The view of one wikitext draft: every string already safe to place in wikitext."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from advocacy_cli.catalog import Project, Venue, VoteOption
from advocacy_cli.render import foreign, localise
from advocacy_cli.render.common import (
    Facts,
    identity,
    posted_title,
    project_label,
    venue_link,
    wikilink,
)
from advocacy_cli.render.escape import wiki_inline, wiki_title, wiki_url
from advocacy_cli.render.timeline import Event, Milestone


@dataclass(frozen=True)
class Item:
    """A labelled line (``label: value``), both safe wikitext."""

    label: str
    value: str
    # The moment a timeline line stands for, to compare the draft's dates with the plan's.
    when: dt.datetime | None = None


@dataclass(frozen=True)
class VoteSection:
    """One option's vote section: its heading and how to vote there, both safe wikitext."""

    heading: str
    how: str


@dataclass(frozen=True)
class DraftView:
    """What ``proposal.wiki.j2`` and ``request.wiki.j2`` place, in order."""

    # None for a page of its own (its name is the title); else the level-2 heading.
    heading: str | None
    # The heading markers of the sections, and of the vote's subsections.
    level: str
    sublevel: str
    order: tuple[str, ...]
    initiators: str | None
    supporters: str | None
    options: str | None
    evaluation: str | None
    voting: str | None
    votes: tuple[VoteSection, ...]
    endorsements: str | None
    references_tag: str
    template: str | None
    question: str
    intro: str
    # The question, the intro and the signature, joined as the language joins sentences.
    opening: str
    # What follows a label ("Start: ", "Début : ", "开始：").
    colon: str
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
    # A request for help asks for knowledge, not whether the project should act.
    keys = (f"question_{facts.genre.key}", "question") if facts.community else ("question",)
    return facts.phrases.pick_filled(
        keys,
        project=project,
        action=action_phrase(facts, escape),
        org=escape(facts.answers.organisation.name),
        cause=escape(facts.answers.cause.title),
    )


def heading_text(facts: Facts, escape: Callable[[str], str] = wiki_inline) -> str:
    """Return the section heading (without ``==``), with user text escaped by ``escape``."""
    answers = facts.answers
    if not facts.community:
        return facts.phrases.fill_safe(
            "request_heading",
            org=escape(answers.organisation.name),
            cause=escape(answers.cause.title),
        )
    if facts.genre.heading == "topic":
        # A short noun phrase, as the wiki heads its threads, not a long question.
        keys = (f"topic_{facts.action.key}", "topic_other")
        return facts.phrases.pick_filled(keys, cause=escape(answers.cause.title))
    prefix = facts.conventions.heading_prefix or ""
    # The prefix's trailing space ("RfC: ") is part of the convention; escaping trims it.
    spaced = escape(prefix.strip()) + (" " if prefix.endswith(" ") else "")
    return (spaced if prefix.strip() else "") + question_text(facts, escape)


def plain_heading(facts: Facts) -> str:
    """Return the heading as plain text, as a reader sees it."""
    return heading_text(facts, identity)


def page_name(facts: Facts) -> str | None:
    """Return the title of the proposal's own page, if it is posted on one."""
    short = plain_heading(facts) if facts.genre.heading == "topic" else facts.answers.cause.title
    # A title made only of characters no page name may have still needs a page: name it
    # after the action and the day it is posted.
    fallback = f"{facts.action_title(facts.action.key)} {facts.timeline.published.isoformat()}"
    return posted_title(facts, short) or posted_title(facts, fallback)


def _genre_keys(facts: Facts, key: str) -> tuple[str, ...]:
    """Return the phrase keys for ``key`` in this genre, most specific first.

    A genre without survey sections falls back to the thread's sentence, which does not point
    readers at sections the draft does not have.
    """
    general = key if "survey" in facts.genre.sections else f"{key}_thread"
    return (f"{key}_{facts.genre.key}", general, key)


def _template(facts: Facts) -> str | None:
    conventions = facts.conventions
    if not facts.community or not conventions.template:
        return None
    parts = [conventions.template, *conventions.template_args]
    return "{{" + "|".join(wiki_inline(p) for p in parts) + "}}"


def _intro(facts: Facts) -> tuple[str, str]:
    answers, phrases = facts.answers, facts.phrases
    if facts.community:
        intro = phrases.pick(*_genre_keys(facts, "intro"))
        return question_text(facts), intro
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
    period = localise.format_days(event.days or 0, facts.language)
    if event.milestone is Milestone.BEFORE:
        return phrases.pick(f"t_before_{event.key}")
    if event.milestone in (Milestone.OPEN, Milestone.CLOSE) and facts.genre.vote:
        # A Meinungsbild or a Prise de décision opens and closes a vote, not a discussion.
        return phrases.pick_filled((f"{key}_vote", key), period=period)
    return phrases.fill(key, period=period)


def _timeline(facts: Facts) -> tuple[Item, ...]:
    items = []
    for event in facts.timeline.events:
        when = (
            _utc(event.when, facts)
            if event.milestone in (Milestone.START, Milestone.END)
            else localise.format_when(event.when, facts.language, facts.phrases.english)
        )
        items.append(Item(when, _event_label(facts, event), event.when))
    return tuple(items)


@dataclass(frozen=True)
class NoticePlace:
    """A place for a neutral notice: a catalogue venue, or a kind of page; raw text."""

    venue: Venue | None
    title: str
    note: str | None
    # The form the venue takes notices in (catalog.NoticeForm).
    form: str = "signed-sentence"


_ON_WIKI_CHANNELS = ("wikiproject", "village-pump", "centralized-discussion")


def _outreach_for(facts: Facts) -> list[tuple[str, str | None]]:
    """Return (channel, note) of the outreach meant for this project (or for every target)."""
    found = []
    for outreach in facts.answers.outreach:
        if outreach.project is not None and outreach.project != facts.project.key:
            continue
        channel = facts.catalog.channels.get(outreach.channel)
        if channel is not None and channel.appropriate:
            found.append((outreach.channel, outreach.note))
    return found


def _announce_venues(facts: Facts) -> tuple[Venue, ...]:
    keys = facts.conventions.notices
    if keys is None:
        return facts.project.venues_with_role("announce")
    return tuple(v for v in (facts.project.venue(k) for k in keys) if v is not None)


def notice_places(facts: Facts) -> list[NoticePlace]:
    """Return each place a neutral notice about the discussion goes, with the proposer's note.

    The page where the proposal itself is posted, and the deciding venue, are never among
    them: a notice there would point at itself.
    """
    outreach = _outreach_for(facts)
    notes: dict[str, list[str]] = {}
    for channel, note in outreach:
        if note:
            notes.setdefault(channel, []).append(note)
    found: list[NoticePlace] = []
    used: set[str] = set()
    own = _own_venues(facts)
    for venue in _announce_venues(facts):
        if venue.notice == "automatic" or venue.key in own:
            continue  # listed automatically (the rfc template), no post of its own
        note = "; ".join(notes.get(venue.channel, [])) if venue.channel else ""
        found.append(NoticePlace(venue, venue.title, note or None, venue.notice))
        if venue.channel:
            used.add(venue.channel)
    for channel_key, _ in outreach:
        if channel_key in used or channel_key not in _ON_WIKI_CHANNELS:
            continue
        used.add(channel_key)
        note = "; ".join(notes.get(channel_key, [])) or None
        notice_venue = _notice_venue(facts, channel_key)
        if notice_venue is not None:
            found.append(NoticePlace(notice_venue, notice_venue.title, note, notice_venue.notice))
        elif not any(v.channel == channel_key for v in facts.project.venues):
            kind = facts.catalog.channels[channel_key].title
            found.append(NoticePlace(None, _channel_label(facts, channel_key, kind), note))
    return found


def _own_venues(facts: Facts) -> set[str]:
    """Return the keys of the venues where the proposal is posted and decided."""
    keys = set()
    for venue in (facts.project.deciding_venue, facts.project.posting_venue(facts.action.key)):
        if venue is not None:
            keys.add(venue.key)
    return keys


def _notice_venue(facts: Facts, channel: str) -> Venue | None:
    """Return the project's own page for ``channel``, other than where the proposal is posted."""
    own = _own_venues(facts)
    return next((v for v in facts.project.venues if v.channel == channel and v.key not in own), None)


def _channel_label(facts: Facts, channel: str, title: str) -> str:
    """Return the kind of page ``channel`` is, in the draft's language (raw text)."""
    key = f"notice_{channel}"
    return facts.phrases.language.phrases.get(key) or facts.phrases.english.phrases.get(key) or title


def _notices(facts: Facts) -> tuple[str, ...]:
    lines = []
    for place in notice_places(facts):
        link = (
            cross_link(place.venue.url, place.venue.title, facts) if place.venue else wiki_inline(place.title)
        )
        lines.append(f"{link}: {wiki_inline(place.note)}" if place.note else link)
    return tuple(lines)


def cross_link(url: str, label: str, facts: Facts) -> str:
    """Return wikitext linking ``url``: a wikilink on the same wiki, an interwiki link to Meta,
    else an external link. ``label`` is raw text."""
    parts = urlsplit(url)
    if parts.path.startswith("/wiki/"):
        title = wiki_title(unquote(parts.path[len("/wiki/") :]).replace("_", " "), limit=255)
        here = urlsplit(facts.project.url).netloc
        if title and parts.netloc == here:
            return wikilink(title, label if label != title else None)
        if title and parts.netloc == _META_HOST:
            return f"[[m:{title}|{wiki_inline(label)}]]"
    return f"[{wiki_url(url)} {wiki_inline(label)}]"


_META_HOST = "meta.wikimedia.org"


def _inform(facts: Facts) -> tuple[str, ...]:
    if not facts.community:
        return ()
    lines = []
    for chapter in facts.chapters():
        page = chapter.contact.wiki_page if chapter.contact and chapter.contact.wiki_page else chapter.url
        lines.append(cross_link(page, chapter.name, facts))
    wmf = facts.foundation()
    if wmf is not None:
        lines.append(cross_link(wmf.contact.url if wmf.contact else wmf.url, wmf.name, facts))
        noticed = {p.venue.url for p in notice_places(facts) if p.venue is not None}
        if wmf.contact and wmf.contact.mailing_list and wmf.contact.mailing_list not in noticed:
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


_VOTE_OPTIONS: tuple[VoteOption, ...] = ("vote_yes", "vote_no", "vote_abstain")


def _vote_sections(facts: Facts) -> tuple[VoteSection, ...]:
    """Return the vote sections, each showing the line a vote takes on this wiki.

    Where the wiki votes with templates ({{Pour}} under Pour), the line names the section's
    template; else it is a numbered signature. The line is shown inside nowiki, so the
    draft itself transcludes no template and holds no signature but the proposer's.
    """
    if "voting" not in facts.genre.sections:
        return ()
    templates = facts.conventions.vote_templates if facts.community else {}
    sections = []
    for option in _VOTE_OPTIONS:
        # Template names are checked when the catalogue loads (catalog.TemplateName): no
        # character of theirs can close the template, the nowiki or the line.
        template = templates.get(option)
        line = f"# {{{{{template}}}}} ~~~~" if template else "# ~~~~"
        how = facts.phrases.fill_safe("vote_how", line=f"<code><nowiki>{line}</nowiki></code>")
        sections.append(VoteSection(facts.phrases.section(option), how))
    return tuple(sections)


def _genre_parts(facts: Facts) -> dict[str, str | None]:
    """Return the texts of the sections only some genres have (initiators, votes ...)."""
    phrases, order = facts.phrases, facts.genre.sections
    org = facts.answers.organisation.name
    period = localise.format_days(facts.timeline.discussion_days, facts.language)
    return {
        "initiators": phrases.fill("initiators_text", org=org) if "initiators" in order else None,
        "supporters": phrases.raw("supporters_text") if "supporters" in order else None,
        "options": (
            phrases.fill_safe("options_text", action=action_phrase(facts, wiki_inline))
            if facts.genre.vote and "voting" in order
            else None
        ),
        "evaluation": phrases.fill_safe("evaluation_text", period=period) if "evaluation" in order else None,
        "voting": phrases.raw("voting_text") if "voting" in order else None,
        "endorsements": phrases.raw("endorsements_text") if "endorsements" in order else None,
    }


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
    page = facts.community and facts.genre.layout == "page"
    order = facts.genre.sections if facts.community else ()
    parts = (
        _genre_parts(facts)
        if facts.community
        else dict.fromkeys(("initiators", "supporters", "options", "evaluation", "voting", "endorsements"))
    )
    closing = facts.conventions.closing_templates if facts.community else ()
    references_tag = "{{" + wiki_inline(closing[0]) + "}}" if closing else "<references />"
    note_keys = _genre_keys(facts, "disclosure_note")
    also_asked = _also_asked(facts)
    signs = "initiators" not in order  # where initiators sign, the opening is not signed again
    opening = (question, intro, also_asked or "", "~~~~" if signs else "")
    return DraftView(
        heading=None if page else heading_text(facts),
        level="==" if page else "===",
        sublevel="===" if page else "====",
        order=order,
        initiators=parts["initiators"],
        supporters=parts["supporters"],
        options=parts["options"],
        evaluation=parts["evaluation"],
        voting=parts["voting"],
        votes=_vote_sections(facts) if facts.community else (),
        endorsements=parts["endorsements"],
        references_tag=references_tag,
        template=_template(facts),
        question=question,
        intro=intro,
        opening=facts.language.sentence_gap.join(part for part in opening if part),
        colon=facts.language.label_mark,
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
        disclosure_note=phrases.pick(*note_keys) if facts.community else "",
        timeline=_timeline(facts),
        notices_intro=phrases.raw("notices_intro" if notices else "notices_none"),
        notices=notices,
        inform_intro=phrases.raw("chapter_intro"),
        inform=_inform(facts),
        also_asked=also_asked,
    )
