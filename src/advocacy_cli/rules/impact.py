"""``missing-impact``: how the cause affects the projects, their editors or their readers."""

from __future__ import annotations

from collections.abc import Iterator

from advocacy_cli.checks import AnswerContext
from advocacy_cli.findings import Finding, Severity
from advocacy_cli.lint import lexicon
from advocacy_cli.lint.context import DraftContext, sentences
from advocacy_cli.rules import policies as p
from advocacy_cli.rules.base import BOTH, Rule, RuleUnit
from advocacy_cli.rules.detectors.content import parts_about
from advocacy_cli.rules.detectors.words import long_word_count, lowered_words, word_count

# An impact answer shorter than this cannot show a link between the cause and the projects.
MIN_WORDS = 8
# An impact section shorter than this in a draft is a heading without content.
MIN_IMPACT_WORDS = 5

MISSING_IMPACT = Rule(
    name="missing-impact",
    severity=Severity.WARNING,
    targets=BOTH,
    summary="No explanation of how the cause affects the projects.",
    explanation=(
        "Communities act on causes that directly affect the projects, their editors or their "
        "readers. A proposal that does not explain that link reads as a request to lend the "
        "site's reach to someone else's campaign."
    ),
    policies=(p.GUIDE,),
    example_fail="=== Background ===\nThe directive is bad. ~~~~",
    example_pass=(
        "=== Why this matters to the project ===\nCommons would have to filter uploads "
        "against rightsholder lists."
    ),
)


def restates(impact: str, summary: str) -> bool:
    """Return whether ``impact`` only repeats (part of) ``summary``, word for word."""
    said, told = lowered_words(impact), lowered_words(summary)
    if not said:
        return False
    size = len(said)
    return any(told[i : i + size] == said for i in range(len(told) - size + 1))


def check_answers(ctx: AnswerContext) -> Iterator[Finding]:
    """Warn when the impact is too short to show a link, or repeats the summary."""
    impact, summary = ctx.answers.cause.impact, ctx.answers.cause.summary
    suggestion = (
        "Say concretely what changes for the projects, their editors or their readers: "
        "what content, uploads, access or privacy is at stake, and where."
    )
    if restates(impact, summary):
        yield ctx.finding(
            MISSING_IMPACT,
            "cause.impact",
            "The impact repeats the summary; it does not say how the cause affects the projects.",
            suggestion=suggestion,
        )
    elif word_count(impact) < MIN_WORDS:
        yield ctx.finding(
            MISSING_IMPACT,
            "cause.impact",
            f"The impact is {word_count(impact)} words long, too short to show how the cause "
            "affects the projects.",
            suggestion=suggestion,
        )


def check_draft(ctx: DraftContext) -> Iterator[Finding]:
    """Require an explanation of how the cause affects the projects."""
    draft = ctx.draft
    # The part may have any title that says what it is about ("Why it matters for Commons").
    for start, end in parts_about(ctx.catalog, draft, "impact", "impact-headings"):
        if long_word_count(draft.words[start:end]) >= MIN_IMPACT_WORDS:
            return
    words = draft.words
    names = lexicon.pattern(ctx.catalog, "project-words")
    things = lexicon.pattern(ctx.catalog, "project-things")
    effects = lexicon.pattern(ctx.catalog, "impact-words")
    actions = list(lexicon.action_words(ctx.catalog).values())
    talks_of_projects = False
    for start, end in sentences(words, 0, len(words), ctx.language):
        chunk = words[start:end]
        about_things = things.search(chunk) is not None
        if (about_things or names.search(chunk)) and effects.search(chunk):
            return
        # A sentence about the projects' articles, images, editors or readers that is not the
        # request itself may well say the link in words no list knows; "Wikipedia cares" or
        # "Wikipedia should take part" does not.
        if about_things and not any(p.search(chunk) for p in actions):
            talks_of_projects = True
    anchor = next(iter(draft.sections_with("impact")), None) or draft.title
    # Sure only where the site's reach is asked for (a banner, a logo, a blackout) and no
    # sentence but the request speaks of the projects; otherwise a note of what was assumed.
    on_site = bool(ctx.proposed_actions())
    sure = on_site and not talks_of_projects
    if not on_site:
        why_note = " (no banner, logo or blackout is proposed, so this is a note)"
    elif talks_of_projects:
        why_note = " (the draft speaks of the projects elsewhere; check that it says how they are affected)"
    else:
        why_note = ""
    yield ctx.finding(
        MISSING_IMPACT,
        *ctx.at_section(anchor),
        "the draft does not explain how the cause affects the projects, their editors or readers" + why_note,
        "add a section such as 'Why this matters' with the concrete effect on the projects",
        severity=None if sure else Severity.INFO,
    )


UNIT = RuleUnit(rules=(MISSING_IMPACT,), answer_checks=(check_answers,), draft_checks=(check_draft,))
