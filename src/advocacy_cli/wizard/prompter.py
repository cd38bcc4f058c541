"""How the interview talks to a person: a small protocol, a terminal adapter and a script.

``QuestionaryPrompter`` is the only place that imports questionary (and, for panels and
tables, rich). The interview itself sees only ``Prompter``, so tests drive it with a
``ScriptedPrompter``.
"""

from __future__ import annotations

import textwrap
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

Validator = Callable[[str], "bool | str"]


@dataclass(frozen=True)
class Choice:
    """One entry of a menu; a choice whose value is None is a group heading."""

    title: str
    value: str | None
    description: str | None = None


@dataclass(frozen=True)
class Row:
    """One line of the review table: a field, its value, and the findings on it."""

    field: str
    value: str
    findings: str = ""


class Prompter(Protocol):
    """What the interview needs from a terminal."""

    def show(self, text: str, title: str | None = None, tone: str = "info") -> None:
        """Show an explanation (a panel when ``title`` is given)."""

    def table(self, title: str, rows: Sequence[Row]) -> None:
        """Show rows as a table."""

    def text(
        self,
        message: str,
        *,
        default: str = "",
        validate: Validator | None = None,
        instruction: str | None = None,
    ) -> str:
        """Ask for a line of text; re-ask while ``validate`` returns a message."""
        ...

    def confirm(self, message: str, *, default: bool | None = None) -> bool:
        """Ask a yes/no question."""
        ...

    def select(
        self,
        message: str,
        choices: Sequence[Choice],
        *,
        default: str | None = None,
        search: bool = False,
    ) -> str:
        """Ask for one of ``choices``; return its value."""
        ...

    def checkbox(
        self,
        message: str,
        choices: Sequence[Choice],
        *,
        default: Iterable[str] = (),
        search: bool = False,
        instruction: str | None = None,
    ) -> list[str]:
        """Ask for any number of ``choices``; return their values in menu order."""
        ...


# What questionary puts before a choice's title and before its description.
SELECT_PREFIX = len(" » ")
CHECKBOX_PREFIX = len(" » ○ ")
DESCRIPTION_PREFIX = "  Description: "


def fit_choice(choice: Choice, width: int, prefix: int) -> Choice:
    """Return ``choice`` fitted to a menu ``width`` columns wide.

    Questionary neither wraps nor truncates: a long line is cut at the edge of the terminal,
    mid-word. A title that does not fit is shortened at a word with "…", and its full text
    moves into the description, shown when the choice is pointed at; the description is
    wrapped to the width.
    """
    room = max(width - prefix - 1, 10)
    title, extra = choice.title, None
    if len(title) > room:
        cut = title[: room - 1].rsplit(" ", 1)[0].rstrip(" :,;")
        title, extra = f"{cut}…", choice.title
    description = "\n\n".join(p for p in (extra, choice.description) if p) or None
    if description is not None:
        description = wrap_description(description, width)
    return Choice(title, choice.value, description)


def wrap_description(text: str, width: int) -> str:
    """Wrap a menu description to ``width``, indented under questionary's "Description:"."""
    lines: list[str] = []
    for number, paragraph in enumerate(text.split("\n\n")):
        first = DESCRIPTION_PREFIX if number == 0 else "  "
        wrapped = textwrap.wrap(
            paragraph,
            width=max(width - 1, 20),
            initial_indent=" " * len(first),
            subsequent_indent="  ",
            # "non-profit" must not become "non- profit"; a URL wider than the menu is split,
            # as it would otherwise be cut at the edge.
            break_on_hyphens=False,
        )
        if number:
            lines.append("")
        lines.extend(wrapped or [""])
    # questionary prints its own "  Description: " before the first line.
    lines[0] = lines[0][len(DESCRIPTION_PREFIX) :]
    return "\n".join(lines)


def hang(text: str, width: int) -> str:
    """Wrap each line of ``text`` to ``width``, continuing indented lines at their indent."""
    out: list[str] = []
    for line in text.split("\n"):
        indent = line[: len(line) - len(line.lstrip(" "))]
        if not indent or len(line) <= width:
            out.append(line)
            continue
        out.extend(
            textwrap.wrap(
                line.strip(),
                width=width,
                initial_indent=indent,
                subsequent_indent=indent + "  ",
                break_on_hyphens=False,
                break_long_words=False,
            )
        )
    return "\n".join(out)


class ScriptError(AssertionError):
    """A scripted answer does not fit the question it was given to."""


