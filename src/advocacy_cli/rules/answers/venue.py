"""wrong-venue: asking someone who cannot decide the action, or deciding it off the wiki."""

from __future__ import annotations

from collections.abc import Iterator

from advocacy_cli.catalog import Action, Catalog, Project
from advocacy_cli.checks import AnswerContext
from advocacy_cli.findings import Finding
from advocacy_cli.rules.answers.phrasing import phrase_findings
from advocacy_cli.rules.answers.texts import a_title, action_details, outreach_notes, whole

RULE = "wrong-venue"


def _where(project: Project) -> str:
    venue = project.deciding_venue
    return f"{project.name} at {venue.title}" if venue else project.name


def deciders(catalog: Catalog, action: Action, near: Project, targets: list[str]) -> list[Project]:
    """Return who can decide ``action`` instead of ``near``: the targets first, then by language."""
    able = [
        p
        for p in catalog.projects.values()
        if p.kind in action.decided_by and action.key in p.decides_on and p.key != near.key
    ]
    chosen = [p for p in able if p.key in targets]
    if chosen:
        return chosen
    same_language = [p for p in able if p.language == near.language]
    # Of the same-language projects, the Wikipedias are the usual place for a first ask.
    same_language.sort(key=lambda p: (p.family != "wikipedia", p.key))
    return same_language[:2]


def _on_site(ctx: AnswerContext, index: int, project: Project, action: Action) -> Finding:
    targets = list(ctx.answers.target.projects)
    others = deciders(ctx.catalog, action, project, targets)
    ask = "; ".join(_where(p) for p in others) if others else "the community of each wiki concerned"
    return ctx.finding(
        RULE,
        f"target.projects[{index}]",
        f"{project.name} cannot decide {a_title(action.title)} on a wiki: each community "
        "decides what appears on its own site.",
        suggestion=(
            f"Ask the community instead ({ask}); ask {project.name} for what it can do itself, "
            "such as a statement or help with a consultation."
        ),
        span=whole(project.key),
    )


def _not_decided(ctx: AnswerContext, index: int, project: Project, action: Action) -> Finding:
    targets = list(ctx.answers.target.projects)
    others = deciders(ctx.catalog, action, project, targets)
    who = "; ".join(_where(p) for p in others)
    decided = ", ".join(project.decides_on) or "nothing listed"
    return ctx.finding(
        RULE,
        f"target.projects[{index}]",
        f"{project.name} does not decide {a_title(action.title)} (it decides: {decided}).",
        suggestion=(
            f"Ask who does: {who}." if who else f"Choose an action {project.name} decides, or another target."
        ),
        span=whole(project.key),
    )


def check(ctx: AnswerContext) -> Iterator[Finding]:
    """Warn when a target cannot decide the action, or the plans move the decision off the wiki."""
    action = ctx.catalog.actions.get(ctx.answers.action.kind)
    if action is not None:
        for index, key in enumerate(ctx.answers.target.projects):
            project = ctx.catalog.projects.get(key)
            if project is None or action.key in project.decides_on:
                continue
            if action.on_site and project.kind != "community":
                yield _on_site(ctx, index, project, action)
            else:
                yield _not_decided(ctx, index, project, action)
    # A decision planned on a mailing list or on talk pages: the catalogue's wrong-venue phrases.
    plans = [*action_details(ctx.answers), *outreach_notes(ctx.answers)]
    yield from phrase_findings(ctx, RULE, plans)
