"""Decide where the answers come from: a file, the interview, or a resumed interview."""

from __future__ import annotations

import copy
import datetime as dt
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from advocacy_cli.answers import Answers, load_answers, validate_answers
from advocacy_cli.catalog import Catalog
from advocacy_cli.errors import InputError, InputProblem, Interrupted, UserError
from advocacy_cli.wizard.prompter import Prompter
from advocacy_cli.wizard.state import ResumeStore, resume_path
from advocacy_cli.yamlfile import ANSWERS_LIMITS, YamlDocument, read_yaml

INTRO = "intro"
NO_TERMINAL = "no answers given and no terminal to ask them on: run `advocacy new --answers FILE`"


def resume_command(argv: Sequence[str] | None = None) -> str:
    """Return the command that continues this interview: the same options, with --resume."""
    args = list(sys.argv[1:] if argv is None else argv)
    kept: list[str] = []
    skip = False
    for arg in args:
        if skip:
            skip = False
            continue
        if arg == "--answers":
            skip = True
            continue
        if arg.startswith("--answers="):
            continue
        kept.append(arg)
    if "--resume" not in kept:
        kept.append("--resume")
    return shlex.join(["advocacy", *kept])


class InterviewInterrupted(Interrupted):
    """Ctrl-C during the interview: say where the answers are and how to go on."""

    def __init__(self, store: ResumeStore, command: str) -> None:
        self._lines = [
            f"interrupted; the answers so far are saved in {store.display}",
            f"go on with: {command}",
        ]
        super().__init__("\n".join(self._lines))

    def lines(self) -> list[str]:
        return self._lines


def _matches(field: str | None, key: str) -> bool:
    return bool(field) and (field == key or str(field).startswith((f"{key}.", f"{key}[")))


def split_answers(
    doc: YamlDocument, catalog: Catalog, today: dt.date, store: ResumeStore
) -> tuple[dict[str, Any], dict[str, str]]:
    """Return the usable answers of a partial file and, per question, why a value was dropped.

    Missing answers are simply asked. Invalid values are asked again with their reason.
    Anything the interview cannot ask about (an unknown field) is an error, as with
    ``advocacy check``.
    """
    from advocacy_cli.wizard.flow import Interview
    from advocacy_cli.wizard.questions import QUESTIONS, drop_path, question_for_field

    if doc.data is not None and not isinstance(doc.data, dict):
        raise InputError([InputProblem(doc.path, 1, None, "expected a mapping of answers")])
    data: dict[str, Any] = copy.deepcopy(doc.data or {})
    probe = Interview(prompter=None, catalog=catalog, today=today, store=store)  # type: ignore[arg-type]
    reasons: dict[str, str] = {}
    for _ in range(len(QUESTIONS) + 1):
        try:
            validate_answers(probe.document(probe.filled(data)), catalog)
        except InputError as exc:
            blocking = []
            for problem in exc.problems:
                owner = question_for_field(problem.field)
                if (
                    owner is None
                    or not _matches(problem.field, owner.key)
                    or problem.message.startswith("unknown field")
                ):
                    line = doc.line_of(problem.field) if problem.field else None
                    blocking.append(InputProblem(doc.path, line, problem.field, problem.message))
                    continue
                drop_path(data, owner.key)
                reasons.setdefault(owner.key, problem.message)
            if blocking:
                raise InputError(blocking) from None
            continue
        return data, reasons
    raise InputError([InputProblem(doc.path, None, None, "the answers could not be read")])


def obtain_answers(
    answers_file: Path | None,
    resume: bool,
    catalog: Catalog,
    today: dt.date,
    interactive: bool,
    prompter: Prompter | None = None,
    store: ResumeStore | None = None,
) -> tuple[Answers, YamlDocument]:
    """Return validated answers and the document their findings point into.

    Without a terminal the answers must come from ``--answers`` (every missing field is
    reported). On a terminal the interview asks what is missing, saving each answer in
    the resume file (``./.advocacy-interview.yaml``) so that ``--resume`` can go on.
    """
    store = store or ResumeStore(resume_path())
    if resume and answers_file is not None:
        raise UserError("--resume and --answers: use one of them")
    if not interactive:
        if answers_file is not None:
            return load_answers(answers_file, catalog)
        if resume:
            raise UserError(
                f"--resume needs a terminal; without one, run `advocacy new --answers {store.display}`"
            )
        raise UserError(NO_TERMINAL)

    data: dict[str, Any] = {}
    reasons: dict[str, str] = {}
    resumed = False
    if answers_file is not None:
        doc = read_yaml(answers_file, limits=ANSWERS_LIMITS)
        try:
            # A complete file needs no questions, so scripts behave the same on a terminal.
            return load_answers(answers_file, catalog)
        except InputError:
            data, reasons = split_answers(doc, catalog, today, store)

    if prompter is None:
        from advocacy_cli.wizard.prompter import QuestionaryPrompter

        prompter = QuestionaryPrompter()
    command = resume_command()
    try:
        if resume or (
            answers_file is None
            and store.exists()
            and prompter.confirm(
                f"An interrupted interview was found ({store.display}). Continue it?", default=True
            )
        ):
            data, reasons = split_answers(store.load(), catalog, today, store)
            resumed = True
        return _interview(prompter, catalog, today, store, data, reasons, resumed, command)
    except (KeyboardInterrupt, EOFError):
        raise InterviewInterrupted(store, command) from None


def _interview(
    prompter: Prompter,
    catalog: Catalog,
    today: dt.date,
    store: ResumeStore,
    data: dict[str, Any],
    reasons: dict[str, str],
    resumed: bool,
    command: str,
) -> tuple[Answers, YamlDocument]:
    from advocacy_cli.wizard.flow import Interview
    from advocacy_cli.wizard.review import review

    interview = Interview(prompter, catalog, today, store, data, reasons)
    if resumed:
        interview.acknowledge_existing()
        kept = sum(1 for q in interview.applicable() if interview.answered(q))
        # Say what was kept, so that a resumed interview opening at question 12 is expected.
        interview.prompter.show(
            f"Continuing the interview: {kept} answers kept. "
            "Any of them can be changed from the review at the end."
        )
    elif not data:
        # Only a fresh start needs to hear what the interview is for and that it can stop.
        interview.announce(INTRO)
    else:
        kept = sum(1 for q in interview.applicable() if interview.answered(q))
        interview.prompter.show(
            f"{kept} answers taken from the answers file; only the open questions follow."
        )
    store.save(interview.data)
    return review(interview, command)


def came_from_interview(doc: YamlDocument, store: ResumeStore | None = None) -> bool:
    """Return whether ``doc`` is the interview's resume file (not a file the user gave)."""
    store = store or ResumeStore(resume_path())
    return doc.path == store.display


def forget_interview(doc: YamlDocument, store: ResumeStore | None = None) -> None:
    """Remove the resume file once drafts were written from the answers it holds."""
    store = store or ResumeStore(resume_path())
    if came_from_interview(doc, store):
        store.clear()
