"""The interview asks which countries a cause concerns, and outreach per target community."""

from __future__ import annotations

import pytest
import yaml

from advocacy_cli.answers import load_answers
from advocacy_cli.errors import Interrupted
from advocacy_cli.wizard.questions import project_channels
from advocacy_cli.wizard.review import InterviewStopped
from advocacy_cli.wizard.state import RESUME_FILE, ResumeStore
from tests.wizard import scripts
from tests.wizard.test_flow import interview


@pytest.fixture
def store(tmp_path, monkeypatch) -> ResumeStore:
    monkeypatch.chdir(tmp_path)
    return ResumeStore(tmp_path / RESUME_FILE)


COUNTRIES_AT = len(scripts.ORGANISATION) + 6
TWO = ["enwiki", "dewiki"]


def _script(
    *, countries: list | None = None, targets: list[str] | None = None, outreach: list | None = None
) -> list:
    script = scripts.full_script(write=False)
    if targets is not None:
        at = script.index(scripts.TARGET[0])
        script[at] = targets
        if any(not t.startswith("en") for t in targets):
            # English texts (summary, impact, details, scope, the alternative's reason) would
            # stand untranslated in another language's draft: the interview warns
            # (language-mismatch) once for the summary and the impact together, the script
            # keeps them, and the later English answers are only noted.
            script[at + 1 : at + 1] = [""]
    if outreach is not None:
        at = script.index(scripts.OUTREACH[0])
        script[at : at + len(scripts.OUTREACH)] = outreach
    if countries is not None:
        script[COUNTRIES_AT : COUNTRIES_AT + 1] = countries
    return [*script, "write"]


# Outreach for English, then German Wikipedia: each with its own venues.
PER_PROJECT = [
    ["village-pump"],
    "Neutral notice at Village pump (policy)",
    ["centralized-discussion", "newsletter"],
    "Eintrag in der Vorlage Beteiligen",
    "Kurze neutrale Meldung im Kurier",
]


class TestCountriesAreAsked:
    @pytest.mark.parametrize(
        ("typed", "saved", "informed"),
        [
            ("DE FR", ("DE", "FR"), ["Wikimedia Deutschland", "Wikimédia France"]),
            ("eu", ("EU",), ["Wikimedia Europe"]),
            (
                "de, at,ch",
                ("DE", "AT", "CH"),
                ["Wikimedia Deutschland", "Wikimedia Österreich", "Wikimedia CH"],
            ),
            ("global", ("global",), []),
            ("PL SE", ("PL", "SE"), ["Wikimedia Polska", "Wikimedia Sverige"]),
        ],
    )
    def test_codes_are_saved_and_the_chapters_named(self, catalog, store, typed, saved, informed) -> None:
        answers, _, prompter = interview(catalog, store, _script(countries=[typed]))
        assert answers.cause.countries == saved
        panel = next(line for line in prompter.log if line.startswith("[Whom to inform]"))
        for name in informed:
            assert name in panel
        # Chapters of other countries are not suggested (Wikimedia UK for an EU cause).
        others = [
            p.name for p in catalog.projects.values() if p.kind == "affiliate" and p.name not in informed
        ]
        assert not any(name in panel for name in others)
        row = next(r for r in prompter.tables[-1] if r.field == "cause.countries")
        assert row.value == " ".join(saved)

    @pytest.mark.parametrize("bad", ["Germany", "DEU", "E U", "1"])
    def test_a_bad_code_is_refused_at_once_with_the_reason(self, catalog, store, bad) -> None:
        answers, _, prompter = interview(catalog, store, _script(countries=[bad, "DE"]))
        assert answers.cause.countries == ("DE",)
        assert any("two-letter country code" in reason for reason in prompter.rejected)

    @pytest.mark.parametrize(
        ("typed", "saved", "note", "informed"),
        [
            ("UK", ("GB",), "UK is read as GB", "Wikimedia UK"),
            ("uk de", ("GB", "DE"), "UK is read as GB", "Wikimedia Deutschland"),
            ("EL", ("GR",), "EL is read as GR", None),
        ],
    )
    def test_an_alias_is_read_as_its_code_and_said_so(
        self, catalog, store, typed, saved, note, informed
    ) -> None:
        answers, _, prompter = interview(catalog, store, _script(countries=[typed]))
        assert answers.cause.countries == saved
        panel = next(line for line in prompter.log if line.startswith("[Whom to inform]"))
        assert note in panel
        assert (informed or "No chapter in the catalogue works in these countries") in panel

    @pytest.mark.parametrize(
        ("bad", "hint"), [("XY", "not an ISO 3166 country code"), ("ED", "did you mean 'DE'?")]
    )
    def test_a_code_of_no_country_is_refused_with_the_closest(self, catalog, store, bad, hint) -> None:
        answers, _, prompter = interview(catalog, store, _script(countries=[bad, "DE"]))
        assert answers.cause.countries == ("DE",)
        assert any(hint in reason for reason in prompter.rejected)

    def test_it_may_be_left_empty(self, catalog, store) -> None:
        answers, _, prompter = interview(catalog, store, _script(countries=[""]))
        assert answers.cause.countries == ()
        assert "[Whom to inform]" not in prompter.output()


