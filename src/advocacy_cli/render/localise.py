"""Dates, times, numbers, lists and language names as the draft's language writes them.

The conventions come from CLDR through ``babel``; which locale and which date pattern a
language uses is data (``languages.yaml``: ``locale``, ``date_pattern``, the ``moment``
phrase). ``babel`` loads its locale data on first use, so it is imported here, in the
rendering path, and never at start-up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from advocacy_cli.catalog import Language
from advocacy_cli.phrase_format import fill_phrase

if TYPE_CHECKING:
    from babel import Locale

# CLDR's long date format, used when a language names no pattern of its own.
DEFAULT_DATE_FORMAT = "long"
# Times are always given in UTC, on the 24-hour clock every wiki's signatures use.
TIME_PATTERN = "HH:mm"


@lru_cache(maxsize=64)
def _locale(identifier: str) -> Locale:
    from babel import Locale

    return Locale.parse(identifier)


def locale_of(language: Language) -> Locale:
    """Return the CLDR locale of ``language`` (its ``locale``, else its key)."""
    return _locale(language.locale or language.key)


def format_day(day: dt.date, language: Language) -> str:
    """Return ``day`` as the language writes a date in running text ("29. Juni 2027")."""
    from babel.dates import format_date

    return format_date(day, language.date_pattern or DEFAULT_DATE_FORMAT, locale=locale_of(language))


def format_time_utc(when: dt.datetime) -> str:
    """Return the UTC time of ``when`` on the 24-hour clock ("14:30")."""
    return f"{when.astimezone(dt.UTC):%H:%M}"


def format_moment(when: dt.datetime, language: Language, fallback: Language) -> str:
    """Return a date with its UTC time, through the language's ``moment`` phrase."""
    utc = when.astimezone(dt.UTC)
    phrase = language.phrases.get("moment") or fallback.phrases["moment"]
    return fill_phrase(phrase, {"date": format_day(utc.date(), language), "time": format_time_utc(utc)})


def format_when(when: dt.datetime, language: Language, fallback: Language) -> str:
    """Return a timeline date: the day alone at midnight UTC, else the day and the time."""
    utc = when.astimezone(dt.UTC)
    if utc.time() == dt.time(0, 0):
        return format_day(utc.date(), language)
    return format_moment(utc, language, fallback)


def format_count(number: int, language: Language) -> str:
    """Return a whole number with the language's digits and grouping ("1 000", "1.000")."""
    from babel.numbers import format_decimal

    return format_decimal(number, locale=locale_of(language))


def _quantity(number: int, unit: Literal["hour", "day"], language: Language) -> str:
    own = language.units.get(unit)
    if isinstance(own, Mapping):
        plural = locale_of(language).plural_form(number)
        own = own.get(plural) or own.get("other")  # type: ignore[call-overload]
    if isinstance(own, str):
        return own.replace("{count}", format_count(number, language))
    from babel.units import format_unit

    # CLDR's plural rules pick the noun's form: "24 часа" but "48 часов", "2 godziny".
    return str(format_unit(number, f"duration-{unit}", length="long", locale=locale_of(language)))


def format_hours(hours: int, language: Language) -> str:
    """Return a number of hours with its unit, in the language's plural form ("48 Stunden")."""
    return _quantity(hours, "hour", language)


def format_days(days: int, language: Language) -> str:
    """Return a number of days with its unit, in the language's plural form ("30 giorni")."""
    return _quantity(days, "day", language)


def format_items(items: Sequence[str], language: Language) -> str:
    """Return ``items`` joined as the language lists things ("A, B und C", "A、B和C")."""
    from babel.lists import format_list

    return format_list(list(items), locale=locale_of(language)) if items else ""


def language_name(code: str, language: Language) -> str:
    """Return the name of language ``code`` in ``language`` ("Englisch"), or the code."""
    name = locale_of(language).languages.get(code)
    return name if isinstance(name, str) else code
