"""Turn pydantic validation errors into one-line problems with file, line and field."""

from __future__ import annotations

import difflib
import types
import typing
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, ValidationError

from advocacy_cli.errors import InputProblem
from advocacy_cli.yamlfile import YamlDocument, join_path


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


def _model_at(model: type[BaseModel], loc: tuple[str | int, ...]) -> type[BaseModel] | None:
    """Return the model class that holds the field at ``loc`` (its parent), if known."""
    current: Any = model
    for part in loc[:-1]:
        if isinstance(current, type) and issubclass(current, BaseModel):
            if isinstance(part, str) and part in current.model_fields:
                current = _unwrap(current.model_fields[part].annotation)
            # dict keys and list indexes keep the item type already unwrapped
        else:
            return None
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _message(error: Any, model: type[BaseModel], loc: tuple[str | int, ...]) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        parent = _model_at(model, loc)
        hint = did_you_mean(str(loc[-1]), parent.model_fields) if parent else ""
        return f"unknown field{hint}"
    if kind == "missing":
        return "missing (required)"
    message = str(error["msg"])
    if message.startswith("Value error, "):
        message = message[len("Value error, ") :]
    if kind.startswith(("string_", "int_", "float_", "bool_", "date_", "list_", "dict_", "model_")):
        given = error.get("input")
        if given is not None and not isinstance(given, dict | list):
            message += f", got {given!r}"
    return message


def problems_from(
    exc: ValidationError,
    doc: YamlDocument,
    model: type[BaseModel],
    prefix: tuple[str | int, ...] = (),
) -> list[InputProblem]:
    """Convert ``exc`` into problems located in ``doc``."""
    problems: list[InputProblem] = []
    for error in exc.errors():
        # pydantic appends union/tagged-type names to loc; keep only real path parts
        loc = tuple(p for p in error["loc"] if isinstance(p, int) or not str(p).startswith(("function-", "tagged-union")))
        dotted = join_path((*prefix, *loc))
        problems.append(InputProblem(doc.path, doc.line_of(dotted), dotted or None, _message(error, model, loc)))
    return problems
