"""``language-mismatch``: the draft's language against the target wiki's."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from advocacy_cli.findings import Finding
from advocacy_cli.lint.context import DraftContext

MIN_WORDS = 25
# Text a draft marks as another language (the proposer's untranslated answers, as
# `advocacy new` writes them) says nothing about the language the draft is written in.
_MARKED = re.compile(r"<(div|span)\s+lang=\"[^\"]*\"[^>]*>.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
# Projects that discuss in many languages.
MULTILINGUAL = frozenset({"commons", "meta", "wikidata"})


def detect_language(text: str, stopwords: Mapping[str, frozenset[str]]) -> str | None:
    """Return the language whose common words dominate ``text``, or None if unclear."""
    words = re.findall(r"[^\W\d_]+", _MARKED.sub(" ", text).casefold())
    if len(words) < MIN_WORDS:
        return None
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in stopwords.items()}
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    (best, top), (_, second) = ranked[0], ranked[1]
    # A clear lead only: drafts quote other languages, and short drafts mislead.
    return best if top >= 5 and top >= 2 * second else None


def check_language(ctx: DraftContext) -> Iterator[Finding]:
    """Warn when the draft is written in another language than the target wiki's."""
    project = ctx.project
    if project is None or ctx.language is None:
        return
    wanted = project.language
    if project.kind != "community" or project.family in MULTILINGUAL or ctx.language == wanted:
        return
    name = ctx.catalog.languages[wanted].name if wanted in ctx.catalog.languages else wanted
    yield ctx.finding(
        "language-mismatch",
        *ctx.first_text_span(),
        f"the draft is written in '{ctx.language}' but {project.name} discusses in {name}",
        f"write the proposal in {name}, or ask a local editor or the chapter to help",
    )
