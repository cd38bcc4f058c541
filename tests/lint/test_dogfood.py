"""Every draft that ``new`` writes for the examples lints with no error and no warning.

Beyond, at most, what ``check`` already warns about in the answers: a timeline that is too
tight for a Meinungsbild is reported on the answers and again, in the same rule, on the draft.
"""

from __future__ import annotations

import pytest

from advocacy_cli.answers import load_answers
from advocacy_cli.checks import run_answer_rules
from advocacy_cli.generate import render_files
from advocacy_cli.lint.engine import lint_text
from tests.conftest import EXAMPLES, TODAY

ANSWERS = sorted(EXAMPLES.glob("*/answers.yaml"))


def test_there_are_examples():
    assert len(ANSWERS) >= 3


@pytest.mark.parametrize("path", ANSWERS, ids=lambda p: p.parent.name)
def test_generated_drafts_lint_clean(path, catalog):
    answers, doc = load_answers(path, catalog)
    warned = {f.rule for f in run_answer_rules(answers, doc, catalog, TODAY) if f.severity.value == "warning"}
    files = render_files(answers, catalog, TODAY)
    drafts = {name: text for name, text in files.items() if name.endswith(".wiki")}
    assert len(drafts) == len(answers.target.projects)
    for name, text in drafts.items():
        project = name.split(".")[1]
        findings = lint_text(text, catalog, TODAY, target=project, name=name)
        assert [f for f in findings if f.severity.value != "info" and f.rule not in warned] == [], name
        assert all(f.severity.value != "error" for f in findings), name
