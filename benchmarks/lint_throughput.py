"""Measure lint throughput (MB/s) on normal and hostile drafts, in-process.

Run ``python benchmarks/lint_throughput.py [MEGABYTES]`` (default 1). Each case is linted
once at the given size with every rule and the limits lifted (so hostile shapes that the
default limits would refuse are measured too); the table shows the time, the throughput
and the process's peak resident memory so far. Numbers are read by people: the tests
check only that time grows linearly (tests/lint/test_bounded.py).
"""

from __future__ import annotations

import datetime as dt
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2027, 4, 1)
CORPUS = "\n\n".join(
    p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "corpus").glob("*.wiki"))
)
GOLDEN = (ROOT / "tests" / "golden" / "enwiki-banner" / "proposal.enwiki.wiki").read_text(encoding="utf-8")


def repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


CASES: list[tuple[str, Callable[[int], str]]] = [
    ("normal: the test corpus", repeat(CORPUS + "\n\n")),
    ("normal: the example proposal", repeat(GOLDEN + "\n\n")),
    ("lines of '=' and spaces", repeat("= = = = = = = =\n")),
    ("repeated {{a   b}}", repeat("{{a   b}}")),
    ("curly quotes", repeat("“")),
    ("unclosed <ref>", repeat("<ref>")),
    ("unclosed [[", repeat("[[")),
    ("unclosed [[User:", repeat("[[User:")),
    ("stray ]]", repeat("]]")),
    ("unclosed <nowiki>", repeat("<nowiki>")),
    ("empty comments <!---->", repeat("<!---->")),
    ("run of ?", repeat("?")),
    ("headings", repeat("== h ==\n")),
]


def main() -> None:
    from advocacy_cli.catalog import load_catalog
    from advocacy_cli.lint.engine import Limits, LintOptions, lint_source
    from advocacy_cli.lint.source import Source

    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    size = int(megabytes * 1_000_000)
    catalog = load_catalog()
    options = LintOptions(TODAY, limits=Limits(max_bytes=10**10, max_findings=10**9, max_headings=10**9))
    lint_source(Source.from_text("warm.wiki", CORPUS), catalog, options)  # compile the patterns
    width = max(len(name) for name, _ in CASES)
    print(f"{'case':<{width}}  {'MB':>5}  {'seconds':>8}  {'MB/s':>6}  {'findings':>9}  {'peak RSS':>8}")
    for name, make in CASES:
        text = make(size)
        start = time.perf_counter()
        findings, _ = lint_source(Source.from_text("draft.wiki", text), catalog, options)
        seconds = time.perf_counter() - start
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux
        mb = len(text.encode("utf-8")) / 1_000_000
        numbers = f"{mb:5.2f}  {seconds:8.2f}  {mb / seconds:6.2f}  {len(findings):9,}  {peak_mb:8.0f}"
        print(f"{name:<{width}}  {numbers}", flush=True)


if __name__ == "__main__":
    main()
