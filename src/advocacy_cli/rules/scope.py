"""``missing-scope``: an on-site action must say when, for how long and for whom."""

from __future__ import annotations

import re
from collections.abc import Iterator

from advocacy_cli.answers import ON_SITE_FIELDS
from advocacy_cli.checks import AnswerContext
from advocacy_cli.findings import Finding, Severity
from advocacy_cli.lint import lexicon
from advocacy_cli.lint.context import DraftContext, sentences
from advocacy_cli.rules import policies as p
from advocacy_cli.rules.base import BOTH, Rule, RuleUnit
from advocacy_cli.rules.detectors.actions import proposed_on_site
from advocacy_cli.rules.detectors.content import aside_parts, normal_heading
from advocacy_cli.rules.detectors.dates import read_dates
from advocacy_cli.rules.detectors.texts import a_title, whole

MISSING_SCOPE = Rule(
    name="missing-scope",
    severity=Severity.ERROR,
    targets=BOTH,
    summary="An on-site action without its duration or who sees it.",
    explanation=(
        "A banner, logo change or blackout is judged by its size: when it starts, how long it "
        "lasts, and who sees it (logged-out readers, one country, every project). The Foundation's "
        "advocacy policy sets maximum durations, so the proposal must state them."
    ),
    policies=(p.ADVOCACY_POLICY,),
    example_fail="=== Proposed action ===\nA banner about the directive.",
    example_pass=(
        "=== Proposed action ===\nA banner about the directive, for 48 hours from 28 June 2027 "
        "00:00 UTC, shown to logged-out readers in the EU."
    ),
)

_WHAT = {
    "start": ("when it starts", "start: 2027-06-28 (the date it goes live, in UTC)"),
    "duration_hours": ("how long it lasts", "duration_hours: 24"),
    "scope": ("who sees it", "scope: Logged-out readers in the EU"),
}


def names_nobody(scope: str, ctx: AnswerContext) -> bool:
    """Return whether the whole ``scope`` answer is an audience such as "everyone" or "alle"."""
    said = " ".join(re.sub(r"[\s.!;,:]+$", "", scope.strip()).split())
    return lexicon.pattern(ctx.catalog, "vague-audience").fullmatch(said) is not None


def _named_in_details(ctx: AnswerContext, kind_title: str) -> Iterator[Finding]:
    """Flag details that describe an on-site action the kind is not: the draft proposes it."""
    details = ctx.answers.action.details or ""
    for key, (start, end) in proposed_on_site(details, ctx.catalog).items():
        named = ctx.catalog.actions.get(key)
        title = named.title if named is not None else key
        yield ctx.finding(
            MISSING_SCOPE,
            "action.details",
            f"The details describe {a_title(title)} ('{details[start:end]}'), but the action is "
            f"{a_title(kind_title)}; the draft will read as proposing {a_title(title)} without "
            "its start, duration or audience.",
            suggestion=(
                f"Choose `kind: {key}` and give its start, duration_hours and scope, or describe "
                f"{a_title(kind_title)} without proposing {a_title(title)}."
            ),
            span=(details, start, end),
        )
        return


def check_answers(ctx: AnswerContext) -> Iterator[Finding]:
    """Require start, duration and scope for on-site actions; enforce the maximum duration."""
    answer = ctx.answers.action
    action = ctx.catalog.actions.get(answer.kind)
    if action is None:
        return
    if not action.on_site:
        yield from _named_in_details(ctx, action.title)
        return
    for name in ON_SITE_FIELDS:
        if getattr(answer, name) is None:
            what, example = _WHAT[name]
            yield ctx.finding(
                MISSING_SCOPE,
                f"action.{name}",
                f"{a_title(action.title, start=True)} changes what readers see, and the answers "
                f"do not say {what}; communities judge such a proposal by its size.",
                suggestion=f"Add action.{name}, for example `{example}`.",
            )
    if answer.scope is not None and names_nobody(answer.scope, ctx):
        yield ctx.finding(
            MISSING_SCOPE,
            "action.scope",
            f"'{answer.scope.strip()}' does not say who sees {a_title(action.title)}: logged-in "
            "editors or logged-out readers, which countries, which projects. Communities and "
            "the Foundation judge the action by that size.",
            suggestion=f"Name the audience, for example `{_WHAT['scope'][1]}`.",
            span=whole(answer.scope),
        )
    too_long = (
        action.max_hours is not None
        and answer.duration_hours is not None
        and answer.duration_hours > action.max_hours
    )
    if too_long:
        usual = f"; {action.usual_hours} hours is usual" if action.usual_hours else ""
        yield ctx.finding(
            MISSING_SCOPE,
            "action.duration_hours",
            f"{answer.duration_hours} hours is longer than the {action.max_hours} hours "
            f"allowed for {a_title(action.title)}{usual}.",
            suggestion=(
                f"Shorten it to at most {action.max_hours} hours, and check the current "
                "maximum in the Foundation's advocacy policy."
            ),
            policy=p.ADVOCACY_POLICY,
            span=whole(answer.duration_hours),
        )


