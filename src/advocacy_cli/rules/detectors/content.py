"""Where a draft says something, however it is titled: the parts absence rules look for.

A draft says why the cause matters in a section called "Why this matters", but also in one
called "Why it matters for Commons", "Perché ci riguarda" or in a sentence of its opening; it
weighs alternatives under "Other options", in a table of options or in a sentence ("we also
considered a blog post"). The heading words and cues are data (``data/lexicon.yaml``:
``impact-headings``, ``alternatives-headings``, ``alternatives-cues``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from advocacy_cli.catalog import Catalog
from advocacy_cli.lint import lexicon
from advocacy_cli.lint.structure import Draft


def normal_heading(title: str) -> str:
    """Return a heading as lower-case words: links, templates, markup and punctuation gone."""
    # A link's text is after its last '|'; '[^[\]]*' cannot run past another '[[', so a title
    # of many unclosed '[[' is read in one pass.
    text = re.sub(r"\[\[([^\[\]]*)\]\]", lambda m: m.group(1).rsplit("|", 1)[-1], title)
    text = re.sub(r"\{\{[^{}]*\}\}|<[^<>]+>|'{2,}", " ", text)
    text = unicodedata.normalize("NFC", text).casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def titled(catalog: Catalog, concept: str, title: str) -> bool:
    """Return whether a heading names concept ``concept`` anywhere in it."""
    return lexicon.pattern(catalog, concept).search(normal_heading(title)) is not None


def named(catalog: Catalog, concept: str, title: str) -> bool:
    """Return whether a heading is one of ``concept``'s names, matched in full ("Initiatoren")."""
    heading = normal_heading(title)
    return bool(heading) and lexicon.is_template_of(catalog, concept, heading)


def parts_about(catalog: Catalog, draft: Draft, key: str, concept: str) -> list[tuple[int, int]]:
    """Return the text of every part about ``key``: under a heading or a label, however titled.

    A part counts when its title is one of the catalogue's names for ``key`` ("Alternatives
    considered") or names ``concept`` anywhere in it ("Why it matters for Commons", "; Perché
    ci riguarda", a bold "Relevanz für uns:").
    """
    return [
        (part.body_start, part.extent_end)
        for part in (*draft.sections, *draft.labelled)
        if part.key == key or titled(catalog, concept, part.title)
    ]


def aside_parts(catalog: Catalog, draft: Draft) -> list[tuple[int, int]]:
    """Return the parts that tell of other things than the proposal: background, impact, alternatives.

    Under a heading or a label, however titled ("Alternativen: Stellungnahme", "; Why it
    matters"); a poll's options ("Options", "Opzioni") are the proposal itself, not aside.
    """
    aside = []
    for part in (*draft.sections, *draft.labelled):
        if part is draft.title:
            continue
        # "Portée et alternatives" states the action's size as well as weighing others.
        weighs_others = (
            titled(catalog, "alternatives-headings", part.title)
            and not titled(catalog, "options-headings", part.title)
            and part.key != "scope"
        )
        if (
            part.key in ("background", "alternatives", "impact")
            or weighs_others
            or titled(catalog, "impact-headings", part.title)
        ):
            aside.append((part.body_start, part.extent_end))
    return aside


def says(catalog: Catalog, concept: str, text: str, spans: Sequence[tuple[int, int]] = ()) -> bool:
    """Return whether ``text`` (within ``spans``, default all of it) holds a cue of ``concept``."""
    pattern = lexicon.pattern(catalog, concept)
    return any(pattern.search(text, a, b) for a, b in (spans or [(0, len(text))]))
