"""Spans of wikitext that MediaWiki does not parse: comments and verbatim tags.

Every scan here is linear in the text: each search starts where the previous one stopped,
and a search for a closer that failed once is never repeated (it would fail again further
on), so thousands of unclosed openers cost no more than one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# Tags whose content MediaWiki passes through unparsed (extension tags and <pre>).
VERBATIM_TAGS = ("nowiki", "pre", "syntaxhighlight", "source", "math", "score", "templatedata")
_VERBATIM_OPEN = re.compile(r"<(" + "|".join(VERBATIM_TAGS) + r")(\s[^<>]*)?>", re.IGNORECASE)
_COMMENT_OPEN = "<!--"
_COMMENT_CLOSE = "-->"


@dataclass(frozen=True)
class Span:
    """A half-open range of offsets ``[start, end)`` and what it is."""

    start: int
    end: int
    kind: str
    closed: bool = True


class CloserFinder:
    """Find the first closer of each kind at or after a position, remembering past searches.

    Openers come in increasing order, so a closer found earlier is reused while it still lies
    ahead, and a closer that was not found is not looked for again.
    """

    def __init__(self, text: str, closers: dict[str, re.Pattern[str]]) -> None:
        self.text = text
        self.closers = closers
        self.found: dict[str, re.Match[str] | None] = {}

    def after(self, kind: str, pos: int) -> re.Match[str] | None:
        """Return the first closer of ``kind`` starting at ``pos`` or later, or None."""
        if kind in self.found:
            known = self.found[kind]
            if known is None or known.start() >= pos:
                return known
        match = self.closers[kind].search(self.text, pos)
        self.found[kind] = match
        return match


_VERBATIM_CLOSERS = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in VERBATIM_TAGS}


def opaque_spans(text: str) -> list[Span]:
    """Return comments and verbatim tags, in order; an unclosed comment runs to the end.

    MediaWiki treats an unclosed ``<!--`` as a comment up to the end of the page, so
    everything after it disappears; an unclosed verbatim tag is shown as plain text.
    """
    spans: list[Span] = []
    closers = CloserFinder(text, _VERBATIM_CLOSERS)
    pos = 0
    comment = text.find(_COMMENT_OPEN)
    tag = _VERBATIM_OPEN.search(text)
    while comment >= 0 or tag is not None:
        if tag is None or (comment >= 0 and comment < tag.start()):
            close = text.find(_COMMENT_CLOSE, comment + len(_COMMENT_OPEN))
            if close < 0:
                spans.append(Span(comment, len(text), "comment", closed=False))
                break
            end = close + len(_COMMENT_CLOSE)
            spans.append(Span(comment, end, "comment"))
            pos = end
        elif tag.group(0).endswith("/>"):
            pos = tag.end()
        else:
            name = tag.group(1).lower()
            close_m = closers.after(name, tag.end())
            if close_m is None:
                spans.append(Span(tag.start(), tag.end(), name, closed=False))
                pos = tag.end()
            else:
                spans.append(Span(tag.start(), close_m.end(), name))
                pos = close_m.end()
        # Search again only for what now lies behind the position.
        if 0 <= comment < pos:
            comment = text.find(_COMMENT_OPEN, pos)
        if tag is not None and tag.start() < pos:
            tag = _VERBATIM_OPEN.search(text, pos)
    return spans


def merge_spans(spans: Iterable[Span | tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the spans as sorted, non-overlapping ``(start, end)`` ranges."""
    ranges = sorted((s.start, s.end) if isinstance(s, Span) else s for s in spans)
    merged: list[tuple[int, int]] = []
    for start, end in ranges:
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def subtract_spans(
    spans: Iterable[tuple[int, int]], holes: Iterable[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Return the parts of ``spans`` outside every hole, sorted and merged."""
    cuts = merge_spans(holes)
    kept: list[tuple[int, int]] = []
    for start, end in merge_spans(spans):
        pos = start
        for hole_start, hole_end in cuts:
            if hole_end <= pos or hole_start >= end:
                continue
            if hole_start > pos:
                kept.append((pos, hole_start))
            pos = max(pos, hole_end)
        if pos < end:
            kept.append((pos, end))
    return kept


def _spaces(segment: str) -> str:
    if "\n" not in segment:
        return " " * len(segment)
    return "\n".join(" " * len(line) for line in segment.split("\n"))


def blank(text: str, spans: Iterable[Span | tuple[int, int]]) -> str:
    """Return ``text`` with each span replaced by spaces, keeping newlines and offsets."""
    pieces: list[str] = []
    pos = 0
    for start, end in merge_spans(spans):
        start, end = max(start, pos), min(end, len(text))
        if start >= end:
            continue
        pieces.append(text[pos:start])
        pieces.append(_spaces(text[start:end]))
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)
