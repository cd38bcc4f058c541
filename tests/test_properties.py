"""Property tests: any value in any field gives findings or one clean error, and answers round-trip.

A few hundred examples a run, the same ones every run; set ADVOCACY_PROPERTY_EXAMPLES for a
longer search (``ADVOCACY_PROPERTY_EXAMPLES=20000 pytest tests/test_properties.py``).
"""

from __future__ import annotations

import copy
import datetime as dt
import os
import re
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from advocacy_cli.answers import answers_from_text, dump_answers
from advocacy_cli.catalog import load_catalog
from advocacy_cli.cli import app
from advocacy_cli.errors import InputError
from advocacy_cli.generate import render_files
from advocacy_cli.plaintext import not_text
from tests.conftest import EXAMPLES, TODAY
from tests.test_hostile import FIELDS as FREE_TEXT_FIELDS

EXAMPLES_PER_RUN = int(os.environ.get("ADVOCACY_PROPERTY_EXAMPLES", "200"))
PROPERTY = settings(
    max_examples=EXAMPLES_PER_RUN,
    derandomize=True,  # the same examples every run: a failure is reproducible
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
BASE: dict[str, Any] = yaml.safe_load(
    (EXAMPLES / "enwiki-banner" / "answers.yaml").read_text(encoding="utf-8")
)
BASE_TEXT = (EXAMPLES / "enwiki-banner" / "answers.yaml").read_text(encoding="utf-8")

# Every field of the answers file, free text or not.
FIELDS: list[tuple[str | int, ...]] = [
    ("organisation", "name"),
    ("organisation", "website"),
    ("organisation", "username"),
    ("organisation", "role"),
    ("organisation", "paid"),
    ("cause", "title"),
    ("cause", "summary"),
    ("cause", "topic"),
    ("cause", "impact"),
    ("cause", "sources"),
    ("cause", "sources", 0),
    ("cause", "decision_date"),
    ("target", "projects"),
    ("target", "projects", 0),
    ("action", "kind"),
    ("action", "details"),
    ("action", "start"),
    ("action", "duration_hours"),
    ("action", "scope"),
    ("alternatives",),
    ("alternatives", 0, "kind"),
    ("alternatives", 0, "why_not"),
    ("outreach", 0, "channel"),
    ("outreach", 0, "note"),
    ("language",),
    ("organisation",),
    ("cause",),
]
# Every free-text answer, the same paths the hostile-string tests fill.
FREE_TEXT = FREE_TEXT_FIELDS

scalars = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec="utf-8")),
    st.integers(),
    st.booleans(),
    st.none(),
    st.floats(),
    st.dates(),
    st.sampled_from(["enwiki", "banner", "https://example.org/x", "2027-06-28", "~", "yes", "", " "]),
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)

# One clean error line: the file, perhaps a line, then the message.
ERROR_LINE = re.compile(r"^answers\.yaml(:\d+)?: \S")


def with_value(path: tuple[str | int, ...], value: object) -> dict[str, Any]:
    data = copy.deepcopy(BASE)
    node: Any = data
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return data


def run(folder: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def assert_findings_or_clean_error(folder: Path, text: str | bytes) -> None:
    answers = folder / "answers.yaml"
    answers.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass"))
    day = TODAY.isoformat()
    code, _, err = run(folder, "check", str(answers), "--today", day)
    assert code in (0, 1, 2), err
    if code == 2:
        lines = err.splitlines()
        assert lines, "exit 2 says why"
        assert all(ERROR_LINE.match(line.replace(str(folder) + "/", "")) for line in lines), err
        assert "internal error" not in err
        assert not any(not_text(line) for line in lines), "error lines are inert"
    out = folder / "out"
    code_new, _, err_new = run(
        folder, "new", "--answers", str(answers), "--out", str(out), "--today", day, "--force"
    )
    assert code_new in (0, 1, 2), err_new
    assert "internal error" not in err_new
    assert (code_new == 2) == (code == 2), (err, err_new)
    if code_new == 0:
        assert sorted(p.name for p in out.iterdir()) == sorted(
            ["answers.yaml", "proposal.enwiki.wiki", "posting-plan.enwiki.md"]
        )


@PROPERTY
@given(path=st.sampled_from(FIELDS), value=values)
def test_any_value_in_any_field(tmp_path_factory, path, value) -> None:
    folder = tmp_path_factory.mktemp("any")
    text = yaml.safe_dump(with_value(path, value), allow_unicode=True, sort_keys=False)
    assert_findings_or_clean_error(folder, text)


@PROPERTY
@given(field=st.sampled_from(["name", "role", "title", "scope", "kind"]), raw=st.text())
def test_any_text_written_raw_into_the_file(tmp_path_factory, field, raw) -> None:
    """Text pasted straight into the file, whatever YAML makes of it (or fails to)."""
    folder = tmp_path_factory.mktemp("raw")
    text = re.sub(rf"(?m)^(\s*{field}:).*$", lambda m: m.group(1) + " " + raw, BASE_TEXT, count=1)
    assert_findings_or_clean_error(folder, text)


@PROPERTY
@given(raw=st.binary(max_size=300))
def test_any_bytes(tmp_path_factory, raw) -> None:
    folder = tmp_path_factory.mktemp("bytes")
    assert_findings_or_clean_error(folder, raw)


def _valid_text(text: str) -> bool:
    return bool(text.strip()) and not_text(text) is None


texts = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=60
).filter(_valid_text)


