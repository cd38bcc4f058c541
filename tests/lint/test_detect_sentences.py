"""Sentences: a real segmenter, so abbreviations and German day numbers do not end a sentence."""

from __future__ import annotations

import pytest

from advocacy_cli.rules.detectors.sentences import sentence_spans


def _sentences(text: str, language: str | None) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, language=language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Das gilt z. B. für Commons bzw. Wikidata. Dann folgt mehr.", 2),
        ("de", "Am 10. April 2027 beginnt die Abstimmung. Sie läuft zwei Wochen.", 2),
        ("de", "Der Verein Freies Wissen e. V. unterstützt das. Wir auch.", 2),
        ("fr", "Mme Dupont propose p. ex. un bandeau. Une autre phrase suit.", 2),
        ("fr", "Voir p. ex. la page du Bistro, etc. pour le détail. Ensuite on vote.", 2),
        ("en", "Dr. Smith asked e.g. for a banner. Nobody agreed.", 2),
        ("es", "La Sra. García propone un apagón. Nadie más.", 2),
        ("it", "Il sig. Rossi propone un banner. Altri no.", 2),
    ],
)
def test_abbreviations_do_not_end_a_sentence(language, text, expected):
    assert len(_sentences(text, language)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A first line without a stop\n* a list item\n* another item",
        "Opening statement\n\nA new paragraph",
        "Statement\n:A reply indented under it",
        "Statement\n== A heading ==",
        "== A heading ==\nThe first sentence under it",
    ],
)
def test_wikitext_lines_and_paragraphs_end_a_sentence(text):
    sentences = _sentences(text, "en")
    assert len(sentences) == len([line for line in text.split("\n") if line.strip()])
    assert all("\n" not in s for s in sentences)


def test_spans_point_into_the_text_at_an_offset_and_skip_surrounding_space():
    text = "ignored.  Ünïcödé 😀 first one.  Second one!  "
    spans = sentence_spans(text, 8, len(text), "en")
    assert [text[a:b] for a, b in spans] == ["Ünïcödé 😀 first one.", "Second one!"]


@pytest.mark.parametrize("language", [None, "xx", "ja", "pl"])
def test_any_language_code_is_segmented(language):
    assert len(_sentences("One sentence here. Another one there.", language)) == 2
