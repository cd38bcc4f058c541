"""``missing-centralnotice``: a banner needs its CentralNotice request and the Foundation told."""

from __future__ import annotations

from collections.abc import Iterator

from advocacy_cli.findings import Finding, Severity
from advocacy_cli.lint import lexicon
from advocacy_cli.lint.context import DraftContext
from advocacy_cli.rules import policies as p
from advocacy_cli.rules.base import DRAFT, Rule, RuleUnit

MISSING_CENTRALNOTICE = Rule(
    name="missing-centralnotice",
    severity=Severity.WARNING,
    targets=DRAFT,
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


def check_draft(ctx: DraftContext) -> Iterator[Finding]:
    """Require the CentralNotice request and the Foundation's notification for a banner."""
    actions = ctx.proposed_actions()
    if "banner" not in actions:
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
            *actions["banner"],
            f"a banner is proposed without {' or '.join(missing)}",
            "say that the banner will be requested at [[m:CentralNotice/Request]] at least 14 days "
            "ahead and that the Foundation will be notified",
        )


UNIT = RuleUnit(rules=(MISSING_CENTRALNOTICE,), draft_checks=(check_draft,))
