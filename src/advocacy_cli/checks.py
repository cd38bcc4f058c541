"""Run the answers-level rules over validated answers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from advocacy_cli.answers import Answers
from advocacy_cli.catalog import Catalog
from advocacy_cli.findings import Finding, Severity, apply_levels, sort_findings
from advocacy_cli.rules.base import Rule, declared_rule
from advocacy_cli.yamlfile import YamlDocument


@dataclass(frozen=True)
class AnswerContext:
    """What an answers check reads: the answers, where each field is, the catalogue, the date."""

    answers: Answers
    doc: YamlDocument
    catalog: Catalog
    today: dt.date

    def finding(
        self,
        rule: Rule | str,
        field: str,
        message: str,
        suggestion: str = "",
        policy: str | None = None,
        severity: Severity | None = None,
        span: tuple[str, int, int] | None = None,
    ) -> Finding:
        """Build a finding of ``rule`` located at the answers ``field``.

        ``rule`` is a declaration, or a name the catalogue's data gives (a phrase group's rule).

        ``span`` is ``(text, start, end)``: the field's value and the part of it the finding
        is about; the column then points at it when the value is a one-line scalar.
        """
        declared = declared_rule(rule)
        line = self.doc.line_of(field) or 1
        column, end_column = 1, None
        if span is not None:
            text, start, end = span
            located = self.doc.column_of(field, text, start)
            if located is not None:
                column, end_column = located, located + (end - start)
        return Finding(
            rule=declared.name,
            severity=severity or declared.severity,
            message=message,
            file=self.doc.path,
            line=line,
            column=column,
            field=field,
            suggestion=suggestion,
            policy=policy or declared.policy,
            end_line=line if end_column is not None else None,
            end_column=end_column,
        )


AnswerCheck = Callable[[AnswerContext], Iterable[Finding]]


def check_answers(
    answers: Answers,
    doc: YamlDocument,
    catalog: Catalog,
    today: dt.date,
    levels: Mapping[str, Severity | None] | None = None,
) -> list[Finding]:
    """Return every answers-level finding, sorted by position."""
    from advocacy_cli.rules.registry import ANSWER_CHECKS

    context = AnswerContext(answers=answers, doc=doc, catalog=catalog, today=today)
    findings: list[Finding] = []
    for check in ANSWER_CHECKS:
        findings.extend(check(context))
    return sort_findings(apply_levels(findings, levels or {}))


def run_answer_rules(answers: Answers, doc: YamlDocument, catalog: Catalog, today: dt.date) -> list[Finding]:
    """Return the answers' findings at the severities configured where the answers file is.

    The one path of ``check``, ``new`` and the interview: the same ``.advocacy-lint.yaml``
    or ``[tool.advocacy.lint]`` table applies to answers and drafts, so an advisor who
    downgrades a rule gets the same result from ``check``, ``new`` and ``lint``.
    """
    from advocacy_cli.lint.config import config_for_path

    return check_answers(answers, doc, catalog, today, config_for_path(doc.path).levels)
