"""``article-advocacy``: asking for article content to be changed to promote the cause."""

from __future__ import annotations

from collections.abc import Iterator

from advocacy_cli.checks import AnswerContext
from advocacy_cli.findings import Finding, Severity
from advocacy_cli.lint.context import DraftContext
from advocacy_cli.phrases import find_phrases
from advocacy_cli.rules import policies as p
from advocacy_cli.rules.base import BOTH, Rule, RuleUnit
from advocacy_cli.rules.detectors.acts import Act, describe, find_acts, overlaps
from advocacy_cli.rules.detectors.phrasing import draft_phrase_findings, phrase_findings
from advocacy_cli.rules.detectors.texts import action_details, outreach_notes

ARTICLE_ADVOCACY = Rule(
    name="article-advocacy",
    severity=Severity.ERROR,
    targets=BOTH,
    summary="Asking to change article content to promote the cause.",
    explanation=(
        "Articles follow the neutral point of view; Wikipedia is not a soapbox. A proposal may "
        "ask for banners or notices around the content, or for neutral coverage of the issue, "
        "but never for articles to be edited to promote a side."
    ),
    policies=(p.SOAP, p.NPOV),
    example_fail="We ask editors to add a call to action against the bill to the article. ~~~~",
    example_pass="WikiProject Law may want to improve the neutral coverage of the bill. ~~~~",
)


def check_answers(ctx: AnswerContext) -> Iterator[Finding]:
    """Flag the catalogue's article-advocacy phrases in the summary, details and notes."""
    texts = [
        ("cause.summary", ctx.answers.cause.summary),
        *action_details(ctx.answers),
        *outreach_notes(ctx.answers),
    ]
    yield from phrase_findings(ctx, ARTICLE_ADVOCACY, texts)


def check_draft(ctx: DraftContext) -> Iterator[Finding]:
    """Report the catalogue's article-advocacy phrases in the proposer's own words."""
    yield from draft_phrase_findings(ctx, ARTICLE_ADVOCACY)
    words = ctx.draft.words
    acts = [f for f in find_acts(ctx.catalog, words, language=ctx.language) if f.act is Act.ARTICLE_PROMOTION]
    phrases = (
        [(m.start, m.end) for _, m in find_phrases(words, ctx.catalog, ARTICLE_ADVOCACY.name)] if acts else []
    )
    for found in acts:
        if not overlaps(found, phrases):
            yield ctx.finding(
                ARTICLE_ADVOCACY,
                found.start,
                found.end,
                describe(found),
                "articles stay neutral: improve their sourcing, and keep the cause's links and "
                "calls to action out of them",
            )


UNIT = RuleUnit(rules=(ARTICLE_ADVOCACY,), answer_checks=(check_answers,), draft_checks=(check_draft,))
