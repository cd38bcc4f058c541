"""What counts as text: the characters refused in values, and how to show them inert."""

from __future__ import annotations

import re
import unicodedata

# Characters that are not text: C0 controls but tab and line feed, DEL, C1 controls, the
# Unicode line and paragraph separators (YAML and Python split lines on them, so a value
# would not read back as written) and lone surrogates (which cannot be written as UTF-8).
# In a terminal, ESC and its friends recolour or retitle the window; in a draft they are
# invisible. Inside a file, a raw carriage return is a line break and is allowed.
_NOT_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
NOT_TEXT_IN_FILE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")


# Unicode gives control characters no names; these are the ones people meet.
_CONTROL_NAMES = {0x1B: "ESCAPE", 0x07: "BELL", 0x08: "BACKSPACE", 0x0D: "CARRIAGE RETURN", 0x7F: "DELETE"}


def character_name(char: str) -> str:
    """Return ``U+001B (ESCAPE)``: how a refused character is named in messages."""
    names = {"\x85": "NEXT LINE", "\x00": "NULL"}
    name = names.get(char) or unicodedata.name(char, "") or _CONTROL_NAMES.get(ord(char), "control")
    return f"U+{ord(char):04X} ({name})"


def not_text(value: str) -> str | None:
    """Return the first character of ``value`` that is not text, or None."""
    found = _NOT_TEXT.search(value)
    return found.group(0) if found else None


def not_text_message(char: str) -> str:
    """Return why ``char`` is refused in a value, in one line."""
    if char in "\u2028\u2029\x85":
        return f"contains the line separator {character_name(char)}; use an ordinary new line"
    return f"contains the control character {character_name(char)}; remove it"


def printable(text: str) -> str:
    """Return ``text`` with every character that is not text shown as an escape (``\\x1b``).

    What a terminal would act on rather than show (ESC starts the sequences that recolour,
    move or retitle it) becomes visible and inert.
    """
    return _NOT_TEXT.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text)
