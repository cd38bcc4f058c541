"""Serious acts are judged on all the proposer says: later replies and the messages they propose."""

from __future__ import annotations

import datetime as dt

import pytest

from advocacy_cli.lint.engine import lint_text

TODAY = dt.date(2027, 12, 10)
OPENING = (
    "== Banner about the data retention bill ==\n"
    "Should this wiki show a banner for a week about the bill? [[User:Ann|Ann]] ([[User talk:Ann|talk]]) "
    "10:00, 1 December 2027 (UTC)\n"
    ":What would the banner say? [[User:Bob|Bob]] ([[User talk:Bob|talk]]) 11:00, 1 December 2027 (UTC)\n"
)


def _rules(text: str, catalog) -> set[str]:
    return {f.rule for f in lint_text(text, catalog, TODAY, None)}


class TestAProposersLaterReply:
    @pytest.mark.parametrize(
        "reply",
        [
            "I'll leave a message on the user talk pages of our 600 petition signers asking them to come here "
            "and support option 1.",
            "Ich hinterlasse auf den Diskussionsseiten aller Unterzeichner eine Nachricht und bitte sie, mit Pro "
            "zu stimmen.",
            "Je laisserai un message sur les pages de discussion des signataires pour leur demander de voter pour.",
            "Dejaré un mensaje en las páginas de discusión de los firmantes pidiéndoles que voten a favor.",
            "Lascerò un messaggio nella pagina di discussione di tutti i firmatari, invitandoli a votare a favore.",
        ],
    )
    def test_canvassing_there_is_the_proposers(self, catalog, reply):
        text = OPENING + f"::{reply} [[User:Ann|Ann]] ([[User talk:Ann|talk]]) 12:00, 1 December 2027 (UTC)\n"
        assert "canvassing" in _rules(text, catalog)

    def test_the_same_words_signed_by_another_editor_are_not(self, catalog):
        reply = (
            "I'll leave a message on the user talk pages of our 600 petition signers asking them to come here "
            "and support option 1."
        )
        text = OPENING + f"::{reply} [[User:Cem|Cem]] ([[User talk:Cem|talk]]) 12:00, 1 December 2027 (UTC)\n"
        assert "canvassing" not in _rules(text, catalog)


class TestAMessageTheProposerShares:
    @pytest.mark.parametrize(
        "text",
        [
            "== Difusión ==\nHe compartido la votación en nuestro grupo de Facebook con el mensaje «entra y vota "
            "a favor del banner». ~~~~\n",
            '== Outreach ==\nI shared the vote on our Twitter account with the message "come and vote support for '
            'the banner today". ~~~~\n',
            "== Bekanntmachung ==\nIch habe die Abstimmung in den sozialen Medien geteilt, mit dem Text „bitte mit Pro "
            "für das Banner stimmen“. ~~~~\n",
        ],
    )
    def test_a_partisan_call_in_the_message_is_canvassing(self, catalog, text):
        assert "canvassing" in _rules(text, catalog)
