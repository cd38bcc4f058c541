"""``advocacy lint PATH...``: check wikitext drafts (files, folders, ``-`` for stdin)."""

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
from advocacy_cli.report import OutputFormat


def lint(
    paths: Annotated[list[Path], typer.Argument(help="Files, folders, or - for stdin.", show_default=False)],
    target: Annotated[
        str | None, typer.Option("--target", help="Project whose conventions apply (default: guessed).")
    ] = None,
    select: Annotated[
        str | None, typer.Option("--select", help="Only these rules (RULE,...).", show_default=False)
    ] = None,
    ignore: Annotated[
        str | None, typer.Option("--ignore", help="Skip these rules (RULE,...).", show_default=False)
    ] = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", help="Output format.")] = OutputFormat.TEXT,
    strict: StrictOption = False,
    quiet: QuietOption = False,
    today: TodayOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """Check wikitext drafts against the rules."""
    from advocacy_cli.catalog import load_catalog
    from advocacy_cli.errors import ExitCode, print_error_lines
    from advocacy_cli.findings import exit_code_for
    from advocacy_cli.lint.engine import lint_request

    with handle_errors():
        catalog = load_catalog(data_dir)
        run = lint_request(paths, catalog, parse_today(today), target, select, ignore)
        nothing_checked = not run.checked and bool(run.problems)
        print_report(
            run.findings,
            fmt,
            checked=run.checked,
            sources=run.sources,
            quiet=quiet,
            nothing_checked=nothing_checked,
        )
        print_error_lines([str(p) for p in run.problems])
    code = ExitCode.USAGE if run.problems else exit_code_for(run.findings, strict=strict)
    raise typer.Exit(int(code))
