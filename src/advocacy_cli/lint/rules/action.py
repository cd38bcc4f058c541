"""Rules about the proposed on-site action: alternatives, scope, CentralNotice and the venue."""

from __future__ import annotations

from collections.abc import Iterator

from advocacy_cli.findings import Finding
from advocacy_cli.lint import lexicon
from advocacy_cli.lint.context import DraftContext, negated, sentences


def _action_texts(ctx: DraftContext) -> str:
    return "\n".join(ctx.draft.own[a:b] for a, b in ctx.proposal_spans())


def check_alternatives(ctx: DraftContext) -> Iterator[Finding]:
    """Require alternatives considered for a banner, logo change or blackout."""
    draft = ctx.draft
    for section in draft.sections_with("alternatives"):
        if draft.words[section.body_start : section.extent_end].strip():
            return
    for key, (start, end) in ctx.proposed_actions().items():
        action = ctx.catalog.actions.get(key)
        if action is not None and not action.needs_alternatives:
            continue
        title = action.title.lower() if action else key
        yield ctx.finding(
            "no-alternatives",
            start,
            end,
            f"proposed: {title}, but no alternatives considered are given",
            "add a section 'Alternatives considered': a blog post, a statement, main-page "
            "curation, doing nothing, and why they are not enough",
        )
        return


def check_scope(ctx: DraftContext) -> Iterator[Finding]:
    """Require the duration and the audience of an on-site action."""
    actions = ctx.proposed_actions()
    if not actions:
        return
    text = _action_texts(ctx)
    missing = []
    if not lexicon.pattern(ctx.catalog, "duration").search(text):
        missing.append("how long it runs")
    if not lexicon.pattern(ctx.catalog, "audience").search(text):
        missing.append("who sees it")
    if not missing:
        return
    start, end = next(iter(actions.values()))
    yield ctx.finding(
        "missing-scope",
        start,
        end,
        f"the proposed action does not say {' or '.join(missing)}",
        "state the start and end in UTC, the duration, and who sees it (logged-out readers, countries)",
    )


def check_centralnotice(ctx: DraftContext) -> Iterator[Finding]:
    """Require the CentralNotice request and the Foundation's notification for a banner."""
    actions = ctx.proposed_actions()
    if "banner" not in actions:
        return
    own = ctx.draft.own
    missing = []
    if not lexicon.pattern(ctx.catalog, "centralnotice").search(own):
        missing.append("the CentralNotice request")
    if not lexicon.pattern(ctx.catalog, "foundation").search(ctx.draft.words):
        missing.append("notifying the Wikimedia Foundation")
    if missing:
        yield ctx.finding(
            "missing-centralnotice",
            *actions["banner"],
            f"a banner is proposed without {' or '.join(missing)}",
            "say that the banner will be requested at [[m:CentralNotice/Request]] at least 14 days "
            "ahead and that the Foundation will be notified",
        )


def check_venue(ctx: DraftContext) -> Iterator[Finding]:
    """Report decisions planned off-wiki, and targets that cannot decide the proposed action."""
    words = ctx.draft.words
    off_wiki = lexicon.pattern(ctx.catalog, "off-wiki-venue")
    deciding = lexicon.pattern(ctx.catalog, "decide")
    negation = lexicon.pattern(ctx.catalog, "negation")
    for start, end in sentences(words, 0, len(words)):
        chunk = words[start:end]
        venue = off_wiki.search(chunk)
        decide = deciding.search(chunk)
        if venue and decide and not negated(chunk, max(venue.start(), decide.start()), negation):
            yield ctx.finding(
                "wrong-venue",
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
                "wrong-venue",
                start,
                end,
                f"{project.name} cannot decide a {key.replace('-', ' ')}",
                "ask the community of the affected project at its village pump instead",
            )
