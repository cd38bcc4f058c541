"""Lint drafts: read files, parse, run the draft checks, apply configuration and suppressions."""

from __future__ import annotations

import codecs
import datetime as dt
import functools
import itertools
import os
import re
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
from advocacy_cli.lint.source import Source, split_lines
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


_SECTION_NAMES: dict[int, tuple[Catalog, SectionNames]] = {}


def section_names(catalog: Catalog) -> SectionNames:
    """Return the heading lookup of ``catalog``, built once per catalogue."""
    cached = _SECTION_NAMES.get(id(catalog))
    if cached is None or cached[0] is not catalog:
        if len(_SECTION_NAMES) > 4:
            _SECTION_NAMES.clear()
        cached = _SECTION_NAMES[id(catalog)] = (catalog, build_section_names(catalog))
    return cached[1]


def build_section_names(catalog: Catalog) -> SectionNames:
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


# MediaWiki refuses to save a page over 2 MiB by default ($wgMaxArticleSize, which
# Wikimedia wikis keep), so a larger draft could not be posted anyway; the limit bounds
# time and memory on hostile files.
DEFAULT_MAX_BYTES = 2 * 1024 * 1024
# More findings than this in one file means it is not a draft (or not wikitext at all).
DEFAULT_MAX_FINDINGS = 10_000
# Headings are read one by one by several rules; a large village pump archive has a few
# hundred, and tens of thousands are not a proposal.
DEFAULT_MAX_HEADINGS = 5_000


@dataclass(frozen=True)
class Limits:
    """How much one file may hold; each limit has a ``lint`` option to raise it."""

    max_bytes: int = DEFAULT_MAX_BYTES
    max_findings: int = DEFAULT_MAX_FINDINGS
    max_headings: int = DEFAULT_MAX_HEADINGS

    def too_big(self) -> str:
        """Return the message for a file over ``max_bytes``."""
        return f"larger than {_size(self.max_bytes)}: not checked (raise the limit with --max-size)"

    def too_many_headings(self, count: int) -> str:
        """Return the message for a file with more than ``max_headings`` headings."""
        return (
            f"{count:,} headings, more than {self.max_headings:,}: not checked "
            "(raise the limit with --max-headings)"
        )

    def too_many(self) -> str:
        """Return the message for a file with more than ``max_findings`` findings."""
        return (
            f"more than {self.max_findings:,} findings: stopped (is it a draft? "
            "raise the limit with --max-findings)"
        )


def _size(count: int) -> str:
    for unit, factor in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if count >= factor and count % factor == 0:
            return f"{count // factor} {unit}"
    return f"{count:,} bytes"


class TooManyFindings(InputError):
    """A file produced more findings than the limit allows."""


@dataclass
class LintOptions:
    """What to lint with: the target, the date, and the rules chosen on the command line."""

    today: dt.date
    target: str | None = None
    rules: frozenset[str] = frozenset(DRAFT_RULES)
    limits: Limits = field(default_factory=Limits)


def lint_source(
    source: Source, catalog: Catalog, options: LintOptions, config: LintConfig | None = None
) -> tuple[list[Finding], list[InputProblem]]:
    """Lint one draft; return its findings and any problems with its directives."""
    # Both callbacks read the same visible text: read whose words are whose once.
    heard = functools.lru_cache(maxsize=1)(lambda visible: voices.read_voices(catalog, visible))
    draft = parse_draft(
        source,
        section_names(catalog),
        is_quote_template=lambda name: lexicon.is_quote_template(catalog, name),
        other_voices=lambda visible: voices.other_spans(heard(visible), visible),
        own_replies=lambda visible: voices.proposer_replies(catalog, visible, heard(visible)),
    )
    if len(draft.sections) > options.limits.max_headings:
        message = options.limits.too_many_headings(len(draft.sections))
        raise InputError([InputProblem(source.name, None, None, message)])
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
    suppressions = parse_suppressions(source)
    findings: list[Finding] = []
    limit = options.limits.max_findings
    for rules, check in DRAFT_CHECKS:
        if not rules & options.rules:
            continue
        # Silenced findings do not count towards the limit.
        chosen = (f for f in check(ctx) if f.rule in options.rules and suppressions.allows(f))
        # One finding at a time, so the limit stops a hostile draft before memory fills.
        leveled = (kept for f in chosen for kept in config.apply((f,)))
        # Stop as soon as the limit is passed: a hostile file must not fill the memory.
        findings.extend(itertools.islice(leveled, limit + 1 - len(findings)))
        if len(findings) > limit:
            raise TooManyFindings([InputProblem(source.name, None, None, options.limits.too_many())])
    return _without_overlaps(sort_findings(findings)), suppressions.problems


