"""What a draft rule reads: the parsed draft, the catalogue, the target project and the date."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from advocacy_cli.catalog import Catalog, Project
from advocacy_cli.findings import Finding, Severity
from advocacy_cli.lint import lexicon
from advocacy_cli.lint.markup import blank, subtract_spans
from advocacy_cli.lint.structure import Draft, Section, words_of
from advocacy_cli.rules.base import Rule, declared_rule
from advocacy_cli.rules.detectors.content import aside_parts
from advocacy_cli.rules.detectors.proposals import ActionMention, proposed, read_actions
from advocacy_cli.rules.detectors.sentences import sentence_spans

# How far before a quotation the words that make it the proposed text may stand.
TEXT_CUE_REACH = 40


@dataclass(frozen=True)
class DraftContext:
    """A draft, its target project (given or guessed), its language and the date."""

    draft: Draft
    catalog: Catalog
    today: dt.date
    project: Project | None
    project_guessed: bool
    language: str | None
    # Whether a guessed target is sure (a template, a venue or the wiki named), and from what.
    target_certain: bool = True
    target_assumed: str = ""

    def wiki_severity(self, severity: Severity) -> Severity:
        """Return ``severity`` for a finding that holds the draft to one wiki's customs.

        Where the wiki was guessed without certainty, such a finding is a note only.
        """
        return severity if self.target_certain else Severity.INFO

    def assumption(self) -> str:
        """Return what the target was guessed from, to append to a message ("" when given)."""
        if not self.project_guessed or self.project is None:
            return ""
        how = f" from {self.target_assumed}" if self.target_assumed else ""
        sure = "" if self.target_certain else "; pass --target to be sure"
        return f" (assuming {self.project.name}{how}{sure})"

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
        # An opening without headings holds everything; its labelled alternatives, impact and
        # background ("Alternatives: a banner (too big)") are not what is proposed.
        return subtract_spans(spans, aside_parts(self.catalog, draft))

    @functools.cached_property
    def said(self) -> str:
        """Return all the proposer says: their own words, the texts they propose ("a banner
        with the text «...»", "with the message «vote yes»") and their signed replies below
        others'. Quotations of others and others' replies stay blank.

        Serious acts (canvassing, endorsing a candidate) are judged on this: a call written
        into a proposed message or a later reply is the proposer's as much as the opening.
        """
        draft = self.draft
        cue = lexicon.pattern(self.catalog, "proposed-text-cues")
        replies = set(draft.replies)
        hidden = [
            (start, end)
            for start, end in draft.quoted
            if (start, end) in replies or not cue.search(draft.visible, max(0, start - TEXT_CUE_REACH), start)
        ]
        return words_of(blank(draft.visible, subtract_spans(hidden, draft.own_replies)), draft.templates)

    @functools.cached_property
    def action_mentions(self) -> list[ActionMention]:
        """Return every action named where the draft proposes, with how each reads."""
        return read_actions(self.catalog, self.draft.words, self.proposal_spans(), self.today, self.language)

    def proposed_actions(self) -> dict[str, tuple[int, int]]:
        """Return the on-site actions the draft proposes, with where each is first named.

        Only the title, the opening statement and the proposed-action sections count, and only
        what the proposer asks for: not an action denied, put as one option among several,
        made a condition of one, or told as a precedent.
        """
        return proposed(self.action_mentions)


def negated(text: str, offset: int, negation: re.Pattern[str]) -> bool:
    """Return whether ``negation`` comes shortly before ``offset`` in the same sentence."""
    window = text[max(0, offset - 40) : offset]
    window = re.split(r"[.!?;:\n]", window)[-1]
    return bool(negation.search(window))


def sentences(text: str, start: int, end: int, language: str | None = None) -> Iterable[tuple[int, int]]:
    """Yield the sentence spans between ``start`` and ``end`` (see ``detectors.sentences``)."""
    return sentence_spans(text, start, end, language)


DraftCheck = Callable[[DraftContext], Iterable[Finding]]
