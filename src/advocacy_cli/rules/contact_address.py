"""``contact-address``: sending people to the projects' contact addresses or the VRT queues.

Besides the catalogue's contact-address phrases, any email address at a community
project's domain counts (``info@wikimedia.org``, ``info-de@wikipedia.org``, the
permissions queues): those are answered by the Volunteer Response Team. Addresses the
catalogue lists as contacts of the Foundation or a chapter, and mailing-list addresses,
are the right places to write to and are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlparse

from advocacy_cli.catalog import Catalog
from advocacy_cli.checks import AnswerContext
from advocacy_cli.findings import Finding, Severity
from advocacy_cli.lint.context import DraftContext
from advocacy_cli.phrases import find_phrases
from advocacy_cli.rules import policies as p
from advocacy_cli.rules.base import BOTH, Rule, RuleUnit
from advocacy_cli.rules.detectors.phrasing import draft_phrase_findings, phrase_finding
from advocacy_cli.rules.detectors.texts import all_texts, proposer_plans

CONTACT_ADDRESS = Rule(
    name="contact-address",
    severity=Severity.ERROR,
    targets=BOTH,
    summary="Asking people to email the projects' contact addresses or the volunteer response team.",
    explanation=(
        "The projects' info addresses are answered by the Volunteer Response Team, volunteers who "
        "help readers with individual problems. They cannot decide anything, and flooding them "
        "with campaign email takes them away from that work. Proposals are decided on the wiki."
    ),
    policies=(p.VRT, p.GUIDE),
    example_fail="Send an email to info@wikimedia.org to demand a blackout. ~~~~",
    example_pass="Comments are welcome in the discussion below. ~~~~",
)
# The lookbehind anchors the local part at its first character: without it, a long run of
# word characters with no '@' is rescanned from every position (quadratic time).
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@((?:[\w-]+\.)+[a-z]{2,})\b", re.IGNORECASE)


def _host(url: str) -> str:
    return (urlparse(url).hostname or "").lower()


def _site_domain(host: str) -> str:
    # en.wikipedia.org, commons.wikimedia.org and www.wikidata.org share their last two labels
    return ".".join(host.split(".")[-2:])


def project_domains(catalog: Catalog) -> set[str]:
    """Return the domains of the community projects (wikipedia.org, wikimedia.org, ...)."""
    return {_site_domain(_host(p.url)) for p in catalog.projects.values() if p.kind == "community"}


def welcome_addresses(catalog: Catalog) -> tuple[set[str], set[str]]:
    """Return (addresses, hosts) the catalogue gives as contacts: role addresses, mailing lists."""
    addresses: set[str] = set()
    hosts: set[str] = set()
    for project in catalog.projects.values():
        if project.contact is None:
            continue
        if project.contact.email:
            addresses.add(project.contact.email.lower())
        if project.contact.mailing_list:
            hosts.add(_host(project.contact.mailing_list))
    return addresses, hosts


def is_queue_address(address: str, domains: set[str], welcome: tuple[set[str], set[str]]) -> bool:
    """Return whether ``address`` is a project contact or VRT address, not a welcome contact."""
    addresses, hosts = welcome
    host = address.rsplit("@", 1)[1].lower()
    if address.lower() in addresses or host in hosts:
        return False
    return _site_domain(host) in domains


def queue_addresses(catalog: Catalog, text: str) -> Iterator[re.Match[str]]:
    """Yield each email address in ``text`` that reaches the Volunteer Response Team."""
    domains = project_domains(catalog)
    welcome = welcome_addresses(catalog)
    for email in EMAIL.finditer(text):
        if is_queue_address(email.group(0), domains, welcome):
            yield email


def _queue_message(address: str) -> str:
    return (
        f"'{address}' is a contact address of the projects, answered by volunteers "
        "of the Volunteer Response Team who help readers one by one; they cannot decide "
        "anything about a campaign, and campaign mail keeps them from that work."
    )


QUEUE_SUGGESTION = (
    "Do not ask anyone to write to it. Put the proposal to the community on the "
    "wiki, or write to the Foundation's Global Advocacy team or the chapter."
)


def check_answers(ctx: AnswerContext) -> Iterator[Finding]:
    """Flag contact-address phrases in the plans and project contact addresses in any text."""
    flagged: dict[str, list[tuple[int, int]]] = {}
    for field, text in proposer_plans(ctx.answers):
        for group, match in find_phrases(text, ctx.catalog, CONTACT_ADDRESS.name):
            flagged.setdefault(field, []).append((match.start, match.end))
            yield phrase_finding(ctx, field, text, group, match)
    for field, text in all_texts(ctx.answers):
        for email in queue_addresses(ctx.catalog, text):
            if any(s < email.end() and email.start() < e for s, e in flagged.get(field, [])):
                continue  # already reported through a catalogue phrase
            yield ctx.finding(
                CONTACT_ADDRESS,
                field,
                _queue_message(email.group(0)),
                suggestion=QUEUE_SUGGESTION,
                span=(text, email.start(), email.end()),
            )


def check_draft(ctx: DraftContext) -> Iterator[Finding]:
    """Report the catalogue's contact-address phrases and the queues' addresses the proposer names."""
    flagged = []
    for finding in draft_phrase_findings(ctx, CONTACT_ADDRESS):
        flagged.append(finding)
        yield finding
    for email in queue_addresses(ctx.catalog, ctx.said):
        if any(f.line == ctx.draft.source.position(email.start())[0] for f in flagged):
            continue  # the sentence's phrase already says it
        yield ctx.finding(
            CONTACT_ADDRESS,
            email.start(),
            email.end(),
            _queue_message(email.group(0)),
            QUEUE_SUGGESTION,
        )


UNIT = RuleUnit(rules=(CONTACT_ADDRESS,), answer_checks=(check_answers,), draft_checks=(check_draft,))
