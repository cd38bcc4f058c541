"""Tests of the real-wiki tier itself: the wiki, the client and the render checks."""

from __future__ import annotations

import uuid

import pytest

from .client import ApiError, MediaWikiClient
from .helpers import assert_clean_render, render_problems

pytestmark = pytest.mark.wiki

GOOD = """\
== RfC: Should the community support a statement on platform liability? ==
{{rfc|policy}}
Should the community publish a statement on the proposed directive?<ref>{{#if:x|Text of \
the proposal, 2027.|}}</ref> ~~~~

=== Background ===
The directive would make hosting services liable for uploads.<ref name="eu">Official \
journal.</ref> See also the [[Wikipedia:Village pump (policy)|village pump]].<ref name="eu" />

=== Survey ===
* '''Support''' as proposer. ~~~~

=== Discussion ===

== References ==
<references />
"""

GOOD_HEADINGS = [
    (2, "RfC: Should the community support a statement on platform liability?"),
    (3, "Background"),
    (3, "Survey"),
    (3, "Discussion"),
    (2, "References"),
]


def test_extensions_are_loaded(mediawiki: MediaWikiClient) -> None:
    data = mediawiki.call({"action": "query", "meta": "siteinfo", "siprop": "extensions"})
    names = {e["name"] for e in data["query"]["extensions"]}
    assert {"ParserFunctions", "Cite"} <= names


def test_good_proposal_renders_clean(mediawiki: MediaWikiClient) -> None:
    result = mediawiki.parse(GOOD)
    templates = assert_clean_render(result, GOOD_HEADINGS)
    # A bare wiki has no {{rfc}}: a red link, reported, not an error.
    assert templates == {"Template:Rfc": False}
    assert 'class="reference-text"' in result.text  # Cite rendered the list
    assert "Text of the proposal" in result.text  # ParserFunctions expanded #if
    # pst=True signs as the (anonymous) caller, as a save would.
    assert "~~~~" not in result.text
    assert "Special:Contributions/127.0.0.1" in result.text


def test_without_pst_signature_stays_literal(mediawiki: MediaWikiClient) -> None:
    assert "~~~~" in mediawiki.parse("Signed ~~~~", pst=False).text


def test_unclosed_template_is_caught(mediawiki: MediaWikiClient) -> None:
    broken = GOOD.replace("{{rfc|policy}}", "{{rfc|policy")
    result = mediawiki.parse(broken)
    with pytest.raises(AssertionError, match=r"literal '\{\{'"):
        assert_clean_render(result, GOOD_HEADINGS)


def test_unclosed_link_is_caught(mediawiki: MediaWikiClient) -> None:
    result = mediawiki.parse(GOOD.replace("(policy)|village pump]]", "(policy)|village pump"))
    with pytest.raises(AssertionError, match=r"literal '\[\['"):
        assert_clean_render(result, GOOD_HEADINGS)


def test_cite_error_is_caught(mediawiki: MediaWikiClient) -> None:
    # A named reference that is never defined.
    result = mediawiki.parse(GOOD.replace('<ref name="eu">Official journal.</ref>', ""))
    problems = render_problems(result, GOOD_HEADINGS)
    assert any(p.startswith("error markup") and "Cite error" in p for p in problems)
    assert "tracking category: Pages_with_reference_errors" in problems
    with pytest.raises(AssertionError, match="Pages_with_reference_errors"):
        assert_clean_render(result, GOOD_HEADINGS)


def test_unclosed_ref_is_caught(mediawiki: MediaWikiClient) -> None:
    # Cite reports nothing here: the tag just stays as escaped text.
    result = mediawiki.parse("== A ==\nText.<ref>unclosed\n\n<references />\n")
    with pytest.raises(AssertionError, match="&lt;ref"):
        assert_clean_render(result, [(2, "A")])


