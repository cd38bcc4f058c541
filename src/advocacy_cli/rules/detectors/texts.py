"""The free-text answers the rules read, each with its dotted field path."""

from __future__ import annotations

from collections.abc import Iterator

from advocacy_cli.answers import Answers

FieldText = tuple[str, str]


def cause_heading(answers: Answers) -> Iterator[FieldText]:
    """Yield the title and summary: what every notice and heading repeats."""
    yield "cause.title", answers.cause.title
    yield "cause.summary", answers.cause.summary


def action_details(answers: Answers) -> Iterator[FieldText]:
    """Yield the action's details, if given."""
    if answers.action.details:
        yield "action.details", answers.action.details


def outreach_notes(answers: Answers) -> Iterator[FieldText]:
    """Yield every outreach note that is given."""
    for index, outreach in enumerate(answers.outreach):
        if outreach.note:
            yield f"outreach[{index}].note", outreach.note


def alternative_reasons(answers: Answers) -> Iterator[FieldText]:
    """Yield why each alternative was not chosen."""
    for index, alternative in enumerate(answers.alternatives):
        yield f"alternatives[{index}].why_not", alternative.why_not


def proposer_plans(answers: Answers) -> Iterator[FieldText]:
    """Yield the texts that say what the proposer means to do or ask for.

    The cause's summary, the action's details, the outreach notes and the reasons for
    rejecting alternatives: where tactics such as canvassing show up.
    """
    yield "cause.summary", answers.cause.summary
    yield from action_details(answers)
    yield from outreach_notes(answers)
    yield from alternative_reasons(answers)


def all_texts(answers: Answers) -> Iterator[FieldText]:
    """Yield every free-text answer, in file order."""
    yield from cause_heading(answers)
    yield "cause.impact", answers.cause.impact
    yield from action_details(answers)
    if answers.action.scope:
        yield "action.scope", answers.action.scope
    yield from alternative_reasons(answers)
    yield from outreach_notes(answers)


def drafted_texts(answers: Answers) -> Iterator[FieldText]:
    """Yield every free-text answer that the drafts repeat, in file order.

    The title, summary, impact, the action's details and scope, the reasons for rejecting
    alternatives and the outreach notes: wording rules read all of them, as lint reads the
    drafts made from them.
    """
    yield from all_texts(answers)


def a_title(title: str, *, start: bool = False) -> str:
    """Return a catalogue title for use in a sentence: 'an informational banner'.

    With ``start``, the article is capitalised for the start of a sentence.
    """
    lowered = title[:1].lower() + title[1:]
    article = "an" if lowered[:1] in "aeiou" else "a"
    return f"{article.capitalize() if start else article} {lowered}"


def whole(value: object) -> tuple[str, int, int]:
    """Return the span of a whole scalar answer, so a finding points at its value."""
    text = str(value)
    return text, 0, len(text)
