"""The interview driven by a ScriptedPrompter: no terminal, real catalogue, real rules."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from advocacy_cli.answers import answers_to_data, dump_answers, load_answers
from advocacy_cli.errors import InputError, Interrupted, UserError
from advocacy_cli.wizard.entry import obtain_answers, resume_command
from advocacy_cli.wizard.prompter import ScriptedPrompter, ScriptError
from advocacy_cli.wizard.questions import QUESTIONS, question_for_field
from advocacy_cli.wizard.review import InterviewStopped
from advocacy_cli.wizard.state import RESUME_FILE, ResumeStore
from tests.conftest import TODAY
from tests.wizard import scripts


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ResumeStore:
    monkeypatch.chdir(tmp_path)
    return ResumeStore(tmp_path / RESUME_FILE)


def interview(catalog, store, script, answers_file=None, resume=False):
    prompter = ScriptedPrompter(script)
    answers, doc = obtain_answers(answers_file, resume, catalog, TODAY, True, prompter=prompter, store=store)
    return answers, doc, prompter


def test_full_interview_gives_the_answers_of_the_answers_file(catalog, store):
    answers, doc, prompter = interview(catalog, store, scripts.full_script())
    assert answers_to_data(answers) == answers_to_data(
        load_answers_text(catalog, store.path.parent / "expected.yaml", scripts.EXPECTED)
    )
    assert prompter.remaining == 0
    assert doc.path == RESUME_FILE
    # The resume file holds the normalised answers, so findings point at its lines.
    assert store.path.read_text(encoding="utf-8").endswith(dump_answers(answers))


def load_answers_text(catalog, path: Path, data):
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return load_answers(path, catalog)[0]


def test_panels_progress_and_lessons_are_shown(catalog, store):
    _, _, prompter = interview(catalog, store, scripts.full_script())
    out = prompter.output()
    for part in catalog.parts.values():
        assert f"[{part.title}] {part.panel}" in out
    assert "? [1/" in out
    total = len(QUESTIONS)  # a banner: every question applies
    assert f"? [{total}/{total}] {catalog.questions['language'].prompt}" in out
    # Who decides at the chosen project, and the precedents of the chosen topic and action.
    assert catalog.projects["enwiki"].decides.strip() in out
    banner_precedents = [p for p in catalog.precedents.values() if p.action == "banner"]
    assert banner_precedents and any(p.title in out for p in banner_precedents)


def test_invalid_answer_is_asked_again_with_the_reason(catalog, store):
    script = scripts.full_script()
    script[10:11] = ["30 June", "2027-06-30"]
    script[1:2] = ["example.org", "https://example.org"]
    answers, _, prompter = interview(catalog, store, script)
    url, date = prompter.rejected
    assert url == "expected a URL starting with https://, got 'example.org'"
    assert date == "write the date as YYYY-MM-DD, for example 2027-05-31"
    assert answers.organisation.website == "https://example.org"
    assert answers.cause.decision_date.isoformat() == "2027-06-30"


def test_empty_required_answer_is_refused(catalog, store):
    script = scripts.full_script()
    script[0:1] = ["   ", "Open Knowledge Network"]
    answers, _, prompter = interview(catalog, store, script)
    assert prompter.rejected == ["must not be empty"]
    assert answers.organisation.name == "Open Knowledge Network"


def test_bad_channel_is_caught_when_ticked_and_unticked(catalog, store):
    script = scripts.full_script()
    at = script.index(["village-pump"])
    # Tick the user-talk blast: it is explained at once, before any note is asked for it,
    # and the question comes back with it unticked.
    script[at:at] = [["user-talk", "email-members"]]
    answers, _, prompter = interview(catalog, store, script)
    out = prompter.output()
    assert "[Error: canvassing]" in out
    assert catalog.channels["user-talk"].why.strip() in out
    assert "More, with examples: advocacy rules canvassing" in out
    assert "What now?" not in out
    first_ask, second_ask = [i for i, line in enumerate(prompter.log) if "make the discussion" in line]
    explained = prompter.log.index(next(line for line in prompter.log if "[Error: canvassing]" in line))
    assert first_ask < explained < second_ask
    assert not any(line.startswith("? Messages on many") for line in prompter.log)
    assert [o.channel for o in answers.outreach] == ["village-pump"]
    assert prompter.remaining == 0


def test_error_finding_offers_no_keep(catalog, store):
    script = scripts.full_script()
    at = script.index(scripts.ACTION[2])
    # A start two days away: too short for any discussion, which is an error.
    script[at : at + 1] = ["2027-04-03", ""]
    with pytest.raises(AssertionError, match="is not a choice of: What now"):
        interview(catalog, store, script)


def test_short_deadline_can_be_fixed_by_asking_for_less(catalog, store):
    script = scripts.full_script(write=False)
    at = script.index(scripts.ACTION[2])
    # Instead of moving the date, change the action to one that needs no dates at all.
    # The banner's details no longer fit a statement: the interview asks for new ones.
    script[at:] = [
        "2027-04-03",
        "action.kind",
        "statement",
        "action.details",
        "A statement by the chapter.",
        "",
        *scripts.OUTREACH,
        "",
        "write",
    ]
    answers, _, prompter = interview(catalog, store, script)
    assert "[Error: short-deadline]" in prompter.output()
    what_now = next(line for line in prompter.log if line.startswith("? What now?"))
    assert what_now == "? What now?"
    assert answers.action.kind == "statement" and answers.action.start is None


def test_warning_can_be_kept(catalog, store):
    script = scripts.full_script()
    # A shouting title is a warning, which the user keeps.
    script[5:6] = ["Online Platforms Liability Directive!!!", ""]
    answers, _, prompter = interview(catalog, store, script)
    assert "[Warning: loaded-wording]" in prompter.output()
    assert answers.cause.title == "Online Platforms Liability Directive!!!"
    review = prompter.tables[-1]
    title = next(row for row in review if row.field == "cause.title")
    assert "loaded-wording" in title.findings


def test_edit_from_review_reasks_and_rechecks(catalog, store):
    script = scripts.full_script(write=False)
    # Review: edit the action to a WikiProject note (no start/duration/scope), then write.
    # The banner's details no longer fit a WikiProject note: the interview asks for new ones.
    script += ["edit", "action.kind", "wikiproject", "action.details", "A note to WikiProject Law.", "write"]
    answers, _, prompter = interview(catalog, store, script)
    assert answers.action.kind == "wikiproject"
    assert answers.action.start is None and answers.action.scope is None
    assert len(prompter.tables) == 2
    assert [row.field for row in prompter.tables[-1]].count("action.start") == 0


def test_interrupt_keeps_answers_and_resume_goes_on(catalog, store):
    script = scripts.full_script()
    cut = len(scripts.ORGANISATION) + len(scripts.CAUSE)
    with pytest.raises(Interrupted) as stopped:
        interview(catalog, store, [*script[:cut], KeyboardInterrupt])
    assert stopped.value.exit_code == 130
    assert stopped.value.lines()[-1].endswith("--resume")
    saved = yaml.safe_load(store.path.read_text(encoding="utf-8"))
    assert saved["cause"]["title"] == scripts.CAUSE[0]
    assert "target" not in saved
    resumed, _, prompter = interview(catalog, store, script[cut:], resume=True)
    fresh_store = ResumeStore(store.path.parent / "other.yaml")
    fresh, _, _ = interview(catalog, fresh_store, script)
    assert answers_to_data(resumed) == answers_to_data(fresh)
    assert "[1/" not in prompter.output()  # the answered questions were not asked again
    assert prompter.log[0] == (
        "Continuing the interview: 12 answers kept. Any of them can be changed from the review at the end."
    )


def test_partial_answers_file_asks_only_what_is_missing(catalog, store, tmp_path):
    data = yaml.safe_load(yaml.safe_dump(scripts.EXPECTED))
    del data["cause"]["impact"]
    data["organisation"]["website"] = "example.org"
    partial = tmp_path / "partial.yaml"
    partial.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    script = ["https://example.org", scripts.CAUSE[3], "", "write"]
    answers, _, prompter = interview(catalog, store, script, answers_file=partial)
    assert prompter.log[0] == ("18 answers taken from the answers file; only the open questions follow.")
    asked = [line for line in prompter.log if line.startswith("? [")]
    assert len(asked) == 3
    assert "expected a URL starting with https://" in prompter.output()
    assert answers.cause.impact == scripts.CAUSE[3]


def test_complete_answers_file_asks_nothing(catalog, store, tmp_path):
    path = tmp_path / "answers.yaml"
    path.write_text(yaml.safe_dump(scripts.EXPECTED, sort_keys=False), encoding="utf-8")
    answers, doc, prompter = interview(catalog, store, [], answers_file=path)
    assert prompter.log == []
    assert doc.path == str(path)


def test_unknown_field_in_partial_file_is_an_input_error(catalog, store, tmp_path):
    path = tmp_path / "answers.yaml"
    path.write_text("organisation:\n  nmae: X\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        interview(catalog, store, [], answers_file=path)
    expected = f"{path}:2: organisation.nmae: unknown field (did you mean 'name'?)"
    assert error.value.lines() == [expected]


def test_no_terminal_without_answers_names_the_option(catalog, store):
    with pytest.raises(UserError, match="--answers"):
        obtain_answers(None, False, catalog, TODAY, False, store=store)


def test_no_terminal_lists_every_missing_field(catalog, store, tmp_path):
    path = tmp_path / "answers.yaml"
    path.write_text("organisation:\n  name: X\ncause:\n  title: Y\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        obtain_answers(path, False, catalog, TODAY, False, store=store)
    assert error.value.lines() == [
        f"{path}:1: organisation.paid: missing (required)",
        f"{path}:3: cause.summary: missing (required)",
        f"{path}:3: cause.topic: missing (required)",
        f"{path}:3: cause.impact: missing (required)",
        f"{path}:1: target: missing (required)",
        f"{path}:1: action: missing (required)",
    ]


def test_resume_without_saved_interview_is_a_user_error(catalog, store):
    with pytest.raises(UserError, match="no interrupted interview"):
        interview(catalog, store, [], resume=True)


def test_save_and_quit_writes_a_reusable_answers_file(catalog, store, tmp_path):
    script = [*scripts.full_script(write=False), "save", "mine.yaml"]
    with pytest.raises(InterviewStopped) as stopped:
        interview(catalog, store, script)
    assert stopped.value.exit_code == 0
    answers, _ = load_answers(tmp_path / "mine.yaml", catalog)
    assert answers.cause.title == scripts.CAUSE[0]


def test_every_question_has_its_wording_in_the_catalogue(catalog):
    for question in QUESTIONS:
        assert question.key in catalog.questions, question.key
        assert question.part in catalog.parts, question.part
        if question.kind == "pairs":
            assert f"{question.key}.{question.item_text}" in catalog.questions


def test_findings_map_to_the_question_that_fills_the_field():
    assert question_for_field("outreach[1].channel").key == "outreach"
    assert question_for_field("action.start").key == "action.start"
    assert question_for_field("action").key == "action.kind"
    assert question_for_field("nothing") is None


def test_resume_command_keeps_the_options_but_not_the_answers_file():
    argv = ["new", "--answers", "part.yaml", "--today", "2027-04-01", "--out", "my drafts"]
    assert resume_command(argv) == "advocacy new --today 2027-04-01 --out 'my drafts' --resume"


def test_interview_file_is_validated_like_the_other_data_files(tmp_path):
    from advocacy_cli.catalog import load_catalog

    (tmp_path / "interview.yaml").write_text(
        "parts:\n  target:\n    title: Where\n    pannel: typo\n", encoding="utf-8"
    )
    with pytest.raises(InputError) as error:
        load_catalog(tmp_path)
    lines = error.value.lines()
    file = tmp_path / "interview.yaml"
    assert f"{file}:4: parts.target.pannel: unknown field (did you mean 'panel'?)" in lines
    assert f"{tmp_path / 'interview.yaml'}:2: parts.target.panel: missing (required)" in lines


def test_data_dir_rewords_a_question(tmp_path, store):
    from advocacy_cli.catalog import load_catalog

    (tmp_path / "interview.yaml").write_text(
        "questions:\n  organisation.name:\n    prompt: Who are you?\n", encoding="utf-8"
    )
    layered = load_catalog(tmp_path)
    assert layered.questions["organisation.name"].prompt == "Who are you?"
    assert "cause.title" in layered.questions
    prompter = ScriptedPrompter([KeyboardInterrupt])
    with pytest.raises(Interrupted):
        obtain_answers(None, False, layered, TODAY, True, prompter=prompter, store=store)
    assert "? [1/21] Who are you?" in prompter.log


def test_plain_new_offers_to_continue_an_interrupted_interview(catalog, store):
    script = scripts.full_script()
    cut = len(scripts.ORGANISATION)
    with pytest.raises(Interrupted):
        interview(catalog, store, [*script[:cut], KeyboardInterrupt])
    answers, _, prompter = interview(catalog, store, [True, *script[cut:]])
    assert prompter.log[0].startswith("? An interrupted interview was found")
    assert answers.organisation.name == scripts.ORGANISATION[0]


def test_progress_total_only_shrinks(catalog, store):
    script = scripts.full_script(write=False)
    at = script.index("banner")
    # A statement needs no dates or audience: the three on-site questions drop out.
    script[at : at + 5] = ["statement", "A statement by the chapter, linking to a neutral explainer."]
    _, _, prompter = interview(catalog, store, [*script, "write"])
    totals = [line.split("]")[0].split("/")[1] for line in prompter.log if line.startswith("? [")]
    assert totals == sorted(totals, key=int, reverse=True)
    kind = catalog.questions["action.kind"].prompt
    assert f"? [14/21] {kind}" in prompter.log
    assert f"? [15/18] {catalog.questions['action.details'].prompt}" in prompter.log


def test_precedents_on_the_target_wiki_come_first_and_stay_short(catalog, store):
    script = scripts.full_script()
    # English answers are kept for the German draft: the language warning on the summary
    # and the impact is answered "keep them all" once; the later English answers are noted.
    target = script.index(["enwiki"])
    script[target : target + 1] = [["dewiki"], ""]
    at = script.index("banner")
    script[at : at + 5] = ["blackout", "", "2027-06-28", "24", "All readers"]
    script[script.index(scripts.OUTREACH[1])] = ""
    _, _, prompter = interview(catalog, store, script)
    panel = next(line for line in prompter.log if line.startswith("[What happened before with: Blackout]"))
    german = [p for p in catalog.precedents.values() if p.action == "blackout" and "dewiki" in p.projects]
    assert german and panel.split("] ", 1)[1].startswith(german[0].title)
    assert "German Wikipedia" in panel.splitlines()[0]
    assert "Asked:" not in panel
    assert panel.count("Lesson:") <= 3


def test_a_fresh_interview_starts_by_saying_what_it_is_for(catalog, store):
    script = scripts.full_script()
    first = ScriptedPrompter([*script[:2], KeyboardInterrupt])
    with pytest.raises(Interrupted):
        obtain_answers(None, False, catalog, TODAY, True, prompter=first, store=store)
    assert first.log[0].startswith(f"[{catalog.parts['intro'].title}]")
    assert "advocacy new --resume" in first.log[0]
    _, _, resumed = interview(catalog, store, script[2:], resume=True)
    assert not any(catalog.parts["intro"].title in line for line in resumed.log)


def test_a_question_marked_optional_can_be_left_empty(catalog, tmp_path):
    from advocacy_cli.checks import check_answers
    from advocacy_cli.findings import Severity

    for question in QUESTIONS:
        if "(optional)" not in catalog.questions[question.key].prompt:
            continue
        data = yaml.safe_load(yaml.safe_dump(scripts.EXPECTED))
        section, _, name = question.key.partition(".")
        if name:
            data[section].pop(name, None)
        else:
            data.pop(section, None)
        path = tmp_path / "answers.yaml"
        path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
        answers, doc = load_answers(path, catalog)
        errors = [
            f
            for f in check_answers(answers, doc, catalog, TODAY)
            if f.severity is Severity.ERROR and question_for_field(f.field) is question
        ]
        assert not errors, (question.key, errors)


def test_empty_reason_for_an_alternative_is_refused_plainly(catalog, store):
    script = scripts.full_script()
    at = script.index(scripts.ALTERNATIVES[1])
    script[at:at] = ["  "]
    _, _, prompter = interview(catalog, store, script)
    assert prompter.rejected == ["a sentence is needed here: editors will ask"]


def test_notice_default_is_not_the_venue_that_decides(catalog, store):
    script = scripts.full_script()
    script[script.index(scripts.OUTREACH[1])] = None
    answers, _, _ = interview(catalog, store, script)
    deciding = [v.title for v in catalog.projects["enwiki"].venues if v.role == "decide"]
    assert answers.outreach[0].note and not any(t in answers.outreach[0].note for t in deciding)


def test_an_action_without_dates_is_not_told_about_its_start(catalog, store):
    script = scripts.full_script(write=False)
    at = script.index("banner")
    # English Wikipedia does not decide consultation responses: said as soon as it is picked.
    script[at : at + 5] = ["consultation-response", "", ""]
    _, _, prompter = interview(catalog, store, [*script, "write"])
    warned = next(i for i, line in enumerate(prompter.log) if line.startswith("[Warning: wrong-venue]"))
    details = prompter.log.index(f"? [15/18] {catalog.questions['action.details'].prompt}")
    assert warned < details
    panel = next(line for line in prompter.log if line.startswith("[Response to a public"))
    assert "the start" not in panel and "first day" not in panel
    assert catalog.actions["consultation-response"].lead_steps[0].what in panel


def test_review_shows_titles_not_keys(catalog, store):
    _, _, prompter = interview(catalog, store, scripts.full_script())
    rows = {row.field: row.value for row in prompter.tables[-1]}
    assert rows["target.projects"] == catalog.projects["enwiki"].name
    assert rows["action.kind"] == catalog.actions["banner"].title
    assert rows["cause.topic"] == catalog.topics["intermediary-liability"].title
    assert rows["outreach"].startswith(catalog.channels["village-pump"].title + ": ")


def test_a_finding_on_an_earlier_answer_offers_only_questions_that_change_it(catalog, store, tmp_path):
    data = yaml.safe_load(yaml.safe_dump(scripts.EXPECTED))
    data["cause"]["topic"] = "other"
    del data["organisation"]["paid"]
    partial = tmp_path / "partial.yaml"
    partial.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    # The off-mission warning on the file's topic follows the first question asked; the
    # paid question that was just answered is not offered as a way to change it.
    with pytest.raises(ScriptError, match="'organisation.paid' is not a choice of: What now"):
        interview(catalog, store, [True, "organisation.paid"], partial)
