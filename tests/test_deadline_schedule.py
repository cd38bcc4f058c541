"""``short-deadline`` on answers counts what a community needs before a vote, as the plan does."""

from __future__ import annotations

import datetime as dt

import pytest

from advocacy_cli.answers import answers_from_text, load_answers
from advocacy_cli.catalog import Catalog
from advocacy_cli.checks import check_answers
from advocacy_cli.findings import Severity
from advocacy_cli.render.timeline import build_timeline
from advocacy_cli.rules.deadline import MIN_DAYS, community_schedule, earliest_start
from tests.conftest import EXAMPLES, TODAY
from tests.test_answer_rules import edit

# Targets and actions whose proposals differ in what comes before them: a Meinungsbild
# (supporters, a week's notice), a Prise de décision (discussion phase, notice of the vote),
# a plain thread, a Meta request for comment, and a thread with no early feedback.
CASES = [
    ("dewiki", "blackout"),
    ("dewiki", "banner"),
    ("frwiki", "banner"),
    ("enwiki", "logo-change"),
    ("metawiki", "banner"),
    ("itwiki", "blackout"),
]


def _answers_text(project: str, kind: str, start: dt.date) -> str:
    return edit(
        ("projects: [enwiki]", f"projects: [{project}]"),
        ("kind: banner", f"kind: {kind}"),
        ("start: 2027-06-28", f"start: {start.isoformat()}"),
        ("decision_date: 2027-06-30", "decision_date: 2027-12-30"),
    )


def _deadline_findings(catalog: Catalog, text: str) -> list:
    answers, doc = answers_from_text(text, catalog, "answers.yaml")
    return [f for f in check_answers(answers, doc, catalog, TODAY) if f.rule == "short-deadline"]


class TestTheRuleAndThePlanAgree:
    """A start the plan calls too tight is reported by ``new``, and only such a start."""

    @pytest.mark.parametrize(("project", "kind"), CASES)
    @pytest.mark.parametrize("offset", [-10, -1, 0, 1, 30])
    def test_same_verdict(self, catalog: Catalog, project: str, kind: str, offset: int) -> None:
        ready = community_schedule(catalog.projects[project], catalog.actions[kind], TODAY).ready
        start = ready + dt.timedelta(days=offset)
        text = _answers_text(project, kind, start)
        answers, _ = answers_from_text(text, catalog, "answers.yaml")
        timeline = build_timeline(
            answers,
            catalog.projects[project],
            catalog.actions[kind],
            TODAY,
            catalog.projects[project].conventions_for(kind),
        )
        found = _deadline_findings(catalog, text)
        assert bool(found) == timeline.tight == (offset < 0)
        # Under a week is an error whatever the venue; the rest rests on estimates.
        expected = Severity.ERROR if (start - TODAY).days < MIN_DAYS else Severity.WARNING
        assert all(f.severity is expected for f in found)

    @pytest.mark.parametrize(
        ("projects", "kind"),
        [(["dewiki"], "blackout"), (["enwiki", "dewiki"], "banner"), (["frwiki", "itwiki"], "logo-change")],
    )
    def test_the_interviews_default_start_is_accepted(
        self, catalog: Catalog, projects: list[str], kind: str
    ) -> None:
        start = earliest_start(catalog, projects, kind, TODAY)
        text = _answers_text(projects[0], kind, start).replace(
            f"projects: [{projects[0]}]", f"projects: [{', '.join(projects)}]"
        )
        assert _deadline_findings(catalog, text) == []
        assert _deadline_findings(
            catalog, text.replace(f"start: {start}", f"start: {start - dt.timedelta(days=1)}")
        )

    def test_the_dewiki_example_is_reported_by_new_and_its_plan(self, cli, tmp_path) -> None:
        answers = EXAMPLES / "dewiki-blackout" / "answers.yaml"
        result = cli("new", "--answers", answers, "--out", tmp_path / "out", "--today", "2027-04-01")
        plan = (tmp_path / "out" / "posting-plan.dewiki.md").read_text(encoding="utf-8")
        assert "too little time" in plan
        assert "short-deadline" in result.stdout + result.stderr
        assert "supporters" in result.stdout + result.stderr


class TestTheMeinungsbildPhases:
    """The supporter phase and the week's notice come before the vote, with their dates."""

    def test_message_names_each_phase_and_the_dates(self, catalog: Catalog) -> None:
        dewiki = catalog.projects["dewiki"]
        plan = community_schedule(dewiki, catalog.actions["blackout"], TODAY)
        [finding] = _deadline_findings(
            catalog, _answers_text("dewiki", "blackout", plan.ready - dt.timedelta(days=3))
        )
        for step in dewiki.proposal.before:
            assert f"{step.what[:1].lower()}{step.what[1:]} ({step.days} days)" in finding.message
        assert f"open on {plan.opens}" in finding.message
        assert f"close on {plan.closes}" in finding.message
        assert f"ready to go live on {plan.ready}" in finding.message
        assert finding.field == "action.start"

    def test_vote_opens_after_supporters_and_notice(self, catalog: Catalog) -> None:
        dewiki = catalog.projects["dewiki"]
        for kind in ("blackout", "banner", "statement"):
            plan = community_schedule(dewiki, catalog.actions[kind], TODAY)
            assert plan.feedback is not None
            before = sum(step.days for step in dewiki.proposal.before)
            assert plan.opens == TODAY + dt.timedelta(days=plan.feedback[1] + before)
            assert plan.closes == plan.opens + dt.timedelta(days=plan.discussion_days)

    def test_durations_come_from_the_catalogue(self, catalog: Catalog) -> None:
        dewiki = catalog.projects["dewiki"]
        longer = tuple(step.model_copy(update={"days": step.days + 10}) for step in dewiki.proposal.before)
        changed = dewiki.model_copy(
            update={"proposal": dewiki.proposal.model_copy(update={"before": longer})}
        )
        action = catalog.actions["blackout"]
        shift = (
            community_schedule(changed, action, TODAY).ready - community_schedule(dewiki, action, TODAY).ready
        ).days
        assert shift == 10 * len(longer)

    @pytest.mark.parametrize("project", ["enwiki", "itwiki", "metawiki", "eswiki"])
    def test_no_supporters_where_none_are_needed(self, catalog: Catalog, project: str) -> None:
        plan = community_schedule(catalog.projects[project], catalog.actions["banner"], TODAY)
        assert plan.before == ()
        [finding] = _deadline_findings(
            catalog, _answers_text(project, "banner", plan.ready - dt.timedelta(days=1))
        )
        assert "supporters" not in finding.message

    def test_example_begun_a_day_earlier_is_not_flagged(self, catalog: Catalog) -> None:
        answers, doc = load_answers(EXAMPLES / "dewiki-blackout" / "answers.yaml", catalog)
        in_time, too_late = TODAY - dt.timedelta(days=1), TODAY

        def deadline_findings(today: dt.date) -> list:
            return [f for f in check_answers(answers, doc, catalog, today) if f.rule == "short-deadline"]

        assert deadline_findings(in_time) == []
        [finding] = deadline_findings(too_late)
        assert f"latest sensible day to begin was {in_time}" in finding.message
