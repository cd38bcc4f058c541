"""Lint drafts: read files, parse, run the draft checks, apply configuration and suppressions."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from advocacy_cli.catalog import Catalog
from advocacy_cli.errors import InputError, InputProblem, UserError
from advocacy_cli.findings import Finding, sort_findings
from advocacy_cli.lint import lexicon
from advocacy_cli.lint.config import LintConfig, config_for_path
from advocacy_cli.lint.context import DraftContext
from advocacy_cli.lint.source import Source
from advocacy_cli.lint.structure import Draft, SectionNames, parse_draft
from advocacy_cli.lint.suppression import parse_suppressions
from advocacy_cli.rules import RULES, RULES_BY_NAME
from advocacy_cli.rules.detectors import target as targets
from advocacy_cli.rules.detectors import voices
from advocacy_cli.rules.detectors.language import detect_language
from advocacy_cli.rules.registry import DRAFT_CHECKS
from advocacy_cli.validation import did_you_mean

SUFFIXES = (".wiki", ".wikitext", ".txt")
STDIN = "-"
# The catalogue's section keys, and the section each stands for in the rules.
SECTION_KEYS = {
    "summary": "summary",
    "question": "summary",
    "statement": "summary",
    "background": "background",
    "context": "background",
    "impact": "impact",
    "why": "impact",
    "why_it_matters": "impact",
    "relevance": "impact",
    "action": "action",
    "proposal": "action",
    "proposed_action": "action",
    "scope": "scope",
    "scope_duration": "scope",
    "duration": "scope",
    "alternatives": "alternatives",
    "proposer": "proposer",
    "disclosure": "proposer",
    "who": "proposer",
    "timeline": "timeline",
    "schedule": "timeline",
    "notifications": "notifications",
    "coordination": "notifications",
    "outreach": "notifications",
    "banner_text": "banner_text",
    "wording": "banner_text",
    "survey": "survey",
    "discussion": "discussion",
    "options": "survey",
}
DRAFT_RULES = tuple(rule.name for rule in RULES if any(t.value == "draft" for t in rule.targets))


def section_names(catalog: Catalog) -> SectionNames:
    """Build the heading lookup from the catalogue's languages (names and aliases)."""
    entries = []
    for code, language in catalog.languages.items():
        for key, heading in language.sections.items():
            if key in SECTION_KEYS:
                entries.append((SECTION_KEYS[key], code, heading))
        for key, headings in language.aliases.items():
            if key in SECTION_KEYS:
                entries.extend((SECTION_KEYS[key], code, heading) for heading in headings)
    return SectionNames.build(entries)


def guess_target(draft: Draft, catalog: Catalog, language: str | None) -> targets.TargetGuess:
    """Guess the target from what the page says; the headings' language if the body has none."""
    if language is None:
        counts: dict[str, int] = {}
        for section in draft.sections:
            if section.language:
                counts[section.language] = counts.get(section.language, 0) + 1
        language = max(sorted(counts), key=lambda code: counts[code]) if counts else None
    start, end = draft.intro_span()
    question = draft.words[draft.title.title_start : end] if draft.title else draft.words[start:end]
    return targets.guess_target(catalog, draft.visible, question, language)


@dataclass
class LintOptions:
    """What to lint with: the target, the date, and the rules chosen on the command line."""

    today: dt.date
    target: str | None = None
    rules: frozenset[str] = frozenset(DRAFT_RULES)


def lint_source(
    source: Source, catalog: Catalog, options: LintOptions, config: LintConfig | None = None
) -> tuple[list[Finding], list[InputProblem]]:
    """Lint one draft; return its findings and any problems with its directives."""
    draft = parse_draft(
        source,
        section_names(catalog),
        is_quote_template=lambda name: lexicon.is_quote_template(catalog, name),
        other_voices=lambda visible: voices.other_spans(voices.read_voices(catalog, visible), visible),
    )
    language = detect_language(draft.words, lexicon.stopwords(catalog))
    if options.target:
        guess = targets.TargetGuess(targets.project_for_key(catalog, options.target), None, True)
    else:
        guess = guess_target(draft, catalog, language)
    ctx = DraftContext(
        draft=draft,
        catalog=catalog,
        today=options.today,
        project=guess.project,
        project_guessed=options.target is None,
        language=language,
        target_certain=guess.certain,
        target_assumed=guess.assumed,
    )
    config = config or LintConfig()
    findings: list[Finding] = []
    for rules, check in DRAFT_CHECKS:
        if not rules & options.rules:
            continue
        chosen = (f for f in check(ctx) if f.rule in options.rules)
        findings.extend(config.apply(chosen))
    suppressions = parse_suppressions(source)
    return _without_overlaps(sort_findings(suppressions.filter(findings))), suppressions.problems


