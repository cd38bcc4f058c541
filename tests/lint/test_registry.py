"""Meta tests over the rule registry: names, documentation, examples that fail and pass."""

from __future__ import annotations

import re

import pytest

from advocacy_cli.lint.engine import DRAFT_RULES, lint_text
from advocacy_cli.rules import RULES, RULES_BY_NAME
from advocacy_cli.rules.registry import DRAFT_CHECKS
from tests.conftest import TODAY

DRAFT = [rule for rule in RULES if rule.name in DRAFT_RULES]


def test_names_are_unique_kebab_case():
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names)) == 18
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)*", name) for name in names)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_every_rule_is_documented(rule):
    assert rule.summary.strip() and len(rule.explanation) > len(rule.summary)
    assert rule.policies and all(url.startswith("https://") for url in rule.policies)
    assert rule.example_fail.strip() and rule.example_pass.strip()
    assert rule.example_fail != rule.example_pass


def test_every_draft_rule_has_a_check():
    covered = set().union(*(rules for rules, _ in DRAFT_CHECKS))
    assert covered == set(DRAFT_RULES)
    assert covered <= set(RULES_BY_NAME)


@pytest.mark.parametrize("rule", DRAFT, ids=lambda r: r.name)
def test_example_fail_fails(rule, catalog):
    rules = {f.rule for f in lint_text(rule.example_fail, catalog, TODAY)}
    assert rule.name in rules


@pytest.mark.parametrize("rule", DRAFT, ids=lambda r: r.name)
def test_example_pass_passes(rule, catalog):
    rules = {f.rule for f in lint_text(rule.example_pass, catalog, TODAY)}
    assert rule.name not in rules


def test_every_rule_is_checked_where_it_says_it_reads():
    from advocacy_cli.rules.base import Target
    from advocacy_cli.rules.registry import UNITS

    for unit in UNITS:
        reads = set().union(*(rule.targets for rule in unit.rules))
        assert bool(unit.answer_checks) == (Target.ANSWERS in reads), unit.names
        assert bool(unit.draft_checks) == (Target.DRAFT in reads), unit.names


def test_rule_names_are_written_only_in_their_declarations():
    import ast
    from pathlib import Path

    import advocacy_cli

    names = set(RULES_BY_NAME)
    package = Path(advocacy_cli.__file__).parent
    stray = []
    modules = [*(package / "rules").rglob("*.py"), *(package / "wizard").glob("*.py"), package / "checks.py"]
    for path in sorted(modules):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        declared = {
            id(keyword.value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Rule"
            for keyword in node.keywords
            if keyword.arg == "name"
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and node.value in names and id(node) not in declared:
                stray.append(f"{path.name}:{node.lineno}: {node.value}")
    assert stray == []
