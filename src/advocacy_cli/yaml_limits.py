"""Bounds on a YAML file, checked on the parser's events before anything is built.

A file past a bound is refused at the first event that crosses it: a "billion laughs" of
aliases, a nesting ten thousand levels deep or a million-item list costs no more than
reading it up to that point.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

import yaml

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


# An answers file is a few paragraphs and a few lists, 2 to 15 KB: 250 KB is more than ten
# times the longest honest one, and keeps the rules that read every field well under a
# second. It has no use for aliases.
ANSWERS_LIMITS = YamlLimits(
    max_bytes=250_000, max_items=5_000, max_depth=20, max_string=100_000, max_aliases=0
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

# libyaml parses several times faster than the pure-Python parser.
FAST_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LimitExceeded(Exception):
    """A bound was crossed: where (line, path of keys and indexes) and which."""

    def __init__(self, line: int | None, parts: tuple[str | int, ...], message: str) -> None:
        super().__init__(message)
        self.line = line
        self.parts = parts
        self.message = message


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


def _parts_of(stack: list[_Open]) -> tuple[str | int, ...]:
    parts: list[str | int] = []
    for frame in stack:
        if frame.root:
            continue
        if frame.mapping and frame.key is not None:
            parts.append(frame.key)
        elif not frame.mapping and frame.position >= 0:
            parts.append(frame.position)
    return tuple(parts)


def _exceeded(event: yaml.Event, stack: list[_Open], message: str) -> LimitExceeded:
    line = event.start_mark.line + 1 if event.start_mark else None
    return LimitExceeded(line, _parts_of(stack), message)


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


def check_limits(text: str, limits: YamlLimits) -> None:
    """Raise LimitExceeded when ``text`` is deeper, larger or more self-referring than ``limits`` allow.

    Runs over the parser's events, which take memory for one event at a time, before any
    tree is built: a file refused here never costs more than reading it. Syntax errors are
    left to the parser that follows, which words them better. libyaml stops early on some
    of them (deep nesting), so the pure-Python parser, which keeps no call stack per level,
    makes sure the limits are checked up to the point of the error.
    """
    try:
        _check_events(text, limits, FAST_LOADER)
    except yaml.YAMLError:
        try:
            _check_events(text, limits, yaml.SafeLoader)
        except yaml.YAMLError:
            return


def _check_events(text: str, limits: YamlLimits, loader: type[yaml.SafeLoader]) -> None:
    stack: list[_Open] = [_Open(anchor=None, root=True)]
    sizes: dict[str, int] = {}
    total = aliases = 0
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.AliasEvent):
            aliases += 1
            if limits.max_aliases == 0:
                raise _exceeded(event, stack, f"uses an alias (*{event.anchor}); write the value out instead")
            if aliases > limits.max_aliases:
                raise _exceeded(event, stack, f"more than {limits.max_aliases} aliases")
            if event.anchor not in sizes:
                # Undefined (the parser reports it) or still open: an alias to itself.
                if any(frame.anchor == event.anchor for frame in stack):
                    raise _exceeded(event, stack, f"the alias *{event.anchor} refers to itself")
                continue
            _note_item(stack, event)
            count = sizes[event.anchor]
        elif isinstance(event, yaml.ScalarEvent):
            if len(event.value) > limits.max_string:
                message = f"a value of {len(event.value):,} characters, at most {limits.max_string:,}"
                raise _exceeded(event, stack, message)
            _note_item(stack, event)
            count = 1
            if event.anchor is not None:
                sizes[event.anchor] = 1
        elif isinstance(event, yaml.CollectionStartEvent):
            _note_item(stack, event)
            if len(stack) > limits.max_depth:
                raise _exceeded(event, stack, f"nested deeper than {limits.max_depth} levels")
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
            raise _exceeded(event, stack, message)
