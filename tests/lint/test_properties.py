"""Property-based tests: lint on any text gives findings or one clean error, never an exception.

A normal run tries a few hundred examples; set ADVOCACY_HYPOTHESIS_EXAMPLES (for instance to
20000) for a long run by hand.
"""

from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advocacy_cli.errors import InputError
from advocacy_cli.findings import Finding
from advocacy_cli.lint.engine import LintOptions, decode_draft, lint_source
from advocacy_cli.lint.source import Source, split_lines
from advocacy_cli.report import OutputFormat, Report, formatter_for
from advocacy_cli.report.safe import UNSAFE
from tests.conftest import TODAY

EXAMPLES = int(os.environ.get("ADVOCACY_HYPOTHESIS_EXAMPLES", "150"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,  # the same examples every run: tests stay deterministic
    database=None,  # and nothing is saved between runs
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# The pieces wikitext is made of, including the broken ones.
PIECES = [
    "[[",
    "]]",
    "[[User:Ann|Ann]]",
    "[[User talk:Bob]]",
    "[[Category:X]]",
    "{{",
    "}}",
    "{{{",
    "}}}",
    "{{rfc|policy}}",
    "{{quote|",
    "|",
    "=",
    "==",
    "== Background ==",
    "=== Proposed action ===",
    "<ref>",
    "</ref>",
    "<ref name=a/>",
    "<nowiki>",
    "</nowiki>",
    "<!--",
    "-->",
    "<blockquote>",
    "</blockquote>",
    "<pre>",
    "{|",
    "|}",
    "~~~",
    "~~~~",
    "~~~~~",
    "'''",
    "''",
    "\n",
    "\n\n",
    " ",
    "\t",
    "\r\n",
    "\u2028",
    "\f",
    "“",
    "”",
    "„",
    "«",
    "»",
    '"',
    "?",
    "!",
    "?!",
    ".",
    "banner",
    "blackout",
    "vote support",
    "Tell your members to vote",
    "email info@wikimedia.org",
    "48 hours",
    "1 September 2027",
    "2027-04-10",
    "Wikimedia Foundation",
    "CentralNotice",
    "\x1b[31m",
    "\x00",
    "\ufeff",
    "İ",
    "ß",
    "漢字",
    "[PLACEHOLDER]",
    "TODO",
]
wikitext = st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=60).map("".join)


def lint_or_clean_error(catalog, text: str) -> list[Finding] | None:
    """Lint ``text``; an InputError (a clean one-line problem) is allowed, nothing else."""
    source = Source.from_text("draft.wiki", text)
    try:
        findings, problems = lint_source(source, catalog, LintOptions(TODAY))
    except InputError as exc:
        assert exc.problems and all("\n" not in str(p) for p in exc.problems)
        return None
    assert all(str(p).startswith("draft.wiki") for p in problems)
    return findings


def check_findings(source: Source, findings: list[Finding]) -> None:
    for f in findings:
        assert 1 <= f.line <= source.line_count
        assert 1 <= f.column <= len(source.line_text(f.line)) + 1
        assert (f.end_line, f.end_column) >= (f.line, f.column)


@SETTINGS
@given(text=st.text(max_size=400))
def test_lint_on_arbitrary_text(catalog, text):
    findings = lint_or_clean_error(catalog, text)
    if findings is not None:
        check_findings(Source.from_text("draft.wiki", text), findings)


@SETTINGS
@given(text=wikitext)
def test_lint_on_wikitext_shaped_text_and_every_report(catalog, text):
    findings = lint_or_clean_error(catalog, text)
    if findings is None:
        return
    source = Source.from_text("draft.wiki", text)
    check_findings(source, findings)
    report = Report(findings, sources={"draft.wiki": source.text}, checked=["draft.wiki"], width=60)
    for fmt in OutputFormat:
        output = formatter_for(fmt)(report)
        if fmt is OutputFormat.TEXT:
            assert not UNSAFE.search(output.replace("\n", ""))
        elif fmt in (OutputFormat.JSON, OutputFormat.SARIF):
            json.loads(output)


@SETTINGS
@given(raw=st.binary(max_size=300) | wikitext.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_decoding_arbitrary_bytes_gives_text_or_one_clean_problem(raw):
    try:
        text = decode_draft("draft.wiki", raw)
    except InputError as exc:
        assert len(exc.problems) == 1
        assert str(exc.problems[0]).startswith("draft.wiki")
        return
    assert "\x00" not in text


@SETTINGS
@given(text=wikitext)
def test_positions_and_lines_agree(text):
    source = Source.from_text("draft.wiki", text)
    lines = split_lines(text)
    assert source.line_count == len(lines)
    for offset in range(0, len(source.text) + 1, 7):
        line, column = source.position(offset)
        assert source.line_text(line) == lines[line - 1]
        assert column - 1 <= len(lines[line - 1])
