"""``advocacy check FILE``: exit codes, --strict, --today and the JSON report."""

from __future__ import annotations

import json

import pytest

from advocacy_cli.lint.config import config_for_folder
from tests.conftest import FIXTURES

ANSWERS = FIXTURES / "answers"
GOOD = sorted((ANSWERS / "good").glob("*.yaml"))
CAMPAIGN = ANSWERS / "flagged" / "blackout-campaign.yaml"
OTHER_TOPIC = ANSWERS / "flagged" / "other-topic.yaml"
TODAY = ("--today", "2027-04-01")
SPEC_FIELDS = {"rule", "severity", "message", "file", "line", "column", "field", "suggestion", "policy"}


def check_json(cli, path, *extra: str) -> tuple[int, dict]:
    result = cli("check", path, "--format", "json", *TODAY, *extra)
    return result.exit_code, json.loads(result.stdout)


@pytest.mark.parametrize("path", GOOD, ids=lambda p: p.stem)
def test_good_answers_have_no_error(cli, path) -> None:
    code, report = check_json(cli, path)
    assert code == 0
    assert [f for f in report["findings"] if f["severity"] == "error"] == []
    assert report["summary"]["error"] == 0


def test_findings_exit_1_and_are_located(cli) -> None:
    code, report = check_json(cli, CAMPAIGN)
    assert code == 1
    errors = [f for f in report["findings"] if f["severity"] == "error"]
    located = {(f["rule"], f["field"], f["line"]) for f in errors}
    assert located == {
        ("undisclosed-affiliation", "organisation.role", 1),
        ("missing-scope", "action.scope", 12),
        ("no-alternatives", "action.kind", 13),
        ("meatpuppetry", "action.details", 14),
        ("missing-scope", "action.duration_hours", 16),
        ("canvassing", "outreach[0].channel", 18),
        ("contact-address", "outreach[1].note", 21),
    }


def test_json_has_the_spec_fields(cli) -> None:
    _, report = check_json(cli, CAMPAIGN)
    assert report["findings"]
    for finding in report["findings"]:
        assert set(finding) >= SPEC_FIELDS
        assert finding["file"] == str(CAMPAIGN)
        assert finding["severity"] in {"error", "warning", "info"}
        assert finding["line"] >= 1 and finding["column"] >= 1
        assert finding["policy"].startswith("https://")
        assert finding["message"] and finding["suggestion"]
    summary = report["summary"]
    assert summary["error"] == sum(f["severity"] == "error" for f in report["findings"])
    assert summary["warning"] == sum(f["severity"] == "warning" for f in report["findings"])


def test_json_points_inside_a_one_line_scalar(cli) -> None:
    _, report = check_json(cli, CAMPAIGN)
    [shout] = [f for f in report["findings"] if f["message"].startswith("Shouting")]
    line = CAMPAIGN.read_text(encoding="utf-8").splitlines()[shout["line"] - 1]
    assert (shout["line"], shout["column"]) == (5, line.index("STOP") + 1)


def test_findings_are_sorted_by_position(cli) -> None:
    _, report = check_json(cli, CAMPAIGN)
    positions = [(f["line"], f["column"]) for f in report["findings"]]
    assert positions == sorted(positions)


def test_warnings_alone_exit_0_and_1_with_strict(cli) -> None:
    code, report = check_json(cli, OTHER_TOPIC)
    assert code == 0
    assert [(f["rule"], f["severity"], f["field"], f["line"]) for f in report["findings"]] == [
        ("off-mission", "warning", "cause.topic", 8)
    ]
    assert cli("check", OTHER_TOPIC, *TODAY, "--strict").exit_code == 1


def test_info_does_not_fail_strict(cli, tmp_path) -> None:
    text = (ANSWERS / "good" / "enwiki-banner.yaml").read_text(encoding="utf-8")
    path = tmp_path / "no-account.yaml"
    path.write_text(text.replace("  username: Example-OKN\n", ""), encoding="utf-8")
    code, report = check_json(cli, path, "--strict")
    assert code == 0
    assert [(f["rule"], f["severity"]) for f in report["findings"]] == [("undisclosed-affiliation", "info")]


def test_text_report_names_rule_field_and_line(cli) -> None:
    result = cli("check", OTHER_TOPIC, *TODAY)
    assert result.exit_code == 0
    assert "off-mission" in result.stdout
    assert "cause.topic" in result.stdout
    assert "8:1" in result.stdout


def test_today_changes_the_outcome(cli) -> None:
    path = ANSWERS / "good" / "enwiki-banner.yaml"
    code, report = check_json(cli, path, "--today", "2027-06-25")
    assert code == 1
    [late] = [f for f in report["findings"] if f["rule"] == "short-deadline"]
    assert (late["field"], late["line"], late["severity"]) == ("action.start", 28, "error")
    assert "only 3 days away" in late["message"]


def test_bad_today_is_a_usage_error(cli) -> None:
    result = cli("check", OTHER_TOPIC, "--today", "1 April")
    assert result.exit_code == 2
    assert result.stderr.strip() == "--today: expected a date as YYYY-MM-DD, got '1 April'"


def test_check_writes_nothing(cli, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    cli("check", CAMPAIGN, *TODAY)
    cli("check", GOOD[0], *TODAY)
    assert list(tmp_path.iterdir()) == []


def test_check_reads_the_same_severity_configuration_as_lint(cli, tmp_path):
    answers = tmp_path / "answers.yaml"
    answers.write_text(
        (ANSWERS / "good" / "enwiki-banner.yaml")
        .read_text(encoding="utf-8")
        .replace("topic: intermediary-liability", "topic: other"),
        encoding="utf-8",
    )
    before = json.loads(cli("check", answers, "--today", "2027-04-01", "--format", "json").stdout)
    assert [f["severity"] for f in before["findings"] if f["rule"] == "off-mission"] == ["warning"]
    (tmp_path / ".advocacy-lint.yaml").write_text("rules:\n  off-mission: error\n", encoding="utf-8")
    config_for_folder.cache_clear()  # one process, three configurations
    result = cli("check", answers, "--today", "2027-04-01", "--format", "json")
    after = json.loads(result.stdout)
    assert [f["severity"] for f in after["findings"] if f["rule"] == "off-mission"] == ["error"]
    assert result.exit_code == 1
    (tmp_path / ".advocacy-lint.yaml").write_text("rules:\n  off-mission: off\n", encoding="utf-8")
    config_for_folder.cache_clear()
    silenced = json.loads(cli("check", answers, "--today", "2027-04-01", "--format", "json").stdout)
    assert not [f for f in silenced["findings"] if f["rule"] == "off-mission"]


def test_impossible_date_exits_2_naming_line_and_field(cli, tmp_path):
    answers = tmp_path / "answers.yaml"
    text = (ANSWERS / "good" / "enwiki-banner.yaml").read_text(encoding="utf-8")
    answers.write_text(text.replace("start: 2027-06-28", "start: 2027-02-30"), encoding="utf-8")
    result = cli("check", answers)
    assert result.exit_code == 2
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "start: 2027-06-28" in row)
    assert result.stderr.strip() == (
        f"{answers}:{line}: action.start: expected a real date as YYYY-MM-DD "
        "(day is out of range for month), got '2027-02-30'"
    )
