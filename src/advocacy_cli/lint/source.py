"""A draft's text and the mapping from character offsets to 1-based lines and columns.

One rule splits lines everywhere, in the reader and in every report: a line ends at LF, CRLF
or a lone CR, and nowhere else. MediaWiki's parser knows no other line break, so a form feed,
U+0085 or U+2028 inside a draft is an ordinary character on its line, not a new line.
"""

from __future__ import annotations

import bisect
import re
from array import array
from dataclasses import dataclass, field

BYTE_ORDER_MARK = "\ufeff"
_LINE_BREAKS = re.compile(r"\r\n?")


def normalise_newlines(text: str) -> str:
    """Return ``text`` without a leading byte-order mark and with every line break as LF."""
    text = text.removeprefix(BYTE_ORDER_MARK)
    return _LINE_BREAKS.sub("\n", text) if "\r" in text else text


def split_lines(text: str) -> list[str]:
    """Split ``text`` into lines by the one rule the reader and the reports share."""
    return normalise_newlines(text).split("\n")


def _line_starts(text: str) -> array[int]:
    starts = array("q", [0])
    offset = 0
    # Measuring the lines with split is linear and runs in C, unlike a scan per character.
    for line in text.split("\n")[:-1]:
        offset += len(line) + 1
        starts.append(offset)
    return starts


@dataclass(frozen=True)
class Source:
    """The text of one draft, with line starts for positions.

    Columns count characters (Unicode code points), not bytes, so a heading with umlauts or
    accents still points at the right character.
    """

    name: str
    text: str
    line_starts: array[int] = field(default_factory=lambda: array("q", [0]), compare=False)

    @classmethod
    def from_text(cls, name: str, text: str) -> Source:
        """Normalise line ends and a byte-order mark, and index the lines."""
        text = normalise_newlines(text)
        return cls(name=name, text=text, line_starts=_line_starts(text))

    def position(self, offset: int) -> tuple[int, int]:
        """Return the (line, column) of ``offset``, both 1-based."""
        offset = max(0, min(offset, len(self.text)))
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def line_span(self, line: int) -> tuple[int, int]:
        """Return the start and end offsets of line ``line`` (end excludes the newline)."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] - 1 if line < len(self.line_starts) else len(self.text)
        return start, end

    def line_text(self, line: int) -> str:
        """Return line ``line`` (1-based) without its newline."""
        start, end = self.line_span(line)
        return self.text[start:end]

    @property
    def line_count(self) -> int:
        """Return the number of lines."""
        return len(self.line_starts)
