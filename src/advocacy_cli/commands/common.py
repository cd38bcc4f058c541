"""Options shared by several commands, and the error handling every command uses."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from advocacy_cli.errors import AdvocacyError, ExitCode, UserError, print_error_lines

if TYPE_CHECKING:
    from advocacy_cli.findings import Finding
    from advocacy_cli.report import OutputFormat

DEBUG_ENV = "ADVOCACY_DEBUG"

DataDirOption = Annotated[
    Path | None,
    typer.Option("--data-dir", help="A catalogue folder layered over the shipped one.", show_default=False),
]
TodayOption = Annotated[
    str | None,
    typer.Option(
        "--today", help="The date rules count from (YYYY-MM-DD); default today.", show_default=False
    ),
]
ForceOption = Annotated[bool, typer.Option("--force", help="Overwrite existing files.")]
StrictOption = Annotated[bool, typer.Option("--strict", help="Exit 1 on warnings too.")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="Print error-level findings only.")]


def parse_today(value: str | None) -> dt.date:
    """Return ``--today`` as a date, or today's date when it is not given."""
    if value is None:
        return dt.date.today()
    from advocacy_cli.answers import FIRST_DAY, LAST_DAY

    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise UserError(f"--today: expected a date as YYYY-MM-DD, got '{value}'") from None
    if not FIRST_DAY <= day <= LAST_DAY:
        # The timeline counts forward from it; near the end of the calendar it would overflow.
        raise UserError(f"--today: expected a date between {FIRST_DAY} and {LAST_DAY}, got '{value}'")
    return day


def debugging() -> bool:
    """Return whether ``--debug`` was given (tracebacks instead of one-line errors)."""
    return os.environ.get(DEBUG_ENV) == "1"


@contextmanager
def handle_errors() -> Iterator[None]:
    """Turn known errors into one-line messages and their exit codes."""
    try:
        yield
    except AdvocacyError as exc:
        if debugging():
            raise
        print_error_lines(exc.lines())
        raise typer.Exit(int(exc.exit_code)) from None
    except KeyboardInterrupt:
        if debugging():
            raise
        print_error_lines(["interrupted"])
        raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
    except (typer.Exit, typer.Abort):
        raise
    except Exception as exc:  # a bug: say so in one line; --debug shows the traceback
        if debugging():
            raise
        print_error_lines([f"internal error: {type(exc).__name__}: {exc} (run with --debug for details)"])
        raise typer.Exit(70) from None


def stdout_is_terminal() -> bool:
    """Return whether stdout is a terminal (colour and tables only then)."""
    return sys.stdout.isatty() and os.environ.get("NO_COLOR") is None and os.environ.get("TERM") != "dumb"


def print_report(
    findings: Sequence[Finding],
    fmt: OutputFormat,
    checked: Sequence[str],
    sources: Mapping[str, str] | None = None,
    quiet: bool = False,
    nothing_checked: bool = False,
) -> None:
    """Print ``findings`` in ``fmt``; with ``quiet``, errors only.

    In text, "No findings" would be false when nothing could be checked (every file was
    skipped for a bad configuration or could not be read), and noise with ``quiet``; machine
    formats still get their (empty) document.
    """
    from advocacy_cli.findings import Severity
    from advocacy_cli.report import OutputFormat, Report, formatter_for

    shown = [f for f in findings if not quiet or f.severity is Severity.ERROR]
    report = Report(shown, sources=sources, checked=checked, color=stdout_is_terminal())
    output = formatter_for(fmt)(report)
    if output and not (fmt is OutputFormat.TEXT and ((quiet and not shown) or nothing_checked)):
        typer.echo(output, nl=False)
