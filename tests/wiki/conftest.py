"""Fixtures for the real-MediaWiki tier.

``mediawiki`` (session): a logged-out MediaWikiClient for a wiki on 127.0.0.1.
Either the wiki named by ADVOCACY_WIKI_ENV (a wiki.env from scripts/mediawiki/start),
or one started here in a temporary folder and stopped when the session ends.
Where no wiki can be started the tests skip, except under CI, where they fail.

``mediawiki_user`` (per test): a separate session logged in with the bot password.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest

from .client import MediaWikiClient, MediaWikiError

REPO = Path(__file__).resolve().parents[2]
START = REPO / "scripts" / "mediawiki" / "start"
STOP = REPO / "scripts" / "mediawiki" / "stop"
ENV_VAR = "ADVOCACY_WIKI_ENV"
# The first start on a machine installs the Debian packages (about 30-40 s).
START_TIMEOUT = 900


def pytest_configure(config: pytest.Config) -> None:
    # pyproject's marker list is not ours to edit; register here so --strict-markers works.
    config.addinivalue_line("markers", "wiki: renders through a real MediaWiki on 127.0.0.1 (tests/wiki)")


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def unavailable(reason: str) -> NoReturn:
    """Skips locally; under CI a missing wiki is a failure, never a silent skip."""
    if in_ci():
        pytest.fail(f"real MediaWiki unavailable under CI: {reason}", pytrace=False)
    pytest.skip(f"real MediaWiki unavailable: {reason}")


def _check_answers(client: MediaWikiClient, origin: str) -> None:
    try:
        client.call({"action": "query", "meta": "siteinfo"})
    except MediaWikiError as exc:
        pytest.fail(f"the wiki from {origin} does not answer: {exc}", pytrace=False)


def _tail(text: str, lines: int = 15) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


@pytest.fixture(scope="session")
def mediawiki(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[MediaWikiClient]:
    env_file = os.environ.get(ENV_VAR)
    if env_file:
        # Explicitly pointed at a wiki: a wrong pointer is an error, not a skip.
        path = Path(env_file)
        if not path.is_file():
            pytest.fail(f"{ENV_VAR}={env_file}: no such file", pytrace=False)
        client = MediaWikiClient.from_env_file(path)
        _check_answers(client, f"{ENV_VAR}={env_file}")
        yield client
        return

    if sys.platform != "linux" or shutil.which("bash") is None:
        unavailable(f"needs Linux with bash to run {START.relative_to(REPO)}")
    wiki_dir = tmp_path_factory.mktemp("mediawiki")
    # Registered before starting: a start that fails half-way may leave a server.
    request.addfinalizer(lambda: _stop(wiki_dir))
    try:
        proc = subprocess.run(
            [str(START), str(wiki_dir)],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=START_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        unavailable(f"{START.relative_to(REPO)} could not run: {exc}")
    if proc.returncode != 0:
        kind = (
            "the Debian packages are missing and cannot be installed here"
            if proc.returncode == 3
            else f"{START.relative_to(REPO)} exited with {proc.returncode}"
        )
        unavailable(f"{kind}\n{_tail(proc.stderr)}")
    client = MediaWikiClient.from_env_file(wiki_dir / "wiki.env")
    _check_answers(client, str(wiki_dir / "wiki.env"))
    yield client


def _stop(wiki_dir: Path) -> None:
    subprocess.run(
        [str(STOP), str(wiki_dir)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def mediawiki_user(mediawiki: MediaWikiClient) -> MediaWikiClient:
    """A fresh session logged in as the bot, so the shared client stays anonymous."""
    session = mediawiki.new_session()
    session.login()
    return session
