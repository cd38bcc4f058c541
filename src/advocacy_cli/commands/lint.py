"""``advocacy lint PATH...``: check wikitext drafts (files, folders, ``-`` for stdin)."""

from __future__ import annotations

import shutil
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
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print error-level findings only.")] = False,
    today: TodayOption = None,
    data_dir: DataDirOption = None,
    max_size: Annotated[
        str,
        typer.Option("--max-size", help="Largest draft to check (bytes; suffix K, M or G).", metavar="SIZE"),
    ] = "2M",
    max_findings: Annotated[
        int,
        typer.Option("--max-findings", help="Most findings in one file before it is refused.", min=1),
    ] = 10_000,
    max_headings: Annotated[
        int,
        typer.Option("--max-headings", help="Most headings in one file before it is refused.", min=1),
    ] = 5_000,
) -> None:
    """Check wikitext drafts against the rules."""
    from advocacy_cli.catalog import load_catalog
    from advocacy_cli.lint.engine import Limits, parse_size, run_lint

    with handle_errors():
        limits = Limits(parse_size(max_size, "--max-size"), max_findings, max_headings)
        catalog = load_catalog(data_dir)
        code = run_lint(
            paths=paths,
            catalog=catalog,
            today=parse_today(today),
            target=target,
            select=select,
            ignore=ignore,
            fmt=fmt,
            strict=strict,
            quiet=quiet,
            color=stdout_is_terminal(),
            limits=limits,
            width=shutil.get_terminal_size().columns if stdout_is_terminal() else None,
        )
    raise typer.Exit(int(code))
