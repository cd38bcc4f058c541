"""canvassing, meatpuppetry (and channels of any rule): how the discussion is made known.

Channels come from the catalogue (``tactics.yaml`` ``channels``): an inappropriate one is
flagged with the rule it breaks and the catalogue's reason and alternative. The same
file's phrase groups are looked for in what the proposer plans to write.
"""

from __future__ import annotations

from collections.abc import Iterator

from advocacy_cli.checks import AnswerContext
from advocacy_cli.findings import Finding
from advocacy_cli.rules import RULES_BY_NAME
from advocacy_cli.rules.answers.phrasing import phrase_findings
from advocacy_cli.rules.answers.texts import proposer_plans, whole

PHRASE_RULES = ("canvassing", "meatpuppetry")
# A channel with no rule of its own still misleads a discussion; canvassing is the
# closest general rule (WP:CANVASS covers every inappropriate notification).
DEFAULT_CHANNEL_RULE = "canvassing"


def check_channels(ctx: AnswerContext) -> Iterator[Finding]:
    """Flag every outreach channel the catalogue marks as not appropriate."""
    for index, outreach in enumerate(ctx.answers.outreach):
        channel = ctx.catalog.channels.get(outreach.channel)
        if channel is None or channel.appropriate:
            continue
        rule = channel.rule if channel.rule in RULES_BY_NAME else DEFAULT_CHANNEL_RULE
        yield ctx.finding(
            rule,
            f"outreach[{index}].channel",
            f"{channel.title}: {channel.why}",
            suggestion=channel.instead or "Leave a neutral notice at the village pump instead.",
            policy=channel.policy,
            span=whole(outreach.channel),
        )


def check_phrases(ctx: AnswerContext) -> Iterator[Finding]:
    """Flag canvassing and meatpuppetry wording in the proposer's plans."""
    texts = list(proposer_plans(ctx.answers))
    for rule in PHRASE_RULES:
        yield from phrase_findings(ctx, rule, texts)
