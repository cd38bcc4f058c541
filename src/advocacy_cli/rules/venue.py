"""``wrong-venue``: asking someone who cannot decide the action, or deciding it off the wiki."""

from __future__ import annotations

import re
from collections.abc import Iterator

from advocacy_cli.catalog import Action, Catalog, Project
from advocacy_cli.checks import AnswerContext
from advocacy_cli.findings import Finding, Severity
from advocacy_cli.lint import lexicon
from advocacy_cli.lint.context import DraftContext, negated, sentences
from advocacy_cli.rules import policies as p
from advocacy_cli.rules.base import BOTH, Rule, RuleUnit
from advocacy_cli.rules.detectors.phrasing import phrase_findings
from advocacy_cli.rules.detectors.sentences import clause_around
from advocacy_cli.rules.detectors.texts import a_title, action_details, outreach_notes, whole

WRONG_VENUE = Rule(
    name="wrong-venue",
    severity=Severity.WARNING,
    targets=BOTH,
    summary="A decision planned on a mailing list, on user talk pages, or at a venue that cannot decide it.",
    explanation=(
        "Each community decides what happens on its own site, on the wiki, at its village pump or "
        "formal decision page. A mailing list can test an idea but cannot decide a banner, and "
        "neither the Foundation nor a chapter can decide a community's blackout; they can issue "
        "statements and help with consultations."
    ),
    policies=(p.GUIDE, p.META_RFC_2024, p.CENTRALNOTICE),
    example_fail="We will decide on the banner on the wikimedia-l mailing list.",
    example_pass="The decision will be taken here, at the village pump, by consensus.",
)


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
        WRONG_VENUE,
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
        WRONG_VENUE,
        f"target.projects[{index}]",
        f"{project.name} does not decide {a_title(action.title)} (it decides: {decided}).",
        suggestion=(
            f"Ask who does: {who}." if who else f"Choose an action {project.name} decides, or another target."
        ),
        span=whole(project.key),
    )


def check_answers(ctx: AnswerContext) -> Iterator[Finding]:
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
    yield from phrase_findings(ctx, WRONG_VENUE, plans)


# How far before a venue the word that makes it an announcement may stand.
ANNOUNCE_REACH = 40
_CLAUSE_BREAK = re.compile(r"[;:]")


def check_draft(ctx: DraftContext) -> Iterator[Finding]:
    """Report decisions planned off-wiki, and targets that cannot decide the proposed action."""
    words = ctx.draft.words
    off_wiki = lexicon.pattern(ctx.catalog, "off-wiki-venue")
    deciding = lexicon.pattern(ctx.catalog, "decide")
    negation = lexicon.pattern(ctx.catalog, "negation")
    announcing = lexicon.pattern(ctx.catalog, "announce")
    for start, end in sentences(words, 0, len(words), ctx.language):
        chunk = words[start:end]
        venue = off_wiki.search(chunk)
        if venue is None:
            continue
        # The decision must be taken where the list is named: "announced on the mailing list;
        # the vote is here" uses the list as it should be used.
        a, b = clause_around(chunk, venue.start(), _CLAUSE_BREAK, 0, len(chunk))
        decide = deciding.search(chunk, a, b)
        told = announcing.search(chunk, max(a, venue.start() - ANNOUNCE_REACH), venue.start())
        if decide and not told and not negated(chunk, max(venue.start(), decide.start()), negation):
            yield ctx.finding(
                WRONG_VENUE,
                start + venue.start(),
                start + venue.end(),
                "a decision planned on a mailing list, by chat or on user talk pages",
                "decide on the wiki, at the project's village pump or formal decision page; "
                "use the list only to announce it",
            )
    project = ctx.project
    if project is None:
        return
    for key, (start, end) in ctx.proposed_actions().items():
        if key not in project.decides_on:
            yield ctx.finding(
                WRONG_VENUE,
                start,
                end,
                f"{project.name} cannot decide a {key.replace('-', ' ')}{ctx.assumption()}",
                "ask the community of the affected project at its village pump instead",
                severity=ctx.wiki_severity(WRONG_VENUE.severity),
            )


UNIT = RuleUnit(rules=(WRONG_VENUE,), answer_checks=(check_answers,), draft_checks=(check_draft,))
