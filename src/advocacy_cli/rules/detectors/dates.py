"""Dates in a draft: read in any of the catalogue's languages, and classified by what they are for.

Month and weekday names come from the Unicode CLDR through ``babel``
(https://cldr.unicode.org/, https://babel.pocoo.org/), in every form a language writes them
(the genitive "sierpnia" and the nominative "sierpień", "janv." and "janvier"). Ordinals
("1st July", "1er juillet", "1º de julio", "10. April") and ranges that share one month or year
("1 to 31 August 2026", "from 1 September to 1 October 2026", "dal 1 al 31 agosto 2026") are
read as two dates. A date written without a year takes the year of the date it forms a range
with, else the last year the text named before it, else the year that puts it nearest after
the anchor. Relative days ("tomorrow", "in two weeks") count from the anchor: the proposer's
signature date, or ``--today``.

Which date is the discussion's opening or close, the CentralNotice request, the action's start
or end, an outside deadline or background is read from the cue words of its sentence; the cue
words are data (``data/lexicon.yaml``, concepts ``date-*``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import TYPE_CHECKING

from advocacy_cli.catalog import Catalog
from advocacy_cli.lint import lexicon
from advocacy_cli.lint.markup import blank
from advocacy_cli.rules.detectors.sentences import sentence_spans

if TYPE_CHECKING:
    from babel import Locale  # imported at run time only where dates are read

# The languages whose dates are always read: the five the tool drafts in.
DRAFTING_LANGUAGES = ("en", "de", "fr", "es", "it")
# Unicode letters and marks, for word edges in scripts without spaces between words too.
_DAY = r"(?P<{name}>[0-3]?\d)(?:\.|st|nd|rd|th|er|re|e|ème|º|°|ª|o)?"
_YEAR = r"(?P<{name}>\d{{4}})"
_SHORT_MONTH = 3
# How far (in characters) before and after a date its cue words are looked for.
CUE_WINDOW = 160


class DateRole(Enum):
    """What a date in a draft is for."""

    DISCUSSION_OPENS = "discussion-opens"
    DISCUSSION_CLOSES = "discussion-closes"
    CENTRALNOTICE = "centralnotice-request"
    ACTION_STARTS = "action-starts"
    ACTION_ENDS = "action-ends"
    EXTERNAL = "external-deadline"
    BACKGROUND = "background"
    OTHER = "other"


@dataclass(frozen=True)
class DateMention:
    """A date written in a text: where, which day, and how sure the reading is."""

    date: dt.date
    start: int
    end: int
    year_inferred: bool = False
    relative: bool = False
    # The other end of a range this date belongs to ("1" in "1 to 31 August"), if any.
    range_with: dt.date | None = None
    role: DateRole = DateRole.OTHER


def _locales(languages: tuple[str, ...]) -> Iterator[Locale]:
    """Yield the CLDR locale of each language that CLDR knows; others have no names to give."""
    from babel import Locale, UnknownLocaleError

    for code in languages:
        try:
            yield Locale.parse(code)
        except (ValueError, LookupError, UnknownLocaleError):
            continue


@functools.cache
def _month_names(languages: tuple[str, ...]) -> dict[str, int]:
    names: dict[str, int] = {}
    for locale in _locales(languages):
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in locale.months[context][width].items():
                    # Catalan writes the month with its preposition ("de gener", "d'agost").
                    word = re.sub(r"^(?:de\s+|d['’])", "", name.casefold()).rstrip(".")
                    if len(word) >= _SHORT_MONTH or not word.isalpha():
                        names.setdefault(word, int(number))
    return names


@functools.cache
def _weekday_names(languages: tuple[str, ...]) -> dict[str, int]:
    """Return weekday names with Python's numbering (Monday is 0)."""
    names: dict[str, int] = {}
    for locale in _locales(languages):
        for context in ("format", "stand-alone"):
            for number, name in locale.days[context]["wide"].items():
                names.setdefault(name.casefold(), int(number))
    return names


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.cache
def _date_pattern(languages: tuple[str, ...], connectors: tuple[str, ...]) -> re.Pattern[str]:
    month = _alternation(_month_names(languages))
    weekday = _alternation(_weekday_names(languages))
    link = "|".join(f"(?:{c})" for c in connectors) or "(?!)"
    # A month name ends at the end of a word: "ago" (Spanish) is not the start of "agost".
    month_word = rf"(?:de\s+|d['’]|of\s+)?(?P<{{name}}>{month})(?![^\W\d_])\.?"
    day_month = _DAY.format(name="d1") + r"\s*" + month_word.format(name="m1")
    year = r"(?:\s*,?\s*(?:de\s+|del\s+)?" + _YEAR.format(name="y1") + r")?"
    parts = [
        r"\b(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})\b",
        r"(?P<cy>\d{4})\s*年\s*(?P<cm>\d{1,2})\s*月\s*(?P<cd>\d{1,2})\s*日",
        r"\b(?P<nd>[0-3]?\d)[./](?P<nm>[01]?\d)[./](?P<ny>\d{4})\b",
        # "1 to 31 August 2026", "vom 1. bis 31. August", "dal 1 al 31 agosto 2026"
        r"\b" + _DAY.format(name="rd") + rf"\s*(?:{link})\s*" + day_month + year,
        # "1 July 2026", "1er juillet", "1º de julio de 2026", "Monday, 1 July"
        rf"(?:\b(?:{weekday}),?\s+)?\b"
        + day_month.replace("d1", "d2").replace("m1", "m2")
        + year.replace("y1", "y2"),
        # "July 1st, 2026", "August 1–31, 2026"
        rf"(?:\b(?:{weekday}),?\s+)?\b(?P<m3>{month})(?![^\W\d_])\.?\s+"
        + _DAY.format(name="d3")
        + rf"(?:\s*(?:{link})\s*"
        + _DAY.format(name="d4")
        + r")?"
        + r"(?:,?\s+"
        + _YEAR.format(name="y3")
        + r")?\b",
    ]
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE | re.UNICODE)


