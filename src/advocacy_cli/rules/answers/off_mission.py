"""off-mission: a cause outside the topics of interest, or one the projects must stay out of."""

from __future__ import annotations

from collections.abc import Iterator

from advocacy_cli.answers import OTHER_TOPIC
from advocacy_cli.checks import AnswerContext
from advocacy_cli.findings import Finding, Severity
from advocacy_cli.phrases import find_out_of_scope
from advocacy_cli.rules.answers.texts import action_details, cause_heading, whole

RULE = "off-mission"


def check(ctx: AnswerContext) -> Iterator[Finding]:
    """Warn on topic ``other``; flag text naming an out-of-scope cause at its severity."""
    if ctx.answers.cause.topic == OTHER_TOPIC:
        topics = ", ".join(sorted(ctx.catalog.topics))
        yield ctx.finding(
            RULE,
            "cause.topic",
            "The cause is not one of the topics Wikimedians act on together; communities "
            "support causes that clearly touch the free-knowledge mission.",
            suggestion=(
                "Explain in the impact answer (cause.impact) how the cause affects the "
                f"projects, their editors or their readers, or pick the closest topic if one fits ({topics})."
            ),
            span=whole(OTHER_TOPIC),
        )
    for field, text in [*cause_heading(ctx.answers), *action_details(ctx.answers)]:
        for entry, match in find_out_of_scope(text, ctx.catalog):
            yield ctx.finding(
                RULE,
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
