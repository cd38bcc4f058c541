"""Each draft rule on a failing and a passing draft, with exact lines and columns."""

from __future__ import annotations

import datetime as dt

import pytest

from advocacy_cli.lint.engine import lint_text
from tests.conftest import TODAY

GOOD = """\
== RfC: Should this wiki show a 48-hour banner about the directive? ==
{{rfc|policy}}
Should the English Wikipedia show a 48-hour informational banner about the directive? ~~~~

=== Background ===
The directive would make hosting services liable for what users upload.

=== Why this matters to this project ===
Commons would have to filter uploads, which affects editors and readers.

=== Proposed action ===
A banner for 48 hours from 1 September 2027, shown to logged-out readers in the EU.
It would be requested at [[m:CentralNotice/Request]] and the Wikimedia Foundation notified.

=== Alternatives considered ===
* A blog post: it reaches few readers.

=== Proposer and disclosure ===
Organisation: Open Knowledge Network. Role: policy officer. Posting this is paid work.
"""


def found(text, catalog, rule, today=TODAY, target=None):
    """Return (line, column) of every finding of ``rule``."""
    return [(f.line, f.column) for f in lint_text(text, catalog, today, target) if f.rule == rule]


def test_good_draft_is_clean(catalog):
    assert lint_text(GOOD, catalog, TODAY) == []


def test_wikitext_syntax_unclosed_link_inside_template(catalog):
    text = "== A ==\nIntro {{rfc|policy [[WP:X}} ~~~~\n"
    assert found(text, catalog, "wikitext-syntax") == [(2, 7), (2, 20)]


def test_wikitext_syntax_unclosed_comment_hides_the_page(catalog):
    text = "Intro. ~~~~\n<!-- note\n== Background ==\n"
    findings = [f for f in lint_text(text, catalog, TODAY) if f.rule == "wikitext-syntax"]
    assert [(f.line, f.column, f.end_column) for f in findings] == [(2, 1, 5)]
    assert "hides the rest" in findings[0].message


def test_wikitext_syntax_heading_and_table(catalog):
    text = "== Proposal =\n{|\n| a\n"
    assert found(text, catalog, "wikitext-syntax") == [(1, 1), (2, 1)]


def test_wikitext_syntax_passes_balanced_markup(catalog):
    assert found(GOOD + "{|\n| [[a|{{b}}]]\n|}\n<!-- fine -->\n", catalog, "wikitext-syntax") == []


def test_columns_count_characters_not_bytes(catalog):
    text = "== Über die Ärzte ==\nÄÖÜ {{x\n"
    findings = [f for f in lint_text(text, catalog, TODAY) if f.rule == "wikitext-syntax"]
    assert [(f.line, f.column, f.end_column) for f in findings] == [(2, 5, 7)]


def test_missing_summary(catalog):
    text = "== Banner about the directive ==\n=== Background ===\nThe directive ... ~~~~\n"
    assert found(text, catalog, "missing-summary") == [(2, 5)]
    assert found(GOOD, catalog, "missing-summary") == []


def test_unsigned_points_at_the_opening_statement(catalog):
    text = GOOD.replace(" ~~~~", "")
    assert found(text, catalog, "unsigned") == [(3, 1)]


def test_signature_inside_a_quote_does_not_count(catalog):
    text = GOOD.replace(" ~~~~", " {{quote|A signed banner ~~~~}}")
    assert found(text, catalog, "unsigned") == [(3, 1)]


def test_undisclosed_affiliation(catalog):
    text = GOOD.replace(
        "Organisation: Open Knowledge Network. Role: policy officer. Posting this is paid work.",
        "I write this on behalf of our members.",
    )
    assert found(text, catalog, "undisclosed-affiliation") == [(19, 14)]
    volunteer = GOOD.replace(
        "Organisation: Open Knowledge Network. Role: policy officer. Posting this is paid work.",
        "I am a volunteer and care about this.",
    )
    assert found(volunteer, catalog, "undisclosed-affiliation") == []


