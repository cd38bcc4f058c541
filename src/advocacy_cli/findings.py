"""The one record every check produces, and what a list of them means for the exit code."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, replace
from enum import StrEnum
from typing import Any

from advocacy_cli.errors import ExitCode


class Severity(StrEnum):
    """How serious a finding is; ``error`` blocks writing drafts."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Return 2 for errors, 1 for warnings, 0 for info."""
        return {"error": 2, "warning": 1, "info": 0}[self.value]


@dataclass(frozen=True)
class Finding:
    """One problem found in an answers file or a draft."""

    rule: str
    severity: Severity
    message: str
    file: str
    line: int
    column: int = 1
    suggestion: str = ""
    policy: str = ""
    field: str | None = None
    end_line: int | None = None
    end_column: int | None = None

    def sort_key(self) -> tuple[str, int, int, str]:
        """Order by position, then rule name."""
        return (self.file, self.line, self.column, self.rule)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form (SPEC.md, "Findings")."""
        data = asdict(self)
        data["severity"] = self.severity.value
        return data


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Return ``findings`` sorted by file, line, column and rule."""
    return sorted(findings, key=Finding.sort_key)


def summarise(findings: Iterable[Finding]) -> dict[str, int]:
    """Count findings by severity."""
    counts = {"error": 0, "warning": 0, "info": 0}
    for finding in findings:
        counts[finding.severity.value] += 1
    return counts


def exit_code_for(findings: Iterable[Finding], *, strict: bool = False) -> ExitCode:
    """Return 1 when an error (or, with ``strict``, a warning) was found, else 0."""
    worst = max((f.severity.rank for f in findings), default=-1)
    threshold = Severity.WARNING.rank if strict else Severity.ERROR.rank
    return ExitCode.FINDINGS if worst >= threshold else ExitCode.OK


def apply_levels(findings: Iterable[Finding], levels: Mapping[str, Severity | None]) -> list[Finding]:
    """Apply configured severities by rule name; a level of None turns the rule off."""
    kept = []
    for finding in findings:
        if finding.rule in levels:
            level = levels[finding.rule]
            if level is None:
                continue
            finding = replace(finding, severity=level)
        kept.append(finding)
    return kept
