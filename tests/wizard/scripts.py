"""The interview's answers for the tests, as a script for ScriptedPrompter and as a file."""

from __future__ import annotations

from typing import Any

ORGANISATION = [
    "Open Knowledge Network",
    "https://example.org",
    "Example-OKN",
    "Policy officer",
    True,
]
CAUSE = [
    "Online Platforms Liability Directive",
    "The proposed directive would make hosting services liable for user uploads.",
    "intermediary-liability",
    "Wikimedia Commons would have to filter uploads against rightsholder lists.",
    "https://example.org/proposal-text",
    "2027-06-30",
    "EU",
]
TARGET = [["enwiki"]]
# Action, details, start, duration (both defaults accepted), scope.
ACTION = [
    "banner",
    "An informational banner linking to a neutral explainer on Meta.",
    "2027-06-28",
    "48",
    "Logged-out readers in the EU",
]
ALTERNATIVES = [["blog-post"], "Already under way; reaches few readers."]
OUTREACH = [["village-pump"], "Neutral notice at Village pump (policy)"]
LANGUAGE = [""]


def full_script(*, write: bool = True) -> list[Any]:
    """Return the answers of a complete interview, then "write the drafts"."""
    script = [*ORGANISATION, *CAUSE, *TARGET, *ACTION, *ALTERNATIVES, *OUTREACH, *LANGUAGE]
    return [*script, "write"] if write else script


EXPECTED = {
    "organisation": {
        "name": "Open Knowledge Network",
        "website": "https://example.org",
        "username": "Example-OKN",
        "role": "Policy officer",
        "paid": True,
    },
    "cause": {
        "title": "Online Platforms Liability Directive",
        "summary": "The proposed directive would make hosting services liable for user uploads.",
        "topic": "intermediary-liability",
        "impact": "Wikimedia Commons would have to filter uploads against rightsholder lists.",
        "sources": ["https://example.org/proposal-text"],
        "decision_date": "2027-06-30",
        "countries": ["EU"],
    },
    "target": {"projects": ["enwiki"]},
    "action": {
        "kind": "banner",
        "details": "An informational banner linking to a neutral explainer on Meta.",
        "start": "2027-06-28",
        "duration_hours": 48,
        "scope": "Logged-out readers in the EU",
    },
    "alternatives": [{"kind": "blog-post", "why_not": "Already under way; reaches few readers."}],
    "outreach": [{"channel": "village-pump", "note": "Neutral notice at Village pump (policy)"}],
}
