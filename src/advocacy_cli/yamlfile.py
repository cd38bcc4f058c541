"""Read YAML safely, keeping the line of every field for error messages."""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from advocacy_cli.errors import InputError, InputProblem, printable

# Environment variables that raise the size limits, for the rare honest file that needs it.
MAX_BYTES_ENV = "ADVOCACY_MAX_YAML_BYTES"
MAX_ITEMS_ENV = "ADVOCACY_MAX_YAML_ITEMS"


@dataclass(frozen=True)
class YamlLimits:
    """What one YAML file may hold; past any limit it is refused before it is built.

    ``max_items`` counts every scalar, list and mapping, with each alias counted as a copy
    of what it names, so a file cannot grow by referring to itself (the "billion laughs").
    """

    max_bytes: int
    max_items: int
    max_depth: int
    max_string: int
    max_aliases: int

    def raised_by_environment(self) -> YamlLimits:
        """Return these limits, with the sizes raised where the environment asks for it."""
        limits = self
        for name, attribute in ((MAX_BYTES_ENV, "max_bytes"), (MAX_ITEMS_ENV, "max_items")):
            value = os.environ.get(name, "")
            if value.isdigit() and int(value) > getattr(limits, attribute):
                limits = replace(limits, **{attribute: int(value)})
        return limits


# An answers file is a few paragraphs and a few lists: a megabyte is already fifty times the
# longest honest one, and it has no use for aliases.
ANSWERS_LIMITS = YamlLimits(
    max_bytes=1_000_000, max_items=20_000, max_depth=20, max_string=100_000, max_aliases=0
)
# The catalogue is written by people who may share a block with an alias; the shipped one is
# about 250 KB in all.
CATALOGUE_LIMITS = YamlLimits(
    max_bytes=5_000_000, max_items=500_000, max_depth=32, max_string=100_000, max_aliases=1_000
)
# Configuration files (``.advocacy-lint.yaml``) are a few lines.
CONFIG_LIMITS = YamlLimits(
    max_bytes=1_000_000, max_items=20_000, max_depth=20, max_string=100_000, max_aliases=100
)

# Characters that are not text: C0 controls but tab and line feed, DEL, C1 controls, the
# Unicode line and paragraph separators (YAML and Python split lines on them, so a value
# would not read back as written) and lone surrogates (which cannot be written as UTF-8).
# In a terminal, ESC and its friends recolour or retitle the window; in a draft they are
# invisible. Inside a file, a raw carriage return is a line break and is allowed.
_NOT_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_NOT_TEXT_IN_FILE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
_SHOWN_AT_MOST = 5


def character_name(char: str) -> str:
    """Return ``U+001B (ESCAPE)``: how a refused character is named in messages."""
    names = {"\x85": "NEXT LINE", "\x00": "NULL"}
    name = names.get(char) or unicodedata.name(char, "") or _CONTROL_NAMES.get(ord(char), "control")
    return f"U+{ord(char):04X} ({name})"


_CONTROL_NAMES = {0x1B: "ESCAPE", 0x07: "BELL", 0x08: "BACKSPACE", 0x0D: "CARRIAGE RETURN", 0x7F: "DELETE"}


def not_text(value: str) -> str | None:
    """Return the first character of ``value`` that is not text, or None."""
    found = _NOT_TEXT.search(value)
    return found.group(0) if found else None


def not_text_message(char: str) -> str:
    """Return why ``char`` is refused in a value, in one line."""
    if char in "\u2028\u2029\x85":
        return f"contains the line separator {character_name(char)}; use an ordinary new line"
    return f"contains the control character {character_name(char)}; remove it"


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


def _key_problem(key_node: yaml.Node, path: str, parts: tuple[str | int, ...]) -> InputProblem | None:
    """Return why a mapping key is not usable, or None: every key of these files is a name."""
    line = key_node.start_mark.line + 1
    dotted = join_path(parts) or None
    if not isinstance(key_node, yaml.ScalarNode):
        return InputProblem(path, line, dotted, "a key must be a name, not a list or a mapping")
    if key_node.tag == "tag:yaml.org,2002:str":
        return None
    read_as = {
        "tag:yaml.org,2002:null": "nothing (null)",
        "tag:yaml.org,2002:bool": "true or false",
        "tag:yaml.org,2002:int": "a number",
        "tag:yaml.org,2002:float": "a number",
        "tag:yaml.org,2002:timestamp": "a date",
    }.get(key_node.tag, "something other than text")
    shown = key_node.value or "~"
    return InputProblem(
        path, line, dotted, f"the key '{shown}' is read as {read_as}; write it in quotes if it is a name"
    )