class TestOutreachPerCommunity:
    def test_each_target_is_asked_with_its_own_venues(self, catalog, store) -> None:
        answers, _, prompter = interview(catalog, store, _script(targets=TWO, outreach=PER_PROJECT))
        by_project = {(o.project, o.channel): o.note for o in answers.outreach}
        assert by_project == {
            ("enwiki", "village-pump"): "Neutral notice at Village pump (policy)",
            ("dewiki", "newsletter"): "Kurze neutrale Meldung im Kurier",
            ("dewiki", "centralized-discussion"): "Eintrag in der Vorlage Beteiligen",
        }
        asked = [line for line in prompter.log if "make the discussion known on" in line]
        assert [line.split(" on ")[-1] for line in asked] == ["English Wikipedia?", "German Wikipedia?"]
        rows = next(r for r in prompter.tables[-1] if r.field == "outreach").value.splitlines()
        assert rows[0].startswith("English Wikipedia · ")
        assert all(r.startswith("German Wikipedia · ") for r in rows[1:])

    def test_defaults_name_that_projects_venue_in_its_form(self, catalog, store) -> None:
        dewiki = ["village-pump", "centralized-discussion", "newsletter"]
        outreach = [["village-pump"], None, dewiki, None, None, None]
        answers, _, _ = interview(catalog, store, _script(targets=TWO, outreach=outreach))
        notes = {(o.project, o.channel): o.note for o in answers.outreach}
        # A signed notice on a village pump, an entry in a list, an item for the newsletter.
        assert notes[("dewiki", "village-pump")] == "Neutral notice at Wikipedia:Projektdiskussion"
        assert notes[("dewiki", "centralized-discussion")] == "Entry in Vorlage:Beteiligen"
        assert notes[("dewiki", "newsletter")] == "News item for Wikipedia:Kurier"
        assert "Projektdiskussion" not in notes[("enwiki", "village-pump")]

    @pytest.mark.parametrize("project", ["dewiki", "frwiki", "itwiki", "metawiki"])
    def test_a_projects_own_channels_come_first_and_are_named(self, catalog, project) -> None:
        choices = project_channels(catalog, project)
        own = {v.channel for v in catalog.projects[project].venues if v.channel}
        first = [c.value for c in choices[: len(own)]]
        assert set(first) == own
        for choice in choices[: len(own)]:
            titles = [v.title for v in catalog.projects[project].venues if v.channel == choice.value]
            assert all(t in choice.title for t in titles)
        assert {c.value for c in choices} == set(catalog.channels)

    def test_one_target_is_asked_once_without_project(self, catalog, store) -> None:
        answers, _, prompter = interview(catalog, store, _script())
        assert [o.project for o in answers.outreach] == [None]
        assert not any("make the discussion known on" in line for line in prompter.log)

    def test_a_bad_channel_for_one_project_is_refused_there(self, catalog, store) -> None:
        outreach = [["village-pump"], None, ["user-talk", "newsletter"], ["newsletter"], None]
        answers, _, prompter = interview(catalog, store, _script(targets=TWO, outreach=outreach))
        assert "[Error: canvassing]" in prompter.output()
        assert [(o.project, o.channel) for o in answers.outreach] == [
            ("enwiki", "village-pump"),
            ("dewiki", "newsletter"),
        ]

    def test_interrupted_between_projects_keeps_the_first(self, catalog, store) -> None:
        script = _script(targets=TWO, outreach=PER_PROJECT)
        cut = script.index(PER_PROJECT[2])
        with pytest.raises(Interrupted):
            interview(catalog, store, [*script[:cut], KeyboardInterrupt])
        saved = yaml.safe_load(store.path.read_text(encoding="utf-8"))
        assert saved["outreach"] == [
            {
                "channel": "village-pump",
                "note": "Neutral notice at Village pump (policy)",
                "project": "enwiki",
            }
        ]
        # Resumed: outreach is asked again, English Wikipedia's answer offered as it was.
        answers, _, prompter = interview(
            catalog, store, [["village-pump"], None, *PER_PROJECT[2:], "", "write"], resume=True
        )
        assert {(o.project, o.channel) for o in answers.outreach} == {
            ("enwiki", "village-pump"),
            ("dewiki", "newsletter"),
            ("dewiki", "centralized-discussion"),
        }
        assert answers.outreach[0].note == "Neutral notice at Village pump (policy)"

    def test_a_dropped_target_takes_its_outreach_with_it(self, catalog, store, tmp_path) -> None:
        answers, _, _ = interview(catalog, store, _script(targets=TWO, outreach=PER_PROJECT))
        data = yaml.safe_load(yaml.safe_dump(scripts.EXPECTED))
        data["target"]["projects"] = TWO
        data["outreach"] = [o.model_dump(exclude_none=True) for o in answers.outreach]
        # One answer left open, so that the file leads to the review screen.
        del data["cause"]["impact"]
        path = tmp_path / "two.yaml"
        path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
        # Five English texts kept at once for the German draft (language-mismatch), then the language.
        script = [scripts.CAUSE[3], "", "", "edit", "target.projects", ["enwiki"], "write"]
        edited, _, _ = interview(catalog, store, script, answers_file=path)
        assert [(o.project, o.channel) for o in edited.outreach] == [("enwiki", "village-pump")]

    def test_the_saved_answers_file_reads_back(self, catalog, store, tmp_path) -> None:
        script = [*_script(targets=TWO, outreach=PER_PROJECT, countries=["DE AT"])[:-1], "save", "mine.yaml"]
        with pytest.raises(InterviewStopped):
            interview(catalog, store, script)
        answers, _ = load_answers(tmp_path / "mine.yaml", catalog)
        assert answers.cause.countries == ("DE", "AT")
        assert [(o.project, o.channel) for o in answers.outreach] == [
            ("enwiki", "village-pump"),
            ("dewiki", "centralized-discussion"),
            ("dewiki", "newsletter"),
        ]


