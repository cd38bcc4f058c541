"""Linting time grows linearly with the draft, whatever its shape.

Each hostile shape is linted at two sizes, eight times apart, in-process; the larger may
cost at most 20 times the smaller (linear work costs 8, quadratic work 64). Times are the
fastest of a few runs with the garbage collector off, and a failing ratio is measured again,
so a loaded machine slows a run without failing it. Absolute speed is the business of
``benchmarks/lint_throughput.py``, not of these tests.
"""

from __future__ import annotations

import gc
import random
import re
import time
from collections.abc import Callable

import pytest

from advocacy_cli.catalog import Catalog
from advocacy_cli.lint.engine import DRAFT_RULES, Limits, LintOptions, lint_source
from advocacy_cli.lint.source import Source
from advocacy_cli.literals import PLAIN_SCAN_CHARS, finditer, risky_repetition
from advocacy_cli.regex import compile_pattern
from advocacy_cli.rules.article_advocacy import ARTICLE_ADVOCACY
from advocacy_cli.rules.contact_address import CONTACT_ADDRESS
from advocacy_cli.rules.off_mission import OFF_MISSION
from advocacy_cli.rules.outreach import CANVASSING, MEATPUPPETRY
from tests.conftest import ROOT, TODAY

GROWTH = 8
ALLOWED = 20
ATTEMPTS = 3
UNLIMITED = Limits(max_bytes=10**9, max_findings=10**9, max_headings=10**9)
# The catalogue's phrase rules run hundreds of patterns per character, which hides any
# quadratic term elsewhere; their patterns are checked one by one below instead.
CATALOGUE_RULES = frozenset(
    r.name for r in (CANVASSING, MEATPUPPETRY, CONTACT_ADDRESS, ARTICLE_ADVOCACY, OFF_MISSION)
)
STRUCTURE_RULES = frozenset(DRAFT_RULES) - CATALOGUE_RULES
NORMAL = "\n\n".join(
    p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "corpus").glob("*.wiki"))
)


