"""Loaded wording: shouting in capitals, strings of exclamation marks, and loaded phrases.

One reading for answers and drafts alike, so that ``check`` and ``new`` flag what ``lint``
would flag in the drafts they write. Acronyms are not shouting: a word the catalogue itself
writes in capitals (SOPA, PIPA, ACTA, a chapter's initials), a word in capitals written in
parentheses in the same text (an abbreviation being introduced), and a capitalised word of
three letters or fewer (EU, DSA) unless it is one of a language's most common words ("NO
TO ..."), are never counted as shouted words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from advocacy_cli.catalog import Catalog
from advocacy_cli.lint import lexicon
from advocacy_cli.phrases import find_phrases

SHORT_ACRONYM = 3
MOSTLY = 0.5  # share of letters in shouted words that makes the whole text shouting
LONG_SHOUT = 10  # one shouted word this long is shouting on its own ("UNACCEPTABLE")
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_INTRODUCED = re.compile(r"\(([^\W\d_]{2,})\)")
# A template placeholder such as [YOUR ORGANISATION] is reported as a placeholder, not shouting.
_PLACEHOLDER = re.compile(r"(?<!\[)\[[^\[\]a-z]*\](?!\])")
# Two exclamation marks or more (¡ included), possibly mixed with question marks, or ?! and !?.
# Two '!' (or '¡') or more in a run of marks: tried from the run's first mark only,
# possessively, so a long run of '?' costs linear time.
_BANGS = re.compile(r"(?<![!?¡])\?*+[!¡]\?*+[!¡][!?¡]*+|\?!|!\?")

SHOUT_SUGGESTION = "Write it in sentence case; keep capitals for acronyms such as EU."
BANGS_MESSAGE = "Repeated exclamation marks read as campaigning, not as a question for the community."
BANGS_SUGGESTION = "End with a full stop or a plain question mark."


@dataclass(frozen=True)
class Loaded:
    """One piece of loaded wording in a text: where, what it is, and what to do instead."""

    start: int
    end: int
    message: str
    suggestion: str
    policy: str | None = None


@dataclass(frozen=True)
class Vocabulary:
    """What tells an acronym from a shouted word: the catalogue's acronyms, common words."""

    acronyms: frozenset[str]
    common: frozenset[str]


# Reading every title and text of the catalogue takes longer than a whole answers check, and
# the interview checks after every question: keep the result per catalogue object.
_VOCABULARIES: dict[int, tuple[Catalog, Vocabulary]] = {}
_KEPT = 8


def vocabulary(catalog: Catalog) -> Vocabulary:
    """Return the catalogue's acronyms and the common words of its languages."""
    kept = _VOCABULARIES.get(id(catalog))
    if kept is not None and kept[0] is catalog:
        return kept[1]
    common = frozenset(word for words in lexicon.stopwords(catalog).values() for word in words)
    found = Vocabulary(known_acronyms(catalog), common)
    if len(_VOCABULARIES) >= _KEPT:
        _VOCABULARIES.clear()
    _VOCABULARIES[id(catalog)] = (catalog, found)
    return found


def known_acronyms(catalog: Catalog) -> frozenset[str]:
    """Return the all-capital words the catalogue uses in its own titles and texts."""
    texts: list[str] = []
    for topic in catalog.topics.values():
        texts += [topic.title, topic.summary, topic.why]
        texts += [k for words in topic.keywords.values() for k in words]
    for precedent in catalog.precedents.values():
        texts += [precedent.title, precedent.asked, precedent.decided, precedent.outcome]
    for entry in catalog.out_of_scope.values():
        texts += [entry.title, entry.why]
    for project in catalog.projects.values():
        texts += [project.name, project.decides, *(venue.title for venue in project.venues)]
    for action in catalog.actions.values():
        texts.append(action.title)
    words = (m.group(0) for text in texts for m in _TOKEN.finditer(text))
    return frozenset(word for word in words if _caps(word))