def test_loaded_wording_in_heading_only(catalog):
    text = "== STOP THIS EVIL LAW!!! ==\nShould the wiki run a banner about it? ~~~~\n"
    assert (1, 4) in found(text, catalog, "loaded-wording")
    assert (1, 22) in found(text, catalog, "loaded-wording")
    quoted = GOOD + "\n=== Background notes ===\n<blockquote>STOP THIS EVIL LAW!!!</blockquote>\n"
    assert found(quoted, catalog, "loaded-wording") == []


@pytest.mark.parametrize(
    "line",
    [
        "Antrag auf Meta und Information der Foundation und von WMDE/WMAT nach dem MB.",
        "Le bandeau renverra vers WMFR/WMCH et la page du projet.",
        "Notify WMUK/WMIE and the Foundation once it passes.",
    ],
)
def test_acronyms_joined_by_a_slash_are_not_shouting(catalog, line):
    text = f"== Banner ==\nShould the wiki run a banner about the bill? ~~~~\n\n{line}\n"
    assert found(text, catalog, "loaded-wording") == []


def test_acronyms_are_not_shouting(catalog):
    text = "== RfC: Banner about SOPA PIPA ==\nShould we show a banner about the SOPA bill? ~~~~\n"
    assert found(text, catalog, "loaded-wording") == []


def test_canvassing_vote_instruction(catalog):
    text = GOOD + "\nPlease tell our supporters to come and vote support.\n"
    assert found(text, catalog, "canvassing")[0][0] == 21


def test_vote_for_the_candidate_is_not_an_on_wiki_vote(catalog):
    text = GOOD + "\nSome groups ask people to vote for the candidate who opposes the bill.\n"
    assert found(text, catalog, "canvassing") == []


def test_canvassing_mass_user_talk(catalog):
    talk = "".join(f"* [[User talk:Editor{i}]]\n" for i in range(5))
    text = GOOD + "\n=== Notifications ===\n" + talk
    assert found(text, catalog, "canvassing") == [(22, 3)]


def test_meatpuppetry(catalog):
    text = GOOD + "\nAsk your members to create an account and vote.\n"
    assert [line for line, _ in found(text, catalog, "meatpuppetry")] == [21]


def test_contact_address(catalog):
    text = GOOD + "\nSend an email to info@wikimedia.org to demand a blackout.\n"
    assert found(text, catalog, "contact-address") == [(21, 1)]


def test_reference_is_not_the_proposers_wording(catalog):
    text = GOOD.replace(
        "what users upload.", "what users upload.<ref>A campaign site says: vote support!</ref>"
    )
    assert found(text, catalog, "canvassing") == []


def test_off_mission_candidate_is_an_error(catalog):
    text = "== RfC: Banner asking readers to vote for the candidate of the Green party ==\nx ~~~~\n"
    findings = [f for f in lint_text(text, catalog, TODAY) if f.rule == "off-mission"]
    assert findings and findings[0].line == 1
    assert findings[0].severity.value == "error"


def test_no_alternatives(catalog):
    text = GOOD.replace("=== Alternatives considered ===\n* A blog post: it reaches few readers.\n", "")
    assert found(text, catalog, "no-alternatives") == [(1, 41)]


def test_blackout_named_only_under_alternatives_is_not_proposed(catalog):
    text = GOOD.replace("* A blog post", "* A 24-hour blackout: far too disruptive.\n* A blog post")
    assert found(text, catalog, "no-alternatives") == []
    assert found(text, catalog, "missing-scope") == []


def test_missing_scope(catalog):
    text = GOOD.replace(
        "A banner for 48 hours from 1 September 2027, shown to logged-out readers in the EU.",
        "A banner about the directive.",
    )
    assert found(text, catalog, "missing-scope") == [(1, 41)]


