"""One JSON document on stdout: ``{"findings": [...], "summary": {...}}`` (SPEC.md)."""

from __future__ import annotations

import json

from advocacy_cli.findings import summarise
from advocacy_cli.report import Report
from advocacy_cli.report.safe import escape_json_text

SCHEMA_VERSION = 1


def format_json(report: Report) -> str:
    """Return the findings as one JSON document."""
    summary = {
        **summarise(report.findings),
        "files": len(report.checked) or len({f.file for f in report.findings}),
    }
    document = {
        "schema_version": SCHEMA_VERSION,
        "findings": [finding.to_dict() for finding in report.findings],
        "summary": summary,
    }
    return escape_json_text(json.dumps(document, ensure_ascii=False, indent=2)) + "\n"
