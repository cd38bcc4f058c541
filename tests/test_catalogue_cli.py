"""``advocacy projects``, ``topics``, ``rules``, ``--version`` and ``--debug`` from the command line."""

from __future__ import annotations

import json

from advocacy_cli import __version__
from advocacy_cli.rules import RULES


def test_version(cli):
    result = cli("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"advocacy {__version__}"


def test_projects_lists_every_target_with_its_deciding_venue(cli, catalog):
    result = cli("projects")
    assert result.exit_code == 0
    for key in ("enwiki", "dewiki", "commonswiki", "wmf", "wmde"):
        assert key in result.stdout
    assert "Wikipedia:Meinungsbilder" in result.stdout


def test_project_detail_shows_who_decides_venues_and_conventions(cli, catalog):
    result = cli("projects", "enwiki")
    assert result.exit_code == 0
    assert "Who decides" in result.stdout
    assert "{{rfc|prop}}" in result.stdout
    venue = catalog.projects["enwiki"].deciding_venue
    assert venue is not None and str(venue.url) in result.stdout


def test_projects_json_is_one_document_with_the_catalogue_fields(cli, catalog):
    result = cli("projects", "--format", "json")
    data = json.loads(result.stdout)
    assert {p["key"] for p in data} == set(catalog.projects)
    [one] = json.loads(cli("projects", "frwiki", "--format", "json").stdout)
    assert one["language"] == "fr"
    assert any(v["role"] == "decide" for v in one["venues"])


def test_unknown_project_suggests_a_close_key(cli):
    result = cli("projects", "dewik")
    assert result.exit_code == 2
    assert result.stderr.strip() == "no such project: 'dewik' (did you mean 'dewiki'?)"
    assert result.stdout == ""


def test_topics_lists_topics_other_and_out_of_scope(cli, catalog):
    result = cli("topics")
    assert result.exit_code == 0
    for topic in catalog.topics.values():
        assert topic.key in result.stdout
    assert "other" in result.stdout
    assert "Out of scope" in result.stdout
    data = json.loads(cli("topics", "--format", "json").stdout)
    assert {t["key"] for t in data["topics"]} == set(catalog.topics)
    assert {o["key"] for o in data["out_of_scope"]} == set(catalog.out_of_scope)


def test_rules_lists_every_rule(cli):
    result = cli("rules")
    assert result.exit_code == 0
    for rule in RULES:
        assert rule.name in result.stdout
    data = json.loads(cli("rules", "--format", "json").stdout)
    assert [r["name"] for r in data] == [r.name for r in RULES]


def test_rule_detail_explains_with_policy_and_examples(cli):
    result = cli("rules", "canvassing")
    assert result.exit_code == 0
    assert "https://en.wikipedia.org/wiki/Wikipedia:Canvassing" in result.stdout
    assert "Fails" in result.stdout and "Passes" in result.stdout
    data = json.loads(cli("rules", "canvassing", "--format", "json").stdout)
    assert data["severity"] == "error"
    assert data["example_fail"] and data["example_pass"]


def test_unknown_rule_is_a_usage_error(cli):
    result = cli("rules", "canvasing")
    assert result.exit_code == 2
    assert result.stderr.strip() == "no such rule: 'canvasing' (did you mean 'canvassing'?)"


def test_bad_data_dir_is_one_line_and_exit_2(cli, tmp_path):
    (tmp_path / "topics.yaml").write_text("topics:\n  copyright:\n    titel: x\n", encoding="utf-8")
    from advocacy_cli.catalog import load_catalog

    load_catalog.cache_clear()
    try:
        result = cli("topics", "--data-dir", tmp_path)
    finally:
        load_catalog.cache_clear()
    assert result.exit_code == 2
    assert f"{tmp_path / 'topics.yaml'}:3: topics.copyright.titel: unknown field (did you mean 'title'?)" in (
        result.stderr.splitlines()
    )
    assert "Traceback" not in result.stderr


def test_bad_today_is_a_usage_error(cli, tmp_path):
    result = cli("check", tmp_path / "missing.yaml", "--today", "tomorrow")
    assert result.exit_code == 2
    assert result.stderr.strip() == "--today: expected a date as YYYY-MM-DD, got 'tomorrow'"


def test_debug_shows_the_traceback_instead_of_one_line(tmp_path):
    import subprocess
    import sys

    args = [sys.executable, "-m", "advocacy_cli", "rules", "nope"]
    quiet = subprocess.run(args, capture_output=True, text=True, check=False)
    assert quiet.returncode == 2 and "Traceback" not in quiet.stderr
    loud = subprocess.run([*args[:3], "--debug", *args[3:]], capture_output=True, text=True, check=False)
    assert "Traceback" in loud.stderr and "UserError" in loud.stderr
