"""The vocabulary the draft rules read structure with, compiled from ``data/lexicon.yaml``.

The words themselves (action words, negations, durations, disclosures, months ...) live in
the catalogue so advisors can extend them without Python; this module only turns a concept
into a compiled pattern. Compiled patterns are cached by their source patterns, so a layered
catalogue gets its own patterns and the shipped one is compiled once per process.
"""

from __future__ import annotations

import functools
import re

from advocacy_cli.catalog import Catalog, Concept

# The on-site actions a draft may propose, in the order the rules report them.
ACTIONS = ("blackout", "logo-change", "banner")
# The cue words the date reader uses, each a concept ``date-<key>``.
DATE_CUES = (
    "range-words",
    "range-and",
    "today",
    "tomorrow",
    "day-after-tomorrow",
    "in",
    "weekday-cue",
    "unit-day",
    "unit-week",
    "limit",
    "discussion",
    "opens",
    "closes",
    "ends",
    "centralnotice",
    "external",
    "background",
    "action",
    "action-wording",
)
# The parts of the acts serious rules recognise, each a concept ``act-<part>``.
ACT_PARTS = (
    "participate",
    "recruits",
    "ask",
    "accounts",
    "endorse",
    "election",
    "article-edit",
    "cause-promo",
)
# Every concept the rules use; the shipped lexicon must define them all.
CONCEPTS = (
    *(f"action-{key}" for key in ACTIONS),
    "centralnotice",
    "foundation",
    "negation",
    "duration",
    "audience",
    "vague-audience",
    "organisation",
    "role",
    "paid",
    "project-words",
    "project-things",
    "impact-words",
    "decide",
    "announce",
    "off-wiki-venue",
    "user-talk-namespace",
    "user-namespace",
    "quote-templates",
    "placeholder",
    "months",
    "start-words",
    "stopwords",
    # Read by the detectors (src/advocacy_cli/rules/detectors/).
    *(f"date-{key}" for key in DATE_CUES),
    "numbers",
    "vote-templates",
    "ping-templates",
    "reply-headings",
    "cosigner-headings",
    "endorser-headings",
    "argument-headings",
    "negation-after",
    "denied-request",
    "list-words",
    "contrast-words",
    "condition-words",
    "option-words",
    "option-none",
    "later-words",
    "proposal-verbs",
    *(f"interwiki-{family}" for family in ("commons", "wikidata", "meta", "wikisource", "wikipedia")),
    *(f"name-{family}" for family in ("commons", "wikidata", "meta", "wikisource")),
    "name-place-cues",
    "acting-for",
    "speaking-as-group",
    "volunteer",
    "impact-headings",
    "alternatives-headings",
    "options-headings",
    "alternatives-cues",
    "proposed-text-cues",
    *(
        f"act-{part}"
        for part in (
            "participate",
            "recruits",
            "ask",
            "accounts",
            "endorse",
            "article-edit",
            "cause-promo",
            "talk-pages",
            "partisan",
            "channels",
        )
    ),
)
# The drafting languages: every concept that is not language-neutral has words in each.
DRAFTING_LANGUAGES = ("en", "de", "fr", "es", "it")
_SHAPES = {"words": r"\b(?:{})\b", "prefixes": r"\b(?:{})\w*", "regex": "{}"}


def _flags(case_sensitive: bool) -> re.RegexFlag:
    return re.UNICODE if case_sensitive else re.IGNORECASE | re.UNICODE


def _alternation(patterns: tuple[str, ...]) -> str:
    # Each pattern in its own group, so a top-level '|' inside one stays inside it.
    return "|".join(f"(?:{p})" for p in patterns)


@functools.cache
def _compile(patterns: tuple[str, ...], match: str, case_sensitive: bool) -> re.Pattern[str]:
    if not patterns:  # an empty concept matches nothing
        return re.compile(r"(?!)")
    return re.compile(_SHAPES[match].format(_alternation(patterns)), _flags(case_sensitive))


def concept(catalog: Catalog, key: str) -> Concept:
    """Return the lexicon's concept ``key``."""
    return catalog.lexicon[key]


# Compiled patterns by concept object: rules ask for the same concepts sentence after
# sentence, and joining a concept's patterns each time costs more than the search. The
# entry is kept beside its pattern so an id is never reused while cached.
_BY_CONCEPT: dict[int, tuple[Concept, re.Pattern[str]]] = {}


