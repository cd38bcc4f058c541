"""What a rule is: its stable name, default severity, targets and documentation."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from advocacy_cli.findings import Severity


class Target(StrEnum):
    """What a rule reads: the answers file, a wikitext draft, or both."""

    ANSWERS = "answers"
    DRAFT = "draft"


@dataclass(frozen=True)
class Rule:
    """A rule's identity and documentation; the checks live in their own modules."""

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
