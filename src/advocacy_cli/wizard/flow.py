"""The interview: ask each question, check the answer at once, explain, and save it.

Every answer goes through the answers model (``answers.validate_answers``) and the answers
rules (``checks.run_answer_rules``), the same path as ``advocacy check`` and ``new --answers``.
Questions not yet asked are stood in for by neutral values so that the model can be
validated early; findings are only shown for questions already answered.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from advocacy_cli.answers import OTHER_TOPIC, Answers, validate_answers, yaml_text
from advocacy_cli.catalog import Catalog, Precedent
from advocacy_cli.checks import run_answer_rules
from advocacy_cli.errors import InputError
from advocacy_cli.findings import Finding, Severity
from advocacy_cli.wizard.prompter import Choice, Prompter
from advocacy_cli.wizard.questions import (
    QUESTIONS,
    QUESTIONS_BY_KEY,
    Question,
    drop_path,
    get_path,
    has_path,
    project_channels,
    question_for_field,
    set_path,
    several_targets,
)
from advocacy_cli.wizard.state import ResumeStore
from advocacy_cli.yamlfile import YamlDocument, parse_yaml, read_yaml

Checker = Callable[[Answers, YamlDocument, Catalog, dt.date], list[Finding]]
FindingKey = tuple[str, str | None, str]
MAX_PRECEDENTS = 3
TYPED_HINTS = {
    "date": "write the date as YYYY-MM-DD, for example {example:%Y-%m-%d}",
    "number": "write a whole number, for example 48",
}
SEVERITY_LABELS = {Severity.ERROR: "Error", Severity.WARNING: "Warning", Severity.INFO: "Note"}


def finding_key(finding: Finding) -> FindingKey:
    """Return what identifies a finding across re-checks."""
    return (finding.rule, finding.field, finding.message)


def _stand_ins(catalog: Catalog) -> dict[str, Any]:
    # Neutral values for required fields not yet asked; findings on them are never shown.
    first_project = next(iter(catalog.projects), "metawiki")
    first_action = next((a.key for a in catalog.actions_by_disruption()), "statement")
    return {
        "organisation.name": "-",
        "organisation.paid": False,
        "cause.title": "-",
        "cause.summary": "-",
        "cause.topic": OTHER_TOPIC,
        "cause.impact": "-",
        "target.projects": [first_project],
        "action.kind": first_action,
    }


def _split_urls(raw: str) -> list[str]:
    return [part for part in re.split(r"[\s,]+", raw.strip()) if part]


def convert(question: Question, raw: str) -> Any:
    """Turn typed text into the value the answers file holds (invalid text stays text)."""
    text = raw.strip()
    if question.kind == "urls":
        return _split_urls(text)
    if question.kind == "codes":
        # As the answers file will hold them (the model accepts either case), so that the
        # review shows what is written; anything else is left for the model to refuse.
        return [_code(part) for part in _split_urls(text)]
    if not text:
        return "" if question.required else None
    if question.kind == "date":
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return text
    if question.kind == "number":
        return int(text) if text.isdigit() else text
    return text


def _code(part: str) -> str:
    if part.lower() == "global":
        return "global"
    return part.upper() if len(part) == 2 and part.isalpha() else part


def show_value(value: Any) -> str:
    """Return an answer as one line of text for defaults and the review table."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        parts = []
        for item in value:
            if isinstance(item, dict):
                parts.append("; ".join(show_value(v) for v in item.values() if v is not None))
            else:
                parts.append(show_value(item))
        return " | ".join(parts) if any(isinstance(i, dict) for i in value) else " ".join(parts)
    return str(value)


def _matches(field: str | None, key: str) -> bool:
    return bool(field) and (field == key or str(field).startswith((f"{key}.", f"{key}[")))