def pattern(catalog: Catalog, key: str) -> re.Pattern[str]:
    """Return the compiled pattern of concept ``key`` (all languages together)."""
    entry = concept(catalog, key)
    cached = _BY_CONCEPT.get(id(entry))
    if cached is not None and cached[0] is entry:
        return cached[1]
    compiled = _compile(entry.all_patterns(), entry.match, entry.case_sensitive)
    _BY_CONCEPT[id(entry)] = (entry, compiled)
    return compiled


def action_words(catalog: Catalog) -> dict[str, re.Pattern[str]]:
    """Return the pattern of each on-site action, keyed by the action's key."""
    return {key: pattern(catalog, f"action-{key}") for key in ACTIONS}


@functools.cache
def _namespace_link(patterns: tuple[str, ...], suffix: str) -> re.Pattern[str]:
    return re.compile(rf"\[\[\s*(?:{_alternation(patterns)})\s*:{suffix}", re.IGNORECASE)


def user_talk_link(catalog: Catalog) -> re.Pattern[str]:
    """Return the pattern of a link to a user talk page (``[[User talk:``)."""
    return _namespace_link(concept(catalog, "user-talk-namespace").all_patterns(), "")


def signed_link(catalog: Catalog) -> re.Pattern[str]:
    """Return the pattern of a signature pasted as text: a user link, then a time and zone."""
    return _namespace_link(
        concept(catalog, "user-namespace").all_patterns(),
        r"[^\[\]\n]{1,300}\]\].{0,120}?\d{1,2}[:h.]\d{2}.{0,40}?\((?:UTC|CET|CEST|MEZ|MESZ)\)",
    )


@functools.cache
def _fullmatch(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?:{_alternation(patterns) or '(?!)'})", re.IGNORECASE | re.UNICODE)


def is_quote_template(catalog: Catalog, name: str) -> bool:
    """Return whether the template ``name`` holds quoted text."""
    patterns = concept(catalog, "quote-templates").all_patterns()
    return _fullmatch(patterns).fullmatch(" ".join(name.split())) is not None


@functools.cache
def _months(patterns: tuple[tuple[str, ...], ...]) -> dict[str, int]:
    months: dict[str, int] = {}
    for names in patterns:
        for index, entry in enumerate(names, start=1):
            for name in entry.split("|"):
                # The first language to name a month wins; the same word never means two.
                months.setdefault(name.strip().casefold(), index)
    return months


def months(catalog: Catalog) -> dict[str, int]:
    """Return every month name (in every language) with its number."""
    return _months(tuple(concept(catalog, "months").patterns.values()))


@functools.cache
def _date(names: tuple[str, ...]) -> re.Pattern[str]:
    month = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(
        rf"\b(?P<iso>(?P<y1>\d{{4}})-(?P<m1>\d{{2}})-(?P<d1>\d{{2}}))\b"
        # "29 de junio de 2027", "1 d’abril del 2027" (Catalan), "29 июня 2027"
        rf"|\b(?P<d2>\d{{1,2}})(?:\.|er|º)?\s*(?:de\s+|d['’])?(?P<mon2>{month})\.?\s*(?:del?\s+|,\s*)?"
        rf"(?P<y2>\d{{4}})\b"
        rf"|\b(?P<mon3>{month})\s+(?P<d3>\d{{1,2}}),?\s+(?P<y3>\d{{4}})\b",
        re.IGNORECASE | re.UNICODE,
    )


def date_pattern(catalog: Catalog) -> re.Pattern[str]:
    """Return the pattern of a date: ISO, or written with a month name in any language."""
    return _date(tuple(months(catalog)))


@functools.cache
def _stopwords(patterns: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, frozenset[str]]:
    return {lang: frozenset(w.casefold() for w in words) for lang, words in patterns}


def stopwords(catalog: Catalog) -> dict[str, frozenset[str]]:
    """Return each language's very common words, to tell a draft's language."""
    entry = concept(catalog, "stopwords")
    return _stopwords(tuple((lang, words) for lang, words in entry.patterns.items() if lang != "any"))


def is_template_of(catalog: Catalog, key: str, name: str) -> bool:
    """Return whether ``name`` (a template's name or a heading) is one of concept ``key``'s, in full."""
    patterns = concept(catalog, key).all_patterns()
    return _fullmatch(patterns).fullmatch(" ".join(name.split())) is not None