@dataclass
class _Index:
    """What one walk over the node tree collects."""

    source: str
    path: str
    lines: dict[str, int] = field(default_factory=dict)
    scalars: dict[str, ScalarSpot] = field(default_factory=dict)
    duplicates: list[tuple[str, int, int]] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)


def _index_lines(node: yaml.Node, parts: tuple[str | int, ...], index: _Index) -> None:
    """Record the line of every path under ``node``, and what is wrong with keys and values.

    The depth is bounded by the limits checked before the tree was built.
    """
    dotted = join_path(parts)
    index.lines.setdefault(dotted, node.start_mark.line + 1)
    if isinstance(node, yaml.ScalarNode):
        spot = _scalar_spot(node, index.source)
        if spot is not None:
            index.scalars[dotted] = spot
        char = not_text(node.value)
        if char is not None:
            line = node.start_mark.line + 1
            index.problems.append(InputProblem(index.path, line, dotted or None, not_text_message(char)))
    elif isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            bad_key = _key_problem(key_node, index.path, parts)
            if bad_key is not None:
                index.problems.append(bad_key)
                continue
            key = key_node.value
            child = (*parts, key)
            line = key_node.start_mark.line + 1
            char = not_text(key)
            if char is not None:
                index.problems.append(
                    InputProblem(index.path, line, dotted or None, f"a key {not_text_message(char)}")
                )
                continue
            if key in seen:
                # YAML keeps the last value silently; the user meant one of them.
                index.duplicates.append((join_path(child), line, seen[key]))
                continue
            seen[key] = line
            # The key's own line is the useful one for "unknown key" errors.
            index.lines[join_path(child)] = line
            _index_lines(value_node, child, index)
    elif isinstance(node, yaml.SequenceNode):
        for position, item in enumerate(node.value):
            _index_lines(item, (*parts, position), index)


# libyaml parses several times faster; its error messages differ, so errors are re-parsed
# with the pure-Python loader to keep them the same wherever the tool runs.
_FAST_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class _Open:
    """A list or mapping whose end has not been reached yet, while checking the limits."""

    anchor: str | None
    root: bool = False
    items: int = 0
    mapping: bool = False
    key: str | None = None  # in a mapping: the last key seen, to name the field
    awaiting_key: bool = True
    position: int = -1  # in a list: the index of the last item


def _field_of(stack: list[_Open]) -> str | None:
    parts: list[str | int] = []
    for frame in stack:
        if frame.root:
            continue
        if frame.mapping and frame.key is not None:
            parts.append(frame.key)
        elif not frame.mapping and frame.position >= 0:
            parts.append(frame.position)
    return join_path(tuple(parts)) or None


def _limit_problem(path: str, event: yaml.Event, stack: list[_Open], message: str) -> InputError:
    line = event.start_mark.line + 1 if event.start_mark else None
    return InputError([InputProblem(path, line, _field_of(stack), message)])


def _note_item(stack: list[_Open], event: yaml.Event) -> None:
    """Advance the parent's key or index past the node that ``event`` starts."""
    if not stack:
        return
    parent = stack[-1]
    if parent.mapping:
        if parent.awaiting_key:
            parent.key = event.value if isinstance(event, yaml.ScalarEvent) else "?"
        parent.awaiting_key = not parent.awaiting_key
    else:
        parent.position += 1


def check_limits(text: str, path: str, limits: YamlLimits) -> None:
    """Refuse ``text`` when it is deeper, larger or more self-referring than ``limits`` allow.

    Runs over the parser's events, which take memory for one event at a time, before any
    tree is built: a file refused here never costs more than reading it. Syntax errors are
    left to the parser that follows, which words them better. libyaml stops early on some
    of them (deep nesting), so the pure-Python parser, which keeps no call stack per level,
    makes sure the limits are checked up to the point of the error.
    """
    try:
        _check_events(text, path, limits, _FAST_LOADER)
    except yaml.YAMLError:
        try:
            _check_events(text, path, limits, yaml.SafeLoader)
        except yaml.YAMLError:
            return


