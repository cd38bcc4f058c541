"""Split a draft into what a reader sees: headings and sections, templates, links, quotes and refs.

Every layer keeps the original offsets: text that is not the proposer's own wording (comments,
quoted banner texts, quotations, references) is blanked with spaces rather than removed, so a
match in a layer points at the same line and column in the file.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from advocacy_cli.lint.labels import read_labels
from advocacy_cli.lint.markup import CloserFinder, blank, merge_spans, opaque_spans
from advocacy_cli.lint.source import Source

MAX_HEADING_LEVEL = 6
_HEADING_START = re.compile(r"^=", re.MULTILINE)
# Openers of quoted blocks; each closer is looked for once (see CloserFinder), never by a
# lazy ``.*?`` per opener, which is quadratic on a run of unclosed openers.
_REF_OPEN = re.compile(r"<ref\b[^<>]*?(?<!/)>", re.IGNORECASE)
_BLOCKQUOTE_OPEN = re.compile(r"<(blockquote|q|poem)\b[^<>]*>", re.IGNORECASE)
_QUOTE_CLOSERS = {
    name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in ("ref", "blockquote", "q", "poem")
}
_TEMPLATE_TOKEN = re.compile(r"\{\{\{(?!\{)|\{\{|\}\}")
_TEMPLATE_NAME = re.compile(r"\s*([^|{}\n]*)")
_SPACE = re.compile(r"\s*")
_TITLE_LINK = re.compile(r"\[\[(?:[^\[\]|]*\|)?([^\[\]]*)\]\]")
_LINK_TARGET = re.compile(r"\[\[([^\[\]|\n]*)(\|)?")
_EXTERNAL = re.compile(r"\[(?:https?:)?//[^\s\]]+|\b(?:https?|ftp)://[^\s\]<>|]+")
# Inline quotations of a sentence or more ("...", “...”, „...“, «...»), each opener with the
# characters that close it; short quoted words are labels or scare quotes and stay the
# proposer's wording.
QUOTE_MARKS = {'"': '"', "“": "”", "„": "“”", "«": "»"}
MIN_QUOTATION_CHARS = 12
_QUOTE_OPEN = re.compile("[" + "".join(QUOTE_MARKS) + "]")
SIGNATURE = re.compile(r"(?<!~)~{3,4}(?!~)")
# A first heading of this many words is the proposal's title, whatever word it starts with.
TITLE_WORDS = 6
# A label, a colon, then a name: "Meinungsbild: X", "Prise de décision : X" (no link or template).
NAMED_TITLE = re.compile(r"[^:\[\]{}<>]{1,60}?[ \t]*:[ \t]*[^\s:]")


def normalise_title(title: str) -> str:
    """Return a heading reduced to lower-case words, for comparison with section names."""
    # A link's target and label hold no '[' (MediaWiki forbids it in titles): excluding it
    # stops each try at the next '[[', so a heading of a thousand '[[' is read in one pass.
    text = _TITLE_LINK.sub(r"\1", title)
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
    for token in _TEMPLATE_TOKEN.finditer(text):
        pair = token.group(0)
        if pair == "{{{":
            continue
        if pair == "{{":
            stack.append(token.start())
        elif stack:
            start, end = stack.pop(), token.start()
            found.append(_template(text, start, end))
    return sorted(found, key=lambda t: t.start)


def _template(text: str, start: int, end: int) -> Template:
    """Build the template from ``{{`` at ``start`` to ``}}`` at ``end``.

    The name runs to the first ``|``; a name that meets a brace or a line break before it is
    no name. The scan stops at the first of those characters, so it reads each character of
    the text for one template at most, however deeply templates nest.
    """
    name_m = _TEMPLATE_NAME.match(text, start + 2, end)
    space_m = _SPACE.match(text, name_m.end(), end) if name_m else None
    after = space_m.end() if space_m else end
    if name_m is None or not (after == end or text[after] == "|"):
        return Template("", start, end + 2, start + 2, start + 2)
    raw = name_m.group(1).rstrip()
    name_start = name_m.start(1)
    return Template(raw.strip(), start, end + 2, name_start, name_start + len(raw))


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
    # Labelled parts ("; Audience : ...", "'''Why:''' ...", "Warum: ..."), read as level-0
    # sections: proposers title parts this way as often as with headings.
    labelled: tuple[Section, ...] = ()
    # Other editors' replies and votes: the rest of ``quoted`` is quoted by the proposer.
    replies: tuple[tuple[int, int], ...] = ()
    # The proposer's own signed replies among the others' (within ``replies``).
    own_replies: tuple[tuple[int, int], ...] = ()

    @property
    def text(self) -> str:
        """Return the draft's text."""
        return self.source.text

    def sections_with(self, key: str) -> list[Section]:
        """Return the sections whose heading names ``key``."""
        return [s for s in self.sections if s.key == key]

    def parts_with(self, key: str) -> list[Section]:
        """Return the sections and labelled parts whose title names ``key``."""
        return [s for s in (*self.sections, *self.labelled) if s.key == key]

    @functools.cached_property
    def title(self) -> Section | None:
        """Return the heading that names the proposal, if the draft opens with one."""
        first = self.sections[0] if self.sections else None
        # Only templates may stand above the title (an infobox such as {{Meinungsbild-Box}},
        # a navigation bar such as {{Bar3/barradisc}}).
        above = [(t.start, t.end) for t in self.templates if t.start < first.start] if first else []
        if first is None or blank(self.own[: first.start], above).strip():
            return None
        # A known section name opens the title only when subsections follow it
        # ("== Proposal: a statement on ... ==" over "=== Background ==="), or when a name
        # follows it after a colon: a page's title ("Meinungsbild: ...", "Prise de décision :
        # ...") is a genre and a name, even where the genre is also a section's name.
        if first.key is not None and not any(s.level > first.level for s in self.sections[1:]):
            # "== Proposta di oscuramento per il DDL sulla rettifica ==" starts with a section's
            # name but says far more: a heading that long names the proposal.
            named = NAMED_TITLE.match(first.title) or len(first.title.split()) >= TITLE_WORDS
            return first if named else None
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
        index = bisect.bisect_right(self.quoted_starts, offset) - 1
        return index >= 0 and offset < self.quoted_merged[index][1]

    @functools.cached_property
    def quoted_merged(self) -> list[tuple[int, int]]:
        """Return the quoted spans merged, for lookups by offset."""
        return merge_spans(self.quoted)

    @functools.cached_property
    def quoted_starts(self) -> list[int]:
        """Return where each merged quoted span starts."""
        return [start for start, _ in self.quoted_merged]


