"""Write docs/rules.md from the rule registry: ``python scripts/generate_rules_doc.py``."""

from __future__ import annotations

import sys
from pathlib import Path

from advocacy_cli.rules import RULES
from advocacy_cli.rules.base import Rule

DOC = Path(__file__).resolve().parents[1] / "docs" / "rules.md"


def _fence(text: str) -> list[str]:
    return ["```", *text.splitlines(), "```"]


def _rule(rule: Rule) -> list[str]:
    targets = " and ".join(sorted(t.value for t in rule.targets))
    return [
        f"## `{rule.name}`",
        "",
        f"Severity **{rule.severity.value}** · checks {targets}",
        "",
        rule.summary,
        "",
        rule.explanation,
        "",
        "Policies: " + ", ".join(f"<{url}>" for url in rule.policies),
        "",
        "Fails:",
        "",
        *_fence(rule.example_fail),
        "",
        "Passes:",
        "",
        *_fence(rule.example_pass),
        "",
    ]


def render() -> str:
    """Return the text of docs/rules.md."""
    lines = [
        "# Rules",
        "",
        "Generated from the rule modules listed in `src/advocacy_cli/rules/registry.py` by",
        "`scripts/generate_rules_doc.py`; do not edit by hand. `advocacy rules NAME` shows the same",
        "on the command line.",
        "",
        "Severities are defaults: set a rule to `error`, `warning`, `info` or `off` under `rules:`",
        "in `.advocacy-lint.yaml`, or under `[tool.advocacy.lint.rules]` in `pyproject.toml`.",
        "In a draft, `<!-- advocacy-lint disable RULE -->` silences a rule on the next line and",
        "`<!-- advocacy-lint disable-file RULE -->` in the whole file (no rule name: every rule).",
        "",
        "| rule | severity | what it catches |",
        "|---|---|---|",
        *(f"| [`{r.name}`](#{r.name}) | {r.severity.value} | {r.summary} |" for r in RULES),
        "",
    ]
    for rule in RULES:
        lines += _rule(rule)
    return "\n".join(lines)


def main() -> int:
    """Write the file, or with ``--check`` report whether it is stale."""
    text = render()
    if "--check" in sys.argv[1:]:
        return 0 if DOC.exists() and DOC.read_text(encoding="utf-8") == text else 1
    DOC.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