@PROPERTY
@given(path=st.sampled_from(FREE_TEXT), value=texts)
def test_answers_yaml_round_trips_every_value(path, value) -> None:
    """``new --answers answers.yaml`` on the written file gives the same files."""
    catalog = load_catalog()
    source = yaml.safe_dump(with_value(path, value), allow_unicode=True, sort_keys=False)
    answers, _ = answers_from_text(source, catalog, "answers.yaml")
    first = render_files(answers, catalog, TODAY)
    again, _ = answers_from_text(first["answers.yaml"], catalog, "answers.yaml")
    assert again == answers
    assert render_files(again, catalog, TODAY) == first
    assert dump_answers(again) == first["answers.yaml"]


def test_round_trip_through_the_command_line(tmp_path) -> None:
    """The same, end to end, with the values that YAML and Python treat as line breaks."""
    tricky = {
        ("cause", "title"): "Title: with # and 'quotes' \"too\" and — dashes ~~~~",
        ("cause", "summary"): "Line one  \n\tindented\n\n\nthree breaks   \n- not a list\n",
        ("organisation", "role"): "yes",
        ("action", "scope"): "2027-06-28",
        ("alternatives", 0, "why_not"): "null",
    }
    data = copy.deepcopy(BASE)
    for path, value in tricky.items():
        node: Any = data
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = value
    answers = tmp_path / "in.yaml"
    answers.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    day = TODAY.isoformat()
    assert (
        run(tmp_path, "new", "--answers", str(answers), "--out", str(tmp_path / "a"), "--today", day)[0] == 0
    )
    again = tmp_path / "a" / "answers.yaml"
    assert run(tmp_path, "new", "--answers", str(again), "--out", str(tmp_path / "b"), "--today", day)[0] == 0
    first = {p.name: p.read_bytes() for p in (tmp_path / "a").iterdir()}
    second = {p.name: p.read_bytes() for p in (tmp_path / "b").iterdir()}
    assert first == second
    assert yaml.safe_load(first["answers.yaml"])["cause"]["summary"] == tricky[("cause", "summary")].strip()


def test_dates_are_whole_days_in_both_directions() -> None:
    catalog = load_catalog()
    for day in (dt.date(1900, 1, 1), dt.date(2999, 12, 31), dt.date(2027, 2, 28)):
        source = yaml.safe_dump(with_value(("action", "start"), day), sort_keys=False)
        answers, _ = answers_from_text(source, catalog, "answers.yaml")
        assert answers.action.start == day
        again, _ = answers_from_text(dump_answers(answers), catalog, "answers.yaml")
        assert again == answers
    for day in (dt.date(1899, 12, 31), dt.date(3000, 1, 1), dt.date(9999, 12, 31)):
        source = yaml.safe_dump(with_value(("action", "start"), day), sort_keys=False)
        try:
            answers_from_text(source, catalog, "answers.yaml")
        except InputError as exc:
            [line] = exc.lines()
            assert line.endswith(f"expected a date between 1900-01-01 and 2999-12-31, got {day}")
        else:
            raise AssertionError(f"{day} was accepted")


@PROPERTY
@given(value=st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"])))
def test_any_string_is_written_so_it_reads_back_the_same(value) -> None:
    """Even the values the answers refuse: the resume file keeps them as typed, to be asked again."""
    from advocacy_cli.answers import yaml_text

    assert yaml.safe_load(yaml_text({"field": value})) == {"field": value}
