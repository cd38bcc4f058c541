"""The knowledge catalogue: load and validate ``data/*.yaml`` into frozen records."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from advocacy_cli.errors import InputError, InputProblem
from advocacy_cli.literals import risky_repetition
from advocacy_cli.phrase_format import PhraseError, parse_phrase
from advocacy_cli.regex import compile_pattern
from advocacy_cli.validation import did_you_mean, problems_from
from advocacy_cli.yamlfile import CATALOGUE_LIMITS, YamlDocument, read_yaml

Key = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9-]*$")]
Url = Annotated[str, StringConstraints(pattern=r"^https?://\S+$")]
Sources = Annotated[tuple[Url, ...], Field(min_length=1)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
_TEMPLATE_NAME_MARKUP = "{}|<>[]#~=\n"


def _template_name(value: str) -> str:
    """Refuse a name with markup that could end the template, its nowiki or its line."""
    if not value.strip() or any(mark in value for mark in _TEMPLATE_NAME_MARKUP):
        raise ValueError("a template name is its title only, without { } | < > [ ] # ~ = or a line break")
    return value


# A template's name, as placed between {{ and }} (vote templates shown in a draft).
TemplateName = Annotated[str, AfterValidator(_template_name)]
# The vote sections of a genre that votes (languages.yaml ``sections``).
VoteOption = Literal["vote_yes", "vote_no", "vote_abstain"]
REQUIRED_LANGUAGES = ("en", "de", "fr", "es")
ProjectKind = Literal["community", "foundation", "affiliate"]


def _wants_number(annotation: Any) -> bool:
    """Return whether a field's type is a whole number (perhaps optional), not a truth value."""
    if annotation is int:
        return True
    return int in typing.get_args(annotation) and bool not in typing.get_args(annotation)


