"""``advocacy check FILE``: check an answers file against the rules; writes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from advocacy_cli.commands.common import (
    DataDirOption,
    QuietOption,
    StrictOption,
    TodayOption,
    handle_errors,
    parse_today,
    print_report,
)
from advocacy_cli.findings import exit_code_for
from advocacy_cli.report import OutputFormat


def check(
    file: Annotated[Path, typer.Argument(help="The answers file (YAML).", show_default=False)],
    fmt: Annotated[OutputFormat, typer.Option("--format", help="Output format.")] = OutputFormat.TEXT,
    today: TodayOption = None,
    strict: StrictOption = False,
    quiet: QuietOption = False,
    data_dir: DataDirOption = None,
) -> None:
    """Check an answers file against the rules; writes nothing."""
    from advocacy_cli.answers import load_answers
    from advocacy_cli.catalog import load_catalog
    from advocacy_cli.checks import run_answer_rules

    with handle_errors():
        day = parse_today(today)
        catalog = load_catalog(data_dir)
        answers, doc = load_answers(file, catalog)
        findings = run_answer_rules(answers, doc, catalog, day)
        print_report(findings, fmt, checked=[doc.path], quiet=quiet)
    raise typer.Exit(int(exit_code_for(findings, strict=strict)))
