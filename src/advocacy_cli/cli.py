"""The ``advocacy`` command line: a thin Typer layer over the library."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from advocacy_cli import __version__
from advocacy_cli.commands import catalogue, check, lint, new
from advocacy_cli.commands.common import DEBUG_ENV

app = typer.Typer(
    name="advocacy",
    help=(
        "Prepare a proposal asking a Wikimedia community to support a cause: who decides, "
        "what to write, where to post it and what to avoid."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"advocacy {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show tracebacks instead of one-line errors.")
    ] = False,
) -> None:
    if debug:
        os.environ[DEBUG_ENV] = "1"


app.command("new")(new.new)
app.command("check")(check.check)
app.command("lint")(lint.lint)
app.command("rules")(catalogue.rules)
app.command("projects")(catalogue.projects)
app.command("topics")(catalogue.topics)


def main() -> None:
    """Run the command line."""
    app()
