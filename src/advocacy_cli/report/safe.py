"""Make a draft's own characters safe to print: no escape sequence reaches a terminal or a log.

A draft (or a file name) may hold ESC sequences that recolour, retitle or clear the terminal,
bidirectional overrides that reorder what is shown, or line separators that break a report's
layout. Each such character is replaced by one visible character, so columns stay right.
"""

from __future__ import annotations

import re

# C0 controls except tab, DEL, C1 controls, the line and paragraph separators, and the
# bidirectional embeddings, overrides and isolates.
UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# What JSON leaves raw: json.dumps escapes C0 controls itself, and the document's own line
# breaks are layout.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_PICTURES = {chr(code): chr(0x2400 + code) for code in range(0x20)} | {"\x7f": "\u2421"}
REPLACEMENT = "\ufffd"


def _visible(m: re.Match[str]) -> str:
    return _PICTURES.get(m.group(0), REPLACEMENT)


def neutralise(text: str) -> str:
    """Return ``text`` with every unsafe character replaced by a visible one (␛ for ESC)."""
    return UNSAFE.sub(_visible, text)


def escape_json_text(document: str) -> str:
    """Escape the unsafe characters JSON leaves raw (C1, separators, bidi) in a JSON document.

    ``json.dumps`` already escapes C0 controls; these others may only occur inside strings,
    where ``\\uXXXX`` stands for the same character, so the data is unchanged.
    """
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", document)
