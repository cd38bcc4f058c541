"""Score ``advocacy lint`` against the labelled corpus in ``tests/corpus/labelled/``.

Run ``python benchmarks/lintscore.py``; it lints every labelled draft in-process, through the
same engine as ``advocacy lint`` (with the label's ``today``, and its ``target`` when
``guess_target`` is false), and prints, per rule and overall, for the dev and held-out sets
apart and together:

- precision: of the (draft, rule) pairs reported at warning or error, the share whose rule the
  label lists as ``required`` or ``acceptable``;
- recall: of the ``required`` (draft, rule) pairs, the share reported at warning or error;
- the good drafts that exit 0 (no error-level finding, as ``advocacy lint`` without ``--strict``).

Options: ``--set dev|heldout`` (one set only), ``--markdown`` (the README's table), ``--json``
(one machine-readable document, with each draft's outcome), ``--corpus DIR`` (another labelled
folder with ``dev/`` and ``heldout/``). A bad label file is reported as one line naming the
file, the line and the field, with exit status 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

try:
    from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

    import advocacy_cli  # noqa: F401  (imported only to check that it is installed)
except ImportError as missing:
    print(
        f"lintscore: {missing.name} is not installed in this Python; run pip install -e . first",
        file=sys.stderr,
    )
    sys.exit(2)

if TYPE_CHECKING:
    from advocacy_cli.catalog import Catalog

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus" / "labelled"
SETS = ("dev", "heldout")
TOGETHER = "all"
LABEL_SUFFIX = ".label.yaml"
DRAFT_SUFFIX = ".wiki"
# Wikimedia database names: a language code (letters, with "_" for codes such as zh_yue)
# followed by the family's suffix, or one of the single wikis with a fixed name. A label may
# name a wiki the catalogue does not know yet; it must still look like a real wiki.
DATABASE_NAME = re.compile(
    r"^(?:[a-z]{2,3}(?:_[a-z]+)*(?:wiki|wikisource|wikiquote|wikibooks|wikinews|wiktionary"
    r"|wikiversity|wikivoyage)|commonswiki|metawiki|wikidatawiki|sourceswiki|specieswiki"
    r"|mediawikiwiki|incubatorwiki|foundationwiki)$"
)


class Label(BaseModel):
    """What an experienced advisor says about one draft (the schema: README, "How well lint reads")."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    language: str
    target: str | None = None
    guess_target: bool
    today: dt.date
    good: bool
    required: tuple[str, ...] = ()
    acceptable: tuple[str, ...] = ()
    notes: str | None = None

    @field_validator("target")
    @classmethod
    def _looks_like_a_wiki(cls, value: str | None) -> str | None:
        if value is not None and not DATABASE_NAME.match(value):
            raise ValueError(f"'{value}' is not a Wikimedia database name (such as enwiki or commonswiki)")
        return value

    def inconsistencies(self) -> list[tuple[str, str]]:
        """Return (field, message) for each way the label contradicts itself."""
        found = []
        if self.good and self.required:
            found.append(("required", "a good draft has no required rules (good: true needs required: [])"))
        if not self.good and not self.required:
            found.append(("required", "a flawed draft names its flaws (good: false needs a required rule)"))
        if not self.guess_target and self.target is None:
            found.append(("guess_target", "guess_target: false needs a target to pass to lint"))
        both = sorted(set(self.required) & set(self.acceptable))
        if both:
            found.append(
                ("acceptable", f"{', '.join(both)}: both required and acceptable; keep it in one list")
            )
        for key in ("required", "acceptable"):
            rules: tuple[str, ...] = getattr(self, key)
            twice = sorted({rule for rule in rules if rules.count(rule) > 1})
            if twice:
                found.append((key, f"{', '.join(twice)}: listed twice"))
        return found


@dataclass(frozen=True)
class Case:
    """One labelled draft."""

    name: str
    set: str
    draft: Path
    label: Label

    @property
    def key(self) -> str:
        """Name the draft uniquely across sets: ``dev/en-good-...``."""
        return f"{self.set}/{self.name}"


@dataclass(frozen=True)
class Outcome:
    """What lint said about one draft: the rules it reported at warning or error, and its exit code."""

    reported: frozenset[str]
    exit_code: int


@dataclass
class Tally:
    """Counts for one rule (or all rules) over a set of drafts."""

    reported: int = 0
    right: int = 0
    required: int = 0
    found: int = 0

    @property
    def precision(self) -> float | None:
        """Right reports over all reports; None when nothing was reported."""
        return self.right / self.reported if self.reported else None

    @property
    def recall(self) -> float | None:
        """Required pairs reported over required pairs; None when nothing was required."""
        return self.found / self.required if self.required else None


@dataclass
class SetScore:
    """The scores of one set of drafts."""

    drafts: int = 0
    good: int = 0
    good_clean: int = 0
    overall: Tally = field(default_factory=Tally)
    rules: dict[str, Tally] = field(default_factory=dict)


