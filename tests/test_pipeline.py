"""One pipeline: ``check``, ``new``, the interview and ``lint`` apply the same configuration."""

from __future__ import annotations

import json

import pytest

from advocacy_cli.answers import load_answers
from advocacy_cli.generate import generate
from advocacy_cli.lint.config import config_for_folder
from tests.conftest import FIXTURES, TODAY

GOOD = (FIXTURES / "answers" / "good" / "enwiki-banner.yaml").read_text(encoding="utf-8")
TODAY_ARG = ("--today", TODAY.isoformat())

# (rule, configured level, edit that makes the rule fire, whether check and new then pass)
CASES = [
    ("missing-scope", "warning", ("  scope: Logged-out readers in the EU\n", ""), True),
    ("missing-scope", "off", ("  duration_hours: 48\n", ""), True),
    ("undisclosed-affiliation", "info", ("  role: Policy officer\n", ""), True),
    (
        "no-alternatives",
        "warning",
        (
            "alternatives:\n  - kind: blog-post\n    why_not: Already under way; reaches few readers.\n"
            "  - kind: consultation-response\n    why_not: The consultation closed in 2026.\n",
            "",
        ),
        True,
    ),
    ("off-mission", "error", ("topic: intermediary-liability", "topic: other"), False),
    (
        "missing-impact",
        "error",
        (GOOD[GOOD.index("  impact: >") : GOOD.index("  sources:")], "  impact: It matters a lot.\n"),
        False,
    ),
]


@pytest.fixture(autouse=True)
def _fresh_configuration():
    config_for_folder.cache_clear()
    yield
    config_for_folder.cache_clear()


def _write_config(folder, style, rule, level):
    if style == "yaml":
        (folder / ".advocacy-lint.yaml").write_text(f"rules:\n  {rule}: {level}\n", encoding="utf-8")
    else:
        (folder / "pyproject.toml").write_text(
            f'[tool.advocacy.lint.rules]\n"{rule}" = "{level}"\n', encoding="utf-8"
        )


def _answers(folder, change):
    old, new = change
    assert GOOD.count(old) == 1, old
    path = folder / "answers.yaml"
    path.write_text(GOOD.replace(old, new), encoding="utf-8")
    return path


class TestCheckAndNewAgreeUnderConfiguration:
    @pytest.mark.parametrize("style", ["yaml", "toml"])
    @pytest.mark.parametrize(("rule", "level", "change", "passes"), CASES, ids=lambda v: str(v)[:20])
    def test_same_exit_and_severity(self, cli, tmp_path, style, rule, level, change, passes):
        _write_config(tmp_path, style, rule, level)
        answers = _answers(tmp_path, change)
        checked = cli("check", answers, *TODAY_ARG, "--format", "json")
        made = cli("new", "--answers", answers, *TODAY_ARG, "--out", tmp_path / "out", "--format", "json")
        assert checked.exit_code == made.exit_code, (checked.stdout, made.stdout)
        assert checked.exit_code == (0 if passes else 1)
        seen = [(f["rule"], f["severity"]) for f in json.loads(checked.stdout)["findings"]]
        made_seen = [(f["rule"], f["severity"]) for f in json.loads(made.stdout)["findings"]]
        assert seen == made_seen
        ours = [severity for name, severity in seen if name == rule]
        if level == "off":
            assert ours == []
        else:
            assert ours and set(ours) == {level}
        assert bool(json.loads(made.stdout)["written"]) == (made.exit_code == 0)

    def test_without_configuration_the_defaults_apply(self, cli, tmp_path):
        answers = _answers(tmp_path, ("  scope: Logged-out readers in the EU\n", ""))
        assert cli("check", answers, *TODAY_ARG).exit_code == 1
        made = cli("new", "--answers", answers, *TODAY_ARG, "--out", tmp_path / "out")
        assert made.exit_code == 1
        assert not (tmp_path / "out").exists()

    def test_configuration_above_the_answers_folder_is_found(self, cli, tmp_path):
        _write_config(tmp_path, "yaml", "missing-scope", "warning")
        nested = tmp_path / "campaigns" / "2027"
        nested.mkdir(parents=True)
        answers = _answers(nested, ("  scope: Logged-out readers in the EU\n", ""))
        assert cli("check", answers, *TODAY_ARG).exit_code == 0
        assert cli("new", "--answers", answers, *TODAY_ARG, "--out", nested / "out").exit_code == 0


class TestInterviewAnswersUseTheConfigurationWhereTheyAreWritten:
    def test_findings_placed_in_the_output_folder_follow_its_configuration(self, catalog, tmp_path):
        _write_config(tmp_path, "yaml", "missing-scope", "warning")
        source = _answers(tmp_path, ("  scope: Logged-out readers in the EU\n", ""))
        answers, doc = load_answers(source, catalog)
        result = generate(answers, doc, catalog, TODAY, tmp_path / "out", force=False, locate_in_output=True)
        assert [(f.rule, f.severity.value) for f in result.findings] == [("missing-scope", "warning")]
        assert result.written

    def test_the_interview_checks_through_the_same_pipeline(self):
        from advocacy_cli.checks import run_answer_rules
        from advocacy_cli.wizard.flow import Interview

        assert Interview.__init__.__defaults__ is not None
        assert run_answer_rules in Interview.__init__.__defaults__


class TestEveryCommandOffersEveryFormat:
    @pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
    def test_check(self, cli, tmp_path, fmt):
        answers = _answers(tmp_path, ("topic: intermediary-liability", "topic: other"))
        result = cli("check", answers, *TODAY_ARG, "--format", fmt)
        assert result.exit_code == 0
        _assert_format(result.stdout, fmt, "off-mission")

    @pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
    def test_new(self, cli, tmp_path, fmt):
        answers = _answers(tmp_path, ("topic: intermediary-liability", "topic: other"))
        result = cli("new", "--answers", answers, *TODAY_ARG, "--out", tmp_path / "out", "--format", fmt)
        assert result.exit_code == 0
        _assert_format(result.stdout, fmt, "off-mission")
        assert (tmp_path / "out" / "proposal.enwiki.wiki").is_file()

    @pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
    def test_lint(self, cli, tmp_path, fmt):
        draft = tmp_path / "d.wiki"
        draft.write_text("== Proposal ==\nShould we run a banner about the directive?\n", encoding="utf-8")
        result = cli("lint", draft, *TODAY_ARG, "--format", fmt)
        assert result.exit_code == 1
        _assert_format(result.stdout, fmt, "unsigned")


def _assert_format(stdout, fmt, rule):
    if fmt == "json":
        assert rule in [f["rule"] for f in json.loads(stdout)["findings"]]
    elif fmt == "sarif":
        document = json.loads(stdout)
        assert rule in [r["ruleId"] for r in document["runs"][0]["results"]]
    elif fmt == "github":
        lines = stdout.splitlines()
        assert lines and all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
        assert any(f"title={rule}" in line for line in lines)
    else:
        assert rule in stdout
