"""Output formats for findings: each a pure function from findings to text."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from enum import StrEnum

from advocacy_cli.findings import Finding

# The text report's width when stdout is not a terminal (CI logs, files, pipes).
DEFAULT_WIDTH = 100


class OutputFormat(StrEnum):
    """The formats ``check`` and ``lint`` can print."""

    TEXT = "text"
    JSON = "json"
    SARIF = "sarif"
    GITHUB = "github"


class Report:
    """What a formatter needs: the findings, and the checked texts for source excerpts."""

    def __init__(
        self,
        findings: Sequence[Finding],
        sources: Mapping[str, str] | None = None,
        checked: Sequence[str] = (),
        color: bool = False,
        width: int = DEFAULT_WIDTH,
    ) -> None:
        self.findings = findings
        self.sources = dict(sources or {})
        self.checked = list(checked)
        self.color = color
        self.width = width


Formatter = Callable[[Report], str]


def formatter_for(fmt: OutputFormat) -> Formatter:
    """Return the formatter for ``fmt``; imports only the module it needs."""
    if fmt is OutputFormat.JSON:
        from advocacy_cli.report.json_format import format_json

        return format_json
    if fmt is OutputFormat.SARIF:
        from advocacy_cli.report.sarif import format_sarif

        return format_sarif
    if fmt is OutputFormat.GITHUB:
        from advocacy_cli.report.github import format_github

        return format_github
    from advocacy_cli.report.text import format_text

    return format_text
