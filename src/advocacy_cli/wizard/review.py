"""The review screen: every answer with its findings, then write, edit, save or cancel."""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from pathlib import Path

from advocacy_cli.answers import Answers, dump_answers
from advocacy_cli.errors import AdvocacyError, ExitCode
from advocacy_cli.files import write_atomic
from advocacy_cli.findings import Finding, Severity
from advocacy_cli.wizard.flow import Interview, show_value
from advocacy_cli.wizard.prompter import Choice, Row
from advocacy_cli.wizard.questions import get_path, question_for_field
from advocacy_cli.yamlfile import YamlDocument

WRITE, EDIT, SAVE, CANCEL = "write", "edit", "save", "cancel"
DEFAULT_SAVE_AS = "answers.yaml"


class InterviewStopped(AdvocacyError):
    """The user left the interview from the review screen; the message says how to go on."""

    def __init__(self, lines: Sequence[str], exit_code: ExitCode) -> None:
        self._lines = list(lines)
        self.exit_code = exit_code
        super().__init__("\n".join(self._lines))

    def lines(self) -> list[str]:
        return self._lines


def review_rows(interview: Interview, findings: Sequence[Finding]) -> list[Row]:
    """Return one row per applicable question, with the findings on its answer."""
    rows = []
    for question in interview.applicable():
        notes = [
            f"{f.severity.value} {f.rule}: {f.message}"
            for f in findings
            if (owner := question_for_field(f.field)) is not None and owner.key == question.key
        ]
        value = readable_value(interview, question.key)
        if question.key == "language" and not value:
            value = "each project's own"
        rows.append(Row(question.key, value or "-", "\n".join(notes)))
    return rows


def readable_value(interview: Interview, key: str) -> str:
    """Return an answer as a person reads it: catalogue titles instead of keys, one per line."""
    catalog = interview.catalog
    value = get_path(interview.data, key)
    titles: dict[str, str] = {
        **{k: t.title for k, t in catalog.topics.items()},
        **{k: p.name for k, p in catalog.projects.items()},
        **{k: a.title for k, a in catalog.actions.items()},
        **{k: c.title for k, c in catalog.channels.items()},
    }
    if key in ("cause.topic", "action.kind") and isinstance(value, str):
        return titles.get(value, value)
    if key == "target.projects" and isinstance(value, list):
        return "\n".join(titles.get(str(v), str(v)) for v in value)
    if key in ("alternatives", "outreach") and isinstance(value, list):
        lines = []
        for item in value:
            if not isinstance(item, dict):
                continue
            fields = dict(item)
            # Outreach for one of several targets names it first: "German Wikipedia · Kurier: ...".
            project = fields.pop("project", None)
            name, text = list(fields.values())[0], list(fields.values())[1:]
            detail = "; ".join(str(t) for t in text if t)
            where = f"{titles.get(str(project), str(project))} · " if project else ""
            lines.append(f"{where}{titles.get(str(name), str(name))}{f': {detail}' if detail else ''}")
        return "\n".join(lines)
    return show_value(value)


def review(interview: Interview, resume_command: str) -> tuple[Answers, YamlDocument]:
    """Show the answers until the user chooses to write the drafts; return the answers."""
    prompter = interview.prompter
    while True:
        interview.run()
        answers, doc = interview.finish()
        findings = interview.checker(answers, doc, interview.catalog, interview.today)
        prompter.table("Your answers", review_rows(interview, findings))
        errors = sum(1 for f in findings if f.severity is Severity.ERROR)
        menu = [
            Choice("Edit an answer", EDIT),
            Choice("Save the answers to a file and quit", SAVE),
            Choice("Cancel (the answers stay saved for --resume)", CANCEL),
        ]
        if errors:
            prompter.show(f"{errors} error(s) to fix before the drafts can be written.", tone="error")
        else:
            menu.insert(0, Choice("Write the drafts", WRITE))
        choice = prompter.select("What next?", menu, default=menu[0].value)
        if choice == WRITE:
            return answers, doc
        if choice == EDIT:
            _edit(interview)
        elif choice == SAVE:
            _save(interview, answers)
        else:
            raise InterviewStopped(
                [
                    f"cancelled; the answers are kept in {interview.store.display}",
                    f"go on with: {resume_command}",
                ],
                ExitCode.INTERRUPTED,
            )


def _edit(interview: Interview) -> None:
    choices = [
        Choice(
            f"{interview.wording(q)[0]}: {show_value(get_path(interview.data, q.key)) or '-'}",
            q.key,
        )
        for q in interview.applicable()
    ]
    key = interview.prompter.select("Which answer?", choices)
    question = next(q for q in interview.applicable() if q.key == key)
    interview.ask_checked(question)


def _save(interview: Interview, answers: Answers) -> None:
    prompter = interview.prompter

    def validate(raw: str) -> bool | str:
        path = Path(raw.strip())
        if not raw.strip():
            return "a file name is needed"
        if path.is_dir():
            return "that is a folder; give a file name"
        return True

    raw = prompter.text("Save the answers as", default=DEFAULT_SAVE_AS, validate=validate)
    path = Path(raw.strip())
    if path.exists() and not prompter.confirm(f"{path} exists. Replace it?", default=False):
        return
    write_atomic(path, dump_answers(answers))
    raise InterviewStopped(
        [
            f"answers saved to {path}",
            f"write the drafts with: advocacy new --answers {shlex.quote(str(path))}",
        ],
        ExitCode.OK,
    )
