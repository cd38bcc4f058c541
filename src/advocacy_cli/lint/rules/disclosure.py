"""``undisclosed-affiliation``: who the proposer works for, in what role, and whether it is paid."""

from __future__ import annotations

from collections.abc import Iterator

from advocacy_cli.findings import Finding
from advocacy_cli.lint import lexicon
from advocacy_cli.lint.context import DraftContext


def check_disclosure(ctx: DraftContext) -> Iterator[Finding]:
    """Require the organisation, the role and the paid status to be stated."""
    draft = ctx.draft
    sections = draft.sections_with("proposer")
    # A disclosure section is where these belong; without one, look through the whole text.
    spans = [(s.body_start, s.extent_end) for s in sections] or [(0, len(draft.own))]
    text = "\n".join(draft.own[a:b] for a, b in spans)
    missing = [
        label
        for label, pattern in (
            ("the organisation", "organisation"),
            ("your role", "role"),
            ("whether posting is paid", "paid"),
        )
        if not lexicon.pattern(ctx.catalog, pattern).search(text)
    ]
    if not missing:
        return
    anchor = sections[0] if sections else draft.title
    yield ctx.finding(
        "undisclosed-affiliation",
        *ctx.at_section(anchor),
        f"the draft does not state {_join(missing)}",
        "add a short disclosure: your organisation, your role there, and whether posting is "
        "part of a paid job",
    )


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
