"""Human-readable findings, grouped by file, with the offending source line underlined."""

from __future__ import annotations

import io
from itertools import groupby

from rich.console import Console
from rich.markup import escape

from advocacy_cli.findings import Finding, summarise
from advocacy_cli.report import Report

STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def _excerpt(finding: Finding, source: str | None) -> list[str]:
    if source is None:
        return []
    lines = source.splitlines()
    if not 1 <= finding.line <= len(lines):
        return []
    text = lines[finding.line - 1].expandtabs(1)
    start = max(finding.column - 1, 0)
    end = finding.end_column - 1 if finding.end_line == finding.line and finding.end_column else start + 1
    width = max(end - start, 1)
    return [f"    {text}", f"    {' ' * start}{'^' * width}"]


def format_text(report: Report) -> str:
    """Return the findings as text; colour only when ``report.color`` is set."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=report.color,
        no_color=not report.color,
        width=100,
        highlight=False,
        soft_wrap=True,
    )
    for file, group in groupby(report.findings, key=lambda f: f.file):
        console.print(f"[bold]{escape(file)}[/bold]")
        for finding in group:
            style = STYLES[finding.severity.value]
            where = f"{finding.line}:{finding.column}"
            field = f" [dim]{escape(finding.field)}[/dim]" if finding.field else ""
            console.print(
                f"  {where:<8} [{style}]{finding.severity.value:<7}[/{style}] "
                f"{escape(finding.message)} [dim]({finding.rule})[/dim]{field}"
            )
            for line in _excerpt(finding, report.sources.get(file)):
                console.print(escape(line), style="dim")
            if finding.suggestion:
                console.print(f"           [green]fix:[/green] {escape(finding.suggestion)}")
            if finding.policy:
                console.print(f"           [dim]see {escape(finding.policy)}[/dim]")
        console.print()
    counts = summarise(report.findings)
    if report.findings:
        console.print(f"{counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} note(s)")
    else:
        checked = len(report.checked)
        console.print(f"No findings{f' in {checked} file(s)' if checked else ''}.")
    return buffer.getvalue()
