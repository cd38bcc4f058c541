"""The draft checks, listed explicitly with the rules each one reports."""

from __future__ import annotations

from advocacy_cli.lint.context import DraftCheck
from advocacy_cli.lint.rules.action import (
    check_alternatives,
    check_centralnotice,
    check_scope,
    check_venue,
)
from advocacy_cli.lint.rules.deadline import check_deadline
from advocacy_cli.lint.rules.disclosure import check_disclosure
from advocacy_cli.lint.rules.language import check_language
from advocacy_cli.lint.rules.layout import check_impact, check_signature, check_summary
from advocacy_cli.lint.rules.mission import check_mission
from advocacy_cli.lint.rules.placeholder import check_placeholders
from advocacy_cli.lint.rules.syntax import check_syntax
from advocacy_cli.lint.rules.wording import PHRASE_RULES, check_loaded, check_phrases

DRAFT_CHECKS: tuple[tuple[frozenset[str], DraftCheck], ...] = (
    (frozenset({"wikitext-syntax"}), check_syntax),
    (frozenset({"missing-summary"}), check_summary),
    (frozenset({"unsigned"}), check_signature),
    (frozenset({"undisclosed-affiliation"}), check_disclosure),
    (frozenset({"loaded-wording"}), check_loaded),
    (frozenset(PHRASE_RULES), check_phrases),
    (frozenset({"off-mission"}), check_mission),
    (frozenset({"no-alternatives"}), check_alternatives),
    (frozenset({"short-deadline"}), check_deadline),
    (frozenset({"missing-scope"}), check_scope),
    (frozenset({"missing-impact"}), check_impact),
    (frozenset({"missing-centralnotice"}), check_centralnotice),
    (frozenset({"wrong-venue"}), check_venue),
    (frozenset({"unedited-placeholder"}), check_placeholders),
    (frozenset({"language-mismatch"}), check_language),
)
