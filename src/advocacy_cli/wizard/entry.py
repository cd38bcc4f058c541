"""Decide where the answers come from: a file, the interview, or a resumed interview."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from advocacy_cli.answers import Answers, load_answers
from advocacy_cli.catalog import Catalog
from advocacy_cli.errors import UserError
from advocacy_cli.yamlfile import YamlDocument


def obtain_answers(
    answers_file: Path | None,
    resume: bool,
    catalog: Catalog,
    today: dt.date,
    interactive: bool,
) -> tuple[Answers, YamlDocument]:
    """Return validated answers and the document their findings point into."""
    if answers_file is not None and not resume:
        return load_answers(answers_file, catalog)
    raise UserError(
        "no answers given and no terminal to ask them on: run `advocacy new --answers FILE`"
    )
