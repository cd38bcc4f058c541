"""Render the drafts and posting plans from answers and the catalogue."""

from __future__ import annotations

import datetime as dt
import re

from advocacy_cli.answers import Answers
from advocacy_cli.catalog import Catalog
from advocacy_cli.render.common import Facts, gather_facts
from advocacy_cli.render.draft import DraftView, build_draft
from advocacy_cli.render.environment import environment
from advocacy_cli.render.plan import PlanView, build_plan

__all__ = ["DraftView", "Facts", "PlanView", "gather_facts", "render_draft", "render_plan"]

_BLANK_RUNS = re.compile(r"\n{3,}")


def _tidy(text: str) -> str:
    # Optional template parts leave runs of blank lines; one blank line separates blocks.
    return _BLANK_RUNS.sub("\n\n", text).strip("\n") + "\n"


def render_draft(answers: Answers, catalog: Catalog, project: str, today: dt.date) -> str:
    """Return the wikitext draft for ``project``."""
    facts = gather_facts(answers, catalog, project, today)
    name = "proposal.wiki.j2" if facts.community else "request.wiki.j2"
    return _tidy(environment().get_template(name).render(v=build_draft(facts)))


def render_plan(answers: Answers, catalog: Catalog, project: str, today: dt.date) -> str:
    """Return the Markdown posting plan for ``project``."""
    facts = gather_facts(answers, catalog, project, today)
    return _tidy(environment().get_template("posting-plan.md.j2").render(p=build_plan(facts)))
