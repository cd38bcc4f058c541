"""Which language a text is written in, from the catalogue's common words of each language."""

from __future__ import annotations

import re
from collections.abc import Mapping

MIN_WORDS = 25


def detect_language(text: str, stopwords: Mapping[str, frozenset[str]]) -> str | None:
    """Return the language whose common words dominate ``text``, or None if unclear."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    if len(words) < MIN_WORDS:
        return None
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in stopwords.items()}
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    (best, top), (_, second) = ranked[0], ranked[1]
    # A clear lead only: drafts quote other languages, and short drafts mislead.
    return best if top >= 5 and top >= 2 * second else None