def _check_events(text: str, path: str, limits: YamlLimits, loader: type[yaml.SafeLoader]) -> None:
    stack: list[_Open] = [_Open(anchor=None, root=True)]
    sizes: dict[str, int] = {}
    total = aliases = 0
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.AliasEvent):
            aliases += 1
            if limits.max_aliases == 0:
                raise _limit_problem(
                    path, event, stack, f"uses an alias (*{event.anchor}); write the value out instead"
                )
            if aliases > limits.max_aliases:
                raise _limit_problem(path, event, stack, f"more than {limits.max_aliases} aliases")
            if event.anchor not in sizes:
                # Undefined (the parser reports it) or still open: an alias to itself.
                if any(frame.anchor == event.anchor for frame in stack):
                    raise _limit_problem(path, event, stack, f"the alias *{event.anchor} refers to itself")
                continue
            _note_item(stack, event)
            count = sizes[event.anchor]
        elif isinstance(event, yaml.ScalarEvent):
            if len(event.value) > limits.max_string:
                message = f"a value of {len(event.value):,} characters, at most {limits.max_string:,}"
                raise _limit_problem(path, event, stack, message)
            _note_item(stack, event)
            count = 1
            if event.anchor is not None:
                sizes[event.anchor] = 1
        elif isinstance(event, yaml.CollectionStartEvent):
            _note_item(stack, event)
            if len(stack) > limits.max_depth:
                raise _limit_problem(path, event, stack, f"nested deeper than {limits.max_depth} levels")
            frame = _Open(anchor=event.anchor, mapping=isinstance(event, yaml.MappingStartEvent))
            stack.append(frame)
            continue
        elif isinstance(event, yaml.CollectionEndEvent):
            frame = stack.pop()
            count = frame.items + 1
            # Its items were counted as they came; the list or mapping itself is one more.
            total -= frame.items
            if frame.anchor is not None:
                sizes[frame.anchor] = count
        else:
            continue
        stack[-1].items += count
        total += count
        if total > limits.max_items:
            message = (
                f"more than {limits.max_items:,} items (lists, keys and values, aliases counted "
                f"in full); set {MAX_ITEMS_ENV} to raise the limit"
            )
            raise _limit_problem(path, event, stack, message)


def _refuse_characters(text: str, path: str, limits: YamlLimits) -> None:
    """Refuse a file holding characters that are not text, naming each one's line and field."""
    found = list(_NOT_TEXT_IN_FILE.finditer(text))
    if not found:
        return
    fields: dict[int, str | None] = {}
    # Parse a copy with the characters blanked out, to say which field holds each of them.
    blanked = _NOT_TEXT_IN_FILE.sub("x", text)
    try:
        check_limits(blanked, path, limits)
        root = yaml.compose(blanked, Loader=_FAST_LOADER)
    except (yaml.YAMLError, InputError, ValueError):
        root = None
    if root is not None:
        for match in found[:_SHOWN_AT_MOST]:
            fields[match.start()] = _field_at(root, match.start())
    problems = []
    for match in found[:_SHOWN_AT_MOST]:
        line = text.count("\n", 0, match.start()) + 1
        column = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
        char = match.group(0)
        message = not_text_message(char) + f" (column {column})"
        if char == "\x00":
            message += "; is this a text file?"
        problems.append(InputProblem(path, line, fields.get(match.start()), message))
    raise InputError(problems)


def _field_at(root: yaml.Node, offset: int) -> str | None:
    """Return the dotted path of the innermost node whose text spans ``offset``."""
    node: yaml.Node = root
    parts: tuple[str | int, ...] = ()
    seen: set[int] = set()
    while id(node) not in seen:
        seen.add(id(node))
        children: list[tuple[str | int, yaml.Node]] = []
        if isinstance(node, yaml.MappingNode):
            children = [(str(key.value), value) for key, value in node.value]
        elif isinstance(node, yaml.SequenceNode):
            children = list(enumerate(node.value))
        inside = [
            (name, child)
            for name, child in children
            if child.start_mark.index <= offset < max(child.end_mark.index, child.start_mark.index + 1)
        ]
        if not inside:
            break
        name, node = inside[0]
        parts = (*parts, name)
    return join_path(parts) or None


