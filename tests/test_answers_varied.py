"""Answers files unlike the examples: other targets and actions, languages, bad input."""

from __future__ import annotations

import re
import time
from pathlib import Path

import mwparserfromhell
import pytest

from advocacy_cli.answers import MAX_TEXT, answers_from_text, load_answers
from advocacy_cli.catalog import Catalog
from advocacy_cli.checks import check_answers
from advocacy_cli.errors import InputError
from advocacy_cli.generate import render_files
from advocacy_cli.rules.contact_address import EMAIL
from tests.conftest import FIXTURES, TODAY
from tests.test_render import is_language_mark, without_vote_lines

VARIED = FIXTURES / "varied"


def _findings(name: str, catalog: Catalog) -> set[tuple[str, str]]:
    answers, doc = load_answers(VARIED / name, catalog)
    return {(f.rule, f.field or "") for f in check_answers(answers, doc, catalog, TODAY)}


def _headings(wikitext: str) -> list[str]:
    return [str(h.title).strip() for h in mwparserfromhell.parse(wikitext).filter_headings()]


def _problems(path: Path, catalog: Catalog) -> list[str]:
    with pytest.raises(InputError) as caught:
        load_answers(path, catalog)
    return [line.removeprefix(f"{path}:") for line in caught.value.lines()]


# ---- valid files: venue, language and findings ------------------------------------------


def test_dewiki_statement_is_a_german_draft_for_the_meinungsbild(catalog):
    answers, _ = load_answers(VARIED / "dewiki-statement.yaml", catalog)
    files = render_files(answers, catalog, TODAY)
    headings = _headings(files["proposal.dewiki.wiki"])
    # A page of its own: its name is the title; it opens with the question.
    assert files["proposal.dewiki.wiki"].startswith("Soll die deutschsprachige Wikipedia")
    assert headings[:2] == ["Initiatoren", "Unterstützer"]
    assert {"Hintergrund", "Zeitplan", "Benachrichtigungen", "Auswertung", "Abstimmung"} <= set(headings)
    # A Meinungsbild is a page of its own under Wikipedia:Meinungsbilder, not a new section.
    plan = files["posting-plan.dewiki.md"]
    assert re.search(r"title=Wikipedia:Meinungsbilder/\S+&action=edit$", plan, re.MULTILINE)
    assert "section=new" not in plan
    assert _findings("dewiki-statement.yaml", catalog) == set()


def test_four_wikis_blackout_flags_only_the_wiki_that_cannot_decide_it(catalog):
    found = _findings("four-wikis-blackout.yaml", catalog)
    assert {f for f in found if f[0] != "language-mismatch"} == {("wrong-venue", "target.projects[3]")}
    # The English texts are kept, marked, in the German and French drafts: translate first.
    assert ("language-mismatch", "cause.summary") in found
    answers, _ = load_answers(VARIED / "four-wikis-blackout.yaml", catalog)
    files = render_files(answers, catalog, TODAY)
    assert _headings(files["proposal.frwiki.wiki"])[0] == "Contexte"
    assert "{{rfc|prop}}" in files["proposal.enwiki.wiki"]
    # Each community hears that the others are asked separately.
    assert "German Wikipedia" in files["proposal.enwiki.wiki"]


def test_consultation_for_a_wiki_and_its_chapter(catalog):
    found = _findings("eswiki-wmes-consultation.yaml", catalog)
    assert ("wrong-venue", "target.projects[0]") in found
    assert ("wrong-venue", "target.projects[1]") not in found
    answers, _ = load_answers(VARIED / "eswiki-wmes-consultation.yaml", catalog)
    files = render_files(answers, catalog, TODAY)
    assert _headings(files["proposal.wmes.wiki"])[0].startswith("Petición de")


def test_bad_tactics_are_each_reported_on_their_field(catalog):
    found = _findings("enwiki-bad-tactics.yaml", catalog)
    assert {
        ("canvassing", "cause.summary"),
        ("contact-address", "cause.summary"),
        ("meatpuppetry", "action.details"),
        ("canvassing", "outreach[0].channel"),
        ("canvassing", "outreach[1].channel"),
        ("meatpuppetry", "outreach[2].channel"),
        ("contact-address", "outreach[3].channel"),
        ("contact-address", "outreach[3].note"),
    } <= found


# ---- malformed files: every problem in one pass ----------------------------------------


def test_wrong_types_and_unknown_catalogue_keys_are_reported_together(catalog):
    assert _problems(VARIED / "malformed.yaml", catalog) == [
        "3: organisation.paid: expected true or false, got 'maybe'",
        "4: organisation.webiste: unknown field (did you mean 'website'?)",
        "6: cause.title: must not be empty",
        "8: cause.topic: unknown topic 'copyrigth' (did you mean 'copyright'?)",
        "10: cause.decision_date: expected a date as YYYY-MM-DD, got '2027-12-45x'",
        "12: target.projects[0]: unknown project 'enwik' (did you mean 'enwiki'?)",
        "15: action.duration_hours: expected a whole number, got 'many'",
        "16: action.start: expected a date as YYYY-MM-DD, got 'tomorrow'",
        "17: alternatives: expected a list",
        "20: outreach[0].chanel: unknown field (did you mean 'channel'?)",
        "21: outreach[1].channel: unknown outreach channel 'vilage-pump' (did you mean 'village-pump'?)",
        "22: language: expected a language code such as 'en' or 'de', got 'english'",
    ]


MINIMAL = """\
organisation: {name: Org, paid: false, role: Volunteer}
cause:
  title: T
  summary: S
  topic: copyright
  impact: Enough words to say how the cause affects the projects and readers.
target: {projects: [enwiki]}
action: {kind: statement}
"""


