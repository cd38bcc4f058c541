"""``unedited-placeholder``: template text left unfilled."""

from __future__ import annotations

from collections.abc import Iterator

from advocacy_cli.findings import Finding
from advocacy_cli.lint import lexicon
from advocacy_cli.lint.context import DraftContext


def check_placeholders(ctx: DraftContext) -> Iterator[Finding]:
    """Report placeholders such as [YOUR ORGANISATION], TODO or <insert date> in visible text."""
    for m in lexicon.pattern(ctx.catalog, "placeholder").finditer(ctx.draft.visible):
        yield ctx.finding(
            "unedited-placeholder",
            m.start(),
            m.end(),
            f"placeholder left in the draft: {m.group(0)}",
            "replace it with the real text before posting",
        )
