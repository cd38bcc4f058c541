"""The answers file: its model, loading with line-accurate errors, and normalised output."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
)

from advocacy_cli.catalog import Catalog
from advocacy_cli.errors import InputError, InputProblem
from advocacy_cli.plaintext import not_text, not_text_message
from advocacy_cli.validation import did_you_mean, model_at, problems_from
from advocacy_cli.yamlfile import (
    ANSWERS_LIMITS,
    YamlDocument,
    join_path,
    parse_yaml,
    read_yaml,
)

OTHER_TOPIC = "other"
ON_SITE_FIELDS = ("start", "duration_hours", "scope")

# Long enough for any honest paragraph, short enough that the rules and the drafts stay
# fast: a proposal's summary is read in a minute, not scrolled through.
MAX_TEXT = 20_000
# Names and titles go into the heading and into the new-section link's preloadtitle;
# longer than a few lines, they are a summary, and the link outgrows what browsers send.
MAX_TITLE = 500


def _plain_text(value: str) -> str:
    """Refuse control characters however the value arrived (a file, the interview, code)."""
    char = not_text(value)
    if char is not None:
        raise ValueError(not_text_message(char))
    return value


Text = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_TEXT),
    AfterValidator(_plain_text),
]
Title = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_TITLE),
    AfterValidator(_plain_text),
]
Url = Annotated[
    str, StringConstraints(strip_whitespace=True, pattern=r"^https?://\S+$"), AfterValidator(_plain_text)
]
Key = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[a-z][a-z0-9-]*$")]
LanguageCode = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[a-z]{2,3}(-[a-z]+)?$")]


def _country(value: object) -> object:
    """Accept a two-letter code in either case (``de`` is ``DE``; ``EU`` too), or ``global``."""
    if isinstance(value, str):
        text = value.strip()
        if text.lower() == "global":
            return "global"
        if re.fullmatch(r"[A-Za-z]{2}", text):
            return text.upper()
    raise ValueError(_COUNTRY_SHAPE)


_COUNTRY_SHAPE = "expected a two-letter country code (ISO 3166, such as DE), EU, or global"


CountryCode = Annotated[str, BeforeValidator(_country)]

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Dates a proposal can be about. The timeline counts up to a year and a day past a date, so
# anything later than this would run off the calendar (Python's ends in 9999).
FIRST_DAY = dt.date(1900, 1, 1)
LAST_DAY = dt.date(2999, 12, 31)
# More of these than any honest proposal lists; each source, alternative and channel is
# written into every draft and plan.
MAX_SOURCES = 100
MAX_ITEMS = 30


def _calendar_day(value: object) -> object:
    """Accept a date or ``YYYY-MM-DD`` text only: no times, timestamps or other spellings."""
    if isinstance(value, dt.datetime):
        raise ValueError("expected a date as YYYY-MM-DD, without a time")
    if isinstance(value, str) and _ISO_DAY.match(value.strip()):
        try:
            value = dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError("no such day") from None
    if not isinstance(value, dt.date):
        raise ValueError("expected a date as YYYY-MM-DD")
    if not FIRST_DAY <= value <= LAST_DAY:
        raise ValueError(f"expected a date between {FIRST_DAY} and {LAST_DAY}")
    return value


Day = Annotated[dt.date, BeforeValidator(_calendar_day)]


class Section(BaseModel):
    """Base of every answers section: unknown keys are errors, values are stripped."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Organisation(Section):
    name: Title
    website: Url | None = None
    username: Text | None = None
    role: Text | None = None
    # Strict: YAML's 1, 0 and "yes" are not an answer to "are you paid?".
    paid: Annotated[bool, Field(strict=True)]


class Cause(Section):
    title: Title
    summary: Text
    topic: Key
    impact: Text
    sources: Annotated[tuple[Url, ...], Field(max_length=MAX_SOURCES)] = ()
    decision_date: Day | None = None
    # The countries the cause concerns (ISO 3166 codes, EU, or global): they choose whom to inform.
    countries: tuple[CountryCode, ...] = ()


class TargetProjects(Section):
    projects: Annotated[tuple[Key, ...], Field(min_length=1, max_length=MAX_ITEMS)]


class ActionAnswer(Section):
    kind: Key
    details: Text | None = None
    start: Day | None = None
    # Strict: ``true`` is not a number of hours, even though Python counts it as 1.
    duration_hours: Annotated[int, Field(strict=True, ge=1, le=8760)] | None = None
    scope: Text | None = None


