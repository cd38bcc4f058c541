"""Turn pydantic validation errors into one-line problems with file, line and field."""

from __future__ import annotations

import datetime as dt
import difflib
import types
import typing
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from advocacy_cli.errors import InputProblem
from advocacy_cli.yamlfile import YamlDocument, join_path

if TYPE_CHECKING:  # pydantic is heavy to import; only the validating commands need it
    from pydantic import BaseModel, ValidationError


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """Return `` (did you mean 'x'?)`` for a close match, else an empty string."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _unwrap(annotation: Any) -> Any:
    """Strip Optional, list, tuple and dict wrappers down to the item type."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _unwrap(args[0]) if len(args) == 1 else annotation
    if origin in (list, tuple, set, frozenset):
        return _unwrap(typing.get_args(annotation)[0])
    if origin is dict:
        return _unwrap(typing.get_args(annotation)[1])
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    return annotation


def model_at(model: type[BaseModel], loc: tuple[str | int, ...]) -> type[BaseModel] | None:
    """Return the model class that holds the field at ``loc`` (its parent), if known."""
    from pydantic import BaseModel

    current: Any = model
    for part in loc[:-1]:
        if isinstance(current, type) and issubclass(current, BaseModel):
            if isinstance(part, str) and part in current.model_fields:
                current = _unwrap(current.model_fields[part].annotation)
            # dict keys and list indexes keep the item type already unwrapped
        else:
            return None
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


_PLAIN = {
    "bool_parsing": "expected true or false",
    "bool_type": "expected true or false",
    "int_parsing": "expected a whole number",
    "int_type": "expected a whole number",
    "int_from_float": "expected a whole number",
    "date_parsing": "expected a date as YYYY-MM-DD",
    "date_from_datetime_parsing": "expected a date as YYYY-MM-DD",
    "date_type": "expected a date as YYYY-MM-DD",
    "string_type": "expected text",
    "list_type": "expected a list",
    "tuple_type": "expected a list",
    "dict_type": "expected a mapping of fields",
    "model_type": "expected a mapping of fields",
    "model_attributes_type": "expected a mapping of fields",
    "string_too_short": "must not be empty",
    "too_short": "must not be empty",
}


def _pattern_message(pattern: str) -> str:
    if "https?" in pattern:
        return "expected a URL starting with https://"
    if pattern.startswith("^[a-z][a-z0-9-]"):
        return "expected a lower-case key such as 'enwiki' or 'copyright'"
    if pattern.startswith("^[a-z]{2,3}"):
        return "expected a language code such as 'en' or 'de'"
    return f"does not match the pattern {pattern}"


def _given(error: Any) -> str:
    given = error.get("input")
    if given is None or isinstance(given, dict | list):
        return ""
    if isinstance(given, bool):
        return f", got {str(given).lower()}"  # as YAML spells it
    if isinstance(given, dt.date):
        # As the file spells it, not as Python's repr.
        return f", got {given.isoformat(sep=' ') if isinstance(given, dt.datetime) else given}"
    shown = repr(given)
    # A value can be a page long; the line must stay one line that a terminal shows whole.
    return f", got {shown if len(shown) <= _SHOWN else shown[: _SHOWN - 4] + '...' + shown[-1]}"


_SHOWN = 80


def _message(error: Any, model: type[BaseModel], loc: tuple[str | int, ...]) -> str:
    kind = error["type"]
    if kind in _PLAIN:
        return _PLAIN[kind] + ("" if kind.startswith(("string_too", "too_")) else _given(error))
    bounds = {"less_than_equal": ("le", "at most"), "greater_than_equal": ("ge", "at least")}
    if kind in bounds:
        key, words = bounds[kind]
        return f"{words} {error.get('ctx', {}).get(key)}" + _given(error)
    if kind == "too_long":
        limit = error.get("ctx", {}).get("max_length")
        given = error.get("input")
        size = f"{len(given)} items" if isinstance(given, list | tuple) else "too many items"
        return f"too long: {size}, at most {limit}"
    if kind == "string_too_long":
        limit = error.get("ctx", {}).get("max_length")
        given = error.get("input")
        size = f"{len(given)} characters" if isinstance(given, str) else "too long"
        return f"too long: {size}, at most {limit}"
    if kind == "string_pattern_mismatch":
        return _pattern_message(str(error.get("ctx", {}).get("pattern", ""))) + _given(error)
    if kind == "extra_forbidden":
        parent = model_at(model, loc)
        hint = did_you_mean(str(loc[-1]), parent.model_fields) if parent else ""
        return f"unknown field{hint}"
    if kind == "missing":
        return "missing (required)"
    message = str(error["msg"])
    if message.startswith("Value error, "):
        message = message[len("Value error, ") :]
    return message + _given(error)


def problems_from(
    exc: ValidationError,
    doc: YamlDocument,
    model: type[BaseModel],
    prefix: tuple[str | int, ...] = (),
) -> list[InputProblem]:
    """Convert ``exc`` into problems located in ``doc``."""
    problems: list[InputProblem] = []
    errors = exc.errors()
    # A list whose items all failed is also reported as too short; the item errors say more.
    item_locs = {tuple(e["loc"][:-1]) for e in errors if e["loc"] and isinstance(e["loc"][-1], int)}
    errors = [e for e in errors if not (e["type"] == "too_short" and tuple(e["loc"]) in item_locs)]
    for error in errors:
        # pydantic appends union/tagged-type names to loc; keep only real path parts
        loc = tuple(
            p
            for p in error["loc"]
            if isinstance(p, int) or not str(p).startswith(("function-", "tagged-union"))
        )
        dotted = join_path((*prefix, *loc))
        problems.append(
            InputProblem(doc.path, doc.line_of(dotted), dotted or None, _message(error, model, loc))
        )
    return problems
