"""Each wiki's way of proposing: genres, where drafts are posted, notices, timelines, whom to inform."""

from __future__ import annotations

import datetime as dt
import re

import mwparserfromhell
import pytest
import yaml

from advocacy_cli.answers import Answers, load_answers
from advocacy_cli.lint.engine import lint_text
from advocacy_cli.render import gather_facts, render_draft
from advocacy_cli.render.draft import build_draft, notice_places
from advocacy_cli.render.plan import build_plan
from advocacy_cli.render.timeline import Milestone
from tests.conftest import TODAY
from tests.test_render import CASES, EXPECTED


def _answers(catalog, case: str, **changes: object) -> Answers:
    data = yaml.safe_load(CASES[case].read_text(encoding="utf-8"))
    for dotted, value in changes.items():
        node = data
        *parents, last = dotted.split("__")
        for part in parents:
            node = node.setdefault(part, {})
        node[last] = value
    return Answers.model_validate(data)


# ---- the catalogue ---------------------------------------------------------------------


def test_every_community_names_a_known_genre_with_headings_for_its_sections(catalog):
    english = catalog.languages["en"]
    for project in catalog.projects.values():
        if project.kind != "community":
            continue
        variants = [project.proposal, *project.proposal.by_action.values()]
        for conventions in variants:
            genre = catalog.genres[conventions.genre]
            assert all(key in english.sections for key in genre.sections), (project.key, genre.key)
            if conventions.posting != "new-section":
                assert conventions.page, f"{project.key}: a page of its own needs a title pattern"
            if conventions.announce_on:
                assert conventions.announce_form, project.key


def test_genres_that_vote_have_vote_sections_and_threads_do_not(catalog):
    for genre in catalog.genres.values():
        if genre.vote:
            assert "voting" in genre.sections and "evaluation" in genre.sections
        assert "survey" not in genre.sections or genre.key == "rfc"


