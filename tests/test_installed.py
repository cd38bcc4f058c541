"""The built wheel carries its data and templates and works outside the source tree."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, ROOT


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """Build the wheel and install it (without dependencies) into a folder of its own."""
    build = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            build,
            ROOT,
        ],
        check=True,
    )
    [wheel] = build.glob("advocacy_cli-*.whl")
    site = tmp_path_factory.mktemp("site")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", site, wheel],
        check=True,
    )
    return site


def run_installed(site: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # PYTHONPATH comes before site-packages, so the wheel shadows an editable install.
    env = {**os.environ, "PYTHONPATH": str(site), "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "advocacy_cli", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
    )


def test_wheel_ships_data_and_templates(installed):
    package = installed / "advocacy_cli"
    assert (package / "data" / "projects.yaml").is_file()
    assert (package / "data" / "languages.yaml").is_file()
    assert any((package / "templates").glob("*.j2"))


def test_installed_copy_runs_from_another_folder(installed, tmp_path):
    where = run_installed(installed, tmp_path, "--version")
    assert where.returncode == 0, where.stderr
    probe = subprocess.run(
        [sys.executable, "-c", "import advocacy_cli.catalog as c; print(c.shipped_data_dir())"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(installed)},
        capture_output=True,
        text=True,
    )
    assert probe.stdout.strip().startswith(str(installed)), probe.stdout
    shown = run_installed(installed, tmp_path, "projects", "dewiki")
    assert shown.returncode == 0, shown.stderr
    assert "Meinungsbild" in shown.stdout


def test_installed_copy_writes_drafts(installed, tmp_path):
    answers = EXAMPLES / "enwiki-banner" / "answers.yaml"
    result = run_installed(
        installed,
        tmp_path,
        "new",
        "--answers",
        str(answers),
        "--out",
        "drafts",
        "--today",
        "2027-04-01",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "drafts" / "proposal.enwiki.wiki").read_text(encoding="utf-8").strip()
    assert (tmp_path / "drafts" / "posting-plan.enwiki.md").is_file()
    assert (tmp_path / "drafts" / "answers.yaml").is_file()