class Record(BaseModel):
    """Base of every catalogue record: immutable, and unknown fields are errors."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    @field_validator("*", mode="before")
    @classmethod
    def _no_truth_values_for_numbers(cls, value: Any, info: ValidationInfo) -> Any:
        # Python counts true as 1; in `min_days: true` it is a slip, not a number of days.
        field = cls.model_fields.get(info.field_name or "")
        if isinstance(value, bool) and field is not None and _wants_number(field.annotation):
            raise ValueError("expected a whole number")
        return value


def _require_languages(value: Mapping[str, Any]) -> Mapping[str, Any]:
    missing = [lang for lang in REQUIRED_LANGUAGES if not value.get(lang)]
    if missing:
        raise ValueError(f"needs entries for {', '.join(missing)}")
    return value


def _compile_all(value: Mapping[str, tuple[str, ...]]) -> Mapping[str, tuple[str, ...]]:
    for lang, patterns in value.items():
        for index, pattern in enumerate(patterns):
            try:
                _valid_regex(pattern)
            except ValueError as exc:
                raise ValueError(f"{lang}[{index}]: {exc}") from None
    return value


def _valid_regex(value: str) -> str:
    try:
        compiled = compile_pattern(value)
    except re.error as exc:
        raise ValueError(f"invalid regular expression: {exc}") from None
    if compiled.groups:
        # Patterns are joined into alternations whose readers number their own groups; a
        # capturing group here ("\\(" written for "\(") would shift them.
        raise ValueError("a pattern may not capture: write (?:...) for a group, \\( for a parenthesis")
    risk = risky_repetition(value)
    if risk:
        raise ValueError(risk)
    return value


# One regular expression, compiled at load so a bad one is reported with its line.
Regex = Annotated[str, StringConstraints(min_length=1), AfterValidator(_valid_regex)]
# A lexicon's language: a language code, or ``any`` for language-neutral patterns.
LexiconLanguage = Annotated[str, StringConstraints(pattern=r"^(?:any|[a-z]{2,3})$")]
MONTHS = 12


# How a proposal reaches the deciding venue: a new section on it; a page of its own, named by
# ``page`` (a Meinungsbild, a Bar thread, a Meta request for comment); or a new section on
# the venue's page for proposals (``page``, a fixed title, such as the Café's proposals).
Posting = Literal["new-section", "subpage", "section-page"]
# The form a notice takes at a venue: a one-line unsigned entry in a list template, a signed
# neutral sentence, an item for a community newsletter, the page itself included on a daily
# page (transclusion), or none (listed automatically).
NoticeForm = Literal["list-entry", "signed-sentence", "news-item", "transclusion", "automatic"]
# Facts of a proposal's conventions that could not be confirmed against a source.
Unconfirmable = Literal["page", "announce_on", "announce_form", "templates", "genre", "before"]


class Venue(Record):
    key: Key
    title: Text
    url: Url
    role: Literal["discuss", "decide", "announce", "request"]
    usual_days: int | None = Field(default=None, ge=1, le=365)
    channel: Key | None = None
    note: str | None = None
    notice: NoticeForm = "signed-sentence"
    # The section of the page a proposal goes under (``Proposals``), when it has one.
    anchor: str | None = None


class Prerequisite(Record):
    """Something that must happen before a proposal may start (supporters, notice)."""

    key: Key
    what: Text
    days: int = Field(ge=0, le=365)
    source: Url


class ProposalConventions(Record):
    heading_prefix: str | None = None
    template: str | None = None
    template_args: tuple[str, ...] = ()
    # Templates placed at the end of the draft (``reflist-talk`` lists references on a talk page).
    closing_templates: tuple[str, ...] = ()
    # The template voters put before their signature in each vote section, where the wiki
    # votes with templates ({{Pour}} under Pour, {{Contre}} under Contre).
    vote_templates: dict[VoteOption, TemplateName] = {}
    min_days: int = Field(default=7, ge=1, le=365)
    genre: Key = "thread"
    posting: Posting = "new-section"
    # The page the proposal goes on: ``{title}`` is the proposal's short title.
    page: str | None = None
    # Where a page of its own is signalled: ``{date}`` is the opening day in ``date_format``.
    announce_on: str | None = None
    announce_form: NoticeForm | None = None
    date_format: str = "%Y-%m-%d"
    before: tuple[Prerequisite, ...] = ()
    unconfirmed: tuple[Unconfirmable, ...] = ()
    # The venues (keys) that get a notice; by default every venue whose role is ``announce``.
    notices: tuple[Key, ...] | None = None
    # The venue (key) where the proposal is posted, when it is not the deciding venue.
    venue: Key | None = None
    notes: str | None = None
    sources: tuple[Url, ...] = ()
    # Another way of proposing for some actions (a statement to endorse, a request for help).
    by_action: dict[Key, ProposalConventions] = {}

    @property
    def subpage(self) -> bool:
        """Return whether each proposal is a page of its own, not a section of the venue."""
        return self.posting == "subpage"

    @property
    def lead_days(self) -> int:
        """Return the days needed before the proposal may open (supporters, notice)."""
        return sum(step.days for step in self.before)


class Genre(Record):
    """A kind of proposal page (an RfC, a Meinungsbild, a Bar thread ...): its shape."""

    key: str = ""
    title: Text
    summary: Text
    # question: the heading asks the question; topic: a short noun phrase names the subject.
    heading: Literal["question", "topic"] = "question"
    # thread: a level-2 heading, then level-3 sections; page: a page whose sections are level 2.
    layout: Literal["thread", "page"] = "thread"
    # Section keys (languages.yaml ``sections``) in order.
    sections: tuple[Key, ...]
    # Whether participants vote or sign (options, supporters, endorsements) rather than discuss.
    vote: bool = False
    sources: Sources


class PaidDisclosure(Record):
    """How paid contributions are disclosed on a project, where it differs from the default."""

    required: bool = True
    stricter: bool = False
    note: Text
    source: Url


class Contact(Record):
    url: Url
    wiki_page: Url | None = None
    mailing_list: Url | None = None
    email: str | None = None


class Project(Record):
    key: str = ""
    name: Text
    kind: ProjectKind
    family: Literal["wikipedia", "commons", "wikisource", "wikidata", "meta", "foundation", "chapter"]
    language: Key
    url: Url
    decides: Text
    decides_on: tuple[Key, ...] = ()
    venues: tuple[Venue, ...] = ()
    proposal: ProposalConventions = ProposalConventions()
    contact: Contact | None = None
    # Affiliates: the country they work in (ISO 3166), or ``EU`` for the EU affiliates' group.
    country: str | None = None
    paid_disclosure: PaidDisclosure | None = None
    sources: Sources

    @property
    def deciding_venue(self) -> Venue | None:
        """Return the venue where a proposal is decided, if the project has one."""
        return next((v for v in self.venues if v.role == "decide"), None)

    def conventions_for(self, action: str) -> ProposalConventions:
        """Return how a proposal for ``action`` is made here (its variant, else the default)."""
        return self.proposal.by_action.get(action, self.proposal)

    def posting_venue(self, action: str) -> Venue | None:
        """Return the venue a proposal for ``action`` is posted at."""
        key = self.conventions_for(action).venue
        found = next((v for v in self.venues if v.key == key), None) if key else None
        return found or self.deciding_venue

    def venue(self, key: str) -> Venue | None:
        """Return the venue ``key``, if the project has it."""
        return next((v for v in self.venues if v.key == key), None)

    def venues_with_role(self, role: str) -> tuple[Venue, ...]:
        """Return the venues that have ``role``, in catalogue order."""
        return tuple(v for v in self.venues if v.role == role)


class Topic(Record):
    key: str = ""
    title: Text
    summary: Text
    why: Text
    keywords: Mapping[str, tuple[str, ...]]
    precedents: tuple[Key, ...] = ()
    sources: Sources

    _languages = field_validator("keywords")(_require_languages)


class OutOfScope(Record):
    key: str = ""
    title: Text
    why: Text
    severity: Literal["error", "warning"] = "warning"
    patterns: Mapping[str, tuple[str, ...]]
    sources: Sources

    _languages = field_validator("patterns")(_require_languages)
    _regexes = field_validator("patterns")(_compile_all)


class Precedent(Record):
    key: str = ""
    title: Text
    date: dt.date
    projects: tuple[Key, ...]
    topics: tuple[Key, ...] = ()
    action: Key
    duration_hours: int | None = Field(default=None, ge=1)
    venue: Text
    asked: Text
    decided: Text
    outcome: Text
    lesson: Text
    sources: Sources


class LeadStep(Record):
    what: Text
    days: int = Field(ge=0, le=365)
    source: Url | None = None
    key: Key | None = None
    # What the step waits for: ``open`` (the discussion opens), ``consensus`` (it closes with
    # consensus), or the keys of earlier steps; it begins when the last of them is done.
    after: tuple[Key, ...] = ("consensus",)


class Action(Record):
    key: str = ""
    title: Text
    summary: Text
    description: Text
    disruption: int = Field(ge=0, le=5)
    on_site: bool = False
    decided_by: tuple[ProjectKind, ...]
    consensus: Text
    lead_days: int = Field(default=0, ge=0, le=365)
    lead_steps: tuple[LeadStep, ...] = ()
    usual_hours: int | None = Field(default=None, ge=1)
    max_hours: int | None = Field(default=None, ge=1)
    needs_alternatives: bool = False
    needs_centralnotice: bool = False
    must_state: tuple[Text, ...] = ()
    sources: Sources


class Channel(Record):
    key: str = ""
    title: Text
    summary: Text
    appropriate: bool
    why: Text
    instead: str | None = None
    rule: Key | None = None
    policy: Url
    sources: Sources


PhraseRule = Literal[
    "canvassing", "meatpuppetry", "contact-address", "article-advocacy", "loaded-wording", "wrong-venue"
]


class PhraseGroup(Record):
    key: str = ""
    rule: PhraseRule
    message: Text
    suggestion: Text
    policy: Url
    patterns: Mapping[str, tuple[str, ...]]
    sources: Sources

    _languages = field_validator("patterns")(_require_languages)
    _regexes = field_validator("patterns")(_compile_all)


# A text per CLDR plural category of the number it counts.
PluralForms = Mapping[Literal["zero", "one", "two", "few", "many", "other"], Text]


class Language(Record):
    key: str = ""
    name: Text
    sections: Mapping[str, Text]
    aliases: Mapping[str, tuple[Text, ...]] = {}
    phrases: Mapping[str, str] = {}
    # How the language writes dates, numbers and lists (render/localise.py, through CLDR).
    locale: str | None = None
    date_pattern: str | None = None
    direction: Literal["ltr", "rtl"] = "ltr"
    # What the renderer puts between two sentences it joins (and before a signature), and
    # between a label and its value: Chinese and Japanese end sentences with full-width
    # punctuation that carries its own spacing, so they join with nothing and label with "：".
    sentence_gap: Literal["", " "] = " "
    label_mark: Literal[": ", " : ", "："] = ": "
    # Where CLDR's unit pattern is not how the wiki writes it ("48 時間" for "48時間").
    # A pattern, or one per CLDR plural category ({one: "{count} dag", other: "{count} dagar"}).
    units: Mapping[Literal["hour", "day"], Text | PluralForms] = {}


class Concept(Record):
    """One concept of the linter's vocabulary (lexicon.yaml): its patterns per language."""

    key: str = ""
    about: Text
    # words: whole words; prefixes: words starting with a pattern; regex: as written.
    match: Literal["words", "prefixes", "regex"] = "words"
    case_sensitive: bool = False
    patterns: Mapping[LexiconLanguage, tuple[Regex, ...]]
    sources: tuple[Url, ...] = ()

    @field_validator("patterns")
    @classmethod
    def _languages(cls, value: Mapping[str, tuple[str, ...]]) -> Mapping[str, tuple[str, ...]]:
        # Language-neutral patterns (``any``) stand in for the languages they cover.
        return value if value.get("any") else _require_languages(value)

    def all_patterns(self) -> tuple[str, ...]:
        """Return every language's patterns, in the file's order."""
        return tuple(p for patterns in self.patterns.values() for p in patterns)