def test_an_unknown_genre_names_file_line_and_field(tmp_path):
    from advocacy_cli.catalog import load_catalog
    from advocacy_cli.errors import InputError

    (tmp_path / "projects.yaml").write_text(
        "projects:\n  svwiki:\n    name: Swedish Wikipedia\n    kind: community\n    family: wikipedia\n"
        "    language: sv\n    url: https://sv.wikipedia.org/\n    decides: By consensus.\n"
        "    proposal:\n      genre: umfrage\n    sources: [https://sv.wikipedia.org/]\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        load_catalog(tmp_path)
    assert "projects.svwiki.proposal.genre: unknown genre 'umfrage'" in str(caught.value)


def test_a_genre_section_without_a_heading_names_file_line_and_field(tmp_path):
    from advocacy_cli.catalog import load_catalog
    from advocacy_cli.errors import InputError

    (tmp_path / "genres.yaml").write_text(
        "genres:\n  umfrage:\n    title: Umfrage\n    summary: A poll.\n"
        "    sections: [background, opinions]\n    sources: [https://de.wikipedia.org/]\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        load_catalog(tmp_path)
    assert "genres.yaml:5: genres.umfrage.sections[1]: no heading for section 'opinions'" in str(caught.value)


# ---- every golden case: lints clean with its target ---------------------------------------


@pytest.mark.parametrize(("case", "project"), sorted(EXPECTED))
def test_every_genre_draft_lints_clean_with_its_target(catalog, case, project):
    """Clean, beyond what ``check`` already warns about in the answers (in the same rule)."""
    from advocacy_cli.checks import run_answer_rules

    answers, doc = load_answers(CASES[case], catalog)
    warned = {f.rule for f in run_answer_rules(answers, doc, catalog, TODAY) if f.severity.value == "warning"}
    facts = gather_facts(answers, catalog, project, TODAY)
    from advocacy_cli.render import render_draft

    draft = render_draft(answers, catalog, project, TODAY)
    findings = lint_text(draft, catalog, TODAY, target=project)
    assert [(f.rule, f.message) for f in findings if f.rule not in warned] == [], facts.genre.key
    assert all(f.severity.value != "error" for f in findings), facts.genre.key


# ---- the timeline: true, ordered, and the same in the draft and the plan ---------------------


@pytest.mark.parametrize(("case", "project"), sorted(EXPECTED))
def test_the_drafts_timeline_and_the_plans_agree(catalog, case, project):
    answers, _ = load_answers(CASES[case], catalog)
    facts = gather_facts(answers, catalog, project, TODAY)
    draft_dates = [item.when for item in build_draft(facts).timeline]
    plan_dates = [step.at for step in build_plan(facts).timeline]
    assert draft_dates == plan_dates
    assert draft_dates == sorted(draft_dates)


def test_a_meinungsbild_opens_only_after_its_supporters_and_a_weeks_notice(catalog):
    answers, _ = load_answers(CASES["dewiki-blackout"], catalog)
    timeline = gather_facts(answers, catalog, "dewiki", TODAY).timeline
    when = {(e.milestone, e.key): e.when.date() for e in timeline.events}
    supporters = when[(Milestone.BEFORE, "supporters")]
    notice = when[(Milestone.BEFORE, "notice")]
    opens = when[(Milestone.OPEN, None)]
    assert when[(Milestone.PREDISCUSS, None)] < supporters < notice < opens
    assert (notice - supporters).days >= 14 and (opens - notice).days >= 7
    # The page is public from the supporter phase: the Foundation hears of it then.
    assert when[(Milestone.NOTIFY, None)] == supporters == timeline.published


@pytest.mark.parametrize("case", ["enwiki-banner", "itwiki-bar-thread", "metawiki-rfc"])
def test_centralnotice_steps_follow_their_dependencies(catalog, case):
    answers, _ = load_answers(CASES[case], catalog)
    project = answers.target.projects[0]
    timeline = gather_facts(answers, catalog, project, TODAY).timeline
    steps = {s.key: s for s in timeline.lead_steps}
    # The Foundation is told when the discussion opens, not after it closes.
    assert steps["notify-foundation"].begins == timeline.published < timeline.closes
    assert steps["request"].begins == timeline.closes
    assert steps["feedback"].begins == steps["legal-review"].begins == steps["request"].due
    assert steps["setup"].begins == max(steps["feedback"].due, steps["legal-review"].due)
    assert timeline.ready == steps["setup"].due


def test_a_blackout_names_how_it_is_deployed(catalog):
    answers, _ = load_answers(CASES["dewiki-blackout"], catalog)
    plan = build_plan(gather_facts(answers, catalog, "dewiki", TODAY))
    lead = " ".join(step.what for step in plan.lead_steps)
    assert "Phabricator" in lead and "deployment" in lead.lower()


# ---- where the proposal is posted ----------------------------------------------------------


@pytest.mark.parametrize(
    ("case", "project", "page", "entry"),
    [
        (
            "itwiki-bar-thread",
            "itwiki",
            "Wikipedia:Bar/Discussioni/Banner informativo: Disegno di legge sulla rettifica online",
            # Signalled on the day's Bar page, named after the day it is posted.
            ("Wikipedia:Bar/2027 04 01", "{{Wikipedia:Bar/Discussioni/Banner informativo: "),
        ),
        (
            "metawiki-rfc",
            "metawiki",
            "Requests for comment/Public Domain Term Extension Treaty",
            ("Requests for comment", "* [[Requests for comment/Public Domain Term Extension Treaty|"),
        ),
        (
            "dewiki-blackout",
            "dewiki",
            "Wikipedia:Meinungsbilder/Netzsperrengesetz 2027",
            ("Wikipedia:Meinungsbilder", "* [[Wikipedia:Meinungsbilder/Netzsperrengesetz 2027|"),
        ),
    ],
)
def test_a_page_of_its_own_is_created_and_signalled(catalog, case, project, page, entry):
    answers, _ = load_answers(CASES[case], catalog)
    plan = build_plan(gather_facts(answers, catalog, project, TODAY))
    assert plan.decide is not None and plan.decide.new_page is not None
    assert plan.decide.new_section is None
    assert plan.decide.new_page.endswith("&action=edit")
    assert page.replace(" ", "_") in plan.decide.new_page
    assert plan.announce is not None and plan.announce.title == entry[0]
    assert plan.announce_entry is not None and plan.announce_entry.startswith(entry[1])


def test_a_cafe_proposal_is_a_new_section_of_the_proposals_page(catalog):
    answers, _ = load_answers(CASES["frwiki-eswiki-statement"], catalog)
    plan = build_plan(gather_facts(answers, catalog, "eswiki", TODAY))
    assert plan.decide is not None and plan.decide.new_section is not None
    assert "title=Wikipedia:Caf%C3%A9/Portal/Archivo/Propuestas/Actual&action=edit&section=new" in (
        plan.decide.new_section
    )


def test_a_commons_request_for_help_goes_to_the_copyright_village_pump(catalog):
    answers, _ = load_answers(CASES["commons-help-request"], catalog)
    facts = gather_facts(answers, catalog, "commonswiki", TODAY)
    plan = build_plan(facts)
    assert facts.genre.key == "help-request" and not facts.genre.vote
    assert plan.decide is not None and "Commons:Village_pump/Copyright" in (plan.decide.new_section or "")
    draft = build_draft(facts)
    assert "survey" not in draft.order and "voting" not in draft.order


# ---- notices: the venue's form, wikilinks with anchors, never the venue itself ----------------


def _notice_texts(catalog, case, project):
    answers, _ = load_answers(CASES[case], catalog)
    return {n.place.title: n.text for n in build_plan(gather_facts(answers, catalog, project, TODAY)).notices}


def test_a_list_of_discussions_gets_a_one_line_unsigned_entry(catalog):
    for case, project, venue in [
        ("dewiki-blackout", "dewiki", "Vorlage:Beteiligen"),
        ("enwiki-banner", "enwiki", "Wikipedia:Centralized discussion"),
    ]:
        text = _notice_texts(catalog, case, project)[venue]
        assert text.startswith("* [[") and "\n" not in text and "~~~~" not in text, venue


def test_a_village_pump_gets_a_signed_sentence_with_a_section_anchor(catalog):
    answers = _answers(catalog, "enwiki-banner")
    answers = answers.model_copy(
        update={"outreach": (*answers.outreach, type(answers.outreach[0])(channel="wikiproject"))}
    )
    facts = gather_facts(answers, catalog, "enwiki", TODAY)
    notices = [n for n in build_plan(facts).notices if n.text.endswith("~~~~")]
    assert notices
    for notice in notices:
        [link] = mwparserfromhell.parse(notice.text).filter_wikilinks()
        assert str(link.title).startswith("Wikipedia:Village pump (proposals)#RfC: Should English Wikipedia")


def test_german_notices_use_wikilinks_not_external_links(catalog):
    for text in _notice_texts(catalog, "dewiki-blackout", "dewiki").values():
        code = mwparserfromhell.parse(text)
        assert code.filter_external_links() == [] and code.filter_wikilinks(), text


def test_the_deciding_venue_is_never_among_its_own_notice_pages(catalog):
    for case, project in sorted(EXPECTED):
        answers, _ = load_answers(CASES[case], catalog)
        facts = gather_facts(answers, catalog, project, TODAY)
        if not facts.community:
            continue
        posted = facts.project.posting_venue(answers.action.kind)
        decide = facts.project.deciding_venue
        for place in notice_places(facts):
            assert place.venue is None or place.venue not in (posted, decide), (case, place.title)
            assert place.title != (posted.title if posted else None), case


def test_itwiki_gets_its_newsletter_and_outreach_meant_for_another_wiki_stays_there(catalog):
    answers = _answers(
        catalog,
        "itwiki-bar-thread",
        outreach=[
            {"channel": "newsletter", "note": "Notizia sul Wikipediano.", "project": "itwiki"},
            {"channel": "village-pump", "note": "Notice at Village pump (policy).", "project": "enwiki"},
        ],
    )
    places = notice_places(gather_facts(answers, catalog, "itwiki", TODAY))
    assert [p.title for p in places] == ["Wikipedia:Wikipediano"]
    assert places[0].note == "Notizia sul Wikipediano." and places[0].form == "news-item"


# ---- whom to inform: chosen by the cause's countries -----------------------------------------


@pytest.mark.parametrize(
    ("countries", "expected"),
    [
        (["EU", "DE", "FR"], {"wmeu", "wmde", "wmfr"}),
        (["EU"], {"wmeu"}),
        (["IT"], {"wmit"}),
        (["global"], set()),
        (["GB"], {"wmuk"}),
    ],
)
def test_chapters_are_chosen_by_the_countries_the_cause_concerns(catalog, countries, expected):
    answers = _answers(catalog, "enwiki-banner", cause__countries=countries)
    facts = gather_facts(answers, catalog, "enwiki", TODAY)
    assert {c.key for c in facts.chapters()} == expected
    # The Foundation's advocacy team hears of it in every case.
    assert facts.foundation() is not None


def test_without_countries_an_english_wiki_informs_no_chapter_by_language(catalog):
    for case, project in [("enwiki-banner", "enwiki"), ("commons-help-request", "commonswiki")]:
        answers = _answers(catalog, case)
        answers = answers.model_copy(update={"cause": answers.cause.model_copy(update={"countries": ()})})
        facts = gather_facts(answers, catalog, project, TODAY)
        assert facts.chapters() == ()
        assert "Wikimedia UK" not in build_draft(facts).inform


def test_without_countries_a_german_wiki_informs_the_german_speaking_chapters(catalog):
    answers, _ = load_answers(CASES["dewiki-blackout"], catalog)
    facts = gather_facts(answers, catalog, "dewiki", TODAY)
    assert {c.key for c in facts.chapters()} == {"wmde", "wmch", "wmat"}


def _with_countries(tmp_path, value: str):
    text = CASES["itwiki-bar-thread"].read_text(encoding="utf-8")
    assert "countries:\n  - IT" in text
    path = tmp_path / "answers.yaml"
    path.write_text(text.replace("countries:\n  - IT", f"countries: [{value}]"), encoding="utf-8")
    return path


@pytest.mark.parametrize("bad", ["italy", "ITA", "I", "'12'"])
def test_countries_are_validated_as_codes(catalog, tmp_path, bad):
    from advocacy_cli.errors import InputError

    with pytest.raises(InputError) as caught:
        load_answers(_with_countries(tmp_path, bad), catalog)
    expected = r"answers\.yaml:\d+: cause\.countries\[0\]: expected a two-letter country code"
    assert re.search(expected, str(caught.value))


@pytest.mark.parametrize(
    ("given", "read"), [("it", "IT"), ("eu", "EU"), ("Global", "global"), ("' de '", "DE")]
)
def test_country_codes_are_read_in_either_case(catalog, tmp_path, given, read):
    answers, _ = load_answers(_with_countries(tmp_path, given), catalog)
    assert answers.cause.countries == (read,)


@pytest.mark.parametrize(
    ("given", "read", "chapters"),
    [
        # The United Kingdom's usual abbreviation, and the EU's code for Greece.
        ("UK", ("GB",), {"wmuk"}),
        ("uk", ("GB",), {"wmuk"}),
        ("EL", ("GR",), set()),
        ("'UK', DE, eu", ("GB", "DE", "EU"), {"wmuk", "wmde", "wmeu"}),
    ],
)
def test_well_known_aliases_are_read_as_their_iso_codes(catalog, tmp_path, given, read, chapters):
    answers, _ = load_answers(_with_countries(tmp_path, given), catalog)
    assert answers.cause.countries == read
    facts = gather_facts(answers, catalog, "itwiki", TODAY)
    assert {c.key for c in facts.chapters()} == chapters


@pytest.mark.parametrize(
    ("bad", "hint"),
    [
        ("XY", ""),
        ("ED", " (did you mean 'DE'?)"),
        ("SW", " (did you mean 'SE'?)"),
        ("ZZ", ""),
    ],
)
def test_a_code_of_no_country_names_file_line_field_and_the_closest_code(catalog, tmp_path, bad, hint):
    from advocacy_cli.errors import InputError

    with pytest.raises(InputError) as caught:
        load_answers(_with_countries(tmp_path, bad), catalog)
    message = f"cause.countries[0]: '{bad}' is not an ISO 3166 country code{hint}; write codes such as DE"
    assert re.search(r"answers\.yaml:\d+: " + re.escape(message), str(caught.value))


@pytest.mark.parametrize(
    ("named", "code"),
    [
        ("Italy", "IT"),
        ("Deutschland", "DE"),
        ("Frankreich", "FR"),
        ("Włochy", "IT"),
        ("イタリア", "IT"),
        ("'United Kingdom'", "GB"),
        ("ITA", "IT"),
    ],
)
def test_a_country_named_in_a_drafting_language_is_refused_with_its_code(catalog, tmp_path, named, code):
    from advocacy_cli.errors import InputError

    with pytest.raises(InputError) as caught:
        load_answers(_with_countries(tmp_path, named), catalog)
    (problem,) = caught.value.problems
    assert problem.field == "cause.countries[0]" and problem.line is not None
    assert problem.message.startswith(
        "expected a two-letter country code (ISO 3166, such as DE), EU, or global, got"
    )
    assert problem.message.endswith(f"(did you mean '{code}'?)")


@pytest.mark.parametrize(("alias", "code"), [("SP", "ES"), ("KS", "XK")])
def test_a_chapters_catalogue_may_add_an_alias(tmp_path, alias, code):
    from advocacy_cli.catalog import load_catalog

    data = tmp_path / "data"
    data.mkdir()
    (data / "countries.yaml").write_text(
        f"aliases:\n  {alias}:\n    code: {code}\n    note: A code some write.\n"
        "    source: https://example.org/codes\n",
        encoding="utf-8",
    )
    catalog = load_catalog(data)
    answers, _ = load_answers(_with_countries(tmp_path, alias), catalog)
    assert answers.cause.countries == (code,)
    # The shipped aliases stay.
    assert catalog.country_aliases["UK"].code == "GB"


# ---- paid contributions ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("project", "words"),
    [("itwiki", "stricter"), ("commonswiki", "need not"), ("enwiki", "employer, client and affiliation")],
)
def test_the_plan_says_how_paid_contributions_are_disclosed_on_the_wiki(catalog, project, words):
    answers = _answers(catalog, "enwiki-banner", target__projects=[project])
    plan = build_plan(gather_facts(answers, catalog, project, dt.date(2027, 4, 1)))
    assert plan.paid_note is not None and words in plan.paid_note


@pytest.mark.parametrize("title", ["[[]]{{}}", "~~~~", "###", "|||"])
@pytest.mark.parametrize(
    ("case", "project"), [("metawiki-statement", "metawiki"), ("dewiki-blackout", "dewiki")]
)
def test_a_title_no_page_name_can_hold_still_gets_a_page_of_its_own(catalog, case, project, title):
    answers = _answers(catalog, case, cause__title=title)
    facts = gather_facts(answers, catalog, project, TODAY)
    plan = build_plan(facts)
    assert plan.decide is not None and plan.decide.new_page is not None
    assert plan.decide.new_section is None
    assert f"_{facts.timeline.published.isoformat()}&action=edit" in plan.decide.new_page


def test_english_has_the_genre_sentences_and_no_draft_points_at_sections_it_lacks(catalog):
    english = catalog.languages["en"].phrases
    for genre in catalog.genres.values():
        if "survey" in genre.sections:
            continue
        for key in ("intro", "disclosure_note"):
            assert f"{key}_{genre.key}" in english or f"{key}_thread" in english, (genre.key, key)
    # Every draft of every case, in every language it is written in: no Survey mentioned
    # where there is no Survey section.
    for case, project in sorted(EXPECTED):
        answers, _ = load_answers(CASES[case], catalog)
        facts = gather_facts(answers, catalog, project, TODAY)
        view = build_draft(facts)
        if facts.community and "survey" not in view.order:
            survey = facts.phrases.section("survey")
            assert survey not in view.intro and survey not in view.disclosure_note, case


@pytest.mark.parametrize(
    ("case", "project", "outreach"),
    [
        # The Bar is where the thread is signalled: a notice there would point at itself.
        ("itwiki-bar-thread", "itwiki", "village-pump"),
        # The Café's proposals page is where the proposal is posted.
        ("frwiki-eswiki-statement", "eswiki", "village-pump"),
        # The copyright village pump is where the request for help is posted.
        ("commons-help-request", "commonswiki", "village-pump"),
    ],
)
def test_a_village_pump_outreach_never_sends_a_notice_to_the_page_it_is_posted_on(
    catalog, case, project, outreach
):
    answers = _answers(catalog, case, outreach=[{"channel": outreach, "note": "Notice."}])
    facts = gather_facts(answers, catalog, project, TODAY)
    posted = facts.project.posting_venue(answers.action.kind)
    assert posted is not None
    titles = [p.title for p in notice_places(facts)]
    assert posted.title not in titles
    assert facts.phrases.raw("notice_village-pump") not in titles


# What each unconfirmed mark of projects.yaml is called in the plan.
UNCONFIRMED_WORDS = {
    "page": "the title pattern of the proposal's page",
    "announce_form": "the form in which the proposal is signalled",
    "templates": "the templates the proposal carries or its votes use",
}


@pytest.mark.parametrize(
    ("project", "action", "marks"),
    [
        ("itwiki", "banner", {"announce_form"}),
        ("frwiki", "statement", {"templates"}),
        ("ptwiki", "blackout", {"page"}),
        ("jawiki", "logo-change", {"page", "announce_form"}),
        # Confirmed since: Meta's statements, the French decision pages.
        ("metawiki", "statement", set()),
        ("enwiki", "banner", set()),
    ],
)
def test_what_the_catalogue_could_not_confirm_is_marked_in_the_plan(catalog, project, action, marks):
    answers = _answers(catalog, "enwiki-banner", target__projects=[project], action__kind=action)
    facts = gather_facts(answers, catalog, project, TODAY)
    assert set(facts.conventions.unconfirmed) == marks
    from advocacy_cli.render import render_plan

    plan = render_plan(answers, catalog, project, TODAY)
    assert ("**Unconfirmed:**" in plan) == bool(marks)
    for mark in marks:
        assert UNCONFIRMED_WORDS[mark] in " ".join(plan.split())


def test_every_unconfirmed_mark_of_the_catalogue_has_words_in_the_plan(catalog):
    from typing import get_args

    from advocacy_cli.catalog import Unconfirmable

    assert set(UNCONFIRMED_WORDS) <= set(get_args(Unconfirmable))
    for project in catalog.projects.values():
        for conventions in (project.proposal, *project.proposal.by_action.values()):
            assert set(conventions.unconfirmed) <= set(UNCONFIRMED_WORDS), project.key


def test_outreach_for_an_unknown_project_names_line_and_field(catalog, tmp_path):
    from advocacy_cli.errors import InputError

    text = CASES["itwiki-bar-thread"].read_text(encoding="utf-8").replace("project: itwiki", "project: itwik")
    path = tmp_path / "answers.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_answers(path, catalog)
    assert re.search(r"answers\.yaml:\d+: outreach\[0\]\.project: unknown project 'itwik'", str(caught.value))


def test_the_page_a_proposal_is_posted_on_is_not_also_a_place_to_discuss_first(catalog):
    for case, project in sorted(EXPECTED):
        answers, _ = load_answers(CASES[case], catalog)
        facts = gather_facts(answers, catalog, project, TODAY)
        posted = facts.project.posting_venue(answers.action.kind)
        plan = build_plan(facts)
        assert posted is None or all(place.url != posted.url for place in plan.discuss), case


# ---- how a vote is cast --------------------------------------------------------------------


def _vote_bodies(draft: str) -> dict[str, str]:
    """Return the body of each vote section (the level below the vote heading), by heading."""
    code = mwparserfromhell.parse(draft)
    bodies = {}
    for section in code.get_sections(flat=True, include_lead=False):
        heading = section.filter_headings()[0]
        bodies[str(heading.title).strip()] = str(section).split("\n", 1)[1]
    return bodies


@pytest.mark.parametrize(
    ("case", "project", "language", "lines"),
    [
        # The French Wikipedia votes with the section's template before the signature.
        (
            "frwiki-eswiki-statement",
            "frwiki",
            None,
            ["# {{Pour}} ~~~~", "# {{Contre}} ~~~~", "# {{Neutre}} ~~~~"],
        ),
        (
            "frwiki-eswiki-statement",
            "frwiki",
            "en",
            ["# {{Pour}} ~~~~", "# {{Contre}} ~~~~", "# {{Neutre}} ~~~~"],
        ),
        (
            "frwiki-eswiki-statement",
            "frwiki",
            "ja",
            ["# {{Pour}} ~~~~", "# {{Contre}} ~~~~", "# {{Neutre}} ~~~~"],
        ),
        # A Meinungsbild's section says what the vote is: a numbered signature is the vote.
        ("dewiki-blackout", "dewiki", None, ["# ~~~~"] * 3),
        ("dewiki-blackout", "dewiki", "ar", ["# ~~~~"] * 3),
    ],
)
def test_each_vote_section_shows_the_line_a_vote_takes_on_that_wiki(catalog, case, project, language, lines):
    answers = _answers(catalog, case, **({"language": language} if language else {}))
    facts = gather_facts(answers, catalog, project, TODAY)
    view = build_draft(facts)
    draft = render_draft(answers, catalog, project, TODAY)
    bodies = _vote_bodies(draft)
    for vote, line in zip(view.votes, lines, strict=True):
        body = bodies[vote.heading]
        # One sentence in the draft's language with the line as code, then an empty
        # numbered list that the votes will fill.
        expected = facts.phrases.fill_safe("vote_how", line=f"<code><nowiki>{line}</nowiki></code>")
        assert body.strip().splitlines() == [expected, "#"]
    # The example neither transcludes the template nor signs on the voters' behalf.
    found = mwparserfromhell.parse(draft)
    assert not [t for t in found.filter_templates() if str(t.name).strip() in {"Pour", "Contre", "Neutre"}]


@pytest.mark.parametrize(("case", "project"), [("enwiki-banner", "enwiki"), ("itwiki-bar-thread", "itwiki")])
def test_genres_that_discuss_show_no_vote_line(catalog, case, project):
    draft = render_draft(_answers(catalog, case), catalog, project, TODAY)
    assert "<nowiki>" not in draft and "\n#\n" not in draft


_VOTING_WIKI = (
    "projects:\n  xxwiki:\n    name: Test Wikipedia\n    kind: community\n    family: wikipedia\n"
    "    language: de\n    url: https://xx.wikipedia.org/\n    decides: By a poll.\n"
    "    proposal:\n      genre: meinungsbild\n      posting: subpage\n      page: 'Umfrage/{{title}}'\n"
    "      vote_templates: {{vote_yes: {yes}, vote_no: {no}}}\n"
    "    sources: [https://xx.wikipedia.org/]\n"
)


@pytest.mark.parametrize(
    ("yes", "no"),
    [("Pro", "Contra"), ("Favorevole", "Contrario"), ("'Vote pour'", "'Vote contre'")],
)
def test_a_catalogue_names_each_options_template(tmp_path, yes, no):
    from advocacy_cli.catalog import load_catalog

    (tmp_path / "projects.yaml").write_text(_VOTING_WIKI.format(yes=yes, no=no), encoding="utf-8")
    catalog = load_catalog(tmp_path)
    answers = _answers(catalog, "dewiki-blackout", target__projects=["xxwiki"])
    facts = gather_facts(answers, catalog, "xxwiki", TODAY)
    yes_section, no_section, abstain = build_draft(facts).votes
    assert "{{" + yes.strip("'") + "}} ~~~~" in yes_section.how
    assert "{{" + no.strip("'") + "}} ~~~~" in no_section.how
    # An option without a template is voted by signing.
    assert "<nowiki># ~~~~</nowiki>" in abstain.how


@pytest.mark.parametrize(
    "bad", ["'Pour}}{{Contre'", "'Pour</nowiki>'", "'Pour|x'", "'Pour~~~~'", "'[[Pour]]'", "''"]
)
def test_a_template_name_that_would_break_the_draft_names_file_line_and_field(tmp_path, bad):
    from advocacy_cli.catalog import load_catalog
    from advocacy_cli.errors import InputError

    (tmp_path / "projects.yaml").write_text(_VOTING_WIKI.format(yes=bad, no="Contra"), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_catalog(tmp_path)
    message = str(caught.value)
    assert "projects.yaml:13: projects.xxwiki.proposal.vote_templates.vote_yes: a template name" in message


@pytest.mark.parametrize(
    ("case", "project", "notices", "listed"),
    [
        # A thread without a Notifications section (the Bar) still gets notices posted.
        ("itwiki-bar-thread", "itwiki", True, False),
        # A request for help has neither notices nor a section to list them in.
        ("commons-help-request", "commonswiki", False, False),
        # The Café has no announcement page; its proposal lists notices when there are any.
        ("frwiki-eswiki-statement", "eswiki", False, True),
        ("enwiki-banner", "enwiki", True, True),
        ("dewiki-blackout", "dewiki", True, True),
    ],
)
def test_the_plan_asks_to_post_and_list_notices_only_where_the_draft_has_them(
    catalog, case, project, notices, listed
):
    from advocacy_cli.render import render_plan

    answers, _ = load_answers(CASES[case], catalog)
    plan = " ".join(render_plan(answers, catalog, project, TODAY).split())
    steps = plan.split("## Next steps", 1)[1]
    assert ("post the neutral notices of this plan" in steps) == notices
    assert ("Notifications section" in plan) == listed
