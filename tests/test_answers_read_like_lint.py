"""The answers side reads like lint: the same loaded-wording detector in every drafted field,
audiences that name nobody, petitions, electoral content, organisation accounts, and the
interview's default dates."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest
import yaml

from advocacy_cli.answers import answers_from_text
from advocacy_cli.catalog import Catalog
from advocacy_cli.checks import check_answers
from advocacy_cli.findings import Finding, Severity
from advocacy_cli.lint.engine import lint_text
from tests.conftest import TODAY

BASE: dict[str, Any] = {
    "organisation": {
        "name": "Open Knowledge Network",
        "username": "Example-OKN",
        "role": "Policy officer",
        "paid": False,
    },
    "cause": {
        "title": "Online Platforms Liability Directive",
        "summary": "The proposed directive would make hosting services liable for user uploads.",
        "topic": "intermediary-liability",
        "impact": (
            "Wikimedia Commons would have to filter every upload against rightsholder lists, "
            "blocking quotations and public-domain works."
        ),
        "decision_date": dt.date(2027, 6, 30),
    },
    "target": {"projects": ["enwiki"]},
    "action": {
        "kind": "banner",
        "details": "An informational banner linking to a neutral explainer on Meta.",
        "start": dt.date(2027, 6, 28),
        "duration_hours": 48,
        "scope": "Logged-out readers in the EU",
    },
    "alternatives": [{"kind": "blog-post", "why_not": "Already under way; reaches few readers."}],
    "outreach": [{"channel": "village-pump", "note": "Neutral notice at Village pump (policy)"}],
}
FIELDS = {
    "cause.title": ("cause", "title"),
    "cause.summary": ("cause", "summary"),
    "cause.impact": ("cause", "impact"),
    "action.details": ("action", "details"),
    "action.scope": ("action", "scope"),
    "alternatives[0].why_not": ("alternatives", 0, "why_not"),
    "outreach[0].note": ("outreach", 0, "note"),
}


def answers_with(**changes: Any) -> dict[str, Any]:
    """Return BASE with dotted fields (``cause.title``, ``alternatives[0].why_not``) replaced."""
    data = copy.deepcopy(BASE)
    for field, value in changes.items():
        path = FIELDS.get(field) or tuple(field.split("."))
        node: Any = data
        for step in path[:-1]:
            node = node[step]
        node[path[-1]] = value
    return data


def run(data: dict[str, Any], catalog: Catalog) -> list[Finding]:
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    answers, doc = answers_from_text(text, catalog, "answers.yaml")
    return check_answers(answers, doc, catalog, TODAY)


def of(findings: list[Finding], rule: str, field: str | None = None) -> list[Finding]:
    return [f for f in findings if f.rule == rule and (field is None or f.field == field)]


def test_the_base_answers_are_clean(catalog):
    assert run(BASE, catalog) == []


class TestLoadedWordingInEveryDraftedField:
    FLAGGED = [
        ("cause.summary", "A dangerous mass surveillance law that must be stopped."),
        ("cause.impact", "Das Gesetz muss gestoppt werden, sonst filtert Commons jeden Upload der Autoren."),
        ("action.details", "Une bannière : cette loi doit être arrêtée avant le vote du Parlement !!"),
        ("action.scope", "Lectores no registrados en España. ¡¡Hay que detener esta ley!!"),
        ("alternatives[0].why_not", "Un post sul blog non basta: questa legge va fermata."),
        ("outreach[0].note", "Everyone agrees the community must act now."),
        ("cause.title", "STOP THE UPLOAD FILTERS"),
        ("cause.summary", "The directive is DANGEROUS and UNACCEPTABLE for the projects."),
    ]
    CLEAN = [
        ("cause.title", "Oppose the EU DSA ACTA PIPA rules"),
        ("cause.summary", "The SOPA and PIPA bills, and the WIPO treaty, would change hosting rules."),
        ("cause.impact", "Commons hosts files under CC BY-SA 4.0; filters would block many uploads."),
        ("action.details", "Ein Banner mit Link zu einer neutralen Erklärung auf Meta (DSGVO-konform)."),
        ("alternatives[0].why_not", "La lettera aperta dell'associazione non raggiunge i lettori."),
        ("outreach[0].note", "Aviso neutral en el Café; ¿debería la comunidad pronunciarse?"),
        ("cause.title", "Directive européenne sur le droit d'auteur (DADVSI)"),
    ]

    @pytest.mark.parametrize(("field", "text"), FLAGGED)
    def test_flagged(self, catalog, field, text):
        found = of(run(answers_with(**{field: text}), catalog), "loaded-wording", field)
        assert found and all(f.severity is Severity.WARNING for f in found)

    @pytest.mark.parametrize(("field", "text"), CLEAN)
    def test_not_flagged(self, catalog, field, text):
        assert of(run(answers_with(**{field: text}), catalog), "loaded-wording") == []


class TestShoutingIsTheSameVerdictInAnswersAndDrafts:
    TITLES = [
        ("Oppose the EU DSA ACTA PIPA rules", False),
        ("SOPA, PIPA and the EU copyright directive", False),
        ("STOP SOPA NOW", True),
        ("NO TO ACTA", True),
        ("Richtlinie über das Urheberrecht: NEIN ZU UPLOADFILTERN", True),
        ("Ley de propiedad intelectual (LPI) y la UE", False),
        ("BASTA CON LA CENSURA", True),
    ]

    @pytest.mark.parametrize(("title", "shouts"), TITLES)
    def test_title_and_heading_agree(self, catalog, title, shouts):
        in_answers = bool(of(run(answers_with(**{"cause.title": title}), catalog), "loaded-wording"))
        draft = f"== {title} ==\nShould the project run a banner about it? ~~~~\n"
        in_draft = any(f.rule == "loaded-wording" for f in lint_text(draft, catalog, TODAY))
        assert in_answers == in_draft == shouts


class TestAnAudienceThatNamesNobodyIsNoScope:
    @pytest.mark.parametrize(
        "scope",
        ["Everyone", "everybody.", "The general public", "alle", "Tout le monde", "todo el mundo", "tutti"],
    )
    def test_flagged(self, catalog, scope):
        [finding] = of(run(answers_with(**{"action.scope": scope}), catalog), "missing-scope")
        assert finding.field == "action.scope" and finding.severity is Severity.ERROR

    @pytest.mark.parametrize(
        "scope",
        [
            "All readers",
            "Everyone visiting from Germany",
            "Nicht angemeldete Leser in Österreich",
            "Tous les lecteurs non connectés en Belgique",
            "Lectores de la Wikipedia en español",
            "tutti i lettori non registrati in Italia",
        ],
    )
    def test_not_flagged(self, catalog, scope):
        assert of(run(answers_with(**{"action.scope": scope}), catalog), "missing-scope") == []


class TestAPetitionCallIsReported:
    @pytest.mark.parametrize(
        "details",
        [
            "A banner asking readers to sign our petition against the directive.",
            "Ein Banner: Unterschreibt die Petition gegen Uploadfilter!",
            "Une bannière invitant à signer la pétition en ligne.",
            "Un banner con enlace: firma la petición en change.org/p/no-filtros.",
            "Un banner che dice: firmate la petizione contro la direttiva.",
        ],
    )
    def test_flagged(self, catalog, details):
        assert of(
            run(answers_with(**{"action.details": details}), catalog), "loaded-wording", "action.details"
        )

    @pytest.mark.parametrize(
        "details",
        [
            "An informational banner; a petition by other groups exists but is not linked.",
            "Ein Banner ohne Petition und ohne Spendenaufruf.",
            "Une bannière neutre ; la pétition citoyenne a été débattue au Sénat.",
        ],
    )
    def test_not_flagged(self, catalog, details):
        assert of(run(answers_with(**{"action.details": details}), catalog), "loaded-wording") == []


class TestElectoralContentIsAnErrorInAnyField:
    @pytest.mark.parametrize(
        ("field", "text"),
        [
            ("action.details", "Banner: Vote for Jane Smith on 5 May. Donate to her campaign."),
            ("outreach[0].note", "Remind readers to vote for Jane Smith."),
            ("cause.impact", "Wählt Anna Müller, sie schützt das Urheberrecht der Autoren und Commons."),
            ("alternatives[0].why_not", "Votez pour Marie Dupont plutôt qu'un billet de blog."),
            ("cause.summary", "La ley de la UE; vota por Ana García en junio."),
            ("action.details", "Banner: votate per Mario Rossi alle elezioni europee."),
        ],
    )
    def test_flagged_whatever_the_topic(self, catalog, field, text):
        for topic in ("intermediary-liability", "copyright"):
            data = answers_with(**{field: text, "cause.topic": topic})
            found = of(run(data, catalog), "off-mission", field)
            assert found and found[0].severity is Severity.ERROR, (topic, found)

    @pytest.mark.parametrize(
        "text",
        [
            "Editors vote for the banner at the village pump.",
            "The Parliament votes on the directive on 30 June.",
            "Options: vote for Option B or Option C in the survey.",
            "Die Abstimmung im Parlament ist am 30. Juni.",
            "Vote for Wikipedia Loves Monuments photos is unrelated.",
        ],
    )
    def test_not_flagged(self, catalog, text):
        assert of(run(answers_with(**{"action.details": text}), catalog), "off-mission") == []


class TestAnOrganisationAccountIsFlagged:
    @pytest.mark.parametrize(
        ("organisation", "username"),
        [
            ("Open Knowledge Network", "OpenKnowledgeNetwork"),
            ("Open Knowledge Network", "Open Knowledge Network"),
            ("Verein Freies Wissen e. V.", "Verein Freies Wissen"),
            ("Association Savoirs Libres", "AssociationSavoirsLibres2"),
            ("Asociación Conocimiento Abierto", "Asociación_Conocimiento_Abierto"),
            ("Associazione Sapere Libero APS", "Associazione Sapere Libero"),
        ],
    )
    def test_flagged(self, catalog, organisation, username):
        data = answers_with(**{"organisation.name": organisation, "organisation.username": username})
        [finding] = of(run(data, catalog), "undisclosed-affiliation", "organisation.username")
        assert finding.severity is Severity.WARNING
        assert "Username_policy" in finding.policy

    @pytest.mark.parametrize(
        ("organisation", "username"),
        [
            ("Open Knowledge Network", "Example-OKN"),
            ("Open Knowledge Network", "Jane Doe (Open Knowledge Network)"),
            ("Verein Freies Wissen e. V.", "Anna Müller (VFW)"),
            ("Associazione Sapere Libero APS", "Mario Rossi"),
        ],
    )
    def test_not_flagged(self, catalog, organisation, username):
        data = answers_with(**{"organisation.name": organisation, "organisation.username": username})
        assert of(run(data, catalog), "undisclosed-affiliation") == []


class TestTheInterviewsDefaultDatesPassItsOwnChecks:
    def test_default_start_leaves_enough_time(self, catalog):
        from advocacy_cli.wizard.questions import QUESTIONS_BY_KEY

        default = QUESTIONS_BY_KEY["action.start"].default
        assert default is not None
        on_site = [a.key for a in catalog.actions.values() if a.on_site]
        for project in ("enwiki", "dewiki", "frwiki", "eswiki", "itwiki", "commonswiki"):
            if project not in catalog.projects:
                continue
            for kind in on_site:
                data = answers_with(**{"target.projects": [project], "action.kind": kind})
                del data["cause"]["decision_date"]
                data["action"]["start"] = dt.date.fromisoformat(str(default(catalog, data, TODAY)))
                found = of(run(data, catalog), "short-deadline")
                assert found == [], (project, kind, found)
