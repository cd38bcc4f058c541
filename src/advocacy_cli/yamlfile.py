"""Read YAML safely, keeping the line of every field for error messages."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from advocacy_cli.errors import InputError, InputProblem


def join_path(parts: tuple[str | int, ...]) -> str:
    """Render a location as a dotted path: ``outreach[1].channel``."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


@dataclass(frozen=True)
class ScalarSpot:
    """Where a one-line scalar's text starts in the file, and its value as parsed."""

    line: int
    column: int
    value: str


@dataclass
class YamlDocument:
    """A parsed YAML file and the line where each dotted path starts."""

    path: str
    data: Any
    lines: dict[str, int] = field(default_factory=dict)
    scalars: dict[str, ScalarSpot] = field(default_factory=dict)

    def line_of(self, dotted: str) -> int | None:
        """Return the line of ``dotted`` or of its nearest parent that has one."""
        probe = dotted
        while probe:
            if probe in self.lines:
                return self.lines[probe]
            cut = max(probe.rfind("."), probe.rfind("["))
            probe = probe[:cut] if cut > 0 else ""
        return self.lines.get("", 1)

    def column_of(self, dotted: str, text: str, offset: int) -> int | None:
        """Return the 1-based column of ``text[offset]`` when ``dotted`` is a one-line scalar.

        ``text`` is the field's value as the program uses it (stripped of surrounding
        whitespace); the column is only given when it can be located exactly and lies on
        the field's own line, so a finding's line and column always agree.
        """
        spot = self.scalars.get(dotted)
        if spot is None or spot.line != self.line_of(dotted) or not 0 <= offset <= len(text):
            return None
        lead = spot.value.find(text) if text else 0
        if lead < 0:
            return None
        return spot.column + lead + offset


def _scalar_spot(node: yaml.ScalarNode, source: str) -> ScalarSpot | None:
    """Locate a one-line plain or quoted scalar whose source text is exactly its value."""
    start, end = node.start_mark, node.end_mark
    style = node.style or None  # libyaml marks plain scalars with "", PyYAML with None
    if start.line != end.line or style not in (None, "'", '"'):
        return None
    raw = source[start.index : end.index]
    quoted = style is not None
    inner = raw[1:-1] if quoted else raw
    # Escapes ('' or \n) make source and value differ; then offsets cannot be mapped.
    if inner != node.value:
        return None
    return ScalarSpot(line=start.line + 1, column=start.column + 1 + int(quoted), value=node.value)


def _index_lines(
    node: yaml.Node,
    parts: tuple[str | int, ...],
    lines: dict[str, int],
    scalars: dict[str, ScalarSpot] | None = None,
    source: str = "",
    duplicates: list[tuple[str, int, int]] | None = None,
) -> None:
    """Record the line of every path under ``node``, and each key given twice in a mapping."""
    dotted = join_path(parts)
    lines.setdefault(dotted, node.start_mark.line + 1)
    if isinstance(node, yaml.ScalarNode):
        spot = _scalar_spot(node, source) if scalars is not None else None
        if spot is not None and scalars is not None:
            scalars[dotted] = spot
    elif isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node)
            child = (*parts, key)
            line = key_node.start_mark.line + 1
            if key in seen and duplicates is not None:
                # YAML keeps the last value silently; the user meant one of them.
                duplicates.append((join_path(child), line, seen[key]))
                continue
            seen[key] = line
            # The key's own line is the useful one for "unknown key" errors.
            lines[join_path(child)] = line
            _index_lines(value_node, child, lines, scalars, source, duplicates)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _index_lines(item, (*parts, index), lines, scalars, source, duplicates)


def parse_yaml(text: str, path: str) -> YamlDocument:
    """Parse ``text`` safely; raise InputError naming the file and line on bad YAML."""
    try:
        node, data = _compose_and_construct(text)
    except yaml.YAMLError:
        pass  # reported below, with the pure-Python parser's messages
    except ValueError:
        # A well-formed scalar with an impossible value, such as the date 2027-13-01.
        raise InputError([_bad_value(text, path)]) from None
    else:
        return _document(path, text, node, data)
    try:
        node, data = _compose_and_construct(text, yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        reason = exc.problem or exc.context or "invalid YAML"
        if exc.problem and exc.context and exc.context_mark and exc.context_mark.line + 1 != line:
            # At the end of the file the problem's line says little; name where it began.
            reason += f" ({exc.context} on line {exc.context_mark.line + 1})"
        raise InputError([InputProblem(path, line, None, f"invalid YAML: {reason}")]) from None
    except yaml.YAMLError as exc:
        raise InputError([InputProblem(path, None, None, f"invalid YAML: {exc}")]) from None
    return _document(path, text, node, data)


# libyaml parses several times faster; its error messages differ, so errors are re-parsed
# with the pure-Python loader to keep them the same wherever the tool runs.
_FAST_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _compose_and_construct(
    text: str, loader_class: type[yaml.SafeLoader] = _FAST_LOADER
) -> tuple[yaml.Node | None, Any]:
    """Parse once: the node tree (for positions) and the data built from it (safe types only)."""
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return node, data


def _bad_value(text: str, path: str) -> InputProblem:
    """Locate the scalar whose value could not be built, and say why."""
    root = yaml.compose(text, Loader=_FAST_LOADER)
    pending: list[tuple[yaml.Node, tuple[str | int, ...]]] = [(root, ())] if root else []
    while pending:
        node, parts = pending.pop(0)
        if isinstance(node, yaml.ScalarNode):
            try:
                yaml.SafeLoader("").construct_object(node)
            except ValueError as exc:
                what = "a real date as YYYY-MM-DD" if node.tag.endswith(":timestamp") else "a valid value"
                dotted = join_path(parts) or None
                message = f"expected {what} ({exc}), got '{node.value}'"
                return InputProblem(path, node.start_mark.line + 1, dotted, message)
        elif isinstance(node, yaml.MappingNode):
            pending.extend((value, (*parts, str(key.value))) for key, value in node.value)
        elif isinstance(node, yaml.SequenceNode):
            pending.extend((item, (*parts, index)) for index, item in enumerate(node.value))
    return InputProblem(path, None, None, "a value could not be read")


def _document(path: str, text: str, node: yaml.Node | None, data: Any) -> YamlDocument:
    lines: dict[str, int] = {}
    scalars: dict[str, ScalarSpot] = {}
    duplicates: list[tuple[str, int, int]] = []
    if node is not None:
        _index_lines(node, (), lines, scalars, text, duplicates)
    if duplicates:
        problems = [
            InputProblem(path, line, dotted, f"given twice (first on line {first}); keep one")
            for dotted, line, first in duplicates
        ]
        raise InputError(problems)
    return YamlDocument(path=path, data=data, lines=lines, scalars=scalars)


def read_yaml(path: Path, display: str | None = None) -> YamlDocument:
    """Read and parse the YAML file at ``path``."""
    name = display or str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError([InputProblem(name, None, None, "no such file")]) from None
    except IsADirectoryError:
        raise InputError([InputProblem(name, None, None, "is a folder, not a file")]) from None
    except OSError as exc:
        raise InputError([InputProblem(name, None, None, f"cannot read: {exc.strerror}")]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        message = f"not UTF-8 text (byte 0x{raw[exc.start]:02x}); save the file as UTF-8"
        raise InputError([InputProblem(name, line, None, message)]) from None
    return parse_yaml(text, name)
