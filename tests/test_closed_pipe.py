"""A reader that goes away (``advocacy rules | head -1``) ends every command quietly."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import FIXTURES


@pytest.mark.parametrize(
    "args",
    [
        ["rules"],
        ["rules", "canvassing"],
        ["projects"],
        ["projects", "dewiki"],
        ["topics"],
        ["check", str(FIXTURES / "answers" / "good" / "enwiki-banner.yaml"), "--today", "2027-04-01"],
    ],
    ids=lambda a: " ".join(a[:2]),
)
def test_closed_pipe_is_not_an_error(args):
    read_end, write_end = os.pipe()
    os.close(read_end)  # closed before anything is written: every write fails with EPIPE
    try:
        result = subprocess.run(
            [sys.executable, "-m", "advocacy_cli", *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    finally:
        os.close(write_end)
    assert result.stderr == ""
    assert result.returncode == 0
