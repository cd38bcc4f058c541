"""Exceptions the command line turns into one-line messages and exit codes."""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum


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
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


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
        return [str(p) for p in self.problems]


class Interrupted(AdvocacyError):
    """The interview was interrupted; the answers so far are kept."""

    exit_code = ExitCode.INTERRUPTED


# What a terminal would act on rather than show: C0 and C1 controls (ESC starts the
# sequences that recolour, move or retitle), DEL, line separators, lone surrogates.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def printable(text: str) -> str:
    """Return ``text`` with every control character shown as an escape (``\\x1b``), inert."""
    return _UNPRINTABLE.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text)


def print_error_lines(lines: Sequence[str]) -> None:
    """Print error lines to stderr, never into a machine-readable stdout.

    File names and values in messages come from the user; they are shown, never obeyed,
    and a new line inside one of them does not start a line of its own.
    """
    for line in lines:
        print(printable(line).replace("\n", "\\n"), file=sys.stderr)
