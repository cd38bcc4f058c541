"""Every answers-level rule: a failing and a passing case, with the exact field and line."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

import pytest

from advocacy_cli.answers import answers_from_text
from advocacy_cli.catalog import Catalog
from advocacy_cli.checks import check_answers
from advocacy_cli.findings import Finding, Severity
from advocacy_cli.render.timeline import PREDISCUSSION_DAYS
from advocacy_cli.rules import RULES, Target
from tests.conftest import TODAY

NAME = "answers.yaml"

# A clean banner proposal to English Wikipedia: no finding at all with --today 2027-04-01.
BASE = """\
organisation:
  name: Open Knowledge Network
  website: https://example.org
  username: Example-OKN
  role: Policy officer
  paid: false
cause:
  title: Online Platforms Liability Directive
  summary: The proposed directive would make hosting services liable for user uploads.
  topic: intermediary-liability
  impact: >
    Wikimedia Commons would have to filter every upload against rightsholder lists,
    blocking quotations and public-domain works.
  decision_date: 2027-06-30
target:
  projects: [enwiki]
action:
  kind: banner
  details: An informational banner linking to a neutral explainer on Meta.
  start: 2027-06-28
  duration_hours: 48
  scope: Logged-out readers in the EU
alternatives:
  - kind: blog-post
    why_not: Already under way; reaches few readers.
outreach:
  - channel: village-pump
    note: Neutral notice at Village pump (policy)
