"""GitHub Actions workflow commands: one ``::error file=…,line=…::message`` line per finding."""

from __future__ import annotations

from advocacy_cli.findings import Finding
from advocacy_cli.report import Report
from advocacy_cli.report.safe import neutralise

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """Escape a message as GitHub's runner expects (``%``, CR and LF); show other controls."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return neutralise(text)


def escape_property(text: str) -> str:
    """Escape a property value; ``:`` and ``,`` also separate properties."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding) -> str:
    """Return the workflow command for one finding."""
    props = [
        f"file={escape_property(finding.file)}",
        f"line={finding.line}",
        f"col={finding.column}",
    ]
    if finding.end_line is not None and finding.end_column is not None:
        props += [f"endLine={finding.end_line}", f"endColumn={finding.end_column}"]
    props.append(f"title={escape_property(finding.rule)}")
    message = finding.message + (f" Fix: {finding.suggestion}" if finding.suggestion else "")
    return f"::{COMMANDS[finding.severity.value]} {','.join(props)}::{escape_data(message)}"


def format_github(report: Report) -> str:
    """Return one annotation line per finding."""
    return "".join(annotation(f) + "\n" for f in report.findings)