def _caps(word: str) -> bool:
    return sum(1 for c in word if c.isalpha()) >= 2 and word.isupper()


def _loud(word: str, words: Vocabulary, introduced: frozenset[str]) -> bool:
    if not _caps(word) or word in words.acronyms or word in introduced:
        return False
    return len(word) > SHORT_ACRONYM or word.casefold() in words.common


def _slashed(text: str, start: int, end: int) -> bool:
    return text[start - 1 : start] == "/" or text[end : end + 1] == "/"


def _shouting(text: str, words: Vocabulary) -> list[Loaded]:
    masked = _PLACEHOLDER.sub(lambda m: " " * len(m.group(0)), text)
    introduced = frozenset(_INTRODUCED.findall(masked))
    tokens = list(_TOKEN.finditer(masked))
    # Capitals joined by a slash are a list of acronyms ("WMDE/WMAT", "SOPA/PIPA"), not a shout.
    loud = {
        m.start()
        for m in tokens
        if _loud(m.group(0), words, introduced) and not _slashed(masked, m.start(), m.end())
    }
    letters = sum(len(m.group(0)) for m in tokens)
    shouted = [m for m in tokens if m.start() in loud]
    if len(shouted) >= 2 and letters and sum(len(m.group(0)) for m in shouted) / letters >= MOSTLY:
        return [_shout(text, shouted[0].start(), shouted[-1].end(), "text mostly in capitals")]
    found: list[Loaded] = []
    run: list[re.Match[str]] = []
    for token in [*tokens, None]:
        if token is not None and _caps(token.group(0)):
            run.append(token)
            continue
        in_run = sum(1 for t in run if t.start() in loud)
        long_word = any(t.start() in loud and len(t.group(0)) >= LONG_SHOUT for t in run)
        if in_run >= 2 or (in_run and len(run) >= 3) or long_word:
            # Point at the shouting, not at an acronym that happens to precede it.
            first = next(t for t in run if t.start() in loud)
            found.append(_shout(text, first.start(), run[-1].end(), "words in capitals"))
        run = []
    return found


def _shout(text: str, start: int, end: int, what: str) -> Loaded:
    return Loaded(
        start,
        end,
        f"Shouting ({what}: '{text[start:end]}'); it reads as a campaign slogan, and editors "
        "turn against proposals that shout.",
        SHOUT_SUGGESTION,
    )


def exclamations(text: str) -> list[tuple[int, int]]:
    """Return the runs of two exclamation marks or more, or of "?!" and "!?", in ``text``."""
    return [(m.start(), m.end()) for m in _BANGS.finditer(text)]


def find_loaded(
    text: str, catalog: Catalog, phrase_rule: str, words: Vocabulary | None = None
) -> list[Loaded]:
    """Return the loaded wording in ``text``: shouting, exclamation marks, and the phrases the
    catalogue lists for ``phrase_rule``.

    Each stretch of text is reported once: a phrase inside a shouted run, or a run of
    exclamation marks the catalogue also names, is not reported again.
    """
    words = words or vocabulary(catalog)
    found = _shouting(text, words)
    found += [Loaded(start, end, BANGS_MESSAGE, BANGS_SUGGESTION) for start, end in exclamations(text)]
    for group, match in find_phrases(text, catalog, phrase_rule):
        found.append(
            Loaded(
                match.start,
                match.end,
                f"{group.message} ('{match.text}')",
                group.suggestion,
                group.policy,
            )
        )
    return _first_of_overlaps(found)


def _first_of_overlaps(found: Iterable[Loaded]) -> list[Loaded]:
    # In order of start, an item starts inside an earlier one exactly when it starts before
    # the furthest end so far: one pass, however many items a hostile text produces.
    kept: list[Loaded] = []
    reach = -1
    for item in sorted(found, key=lambda f: (f.start, -f.end)):
        if item.start < reach:
            continue
        kept.append(item)
        reach = max(reach, item.end)
    return kept
