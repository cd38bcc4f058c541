"""The interview's questions, as values: what each fills, how it is asked, and when.

The wording (prompt, help) lives in ``data/interview.yaml`` under the same key; choices come
from the catalogue. A question's ``key`` is the dotted path of the answers-file field it
fills, so the interview and the answers file cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from advocacy_cli.answers import OTHER_TOPIC
from advocacy_cli.catalog import Catalog
from advocacy_cli.rules.alternatives import NO_ALTERNATIVES
from advocacy_cli.rules.centralnotice import MISSING_CENTRALNOTICE
from advocacy_cli.rules.deadline import SHORT_DEADLINE
from advocacy_cli.rules.venue import WRONG_VENUE
from advocacy_cli.wizard.prompter import Choice

Kind = Literal["text", "confirm", "select", "checkbox", "date", "number", "urls", "pairs"]
Data = Mapping[str, Any]
ChoicesFn = Callable[[Catalog, Data], list[Choice]]
ConditionFn = Callable[[Catalog, Data], bool]
DefaultFn = Callable[[Catalog, Data, dt.date], Any]

GROUPS = (
    ("community", "Wikimedia communities (they decide for themselves)"),
    ("foundation", "The Wikimedia Foundation"),
    ("affiliate", "Chapters and other affiliates"),
)


@dataclass(frozen=True)
class Question:
    """One question of the interview.

    ``settles`` names the rules whose findings may still change once this question is
    answered; those findings wait until it has been asked, so that no one is told to fix
    what a later question covers.
    """

    key: str
    part: str
    kind: Kind
    required: bool = False
    choices: ChoicesFn | None = None
    condition: ConditionFn | None = None
    default: DefaultFn | None = None
    settles: tuple[str, ...] = ()
    # The question whose answer decides ``condition``; until it is answered, this question
    # counts in the progress total.
    after: str = ""
    search: bool = False
    # For ``pairs``: the field holding the chosen key, and the field of the text per item.
    item_key: str = ""
    item_text: str = ""
    item_text_required: bool = False

    def applies(self, catalog: Catalog, data: Data) -> bool:
        """Return whether the question is asked, given the answers so far."""
        return self.condition is None or self.condition(catalog, data)


def get_path(data: Data, key: str) -> Any:
    """Return the value at dotted ``key`` in nested mappings, or None."""
    node: Any = data
    for part in key.split("."):
        if not isinstance(node, Mapping) or part not in node:
            return None
        node = node[part]
    return node


def has_path(data: Data, key: str) -> bool:
    """Return whether dotted ``key`` is present (even when its value is None)."""
    node: Any = data
    for part in key.split("."):
        if not isinstance(node, Mapping) or part not in node:
            return False
        node = node[part]
    return True


def set_path(data: dict[str, Any], key: str, value: Any) -> None:
    """Set dotted ``key`` in nested dicts, creating the parents."""
    *parents, last = key.split(".")
    node = data
    for part in parents:
        child = node.get(part)
        if not isinstance(child, dict):
            child = {}
            node[part] = child
        node = child
    node[last] = value


def drop_path(data: dict[str, Any], key: str) -> None:
    """Remove dotted ``key`` if present."""
    *parents, last = key.split(".")
    node: Any = data
    for part in parents:
        node = node.get(part) if isinstance(node, dict) else None
    if isinstance(node, dict):
        node.pop(last, None)


def _on_site(catalog: Catalog, data: Data) -> bool:
    action = catalog.actions.get(str(get_path(data, "action.kind")))
    return bool(action and action.on_site)


def _topics(catalog: Catalog, data: Data) -> list[Choice]:
    items = [Choice(f"{t.title}: {t.summary}", key, t.why) for key, t in catalog.topics.items()]
    other = catalog.questions.get("cause.topic")
    label = other.none_choice if other and other.none_choice else OTHER_TOPIC
    return [*items, Choice(label, OTHER_TOPIC)]


def _projects(catalog: Catalog, data: Data) -> list[Choice]:
    out: list[Choice] = []
    for kind, heading in GROUPS:
        members = [(k, p) for k, p in catalog.projects.items() if p.kind == kind]
        if members:
            out.append(Choice(heading, None))
            out.extend(Choice(f"{p.name} ({k})", k, p.decides) for k, p in members)
    return out


def _actions(catalog: Catalog, data: Data) -> list[Choice]:
    return [Choice(f"{a.title}: {a.summary}", a.key, a.description) for a in catalog.actions_by_disruption()]


def _alternatives(catalog: Catalog, data: Data) -> list[Choice]:
    chosen = get_path(data, "action.kind")
    return [c for c in _actions(catalog, data) if c.value != chosen]


def _channels(catalog: Catalog, data: Data) -> list[Choice]:
    # The counterproductive channels are offered on purpose: choosing one is how the
    # interview gets to explain why it backfires.
    return [Choice(f"{c.title}: {c.summary}", key, None) for key, c in catalog.channels.items()]


def _languages(catalog: Catalog, data: Data) -> list[Choice]:
    own = catalog.questions.get("language")
    targets = [catalog.projects[k] for k in get_path(data, "target.projects") or () if k in catalog.projects]
    spoken = ", ".join(f"{p.language} for {p.key}" for p in targets)
    label = own.none_choice if own and own.none_choice else "Each project's own language"
    head = Choice(f"{label}{f' ({spoken})' if spoken else ''}", "")
    return [
        head,
        *(Choice(f"{lang.name} ({code})", code) for code, lang in catalog.languages.items()),
    ]


def _start(catalog: Catalog, data: Data, today: dt.date) -> str | None:
    from advocacy_cli.rules.deadline import earliest_start

    # The earliest day the answers rules accept: the targets' discussion plus the lead time.
    targets = [str(key) for key in get_path(data, "target.projects") or ()]
    earliest = earliest_start(catalog, targets, str(get_path(data, "action.kind")), today)
    decision = get_path(data, "cause.decision_date")
    if isinstance(decision, dt.date) and decision - dt.timedelta(days=2) > earliest:
        return (decision - dt.timedelta(days=2)).isoformat()
    return earliest.isoformat()


def _duration(catalog: Catalog, data: Data, today: dt.date) -> str | None:
    action = catalog.actions.get(str(get_path(data, "action.kind")))
    return str(action.usual_hours) if action and action.usual_hours else None


QUESTIONS: tuple[Question, ...] = (
    Question("organisation.name", "organisation", "text", required=True),
    Question("organisation.website", "organisation", "text"),
    Question("organisation.username", "organisation", "text"),
    Question("organisation.role", "organisation", "text"),
    Question("organisation.paid", "organisation", "confirm", required=True),
    Question("cause.title", "cause", "text", required=True),
    Question("cause.summary", "cause", "text", required=True),
    Question("cause.topic", "cause", "select", required=True, choices=_topics),
    Question("cause.impact", "cause", "text", required=True),
    Question("cause.sources", "cause", "urls"),
    Question("cause.decision_date", "cause", "date"),
    Question("target.projects", "target", "checkbox", required=True, choices=_projects, search=True),
    Question(
        "action.kind",
        "action",
        "select",
        required=True,
        choices=_actions,
        settles=(WRONG_VENUE.name, SHORT_DEADLINE.name),
    ),
    Question("action.details", "action", "text"),
    Question(
        "action.start",
        "action",
        "date",
        condition=_on_site,
        after="action.kind",
        default=_start,
        settles=(SHORT_DEADLINE.name,),
    ),
    Question(
        "action.duration_hours",
        "action",
        "number",
        condition=_on_site,
        after="action.kind",
        default=_duration,
    ),
    Question("action.scope", "action", "text", condition=_on_site, after="action.kind"),
    Question(
        "alternatives",
        "alternatives",
        "pairs",
        choices=_alternatives,
        item_key="kind",
        item_text="why_not",
        item_text_required=True,
        settles=(NO_ALTERNATIVES.name,),
    ),
    Question(
        "outreach",
        "outreach",
        "pairs",
        choices=_channels,
        item_key="channel",
        item_text="note",
        settles=(MISSING_CENTRALNOTICE.name,),
    ),
    Question("language", "language", "select", choices=_languages),
)

QUESTIONS_BY_KEY = {q.key: q for q in QUESTIONS}


def question_for_field(field: str | None) -> Question | None:
    """Return the question that fills answers ``field`` (``outreach[1].channel`` → outreach)."""
    if not field:
        return None
    best: Question | None = None
    for question in QUESTIONS:
        key = question.key
        covers = field == key or field.startswith((f"{key}.", f"{key}["))
        if covers and (best is None or len(key) > len(best.key)):
            best = question
    if best is None:
        # A finding on a whole section ("action") belongs to its first question.
        best = next((q for q in QUESTIONS if q.key.startswith(f"{field}.")), None)
    return best


PARTS: tuple[str, ...] = tuple(dict.fromkeys(q.part for q in QUESTIONS))
