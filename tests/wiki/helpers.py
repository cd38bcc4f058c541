"""Checks on a rendered wikitext, for tests that go through the real wiki.

MediaWiki's parser never fails and ``parsewarnings`` only covers limits and loops, so
broken markup has to be read off the output: error markup, tracking categories,
source left over as text, and templates that do not exist.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

from .client import ParseResult

# Tracking categories that mean the markup is broken (names as the API gives them,
# English wiki). Index/noindex and hidden-category ones are not errors.
TRACKING_CATEGORIES: frozenset[str] = frozenset(
    {
        "Pages_with_reference_errors",
        "Pages_with_broken_file_links",
        "Pages_with_template_loops",
        "Pages_using_duplicate_arguments_in_template_calls",
        "Pages_with_too_many_expensive_parser_function_calls",
        "Pages_where_template_include_size_is_exceeded",
        "Pages_containing_omitted_template_arguments",
        "Pages_which_use_=_as_a_template",
        "Pages_where_node_count_is_exceeded",
        "Pages_where_expansion_depth_is_exceeded",
        "Pages_where_the_unstrip_depth_limit_is_exceeded",
        "Pages_where_the_unstrip_size_limit_is_exceeded",
        "Pages_with_invalid_behavior_switches",
    }
)

# Wikitext that survives into the HTML only when it did not parse: an unclosed or
# unmatched template or link, or an extension tag left as text (an unclosed <ref>).
LEFTOVER_MARKERS: tuple[str, ...] = (
    "{{",
    "}}",
    "[[",
    "&lt;ref",
    "&lt;/ref",
    "&lt;references",
)

_TAG = re.compile(r"<[^>]*>")


def plain_heading(line: str) -> str:
    """A section line as a reader sees it: inline HTML removed, entities decoded."""
    return html.unescape(_TAG.sub("", line)).strip()


def _context(text: str, index: int, before: int = 40, after: int = 100) -> str:
    return text[max(0, index - before) : index + after].replace("\n", "\\n")


def render_problems(
    result: ParseResult,
    expected_headings: Sequence[tuple[int, str]] | None,
    *,
    allowed_literals: Iterable[str] = (),
) -> list[str]:
    """Every reason the render is not clean, as readable lines (empty when clean)."""
    problems: list[str] = []

    if expected_headings is not None:
        got = [(s.level, plain_heading(s.line)) for s in result.sections]
        want = [(int(level), line) for level, line in expected_headings]
        if got != want:
            problems.append(f"headings differ:\n    expected {want}\n    rendered {got}")

    text = result.text
    for match in re.finditer(r'class="(?:[^"]* )?error[ "]', text):
        problems.append(f"error markup: …{_context(text, match.start())}…")

    for category in result.categories:
        if category in TRACKING_CATEGORIES:
            problems.append(f"tracking category: {category}")

    for warning in result.parsewarnings:
        problems.append(f"parse warning: {warning}")

    # Literal text the caller meant to show (e.g. <nowiki>{{rfc}}</nowiki>) is
    # rendered as is, so it is taken out before looking for leftovers.
    checked = text
    for literal in allowed_literals:
        checked = checked.replace(literal, "")
    for marker in LEFTOVER_MARKERS:
        index = checked.find(marker)
        if index >= 0:
            count = checked.count(marker)
            problems.append(
                f"literal {marker!r} in the rendered text ({count}×): …{_context(checked, index)}…"
            )
    return problems


def assert_clean_render(
    result: ParseResult,
    expected_headings: Sequence[tuple[int, str]] | None,
    *,
    allowed_literals: Iterable[str] = (),
    require_templates: Iterable[str] = (),
) -> dict[str, bool]:
    """Fails unless the wikitext rendered cleanly; returns {template title: exists}.

    expected_headings: (level, text) pairs in order, compared with the rendered
    sections after removing inline HTML (``''x''`` gives ``x``); None skips the check.
    allowed_literals: substrings of the HTML that may contain braces or brackets on
    purpose (nowiki'd examples).
    require_templates: titles (``Template:Rfc``) that must exist on the wiki. The
    returned mapping lets callers assert on the rest: a bare test wiki has no
    templates, so ``{{rfc}}`` renders as a red link, which is not an error.
    """
    problems = render_problems(result, expected_headings, allowed_literals=allowed_literals)
    templates = {t.title: t.exists for t in result.templates}
    for title in require_templates:
        if not templates.get(title, False):
            state = "not used" if title not in templates else "does not exist"
            problems.append(f"template {title} {state}")
    if problems:
        raise AssertionError("wikitext did not render cleanly:\n  - " + "\n  - ".join(problems))
    return templates


# The example line of a vote section, as the draft writes it (in nowiki) and as it renders.
_VOTE_EXAMPLE = re.compile(r"<code><nowiki>(# (?:\{\{[^{}|<>\n]+\}\} )?~~~~)</nowiki></code>")


def vote_examples(draft: str) -> tuple[str, ...]:
    """Return the rendered vote examples of ``draft``: markup shown on purpose, as code."""
    return tuple(f"<code>{html.escape(line, quote=False)}</code>" for line in _VOTE_EXAMPLE.findall(draft))
