"""Which on-site actions a text proposes, read as lint reads a draft's action section."""

from __future__ import annotations

from advocacy_cli.catalog import Catalog
from advocacy_cli.lint import lexicon
from advocacy_cli.lint.context import negated


def proposed_on_site(text: str, catalog: Catalog) -> dict[str, tuple[int, int]]:
    """Return the on-site actions ``text`` names without negating them, with where each is first named."""
    found: dict[str, tuple[int, int]] = {}
    negation = lexicon.pattern(catalog, "negation")
    for key, pattern in lexicon.action_words(catalog).items():
        for m in pattern.finditer(text):
            if not negated(text, m.start(), negation):
                found.setdefault(key, (m.start(), m.end()))
                break
    return found
