"""Compile the catalogue's regular expressions once per process, with the flags they are used with."""

from __future__ import annotations

import functools
import re

FLAGS = re.IGNORECASE | re.UNICODE


@functools.cache
def compile_pattern(pattern: str) -> re.Pattern[str]:
    """Return ``pattern`` compiled case-insensitively (validation and matching share this cache).

    The catalogue holds over a thousand patterns, more than ``re``'s own cache keeps, so
    without this each would be compiled once to validate it and again to use it.
    """
    return re.compile(pattern, FLAGS)
