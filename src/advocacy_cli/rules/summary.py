"""``missing-summary``: a neutral question or summary before the first subsection."""

from __future__ import annotations

from collections.abc import Iterator

from advocacy_cli.findings import Finding, Severity
from advocacy_cli.lint.context import DraftContext
from advocacy_cli.rules import policies as p
from advocacy_cli.rules.base import DRAFT, Rule, RuleUnit
from advocacy_cli.rules.detectors.content import named
from advocacy_cli.rules.detectors.words import long_word_count

MIN_SUMMARY_WORDS = 6

MISSING_SUMMARY = Rule(
    name="missing-summary",
    severity=Severity.ERROR,
    targets=DRAFT,
    summary="No neutral question or summary before the first subsection.",
    explanation=(
        "A request for comment opens with a brief, neutral question or summary, signed, before "
        "any background or argument. Many editors read only that opening and the notices repeat "
        "it, so it must stand on its own and ask something specific."
    ),
    policies=(p.WRITING_RFC, p.RFC),
    example_fail="== Banner about the directive ==\n=== Background ===\nThe directive ... ~~~~",
    example_pass=(
        "== Banner about the directive ==\nShould the project run a 48-hour banner about the "
        "directive for readers in the EU? ~~~~\n=== Background ===\nThe directive ..."
    ),
)


def _statement_span(ctx: DraftContext) -> tuple[int, int]:
    """Return the opening statement, or the body of a summary section that comes first."""
    draft = ctx.draft
    start, end = draft.intro_span()
    if long_word_count(draft.words[start:end]) >= MIN_SUMMARY_WORDS:
        return start, end
    # A question or summary under its own heading or label counts wherever it stands: a
    # Meinungsbild puts "Frage" after "Initiatoren", a vote page opens with a bold "Pregunta:".
    for part in draft.parts_with("summary"):
        if long_word_count(draft.words[part.body_start : part.end]) >= MIN_SUMMARY_WORDS:
            return part.body_start, part.end
    # A page that opens with its signatories ("Initiatoren", "Unterstützer") states its
    # question in the first section after them, whatever its title ("Problembeschreibung").
    following = [s for s in draft.sections if s is not draft.title]
    signing = 0
    while signing < len(following) and _lists_signatories(ctx, following[signing].title):
        signing += 1
    if 0 < signing < len(following):
        first = following[signing]
        return first.body_start, first.end
    return start, end


def _lists_signatories(ctx: DraftContext, title: str) -> bool:
    return any(named(ctx.catalog, concept, title) for concept in ("cosigner-headings", "endorser-headings"))


def check_draft(ctx: DraftContext) -> Iterator[Finding]:
    """Require a neutral question or summary before the first subsection."""
    draft = ctx.draft
    start, end = _statement_span(ctx)
    if long_word_count(draft.words[start:end]) >= MIN_SUMMARY_WORDS:
        return
    anchor = next((s for s in draft.sections if s is not draft.title), None) or draft.title
    span = ctx.at_section(anchor)
    yield ctx.finding(
        MISSING_SUMMARY,
        *span,
        "no question or summary before the first subsection",
        "open with one or two neutral sentences that ask the question, then sign them with ~~~~",
    )


UNIT = RuleUnit(rules=(MISSING_SUMMARY,), draft_checks=(check_draft,))
