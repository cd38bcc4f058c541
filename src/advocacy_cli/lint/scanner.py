"""A small scanner for wikitext balance, following MediaWiki's preprocessor where it matters.

mwparserfromhell is forgiving in ways MediaWiki is not: MediaWiki pairs ``{{``, ``[[`` and
their closers on one stack, so an unclosed ``[[`` inside a template makes the template's
``}}`` plain text, and an unclosed ``<!--`` hides the rest of the page. This scanner
reproduces those rules for the checks that need them.
"""

from __future__ import annotations

import re
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


@dataclass
class _Open:
    kind: str  # "{" or "["
    start: int
    count: int


_BRACKET_TOKEN = re.compile(r"\{+|\}+|\[\[|\]\]")


def _brackets(text: str) -> Iterator[SyntaxIssue]:
    """Pair braces and double square brackets on one stack, as MediaWiki does.

    Only runs of braces and pairs of square brackets are visited (found by one regular
    expression), and each closer pops at most what it closes, so the work is linear.
    """
    stack: list[_Open] = []
    for token in _BRACKET_TOKEN.finditer(text):
        i, run, ch = token.start(), len(token.group(0)), token.group(0)[0]
        if ch == "{":
            if run >= 2:
                stack.append(_Open("{", i, run))
        elif ch == "}":
            remaining = run
            pos = i
            while remaining >= 2 and stack and stack[-1].kind == "{":
                top = stack[-1]
                match = 3 if remaining >= 3 and top.count >= 3 else 2
                top.count -= match
                remaining -= match
                pos += match
                if top.count < 2:
                    stack.pop()
            if remaining >= 2 and not stack:
                yield SyntaxIssue(
                    pos,
                    pos + remaining,
                    "stray '}}' closes nothing",
                    "remove it, or add the '{{' it should close",
                )
        elif ch == "[":
            stack.append(_Open("[", i, 2))
        elif stack and stack[-1].kind == "[":
            stack.pop()
        elif not stack:
            yield SyntaxIssue(
                i,
                i + 2,
                "stray ']]' closes no link",
                "remove it, or add the '[[' it should close",
            )
    for item in stack:
        if item.kind == "[":
            yield SyntaxIssue(
                item.start,
                item.start + 2,
                "unclosed '[[': the link never ends",
                "close the link with ']]'",
            )
        else:
            braces = "{{{" if item.count >= 3 else "{{"
            yield SyntaxIssue(
                item.start,
                item.start + item.count,
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
