"""Show the catalogue and the rules: rich tables on a terminal, plain text or JSON elsewhere."""

from __future__ import annotations

import io
import json
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from advocacy_cli.catalog import Catalog, Project
from advocacy_cli.rules.base import Rule


def _console(buffer: io.StringIO, color: bool) -> Console:
    return Console(file=buffer, force_terminal=color, no_color=not color, width=110, highlight=False)


def _render(*items: Any, color: bool) -> str:
    buffer = io.StringIO()
    console = _console(buffer, color)
    for item in items:
        console.print(item)
    return buffer.getvalue()


def to_json(data: Any) -> str:
    """Return ``data`` as an indented JSON document."""
    return json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"


def projects_table(catalog: Catalog, color: bool) -> str:
    """List every target project."""
    table = Table(title="Target projects", show_lines=False)
    for column in ("key", "name", "kind", "language", "decides at"):
        table.add_column(column)
    for project in sorted(catalog.projects.values(), key=lambda p: (p.kind != "community", p.key)):
        venue = project.deciding_venue
        table.add_row(
            project.key,
            escape(project.name),
            project.kind,
            project.language,
            escape(venue.title) if venue else "-",
        )
    note = "Each community decides on its own; `advocacy projects KEY` shows one in full."
    return _render(table, note, color=color)


def project_detail(project: Project, catalog: Catalog, color: bool) -> str:
    """Show one project: who decides, venues, conventions, contact and sources."""
    lines = [
        f"[bold]{escape(project.name)}[/bold] ({project.key}, {project.kind}, language {project.language})",
        escape(str(project.url)),
        "",
        "[bold]Who decides[/bold]",
        escape(project.decides),
        "",
        "[bold]Can decide[/bold]: "
        + ", ".join(catalog.actions[a].title for a in project.decides_on if a in catalog.actions),
    ]
    if project.venues:
        lines += ["", "[bold]Venues[/bold]"]
        for venue in project.venues:
            days = f", usually {venue.usual_days} days" if venue.usual_days else ""
            lines.append(f"  {venue.role:<9} {escape(venue.title)}{days}")
            lines.append(f"            {escape(str(venue.url))}")
    conv = project.proposal
    lines += ["", "[bold]Conventions for a proposal[/bold]"]
    if project.kind == "community":
        genre = catalog.genres.get(conv.genre)
        where = f" on {conv.page}" if conv.page else ""
        lines.append(
            f"  {escape(genre.title if genre else conv.genre)}, posted as {conv.posting}{escape(where)}"
        )
        if conv.announce_on:
            lines.append(f"  signalled on {escape(conv.announce_on)} ({conv.announce_form or 'list-entry'})")
        lines += [f"  before it opens: {escape(step.what)} ({step.days} days)" for step in conv.before]
        if conv.unconfirmed:
            lines.append(f"  unconfirmed: {', '.join(conv.unconfirmed)}")
    if conv.template:
        args = "".join(f"|{a}" for a in conv.template_args)
        lines.append(f"  template: {escape('{{' + conv.template + args + '}}')}")
    if conv.heading_prefix:
        lines.append(f"  heading starts with: {escape(conv.heading_prefix)}")
    lines.append(f"  shortest discussion: {conv.min_days} days")
    if conv.notes:
        lines.append(f"  {escape(conv.notes)}")
    if project.contact:
        lines += ["", "[bold]Contact[/bold]", f"  {escape(str(project.contact.url))}"]
        for extra in (
            project.contact.wiki_page,
            project.contact.mailing_list,
            project.contact.email,
        ):
            if extra:
                lines.append(f"  {escape(str(extra))}")
    lines += ["", "[bold]Sources[/bold]", *(f"  {escape(str(s))}" for s in project.sources)]
    return _render(*lines, color=color)


def topics_table(catalog: Catalog, color: bool) -> str:
    """List the topics of interest and what is out of scope."""
    table = Table(title="Topics of interest")
    table.add_column("key")
    table.add_column("topic")
    table.add_column("why Wikimedians care", ratio=1)
    for topic in catalog.topics.values():
        table.add_row(topic.key, escape(topic.title), escape(topic.summary))
    table.add_row(
        "other",
        "Anything else",
        "Allowed, but expect an off-mission warning: explain the link to the projects.",
    )
    scope = Table(title="Out of scope")
    scope.add_column("key")
    scope.add_column("cause")
    scope.add_column("severity")
    scope.add_column("why not", ratio=1)
    for item in catalog.out_of_scope.values():
        scope.add_row(item.key, escape(item.title), item.severity, escape(item.why))
    return _render(table, "", scope, color=color)


def rules_table(rules: tuple[Rule, ...], color: bool) -> str:
    """List the rules with their severity, targets and summary."""
    table = Table(title="Rules")
    for column in ("name", "severity", "checks", "what it catches"):
        table.add_column(column)
    for rule in rules:
        targets = ", ".join(sorted(t.value for t in rule.targets))
        table.add_row(rule.name, rule.severity.value, targets, escape(rule.summary))
    return _render(table, "`advocacy rules NAME` explains one rule.", color=color)


def rule_detail(rule: Rule, color: bool) -> str:
    """Explain one rule: why, policies, a failing and a passing example."""
    targets = " and ".join(sorted(t.value for t in rule.targets))
    lines = [
        f"[bold]{rule.name}[/bold]  ({rule.severity.value}; checks {targets})",
        escape(rule.summary),
        "",
        escape(rule.explanation),
        "",
        "[bold]Policies[/bold]",
        *(f"  {escape(url)}" for url in rule.policies),
        "",
        "[bold]Fails[/bold]",
        *(f"  {escape(line)}" for line in rule.example_fail.splitlines()),
        "",
        "[bold]Passes[/bold]",
        *(f"  {escape(line)}" for line in rule.example_pass.splitlines()),
    ]
    return _render(*lines, color=color)


def rule_data(rule: Rule) -> dict[str, Any]:
    """Return a rule as JSON-ready data."""
    return {
        "name": rule.name,
        "severity": rule.severity.value,
        "targets": sorted(t.value for t in rule.targets),
        "summary": rule.summary,
        "explanation": rule.explanation,
        "policies": list(rule.policies),
        "example_fail": rule.example_fail,
        "example_pass": rule.example_pass,
    }