class InterviewPart(Record):
    """One part of the interview: the plain-language panel shown before its questions."""

    key: str = ""
    title: Text
    panel: Text
    sources: tuple[Url, ...] = ()


class InterviewQuestion(Record):
    """The wording of one interview question; its structure lives in ``wizard/questions.py``."""

    key: str = ""
    prompt: Text
    help: str | None = None
    instruction: str | None = None
    none_choice: str | None = None


QuestionKey = Annotated[str, StringConstraints(pattern=r"^[a-z_]+(\.[a-z_]+)*$")]


class GenresFile(Record):
    genres: dict[Key, Genre] = {}


class ProjectsFile(Record):
    projects: dict[Key, Project] = {}


class TopicsFile(Record):
    topics: dict[Key, Topic] = {}
    out_of_scope: dict[Key, OutOfScope] = {}


class PrecedentsFile(Record):
    precedents: dict[Key, Precedent] = {}


class ActionsFile(Record):
    actions: dict[Key, Action] = {}


class TacticsFile(Record):
    channels: dict[Key, Channel] = {}
    phrases: dict[Key, PhraseGroup] = {}


class LanguagesFile(Record):
    languages: dict[Key, Language] = {}


class LexiconFile(Record):
    lexicon: dict[Key, Concept] = {}


