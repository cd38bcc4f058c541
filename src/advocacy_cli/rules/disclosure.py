"""``undisclosed-affiliation``: who is asking, in what role, and whether it is paid work."""

from __future__ import annotations

import re
from collections.abc import Iterator

from advocacy_cli.checks import AnswerContext
from advocacy_cli.findings import Finding, Severity
from advocacy_cli.lint.context import DraftContext
from advocacy_cli.rules import policies as p
from advocacy_cli.rules.base import BOTH, Rule, RuleUnit
from advocacy_cli.rules.detectors.disclosure import read_disclosure
from advocacy_cli.rules.detectors.texts import whole

UNDISCLOSED_AFFILIATION = Rule(
    name="undisclosed-affiliation",
    severity=Severity.ERROR,
    targets=BOTH,
    summary="The organisation, the proposer's role or paid status is not disclosed.",
    explanation=(
        "The Terms of Use require anyone paid for their contributions to disclose their employer "
        "and affiliation, and conflict-of-interest guidance asks everyone to state their "
        "connection. A proposal from an advocacy organisation must say which organisation, in what "
        "role, and whether posting it is part of a paid job; otherwise it is read as stealth "
        "lobbying. A draft is asked for it when it shows someone acting for an organisation "
        "(speaking for its members, on its behalf, for pay, with a role account); a volunteer "
        "who writes as a volunteer has disclosed what matters."
    ),
    policies=(p.TERMS, p.PAID, p.COI),
    example_fail="=== Proposer ===\nI write on behalf of our members, who want this banner. ~~~~",
    example_pass=(
        "=== Proposer ===\nOrganisation: Open Knowledge Network. Role: policy officer. "
        "Paid: yes, posting this is part of my job. ~~~~"
    ),
)


# Words of the organisation's name shorter than this are legal forms or articles ("e. V.",
# "of", "Ltd"), which usernames leave out.
NAME_WORD = 4
# What may be left of a username besides the organisation's name: a digit or two.
LEFT_OVER = 2


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).casefold()


def named_after(username: str, organisation: str) -> bool:
    """Return whether ``username`` is the organisation's name and nothing personal besides."""
    words = [w for w in re.findall(r"\w+", organisation) if len(w) >= NAME_WORD]
    name = _letters("".join(words))
    account = _letters(username)
    if not name or name not in account:
        return False
    return len(account) - len(name) <= LEFT_OVER


def check_answers(ctx: AnswerContext) -> Iterator[Finding]:
    """Require the proposer's role; flag an organisation account; remind paid proposers."""
    organisation = ctx.answers.organisation
    if organisation.username and named_after(organisation.username, organisation.name):
        yield ctx.finding(
            UNDISCLOSED_AFFILIATION,
            "organisation.username",
            f"The account '{organisation.username}' is named after {organisation.name}; most "
            "wikis block accounts that represent an organisation or that several people share "
            "(role accounts), and a proposal posted from one is read as the organisation "
            "speaking, not a person who can be asked questions.",
            suggestion=(
                "Post from a personal account and name the organisation in it or on its user "
                f"page, for example 'Jane Doe ({organisation.name})'."
            ),
            policy=p.USERNAME,
            severity=Severity.WARNING,
            span=whole(organisation.username),
        )
    if not organisation.role:
        paid = (
            " Because posting is part of a paid job, the Terms of Use also require the posting "
            "account to disclose its employer."
            if organisation.paid
            else ""
        )
        yield ctx.finding(
            UNDISCLOSED_AFFILIATION,
            "organisation.role",
            f"The proposer's role at {organisation.name} is not stated; without it the proposal "
            f"reads as lobbying by an unnamed insider.{paid}",
            suggestion=(
                "Give your role in the organisation (organisation.role), "
                "for example 'Policy officer' or 'volunteer member'."
            ),
            policy=p.COI,
        )
    if organisation.paid and not organisation.username:
        # Not a fault: the account may not exist yet. The disclosure happens on the wiki, so
        # say now that whichever account posts must carry it.
        yield ctx.finding(
            UNDISCLOSED_AFFILIATION,
            "organisation.paid",
            "Posting is part of a paid job and the posting account is not named yet; whichever "
            f"account posts must state on its user page that it is paid by {organisation.name} "
            "(Terms of Use, paid contributions). The draft carries the disclosure line.",
            suggestion=(
                "Give the wiki account that will post (organisation.username) once it is known, and put the "
                "paid-contribution disclosure on its user page before posting."
            ),
            policy=p.TERMS,
            severity=Severity.INFO,
        )


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def check_draft(ctx: DraftContext) -> Iterator[Finding]:
    """Ask someone acting for an organisation to say which, in what role, and whether paid.

    A page that shows nobody acting for an organisation (a volunteer's proposal) needs no
    disclosure; an organisation named only by its kind in the disclosure section is a weaker
    sign, reported as a warning.
    """
    draft = ctx.draft
    sections = draft.sections_with("proposer")
    disclosure = [(s.body_start, s.extent_end) for s in sections]
    reading = read_disclosure(ctx.catalog, draft.own, disclosure=disclosure)
    if not reading.needs_disclosure or reading.acting_for is None:
        return
    start, end = reading.acting_for
    sign = reading.evidence if len(reading.evidence) <= 40 else reading.evidence[:37] + "..."
    yield ctx.finding(
        UNDISCLOSED_AFFILIATION,
        start,
        end,
        f"'{sign}' shows someone acting for an organisation, but the draft does not "
        f"state {_join(list(reading.missing))}",
        "add a short disclosure: your organisation, your role there, and whether posting is "
        "part of a paid job",
        severity=None if reading.strong else Severity.WARNING,
    )


UNIT = RuleUnit(rules=(UNDISCLOSED_AFFILIATION,), answer_checks=(check_answers,), draft_checks=(check_draft,))
