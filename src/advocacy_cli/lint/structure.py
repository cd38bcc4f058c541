"""Split a draft into what a reader sees: headings and sections, templates, links, quotes and refs.

Every layer keeps the original offsets: text that is not the proposer's own wording (comments,
quoted banner texts, quotations, references) is blanked with spaces rather than removed, so a
match in a layer points at the same line and column in the file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from advocacy_cli.lint.markup import blank, opaque_spans
from advocacy_cli.lint.source import Source

_HEADING = re.compile(r"^(={1,6})[ \t]*(.+?)[ \t]*\1[ \t]*$", re.MULTILINE)
_REF = re.compile(r"<ref\b[^<>]*?(?<!/)>.*?</ref\s*>", re.IGNORECASE | re.DOTALL)
_BLOCKQUOTE = re.compile(r"<(blockquote|q|poem)\b[^<>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_LINK_TARGET = re.compile(r"\[\[([^\[\]|\n]*)(\|)?")
_EXTERNAL = re.compile(r"\[(?:https?:)?//[^\s\]]+|\b(?:https?|ftp)://[^\s\]<>|]+")
# Inline quotations of a sentence or more ("...", “...”, „...“, «...»); short quoted
# words are labels or scare quotes and stay the proposer's wording.
_QUOTATION = re.compile(r"\"([^\"\n]{12,})\"|“([^”\n]{12,})”|„([^“”\n]{12,})[“”]|«([^»\n]{12,})»")
SIGNATURE = re.compile(r"(?<!~)~{3,4}(?!~)")


def normalise_title(title: str) -> str:
    """Return a heading reduced to lower-case words, for comparison with section names."""
    text = re.sub(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]", r"\1", title)
    text = re.sub(r"\{\{[^{}]*\}\}|<[^<>]+>|'{2,}", " ", text)
    text = unicodedata.normalize("NFC", text).casefold()
    text = re.sub(r"^\s*(rfc|mb|pdd)\s*:\s*", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


@dataclass(frozen=True)
class Template:
    """A ``{{template}}`` call: its name and where it and its name are."""

    name: str
    start: int
    end: int
    name_start: int
    name_end: int


@dataclass(frozen=True)
class Section:
    """A heading and the text under it, up to the next heading."""

    title: str
    level: int
    start: int
    title_start: int
    title_end: int
    body_start: int
    end: int
    extent_end: int
    key: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class SectionNames:
    """Normalised section headings per canonical key, with the language each belongs to."""

    names: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)

    @classmethod
    def build(cls, entries: Iterable[tuple[str, str, str]]) -> SectionNames:
        """Build from (key, language, heading) triples."""
        names: dict[str, list[tuple[str, str]]] = {}
        for key, language, heading in entries:
            norm = normalise_title(heading)
            if norm:
                names.setdefault(key, []).append((norm, language))
        # Longest heading first; ties (a heading that is the same word in two languages) are
        # broken by name and language, never by set order, so lint gives the same answer every run.
        return cls(
            {k: tuple(sorted(set(v), key=lambda p: (-len(p[0]), p[0], p[1]))) for k, v in names.items()}
        )

    def classify(self, title: str) -> tuple[str | None, str | None]:
        """Return the (key, language) of a heading, or (None, None)."""
        norm = normalise_title(title)
        best: tuple[int, str, str] | None = None
        for key, names in self.names.items():
            for name, language in names:
                matches = norm == name or norm.startswith(name + " ")
                if matches and (best is None or len(name) > best[0]):
                    best = (len(name), key, language)
        return (best[1], best[2]) if best else (None, None)


def template_spans(text: str) -> list[Template]:
    """Return every ``{{...}}`` call in ``text`` (nested ones too), skipping ``{{{params}}}``."""
    found: list[Template] = []
    stack: list[int] = []
    i = 0
    while i < len(text) - 1:
        pair = text[i : i + 2]
        if pair == "{{":
            if text.startswith("{{{", i) and not text.startswith("{{{{", i):
                i += 3
                continue
            stack.append(i)
            i += 2
        elif pair == "}}" and stack:
            start = stack.pop()
            name_m = re.match(r"\s*([^|{}\n]*?)\s*(?:\||$)", text[start + 2 : i])
            raw = name_m.group(1) if name_m else ""
            name_start = start + 2 + (name_m.start(1) if name_m else 0)
            found.append(Template(raw.strip(), start, i + 2, name_start, name_start + len(raw)))
            i += 2
        else:
            i += 1
    return sorted(found, key=lambda t: t.start)


@dataclass(frozen=True)
class Draft:
    """A draft split into layers and sections."""

    source: Source
    visible: str
    own: str
    words: str
    sections: tuple[Section, ...]
    templates: tuple[Template, ...]
    quoted: tuple[tuple[int, int], ...]

    @property
    def text(self) -> str:
        """Return the draft's text."""
        return self.source.text

    def sections_with(self, key: str) -> list[Section]:
        """Return the sections whose heading names ``key``."""
        return [s for s in self.sections if s.key == key]

    @property
    def title(self) -> Section | None:
        """Return the heading that names the proposal, if the draft opens with one."""
        first = self.sections[0] if self.sections else None
        if first is None or self.own[: first.start].strip():
            return None
        # A known section name opens the title only when subsections follow it
        # ("== Proposal: a statement on ... ==" over "=== Background ===").
        if first.key is not None and not any(s.level > first.level for s in self.sections[1:]):
            return None
        return first

    def intro_span(self) -> tuple[int, int]:
        """Return the opening statement: text under the title, or before the first heading."""
        title = self.title
        if title is None:
            first = self.sections[0].start if self.sections else len(self.text)
            return 0, first
        following = [s for s in self.sections if s.start > title.start]
        return title.body_start, following[0].start if following else len(self.text)

    def is_quoted(self, offset: int) -> bool:
        """Return whether ``offset`` lies in quoted text or a reference."""
        return any(start <= offset < end for start, end in self.quoted)