def parse_yaml(text: str, path: str, limits: YamlLimits = CONFIG_LIMITS) -> YamlDocument:
    """Parse ``text`` safely; raise InputError naming the file and line on bad YAML."""
    limits = limits.raised_by_environment()
    if len(text) > limits.max_bytes:
        raise InputError([_too_large(path, len(text.encode("utf-8", "replace")), limits)])
    text = text.removeprefix("\ufeff")  # a byte-order mark is not content
    _refuse_characters(text, path, limits)
    check_limits(text, path, limits)
    try:
        node, data = _compose_and_construct(text)
    except yaml.YAMLError:
        pass  # reported below, with the pure-Python parser's messages
    except (ValueError, OverflowError):
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
        first = str(exc).splitlines()[0] if str(exc) else "invalid YAML"
        raise InputError([InputProblem(path, None, None, f"invalid YAML: {first}")]) from None
    return _document(path, text, node, data)


def _too_large(path: str, size: int, limits: YamlLimits) -> InputProblem:
    message = (
        f"too large: {size:,} bytes or more, at most {limits.max_bytes:,}; "
        f"set {MAX_BYTES_ENV} to raise the limit"
    )
    return InputProblem(path, None, None, message)


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
    seen: set[int] = set()
    while pending:
        node, parts = pending.pop(0)
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            try:
                yaml.SafeLoader("").construct_object(node)
            except (ValueError, OverflowError) as exc:
                what = "a real date as YYYY-MM-DD" if node.tag.endswith(":timestamp") else "a valid value"
                dotted = join_path(parts) or None
                shown = node.value if len(node.value) <= 40 else node.value[:40] + "..."
                message = f"expected {what} ({str(exc).splitlines()[0][:100]}), got '{shown}'"
                return InputProblem(path, node.start_mark.line + 1, dotted, message)
        elif isinstance(node, yaml.MappingNode):
            pending.extend((value, (*parts, str(key.value))) for key, value in node.value)
        elif isinstance(node, yaml.SequenceNode):
            pending.extend((item, (*parts, index)) for index, item in enumerate(node.value))
    return InputProblem(path, None, None, "a value could not be read")


def _document(path: str, text: str, node: yaml.Node | None, data: Any) -> YamlDocument:
    index = _Index(source=text, path=path)
    if node is not None:
        _index_lines(node, (), index)
    problems = index.problems + [
        InputProblem(path, line, dotted, f"given twice (first on line {first}); keep one")
        for dotted, line, first in index.duplicates
    ]
    if problems:
        raise InputError(sorted(problems, key=lambda p: p.line or 0))
    return YamlDocument(path=path, data=data, lines=index.lines, scalars=index.scalars)


def _decode(raw: bytes, name: str) -> str:
    """Return the file's text; refuse, in words, what is not UTF-8 text."""
    head = raw[:8192]
    # UTF-16 (with or without its byte-order mark) has a NUL beside every ASCII letter.
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or (
        len(head) >= 4 and max(head[0::2].count(0), head[1::2].count(0)) > len(head) // 4
    ):
        raise InputError([InputProblem(name, None, None, "UTF-16 text; save the file as UTF-8")])
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        if b"\x00" in head:
            message = "not a text file (binary data); expected UTF-8 YAML"
            raise InputError([InputProblem(name, None, None, message)]) from None
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        message = f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at column {column}); save the file as UTF-8"
        raise InputError([InputProblem(name, line, None, message)]) from None


def read_yaml(path: Path, display: str | None = None, limits: YamlLimits = CONFIG_LIMITS) -> YamlDocument:
    """Read and parse the YAML file at ``path``, reading no more than ``limits`` allow.

    The name the file is shown by has its control characters escaped: it appears in every
    message and report, and a file name must not be able to steer the terminal.
    """
    name = printable(display or str(path))
    limits = limits.raised_by_environment()
    try:
        with path.open("rb") as stream:
            # Read one byte past the limit, so a huge file or a device is never read whole.
            raw = stream.read(limits.max_bytes + 1)
    except FileNotFoundError:
        raise InputError([InputProblem(name, None, None, "no such file")]) from None
    except IsADirectoryError:
        raise InputError([InputProblem(name, None, None, "is a folder, not a file")]) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise InputError([InputProblem(name, None, None, f"cannot read: {reason}")]) from None
    if len(raw) > limits.max_bytes:
        raise InputError([_too_large(name, len(raw), limits)])
    return parse_yaml(_decode(raw, name), name, limits)
