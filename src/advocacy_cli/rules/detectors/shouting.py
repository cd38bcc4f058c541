"""Shouting: words in capitals and strings of exclamation marks.

Acronyms are not shouting: an all-capital word of three letters or fewer (EU, DSA), or one
the catalogue itself writes in capitals (SOPA, PIPA, ACTA), is never counted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from advocacy_cli.catalog import Catalog

SHORT_ACRONYM = 3
RUN = 3  # consecutive capitalised words that read as shouting
MOSTLY = 0.5  # share of letters in shouted words that makes the whole text shouting
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
ANSWER_BANGS = re.compile(r"!{2,}")
# Acronym pairs such as "SOPA PIPA" are not shouting in a draft; a run this long is.
SHOUT_LETTERS = 10
_CAPS_RUN = re.compile(r"\b[A-ZÀ-ÖØ-Þ]{2,}(?:[\s,]+[A-ZÀ-ÖØ-Þ]{2,})+\b|\b[A-ZÀ-ÖØ-Þ]{10,}\b")
DRAFT_BANGS = re.compile(r"[!?]*![!?]*!+[!?]*|\?!|!\?")


@dataclass(frozen=True)
class Shout:
    """Where shouting starts in a text, and what it is."""

    start: int
    end: int
    what: str


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
    words = (m.group(0) for text in texts for m in _TOKEN.finditer(text))
    return frozenset(word for word in words if _caps(word))


def _caps(word: str) -> bool:
    return len(word) >= 2 and word.isupper()


def _loud(word: str, acronyms: frozenset[str]) -> bool:
    return _caps(word) and len(word) > SHORT_ACRONYM and word not in acronyms


def find_shouting(text: str, acronyms: frozenset[str]) -> Shout | None:
    """Return the first shouting in ``text``: a run of capitalised words, or mostly capitals."""
    tokens = list(_TOKEN.finditer(text))
    loud = [m for m in tokens if _loud(m.group(0), acronyms)]
    run: list[re.Match[str]] = []
    for token in [*tokens, None]:
        if token is not None and _caps(token.group(0)):
            run.append(token)
            continue
        if len(run) >= RUN and sum(1 for t in run if t in loud) >= 2:
            return Shout(run[0].start(), run[-1].end(), "words in capitals")
        run = []
    letters = sum(len(m.group(0)) for m in tokens)
    shouted = sum(len(m.group(0)) for m in loud)
    if len(loud) >= 2 and letters and shouted / letters >= MOSTLY:
        return Shout(loud[0].start(), loud[-1].end(), "text mostly in capitals")
    return None


def draft_capital_runs(words: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield runs of capitals long enough to be shouting between ``start`` and ``end``."""
    for m in _CAPS_RUN.finditer(words, start, end):
        if len(re.sub(r"[^A-ZÀ-ÖØ-Þ]", "", m.group(0))) < SHOUT_LETTERS:
            continue
        if words[m.start() - 1 : m.start()] == "[":  # a [PLACEHOLDER], not shouting
            continue
        yield m.start(), m.end()
