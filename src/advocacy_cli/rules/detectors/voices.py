"""Whose words: where the proposer's text ends and other editors' replies and votes begin.

A proposal on a wiki is the opening statement and its sections; once a discussion has begun,
the page also holds signed replies, Support and Oppose sections and vote templates by other
editors. Their words (and the user-talk links in their signatures) are not the proposer's, so
canvassing and wording rules must not judge them. The proposer's text is the part before the
first reply; a reply is recognised by any of:

* a heading under which others answer or vote ("Support", "Diskussion", "Avis", "Favorevoli");
* an indented or list line that opens with a vote template (``{{support}}``, ``{{Pro}}``,
  ``{{Favorevole}}``) or a bold vote ("'''Oppose'''"), a ping (``{{ping|...}}``, ``@Name``);
* a line signed by another user than the proposer (a user link and a timestamp).

Signatures under a heading of endorsers (a Meinungsbild's "Unterstützer") are other voices
too, but they come before the discussion and do not end the proposer's part.

The names of vote, ping and heading words are data (``data/lexicon.yaml``). Quoted texts
(banner texts, ``<blockquote>``, ``{{quote}}``, quotations, ``<ref>``) are other voices too;
the draft parser already sets them apart.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from advocacy_cli.catalog import Catalog
from advocacy_cli.lint import lexicon

_TIMESTAMP = re.compile(r"\d{1,2}[:h.]\d{2}\b.{0,60}?\((?:UTC|CET|CEST|MEZ|MESZ|GMT)\)")
_TILDES = re.compile(r"(?<!~)~{3,5}(?!~)")
_INDENTED = re.compile(r"^[*#:]+[ \t]*(.*)$")
# The name runs to the first '|' or '}}'; it is stripped in Python, since a regular expression
# that trims spaces around a lazy name backtracks over every space.
_OPENING_TEMPLATE = re.compile(r"^(?:'{2,3}\s*)?\{\{([^|{}\n]*)(?:\||\}\})")
_BOLD_WORD = re.compile(r"^'{3}\s*([^'\n]{1,30}?)\s*'{3}")
_MENTION = re.compile(r"^@\s*\w")


@dataclass(frozen=True)
class Voices:
    """The proposer's part of a page, and the replies after it."""

    proposer_end: int
    # The first reply, and why it is one (for messages and tests).
    reason: str = ""
    proposer: str | None = None
    # Sections where others sign to endorse the proposal before any discussion (a
    # Meinungsbild's "Unterstützer"): other voices, but no reply that ends the proposal.
    endorsements: tuple[tuple[int, int], ...] = ()

    def is_proposer(self, offset: int) -> bool:
        """Return whether ``offset`` lies in the proposer's own part."""
        return offset < self.proposer_end and not any(a <= offset < b for a, b in self.endorsements)

    @property
    def has_replies(self) -> bool:
        """Return whether the page holds replies by others."""
        return bool(self.reason)


@functools.cache
def _user_link(names: tuple[str, ...]) -> re.Pattern[str]:
    namespaces = "|".join(f"(?:{n})" for n in names)
    return re.compile(rf"\[\[\s*(?:{namespaces})\s*:\s*([^\]|/#\n]+)", re.IGNORECASE)


def _signer(catalog: Catalog, line: str) -> str | None:
    """Return the user who signed ``line``: the last user link before a timestamp."""
    stamp = _TIMESTAMP.search(line)
    if stamp is None:
        return None
    users = list(
        _user_link(lexicon.concept(catalog, "user-namespace").all_patterns()).finditer(line, 0, stamp.start())
    )
    users += list(
        _user_link(lexicon.concept(catalog, "user-talk-namespace").all_patterns()).finditer(
            line, 0, stamp.start()
        )
    )
    if not users:
        return None
    last = max(users, key=lambda m: m.start())
    return " ".join(last.group(1).replace("_", " ").split()).casefold()


def _heading(line: str) -> tuple[int, str] | None:
    """Return the level and title of a heading line ("== Support =="), or None for any other line."""
    body = line.rstrip(" \t")
    left = len(body) - len(body.lstrip("="))
    right = len(body) - len(body.rstrip("="))
    level = min(left, right, 6)
    if level == 0 or left == len(body):
        return None
    title = body[level : len(body) - level].strip(" \t")
    return (level, title) if title else None


