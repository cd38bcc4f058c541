"""loaded-wording: shouting or loaded words in the cause's title and summary.

Acronyms are not shouting: an all-capital word of three letters or fewer (EU, DSA), or one
the catalogue itself writes in capitals (SOPA, PIPA, ACTA), is never counted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from advocacy_cli.catalog import Catalog
from advocacy_cli.checks import AnswerContext
from advocacy_cli.findings import Finding
from advocacy_cli.phrases import find_phrases
from advocacy_cli.rules.answers.phrasing import phrase_finding
from advocacy_cli.rules.answers.texts import cause_heading

RULE = "loaded-wording"
SHORT_ACRONYM = 3
RUN = 3  # consecutive capitalised words that read as shouting
MOSTLY = 0.5  # share of letters in shouted words that makes the whole text shouting
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_BANGS = re.compile(r"!{2,}")


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


def check(ctx: AnswerContext) -> Iterator[Finding]:
    """Warn on capitals, repeated exclamation marks and loaded phrases in the title and summary."""
    acronyms = known_acronyms(ctx.catalog)
    for field, text in cause_heading(ctx.answers):
        shout = find_shouting(text, acronyms)
        if shout is not None:
            yield ctx.finding(
                RULE,
                field,
                f"Shouting ({shout.what}: '{text[shout.start : shout.end]}'); it reads as a "
                "campaign slogan, and editors turn against proposals that shout.",
                suggestion="Write it in sentence case; keep capitals for acronyms such as EU.",
                span=(text, shout.start, shout.end),
            )
        phrases = list(find_phrases(text, ctx.catalog, RULE))
        for group, match in phrases:
            yield phrase_finding(ctx, field, text, group, match)
        for bangs in _BANGS.finditer(text):
            # The catalogue may already name longer runs; report each run once.
            if any(m.start < bangs.end() and bangs.start() < m.end for _, m in phrases):
                continue
            yield ctx.finding(
                RULE,
                field,
                "Repeated exclamation marks read as campaigning, not as a question for the community.",
                suggestion="End with a full stop or a plain question mark.",
                span=(text, bangs.start(), bangs.end()),
            )
            break