class Alternative(Section):
    kind: Key
    why_not: Text


class Outreach(Section):
    channel: Key
    note: Text | None = None
    # The target project this outreach is for; without it, it is for every target.
    project: Key | None = None


class Answers(Section):
    """Everything the interview asks; the same as the answers file holds."""

    organisation: Organisation
    cause: Cause
    target: TargetProjects
    action: ActionAnswer
    alternatives: Annotated[tuple[Alternative, ...], Field(max_length=MAX_ITEMS)] = ()
    outreach: Annotated[tuple[Outreach, ...], Field(max_length=MAX_ITEMS)] = ()
    language: LanguageCode | None = None


_KEY = re.compile(r"^[a-z][a-z0-9-]*$")


def _mapping(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _items(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _catalogue_refs(data: object, catalog: Catalog) -> Iterator[tuple[str, object, str, object]]:
    """Yield (field, value, what, choices) for every answer that names a catalogue entry.

    Reads the raw data, not the validated answers, so that a file with wrong types and
    misspelt keys gets both kinds of problem reported in one pass.
    """
    answers = _mapping(data)
    topics = [*catalog.topics, OTHER_TOPIC]
    yield "cause.topic", _mapping(answers.get("cause")).get("topic"), "topic", topics
    for index, key in enumerate(_items(_mapping(answers.get("target")).get("projects"))):
        yield f"target.projects[{index}]", key, "project", catalog.projects
    yield "action.kind", _mapping(answers.get("action")).get("kind"), "action", catalog.actions
    for index, alternative in enumerate(_items(answers.get("alternatives"))):
        kind = _mapping(alternative).get("kind")
        yield f"alternatives[{index}].kind", kind, "action", catalog.actions
    for index, outreach in enumerate(_items(answers.get("outreach"))):
        channel = _mapping(outreach).get("channel")
        yield f"outreach[{index}].channel", channel, "outreach channel", catalog.channels
        if _mapping(outreach).get("project") is not None:
            yield f"outreach[{index}].project", _mapping(outreach).get("project"), "project", catalog.projects


def check_references(data: object, catalog: Catalog, doc: YamlDocument) -> list[InputProblem]:
    """Return a problem for every answer naming a catalogue entry that does not exist.

    Values that are not well-formed keys are left to validation, which reports them.
    """
    problems = []
    for field, value, what, choices in _catalogue_refs(data, catalog):
        if not isinstance(value, str) or not _KEY.match(value.strip()):
            continue
        key = value.strip()
        if key not in choices:  # type: ignore[operator]
            hint = did_you_mean(key, choices)  # type: ignore[arg-type]
            problems.append(
                InputProblem(doc.path, doc.line_of(field), field, f"unknown {what} '{key}'{hint}")
            )
    seen: set[str] = set()
    for index, key in enumerate(_items(_mapping(_mapping(data).get("target")).get("projects"))):
        if not isinstance(key, str):
            continue
        if key.strip() in seen:
            field = f"target.projects[{index}]"
            problem = InputProblem(doc.path, doc.line_of(field), field, f"'{key}' is listed twice")
            problems.append(problem)
        seen.add(key.strip())
    targets = {k.strip() for k in seen}
    for index, outreach in enumerate(_items(_mapping(data).get("outreach"))):
        project = _mapping(outreach).get("project")
        # Outreach for a project that is not a target would be planned for no draft at all.
        if (
            isinstance(project, str)
            and project.strip() in catalog.projects
            and project.strip() not in targets
        ):
            field = f"outreach[{index}].project"
            message = f"'{project.strip()}' is not one of target.projects ({', '.join(sorted(targets))})"
            problems.append(InputProblem(doc.path, doc.line_of(field), field, message))
    return problems


def _read_countries(
    data: dict[str, Any], catalog: Catalog, doc: YamlDocument
) -> tuple[dict[str, Any], list[InputProblem]]:
    """Return ``data`` with country aliases read as their codes (UK as GB), and a problem for
    every well-formed code that names no country (``XY``), with the closest code suggested.

    A country's name ("Italy", "Deutschland") is refused with its code suggested, from the
    names CLDR gives in English and in the catalogue's drafting languages.
    """
    cause = _mapping(data.get("cause"))
    given = cause.get("countries")
    if not isinstance(given, list):
        return data, []
    from advocacy_cli.countries import closest_country, is_country

    locales = tuple(language.locale or code for code, language in catalog.languages.items())
    read: list[object] = []
    problems = []
    for index, value in enumerate(given):
        code = value.strip().upper() if isinstance(value, str) else None
        field = f"cause.countries[{index}]"
        if isinstance(value, str) and code != "GLOBAL" and not re.fullmatch(r"[A-Z]{2}", code or ""):
            suggestion = closest_country(value, locales)
            hint = f" (did you mean '{suggestion}'?)" if suggestion else ""
            message = f"{_COUNTRY_SHAPE}, got '{value.strip()}'{hint}"
            problems.append(InputProblem(doc.path, doc.line_of(field), field, message))
            read.append("global")  # reported here; the model need not report it again
        elif code is None or not re.fullmatch(r"[A-Z]{2}", code) or is_country(code):
            read.append(value)
        elif code in catalog.country_aliases:
            read.append(catalog.country_aliases[code].code)
        else:
            suggestion = closest_country(code, locales)
            hint = f" (did you mean '{suggestion}'?)" if suggestion else ""
            message = f"'{code}' is not an ISO 3166 country code{hint}; write codes such as DE, EU, or global"
            problems.append(InputProblem(doc.path, doc.line_of(field), field, message))
            read.append(value)
    return {**data, "cause": {**cause, "countries": read}}, problems


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


_PATH_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _parts(dotted: str) -> tuple[str | int, ...]:
    return tuple(int(i) if i else name for name, i in _PATH_PART.findall(dotted))


def _sort_key(problem: InputProblem, doc: YamlDocument) -> float:
    """Return where ``problem`` belongs in the file, for listing problems in file order.

    A missing field has no line of its own and is reported on its parent's; it is listed
    just before the next field of the contract that the file does have (a missing
    ``target`` before ``action``), or after the last line of its parent when none follows.
    """
    line = float(problem.line or 0)
    if not problem.field or problem.field in doc.lines:
        return line
    parts = _parts(problem.field)
    model = model_at(Answers, parts)
    if model is None:
        return line
    names = list(model.model_fields)
    parent = join_path(parts[:-1])
    following = [
        doc.lines[key]
        for name in names[names.index(str(parts[-1])) + 1 :]
        if str(parts[-1]) in names and (key := f"{parent}.{name}" if parent else name) in doc.lines
    ]
    if following:
        return min(following) - 0.5
    inside = [
        at for key, at in doc.lines.items() if not parent or key.startswith((f"{parent}.", f"{parent}["))
    ]
    return max([line, *inside]) + 0.5


def validate_answers(doc: YamlDocument, catalog: Catalog) -> Answers:
    """Validate a parsed answers document; raise InputError listing every problem."""
    if doc.data is None:
        data: Any = {}
    elif isinstance(doc.data, dict):
        data = doc.data
    else:
        raise InputError([InputProblem(doc.path, 1, None, "expected a mapping of answers")])
    references = check_references(data, catalog, doc)
    data, unknown = _read_countries(data, catalog, doc)
    references += unknown
    try:
        answers = Answers.model_validate(data)
    except ValidationError as exc:
        problems = _without_echoes(problems_from(exc, doc, Answers)) + references
        # One pass reports everything, in the order of the file.
        raise InputError(sorted(problems, key=lambda p: _sort_key(p, doc))) from None
    if references:
        raise InputError(sorted(references, key=lambda p: _sort_key(p, doc)))
    return answers


def load_answers(path: Path, catalog: Catalog) -> tuple[Answers, YamlDocument]:
    """Read, parse and validate the answers file at ``path``."""
    doc = read_yaml(path, limits=ANSWERS_LIMITS)
    return validate_answers(doc, catalog), doc


def answers_from_text(text: str, catalog: Catalog, name: str = "<answers>") -> tuple[Answers, YamlDocument]:
    """Parse and validate answers given as YAML text."""
    doc = parse_yaml(text, name, ANSWERS_LIMITS)
    return validate_answers(doc, catalog), doc


class _Dumper(yaml.SafeDumper):
    """Write long and multi-line strings as readable block scalars."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    if not_text(value) is not None:
        # Written raw, U+0085 or U+2028 would read back as a line break or a space; only a
        # double-quoted scalar escapes them, so the value is read back as it was.
        style: str | None = '"'
    else:
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
    if not data["cause"].get("countries"):
        data["cause"].pop("countries", None)
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=88)


def yaml_text(data: Any) -> str:
    """Return any answers data (the resume file's, partial ones) as YAML that reads back exactly."""
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=88)
