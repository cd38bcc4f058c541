"""The linter's vocabulary comes from data/lexicon.yaml, and advisors can extend it there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from advocacy_cli.catalog import load_catalog
from advocacy_cli.errors import InputError
from advocacy_cli.lint import lexicon
from tests.conftest import ROOT

# Proposes a "splash page", a word the shipped lexicon does not know as an action.
SPLASH = """\
== RfC: Should this wiki show a 48-hour splash page about the directive? ==
{{rfc|policy}}
Should the English Wikipedia show a 48-hour splash page about the directive? ~~~~

=== Background ===
The directive would make hosting services liable for what users upload.

=== Why this matters to this project ===
Commons would have to filter uploads, which affects editors and readers.

=== Proposed action ===
A splash page for 48 hours from 1 September 2027, shown to logged-out readers in the EU.

=== Proposer and disclosure ===
Organisation: Open Knowledge Network. Role: policy officer. Posting this is paid work.
"""
# A layered concept replaces the shipped one: copy it, then add the word.
SPLASH_LEXICON = """\
lexicon:
  action-blackout:
    about: A blackout, or a splash page in front of every article.
    patterns:
      en: ['black-?outs?', 'black(?:ing)? out', 'site-?wide shutdown', 'splash pages?']
      de: [abschaltung, schwärzung]
      fr: [fermeture du site, écran noir]
      es: ['apag[oó]n(?:es)?', cierre del sitio]
"""


def test_shipped_lexicon_validates_and_defines_every_concept(catalog):
    assert set(lexicon.CONCEPTS) <= set(catalog.lexicon)
    for key in lexicon.CONCEPTS:
        entry = catalog.lexicon[key]
        assert entry.about
        assert "any" in entry.patterns or all(
            entry.patterns.get(lang) for lang in ("en", "de", "fr", "es")
        ), key
        lexicon.pattern(catalog, key)  # compiles
    assert all(len(names) == 12 for names in catalog.lexicon["months"].patterns.values())
    assert lexicon.months(catalog)["jänner"] == 1


def test_compiled_patterns_are_cached(catalog):
    assert lexicon.pattern(catalog, "negation") is lexicon.pattern(catalog, "negation")


def test_a_word_added_in_a_data_dir_lexicon_makes_a_finding(tmp_path, cli):
    draft = tmp_path / "splash.wiki"
    draft.write_text(SPLASH, encoding="utf-8")
    data = tmp_path / "data"
    data.mkdir()
    (data / "lexicon.yaml").write_text(SPLASH_LEXICON, encoding="utf-8")
    load_catalog.cache_clear()
    try:
        before = cli("lint", "--today", "2027-04-01", "--format", "json", draft)
        after = cli("lint", "--today", "2027-04-01", "--format", "json", "--data-dir", data, draft)
    finally:
        load_catalog.cache_clear()
    assert before.exit_code == 0, before.stdout
    assert after.exit_code == 1
    assert json.loads(before.stdout)["findings"] == []
    findings = json.loads(after.stdout)["findings"]
    assert [(f["rule"], f["line"], f["column"]) for f in findings] == [("no-alternatives", 1, 41)]


@pytest.mark.parametrize(
    ("body", "line", "field", "message"),
    [
        (
            "  negation:\n    about: Negations.\n    patterns:\n      any: [not, '(unclosed']\n",
            5,
            "lexicon.negation.patterns.any[1]",
            "invalid regular expression: missing ), unterminated subpattern at position 0, got '(unclosed'",
        ),
        (
            "  negation:\n    about: Negations.\n    patterns:\n      any: [not, 'usuário\\\\(a\\\\)']\n",
            5,
            "lexicon.negation.patterns.any[1]",
            "a pattern may not capture: write (?:...) for a group, \\( for a parenthesis, got "
            + repr("usuário\\\\(a\\\\)"),
        ),
        (
            "  months:\n    about: Months.\n    patterns:\n      any: [january, february]\n",
            5,
            "lexicon.months.patterns.any",
            "needs the 12 months in order, got 2",
        ),
        (
            "  negation:\n    about: Negations.\n    patterns:\n      en: [not]\n",
            4,
            "lexicon.negation.patterns",
            "needs entries for de, fr, es",
        ),
    ],
)
def test_a_broken_lexicon_gives_one_exact_line(tmp_path, cli, body, line, field, message):
    path = tmp_path / "lexicon.yaml"
    path.write_text("lexicon:\n" + body, encoding="utf-8")
    load_catalog.cache_clear()
    try:
        with pytest.raises(InputError) as caught:
            load_catalog(tmp_path)
        result = cli("lint", "--data-dir", tmp_path, "-", input="Hello. ~~~~\n")
    finally:
        load_catalog.cache_clear()
    assert caught.value.lines() == [f"{path}:{line}: {field}: {message}"]
    assert result.exit_code == 2
    assert f"{path}:{line}: {field}: {message}" in result.stderr


def test_the_linter_holds_no_word_lists():
    source = (ROOT / "src/advocacy_cli/lint/lexicon.py").read_text(encoding="utf-8")
    for word in ("abschaltung", "bannière", "ehrenamtlich", "janvier", "telegram"):
        assert word not in source
    assert Path(ROOT / "data/lexicon.yaml").is_file()


def test_every_drafting_language_has_every_concept_the_rules_read(catalog):
    for key in lexicon.CONCEPTS:
        patterns = catalog.lexicon[key].patterns
        if "any" in patterns:
            continue
        missing = [lang for lang in lexicon.DRAFTING_LANGUAGES if not patterns.get(lang)]
        assert not missing, f"{key} has no words in {', '.join(missing)}"
