"""The registry: every rule module, in the order the rules are documented and listed.

Names and severities are part of the contract (SPEC.md). Each module declares its rules
and holds their answers and draft checks; nothing else lists them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from advocacy_cli.errors import UserError
from advocacy_cli.rules import (
    alternatives,
    article_advocacy,
    centralnotice,
    contact_address,
    deadline,
    disclosure,
    impact,
    language,
    off_mission,
    outreach,
    placeholder,
    scope,
    signature,
    summary,
    syntax,
    venue,
    wording,
)
from advocacy_cli.rules.base import Rule, RuleUnit
from advocacy_cli.validation import did_you_mean

if TYPE_CHECKING:
    from advocacy_cli.checks import AnswerCheck
    from advocacy_cli.lint.context import DraftCheck

UNITS: tuple[RuleUnit, ...] = (
    syntax.UNIT,
    summary.UNIT,
    signature.UNIT,
    disclosure.UNIT,
    wording.UNIT,
    outreach.UNIT,
    contact_address.UNIT,
    off_mission.UNIT,
    alternatives.UNIT,
    deadline.UNIT,
    scope.UNIT,
    article_advocacy.UNIT,
    impact.UNIT,
    centralnotice.UNIT,
    venue.UNIT,
    placeholder.UNIT,
    language.UNIT,
)

RULES: tuple[Rule, ...] = tuple(rule for unit in UNITS for rule in unit.rules)
RULES_BY_NAME: dict[str, Rule] = {rule.name: rule for rule in RULES}

ANSWER_CHECKS: tuple[AnswerCheck, ...] = tuple(check for unit in UNITS for check in unit.answer_checks)
# Each draft check with the rules it may report, so that unselected rules are not run.
DRAFT_CHECKS: tuple[tuple[frozenset[str], DraftCheck], ...] = tuple(
    (unit.names, check) for unit in UNITS for check in unit.draft_checks
)


def get_rule(name: str) -> Rule:
    """Return the rule called ``name``; raise UserError naming close matches."""
    try:
        return RULES_BY_NAME[name]
    except KeyError:
        raise UserError(f"no such rule: '{name}'{did_you_mean(name, RULES_BY_NAME)}") from None
