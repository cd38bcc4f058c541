"""Countries and outreach per community in a real pseudo-terminal, with Ctrl-C and --resume."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

pytest.importorskip("pexpect")

from advocacy_cli.wizard.questions import project_channels  # noqa: E402
from advocacy_cli.wizard.state import RESUME_FILE  # noqa: E402
from tests.wizard import scripts  # noqa: E402
from tests.wizard.test_pty import CLEAR, CTRL_C, ENTER, TODAY_ARGS, Session, prompt  # noqa: E402

pytestmark = pytest.mark.pty

EN_NOTE = "Neutral notice at Village pump (policy)"
DE_NOTE = "Kurze neutrale Meldung im Kurier"
UP = "\x1b[A"


def _partial(folder: Path) -> Path:
    data = yaml.safe_load(yaml.safe_dump(scripts.EXPECTED))
    data["target"]["projects"] = ["enwiki", "dewiki"]
    del data["cause"]["countries"]
    # A required answer left open, so that the interview starts instead of writing at once.
    del data["cause"]["impact"]
    del data["outreach"]
    path = folder / "partial.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def _own(catalog, project: str, channel: str) -> int:
    return [c.value for c in project_channels(catalog, project)].index(channel)


def _outreach_prompt(catalog, project: str) -> str:
    return catalog.questions["outreach.project"].prompt.replace("{project}", catalog.projects[project].name)


def test_countries_and_outreach_per_community_survive_ctrl_c(tmp_path, catalog):
    partial = _partial(tmp_path)
    s = Session(tmp_path, "new", "--answers", str(partial), *TODAY_ARGS, "--out", "drafts")
    s.type(prompt(catalog, "cause.impact"), scripts.CAUSE[3])
    # The English texts would stand untranslated in the German draft: one warning lists
    # them, and they are kept together ("Keep them all" is the menu's last entry).
    s.expect("What now?")
    s.expect("Keep them all as they are")
    s.child.send(UP + ENTER)
    s.type(prompt(catalog, "cause.countries"), "Germany")
    s.expect("two-letter country code")
    s.child.send(CLEAR + "de at" + ENTER)
    s.expect("Wikimedia Österreich")
    s.tick(_outreach_prompt(catalog, "enwiki"), [_own(catalog, "enwiki", "village-pump")])
    s.type(prompt(catalog, "outreach.note"), EN_NOTE, clear=True)
    # German Wikipedia's own venues are offered by name.
    s.expect(_outreach_prompt(catalog, "dewiki"))
    s.expect("Wikipedia:Kurier")
    s.child.send(CTRL_C)
    assert s.finish() == 130
    saved = yaml.safe_load((tmp_path / RESUME_FILE).read_text(encoding="utf-8"))
    assert saved["cause"]["countries"] == ["DE", "AT"]
    assert saved["outreach"] == [{"channel": "village-pump", "note": EN_NOTE, "project": "enwiki"}]

    s = Session(tmp_path, "new", *TODAY_ARGS, "--out", "drafts", "--resume")
    # English Wikipedia's answer comes back ticked and filled in: enter keeps it.
    s.expect(_outreach_prompt(catalog, "enwiki"))
    s.child.send(ENTER)
    s.type(prompt(catalog, "outreach.note"), "")
    s.tick(_outreach_prompt(catalog, "dewiki"), [_own(catalog, "dewiki", "newsletter")])
    s.type(prompt(catalog, "outreach.note"), DE_NOTE, clear=True)
    s.expect(prompt(catalog, "language"))
    s.child.send(ENTER)
    s.expect("Your answers")
    s.expect("German Wikipedia · ")
    s.pick("What next?", 0)
    assert s.finish() == 0

    written = yaml.safe_load((tmp_path / "drafts" / "answers.yaml").read_text(encoding="utf-8"))
    assert written["cause"]["countries"] == ["DE", "AT"]
    assert written["outreach"] == [
        {"channel": "village-pump", "note": EN_NOTE, "project": "enwiki"},
        {"channel": "newsletter", "note": DE_NOTE, "project": "dewiki"},
    ]
    german_plan = (tmp_path / "drafts" / "posting-plan.dewiki.md").read_text(encoding="utf-8")
    english_plan = (tmp_path / "drafts" / "posting-plan.enwiki.md").read_text(encoding="utf-8")
    assert "Village pump (policy)" not in german_plan
    assert "Wikimedia Österreich" in german_plan and "Wikimedia UK" not in english_plan


# The fields in English that the German draft would quote untranslated, as the rule names them.
ENGLISH_FIELDS = (
    "cause.summary",
    "cause.impact",
    "action.details",
    "action.scope",
    "alternatives[0].why_not",
)


def test_english_answers_for_a_german_draft_are_warned_about_once(tmp_path, catalog):
    s = Session(tmp_path, "new", "--answers", str(_partial(tmp_path)), *TODAY_ARGS, "--out", "drafts")
    s.type(prompt(catalog, "cause.impact"), scripts.CAUSE[3])
    s.expect("In these answers:")
    s.expect("What now?")
    # One panel names every English answer, then one menu offers to change each of them.
    panel = " ".join(s.output.split())
    for field in ENGLISH_FIELDS:
        assert field in panel, field
    s.expect("Keep them all as they are")
    s.child.send(UP + ENTER)
    s.expect(prompt(catalog, "cause.countries"))
    # Nothing more is asked about them before the next question (the one menu's answer is
    # echoed once, as questionary does).
    assert s.output.count("What now?") == 1
    s.child.send(CTRL_C)
    assert s.finish() == 130


def test_a_german_answer_for_a_german_draft_is_not_warned_about(tmp_path, catalog):
    path = _partial(tmp_path)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["target"]["projects"] = ["dewiki"]
    data["cause"]["summary"] = (
        "Der Bundestag berät über ein Gesetz, das alle Plattformen zu Uploadfiltern verpflichten würde."
    )
    data["action"]["details"] = (
        "Ein kurzes Banner verweist auf eine neutrale Erklärseite mit den Argumenten beider Seiten."
    )
    data["action"]["scope"] = "Alle abgemeldeten Leserinnen und Leser in Deutschland"
    data["alternatives"][0]["why_not"] = (
        "Damit erreichen wir nur Menschen, die die Bewegung ohnehin verfolgen."
    )
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    s = Session(tmp_path, "new", "--answers", str(path), *TODAY_ARGS, "--out", "drafts")
    # Only the impact, typed in English, is warned about: alone, as before, with its own menu.
    s.type(prompt(catalog, "cause.impact"), scripts.CAUSE[3])
    s.expect("What now?")
    s.expect("Keep it as it is")
    assert "In these answers:" not in s.output
    s.child.send(UP + ENTER)
    s.expect(prompt(catalog, "cause.countries"))
    s.child.send(CTRL_C)
    assert s.finish() == 130