@dataclass
class _Raw:
    year: int | None
    month: int
    day: int
    start: int
    end: int
    pair_day: int | None = None  # the first day of a range sharing this month
    year_from_range: bool = False  # "1 September" in "from 1 September to 1 October 2026"


def _raw_dates(catalog: Catalog, text: str, start: int, end: int, languages: tuple[str, ...]) -> list[_Raw]:
    months = _month_names(languages)
    connectors = tuple(lexicon.concept(catalog, "date-range-words").all_patterns())
    found: list[_Raw] = []
    for m in _date_pattern(languages, connectors).finditer(text, start, end):
        g = m.groupdict()
        if g["iy"]:
            found.append(_Raw(int(g["iy"]), int(g["im"]), int(g["id"]), m.start(), m.end()))
        elif g["cy"]:
            found.append(_Raw(int(g["cy"]), int(g["cm"]), int(g["cd"]), m.start(), m.end()))
        elif g["ny"]:
            found.append(_Raw(int(g["ny"]), int(g["nm"]), int(g["nd"]), m.start(), m.end()))
        elif g["rd"]:
            year = int(g["y1"]) if g["y1"] else None
            found.append(
                _Raw(year, months[g["m1"].casefold()], int(g["d1"]), m.start(), m.end(), int(g["rd"]))
            )
        elif g["m2"]:
            year = int(g["y2"]) if g["y2"] else None
            found.append(_Raw(year, months[g["m2"].casefold()], int(g["d2"]), m.start(), m.end()))
        else:
            year = int(g["y3"]) if g["y3"] else None
            # "Month day" is English order, and English capitalises months: "may 2" is a verb.
            if year is None and not g["m3"][0].isupper():
                continue
            month = months[g["m3"].casefold()]
            if g["d4"]:
                found.append(_Raw(year, month, int(g["d4"]), m.start(), m.end(), int(g["d3"])))
            else:
                found.append(_Raw(year, month, int(g["d3"]), m.start(), m.end()))
    return found


def _make(year: int, raw: _Raw, day: int | None = None) -> dt.date | None:
    try:
        return dt.date(year, raw.month, day or raw.day)
    except ValueError:
        return None


def _nearest_year(raw: _Raw, anchor: dt.date) -> int:
    # A yearless date is the next such day from a little before the anchor: proposals talk
    # about the coming weeks, and "1 July" written on 20 July means next year's.
    for year in (anchor.year, anchor.year + 1):
        day = _make(year, raw)
        if day is not None and day >= anchor - dt.timedelta(days=7):
            return year
    return anchor.year + 1


def _linked(text: str, first: _Raw, second: _Raw, link: re.Pattern[str]) -> bool:
    between = text[first.end : second.start]
    return len(between) <= 12 and link.fullmatch(between.strip()) is not None


