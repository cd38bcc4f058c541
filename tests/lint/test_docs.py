"""docs/rules.md is generated from the registry and must not go stale."""

from __future__ import annotations

import importlib.util

from tests.conftest import ROOT


def test_rules_doc_is_up_to_date():
    spec = importlib.util.spec_from_file_location("gen", ROOT / "scripts" / "generate_rules_doc.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    expected = module.render()
    actual = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert actual == expected, "docs/rules.md is stale: run python scripts/generate_rules_doc.py"
    assert actual.count("\n## `") == 18
