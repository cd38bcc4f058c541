"""``language-mismatch``: drafts should be in each target wiki's own language."""

from __future__ import annotations

from collections.abc import Iterator

from advocacy_cli.checks import AnswerContext
from advocacy_cli.findings import Finding, Severity
from advocacy_cli.lint.context import DraftContext
from advocacy_cli.rules import policies as p
from advocacy_cli.rules.base import BOTH, Rule, RuleUnit
from advocacy_cli.rules.detectors.texts import alternative_reasons, whole

# Projects that discuss in many languages.
MULTILINGUAL = frozenset({"commons", "meta", "wikidata"})

LANGUAGE_MISMATCH = Rule(
    name="language-mismatch",
    severity=Severity.WARNING,
    targets=BOTH,
    summary="The draft's language differs from the target wiki's.",
    explanation=(
        "Each language community discusses in its own language. A proposal in another language "
        "reaches fewer editors and reads as an outsider's request; write it in the wiki's language, "
        "or ask a local editor or the chapter to help. In the answers it also reports the "
        "organisation's own texts (summary, impact, details, audience, reasons) that are in another "
        "language than a target's draft: the draft quotes them as written, marked as untranslated, "
        "and they should be translated before posting."
    ),
    policies=(p.GUIDE,),
    example_fail=(
        "== RfC: Banner zur Richtlinie ==\n{{rfc|policy}}\nSoll die englischsprachige Wikipedia "
        "für die Leser in der EU ein Banner zeigen? Die Richtlinie würde die Plattformen für die "
        "Uploads haften lassen, und das betrifft auch die Autoren, die Leser und die Bilder. ~~~~"
    ),
    example_pass=(
        "== RfC: Banner about the directive ==\n{{rfc|policy}}\nShould the English Wikipedia "
        "show a banner to readers in the EU? The directive would make the platforms liable for "
        "the uploads, and that affects the editors, the readers and the images as well. ~~~~"
    ),
)


def _name(ctx: AnswerContext, code: str) -> str:
    language = ctx.catalog.languages.get(code)
    return f"{language.name} ({code})" if language else f"'{code}'"


def check_answers(ctx: AnswerContext) -> Iterator[Finding]:
    """Warn when the chosen language differs from a target's, or has no drafts of its own."""
    chosen = ctx.answers.language
    if chosen is not None and chosen not in ctx.catalog.languages:
        yield ctx.finding(
            LANGUAGE_MISMATCH,
            "language",
            f"There are no drafts in {_name(ctx, chosen)}; they will be written in English.",
            suggestion=(
                "Leave language out to write each draft in its project's language, or choose "
                f"one of: {', '.join(sorted(ctx.catalog.languages))}."
            ),
            span=whole(chosen),
        )
    for index, key in enumerate(ctx.answers.target.projects):
        project = ctx.catalog.projects.get(key)
        if project is None:
            continue
        if chosen is not None and chosen != project.language:
            yield ctx.finding(
                LANGUAGE_MISMATCH,
                "language",
                f"{project.name} works in {_name(ctx, project.language)}, but the drafts are "
                f"to be in {_name(ctx, chosen)}; a proposal in another language reaches fewer "
                "editors and reads as an outsider's request.",
                suggestion=(
                    f"Leave language out so the draft for {key} is in "
                    f"{_name(ctx, project.language)}, "
                    "or ask a local editor or the chapter to translate it."
                ),
                span=whole(chosen),
            )
        elif chosen is None and project.language not in ctx.catalog.languages:
            yield ctx.finding(
                LANGUAGE_MISMATCH,
                f"target.projects[{index}]",
                f"{project.name} works in {_name(ctx, project.language)}, for which there are no "
                "draft texts; its draft will be in English.",
                suggestion=(
                    "Have the draft translated before posting, by a local editor or the chapter, "
                    "or post in English with a short summary in the wiki's language."
                ),
                span=whole(key),
            )
    yield from _untranslated(ctx)


def _own_texts(ctx: AnswerContext) -> Iterator[tuple[str, str]]:
    """Yield the organisation's texts that a draft quotes as they are."""
    answers = ctx.answers
    yield "cause.summary", answers.cause.summary
    yield "cause.impact", answers.cause.impact
    for field, value in (("action.details", answers.action.details), ("action.scope", answers.action.scope)):
        if value:
            yield field, value
    yield from alternative_reasons(answers)


def _untranslated(ctx: AnswerContext) -> Iterator[Finding]:
    """Report texts the drafts must quote in another language than their own."""
    from advocacy_cli.language_id import other_languages

    drafts: dict[str, list[str]] = {}
    for key in ctx.answers.target.projects:
        project = ctx.catalog.projects.get(key)
        if project is not None:
            code = ctx.answers.language or project.language
            drafts.setdefault(code if code in ctx.catalog.languages else "en", []).append(key)
    for field, text in _own_texts(ctx):
        # One finding per field, naming every draft that has to quote it untranslated.
        written_in: dict[str, None] = {}
        targets: list[str] = []
        languages: list[str] = []
        for code, keys in drafts.items():
            others = other_languages(text, code, ctx.catalog.languages)
            if others:
                written_in.update(dict.fromkeys(others))
                targets += keys
                languages.append(_name(ctx, code))
        if not targets:
            continue
        several = len(targets) > 1
        yield ctx.finding(
            LANGUAGE_MISMATCH,
            field,
            f"This text is in {' and '.join(_name(ctx, o) for o in written_in)}, but the "
            f"draft{'s' if several else ''} for {' and '.join(targets)} "
            f"{'are' if several else 'is'} in {' and '.join(languages)}; "
            f"{'each keeps' if several else 'it keeps'} the text as written, marked as untranslated.",
            suggestion=(
                "Translate it into the draft's language before posting (a local editor or the "
                "chapter can help), or give one paragraph per language."
            ),
            span=whole(text),
        )


def check_draft(ctx: DraftContext) -> Iterator[Finding]:
    """Warn when the draft is written in another language than the target wiki's."""
    project = ctx.project
    if project is None or ctx.language is None:
        return
    wanted = project.language
    if project.kind != "community" or project.family in MULTILINGUAL or ctx.language == wanted:
        return
    name = ctx.catalog.languages[wanted].name if wanted in ctx.catalog.languages else wanted
    # A guessed target named in a page written in Meta's language may well be a request
    # posted on Meta about that wiki ("Request: a banner on Spanish Wikipedia"): a note.
    on_meta = ctx.project_guessed and ctx.language in _meta_languages(ctx)
    yield ctx.finding(
        LANGUAGE_MISMATCH,
        *ctx.first_text_span(),
        f"the draft is written in '{ctx.language}' but {project.name} discusses in {name}{ctx.assumption()}"
        + (" (or it is meant for Meta, which discusses in that language)" if on_meta else ""),
        f"write the proposal in {name}, or ask a local editor or the chapter to help",
        severity=Severity.INFO if on_meta else ctx.wiki_severity(LANGUAGE_MISMATCH.severity),
    )


def _meta_languages(ctx: DraftContext) -> set[str]:
    return {
        wiki.language for wiki in ctx.catalog.projects.values() if wiki.family == "meta" and wiki.language
    }


UNIT = RuleUnit(rules=(LANGUAGE_MISMATCH,), answer_checks=(check_answers,), draft_checks=(check_draft,))
