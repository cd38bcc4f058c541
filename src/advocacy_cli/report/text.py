"""Human-readable findings, grouped by file, with the offending part of the line underlined.

The report stays small whatever the draft: each excerpt is cut to the terminal's width
around the finding, only the first few findings of a rule in a file are shown in full (the
rest are counted), and the draft's control characters are shown, never sent to the terminal.
"""

from __future__ import annotations

import io
from collections import Counter
from itertools import groupby

from rich.cells import cell_len
from rich.console import Console
from rich.markup import escape

from advocacy_cli.findings import Finding, summarise
from advocacy_cli.lint.source import Source
from advocacy_cli.report import Report
from advocacy_cli.report.safe import neutralise

STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}
# Findings of one rule shown in full per file; the others are counted in one line.
SHOWN_PER_RULE = 5
INDENT = "    "
ELLIPSIS = "…"
MIN_WIDTH = 40


def excerpt(finding: Finding, source: Source, width: int) -> list[str]:
    """Return the finding's line, cut to ``width`` around it, and a line of carets under it."""
    if not 1 <= finding.line <= source.line_count:
        return []
    text = neutralise(source.line_text(finding.line).replace("\t", " "))
    start = min(max(finding.column - 1, 0), len(text))
    same_line = finding.end_line in (None, finding.line) and finding.end_column
    end = finding.end_column - 1 if same_line and finding.end_column else start + 1
    end = max(min(end, len(text)), start + 1)
    room = max(width - len(INDENT), MIN_WIDTH)
    left, right = 0, len(text)
    if len(text) > room:
        # Keep some context before the finding, and as much of it as fits.
        left = max(0, min(start - room // 4, len(text) - room))
        right = left + room
    shown = text[left:right]
    if left > 0:
        shown = ELLIPSIS + shown[1:]
    if right < len(text):
        shown = shown[:-1] + ELLIPSIS
    pad = cell_len(shown[: start - left])
    carets = max(1, cell_len(shown[start - left : min(end, right) - left]))
    return [INDENT + shown, INDENT + " " * pad + "^" * carets]


def format_text(report: Report) -> str:
    """Return the findings as text; colour only when ``report.color`` is set."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=report.color,
        no_color=not report.color,
        width=report.width,
        highlight=False,
        soft_wrap=True,
    )
    for file, group in groupby(report.findings, key=lambda f: f.file):
        text = report.sources.get(file)
        source = Source.from_text(file, text) if text is not None else None
        console.print(f"[bold]{escape(neutralise(file))}[/bold]")
        shown: Counter[str] = Counter()
        hidden: Counter[str] = Counter()
        for finding in group:
            if shown[finding.rule] >= SHOWN_PER_RULE:
                hidden[finding.rule] += 1
                continue
            shown[finding.rule] += 1
            _print_finding(console, finding, source, report.width)
        for rule, count in hidden.items():
            console.print(
                f"  [dim]... and {count:,} more {escape(rule)} finding(s) in this file "
                "(--format json lists every one)[/dim]"
            )
        console.print()
    counts = summarise(report.findings)
    if report.findings:
        console.print(f"{counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} note(s)")
    else:
        checked = len(report.checked)
        console.print(f"No findings{f' in {checked} file(s)' if checked else ''}.")
    return buffer.getvalue()


def _print_finding(console: Console, finding: Finding, source: Source | None, width: int) -> None:
    style = STYLES[finding.severity.value]
    where = f"{finding.line}:{finding.column}"
    field = f" [dim]{escape(neutralise(finding.field))}[/dim]" if finding.field else ""
    console.print(
        f"  {where:<8} [{style}]{finding.severity.value:<7}[/{style}] "
        f"{escape(neutralise(finding.message))} [dim]({finding.rule})[/dim]{field}"
    )
    if source is not None:
        for line in excerpt(finding, source, width):
            console.print(escape(line), style="dim")
    if finding.suggestion:
        console.print(f"           [green]fix:[/green] {escape(neutralise(finding.suggestion))}")
    if finding.policy:
        console.print(f"           [dim]see {escape(neutralise(finding.policy))}[/dim]")
