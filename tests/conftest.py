"""Shared fixtures: the shipped catalogue, a fixed date, and a command-line runner."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from advocacy_cli.catalog import Catalog, load_catalog
from advocacy_cli.cli import app

TODAY = dt.date(2027, 4, 1)
ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture
def cli() -> Callable[..., Result]:
    """Run ``advocacy ARGS`` in-process; stdout and stderr are kept apart."""
    runner = CliRunner()

    def run(*args: str, input: str | None = None) -> Result:
        return runner.invoke(app, [str(a) for a in args], input=input, catch_exceptions=False)

    return run
