"""``loaded-wording``: shouting or loaded words in what every notice repeats."""

from __future__ import annotations

from collections.abc import Iterator

from advocacy_cli.checks import AnswerContext
from advocacy_cli.findings import Finding, Severity
from advocacy_cli.lint.context import DraftContext
from advocacy_cli.phrases import find_phrases
from advocacy_cli.rules import policies as p
from advocacy_cli.rules.base import BOTH, Rule, RuleUnit
from advocacy_cli.rules.detectors.phrasing import phrase_finding
from advocacy_cli.rules.detectors.shouting import (
    ANSWER_BANGS,
    DRAFT_BANGS,
    draft_capital_runs,
    find_shouting,
    known_acronyms,
)
from advocacy_cli.rules.detectors.texts import cause_heading

LOADED_WORDING = Rule(
    name="loaded-wording",
    severity=Severity.WARNING,
    targets=BOTH,
    summary="Loaded or shouting wording in the heading or the question.",
    explanation=(
        "The heading and the question are what every notice repeats. ALL CAPS, strings of "
        "exclamation marks, and words such as 'evil' or 'everyone agrees' read as campaigning and "
        "turn editors against a proposal that may be sound. State the question plainly and keep "
        "your arguments for your own comment in the discussion."
    ),
    policies=(p.WRITING_RFC, p.NPOV, p.CANVASS),
    example_fail="== STOP THIS EVIL LAW!!! ==\nEveryone agrees we must black out. ~~~~",
    example_pass=(
        "== RfC: Banner about the Online Platforms Liability Directive ==\n"
        "Should the project run a 48-hour informational banner about the directive? ~~~~"
    ),
)


def check_answers(ctx: AnswerContext) -> Iterator[Finding]:
    """Warn on capitals, repeated exclamation marks and loaded phrases in the title and summary."""
    acronyms = known_acronyms(ctx.catalog)
    for field, text in cause_heading(ctx.answers):
        shout = find_shouting(text, acronyms)
        if shout is not None:
            yield ctx.finding(
                LOADED_WORDING,
                field,
                f"Shouting ({shout.what}: '{text[shout.start : shout.end]}'); it reads as a "
                "campaign slogan, and editors turn against proposals that shout.",
                suggestion="Write it in sentence case; keep capitals for acronyms such as EU.",
                span=(text, shout.start, shout.end),
            )
        phrases = list(find_phrases(text, ctx.catalog, LOADED_WORDING.name))
        for group, match in phrases:
            yield phrase_finding(ctx, field, text, group, match)
        for bangs in ANSWER_BANGS.finditer(text):
            # The catalogue may already name longer runs; report each run once.
            if any(m.start < bangs.end() and bangs.start() < m.end for _, m in phrases):
                continue
            yield ctx.finding(
                LOADED_WORDING,
                field,
                "Repeated exclamation marks read as campaigning, not as a question for the community.",
                suggestion="End with a full stop or a plain question mark.",
                span=(text, bangs.start(), bangs.end()),
            )
            break


def _loaded_spans(ctx: DraftContext) -> list[tuple[int, int]]:
    draft = ctx.draft
    spans = [(s.title_start, s.title_end) for s in draft.sections]
    spans.append(draft.intro_span())
    return spans


def check_draft(ctx: DraftContext) -> Iterator[Finding]:
    """Report shouting and loaded words in the headings and the opening question."""
    words = ctx.draft.words
    for start, end in _loaded_spans(ctx):
        for a, b in draft_capital_runs(words, start, end):
            yield ctx.finding(
                LOADED_WORDING, a, b, "shouting in capital letters", "write the words in normal case"
            )
        for m in DRAFT_BANGS.finditer(words, start, end):
            yield ctx.finding(
                LOADED_WORDING,
                m.start(),
                m.end(),
                "a string of exclamation marks",
                "ask the question calmly, with one full stop or question mark",
            )
        for group, match in find_phrases(words[start:end], ctx.catalog, LOADED_WORDING.name):
            yield ctx.finding(
                LOADED_WORDING,
                start + match.start,
                start + match.end,
                group.message,
                group.suggestion,
                group.policy,
            )


UNIT = RuleUnit(rules=(LOADED_WORDING,), answer_checks=(check_answers,), draft_checks=(check_draft,))
