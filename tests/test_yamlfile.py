"""YAML reading: the fast and the pure-Python parser give the same document and errors."""

from __future__ import annotations

import pytest
import yaml

from advocacy_cli import yamlfile
from advocacy_cli.errors import InputError

TEXT = """\
organisation:
  name: "Öffentliches Netz"   # quoted, non-ASCII
  paid: true
cause:
  title: plain text with ümlauts
  summary: |
    Two lines
    of text.
target:
  projects: [dewiki, 'frwiki']
"""


def document(loader: type[yaml.SafeLoader]) -> yamlfile.YamlDocument:
    node, data = yamlfile._compose_and_construct(TEXT, loader)
    return yamlfile._document("a.yaml", TEXT, node, data)


@pytest.mark.skipif(not hasattr(yaml, "CSafeLoader"), reason="PyYAML built without libyaml")
def test_libyaml_and_pure_python_agree_on_data_lines_and_columns():
    fast, pure = document(yaml.CSafeLoader), document(yaml.SafeLoader)
    assert fast.data == pure.data
    assert fast.lines == pure.lines
    assert fast.scalars == pure.scalars
    assert (
        fast.column_of("cause.title", "plain text with ümlauts", 16)
        == TEXT.splitlines()[4].index("ümlauts") + 1
    )
    assert fast.column_of("target.projects[1]", "frwiki", 0) == TEXT.splitlines()[9].index("frwiki") + 1


def test_errors_use_the_pure_python_messages_whatever_the_parser():
    with pytest.raises(InputError) as caught:
        yamlfile.parse_yaml("a: [1, 2\nb: 3\n", "bad.yaml")
    [line] = caught.value.lines()
    assert line.startswith("bad.yaml:2: invalid YAML: ")
    with pytest.raises(yaml.MarkedYAMLError) as pure:
        yaml.load("a: [1, 2\nb: 3\n", Loader=yaml.SafeLoader)  # noqa: S506 - SafeLoader
    assert str(pure.value.problem) in line


def test_unsafe_tags_are_refused():
    with pytest.raises(InputError):
        yamlfile.parse_yaml("x: !!python/object/apply:os.system ['true']\n", "evil.yaml")


def test_an_impossible_date_is_a_located_input_error_not_a_crash():
    text = "cause:\n  sources: [https://example.org/]\n  decision_date: 2027-13-01\n"
    with pytest.raises(InputError) as caught:
        yamlfile.parse_yaml(text, "answers.yaml")
    assert caught.value.lines() == [
        "answers.yaml:3: cause.decision_date: expected a real date as YYYY-MM-DD "
        "(month must be in 1..12), got '2027-13-01'"
    ]
