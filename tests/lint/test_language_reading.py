"""language-mismatch: sure where the target is known; a note for an English page naming another wiki."""

from __future__ import annotations

import datetime as dt

import pytest

from advocacy_cli.findings import Severity
from advocacy_cli.lint.engine import lint_text

TODAY = dt.date(2027, 9, 1)
REQUEST = (
    "== Request: three-day banner on Spanish Wikipedia for readers in Chile ==\n"
    "The Spanish Wikipedia community agreed to a banner from 15 to 17 November 2027 for logged-out readers "
    "in Chile, after a discussion at the Café. This request asks for it to be set up. ~~~~\n"
)


def _mismatch(text: str, catalog, target: str | None = None) -> list[Severity]:
    return [f.severity for f in lint_text(text, catalog, TODAY, target) if f.rule == "language-mismatch"]


class TestAnEnglishPageAboutAnotherWiki:
    def test_guessed_it_is_a_note(self, catalog):
        assert _mismatch(REQUEST, catalog) == [Severity.INFO]

    def test_with_the_target_given_it_is_a_warning(self, catalog):
        assert _mismatch(REQUEST, catalog, "eswiki") == [Severity.WARNING]

    @pytest.mark.parametrize(
        "text",
        [
            "== Bandeau sur Wikipedia in italiano ==\nBonjour à tous, je propose que Wikipedia in italiano affiche "
            "un bandeau pour les lecteurs qui se connectent depuis la Suisse, du 1er au 7 mars 2028, parce que la "
            "nouvelle loi cantonale sur les archives nous concerne tous. ~~~~\n",
            "== Banner in der spanischsprachigen Wikipedia ==\nHallo zusammen, ich schlage vor, dass die "
            "spanischsprachige Wikipedia vom 1. bis 7. März 2028 ein Banner für die Leser in Chile zeigt, weil das "
            "neue Gesetz auch unsere Artikel und Bilder betrifft. ~~~~\n",
        ],
    )
    def test_another_language_than_metas_is_still_a_warning(self, catalog, text):
        assert _mismatch(text, catalog) == [Severity.WARNING]
