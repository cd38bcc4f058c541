"""Output files: folder names, permissions, atomic writes and no silent overwrite."""

from __future__ import annotations

import os
import stat

import pytest

from advocacy_cli.errors import UserError
from advocacy_cli.files import SLUG_LENGTH, slugify, write_atomic, write_files


def test_slug_is_ascii_and_cut_at_a_word():
    assert slugify("Öffentliches Netz: Gesetz 2027!") == "offentliches-netz-gesetz-2027"
    title = "Proposed regulation on the digital single market article thirteen upload filters"
    assert slugify(title) == "proposed-regulation-on-the-digital-single-market-article"
    assert len(slugify(title)) <= SLUG_LENGTH
    assert slugify("x" * 80) == "x" * SLUG_LENGTH
    assert slugify("„“ ¿?") == "proposal"


def test_new_files_follow_the_umask_and_rewrites_keep_the_mode(tmp_path):
    old = os.umask(0o022)
    try:
        path = tmp_path / "out" / "a.wiki"
        write_atomic(path, "text")
        assert stat.S_IMODE(path.stat().st_mode) == 0o644
        path.chmod(0o600)
        write_atomic(path, "new text")
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert path.read_text(encoding="utf-8") == "new text"
    finally:
        os.umask(old)


def test_no_temporary_file_is_left_behind(tmp_path):
    write_atomic(tmp_path / "a.md", "x")
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]


def test_existing_files_are_kept_without_force(tmp_path):
    (tmp_path / "a.wiki").write_text("mine", encoding="utf-8")
    with pytest.raises(UserError, match="already exists; use --force"):
        write_files(tmp_path, {"a.wiki": "new", "b.md": "new"}, force=False)
    assert (tmp_path / "a.wiki").read_text(encoding="utf-8") == "mine"
    assert not (tmp_path / "b.md").exists()
    write_files(tmp_path, {"a.wiki": "new"}, force=True)
    assert (tmp_path / "a.wiki").read_text(encoding="utf-8") == "new"
