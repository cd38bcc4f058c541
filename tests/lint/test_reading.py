"""Reading drafts: encodings, line breaks, broken and odd files and paths, limits, closed pipes.

Every bad input is one line on stderr naming the file (and the line and column where there
is one), exit 2, and never a traceback; the other files are still linted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from advocacy_cli.lint import engine
from tests.lint.test_rules import GOOD

TODAY_ARGS = ("--today", "2027-04-01")
BAD = "== Banner ==\nShould we run a banner? Tell our supporters to vote support.\n"


def lint_json(cli, *args):
    result = cli("lint", *args, "--format", "json", *TODAY_ARGS)
    return result, json.loads(result.stdout) if result.stdout.strip() else None


def positions(document):
    return [(f["rule"], f["line"], f["column"]) for f in document["findings"]]


# ---- encodings and line breaks that must just work ---------------------------------------


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.replace("\n", "\r\n").encode("utf-8"),
        lambda t: t.replace("\n", "\r").encode("utf-8"),
        lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"),
        lambda t: b"\xef\xbb\xbf" + t.replace("\n", "\r\n").encode("utf-8"),
        lambda t: t.encode("utf-16"),
        lambda t: b"\xfe\xff" + t.replace("\n", "\r\n").encode("utf-16-be"),
        lambda t: t.encode("utf-32"),
    ],
    ids=["crlf", "cr", "bom", "bom+crlf", "utf-16", "utf-16-be+crlf", "utf-32"],
)
@pytest.mark.parametrize(
    "text", [GOOD, BAD, "== Prüfung ==\nÄnderung „bitte“ ~~~~\n"], ids=["good", "bad", "umlauts"]
)
def test_other_encodings_and_line_ends_give_the_same_findings(cli, tmp_path, encode, text):
    plain = tmp_path / "plain.wiki"
    plain.write_text(text, encoding="utf-8")
    other = tmp_path / "other.wiki"
    other.write_bytes(encode(text))
    _, expected = lint_json(cli, plain)
    result, found = lint_json(cli, other)
    assert result.stderr == ""
    assert positions(found) == positions(expected)


@pytest.mark.parametrize("separator", ["\u2028", "\f", "\u0085", "\u2029", "\x0b"])
def test_only_newlines_end_lines_in_the_reader_and_the_report(cli, tmp_path, separator):
    # MediaWiki breaks lines at LF only: the heading below is on line 2, and the report must
    # show line 2 as the reader counted it, the separator made visible.
    path = tmp_path / "sep.wiki"
    path.write_text(f"Intro{separator}still line one\n== A\n", encoding="utf-8")
    result, document = lint_json(cli, path)
    syntax = [f for f in document["findings"] if f["rule"] == "wikitext-syntax"]
    assert [(f["line"], f["column"]) for f in syntax] == [(2, 1)]
    text = cli("lint", path, *TODAY_ARGS).stdout
    assert "    == A\n       ^" not in text  # carets sit under the heading, not elsewhere
    assert "\n    == A\n    ^^^^\n" in text
    assert separator not in text


# ---- bad input: one line, exit 2 ----------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "where"),
    [
        (b"caf\xe9 au lait\n", ":1: column 4: not UTF-8 text (byte 0xe9)"),
        (b"== A ==\r\nline two\r\nab\xffc\n", ":3: column 3: not UTF-8 text (byte 0xff)"),
        ("== Ä ==\nüöß".encode() + b"\xc3(", ":2: column 4: not UTF-8 text (byte 0xc3)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ":3: column 1: a NUL character: binary, not a draft"),
        (b"text\x00more", ":1: column 5: a NUL character: binary, not a draft"),
        (b"\xef\xbb\xbfab\r\ncd\xfe", ":2: column 3: not UTF-8 text (byte 0xfe)"),
        ("a\n\x00".encode("utf-16"), ":2: column 1: a NUL character: binary, not a draft"),
        (b"\xff\xfe" + "ok\ud800".encode("utf-16-le", "surrogatepass"), ": not valid UTF-16-LE text"),
    ],
    ids=[
        "latin-1",
        "after crlf",
        "after umlauts",
        "png",
        "nul",
        "after a bom",
        "nul in utf-16",
        "broken utf-16",
    ],
)
def test_undecodable_files_are_reported_by_line_and_column(cli, tmp_path, raw, where):
    path = tmp_path / "broken.wiki"
    path.write_bytes(raw)
    result = cli("lint", path, *TODAY_ARGS)
    assert result.exit_code == 2
    assert result.stderr == f"{path}{where}\n"
    assert result.stdout == ""


@pytest.mark.parametrize("raw", [b"", b"   \n\n\t\n", b"\r\n", b"\xef\xbb\xbf", " \n".encode("utf-16")])
def test_an_empty_draft_is_reported_not_passed(cli, tmp_path, raw):
    path = tmp_path / "empty.wiki"
    path.write_bytes(raw)
    result = cli("lint", path, *TODAY_ARGS)
    assert (result.exit_code, result.stderr) == (2, f"{path}: empty: there is no wikitext to check\n")


def test_a_bad_file_does_not_stop_the_others(cli, tmp_path):
    (tmp_path / "a.wiki").write_bytes(b"\x00")
    (tmp_path / "b.wiki").write_text(BAD, encoding="utf-8")
    result, document = lint_json(cli, tmp_path)
    assert result.exit_code == 2
    assert {f["file"] for f in document["findings"]} == {str(tmp_path / "b.wiki")}


def test_a_folder_without_drafts_is_a_problem(cli, tmp_path):
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    (tmp_path / "sub.wiki").mkdir()  # a folder named like a draft is not a draft
    result = cli("lint", tmp_path, *TODAY_ARGS)
    assert result.exit_code == 2
    assert result.stderr == f"{tmp_path}: no drafts (.wiki, .wikitext, .txt) in this folder\n"


def test_a_file_where_a_folder_is_expected(cli, tmp_path):
    draft = tmp_path / "draft.wiki"
    draft.write_text(GOOD, encoding="utf-8")
    result = cli("lint", draft, "--data-dir", draft, *TODAY_ARGS)
    assert (result.exit_code, result.stderr) == (2, f"{draft}: --data-dir: not a folder\n")


def test_a_missing_path(cli, tmp_path):
    result = cli("lint", tmp_path / "nope.wiki", *TODAY_ARGS)
    assert (result.exit_code, result.stderr) == (2, f"{tmp_path / 'nope.wiki'}: no such file or folder\n")


def _deny(monkeypatch, denied: Path):
    """Make ``denied`` unreadable as a file or folder (tests run as root, where chmod cannot)."""
    real_open, real_scandir = Path.open, os.scandir

    def fake_open(self, *args, **kwargs):
        if Path(self) == denied:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    def fake_scandir(path="."):
        if Path(path) == denied:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(Path, "open", fake_open)
    monkeypatch.setattr(os, "scandir", fake_scandir)


def test_an_unreadable_file_is_reported(cli, tmp_path, monkeypatch):
    secret = tmp_path / "secret.wiki"
    secret.write_text(BAD, encoding="utf-8")
    (tmp_path / "open.wiki").write_text(BAD, encoding="utf-8")
    _deny(monkeypatch, secret)
    result, document = lint_json(cli, tmp_path)
    assert result.exit_code == 2
    assert result.stderr == f"{secret}: cannot read: Permission denied\n"
    assert {f["file"] for f in document["findings"]} == {str(tmp_path / "open.wiki")}


def test_an_unreadable_sub_folder_is_reported_not_skipped(cli, tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden.wiki").write_text(BAD, encoding="utf-8")
    (tmp_path / "open.wiki").write_text(BAD, encoding="utf-8")
    _deny(monkeypatch, locked)
    result, document = lint_json(cli, tmp_path)
    assert result.exit_code == 2
    assert result.stderr == f"{locked}: cannot read folder: Permission denied\n"
    assert document["summary"]["files"] == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_an_unreadable_sub_folder_for_real(cli, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.wiki").write_text(BAD, encoding="utf-8")
    locked.chmod(0)
    try:
        result = cli("lint", tmp_path, *TODAY_ARGS)
    finally:
        locked.chmod(0o755)
    assert result.stderr == f"{locked}: cannot read folder: Permission denied\n"


@pytest.mark.parametrize("name", ["with space.wiki", "Ünïcödé – draft.wiki", "-dash.wiki", "ключ.wikitext"])
def test_unusual_file_names(cli, tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    Path(name).write_text(BAD, encoding="utf-8")
    # A leading dash needs '--' (or ./) so that it is not read as an option.
    result = cli("lint", "--format", "json", *TODAY_ARGS, "--", name)
    assert result.exit_code == 1
    assert {f["file"] for f in json.loads(result.stdout)["findings"]} == {name}
    via_dot = cli("lint", f"./{name}", *TODAY_ARGS)
    assert via_dot.exit_code == 1
    assert via_dot.stdout.startswith(f"{name}\n")


def test_a_file_name_with_control_characters_is_shown_safely(cli, tmp_path):
    path = tmp_path / "evil\x1b]0;title\x07.wiki"
    path.write_bytes(b"")
    result = cli("lint", path, *TODAY_ARGS)
    assert result.exit_code == 2
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "evil␛]0;title␇.wiki: empty" in result.stderr


# ---- limits ---------------------------------------------------------------------------------


def test_a_file_over_the_size_limit_is_refused_and_the_limit_can_be_raised(cli, tmp_path):
    path = tmp_path / "big.wiki"
    path.write_text(GOOD + "x" * 3000, encoding="utf-8")
    result = cli("lint", path, "--max-size", "2K", *TODAY_ARGS)
    assert result.exit_code == 2
    assert result.stderr == f"{path}: larger than 2 KiB: not checked (raise the limit with --max-size)\n"
    assert cli("lint", path, "--max-size", "4K", *TODAY_ARGS).exit_code == 0


def test_stdin_over_the_size_limit_is_refused(cli):
    result = cli("lint", "-", "--max-size", "100", *TODAY_ARGS, input=GOOD)
    assert result.stderr == "<stdin>: larger than 100 bytes: not checked (raise the limit with --max-size)\n"


@pytest.mark.parametrize(
    ("value", "size"), [("100", 100), ("2K", 2048), ("3m", 3 * 1024**2), ("1GiB", 1024**3)]
)
def test_sizes_are_read_with_suffixes(value, size):
    assert engine.parse_size(value, "--max-size") == size


@pytest.mark.parametrize("value", ["0", "x", "-5", "2X", "1.5M", ""])
def test_a_bad_size_is_a_usage_error(cli, tmp_path, value):
    path = tmp_path / "a.wiki"
    path.write_text(GOOD, encoding="utf-8")
    result = cli("lint", path, "--max-size", value, *TODAY_ARGS)
    assert result.exit_code == 2
    assert result.stderr == f"--max-size: expected a size such as 20M or 500K, got '{value}'\n"


def test_too_many_findings_stop_the_file_and_the_limit_can_be_raised(cli, tmp_path):
    path = tmp_path / "links.wiki"
    path.write_text("[[" * 300, encoding="utf-8")
    result = cli("lint", path, "--max-findings", "100", *TODAY_ARGS)
    assert result.exit_code == 2
    assert result.stderr == (
        f"{path}: more than 100 findings: stopped (is it a draft? raise the limit with --max-findings)\n"
    )
    result, document = lint_json(cli, path, "--max-findings", "1000")
    assert result.exit_code == 1
    assert sum(f["rule"] == "wikitext-syntax" for f in document["findings"]) == 300


def test_too_many_headings_are_refused_and_the_limit_can_be_raised(cli, tmp_path):
    path = tmp_path / "heads.wiki"
    path.write_text("== Heading ==\ntext\n" * 60, encoding="utf-8")
    result = cli("lint", path, "--max-headings", "50", *TODAY_ARGS)
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"{path}: 60 headings, more than 50: not checked (raise the limit with --max-headings)\n"
    )
    assert cli("lint", path, "--max-headings", "60", *TODAY_ARGS).stderr == ""


def test_a_device_that_never_ends_is_read_only_up_to_the_limit(cli):
    result = cli("lint", "/dev/zero", "--max-size", "1M", *TODAY_ARGS)
    assert result.exit_code == 2
    assert result.stderr == "/dev/zero: larger than 1 MiB: not checked (raise the limit with --max-size)\n"


# ---- a closed pipe --------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "code"), [("[[" * 5000, 1), (GOOD, 0)], ids=["findings", "clean"])
def test_a_closed_pipe_ends_quietly_with_the_lint_exit_code(tmp_path, text, code):
    path = tmp_path / "a.wiki"
    path.write_text(text, encoding="utf-8")
    read_end, write_end = os.pipe()
    os.close(read_end)  # like `advocacy lint a.wiki | head -0`
    try:
        done = subprocess.run(
            [sys.executable, "-m", "advocacy_cli", "lint", str(path), *TODAY_ARGS],
            stdout=write_end,
            stderr=subprocess.PIPE,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    assert done.stderr.decode() == ""
    assert done.returncode == code


@pytest.mark.parametrize(
    "directive",
    ["<!-- advocacy-lint disable-file wikitext-syntax -->", "<!-- advocacy-lint disable-file -->"],
)
def test_silenced_findings_do_not_count_towards_the_limit(cli, tmp_path, directive):
    path = tmp_path / "links.wiki"
    path.write_text(f"{directive}\n" + "[[" * 300, encoding="utf-8")
    result = cli("lint", path, "--max-findings", "100", "--select", "wikitext-syntax", *TODAY_ARGS)
    assert (result.exit_code, result.stderr) == (0, "")


def test_a_link_to_nothing_in_a_folder_is_reported(cli, tmp_path):
    (tmp_path / "good.wiki").write_text(GOOD, encoding="utf-8")
    (tmp_path / "gone.wiki").symlink_to(tmp_path / "nowhere.wiki")
    result = cli("lint", tmp_path, *TODAY_ARGS)
    assert result.exit_code == 2
    assert result.stderr == f"{tmp_path / 'gone.wiki'}: a link to nothing (no such file)\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("--target", "en\x1b[31mwiki"),
            "--target: no such project: 'en␛[31mwiki' (did you mean 'enwiki'?)\n",
        ),
        (("--select", "x\x1b[2J"), "--select: no such rule: 'x␛[2J'\n"),
        (("--ignore", "\x9bq"), "--ignore: no such rule: '\ufffdq'\n"),
    ],
)
def test_control_characters_in_options_are_shown_safely(cli, tmp_path, args, message):
    path = tmp_path / "a.wiki"
    path.write_text(GOOD, encoding="utf-8")
    result = cli("lint", path, *args, *TODAY_ARGS)
    assert (result.exit_code, result.stderr) == (2, message)


def test_control_characters_in_a_directive_are_shown_safely(cli, tmp_path):
    path = tmp_path / "a.wiki"
    path.write_text("<!-- advocacy-lint disable \x1b]0;x\x07 -->\n" + GOOD, encoding="utf-8")
    result = cli("lint", path, *TODAY_ARGS)
    assert result.exit_code == 2
    assert result.stderr == f"{path}:1: advocacy-lint disable: unknown rule '␛]0;x␇'\n"


def test_a_file_named_twice_is_linted_once(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("drafts").mkdir()
    Path("drafts/a.wiki").write_text(BAD, encoding="utf-8")
    once = json.loads(cli("lint", "drafts/a.wiki", "--format", "json", *TODAY_ARGS).stdout)
    result = cli("lint", "drafts", "drafts/a.wiki", "./drafts/a.wiki", "--format", "json", *TODAY_ARGS)
    twice = json.loads(result.stdout)
    assert len(twice["findings"]) == len(once["findings"])
    assert twice["summary"]["files"] == 1
