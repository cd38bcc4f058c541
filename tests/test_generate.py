"""``advocacy new --answers``: what it writes, where, and when it refuses."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest

from advocacy_cli import files
from advocacy_cli.answers import load_answers
from advocacy_cli.errors import UserError
from advocacy_cli.generate import generate
from tests.conftest import EXAMPLES, TODAY

BANNER = EXAMPLES / "enwiki-banner" / "answers.yaml"
TODAY_ARG = ("--today", TODAY.isoformat())
EXPECTED_FILES = {"proposal.enwiki.wiki", "posting-plan.enwiki.md", "answers.yaml"}


def _new(cli, *args):
    return cli("new", "--answers", BANNER, *TODAY_ARG, *args)


def test_new_writes_a_draft_and_plan_per_project(cli, tmp_path):
    out = tmp_path / "out"
    result = _new(cli, "--out", out)
    assert result.exit_code == 0, result.stderr
    assert {p.name for p in out.iterdir()} == EXPECTED_FILES
    assert "Wrote 3 files" in result.stdout
    assert "Next steps" in result.stdout
    assert "1. On 2027-04-01, share the idea at Wikipedia:Village pump (idea lab)" in result.stdout


def test_several_projects_get_one_pair_each(cli, tmp_path):
    answers = EXAMPLES / "frwiki-eswiki-statement" / "answers.yaml"
    result = cli("new", "--answers", answers, *TODAY_ARG, "--out", tmp_path)
    assert result.exit_code == 0, result.stderr
    assert {p.name for p in tmp_path.iterdir()} == {
        "proposal.frwiki.wiki",
        "posting-plan.frwiki.md",
        "proposal.eswiki.wiki",
        "posting-plan.eswiki.md",
        "answers.yaml",
    }


def test_out_defaults_to_the_slug_of_the_cause_title(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = _new(cli)
    assert result.exit_code == 0, result.stderr
    folder = tmp_path / "hosting-services-liability-directive"
    assert {p.name for p in folder.iterdir()} == EXPECTED_FILES


def test_refuses_to_overwrite_without_force(cli, tmp_path):
    assert _new(cli, "--out", tmp_path).exit_code == 0
    draft = tmp_path / "proposal.enwiki.wiki"
    draft.write_text("my own edits\n", encoding="utf-8")
    result = _new(cli, "--out", tmp_path)
    assert result.exit_code == 2
    assert "already exists" in result.stderr and "--force" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert draft.read_text(encoding="utf-8") == "my own edits\n"
    forced = _new(cli, "--out", tmp_path, "--force")
    assert forced.exit_code == 0, forced.stderr
    assert draft.read_text(encoding="utf-8").startswith("== RfC: ")


def test_writes_are_atomic(catalog, tmp_path, monkeypatch):
    answers, doc = load_answers(BANNER, catalog)
    generate(answers, doc, catalog, TODAY, tmp_path, force=False)
    before = {p.name: p.read_text(encoding="utf-8") for p in tmp_path.iterdir()}
    calls = []

    def failing_rename(self: Path, target: Path) -> Path:
        calls.append(target)
        raise OSError(errno.EIO, "input/output error")

    monkeypatch.setattr(files.Path, "rename", failing_rename)
    with pytest.raises(UserError, match="cannot write: input/output error; nothing was changed"):
        generate(answers, doc, catalog, TODAY, tmp_path, force=True)
    assert calls, "files are written through a rename"
    # The interrupted write left the old file whole and no temporary file behind.
    assert {p.name: p.read_text(encoding="utf-8") for p in tmp_path.iterdir()} == before


def test_error_findings_write_nothing_and_exit_1(cli, tmp_path):
    text = BANNER.read_text(encoding="utf-8")
    # A banner with no alternatives considered is an error (no-alternatives).
    start = text.index("alternatives:\n")
    end = text.index("outreach:\n")
    broken = tmp_path / "answers.yaml"
    broken.write_text(text[:start] + text[end:], encoding="utf-8")
    out = tmp_path / "out"
    result = cli("new", "--answers", broken, *TODAY_ARG, "--out", out)
    assert result.exit_code == 1
    assert "no-alternatives" in result.stdout
    assert "Nothing written" in result.stdout
    assert not out.exists()


def test_json_report(cli, tmp_path):
    result = _new(cli, "--out", tmp_path, "--format", "json")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert {Path(p).name for p in document["written"]} == EXPECTED_FILES
    assert document["summary"]["error"] == 0
    assert isinstance(document["findings"], list)
    assert len(document["next_steps"]) == 3


def test_bad_answers_are_one_line_per_problem(cli, tmp_path):
    bad = tmp_path / "answers.yaml"
    bad.write_text(BANNER.read_text(encoding="utf-8").replace("kind: banner", "kind: banerr"))
    result = cli("new", "--answers", bad, *TODAY_ARG, "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert "action.kind" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.iterdir()))
def test_examples_have_no_error_findings(cli, tmp_path, example):
    result = cli(
        "new",
        "--answers",
        EXAMPLES / example / "answers.yaml",
        *TODAY_ARG,
        "--out",
        tmp_path,
        "--format",
        "json",
    )
    assert result.exit_code == 0, result.stdout + result.stderr
    assert json.loads(result.stdout)["summary"]["error"] == 0


@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.iterdir()))
def test_generated_drafts_lint_without_errors(cli, tmp_path, example):
    assert (
        cli("new", "--answers", EXAMPLES / example / "answers.yaml", *TODAY_ARG, "--out", tmp_path).exit_code
        == 0
    )
    drafts = sorted(tmp_path.glob("proposal.*.wiki"))
    result = cli("lint", *drafts, *TODAY_ARG, "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    assert [f for f in findings if f["severity"] == "error"] == []
    assert result.exit_code == 0


def test_interview_findings_point_at_the_answers_file_written_beside_the_drafts(catalog, tmp_path):
    text = (EXAMPLES / "enwiki-banner" / "answers.yaml").read_text(encoding="utf-8")
    source = tmp_path / "interview.yaml"
    source.write_text(
        "# saved by the interview\n\n" + text.replace("topic: intermediary-liability", "topic: other"),
        encoding="utf-8",
    )
    answers, doc = load_answers(source, catalog)
    out = tmp_path / "drafts"
    result = generate(answers, doc, catalog, TODAY, out, force=False, locate_in_output=True)
    [finding] = [f for f in result.findings if f.rule == "off-mission"]
    written = (out / "answers.yaml").read_text(encoding="utf-8").splitlines()
    assert finding.file == str(out / "answers.yaml")
    assert written[finding.line - 1].strip() == "topic: other"
