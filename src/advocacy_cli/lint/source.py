"""A draft's text and the mapping from character offsets to 1-based lines and columns."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Source:
    """The text of one draft, with line starts for positions.

    Columns count characters (Unicode code points), not bytes, so a heading with umlauts or
    accents still points at the right character.
    """

    name: str
    text: str
    line_starts: tuple[int, ...] = field(default=(), compare=False)

    @classmethod
    def from_text(cls, name: str, text: str) -> Source:
        """Normalise line ends and a byte-order mark, and index the lines."""
        text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
        starts = [0]
        starts.extend(i + 1 for i, ch in enumerate(text) if ch == "\n")
        return cls(name=name, text=text, line_starts=tuple(starts))

    def position(self, offset: int) -> tuple[int, int]:
        """Return the (line, column) of ``offset``, both 1-based."""
        offset = max(0, min(offset, len(self.text)))
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def line_text(self, line: int) -> str:
        """Return line ``line`` (1-based) without its newline."""
        start = self.line_starts[line - 1]
        end = self.text.find("\n", start)
        return self.text[start : end if end >= 0 else len(self.text)]

    def line_span(self, line: int) -> tuple[int, int]:
        """Return the start and end offsets of line ``line`` (end excludes the newline)."""
        start = self.line_starts[line - 1]
        end = self.text.find("\n", start)
        return start, end if end >= 0 else len(self.text)

    @property
    def line_count(self) -> int:
        """Return the number of lines."""
        return len(self.line_starts)
