"""The labelled corpus and its scorer: every label is valid, and the scorer counts correctly.

Today's scores are not asserted here: the rules change, and the figures are read from
``python benchmarks/lintscore.py``, not enforced.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from advocacy_cli.errors import InputError
from advocacy_cli.lint.engine import DRAFT_RULES

ROOT = Path(__file__).resolve().parents[2]
LABELLED = ROOT / "tests" / "corpus" / "labelled"


def _load_scorer():
    spec = importlib.util.spec_from_file_location("lintscore", ROOT / "benchmarks" / "lintscore.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["lintscore"] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


lintscore = _load_scorer()
LABELS = sorted(LABELLED.glob("*/*.label.yaml"))


def test_corpus_has_both_sets_and_at_least_half_good(catalog):
    cases = lintscore.load_cases(LABELLED, lintscore.SETS, catalog)
    for name in lintscore.SETS:
        assert any(c.set == name for c in cases), name
    good = sum(c.label.good for c in cases)
    assert good * 2 >= len(cases)
    assert {c.label.guess_target for c in cases} == {True, False}


@pytest.mark.parametrize("path", LABELS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_label_is_valid(path, catalog):
    label = lintscore.read_label(path, catalog)
    assert path.read_text(encoding="utf-8").startswith("# "), "the first line says what the draft is"
    assert path.with_name(path.name.removesuffix(".label.yaml") + ".wiki").is_file()
    assert label.language in catalog.languages
    assert set(label.required) | set(label.acceptable) <= set(DRAFT_RULES)
    if label.target is not None:
        assert label.target in catalog.projects or lintscore.DATABASE_NAME.match(label.target)


@pytest.mark.parametrize(
    "name",
    ["enwiki", "dewikisource", "itwikisource", "zh_yuewiki", "commonswiki", "wikidatawiki", "sourceswiki"],
)
def test_database_names_that_are_plausible(name):
    assert lintscore.DATABASE_NAME.match(name)


@pytest.mark.parametrize(
    "name", ["en.wikipedia", "English Wikipedia", "enwikii", "wiki", "de-wiki", "EnWiki"]
)
def test_database_names_that_are_not(name):
    assert not lintscore.DATABASE_NAME.match(name)


VALID = """\
# A test draft.
language: en
target: enwiki
guess_target: false
today: 2027-04-01
good: false
required: [canvassing]
acceptable: []
"""


@pytest.mark.parametrize(
    ("change", "line", "field", "words"),
    [
        (("required: [canvassing]", "required: [canvasing]"), 7, "required[0]", "did you mean 'canvassing'"),
        (("acceptable: []", "acceptable: [blackout]"), 8, "acceptable[0]", "no such draft rule"),
        (("language: en", "language: xx"), 2, "language", "not one of the catalogue's"),
        (("target: enwiki", "target: English Wikipedia"), 3, "target", "not a Wikimedia database name"),
        (("today: 2027-04-01", "today: 2027-13-01"), 5, "today", "real date"),
        (("acceptable: []", "acceptable: []\nseverity: high"), 9, "severity", "unknown field"),
        (("good: false", "good: yes please"), 6, "good", "expected true or false"),
    ],
)
def test_bad_label_names_file_line_and_field(tmp_path, catalog, change, line, field, words):
    path = tmp_path / "x.label.yaml"
    path.write_text(VALID.replace(*change), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        lintscore.read_label(path, catalog)
    first = caught.value.lines()[0]
    assert first.startswith(f"{path}:{line}: {field}: ")
    assert words in first


@pytest.mark.parametrize(
    ("change", "where", "words"),
    [
        (("good: false", "good: true"), "7: required", "a good draft has no required rules"),
        (("required: [canvassing]", "required: []"), "7: required", "a flawed draft names its flaws"),
        (("target: enwiki\n", ""), "3: guess_target", "guess_target: false needs a target"),
        (("acceptable: []", "acceptable: [canvassing]"), "8: acceptable", "both required and acceptable"),
        (("required: [canvassing]", "required: [canvassing, canvassing]"), "7: required", "listed twice"),
    ],
)
def test_inconsistent_label_is_refused(tmp_path, catalog, change, where, words):
    path = tmp_path / "x.label.yaml"
    path.write_text(VALID.replace(*change), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        lintscore.read_label(path, catalog)
    [line] = caught.value.lines()
    assert line.startswith(f"{path}:{where}: ")
    assert words in line


def case(name, good, required=(), acceptable=(), set_name="dev"):
    label = lintscore.Label(
        language="en",
        guess_target=True,
        today=dt.date(2027, 4, 1),
        good=good,
        required=tuple(required),
        acceptable=tuple(acceptable),
    )
    return lintscore.Case(name=name, set=set_name, draft=Path(f"{name}.wiki"), label=label)


def outcome(*rules, exit_code=0):
    return lintscore.Outcome(reported=frozenset(rules), exit_code=exit_code)


def test_score_counts_precision_recall_and_clean_good_drafts():
    cases = [
        case("a", good=True),
        case("b", good=True, acceptable=["loaded-wording"]),
        case("c", good=False, required=["canvassing", "unsigned"]),
        case("d", good=False, required=["canvassing"], acceptable=["meatpuppetry"]),
        case("e", good=True),
    ]
    outcomes = {
        "dev/a": outcome(),  # clean
        "dev/b": outcome("loaded-wording"),  # acceptable: right, and a warning still exits 0
        "dev/c": outcome("canvassing", "missing-impact", exit_code=1),  # one found, one missed, one wrong
        "dev/d": outcome("meatpuppetry", exit_code=1),  # acceptable but the required one missed
        "dev/e": outcome("unsigned", exit_code=1),  # a good draft that fails
    }
    result = lintscore.score(cases, outcomes)
    assert (result.drafts, result.good, result.good_clean) == (5, 3, 2)
    overall = result.overall
    assert (overall.reported, overall.right, overall.required, overall.found) == (5, 3, 3, 1)
    assert overall.precision == pytest.approx(3 / 5)
    assert overall.recall == pytest.approx(1 / 3)
    canvassing = result.rules["canvassing"]
    assert (canvassing.reported, canvassing.right, canvassing.required, canvassing.found) == (1, 1, 2, 1)
    assert result.rules["unsigned"].precision == 0.0
    assert result.rules["unsigned"].recall == 0.0
    assert result.rules["missing-impact"].recall is None
    assert result.rules["meatpuppetry"].precision == 1.0


def test_score_of_nothing_has_no_ratios():
    result = lintscore.score([], {})
    assert result.overall.precision is None and result.overall.recall is None
    assert lintscore.ratio(0, 0, None) == "–"
    assert lintscore.ratio(2, 3, 2 / 3) == "0.67 (2/3)"


def test_sets_are_scored_apart_and_together():
    cases = [
        case("a", good=False, required=["unsigned"]),
        case("b", good=False, required=["unsigned"], set_name="heldout"),
    ]
    outcomes = {"dev/a": outcome("unsigned", exit_code=1), "heldout/b": outcome()}
    scores = lintscore.score_sets(cases, outcomes, ("dev", "heldout"))
    assert list(scores) == ["dev", "heldout", "all"]
    assert [s.overall.found for s in scores.values()] == [1, 0, 1]
    assert [s.overall.required for s in scores.values()] == [1, 1, 2]
    assert list(lintscore.score_sets(cases[:1], outcomes, ("dev",))) == ["dev"]


def test_the_same_name_in_both_sets_is_kept_apart():
    cases = [case("x", good=True), case("x", good=False, required=["unsigned"], set_name="heldout")]
    outcomes = {"dev/x": outcome(), "heldout/x": outcome("unsigned", exit_code=1)}
    scores = lintscore.score_sets(cases, outcomes, ("dev", "heldout"))
    assert scores["dev"].good_clean == 1
    assert scores["heldout"].overall.found == 1


def test_formats_carry_the_same_numbers():
    cases = [case("a", good=True), case("c", good=False, required=["canvassing"])]
    outcomes = {"dev/a": outcome("unsigned", exit_code=1), "dev/c": outcome("canvassing", exit_code=1)}
    scores = lintscore.score_sets(cases, outcomes, ("dev",))
    markdown = lintscore.format_markdown(scores)
    assert "| rule | dev precision | dev recall |" in markdown
    assert "| **overall** | **0.50 (1/2)** | **1.00 (1/1)** |" in markdown
    assert "| good drafts that exit 0 | 0/1 |  |" in markdown
    text = lintscore.format_text(scores)
    assert "overall" in text and "0.50 (1/2)" in text and "dev: 2 drafts, 1 good" in text
    document = json.loads(lintscore.format_json(scores, cases, outcomes))
    assert document["sets"]["dev"]["overall"]["precision"] == 0.5
    assert document["sets"]["dev"]["good_exit_0"] == 0
    assert document["drafts"][0] == {
        "name": "a",
        "set": "dev",
        "good": True,
        "exit_code": 1,
        "reported": ["unsigned"],
        "wrong": ["unsigned"],
        "missed": [],
    }


def write_corpus(root: Path) -> None:
    for set_name, stem, good in (("dev", "en-good-a", True), ("heldout", "en-flawed-b", False)):
        folder = root / set_name
        folder.mkdir(parents=True)
        (folder / f"{stem}.wiki").write_text("== A proposal ==\nShould we? ~~~~\n", encoding="utf-8")
        label = VALID.replace("good: false", f"good: {str(good).lower()}")
        if good:
            label = label.replace("required: [canvassing]", "required: []")
        (folder / f"{stem}.label.yaml").write_text(label, encoding="utf-8")


def test_main_scores_a_corpus_in_every_format(tmp_path, capsys):
    write_corpus(tmp_path)
    assert lintscore.main(["--corpus", str(tmp_path)]) == 0
    text = capsys.readouterr().out
    assert text.splitlines()[0].split() == [
        "rule",
        "dev",
        "precision",
        "dev",
        "recall",
        "heldout",
        "precision",
        "heldout",
        "recall",
        "all",
        "precision",
        "all",
        "recall",
    ]
    assert "dev: 1 draft, 1 good, heldout: 1 draft, 0 good, all: 2 drafts, 1 good" in text
    assert lintscore.main(["--corpus", str(tmp_path), "--set", "heldout", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert list(document["sets"]) == ["heldout"]
    assert [d["name"] for d in document["drafts"]] == ["en-flawed-b"]
    assert lintscore.main(["--corpus", str(tmp_path), "--markdown"]) == 0
    assert capsys.readouterr().out.startswith("| rule |")


def test_main_refuses_a_bad_corpus_with_one_line_per_problem(tmp_path, capsys):
    write_corpus(tmp_path)
    (tmp_path / "dev" / "en-good-a.label.yaml").write_text(
        VALID.replace("canvassing", "canvas"), encoding="utf-8"
    )
    (tmp_path / "heldout" / "orphan.wiki").write_text("text\n", encoding="utf-8")
    assert lintscore.main(["--corpus", str(tmp_path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(
        f"{tmp_path / 'dev' / 'en-good-a.label.yaml'}:7: required[0]: no such draft rule"
    )
    assert lines[1] == f"{tmp_path / 'heldout' / 'orphan.wiki'}: no label file orphan.label.yaml"
    assert "Traceback" not in captured.err


def test_main_names_a_missing_set_folder(tmp_path, capsys):
    (tmp_path / "dev").mkdir()
    assert lintscore.main(["--corpus", str(tmp_path), "--set", "heldout"]) == 2
    assert capsys.readouterr().err == f"{tmp_path / 'heldout'}: no such folder\n"


def test_main_names_every_draft_it_cannot_read(tmp_path, capsys):
    write_corpus(tmp_path)
    for set_name, stem in (("dev", "en-good-a"), ("heldout", "en-flawed-b")):
        (tmp_path / set_name / f"{stem}.wiki").write_bytes(b"== A ==\n\xff\xfe\n")
    assert lintscore.main(["--corpus", str(tmp_path)]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert [line.split(": ", 1)[0] for line in lines] == [
        str(tmp_path / "dev" / "en-good-a.wiki"),
        str(tmp_path / "heldout" / "en-flawed-b.wiki"),
    ]
    assert all("not UTF-8" in line for line in lines)
