"""Wording rules fed by the catalogue's phrase lists, plus shouting and user-talk blasts."""

from __future__ import annotations

import re
from collections.abc import Iterator

from advocacy_cli.findings import Finding
from advocacy_cli.lint import lexicon
from advocacy_cli.lint.context import DraftContext
from advocacy_cli.phrases import find_phrases

# Four or more user talk pages in one draft is a mass notification (WP:CANVASS "spamming").
MASS_NOTICE = 4
# Acronym pairs such as "SOPA PIPA" are not shouting; a run this long is.
SHOUT_LETTERS = 10
_CAPS_RUN = re.compile(r"\b[A-ZÀ-ÖØ-Þ]{2,}(?:[\s,]+[A-ZÀ-ÖØ-Þ]{2,})+\b|\b[A-ZÀ-ÖØ-Þ]{10,}\b")
# Two '!' or more in a run of marks: tried from the run's first mark only, possessively (linear).
_BANGS = re.compile(r"(?<![!?])\?*+!\?*+![!?]*+|\?!|!\?")

PHRASE_RULES = ("canvassing", "meatpuppetry", "contact-address", "article-advocacy")


def check_phrases(ctx: DraftContext) -> Iterator[Finding]:
    """Report the catalogue's phrases in the proposer's own words (not quotes or references)."""
    for rule in PHRASE_RULES:
        for group, match in find_phrases(ctx.draft.words, ctx.catalog, rule):
            yield ctx.finding(rule, match.start, match.end, group.message, group.suggestion, group.policy)
    talk = list(lexicon.user_talk_link(ctx.catalog).finditer(ctx.draft.own))
    if len(talk) >= MASS_NOTICE:
        yield ctx.finding(
            "canvassing",
            talk[0].start(),
            talk[0].end(),
            f"notices to {len(talk)} individual user talk pages are a mass notification",
            "leave one neutral notice at the village pump and the relevant WikiProjects instead",
        )


def _loaded_spans(ctx: DraftContext) -> list[tuple[int, int]]:
    draft = ctx.draft
    spans = [(s.title_start, s.title_end) for s in draft.sections]
    spans.append(draft.intro_span())
    return spans


def check_loaded(ctx: DraftContext) -> Iterator[Finding]:
    """Report shouting and loaded words in the headings and the opening question."""
    words = ctx.draft.words
    for start, end in _loaded_spans(ctx):
        for m in _CAPS_RUN.finditer(words, start, end):
            if len(re.sub(r"[^A-ZÀ-ÖØ-Þ]", "", m.group(0))) < SHOUT_LETTERS:
                continue
            if words[m.start() - 1 : m.start()] == "[":  # a [PLACEHOLDER], not shouting
                continue
            yield ctx.finding(
                "loaded-wording",
                m.start(),
                m.end(),
                "shouting in capital letters",
                "write the words in normal case",
            )
        for m in _BANGS.finditer(words, start, end):
            yield ctx.finding(
                "loaded-wording",
                m.start(),
                m.end(),
                "a string of exclamation marks",
                "ask the question calmly, with one full stop or question mark",
            )
        for group, match in find_phrases(words[start:end], ctx.catalog, "loaded-wording"):
            yield ctx.finding(
                "loaded-wording",
                start + match.start,
                start + match.end,
                group.message,
                group.suggestion,
                group.policy,
            )
