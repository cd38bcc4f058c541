"""Reports stay small and safe: excerpts cut around the finding, repeats counted, no raw controls."""

from __future__ import annotations

import json

import pytest

from advocacy_cli.findings import Finding, Severity
from advocacy_cli.lint.source import Source
from advocacy_cli.report import OutputFormat, Report, formatter_for
from advocacy_cli.report.safe import neutralise
from advocacy_cli.report.text import SHOWN_PER_RULE, excerpt

TODAY_ARGS = ("--today", "2027-04-01")
ESCAPES = "\x1b[2J\x1b]0;owned\x07\x9b31m\u202eevil\u2028\x00"


def finding(line, column, end_column, message="m", rule="wikitext-syntax", file="d.wiki"):
    return Finding(rule, Severity.ERROR, message, file, line, column, end_line=line, end_column=end_column)


@pytest.mark.parametrize("width", [40, 60, 100, 200])
@pytest.mark.parametrize("column", [1, 50, 2500, 4990])
def test_an_excerpt_fits_the_width_and_points_at_the_finding(width, column):
    line = "".join(chr(ord("a") + i % 26) for i in range(5000))
    source = Source.from_text("d.wiki", f"first\n{line}\nlast")
    shown, carets = excerpt(finding(2, column, column + 3), source, width)
    assert len(shown) <= max(width, 44)
    offset = carets.index("^")
    # The carets stand under the finding's own characters.
    assert shown[offset : offset + 3] == line[column - 1 : column + 2]
    assert carets.strip() == "^^^"


def test_a_short_line_is_shown_whole_and_a_long_finding_is_cut():
    source = Source.from_text("d.wiki", "short line here\n" + "x" * 300)
    assert excerpt(finding(1, 7, 11), source, 80) == ["    short line here", "          ^^^^"]
    shown, carets = excerpt(finding(2, 1, 301), source, 80)
    assert shown.endswith("…") and len(carets.strip()) < 80


def test_wide_characters_keep_the_carets_under_the_finding():
    source = Source.from_text("d.wiki", "漢字漢字 [[x")
    shown, carets = excerpt(finding(1, 6, 8), source, 80)
    assert carets == "    " + " " * 9 + "^^"  # four wide characters and a space: nine cells


def test_repeated_findings_of_a_rule_are_counted_in_text_and_all_kept_in_json(cli, tmp_path):
    path = tmp_path / "links.wiki"
    path.write_text(
        "== A ==\nIntro text with enough words to count as a summary. ~~~~\n" + "[[\n" * 40, encoding="utf-8"
    )
    text = cli("lint", path, "--select", "wikitext-syntax", *TODAY_ARGS).stdout
    assert text.count("unclosed '[[': the link never ends") == SHOWN_PER_RULE
    assert f"... and {40 - SHOWN_PER_RULE} more wikitext-syntax finding(s) in this file" in text
    assert "40 error(s)" in text
    data = json.loads(
        cli("lint", path, "--select", "wikitext-syntax", "--format", "json", *TODAY_ARGS).stdout
    )
    assert len(data["findings"]) == 40


def test_output_grows_linearly_with_the_findings(cli, tmp_path):
    sizes = {}
    for count in (1000, 8000):
        path = tmp_path / f"r{count}.wiki"
        path.write_text("<ref>" * count, encoding="utf-8")
        text = cli("lint", path, *TODAY_ARGS).stdout
        sarif = cli("lint", path, "--format", "sarif", *TODAY_ARGS).stdout
        sizes[count] = (len(text), len(sarif))
    # The text report does not grow with repeats; SARIF grows with the findings, not faster.
    assert sizes[8000][0] < sizes[1000][0] * 1.2
    assert sizes[8000][1] < sizes[1000][1] * 9
    assert sizes[1000][0] < 10_000


@pytest.mark.parametrize("fmt", list(OutputFormat))
def test_a_drafts_control_characters_never_reach_a_report(cli, tmp_path, fmt):
    path = tmp_path / "esc.wiki"
    path.write_text(f"== Title ==\nHello {ESCAPES} world [[open\n", encoding="utf-8")
    output = cli("lint", path, "--format", fmt.value, *TODAY_ARGS).stdout
    for char in "\x1b\x07\x9b\u202e\u2028\x00":
        assert char not in output, (fmt, repr(char))


def test_messages_with_control_characters_survive_json_exactly():
    message = f"placeholder left in the draft: {ESCAPES}"
    report = Report([Finding("unedited-placeholder", Severity.WARNING, message, "d.wiki", 1)])
    document = formatter_for(OutputFormat.JSON)(report)
    assert "\x9b" not in document and "\u202e" not in document
    assert json.loads(document)["findings"][0]["message"] == message


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b[31mred", "␛[31mred"),
        ("bell\x07", "bell␇"),
        ("tab\tstays", "tab\tstays"),
        ("csi\x9bx", "csi\ufffdx"),
        ("rtl\u202eabc", "rtl\ufffdabc"),
        ("line\u2028sep", "line\ufffdsep"),
        ("nul\x00", "nul␀"),
        ("del\x7f", "del\u2421"),
    ],
)
def test_neutralise_keeps_one_visible_character_per_control(raw, shown):
    assert neutralise(raw) == shown
    assert len(neutralise(raw)) == len(raw)