@dataclass(frozen=True)
class HeadingLine:
    """A line that MediaWiki shows as a heading: its level, its title and where they are."""

    start: int
    end: int
    level: int
    title: str
    title_start: int
    title_end: int


def heading_lines(text: str) -> Iterator[HeadingLine]:
    """Yield the heading lines of ``text`` in order.

    A heading is a line of 1 to 6 ``=``, a title, and as many ``=`` again, with spaces and tabs
    around the title and at the end. This reads each line once; a regular expression with a
    lazy title is quadratic on a long line of ``=`` and spaces.
    """
    for m in _HEADING_START.finditer(text):
        start = m.start()
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        heading = _heading_line(text, start, end)
        if heading is not None:
            yield heading


def _heading_line(text: str, start: int, end: int) -> HeadingLine | None:
    body_end = end
    while body_end > start and text[body_end - 1] in " \t":
        body_end -= 1
    leading = 0
    while leading < MAX_HEADING_LEVEL and start + leading < body_end and text[start + leading] == "=":
        leading += 1
    # The widest level whose closing '=' fit after a title of at least one character.
    for level in range(leading, 0, -1):
        title_from, title_to = start + level, body_end - level
        if title_to - title_from < 1 or text[title_to:body_end] != "=" * level:
            continue
        inner_from, inner_to = title_from, title_to
        while inner_from < title_to and text[inner_from] in " \t":
            inner_from += 1
        while inner_to > inner_from and text[inner_to - 1] in " \t":
            inner_to -= 1
        if inner_from == inner_to:  # only spaces: the title is the last of them
            inner_from = title_to - 1
            inner_to = title_to
        return HeadingLine(start, end, level, text[inner_from:inner_to], inner_from, inner_to)
    return None


def _sections(visible: str, names: SectionNames) -> list[Section]:
    heads = list(heading_lines(visible))
    # Each section extends to the next heading of its level or higher: found for all headings
    # in one pass with a stack of the headings still waiting for theirs.
    extents = [len(visible)] * len(heads)
    waiting: list[int] = []
    for index, head in enumerate(heads):
        while waiting and heads[waiting[-1]].level >= head.level:
            extents[waiting.pop()] = head.start
        waiting.append(index)
    classified: dict[str, tuple[str | None, str | None]] = {}
    sections: list[Section] = []
    for index, head in enumerate(heads):
        end = heads[index + 1].start if index + 1 < len(heads) else len(visible)
        body_start = head.end + 1 if head.end < len(visible) else head.end
        if head.title not in classified:
            classified[head.title] = names.classify(head.title)
        key, language = classified[head.title]
        sections.append(
            Section(
                head.title,
                head.level,
                head.start,
                head.title_start,
                head.title_end,
                body_start,
                end,
                extents[index],
                key,
                language,
            )
        )
    return sections


