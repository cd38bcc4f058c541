"""short-deadline measures the discussion and the action as the proposer dated them."""

from __future__ import annotations

import datetime as dt

import pytest

from advocacy_cli.lint.engine import lint_text

TODAY = dt.date(2027, 3, 1)
TAIL = (
    "\n\n=== Alternatives ===\n* Nothing.\n\n=== Why it matters ===\nArticles would be removed "
    "without review.\n\nVolunteer, no affiliation.\n"
)


def _deadline(text: str, catalog, target: str | None = None) -> list[str]:
    return [f.message for f in lint_text(text, catalog, TODAY, target) if f.rule == "short-deadline"]


class TestTheDiscussionsLengthCountsBothEnds:
    PDD = (
        "== Prise de décision : bandeau sur la loi ==\nFaut-il afficher un bandeau CentralNotice du 14 au "
        "16 juin 2027 aux lecteurs non connectés en France ? ~~~~\n\n=== Calendrier ===\n"
        "* Vote : du {opens} au {closes} 2027.\n* Demande sur CentralNotice/Request le 6 avril 2027."
    )

    @pytest.mark.parametrize(
        ("opens", "closes"), [("22 mars", "5 avril"), ("1er", "15 mars"), ("10", "30 mars")]
    )
    def test_fifteen_days_counted_with_both_ends_is_enough(self, catalog, opens, closes):
        text = self.PDD.format(opens=opens, closes=closes) + TAIL
        assert _deadline(text, catalog, "frwiki") == []

    @pytest.mark.parametrize(("opens", "closes"), [("22 mars", "4 avril"), ("1er", "12 mars")])
    def test_fewer_is_reported_with_the_days_counted(self, catalog, opens, closes):
        found = _deadline(self.PDD.format(opens=opens, closes=closes) + TAIL, catalog, "frwiki")
        assert len(found) == 1
        assert "its first and last day counted" in found[0]


class TestTheSameDaysAreTheSameEvent:
    @pytest.mark.parametrize(
        "question",
        [
            "Dieses Meinungsbild soll klären, ob vom 3. bis 5. Mai 2027 ein Hinweisbanner gezeigt werden soll.",
            "This poll asks whether, from 3 to 5 May 2027, a banner should be shown.",
        ],
    )
    def test_a_poll_about_the_actions_days_does_not_close_on_them(self, catalog, question):
        text = (
            f"== Banner ==\n{question} ~~~~\n\n=== Options ===\n{{|\n! Option !! Days !! Who\n|-\n"
            "| A || banner, 3–5 May 2027 || logged-out readers in Germany\n|-\n| B || nothing || –\n|}\n\n"
            "=== Timeline ===\n* Vote from 1 to 15 March 2027.\n"
            "* CentralNotice/Request on 16 March 2027; the Foundation is notified."
        )
        found = _deadline(text + TAIL, catalog)
        assert not [m for m in found if "before the discussion closes" in m or "2027-05-05" in m]
        # The vote is still measured (15 days at a venue that usually takes 30, as a note).
        assert [m for m in found if "2027-03-15" in m]


class TestDaysThatAreNotTheRequest:
    @pytest.mark.parametrize(
        "sentence",
        [
            "I will file a request at CentralNotice/Request the same day, which leaves two weeks before 1 June 2027.",
            "Den Antrag unter CentralNotice/Request stelle ich sofort, also lange vor dem 1. Juni 2027.",
            "La demande sur CentralNotice/Request sera faite aussitôt, bien avant le 1er juin 2027.",
        ],
    )
    def test_a_limit_named_after_the_request_is_not_its_day(self, catalog, sentence):
        text = (
            "== Banner ==\nShould we show a banner from 1 to 3 June 2027 to logged-out readers in Germany? ~~~~\n\n"
            f"=== Timeline ===\n* Discussion until 1 April 2027.\n* {sentence}"
        )
        assert not [m for m in _deadline(text + TAIL, catalog) if "CentralNotice request" in m]

    def test_today_in_the_proposed_action_is_no_start(self, catalog):
        text = (
            "== Banner ==\nI propose a banner from 1 to 14 September 2027 for logged-out readers. ~~~~\n\n"
            "=== Proposed action ===\nAs today, uploads of such photos are deleted; the banner explains why.\n"
        )
        assert not [m for m in _deadline(text + TAIL, catalog) if "already past" in m or "0 days" in m]

    @pytest.mark.parametrize(("closes", "reported"), [("7 March", False), ("6 March", True)])
    def test_a_week_counts_both_its_first_and_last_day(self, catalog, closes, reported):
        text = (
            "== Statement ==\nShould editors sign a statement? The discussion runs from 1 March 2027 "
            f"to {closes} 2027. ~~~~"
        )
        found = [m for m in _deadline(text + TAIL, catalog, "enwiki") if "at least 7 needed" in m]
        assert bool(found) is reported


class TestARangeIsOneEvent:
    @pytest.mark.parametrize(
        "line",
        [
            "Logged-out readers in Ohio, 26 October to 1 November 2027, via [[m:CentralNotice/Request|CentralNotice]].",
            "Lectores no registrados, del 26 de octubre al 1 de noviembre de 2027, vía [[m:CentralNotice/Request|CentralNotice]].",
        ],
    )
    def test_the_request_link_beside_the_banners_week_is_not_its_day(self, catalog, line):
        text = f"== Banner ==\nI propose a banner. ~~~~\n\n=== Proposed action ===\n{line}\n"
        assert not [m for m in _deadline(text + TAIL, catalog) if "CentralNotice request" in m]