# A time of day after a date ("15 November 2027 00:00 UTC – 17 November 2027 23:59 UTC").
_TIME_OF_DAY = re.compile(
    r"\s*,?[^\W\d]{0,4}\s*\d{1,2}(?:[:.]\d{2}|\s?h\s?\d{0,2})\s*(?:UTC|GMT|CES?T|Uhr|h)?\b", re.IGNORECASE
)


def _linked_with_time(
    text: str, first: _Raw, second: _Raw, link: re.Pattern[str], conjunction: re.Pattern[str]
) -> bool:
    """Return whether two full dates are the ends of one range, times of day between them."""
    time = _TIME_OF_DAY.match(text, first.end, second.start)
    after = time.end() if time else first.end
    between = text[after : second.start].strip()
    if len(between) > 12 or conjunction.fullmatch(between):
        return False
    return link.fullmatch(between) is not None


def read_dates(
    catalog: Catalog,
    text: str,
    anchor: dt.date,
    start: int = 0,
    end: int | None = None,
    languages: Sequence[str] = (),
) -> list[DateMention]:
    """Return the dates written between ``start`` and ``end``, in order, with ranges split.

    ``languages`` adds month names to the drafting languages' (the catalogue's target
    languages, say); ``anchor`` dates relative days and years that are not written.
    """
    stop = len(text) if end is None else end
    codes = tuple(dict.fromkeys((*DRAFTING_LANGUAGES, *languages)))
    raws = _raw_dates(catalog, text, start, stop, codes)
    link_words = lexicon.concept(catalog, "date-range-words").all_patterns()
    link = re.compile("|".join(f"(?:{w})" for w in link_words) or "(?!)", re.IGNORECASE)
    # A date without a year shares the year of the date it forms a range with.
    for index, raw in enumerate(raws[:-1]):
        following = raws[index + 1]
        if raw.year is None and following.year is not None and _linked(text, raw, following, link):
            raw.year = following.year
            raw.year_from_range = True
    # Two full dates joined by a range word (not a mere "and") are one range too.
    conjunction = lexicon.pattern(catalog, "date-range-and")
    dated_pairs = {
        index
        for index, raw in enumerate(raws[:-1])
        if raw.year is not None
        and raws[index + 1].year is not None
        and not raw.year_from_range
        and _linked_with_time(text, raw, raws[index + 1], link, conjunction)
    }
    mentions: list[DateMention] = []
    context_year: int | None = None
    for index, raw in enumerate(raws):
        inferred = raw.year is None or raw.year_from_range
        year = raw.year or context_year or _nearest_year(raw, anchor)
        if raw.year is not None and not raw.year_from_range:
            context_year = raw.year
        day = _make(year, raw)
        if day is None:
            continue
        if raw.pair_day is not None:
            first = _make(year, raw, raw.pair_day)
            if first is not None and first <= day:
                mentions.append(DateMention(first, raw.start, raw.end, inferred, range_with=day))
                mentions.append(DateMention(day, raw.start, raw.end, inferred, range_with=first))
                continue
        mentions.append(DateMention(day, raw.start, raw.end, inferred))
        if index and len(mentions) > 1 and (raws[index - 1].year_from_range or index - 1 in dated_pairs):
            # "from 1 September to 1 October 2026": the two ends know each other.
            before = mentions[-2]
            mentions[-2] = replace(before, range_with=day)
            mentions[-1] = replace(mentions[-1], range_with=before.date)
    mentions += _relative_dates(catalog, text, anchor, start, stop)
    return sorted(mentions, key=lambda d: (d.start, d.date))


def _ordered_words(catalog: Catalog, key: str) -> dict[str, int]:
    """Return a concept whose entries are in order (``numbers``) as word -> position."""
    words: dict[str, int] = {}
    for entries in lexicon.concept(catalog, key).patterns.values():
        for index, entry in enumerate(entries, start=1):
            for word in entry.split("|"):
                words.setdefault(word.strip().casefold(), index)
    return words


@functools.cache
def _relative_pattern(
    in_words: tuple[str, ...], numbers: tuple[str, ...], days: tuple[str, ...], weeks: tuple[str, ...]
) -> re.Pattern[str]:
    def group(items: tuple[str, ...]) -> str:
        return "|".join(f"(?:{i})" for i in items) or "(?!)"

    number = r"\d{1,3}|" + _alternation(numbers)
    return re.compile(
        rf"\b(?:{group(in_words)})\s+(?P<n>{number})\s+(?:(?P<day>{group(days)})|(?P<week>{group(weeks)}))\b",
        re.IGNORECASE | re.UNICODE,
    )


