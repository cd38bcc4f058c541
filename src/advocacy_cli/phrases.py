"""Match the catalogue's phrase patterns (tactics, out-of-scope causes) against text."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from advocacy_cli.catalog import Catalog, OutOfScope, PhraseGroup
from advocacy_cli.literals import finditer
from advocacy_cli.regex import compile_pattern


@dataclass(frozen=True)
class PhraseMatch:
    """One match of a catalogue pattern: which entry, where, in which language."""

    key: str
    rule: str
    start: int
    end: int
    language: str
    text: str


def _languages(patterns: Mapping[str, tuple[str, ...]], languages: Iterable[str] | None) -> list[str]:
    # Proposers mix languages (an English quote in a German draft), so by default every
    # language's patterns are tried; callers narrow it when they know better.
    return list(patterns) if languages is None else [lang for lang in languages if lang in patterns]


def find_patterns(
    text: str,
    key: str,
    rule: str,
    patterns: Mapping[str, tuple[str, ...]],
    languages: Iterable[str] | None = None,
) -> Iterator[PhraseMatch]:
    """Yield every match of ``patterns`` in ``text``, in order of position."""
    matches: list[PhraseMatch] = []
    for language in _languages(patterns, languages):
        for pattern in patterns[language]:
            # Tried only around the words a match needs: the same matches, far faster.
            for m in finditer(compile_pattern(pattern), pattern, text):
                matches.append(PhraseMatch(key, rule, m.start(), m.end(), language, m.group(0)))
    seen: set[tuple[int, int]] = set()
    for match in sorted(matches, key=lambda m: (m.start, -m.end)):
        if (match.start, match.end) not in seen:
            seen.add((match.start, match.end))
            yield match


def phrase_groups(catalog: Catalog, rule: str) -> list[PhraseGroup]:
    """Return the catalogue's phrase groups for ``rule``."""
    return [group for group in catalog.phrases.values() if group.rule == rule]


def find_phrases(
    text: str, catalog: Catalog, rule: str, languages: Iterable[str] | None = None
) -> Iterator[tuple[PhraseGroup, PhraseMatch]]:
    """Yield (group, match) for every phrase of ``rule`` found in ``text``."""
    for group in phrase_groups(catalog, rule):
        for match in find_patterns(text, group.key, rule, group.patterns, languages):
            yield group, match


def find_out_of_scope(
    text: str, catalog: Catalog, languages: Iterable[str] | None = None
) -> Iterator[tuple[OutOfScope, PhraseMatch]]:
    """Yield (entry, match) for every out-of-scope cause named in ``text``."""
    for entry in catalog.out_of_scope.values():
        for match in find_patterns(text, entry.key, "off-mission", entry.patterns, languages):
            yield entry, match


def first(matches: Iterable[tuple[object, PhraseMatch]]) -> tuple[object, PhraseMatch] | None:
    """Return the first match, or None."""
    return next(iter(matches), None)
