"""Scan a text for a catalogue pattern only where a match can be: around its required words.

The catalogue has hundreds of phrase patterns, and most start with look-behinds that the
regular expression engine tries at every character, so scanning the whole draft with each
is slow (about 20 s per MB). A pattern's required literals (one of ``urge``, ``ask`` or
``tell`` for ``\\b(?:urge|ask|tell)\\s+them``) are found once from its parsed form, with how far
into a match they can start. A match can then only start up to that distance before an
occurrence of one of them, and only those positions are tried. The result is exactly that
of ``finditer``; when no literal is certain, or the distance is unbounded, the pattern is
scanned in full (after a quick check that the literal occurs at all).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

# Characters that ``re`` matches case-insensitively although lower-casing keeps them apart
# (from CPython's re/_compiler.py): each is mapped to one representative before comparing.
_FOLD_FIXES = str.maketrans(
    {
        "ı": "i",
        "ſ": "s",
        "µ": "μ",
        "ͅ": "ι",
        "ι": "ι",
        "ΐ": "ΐ",
        "ϐ": "β",
        "ϵ": "ε",
        "ϑ": "θ",
        "ϰ": "κ",
        "ϖ": "π",
        "ϱ": "ρ",
        "ς": "σ",
        "ϕ": "φ",
        "ẛ": "ṡ",
        "ﬅ": "ﬆ",
    }
)
_ZERO_WIDTH = frozenset({sre.AT, sre.ASSERT, sre.ASSERT_NOT})
_REPEATS = frozenset({sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT})
UNBOUNDED = sre.MAXREPEAT
# Beyond this distance from a match's start, trying every position before a literal costs
# more than it saves.
MAX_LEAD = 48
# Below this length a full scan is faster than parsing the pattern to plan one.
PLAIN_SCAN_CHARS = 10_000


def fold(text: str) -> str:
    """Return ``text`` lower-cased so that case-insensitive matches become equal substrings.

    Every character keeps its offset (U+0130 is the one whose lower case is two characters).
    """
    return text.replace("İ", "i").lower().translate(_FOLD_FIXES)


@dataclass(frozen=True)
class Requirement:
    """Literals one of which every match contains, at most ``lead`` characters into it."""

    literals: frozenset[str]
    lead: int

    def selectivity(self) -> tuple[bool, int, int]:
        """Order requirements: a bounded lead first, then the longest shortest literal."""
        return (self.lead <= MAX_LEAD, min(map(len, self.literals)), -len(self.literals))


def _width(state: Any, items: list[Any]) -> int:
    return int(sre_parse.SubPattern(state, items).getwidth()[1])


def _shift(requirement: Requirement | None, by: int) -> Requirement | None:
    if requirement is None:
        return None
    lead = UNBOUNDED if UNBOUNDED in (by, requirement.lead) else min(by + requirement.lead, UNBOUNDED)
    return Requirement(requirement.literals, lead)


def _inner(op: Any, av: Any) -> Requirement | None:
    """Return the requirement of a group, repeat or alternation, from its own start."""
    if op is sre.SUBPATTERN:
        return _required(av[-1])
    if op is sre.ATOMIC_GROUP:
        return _required(av)
    if op in _REPEATS and av[0] >= 1:
        return _required(av[2])
    if op is sre.BRANCH:
        branches = [_required(branch) for branch in av[1]]
        if all(b is not None for b in branches):
            found = [b for b in branches if b is not None]
            return Requirement(frozenset().union(*(b.literals for b in found)), max(b.lead for b in found))
    return None


def _candidates(items: Any) -> list[Requirement]:
    """Return every requirement of the sequence ``items``: a match meets them all."""
    candidates: list[Requirement] = []
    run: list[str] = []
    run_start = 0
    offset = 0  # the longest distance from the sequence's start to the current item
    for op, av in items:
        if op is sre.LITERAL:
            if not run:
                run_start = offset
            run.append(chr(av))
        elif op not in _ZERO_WIDTH:  # zero-width items keep the literals around them adjacent
            if run:
                candidates.append(Requirement(frozenset({fold("".join(run))}), run_start))
                run = []
            found = _shift(_inner(op, av), offset)
            if found is not None and all(found.literals):
                candidates.append(found)
        offset = min(offset + _width(items.state, [(op, av)]), UNBOUNDED)
    if run:
        candidates.append(Requirement(frozenset({fold("".join(run))}), run_start))
    return candidates


def _required(items: Any) -> Requirement | None:
    """Return the most selective requirement of the sequence ``items``, or None."""
    return max(_candidates(items), key=Requirement.selectivity, default=None)


@dataclass(frozen=True)
class Plan:
    """How to scan for one pattern: all its requirements, and the one to place starts by."""

    all: tuple[Requirement, ...]
    anchor: Requirement | None


@functools.cache
def plan(pattern: str) -> Plan:
    """Return the scanning plan of ``pattern`` (compiled case-insensitively)."""
    try:
        found = _candidates(sre_parse.parse(pattern, re.IGNORECASE | re.UNICODE))
    except (re.error, RecursionError, TypeError, IndexError, ValueError):
        return Plan((), None)
    bounded = [r for r in found if r.lead <= MAX_LEAD]
    return Plan(tuple(found), max(bounded, key=Requirement.selectivity, default=None))


class _FoldedText:
    """A text lower-cased once, with which literals it contains remembered."""

    def __init__(self, text: str) -> None:
        self.folded = fold(text)
        self.aligned = len(self.folded) == len(text)
        self._present: dict[str, bool] = {}

    def contains(self, literal: str) -> bool:
        if literal not in self._present:
            self._present[literal] = literal in self.folded
        return self._present[literal]

    def occurrences(self, literal: str) -> Iterator[int]:
        index = self.folded.find(literal)
        while index >= 0:
            yield index
            index = self.folded.find(literal, index + 1)


@functools.lru_cache(maxsize=4)
def _folded(text: str) -> _FoldedText:
    return _FoldedText(text)


def finditer(compiled: re.Pattern[str], pattern: str, text: str) -> list[re.Match[str]]:
    """Return what ``compiled.finditer(text)`` returns, trying only where a match can start."""
    if len(text) < PLAIN_SCAN_CHARS:
        return list(compiled.finditer(text))
    scan = plan(pattern)
    index = _folded(text)
    if not scan.all or not index.aligned:  # nothing certain, or offsets would not line up
        return list(compiled.finditer(text))
    if not all(any(index.contains(lit) for lit in needed.literals) for needed in scan.all):
        return []
    anchor = scan.anchor
    if anchor is None:
        return list(compiled.finditer(text))
    starts: set[int] = set()
    for literal in anchor.literals:
        for found in index.occurrences(literal):
            starts.update(range(max(0, found - anchor.lead), found + 1))
    matches: list[re.Match[str]] = []
    pos = 0
    for start in sorted(starts):
        if start < pos:
            continue
        m = compiled.match(text, start)
        if m is not None:
            matches.append(m)
            pos = max(m.end(), start + 1)
    return matches


def _has_unbounded_repeat(items: Any) -> bool:
    for op, av in items:
        if op in _REPEATS and av[1] == UNBOUNDED:
            return True
        if _nested_items(op, av) and any(_has_unbounded_repeat(sub) for sub in _nested_items(op, av)):
            return True
    return False


def _nested_items(op: Any, av: Any) -> list[Any]:
    if op is sre.SUBPATTERN:
        return [av[-1]]
    if op in (sre.ATOMIC_GROUP, sre.ASSERT, sre.ASSERT_NOT):
        return [av if op is sre.ATOMIC_GROUP else av[1]]
    if op in _REPEATS:
        return [av[2]]
    if op is sre.BRANCH:
        return list(av[1])
    return []


def _nested_unbounded(items: Any) -> bool:
    for op, av in items:
        unbounded = op in _REPEATS and av[1] == UNBOUNDED and op is not sre.POSSESSIVE_REPEAT
        if unbounded and _has_unbounded_repeat(av[2]):
            return True
        if any(_nested_unbounded(sub) for sub in _nested_items(op, av)):
            return True
    return False


def risky_repetition(pattern: str) -> str | None:
    """Return why ``pattern`` could take exponential time, or None.

    An unbounded repetition of something that itself repeats without bound, such as
    ``(a+)+`` or ``(\\w+\\s?)*``, can try exponentially many ways to split a long run before
    it fails; the catalogue refuses such patterns when it loads.
    """
    try:
        parsed = sre_parse.parse(pattern, re.IGNORECASE | re.UNICODE)
    except (re.error, RecursionError):
        return None  # compiling reports it
    if _nested_unbounded(parsed):
        return (
            "an unbounded repetition inside another (like '(a+)+') can take exponential time; "
            "bound one of them, e.g. {0,40}"
        )
    return None
