"""SARIF 2.1.0: one log with one run, the rules as the driver's rules, columns in code points."""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Any

from advocacy_cli import __version__
from advocacy_cli.findings import Finding
from advocacy_cli.report import Report
from advocacy_cli.report.safe import escape_json_text
from advocacy_cli.rules import RULES

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
INFORMATION_URI = "https://meta.wikimedia.org/wiki/Asking_Wikimedians_To_Support_Advocacy"


def _rule(rule: Any) -> dict[str, Any]:
    return {
        "id": rule.name,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.explanation},
        "helpUri": rule.policy,
        "help": {
            "text": f"{rule.explanation}\n\nFails:\n{rule.example_fail}\n\nPasses:\n{rule.example_pass}"
        },
        "defaultConfiguration": {"level": LEVELS[rule.severity.value]},
    }


def _uri(file: str) -> str:
    return PurePath(file).as_posix() if file != "<stdin>" else "stdin"


def _result(finding: Finding, index: dict[str, int]) -> dict[str, Any]:
    region: dict[str, int] = {"startLine": finding.line, "startColumn": finding.column}
    if finding.end_line is not None and finding.end_column is not None:
        region["endLine"] = finding.end_line
        region["endColumn"] = finding.end_column
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "level": LEVELS[finding.severity.value],
        "message": {"text": finding.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": _uri(finding.file)},
                    "region": region,
                }
            }
        ],
    }
    if finding.rule in index:
        result["ruleIndex"] = index[finding.rule]
    pairs = (("suggestion", finding.suggestion), ("policy", finding.policy))
    properties = {key: value for key, value in pairs if value}
    if properties:
        result["properties"] = properties
    return result


def format_sarif(report: Report) -> str:
    """Return the findings as a SARIF 2.1.0 log."""
    index = {rule.name: i for i, rule in enumerate(RULES)}
    run = {
        "tool": {
            "driver": {
                "name": "advocacy",
                "version": __version__,
                "informationUri": INFORMATION_URI,
                "rules": [_rule(rule) for rule in RULES],
            }
        },
        # Columns count characters, as the text and JSON formats do.
        "columnKind": "unicodeCodePoints",
        "artifacts": [{"location": {"uri": _uri(name)}} for name in report.checked],
        "results": [_result(f, index) for f in report.findings],
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return escape_json_text(json.dumps(log, ensure_ascii=False, indent=2)) + "\n"
