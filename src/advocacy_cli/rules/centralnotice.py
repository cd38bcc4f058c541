"""``missing-centralnotice``: a banner needs its CentralNotice request and the Foundation told."""

from __future__ import annotations

from collections.abc import Iterator

from advocacy_cli.checks import AnswerContext
from advocacy_cli.findings import Finding, Severity
from advocacy_cli.lint import lexicon
from advocacy_cli.lint.context import DraftContext
from advocacy_cli.rules import policies as p
from advocacy_cli.rules.base import BOTH, Rule, RuleUnit
from advocacy_cli.rules.detectors.actions import proposed_on_site
from advocacy_cli.rules.detectors.texts import a_title

MISSING_CENTRALNOTICE = Rule(
    name="missing-centralnotice",
    severity=Severity.WARNING,
    targets=BOTH,
    summary="A banner proposed without the CentralNotice request and Foundation notification.",
    explanation=(
        "Since 2026 advocacy banners must run through CentralNotice, requested on Meta at least "
        "14 days ahead, and some uses need the Foundation to be notified and a legal review. A "
        "banner proposal should say that these steps are planned."
    ),
    policies=(p.ADVOCACY_POLICY, p.CENTRALNOTICE),
    example_fail="=== Proposed action ===\nA 48-hour banner for readers in the EU.",
    example_pass=(
        "=== Proposed action ===\nA 48-hour banner for readers in the EU, requested at "
        "[[m:CentralNotice/Request]] once there is consensus; the Foundation will be notified."
    ),
)


BANNER = "banner"


def _plans_request(text: str, ctx: AnswerContext) -> bool:
    """Return whether ``text`` names both the CentralNotice request and the Foundation."""
    return all(lexicon.pattern(ctx.catalog, key).search(text) for key in ("centralnotice", "foundation"))


def check_answers(ctx: AnswerContext) -> Iterator[Finding]:
    """Warn when the details add a banner to another on-site action.

    A banner chosen as the action gets the CentralNotice request and the Foundation's
    notification in its draft; a banner described only in the details of a blackout or a
    logo change does not, and lint reports that in the draft.
    """
    answer = ctx.answers.action
    action = ctx.catalog.actions.get(answer.kind)
    if action is None or not action.on_site or answer.kind == BANNER or not answer.details:
        return
    named = proposed_on_site(answer.details, ctx.catalog)
    if BANNER not in named or _plans_request(answer.details, ctx):
        return
    start, end = named[BANNER]
    yield ctx.finding(
        MISSING_CENTRALNOTICE,
        "action.details",
        f"The details add a banner ('{answer.details[start:end]}') to {a_title(action.title)}; "
        "the draft will propose it without the CentralNotice request and the Foundation's "
        "notification that a banner needs.",
        suggestion=(
            "Say in the details that the banner will be requested at [[m:CentralNotice/Request]] "
            "at least 14 days ahead and that the Foundation will be notified, or leave the banner out."
        ),
        span=(answer.details, start, end),
    )


def check_draft(ctx: DraftContext) -> Iterator[Finding]:
    """Require the CentralNotice request and the Foundation's notification for a banner."""
    actions = ctx.proposed_actions()
    if BANNER not in actions:
        return
    own = ctx.draft.own
    missing = []
    if not lexicon.pattern(ctx.catalog, "centralnotice").search(own):
        missing.append("the CentralNotice request")
    if not lexicon.pattern(ctx.catalog, "foundation").search(ctx.draft.words):
        missing.append("notifying the Wikimedia Foundation")
    if missing:
        yield ctx.finding(
            MISSING_CENTRALNOTICE,
            *actions[BANNER],
            f"a banner is proposed without {' or '.join(missing)}",
            "say that the banner will be requested at [[m:CentralNotice/Request]] at least 14 days "
            "ahead and that the Foundation will be notified",
        )


UNIT = RuleUnit(rules=(MISSING_CENTRALNOTICE,), answer_checks=(check_answers,), draft_checks=(check_draft,))
