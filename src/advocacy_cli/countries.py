"""The codes ``cause.countries`` takes: ISO 3166 alpha-2 (as CLDR names them), EU, global.

Names come from CLDR through babel, which the drafts already use for dates, so a code is
checked against the same territory list that names it; the catalogue's ``countries.yaml``
adds the aliases people write (UK for GB).
"""

from __future__ import annotations

import difflib
from functools import lru_cache

# CLDR territories that are not a country a cause can concern: unknown, the euro area, the
# United Nations, outlying Oceania. EU stays: a cause can concern the European Union.
_NOT_COUNTRIES = frozenset({"ZZ", "EZ", "UN", "QO"})


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Return every two-letter territory code with its English name."""
    from babel import Locale

    territories = Locale("en").territories
    return {
        str(code): str(name)
        for code, name in territories.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    }


def is_country(code: str) -> bool:
    """Return whether ``code`` (upper case) is a territory code a cause can concern."""
    return code in country_names()


@lru_cache(maxsize=4)
def _codes_by_name(locales: tuple[str, ...]) -> dict[str, str]:
    """Return every country's name, in English and in ``locales`` (CLDR), folded, with its code."""
    from babel import Locale, UnknownLocaleError

    codes = country_names()
    found: dict[str, str] = {}
    for locale in ("en", *locales):
        try:
            territories = Locale.parse(locale).territories
        except (UnknownLocaleError, ValueError):
            continue
        for code, name in territories.items():
            if code in codes:
                found.setdefault(str(name).casefold(), str(code))
    return found


def closest_country(text: str, locales: tuple[str, ...] = ()) -> str | None:
    """Return the code that ``text`` most likely meant ("italy", "ITA", "Deutschland", "ED").

    Names are matched in English and in ``locales`` (the drafting languages), where a
    newcomer is likely to write their own country's name.
    """
    names = country_names()
    folded = text.strip().casefold()
    if len(folded) < 2:
        return None
    by_name = _codes_by_name(locales)
    if folded in by_name:
        return by_name[folded]
    # The beginning of a name ("ITA", "Deu" is not English, "Swe"): the first such name.
    starting = sorted(name for name in by_name if name.startswith(folded))
    if starting:
        return by_name[starting[0]]
    # Two letters typed the wrong way round ("ED" for DE).
    if len(folded) == 2 and folded[::-1].upper() in names:
        return folded[::-1].upper()
    close = difflib.get_close_matches(folded, list(by_name), n=1, cutoff=0.75)
    return by_name[close[0]] if close else None