class TestOutreachNamesATarget:
    """In an answers file, outreach for a project must be for one of the targets."""

    @pytest.mark.parametrize(
        ("targets", "projects", "refused"),
        [
            (["enwiki"], ["dewiki"], ["'dewiki' is not one of target.projects (enwiki)"]),
            (
                ["enwiki", "dewiki"],
                ["dewiki", "frwiki"],
                ["'frwiki' is not one of target.projects (dewiki, enwiki)"],
            ),
            (["enwiki"], ["dewik"], ["unknown project 'dewik'"]),
        ],
    )
    def test_refused_with_file_line_and_field(self, catalog, tmp_path, targets, projects, refused) -> None:
        from advocacy_cli.errors import InputError

        path = self._file(tmp_path, targets, projects)
        with pytest.raises(InputError) as caught:
            load_answers(path, catalog)
        messages = [p.message for p in caught.value.problems]
        assert all(any(r in m for m in messages) for r in refused)
        lines = path.read_text(encoding="utf-8").splitlines()
        for problem in caught.value.problems:
            assert problem.field.startswith("outreach[") and problem.field.endswith("].project")
            assert "project:" in lines[problem.line - 1]

    @pytest.mark.parametrize(
        ("targets", "projects"),
        [(["enwiki"], ["enwiki"]), (["enwiki", "dewiki"], ["dewiki", "enwiki"]), (["frwiki"], [None])],
    )
    def test_accepted(self, catalog, tmp_path, targets, projects) -> None:
        answers, _ = load_answers(self._file(tmp_path, targets, projects), catalog)
        assert [o.project for o in answers.outreach] == projects

    @staticmethod
    def _file(folder, targets, projects):
        data = yaml.safe_load(yaml.safe_dump(scripts.EXPECTED))
        data["target"]["projects"] = targets
        data["outreach"] = [{"channel": "village-pump", **({"project": p} if p else {})} for p in projects]
        path = folder / "answers.yaml"
        path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
        return path


