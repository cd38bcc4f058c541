"""Write output files safely: atomically, and never over a user's file without --force."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import tempfile
import threading
import unicodedata
from collections.abc import Iterator, Mapping
from pathlib import Path

from advocacy_cli.errors import UserError

SLUG_LENGTH = 60


def slugify(text: str, fallback: str = "proposal") -> str:
    """Return a lower-case, dash-separated ASCII folder name for ``text``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > SLUG_LENGTH:
        # Cut at a word boundary, so the folder name does not end in half a word.
        cut = slug.rfind("-", 0, SLUG_LENGTH + 1)
        slug = slug[: cut if cut > 0 else SLUG_LENGTH]
    return slug.rstrip("-") or fallback


def _file_mode() -> int:
    """Return the mode a new file gets from the umask (mkstemp alone would give 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


# Signals that end the program at the user's request; while files are being put in place
# they wait, so that an interrupt finds either nothing written or everything.
_HELD_SIGNALS = {getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)}


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Hold Ctrl-C and termination signals until the block is done, then deliver them.

    Writing a set of drafts takes milliseconds; an interrupt in the middle of it would
    leave temporary files or half a set. Held, it takes effect just after.
    """
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield  # Windows, or a thread: no signal mask to set; the temporary files still go
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _write_bytes(descriptor: int, data: bytes) -> None:
    """Write all of ``data``; the one place bytes reach the disk (tests fail it on purpose)."""
    view = memoryview(data)
    while view:
        written = os.write(descriptor, view)
        view = view[written:]


def _write_new_file(path: Path, text: str, mode: int) -> None:
    """Create ``path`` (never through a link, never over a file) and write ``text`` to disk."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    _fill(os.open(path, flags, 0o600), text, mode)


def _fill(descriptor: int, text: str, mode: int) -> None:
    """Write ``text`` to the open file ``descriptor``, give it ``mode``, sync and close it."""
    try:
        _write_bytes(descriptor, text.encode("utf-8"))
        os.fchmod(descriptor, mode)
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable; not every system can open a folder, which is fine."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _cannot_write(where: Path, exc: OSError) -> UserError:
    reason = exc.strerror or str(exc)
    return UserError(f"{where}: cannot write: {reason}; nothing was changed")


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        mode = path.stat().st_mode & 0o777 if path.is_file() else _file_mode()
    except OSError as exc:
        raise _cannot_write(path, exc) from None
    with signals_held():
        try:
            descriptor, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        except OSError as exc:
            raise _cannot_write(path, exc) from None
        temp = Path(name)
        try:
            _fill(descriptor, text, mode)
            temp.replace(path)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise _cannot_write(path, exc) from None
        except BaseException:
            temp.unlink(missing_ok=True)
            raise


def _check_out_folder(out_dir: Path) -> None:
    """Refuse an output folder that cannot be one: a file, a broken link, or below a file."""
    if out_dir.exists():
        if not out_dir.is_dir():
            raise UserError(f"{out_dir}: --out: exists and is not a folder")
        return
    if os.path.lexists(out_dir):
        raise UserError(f"{out_dir}: --out: a symbolic link to nothing; remove it or choose another --out")
    for ancestor in out_dir.parents:
        if ancestor.exists():
            if not ancestor.is_dir():
                raise UserError(f"{out_dir}: --out: {ancestor} is a file, not a folder")
            return


def write_files(out_dir: Path, files: Mapping[str, str], force: bool) -> list[Path]:
    """Write ``files`` (name -> text) into ``out_dir``: all of them, or none.

    Every file is written and synced in a temporary folder first; only then are they moved
    into place, with interrupts held, and a failure puts the old files back. Nothing that
    exists is replaced without ``force``, a symbolic link (even a broken one) included.
    """
    _check_out_folder(out_dir)
    targets = [out_dir / name for name in files]
    existing = [path for path in targets if os.path.lexists(path)]
    folders = [path for path in existing if path.is_dir() and not path.is_symlink()]
    if folders:
        raise UserError(f"{folders[0]}: is a folder; move it away or choose another --out")
    if existing and not force:
        names = ", ".join(str(p) for p in existing)
        raise UserError(f"{names}: already exists; use --force to overwrite, or --out DIR")
    with signals_held():
        try:
            if out_dir.is_dir():
                _replace_in_folder(out_dir, files)
            else:
                _create_folder(out_dir, files)
        except OSError as exc:
            raise _cannot_write(out_dir, exc) from None
    return targets


def _create_folder(out_dir: Path, files: Mapping[str, str]) -> None:
    """Write ``files`` into a new folder beside ``out_dir`` and rename it into place."""
    created = [ancestor for ancestor in reversed(out_dir.parents) if not ancestor.exists()]
    stage: Path | None = None
    try:
        for folder in created:
            folder.mkdir()
        stage = Path(tempfile.mkdtemp(dir=out_dir.parent, prefix=f".{out_dir.name}.", suffix=".tmp"))
        for name, text in files.items():
            _write_new_file(stage / name, text, _file_mode())
        stage.chmod(_folder_mode())
        stage.rename(out_dir)
        _sync_folder(out_dir.parent)
    except BaseException:
        if stage is not None:
            shutil.rmtree(stage, ignore_errors=True)
        for folder in reversed(created):
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise


def _folder_mode() -> int:
    """Return the mode a new folder gets from the umask (mkdtemp alone would give 0700)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o777 & ~umask


def _replace_in_folder(out_dir: Path, files: Mapping[str, str]) -> None:
    """Write ``files`` into a temporary folder inside ``out_dir``, then swap them in."""
    stage = Path(tempfile.mkdtemp(dir=out_dir, prefix=".advocacy-new.", suffix=".tmp"))
    try:
        for name, text in files.items():
            target = out_dir / name
            keep = target.is_file() and not target.is_symlink()
            mode = target.stat().st_mode & 0o777 if keep else _file_mode()
            _write_new_file(stage / name, text, mode)
        _swap_in(out_dir, stage, list(files))
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def _swap_in(out_dir: Path, stage: Path, names: list[str]) -> None:
    """Move the staged files over the old ones; on any failure, put the old ones back."""
    old = stage / ".old"
    old.mkdir()
    moved: list[str] = []
    placed: list[str] = []
    try:
        for name in names:
            if os.path.lexists(out_dir / name):
                (out_dir / name).rename(old / name)
                moved.append(name)
        for name in names:
            (stage / name).rename(out_dir / name)
            placed.append(name)
        _sync_folder(out_dir)
    except BaseException:
        for name in placed:
            with contextlib.suppress(OSError):
                (out_dir / name).rename(stage / name)
        for name in moved:
            with contextlib.suppress(OSError):
                (old / name).rename(out_dir / name)
        raise
