"""``<!-- advocacy-lint disable RULE -->`` comments: silence a rule on the next line or the file."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from advocacy_cli.errors import InputProblem
from advocacy_cli.findings import Finding
from advocacy_cli.lint.source import Source
from advocacy_cli.report.safe import neutralise
from advocacy_cli.rules import RULES_BY_NAME
from advocacy_cli.validation import did_you_mean

# The rule list holds no '<': each try stops at the next comment opener, so a draft of
# unclosed directives is read once rather than once per directive.
_DIRECTIVE = re.compile(r"<!--\s*advocacy-lint\s+(disable-file|disable)(?![\w-])([^<>]*?)-->", re.IGNORECASE)
ALL = "*"


@dataclass
class Suppressions:
    """Which rules are off for the whole file and for single lines."""

    file_rules: set[str] = field(default_factory=set)
    line_rules: dict[int, set[str]] = field(default_factory=dict)
    problems: list[InputProblem] = field(default_factory=list)

    def allows(self, finding: Finding) -> bool:
        """Return whether ``finding`` is not suppressed."""
        if ALL in self.file_rules or finding.rule in self.file_rules:
            return False
        rules = self.line_rules.get(finding.line, set())
        return not (ALL in rules or finding.rule in rules)

    def filter(self, findings: Iterable[Finding]) -> list[Finding]:
        """Return the findings that are not suppressed."""
        return [f for f in findings if self.allows(f)]


def parse_suppressions(source: Source) -> Suppressions:
    """Read the directives of ``source``; unknown rule names become problems."""
    result = Suppressions()
    for m in _DIRECTIVE.finditer(source.text):
        names = [n for n in re.split(r"[\s,]+", m.group(2).strip()) if n]
        line, _ = source.position(m.start())
        end_line, _ = source.position(m.end())
        for name in names:
            if name not in RULES_BY_NAME:
                result.problems.append(
                    InputProblem(
                        source.name,
                        line,
                        None,
                        f"advocacy-lint {m.group(1)}: unknown rule '{neutralise(name)}'"
                        f"{did_you_mean(name, RULES_BY_NAME)}",
                    )
                )
        rules = set(names) or {ALL}
        if m.group(1).lower() == "disable-file":
            result.file_rules |= rules
        else:
            result.line_rules.setdefault(end_line + 1, set()).update(rules)
    return result
