"""``new`` writes its set all or nothing: failures and interrupts leave the old set or the new one."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from advocacy_cli import files
from tests.conftest import EXAMPLES

BANNER = EXAMPLES / "enwiki-banner" / "answers.yaml"
STATEMENT = EXAMPLES / "frwiki-eswiki-statement" / "answers.yaml"
OLD_DAY, NEW_DAY = "2027-04-01", "2027-04-02"


def snapshot(folder: Path) -> dict[str, str]:
    """Return every entry under ``folder`` (hidden ones included) with its content or link."""
    if not folder.exists():
        return {}
    found = {}
    for path in sorted(folder.rglob("*")):
        name = str(path.relative_to(folder))
        if path.is_symlink():
            found[name] = "-> " + str(path.readlink())
        elif path.is_dir():
            found[name] = "<folder>"
        else:
            found[name] = path.read_text(encoding="utf-8")
    return found


def leftovers(folder: Path) -> list[str]:
    """Return temporary files or folders anywhere under ``folder``."""
    return [str(p) for p in folder.rglob("*") if p.name.startswith(".") and ".tmp" in p.name]


def run_new(cli: Callable, out: Path, day: str, *extra: str, answers: Path = BANNER) -> object:
    return cli("new", "--answers", answers, "--out", out, "--today", day, *extra)


@pytest.fixture
def old_and_new(cli: Callable, tmp_path: Path) -> tuple[Path, dict[str, str], dict[str, str]]:
    """An output folder holding the old set, and what the old and the new sets look like."""
    reference = tmp_path / "reference"
    run_new(cli, reference, NEW_DAY)
    out = tmp_path / "out"
    run_new(cli, out, OLD_DAY)
    (out / "notes.txt").write_text("the user's own file", encoding="utf-8")
    new = {**snapshot(reference), "notes.txt": "the user's own file"}
    old = snapshot(out)
    assert old != new
    return out, old, new


def fail_at(monkeypatch: pytest.MonkeyPatch, call: int, error: int = errno.ENOSPC) -> list[int]:
    """Make the ``call``-th write of file content fail with ``error``; count the calls."""
    calls: list[int] = []
    real = files._write_bytes

    def failing(descriptor: int, data: bytes) -> None:
        calls.append(1)
        if len(calls) == call:
            raise OSError(error, os.strerror(error))
        real(descriptor, data)

    monkeypatch.setattr(files, "_write_bytes", failing)
    return calls


class TestFullDisk:
    """Every write of the set can be the one that finds the disk full."""

    def test_replacing_a_set_leaves_the_old_one_whole(self, cli, old_and_new, monkeypatch) -> None:
        out, old, _ = old_and_new
        writes = len(files_of(old))
        for call in range(1, writes + 1):
            fail_at(monkeypatch, call)
            result = run_new(cli, out, NEW_DAY, "--force")
            assert result.exit_code == 2
            assert result.stderr == f"{out}: cannot write: No space left on device; nothing was changed\n"
            assert snapshot(out) == old
            assert leftovers(out.parent) == []

    def test_a_new_folder_is_not_left_half_made(self, cli, tmp_path, monkeypatch) -> None:
        out = tmp_path / "a" / "b" / "out"
        for call in range(1, 4):
            fail_at(monkeypatch, call)
            result = run_new(cli, out, NEW_DAY)
            assert (result.exit_code, result.stderr.count("\n")) == (2, 1)
            assert "No space left on device" in result.stderr
            # The folders it had to create for --out are gone again.
            assert list(tmp_path.iterdir()) == []

    def test_the_count_of_writes_is_the_count_of_files(self, cli, tmp_path, monkeypatch) -> None:
        calls = fail_at(monkeypatch, 0)
        run_new(cli, tmp_path / "out", NEW_DAY, answers=STATEMENT)
        assert len(calls) == len(list((tmp_path / "out").iterdir())) == 5


def files_of(tree: dict[str, str]) -> list[str]:
    return [name for name, content in tree.items() if content != "<folder>" and name != "notes.txt"]


class TestFailuresWhileMovingIntoPlace:
    def test_a_failing_rename_puts_the_old_files_back(self, cli, old_and_new, monkeypatch) -> None:
        out, old, _ = old_and_new
        real = Path.rename
        for fail_on in range(1, 7):
            calls: list[Path] = []

            def rename(self: Path, target: Path, fail_on: int = fail_on, calls: list[Path] = calls) -> Path:
                calls.append(target)
                if len(calls) == fail_on:
                    raise OSError(errno.EIO, "Input/output error")
                return real(self, target)

            monkeypatch.setattr(files.Path, "rename", rename)
            result = run_new(cli, out, NEW_DAY, "--force")
            assert result.exit_code == 2
            assert result.stderr == f"{out}: cannot write: Input/output error; nothing was changed\n"
            assert snapshot(out) == old
            assert leftovers(out.parent) == []

    def test_an_unwritable_folder(self, cli, old_and_new, monkeypatch) -> None:
        out, old, _ = old_and_new

        def refuse(*args: object, **kwargs: object) -> str:
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr(files.tempfile, "mkdtemp", refuse)
        result = run_new(cli, out, NEW_DAY, "--force")
        assert (result.exit_code, result.stderr) == (
            2,
            f"{out}: cannot write: Permission denied; nothing was changed\n",
        )
        assert snapshot(out) == old

    @pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
    def test_a_read_only_folder(self, cli, old_and_new) -> None:
        out, old, _ = old_and_new
        out.chmod(0o555)
        try:
            result = run_new(cli, out, NEW_DAY, "--force")
        finally:
            out.chmod(0o755)
        assert result.exit_code == 2
        assert snapshot(out) == old


class TestNothingIsReplacedWithoutForce:
    @pytest.mark.parametrize("link_to", ["nowhere", "elsewhere.txt"])
    def test_symbolic_links_count_as_files(self, cli, tmp_path, link_to) -> None:
        out = tmp_path / "out"
        out.mkdir()
        (tmp_path / "elsewhere.txt").write_text("not mine to change", encoding="utf-8")
        (out / "answers.yaml").symlink_to(tmp_path / link_to)
        result = run_new(cli, out, NEW_DAY)
        assert result.exit_code == 2
        assert (
            result.stderr
            == f"{out / 'answers.yaml'}: already exists; use --force to overwrite, or --out DIR\n"
        )
        assert sorted(p.name for p in out.iterdir()) == ["answers.yaml"]
        result = run_new(cli, out, NEW_DAY, "--force")
        assert result.exit_code == 0
        # The link is replaced by a file; what it pointed to is left alone.
        assert not (out / "answers.yaml").is_symlink()
        assert (tmp_path / "elsewhere.txt").read_text(encoding="utf-8") == "not mine to change"

    def test_a_folder_where_a_file_goes(self, cli, tmp_path) -> None:
        out = tmp_path / "out"
        (out / "answers.yaml").mkdir(parents=True)
        for extra in ((), ("--force",)):
            result = run_new(cli, out, NEW_DAY, *extra)
            assert (result.exit_code, result.stderr) == (
                2,
                f"{out / 'answers.yaml'}: is a folder; move it away or choose another --out\n",
            )
        assert snapshot(out) == {"answers.yaml": "<folder>"}

    @pytest.mark.parametrize("below", ["file.txt/out", "file.txt/a/b"])
    def test_out_below_a_file(self, cli, tmp_path, below) -> None:
        (tmp_path / "file.txt").write_text("x", encoding="utf-8")
        result = run_new(cli, tmp_path / below, NEW_DAY)
        assert (result.exit_code, result.stderr) == (
            2,
            f"{tmp_path / below}: --out: {tmp_path / 'file.txt'} is a file, not a folder\n",
        )

    def test_out_is_a_broken_link(self, cli, tmp_path) -> None:
        (tmp_path / "out").symlink_to(tmp_path / "nowhere")
        result = run_new(cli, tmp_path / "out", NEW_DAY)
        assert result.exit_code == 2
        assert result.stderr == (
            f"{tmp_path / 'out'}: --out: a symbolic link to nothing; remove it or choose another --out\n"
        )


class TestInterruptsInProcess:
    """A real SIGINT at each write: held until the set is in place, then obeyed."""

    def test_sigint_at_every_write(self, cli, old_and_new, monkeypatch) -> None:
        out, _, new = old_and_new
        real = files._write_bytes
        for call in range(1, 4):
            calls: list[int] = []

            def interrupting(
                descriptor: int, data: bytes, call: int = call, calls: list[int] = calls
            ) -> None:
                calls.append(1)
                if len(calls) == call:
                    os.kill(os.getpid(), signal.SIGINT)
                real(descriptor, data)

            monkeypatch.setattr(files, "_write_bytes", interrupting)
            result = run_new(cli, out, NEW_DAY, "--force")
            assert (result.exit_code, result.stderr) == (130, "interrupted\n"), (call, result.stderr)
            assert snapshot(out) == new
            assert leftovers(out.parent) == []


# Runs ``new`` in a child process that sends itself a signal at the N-th write.
_SELF_SIGNAL = textwrap.dedent(
    """
    import os, signal, sys
    from advocacy_cli import files
    from advocacy_cli.cli import main
    call, number = int(sys.argv[1]), getattr(signal, sys.argv[2])
    calls = []
    real = files._write_bytes
    def interrupting(descriptor, data):
        calls.append(1)
        if len(calls) == call:
            os.kill(os.getpid(), number)
        real(descriptor, data)
    files._write_bytes = interrupting
    sys.argv = ["advocacy", *sys.argv[3:]]
    main()
    """
)


def _child(args: list[str], **kwargs: object) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        **kwargs,  # type: ignore[arg-type]
    )


class TestInterruptsInAChildProcess:
    @pytest.mark.parametrize("name", ["SIGTERM", "SIGINT", "SIGHUP"])
    def test_a_signal_at_each_write(self, old_and_new, name) -> None:
        out, _, new = old_and_new
        for call in (1, 2, 3):
            child = _child(
                [_SELF_SIGNAL, str(call), name, "new", "--answers", str(BANNER), "--out", str(out)]
                + ["--today", NEW_DAY, "--force"]
            )
            _, err = child.communicate(timeout=60)
            expected = 130 if name == "SIGINT" else -getattr(signal, name)
            assert child.returncode == expected, err
            assert snapshot(out) == new
            assert leftovers(out.parent) == []

    def test_signals_at_several_moments_of_a_whole_run(self, old_and_new) -> None:
        """Interrupt ``new --force`` at growing delays: the folder is the old set or the new one."""
        out, old, new = old_and_new
        seen = set()
        for delay in (0.0, 0.1, 0.3, 0.5, 0.8, 1.2, 2.0):
            for number in (signal.SIGINT, signal.SIGTERM):
                (out / "answers.yaml").unlink()
                for name, content in old.items():
                    if content not in ("<folder>",):
                        (out / name).write_text(content, encoding="utf-8")
                child = subprocess.Popen(
                    [sys.executable, "-m", "advocacy_cli", "new", "--answers", str(BANNER)]
                    + ["--out", str(out), "--today", NEW_DAY, "--force"],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
                time.sleep(delay)
                child.send_signal(number)
                child.wait(timeout=60)
                now = snapshot(out)
                assert now in (old, new), f"a mix after {delay} s"
                seen.add("new" if now == new else "old")
                assert leftovers(out.parent) == []
        assert "old" in seen  # interrupted before writing at least once


_INTERVIEW_SAVE = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from advocacy_cli import files
    from advocacy_cli.wizard.state import ResumeStore
    call = int(sys.argv[1])
    calls = []
    real = files._write_bytes
    def interrupting(descriptor, data):
        calls.append(1)
        if len(calls) == call:
            os.kill(os.getpid(), signal.SIGTERM)
        real(descriptor, data)
    files._write_bytes = interrupting
    store = ResumeStore(Path(sys.argv[2]))
    store.save({"organisation": {"name": "First"}})
    store.save({"organisation": {"name": "Second"}})
    """
)


@pytest.mark.parametrize("call", [1, 2])
def test_the_interview_leaves_no_temporary_file_after_sigterm(tmp_path, call) -> None:
    path = tmp_path / ".advocacy-interview.yaml"
    child = _child([_INTERVIEW_SAVE, str(call), str(path)])
    child.communicate(timeout=60)
    assert child.returncode == -signal.SIGTERM
    assert [p.name for p in tmp_path.iterdir()] == [".advocacy-interview.yaml"]
    expected = "First" if call == 1 else "Second"
    assert f"name: {expected}" in path.read_text(encoding="utf-8")
