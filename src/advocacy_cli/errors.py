"""Exceptions the command line turns into one-line messages and exit codes."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum

from advocacy_cli.plaintext import printable as printable


class ExitCode(IntEnum):
    """Exit statuses of every command (the contract in SPEC.md)."""

    OK = 0
    FINDINGS = 1
    USAGE = 2
    INTERRUPTED = 130


@dataclass(frozen=True)
class InputProblem:
    """One problem with a user's file: where it is and what is wrong."""

    file: str
    line: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        field = _shortened(self.field) if self.field else None
        return f"{where}: {field}: {self.message}" if field else f"{where}: {self.message}"


# A field path is made of the file's keys, which can be a page long; the line names it.
_FIELD_SHOWN = 120
# Past this many problems the rest are counted: a file of 20,000 mistakes is fixed from the top.
PROBLEMS_SHOWN = 100


def _shortened(text: str) -> str:
    if len(text) <= _FIELD_SHOWN:
        return text
    half = _FIELD_SHOWN // 2
    return f"{text[:half]}...{text[-half:]}"


class AdvocacyError(Exception):
    """Base class of the errors this tool reports without a traceback."""

    exit_code: ExitCode = ExitCode.USAGE

    def lines(self) -> list[str]:
        """Return the message as the lines to print."""
        return [str(self)]


class UserError(AdvocacyError):
    """A usage or input error: one line, exit status 2."""


class InputError(AdvocacyError):
    """One or more problems in a file the user gave (answers, data, config)."""

    def __init__(self, problems: Sequence[InputProblem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def lines(self) -> list[str]:
        shown = [str(p) for p in self.problems[:PROBLEMS_SHOWN]]
        hidden = len(self.problems) - len(shown)
        if hidden:
            shown.append(f"... and {hidden} more problems")
        return shown


class Interrupted(AdvocacyError):
    """The interview was interrupted; the answers so far are kept."""

    exit_code = ExitCode.INTERRUPTED


def print_error_lines(lines: Sequence[str]) -> None:
    """Print error lines to stderr, never into a machine-readable stdout.

    File names and values in messages come from the user; they are shown, never obeyed,
    and a new line inside one of them does not start a line of its own.
    """
    for line in lines:
        print(printable(line).replace("\n", "\\n"), file=sys.stderr)
