"""``new``'s work after the answers are known: check them, render, write, report."""

from __future__ import annotations

import datetime as dt
import json as jsonlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from advocacy_cli.answers import Answers, dump_answers
from advocacy_cli.catalog import Catalog
from advocacy_cli.checks import run_answer_rules
from advocacy_cli.files import slugify, write_files
from advocacy_cli.findings import Finding, Severity
from advocacy_cli.yamlfile import YamlDocument, parse_yaml

ANSWERS_FILE = "answers.yaml"
NEXT_STEPS_SHOWN = 3
_MD_ESCAPE = re.compile(r"\\(.)")


def draft_name(project: str) -> str:
    """Return the file name of the draft for ``project``."""
    return f"proposal.{project}.wiki"


def plan_name(project: str) -> str:
    """Return the file name of the posting plan for ``project``."""
    return f"posting-plan.{project}.md"


def default_out(answers: Answers) -> Path:
    """Return ``./<slug of the cause title>/``."""
    return Path(slugify(answers.cause.title))


def render_files(answers: Answers, catalog: Catalog, today: dt.date) -> dict[str, str]:
    """Return every file ``new`` writes (name -> text), drafts and plans in target order."""
    from advocacy_cli.render import render_draft, render_plan

    files: dict[str, str] = {}
    for project in answers.target.projects:
        files[draft_name(project)] = render_draft(answers, catalog, project, today)
        files[plan_name(project)] = render_plan(answers, catalog, project, today)
    files[ANSWERS_FILE] = dump_answers(answers)
    return files


def next_steps(answers: Answers, catalog: Catalog, today: dt.date) -> list[str]:
    """Return the first target's next steps as plain text."""
    from advocacy_cli.render import gather_facts
    from advocacy_cli.render.plan import build_plan

    facts = gather_facts(answers, catalog, answers.target.projects[0], today)
    return [_MD_ESCAPE.sub(r"\1", step) for step in build_plan(facts).next_steps]


@dataclass
class GenerationResult:
    """What ``new`` did: the findings, the files written (none with errors), what comes next."""

    findings: list[Finding]
    out: Path
    written: list[Path] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)
    source: str = ""
    source_text: str | None = None

    @property
    def blocked(self) -> bool:
        """Return whether error-level findings stopped the drafts from being written."""
        return any(f.severity is Severity.ERROR for f in self.findings)

    def report(self, json: bool, color: bool) -> str:
        """Return the report ``new`` prints, as text or as one JSON document."""
        from advocacy_cli.report import OutputFormat, Report, formatter_for

        sources = {self.source: self.source_text} if self.source_text is not None else {}
        report = Report(self.findings, sources=sources, checked=[self.source], color=color)
        if json:
            document = jsonlib.loads(formatter_for(OutputFormat.JSON)(report))
            document["written"] = [str(path) for path in self.written]
            document["out"] = str(self.out)
            document["next_steps"] = self.steps[:NEXT_STEPS_SHOWN] if self.written else []
            return jsonlib.dumps(document, ensure_ascii=False, indent=2) + "\n"
        lines: list[str] = []
        if self.blocked:
            lines.append(f"Nothing written: fix the errors in {self.source} and run again.")
        else:
            folder = str(self.out).rstrip("/") + "/"
            lines.append(f"Wrote {len(self.written)} files to {folder}:")
            lines.extend(f"  {path.name}" for path in self.written)
        lines.append("")
        text = "\n".join(lines) + "\n" + formatter_for(OutputFormat.TEXT)(report)
        if self.written and self.steps:
            shown = self.steps[:NEXT_STEPS_SHOWN]
            text += "\nNext steps (the posting plans have the rest):\n"
            text += "".join(f"  {i}. {step}\n" for i, step in enumerate(shown, 1))
        return text


def _source_text(doc: YamlDocument) -> str | None:
    path = Path(doc.path)
    try:
        return path.read_text(encoding="utf-8") if path.is_file() else None
    except OSError:
        return None


def generate(
    answers: Answers,
    doc: YamlDocument,
    catalog: Catalog,
    today: dt.date,
    out: Path | None,
    force: bool,
    locate_in_output: bool = False,
) -> GenerationResult:
    """Check the answers; without errors, write a draft and a plan per target and the answers.

    With ``locate_in_output`` (answers from the interview, whose resume file is removed once
    the drafts are written), findings point at the ``answers.yaml`` written beside the drafts.
    """
    target = out if out is not None else default_out(answers)
    if locate_in_output:
        doc = parse_yaml(dump_answers(answers), str(target / ANSWERS_FILE))
    findings = run_answer_rules(answers, doc, catalog, today)
    result = GenerationResult(findings, target, source=doc.path, source_text=_source_text(doc))
    if result.blocked:
        return result
    files = render_files(answers, catalog, today)
    result.written = write_files(target, files, force)
    result.steps = next_steps(answers, catalog, today)
    return result
