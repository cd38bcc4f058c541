"""``canvassing`` and ``meatpuppetry``: how the discussion is made known, and who is brought in.

Channels come from the catalogue (``tactics.yaml`` ``channels``): an inappropriate one is
flagged with the rule it breaks and the catalogue's reason and alternative. The same
file's phrase groups are looked for in what the proposer plans or writes.
"""

from __future__ import annotations

from collections.abc import Iterator

from advocacy_cli.catalog import Catalog
from advocacy_cli.checks import AnswerContext
from advocacy_cli.findings import Finding, Severity
from advocacy_cli.lint import lexicon
from advocacy_cli.lint.context import DraftContext
from advocacy_cli.phrases import find_phrases
from advocacy_cli.rules import policies as p
from advocacy_cli.rules.base import BOTH, Rule, RuleUnit
from advocacy_cli.rules.detectors.acts import Act, ActFound, describe, find_acts, overlaps
from advocacy_cli.rules.detectors.phrasing import draft_phrase_findings, phrase_findings
from advocacy_cli.rules.detectors.texts import proposer_plans, whole

# Four or more user talk pages in one draft is a mass notification (WP:CANVASS "spamming").
MASS_NOTICE = 4

CANVASSING = Rule(
    name="canvassing",
    severity=Severity.ERROR,
    targets=BOTH,
    summary="Mass, partisan or secret notification; telling people how to vote; user-talk blasts.",
    explanation=(
        "Notices about a discussion must be few, neutral, sent to a non-partisan audience and made "
        "in the open. Posting on many user talk pages, picking recipients by their opinions, "
        "telling people how to vote, or coordinating by email or chat is canvassing: the closer "
        "discounts the comments it brings and the proposal loses credibility."
    ),
    policies=(p.CANVASS,),
    example_fail="Please tell our supporters to come and vote Support at [[WP:VPR]]. ~~~~",
    example_pass="A neutral notice will be left at [[WP:CENT]]; comments are welcome. ~~~~",
)

MEATPUPPETRY = Rule(
    name="meatpuppetry",
    severity=Severity.ERROR,
    targets=BOTH,
    summary="Recruiting supporters to create accounts or join in order to vote.",
    explanation=(
        "Bringing in people, on or off the wiki, to create accounts and take one side of a "
        "discussion is prohibited. Newcomers acting together are treated as one voice, their "
        "comments carry little weight, and the attempt can end the proposal."
    ),
    policies=(p.MEAT, p.CONSENSUS),
    example_fail="Ask your members to create an account and vote for the banner. ~~~~",
    example_pass="The discussion is open to established editors of this project. ~~~~",
)

PHRASE_RULES = (CANVASSING, MEATPUPPETRY)
# A channel with no rule of its own still misleads a discussion; canvassing is the
# closest general rule (WP:CANVASS covers every inappropriate notification).
DEFAULT_CHANNEL_RULE = CANVASSING


def check_channels(ctx: AnswerContext) -> Iterator[Finding]:
    """Flag every outreach channel the catalogue marks as not appropriate."""
    from advocacy_cli.rules.registry import RULES_BY_NAME

    for index, outreach in enumerate(ctx.answers.outreach):
        channel = ctx.catalog.channels.get(outreach.channel)
        if channel is None or channel.appropriate:
            continue
        rule = RULES_BY_NAME.get(channel.rule or "", DEFAULT_CHANNEL_RULE)
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
    for field, text in texts:
        for found, forbidding in _acts(ctx.catalog, text, None):
            yield ctx.finding(
                forbidding,
                field,
                f"The plan does this: {describe(found)}.",
                suggestion=_ACT_SUGGESTIONS[found.act],
                span=(text, found.start, found.end),
            )


# The act each rule forbids, whatever words do it.
_ACTS = {
    Act.RECRUITING: CANVASSING,
    Act.PARTISAN_NOTICE: CANVASSING,
    Act.PARTISAN_CALL: CANVASSING,
    Act.ACCOUNTS: MEATPUPPETRY,
}
_ACT_SUGGESTIONS = {
    Act.RECRUITING: "tell your members about the law, not about the on-wiki discussion; notify the "
    "community only through open, neutral notices",
    Act.PARTISAN_NOTICE: "leave one neutral notice at the village pump and the relevant WikiProjects, "
    "inviting comments rather than support",
    Act.PARTISAN_CALL: "share the discussion, if at all, with a neutral invitation to comment, and "
    "never with a call to support",
    Act.ACCOUNTS: "do not ask anyone to create or build up accounts to take part; only the views of "
    "existing editors count",
}


def _acts(catalog: Catalog, text: str, language: str | None) -> Iterator[tuple[ActFound, Rule]]:
    """Yield each recruiting or account-making act with its rule, unless a phrase already said it.

    Asking members to make accounts and vote is meatpuppetry, the narrower rule: canvassing is
    not reported for the same sentence.
    """
    found = [f for f in find_acts(catalog, text, language=language) if f.act in _ACTS]
    if not found:  # the phrases are searched again only when there is an act to compare
        return
    said = [(m.start, m.end) for rule in PHRASE_RULES for _, m in find_phrases(text, catalog, rule.name)]
    accounts = [(f.start, f.end) for f in found if f.act is Act.ACCOUNTS]
    reported: list[tuple[int, int]] = []
    for act in found:
        forbidding = _ACTS.get(act.act)
        if forbidding is None or overlaps(act, said):
            continue
        if act.act is not Act.ACCOUNTS:
            # One sentence, one finding: a call that is both recruiting and partisan is one act.
            if overlaps(act, accounts) or overlaps(act, reported):
                continue
            reported.append((act.start, act.end))
        yield act, forbidding


def _draft_acts(ctx: DraftContext) -> Iterator[Finding]:
    """Report recruiting and account-making in any word order, where no catalogue phrase did."""
    for found, forbidding in _acts(ctx.catalog, ctx.said, ctx.language):
        yield ctx.finding(forbidding, found.start, found.end, describe(found), _ACT_SUGGESTIONS[found.act])


def check_draft(ctx: DraftContext) -> Iterator[Finding]:
    """Report canvassing and meatpuppetry wording, and notices to many user talk pages."""
    for rule in PHRASE_RULES:
        yield from draft_phrase_findings(ctx, rule)
    yield from _draft_acts(ctx)
    talk = list(lexicon.user_talk_link(ctx.catalog).finditer(ctx.draft.own))
    if len(talk) >= MASS_NOTICE:
        yield ctx.finding(
            CANVASSING,
            talk[0].start(),
            talk[0].end(),
            f"notices to {len(talk)} individual user talk pages are a mass notification",
            "leave one neutral notice at the village pump and the relevant WikiProjects instead",
        )


UNIT = RuleUnit(
    rules=PHRASE_RULES,
    answer_checks=(check_channels, check_phrases),
    draft_checks=(check_draft,),
)
