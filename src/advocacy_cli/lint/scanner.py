"""A small scanner for wikitext balance, following MediaWiki's preprocessor where it matters.

mwparserfromhell is forgiving in ways MediaWiki is not: MediaWiki pairs ``{{``, ``[[`` and
their closers on one stack, so an unclosed ``[[`` inside a template makes the template's
``}}`` plain text, and an unclosed ``<!--`` hides the rest of the page. This scanner
reproduces those rules for the checks that need them.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator
from dataclasses import dataclass

from advocacy_cli.lint.markup import Span, blank, opaque_spans


@dataclass(frozen=True)
class SyntaxIssue:
    """One syntax problem: where it is, what is wrong, how to fix it."""

    start: int
    end: int
    message: str
    suggestion: str


# Tags that must be closed; void tags (br, hr) and self-closing forms are skipped.
PAIRED_TAGS = (
    "ref",
    "blockquote",
    "div",
    "span",
    "small",
    "big",
    "center",
    "code",
    "s",
    "u",
    "del",
    "ins",
    "poem",
    "gallery",
    "includeonly",
    "noinclude",
    "onlyinclude",
    "sup",
    "sub",
    "table",
    "tr",
    "td",
    "th",
    "ul",
    "ol",
    "li",
    "b",
    "i",
    "em",
    "strong",
    "abbr",
    "q",
)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)(\s[^<>]*?)?(/?)>")
_HEADING_LINE = re.compile(r"^(=+)(.*?)(=*)[ \t]*$")


class _Stack:
    """Open ``{{`` and ``[[`` runs, kept in compact arrays: a hostile draft opens millions."""

    def __init__(self) -> None:
        self.kinds = bytearray()  # b"{" or b"["
        self.starts = array("q")
        self.counts = array("q")

    def push(self, kind: str, start: int, count: int) -> None:
        self.kinds.append(ord(kind))
        self.starts.append(start)
        self.counts.append(count)

    def pop(self) -> None:
        self.kinds.pop()
        self.starts.pop()
        self.counts.pop()

    def top_is(self, kind: str) -> bool:
        return bool(self.kinds) and self.kinds[-1] == ord(kind)

    def __bool__(self) -> bool:
        return bool(self.kinds)


_BRACKET_TOKEN = re.compile(r"\{+|\}+|\[\[|\]\]")


def _brackets(text: str) -> Iterator[SyntaxIssue]:
    """Pair braces and double square brackets on one stack, as MediaWiki does.

    Only runs of braces and pairs of square brackets are visited (found by one regular
    expression), and each closer pops at most what it closes, so the work is linear.
    """
    stack = _Stack()
    for token in _BRACKET_TOKEN.finditer(text):
        i, run, ch = token.start(), len(token.group(0)), token.group(0)[0]
        if ch == "{":
            if run >= 2:
                stack.push("{", i, run)
        elif ch == "}":
            remaining = run
            pos = i
            while remaining >= 2 and stack.top_is("{"):
                match = 3 if remaining >= 3 and stack.counts[-1] >= 3 else 2
                stack.counts[-1] -= match
                remaining -= match
                pos += match
                if stack.counts[-1] < 2:
                    stack.pop()
            if remaining >= 2 and not stack:
                yield SyntaxIssue(
                    pos,
                    pos + remaining,
                    "stray '}}' closes nothing",
                    "remove it, or add the '{{' it should close",
                )
        elif ch == "[":
            stack.push("[", i, 2)
        elif stack.top_is("["):
            stack.pop()
        elif not stack:
            yield SyntaxIssue(
                i,
                i + 2,
                "stray ']]' closes no link",
                "remove it, or add the '[[' it should close",
            )
    for kind, start, count in zip(stack.kinds, stack.starts, stack.counts, strict=True):
        if kind == ord("["):
            yield SyntaxIssue(
                start,
                start + 2,
                "unclosed '[[': the link never ends",
                "close the link with ']]'",
            )
        else:
            braces = "{{{" if count >= 3 else "{{"
            yield SyntaxIssue(
                start,
                start + count,
                f"unclosed '{braces}': the template never ends",
                "close the template with '}}' (check for an unclosed '[[' inside it)",
            )


def _tags(text: str) -> Iterator[SyntaxIssue]:
    """Report HTML and extension tags that are opened and never closed, or closed twice."""
    open_tags: dict[str, list[re.Match[str]]] = {}
    issues: list[SyntaxIssue] = []
    for m in _TAG.finditer(text):
        closing, name, _attrs, selfclose = m.group(1), m.group(2).lower(), m.group(3), m.group(4)
        if name not in PAIRED_TAGS or selfclose:
            continue
        if closing:
            if open_tags.get(name):
                open_tags[name].pop()
            else:
                issues.append(
                    SyntaxIssue(
                        m.start(),
                        m.end(),
                        f"stray '</{name}>' closes nothing",
                        f"remove it, or add the '<{name}>' it should close",
                    )
                )
        else:
            open_tags.setdefault(name, []).append(m)
    for name, stack in open_tags.items():
        for m in stack:
            issues.append(
                SyntaxIssue(m.start(), m.end(), f"unclosed '<{name}>'", f"close it with '</{name}>'")
            )
    yield from sorted(issues, key=lambda issue: issue.start)


def _tables_and_headings(text: str) -> Iterator[SyntaxIssue]:
    """Check table openers and closers at line starts, and heading lines."""
    tables: list[int] = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.lstrip(" \t:")
        lead = len(line) - len(stripped)
        if stripped.startswith("{|"):
            tables.append(offset + lead)
        elif stripped.startswith("|}"):
            if tables:
                tables.pop()
            else:
                yield SyntaxIssue(
                    offset + lead,
                    offset + lead + 2,
                    "stray '|}' closes no table",
                    "remove it, or add the '{|' it should close",
                )
        if line.startswith("="):
            yield from _heading(line, offset)
        offset += len(line) + 1
    for start in tables:
        yield SyntaxIssue(
            start, start + 2, "unclosed table '{|'", "close the table with '|}' on its own line"
        )


def _heading(line: str, offset: int) -> Iterator[SyntaxIssue]:
    body = line.rstrip(" \t")
    left = len(body) - len(body.lstrip("="))
    right = len(body) - len(body.rstrip("="))
    end = offset + len(body)
    if left == len(body):
        if left >= 3:
            yield SyntaxIssue(offset, end, "heading without a title", "write the title between the '=' signs")
        return
    if right == 0:
        yield SyntaxIssue(
            offset,
            end,
            "heading is never closed: it is shown as plain text",
            f"end the line with {'=' * left}",
        )
    elif left != right:
        yield SyntaxIssue(
            offset,
            end,
            f"unbalanced heading: {left} '=' before the title, {right} after",
            f"use {'=' * min(left, right)} on both sides",
        )
    elif left > 6:
        yield SyntaxIssue(offset, end, "headings have at most six levels", "use between 2 and 6 '=' signs")
    elif not body[left:-right].strip():
        yield SyntaxIssue(offset, end, "heading without a title", "write the title between the '=' signs")


def scan(text: str) -> list[SyntaxIssue]:
    """Return every syntax issue of ``text``, in order of position."""
    spans = opaque_spans(text)
    issues: list[SyntaxIssue] = []
    for span in spans:
        if not span.closed and span.kind == "comment":
            issues.append(
                SyntaxIssue(
                    span.start,
                    span.start + 4,
                    "unclosed comment '<!--' hides the rest of the page",
                    "close the comment with '-->'",
                )
            )
        elif not span.closed:
            issues.append(
                SyntaxIssue(
                    span.start,
                    span.end,
                    f"unclosed '<{span.kind}>'",
                    f"close it with '</{span.kind}>'",
                )
            )
    visible = blank(text, [s for s in spans if s.closed or s.kind == "comment"])
    issues.extend(_brackets(visible))
    issues.extend(_tags(visible))
    issues.extend(_tables_and_headings(visible))
    return sorted(issues, key=lambda issue: issue.start)


def unclosed_spans(spans: list[Span]) -> list[Span]:
    """Return the spans that were never closed."""
    return [s for s in spans if not s.closed]