def read_label(path: Path, catalog: Catalog) -> Label:
    """Read and check one label; raise InputError naming the file, line and field of each problem."""
    from advocacy_cli.errors import InputError, InputProblem
    from advocacy_cli.lint.engine import DRAFT_RULES
    from advocacy_cli.validation import did_you_mean, problems_from
    from advocacy_cli.yamlfile import read_yaml

    doc = read_yaml(path)
    try:
        label = Label.model_validate(doc.data)
    except ValidationError as exc:
        raise InputError(problems_from(exc, doc, Label)) from None
    problems = [InputProblem(doc.path, doc.line_of(key), key, why) for key, why in label.inconsistencies()]
    if label.language not in catalog.languages:
        message = f"'{label.language}' is not one of the catalogue's: {', '.join(sorted(catalog.languages))}"
        problems.append(InputProblem(doc.path, doc.line_of("language"), "language", message))
    for key in ("required", "acceptable"):
        for index, rule in enumerate(getattr(label, key)):
            if rule not in DRAFT_RULES:
                dotted = f"{key}[{index}]"
                message = f"no such draft rule: '{rule}'{did_you_mean(rule, DRAFT_RULES)}"
                problems.append(InputProblem(doc.path, doc.line_of(dotted), dotted, message))
    if problems:
        raise InputError(problems)
    return label


def load_cases(corpus: Path, sets: Sequence[str], catalog: Catalog) -> list[Case]:
    """Read every draft and label of ``sets``; raise InputError listing every bad file."""
    from advocacy_cli.errors import InputError, InputProblem

    cases: list[Case] = []
    problems: list[InputProblem] = []
    for name in sets:
        folder = corpus / name
        if not folder.is_dir():
            problems.append(InputProblem(str(folder), None, None, "no such folder"))
            continue
        labels = {p.name.removesuffix(LABEL_SUFFIX): p for p in folder.glob(f"*{LABEL_SUFFIX}")}
        drafts = {p.stem: p for p in folder.glob(f"*{DRAFT_SUFFIX}")}
        for stem in sorted(drafts.keys() - labels.keys()):
            problems.append(
                InputProblem(str(drafts[stem]), None, None, f"no label file {stem}{LABEL_SUFFIX}")
            )
        for stem in sorted(labels.keys() - drafts.keys()):
            problems.append(InputProblem(str(labels[stem]), None, None, f"no draft {stem}{DRAFT_SUFFIX}"))
        for stem in sorted(labels.keys() & drafts.keys()):
            try:
                cases.append(
                    Case(name=stem, set=name, draft=drafts[stem], label=read_label(labels[stem], catalog))
                )
            except InputError as exc:
                problems.extend(exc.problems)
    if problems:
        raise InputError(problems)
    return cases


def unknown_targets(cases: Iterable[Case], catalog: Catalog) -> list[str]:
    """Return the targets passed to lint that the catalogue has no project for (general rules only)."""
    return sorted(
        {c.label.target for c in cases if c.label.target and not c.label.guess_target}
        - catalog.projects.keys()
    )


def lint_case(case: Case, catalog: Catalog) -> Outcome:
    """Lint one draft as ``advocacy lint`` would, with the label's date and target."""
    from advocacy_cli.findings import Severity, exit_code_for
    from advocacy_cli.lint.engine import LintOptions, lint_source, read_draft

    target = None if case.label.guess_target else case.label.target
    # No configuration file: the score is of the shipped severities, whatever lies near the corpus.
    findings, _ = lint_source(read_draft(case.draft), catalog, LintOptions(case.label.today, target))
    serious = frozenset(f.rule for f in findings if f.severity in (Severity.ERROR, Severity.WARNING))
    return Outcome(reported=serious, exit_code=int(exit_code_for(findings)))


def lint_cases(cases: Sequence[Case], catalog: Catalog) -> dict[str, Outcome]:
    """Lint every case; raise InputError naming every draft that could not be read."""
    from advocacy_cli.errors import InputError, InputProblem

    outcomes: dict[str, Outcome] = {}
    problems: list[InputProblem] = []
    for case in cases:
        try:
            outcomes[case.key] = lint_case(case, catalog)
        except InputError as exc:
            problems.extend(exc.problems)
    if problems:
        raise InputError(problems)
    return outcomes


def score(cases: Iterable[Case], outcomes: Mapping[str, Outcome]) -> SetScore:
    """Count precision, recall and clean good drafts over ``cases``."""
    result = SetScore()
    for case in cases:
        outcome = outcomes[case.key]
        expected = set(case.label.required)
        allowed = expected | set(case.label.acceptable)
        result.drafts += 1
        if case.label.good:
            result.good += 1
            result.good_clean += outcome.exit_code == 0
        for rule in outcome.reported:
            for tally in (result.overall, result.rules.setdefault(rule, Tally())):
                tally.reported += 1
                tally.right += rule in allowed
        for rule in expected:
            for tally in (result.overall, result.rules.setdefault(rule, Tally())):
                tally.required += 1
                tally.found += rule in outcome.reported
    return result


