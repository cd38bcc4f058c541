"""Lint reads Italian drafts: disclosure, the action's size, and negated actions."""

from __future__ import annotations

import pytest

from advocacy_cli.catalog import load_catalog
from advocacy_cli.lint.engine import lint_text
from tests.conftest import TODAY

CATALOG = load_catalog()

OPENING = (
    "== Proposta: banner informativo sulla direttiva sul diritto d'autore ==\n"
    "Propongo di mostrare un banner informativo {size}. ~~~~\n\n"
    "=== Perché riguarda il progetto ===\n"
    "La direttiva obbligherebbe Commons a filtrare i caricamenti e le voci perderebbero immagini.\n\n"
    "=== Alternative considerate ===\n"
    "* Un comunicato stampa: raggiunge pochi lettori.\n\n"
    "Il banner sarà richiesto su [[m:CentralNotice/Request]] e la WMF sarà avvisata.\n\n"
    "=== Proponente ===\n{disclosure}\n"
)
SIZED = "per 48 ore ai lettori non registrati in Italia, dal 10 al 12 settembre 2027"
DISCLOSED = "* Organizzazione: Wikimedia Italia\n* Ruolo: volontario\n* Retribuito: no"


def rules(text: str) -> set[str]:
    return {f.rule for f in lint_text(text, CATALOG, TODAY)}


class TestDisclosureInItalian:
    @pytest.mark.parametrize(
        "disclosure",
        [
            DISCLOSED,
            "Scrivo per conto dell'associazione Sapere Libero, come coordinatrice; non sono retribuita.",
            "* Organizzazione: Rete Civica APS\n* Ruolo: tesoriere\n* Retribuito: sì, è parte del mio lavoro",
        ],
    )
    def test_stated(self, disclosure):
        assert "undisclosed-affiliation" not in rules(OPENING.format(size=SIZED, disclosure=disclosure))

    @pytest.mark.parametrize(
        "disclosure",
        [
            "Scrivo a nome dell'associazione Sapere Libero.",
            "Lavoro per il comitato Rete Civica, che sostiene la proposta.",
        ],
    )
    def test_missing(self, disclosure):
        # Someone acting for an organisation who does not say the role and the pay.
        assert "undisclosed-affiliation" in rules(OPENING.format(size=SIZED, disclosure=disclosure))

    @pytest.mark.parametrize("disclosure", ["Sono un utente interessato.", "* Firma: ~~~~"])
    def test_a_volunteer_is_not_asked(self, disclosure):
        # Nothing on the page shows anyone acting for an organisation: nothing to disclose.
        assert "undisclosed-affiliation" not in rules(OPENING.format(size=SIZED, disclosure=disclosure))


class TestTheActionsSizeInItalian:
    @pytest.mark.parametrize(
        "size",
        [
            SIZED,
            "per una settimana a tutti i visitatori non registrati",
            "per 3 giorni ai lettori in Svizzera",
        ],
    )
    def test_stated(self, size):
        assert "missing-scope" not in rules(OPENING.format(size=size, disclosure=DISCLOSED))

    @pytest.mark.parametrize("size", ["al più presto", "quando la comunità lo riterrà opportuno"])
    def test_missing(self, size):
        assert "missing-scope" in rules(OPENING.format(size=size, disclosure=DISCLOSED))
