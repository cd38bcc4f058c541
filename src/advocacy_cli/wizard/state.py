"""The resume file: every accepted answer is written here at once, atomically."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from advocacy_cli.errors import InputError, InputProblem, UserError
from advocacy_cli.files import write_atomic
from advocacy_cli.yamlfile import ANSWERS_LIMITS, YamlDocument, read_yaml

RESUME_FILE = ".advocacy-interview.yaml"
HEADER = (
    "# Answers of an interrupted `advocacy new` interview, saved after every answer.\n"
    "# Go on with `advocacy new --resume`; the file is removed once the drafts are written.\n"
)


def resume_path(folder: Path | None = None) -> Path:
    """Return the resume file of the interview run in ``folder`` (default: the current folder)."""
    return (folder or Path.cwd()) / RESUME_FILE


class ResumeStore:
    """Read, save and remove the resume file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @property
    def display(self) -> str:
        """Return the path as the user should read it (relative when under the current folder)."""
        try:
            return str(self.path.relative_to(Path.cwd()))
        except ValueError:
            return str(self.path)

    def exists(self) -> bool:
        """Return whether there is an interview to resume."""
        return self.path.is_file()

    def save(self, data: dict[str, Any]) -> None:
        """Write the answers so far, replacing the previous file in one step."""
        text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=88)
        write_atomic(self.path, HEADER + text)

    def save_text(self, text: str) -> None:
        """Write complete answers-file text, so findings can point at its lines."""
        write_atomic(self.path, HEADER + text)

    def load(self) -> YamlDocument:
        """Return the saved answers; refuse when there is nothing to resume."""
        if not self.exists():
            raise UserError(
                f"{self.display}: no interrupted interview to resume here; run `advocacy new` to start one"
            )
        doc = read_yaml(self.path, self.display, ANSWERS_LIMITS)
        if doc.data is not None and not isinstance(doc.data, dict):
            raise InputError([InputProblem(doc.path, 1, None, "expected a mapping of answers")])
        return doc

    def clear(self) -> None:
        """Remove the resume file (after the drafts were written)."""
        self.path.unlink(missing_ok=True)
