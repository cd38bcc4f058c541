"""The target wiki: given with ``--target``, or guessed from what the page says.

A page shows where it is meant to be posted: the namespaces and interwiki prefixes of its
links (``[[Commons:...]]``, ``[[d:Q42]]``, ``[[m:...]]``), the venue it names ("Commons:Village
pump", "Wikipedia:Café"), the wiki named in its question ("Should Wikimedia Commons ...",
"Soll die deutschsprachige Wikipedia ...") and the language of its body. A guess says what it
assumed, and says whether it is sure: where it is not, rules do not hold the draft to one
wiki's customs at error or warning level.

Any Wikimedia wiki key (``dawiki``, ``fiwiki``, ``plwikisource``) is a target: wikis that the
catalogue does not describe get the general rules and their language, named through CLDR
(``babel``).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from advocacy_cli.catalog import Catalog, Project
from advocacy_cli.lint import lexicon

FAMILIES = ("commons", "wikidata", "meta", "wikisource", "wikipedia")
# Pages about banners link Meta's CentralNotice whatever wiki they are for: not a sign of Meta.
_EVERYWHERE = re.compile(r"centralnotice|fundraising|wikimedia foundation", re.IGNORECASE)
_LINK = re.compile(r"\[\[\s*:?\s*([^\[\]|\n]*)")
_TEMPLATE = re.compile(r"\{\{([^{}|\n]*)(?:\||\}\})")
_WIKI_KEY = re.compile(r"^(?P<lang>[a-z]{2,3})(?P<family>wiki|wikisource)$")
# Links on one family's pages that make the family sure, not only likely.
SURE_LINKS = 2


@dataclass(frozen=True)
class TargetGuess:
    """The wiki a draft is for, how it was found, and whether that is sure."""

    project: Project | None
    language: str | None
    certain: bool
    assumed: str = ""


def _project_of_family(catalog: Catalog, family: str, language: str | None) -> Project | None:
    candidates = [p for p in catalog.projects.values() if p.family == family and p.kind == "community"]
    same = [p for p in candidates if p.language == language]
    if same:
        return same[0]
    # A language edition the catalogue does not hold yet ("German Wikisource") is that wiki
    # with the general rules, not the edition of another language.
    if language and family == "wikisource":
        general = project_for_key(catalog, f"{language}wikisource")
        if general is not None:
            return general
    return candidates[0] if candidates else None


@functools.cache
def _prefix_pattern(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"^(?:{'|'.join(f'(?:{p})' for p in patterns)})\s*:", re.IGNORECASE)


def _link_families(catalog: Catalog, text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for m in _LINK.finditer(text):
        target = m.group(1).strip()
        if _EVERYWHERE.search(target):
            continue
        # "w:de:" or ":de:" before the project's own prefix is a language prefix: skip it.
        target = re.sub(r"^(?:w\s*:\s*)?[a-z]{2,3}\s*:\s*(?=\S)", "", target) if len(target) > 4 else target
        for family in FAMILIES:
            prefixes = lexicon.concept(catalog, f"interwiki-{family}").all_patterns()
            if _prefix_pattern(prefixes).match(target):
                counts[family] += 1
                break
    return counts


def _venue_named(catalog: Catalog, text: str) -> Project | None:
    folded = text.casefold()
    best: tuple[int, Project] | None = None
    # Chapters' and the Foundation's pages are named in any proposal ("a statement by
    # Wikimedia France"); only a community's discussion pages say where a draft is posted.
    for project in (p for p in catalog.projects.values() if p.kind == "community"):
        # Request and announcement pages (CentralNotice/Request) are named from any wiki.
        for venue in (v for v in project.venues if v.role in ("discuss", "decide")):
            title = venue.title.casefold()
            if len(title) >= 8 and title in folded and (best is None or len(title) > best[0]):
                best = (len(title), project)
    return best[1] if best else None


# How far before a wiki's name the words that make it a page's place may stand.
PLACE_REACH = 30


def _wiki_named(catalog: Catalog, question: str, language: str | None) -> tuple[str | None, str | None]:
    """Return the family and language of the wiki a question names ("the German Wikipedia").

    The wiki named first is the question's subject: "in the German Wikipedia ..., then a
    request on Meta" is for the German Wikipedia, "on Commons, about the German Wikipedia's
    blackout" for Commons. A bare "Wikipedia" names no edition and yields to a sister project.
    """
    place = lexicon.pattern(catalog, "name-place-cues")
    negation = lexicon.pattern(catalog, "negation")
    sister: tuple[int, str] | None = None
    for family in ("commons", "wikidata", "wikisource", "meta"):
        for named in lexicon.pattern(catalog, f"name-{family}").finditer(question):
            # "a link to a page on Meta" names where a page lives, and "without going through
            # Meta" where it does not: neither is the wiki that decides.
            before = max(0, named.start() - PLACE_REACH)
            if not place.search(question, before, named.start()) and not negation.search(
                question, before, named.start()
            ):
                if sister is None or named.start() < sister[0]:
                    sister = (named.start(), family)
                break
    edition = _wikipedia_named(question, language)
    if sister is not None and (edition is None or edition[1] is None or sister[0] < edition[0]):
        return sister[1], None
    if edition is None:
        return None, None
    return "wikipedia", edition[1]


def _wikipedia_named(question: str, language: str | None) -> tuple[int, str | None] | None:
    """Return where a question names Wikipedia and the language named nearest to it."""
    m = re.search(r"wikip[eé]dia", question, re.IGNORECASE)
    if not m:
        return None
    before = max(0, m.start() - 40)
    around = question[before : m.end() + 40].casefold()
    here = m.start() - before
    # The language named nearest to "Wikipedia" is the wiki's ("the German Wikipedia's
    # article on French law" is the German Wikipedia).
    found = [
        (abs(hit.start() - here), code)
        for code, name in _language_names(language or "en").items()
        for hit in name.finditer(around)
    ]
    return m.start(), min(found)[1] if found else None


# The shortest language name read from running text.
MIN_NAME = 5


@functools.cache
def _language_names(in_language: str) -> dict[str, re.Pattern[str]]:
    """Return, per language code, a pattern of its name in ``in_language`` and in English.

    A name of six letters or more also matches its adjective ("deutsch" in
    "deutschsprachige", "español" in "española"); shorter names match whole words only.
    """
    from babel import Locale, UnknownLocaleError

    stems: dict[str, set[str]] = {}
    for locale_code in dict.fromkeys((in_language, "en")):
        try:
            locale = Locale.parse(locale_code)
        except (ValueError, LookupError, UnknownLocaleError):
            continue
        for code, name in locale.languages.items():
            words = name.casefold().split()
            # A name under five letters is too often a word of the text ("ga", "fon", "mari"
            # for seas in Italian): the few small wikis it names are left to --target.
            if not re.fullmatch(r"[a-z]{2,3}", code) or len(words) != 1 or len(words[0]) < MIN_NAME:
                continue
            word = words[0]
            stems.setdefault(code, set()).add(
                rf"{re.escape(word[:-1])}\w*" if len(word) >= 6 else re.escape(word)
            )
    return {code: re.compile(rf"\b(?:{'|'.join(sorted(v))})\b") for code, v in stems.items()}


def _templates(text: str) -> Iterable[str]:
    return (" ".join(m.group(1).split()).casefold() for m in _TEMPLATE.finditer(text))


def guess_target(catalog: Catalog, text: str, question: str, language: str | None) -> TargetGuess:
    """Guess the wiki ``text`` is for; ``question`` is its opening statement, ``language`` its body's."""
    templates = set(_templates(text))
    for known in catalog.projects.values():
        template = known.proposal.template
        if template and template.casefold() in templates:
            return TargetGuess(known, known.language, True, f"the {{{{{template}}}}} template")
    family, named_language = _wiki_named(catalog, question, language)
    wiki_language = named_language or language
    if family is not None and family != "wikipedia":
        project = _project_of_family(catalog, family, wiki_language)
        return TargetGuess(project, wiki_language, True, "the wiki its question names")
    if named_language is not None:
        named = project_for_key(catalog, f"{named_language}wiki")
        return TargetGuess(named, named_language, True, "the wiki its question names")
    venue = _venue_named(catalog, text)
    if venue is not None:
        return TargetGuess(venue, venue.language, True, "the venue it names")
    links = _link_families(catalog, text)
    linked = [f for f, n in links.most_common() if f != "wikipedia"]
    if family is None and linked and links[linked[0]] >= max(SURE_LINKS, links["wikipedia"] + 1):
        project = _project_of_family(catalog, linked[0], wiki_language)
        return TargetGuess(
            project, wiki_language, False, f"its {links[linked[0]]} links to {linked[0].title()}"
        )
    if wiki_language is None:
        return TargetGuess(None, None, False, "")
    project = project_for_key(catalog, f"{wiki_language}wiki")
    return TargetGuess(project, wiki_language, False, "the language of its text")


def project_for_key(catalog: Catalog, key: str) -> Project | None:
    """Return the catalogue's project ``key``, or a general one for any Wikimedia wiki key."""
    if key in catalog.projects:
        return catalog.projects[key]
    m = _WIKI_KEY.match(key)
    if m is None:
        return None
    from babel import Locale, UnknownLocaleError

    code = m.group("lang")
    try:
        locale = Locale.parse(code)
    except (ValueError, LookupError, UnknownLocaleError):
        return None
    family: Literal["wikipedia", "wikisource"] = "wikipedia" if m.group("family") == "wiki" else "wikisource"
    english = Locale.parse("en").languages.get(code, code)
    url = f"https://{code}.{family}.org/"
    return Project(
        key=key,
        name=f"{english} {family.title()}",
        kind="community",
        family=family,
        language=code,
        url=url,
        decides=(
            f"The {locale.get_display_name('en') or code} {family.title()} decides by discussion among its "
            "editors; the catalogue does not describe its venues yet, so the general rules apply."
        ),
        sources=(url,),
    )
