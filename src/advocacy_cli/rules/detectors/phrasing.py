"""Turn the catalogue's phrase groups (``tactics.yaml``) into findings, in answers and drafts."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from advocacy_cli.catalog import PhraseGroup
from advocacy_cli.checks import AnswerContext
from advocacy_cli.findings import Finding
from advocacy_cli.lint.context import DraftContext
from advocacy_cli.phrases import PhraseMatch, find_phrases
from advocacy_cli.rules.base import Rule
from advocacy_cli.rules.detectors.texts import FieldText


def phrase_finding(
    ctx: AnswerContext, field: str, text: str, group: PhraseGroup, match: PhraseMatch
) -> Finding:
    """Return the finding for one match of a catalogue phrase group in ``field``."""
    return ctx.finding(
        group.rule,
        field,
        f"{group.message} ('{match.text}')",
        suggestion=group.suggestion,
        policy=group.policy,
        span=(text, match.start, match.end),
    )


def phrase_findings(ctx: AnswerContext, rule: Rule, texts: Iterable[FieldText]) -> Iterator[Finding]:
    """Yield a finding for every phrase of ``rule`` (tactics.yaml) found in ``texts``."""
    for field, text in texts:
        for group, match in find_phrases(text, ctx.catalog, rule.name):
            yield phrase_finding(ctx, field, text, group, match)


def draft_phrase_findings(ctx: DraftContext, rule: Rule) -> Iterator[Finding]:
    """Yield a finding for every phrase of ``rule`` in all the proposer says in a draft."""
    for group, match in find_phrases(ctx.said, ctx.catalog, rule.name):
        yield ctx.finding(rule, match.start, match.end, group.message, group.suggestion, group.policy)
