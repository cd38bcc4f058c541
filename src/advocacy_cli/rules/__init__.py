"""The rules: one module per rule (or small family), listed in ``registry``.

The registry is loaded on first use, so that importing a rule's declaration does not load
every check (and the checks can import the contexts, which import the declarations).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from advocacy_cli.rules.base import Rule, RuleUnit, Target

if TYPE_CHECKING:
    from advocacy_cli.rules.registry import RULES, RULES_BY_NAME, get_rule

__all__ = ["RULES", "RULES_BY_NAME", "Rule", "RuleUnit", "Target", "get_rule"]
_FROM_REGISTRY = frozenset({"RULES", "RULES_BY_NAME", "get_rule"})


def __getattr__(name: str) -> Any:
    if name in _FROM_REGISTRY:
        from advocacy_cli.rules import registry

        return getattr(registry, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
