"""Sentence spans of a draft, found by Wikimedia's ``sentencex`` segmenter.

``sentencex`` knows each language's abbreviations ("z. B.", "bzw.", "p. ex.", "Dr.") and the
German day written with a full stop ("am 10. April"), which one regular expression cannot.
Wikitext adds its own boundaries first: a blank line, and a line that starts a list item, an
indented reply or a heading always ends what came before.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

# A line break ends a sentence when a blank line, a list or reply line or a heading follows,
# or when it ends a heading.
_BLOCK_BREAK = re.compile(r"\n\s*\n|\n(?=[*#:=;|!{])|(?<==)[ \t]*\n")
_FALLBACK_LANGUAGE = "en"


@functools.cache
def _segmenter() -> Any:
    # Imported on first use: only commands that read drafts pay for it.
    import sentencex  # type: ignore[import-untyped]

    return sentencex.get_sentence_boundaries


# sentencex slows down more than linearly on some long runs (thousands of opening quotes),
# so a block is handed to it in pieces of at most this many characters, cut at a space when
# there is one: no real sentence is that long.
MAX_PIECE = 2000


def _blocks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    for m in _BLOCK_BREAK.finditer(text, start, end):
        yield from _pieces(text, pos, m.start())
        pos = m.end()
    yield from _pieces(text, pos, end)


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while end - start > MAX_PIECE:
        cut = text.rfind(" ", start + MAX_PIECE // 2, start + MAX_PIECE)
        cut = cut + 1 if cut >= 0 else start + MAX_PIECE
        yield start, cut
        start = cut
    yield start, end


def sentence_spans(
    text: str, start: int = 0, end: int | None = None, language: str | None = None
) -> list[tuple[int, int]]:
    """Return the spans of the sentences between ``start`` and ``end``, without surrounding space.

    ``language`` is an ISO code (``de``, ``fr`` ...); an unknown or missing one reads as
    English, whose rules (full stop, question and exclamation marks) hold for most languages.
    """
    stop = len(text) if end is None else end
    boundaries = _segmenter()
    spans: list[tuple[int, int]] = []
    for block_start, block_end in _blocks(text, start, stop):
        block = text[block_start:block_end]
        if not block.strip():
            continue
        for piece in boundaries(language or _FALLBACK_LANGUAGE, block):
            # sentencex counts characters (code points), as Python slices do.
            a = block_start + piece["start_index"]
            b = block_start + piece["end_index"]
            segment = text[a:b]
            lead = len(segment) - len(segment.lstrip())
            trail = len(segment) - len(segment.rstrip())
            if b - trail > a + lead:
                spans.append((a + lead, b - trail))
    return spans


def clause_around(text: str, offset: int, breaks: re.Pattern[str], start: int, end: int) -> tuple[int, int]:
    """Return the clause of ``text[start:end]`` that holds ``offset``, cut at ``breaks``.

    Each reader cuts clauses at its own marks (commas and brackets for what is proposed, ';'
    and ':' for where a decision is taken); the clause runs from the last mark before
    ``offset`` to the first one after it.
    """
    before = start
    for m in breaks.finditer(text, start, offset):
        before = m.end()
    after = breaks.search(text, offset, end)
    return before, after.start() if after else end
