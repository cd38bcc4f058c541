"""Acts the serious rules forbid, recognised in any word order rather than as one phrasing.

An act is a sentence holding a cue of each of its parts, wherever they stand: recruiting
outsiders to weigh in is asking (``act-ask``) people such as members (``act-recruits``) to take
part (``act-participate``), in "please ask your members to vote" as in German's verb-final
"Wir bitten unsere Mitglieder, mit Pro zu stimmen"; making accounts to vote is an account or
an edit count (``act-accounts``) beside taking part ("create one and make 200 edits so you can
vote in March"); article advocacy is changing articles (``act-article-edit``) to carry what
promotes the cause (``act-cause-promo``: "add a section with a link to the petition");
endorsing is a named person or party after a voting verb (``act-endorse``) in a sentence about
an election (``act-election``): "vote for Jane Smith in the election", not "vote for Wikipedia
Loves Monuments photos". A negation just
before a cue, in its clause ("we will not ask our members to vote"), undoes the act. The cues are data
(``data/lexicon.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from advocacy_cli.catalog import Catalog
from advocacy_cli.lint import lexicon
from advocacy_cli.rules.detectors.sentences import sentence_spans


class Act(Enum):
    """The acts serious rules look for."""

    RECRUITING = "recruiting outsiders to weigh in"
    PARTISAN_NOTICE = "asking editors on their talk pages to support"
    PARTISAN_CALL = "calling people off the wiki to come and support"
    ACCOUNTS = "making accounts to vote"
    ENDORSING = "endorsing a person or party in an election"
    ARTICLE_PROMOTION = "asking for article content that promotes the cause"


# The parts of each act, as lexicon concepts; every part must have a cue in the sentence.
PARTS: dict[Act, tuple[str, ...]] = {
    Act.RECRUITING: ("act-ask", "act-recruits", "act-participate"),
    # A neutral notice invites comments; a partisan one asks for support, on many talk pages.
    Act.PARTISAN_NOTICE: ("act-talk-pages", "act-ask", "act-partisan"),
    # Shared on social media or with like-minded people, asking them to support.
    Act.PARTISAN_CALL: ("act-channels", "act-partisan"),
    Act.ACCOUNTS: ("act-accounts", "act-participate"),
    Act.ENDORSING: ("act-endorse", "act-election"),
    Act.ARTICLE_PROMOTION: ("act-article-edit", "act-cause-promo"),
}


@dataclass(frozen=True)
class ActFound:
    """A sentence that does an act: the sentence, and the cue each part matched."""

    act: Act
    start: int
    end: int
    cues: tuple[str, ...]


# A negation this many words before a cue, in the same clause, undoes the act.
NEGATION_WORDS = 5


def _negated(sentence: str, offset: int, negation: re.Pattern[str]) -> bool:
    clause = re.split(r"[,;:]", sentence[:offset])[-1]
    return bool(negation.search(" ".join(clause.split()[-NEGATION_WORDS:])))


# Three rules ask about the same draft in a row; the last reading is kept for them.
_LAST: list[tuple[Catalog, str, tuple[tuple[int, int], ...], str | None, list[ActFound]]] = []


def find_acts(
    catalog: Catalog,
    text: str,
    spans: Sequence[tuple[int, int]] = (),
    language: str | None = None,
) -> list[ActFound]:
    """Return every act done in ``text`` (within ``spans``, default all of it), sentence by sentence."""
    key = tuple(spans)
    for known, known_text, known_spans, known_language, acts in _LAST:
        if known is catalog and known_text == text and known_spans == key and known_language == language:
            return list(acts)
    acts = _read_acts(catalog, text, key, language)
    _LAST[:] = [(catalog, text, key, language, acts)]
    return list(acts)


def _read_acts(
    catalog: Catalog, text: str, spans: tuple[tuple[int, int], ...], language: str | None
) -> list[ActFound]:
    negation = lexicon.pattern(catalog, "negation")
    patterns = {part: lexicon.pattern(catalog, part) for parts in PARTS.values() for part in parts}
    found: list[ActFound] = []
    for span_start, span_end in spans or [(0, len(text))]:
        for a, b in sentence_spans(text, span_start, span_end, language):
            sentence = text[a:b]
            for act, parts in PARTS.items():
                matches: list[re.Match[str]] = []
                for part in parts:
                    m = patterns[part].search(sentence)
                    if m is None:
                        break
                    matches.append(m)
                else:
                    if any(_negated(sentence, m.start(), negation) for m in matches):
                        continue
                    cues = tuple(m.group(0).strip() for m in matches)
                    if act is Act.ENDORSING:
                        found.append(ActFound(act, a + matches[0].start(), a + matches[0].end(), cues))
                    else:
                        found.append(ActFound(act, a, b, cues))
    return found


def overlaps(found: ActFound, spans: Sequence[tuple[int, int]]) -> bool:
    """Return whether an act's sentence holds one of ``spans`` (a phrase already reported)."""
    return any(found.start <= start < found.end or start <= found.start < end for start, end in spans)


def describe(found: ActFound) -> str:
    """Return the act and the cues that make it, for a message."""
    return f"{found.act.value} ({', '.join(repr(c) for c in found.cues)})"