def _without_overlaps(findings: list[Finding]) -> list[Finding]:
    """Drop a finding inside text its rule already reported (built-in and catalogue checks)."""
    kept: list[Finding] = []
    for finding in findings:
        if any(_covers(k, finding) for k in kept):
            continue
        kept.append(finding)
    return kept


def _covers(first: Finding, later: Finding) -> bool:
    if first.rule != later.rule or first.file != later.file:
        return False
    start = (first.line, first.column)
    end = (first.end_line or first.line, first.end_column or first.column + 1)
    return start <= (later.line, later.column) < end


def lint_text(
    text: str, catalog: Catalog, today: dt.date, target: str | None = None, name: str = "draft.wiki"
) -> list[Finding]:
    """Lint ``text`` with every draft rule and no configuration (for tests and the renderer)."""
    findings, _ = lint_source(Source.from_text(name, text), catalog, LintOptions(today, target))
    return findings


def parse_rule_list(value: str | None, option: str) -> set[str]:
    """Parse ``--select``/``--ignore``; unknown names are a usage error."""
    if not value:
        return set()
    names = {n.strip() for n in value.split(",") if n.strip()}
    for name in sorted(names):
        if name not in RULES_BY_NAME:
            raise UserError(f"{option}: no such rule: '{name}'{did_you_mean(name, RULES_BY_NAME)}")
    return names


def collect(paths: Sequence[Path]) -> tuple[list[Path], list[InputProblem]]:
    """Expand folders into their drafts (recursively); missing paths become problems."""
    files: list[Path] = []
    problems: list[InputProblem] = []
    for path in paths:
        if str(path) == STDIN:
            files.append(path)
        elif path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in SUFFIXES))
        elif path.exists():
            files.append(path)
        else:
            problems.append(InputProblem(str(path), None, None, "no such file or folder"))
    return files, problems


def read_draft(path: Path) -> Source:
    """Read a draft as UTF-8; raise InputError naming the file when it cannot be read."""
    name = str(path)
    try:
        raw = sys.stdin.buffer.read() if name == STDIN else path.read_bytes()
        return Source.from_text("<stdin>" if name == STDIN else name, raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError([InputProblem(name, None, None, f"not UTF-8 text (byte {exc.start})")]) from None
    except OSError as exc:
        raise InputError([InputProblem(name, None, None, f"cannot read: {exc.strerror}")]) from None


@dataclass
class LintRun:
    """The outcome of linting several files."""

    findings: list[Finding] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)
    checked: list[str] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)


def lint_paths(paths: Sequence[Path], catalog: Catalog, options: LintOptions) -> LintRun:
    """Lint every file under ``paths``; a file that cannot be read does not stop the others."""
    run = LintRun()
    files, run.problems = collect(paths)
    for path in files:
        try:
            source = read_draft(path)
            config = config_for_path(path)
        except InputError as exc:
            run.problems.extend(exc.problems)
            continue
        findings, problems = lint_source(source, catalog, options, config)
        run.findings.extend(findings)
        run.problems.extend(problems)
        run.sources[source.name] = source.text
        run.checked.append(source.name)
    run.findings = sort_findings(run.findings)
    return run


def lint_request(
    paths: Sequence[Path],
    catalog: Catalog,
    today: dt.date,
    target: str | None,
    select: str | None,
    ignore: str | None,
) -> LintRun:
    """Check the command line's target and rule lists, then lint ``paths`` (nothing printed)."""
    if target is not None and targets.project_for_key(catalog, target) is None:
        raise UserError(f"--target: no such project: '{target}'{did_you_mean(target, catalog.projects)}")
    rules = parse_rule_list(select, "--select") or set(DRAFT_RULES)
    rules -= parse_rule_list(ignore, "--ignore")
    return lint_paths(paths, catalog, LintOptions(today, target, frozenset(rules)))
