"""``advocacy check FILE``: check an answers file against the rules; writes nothing."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from advocacy_cli.commands.common import (
    DataDirOption,
    StrictOption,
    TodayOption,
    handle_errors,
    parse_today,
    stdout_is_terminal,
)
from advocacy_cli.findings import exit_code_for


class CheckFormat(StrEnum):
    """Formats of ``check``."""

    TEXT = "text"
    JSON = "json"


def check(
    file: Annotated[Path, typer.Argument(help="The answers file (YAML).", show_default=False)],
    fmt: Annotated[CheckFormat, typer.Option("--format", help="Output format.")] = CheckFormat.TEXT,
    today: TodayOption = None,
    strict: StrictOption = False,
    data_dir: DataDirOption = None,
) -> None:
    """Check an answers file against the rules; writes nothing."""
    from advocacy_cli.answers import load_answers
    from advocacy_cli.catalog import load_catalog
    from advocacy_cli.checks import check_answers, configured_levels
    from advocacy_cli.report import OutputFormat, Report, formatter_for

    with handle_errors():
        day = parse_today(today)
        catalog = load_catalog(data_dir)
        answers, doc = load_answers(file, catalog)
        findings = check_answers(answers, doc, catalog, day, configured_levels(doc.path))
        report = Report(findings, checked=[doc.path], color=stdout_is_terminal())
        typer.echo(formatter_for(OutputFormat(fmt.value))(report), nl=False)
    raise typer.Exit(int(exit_code_for(findings, strict=strict)))