def test_article_advocacy(catalog):
    text = GOOD + "\nWe ask editors to add a call to action against the bill to the article.\n"
    assert [line for line, _ in found(text, catalog, "article-advocacy")] == [21]


def test_missing_impact(catalog):
    text = GOOD.replace(
        "Commons would have to filter uploads, which affects editors and readers.", "It is bad."
    ).replace("would make hosting services liable for what users upload", "is bad")
    assert found(text, catalog, "missing-impact") == [(8, 5)]


def test_missing_centralnotice(catalog):
    text = GOOD.replace(
        "It would be requested at [[m:CentralNotice/Request]] and the Wikimedia Foundation notified.\n",
        "",
    )
    assert found(text, catalog, "missing-centralnotice") == [(1, 41)]


def test_wrong_venue_mailing_list(catalog):
    text = GOOD + "\nWe will decide on the banner on the wikimedia-l mailing list.\n"
    assert found(text, catalog, "wrong-venue") == [(21, 37)]
    negated = GOOD + "\nA mailing list can test an idea but cannot decide a banner.\n"
    assert found(negated, catalog, "wrong-venue") == []


def test_wrong_venue_foundation_cannot_decide_a_banner(catalog):
    assert found(GOOD, catalog, "wrong-venue", target="wmf") == [(1, 41)]


def test_unedited_placeholder(catalog):
    text = GOOD.replace("Open Knowledge Network", "[YOUR ORGANISATION]")
    assert found(text, catalog, "unedited-placeholder") == [(19, 15)]
    hidden = GOOD + "<!-- TODO: check the dates -->\n"
    assert found(hidden, catalog, "unedited-placeholder") == []


def test_language_mismatch(catalog):
    german = (
        "== Banner ==\nSoll die Wikipedia für die Leser in der EU ein Banner zeigen? "
        "Die Richtlinie "
        "würde die Plattformen haften lassen, und das betrifft auch die Autoren und die Leser "
        "und die Bilder auf der Seite. ~~~~\n"
    )
    assert found(german, catalog, "language-mismatch", target="enwiki") == [(1, 1)]
    assert found(german, catalog, "language-mismatch", target="dewiki") == []


@pytest.mark.parametrize(
    ("today", "severity"),
    [
        (dt.date(2027, 8, 28), "error"),
        (dt.date(2027, 7, 20), "warning"),
        (dt.date(2027, 4, 1), None),
    ],
)
def test_short_deadline_counts_from_today(catalog, today, severity):
    findings = [f for f in lint_text(GOOD, catalog, today) if f.rule == "short-deadline"]
    if severity is None:
        assert findings == []
    else:
        assert [(f.line, f.column, f.severity.value) for f in findings] == [(12, 28, severity)]


def test_short_deadline_past_start(catalog):
    findings = lint_text(GOOD, catalog, dt.date(2027, 9, 2))
    assert [(f.line, f.column) for f in findings if f.rule == "short-deadline"] == [(12, 28)]


def test_abbreviations_do_not_end_a_sentence(catalog):
    from advocacy_cli.lint.context import sentences

    text = "Entschieden wird, z. B. nach einer Vorbesprechung, auf der Mailingliste. Zweiter Satz."
    assert [text[a:b].strip() for a, b in sentences(text, 0, len(text))] == [
        "Entschieden wird, z. B. nach einer Vorbesprechung, auf der Mailingliste.",
        "Zweiter Satz.",
    ]
    draft = (
        "== Meinungsbild: Banner zur Richtlinie ==\n"
        "Soll die deutschsprachige Wikipedia ein Banner zeigen? ~~~~\n\n"
        "=== Ablauf ===\n"
        "Entschieden wird, z. B. nach einer Vorbesprechung, auf der Mailingliste.\n"
    )
    found = [
        (f.line, f.column) for f in lint_text(draft, catalog, TODAY, "dewiki") if f.rule == "wrong-venue"
    ]
    assert found == [(5, draft.splitlines()[4].index("Mailingliste") + 1)]
