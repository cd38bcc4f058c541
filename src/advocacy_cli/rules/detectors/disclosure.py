"""Disclosure: whether someone acting for an organisation says who, in what role and if paid.

A disclosure is asked for only when the page shows someone acting for an organisation: they
speak for "our members", write "on behalf of" one, name their employer or job there, are paid,
or sign with a role account ("Jane (WMDE)"). A volunteer who writes as a volunteer ("I am a
volunteer", "ich bin ehrenamtlich", "je suis bénévole", "sono un volontario") has said what
matters: nobody pays them. The cue words are data (``data/lexicon.yaml``: ``acting-for``,
``speaking-as-group``, ``volunteer``, ``organisation``, ``role``, ``paid``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from advocacy_cli.catalog import Catalog
from advocacy_cli.lint import lexicon


@dataclass(frozen=True)
class DisclosureReading:
    """What a page says about whom its writer acts for."""

    # Where the page shows someone acting for an organisation (None when it does not).
    acting_for: tuple[int, int] | None
    evidence: str
    volunteer: bool
    missing: tuple[str, ...]
    # True for a clear sign (speaking for members, on behalf of, paid); False for "we" beside
    # an organisation's kind, or an organisation named only in the disclosure section.
    strong: bool = True

    @property
    def needs_disclosure(self) -> bool:
        """Return whether a disclosure is due and incomplete."""
        return self.acting_for is not None and bool(self.missing)


# How far a denial may stand from the sign it denies: "not paid by anyone", "my employer has
# no position on this".
DENIAL_WINDOW = 40
_CLAUSE_END = re.compile(r"[.;!?\n,]")
_PARTIAL_START = re.compile(r"^\w+")
_PARTIAL_END = re.compile(r"\w+$")


def _denied(text: str, start: int, end: int, negation: re.Pattern[str], contrast: re.Pattern[str]) -> bool:
    """Return whether a sign of acting for someone is denied just before or after it.

    A denial stays in its clause: "I'm not a lawyer, but I work for ..." denies nothing.
    """
    # Whole words only: a window that cuts "Network" to "Ne" must not read French "ne".
    first, last = max(0, start - DENIAL_WINDOW), min(len(text), end + DENIAL_WINDOW)
    before = text[first:start]
    if first > 0 and text[first - 1].isalnum():
        before = _PARTIAL_START.sub("", before)
    after = text[end:last]
    if last < len(text) and text[last].isalnum():
        after = _PARTIAL_END.sub("", after)
    before, after = _CLAUSE_END.split(before)[-1], _CLAUSE_END.split(after)[0]
    before, after = contrast.split(before)[-1], contrast.split(after)[0]
    return bool(negation.search(before) or negation.search(after))


def _first_undenied(
    pattern: re.Pattern[str],
    text: str,
    start: int,
    end: int,
    negation: re.Pattern[str],
    contrast: re.Pattern[str],
) -> re.Match[str] | None:
    """Return the first match of ``pattern`` in ``text[start:end]`` that no denial undoes."""
    return next(
        (
            m
            for m in pattern.finditer(text, start, end)
            if not _denied(text, m.start(), m.end(), negation, contrast)
        ),
        None,
    )


def read_disclosure(
    catalog: Catalog,
    text: str,
    spans: Sequence[tuple[int, int]] = (),
    disclosure: Sequence[tuple[int, int]] = (),
) -> DisclosureReading:
    """Read the proposer's own ``text`` (within ``spans``, default all of it).

    ``disclosure`` spans (a "Proposer and disclosure" section) are where an organisation named
    by type ("Verein", "association") also counts as acting for it.
    """
    where = list(spans) or [(0, len(text))]
    acting = lexicon.pattern(catalog, "acting-for")
    volunteer = lexicon.pattern(catalog, "volunteer")
    organisation = lexicon.pattern(catalog, "organisation")
    evidence: tuple[int, int] | None = None
    strong = True
    negation = lexicon.pattern(catalog, "negation")
    contrast = lexicon.pattern(catalog, "contrast-words")
    for a, b in where:
        m = _first_undenied(acting, text, a, b, negation, contrast)
        if m and (evidence is None or m.start() < evidence[0]):
            evidence = (m.start(), m.end())
    # Weaker signs: "we" beside an organisation's kind, or an organisation named in the
    # disclosure section.
    weak = lexicon.pattern(catalog, "speaking-as-group")
    for pattern, places in ((weak, where), (organisation, list(disclosure))):
        for a, b in places:
            # "keiner von uns arbeitet für Wikimedia Deutschland" names no employer.
            m = _first_undenied(pattern, text, a, b, negation, contrast)
            if evidence is None and m:
                evidence = (m.start(), m.end())
                strong = False
    said = "\n".join(text[a:b] for a, b in where)
    is_volunteer = bool(volunteer.search(said))
    if evidence is None:
        return DisclosureReading(None, "", is_volunteer, (), strong=False)
    missing = []
    if not organisation.search(said):
        missing.append("the organisation")
    if not lexicon.pattern(catalog, "role").search(said) and not is_volunteer:
        missing.append("your role")
    if not lexicon.pattern(catalog, "paid").search(said) and not is_volunteer:
        missing.append("whether posting is paid")
    return DisclosureReading(evidence, text[evidence[0] : evidence[1]], is_volunteer, tuple(missing), strong)