def _without_overlaps(findings: list[Finding]) -> list[Finding]:
    """Drop a finding inside text its rule already reported (built-in and catalogue checks).

    ``findings`` are sorted by position, so a finding lies inside an earlier one of its rule
    exactly when it starts before the furthest end reached by that rule so far: one pass,
    never a comparison of every pair.
    """
    kept: list[Finding] = []
    furthest: dict[tuple[str, str], tuple[int, int]] = {}
    for finding in findings:
        key = (finding.file, finding.rule)
        if key in furthest and (finding.line, finding.column) < furthest[key]:
            continue
        kept.append(finding)
        end = (finding.end_line or finding.line, finding.end_column or finding.column + 1)
        furthest[key] = max(furthest.get(key, end), end)
    return kept


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
            raise UserError(
                f"{option}: no such rule: '{display_name(name)}'{did_you_mean(name, RULES_BY_NAME)}"
            )
    return names


def collect(paths: Sequence[Path]) -> tuple[list[Path], list[InputProblem]]:
    """Expand folders into their drafts (recursively); missing or unreadable paths are problems.

    A sub-folder that cannot be listed is reported, never silently skipped, and a folder with
    no drafts at all is a problem too: "No findings" would claim a check that never ran.
    """
    files: list[Path] = []
    problems: list[InputProblem] = []
    for path in paths:
        if str(path) == STDIN:
            files.append(path)
        elif path.is_dir():
            found, unreadable = _drafts_in(path)
            problems.extend(unreadable)
            if not found and not unreadable:
                message = f"no drafts ({', '.join(SUFFIXES)}) in this folder"
                problems.append(InputProblem(display_name(path), None, None, message))
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            problems.append(InputProblem(display_name(path), None, None, "no such file or folder"))
    return _once_each(files), problems


def _once_each(files: list[Path]) -> list[Path]:
    """Drop a file named twice (``drafts/ drafts/a.wiki``): its findings would be doubled."""
    seen: set[Path | str] = set()
    unique = []
    for path in files:
        key: Path | str = STDIN if str(path) == STDIN else path.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


def _drafts_in(folder: Path) -> tuple[list[Path], list[InputProblem]]:
    found: list[Path] = []
    problems: list[InputProblem] = []

    def unreadable(error: OSError) -> None:
        where = display_name(Path(error.filename)) if error.filename else display_name(folder)
        problems.append(InputProblem(where, None, None, f"cannot read folder: {error.strerror}"))

    for root, folders, names in os.walk(folder, onerror=unreadable):
        folders.sort()
        found.extend(Path(root) / name for name in names if Path(name).suffix in SUFFIXES)
    drafts = []
    for path in sorted(found):
        if path.is_file():
            drafts.append(path)
        elif path.is_symlink() and not path.exists():
            problems.append(InputProblem(display_name(path), None, None, "a link to nothing (no such file)"))
    return drafts, problems


def display_name(path: Path | str) -> str:
    """Return a path as it may be printed: control characters made visible."""
    from advocacy_cli.report.safe import neutralise

    return neutralise(str(path))


