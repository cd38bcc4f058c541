"""A --data-dir catalogue cannot reach Python, blow up, or fail halfway through writing a draft."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from advocacy_cli.catalog import load_catalog
from advocacy_cli.errors import InputError
from advocacy_cli.phrase_format import PhraseError, fill_phrase, parse_phrase
from tests.conftest import EXAMPLES

TODAY = ("--today", "2027-04-01")
DE_ANSWERS = EXAMPLES / "dewiki-blackout" / "answers.yaml"


class TestPhrases:
    @pytest.mark.parametrize(
        ("phrase", "values", "expected"),
        [
            ("Should {project} {action}?", {"project": "P", "action": "A"}, "Should P A?"),
            ("{cause}{cause}", {"cause": "x"}, "xx"),
            ("{{literal}} and {{{cause}}}", {"cause": "c"}, "{literal} and {c}"),
            ("no fields at all }} {{", {}, "no fields at all } {"),
            ("", {}, ""),
            ("{days_2}", {"days_2": "3", "unused": "u"}, "3"),
        ],
    )
    def test_named_fields_are_filled(self, phrase, values, expected) -> None:
        assert fill_phrase(phrase, values) == expected
        # The same as str.format for everything both accept.
        assert phrase.format_map(values) == expected

    def test_values_are_inserted_not_read_as_phrases(self) -> None:
        assert (
            fill_phrase("[{cause}]", {"cause": "{project.__class__} {0} {{"})
            == "[{project.__class__} {0} {{]"
        )

    @pytest.mark.parametrize(
        ("phrase", "message", "column"),
        [
            ("Should {project.__class__.__mro__}?", "attribute access in {project.__class__.__mro__}", 8),
            ("{project:>300000000}", "a format in {project:>300000000}", 1),
            ("x {project!r}", "a conversion in {project!r}", 3),
            ("{cause[0]}", "index access in {cause[0]}", 1),
            ("{0}", "a numbered field {0}; name it, as in {cause}", 1),
            ("ab {}", "an empty field {}; name it, as in {cause}", 4),
            ("{Cause}", "the field {Cause} is not a name (lower-case letters and _)", 1),
            ("{two words}", "the field {two words} is not a name (lower-case letters and _)", 1),
            ("Should {project {action}?", "a '{' without its '}'; write '{{' for a literal brace", 8),
            ("end {", "a '{' without its '}'; write '{{' for a literal brace", 5),
            ("Should project} x", "a '}' without its '{'; write '}}' for a literal brace", 15),
        ],
    )
    def test_anything_but_a_named_field_is_refused(self, phrase, message, column) -> None:
        with pytest.raises(PhraseError) as caught:
            parse_phrase(phrase)
        assert str(caught.value).startswith(message)
        assert caught.value.column == column

    def test_a_field_without_a_value_is_a_clear_error(self) -> None:
        with pytest.raises(PhraseError, match=r"the field \{days\} has no value here"):
            fill_phrase("after {days} days", {"cause": "x"})


def _data_dir(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    load_catalog.cache_clear()
    return folder


def _german(phrases: str) -> str:
    return (
        "languages:\n  de:\n    name: Deutsch\n    sections:\n      background: Hintergrund\n"
        "    phrases:\n" + phrases
    )


class TestHostileDataDir:
    @pytest.mark.parametrize(
        ("phrase", "message"),
        [
            (
                "Soll {project.__class__.__mro__} {action}?",
                "attribute access in {project.__class__.__mro__}; phrases allow only plain {name} fields "
                "(character 6)",
            ),
            (
                "Soll {project:>300000000} {action}?",
                "a format in {project:>300000000}; phrases allow only plain {name} fields (character 6)",
            ),
            ("Soll {0} {action}?", "a numbered field {0}; name it, as in {cause} (character 6)"),
            ("Soll {nosuch} {action}?", "unknown field {nosuch}; this phrase can use {action}, {project}"),
            (
                "Soll {project {action}?",
                "a '{' without its '}'; write '{{' for a literal brace (character 6)",
            ),
            (
                "Soll project} {action}?",
                "a '}' without its '{'; write '}}' for a literal brace (character 13)",
            ),
        ],
    )
    def test_a_bad_phrase_is_one_line_when_the_catalogue_loads(
        self, cli: Callable, tmp_path: Path, phrase: str, message: str
    ) -> None:
        data = _data_dir(tmp_path, "languages.yaml", _german(f'      question: "{phrase}"\n'))
        out = tmp_path / "out"
        for command in (
            ["new", "--answers", DE_ANSWERS, "--out", out],
            ["check", DE_ANSWERS],
            ["projects"],
        ):
            result = cli(*command, "--data-dir", data, *(TODAY if command[0] != "projects" else ()))
            assert (result.exit_code, result.stderr) == (
                2,
                f"{data / 'languages.yaml'}:7: languages.de.phrases.question: {message}\n",
            )
        assert not out.exists()

    def test_a_phrase_for_a_new_action_has_the_action_fields(self, tmp_path: Path) -> None:
        data = _data_dir(
            tmp_path,
            "languages.yaml",
            _german(
                '      do_sit-in: "ein Sit-in zu {cause} für {hours} Stunden"\n      do_march: "{days}"\n'
            ),
        )
        with pytest.raises(InputError) as caught:
            load_catalog(data)
        assert caught.value.lines() == [
            f"{data / 'languages.yaml'}:8: languages.de.phrases.do_march: unknown field {{days}}; "
            "this phrase can use {cause}, {hours}"
        ]

    def test_a_phrase_used_as_is_has_no_fields(self, tmp_path: Path) -> None:
        data = _data_dir(tmp_path, "languages.yaml", _german('      kind: "Aktion {cause}"\n'))
        with pytest.raises(InputError) as caught:
            load_catalog(data)
        assert caught.value.lines() == [
            f"{data / 'languages.yaml'}:7: languages.de.phrases.kind: unknown field {{cause}}; "
            "this phrase can use no fields"
        ]

    def test_english_must_keep_everything_the_drafts_fall_back_to(
        self, cli: Callable, tmp_path: Path
    ) -> None:
        data = _data_dir(
            tmp_path,
            "languages.yaml",
            "languages:\n  en:\n    name: English\n    sections:\n      background: Background\n"
            "    phrases:\n      question: 'Should {project} {action}?'\n",
        )
        result = cli("new", "--answers", DE_ANSWERS, "--out", tmp_path / "out", "--data-dir", data, *TODAY)
        assert result.exit_code == 2
        lines = result.stderr.splitlines()
        assert [line.split(": English")[0] for line in lines] == [
            f"{data / 'languages.yaml'}:4: languages.en.sections",
            f"{data / 'languages.yaml'}:6: languages.en.phrases",
        ]
        assert "needs all sections; missing action, alternatives, discussion" in lines[0]
        assert "needs all phrases; missing account, also_asked, alternative" in lines[1]

    def test_an_entry_without_its_sections(self, cli: Callable, tmp_path: Path) -> None:
        data = _data_dir(tmp_path, "languages.yaml", "languages:\n  de:\n    name: Deutsch\n")
        result = cli("check", DE_ANSWERS, "--data-dir", data, *TODAY)
        assert (result.exit_code, result.stderr) == (
            2,
            f"{data / 'languages.yaml'}:2: languages.de.sections: missing (required)\n",
        )

    def test_an_alias_bomb_is_refused_by_counting(self, cli: Callable, tmp_path: Path) -> None:
        bomb = "x: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
            f"x{i}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(8)
        )
        data = _data_dir(tmp_path, "topics.yaml", bomb)
        result = cli("topics", "--data-dir", data)
        assert result.exit_code == 2
        assert result.stderr == (
            f"{data / 'topics.yaml'}:6: x4[6]: more than 500,000 items (lists, keys and values, aliases "
            "counted in full); set ADVOCACY_MAX_YAML_ITEMS to raise the limit\n"
        )

    def test_an_alias_to_itself(self, cli: Callable, tmp_path: Path) -> None:
        data = _data_dir(tmp_path, "topics.yaml", "topics: &t\n  x: *t\n")
        result = cli("topics", "--data-dir", data)
        assert (result.exit_code, result.stderr) == (
            2,
            f"{data / 'topics.yaml'}:2: topics.x: the alias *t refers to itself\n",
        )

    @pytest.mark.parametrize(
        ("field", "value", "message"),
        [
            ("disruption", "true", "expected a whole number, got true"),
            ("lead_days", "false", "expected a whole number, got false"),
            ("usual_hours", "yes", "expected a whole number, got true"),
        ],
    )
    def test_truth_values_are_not_numbers(self, cli, tmp_path, field, value, message) -> None:
        fields = {"disruption": "1", "lead_days": "0", "usual_hours": "2", field: value}
        text = (
            "actions:\n  sit-in:\n    title: Sit-in\n    summary: S\n    description: D\n"
            "    decided_by: [community]\n    consensus: C\n    sources: [https://example.org/s]\n"
            + "".join(f"    {k}: {v}\n" for k, v in fields.items())
        )
        data = _data_dir(tmp_path, "actions.yaml", text)
        result = cli("topics", "--data-dir", data)
        line = text[: text.index(f"    {field}:")].count("\n") + 1
        assert (result.exit_code, result.stderr) == (
            2,
            f"{data / 'actions.yaml'}:{line}: actions.sit-in.{field}: {message}\n",
        )

    def test_control_characters_in_the_catalogue(self, cli: Callable, tmp_path: Path) -> None:
        data = _data_dir(tmp_path, "languages.yaml", _german('      intro: "Hallo \\e]0;title\\a"\n'))
        result = cli("topics", "--data-dir", data)
        assert (result.exit_code, result.stderr) == (
            2,
            f"{data / 'languages.yaml'}:7: languages.de.phrases.intro: contains the control character "
            "U+001B (ESCAPE); remove it\n",
        )


@pytest.fixture(autouse=True)
def _fresh_catalogue():
    yield
    load_catalog.cache_clear()