def score_sets(
    cases: Sequence[Case], outcomes: Mapping[str, Outcome], sets: Sequence[str]
) -> dict[str, SetScore]:
    """Score each set apart and, when there are several, all of them together."""
    scores = {name: score((c for c in cases if c.set == name), outcomes) for name in sets}
    if len(sets) > 1:
        scores[TOGETHER] = score(cases, outcomes)
    return scores


def plural(count: int, noun: str) -> str:
    """Render ``1 draft`` or ``2 drafts``."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def ratio(part: int, whole: int, value: float | None) -> str:
    """Render ``0.75 (3/4)``, or a dash when there is nothing to divide."""
    return "–" if value is None else f"{value:.2f} ({part}/{whole})"


def table_rows(scores: Mapping[str, SetScore]) -> tuple[list[str], list[list[str]]]:
    """Return the header and the rows: the rules that occur, the overall line, the clean good drafts."""
    header = ["rule"]
    for name in scores:
        header += [f"{name} precision", f"{name} recall"]
    rules = sorted({rule for s in scores.values() for rule in s.rules})
    rows = []
    for rule in [*rules, "overall"]:
        row = [rule]
        for s in scores.values():
            t = s.overall if rule == "overall" else s.rules.get(rule, Tally())
            row += [ratio(t.right, t.reported, t.precision), ratio(t.found, t.required, t.recall)]
        rows.append(row)
    clean = ["good drafts that exit 0"]
    for s in scores.values():
        clean += [f"{s.good_clean}/{s.good}", ""]
    rows.append(clean)
    return header, rows


def format_text(scores: Mapping[str, SetScore]) -> str:
    """Render the table with aligned columns for a terminal."""
    header, rows = table_rows(scores)
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in [header, *rows]
    ]
    counts = ", ".join(f"{name}: {plural(s.drafts, 'draft')}, {s.good} good" for name, s in scores.items())
    return "\n".join([*lines, "", counts]) + "\n"


def format_markdown(scores: Mapping[str, SetScore]) -> str:
    """Render the table as Markdown, for the README."""
    header, rows = table_rows(scores)
    bold = [[f"**{cell}**" if r[0] == "overall" and cell else cell for cell in r] for r in rows]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(r) + " |" for r in bold]
    counts = "; ".join(f"{name}: {plural(s.drafts, 'draft')}, {s.good} good" for name, s in scores.items())
    return "\n".join([*lines, "", counts]) + "\n"


def format_json(
    scores: Mapping[str, SetScore], cases: Sequence[Case], outcomes: Mapping[str, Outcome]
) -> str:
    """Render one JSON document: each set's tallies and each draft's outcome."""

    def tally(t: Tally) -> dict[str, Any]:
        return {
            "reported": t.reported,
            "right": t.right,
            "precision": t.precision,
            "required": t.required,
            "found": t.found,
            "recall": t.recall,
        }

    document = {
        "sets": {
            name: {
                "drafts": s.drafts,
                "good": s.good,
                "good_exit_0": s.good_clean,
                "overall": tally(s.overall),
                "rules": {rule: tally(t) for rule, t in sorted(s.rules.items())},
            }
            for name, s in scores.items()
        },
        "drafts": [
            {
                "name": c.name,
                "set": c.set,
                "good": c.label.good,
                "exit_code": outcomes[c.key].exit_code,
                "reported": sorted(outcomes[c.key].reported),
                "wrong": sorted(outcomes[c.key].reported - {*c.label.required, *c.label.acceptable}),
                "missed": sorted(set(c.label.required) - outcomes[c.key].reported),
            }
            for c in cases
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Read the command line."""
    parser = argparse.ArgumentParser(description="Score advocacy lint against the labelled corpus.")
    parser.add_argument("--set", choices=SETS, help="score one set only (default: both, and together)")
    form = parser.add_mutually_exclusive_group()
    form.add_argument("--markdown", action="store_true", help="print the table as Markdown (for the README)")
    form.add_argument(
        "--json", action="store_true", help="print one JSON document, with each draft's outcome"
    )
    parser.add_argument(
        "--corpus", type=Path, default=CORPUS, help="a labelled folder with dev/ and heldout/"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Score the corpus and print the result; return the exit status."""
    from advocacy_cli.catalog import load_catalog
    from advocacy_cli.errors import AdvocacyError, print_error_lines

    args = parse_args(argv)
    sets = (args.set,) if args.set else SETS
    try:
        catalog = load_catalog()
        cases = load_cases(args.corpus, sets, catalog)
        outcomes = lint_cases(cases, catalog)
    except AdvocacyError as exc:
        print_error_lines(exc.lines())
        return int(exc.exit_code)
    scores = score_sets(cases, outcomes, sets)
    if args.json:
        print(format_json(scores, cases, outcomes), end="")
        return 0
    print(format_markdown(scores) if args.markdown else format_text(scores), end="")
    unknown = unknown_targets(cases, catalog)
    if unknown:
        print(f"\nNot in the catalogue, so linted with the general rules only: {', '.join(unknown)}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
