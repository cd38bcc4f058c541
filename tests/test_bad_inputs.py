"""Bad answers files: each one is one clear line per problem and exit 2, for check and new alike.

Every case is a file as a careless user or an attacker would write it; the message is
asserted exactly, and ``new`` must write nothing for any of them.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from advocacy_cli.lint.config import config_for_folder
from tests.conftest import EXAMPLES

BASE = (EXAMPLES / "enwiki-banner" / "answers.yaml").read_text(encoding="utf-8")
TODAY = ("--today", "2027-04-01")


def line_of(text: str, needle: str) -> int:
    """Return the 1-based line of the first occurrence of ``needle`` in ``text``."""
    return text[: text.index(needle)].count("\n") + 1


def replace_value(text: str, key: str, value: str) -> str:
    """Return ``text`` with the first ``key: ...`` line given ``value``."""
    return re.sub(rf"(?m)^(\s*{key}:).*$", lambda m: f"{m.group(1)} {value}", text, count=1)


@dataclass(frozen=True)
class Case:
    """A bad answers file and the lines it must give (``{line}`` is the line of ``at``)."""

    name: str
    content: str | bytes
    expected: list[str]
    at: str = ""
    first_at: str = ""

    def lines(self, file: str) -> list[str]:
        text = self.content if isinstance(self.content, str) else ""
        line = line_of(text, self.at) if self.at else 0
        first = line_of(text, self.first_at) if self.first_at else 0
        return [e.format(file=file, line=line, first=first) for e in self.expected]


NAME = "organisation:\n  name: "
ALIAS_BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(8)
)


def with_countries(value: str) -> str:
    """Return the base answers with ``cause.countries`` set to ``value`` (flow YAML)."""
    return BASE.replace("cause:\n", f"cause:\n  countries: {value}\n", 1)


CASES = [
    # Country codes: ISO 3166 or a known alias, else refused with the closest code.
    Case(
        "country code of no country",
        with_countries("[DE, XY]"),
        [
            "{file}:{line}: cause.countries[1]: 'XY' is not an ISO 3166 country code; write codes such as DE, EU, or global"
        ],
        at="countries:",
    ),
    Case(
        "country code typed the wrong way round",
        with_countries("[ED]"),
        [
            "{file}:{line}: cause.countries[0]: 'ED' is not an ISO 3166 country code (did you mean 'DE'?); write codes such as DE, EU, or global"
        ],
        at="countries:",
    ),
    Case(
        "country named instead of coded",
        with_countries("[Italy]"),
        [
            "{file}:{line}: cause.countries[0]: expected a two-letter country code (ISO 3166, such as DE), EU, or global, got 'Italy' (did you mean 'IT'?)"
        ],
        at="countries:",
    ),
    # Structure that would explode or recurse.
    Case("alias bomb", ALIAS_BOMB, ["{file}:2: b: uses an alias (*a); write the value out instead"]),
    Case(
        "alias in a field",
        BASE.replace("  paid: true", "  paid: &p true\n  role: *p"),
        ["{file}:{line}: organisation.role: uses an alias (*p); write the value out instead"],
        at="*p",
    ),
    Case("alias to itself", "a: &a [*a]\n", ["{file}:1: a: uses an alias (*a); write the value out instead"]),
    Case(
        "deep flow nesting",
        BASE + "extra: " + "[" * 5000 + "]" * 5000 + "\n",
        ["{file}:{line}: extra" + "[0]" * 19 + ": nested deeper than 20 levels"],
        at="extra:",
    ),
    Case(
        "deep flow mapping",
        "x: " + "{a: " * 3000 + "1" + "}" * 3000 + "\n",
        ["{file}:1: x" + ".a" * 19 + ": nested deeper than 20 levels"],
    ),
    Case(
        "deep block nesting",
        "".join("  " * i + "a:\n" for i in range(40)) + "  " * 40 + "b\n",
        ["{file}:21: " + ".".join(["a"] * 20) + ": nested deeper than 20 levels"],
    ),
    Case(
        "unclosed deep nesting",
        "x: " + "[" * 3000,
        ["{file}:1: x" + "[0]" * 19 + ": nested deeper than 20 levels"],
    ),
    Case(
        "too many items",
        BASE + "extra: [" + ", ".join(["1"] * 30_000) + "]\n",
        [
            "{file}:{line}: extra[4915]: more than 5,000 items (lists, keys and values, aliases "
            "counted in full); set ADVOCACY_MAX_YAML_ITEMS to raise the limit"
        ],
        at="extra:",
    ),
    Case(
        "a huge value",
        BASE + "extra: '" + "y" * 200_000 + "'\n",
        ["{file}:{line}: extra: a value of 200,000 characters, at most 100,000"],
        at="extra:",
    ),
    Case(
        "a huge file",
        BASE + "# " + "y" * 1_100_000 + "\n",
        [
            "{file}: too large: 250,001 bytes or more, at most 250,000; "
            "set ADVOCACY_MAX_YAML_BYTES to raise the limit"
        ],
    ),
    # Keys that are not names.
    Case(
        "null key",
        BASE + "~: 1\n",
        ["{file}:{line}: the key '~' is read as nothing (null); write it in quotes if it is a name"],
        at="~: 1",
    ),
    Case(
        "empty key",
        "organisation:\n  ?\n  : y\n",
        ["{file}:2: organisation: the key '~' is read as nothing (null); write it in quotes if it is a name"],
    ),
    Case(
        "number key",
        BASE.replace(NAME, "organisation:\n  3: x\n  name: "),
        ["{file}:{line}: organisation: the key '3' is read as a number; write it in quotes if it is a name"],
        at="3: x",
    ),
    Case(
        "boolean key",
        BASE + "yes: 1\n",
        ["{file}:{line}: the key 'yes' is read as true or false; write it in quotes if it is a name"],
        at="yes: 1",
    ),
    Case(
        "date key",
        BASE + "2027-01-01: 1\n",
        ["{file}:{line}: the key '2027-01-01' is read as a date; write it in quotes if it is a name"],
        at="2027-01-01: 1",
    ),
    Case(
        "list as key",
        BASE + "? [a, b]\n: 1\n",
        ["{file}:{line}: invalid YAML: found unhashable key (while constructing a mapping on line 3)"],
        at="? [a",
    ),
    # Values of the wrong kind.
    Case(
        "boolean hours",
        replace_value(BASE, "  duration_hours", "true"),
        ["{file}:{line}: action.duration_hours: expected a whole number, got true"],
        at="duration_hours",
    ),
    Case(
        "fractional hours",
        replace_value(BASE, "  duration_hours", "48.5"),
        ["{file}:{line}: action.duration_hours: expected a whole number, got 48.5"],
        at="duration_hours",
    ),
    Case(
        "hours past a year",
        replace_value(BASE, "  duration_hours", "99999999999999999999999"),
        ["{file}:{line}: action.duration_hours: at most 8760, got 99999999999999999999999"],
        at="duration_hours",
    ),
    Case(
        "no hours",
        replace_value(BASE, "  duration_hours", "0"),
        ["{file}:{line}: action.duration_hours: at least 1, got 0"],
        at="duration_hours",
    ),
    Case(
        "number for paid",
        replace_value(BASE, "  paid", "1"),
        ["{file}:{line}: organisation.paid: expected true or false, got 1"],
        at="paid:",
    ),
    Case(
        "end of the calendar",
        replace_value(BASE, "  start", "9999-12-31"),
        ["{file}:{line}: action.start: expected a date between 1900-01-01 and 2999-12-31, got 9999-12-31"],
        at="start:",
    ),
    Case(
        "year zero",
        replace_value(BASE, "  start", "0000-01-01"),
        [
            "{file}:{line}: action.start: expected a real date as YYYY-MM-DD "
            "(year 0 is out of range), got '0000-01-01'"
        ],
        at="start:",
    ),
    Case(
        "impossible date",
        replace_value(BASE, "  start", "2027-02-30"),
        [
            "{file}:{line}: action.start: expected a real date as YYYY-MM-DD "
            "(day is out of range for month), got '2027-02-30'"
        ],
        at="start:",
    ),
    Case(
        "too many sources",
        BASE.replace("  sources:\n", "  sources:\n" + "    - https://example.org/a\n" * 101),
        ["{file}:{line}: cause.sources: too long: 103 items, at most 100"],
        at="  sources:",
    ),
    # Characters that are not text.
    Case(
        "raw escape sequence",
        BASE.replace(NAME, NAME + "\x1b]0;owned\x07"),
        [
            "{file}:{line}: organisation.name: contains the control character U+001B (ESCAPE); "
            "remove it (column 9)",
            "{file}:{line}: organisation.name: contains the control character U+0007 (BELL); "
            "remove it (column 18)",
        ],
        at="  name:",
    ),
    Case(
        "escaped NUL",
        BASE.replace(NAME + "Digital Commons Alliance", NAME + '"Di\\0gital Commons Alliance"'),
        ["{file}:{line}: organisation.name: contains the control character U+0000 (NULL); remove it"],
        at="  name:",
    ),
    Case(
        "raw NUL",
        BASE.replace(NAME + "Digital", NAME + "Di\x00gital"),
        [
            "{file}:{line}: organisation.name: contains the control character U+0000 (NULL); "
            "remove it (column 11); is this a text file?"
        ],
        at="  name:",
    ),
    Case(
        "escaped C1 control",
        BASE.replace(NAME + "Digital Commons Alliance", NAME + '"Di\\x9bgital Commons Alliance"'),
        ["{file}:{line}: organisation.name: contains the control character U+009B (control); remove it"],
        at="  name:",
    ),
    Case(
        "raw next-line character",
        BASE.replace(NAME + "Digital", NAME + "Di\x85gital"),
        [
            "{file}:{line}: organisation.name: contains the line separator U+0085 (NEXT LINE); "
            "use an ordinary new line (column 11)"
        ],
        at="  name:",
    ),
    Case(
        "escaped line separator",
        BASE.replace(NAME + "Digital Commons Alliance", NAME + '"Di\\u2028gital Commons Alliance"'),
        [
            "{file}:{line}: organisation.name: contains the line separator U+2028 (LINE SEPARATOR); "
            "use an ordinary new line"
        ],
        at="  name:",
    ),
    Case(
        "lone surrogate",
        BASE.replace(NAME + "Digital Commons Alliance", NAME + '"Di\\ud800gital Commons Alliance"'),
        ["{file}:{line}: organisation.name: contains the control character U+D800 (control); remove it"],
        at="  name:",
    ),
    Case(
        "control character in a key",
        BASE.replace("  paid: true", '  paid: true\n  "ro\\x1ble": x'),
        ["{file}:{line}: organisation: a key contains the control character U+001B (ESCAPE); remove it"],
        at='"ro',
    ),
    # Everyday mistakes.
    Case(
        "tab indentation",
        BASE.replace("  name:", "\tname:", 1),
        ["{file}:{line}: invalid YAML: found character '\\t' that cannot start any token"],
        at="\tname:",
    ),
    Case(
        "duplicate key",
        BASE.replace("  paid: true", "  paid: true\n  paid: false"),
        ["{file}:{line}: organisation.paid: given twice (first on line {first}); keep one"],
        at="  paid: false",
        first_at="  paid: true",
    ),
    Case(
        "unknown key",
        BASE.replace("  paid: true", "  payed: true\n  paid: false"),
        ["{file}:{line}: organisation.payed: unknown field (did you mean 'paid'?)"],
        at="payed",
    ),
    Case(
        "not a mapping",
        "- organisation\n- cause\n",
        ["{file}:1: expected a mapping of answers"],
    ),
    Case(
        "empty file",
        "",
        [
            "{file}:1: organisation: missing (required)",
            "{file}:1: cause: missing (required)",
            "{file}:1: target: missing (required)",
            "{file}:1: action: missing (required)",
        ],
    ),
    Case("UTF-16 with its mark", BASE.encode("utf-16"), ["{file}: UTF-16 text; save the file as UTF-8"]),
    Case("UTF-16 without a mark", BASE.encode("utf-16-le"), ["{file}: UTF-16 text; save the file as UTF-8"]),
    Case(
        "binary",
        bytes(range(256)) * 4,
        ["{file}: not a text file (binary data); expected UTF-8 YAML"],
    ),
    Case(
        "Latin-1",
        BASE.replace("Digital", "Dögital").encode("latin-1"),
        ["{file}:4: not UTF-8 text (byte 0xf6 at column 10); save the file as UTF-8"],
    ),
]


def _expected(case: Case, file: str) -> list[str]:
    return case.lines(file)


def _write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_bytes(content.encode("utf-8"))
    return path


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    config_for_folder.cache_clear()
    return tmp_path


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_check_gives_one_line_per_problem_and_exit_2(cli: Callable, in_tmp: Path, case: Case) -> None:
    _write(in_tmp, "answers.yaml", case.content)
    result = cli("check", "answers.yaml", *TODAY)
    assert result.stderr.splitlines() == _expected(case, "answers.yaml")
    assert result.exit_code == 2
    assert result.stdout == ""


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_new_gives_the_same_lines_and_writes_nothing(cli: Callable, in_tmp: Path, case: Case) -> None:
    _write(in_tmp, "answers.yaml", case.content)
    result = cli("new", "--answers", "answers.yaml", "--out", "out", *TODAY)
    assert result.stderr.splitlines() == _expected(case, "answers.yaml")
    assert result.exit_code == 2
    assert sorted(p.name for p in in_tmp.iterdir()) == ["answers.yaml"]


# Files that must simply work: the same findings as the plain UTF-8 file.
WORKING = {
    "byte-order mark": ("\ufeff" + BASE).encode("utf-8"),
    "CRLF line ends": BASE.replace("\n", "\r\n").encode("utf-8"),
    "CR line ends": BASE.replace("\n", "\r").encode("utf-8"),
    "BOM and CRLF": ("\ufeff" + BASE.replace("\n", "\r\n")).encode("utf-8"),
    "no final newline": BASE.rstrip("\n").encode("utf-8"),
}


@pytest.mark.parametrize("name", sorted(WORKING))
def test_encodings_and_line_ends_just_work(cli: Callable, in_tmp: Path, name: str) -> None:
    _write(in_tmp, "plain.yaml", BASE)
    _write(in_tmp, "answers.yaml", WORKING[name])
    plain = cli("check", "plain.yaml", *TODAY, "--format", "json")
    variant = cli("check", "answers.yaml", *TODAY, "--format", "json")
    assert variant.exit_code == plain.exit_code == 0
    assert variant.stdout.replace("answers.yaml", "plain.yaml") == plain.stdout
    made = cli("new", "--answers", "answers.yaml", "--out", "out", *TODAY)
    assert made.exit_code == 0, made.stderr
    assert (in_tmp / "out" / "answers.yaml").read_text(encoding="utf-8").startswith("organisation:\n")


@pytest.mark.parametrize("name", ["with space.yaml", "ünïcødé answers.yaml", "-leading-dash.yaml"])
def test_unusual_file_names_work(cli: Callable, in_tmp: Path, name: str) -> None:
    _write(in_tmp, name, BASE)
    result = cli("check", *TODAY, "--", name)
    assert (result.exit_code, result.stderr) == (0, "")
    made = cli("new", "--answers", name, "--out", "out " + name, *TODAY)
    assert (made.exit_code, made.stderr) == (0, "")
    assert (in_tmp / ("out " + name) / "answers.yaml").is_file()
    broken = _write(in_tmp, "x" + name, BASE + "~: 1\n")
    result = cli("check", *TODAY, "--", broken.name)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{broken.name}:{BASE.count(chr(10)) + 1}: the key '~'")


class TestPathsThatAreNotReadableFiles:
    def test_a_folder(self, cli: Callable, in_tmp: Path) -> None:
        (in_tmp / "answers.yaml").mkdir()
        for command in (["check", "answers.yaml"], ["new", "--answers", "answers.yaml"]):
            result = cli(*command, *TODAY)
            assert (result.exit_code, result.stderr) == (2, "answers.yaml: is a folder, not a file\n")

    def test_a_missing_file(self, cli: Callable, in_tmp: Path) -> None:
        for command in (["check", "gone.yaml"], ["new", "--answers", "gone.yaml"]):
            result = cli(*command, *TODAY)
            assert (result.exit_code, result.stderr) == (2, "gone.yaml: no such file\n")

    def test_no_read_permission(self, cli: Callable, in_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        path = _write(in_tmp, "answers.yaml", BASE)
        path.chmod(0)
        if os.geteuid() == 0:  # root reads anything; make the refusal happen as for a user
            real_open = Path.open

            def refusing_open(self: Path, *args: object, **kwargs: object) -> object:
                if self.name == "answers.yaml":
                    raise PermissionError(13, "Permission denied")
                return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

            monkeypatch.setattr(Path, "open", refusing_open)
        for command in (["check", "answers.yaml"], ["new", "--answers", "answers.yaml"]):
            result = cli(*command, *TODAY)
            assert (result.exit_code, result.stderr) == (2, "answers.yaml: cannot read: Permission denied\n")

    def test_a_device_is_read_no_further_than_the_limit(self, cli: Callable, in_tmp: Path) -> None:
        result = cli("check", "/dev/zero", *TODAY)
        assert result.exit_code == 2
        assert result.stderr.startswith("/dev/zero: too large: 250,001 bytes or more")


def test_a_malformed_pyproject_is_one_line(cli: Callable, in_tmp: Path) -> None:
    _write(in_tmp, "answers.yaml", BASE)
    _write(in_tmp, "pyproject.toml", "[tool.advocacy.lint\nrules = 1\n")
    result = cli("check", "answers.yaml", *TODAY)
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(f"{in_tmp / 'pyproject.toml'}: invalid TOML: ")


def test_limits_can_be_raised_from_the_environment(
    cli: Callable, in_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = BASE.replace("  sources:\n", "  sources:\n" + "    - https://example.org/a\n" * 40_000)
    _write(in_tmp, "answers.yaml", big)
    refused = cli("check", "answers.yaml", *TODAY)
    assert refused.exit_code == 2
    assert "set ADVOCACY_MAX_YAML_BYTES to raise the limit" in refused.stderr
    monkeypatch.setenv("ADVOCACY_MAX_YAML_BYTES", "3000000")
    # Past the size limit, the item count and the answers model still have their say.
    result = cli("check", "answers.yaml", *TODAY)
    assert result.exit_code == 2
    assert "more than 5,000 items" in result.stderr
    monkeypatch.setenv("ADVOCACY_MAX_YAML_ITEMS", "100000")
    result = cli("check", "answers.yaml", *TODAY)
    line = line_of(big, "  sources:")
    assert result.stderr == f"answers.yaml:{line}: cause.sources: too long: 40002 items, at most 100\n"
    # A value below the built-in limit never lowers it; nor does one that is not a number.
    _write(in_tmp, "answers.yaml", BASE)
    for value in ("10", "lots", "-5"):
        monkeypatch.setenv("ADVOCACY_MAX_YAML_BYTES", value)
        assert cli("check", "answers.yaml", *TODAY).exit_code == 0


class TestErrorOutputStaysBounded:
    def test_past_a_hundred_problems_the_rest_are_counted(self, cli: Callable, in_tmp: Path) -> None:
        keys = "".join(f"  k{i}: 1\n" for i in range(250))
        _write(in_tmp, "answers.yaml", BASE.replace("  paid: true\n", "  paid: true\n" + keys))
        result = cli("check", "answers.yaml", *TODAY)
        lines = result.stderr.splitlines()
        assert result.exit_code == 2
        assert len(lines) == 101
        assert lines[0] == f"answers.yaml:{line_of(BASE, '  paid:') + 1}: organisation.k0: unknown field"
        assert lines[-1] == "... and 150 more problems"

    @pytest.mark.parametrize("length", [121, 1000])
    def test_a_long_key_is_shortened_in_the_middle(self, cli: Callable, in_tmp: Path, length: int) -> None:
        key = "a" + "x" * (length - 2) + "z"
        _write(in_tmp, "answers.yaml", BASE.replace("  paid: true\n", f"  paid: true\n  {key}: 1\n"))
        result = cli("check", "answers.yaml", *TODAY)
        field = "organisation." + key
        shown = field[:60] + "..." + field[-60:]
        line = line_of(BASE, "  paid:") + 1
        assert (result.exit_code, result.stderr) == (2, f"answers.yaml:{line}: {shown}: unknown field\n")

    @pytest.mark.parametrize("value", ["a\nb", "tab\there", "x" * 300])
    def test_a_value_quoted_in_a_message_is_one_short_line(
        self, cli: Callable, in_tmp: Path, value: str
    ) -> None:
        quoted = value.replace("\n", "\\n").replace("\t", "\\t")
        _write(in_tmp, "answers.yaml", replace_value(BASE, "  duration_hours", f'"{quoted}"'))
        result = cli("check", "answers.yaml", *TODAY)
        [line] = result.stderr.splitlines()
        assert line.startswith(f"answers.yaml:{line_of(BASE, 'duration_hours')}: action.duration_hours: ")
        assert len(line) < 200
