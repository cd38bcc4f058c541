"""Mark the organisation's own text when it is written in another language than the draft.

The tool translates nothing it did not write. A summary in English inside a German draft is
kept, but marked: a note in the draft's language says it is untranslated, and the passage is
wrapped in an element with its ``lang`` and ``dir``, so readers, screen readers and the
browser's bidirectional layout treat it as the other language it is.
"""

from __future__ import annotations

import re

from advocacy_cli.language_id import other_language
from advocacy_cli.render.common import Facts
from advocacy_cli.render.escape import wiki_block, wiki_inline
from advocacy_cli.render.localise import language_name

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# A slash between spaces separates the versions of a bilingual answer.
_SLASH = re.compile(r"\s+/\s+")


def _other(text: str, facts: Facts) -> str | None:
    return other_language(text, facts.language.key, facts.catalog.languages)


def _note(facts: Facts, code: str) -> str:
    name = language_name(code, facts.language)
    return "''(" + facts.phrases.fill("untranslated", language=name) + ")''"


def _direction(facts: Facts, code: str) -> str:
    language = facts.catalog.languages.get(code)
    return language.direction if language is not None else "ltr"


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in _PARAGRAPH_BREAK.split(text.strip()) if p.strip()]


def _marked_block(text: str, code: str, facts: Facts) -> str:
    opening = f'<div lang="{code}" dir="{_direction(facts, code)}">'
    return f"{_note(facts, code)}\n{opening}\n{wiki_block(text)}\n</div>"


def block(text: str, facts: Facts) -> str:
    """Return ``text`` as safe wikitext paragraphs, marked where in another language.

    A text wholly in one other language is marked once; in a bilingual answer (a paragraph
    per language) only the paragraphs in other languages are.
    """
    paragraphs = _paragraphs(text)
    codes = [_other(paragraph, facts) for paragraph in paragraphs]
    whole = _other(text, facts)
    if whole is not None and all(code in (whole, None) for code in codes):
        return _marked_block(text, whole, facts)
    return "\n\n".join(
        wiki_block(paragraph) if code is None else _marked_block(paragraph, code, facts)
        for paragraph, code in zip(paragraphs, codes, strict=True)
    )


def inline(text: str, facts: Facts) -> str:
    """Return ``text`` as safe inline wikitext, each part marked if in another language.

    Parts are what bilingual answers separate with a slash ("Coordinatrice / Coordinadora").
    """
    parts = []
    for part in _SLASH.split(text):
        code = _other(part, facts)
        if code is None:
            parts.append(wiki_inline(part))
            continue
        opening = f'<span lang="{code}" dir="{_direction(facts, code)}">'
        parts.append(f"{opening}{wiki_inline(part)}</span> {_note(facts, code)}")
    return " / ".join(parts)
