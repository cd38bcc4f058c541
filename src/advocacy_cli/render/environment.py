"""The Jinja environment for drafts and plans: delimiters that wikitext never uses."""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from advocacy_cli.render.escape import (
    md_fence,
    md_inline,
    url_component,
    wiki_block,
    wiki_inline,
    wiki_url,
)

if TYPE_CHECKING:
    from jinja2 import Environment


def templates_dir() -> Path:
    """Return the folder of the shipped templates (in the wheel, or the source tree)."""
    packaged = resources.files("advocacy_cli") / "templates"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[3] / "templates"


@functools.cache
def environment() -> Environment:
    """Return the shared environment; jinja2 is imported only when something is rendered."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(
        loader=FileSystemLoader(str(templates_dir())),
        # {{ }}, {% %}, {# #} and [[ ]] all mean something in wikitext; << >> and <% %> do not.
        variable_start_string="<<",
        variable_end_string=">>",
        block_start_string="<%",
        block_end_string="%>",
        comment_start_string="<#",
        comment_end_string="#>",
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        wiki=wiki_block,
        wikiline=wiki_inline,
        wikiurl=wiki_url,
        md=md_inline,
        fence=md_fence,
        urlpart=url_component,
    )
    return env