def parse_size(value: str, option: str) -> int:
    """Parse a size in bytes, with an optional K, M or G suffix (powers of 1024)."""
    m = re.fullmatch(r"\s*(\d{1,15})\s*([kmg]?)i?b?\s*", value, re.IGNORECASE)
    if m is None or int(m.group(1)) == 0:
        raise UserError(f"{option}: expected a size such as 20M or 500K, got '{value}'")
    factor = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[m.group(2).lower()]
    return int(m.group(1)) * factor


def read_draft(path: Path, limits: Limits | None = None) -> Source:
    """Read a draft; raise InputError naming the file when it cannot be read or is not text."""
    limits = limits or Limits()
    stdin = str(path) == STDIN
    name = "<stdin>" if stdin else display_name(path)
    try:
        if stdin:
            raw = sys.stdin.buffer.read(limits.max_bytes + 1)
        else:
            with path.open("rb") as handle:
                raw = handle.read(limits.max_bytes + 1)
    except IsADirectoryError:
        raise InputError([InputProblem(name, None, None, "is a folder, not a draft")]) from None
    except OSError as exc:
        raise InputError([InputProblem(name, None, None, f"cannot read: {exc.strerror}")]) from None
    if len(raw) > limits.max_bytes:
        raise InputError([InputProblem(name, None, None, limits.too_big())])
    return Source.from_text(name, decode_draft(name, raw))


def decode_draft(name: str, raw: bytes) -> str:
    """Decode a draft: UTF-8 (with or without a BOM), or UTF-16/32 with their BOM.

    Lines and columns of a problem count as the reader does, after the byte-order mark.
    """
    encoding = "utf-8"
    for bom, candidate in _BOMS:
        if raw.startswith(bom):
            raw, encoding = raw[len(bom) :], candidate
            break
    if encoding == "utf-8":
        nul = raw.find(b"\x00")
        if nul >= 0:  # binary (an image, an archive): say so rather than "not UTF-8"
            raise _binary(name, raw[:nul].decode("utf-8", errors="replace"))
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        if encoding != "utf-8":
            raise _unreadable(name, f"not valid {encoding.upper()} text") from None
        line, column = _position(raw[: exc.start].decode("utf-8"))
        byte = raw[exc.start]
        raise _unreadable(name, f"column {column}: not UTF-8 text (byte 0x{byte:02x})", line) from None
    if not text.strip():
        raise _unreadable(name, "empty: there is no wikitext to check")
    nul = text.find("\x00")
    if nul >= 0:
        raise _binary(name, text[:nul])
    return text


def _binary(name: str, before: str) -> InputError:
    line, column = _position(before)
    return _unreadable(name, f"column {column}: a NUL character: binary, not a draft", line)


def _unreadable(name: str, message: str, line: int | None = None) -> InputError:
    return InputError([InputProblem(name, line, None, message)])


def _position(prefix: str) -> tuple[int, int]:
    """Return the 1-based line and column just after ``prefix``, by the reader's line rule."""
    lines = split_lines(prefix)
    return len(lines), len(lines[-1]) + 1


# Longest first: the UTF-32 little-endian mark starts with the UTF-16 one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


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
            source = read_draft(path, options.limits)
            config = config_for_path(path)
            findings, problems = lint_source(source, catalog, options, config)
        except InputError as exc:
            run.problems.extend(exc.problems)
            continue
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
    limits: Limits | None = None,
) -> LintRun:
    """Check the command line's target and rule lists, then lint ``paths`` (nothing printed)."""
    if target is not None and targets.project_for_key(catalog, target) is None:
        target_shown = display_name(target)
        raise UserError(
            f"--target: no such project: '{target_shown}'{did_you_mean(target, catalog.projects)}"
        )
    rules = parse_rule_list(select, "--select") or set(DRAFT_RULES)
    rules -= parse_rule_list(ignore, "--ignore")
    return lint_paths(paths, catalog, LintOptions(today, target, frozenset(rules), limits or Limits()))
