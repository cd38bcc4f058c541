"""``loaded-wording``: shouting or loaded words in what the drafts say.

Answers and drafts are read by the same detector (``detectors.shouting.find_loaded``): every
free-text answer that reaches a draft, and a draft's headings and opening statement.
"""

from __future__ import annotations

from collections.abc import Iterator

from advocacy_cli.checks import AnswerContext
from advocacy_cli.findings import Finding, Severity
from advocacy_cli.lint.context import DraftContext
from advocacy_cli.rules import policies as p
from advocacy_cli.rules.base import BOTH, Rule, RuleUnit
from advocacy_cli.rules.detectors.shouting import find_loaded, vocabulary
from advocacy_cli.rules.detectors.texts import drafted_texts

LOADED_WORDING = Rule(
    name="loaded-wording",
    severity=Severity.WARNING,
    targets=BOTH,
    summary="Loaded or shouting wording in the heading or the question.",
    explanation=(
        "The heading and the question are what every notice repeats. ALL CAPS, strings of "
        "exclamation marks, and words such as 'evil' or 'everyone agrees' read as campaigning and "
        "turn editors against a proposal that may be sound. State the question plainly and keep "
        "your arguments for your own comment in the discussion. In the answers, every text that "
        "reaches the drafts is read the same way, so check and new warn about what lint would "
        "flag in the drafts."
    ),
    policies=(p.WRITING_RFC, p.NPOV, p.CANVASS),
    example_fail="== STOP THIS EVIL LAW!!! ==\nEveryone agrees we must black out. ~~~~",
    example_pass=(
        "== RfC: Banner about the Online Platforms Liability Directive ==\n"
        "Should the project run a 48-hour informational banner about the directive? ~~~~"
    ),
)


def check_answers(ctx: AnswerContext) -> Iterator[Finding]:
    """Warn on shouting, exclamation marks and loaded phrases in every answer the drafts repeat."""
    words = vocabulary(ctx.catalog)
    for field, text in drafted_texts(ctx.answers):
        for loaded in find_loaded(text, ctx.catalog, LOADED_WORDING.name, words):
            yield ctx.finding(
                LOADED_WORDING,
                field,
                loaded.message,
                suggestion=loaded.suggestion,
                policy=loaded.policy,
                span=(text, loaded.start, loaded.end),
            )


def _loaded_spans(ctx: DraftContext) -> list[tuple[int, int]]:
    draft = ctx.draft
    spans = [(s.title_start, s.title_end) for s in draft.sections]
    spans.append(draft.intro_span())
    return spans


def check_draft(ctx: DraftContext) -> Iterator[Finding]:
    """Report shouting and loaded words in the headings and the opening statement."""
    words = ctx.draft.words
    vocabulary_ = vocabulary(ctx.catalog)
    for start, end in _loaded_spans(ctx):
        for loaded in find_loaded(words[start:end], ctx.catalog, LOADED_WORDING.name, vocabulary_):
            yield ctx.finding(
                LOADED_WORDING,
                start + loaded.start,
                start + loaded.end,
                loaded.message,
                loaded.suggestion,
                loaded.policy,
            )


UNIT = RuleUnit(rules=(LOADED_WORDING,), answer_checks=(check_answers,), draft_checks=(check_draft,))