def paired_spans(text: str, opener: re.Pattern[str], closers: CloserFinder) -> list[tuple[int, int]]:
    """Return each ``opener`` up to its closer (``closers`` by the opener's first group or 'ref')."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while True:
        m = opener.search(text, pos)
        if m is None:
            return spans
        kind = (m.group(1) if opener.groups else "ref").lower()
        close = closers.after(kind, m.end())
        if close is None:
            pos = m.end()
            continue
        spans.append((m.start(), close.end()))
        pos = close.end()


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """Return inline quotations: an opening mark, at least 12 characters, its closing mark.

    The closer must come on the same line with no other closer before it. The next closer
    and the next line break are remembered while they lie ahead, so a line of openers without
    closers is read once, not once per opener.
    """
    spans: list[tuple[int, int]] = []
    ahead: dict[str, int] = {}

    def next_of(chars: str, pos: int) -> int:
        known = ahead.get(chars)
        if known is None or (0 <= known < pos):
            found = [i for i in (text.find(c, pos) for c in chars) if i >= 0]
            known = min(found) if found else -1
            ahead[chars] = known
        return known if known >= 0 else len(text)

    pos = 0
    while True:
        m = _QUOTE_OPEN.search(text, pos)
        if m is None:
            return spans
        start = m.start()
        close = next_of(QUOTE_MARKS[m.group(0)], start + 1)
        line_end = next_of("\n", start + 1)
        if close < line_end and close < len(text) and close - start - 1 >= MIN_QUOTATION_CHARS:
            spans.append((start, close + 1))
            pos = close + 1
        else:
            pos = start + 1


def parse_draft(
    source: Source,
    names: SectionNames,
    is_quote_template: Callable[[str], bool],
    quoted_keys: Iterable[str] = ("banner_text",),
    other_voices: Callable[[str], Iterable[tuple[int, int]]] = lambda visible: (),
    own_replies: Callable[[str], Iterable[tuple[int, int]]] = lambda visible: (),
) -> Draft:
    """Split ``source`` into its layers and sections.

    ``is_quote_template`` tells, from a template's name, whether its content is quoted text;
    ``other_voices`` returns the spans of the visible text that other editors wrote (replies),
    ``own_replies`` the proposer's signed replies among them.
    """
    text = source.text
    visible = blank(text, opaque_spans(text))
    sections = _sections(visible, names)
    templates = template_spans(visible)
    quoted: list[tuple[int, int]] = []
    closers = CloserFinder(visible, _QUOTE_CLOSERS)
    quoted += paired_spans(visible, _REF_OPEN, closers)
    quoted += paired_spans(visible, _BLOCKQUOTE_OPEN, CloserFinder(visible, _QUOTE_CLOSERS))
    quote_names: dict[str, bool] = {}
    for t in templates:
        if t.name not in quote_names:
            quote_names[t.name] = is_quote_template(t.name)
        if quote_names[t.name]:
            quoted.append((t.start, t.end))
    # Words, not spaced French guillemets: "« aucune action »" is a two-word name, not a quotation.
    quoted += [(a, b) for a, b in quotation_spans(visible) if len(_WORD.findall(visible, a, b)) >= 4]
    wanted = set(quoted_keys)
    quoted += [(s.body_start, s.extent_end) for s in sections if s.key in wanted]
    replies = tuple(other_voices(visible))
    quoted += replies
    own = blank(visible, quoted)
    words = blank(own, _markup(own, templates))
    labelled = tuple(_labelled(own, names))
    return Draft(
        source,
        visible,
        own,
        words,
        tuple(sections),
        tuple(templates),
        tuple(sorted(quoted)),
        labelled,
        replies,
        tuple(own_replies(visible)),
    )


def _markup(text: str, templates: Sequence[Template]) -> list[tuple[int, int]]:
    """Return what is markup, not words: link targets, URLs, template names, table cell marks."""
    hidden: list[tuple[int, int]] = []
    for m in _LINK_TARGET.finditer(text):
        if m.group(2) or ":" in m.group(1):
            hidden.append((m.start(1), m.end(2) if m.group(2) else m.end(1)))
    hidden += [(m.start(), m.end()) for m in _EXTERNAL.finditer(text) if "mailto:" not in m.group(0)]
    hidden += [(t.name_start, t.name_end) for t in templates]
    hidden += _table_markup(text)
    return hidden


def words_of(text: str, templates: Sequence[Template]) -> str:
    """Return ``text`` with its markup blanked, as ``Draft.words`` is made from ``Draft.own``."""
    return blank(text, _markup(text, templates))


_WORD = re.compile(r"\w+")


# A table's header and data lines: "! a !! b" and "| a || b"; their '!!' and '||' are markup.
_TABLE_LINE = re.compile(r"^[ \t]*[!|](?![}+-])[^\n]*", re.MULTILINE)
_CELL_MARKS = re.compile(r"!!|\|\||^[ \t]*[!|]")


def _table_markup(text: str) -> list[tuple[int, int]]:
    """Return where table cells are marked ("!", "!!", "|", "||"), not to be read as words."""
    spans = []
    for line in _TABLE_LINE.finditer(text):
        for mark in _CELL_MARKS.finditer(line.group()):
            spans.append((line.start() + mark.start(), line.start() + mark.end()))
    return spans


def _labelled(own: str, names: SectionNames) -> Iterator[Section]:
    """Return the proposer's labelled parts as level-0 sections, classified as headings are."""
    for label in read_labels(own):
        key, language = names.classify(label.title)
        yield Section(
            label.title,
            0,
            label.title_start,
            label.title_start,
            label.title_end,
            label.body_start,
            label.body_end,
            label.body_end,
            key,
            language,
        )
