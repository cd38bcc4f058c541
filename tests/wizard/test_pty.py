"""The real interview in a pseudo-terminal: arrow keys, typing, Ctrl-C, --resume."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
import yaml

pexpect = pytest.importorskip("pexpect")

from advocacy_cli.wizard.prompter import Choice  # noqa: E402
from advocacy_cli.wizard.questions import QUESTIONS_BY_KEY  # noqa: E402
from advocacy_cli.wizard.state import RESUME_FILE  # noqa: E402
from tests.conftest import TODAY  # noqa: E402
from tests.wizard import scripts  # noqa: E402

pytestmark = pytest.mark.pty

DOWN, SPACE, ENTER, CLEAR, CTRL_C = "\x1b[B", " ", "\r", "\x15", "\x03"


def _command() -> list[str]:
    installed = shutil.which("advocacy")
    return [installed] if installed else [sys.executable, "-m", "advocacy_cli"]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ADVOCACY_", "COLUMNS", "LINES"))}
    # No cursor-position queries: the pseudo-terminal has no one to answer them.
    env.update(TERM="xterm", PROMPT_TOOLKIT_NO_CPR="1", NO_COLOR="1")
    return env


class Session:
    """One ``advocacy`` process on a pseudo-terminal, driven question by question."""

    def __init__(self, cwd: Path, *args: str) -> None:
        argv = [*_command(), *args]
        self.child = pexpect.spawn(
            argv[0],
            argv[1:],
            cwd=str(cwd),
            env=_env(),
            encoding="utf-8",
            timeout=10,
            dimensions=(60, 160),
        )
        # Every send waits for its prompt first, so pexpect's default pause is not needed.
        self.child.delaybeforesend = None

    def expect(self, text: str) -> None:
        self.child.expect_exact(text)

    def type(self, prompt: str, text: str, clear: bool = False) -> None:
        self.expect(prompt)
        self.child.send((CLEAR if clear else "") + text + ENTER)

    def pick(self, prompt: str, index: int) -> None:
        self.expect(prompt)
        self.child.send(DOWN * index + ENTER)

    def tick(self, prompt: str, indexes: list[int]) -> None:
        self.expect(prompt)
        keys, at = "", 0
        for index in sorted(indexes):
            keys += DOWN * (index - at) + SPACE
            at = index
        self.child.send(keys + ENTER)

    def search_tick(self, prompt: str, words: list[str]) -> None:
        self.expect(prompt)
        for word in words:
            self.child.send(word)
            self.child.send(SPACE)
        self.child.send(ENTER)

    def finish(self) -> int:
        self.child.expect(pexpect.EOF)
        self.child.close()
        return self.child.exitstatus if self.child.exitstatus is not None else -1

    @property
    def output(self) -> str:
        return self.child.before or ""


def _index(catalog, key: str, value: str, data: dict | None = None) -> int:
    choices: list[Choice] = QUESTIONS_BY_KEY[key].choices(catalog, data or {})
    values = [c.value for c in choices if c.value is not None]
    return values.index(value)


def prompt(catalog, key: str) -> str:
    return catalog.questions[key].prompt


TODAY_ARGS = ("--today", TODAY.isoformat())


def answer_organisation(s: Session, catalog) -> None:
    s.type(prompt(catalog, "organisation.name"), scripts.ORGANISATION[0])
    s.type(prompt(catalog, "organisation.website"), scripts.ORGANISATION[1])
    s.type(prompt(catalog, "organisation.username"), scripts.ORGANISATION[2])
    s.type(prompt(catalog, "organisation.role"), scripts.ORGANISATION[3])
    s.pick(prompt(catalog, "organisation.paid"), 0)  # yes


def answer_cause(s: Session, catalog) -> None:
    s.type(prompt(catalog, "cause.title"), scripts.CAUSE[0])
    s.type(prompt(catalog, "cause.summary"), scripts.CAUSE[1])
    s.pick(prompt(catalog, "cause.topic"), _index(catalog, "cause.topic", scripts.CAUSE[2]))
    s.type(prompt(catalog, "cause.impact"), scripts.CAUSE[3])
    s.type(prompt(catalog, "cause.sources"), scripts.CAUSE[4])
    s.type(prompt(catalog, "cause.decision_date"), scripts.CAUSE[5])
    s.type(prompt(catalog, "cause.countries"), scripts.CAUSE[6])


def answer_rest(s: Session, catalog) -> None:
    s.search_tick(prompt(catalog, "target.projects"), ["enwiki"])
    s.pick(prompt(catalog, "action.kind"), _index(catalog, "action.kind", "banner"))
    s.type(prompt(catalog, "action.details"), scripts.ACTION[1])
    s.type(prompt(catalog, "action.start"), scripts.ACTION[2], clear=True)
    s.type(prompt(catalog, "action.duration_hours"), scripts.ACTION[3], clear=True)
    s.type(prompt(catalog, "action.scope"), scripts.ACTION[4])
    data = {"action": {"kind": "banner"}}
    s.tick(prompt(catalog, "alternatives"), [_index(catalog, "alternatives", "blog-post", data)])
    s.type(prompt(catalog, "alternatives.why_not"), scripts.ALTERNATIVES[1])
    answer_outreach(s, catalog, "village-pump")
    s.pick(prompt(catalog, "language"), 0)


def answer_outreach(s: Session, catalog, channel: str) -> None:
    s.tick(prompt(catalog, "outreach"), [_index(catalog, "outreach", channel)])
    s.type(prompt(catalog, "outreach.note"), scripts.OUTREACH[1], clear=True)


def write_from_review(s: Session) -> None:
    s.expect("Your answers")
    s.pick("What next?", 0)


def tree(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())}


def new_from_answers(cli, answers: Path, out: Path) -> Path:
    """Run ``advocacy new --answers`` (in-process: the same command, without a second start-up)."""
    result = cli("new", "--answers", answers, *TODAY_ARGS, "--out", out)
    assert result.exit_code == 0, result.stderr
    return out


def expected_answers_file(folder: Path) -> Path:
    path = folder / "expected.yaml"
    path.write_text(yaml.safe_dump(scripts.EXPECTED, sort_keys=False), encoding="utf-8")
    return path


def test_full_run_writes_the_same_files_as_new_with_answers(tmp_path, catalog, cli):
    s = Session(tmp_path, "new", *TODAY_ARGS, "--out", "drafts")
    answer_organisation(s, catalog)
    answer_cause(s, catalog)
    answer_rest(s, catalog)
    write_from_review(s)
    assert s.finish() == 0
    assert "Next steps" in s.output
    assert not (tmp_path / RESUME_FILE).exists()
    reference = new_from_answers(cli, expected_answers_file(tmp_path), tmp_path / "reference")
    assert tree(tmp_path / "drafts") == tree(reference)
    assert "proposal.enwiki.wiki" in tree(reference)


def test_invalid_answer_is_asked_again_with_the_reason(tmp_path, catalog):
    s = Session(tmp_path, "new", *TODAY_ARGS)
    s.type(prompt(catalog, "organisation.name"), scripts.ORGANISATION[0])
    s.type(prompt(catalog, "organisation.website"), "example.org")
    s.expect("expected a URL starting with https://")
    s.child.send(CLEAR + scripts.ORGANISATION[1] + ENTER)
    s.expect(prompt(catalog, "organisation.username"))
    s.child.send(CTRL_C)
    assert s.finish() == 130
    saved = yaml.safe_load((tmp_path / RESUME_FILE).read_text(encoding="utf-8"))
    assert saved["organisation"]["website"] == scripts.ORGANISATION[1]


def _partial(folder: Path, drop: list[str]) -> Path:
    data = yaml.safe_load(yaml.safe_dump(scripts.EXPECTED))
    for key in drop:
        data.pop(key)
    path = folder / "partial.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def test_error_finding_is_shown_and_corrected(tmp_path, catalog):
    partial = _partial(tmp_path, ["outreach"])
    # Without a required answer the file is incomplete, so the missing ones are asked.
    text = partial.read_text(encoding="utf-8").replace("  paid: true\n", "")
    partial.write_text(text, encoding="utf-8")
    s = Session(tmp_path, "new", "--answers", str(partial), *TODAY_ARGS, "--out", "drafts")
    s.pick(prompt(catalog, "organisation.paid"), 0)
    s.tick(prompt(catalog, "outreach"), [_index(catalog, "outreach", "user-talk")])
    # Caught as soon as it is ticked, before any note is asked for it.
    s.expect("Error: canvassing")
    s.expect("cannot be written until this is changed")
    s.expect("Unticked: Messages on many")
    # The question comes back with user-talk unticked: tick the village pump instead.
    s.tick(prompt(catalog, "outreach"), [_index(catalog, "outreach", "village-pump")])
    s.type(prompt(catalog, "outreach.note"), scripts.OUTREACH[1], clear=True)
    s.pick(prompt(catalog, "language"), 0)
    write_from_review(s)
    assert s.finish() == 0
    written = yaml.safe_load((tmp_path / "drafts" / "answers.yaml").read_text(encoding="utf-8"))
    assert written["outreach"] == scripts.EXPECTED["outreach"]


def test_edit_an_answer_from_the_review_screen(tmp_path, catalog):
    partial = _partial(tmp_path, [])
    # A complete file asks nothing, so leave out one answer; and give a role to correct.
    text = partial.read_text(encoding="utf-8").replace("Policy officer", "Adviser")
    partial.write_text(text.replace("  paid: true\n", ""), encoding="utf-8")
    s = Session(tmp_path, "new", "--answers", str(partial), *TODAY_ARGS, "--out", "drafts")
    s.pick(prompt(catalog, "organisation.paid"), 0)
    s.pick(prompt(catalog, "language"), 0)  # optional, and missing too
    s.expect("Your answers")
    s.expect("Adviser")
    s.pick("What next?", 1)  # Edit an answer
    s.pick("Which answer?", 3)  # organisation.role
    s.type(prompt(catalog, "organisation.role"), scripts.ORGANISATION[3], clear=True)
    write_from_review(s)
    assert s.finish() == 0
    written = yaml.safe_load((tmp_path / "drafts" / "answers.yaml").read_text(encoding="utf-8"))
    assert written["organisation"]["role"] == scripts.ORGANISATION[3]


def test_ctrl_c_then_resume_gives_the_files_of_an_uninterrupted_run(tmp_path, catalog, cli):
    s = Session(tmp_path, "new", *TODAY_ARGS, "--out", "drafts")
    answer_organisation(s, catalog)
    answer_cause(s, catalog)
    s.expect(prompt(catalog, "target.projects"))
    s.child.send(CTRL_C)
    s.expect("go on with: advocacy new --today 2027-04-01 --out drafts --resume")
    assert s.finish() == 130
    s = Session(tmp_path, "new", *TODAY_ARGS, "--out", "drafts", "--resume")
    answer_rest(s, catalog)
    write_from_review(s)
    assert s.finish() == 0
    reference = new_from_answers(cli, expected_answers_file(tmp_path), tmp_path / "reference")
    assert tree(tmp_path / "drafts") == tree(reference)
