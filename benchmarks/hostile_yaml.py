"""Measure how fast hostile answers files are refused, and what the largest accepted one costs.

Run ``python benchmarks/hostile_yaml.py``; it prints the median of several runs per case.
Every case is refused (or read) in bounded time, because every YAML file is bounded in
size, items, depth and aliases before it is built.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from advocacy_cli.errors import InputError
from advocacy_cli.yamlfile import ANSWERS_LIMITS, CATALOGUE_LIMITS, YamlLimits, parse_yaml

RUNS = 5


def bomb(levels: int) -> str:
    """Return a "billion laughs" document: each level refers nine times to the one before."""
    text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    for level in range(1, levels):
        text += f"a{level}: &a{level} [{', '.join([f'*a{level - 1}'] * 9)}]\n"
    return text


CASES: dict[str, tuple[str, YamlLimits]] = {
    "alias bomb, 9 levels (answers)": (bomb(9), ANSWERS_LIMITS),
    "alias bomb, 9 levels (catalogue)": (bomb(9), CATALOGUE_LIMITS),
    "flow nesting 100,000 deep": ("x: " + "[" * 100_000 + "]" * 100_000 + "\n", ANSWERS_LIMITS),
    "block nesting 1,000 deep": (
        "".join("  " * i + "a:\n" for i in range(1000)) + "  " * 1000 + "b\n",
        ANSWERS_LIMITS,
    ),
    "300,000 list items": ("x: [" + ", ".join(["1"] * 300_000) + "]\n", ANSWERS_LIMITS),
    "one 900 KB value": ("x: '" + "y" * 900_000 + "'\n", ANSWERS_LIMITS),
    "19,000 sources (largest accepted shape)": (
        "cause:\n  sources:\n" + "".join(f"    - https://example.org/{i}\n" for i in range(19_000)),
        ANSWERS_LIMITS,
    ),
}


def median_ms(action: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def parse_or_refuse(text: str, limits: YamlLimits) -> str:
    try:
        parse_yaml(text, "case.yaml", limits)
    except InputError as exc:
        return exc.lines()[0][:90]
    return "read"


def main() -> None:
    for name, (text, limits) in CASES.items():
        outcome = parse_or_refuse(text, limits)
        elapsed = median_ms(lambda text=text, limits=limits: parse_or_refuse(text, limits))
        print(f"{name:45} {len(text) / 1000:9.0f} KB {elapsed:9.1f} ms  {outcome}")


if __name__ == "__main__":
    main()
