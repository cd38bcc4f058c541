"""off-mission reads the texts a proposer proposes, not the words they quote from others."""

from __future__ import annotations

import datetime as dt

import pytest

from advocacy_cli.findings import Severity
from advocacy_cli.lint.engine import lint_text

TODAY = dt.date(2027, 1, 10)


def _off_mission(text: str, catalog) -> list[Severity]:
    return [f.severity for f in lint_text(text, catalog, TODAY, None) if f.rule == "off-mission"]


class TestAProposedBannerTextThatEndorses:
    @pytest.mark.parametrize(
        "text",
        [
            "== Banner ==\nPropongo un banner con el texto «El 23 de abril, apoya el conocimiento libre: vota Red Abierta». ~~~~",
            '== Banner ==\nI propose a banner with the text "On 23 April, vote for Jane Smith and free knowledge". ~~~~',
            "== Banner ==\nPropongo un banner con il testo «Il 9 giugno votate per i candidati di Rete Libera». ~~~~",
            "== Banner ==\nPropongo che it.wiki mostri un banner che inviti a votare per i candidati del movimento Rete Libera. ~~~~",
        ],
    )
    def test_is_an_error(self, catalog, text):
        assert Severity.ERROR in _off_mission(text, catalog)

    @pytest.mark.parametrize(
        "text",
        [
            '== Banner ==\nSome parties tell voters to "vote for the candidate who opposes the directive"; '
            "this proposal takes no side in elections. ~~~~",
            "== Banner ==\nEn 2019 una web mostró «vota Red Abierta, vota libertad»; aquí no se propone nada parecido. ~~~~",
        ],
    )
    def test_a_quotation_of_others_is_not(self, catalog, text):
        assert _off_mission(text, catalog) == []


class TestCausesOutsideFreeKnowledge:
    @pytest.mark.parametrize(
        "text",
        [
            "== Logo ==\nI propose a paw print on the logo for World Animal Day, with a link to an animal welfare charity. ~~~~",
            "== Banner ==\n¿Mostramos un banner que anime a sumarse a la Huelga Mundial por el Clima? ~~~~",
            "== Banner ==\nUn banner per aderire allo sciopero globale per il clima? ~~~~",
            "== Banner ==\nSoll die Wikipedia zum Klimastreik aufrufen? ~~~~",
        ],
    )
    def test_are_reported_as_warnings(self, catalog, text):
        found = _off_mission(text, catalog)
        assert found and set(found) == {Severity.WARNING}


class TestEndorsingInOtherWords:
    @pytest.mark.parametrize(
        "text",
        [
            "== Banner ==\nI propose a banner asking readers to support candidate Maria Lopez in the election. ~~~~",
            "== Banner ==\nIch schlage einen Banner vor: Wählt am Sonntag die Piratenpartei! ~~~~",
            "== Bandeau ==\nJe propose un bandeau : soutenons la liste Savoir Libre aux élections européennes. ~~~~",
            "== Banner ==\nPropongo un banner: apoyemos a la candidata Ana Ruiz en las elecciones. ~~~~",
        ],
    )
    def test_is_an_error(self, catalog, text):
        assert Severity.ERROR in _off_mission(text, catalog)

    @pytest.mark.parametrize(
        "text",
        [
            "== Banner ==\nDer Bundestag wählt am Donnerstag die Kommission; wir beschreiben nur das Gesetz. ~~~~",
            "== Banner ==\nThe election on 5 May matters; we describe the law, not any party. ~~~~",
            "== Bandeau ==\nLe Parlement vote pour la liste des exceptions le 5 mai. ~~~~",
        ],
    )
    def test_describing_an_election_is_not(self, catalog, text):
        assert Severity.ERROR not in _off_mission(text, catalog)


class TestAProposedLogoOrBannerPhraseThatEndorses:
    """ "The logo carries the phrase «… vote Quintero»": the phrase is the proposer's proposed text."""

    @pytest.mark.parametrize(
        "text",
        [
            "== Logo ==\nPropongo que el logo lleve la frase «Conocimiento libre: vota Quintero» durante tres días. ~~~~",
            '== Logo ==\nI propose that the logo carries the slogan "Free knowledge: vote Harper" on the day before the election. ~~~~',
            "== Logo ==\nDas Logo soll einen Tag lang den Spruch „Freies Wissen – wählt Bergmann“ tragen. ~~~~",
            "== Logo ==\nLa veille de l'élection, le logo porterait la phrase « Savoir libre : votez Dubois ». ~~~~",
            "== Logo ==\nPer un giorno il logo avrebbe la frase «Sapere libero: vota Rossi». ~~~~",
        ],
    )
    def test_is_an_error(self, catalog, text):
        assert Severity.ERROR in _off_mission(text, catalog)