def _scope_spans(ctx: DraftContext) -> list[tuple[int, int]]:
    """Return where a draft may state an action's scope.

    The proposal itself, its scope and timeline sections, a section or label that names the
    action ("Le bandeau proposé", "Detalles del banner"), the other labelled parts ("; Audience
    : ...", "Durée et public : ..."), and any other sentence that names the action ("the banner
    is shown to readers in Italy"), but not background, alternatives or impact, where readers
    and durations of other things are told.
    """
    draft = ctx.draft
    catalog = ctx.catalog
    actions = list(lexicon.action_words(catalog).values())
    # The proposal's sentences, but not those about the discussion itself ("voting runs for
    # two weeks"): a duration there is the vote's, not the action's. A sentence that proposes
    # ("I propose that, for the three days before the vote, ...") is about the action.
    about_discussion = lexicon.pattern(catalog, "date-discussion")
    proposing = lexicon.pattern(catalog, "proposal-verbs")
    spans = [
        (a, b)
        for start, end in ctx.proposal_spans()
        for a, b in sentences(draft.words, start, end, ctx.language)
        if not about_discussion.search(draft.words, a, b)
        or proposing.search(draft.words, a, b)
        or any(p.search(draft.words, a, b) for p in actions)
    ]
    aside = aside_parts(catalog, draft)
    for part in (*draft.sections, *draft.labelled):
        within_aside = any(s <= part.start < e for s, e in aside)
        if part is draft.title or within_aside or (part.body_start, part.extent_end) in aside:
            continue
        # A section's own text, up to its first subsection: a title that names the action
        # does not make every part below it a statement of scope.
        own_text = (part.body_start, part.end)
        if (
            part.key in ("scope", "timeline")
            or part.level == 0
            or any(p.search(normal_heading(part.title)) for p in actions)
        ):
            spans.append(own_text)
    for a, b in sentences(draft.words, 0, len(draft.words), ctx.language):
        if any(s <= a < e for s, e in aside):
            continue
        if any(p.search(draft.words, a, b) for p in actions):
            spans.append((a, b))
    return spans


def _has_range(ctx: DraftContext, text: str) -> bool:
    """Return whether ``text`` dates a range ("1 to 7 August 2027"), which says how long too."""
    return any(m.range_with is not None for m in read_dates(ctx.catalog, text, ctx.today))


def check_draft(ctx: DraftContext) -> Iterator[Finding]:
    """Require the duration and the audience of an on-site action."""
    actions = ctx.proposed_actions()
    if not actions:
        return
    text = "\n".join(ctx.draft.own[a:b] for a, b in _scope_spans(ctx))
    missing = []
    if not lexicon.pattern(ctx.catalog, "duration").search(text) and not _has_range(ctx, text):
        missing.append("how long it runs")
    if not lexicon.pattern(ctx.catalog, "audience").search(text):
        missing.append("who sees it")
    if not missing:
        return
    start, end = next(iter(actions.values()))
    # Sure only when neither is said: a draft that gives one often implies the other ("a
    # banner on 1 May" for everyone), or says it in words the vocabulary does not know.
    yield ctx.finding(
        MISSING_SCOPE,
        start,
        end,
        f"the proposed action does not say {' or '.join(missing)}",
        "state the start and end in UTC, the duration, and who sees it (logged-out readers, countries)",
        severity=None if len(missing) == 2 else Severity.WARNING,
    )


UNIT = RuleUnit(rules=(MISSING_SCOPE,), answer_checks=(check_answers,), draft_checks=(check_draft,))
