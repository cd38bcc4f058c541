"""Each output format on a fixed set of findings."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema

from advocacy_cli.findings import Finding, Severity
from advocacy_cli.report import OutputFormat, Report, formatter_for

SCHEMA = json.loads((Path(__file__).parent / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
SOURCE = "== Über, die Ärzte ==\nPlease vote support: 100% sure\n"
FINDINGS = [
    Finding(
        "loaded-wording",
        Severity.WARNING,
        "shouting, here",
        "drafts/de.wiki",
        1,
        4,
        "write calmly",
        "https://example.org/a",
        end_line=1,
        end_column=20,
    ),
    Finding(
        "canvassing",
        Severity.ERROR,
        "line one\nline two: 100%",
        "drafts/de.wiki",
        2,
        8,
        "ask neutrally",
        "https://example.org/b",
        end_line=2,
        end_column=20,
    ),
    Finding("missing-impact", Severity.INFO, "a note", "other.wiki", 1, 1),
]
ANNOTATION = re.compile(
    r"^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+(,endLine=\d+,endColumn=\d+)?,"
    r"title=[a-z-]+::[^\n\r]*$"
)


def report(**kwargs):
    return Report(
        FINDINGS,
        sources={"drafts/de.wiki": SOURCE},
        checked=["drafts/de.wiki", "other.wiki"],
        **kwargs,
    )


def test_json_parses():
    data = json.loads(formatter_for(OutputFormat.JSON)(report()))
    assert [f["rule"] for f in data["findings"]] == [
        "loaded-wording",
        "canvassing",
        "missing-impact",
    ]
    assert data["findings"][1]["end_column"] == 20
    assert data["summary"] == {"error": 1, "warning": 1, "info": 1, "files": 2}


def test_sarif_validates_against_the_schema():
    log = json.loads(formatter_for(OutputFormat.SARIF)(report()))
    jsonschema.validate(log, SCHEMA)
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    assert len(run["tool"]["driver"]["rules"]) == 18
    first = run["results"][0]
    assert first["ruleId"] == "loaded-wording" and first["level"] == "warning"
    assert first["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 1,
        "startColumn": 4,
        "endLine": 1,
        "endColumn": 20,
    }
    assert run["results"][2]["level"] == "note"
    rules = run["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in run["results"])


def test_github_annotations():
    lines = formatter_for(OutputFormat.GITHUB)(report()).splitlines()
    assert len(lines) == 3
    assert all(ANNOTATION.match(line) for line in lines)
    assert lines[0].startswith(
        "::warning file=drafts/de.wiki,line=1,col=4,endLine=1,endColumn=20,title=loaded-wording::"
    )
    assert lines[1].endswith("::line one%0Aline two: 100%25 Fix: ask neutrally")
    assert lines[2] == "::notice file=other.wiki,line=1,col=1,title=missing-impact::a note"


def test_github_escapes_properties():
    odd = Finding("unsigned", Severity.ERROR, "m", "a,b:c%.wiki", 1, 1)
    line = formatter_for(OutputFormat.GITHUB)(Report([odd])).strip()
    assert line == "::error file=a%2Cb%3Ac%25.wiki,line=1,col=1,title=unsigned::m"


def test_text_groups_by_file_and_marks_the_text():
    out = formatter_for(OutputFormat.TEXT)(report()).splitlines()
    assert out[0] == "drafts/de.wiki"
    index = out.index("    == Über, die Ärzte ==")
    assert out[index + 1] == "       " + "^" * 16
    assert "other.wiki" in out
    assert "\x1b[" not in "\n".join(out)
    coloured = formatter_for(OutputFormat.TEXT)(report(color=True))
    assert "\x1b[" in coloured