def _relative_dates(catalog: Catalog, text: str, anchor: dt.date, start: int, end: int) -> list[DateMention]:
    found: list[DateMention] = []
    for key, offset in (
        ("date-today", 0),
        ("date-tomorrow", 1),
        ("date-day-after-tomorrow", 2),
    ):
        for m in lexicon.pattern(catalog, key).finditer(text, start, end):
            found.append(DateMention(anchor + dt.timedelta(days=offset), m.start(), m.end(), relative=True))
    numbers = _ordered_words(catalog, "numbers")
    pattern = _relative_pattern(
        lexicon.concept(catalog, "date-in").all_patterns(),
        tuple(numbers),
        lexicon.concept(catalog, "date-unit-day").all_patterns(),
        lexicon.concept(catalog, "date-unit-week").all_patterns(),
    )
    for m in pattern.finditer(text, start, end):
        raw = m.group("n").casefold()
        count = int(raw) if raw.isdigit() else numbers[raw]
        days = count * 7 if m.group("week") else count
        found.append(DateMention(anchor + dt.timedelta(days=days), m.start(), m.end(), relative=True))
    weekday = _weekday_pattern(
        lexicon.concept(catalog, "date-weekday-cue").all_patterns(), DRAFTING_LANGUAGES
    )
    for m in weekday.finditer(text, start, end):
        # The coming such day: "by Thursday" written on a Thursday is a week away.
        wanted = _weekday_names(DRAFTING_LANGUAGES)[m.group("day").casefold()]
        ahead = (wanted - anchor.weekday()) % 7 or 7
        found.append(
            DateMention(anchor + dt.timedelta(days=ahead), m.start("day"), m.end("day"), relative=True)
        )
    # "the day after tomorrow" also contains "tomorrow": keep the longer reading.
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept: list[DateMention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


@functools.cache
def _weekday_pattern(cues: tuple[str, ...], languages: tuple[str, ...]) -> re.Pattern[str]:
    """Return the pattern of a bare weekday after a cue ("by Thursday"), not followed by a date."""
    cue = "|".join(f"(?:{c})" for c in cues) or "(?!)"
    days = _alternation(_weekday_names(languages))
    return re.compile(rf"\b(?:{cue})\s+(?P<day>{days})\b(?!,?\s*\d)", re.IGNORECASE)


_SIGNATURE_TIME = re.compile(r"\d{1,2}[:h.]\d{2}")
_SIGNATURE_ZONE = re.compile(r"\((?:UTC|CET|CEST|MEZ|MESZ|GMT)\)")
# What follows a signature's date: a time ("à 14:00", French order) and then the zone.
_TIMESTAMP_TAIL = re.compile(r"\s*(?:à\s*)?(\d{1,2}[:h.]\d{2}\s*)?" + _SIGNATURE_ZONE.pattern)


def posted_today(mention: DateMention, anchor: dt.date) -> bool:
    """Return whether ``mention`` is "today", the day the proposal is read from: it dates no action."""
    return mention.relative and mention.date == anchor


def is_timestamp(text: str, start: int, end: int) -> bool:
    """Return whether the date at ``start``-``end`` is a signature's timestamp ("12:34, 1 July 2026 (UTC)")."""
    tail = _TIMESTAMP_TAIL.match(text, end)
    if tail is None:
        return False
    return tail.group(1) is not None or _SIGNATURE_TIME.search(text, max(0, start - 8), start) is not None


def signature_date(catalog: Catalog, text: str, anchor: dt.date, end: int | None = None) -> dt.date | None:
    """Return the date of the first signature with a timestamp ("12:34, 1 July 2026 (UTC)")."""
    stop = len(text) if end is None else end
    for zone in _SIGNATURE_ZONE.finditer(text, 0, stop):
        line_start = text.rfind("\n", 0, zone.start()) + 1
        if not _SIGNATURE_TIME.search(text, line_start, zone.start()):
            continue
        dates = [d for d in read_dates(catalog, text, anchor, line_start, zone.start()) if not d.relative]
        if dates:
            return dates[-1].date
    return None


def classify(
    catalog: Catalog,
    text: str,
    mentions: Sequence[DateMention],
    anchor: dt.date,
    background: Sequence[tuple[int, int]] = (),
    language: str | None = None,
) -> list[DateMention]:
    """Return ``mentions`` with the role each plays, read from the cue words of its sentence.

    ``background`` spans (a background section, say) hold precedents whatever they say;
    ``anchor`` is the day the discussion is read on: a day before it is past.
    """
    cues = {key: lexicon.pattern(catalog, f"date-{key}") for key in _CUES}
    # Who sees it dates the action as surely as its name: "for logged-out readers in Italy,
    # from 20 to 26 September" is the action's week, whatever else the sentence discusses.
    actions = [*lexicon.action_words(catalog).values(), lexicon.pattern(catalog, "audience")]
    spans = sentence_spans(text, 0, len(text), language)
    classified: list[DateMention] = []
    for mention in mentions:
        a, b = next(((a, b) for a, b in spans if a <= mention.start < b), (mention.start, mention.end))
        if mention.end > b:
            # A segmenter that took the ordinal's full stop for a sentence's ("Am 7. September
            # 2026 ...") split the date: its sentence runs on.
            b = next((end for start, end in spans if start < mention.end <= end), mention.end)
        # A semicolon or a colon between words joins clauses about different things ("the
        # discussion closes on ...; the banner runs ...", "avis d'ici jeudi : ... dès
        # vendredi"): read the clause the date stands in.
        a = max(a, _clause_start(text, a, mention.start))
        b = min(b, _clause_end(text, mention.end, b))
        # Cue words this far from a date are about something else, and a bounded window keeps
        # a sentence with thousands of dates linear.
        a, b = max(a, mention.start - CUE_WINDOW), min(b, mention.end + CUE_WINDOW)
        in_background = any(s <= mention.start < e for s, e in background)
        if is_timestamp(text, mention.start, mention.end):
            # A signature's timestamp dates the post: the discussion is open from then.
            classified.append(replace(mention, role=DateRole.DISCUSSION_OPENS))
            continue
        today = posted_today(mention, anchor)
        if today:
            # "Today" is mostly an adverb ("as today already", "today's readers"); it dates
            # something only with a cue beside it ("voting opens today").
            a, b = max(a, mention.start - NEAR_TODAY), min(b, mention.end + NEAR_TODAY)
        role = _role(mention, (text[a:b], a), cues, actions, anchor, in_background)
        if today and role in (DateRole.ACTION_STARTS, DateRole.ACTION_ENDS):
            role = DateRole.OTHER  # nobody proposes an action for the day they post it
        classified.append(replace(mention, role=role))
    return classified


# A clause ends at ';', or at ':' with spaces around it (not "12:30", not "Wikipedia:Bar").
_CLAUSE_BREAK = re.compile(r";|\s:\s")


# A colon after this few words ends a label ("Vote : du 22 mars au 5 avril"), not a clause:
# the label says what the dates after it are for.
LABEL_WORDS = 3


def _breaks(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Return the clause breaks between ``start`` and ``end``, labels' colons left out."""
    found = []
    previous = start
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        is_label = m.group().strip() == ":" and len(text[previous : m.start()].split()) <= LABEL_WORDS
        if not is_label:
            found.append(m)
        previous = m.end()
    return found


def _clause_start(text: str, start: int, at: int) -> int:
    breaks = _breaks(text, start, at)
    return breaks[-1].end() if breaks else start


def _clause_end(text: str, at: int, end: int) -> int:
    found = _CLAUSE_BREAK.search(text, at, end)
    return found.start() if found else end


# How near a cue must stand to "today" for it to date something.
NEAR_TODAY = 25
# How far before a date a limit word ("before 19 April") may stand.
LIMIT_REACH = 28
_CUES = (
    "limit",
    "centralnotice",
    "external",
    "discussion",
    "opens",
    "closes",
    "ends",
    "background",
    "action",
    "action-wording",
)
# When two kinds of cue are as near to a date, the earlier kind here wins.
_KINDS = ("centralnotice", "discussion", "external", "background", "action")


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def _distance(
    pattern: re.Pattern[str],
    sentence: str,
    start: int,
    end: int,
    not_after: re.Pattern[str] | None = None,
) -> int | None:
    """Return how far the nearest match of ``pattern`` is from the date at ``start``-``end``.

    A match right after ``not_after`` (within ``LIMIT_REACH`` characters) does not count.
    """
    best: int | None = None
    for m in pattern.finditer(sentence):
        if start <= m.start() and m.end() <= end:
            continue  # the range word inside the date itself ("7. bis 13. September") is no cue
        if not_after is not None and not_after.search(sentence, max(0, m.start() - LIMIT_REACH), m.start()):
            continue
        gap = start - m.end() if m.end() <= start else m.start() - end if m.start() >= end else 0
        best = gap if best is None else min(best, gap)
    return best


def _role(
    mention: DateMention,
    sentence: tuple[str, int],
    cues: dict[str, re.Pattern[str]],
    actions: list[re.Pattern[str]],
    anchor: dt.date,
    in_background: bool,
) -> DateRole:
    text, offset = sentence
    a, b = mention.start - offset, mention.end - offset
    is_end = mention.range_with is not None and mention.range_with < mention.date
    if in_background:
        return DateRole.BACKGROUND
    # "publicación del texto del banner": the wording is dated, not the banner.
    wording = _spans(cues["action-wording"], text)
    action_text = blank(text, wording) if wording else text
    distances: dict[str, int] = {}
    for kind in _KINDS:
        # Verbs such as "runs" date the action only in a clause that is not about the discussion.
        generic = kind == "action" and "discussion" not in distances
        patterns = [*actions, cues[kind]] if generic else actions if kind == "action" else [cues[kind]]
        # The request's cue names the request, not the banner it asks for ("the CentralNotice
        # request is filed on ...", "am 16. März den Antrag unter CentralNotice/Request"), so
        # it may stand on either side of its date.
        # "a week before the vote (7-13 September)": a vote after a limit word is what the
        # dates come before, not the discussion they belong to.
        after_limit = cues["limit"] if kind == "discussion" else None
        searched = action_text if kind == "action" else text
        found = [d for p in patterns if (d := _distance(p, searched, a, b, after_limit)) is not None]
        if found:
            distances[kind] = min(found)
    past = mention.date < anchor and not mention.relative
    if not distances:
        return DateRole.BACKGROUND if mention.date < anchor - dt.timedelta(days=7) else DateRole.OTHER
    kind = min(distances, key=lambda k: (distances[k], _KINDS.index(k)))
    if kind == "centralnotice":
        # "the request ... leaves two weeks before 19 April": a limit, not the request's day.
        limit = cues["limit"].search(text, max(0, a - LIMIT_REACH), a)
        return DateRole.OTHER if limit else DateRole.CENTRALNOTICE
    if kind == "discussion":
        opens = _distance(cues["opens"], text, a, b)
        closes = _distance(cues["closes"], text, a, b)
        if is_end or (closes is not None and (opens is None or closes < opens)):
            return DateRole.DISCUSSION_CLOSES
        return DateRole.DISCUSSION_OPENS
    if kind == "background" or (past and mention.date.year < anchor.year):
        return DateRole.BACKGROUND
    if kind == "external":
        return DateRole.BACKGROUND if past else DateRole.EXTERNAL
    ends = _distance(cues["ends"], text, a, b)
    if is_end or (mention.range_with is None and ends is not None and ends <= distances["action"]):
        return DateRole.ACTION_ENDS
    return DateRole.ACTION_STARTS


@dataclass(frozen=True)
class Timeline:
    """The dates that matter for timing, taken from classified mentions."""

    opens: dt.date
    closes: dt.date | None = None
    centralnotice: dt.date | None = None
    action_starts: DateMention | None = None
    action_ends: dt.date | None = None
    external: tuple[dt.date, ...] = field(default=())
    opens_assumed: bool = True

    @property
    def discussion_days(self) -> int | None:
        """Return how many days the discussion runs, if its close is given."""
        return (self.closes - self.opens).days if self.closes else None

    @property
    def lead_days(self) -> int | None:
        """Return the days from the discussion's close (or opening) to the action's start."""
        if self.action_starts is None:
            return None
        return (self.action_starts.date - (self.closes or self.opens)).days


def timeline(mentions: Sequence[DateMention], opens: dt.date) -> Timeline:
    """Return the timing of a draft from its classified ``mentions``.

    ``opens`` is when the discussion opens if the draft does not say: the signature's date or
    today.
    """

    def first(role: DateRole) -> DateMention | None:
        return next((m for m in mentions if m.role is role), None)

    opening = first(DateRole.DISCUSSION_OPENS)
    closes = [m.date for m in mentions if m.role is DateRole.DISCUSSION_CLOSES]
    notice = first(DateRole.CENTRALNOTICE)
    ends = [m.date for m in mentions if m.role is DateRole.ACTION_ENDS]
    return Timeline(
        opens=opening.date if opening else opens,
        closes=max(closes) if closes else None,
        centralnotice=notice.date if notice else None,
        action_starts=first(DateRole.ACTION_STARTS),
        action_ends=max(ends) if ends else None,
        external=tuple(m.date for m in mentions if m.role is DateRole.EXTERNAL),
        opens_assumed=opening is None,
    )
