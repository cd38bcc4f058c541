"""Spans of wikitext that MediaWiki does not parse: comments and verbatim tags."""

from __future__ import annotations

import re
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


def opaque_spans(text: str) -> list[Span]:
    """Return comments and verbatim tags, in order; an unclosed comment runs to the end.

    MediaWiki treats an unclosed ``<!--`` as a comment up to the end of the page, so
    everything after it disappears; an unclosed verbatim tag is shown as plain text.
    """
    spans: list[Span] = []
    pos = 0
    while pos < len(text):
        comment = text.find(_COMMENT_OPEN, pos)
        tag = _VERBATIM_OPEN.search(text, pos)
        if comment < 0 and tag is None:
            break
        if tag is None or (comment >= 0 and comment < tag.start()):
            close = text.find(_COMMENT_CLOSE, comment + len(_COMMENT_OPEN))
            if close < 0:
                spans.append(Span(comment, len(text), "comment", closed=False))
                break
            end = close + len(_COMMENT_CLOSE)
            spans.append(Span(comment, end, "comment"))
            pos = end
            continue
        if tag.group(0).endswith("/>"):
            pos = tag.end()
            continue
        name = tag.group(1).lower()
        close_re = re.compile(rf"</{name}\s*>", re.IGNORECASE)
        close_m = close_re.search(text, tag.end())
        if close_m is None:
            spans.append(Span(tag.start(), tag.end(), name, closed=False))
            pos = tag.end()
            continue
        spans.append(Span(tag.start(), close_m.end(), name))
        pos = close_m.end()
    return spans


def blank(text: str, spans: list[Span] | list[tuple[int, int]]) -> str:
    """Return ``text`` with each span replaced by spaces, keeping newlines and offsets."""
    chars = list(text)
    for span in spans:
        start, end = (span.start, span.end) if isinstance(span, Span) else span
        for i in range(start, min(end, len(chars))):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