"""


def edit(*changes: tuple[str, str], text: str = BASE) -> str:
    """Apply textual replacements to ``text``; each must match exactly once."""
    for old, new in changes:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def line_with(text: str, needle: str) -> int:
    """Return the 1-based line holding ``needle``, which must occur on exactly one line."""
    found = [n for n, line in enumerate(text.splitlines(), 1) if needle in line]
    assert len(found) == 1, (needle, found)
    return found[0]


def run(text: str, catalog: Catalog) -> list[Finding]:
    answers, doc = answers_from_text(text, catalog, NAME)
    return check_answers(answers, doc, catalog, TODAY)


def of(findings: list[Finding], rule: str) -> list[Finding]:
    return [f for f in findings if f.rule == rule]


@dataclass(frozen=True)
class Fail:
    """A case that must produce a finding of ``rule`` at ``field`` on the line of ``at``."""

    id: str
    rule: str
    changes: tuple[tuple[str, str], ...]
    field: str
    at: str  # text on the expected line
    severity: Severity
    says: str = ""  # a fragment the message must contain
    column_of: str | None = None  # text whose column the finding must point at


@dataclass(frozen=True)
class Pass:
    """A case that must produce no finding of ``rule``."""

    id: str
    rule: str
    changes: tuple[tuple[str, str], ...]


E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
ROLE = ("  role: Policy officer\n", "")
PAID = ("paid: false", "paid: true")
NO_USER = ("  username: Example-OKN\n", "")
WHY_NOT = "why_not: Already under way; reaches few readers."
NO_ALTS = (f"alternatives:\n  - kind: blog-post\n    {WHY_NOT}\n", "")
IMPACT = (
    "impact: >\n    Wikimedia Commons would have to filter every upload against rightsholder"
    " lists,\n    blocking quotations and public-domain works.\n"
)
STATEMENT = ("kind: banner", "kind: statement")
NOTE = "note: Neutral notice at Village pump (policy)"
DETAILS = "details: An informational banner linking to a neutral explainer on Meta."
SUMMARY = "summary: The proposed directive would make hosting services liable for user uploads."
TITLE = "title: Online Platforms Liability Directive"


FAILS = [
    # off-mission
    Fail(
        "topic-other",
        "off-mission",
        (("topic: intermediary-liability", "topic: other"),),
        "cause.topic",
        "topic: other",
        W,
        "not one of the topics",
    ),
    Fail(
        "candidate",
        "off-mission",
        ((TITLE, "title: Banner asking readers to vote for the candidate of the Green party"),),
        "cause.title",
        "title: Banner",
        E,
        "Endorsing candidates",
        column_of="vote for",
    ),
    Fail(
        "blood-drive",
        "off-mission",
        ((DETAILS, "details: A banner announcing a blood drive in Brussels."),),
        "action.details",
        "details: A banner",
        W,
        "humanitarian",
        column_of="blood drive",
    ),
    # canvassing
    Fail(
        "user-talk-channel",
        "canvassing",
        (("channel: village-pump", "channel: user-talk"),),
        "outreach[0].channel",
        "channel: user-talk",
        E,
        "talk",
    ),
    Fail(
        "partisan-note",
        "canvassing",
        ((NOTE, "note: Tell our supporters that the RfC has started"),),
        "outreach[0].note",
        "note: Tell",
        E,
        "expected to agree",
        column_of="Tell our",
    ),
    Fail(
        "vote-instructions-in-why-not",
        "canvassing",
        (
            (
                "why_not: Already under way; reaches few readers.",
                "why_not: We would rather ask people to vote support at the RfC.",
            ),
        ),
        "alternatives[0].why_not",
        "why_not:",
        E,
        "how to vote",
    ),
    # meatpuppetry
    Fail(
        "social-media-channel",
        "meatpuppetry",
        (("channel: village-pump", "channel: social-media-call"),),
        "outreach[0].channel",
        "channel: social-media-call",
        E,
    ),
    Fail(
        "join-to-vote",
        "meatpuppetry",
        ((DETAILS, "details: We will ask our members to join the discussion."),),
        "action.details",
        "details: We will",
        E,
        "recruits",
        column_of="ask our members",
    ),
    # contact-address
    Fail(
        "contact-channel",
        "contact-address",
        (("channel: village-pump", "channel: contact-address"),),
        "outreach[0].channel",
        "channel: contact-address",
        E,
        "Volunteer Response Team",
    ),
    Fail(
        "info-address",
        "contact-address",
        ((NOTE, "note: Ask readers to write to info@wikimedia.org about it"),),
        "outreach[0].note",
        "note: Ask readers",
        E,
        column_of="Ask readers",
    ),
    Fail(
        "permissions-queue",
        "contact-address",
        (
            (
                "    blocking quotations and public-domain works.\n",
                "    blocking quotations and public-domain works.\n"
                "    We will forward complaints to permissions-commons@wikimedia.org.\n",
            ),
        ),
        "cause.impact",
        "impact: >",
        E,
        "permissions-commons@wikimedia.org",
    ),
    # undisclosed-affiliation
    Fail(
        "no-role",
        "undisclosed-affiliation",
        (ROLE,),
        "organisation.role",
        "organisation:",
        E,
        "role at Open Knowledge Network",
    ),
    Fail(
        "no-role-paid",
        "undisclosed-affiliation",
        (ROLE, PAID),
        "organisation.role",
        "organisation:",
        E,
        "paid job",
    ),
    Fail(
        "paid-no-username",
        "undisclosed-affiliation",
        (PAID, NO_USER),
        "organisation.paid",
        "paid: true",
        INFO,
        "whichever account posts",
    ),
    # no-alternatives
    Fail(
        "banner-alone",
        "no-alternatives",
        (NO_ALTS,),
        "action.kind",
        "kind: banner",
        E,
        "no alternatives",
    ),
    Fail(
        "alternative-is-action",
        "no-alternatives",
        (("- kind: blog-post", "- kind: banner"),),
        "alternatives[0].kind",
        "- kind: banner",
        W,
        "the proposed action itself",
    ),
    # short-deadline
    Fail(
        "days-away",
        "short-deadline",
        (("start: 2027-06-28", "start: 2027-04-05"),),
        "action.start",
        "start: 2027-04-05",
        E,
        "only 4 days away",
    ),
    Fail(
        "in-the-past",
        "short-deadline",
        (("start: 2027-06-28", "start: 2027-03-01"),),
        "action.start",
        "start: 2027-03-01",
        E,
        "in the past",
    ),
    Fail(
        "venue-and-lead",
        "short-deadline",
        (("start: 2027-06-28", "start: 2027-05-01"),),
        "action.start",
        "start: 2027-05-01",
        W,
        "more days between consensus and going live",
    ),
    Fail(
        "after-decision",
        "short-deadline",
        (("start: 2027-06-28", "start: 2027-07-02"),),
        "action.start",
        "start: 2027-07-02",
        W,
        "after the decision on 2027-06-30",
    ),
    Fail(
        "decision-date",
        "short-deadline",
        (
            STATEMENT,
            ("  start: 2027-06-28\n", ""),
            ("decision_date: 2027-06-30", "decision_date: 2027-04-20"),
        ),
        "cause.decision_date",
        "decision_date:",
        W,
        "19 days away",
    ),
    # missing-scope
    Fail(
        "no-duration",
        "missing-scope",
        (("  duration_hours: 48\n", ""),),
        "action.duration_hours",
        "action:",
        E,
        "how long it lasts",
    ),
    Fail(
        "no-scope",
        "missing-scope",
        (("  scope: Logged-out readers in the EU\n", ""),),
        "action.scope",
        "action:",
        E,
        "who sees it",
    ),
    Fail(
        "too-long",
        "missing-scope",
        (("duration_hours: 48", "duration_hours: 720"),),
        "action.duration_hours",
        "duration_hours: 720",
        E,
        "hours is longer than the",
    ),
    # missing-impact
    Fail(
        "thin-impact",
        "missing-impact",
        ((IMPACT, "impact: It is bad for us.\n"),),
        "cause.impact",
        "impact:",
        W,
        "5 words",
    ),
    Fail(
        "restated-impact",
        "missing-impact",
        ((IMPACT, SUMMARY.replace("summary", "impact") + "\n"),),
        "cause.impact",
        "impact:",
        W,
        "repeats the summary",
    ),
    # wrong-venue
    Fail(
        "foundation-banner",
        "wrong-venue",
        (("projects: [enwiki]", "projects: [wmf]"),),
        "target.projects[0]",
        "projects: [wmf]",
        W,
        "cannot decide",
    ),
    Fail(
        "community-consultation",
        "wrong-venue",
        ((NO_ALTS[0], ""), ("kind: banner", "kind: consultation-response")),
        "target.projects[0]",
        "projects: [enwiki]",
        W,
        "does not decide",
    ),
    # language-mismatch
    Fail(
        "english-for-dewiki",
        "language-mismatch",
        (("projects: [enwiki]", "projects: [dewiki]"), (NOTE, NOTE + "\nlanguage: en")),
        "language",
        "language: en",
        W,
        "German",
    ),
    Fail(
        "english-summary-for-jawiki",
        "language-mismatch",
        (("projects: [enwiki]", "projects: [jawiki]"),),
        "cause.summary",
        "summary: The proposed",
        W,
        "is in English (en), but the draft for jawiki is in 日本語 (ja); it keeps",
    ),
    Fail(
        "unknown-language",
        "language-mismatch",
        ((NOTE, NOTE + "\nlanguage: eo"),),
        "language",
        "language: eo",
        W,
        "no drafts in",
    ),
    # missing-centralnotice
    Fail(
        "banner-inside-a-blackout",
        "missing-centralnotice",
        (("kind: banner", "kind: blackout"),),
        "action.details",
        "details: An",
        W,
        "CentralNotice",
        column_of="banner",
    ),
    # loaded-wording
    Fail(
        "shouting",
        "loaded-wording",
        ((TITLE, "title: STOP THIS TERRIBLE DIRECTIVE now"),),
        "cause.title",
        "title: STOP",
        W,
        "Shouting",
        column_of="STOP",
    ),
    Fail(
        "mostly-capitals",
        "loaded-wording",
        ((TITLE, "title: UPLOAD FILTERS directive"),),
        "cause.title",
        "title: UPLOAD",
        W,
        "mostly in capitals",
    ),
    Fail(
        "double-bang",
        "loaded-wording",
        ((TITLE, "title: Online Platforms Liability Directive!!"),),
        "cause.title",
        "title: Online",
        W,
        "exclamation marks",
        column_of="!!",
    ),
    Fail(
        "loaded-phrase",
        "loaded-wording",
        ((SUMMARY, "summary: The evil directive would make hosts liable for uploads."),),
        "cause.summary",
        "summary: The evil",
        W,
        "evil",
        column_of="evil",
    ),
    # article-advocacy
    Fail(
        "edit-articles",
        "article-advocacy",
        ((DETAILS, "details: Edit the articles on the directive to highlight the dangers of it."),),
        "action.details",
        "details: Edit",
        E,
        column_of="Edit the articles",
    ),
    Fail(
        "call-to-action-in-note",
        "article-advocacy",
        ((NOTE, "note: Add our petition link to the related articles"),),
        "outreach[0].note",
        "note: Add our",
        E,
    ),
]

PASSES = [
    Pass("base-topic", "off-mission", ()),
    Pass("banner-is-the-action", "missing-centralnotice", ()),
    Pass(
        "blackout-without-a-banner",
        "missing-centralnotice",
        (
            ("kind: banner", "kind: blackout"),
            (DETAILS, "details: A blackout page linking to an explainer on Meta."),
        ),
    ),
    Pass(
        "parliament-votes",
        "off-mission",
        ((SUMMARY, "summary: The European Parliament votes for the directive in June."),),
    ),
    Pass("neutral-notices", "canvassing", ((NOTE, "note: Neutral notice; all comments are welcome"),)),
    Pass("no-recruiting", "meatpuppetry", ()),
    Pass(
        "policy-list-and-chapter",
        "contact-address",
        ((NOTE, "note: Ask publicpolicy@lists.wikimedia.org and verein@wikimedia.at for advice"),),
    ),
    Pass("role-given", "undisclosed-affiliation", ()),
    Pass("paid-with-account", "undisclosed-affiliation", (PAID,)),
    Pass("statement-needs-none", "no-alternatives", (STATEMENT, NO_ALTS)),
    Pass("alternatives-given", "no-alternatives", ()),
    Pass("enough-time", "short-deadline", ()),
    Pass(
        "no-dates",
        "short-deadline",
        (STATEMENT, ("  start: 2027-06-28\n", ""), ("  decision_date: 2027-06-30\n", "")),
    ),
    Pass(
        "statement-needs-no-scope",
        "missing-scope",
        (
            STATEMENT,
            (DETAILS, "details: A statement by the chapter, linking to a neutral explainer on Meta."),
            ("  duration_hours: 48\n", ""),
            ("  scope: Logged-out readers in the EU\n", ""),
        ),
    ),
    Pass("concrete-impact", "missing-impact", ()),
    Pass("community-banner", "wrong-venue", ()),
    Pass(
        "chapter-consultation",
        "wrong-venue",
        (
            ("projects: [enwiki]", "projects: [wmuk]"),
            ("kind: banner", "kind: consultation-response"),
        ),
    ),
    Pass("english-for-enwiki", "language-mismatch", ((NOTE, NOTE + "\nlanguage: en"),)),
    Pass("acronyms", "loaded-wording", ((TITLE, "title: SOPA and PIPA, ACTA and the EU DSA review"),)),
    Pass("one-exclamation", "loaded-wording", ((TITLE, "title: Online platforms directive!"),)),
    Pass(
        "neutral-coverage",
        "article-advocacy",
        (
            (
                DETAILS,
                "details: WikiProject Law may want to improve the neutral coverage of the bill.",
            ),
        ),
    ),
]


@pytest.mark.parametrize("case", FAILS, ids=lambda c: f"{c.rule}::{c.id}")
def test_failing_case(case: Fail, catalog: Catalog) -> None:
    text = edit(*case.changes)
    found = of(run(text, catalog), case.rule)
    at_field = [f for f in found if f.field == case.field]
    assert at_field, [(f.field, f.message) for f in found]
    finding = at_field[0]
    assert finding.severity is case.severity
    assert finding.line == line_with(text, case.at)
    assert finding.file == NAME
    assert case.says in finding.message
    assert finding.suggestion and finding.policy.startswith("https://")
    if case.column_of is not None:
        line = text.splitlines()[finding.line - 1]
        assert finding.column == line.index(case.column_of) + 1
        assert finding.end_line == finding.line
        assert finding.end_column is not None and finding.end_column > finding.column


@pytest.mark.parametrize("case", PASSES, ids=lambda c: f"{c.rule}::{c.id}")
def test_passing_case(case: Pass, catalog: Catalog) -> None:
    assert of(run(edit(*case.changes), catalog), case.rule) == []


def test_base_is_clean(catalog: Catalog) -> None:
    assert run(BASE, catalog) == []


def test_every_answers_rule_has_cases() -> None:
    answer_rules = {r.name for r in RULES if r.applies_to(Target.ANSWERS)}
    assert answer_rules <= {c.rule for c in FAILS}
    assert answer_rules <= {c.rule for c in PASSES}


def test_channel_finding_carries_the_catalogue_texts(catalog: Catalog) -> None:
    channel = catalog.channels["user-talk"]
    [finding] = of(run(edit(("channel: village-pump", "channel: user-talk")), catalog), "canvassing")
    assert channel.why.strip() in finding.message
    assert finding.suggestion == channel.instead
    assert finding.policy == channel.policy


def test_one_finding_for_an_address_the_catalogue_names(catalog: Catalog) -> None:
    text = edit((NOTE, "note: Ask readers to write to info@wikimedia.org about it"))
    assert len(of(run(text, catalog), "contact-address")) == 1


def test_triple_bang_is_reported_once(catalog: Catalog) -> None:
    text = edit((TITLE, "title: Online Platforms Liability Directive!!!"))
    assert len(of(run(text, catalog), "loaded-wording")) == 1


def test_short_deadline_names_numbers_per_project(catalog: Catalog) -> None:
    # Each community's figures are those of its posting plan: early feedback, what must come
    # before the proposal opens (a Meinungsbild's supporters and notice), the discussion,
    # then the action's lead time.
    text = edit(
        ("start: 2027-06-28", "start: 2027-05-01"),
        ("projects: [enwiki]", "projects: [enwiki, dewiki]"),
    )
    found = of(run(text, catalog), "short-deadline")
    assert {f.line for f in found} == {line_with(text, "start: 2027-05-01")}
    by_project = {f.message.split(":")[0]: f.message for f in found}
    lead = catalog.actions["banner"].lead_days
    for key in ("enwiki", "dewiki"):
        project = catalog.projects[key]
        usual = project.deciding_venue.usual_days
        before = sum(step.days for step in project.proposal.before)
        needed = PREDISCUSSION_DAYS + before + usual + lead
        message = by_project[project.name]
        assert f"usually run {usual} days" in message
        assert f"needs {lead} more days" in message
        assert f"({needed} days in all)" in message
        latest = dt.date(2027, 5, 1) - dt.timedelta(days=needed)
        assert f"latest sensible day to begin was {latest}" in message
    assert "supporters" in by_project["German Wikipedia"]
    assert "supporters" not in by_project["English Wikipedia"]


def test_max_hours_come_from_the_catalogue(catalog: Catalog) -> None:
    limit = catalog.actions["banner"].max_hours
    text = edit(("duration_hours: 48", f"duration_hours: {limit + 1}"))
    [finding] = of(run(text, catalog), "missing-scope")
    assert f"longer than the {limit} hours" in finding.message
    assert of(run(edit(("duration_hours: 48", f"duration_hours: {limit}")), catalog), "missing-scope") == []


def test_wrong_venue_names_the_community_that_decides(catalog: Catalog) -> None:
    text = edit(("projects: [enwiki]", "projects: [wmde]"), ("kind: banner", "kind: blackout"))
    [finding] = of(run(text, catalog), "wrong-venue")
    assert "German Wikipedia at Wikipedia:Meinungsbilder" in finding.suggestion


def test_decision_on_a_list_comes_from_the_catalogue(catalog: Catalog) -> None:
    assert catalog.phrases["decide-on-list"].rule == "wrong-venue"
    without = dataclasses.replace(
        catalog, phrases={k: g for k, g in catalog.phrases.items() if g.rule != "wrong-venue"}
    )
    text = edit(
        ("channel: village-pump", "channel: mailing-list"),
        (NOTE, "note: The banner will be decided on the list"),
    )
    assert of(run(text, without), "wrong-venue") == []
    [finding] = of(run(text, catalog), "wrong-venue")
    assert finding.field == "outreach[0].note"
    assert finding.line == line_with(text, "note: The banner")
    assert finding.column == text.splitlines()[finding.line - 1].index("decided on the list") + 1


def test_block_scalar_points_at_its_key(catalog: Catalog) -> None:
    text = edit((DETAILS, "details: >\n    We will ask our members\n    to join the discussion."))
    [finding] = of(run(text, catalog), "meatpuppetry")
    assert (finding.line, finding.column) == (line_with(text, "details: >"), 1)


def test_quoted_scalar_column_skips_the_quote(catalog: Catalog) -> None:
    text = edit((TITLE, 'title: "Online Platforms Liability Directive!!"'))
    [finding] = of(run(text, catalog), "loaded-wording")
    assert finding.column == text.splitlines()[finding.line - 1].index("!!") + 1


def test_levels_can_turn_a_rule_off(catalog: Catalog) -> None:
    answers, doc = answers_from_text(edit(NO_ALTS), catalog, NAME)
    assert of(check_answers(answers, doc, catalog, TODAY), "no-alternatives")
    assert check_answers(answers, doc, catalog, TODAY, levels={"no-alternatives": None}) == []


def test_value_findings_point_at_the_value(catalog: Catalog) -> None:
    text = edit(
        ("projects: [enwiki]", "projects: [enwiki, wmf]"),
        ("channel: village-pump", "channel: user-talk"),
    )
    lines = text.splitlines()
    [venue] = of(run(text, catalog), "wrong-venue")
    assert (venue.field, venue.line) == (
        "target.projects[1]",
        line_with(text, "projects: [enwiki, wmf]"),
    )
    assert venue.column == lines[venue.line - 1].index("wmf") + 1
    [channel] = of(run(text, catalog), "canvassing")
    assert channel.column == lines[channel.line - 1].index("user-talk") + 1
