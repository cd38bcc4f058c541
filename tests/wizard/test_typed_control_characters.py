"""Text typed or pasted into the interview is held to the same rule as a file: text only."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocacy_cli.wizard.entry import obtain_answers
from advocacy_cli.wizard.prompter import ScriptedPrompter
from advocacy_cli.wizard.state import RESUME_FILE, ResumeStore
from tests.conftest import TODAY
from tests.wizard import scripts


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ResumeStore:
    monkeypatch.chdir(tmp_path)
    return ResumeStore(tmp_path / RESUME_FILE)


@pytest.mark.parametrize(
    ("position", "typed", "reason"),
    [
        (0, "Open\x1b]0;owned\x07 Network", "contains the control character U+001B (ESCAPE); remove it"),
        (3, "Policy\x00officer", "contains the control character U+0000 (NULL); remove it"),
        (
            5,
            "Online\x85Platforms",
            "contains the line separator U+0085 (NEXT LINE); use an ordinary new line",
        ),
        (
            6,
            "Paragraph\u2028pasted",
            "contains the line separator U+2028 (LINE SEPARATOR); use an ordinary new line",
        ),
    ],
)
def test_a_typed_control_character_is_asked_again(catalog, store, position, typed, reason) -> None:
    script = scripts.full_script()
    kept = script[position]
    script[position : position + 1] = [typed, kept]
    prompter = ScriptedPrompter(script)
    answers, _ = obtain_answers(None, False, catalog, TODAY, True, prompter=prompter, store=store)
    assert prompter.rejected == [reason]
    assert prompter.remaining == 0
    # The answer kept is the one typed after the reason was shown.
    assert kept in repr(answers)
    assert typed not in repr(answers)
