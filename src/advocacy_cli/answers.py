"""The answers file: its model, loading with line-accurate errors, and normalised output."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from advocacy_cli.catalog import Catalog
from advocacy_cli.errors import InputError, InputProblem
from advocacy_cli.validation import did_you_mean, problems_from
from advocacy_cli.yamlfile import YamlDocument, parse_yaml, read_yaml

OTHER_TOPIC = "other"
ON_SITE_FIELDS = ("start", "duration_hours", "scope")

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Url = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^https?://\S+$")]
Key = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[a-z][a-z0-9-]*$")]
LanguageCode = Annotated[
    str, StringConstraints(strip_whitespace=True, pattern=r"^[a-z]{2,3}(-[a-z]+)?$")
]


class Section(BaseModel):
    """Base of every answers section: unknown keys are errors, values are stripped."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Organisation(Section):
    name: Text
    website: Url | None = None
    username: Text | None = None
    role: Text | None = None
    paid: bool


class Cause(Section):
    title: Text
    summary: Text
    topic: Key
    impact: Text
    sources: tuple[Url, ...] = ()
    decision_date: dt.date | None = None


class TargetProjects(Section):
    projects: Annotated[tuple[Key, ...], Field(min_length=1)]


class ActionAnswer(Section):
    kind: Key
    details: Text | None = None
    start: dt.date | None = None
    duration_hours: Annotated[int, Field(ge=1, le=8760)] | None = None
    scope: Text | None = None


class Alternative(Section):
    kind: Key
    why_not: Text


class Outreach(Section):
    channel: Key
    note: Text | None = None


class Answers(Section):
    """Everything the interview asks; the same as the answers file holds."""

    organisation: Organisation
    cause: Cause
    target: TargetProjects
    action: ActionAnswer
    alternatives: tuple[Alternative, ...] = ()
    outreach: tuple[Outreach, ...] = ()
    language: LanguageCode | None = None


def _catalogue_refs(answers: Answers, catalog: Catalog) -> Iterator[tuple[str, str, str, object]]:
    """Yield (field, value, what, choices) for every answer that names a catalogue entry."""
    topics = [*catalog.topics, OTHER_TOPIC]
    yield "cause.topic", answers.cause.topic, "topic", topics
    for index, key in enumerate(answers.target.projects):
        yield f"target.projects[{index}]", key, "project", catalog.projects
    yield "action.kind", answers.action.kind, "action", catalog.actions
    for index, alternative in enumerate(answers.alternatives):
        yield f"alternatives[{index}].kind", alternative.kind, "action", catalog.actions
    for index, outreach in enumerate(answers.outreach):
        yield f"outreach[{index}].channel", outreach.channel, "outreach channel", catalog.channels


def check_references(answers: Answers, catalog: Catalog, doc: YamlDocument) -> list[InputProblem]:
    """Return a problem for every answer naming a catalogue entry that does not exist."""
    problems = []
    for field, value, what, choices in _catalogue_refs(answers, catalog):
        if value not in choices:  # type: ignore[operator]
            hint = did_you_mean(value, choices)  # type: ignore[arg-type]
            problems.append(
                InputProblem(doc.path, doc.line_of(field), field, f"unknown {what} '{value}'{hint}")
            )
    seen: set[str] = set()
    for index, key in enumerate(answers.target.projects):
        if key in seen:
            field = f"target.projects[{index}]"
            problem = InputProblem(doc.path, doc.line_of(field), field, f"'{key}' is listed twice")
            problems.append(problem)
        seen.add(key)
    return problems


def _without_echoes(problems: list[InputProblem]) -> list[InputProblem]:
    """Drop "missing" for a field whose misspelling is already reported beside it.

    ``chanel: village-pump`` is both an unknown field and a missing ``channel``; the
    did-you-mean line says all there is to say.
    """
    suggested = {
        (p.field.rsplit(".", 1)[0] if "." in p.field else "", p.message.split("'")[1])
        for p in problems
        if p.field and p.message.startswith("unknown field (did you mean '")
    }

    def echoed(problem: InputProblem) -> bool:
        if not problem.field or problem.message != "missing (required)":
            return False
        parent, _, name = problem.field.rpartition(".")
        return (parent, name) in suggested

    return [p for p in problems if not echoed(p)]


def validate_answers(doc: YamlDocument, catalog: Catalog) -> Answers:
    """Validate a parsed answers document; raise InputError listing every problem."""
    if doc.data is None:
        data: Any = {}
    elif isinstance(doc.data, dict):
        data = doc.data
    else:
        raise InputError([InputProblem(doc.path, 1, None, "expected a mapping of answers")])
    try:
        answers = Answers.model_validate(data)
    except ValidationError as exc:
        raise InputError(_without_echoes(problems_from(exc, doc, Answers))) from None
    problems = check_references(answers, catalog, doc)
    if problems:
        raise InputError(problems)
    return answers


def load_answers(path: Path, catalog: Catalog) -> tuple[Answers, YamlDocument]:
    """Read, parse and validate the answers file at ``path``."""
    doc = read_yaml(path)
    return validate_answers(doc, catalog), doc


def answers_from_text(
    text: str, catalog: Catalog, name: str = "<answers>"
) -> tuple[Answers, YamlDocument]:
    """Parse and validate answers given as YAML text."""
    doc = parse_yaml(text, name)
    return validate_answers(doc, catalog), doc


class _Dumper(yaml.SafeDumper):
    """Write long and multi-line strings as readable block scalars."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def answers_to_data(answers: Answers) -> dict[str, Any]:
    """Return the answers as plain data in the order of the contract, without empty fields."""
    return answers.model_dump(mode="json", exclude_none=True, exclude_defaults=False)


def dump_answers(answers: Answers) -> str:
    """Return the normalised answers file text, reusable with ``--answers``."""
    data = answers_to_data(answers)
    if not data.get("alternatives"):
        data.pop("alternatives", None)
    if not data.get("outreach"):
        data.pop("outreach", None)
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=88)
