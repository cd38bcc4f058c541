"""The detectors stay linear on long sentences: a page-long sentence of dates or denials."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from advocacy_cli.rules.detectors.dates import classify, read_dates
from advocacy_cli.rules.detectors.proposals import read_actions

TODAY = dt.date(2026, 7, 1)
# Eight times the text: linear work grows about 8-fold, quadratic 64-fold.
SMALL, LARGE, MARGIN = 150, 1200, 24


def _best_of_three(action: Callable[[], object]) -> float:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def _growth(make: Callable[[int], str], work: Callable[[str], object]) -> float:
    small, large = make(SMALL), make(LARGE)
    work(small)  # compile patterns and load CLDR data outside the measurement
    return _best_of_three(lambda: work(large)) / _best_of_three(lambda: work(small))


def test_classifying_dates_in_one_long_sentence_is_linear(catalog):
    def work(text: str) -> object:
        return classify(catalog, text, read_dates(catalog, text, TODAY), TODAY)

    assert _growth(lambda n: "The banner runs from 1 to 31 August 2026, " * n, work) < MARGIN


def test_reading_denied_actions_in_one_long_sentence_is_linear(catalog):
    def work(text: str) -> object:
        return read_actions(catalog, text, [(0, len(text))], TODAY, "en")

    assert _growth(lambda n: "a banner is not proposed and " * n, work) < MARGIN
    assert _growth(lambda n: "no banner, " * n, work) < MARGIN
