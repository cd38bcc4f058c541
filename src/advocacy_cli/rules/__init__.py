"""The rules: declarations in ``registry``, answer checks and draft checks in their own modules."""

from advocacy_cli.rules.base import Rule, Target
from advocacy_cli.rules.registry import RULES, RULES_BY_NAME, get_rule

__all__ = ["RULES", "RULES_BY_NAME", "Rule", "Target", "get_rule"]