class CountryAlias(Record):
    """A country code people write that is not ISO 3166's (UK), and the ISO code it means."""

    key: str = ""
    code: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
    note: Text
    source: Url


class CountriesFile(Record):
    aliases: dict[Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")], CountryAlias] = {}


class InterviewFile(Record):
    parts: dict[Key, InterviewPart] = {}
    questions: dict[QuestionKey, InterviewQuestion] = {}


FILES: dict[str, type[Record]] = {
    "projects.yaml": ProjectsFile,
    "genres.yaml": GenresFile,
    "topics.yaml": TopicsFile,
    "precedents.yaml": PrecedentsFile,
    "actions.yaml": ActionsFile,
    "tactics.yaml": TacticsFile,
    "languages.yaml": LanguagesFile,
    "interview.yaml": InterviewFile,
    "lexicon.yaml": LexiconFile,
    "countries.yaml": CountriesFile,
}


@dataclass(frozen=True)
class Catalog:
    """Everything the tool knows, validated and cross-checked."""

    projects: Mapping[str, Project]
    topics: Mapping[str, Topic]
    out_of_scope: Mapping[str, OutOfScope]
    precedents: Mapping[str, Precedent]
    actions: Mapping[str, Action]
    channels: Mapping[str, Channel]
    phrases: Mapping[str, PhraseGroup]
    languages: Mapping[str, Language]
    # The interview's wording (interview.yaml); empty when that file is absent.
    parts: Mapping[str, InterviewPart] = dataclasses.field(default_factory=dict)
    questions: Mapping[str, InterviewQuestion] = dataclasses.field(default_factory=dict)
    # The linter's vocabulary (lexicon.yaml), by concept.
    lexicon: Mapping[str, Concept] = dataclasses.field(default_factory=dict)
    # The kinds of proposal page (genres.yaml), by key.
    genres: Mapping[str, Genre] = dataclasses.field(default_factory=dict)
    # Country codes read as another (countries.yaml: UK is GB), by the code as written.
    country_aliases: Mapping[str, CountryAlias] = dataclasses.field(default_factory=dict)

    def precedents_for(self, topic: str | None = None, action: str | None = None) -> list[Precedent]:
        """Return the precedents about ``topic`` or with ``action``, oldest first."""
        found = [
            p
            for p in self.precedents.values()
            if (topic is not None and topic in p.topics) or (action is not None and p.action == action)
        ]
        return sorted(found, key=lambda p: p.date)

    def actions_by_disruption(self) -> list[Action]:
        """Return the actions from least to most disruptive."""
        return sorted(self.actions.values(), key=lambda a: (a.disruption, a.key))

    def language(self, code: str) -> Language:
        """Return the language ``code``, falling back to English."""
        return self.languages.get(code) or self.languages["en"]


def shipped_data_dir() -> Path:
    """Return the folder of the shipped catalogue (in the wheel, or the source tree)."""
    packaged = resources.files("advocacy_cli") / "data"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "data"


def _with_keys(section: Mapping[str, Record]) -> dict[str, Record]:
    # The mapping key is the record's identity; copy it in so records know their own key.
    return {key: record.model_copy(update={"key": key}) for key, record in section.items()}


def _load_file(path: Path, model: type[Record]) -> tuple[Record, YamlDocument]:
    doc = read_yaml(path, limits=CATALOGUE_LIMITS)
    data = doc.data if doc.data is not None else {}
    if not isinstance(data, dict):
        raise InputError([InputProblem(doc.path, 1, None, "expected a mapping at the top level")])
    try:
        return model.model_validate(data), doc
    except ValidationError as exc:
        raise InputError(problems_from(exc, doc, model)) from None


class _Layers:
    """Merged sections with, for every entry, the document it came from."""

    def __init__(self) -> None:
        self.sections: dict[str, dict[str, Record]] = {}
        self.origin: dict[tuple[str, str], YamlDocument] = {}

    def add(self, record: Record, doc: YamlDocument) -> None:
        for name in type(record).model_fields:
            entries = _with_keys(getattr(record, name))
            self.sections.setdefault(name, {}).update(entries)
            for key in entries:
                self.origin[(name, key)] = doc

    def problem(self, section: str, key: str, field: str, message: str) -> InputProblem:
        doc = self.origin[(section, key)]
        dotted = f"{section}.{key}.{field}"
        return InputProblem(doc.path, doc.line_of(dotted), dotted, message)


def _check_refs(layers: _Layers, needs: _RenderNeeds) -> Iterator[InputProblem]:
    s = layers.sections
    checks: list[tuple[str, str, str]] = [
        # (section, field holding keys, section the keys must exist in)
        ("projects", "decides_on", "actions"),
        ("topics", "precedents", "precedents"),
        ("precedents", "topics", "topics"),
        ("precedents", "action", "actions"),
    ]
    for section, field, target in checks:
        for key, record in s.get(section, {}).items():
            value = getattr(record, field)
            for ref in (value,) if isinstance(value, str) else value:
                if ref not in s.get(target, {}):
                    hint = did_you_mean(ref, s.get(target, {}))
                    yield layers.problem(section, key, field, f"unknown {target[:-1]} '{ref}'{hint}")
    for key, project in s.get("projects", {}).items():
        for index, venue in enumerate(project.venues):  # type: ignore[attr-defined]
            if venue.channel and venue.channel not in s.get("channels", {}):
                hint = did_you_mean(venue.channel, s.get("channels", {}))
                yield layers.problem(
                    "projects",
                    key,
                    f"venues[{index}].channel",
                    f"unknown channel '{venue.channel}'{hint}",
                )
    genres = s.get("genres", {})
    english = s.get("languages", {}).get("en")
    headings: Mapping[str, str] = english.sections if isinstance(english, Language) else {}
    for key, genre in genres.items() if headings else ():
        for index, section in enumerate(genre.sections):  # type: ignore[attr-defined]
            # A shipped section that a layered English entry lacks is reported once, by the
            # language check, not again for every genre that uses it.
            if section not in headings and section not in needs.sections:
                hint = did_you_mean(section, headings)
                yield layers.problem(
                    "genres",
                    key,
                    f"sections[{index}]",
                    f"no heading for section '{section}' in languages.yaml{hint}",
                )
    for key, project in s.get("projects", {}).items():
        genre = project.proposal.genre  # type: ignore[attr-defined]
        if genres and project.kind == "community" and genre not in genres:  # type: ignore[attr-defined]
            hint = did_you_mean(genre, genres)
            yield layers.problem("projects", key, "proposal.genre", f"unknown genre '{genre}'{hint}")
    months = s.get("lexicon", {}).get("months")
    for language, names in months.patterns.items() if months else ():  # type: ignore[attr-defined]
        if len(names) != MONTHS:
            yield layers.problem(
                "lexicon",
                "months",
                f"patterns.{language}",
                f"needs the {MONTHS} months in order, got {len(names)}",
            )
    if "en" not in s.get("languages", {"en": None}):
        doc = next(iter(layers.origin.values()))
        yield InputProblem(doc.path, None, "languages.en", "English is required as the fallback language")


# A phrase for an action the shipped catalogue does not know completes the same question
# as the shipped ``do_<action>`` phrases, with the same fields.
_ACTION_PHRASE_FIELDS = frozenset({"cause", "duration"})


@dataclass(frozen=True)
class _RenderNeeds:
    """What the renderer asks of the catalogue's languages, as the shipped English shows it."""

    sections: frozenset[str]
    phrase_fields: Mapping[str, frozenset[str]]

    @classmethod
    def of(cls, english: Language | None) -> _RenderNeeds:
        if english is None:
            return cls(frozenset(), {})
        fields = {}
        for key, text in english.phrases.items():
            try:
                fields[key] = frozenset(parse_phrase(text).fields)
            except PhraseError:
                fields[key] = frozenset()  # reported with its line by the phrase check
        return cls(frozenset(english.sections), fields)

    def allowed(self, key: str) -> frozenset[str]:
        if key in self.phrase_fields:
            return self.phrase_fields[key]
        return _ACTION_PHRASE_FIELDS if key.startswith("do_") else frozenset()


def _check_languages(layers: _Layers, needs: _RenderNeeds) -> Iterator[InputProblem]:
    """Check every phrase's fields and that English has all that rendering falls back to.

    Each phrase is parsed here, so a bad one is reported with its file and line when the
    catalogue loads, never as a failure halfway through writing a draft.
    """
    languages = layers.sections.get("languages", {})
    for code, language in languages.items():
        for key, text in language.phrases.items():  # type: ignore[attr-defined]
            where = f"phrases.{key}"
            try:
                phrase = parse_phrase(text)
            except PhraseError as exc:
                yield layers.problem("languages", code, where, f"{exc} (character {exc.column})")
                continue
            allowed = needs.allowed(key)
            unknown = [name for name in phrase.fields if name not in allowed]
            if unknown:
                usable = ", ".join(f"{{{n}}}" for n in sorted(allowed)) or "no fields"
                shown = ", ".join(f"{{{n}}}" for n in unknown)
                message = f"unknown field {shown}; this phrase can use {usable}"
                yield layers.problem("languages", code, where, message)
                continue
            # The renderer fills English's fields: a phrase without one drops a fact (a date,
            # a duration) from the draft.
            missing = sorted(needs.phrase_fields.get(key, frozenset()) - set(phrase.fields))
            if missing:
                shown = ", ".join(f"{{{n}}}" for n in missing)
                message = f"misses the field {shown} that English's phrase fills in"
                yield layers.problem("languages", code, where, message)
    english = languages.get("en")
    if english is None:
        return
    for what, needed, present in (
        ("sections", needs.sections, english.sections),  # type: ignore[attr-defined]
        ("phrases", frozenset(needs.phrase_fields), english.phrases),  # type: ignore[attr-defined]
    ):
        missing = sorted(needed - set(present))
        if missing:
            shown = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
            message = f"English is the fallback of every language and needs all {what}; missing {shown}"
            yield layers.problem("languages", "en", what, message)


@functools.cache
def load_catalog(data_dir: Path | None = None) -> Catalog:
    """Load the shipped catalogue, with ``data_dir``'s files layered over it."""
    layers = _Layers()
    problems: list[InputProblem] = []
    folders = [shipped_data_dir()]
    if data_dir is not None:
        if not data_dir.is_dir():
            raise InputError([InputProblem(str(data_dir), None, None, "--data-dir: not a folder")])
        folders.append(data_dir)
    needs = _RenderNeeds.of(None)
    for folder in folders:
        for name, model in FILES.items():
            path = folder / name
            if not path.exists():
                continue
            try:
                record, doc = _load_file(path, model)
            except InputError as exc:
                problems.extend(exc.problems)
                continue
            layers.add(record, doc)
        if folder == folders[0]:
            # The shipped English phrases are the reference for what a phrase may hold.
            needs = _RenderNeeds.of(layers.sections.get("languages", {}).get("en"))  # type: ignore[arg-type]
    if not problems:
        problems.extend(_check_refs(layers, needs))
        # In the order of the files, so a file's problems read from top to bottom.
        problems.extend(sorted(_check_languages(layers, needs), key=lambda p: (p.file, p.line or 0)))
    if problems:
        raise InputError(problems)
    s = layers.sections
    return Catalog(
        projects=s.get("projects", {}),  # type: ignore[arg-type]
        topics=s.get("topics", {}),  # type: ignore[arg-type]
        out_of_scope=s.get("out_of_scope", {}),  # type: ignore[arg-type]
        precedents=s.get("precedents", {}),  # type: ignore[arg-type]
        actions=s.get("actions", {}),  # type: ignore[arg-type]
        channels=s.get("channels", {}),  # type: ignore[arg-type]
        phrases=s.get("phrases", {}),  # type: ignore[arg-type]
        languages=s.get("languages", {}),  # type: ignore[arg-type]
        parts=s.get("parts", {}),  # type: ignore[arg-type]
        questions=s.get("questions", {}),  # type: ignore[arg-type]
        lexicon=s.get("lexicon", {}),  # type: ignore[arg-type]
        genres=s.get("genres", {}),  # type: ignore[arg-type]
        country_aliases=s.get("aliases", {}),  # type: ignore[arg-type]
    )
