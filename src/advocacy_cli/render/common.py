"""What a draft and its posting plan share: the language, its phrases, links and facts."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from advocacy_cli.answers import Answers
from advocacy_cli.catalog import Action, Catalog, Language, Project, Venue
from advocacy_cli.phrase_format import fill_phrase
from advocacy_cli.render.escape import wiki_inline, wiki_url
from advocacy_cli.render.timeline import Timeline, build_timeline

FALLBACK_LANGUAGE = "en"
# Characters MediaWiki never allows in a page title; such a title cannot be a wikilink.
# What MediaWiki does not allow in page titles: these characters, and three tildes in a row.
_ILLEGAL_TITLE = re.compile(r"[#<>\[\]|{}\x00-\x1f\x7f]+|~{3,}")


@dataclass(frozen=True)
class Phrases:
    """A language's sentences, falling back to English for keys it lacks."""

    language: Language
    english: Language

    def section(self, key: str) -> str:
        """Return the heading of section ``key``, already safe as wikitext."""
        text = self.language.sections.get(key) or self.english.sections[key]
        return wiki_inline(text)

    def raw(self, key: str) -> str:
        """Return the phrase ``key`` unfilled."""
        return self.language.phrases.get(key) or self.english.phrases[key]

    def fill(self, key: str, escape: Callable[[str], str] = wiki_inline, **values: str) -> str:
        """Return phrase ``key`` with ``values`` escaped by ``escape`` and filled in."""
        return fill_phrase(self.raw(key), {k: escape(v) for k, v in values.items()})

    def fill_safe(self, key: str, **values: str) -> str:
        """Return phrase ``key`` filled with values that are already safe wikitext."""
        return fill_phrase(self.raw(key), values)


def identity(text: str) -> str:
    """Return ``text`` unchanged (to fill phrases as plain text)."""
    return text


def draft_language(answers: Answers, project: Project, catalog: Catalog) -> Language:
    """Return the language a draft for ``project`` is written in (English if unknown)."""
    code = answers.language or project.language
    return catalog.languages.get(code) or catalog.languages[FALLBACK_LANGUAGE]


def project_label(project: Project, language: Language, phrases: Phrases) -> str:
    """Return how the draft names the project it is posted on, in the draft's language."""
    # "Should the German Wikipedia ...", written in German, names it in German.
    if project.family == "wikipedia" and language.key == project.language != FALLBACK_LANGUAGE:
        return phrases.raw("this_wiki")
    return project.name


def _host(url: str) -> str:
    return urlsplit(url).netloc


def wiki_title_of(venue: Venue) -> str | None:
    """Return the venue's page title when it is a wiki page (``https://host/wiki/Title``)."""
    parts = urlsplit(venue.url)
    if not parts.path.startswith("/wiki/") or _ILLEGAL_TITLE.search(venue.title):
        return None
    return venue.title


def venue_link(venue: Venue, on: Project) -> str:
    """Return wikitext linking ``venue``: a wikilink on the same wiki, else an external link."""
    if wiki_title_of(venue) is not None and _host(venue.url) == _host(on.url):
        return f"[[{venue.title}]]"
    return f"[{wiki_url(venue.url)} {wiki_inline(venue.title)}]"


def new_section_url(venue: Venue, heading_wikitext: str) -> str | None:
    """Return the link that opens a new section at ``venue`` with the heading filled in."""
    from urllib.parse import quote

    title = wiki_title_of(venue)
    if title is None:
        return None
    query = (
        f"title={quote(title.replace(' ', '_'), safe=':/()')}&action=edit&section=new"
        f"&preloadtitle={quote(heading_wikitext, safe='')}"
    )
    return f"https://{_host(venue.url)}/w/index.php?{query}"


def subpage_title(venue: Venue, name: str) -> str | None:
    """Return the title of the proposal's own page ``<venue>/<name>``, if it can have one."""
    title = wiki_title_of(venue)
    clean = " ".join(_ILLEGAL_TITLE.sub(" ", name).split())[:150].strip(" ./")
    return f"{title}/{clean}" if title is not None and clean else None


def page_url(venue: Venue, title: str, edit: bool = False) -> str:
    """Return the URL of page ``title`` on ``venue``'s wiki (to read, or to edit)."""
    from urllib.parse import quote

    encoded = quote(title.replace(" ", "_"), safe=":/()")
    if edit:
        return f"https://{_host(venue.url)}/w/index.php?title={encoded}&action=edit"
    return f"https://{_host(venue.url)}/wiki/{encoded}"


def subpage_link(venue: Venue, name: str) -> str | None:
    """Return wikitext linking the proposal's own page; its title is user text, so escaped."""
    title = subpage_title(venue, name)
    if title is None:
        return None
    return f"[{wiki_url(page_url(venue, title))} {wiki_inline(title)}]"


@dataclass(frozen=True)
class Facts:
    """Everything looked up once for one target project."""

    answers: Answers
    catalog: Catalog
    project: Project
    action: Action
    language: Language
    phrases: Phrases
    timeline: Timeline
    today: dt.date

    @property
    def community(self) -> bool:
        """Return whether the target is a community (an on-wiki discussion decides)."""
        return self.project.kind == "community"

    @property
    def others(self) -> tuple[Project, ...]:
        """Return the other target projects of the same proposal."""
        keys = [k for k in self.answers.target.projects if k != self.project.key]
        return tuple(self.catalog.projects[k] for k in keys)

    def action_title(self, key: str) -> str:
        """Return the name of action ``key`` in the draft's language (raw text)."""
        phrase = f"title_{key}"
        if phrase in self.phrases.language.phrases:
            return self.phrases.language.phrases[phrase]
        action = self.catalog.actions.get(key)
        return action.title if action is not None else key

    def chapters(self) -> tuple[Project, ...]:
        """Return the chapters working in the project's language, to inform."""
        if self.project.kind != "community":
            return ()
        return tuple(
            p
            for p in self.catalog.projects.values()
            if p.kind == "affiliate" and p.language == self.project.language
        )

    def foundation(self) -> Project | None:
        """Return the Foundation's catalogue entry, unless it is the target itself."""
        wmf = next((p for p in self.catalog.projects.values() if p.kind == "foundation"), None)
        return None if wmf is None or wmf.key == self.project.key else wmf

    def meta_venue(self, role: str) -> Venue | None:
        """Return Meta-Wiki's first venue with ``role`` (coordination, CentralNotice)."""
        meta = next((p for p in self.catalog.projects.values() if p.family == "meta"), None)
        if meta is None:
            return None
        return next(iter(meta.venues_with_role(role)), None)

    def meta_project(self) -> Project | None:
        """Return Meta-Wiki's catalogue entry."""
        return next((p for p in self.catalog.projects.values() if p.family == "meta"), None)


def gather_facts(answers: Answers, catalog: Catalog, project_key: str, today: dt.date) -> Facts:
    """Look up the project, action, language and timeline for one target."""
    project = catalog.projects[project_key]
    action = catalog.actions[answers.action.kind]
    language = draft_language(answers, project, catalog)
    phrases = Phrases(language, catalog.languages[FALLBACK_LANGUAGE])
    return Facts(
        answers=answers,
        catalog=catalog,
        project=project,
        action=action,
        language=language,
        phrases=phrases,
        timeline=build_timeline(answers, project, action, today),
        today=today,
    )
