"""The answers file's error messages: one line per problem, naming file, line and field."""

from __future__ import annotations

import pytest

from advocacy_cli.answers import answers_from_text, dump_answers, load_answers
from advocacy_cli.catalog import Catalog
from advocacy_cli.errors import InputError
from tests.conftest import FIXTURES

BROKEN = FIXTURES / "answers" / "broken"
GOOD = FIXTURES / "answers" / "good"


def path_of(name: str) -> str:
    return str(BROKEN / name)


EXPECTED = {
    "wrong-type.yaml": [
        "4: organisation.paid: expected true or false, got 'maybe'",
        "10: cause.decision_date: expected a date as YYYY-MM-DD, got 'end of June'",
        "12: target.projects: expected a list, got 'enwiki'",
        "16: action.duration_hours: expected a whole number, got 'two days'",
        "18: alternatives: expected a list",
    ],
    "unknown-key.yaml": [
        "3: organisation.websit: unknown field (did you mean 'website'?)",
        "16: outreach[0].chanel: unknown field (did you mean 'channel'?)",
        "17: langauge: unknown field (did you mean 'language'?)",
    ],
    "unknown-refs.yaml": [
        "8: cause.topic: unknown topic 'copyrigth' (did you mean 'copyright'?)",
        "11: target.projects[0]: unknown project 'enwikii' (did you mean 'enwiki'?)",
        "11: target.projects[2]: 'dewiki' is listed twice",
        "13: action.kind: unknown action 'baner' (did you mean 'banner'?)",
        "18: alternatives[0].kind: unknown action 'blogpost' (did you mean 'blog-post'?)",
        "21: outreach[0].channel: unknown outreach channel 'village-pmp' (did you mean 'village-pump'?)",
    ],
    "invalid-yaml.yaml": [
        "7: invalid YAML: found unexpected end of stream (while scanning a quoted scalar on line 5)",
    ],
    "missing-fields.yaml": [
        "1: organisation.paid: missing (required)",
        "3: cause.summary: missing (required)",
        "3: cause.topic: missing (required)",
        "3: cause.impact: missing (required)",
        "1: target: missing (required)",
        "5: action.kind: missing (required)",
    ],
    "not-mapping.yaml": ["1: expected a mapping of answers"],
    "empty.yaml": [
        "1: organisation: missing (required)",
        "1: cause: missing (required)",
        "1: target: missing (required)",
        "1: action: missing (required)",
    ],
    "not-utf8.yaml": ["2: not UTF-8 text (byte 0xe9 at column 13); save the file as UTF-8"],
}


def test_every_broken_fixture_is_covered() -> None:
    assert {p.name for p in BROKEN.glob("*.yaml")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_library_reports_every_problem(name: str, catalog: Catalog) -> None:
    with pytest.raises(InputError) as caught:
        load_answers(BROKEN / name, catalog)
    assert caught.value.lines() == [f"{path_of(name)}:{line}" for line in EXPECTED[name]]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_check_prints_the_lines_and_exits_2(name: str, cli) -> None:
    result = cli("check", path_of(name), "--today", "2027-04-01")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [f"{path_of(name)}:{line}" for line in EXPECTED[name]]
    assert "Traceback" not in result.stderr


def test_missing_file(cli, tmp_path) -> None:
    missing = tmp_path / "nope.yaml"
    result = cli("check", missing)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"{missing}: no such file"]


def test_folder_instead_of_file(cli, tmp_path) -> None:
    result = cli("check", tmp_path)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"{tmp_path}: is a folder, not a file"]


def test_misspelt_field_is_not_also_reported_missing(catalog: Catalog) -> None:
    text = (BROKEN / "unknown-key.yaml").read_text(encoding="utf-8")
    with pytest.raises(InputError) as caught:
        answers_from_text(text, catalog, "a.yaml")
    assert not any("outreach[0].channel: missing" in line for line in caught.value.lines())


def test_a_real_missing_field_is_still_reported(catalog: Catalog) -> None:
    text = (GOOD / "enwiki-banner.yaml").read_text(encoding="utf-8").replace("  paid: true\n", "")
    with pytest.raises(InputError) as caught:
        answers_from_text(text, catalog, "a.yaml")
    assert caught.value.lines() == ["a.yaml:1: organisation.paid: missing (required)"]


@pytest.mark.parametrize("name", sorted(p.name for p in GOOD.glob("*.yaml")))
def test_good_answers_survive_a_round_trip(name: str, catalog: Catalog) -> None:
    answers, _ = load_answers(GOOD / name, catalog)
    again, _ = answers_from_text(dump_answers(answers), catalog, "again.yaml")
    assert again == answers


def test_yaml_tags_are_refused(catalog: Catalog) -> None:
    text = "organisation: !!python/object/apply:os.system ['true']\n"
    with pytest.raises(InputError) as caught:
        answers_from_text(text, catalog, "a.yaml")
    [line] = caught.value.lines()
    assert line.startswith("a.yaml:1: invalid YAML")
