"""``advocacy projects``, ``topics`` and ``rules``: read the catalogue and the rule registry."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from advocacy_cli.commands.common import DataDirOption, handle_errors, stdout_is_terminal


class ListFormat(StrEnum):
    """Formats of the listing commands."""

    TEXT = "text"
    JSON = "json"


FormatOption = Annotated[ListFormat, typer.Option("--format", help="Output format.")]


def projects(
    key: Annotated[
        str | None, typer.Argument(help="A project key such as enwiki.", show_default=False)
    ] = None,
    fmt: FormatOption = ListFormat.TEXT,
    data_dir: DataDirOption = None,
) -> None:
    """List the target projects, or show one: who decides, venues, conventions."""
    from advocacy_cli.catalog import load_catalog
    from advocacy_cli.errors import UserError
    from advocacy_cli.report import catalogue_view as view
    from advocacy_cli.validation import did_you_mean

    with handle_errors():
        catalog = load_catalog(data_dir)
        if key is not None and key not in catalog.projects:
            raise UserError(f"no such project: '{key}'{did_you_mean(key, catalog.projects)}")
        if fmt is ListFormat.JSON:
            chosen = [catalog.projects[key]] if key else list(catalog.projects.values())
            typer.echo(view.to_json([p.model_dump(mode="json") for p in chosen]), nl=False)
        elif key:
            typer.echo(view.project_detail(catalog.projects[key], catalog, stdout_is_terminal()), nl=False)
        else:
            typer.echo(view.projects_table(catalog, stdout_is_terminal()), nl=False)


def topics(fmt: FormatOption = ListFormat.TEXT, data_dir: DataDirOption = None) -> None:
    """List the topics of interest and what is out of scope."""
    from advocacy_cli.catalog import load_catalog
    from advocacy_cli.report import catalogue_view as view

    with handle_errors():
        catalog = load_catalog(data_dir)
        if fmt is ListFormat.JSON:
            data = {
                "topics": [t.model_dump(mode="json") for t in catalog.topics.values()],
                "out_of_scope": [o.model_dump(mode="json") for o in catalog.out_of_scope.values()],
            }
            typer.echo(view.to_json(data), nl=False)
        else:
            typer.echo(view.topics_table(catalog, stdout_is_terminal()), nl=False)


def rules(
    name: Annotated[
        str | None, typer.Argument(help="A rule name such as canvassing.", show_default=False)
    ] = None,
    fmt: FormatOption = ListFormat.TEXT,
) -> None:
    """List the rules, or explain one: why, policy links, a failing and a passing example."""
    from advocacy_cli.report import catalogue_view as view
    from advocacy_cli.rules import RULES, get_rule

    with handle_errors():
        if name is not None:
            rule = get_rule(name)
            if fmt is ListFormat.JSON:
                typer.echo(view.to_json(view.rule_data(rule)), nl=False)
            else:
                typer.echo(view.rule_detail(rule, stdout_is_terminal()), nl=False)
        elif fmt is ListFormat.JSON:
            typer.echo(view.to_json([view.rule_data(r) for r in RULES]), nl=False)
        else:
            typer.echo(view.rules_table(RULES, stdout_is_terminal()), nl=False)
