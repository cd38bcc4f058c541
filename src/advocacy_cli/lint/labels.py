"""Labelled parts: the short titles proposers write in place of headings.

Many proposals are not split by ``== headings ==`` but by labels: a definition list
(``;Why it matters`` then ``:text``, or ``; Audience : readers in Chile``), a bold label
(``'''Pourquoi''' : ...``, ``* '''Dauer:''' 24 Stunden``), or a plain one at the start of a
line or sentence (``Warum: Die Reform würde ...``, ``... stuff. Reason: our editors ...``).
Absence rules must find what such a part says as surely as under a heading, so each label is
read here as a small section: its title, and the text it introduces.

The reader goes through the text once, line by line; no pattern can backtrack across lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# A label is a short title, not a sentence that happens to hold a colon.
MAX_LABEL_WORDS = 6
MAX_LABEL_CHARS = 60
# A plain label ends in ':' or a full-width '：', followed by text or the end of the line;
# it holds no link, template, digit (a time "11:00"), or sentence punctuation (the "." of
# "it.wiki" ends no sentence).
_PLAIN = re.compile(r"([^\W\d_](?:[^:：\[\]{}<>|=~.!?;\d\n]|\.(?=\w)){0,59}?)[ \t\u00a0]*[:：](?=\s|$)")
# A label inside a line starts a sentence: after '.', '!' or '?' and a space.
_MID_LINE = re.compile(r"(?<=[.!?])[ \t]+(?=[^\W\d_])")
_BOLD = re.compile(r"'''(?!')(.{1,60}?)'''")
_COLON_AFTER = re.compile(r"[ \t\u00a0]*[:：]")
_LIST_MARKERS = re.compile(r"[*#:]*[ \t]*")
_SENTENCE_END = re.compile(r"[.!?](?=\s+[^\W\d_])")


@dataclass(frozen=True)
class Label:
    """A label and the text it introduces, with offsets into the text it was read from."""

    title: str
    title_start: int
    title_end: int
    body_start: int
    body_end: int


def _is_label(title: str) -> bool:
    words = title.split()
    return 0 < len(words) <= MAX_LABEL_WORDS and len(title) <= MAX_LABEL_CHARS


def _lines(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield start, end
        start = end + 1


def _continues(line: str) -> bool:
    """Return whether a line carries on the text of the label above it (a table or list too)."""
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith(("=", ";"))


def read_labels(text: str) -> list[Label]:
    """Return the labelled parts of ``text`` (a draft's visible layer), in order."""
    lines = list(_lines(text))
    found: list[Label] = []
    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        label = _line_label(line, start)
        inner = list(_mid_line_labels(line, start, label[3] - start if label else 0))
        if label is not None:
            title, title_start, title_end, body_start = label
            if inner:  # "Proposal: ... . Reason: ...": each label holds its own sentences
                body_end = inner[0].title_start
            else:
                definition = line.lstrip().startswith(";")
                body_end = _body_end(text, lines, index, body_start, end, definition)
            found.append(Label(title, title_start, title_end, body_start, body_end))
        found.extend(inner)
    return found


def _line_label(line: str, offset: int) -> tuple[str, int, int, int] | None:
    """Return (title, its start, its end, where its text starts) for a line that opens with a label."""
    lead = _LIST_MARKERS.match(line)
    pos = lead.end() if lead else 0
    if line.startswith(";", pos):
        # ";Term" or "; Term : text": the term runs to the first ':' outside a link.
        pos += 1
        colon = _definition_colon(line, pos)
        cut = len(line) if colon < 0 else colon
        title = line[pos:cut].strip()
        if not title or len(title) > 2 * MAX_LABEL_CHARS:
            return None
        first = pos + line[pos:cut].index(title[0])
        return (
            title,
            offset + first,
            offset + first + len(title),
            offset + (len(line) if colon < 0 else colon + 1),
        )
    bold = _BOLD.match(line, pos)
    if bold is not None:
        title = bold.group(1).strip().rstrip(":：.").strip()
        after = bold.end()
        rest = line[after:]
        after_colon = _COLON_AFTER.match(rest)
        # "'''Why:'''", "'''Why''' :" and a run-in title "'''Why.'''" end a label.
        if after_colon is None and not bold.group(1).rstrip().endswith((":", "：", ".")) and rest.strip():
            return None  # bold words that open a sentence, not a label
        body = after + (after_colon.end() if after_colon else 0)
        if not _is_label(title):
            return None
        first = bold.start(1) + bold.group(1).index(title[0]) if title else bold.start(1)
        return title, offset + first, offset + first + len(title), offset + body
    plain = _PLAIN.match(line, pos)
    if plain is not None and _is_label(plain.group(1)):
        return plain.group(1).strip(), offset + plain.start(1), offset + plain.end(1), offset + plain.end()
    return None


def _definition_colon(line: str, pos: int) -> int:
    """Return where a definition's term ends at ':' (not inside ``[[...]]`` or ``{{...}}``), or -1."""
    depth = 0
    index = pos
    while index < len(line):
        pair = line[index : index + 2]
        if pair in ("[[", "{{"):
            depth += 1
            index += 2
            continue
        if pair in ("]]", "}}"):
            depth = max(0, depth - 1)
            index += 2
            continue
        if line[index] in ":：" and depth == 0:
            return index
        index += 1
    return -1


def _body_end(
    text: str, lines: list[tuple[int, int]], index: int, body_start: int, line_end: int, definition: bool
) -> int:
    """Return where a label's text ends: its line, and the lines that carry it on.

    A definition term's text is the ':' lines under it; a label alone on its line introduces
    the paragraph below it; a label with text on its line holds that line only.
    """
    alone = not text[body_start:line_end].strip()
    if not alone and not definition:
        return line_end
    end = line_end
    for start, stop in lines[index + 1 :]:
        line = text[start:stop]
        if definition and line.lstrip().startswith(":"):
            end = stop
            continue
        if alone and not definition and _continues(line) and _line_label(line, start) is None:
            end = stop
            continue
        break
    return end


def _mid_line_labels(line: str, offset: int, after: int) -> Iterator[Label]:
    """Yield labels that open a sentence inside a line ("... stuff. Reason: our editors ...")."""
    for gap in _MID_LINE.finditer(line, after):
        plain = _PLAIN.match(line, gap.end())
        if plain is None or not _is_label(plain.group(1)):
            continue
        body_start = plain.end()
        stop = _SENTENCE_END.search(line, body_start)
        body_end = stop.end() if stop else len(line)
        title = plain.group(1).strip()
        title_start = offset + plain.start(1)
        yield Label(title, title_start, title_start + len(title), offset + body_start, offset + body_end)
