"""undisclosed-affiliation: who is asking, in what role, and whether it is paid work."""

from __future__ import annotations

from collections.abc import Iterator

from advocacy_cli.checks import AnswerContext
from advocacy_cli.findings import Finding, Severity
from advocacy_cli.rules import policies

RULE = "undisclosed-affiliation"


def check(ctx: AnswerContext) -> Iterator[Finding]:
    """Require the proposer's role; remind paid proposers of the Terms of Use disclosure."""
    organisation = ctx.answers.organisation
    if not organisation.role:
        paid = (
            " Because posting is part of a paid job, the Terms of Use also require the posting "
            "account to disclose its employer."
            if organisation.paid
            else ""
        )
        yield ctx.finding(
            RULE,
            "organisation.role",
            f"The proposer's role at {organisation.name} is not stated; without it the proposal "
            f"reads as lobbying by an unnamed insider.{paid}",
            suggestion="Add organisation.role, for example 'Policy officer' or 'volunteer member'.",
            policy=policies.COI,
        )
    if organisation.paid:
        account = (
            f"The account {organisation.username}"
            if organisation.username
            else "Whichever account posts"
        )
        # Not a fault in the answers: the disclosure happens on the wiki, so this is a reminder.
        yield ctx.finding(
            RULE,
            "organisation.paid",
            f"Posting is part of a paid job. {account} must state on its user page, or in the "
            f"post itself, that it is paid by {organisation.name} (Terms of Use, paid "
            "contributions); the draft carries the disclosure line.",
            suggestion="Add the paid-contribution disclosure to the user page before posting.",
            policy=policies.TERMS,
            severity=Severity.INFO,
        )
