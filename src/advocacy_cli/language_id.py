"""Tell which language a text is written in, among the catalogue's drafting languages.

A thin wrapper over ``py3langid`` (a character n-gram naive Bayes model of 97 languages):
the model is loaded once, on first use, and restricted to the languages the caller can
draft in, which is what keeps it accurate on the short texts of an answers file. The
README's dependency table says why this detector rather than another.
"""

from __future__ import annotations

import copy
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

# A guess is trusted only when the model is clearly sure of it: short texts ("Alle Leser")
# spread their probability over related languages, and a doubtful text is left unmarked.
MIN_CONFIDENCE = 0.6
# ... and when the expected language is clearly unlikely, so that a German sentence with an
# English name in it still counts as German.
MAX_EXPECTED = 0.05
# Fewer letters than this say nothing about a language ("EU", "n/a", "2027").
MIN_LETTERS = 4

_URL = re.compile(r"https?://\S+")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Guess:
    """The most likely language of a text, how sure the model is, and the expected one's odds."""

    code: str
    confidence: float
    expected: float


# The model multiplies one small vector per text: numpy's BLAS needs no thread pool for it.
# Its threads would also receive the Ctrl-C and termination signals that writing the drafts
# holds back on the main thread (files.signals_held), and interrupt a half-done write.
_SINGLE_THREAD = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


@lru_cache(maxsize=1)
def _model() -> Any:
    for variable in _SINGLE_THREAD:
        os.environ.setdefault(variable, "1")
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # type: ignore[import-untyped]

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@lru_cache(maxsize=1)
def known_languages() -> frozenset[str]:
    """Return the language codes the model can recognise."""
    return frozenset(str(code) for code in _model().labels)


@lru_cache(maxsize=8)
def _restricted(candidates: frozenset[str]) -> Any:
    # A shallow copy shares the full model's tables; restricting it keeps a copy of only the
    # candidates' columns, made once per set of candidates.
    model = copy.copy(_model())
    model.set_languages(sorted(candidates))
    return model


def _ranking(text: str, candidates: frozenset[str]) -> dict[str, float]:
    return {str(code): float(p) for code, p in _restricted(candidates).rank(text)}


def guess(text: str, expected: str, candidates: Iterable[str]) -> Guess | None:
    """Return the likely language of ``text`` among ``candidates``, or None if it cannot tell."""
    plain = _URL.sub(" ", text)
    usable = frozenset(candidates) & known_languages()
    if expected not in usable or len(usable) < 2 or len(_LETTER.findall(plain)) < MIN_LETTERS:
        return None
    ranking = _ranking(plain, usable)
    best = max(ranking, key=lambda code: ranking[code])
    return Guess(best, ranking[best], ranking.get(expected, 0.0))


def other_language(text: str, expected: str, candidates: Iterable[str]) -> str | None:
    """Return the language ``text`` is clearly written in, when it is not ``expected``."""
    found = guess(text, expected, candidates)
    if found is None or found.code == expected:
        return None
    if found.confidence < MIN_CONFIDENCE or found.expected > MAX_EXPECTED:
        return None
    return found.code


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# A slash between spaces separates the versions of a bilingual one-line answer.
_SLASH = re.compile(r"\s+/\s+")


def other_languages(text: str, expected: str, candidates: Iterable[str]) -> tuple[str, ...]:
    """Return the languages other than ``expected`` that the whole text or its parts are in.

    Parts are paragraphs, or the slash-separated versions of a bilingual line.
    """
    pool = tuple(candidates)
    parts = [text, *_PARAGRAPH_BREAK.split(text.strip())]
    if len(parts) == 2:
        parts += _SLASH.split(text.strip())
    found = (other_language(part, expected, pool) for part in parts)
    return tuple(dict.fromkeys(code for code in found if code is not None))
