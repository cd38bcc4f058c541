"""Every genre in every drafting language: the tool's sentences are the language's own.

A draft's language is the wiki's, or the one the answers choose (``language: pl`` for a
Meinungsbild), so every pair of genre and language can be produced; each is checked here.
"""

from __future__ import annotations

import re

import pytest

from advocacy_cli.answers import Answers
from advocacy_cli.generate import render_files
from advocacy_cli.language_id import guess
from tests.conftest import TODAY
from tests.test_languages import ENGLISH_TEXTS, LANGUAGES, SHIPPED, _answers, _foreign_sentences, _prose


def _genre_cases() -> dict[str, tuple[str, str]]:
    """Return, for every genre, the first (community, action) whose proposal takes it."""
    found: dict[str, tuple[str, str]] = {}
    for key, project in SHIPPED.projects.items():
        if project.kind != "community":
            continue
        for action in (*project.decides_on, *project.proposal.by_action):
            genre = project.conventions_for(action).genre
            found.setdefault(genre, (key, action))
    return found


GENRE_CASES = _genre_cases()
# The sentences that differ with the genre: a genre's own intro, disclosure note and question.
_GENRE_VARIANTS = ("intro", "disclosure_note", "question")


def test_every_genre_of_the_catalogue_is_produced_by_some_community():
    assert set(GENRE_CASES) == set(SHIPPED.genres)


def genre_draft(genre: str, code: str) -> tuple[Answers, str]:
    project, action = GENRE_CASES[genre]
    answers = _answers(project, action, ENGLISH_TEXTS, "Upload Filter Act 2027")
    answers = answers.model_copy(update={"language": code})
    return answers, render_files(answers, SHIPPED, TODAY)[f"proposal.{project}.wiki"]


def _general_key(variant: str, genre: str) -> str:
    """The key a genre's sentence falls back to (as render/draft.py picks it)."""
    sections = SHIPPED.genres[genre].sections
    return variant if variant == "question" or "survey" in sections else f"{variant}_thread"


def _distinct_variants() -> list[tuple[str, str]]:
    """Return (genre, key) of every genre sentence whose English says something else than the
    general sentence it would fall back to: such a sentence cannot be replaced by it."""
    english = SHIPPED.languages["en"].phrases
    found = []
    for genre in sorted(SHIPPED.genres):
        for variant in _GENRE_VARIANTS:
            key = f"{variant}_{genre}"
            if key in english and english[key] != english[_general_key(variant, genre)]:
                found.append((genre, key))
    return found


DISTINCT_VARIANTS = _distinct_variants()


def test_the_distinct_genre_sentences_are_the_ones_expected():
    keys = {key for _, key in DISTINCT_VARIANTS}
    # A Meinungsbild or a vote is not discussed "in this thread"; a statement is endorsed,
    # a request for help asks for knowledge: each needs its own sentence.
    assert {"intro_meinungsbild", "intro_prise-de-decision", "intro_statement", "intro_help-request"} <= keys
    assert {"question_statement", "question_help-request", "disclosure_note_meta-rfc"} <= keys
    # The Bar thread and the Café proposal read as any thread does.
    assert not keys & {"intro_bar-thread", "intro_cafe-proposal", "disclosure_note_bar-thread"}


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_has_every_distinct_genre_sentence(code):
    language = SHIPPED.languages[code].phrases
    assert [key for _, key in DISTINCT_VARIANTS if key not in language] == []


@pytest.mark.parametrize("genre", sorted(GENRE_CASES))
@pytest.mark.parametrize("code", LANGUAGES)
def test_every_genre_drafted_in_every_language_has_no_sentence_of_another(genre, code):
    answers, draft = genre_draft(genre, code)
    assert _foreign_sentences(draft, answers, code) == []
    overall = guess(_prose(draft, answers), code, LANGUAGES)
    assert overall is not None and overall.code == code
    # The genre's own sentences are the ones written, not a thread's.
    language = SHIPPED.languages[code].phrases
    for _, key in (pair for pair in DISTINCT_VARIANTS if pair[0] == genre):
        if not key.startswith("question_"):
            assert language[key] in draft, key


# Full-width punctuation carries its own spacing: no space may follow it (a heading's closing
# "==" is wikitext, not text).
_SPACE_AFTER_FULL_WIDTH = re.compile(r"[。？！：；，、）」』】](?=[ \u3000](?!=+$))", re.M)


@pytest.mark.parametrize("genre", sorted(GENRE_CASES))
@pytest.mark.parametrize("code", ["ja", "zh"])
def test_full_width_punctuation_is_not_followed_by_a_space(genre, code):
    project, _ = GENRE_CASES[genre]
    answers, _ = genre_draft(genre, code)
    files = render_files(answers, SHIPPED, TODAY)
    for name in (f"proposal.{project}.wiki", f"posting-plan.{project}.md"):
        text = files[name]
        if name.endswith(".md"):
            # The plan is English; only its wikitext blocks (the notices) are in the language.
            text = "\n".join(re.findall(r"```wikitext\n(.*?)```", text, flags=re.S))
        found = [m.group(0) for m in _SPACE_AFTER_FULL_WIDTH.finditer(text)]
        assert found == [], (name, text)
    # Labels take the full-width colon, and the opening signs right after its last sentence.
    draft = files[f"proposal.{project}.wiki"]
    assert re.search(r"^\* [^:\n]+：", draft, flags=re.M)
    assert not re.search(r"^\* [^\n<]*[^\s\w]: ", draft, flags=re.M)


@pytest.mark.parametrize("code", ["ja", "zh"])
def test_no_phrase_puts_a_space_after_full_width_punctuation(code):
    language = SHIPPED.languages[code]
    texts = [*language.phrases.values(), *language.sections.values()]
    assert [t for t in texts if _SPACE_AFTER_FULL_WIDTH.search(t)] == []


@pytest.mark.parametrize(
    ("code", "opening_end"),
    [("en", ". ~~~~"), ("fr", ". ~~~~"), ("de", ". ~~~~"), ("ja", "。~~~~"), ("zh", "。~~~~")],
)
def test_the_opening_is_signed_as_the_language_joins_sentences(code, opening_end):
    _, draft = genre_draft("thread", code)
    opening = next(line for line in draft.splitlines() if line.endswith("~~~~"))
    assert opening.endswith(opening_end), opening


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_short_topic_heading_names_the_action_in_every_language(code):
    english, language = SHIPPED.languages["en"].phrases, SHIPPED.languages[code].phrases
    topics = sorted(key for key in english if key.startswith("topic_") and key != "topic_other")
    assert [key for key in topics if key not in language] == []
    # The genres headed by a topic (a Bar thread, a request for help) use it, filled in.
    for genre in ("bar-thread", "help-request"):
        _, action = GENRE_CASES[genre]
        _, draft = genre_draft(genre, code)
        heading = draft.splitlines()[0]
        before_cause = language[f"topic_{action}"].split("{cause}")[0]
        assert heading.startswith(f"== {before_cause}"), heading