def repeat(unit: str) -> Callable[[int], str]:
    """Return a shape: ``unit`` repeated to about ``size`` characters."""
    return lambda size: unit * max(1, size // len(unit))


def mixed(size: int) -> str:
    """Return a seeded mixture of every hostile fragment, the way a fuzzer would write one."""
    fragments = ["[[", "]]", "{{", "}}", "<ref>", "</ref>", "<!--", "-->", "<nowiki>", "== x ==\n", "=", "“"]
    fragments += ["„", '"', "«", "?", "!", ".", "~~~~", "[[User:A]] 12:34 (UTC)", " ", "\n", "{|", "|}", "a"]
    rng = random.Random(9)
    return "".join(rng.choice(fragments) for _ in range(size // 4))


def catalogue_words() -> str:
    """Return the words of every catalogue pattern, so that each pattern starts often."""
    from advocacy_cli.catalog import load_catalog

    catalog = load_catalog()
    patterns = [p for g in catalog.phrases.values() for ps in g.patterns.values() for p in ps]
    patterns += [p for e in catalog.out_of_scope.values() for ps in e.patterns.values() for p in ps]
    return " ".join(w for p in patterns for w in re.findall(r"[^\W\d_]{2,}", p)) + " "


PHRASE_WORDS = catalogue_words()


# Shape name -> (text of about ``size`` characters, base size). Base sizes make the smaller
# run take a few tens of milliseconds.
SHAPES: dict[str, tuple[Callable[[int], str], int]] = {
    "lines of '=' and spaces": (repeat("= = = = = = = =\n"), 3000),
    "one long line of '=' and spaces": (lambda n: "=" + " =" * (n // 2) + "\n", 3000),
    "'=' then spaces then text": (lambda n: "=" + " " * n + "x\n", 6000),
    "repeated {{a   b}}": (repeat("{{a   b}}"), 3000),
    "template with a long name": (lambda n: "{{a" + " " * n + "b}}", 6000),
    "nested templates": (lambda n: "{{a|" * (n // 8) + "}}" * (n // 8), 3000),
    "curly opening quotes": (repeat("“"), 6000),
    "low opening quotes": (repeat("„"), 6000),
    "straight quotes without end": (lambda n: '"' * 2 + "a" * n, 6000),
    "unclosed <ref>": (repeat("<ref>"), 3000),
    "unclosed <blockquote>": (repeat("<blockquote>"), 3000),
    "unclosed [[": (repeat("[["), 3000),
    "unclosed [[User:": (repeat("[[User:"), 3000),
    "pasted signatures": (repeat("[[User:Ann]] 12:34 "), 3000),
    "unclosed <nowiki>": (repeat("<nowiki>"), 3000),
    "empty comments <!---->": (repeat("<!---->"), 3000),
    "unclosed comment": (lambda n: "== A ==\nText.\n<!--" + "x " * (n // 2), 6000),
    "run of ?": (repeat("?"), 6000),
    "run of .": (repeat("."), 6000),
    "run of ?! in a heading": (lambda n: "== A" + "?!" * (n // 2) + " ==\n", 6000),
    "stray ]]": (repeat("]]"), 3000),
    "stray }}": (repeat("}} "), 3000),
    "headings": (repeat("== h ==\n"), 2000),
    "headings of rising levels": (repeat("= a =\n== b ==\n=== c ===\n==== d ====\n"), 2000),
    "capitals in a heading": (lambda n: "== " + "AB " * (n // 3) + "==\n", 3000),
    "a heading of [[": (lambda n: "== " + "[[" * (n // 2) + " ==\n", 3000),
    "a heading of [[a|": (lambda n: "== " + "[[a|" * (n // 4) + " ==\n", 3000),
    "addresses without spaces": (repeat("http://"), 3000),
    "unclosed lint directives": (repeat("<!-- advocacy-lint disable x "), 6000),
    "nested proposal sections": (
        repeat("= Proposal =\n== Proposed action ==\n=== Scope ===\nbanner 1 April 2027\n"),
        3000,
    ),
    "unclosed tables": (repeat("{|\n"), 3000),
    "tildes": (repeat("~"), 6000),
    "form feeds and line separators": (repeat("a\fb\u2028c\u0085\r\n"), 3000),
    "normal text": (lambda n: (NORMAL * (n // len(NORMAL) + 1))[:n], 3000),
    "a mixture of everything": (mixed, 3000),
    "the catalogue's own words": (lambda n: (PHRASE_WORDS * (n // len(PHRASE_WORDS) + 1))[:n], 3000),
    "the catalogue's words, one a line": (lambda n: (PHRASE_WORDS.replace(" ", "\n") * 4)[:n], 3000),
}


def fastest(action: Callable[[], object], runs: int = 3) -> float:
    """Return the fastest of ``runs`` timings of ``action``, in seconds."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            start = time.perf_counter()
            action()
            best = min(best, time.perf_counter() - start)
    finally:
        gc.enable()
    return best


def growth(cost: Callable[[int], Callable[[], object]], base: int) -> float:
    """Return how many times longer ``GROWTH`` times the input takes (best of a few tries)."""
    ratios = []
    for _ in range(ATTEMPTS):
        small = fastest(cost(base))
        large = fastest(cost(base * GROWTH), runs=1)
        ratios.append(large / max(small, 1e-6))
        if ratios[-1] <= ALLOWED:
            break
    return min(ratios)


def lint_cost(
    catalog: Catalog, make: Callable[[int], str], rules: frozenset[str]
) -> Callable[[int], Callable[[], object]]:
    options = LintOptions(TODAY, rules=rules, limits=UNLIMITED)

    def at(size: int) -> Callable[[], object]:
        source = Source.from_text("draft.wiki", make(size))
        return lambda: lint_source(source, catalog, options)

    return at


@pytest.fixture(scope="module", autouse=True)
def warm(catalog):
    """Compile every pattern once, so the first shape does not pay for it."""
    lint_source(Source.from_text("warm.wiki", NORMAL * 8), catalog, LintOptions(TODAY, limits=UNLIMITED))


@pytest.mark.parametrize("name", list(SHAPES))
def test_lint_time_grows_linearly(catalog, name):
    make, base = SHAPES[name]
    ratio = growth(lint_cost(catalog, make, STRUCTURE_RULES), base)
    assert ratio <= ALLOWED, f"{name}: {GROWTH}x the input took {ratio:.0f}x the time"


@pytest.mark.parametrize(
    "name",
    [
        "normal text",
        "a mixture of everything",
        "headings",
        "unclosed [[User:",
        "the catalogue's own words",
        "the catalogue's words, one a line",
        "run of ?! in a heading",
        "capitals in a heading",
        "a heading of [[",
    ],
)
def test_lint_with_every_rule_grows_linearly(catalog, name):
    make, base = SHAPES[name]
    ratio = growth(lint_cost(catalog, make, frozenset(DRAFT_RULES)), base)
    assert ratio <= ALLOWED, f"{name}: {GROWTH}x the input took {ratio:.0f}x the time"


def _catalogue_patterns(catalog: Catalog) -> list[tuple[str, str]]:
    found = []
    for group in catalog.phrases.values():
        found += [(f"{group.key}/{lang}", p) for lang, ps in group.patterns.items() for p in ps]
    for entry in catalog.out_of_scope.values():
        found += [(f"{entry.key}/{lang}", p) for lang, ps in entry.patterns.items() for p in ps]
    return found


def test_the_shipped_catalogue_has_no_nested_unbounded_repetition(catalog):
    """The load-time guard passes every shipped pattern (it would refuse the catalogue)."""
    assert [p for _, p in _catalogue_patterns(catalog) if risky_repetition(p)] == []


@pytest.mark.parametrize("pattern", [r"(a+)+b", r"(?:\w+\s?)*!", r"(?:x|y+)*z", r"((ab)*c+)*"])
def test_the_load_time_guard_refuses_nested_unbounded_repetition(pattern):
    assert "exponential" in (risky_repetition(pattern) or "")


@pytest.mark.parametrize("pattern", [r"a+b+", r"(?:ab)+", r"(?:a{0,3})+", r"[ab]*+c", r"\bvote\s+for\b"])
def test_the_load_time_guard_accepts_bounded_shapes(pattern):
    assert risky_repetition(pattern) is None


# Each text is long enough for the planned scan (PLAIN_SCAN_CHARS) to be used.
@pytest.mark.parametrize(
    "text",
    [
        NORMAL * 2,
        NORMAL.upper() * 2,
        "Please vote support! Tell your members to vote. Post on every user talk page. " * 700,
        ("İstanbul ſupport ß STRASSE Ⅻ " * 200 + NORMAL * 2)[: PLAIN_SCAN_CHARS + 5000],
    ],
    ids=["normal", "upper case", "dense phrases", "special case folding"],
)
def test_phrase_scan_around_required_words_finds_what_a_full_scan_finds(catalog, text):
    assert len(text) >= PLAIN_SCAN_CHARS
    for _, pattern in _catalogue_patterns(catalog):
        compiled = compile_pattern(pattern)
        expected = [m.span() for m in compiled.finditer(text)]
        assert [m.span() for m in finditer(compiled, pattern, text)] == expected, pattern
