"""Fill the catalogue's phrases: named fields in braces, and nothing else.

``str.format`` would also run ``{project.__class__}``, ``{0}``, ``{x[1]}`` and
``{project:>300000000}`` from a ``--data-dir`` catalogue: attribute and index access reach
Python objects, and a format spec can ask for gigabytes. A phrase here holds literal text,
``{{`` and ``}}`` for literal braces, and ``{name}`` fields whose values are given as text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

_NAME = re.compile(r"[a-z_][a-z0-9_]*")
_TOKEN = re.compile(r"\{\{|\}\}|\{[^{}]*\}?|\}")


class PhraseError(ValueError):
    """A phrase that cannot be filled: what is wrong, and at which character."""

    def __init__(self, message: str, column: int) -> None:
        super().__init__(message)
        self.column = column


@dataclass(frozen=True)
class Phrase:
    """A parsed phrase: literal pieces, with a field name between each pair of them."""

    literals: tuple[str, ...]
    fields: tuple[str, ...]

    def fill(self, values: Mapping[str, str]) -> str:
        """Return the phrase with each field replaced by its value, inserted as is."""
        pieces = [self.literals[0]]
        for name, literal in zip(self.fields, self.literals[1:], strict=True):
            if name not in values:
                raise PhraseError(f"the field {{{name}}} has no value here", 0)
            pieces.extend((values[name], literal))
        return "".join(pieces)


def _field_problem(inside: str) -> str:
    """Say why ``{inside}`` is not a named field, in the terms a catalogue editor uses."""
    if not inside.strip():
        return "an empty field {}; name it, as in {cause}"
    if inside.strip().isdigit():
        return f"a numbered field {{{inside}}}; name it, as in {{cause}}"
    for mark, what in (
        (".", "attribute access"),
        ("[", "index access"),
        ("!", "a conversion"),
        (":", "a format"),
    ):
        if mark in inside:
            return f"{what} in {{{inside}}}; phrases allow only plain {{name}} fields"
    return f"the field {{{inside}}} is not a name (lower-case letters and _)"


def parse_phrase(text: str) -> Phrase:
    """Parse ``text``; raise PhraseError for anything but literal text and ``{name}`` fields."""
    literals: list[str] = []
    fields: list[str] = []
    current: list[str] = []
    position = 0
    for token in _TOKEN.finditer(text):
        current.append(text[position : token.start()])
        position = token.end()
        piece = token.group(0)
        if piece in ("{{", "}}"):
            current.append(piece[0])
        elif piece == "}":
            raise PhraseError("a '}' without its '{'; write '}}' for a literal brace", token.start() + 1)
        elif not piece.endswith("}"):
            raise PhraseError("a '{' without its '}'; write '{{' for a literal brace", token.start() + 1)
        else:
            inside = piece[1:-1]
            if not _NAME.fullmatch(inside):
                raise PhraseError(_field_problem(inside), token.start() + 1)
            literals.append("".join(current))
            current = []
            fields.append(inside)
    current.append(text[position:])
    literals.append("".join(current))
    return Phrase(tuple(literals), tuple(fields))


def fill_phrase(text: str, values: Mapping[str, str]) -> str:
    """Return phrase ``text`` with its fields filled from ``values``."""
    return parse_phrase(text).fill(values)
