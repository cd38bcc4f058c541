"""Measure start-up, catalogue loading, checking, rendering and linting.

Run ``python benchmarks/run.py``; it prints the median of several runs for each case.
Nothing here is asserted: numbers are read and compared by people, not by the test suite.
"""

from __future__ import annotations

import datetime as dt
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "enwiki-banner" / "answers.yaml"
TODAY = dt.date(2027, 4, 1)


def median_ms(action: Callable[[], object], runs: int) -> float:
    """Return the median wall time of ``action`` in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def command(*args: str) -> Callable[[], object]:
    """Return an action that runs ``advocacy ARGS`` in a new process."""
    return lambda: subprocess.run(
        [sys.executable, "-m", "advocacy_cli", *args], capture_output=True, check=False
    )


def main() -> None:
    """Print the medians."""
    from advocacy_cli.answers import load_answers
    from advocacy_cli.catalog import load_catalog
    from advocacy_cli.checks import check_answers

    cases: list[tuple[str, Callable[[], object], int]] = [
        ("process: advocacy --version", command("--version"), 15),
        ("process: advocacy --help", command("--help"), 15),
        ("process: advocacy check example", command("check", str(EXAMPLE), "--today", str(TODAY)), 10),
    ]

    def load() -> object:
        load_catalog.cache_clear()
        return load_catalog()

    cases.append(("in-process: load the catalogue", load, 10))
    catalog = load_catalog()
    answers, doc = load_answers(EXAMPLE, catalog)
    cases.append(
        ("in-process: check the example's answers", lambda: check_answers(answers, doc, catalog, TODAY), 50)
    )
    from advocacy_cli.lint.engine import lint_text

    draft = (ROOT / "tests" / "golden" / "enwiki-banner" / "proposal.enwiki.wiki").read_text(encoding="utf-8")
    cases.append(("in-process: lint the example's draft", lambda: lint_text(draft, catalog, TODAY), 10))
    big = draft * 100
    cases.append(("in-process: lint a 100-fold draft (~500 kB)", lambda: lint_text(big, catalog, TODAY), 3))
    cases.append(
        (
            "process: advocacy lint example draft",
            command(
                "lint",
                str(ROOT / "tests" / "golden" / "enwiki-banner" / "proposal.enwiki.wiki"),
                "--today",
                str(TODAY),
            ),
            10,
        )
    )
    cases += language_cases(catalog)
    width = max(len(name) for name, _, _ in cases)
    for name, action, runs in cases:
        print(f"{name:<{width}}  {median_ms(action, runs):8.1f} ms  (median of {runs})")


def importing(module: str) -> Callable[[], object]:
    """Return an action that imports ``module`` in a fresh interpreter."""
    return lambda: subprocess.run([sys.executable, "-c", f"import {module}"], check=True)


def language_cases(catalog: Any) -> list[tuple[str, Callable[[], object], int]]:
    """The cost of the drafts' languages: CLDR formatting and the language detector."""
    from advocacy_cli.answers import load_answers
    from advocacy_cli.generate import render_files
    from advocacy_cli.language_id import _model
    from advocacy_cli.render import localise

    german = catalog.languages["de"]
    day = dt.date(2027, 6, 29)
    answers, _ = load_answers(ROOT / "examples" / "frwiki-eswiki-statement" / "answers.yaml", catalog)

    def load_model() -> object:
        _model.cache_clear()
        return _model()

    return [
        ("process: python -c 'import babel.dates'", importing("babel.dates"), 10),
        ("process: python -c 'import py3langid.langid'", importing("py3langid.langid"), 10),
        ("process: python -c 'import advocacy_cli.cli'", importing("advocacy_cli.cli"), 10),
        ("in-process: load the language detector's model", load_model, 5),
        ("in-process: format one date in German (warm)", lambda: localise.format_day(day, german), 200),
        (
            "in-process: render two bilingual drafts and plans",
            lambda: render_files(answers, catalog, TODAY),
            10,
        ),
    ]


if __name__ == "__main__":
    main()
