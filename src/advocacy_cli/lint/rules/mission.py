"""``off-mission``: causes outside what the projects act on, such as endorsing a candidate."""

from __future__ import annotations

from collections.abc import Iterator

from advocacy_cli.findings import Finding, Severity
from advocacy_cli.lint.context import DraftContext
from advocacy_cli.phrases import find_out_of_scope


def check_mission(ctx: DraftContext) -> Iterator[Finding]:
    """Report out-of-scope causes named in the proposer's own words."""
    for entry, match in find_out_of_scope(ctx.draft.words, ctx.catalog):
        yield ctx.finding(
            "off-mission",
            match.start,
            match.end,
            f"outside the topics of interest: {entry.title.lower()}",
            "tie the proposal to a free-knowledge topic (copyright, censorship, liability) or drop it",
            severity=Severity(entry.severity),
        )
