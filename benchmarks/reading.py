"""Measure what reading meaning costs: sentencex and babel imports, segmentation, dates, lint.

Run ``python benchmarks/reading.py``; it prints medians in milliseconds. Nothing is asserted.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

from run import median_ms

ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2027, 4, 1)
DRAFT = ROOT / "tests" / "golden" / "enwiki-banner" / "proposal.enwiki.wiki"
# The one regular expression sentences were split with before sentencex.
OLD_SENTENCE_END = re.compile(r"[!?]+(?=\s)|(?<!\s\d)(?<!\s\d\d)(?<![\s.(]\w)\.+(?=\s)|\n\s*\n|\n(?=[*#:=])")


def import_ms(module: str) -> float:
    """Return the median time a fresh interpreter takes to import ``module`` (minus a bare start)."""

    def run(code: str) -> float:
        return median_ms(lambda: subprocess.run([sys.executable, "-c", code], check=True), 7)

    return run(f"import {module}") - run("pass")


def main() -> None:
    """Print the medians."""
    from advocacy_cli.catalog import load_catalog
    from advocacy_cli.lint.engine import lint_text
    from advocacy_cli.rules.detectors.dates import read_dates
    from advocacy_cli.rules.detectors.sentences import sentence_spans

    catalog = load_catalog()
    draft = DRAFT.read_text(encoding="utf-8")
    big = draft * 100
    rows = [
        ("import sentencex (fresh process)", import_ms("sentencex")),
        ("import babel.core (fresh process)", import_ms("babel.core")),
        ("segment a 100-fold draft, old regex", median_ms(lambda: list(OLD_SENTENCE_END.finditer(big)), 5)),
        ("segment a 100-fold draft, sentencex", median_ms(lambda: sentence_spans(big, language="en"), 5)),
        ("read dates in a 100-fold draft", median_ms(lambda: read_dates(catalog, big, TODAY), 5)),
        ("lint the example draft", median_ms(lambda: lint_text(draft, catalog, TODAY), 10)),
        ("lint a 100-fold draft (~500 kB)", median_ms(lambda: lint_text(big, catalog, TODAY), 3)),
    ]
    width = max(len(name) for name, _ in rows)
    for name, ms in rows:
        print(f"{name:<{width}}  {ms:9.1f} ms")


if __name__ == "__main__":
    main()
