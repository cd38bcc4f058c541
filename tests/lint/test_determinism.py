"""lint gives the same findings whatever Python's hash seed: no answer depends on set order."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.lint.test_corpus import CORPUS

# Headings that are the same word in several catalogue languages ("Alternatives", "Action",
# "Discussion", "Contexte"/"Context"), so the language they count for must not depend on set order.
AMBIGUOUS_DRAFTS = (
    "== Banner ==\n=== Impact ===\nUploads filtered.\n=== Alternatives ===\nA blog post.\n"
    "=== Notifications ===\nNone yet.\n=== Discussion ===\nA banner for 48 hours. ~~~~\n",
    "== Freedom of panorama ==\n=== Background ===\nA draft law.\n=== Impact ===\nNo photos.\n"
    "=== Alternatives ===\nA post.\n=== Dates ===\nMay 2027.\n=== Votes ===\n~~~~\n",
    "== Proposta ==\n=== Proponente ===\nUn volontario.\n=== Calendario ===\nMaggio 2027.\n"
    "=== Discussion ===\nUn banner di 48 ore. ~~~~\n",
)


# A dev draft of the labelled corpus whose English headings are also French ones.
DEV_DRAFT = (CORPUS / "labelled" / "dev" / "en-flawed-no-question.wiki").read_text(encoding="utf-8")


@pytest.mark.parametrize("draft", (*AMBIGUOUS_DRAFTS, DEV_DRAFT))
def test_findings_do_not_depend_on_the_hash_seed(draft):
    outputs = set()
    for seed in ("0", "1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, "-m", "advocacy_cli", "lint", "-", "--format", "json", "--today", "2027-04-01"],
            input=draft,
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        assert result.returncode in (0, 1), result.stderr
        findings = json.loads(result.stdout)["findings"]
        outputs.add(json.dumps([(f["rule"], f["line"], f["column"], f["message"]) for f in findings]))
    assert len(outputs) == 1