class Interview:
    """One run of the interview over a dict of answers that grows as questions are answered."""

    def __init__(
        self,
        prompter: Prompter,
        catalog: Catalog,
        today: dt.date,
        store: ResumeStore,
        data: dict[str, Any] | None = None,
        reasons: dict[str, str] | None = None,
        checker: Checker = run_answer_rules,
    ) -> None:
        self.prompter = prompter
        self.catalog = catalog
        self.today = today
        self.store = store
        self.data: dict[str, Any] = data if data is not None else {}
        self.reasons = dict(reasons or {})
        self.checker = checker
        self.kept: set[FindingKey] = set()
        # Rules whose warnings the user chose to keep: the same warning on a later answer
        # (another English text for a German draft) is then noted, not asked about again.
        self.kept_rules: set[str] = set()
        self.parts_shown: set[str] = set()
        self.precedents_shown: set[str] = set()
        # Questions asked in this run: a per-project question counts as answered once asked,
        # even where a project got no item (no outreach there is an answer too).
        self.asked: set[str] = set()

    # -- which questions ------------------------------------------------------------------

    def applicable(self) -> list[Question]:
        """Return the questions asked given the answers so far, in order."""
        return [q for q in QUESTIONS if q.applies(self.catalog, self.data)]

    def answered(self, question: Question) -> bool:
        """Return whether ``question`` has an answer ("none" counts for optional questions)."""
        if not has_path(self.data, question.key):
            return False
        if question.per_project and question.key not in self.asked and not self._covered(question):
            # Saved part-way through (interrupted after one project): ask again.
            return False
        return not question.required or get_path(self.data, question.key) is not None

    def _covered(self, question: Question) -> bool:
        """Return whether every target has an item of ``question`` (one target: always)."""
        targets = several_targets(self.data)
        items = get_path(self.data, question.key) or ()
        named = {item.get("project") for item in items if isinstance(item, dict)}
        return all(target in named for target in targets)

    def missing(self) -> list[Question]:
        """Return the applicable questions without an answer."""
        return [q for q in self.applicable() if not self.answered(q)]

    def _prune(self) -> None:
        # An answer to a question that no longer applies (start date of an action that is
        # no longer on-site) would otherwise end up in the answers file.
        for question in QUESTIONS:
            if self.answered(question) and not question.applies(self.catalog, self.data):
                drop_path(self.data, question.key)
        # Outreach for a project that is no longer a target would be planned for no one.
        targets = set(get_path(self.data, "target.projects") or ())
        items = get_path(self.data, "outreach")
        if isinstance(items, list):
            kept = [i for i in items if not isinstance(i, dict) or i.get("project") in (None, *targets)]
            if len(kept) != len(items):
                set_path(self.data, "outreach", kept)

    # -- validation and rules -------------------------------------------------------------

    def filled(self, data: dict[str, Any] | None = None) -> dict[str, Any]:
        """Return ``data`` with stand-ins for required answers not given yet."""
        out = copy.deepcopy(self.data if data is None else data)
        for key, value in _stand_ins(self.catalog).items():
            if get_path(out, key) is None:
                set_path(out, key, copy.deepcopy(value))
        return out

    def document(self, data: dict[str, Any]) -> YamlDocument:
        """Return ``data`` as a parsed answers document named after the resume file."""
        return parse_yaml(yaml_text(data), self.store.display)

    def problem_with(self, key: str, value: Any) -> str | None:
        """Return why ``value`` is not a valid answer for ``key``, or None when it is."""
        trial = copy.deepcopy(self.data)
        set_path(trial, key, value)
        try:
            validate_answers(self.document(self.filled(trial)), self.catalog)
        except InputError as exc:
            messages = [p.message for p in exc.problems if _matches(p.field, key)]
            if messages:
                return messages[0]
        return None

    def findings(self) -> list[Finding]:
        """Return the rules' findings on the answers so far (stand-ins included)."""
        doc = self.document(self.filled())
        try:
            answers = validate_answers(doc, self.catalog)
        except InputError:
            return []
        return self.checker(answers, doc, self.catalog, self.today)

    def visible(self, findings: Iterable[Finding]) -> list[Finding]:
        """Return the findings about answered questions that no later question can settle."""
        open_rules = {rule for q in self.missing() for rule in q.settles}
        out = []
        for finding in findings:
            owner = question_for_field(finding.field)
            if owner is None or not self.answered(owner) or finding.rule in open_rules:
                continue
            out.append(finding)
        return out

    # -- asking ---------------------------------------------------------------------------

    def counted(self) -> list[Question]:
        """Return the questions counted in ``[n/N]``: those asked, and those that may still be.

        A question whose condition depends on an answer not given yet counts until that
        answer rules it out, so the total can only shrink: "[13/20]" then "[14/17]" reads as
        good news, where "[13/17]" then "[14/20]" reads as the interview moving its goal.
        """
        return [
            q
            for q in QUESTIONS
            if q.applies(self.catalog, self.data)
            or (q.after and not self.answered(QUESTIONS_BY_KEY[q.after]))
        ]

    def progress(self, question: Question) -> str:
        """Return ``[n/N]`` for ``question`` among the questions counted."""
        asked = self.counted()
        number = asked.index(question) + 1 if question in asked else len(asked)
        return f"[{number}/{len(asked)}]"

    def wording(self, question: Question) -> tuple[str, str | None, str | None]:
        """Return the prompt, help and instruction of ``question`` from the catalogue."""
        text = self.catalog.questions.get(question.key)
        if text is None:
            return question.key, None, None
        return text.prompt, text.help, text.instruction

    def announce(self, part: str) -> None:
        """Show the explanation of ``part`` once, before its first question."""
        if part in self.parts_shown:
            return
        self.parts_shown.add(part)
        info = self.catalog.parts.get(part)
        if info is not None:
            self.prompter.show(info.panel, title=info.title)

    def run(self) -> None:
        """Ask every applicable question that has no answer yet, in order."""
        while True:
            self._prune()
            todo = self.missing()
            if not todo:
                return
            self.ask_checked(todo[0])

    def ask_checked(self, question: Question) -> None:
        """Ask ``question``, explain, settle its findings, then save the answers."""
        self.announce(question.part)
        self.ask(question)
        # Before the checks: outreach for a project no longer a target is dropped first.
        self._prune()
        self.teach(question)
        self.settle(question)
        self._prune()
        self.store.save(self.data)

    def ask(self, question: Question) -> None:
        """Ask ``question`` until its answer is valid, and record it."""
        prompt, help_text, instruction = self.wording(question)
        message = f"{self.progress(question)} {prompt}"
        if help_text:
            self.prompter.show(help_text)
        reason = self.reasons.pop(question.key, None)
        if reason:
            self.prompter.show(f"The answers file had an invalid value here: {reason}", tone="warning")
        # A per-project question saved part-way is asked again with what was saved.
        kept = self.answered(question) or (question.per_project and has_path(self.data, question.key))
        current = get_path(self.data, question.key) if kept else None
        if current is None and question.default is not None:
            current = question.default(self.catalog, self.data, self.today)
        asker = {
            "confirm": self._ask_confirm,
            "select": self._ask_select,
            "checkbox": self._ask_checkbox,
            "pairs": self._ask_pairs,
        }.get(question.kind, self._ask_text)
        value = asker(question, message, current, instruction)
        set_path(self.data, question.key, value)
        self.asked.add(question.key)

    def _ask_text(self, question: Question, message: str, current: Any, instruction: str | None) -> Any:
        def validate(raw: str) -> bool | str:
            value = convert(question, raw)
            # The model's "expected a date as YYYY-MM-DD" is right but gives no example.
            if isinstance(value, str) and value and question.kind in TYPED_HINTS:
                return TYPED_HINTS[question.kind].format(example=self.today + dt.timedelta(days=60))
            return self.problem_with(question.key, value) or True

        raw = self.prompter.text(
            message, default=show_value(current), validate=validate, instruction=instruction
        )
        return convert(question, raw)

    def _ask_confirm(self, question: Question, message: str, current: Any, instruction: str | None) -> Any:
        return self.prompter.confirm(message, default=current if isinstance(current, bool) else None)

    def _choices(self, question: Question) -> list[Choice]:
        return question.choices(self.catalog, self.data) if question.choices else []

    def _ask_select(self, question: Question, message: str, current: Any, instruction: str | None) -> Any:
        choices = self._choices(question)
        default = "" if current is None and any(c.value == "" for c in choices) else current
        value = self.prompter.select(message, choices, default=default, search=question.search)
        # The empty choice means "no answer" (language: each project's own).
        return value or None

    def _ask_checkbox(self, question: Question, message: str, current: Any, instruction: str | None) -> Any:
        choices = self._choices(question)
        while True:
            picked = self.prompter.checkbox(
                message,
                choices,
                default=current or (),
                search=question.search,
                instruction=instruction,
            )
            problem = self.problem_with(question.key, picked)
            if problem is None:
                return picked
            self.prompter.show(f"{problem}; please choose again.", tone="warning")

    def _ask_pairs(self, question: Question, message: str, current: Any, instruction: str | None) -> Any:
        targets = several_targets(self.data) if question.per_project else []
        if not targets:
            return self._ask_items(question, message, current or [], instruction, None, [])
        text = self.catalog.questions.get(f"{question.key}.project")
        items: list[dict[str, Any]] = []
        for number, project in enumerate(targets):
            name = self.catalog.projects[project].name if project in self.catalog.projects else project
            prompt = text.prompt.replace("{project}", name) if text else f"{message} ({name})"
            if number == 0 and text and text.help:
                self.prompter.show(text.help)
            # Earlier answers for this project, or for every target, are the defaults.
            before = [i for i in current or () if isinstance(i, dict) and i.get("project") in (None, project)]
            found = self._ask_items(
                question, f"{self.progress(question)} {prompt}", before, instruction, project, items
            )
            items += found
            # Saved after each project, so that an interruption loses at most one project.
            later = [
                i for i in current or () if isinstance(i, dict) and i.get("project") in targets[number + 1 :]
            ]
            set_path(self.data, question.key, [*items, *later])
            self.store.save(self.data)
        return items

    def _ask_items(
        self,
        question: Question,
        message: str,
        current: list[Any],
        instruction: str | None,
        project: str | None,
        earlier: list[dict[str, Any]],
    ) -> list[dict[str, Any]]:
        """Ask which items to tick, then the text of each; ``earlier`` items come before them."""
        choices = project_channels(self.catalog, project) if project is not None else self._choices(question)
        titles = {c.value: self._title(c.value) or c.title for c in choices if c.value is not None}
        before = {item.get(question.item_key): item.get(question.item_text) for item in current}
        ticked = [k for k in before if k in titles]
        extra = {"project": project} if project is not None else {}
        while True:
            picked = self.prompter.checkbox(
                message, choices, default=ticked, search=question.search, instruction=instruction
            )
            refused = self._refused_items(question, picked, earlier, extra)
            if not refused:
                break
            # Caught when ticked, before asking what the notice says: an error cannot be
            # kept, so the choice comes back with the refused items unticked.
            for finding in refused.values():
                self.explain(finding)
            titles_refused = ", ".join(titles.get(k, k) for k in refused)
            self.prompter.show(f"Unticked: {titles_refused}. Choose again.", tone="warning")
            ticked = [k for k in picked if k not in refused]
        item_text = self.catalog.questions.get(f"{question.key}.{question.item_text}")
        item_prompt = item_text.prompt if item_text else question.item_text
        if picked and item_text and item_text.help:
            # The example is this community's own page for what was ticked (each community
            # is asked in turn), never another wiki's.
            example = self._note_example(question, picked, project)
            if example is not None:
                self.prompter.show(item_text.help.replace("{example}", example))
        items: list[dict[str, Any]] = []
        for index, key in enumerate(picked):

            def validate(raw: str, index: int = index, key: str = key) -> bool | str:
                if question.item_text_required and not raw.strip():
                    return "a sentence is needed here: editors will ask"
                item = {question.item_key: key, question.item_text: raw.strip() or None, **extra}
                trial = [*earlier, *items, item]
                return self._item_problem(f"{question.key}[{len(earlier) + index}]", trial) or True

            default = before.get(key) or self._item_default(question, key, project) or ""
            raw = self.prompter.text(
                f"{titles.get(key, key)}: {item_prompt}", default=default, validate=validate
            )
            items.append({question.item_key: key, question.item_text: raw.strip() or None, **extra})
        return items

    def _note_example(self, question: Question, picked: list[str], project: str | None) -> str | None:
        """Return an example note from the catalogue: the first ticked channel with a venue
        of the community asked about, else its first page that takes notices."""
        for key in picked:
            example = self._item_default(question, key, project)
            if example is not None:
                return example
        targets = [project] if project is not None else get_path(self.data, "target.projects") or ()
        for target in targets:
            entry = self.catalog.projects.get(target)
            for venue in entry.venues if entry is not None else ():
                if venue.channel and venue.role in ("announce", "discuss"):
                    return self._item_default(question, venue.channel, target)
        return None

    def _refused_items(
        self,
        question: Question,
        picked: list[str],
        earlier: list[dict[str, Any]],
        extra: dict[str, Any],
    ) -> dict[str, Finding]:
        """Return, per ticked key, the error the rules find in that choice alone."""
        trial = copy.deepcopy(self.data)
        ticked = [{question.item_key: key, question.item_text: None, **extra} for key in picked]
        set_path(trial, question.key, [*earlier, *ticked])
        doc = self.document(self.filled(trial))
        try:
            answers = validate_answers(doc, self.catalog)
        except InputError:
            return {}
        refused: dict[str, Finding] = {}
        for finding in self.checker(answers, doc, self.catalog, self.today):
            match = re.fullmatch(rf"{re.escape(question.key)}\[(\d+)\](\..*)?", finding.field or "")
            at = int(match[1]) - len(earlier) if match else -1
            if finding.severity is Severity.ERROR and 0 <= at < len(picked):
                refused.setdefault(picked[at], finding)
        return refused

    def _title(self, key: str) -> str | None:
        entry = self.catalog.actions.get(key) or self.catalog.channels.get(key)
        return entry.title if entry is not None else None

    def _item_problem(self, field: str, items: list[dict[str, Any]]) -> str | None:
        trial = copy.deepcopy(self.data)
        key = field.split("[", 1)[0]
        set_path(trial, key, items)
        try:
            validate_answers(self.document(self.filled(trial)), self.catalog)
        except InputError as exc:
            messages = [p.message for p in exc.problems if _matches(p.field, field)]
            return messages[0] if messages else None
        return None

    def _item_default(self, question: Question, key: str, only: str | None = None) -> str | None:
        if question.key != "outreach":
            return None
        # A notice goes where the target project's own venue for that channel is.
        # Not the venue that decides: the proposal itself is posted there.
        rank = {"announce": 0, "discuss": 1, "decide": 2, "request": 3}
        targets = [only] if only is not None else get_path(self.data, "target.projects") or ()
        for project_key in targets:
            project = self.catalog.projects.get(project_key)
            venues = [v for v in project.venues if v.channel == key] if project else []
            if venues:
                venue = min(venues, key=lambda v: rank.get(v.role, 9))
                if project is not None and project.kind != "community":
                    # An organisation is written to, not given a notice on a wiki page.
                    return f"Message to {project.name} ({venue.title})"
                # In the form the venue takes: an entry in a list, an item for a newsletter.
                form = {"list-entry": "Entry in", "news-item": "News item for"}.get(
                    venue.notice, "Neutral notice at"
                )
                return f"{form} {venue.title}"
        return None

    # -- teaching -------------------------------------------------------------------------

    def teach(self, question: Question) -> None:
        """Explain what the answer to ``question`` implies, from the catalogue."""
        value = get_path(self.data, question.key)
        if question.key == "cause.topic":
            self._teach_topic(str(value))
        elif question.key == "target.projects":
            lines = [f"{p.name}: {p.decides}" for k in value or () if (p := self.catalog.projects.get(k))]
            if lines:
                self.prompter.show("\n\n".join(lines), title="Who decides there")
        elif question.key == "action.kind":
            self._teach_action(str(value))
        elif question.key == "cause.countries" and value:
            self._teach_countries([str(v).upper() for v in value])

    def _teach_countries(self, given: list[str]) -> None:
        # An alias is read as its code (UK as GB), as the answers model reads it; say so.
        aliases = self.catalog.country_aliases
        notes = [
            f"{code} is read as {aliases[code].code}: {aliases[code].note}"
            for code in given
            if code in aliases
        ]
        countries = [aliases[code].code if code in aliases else code for code in given]
        # The same choice the plans make (render/common.py, Facts.chapters): by country.
        affiliates = [p for p in self.catalog.projects.values() if p.kind == "affiliate"]
        informed = [p.name for p in affiliates if p.country in countries]
        foundation = next((p.name for p in self.catalog.projects.values() if p.kind == "foundation"), None)
        lines = notes + [
            f"The plans will suggest informing: {', '.join(informed)}."
            if informed
            else ("No chapter in the catalogue works in these countries; the plans name none.")
        ]
        if foundation:
            lines.append(f"{foundation} is informed in every case.")
        self.prompter.show("\n".join(lines), title="Whom to inform")

    def _teach_topic(self, topic: str) -> None:
        if topic == OTHER_TOPIC:
            outside = "; ".join(o.title for o in self.catalog.out_of_scope.values())
            if outside:
                self.prompter.show(
                    "Causes outside the topics above are harder to win support for, and some are "
                    f"outside what the projects do at all: {outside}.",
                    title="A cause outside the usual topics",
                    tone="warning",
                )
            return
        self._show_precedents(self.catalog.precedents_for(topic=topic), "What happened before on this topic")

    def _teach_action(self, kind: str) -> None:
        action = self.catalog.actions.get(kind)
        if action is None:
            return
        lines = [f"Consensus needed: {action.consensus}"]
        if action.lead_days and action.on_site:
            lines.append(
                f"Allow at least {action.lead_days} days between the community's decision "
                "and the first day it runs."
            )
        elif action.lead_days and action.lead_steps:
            # Nothing "starts" after a decision here: say what to do, and how early.
            step = action.lead_steps[0]
            lines.append(f"Allow at least {action.lead_days} days: {step.what}.")
        self.prompter.show("\n".join(lines), title=action.title)
        topic = get_path(self.data, "cause.topic")
        targets = set(get_path(self.data, "target.projects") or ())
        found = [p for p in self.catalog.precedents_for(action=kind) if p.key not in self.precedents_shown]
        # Precedents on the user's own wikis, then on their topic, say most about this
        # proposal: a German group asking for a blackout should first see the German one.
        found.sort(key=lambda p: (not targets & set(p.projects), topic not in p.topics, -p.date.toordinal()))
        self._show_precedents(found, f"What happened before with: {action.title}")

    def _where(self, precedent: Precedent) -> str:
        names = [
            project.name if (project := self.catalog.projects.get(key)) else key for key in precedent.projects
        ]
        if len(names) > 2:
            names = [names[0], f"{len(names) - 1} other wikis"]
        return " and ".join(names)

    def _show_precedents(self, precedents: Sequence[Precedent], title: str) -> None:
        fresh = [p for p in precedents if p.key not in self.precedents_shown]
        if not fresh:
            return
        chosen = fresh[:MAX_PRECEDENTS]
        blocks = []
        # What was decided and the lesson are what a newcomer needs; the full story (what
        # was asked, what followed, the sources) is in the catalogue.
        for p in chosen:
            self.precedents_shown.add(p.key)
            blocks.append(
                f"{p.title} ({self._where(p)}, {p.date.year})\n  Decided: {p.decided}\n  Lesson: {p.lesson}"
            )
        self.prompter.show("\n\n".join(blocks), title=title, tone="lesson")

    # -- findings -------------------------------------------------------------------------

    def settle(self, current: Question) -> None:
        """Show each new finding; change an answer, or keep it when it is not an error."""
        while True:
            pending = [f for f in self.visible(self.findings()) if finding_key(f) not in self.kept]
            if not pending:
                return
            finding = pending[0]
            owner = question_for_field(finding.field) or current
            if finding.severity is Severity.WARNING:
                # One warning on several answers (English texts for a German draft) is
                # shown and settled once, listing them, not once per answer.
                group = [f for f in pending if f.rule == finding.rule and f.severity is Severity.WARNING]
                if finding.rule in self.kept_rules:
                    self._note_kept(group)
                    continue
                if len(group) > 1:
                    self._settle_group(group, current)
                    continue
            self.explain(finding)
            if finding.severity is Severity.INFO:
                # A note asks for nothing; showing it once is enough.
                self.kept.add(finding_key(finding))
                continue
            options = [
                Choice(f"Change the answer: {self.wording(q)[0]}", q.key)
                for q in self.fixes(finding, owner, current)
            ]
            if finding.severity is not Severity.ERROR:
                options.append(Choice("Keep it as it is", ""))
            choice = self.prompter.select("What now?", options, default=options[0].value)
            if not choice:
                self.kept.add(finding_key(finding))
                self.kept_rules.add(finding.rule)
                continue
            self.ask(QUESTIONS_BY_KEY[choice])
            self._prune()

    def _settle_group(self, group: list[Finding], current: Question) -> None:
        """Show one warning for every answer it concerns; change one of them, or keep all."""
        self.explain_group(group)
        options = []
        for finding in group:
            owner = question_for_field(finding.field) or current
            options += [
                Choice(f"Change the answer: {self.wording(q)[0]}", q.key)
                for q in self.fixes(finding, owner, current)
            ]
        options = list({c.value: c for c in options}.values())
        options.append(Choice("Keep them all as they are", ""))
        choice = self.prompter.select("What now?", options, default=options[0].value)
        if not choice:
            self.kept.update(finding_key(f) for f in group)
            self.kept_rules.add(group[0].rule)
            return
        self.ask(QUESTIONS_BY_KEY[choice])
        self._prune()

    def _note_kept(self, group: list[Finding]) -> None:
        """Say in one line that a warning already kept for other answers also holds here."""
        fields = ", ".join(f.field or "" for f in group)
        self.prompter.show(f"Also {fields}: {group[0].message} (kept, as chosen above)", tone="info")
        self.kept.update(finding_key(f) for f in group)

    def fixes(self, finding: Finding, owner: Question, current: Question) -> list[Question]:
        """Return the questions whose answer can settle ``finding``, the likeliest first.

        The question just answered comes first (it raised the finding), then the one the
        finding points at, then any other answered question that settles the rule: a
        deadline too short for a blackout is also fixed by asking for something smaller.
        """
        # The question just answered is offered only when it can change this finding: a
        # warning on a topic from an answers file is not fixed by editing the website.
        out = [current] if current.key == owner.key or finding.rule in current.settles else []
        out.append(owner)
        out += [q for q in self.applicable() if finding.rule in q.settles and self.answered(q)]
        return list(dict.fromkeys(out))

    def explain(self, finding: Finding) -> None:
        """Show a finding: what is wrong and why, what to do instead, where to read more.

        The message already says why; the rule's general explanation (for advisors, and
        often about another case of the same rule) is one command away instead of on screen.
        """
        lines = [finding.message]
        if finding.suggestion:
            lines.append(f"What to do instead: {finding.suggestion}")
        lines.append("")
        more = f"More, with examples: advocacy rules {finding.rule}"
        if finding.policy:
            more += f" · {finding.policy}"
        lines.append(more)
        if finding.severity is Severity.ERROR:
            lines.append("The drafts cannot be written until this is changed.")
        title = f"{SEVERITY_LABELS[finding.severity]}: {finding.rule}"
        self.prompter.show("\n".join(lines), title=title, tone=finding.severity.value)

    def explain_group(self, group: list[Finding]) -> None:
        """Show one warning that concerns several answers: which ones, what, what to do."""
        first = group[0]
        lines = [f"In these answers: {', '.join(f.field or '' for f in group)}."]
        messages = list(dict.fromkeys(f.message for f in group))
        lines += messages if len(messages) == 1 else [f"{f.field}: {f.message}" for f in group]
        if first.suggestion:
            lines.append(f"What to do instead: {first.suggestion}")
        lines.append("")
        more = f"More, with examples: advocacy rules {first.rule}"
        if first.policy:
            more += f" · {first.policy}"
        lines.append(more)
        title = f"{SEVERITY_LABELS[first.severity]}: {first.rule}"
        self.prompter.show("\n".join(lines), title=title, tone=first.severity.value)

    def acknowledge_existing(self) -> None:
        """Treat warnings on saved answers as kept (they were shown before the interruption)."""
        for finding in self.visible(self.findings()):
            if finding.severity is not Severity.ERROR:
                self.kept.add(finding_key(finding))

    # -- the result -----------------------------------------------------------------------

    def finish(self) -> tuple[Answers, YamlDocument]:
        """Validate the complete answers, save them normalised, return them and their document."""
        from advocacy_cli.answers import dump_answers

        answers = validate_answers(self.document(self.data), self.catalog)
        self.store.save_text(dump_answers(answers))
        doc = read_yaml(self.store.path, self.store.display)
        return validate_answers(doc, self.catalog), doc
