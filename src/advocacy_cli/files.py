"""Write output files safely: atomically, and never over a user's file without --force."""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Mapping
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


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
            os.fchmod(stream.fileno(), path.stat().st_mode & 0o777 if path.exists() else _file_mode())
        Path(temp).replace(path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_files(out_dir: Path, files: Mapping[str, str], force: bool) -> list[Path]:
    """Write ``files`` (name -> text) into ``out_dir``; refuse to overwrite unless ``force``."""
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(f"{out_dir}: --out: exists and is not a folder")
    targets = [out_dir / name for name in files]
    existing = [path for path in targets if path.exists()]
    if existing and not force:
        names = ", ".join(str(p) for p in existing)
        raise UserError(f"{names}: already exists; use --force to overwrite, or --out DIR")
    for path, text in zip(targets, files.values(), strict=True):
        write_atomic(path, text)
    return targets
