"""Dates written in a draft, in the catalogue's formats and month names."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from advocacy_cli.catalog import Catalog
from advocacy_cli.lint import lexicon


@dataclass(frozen=True)
class DateMention:
    """A date written in the draft, and where."""

    date: dt.date
    start: int
    end: int


def find_dates(catalog: Catalog, text: str, start: int, end: int) -> list[DateMention]:
    """Return the dates written between ``start`` and ``end``."""
    found = []
    months = lexicon.months(catalog)
    for m in lexicon.date_pattern(catalog).finditer(text, start, end):
        try:
            if m.group("iso"):
                day = dt.date(int(m.group("y1")), int(m.group("m1")), int(m.group("d1")))
            elif m.group("mon2"):
                day = dt.date(
                    int(m.group("y2")),
                    months[m.group("mon2").casefold()],
                    int(m.group("d2")),
                )
            else:
                day = dt.date(
                    int(m.group("y3")),
                    months[m.group("mon3").casefold()],
                    int(m.group("d3")),
                )
        except (ValueError, KeyError):
            continue
        found.append(DateMention(day, m.start(), m.end()))
    return found