def _normal_heading(title: str) -> str:
    text = re.sub(r"\{\{[^{}]*\}\}|<[^<>]+>|'{2,}", " ", title).casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def _opens_with_vote_or_ping(catalog: Catalog, body: str) -> str | None:
    template = _OPENING_TEMPLATE.match(body)
    if template:
        name = " ".join(template.group(1).split())
        if not name:
            return None
        if lexicon.is_template_of(catalog, "vote-templates", name):
            return f"vote template {{{{{name}}}}}"
        if lexicon.is_template_of(catalog, "ping-templates", name):
            return f"reply to another editor ({{{{{name}}}}})"
    bold = _BOLD_WORD.match(body)
    if bold and lexicon.is_template_of(catalog, "vote-templates", bold.group(1)):
        return f"vote '{bold.group(1)}'"
    if _MENTION.match(body):
        return "reply to another editor (@)"
    return None


def read_voices(catalog: Catalog, text: str) -> Voices:
    """Return where the proposer's part of ``text`` ends and the first reply begins."""
    proposer: str | None = None
    signed = False
    offset = 0
    # Under "Initiatoren", "Proposants", "Proponentes" the page's co-authors sign one after
    # another; their signatures are the proposal's, not replies to it.
    cosigning = False
    endorsements: list[tuple[int, int]] = []
    endorsing_from: int | None = None
    # The level of an "Argumente" heading above: its Pro and Contra are arguments, not votes.
    arguments_level: int | None = None
    for line in text.split("\n"):
        start = offset
        offset += len(line) + 1
        found = _heading(line)
        if found is not None:
            level, heading = found
            if endorsing_from is not None:
                endorsements.append((endorsing_from, start))
                endorsing_from = None
            title = _normal_heading(heading)
            if arguments_level is not None and level <= arguments_level:
                arguments_level = None
            if title and lexicon.is_template_of(catalog, "argument-headings", title):
                arguments_level = level
                continue
            if title and arguments_level is None and lexicon.is_template_of(catalog, "reply-headings", title):
                return Voices(start, f"heading '{heading}'", proposer, tuple(endorsements))
            cosigning = bool(title) and lexicon.is_template_of(catalog, "cosigner-headings", title)
            if title and lexicon.is_template_of(catalog, "endorser-headings", title):
                endorsing_from = start
            continue
        if endorsing_from is not None:
            continue
        if cosigning:
            if proposer is None:
                proposer = _signer(catalog, line)
            continue
        indented = _INDENTED.match(line)
        body = indented.group(1) if indented else line.strip()
        if indented:
            why = _opens_with_vote_or_ping(catalog, body)
            if why:
                return Voices(start, why, proposer)
        # The first signature is the proposer's; a later one by another user is a reply
        # (a draft signed with ~~~~ has no name yet, so any signed user is someone else).
        signer = _signer(catalog, line)
        if signer is not None:
            if proposer is None and not signed:
                proposer = signer
            elif signer != proposer:
                return Voices(start, f"signed by {signer}", proposer, tuple(endorsements))
        elif _TILDES.search(line):
            signed = True
    if endorsing_from is not None:
        endorsements.append((endorsing_from, len(text)))
    return Voices(len(text), "", proposer, tuple(endorsements))


def proposer_replies(catalog: Catalog, text: str, voices: Voices) -> list[tuple[int, int]]:
    """Return the lines among the replies that the proposer signed: their words too.

    A proposer who answers "I'll leave a message on 600 talk pages asking them to support"
    canvasses as surely as in the opening statement.
    """
    if voices.proposer is None or not voices.has_replies:
        return []
    found = []
    offset = voices.proposer_end
    for line in text[voices.proposer_end :].split("\n"):
        if _signer(catalog, line) == voices.proposer:
            found.append((offset, offset + len(line)))
        offset += len(line) + 1
    return found


def other_spans(voices: Voices, text: str) -> list[tuple[int, int]]:
    """Return the spans of ``text`` that are other editors' (empty when none)."""
    replies = [(voices.proposer_end, len(text))] if voices.has_replies else []
    return [*voices.endorsements, *replies]
