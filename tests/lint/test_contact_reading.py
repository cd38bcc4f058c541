"""contact-address in a draft: the queues' addresses the proposer names, as the answers check does."""

from __future__ import annotations

import datetime as dt

import pytest

from advocacy_cli.lint.engine import lint_text

TODAY = dt.date(2027, 6, 1)


def _contact(text: str, catalog) -> list[str]:
    return [f.message for f in lint_text(text, catalog, TODAY, None) if f.rule == "contact-address"]


class TestAQueueAddressNamed:
    @pytest.mark.parametrize(
        "text",
        [
            "== Banner ==\nVi chiedo anche di scrivere a info-it@wikimedia.org per far sentire la nostra voce. ~~~~",
            "== Banner ==\nBitte schreibt möglichst zahlreich an info-de@wikimedia.org, damit man uns hört. ~~~~",
            "== Bandeau ==\nÉcrivez aux bénévoles (info-fr@wikimedia.org) pour qu'ils prennent position. ~~~~",
            "== Banner ==\nEveryone please email info-en@wikipedia.org today so they notice us. ~~~~",
            "== Banner ==\nMandad un correo a permissions-es@wikimedia.org con vuestra opinión. ~~~~",
        ],
    )
    def test_is_reported_once(self, catalog, text):
        assert len(_contact(text, catalog)) == 1

    @pytest.mark.parametrize(
        "text",
        [
            "== Banner ==\nQuestions about the chapter's plans can go to verein@wikimedia.at. ~~~~",
            "== Banner ==\nThe discussion is announced on wikimedia-l@lists.wikimedia.org as usual. ~~~~",
            "== Banner ==\nWrite to me at ann.example@example.org if you want the draft letter. ~~~~",
        ],
    )
    def test_welcome_and_private_addresses_are_not(self, catalog, text):
        assert _contact(text, catalog) == []

    def test_an_address_in_another_editors_reply_is_not_the_proposers(self, catalog):
        text = (
            "== Banner ==\nShould we show a banner? [[User:Ann|Ann]] ([[User talk:Ann|talk]]) 10:00, 1 May 2027 (UTC)\n"
            ":Just write to info-en@wikipedia.org instead. [[User:Bob|Bob]] ([[User talk:Bob|talk]]) 11:00, 1 May 2027 (UTC)\n"
        )
        assert _contact(text, catalog) == []
