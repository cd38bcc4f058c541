"""The escaping functions: inert in wikitext, and the same text once decoded."""

from __future__ import annotations

import html
from urllib.parse import unquote

import mwparserfromhell
import pytest

from advocacy_cli.render.environment import environment
from advocacy_cli.render.escape import md_fence, md_inline, wiki_block, wiki_inline, wiki_url

MARKUP = [
    "{{rfc|bio}}",
    "[[Category:X]]",
    "~~~~",
    "<ref>x</ref>",
    "</nowiki>",
    "__NOTOC__",
    "''i''",
    "{{subst:X}}",
    "[https://e.example x]",
    "{| |}",
    "<!-- c -->",
    "a|b",
    "&#123;",
]


@pytest.mark.parametrize("text", MARKUP)
def test_inline_markup_becomes_text(text):
    escaped = wiki_inline(text)
    code = mwparserfromhell.parse(escaped)
    assert code.filter_templates() == []
    assert code.filter_wikilinks() == []
    assert code.filter_tags() == []
    assert code.filter_comments() == []
    assert [link for link in code.filter_external_links() if link.brackets] == []
    assert "~~~" not in escaped and "__" not in escaped and "''" not in escaped
    assert html.unescape(escaped) == text


@pytest.mark.parametrize("line", ["* a", "# a", ": a", "; a", "== a ==", "----", " pre", "=a="])
def test_line_start_markup_is_neutralised_on_every_line(line):
    escaped = wiki_block(f"first\n{line}\n\n{line}")
    code = mwparserfromhell.parse(escaped)
    assert code.filter_headings() == [] and code.filter_tags() == []
    for row in escaped.splitlines():
        assert not row.startswith(("*", "#", ":", ";", "=", " ", "-"))
    assert html.unescape(escaped) == f"first\n{line}\n\n{line}"


def test_block_keeps_paragraphs_and_drops_trailing_space():
    assert wiki_block("One.  \nStill one.\n\n\n  \nTwo.") == "One.\nStill one.\n\nTwo."


def test_inline_joins_lines():
    assert wiki_inline("a\n== b ==\nc") == "a &#61;&#61; b &#61;&#61; c"


def test_url_is_encoded_not_entity_escaped():
    url = "https://e.example/a{{b}}|[[c]]~~~~<x>''__"
    encoded = wiki_url(url)
    assert unquote(encoded) == url
    for bad in ("{", "}", "[", "]", "|", "~", "<", ">", "''", "__"):
        assert bad not in encoded
    assert wiki_url("https://e.example/plain?a=1&b=2#x") == "https://e.example/plain?a=1&b=2#x"


def test_markdown_inline_and_fence():
    assert md_inline("a *b* [c](d)\n# e") == r"a \*b\* \[c\](d) # e"
    assert md_inline("# heading") == r"\# heading"
    assert md_inline("1. first") == r"1\. first"
    assert md_inline("Village pump (proposals)") == "Village pump (proposals)"
    assert md_inline("a | b ~~c~~ <b>") == r"a \| b \~\~c\~\~ \<b\>"
    assert md_fence("x ``` y") == "````"
    assert md_fence("plain") == "```"


def test_environment_uses_wikitext_safe_delimiters_and_strict_undefined():
    from jinja2 import UndefinedError

    env = environment()
    template = env.from_string("{{keep}} [[keep]] << x | wikiline >><# gone #>")
    assert template.render(x="{{y}}") == "{{keep}} [[keep]] &#123;&#123;y&#125;&#125;"
    with pytest.raises(UndefinedError):
        env.from_string("<< missing >>").render()
