"""undisclosed-affiliation: who is asking, in what role, and whether it is paid work."""

from __future__ import annotations

from collections.abc import Iterator

from advocacy_cli.checks import AnswerContext
from advocacy_cli.findings import Finding, Severity
from advocacy_cli.rules import policies

RULE = "undisclosed-affiliation"


def check(ctx: AnswerContext) -> Iterator[Finding]:
    """Require the proposer's role; remind a paid proposer without an account to disclose."""
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
            suggestion=(
                "Give your role in the organisation (organisation.role), "
                "for example 'Policy officer' or 'volunteer member'."
            ),
            policy=policies.COI,
        )
    if organisation.paid and not organisation.username:
        # Not a fault: the account may not exist yet. The disclosure happens on the wiki, so
        # say now that whichever account posts must carry it.
        yield ctx.finding(
            RULE,
            "organisation.paid",
            "Posting is part of a paid job and the posting account is not named yet; whichever "
            f"account posts must state on its user page that it is paid by {organisation.name} "
            "(Terms of Use, paid contributions). The draft carries the disclosure line.",
            suggestion=(
                "Give the wiki account that will post (organisation.username) once it is known, and put the "
                "paid-contribution disclosure on its user page before posting."
            ),
            policy=policies.TERMS,
            severity=Severity.INFO,
        )
