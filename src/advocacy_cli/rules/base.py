"""What a rule is: its stable name, default severity, targets and documentation.

A rule module declares its rules and the checks that report them as one ``RuleUnit``;
``registry`` lists the units.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from advocacy_cli.findings import Severity

if TYPE_CHECKING:
    from advocacy_cli.checks import AnswerCheck
    from advocacy_cli.lint.context import DraftCheck


class Target(StrEnum):
    """What a rule reads: the answers file, a wikitext draft, or both."""

    ANSWERS = "answers"
    DRAFT = "draft"


BOTH = frozenset({Target.ANSWERS, Target.DRAFT})
DRAFT = frozenset({Target.DRAFT})
ANSWERS = frozenset({Target.ANSWERS})


@dataclass(frozen=True)
class Rule:
    """A rule's identity and documentation; its module holds the checks."""

    name: str
    severity: Severity
    targets: frozenset[Target]
    summary: str
    explanation: str
    policies: tuple[str, ...]
    example_fail: str
    example_pass: str

    @property
    def policy(self) -> str:
        """Return the main policy URL (the first)."""
        return self.policies[0]

    def applies_to(self, target: Target) -> bool:
        """Return whether the rule reads ``target``."""
        return target in self.targets


@dataclass(frozen=True)
class RuleUnit:
    """One rule module: the rules it declares, its answers checks and its draft checks."""

    rules: tuple[Rule, ...]
    answer_checks: tuple[AnswerCheck, ...] = ()
    draft_checks: tuple[DraftCheck, ...] = ()

    @property
    def names(self) -> frozenset[str]:
        """Return the names of the unit's rules."""
        return frozenset(rule.name for rule in self.rules)


def declared_rule(rule: Rule | str) -> Rule:
    """Return the declaration of ``rule``; a name (from the catalogue's data) is looked up."""
    if isinstance(rule, Rule):
        return rule
    from advocacy_cli.rules.registry import RULES_BY_NAME

    return RULES_BY_NAME[rule]