class TestOutreachExampleIsTheCommunitysOwn:
    @staticmethod
    def _examples(prompter) -> list[str]:
        forms = ("Neutral notice at ", "Entry in ", "News item for ", "Message to ")
        return [line for line in prompter.log if line.startswith(tuple(f'For example "{f}' for f in forms))]

    @pytest.mark.parametrize(
        ("target", "own", "channel"),
        [
            ("enwiki", "Wikipedia:Village pump", "village-pump"),
            ("dewiki", "Wikipedia:Projektdiskussion", "village-pump"),
            ("itwiki", "Wikipedia:Bar", "village-pump"),
            ("frwiki", "Wikipédia:Le Bistro", "village-pump"),
            ("jawiki", "Wikipedia:コメント依頼", "centralized-discussion"),
        ],
    )
    def test_one_target_gets_an_example_from_its_venues(self, catalog, store, target, own, channel) -> None:
        _, _, prompter = interview(catalog, store, _script(targets=[target], outreach=[[channel], ""]))
        (example,) = self._examples(prompter)
        assert own in example
        if target != "enwiki":
            assert "Village pump" not in example

    def test_each_of_two_targets_gets_its_own_example(self, catalog, store) -> None:
        _, _, prompter = interview(catalog, store, _script(targets=TWO, outreach=PER_PROJECT))
        english, german = self._examples(prompter)
        assert "Wikipedia:Village pump" in english
        # German Wikipedia's first ticked channel is its box of ways to take part.
        assert "Vorlage:Beteiligen" in german and "Village pump" not in german


class TestOneLanguageWarningForAllAnswers:
    def test_english_answers_for_a_german_draft_are_settled_with_one_menu(self, catalog, store) -> None:
        answers, _, prompter = interview(catalog, store, _script(targets=["dewiki"]))
        # The summary and the impact are in English when the target is chosen: one panel, one menu.
        menus = [line for line in prompter.log if line == "? What now?"]
        assert len(menus) == 1
        panel = next(line for line in prompter.log if line.startswith("[Warning: language-mismatch]"))
        assert panel.startswith("[Warning: language-mismatch] In these answers: cause.summary, cause.impact.")
        # The English answers given after it are noted in a line each, not asked about again.
        notes = [line for line in prompter.log if line.startswith("Also ")]
        assert [n.split(":", 1)[0] for n in notes] == [
            "Also action.details",
            "Also action.scope",
            "Also alternatives[0].why_not",
        ]
        assert all(n.endswith("(kept, as chosen above)") for n in notes)
        assert answers.target.projects == ("dewiki",)

    def test_changing_one_answer_asks_it_again_and_the_warning_comes_back_for_the_rest(
        self, catalog, store
    ) -> None:
        script = _script(targets=["dewiki"])
        at = script.index(["dewiki"]) + 1
        german = (
            "Der Bundestag berät über ein Gesetz, das alle Plattformen zu Uploadfiltern verpflichten würde."
        )
        # Change the summary (first offered), type it in German, then keep the impact alone.
        script[at : at + 1] = ["cause.summary", german, ""]
        answers, _, prompter = interview(catalog, store, script)
        assert answers.cause.summary == german
        panels = [line for line in prompter.log if line.startswith("[Warning: language-mismatch]")]
        assert panels[0].startswith(
            "[Warning: language-mismatch] In these answers: cause.summary, cause.impact."
        )
        # The impact alone is warned about on its own, with its own menu; once it is kept,
        # the later English answers are only noted.
        assert "In these answers" not in panels[1]
        assert len([line for line in prompter.log if line == "? What now?"]) == 2
        assert len([line for line in prompter.log if line.startswith("Also ")]) == 3
