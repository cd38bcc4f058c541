"""``off-mission``: a cause outside the topics of interest, or one the projects must stay out of."""

from __future__ import annotations

from collections.abc import Iterator

from advocacy_cli.answers import OTHER_TOPIC
from advocacy_cli.checks import AnswerContext
from advocacy_cli.findings import Finding, Severity
from advocacy_cli.lint.context import DraftContext
from advocacy_cli.phrases import find_out_of_scope
from advocacy_cli.rules import policies as p
from advocacy_cli.rules.base import BOTH, Rule, RuleUnit
from advocacy_cli.rules.detectors.acts import Act, find_acts, overlaps
from advocacy_cli.rules.detectors.texts import drafted_texts, whole

OFF_MISSION = Rule(
    name="off-mission",
    severity=Severity.WARNING,
    targets=BOTH,
    summary="A cause outside the topics of interest (an error for endorsing a candidate or party).",
    explanation=(
        "Wikimedians act together on causes tied to the free-knowledge mission: the public "
        "domain, copyright and freedom of panorama, censorship and blocking, laws that threaten "
        "the projects, access to knowledge and privacy. Other causes, however worthy, divide "
        "editors and risk the projects' neutrality. The Foundation may not support or oppose "
        "political candidates, so endorsing a candidate or party is an error."
    ),
    policies=(p.GUIDE, p.SOAP, p.ADVOCACY_POLICY),
    example_fail="== RfC: Banner asking readers to vote for the candidate of the Green party ==",
    example_pass="== RfC: Banner about the copyright directive's upload filters ==",
)


def check_answers(ctx: AnswerContext) -> Iterator[Finding]:
    """Warn on topic ``other``; flag text naming an out-of-scope cause at its severity."""
    if ctx.answers.cause.topic == OTHER_TOPIC:
        topics = ", ".join(sorted(ctx.catalog.topics))
        yield ctx.finding(
            OFF_MISSION,
            "cause.topic",
            "The cause is not one of the topics Wikimedians act on together; communities "
            "support causes that clearly touch the free-knowledge mission.",
            suggestion=(
                "Explain in the impact answer (cause.impact) how the cause affects the "
                f"projects, their editors or their readers, or pick the closest topic if one fits ({topics})."
            ),
            span=whole(OTHER_TOPIC),
        )
    # Electoral content is an error in any answer the drafts repeat, whatever the topic:
    # an endorsement in any words, and the catalogue's out-of-scope causes.
    for field, text in drafted_texts(ctx.answers):
        for found in find_acts(ctx.catalog, text):
            if found.act is Act.ENDORSING:
                yield ctx.finding(
                    OFF_MISSION,
                    field,
                    f"{_ENDORSING}: '{found.cues[0]}'.",
                    suggestion="Leave candidates and parties out; ask only for what concerns the projects.",
                    severity=Severity.ERROR,
                    span=(text, found.start, found.end),
                )
    for field, text in drafted_texts(ctx.answers):
        for entry, match in find_out_of_scope(text, ctx.catalog):
            yield ctx.finding(
                OFF_MISSION,
                field,
                f"{entry.title}: '{match.text}'. {entry.why}",
                suggestion=(
                    "Leave this out and ask only for what concerns the projects themselves; "
                    "a cause of this kind belongs outside Wikimedia's sites."
                ),
                policy=entry.sources[0],
                severity=Severity(entry.severity),
                span=(text, match.start, match.end),
            )


_ENDORSING = (
    "Endorsing a person or party in an election: the projects and the Foundation take no side in elections"
)


def check_draft(ctx: DraftContext) -> Iterator[Finding]:
    """Report out-of-scope causes named in the proposer's own words, and endorsements in any words."""
    words = ctx.said
    named = []
    for entry, match in find_out_of_scope(words, ctx.catalog):
        named.append((match.start, match.end))
        yield ctx.finding(
            OFF_MISSION,
            match.start,
            match.end,
            f"outside the topics of interest: {entry.title.lower()}",
            "tie the proposal to a free-knowledge topic (copyright, censorship, liability) or drop it",
            severity=Severity(entry.severity),
        )
    for found in find_acts(ctx.catalog, words, language=ctx.language):
        if found.act is Act.ENDORSING and not overlaps(found, named):
            yield ctx.finding(
                OFF_MISSION,
                found.start,
                found.end,
                f"{_ENDORSING[0].lower()}{_ENDORSING[1:]}: '{found.cues[0]}'",
                "leave candidates and parties out; ask only for what concerns the projects",
                severity=Severity.ERROR,
            )


UNIT = RuleUnit(rules=(OFF_MISSION,), answer_checks=(check_answers,), draft_checks=(check_draft,))
