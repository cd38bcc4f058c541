"""``advocacy new``: the interview (or an answers file), then the drafts and posting plans."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from advocacy_cli.commands.common import (
    DataDirOption,
    ForceOption,
    TodayOption,
    handle_errors,
    parse_today,
    print_report,
    stdout_is_terminal,
)
from advocacy_cli.errors import ExitCode
from advocacy_cli.findings import exit_code_for
from advocacy_cli.report import OutputFormat


def new(
    answers_file: Annotated[
        Path | None,
        typer.Option(
            "--answers",
            help="Answers file (YAML); on a terminal, missing answers are asked.",
            show_default=False,
        ),
    ] = None,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume",
            help="Continue an interrupted interview; its answers are saved after each question "
            "in ./.advocacy-interview.yaml.",
        ),
    ] = False,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", help="Output folder; default ./<slug of the cause title>/.", show_default=False
        ),
    ] = None,
    force: ForceOption = False,
    today: TodayOption = None,
    fmt: Annotated[
        OutputFormat,
        typer.Option("--format", help="Output format of the report (sarif and github: the findings only)."),
    ] = OutputFormat.TEXT,
    data_dir: DataDirOption = None,
) -> None:
    """Write a proposal draft and a posting plan for each target project."""
    from advocacy_cli.catalog import load_catalog
    from advocacy_cli.generate import generate
    from advocacy_cli.wizard.entry import came_from_interview, forget_interview, obtain_answers

    with handle_errors():
        catalog = load_catalog(data_dir)
        day = parse_today(today)
        interactive = sys.stdin.isatty() and sys.stdout.isatty()
        answers, doc = obtain_answers(answers_file, resume, catalog, day, interactive)
        interviewed = came_from_interview(doc)
        result = generate(answers, doc, catalog, day, out, force=force, locate_in_output=interviewed)
        if result.written:
            forget_interview(doc)
        if fmt in (OutputFormat.TEXT, OutputFormat.JSON):
            typer.echo(result.report(json=fmt is OutputFormat.JSON, color=stdout_is_terminal()), nl=False)
        else:
            print_report(result.findings, fmt, checked=[result.source])
    code = exit_code_for(result.findings)
    raise typer.Exit(int(ExitCode.FINDINGS if code else ExitCode.OK))
