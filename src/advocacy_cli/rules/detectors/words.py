"""Counting words: in answers (any script) and in drafts (words of two letters or more)."""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+")
_LONG_WORD = re.compile(r"\w{2,}")
# Scripts written without spaces (Chinese, Japanese, Korean): about two characters a word.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+")


def word_count(text: str) -> int:
    """Count words, treating runs of unspaced scripts as roughly two characters a word."""
    unspaced = sum(len(run) for run in _UNSPACED.findall(text))
    spaced = len(_WORD.findall(_UNSPACED.sub(" ", text)))
    return spaced + (unspaced + 1) // 2


def long_word_count(text: str) -> int:
    """Count the words of two letters or more (what a draft's sections are measured in)."""
    return len(_LONG_WORD.findall(text))


def lowered_words(text: str) -> list[str]:
    """Return the words of ``text`` in lower case."""
    return [w.lower() for w in _WORD.findall(text)]
