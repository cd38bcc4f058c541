"""Menus and panels fitted to the terminal: questionary cuts long lines at the edge."""

from __future__ import annotations

import pytest

from advocacy_cli.wizard.prompter import (
    CHECKBOX_PREFIX,
    DESCRIPTION_PREFIX,
    SELECT_PREFIX,
    Choice,
    fit_choice,
    hang,
)
from advocacy_cli.wizard.questions import QUESTIONS_BY_KEY

MENUS = ("cause.topic", "target.projects", "action.kind", "alternatives", "outreach")


def _words(text: str) -> str:
    # Wrapping may split a URL; what matters is that every character is still there.
    return "".join(text.replace("…", "").split())


@pytest.mark.parametrize("key", MENUS)
@pytest.mark.parametrize("width", [60, 80, 120])
def test_every_menu_fits_and_loses_no_words(catalog, key, width):
    question = QUESTIONS_BY_KEY[key]
    prefix = CHECKBOX_PREFIX if question.kind in ("checkbox", "pairs") else SELECT_PREFIX
    data = {"action": {"kind": "banner"}, "target": {"projects": ["enwiki"]}}
    for choice in question.choices(catalog, data):
        if choice.value is None:
            continue
        fitted = fit_choice(choice, width, prefix)
        assert prefix + len(fitted.title) < width, fitted.title
        shown = (DESCRIPTION_PREFIX + (fitted.description or "")).splitlines()
        assert all(len(line) < width for line in shown), shown
        if fitted.title != choice.title:
            assert fitted.title.endswith("…")
            assert _words(choice.title) in _words(fitted.description or "")
        if choice.description:
            assert _words(choice.description) in _words(fitted.description or "")


def test_a_short_title_is_left_alone():
    choice = Choice("Blackout", "blackout", None)
    assert fit_choice(choice, 80, SELECT_PREFIX) == choice


def test_indented_lines_wrap_under_their_indent():
    text = "Title\n  Lesson: " + "word " * 30
    lines = hang(text, 40).splitlines()
    assert lines[0] == "Title"
    assert all(len(line) <= 40 for line in lines)
    assert all(line.startswith("    ") for line in lines[2:])