@dataclass
class ScriptedPrompter:
    """A prompter that answers from a list, recording everything it was shown and asked.

    ``KeyboardInterrupt`` (the class) in the script raises it, as Ctrl-C on a terminal does.
    An answer of ``None`` to a text question accepts the default.
    """

    script: Sequence[Any]
    log: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    tables: list[list[Row]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._queue: deque[Any] = deque(self.script)

    def _next(self, message: str) -> Any:
        self.log.append(f"? {message}")
        if not self._queue:
            raise ScriptError(f"the script has no answer left for: {message}")
        answer = self._queue.popleft()
        if answer is KeyboardInterrupt:
            raise KeyboardInterrupt
        return answer

    @property
    def remaining(self) -> int:
        """Return how many scripted answers are left."""
        return len(self._queue)

    def output(self) -> str:
        """Return everything shown and asked, one entry a line."""
        return "\n".join(self.log)

    def show(self, text: str, title: str | None = None, tone: str = "info") -> None:
        self.log.append(f"[{title}] {text}" if title else text)

    def table(self, title: str, rows: Sequence[Row]) -> None:
        self.tables.append(list(rows))
        self.log.append(title)
        self.log.extend(f"  {r.field}: {r.value} {r.findings}".rstrip() for r in rows)

    def text(
        self,
        message: str,
        *,
        default: str = "",
        validate: Validator | None = None,
        instruction: str | None = None,
    ) -> str:
        while True:
            answer = self._next(message)
            value = default if answer is None else str(answer)
            verdict = True if validate is None else validate(value)
            if verdict is True:
                return value
            self.rejected.append(str(verdict))
            self.log.append(f"! {verdict}")

    def confirm(self, message: str, *, default: bool | None = None) -> bool:
        answer = self._next(message)
        if answer is None and default is not None:
            return default
        if not isinstance(answer, bool):
            raise ScriptError(f"expected true or false for: {message}, got {answer!r}")
        return answer

    def select(
        self,
        message: str,
        choices: Sequence[Choice],
        *,
        default: str | None = None,
        search: bool = False,
    ) -> str:
        answer = self._next(message)
        if answer is None and default is not None:
            answer = default
        values = [c.value for c in choices if c.value is not None]
        if answer not in values:
            raise ScriptError(f"{answer!r} is not a choice of: {message} ({values})")
        return str(answer)

    def checkbox(
        self,
        message: str,
        choices: Sequence[Choice],
        *,
        default: Iterable[str] = (),
        search: bool = False,
        instruction: str | None = None,
    ) -> list[str]:
        answer = self._next(message)
        picked = list(default) if answer is None else list(answer)
        values = [c.value for c in choices if c.value is not None]
        unknown = [v for v in picked if v not in values]
        if unknown:
            raise ScriptError(f"{unknown} are not choices of: {message} ({values})")
        return [v for v in values if v in picked]


class QuestionaryPrompter:
    """Ask on a real terminal with questionary; show panels and tables with rich."""

    def __init__(self) -> None:
        import questionary
        from rich.console import Console

        self._q = questionary
        self._console = Console(highlight=False)

    def show(self, text: str, title: str | None = None, tone: str = "info") -> None:
        from rich.markup import escape
        from rich.panel import Panel

        style = {"info": "cyan", "warning": "yellow", "error": "red", "lesson": "green"}.get(tone, "cyan")
        if title is None:
            self._console.print(escape(text), style=None if tone == "info" else style)
        else:
            # Long lines are hard to read on a wide terminal; panels stop at 100 columns.
            width = min(self._console.width, 100)
            # Indented lines (a precedent's details) keep their indent when they wrap.
            body = hang(text, width - 4)
            panel = Panel(escape(body), title=escape(title), border_style=style, width=width)
            self._console.print(panel)

    def table(self, title: str, rows: Sequence[Row]) -> None:
        from rich.markup import escape
        from rich.table import Table

        grid = Table(title=escape(title), show_lines=False, expand=False)
        grid.add_column("field", style="bold", no_wrap=True)
        grid.add_column("answer", overflow="fold")
        # Without findings the third column would only take space from the answers.
        with_findings = any(row.findings for row in rows)
        if with_findings:
            grid.add_column("findings", overflow="fold")
        for row in rows:
            cells = [escape(row.field), escape(row.value)]
            grid.add_row(*cells, *([escape(row.findings)] if with_findings else []))
        self._console.print(grid)

    def _choices(
        self, choices: Sequence[Choice], checked: Iterable[str] = (), prefix: int = SELECT_PREFIX
    ) -> list[Any]:
        ticked = set(checked)
        out: list[Any] = []
        # The size is read at each question, so a resized terminal gets fitting menus.
        width = self._console.size.width
        for c in choices:
            if c.value is None:
                out.append(self._q.Separator(f"── {c.title} ──"))
            else:
                c = fit_choice(c, width, prefix)
                out.append(
                    self._q.Choice(
                        c.title, value=c.value, description=c.description, checked=c.value in ticked
                    )
                )
        return out

    def text(
        self,
        message: str,
        *,
        default: str = "",
        validate: Validator | None = None,
        instruction: str | None = None,
    ) -> str:
        question = self._q.text(message, default=default, validate=validate, instruction=instruction)
        return str(question.unsafe_ask())

    def confirm(self, message: str, *, default: bool | None = None) -> bool:
        # A confirm without a default would accept Enter as "no"; ask a two-item menu instead.
        if default is None:
            items = [Choice("yes", "yes"), Choice("no", "no")]
            return self.select(message, items) == "yes"
        return bool(self._q.confirm(message, default=default).unsafe_ask())

    def select(
        self,
        message: str,
        choices: Sequence[Choice],
        *,
        default: str | None = None,
        search: bool = False,
    ) -> str:
        question = self._q.select(
            message,
            choices=self._choices(choices),
            default=default,
            use_search_filter=search,
            use_jk_keys=not search,
            use_shortcuts=False,
        )
        return str(question.unsafe_ask())

    def checkbox(
        self,
        message: str,
        choices: Sequence[Choice],
        *,
        default: Iterable[str] = (),
        search: bool = False,
        instruction: str | None = None,
    ) -> list[str]:
        question = self._q.checkbox(
            message,
            choices=self._choices(choices, default, CHECKBOX_PREFIX),
            use_search_filter=search,
            use_jk_keys=not search,
            instruction=instruction,
        )
        return [str(v) for v in question.unsafe_ask()]
