"""``advocacy lint`` end to end: paths, stdin, options, configuration, suppressions, exit codes."""

from __future__ import annotations

import json

from tests.lint.test_rules import GOOD

TODAY_ARGS = ("--today", "2027-04-01")
BAD = "== Banner ==\nShould we run a banner? Tell our supporters to vote support.\n"


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_clean_file_exits_0(cli, tmp_path):
    result = cli("lint", write(tmp_path / "good.wiki", GOOD), *TODAY_ARGS)
    assert result.exit_code == 0, result.output
    assert "No findings in 1 file(s)." in result.stdout


def test_errors_exit_1_and_json_parses(cli, tmp_path):
    result = cli("lint", write(tmp_path / "bad.wiki", BAD), "--format", "json", *TODAY_ARGS)
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    rules = {f["rule"] for f in data["findings"]}
    assert {"canvassing", "unsigned"} <= rules
    assert all(f["file"].endswith("bad.wiki") and f["line"] >= 1 for f in data["findings"])


def test_folder_is_searched_recursively_for_drafts(cli, tmp_path):
    write(tmp_path / "a" / "one.wiki", GOOD)
    write(tmp_path / "a" / "b" / "two.wikitext", BAD)
    write(tmp_path / "a" / "notes.md", BAD)
    result = cli("lint", tmp_path / "a", "--format", "json", *TODAY_ARGS)
    files = {f["file"] for f in json.loads(result.stdout)["findings"]}
    assert files == {str(tmp_path / "a" / "b" / "two.wikitext")}
    assert json.loads(result.stdout)["summary"]["files"] == 2


def test_stdin(cli):
    result = cli("lint", "-", *TODAY_ARGS, input=BAD)
    assert result.exit_code == 1
    assert "<stdin>" in result.stdout


def test_strict_and_select_ignore(cli, tmp_path):
    path = write(tmp_path / "warn.wiki", GOOD.replace("== RfC: Should", "== RfC: STOP THIS NOW, should"))
    assert cli("lint", path, *TODAY_ARGS).exit_code == 0
    assert cli("lint", path, "--strict", *TODAY_ARGS).exit_code == 1
    assert cli("lint", path, "--strict", "--ignore", "loaded-wording", *TODAY_ARGS).exit_code == 0
    bad = write(tmp_path / "bad.wiki", BAD)
    result = cli("lint", bad, "--select", "canvassing", "--format", "json", *TODAY_ARGS)
    assert {f["rule"] for f in json.loads(result.stdout)["findings"]} == {"canvassing"}


def test_unknown_rule_in_select_is_a_usage_error(cli, tmp_path):
    result = cli("lint", write(tmp_path / "a.wiki", GOOD), "--select", "canvasing")
    assert result.exit_code == 2
    assert "did you mean 'canvassing'" in result.stderr


def test_quiet_prints_errors_only(cli, tmp_path):
    path = write(tmp_path / "warn.wiki", GOOD.replace("== RfC: Should", "== RfC: STOP THIS NOW, should"))
    result = cli("lint", path, "--quiet", *TODAY_ARGS)
    assert result.exit_code == 0
    assert result.stdout == ""


def test_unreadable_file_is_reported_and_others_still_linted(cli, tmp_path):
    broken = tmp_path / "latin1.wiki"
    broken.write_bytes("caf\xe9".encode("latin-1"))
    bad = write(tmp_path / "bad.wiki", BAD)
    result = cli("lint", broken, bad, tmp_path / "missing.wiki", "--format", "json", *TODAY_ARGS)
    assert result.exit_code == 2
    assert f"{broken}:1: column 4: not UTF-8 text (byte 0xe9)" in result.stderr
    assert f"{tmp_path / 'missing.wiki'}: no such file or folder" in result.stderr
    assert json.loads(result.stdout)["findings"]


def test_disable_next_line_and_file(cli, tmp_path):
    text = BAD.replace("Tell our", "<!-- advocacy-lint disable canvassing -->\nTell our")
    result = cli("lint", write(tmp_path / "a.wiki", text), "--format", "json", *TODAY_ARGS)
    assert "canvassing" not in {f["rule"] for f in json.loads(result.stdout)["findings"]}
    whole = "<!-- advocacy-lint disable-file -->\n" + BAD
    assert cli("lint", write(tmp_path / "b.wiki", whole), *TODAY_ARGS).exit_code == 0


def test_unknown_rule_in_directive_is_an_error(cli, tmp_path):
    text = "<!-- advocacy-lint disable canvasing -->\n" + GOOD
    result = cli("lint", write(tmp_path / "a.wiki", text), *TODAY_ARGS)
    assert result.exit_code == 2
    assert f"{tmp_path / 'a.wiki'}:1: advocacy-lint disable: unknown rule 'canvasing'" in result.stderr


def test_yaml_config_found_upward(cli, tmp_path):
    write(tmp_path / ".advocacy-lint.yaml", "rules:\n  canvassing: warning\n  unsigned: off\n")
    path = write(tmp_path / "drafts" / "bad.wiki", BAD)
    result = cli("lint", path, "--format", "json", *TODAY_ARGS)
    findings = json.loads(result.stdout)["findings"]
    assert {f["severity"] for f in findings if f["rule"] == "canvassing"} == {"warning"}
    assert "unsigned" not in {f["rule"] for f in findings}


def test_pyproject_config(cli, tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.advocacy.lint.rules]\nloaded-wording = "error"\n')
    path = write(tmp_path / "w.wiki", GOOD.replace("== RfC: Should", "== RfC: STOP THIS NOW, should"))
    assert cli("lint", path, *TODAY_ARGS).exit_code == 1


def test_unknown_rule_in_config_names_file_and_line(cli, tmp_path):
    config = write(tmp_path / ".advocacy-lint.yaml", "rules:\n  canvassing: warning\n  canvasing: off\n")
    result = cli("lint", write(tmp_path / "a.wiki", GOOD), *TODAY_ARGS)
    assert result.exit_code == 2
    assert f"{config}:3: rules.canvasing: unknown rule (did you mean 'canvassing'?)" in result.stderr
    assert "No findings" not in result.stdout  # the draft was not linted at all
    toml = write(tmp_path / "t" / "pyproject.toml", '[tool.advocacy.lint.rules]\nunsignd = "off"\n')
    result = cli("lint", write(tmp_path / "t" / "a.wiki", GOOD), *TODAY_ARGS)
    assert f"{toml}:2: tool.advocacy.lint.rules.unsignd: unknown rule" in result.stderr


def test_unknown_target(cli, tmp_path):
    result = cli("lint", write(tmp_path / "a.wiki", GOOD), "--target", "enwik")
    assert result.exit_code == 2
    assert "--target: no such project: 'enwik'" in result.stderr


def test_text_format_marks_the_offending_text(cli, tmp_path):
    path = write(tmp_path / "a.wiki", "Intro ~~~~ {{rfc|policy [[WP:X}}\n")
    result = cli("lint", path, "--select", "wikitext-syntax", *TODAY_ARGS)
    lines = result.stdout.splitlines()
    index = lines.index("    Intro ~~~~ {{rfc|policy [[WP:X}}")
    assert lines[index + 1] == "               ^^"
