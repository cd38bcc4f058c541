"""missing-scope reads the action's size wherever the proposer states it, and only the action's."""

from __future__ import annotations

import datetime as dt

import pytest

from advocacy_cli.lint.engine import lint_text

TODAY = dt.date(2027, 4, 1)
TAIL = "\n\nAlternatives: a statement; doing nothing.\n\nI am a volunteer. ~~~~\n"


def _scope(text: str, catalog) -> list[str]:
    return [f.message for f in lint_text(text, catalog, TODAY, None) if f.rule == "missing-scope"]


class TestTheSizeStatedElsewhere:
    @pytest.mark.parametrize(
        "text",
        [
            # A section titled with the action.
            "== Banner about the platforms bill ==\nShould we show a banner about the bill? ~~~~\n\n"
            "=== The proposed banner ===\n* logged-out readers in Chile, 15 to 17 November 2027.\n",
            "== Bandeau sur la loi ==\nFaut-il afficher un bandeau ? ~~~~\n\n=== Le bandeau proposé ===\n"
            "* lecteurs non connectés en France, du 22 au 24 mars 2028.\n",
            # A details section.
            "== Propuesta de banner ==\nPropongo un banner de CentralNotice. ~~~~\n\n=== Detalles ===\n"
            "* Del 7 al 9 de junio de 2027, lectores no registrados de España.\n",
            "== Vorschlag: Banner ==\nIch schlage einen Banner vor. ~~~~\n\n=== Einzelheiten ===\n"
            "* 7. bis 9. Juni 2027, nicht angemeldete Leser in Deutschland.\n",
            # Labels.
            "== Banner request ==\nA banner about the bill. ~~~~\n\n; Audience : logged-out readers in Chile\n"
            "; Dates : 15 November 2027 00:00 UTC – 17 November 2027 23:59 UTC\n",
        ],
    )
    def test_in_a_part_about_the_action(self, catalog, text):
        assert _scope(text + TAIL, catalog) == []

    @pytest.mark.parametrize(
        "size",
        [
            "for three days, for logged-out readers in Chile",
            "pendant deux jours pour les lecteurs en France",
            "on 1 January 2028 from 00:00 to 23:59 UTC, for all visitors",
            "dalle 00:00 alle 23:59 del 1º gennaio 2028, per tutti i lettori",
            "am 1. Januar 2028, 00:00–23:59 Uhr, für alle Leser",
        ],
    )
    def test_durations_in_words_and_hours(self, catalog, size):
        text = f"== Logo ==\nI propose a temporary logo {size}. ~~~~"
        assert _scope(text + TAIL, catalog) == []

    @pytest.mark.parametrize(
        "options",
        [
            "=== Options ===\n{|\n! Option !! Size\n|-\n| 1 || A temporary logo, 24 hours, all visitors\n"
            "|-\n| 2 || Nothing || –\n|}\n",
            "=== Opzioni ===\n# Logo modificato per 24 ore, tutti i visitatori;\n# nessuna azione.\n",
        ],
    )
    def test_in_the_options_a_poll_offers(self, catalog, options):
        text = f"== Poll: temporary logo ==\nWhich option do we adopt? ~~~~\n\n{options}"
        assert _scope(text + TAIL, catalog) == []


class TestOnlyTheActionsSize:
    @pytest.mark.parametrize(
        "text",
        [
            "== Logo en berne ==\nJe propose qu'on change le logo de Wikipédia en berne. ~~~~\n\n"
            "On peut en discuter ici jusqu'à la fin du mois, puis voter pendant deux semaines.",
            "== Logo change ==\nI propose that the wiki changes its logo to black for the day of the vote. "
            "~~~~\n\nDiscussion for 3 weeks.",
            "== Banner ==\nI propose a banner about the bill. ~~~~\n\nThe vote runs for seven days.",
        ],
    )
    def test_the_discussions_length_is_not_the_actions(self, catalog, text):
        assert _scope(text + TAIL, catalog) != []

    @pytest.mark.parametrize(
        "aside",
        [
            "=== Alternatives considered ===\n* A banner for two days for readers in Italy: too much.\n",
            "=== Why it matters ===\nReaders in France would lose access for weeks.\n",
        ],
    )
    def test_sizes_of_other_things_do_not_count(self, catalog, aside):
        text = f"== Logo change ==\nI propose a temporary logo. ~~~~\n\n{aside}"
        assert _scope(text + "\nI am a volunteer.\n", catalog) != []


class TestAProposalSentenceThatNamesAnOutsideVote:
    """ "I propose that for the three days before the vote ...": the proposal's size, not a discussion's."""

    @pytest.mark.parametrize(
        "text",
        [
            "== Logo especial ==\nPropongo que, durante los tres días previos a la votación, el logo que ven "
            "los lectores desde Chile lleve un lazo negro. ~~~~\n",
            "== Special logo ==\nI propose that for the three days before the vote, readers in Chile see the "
            "special logo with a black ribbon. ~~~~\n",
            "== Sonderlogo ==\nIch schlage vor, dass Leser in Chile in den drei Tagen vor der Abstimmung das "
            "Sonderlogo mit einer Schleife sehen. ~~~~\n",
            "== Logo spécial ==\nJe propose que, pendant les trois jours avant le vote, les lecteurs au Chili "
            "voient le logo spécial avec un ruban. ~~~~\n",
            "== Logo speciale ==\nPropongo che nei tre giorni prima della votazione i lettori in Cile vedano il "
            "logo speciale con un nastro. ~~~~\n",
        ],
    )
    def test_gives_the_scope(self, catalog, text):
        assert _scope(text + TAIL, catalog) == []


class TestAPartTitledWithScopeAndAlternatives:
    """ "Portée et alternatives": the scope stated there counts, though the part weighs others too."""

    @pytest.mark.parametrize(
        ("heading", "line"),
        [
            ("Portée et alternatives", "* Logo en noir et blanc : tous les visiteurs, 24 heures\n* Rien"),
            ("Scope and alternatives", "* Black logo: all visitors, 24 hours\n* Nothing"),
            ("Umfang und Alternativen", "* Schwarzes Logo: alle Besucher, 24 Stunden\n* Nichts"),
            ("Alcance y alternativas", "* Logo en negro: todos los visitantes, 24 horas\n* Nada"),
            ("Portata e alternative", "* Logo in nero: tutti i visitatori, 24 ore\n* Niente"),
        ],
    )
    def test_gives_the_scope(self, catalog, heading, line):
        text = f"== Logo ==\nLogo in black on 12 March 2028 (black logo)? ~~~~\n\n=== {heading} ===\n{line}\n"
        assert _scope(text + TAIL, catalog) == []
