"""Per-rule severities from ``.advocacy-lint.yaml`` or ``[tool.advocacy.lint]`` in pyproject.toml.

Both are found by searching upward from the checked file (a draft or an answers file); the
nearest one wins. Either holds a ``rules`` mapping from rule name to ``error``, ``warning``,
``info`` or ``off``. ``check``, ``new``, the interview and ``lint`` all apply it the same way.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from advocacy_cli.errors import InputError, InputProblem
from advocacy_cli.findings import Finding, Severity, apply_levels
from advocacy_cli.rules import RULES_BY_NAME
from advocacy_cli.validation import did_you_mean
from advocacy_cli.yamlfile import parse_yaml

YAML_NAME = ".advocacy-lint.yaml"
TOML_NAME = "pyproject.toml"
LEVELS = ("error", "warning", "info", "off")


@dataclass(frozen=True)
class LintConfig:
    """Configured severities: a rule mapped to None is off."""

    levels: Mapping[str, Severity | None] = field(default_factory=dict)
    path: str | None = None

    def apply(self, findings: Iterable[Finding]) -> list[Finding]:
        """Return ``findings`` at their configured severities, without the rules turned off."""
        return apply_levels(findings, self.levels)


def _level(value: Any) -> Severity | None | str:
    # YAML 1.1 reads a bare `off` as false.
    if value is False or value == "off":
        return None
    if isinstance(value, str) and value in LEVELS:
        return Severity(value)
    return "invalid"


def _validate(data: Any, path: str, line_of: Any, prefix: str) -> LintConfig:
    problems: list[InputProblem] = []
    if not isinstance(data, dict):
        raise InputError([InputProblem(path, line_of(prefix), prefix or None, "expected a mapping")])
    levels: dict[str, Severity | None] = {}
    for key, value in data.items():
        if key != "rules":
            where = f"{prefix}.{key}" if prefix else key
            problems.append(InputProblem(path, line_of(where), where, "unknown field (expected 'rules')"))
            continue
        rules = value or {}
        if not isinstance(rules, dict):
            where = f"{prefix}.rules" if prefix else "rules"
            problems.append(InputProblem(path, line_of(where), where, "expected a mapping of rule names"))
            continue
        for name, level in rules.items():
            where = f"{prefix}.rules.{name}" if prefix else f"rules.{name}"
            if name not in RULES_BY_NAME:
                problems.append(
                    InputProblem(
                        path,
                        line_of(where),
                        where,
                        f"unknown rule{did_you_mean(str(name), RULES_BY_NAME)}",
                    )
                )
                continue
            parsed = _level(level)
            if parsed == "invalid":
                problems.append(
                    InputProblem(
                        path,
                        line_of(where),
                        where,
                        f"expected one of {', '.join(LEVELS)}, got {level!r}",
                    )
                )
                continue
            levels[name] = parsed  # type: ignore[assignment]
    if problems:
        raise InputError(problems)
    return LintConfig(levels, path)


def load_yaml_config(path: Path) -> LintConfig:
    """Read ``.advocacy-lint.yaml``."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError([InputProblem(str(path), None, None, f"cannot read: {exc}")]) from None
    doc = parse_yaml(text, str(path))
    return _validate(doc.data or {}, str(path), doc.line_of, "")


def _toml_line(text: str, dotted: str) -> int | None:
    """Find the line of a key of ``[tool.advocacy.lint]`` (tomllib keeps no positions)."""
    name = dotted.rsplit(".", 1)[-1]
    for number, line in enumerate(text.splitlines(), start=1):
        if re.match(rf"\s*\"?{re.escape(name)}\"?\s*=", line):
            return number
    for number, line in enumerate(text.splitlines(), start=1):
        if re.match(r"\s*\[tool\.advocacy\.lint", line):
            return number
    return None


def load_toml_config(path: Path) -> LintConfig | None:
    """Read ``[tool.advocacy.lint]`` from a pyproject.toml; None when the table is absent."""
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError([InputProblem(str(path), None, None, f"invalid TOML: {exc}")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError([InputProblem(str(path), None, None, f"cannot read: {exc}")]) from None
    table = data.get("tool", {}).get("advocacy", {}).get("lint")
    if table is None:
        return None
    return _validate(table, str(path), lambda dotted: _toml_line(text, dotted), "tool.advocacy.lint")


@functools.cache
def config_for_folder(folder: Path) -> LintConfig:
    """Return the nearest configuration at or above ``folder``, or an empty one."""
    for directory in (folder, *folder.parents):
        yaml_path = directory / YAML_NAME
        if yaml_path.is_file():
            return load_yaml_config(yaml_path)
        toml_path = directory / TOML_NAME
        if toml_path.is_file():
            found = load_toml_config(toml_path)
            if found is not None:
                return found
    return LintConfig()


STDIN_NAMES = frozenset({"-", "<stdin>"})


def config_for_path(path: str | Path) -> LintConfig:
    """Return the configuration for the file at ``path``, from its folder upward.

    The file need not exist yet (the interview's answers are placed in the output folder
    before it is written); standard input is read from the current folder.
    """
    if str(path) in STDIN_NAMES:
        return config_for_folder(Path.cwd())
    return config_for_folder(Path(path).resolve().parent)
