"""What is proposed: the on-site actions the proposer's own statement really asks for.

Naming an action is not proposing it. A mention counts only when it is not negated (before
the noun, "no banner", "niente banner", "kein Banner", or after it, "a banner is not
proposed", "Ein Banner ... schlage ich nicht vor", and then every item of its list), not a condition on one option ("if option
3 wins"), not one of several options put to the community (an option line or a table of
options), and not a precedent ("Turkey blocked Wikipedia in 2017"). Quotations, replies,
background and alternatives are left out by the caller, who passes only the proposer's own
statement. Every cue word is data (``data/lexicon.yaml``: ``negation``, ``negation-after``,
``contrast-words``, ``condition-words``, ``option-words``, ``date-background``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from advocacy_cli.catalog import Catalog
from advocacy_cli.lint import lexicon
from advocacy_cli.rules.detectors.sentences import clause_around, sentence_spans

# A negation before the action word counts within this many words of it ("we do not
# propose a site-wide blackout").
NEGATION_WORDS = 6
# A denied request ("we do not ask", "non chiediamo") governs an action this many words on.
DENIAL_WORDS = 10
# Two actions at most this many words apart, joined by a comma or "or", are items of one list.
LIST_LINK_WORDS = 4
# A clause is read at most this many characters either side of an action word: wider, it is
# about something else, and a bound keeps a page-long sentence linear.
CLAUSE_WINDOW = 200
_CLAUSE_END = re.compile(r"[,;:()\[\]|–—]")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


class Reading(Enum):
    """How a mention of an action reads."""

    PROPOSED = "proposed"
    NEGATED = "negated"
    CONDITIONAL = "conditional"
    OPTION = "option"
    PRECEDENT = "precedent"


@dataclass(frozen=True)
class ActionMention:
    """One mention of an on-site action, and how it reads."""

    action: str
    start: int
    end: int
    reading: Reading
    why: str = ""


def _clause_start(text: str, sentence_start: int, offset: int, contrast: re.Pattern[str]) -> int:
    """Return where the clause holding ``offset`` begins (after a comma or a "but")."""
    start = max(sentence_start, offset - CLAUSE_WINDOW)
    for m in _CLAUSE_END.finditer(text, start, offset):
        start = m.end()
    for m in contrast.finditer(text, start, offset):
        start = m.end()
    return start


def _negated_before(
    text: str, clause_start: int, offset: int, negation: re.Pattern[str], denial: re.Pattern[str]
) -> bool:
    words = text[clause_start:offset].split()
    if negation.search(" ".join(words[-NEGATION_WORDS:])):
        return True
    # A denied request governs what it would ask for: "we do not ask any wiki to run a banner".
    window = " ".join(words[-DENIAL_WORDS:])
    return bool(denial.search(window))


def _list_link(
    text: str, start: int, end: int, links: re.Pattern[str], breaks: list[re.Pattern[str]]
) -> bool:
    """Return whether ``text[start:end]`` only joins two items of one list (", eine", " or ")."""
    between = text[start:end]
    if len(between.split()) > LIST_LINK_WORDS or not (links.search(between) or re.search(r"[,/]", between)):
        return False
    return not re.search(r"[.;:!?()\n]", between) and not any(p.search(between) for p in breaks)


def _spread_along_lists(
    text: str,
    mentions: list[tuple[str, int, int]],
    readings: list[tuple[Reading, str]],
    links: re.Pattern[str],
    breaks: list[re.Pattern[str]],
) -> None:
    """Deny every item of a list one of whose items is denied ("ein Banner, eine Abschaltung
    ... schlagen wir nicht vor", "not a banner, a logo or a blackout")."""
    joined = [
        _list_link(text, mentions[i][2], mentions[i + 1][1], links, breaks) for i in range(len(mentions) - 1)
    ]
    for order in (range(len(joined)), reversed(range(len(joined)))):
        for i in order:
            if not joined[i]:
                continue
            for source, target in ((i, i + 1), (i + 1, i)):
                if readings[source][0] is Reading.NEGATED and readings[target][0] is Reading.PROPOSED:
                    readings[target] = (Reading.NEGATED, "it is in a list with a denied action")


def _table_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    opened: list[int] = []
    for m in re.finditer(r"^[ \t:]*(\{\||\|\})", text, re.MULTILINE):
        if m.group(1) == "{|":
            opened.append(m.start())
        elif opened:
            spans.append((opened.pop(), m.end()))
    return spans


def _option_label(text: str, offset: int) -> str:
    """Return the start of the line holding ``offset``, without list markers and bold."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : end if end >= 0 else len(text)]
    return re.sub(r"^[*#:;]*\s*'*\s*", "", line)


def _clause(text: str, span: tuple[int, int], offset: int) -> tuple[int, int]:
    """Return the clause of the sentence ``span`` around ``offset``, within the clause window."""
    a, b = span
    return clause_around(
        text, offset, _CLAUSE_END, max(a, offset - CLAUSE_WINDOW), min(b, offset + CLAUSE_WINDOW)
    )


def _in_clause(text: str, clause: tuple[int, int], pattern: re.Pattern[str]) -> bool:
    """Return whether ``pattern`` occurs in ``clause`` ("the banner is one option")."""
    return pattern.search(text, *clause) is not None


def _in_past_aside(text: str, clause: tuple[int, int], today: dt.date, proposing: re.Pattern[str]) -> bool:
    """Return whether ``clause`` is about a past year ("wie 2012") and proposes nothing."""
    aside = text[clause[0] : clause[1]]
    return any(int(y) < today.year for y in _YEAR.findall(aside)) and not proposing.search(aside)


def _denied(
    text: str,
    a: int,
    b: int,
    mentions: list[tuple[str, int, int]],
    aside: list[bool],
    after: re.Pattern[str],
    contrast: re.Pattern[str],
) -> dict[int, str]:
    """Return the mentions a negation after them denies: the last one before it, skipping asides.

    German puts the object first and the negation last ("Ein Banner, wie 2012, schlage ich
    nicht vor"), so an aside about a precedent between them is skipped.
    """
    denied: dict[int, str] = {}
    ends = [end for _, _, end in mentions]
    for m in after.finditer(text, a, b):
        # The mentions are in order of position: the candidates end before the negation.
        index = bisect.bisect_right(ends, m.start()) - 1
        while index >= 0 and aside[index]:
            index -= 1
        if index < 0:
            continue
        end = mentions[index][2]
        if m.start() - end <= CLAUSE_WINDOW and not contrast.search(text, end, m.start()):
            denied[index] = m.group(0).strip()
    return denied


def read_actions(
    catalog: Catalog,
    text: str,
    spans: Sequence[tuple[int, int]],
    today: dt.date,
    language: str | None = None,
) -> list[ActionMention]:
    """Return every action mentioned in ``spans`` of ``text``, each with how it reads.

    ``text`` is the proposer's own wording (quotes and replies blanked); ``spans`` are the
    parts that state the proposal (title, opening statement, action and scope sections).
    """
    negation = lexicon.pattern(catalog, "negation")
    after = lexicon.pattern(catalog, "negation-after")
    contrast = lexicon.pattern(catalog, "contrast-words")
    condition = lexicon.pattern(catalog, "condition-words")
    option = lexicon.pattern(catalog, "option-words")
    none = lexicon.pattern(catalog, "option-none")
    later = lexicon.pattern(catalog, "later-words")
    background = lexicon.pattern(catalog, "date-background")
    proposing = lexicon.pattern(catalog, "proposal-verbs")
    actions = lexicon.action_words(catalog)
    weighed = lexicon.pattern(catalog, "alternatives-cues")
    links = lexicon.pattern(catalog, "list-words")
    denial = lexicon.pattern(catalog, "denied-request")
    tables = _table_spans(text)
    found: list[ActionMention] = []
    for span_start, span_end in spans:
        for a, b in sentence_spans(text, span_start, span_end, language):
            sentence = text[a:b]
            mentions = sorted(
                ((key, m.start(), m.end()) for key, p in actions.items() for m in p.finditer(text, a, b)),
                key=lambda item: item[1],
            )
            past = [int(y) for y in _YEAR.findall(sentence) if int(y) < today.year]
            precedent = (bool(past) or bool(background.search(sentence))) and not proposing.search(sentence)
            conditional = bool(condition.search(sentence) and option.search(sentence))
            offers_none = none.search(sentence) is not None
            clauses = [_clause(text, (a, b), start) for _, start, _ in mentions]
            aside = [_in_past_aside(text, clause, today, proposing) for clause in clauses]
            denied = _denied(text, a, b, mentions, aside, after, contrast)
            # "A banner would not be enough", "l'oscuramento mi pare sproporzionato": an action
            # weighed and set aside, named where the weighing starts.
            set_aside = [(m.start(), m.end()) for m in weighed.finditer(text, a, b)]
            readings: list[tuple[Reading, str]] = []
            for index, (_, start, _) in enumerate(mentions):
                clause = _clause_start(text, a, start, contrast)
                if _negated_before(text, clause, start, negation, denial):
                    reading, why = Reading.NEGATED, "a negation comes before it"
                elif index in denied:
                    reading, why = Reading.NEGATED, f"'{denied[index]}' follows it"
                elif any(s <= start < e for s, e in set_aside):
                    reading, why = Reading.NEGATED, "it is weighed and set aside"
                elif any(s <= start < e for s, e in tables):
                    reading, why = Reading.OPTION, "it is one row of a table of options"
                elif (
                    offers_none
                    or option.match(_option_label(text, start))
                    or _in_clause(text, clauses[index], option)
                ):
                    reading, why = Reading.OPTION, "it is one of several options"
                elif _in_clause(text, clauses[index], later) and not _in_clause(
                    text, clauses[index], proposing
                ):
                    reading, why = Reading.CONDITIONAL, "it is left for a later discussion"
                elif conditional:
                    reading, why = Reading.CONDITIONAL, "it depends on which option is chosen"
                elif precedent or aside[index]:
                    reading, why = Reading.PRECEDENT, "it tells what happened before"
                else:
                    reading, why = Reading.PROPOSED, ""
                readings.append((reading, why))
            _spread_along_lists(text, mentions, readings, links, [negation, contrast, proposing])
            found.extend(
                ActionMention(key, start, end, reading, why)
                for (key, start, end), (reading, why) in zip(mentions, readings, strict=True)
            )
    return found


def proposed(mentions: Sequence[ActionMention]) -> dict[str, tuple[int, int]]:
    """Return each action the proposer asks for, with where it is first named."""
    chosen: dict[str, tuple[int, int]] = {}
    for mention in mentions:
        if mention.reading is Reading.PROPOSED:
            chosen.setdefault(mention.action, (mention.start, mention.end))
    return chosen
