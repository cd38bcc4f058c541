"""What a draft rule reads: the parsed draft, the catalogue, the target project and the date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from advocacy_cli.catalog import Catalog, Project
from advocacy_cli.findings import Finding, Severity
from advocacy_cli.lint import lexicon
from advocacy_cli.lint.structure import Draft, Section
from advocacy_cli.rules.base import Rule, declared_rule


@dataclass(frozen=True)
class DraftContext:
    """A draft, its target project (given or guessed), its language and the date."""

    draft: Draft
    catalog: Catalog
    today: dt.date
    project: Project | None
    project_guessed: bool
    language: str | None

    def finding(
        self,
        rule: Rule | str,
        start: int,
        end: int,
        message: str,
        suggestion: str = "",
        policy: str | None = None,
        severity: Severity | None = None,
    ) -> Finding:
        """Build a finding of ``rule`` on the text from ``start`` to ``end``.

        ``rule`` is a declaration, or a name the catalogue's data gives (a phrase group's rule).
        """
        declared = declared_rule(rule)
        source = self.draft.source
        line, column = source.position(start)
        end_line, end_column = source.position(max(end, start + 1))
        return Finding(
            rule=declared.name,
            severity=severity or declared.severity,
            message=message,
            file=source.name,
            line=line,
            column=column,
            suggestion=suggestion,
            policy=policy or declared.policy,
            end_line=end_line,
            end_column=end_column,
        )

    def at_section(self, section: Section | None) -> tuple[int, int]:
        """Return the span of a section's title, or of the first line of text."""
        if section is not None:
            return section.title_start, section.title_end
        return self.first_text_span()

    def first_text_span(self) -> tuple[int, int]:
        """Return the span of the first line with visible text."""
        m = re.search(r"\S[^\n]*", self.draft.visible)
        return (m.start(), m.start() + len(m.group(0).rstrip())) if m else (0, 0)

    def proposal_spans(self) -> list[tuple[int, int]]:
        """Return where a draft proposes: its title, opening statement and action sections."""
        draft = self.draft
        spans = [draft.intro_span()]
        if draft.title is not None:
            spans.insert(0, (draft.title.title_start, draft.title.title_end))
        for key in ("action", "scope"):
            spans += [(s.start, s.extent_end) for s in draft.sections_with(key) if s is not draft.title]
        return spans

    def proposed_actions(self) -> dict[str, tuple[int, int]]:
        """Return the on-site actions the draft proposes, with where each is first named.

        Only the title, the opening statement and the proposed-action sections count: an action
        named under "alternatives considered" or in the background is not proposed.
        """
        found: dict[str, tuple[int, int]] = {}
        words = self.draft.words
        negation = lexicon.pattern(self.catalog, "negation")
        for start, end in self.proposal_spans():
            for key, pattern in lexicon.action_words(self.catalog).items():
                for m in pattern.finditer(words, start, end):
                    if key in found or negated(words, m.start(), negation):
                        continue
                    found[key] = (m.start(), m.end())
        return found


def negated(text: str, offset: int, negation: re.Pattern[str]) -> bool:
    """Return whether ``negation`` comes shortly before ``offset`` in the same sentence."""
    window = text[max(0, offset - 40) : offset]
    window = re.split(r"[.!?;:\n]", window)[-1]
    return bool(negation.search(window))


# A sentence ends at '.', '!' or '?' before a space, a blank line, or a list or heading line;
# not at the dot of a day ("am 10. April 2027"), which German writes after the number, nor
# after a one-letter word, which is an abbreviation or an initial ("z. B.", "e. V.", "J. Doe").
_SENTENCE_END = re.compile(r"[!?]+(?=\s)|(?<!\s\d)(?<!\s\d\d)(?<![\s.(]\w)\.+(?=\s)|\n\s*\n|\n(?=[*#:=])")


def sentences(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    """Yield the sentence spans between ``start`` and ``end``."""
    pos = start
    for m in _SENTENCE_END.finditer(text[start:end]):
        yield pos, start + m.end()
        pos = start + m.end()
    if pos < end:
        yield pos, end


DraftCheck = Callable[[DraftContext], Iterable[Finding]]