def test_a_key_given_twice_is_an_error_on_its_second_line(catalog):
    text = MINIMAL.replace("  title: T\n", "  title: T\n  title: U\n")
    with pytest.raises(InputError) as caught:
        answers_from_text(text, catalog, "a.yaml")
    assert caught.value.lines() == ["a.yaml:4: cause.title: given twice (first on line 3); keep one"]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2027-06-30 12:00:00", "expected a date as YYYY-MM-DD, without a time, got 2027-06-30 12:00:00"),
        ("1800000000", "expected a date as YYYY-MM-DD, got 1800000000"),
        ("'2027-02-30'", "no such day, got '2027-02-30'"),
    ],
)
def test_a_date_is_a_calendar_day_written_as_such(catalog, value, message):
    text = MINIMAL.replace("  topic: copyright\n", f"  topic: copyright\n  decision_date: {value}\n")
    with pytest.raises(InputError) as caught:
        answers_from_text(text, catalog, "a.yaml")
    assert caught.value.lines() == [f"a.yaml:6: cause.decision_date: {message}"]


def test_an_enormous_field_is_refused_quickly(catalog):
    text = MINIMAL.replace("  summary: S", "  summary: " + "x" * (3 * MAX_TEXT))
    with pytest.raises(InputError) as caught:
        answers_from_text(text, catalog, "a.yaml")
    assert caught.value.lines() == [
        f"a.yaml:4: cause.summary: too long: {3 * MAX_TEXT} characters, at most {MAX_TEXT}"
    ]
    # Past the size of any answers file, the file is refused before it is parsed.
    text = MINIMAL.replace("  summary: S", "  summary: " + "x" * (5 * 1024 * 1024))
    with pytest.raises(InputError) as caught:
        answers_from_text(text, catalog, "a.yaml")
    [line] = caught.value.lines()
    assert line.startswith("a.yaml: too large: 5,24")


def test_the_email_pattern_is_linear_on_long_words():
    started = time.monotonic()
    assert EMAIL.search("x" * MAX_TEXT) is None
    assert time.monotonic() - started < 0.5
    assert EMAIL.search("write to info@wikimedia.org").group(0) == "info@wikimedia.org"


# ---- hostile text: the drafts keep their structure --------------------------------------


def test_hostile_answers_cannot_change_any_draft(catalog):
    answers, _ = load_answers(VARIED / "hostile.yaml", catalog)
    files = render_files(answers, catalog, TODAY)
    for name, text in files.items():
        if not name.endswith(".wiki"):
            continue
        # The vote sections show the line a vote takes, in nowiki: the renderer's, not the answers'.
        text = without_vote_lines(text)
        code = mwparserfromhell.parse(text)
        assert len(re.findall("~~~", text)) == 1, name
        assert {str(t.name).strip() for t in code.filter_templates()} <= {"rfc", "reflist-talk"}, name
        titles = [str(link.title) for link in code.filter_wikilinks()]
        assert not any("Category" in title or title in ("x", "Y", "Z") for title in titles), name
        assert not code.filter_comments(), name
        # References are listed once: by <references /> or, on English Wikipedia, {{reflist-talk}}.
        # Other-language answers are kept inside language marks, which are not references.
        tags = [t for t in code.filter_tags() if not is_language_mark(t)]
        names = [str(t.tag) for t in tags if str(t.tag) not in ("li", "ref")]
        assert names == ([] if "{{reflist-talk}}" in text else ["references"]), name
        assert all(h.level in (2, 3) for h in code.filter_headings()), name
        # A thread has one level-2 heading; a page of its own (a Meinungsbild) has none above its sections.
        levels = [h.level for h in code.filter_headings()]
        assert levels.count(2) == 1 or (levels[0] == 2 and text.split("\n", 1)[0].count("==") == 0), name


def test_notices_name_their_pages_in_the_draft_language(catalog):
    answers, _ = load_answers(VARIED / "dewiki-statement.yaml", catalog)
    draft = render_files(answers, catalog, TODAY)["proposal.dewiki.wiki"]
    notifications = draft.split("== Benachrichtigungen ==")[1].split("\n\n")[0]
    # The village-pump notice goes to the wiki's own page, not to an English label.
    assert "* [[Wikipedia:Projektdiskussion]]: Hinweis im Kurier" in notifications
    assert "village pump" not in draft.lower()


def test_german_requests_to_vote_pro_and_open_accounts_are_caught(catalog):
    assert _findings("dewiki-canvassing.yaml", catalog) == {
        ("canvassing", "action.details"),
        ("meatpuppetry", "action.details"),
        ("canvassing", "outreach[0].note"),
    }


def test_a_german_notice_that_asks_nobody_to_vote_is_not_flagged(catalog):
    text = (VARIED / "dewiki-canvassing.yaml").read_text(encoding="utf-8")
    calm = text.replace(
        "Wir bitten alle Unterstützer, mit Pro abzustimmen und neue Konten anzulegen.",
        "Eine Stellungnahme; wer mitdiskutieren will, braucht kein neues Konto.",
    ).replace("Bitte stimmt mit Pro!", "Neutraler Hinweis.")
    answers, doc = answers_from_text(calm, catalog, "calm.yaml")
    assert {f.rule for f in check_answers(answers, doc, catalog, TODAY)} == set()


def test_the_plan_says_to_paste_the_draft_without_the_heading_the_link_fills_in(catalog):
    answers, _ = load_answers(VARIED / "four-wikis-blackout.yaml", catalog)
    plan = render_files(answers, catalog, TODAY)["posting-plan.enwiki.md"]
    link = re.search(r"^https://\S+section=new&preloadtitle=(\S+)$", plan, re.MULTILINE)
    assert link is not None
    assert "without its first line" in plan[: link.start()]
