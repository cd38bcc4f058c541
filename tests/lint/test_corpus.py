"""The corpus of hand-written drafts: every file's findings (rule and line) exactly as expected."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from advocacy_cli.lint.engine import lint_text

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
DRAFTS = sorted(CORPUS.glob("*.wiki"))
TODAY = dt.date(2027, 4, 1)


def expected(draft: Path) -> dict:
    return yaml.safe_load(draft.with_suffix(".expected.yaml").read_text(encoding="utf-8"))


def test_corpus_covers_four_languages_good_and_flawed():
    assert len(DRAFTS) >= 24
    for language in ("en", "de", "fr", "es"):
        names = [d.name for d in DRAFTS if d.name.startswith(language + "-")]
        assert any("-good-" in n for n in names) and any("-flawed-" in n for n in names), language
    assert all(d.with_suffix(".expected.yaml").exists() for d in DRAFTS)


@pytest.mark.parametrize("draft", DRAFTS, ids=lambda p: p.stem)
def test_findings_match_exactly(draft, catalog):
    spec = expected(draft)
    text = draft.read_text(encoding="utf-8")
    findings = lint_text(text, catalog, TODAY, target=spec.get("target"), name=draft.name)
    actual = sorted((f.rule, f.line) for f in findings)
    assert actual == sorted((e["rule"], e["line"]) for e in spec["findings"] or [])


@pytest.mark.parametrize("draft", [d for d in DRAFTS if "-good-" in d.name], ids=lambda p: p.stem)
def test_good_drafts_have_no_error_or_warning(draft, catalog):
    assert expected(draft)["findings"] == []