def _sections(visible: str, names: SectionNames) -> list[Section]:
    heads = list(_HEADING.finditer(visible))
    sections: list[Section] = []
    for index, m in enumerate(heads):
        level = len(m.group(1))
        end = heads[index + 1].start() if index + 1 < len(heads) else len(visible)
        extent = next((h.start() for h in heads[index + 1 :] if len(h.group(1)) <= level), len(visible))
        body_start = m.end() + 1 if m.end() < len(visible) else m.end()
        key, language = names.classify(m.group(2))
        sections.append(
            Section(
                m.group(2),
                level,
                m.start(),
                m.start(2),
                m.end(2),
                body_start,
                end,
                extent,
                key,
                language,
            )
        )
    return sections


def parse_draft(
    source: Source,
    names: SectionNames,
    is_quote_template: Callable[[str], bool],
    quoted_keys: Iterable[str] = ("banner_text",),
    other_voices: Callable[[str], Iterable[tuple[int, int]]] = lambda visible: (),
) -> Draft:
    """Split ``source`` into its layers and sections.

    ``is_quote_template`` tells, from a template's name, whether its content is quoted text;
    ``other_voices`` returns the spans of the visible text that other editors wrote (replies).
    """
    text = source.text
    visible = blank(text, opaque_spans(text))
    sections = _sections(visible, names)
    templates = template_spans(visible)
    quoted: list[tuple[int, int]] = []
    quoted += [(m.start(), m.end()) for m in _REF.finditer(visible)]
    quoted += [(m.start(), m.end()) for m in _BLOCKQUOTE.finditer(visible)]
    quoted += [(t.start, t.end) for t in templates if is_quote_template(t.name)]
    quoted += [(m.start(), m.end()) for m in _QUOTATION.finditer(visible) if len(m.group(0).split()) >= 4]
    wanted = set(quoted_keys)
    quoted += [(s.body_start, s.extent_end) for s in sections if s.key in wanted]
    quoted += other_voices(visible)
    own = blank(visible, quoted)
    hidden: list[tuple[int, int]] = []
    for m in _LINK_TARGET.finditer(own):
        if m.group(2) or ":" in m.group(1):
            hidden.append((m.start(1), m.end(2) if m.group(2) else m.end(1)))
    hidden += [(m.start(), m.end()) for m in _EXTERNAL.finditer(own) if "mailto:" not in m.group(0)]
    hidden += [(t.name_start, t.name_end) for t in templates]
    words = blank(own, hidden)
    return Draft(source, visible, own, words, tuple(sections), tuple(templates), tuple(sorted(quoted)))
