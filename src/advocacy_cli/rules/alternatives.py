"""``no-alternatives``: disruptive actions need the less disruptive ones weighed first."""

from __future__ import annotations

from collections.abc import Iterator

from advocacy_cli.checks import AnswerContext
from advocacy_cli.findings import Finding, Severity
from advocacy_cli.lint.context import DraftContext
from advocacy_cli.rules import policies as p
from advocacy_cli.rules.base import BOTH, Rule, RuleUnit
from advocacy_cli.rules.detectors.content import parts_about, says
from advocacy_cli.rules.detectors.proposals import Reading, proposed
from advocacy_cli.rules.detectors.texts import a_title, whole

NO_ALTERNATIVES = Rule(
    name="no-alternatives",
    severity=Severity.ERROR,
    targets=BOTH,
    summary="A banner, logo change or blackout proposed with no alternatives considered.",
    explanation=(
        "Banners, logo changes and blackouts change what every reader sees, so communities "
        "expect them only when less disruptive actions were weighed: a blog post, a statement by "
        "the chapter, main-page curation, a consultation response. Say which you considered and "
        "why they are not enough."
    ),
    policies=(p.GUIDE, p.ADVOCACY_POLICY),
    example_fail="=== Proposed action ===\nA 24-hour blackout of the site. ~~~~",
    example_pass=(
        "=== Proposed action ===\nA 24-hour blackout of the site. ~~~~\n"
        "=== Alternatives considered ===\n* A blog post: it reaches few readers."
    ),
)


def _gentler(ctx: AnswerContext, than: int) -> str:
    """Name the catalogue's actions less disruptive than ``than``, least first."""
    gentler = [a for a in ctx.catalog.actions_by_disruption() if a.disruption < than]
    return ", ".join(a.title[:1].lower() + a.title[1:] for a in gentler[:4])


def check_answers(ctx: AnswerContext) -> Iterator[Finding]:
    """Require alternatives where the catalogue says so; flag an alternative equal to the action."""
    kind = ctx.answers.action.kind
    action = ctx.catalog.actions.get(kind)
    if action is None:
        return
    if action.needs_alternatives and not ctx.answers.alternatives:
        gentler = _gentler(ctx, action.disruption)
        yield ctx.finding(
            NO_ALTERNATIVES,
            "action.kind",
            f"{a_title(action.title, start=True)} changes what every reader sees, and no "
            "alternatives are given; communities expect to hear which less disruptive "
            "actions were weighed and why they are not enough.",
            suggestion=(
                "Name the other actions you considered, each with why it is not enough (alternatives)"
                + (f", for example: {gentler}" if gentler else "")
                + "."
            ),
            span=whole(kind),
        )
    for index, alternative in enumerate(ctx.answers.alternatives):
        if alternative.kind == kind:
            yield ctx.finding(
                NO_ALTERNATIVES,
                f"alternatives[{index}].kind",
                f"The alternative is the proposed action itself ({kind}); it does not show "
                "that anything else was considered.",
                suggestion=(
                    "List a different action, such as a less disruptive one, and why it was not chosen."
                ),
                severity=Severity.WARNING,
                span=whole(alternative.kind),
            )


def check_draft(ctx: DraftContext) -> Iterator[Finding]:
    """Require alternatives considered for a banner, logo change or blackout."""
    draft = ctx.draft
    # Alternatives count wherever they stand: a section with any title that names them, a
    # sentence that weighs one, or the options the proposal itself puts to the community.
    parts = parts_about(ctx.catalog, draft, "alternatives", "alternatives-headings")
    if any(draft.words[a:b].strip() for a, b in parts):
        return
    # A sentence that weighs one, or doing nothing offered as an option ("L'option « aucune
    # action »").
    if says(ctx.catalog, "alternatives-cues", draft.words) or says(ctx.catalog, "option-none", draft.words):
        return
    mentions = ctx.action_mentions
    if any(m.reading is Reading.OPTION for m in mentions):
        return
    chosen = proposed(mentions)
    # Another action the proposer rules out ("a blackout we expressly do not want") shows
    # the less or more disruptive ways were weighed.
    if any(m.reading is Reading.NEGATED and m.action not in chosen for m in mentions):
        return
    for key, (start, end) in chosen.items():
        action = ctx.catalog.actions.get(key)
        if action is not None and not action.needs_alternatives:
            continue
        title = action.title.lower() if action else key
        yield ctx.finding(
            NO_ALTERNATIVES,
            start,
            end,
            f"proposed: {title}, but no alternatives considered are given",
            "add a section 'Alternatives considered': a blog post, a statement, main-page "
            "curation, doing nothing, and why they are not enough",
        )
        return


UNIT = RuleUnit(rules=(NO_ALTERNATIVES,), answer_checks=(check_answers,), draft_checks=(check_draft,))