def test_parser_function_error_is_caught(mediawiki: MediaWikiClient) -> None:
    result = mediawiki.parse("== A ==\n{{#expr: 1 * }}\n")
    with pytest.raises(AssertionError, match="Expression error"):
        assert_clean_render(result, [(2, "A")])


def test_heading_mismatch_is_caught(mediawiki: MediaWikiClient) -> None:
    result = mediawiki.parse(GOOD.replace("=== Survey ===", "== Survey =="))
    with pytest.raises(AssertionError, match="headings differ"):
        assert_clean_render(result, GOOD_HEADINGS)


def test_headings_compare_as_plain_text(mediawiki: MediaWikiClient) -> None:
    result = mediawiki.parse("== Should ''X'' & \"Y\" apply? ==\nText.\n")
    assert_clean_render(result, [(2, 'Should X & "Y" apply?')])


def test_nowiki_examples_can_be_allowed(mediawiki: MediaWikiClient) -> None:
    result = mediawiki.parse("== A ==\nAdd <code><nowiki>{{rfc}}</nowiki></code> on top.\n")
    with pytest.raises(AssertionError, match="literal"):
        assert_clean_render(result, [(2, "A")])
    assert_clean_render(result, [(2, "A")], allowed_literals=["{{rfc}}"])


def test_missing_required_template_is_reported(mediawiki: MediaWikiClient) -> None:
    result = mediawiki.parse(GOOD)
    with pytest.raises(AssertionError, match="Template:Rfc does not exist"):
        assert_clean_render(result, GOOD_HEADINGS, require_templates=["Template:Rfc"])


def test_text_over_two_megabytes_is_still_expanded(mediawiki: MediaWikiClient) -> None:
    # Above $wgMaxArticleSize MediaWiki silently skips template expansion; the start
    # script raises it. Also exercises the multipart upload.
    filler = ("Lorem ipsum dolor sit amet. " * 40 + "\n\n") * 1900
    text = "== Big ==\n" + filler + "{{#if:1|expanded-marker|}} {{Big template}}\n"
    assert len(text.encode()) > 2_100_000
    result = mediawiki.parse(text, pst=False)
    assert "expanded-marker" in result.text
    assert [t.title for t in result.templates] == ["Template:Big template"]


def test_login_edit_and_read_back(mediawiki_user: MediaWikiClient) -> None:
    title = f"Proposals/Test {uuid.uuid4().hex[:8]}"
    saved = mediawiki_user.edit(title, GOOD, summary="create")
    assert saved["new"] is True

    page = mediawiki_user.read(title)
    assert page.user == "Admin"
    assert page.revid == saved["newrevid"]
    # Pre-save transform on save expands the signature to the logged-in user.
    assert "~~~~" not in page.content
    assert "[[User:Admin|Admin]]" in page.content

    reply = mediawiki_user.edit(title, "Agree. ~~~~", createonly=False, section="new", sectiontitle="Reply")
    assert reply["oldrevid"] == saved["newrevid"]
    page = mediawiki_user.read(title)
    assert page.content.rstrip().endswith("(UTC)")
    assert "== Reply ==\n\nAgree. [[User:Admin|Admin]]" in page.content

    with pytest.raises(ApiError) as info:
        mediawiki_user.edit(title, "again")
    assert info.value.code == "articleexists"


def test_anonymous_edit_is_refused(mediawiki: MediaWikiClient) -> None:
    # assert=user turns a lost login into an error instead of an edit by 127.0.0.1.
    with pytest.raises(ApiError) as info:
        mediawiki.new_session().edit(f"Anonymous {uuid.uuid4().hex[:8]}", "x")
    assert info.value.code == "assertuserfailed"


def test_wrong_bot_password_is_refused(mediawiki: MediaWikiClient) -> None:
    session = mediawiki.new_session()
    session.bot_password = "x" * 32
    with pytest.raises(ApiError) as info:
        session.login()
    assert info.value.code == "Failed"
