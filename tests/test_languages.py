"""Every draft in its wiki's language: complete texts, CLDR dates, no sentence of another language."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path
from typing import Any

import mwparserfromhell
import pytest
import yaml

from advocacy_cli.answers import Answers, answers_from_text
from advocacy_cli.catalog import Catalog, load_catalog
from advocacy_cli.checks import check_answers
from advocacy_cli.errors import InputError
from advocacy_cli.findings import Finding
from advocacy_cli.generate import render_files
from advocacy_cli.language_id import guess, other_language
from advocacy_cli.lint.engine import SECTION_KEYS, lint_text
from advocacy_cli.phrase_format import parse_phrase
from advocacy_cli.render import localise
from tests.conftest import TODAY

SHIPPED = load_catalog()
LANGUAGES = sorted(SHIPPED.languages)
# The communities whose own language the drafts must speak: one Wikipedia per language.
WIKIPEDIAS = {
    p.language: key
    for key, p in SHIPPED.projects.items()
    if p.family == "wikipedia" and p.kind == "community"
}
# Characters that reorder text invisibly: a draft never needs them, and they hide edits.
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


# ---- the catalogue: every language complete --------------------------------------------


def test_every_wikipedia_language_has_its_own_texts():
    assert sorted(WIKIPEDIAS) == LANGUAGES
    assert len(LANGUAGES) == 15


# Sentences for one genre or one action (``intro_meinungsbild``, ``topic_banner``): each
# falls back to its general sentence (``intro_thread``, ``intro``, ``topic_other``) in the
# draft's own language, so a language needs one only where one of its wikis has that genre.
_VARIANT_OF = ("intro", "disclosure_note", "question", "topic")
# What the variants fall back to: every language has these.
_GENERAL = frozenset({"intro_thread", "disclosure_note_thread", "topic_other"})


def _variant(key: str) -> bool:
    if key in _GENERAL:
        return False
    for general in _VARIANT_OF:
        if key.startswith(f"{general}_"):
            kind = key[len(general) + 1 :]
            return kind in SHIPPED.genres or kind in SHIPPED.actions
    return False


def test_the_general_sentences_are_not_taken_for_variants():
    assert all(_variant(key) for key in ("intro_meinungsbild", "topic_banner", "question_help-request"))
    assert not any(
        _variant(key) for key in ("intro", "intro_thread", "topic_other", "disclosure_note", "t_open")
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_has_every_text_of_english(code):
    english, language = SHIPPED.languages["en"], SHIPPED.languages[code]
    assert set(language.sections) == set(english.sections)
    assert set(language.aliases) == set(english.aliases)
    assert set(language.phrases) <= set(english.phrases)
    assert {key for key in english.phrases if not _variant(key)} <= set(language.phrases)
    assert all(text.strip() for text in language.sections.values())
    # A unit written the wiki's own way still shows the number.
    for pattern in language.units.values():
        forms = pattern.values() if isinstance(pattern, dict) else [pattern]
        assert forms and all("{count}" in form for form in forms), (code, pattern)
    assert all(language.aliases[key] for key in language.aliases)


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_wikis_own_genre_is_introduced_in_its_language(code):
    english, language = SHIPPED.languages["en"], SHIPPED.languages[code]
    for project in SHIPPED.projects.values():
        genre = project.proposal.genre
        if project.language == code and project.kind == "community" and f"intro_{genre}" in english.phrases:
            assert f"intro_{genre}" in language.phrases, (code, project.key, genre)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_phrase_uses_exactly_the_fields_of_english(code):
    english, language = SHIPPED.languages["en"], SHIPPED.languages[code]
    for key, phrase in language.phrases.items():
        fields = set(parse_phrase(phrase).fields)
        assert fields == set(parse_phrase(english.phrases[key]).fields), (code, key)


@pytest.mark.parametrize("code", LANGUAGES)
def test_headings_are_distinct_within_a_language(code):
    # The linter tells sections apart by heading: no heading may name two of them.
    language = SHIPPED.languages[code]
    meaning: dict[str, set[str]] = {}
    for key, heading in language.sections.items():
        if key in SECTION_KEYS:
            meaning.setdefault(heading.casefold(), set()).add(SECTION_KEYS[key])
    for key, aliases in language.aliases.items():
        for alias in aliases:
            meaning.setdefault(alias.casefold(), set()).add(SECTION_KEYS.get(key, key))
    assert {h: keys for h, keys in meaning.items() if len(keys) > 1} == {}, code


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_genres_headings_are_distinct_in_every_language(code):
    # A genre's own sections (a Meinungsbild's Abstimmung) may share the heading of the section
    # the linter reads them as, but never another heading of the same draft.
    language = SHIPPED.languages[code]
    for genre in SHIPPED.genres.values():
        keys = [
            *genre.sections,
            *(("vote_yes", "vote_no", "vote_abstain") if "voting" in genre.sections else ()),
        ]
        headings = [language.sections[key].casefold() for key in keys]
        assert len(headings) == len(set(headings)), (code, genre.key, headings)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_date_format_renders(code):
    language = SHIPPED.languages[code]
    english = SHIPPED.languages["en"]
    for day in (dt.date(2027, 1, 3), dt.date(2027, 6, 29), dt.date(2028, 2, 29), dt.date(2030, 12, 31)):
        text = localise.format_day(day, language)
        assert str(day.year) in text and str(day.day) in text, (code, text)
        assert day.isoformat() not in text
    moment = dt.datetime(2027, 6, 29, 14, 30, tzinfo=dt.UTC)
    assert "14:30" in localise.format_moment(moment, language, english)
    assert "UTC" in localise.format_moment(moment, language, english)
    assert localise.format_when(dt.datetime(2027, 6, 29, tzinfo=dt.UTC), language, english) == (
        localise.format_day(dt.date(2027, 6, 29), language)
    )
    # One and two may be words (Arabic "ساعتان"); larger numbers keep their digits.
    for unit in (localise.format_hours, localise.format_days):
        texts = [unit(n, language) for n in (1, 2, 5, 24, 48, 168)]
        assert len(set(texts)) == len(texts), (code, texts)
        assert all(str(n) in text for n, text in zip((5, 24, 48, 168), texts[2:], strict=True))


@pytest.mark.parametrize(
    ("code", "day", "expected"),
    [
        ("it", dt.date(2027, 6, 29), "29 giugno 2027"),
        ("de", dt.date(2027, 6, 29), "29. Juni 2027"),
        ("fr", dt.date(2027, 6, 29), "29 juin 2027"),
        ("ja", dt.date(2027, 6, 29), "2027年6月29日"),
        ("zh", dt.date(2027, 6, 29), "2027年6月29日"),
        ("ru", dt.date(2027, 6, 29), "29 июня 2027 года"),
        ("uk", dt.date(2027, 3, 1), "1 березня 2027 року"),
        ("pl", dt.date(2027, 6, 29), "29 czerwca 2027"),
        ("es", dt.date(2027, 1, 3), "3 de enero de 2027"),
        ("en", dt.date(2027, 6, 29), "29 June 2027"),
        ("sv", dt.date(2027, 12, 31), "31 december 2027"),
    ],
)
def test_dates_are_written_as_each_wiki_writes_them(code, day, expected):
    assert localise.format_day(day, SHIPPED.languages[code]) == expected


@pytest.mark.parametrize(
    ("code", "hours", "expected"),
    [
        ("ru", 24, "24 часа"),
        ("ru", 48, "48 часов"),
        ("pl", 24, "24 godziny"),
        ("pl", 48, "48 godzin"),
        ("uk", 48, "48 годин"),
        ("de", 1, "1 Stunde"),
        ("it", 36, "36 ore"),
        ("ja", 48, "48時間"),
        ("zh", 24, "24小时"),
        ("ar", 48, "48 ساعة"),
    ],
)
def test_durations_take_the_plural_the_number_needs(code, hours, expected):
    assert localise.format_hours(hours, SHIPPED.languages[code]).replace("\xa0", " ") == expected


@pytest.mark.parametrize(
    ("code", "days", "expected"),
    [
        ("sv", 1, "1 dag"),
        ("sv", 30, "30 dagar"),
        ("ja", 7, "7日間"),
        ("ru", 21, "21 день"),
        ("pl", 22, "22 dni"),
    ],
)
def test_days_are_counted_as_each_wiki_counts_them(code, days, expected):
    assert localise.format_days(days, SHIPPED.languages[code]) == expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("de", "A, B und C"),
        ("it", "A, B e C"),
        ("en", "A, B, and C"),
        ("zh", "A、B和C"),
        ("sv", "A, B och C"),
    ],
)
def test_lists_are_joined_as_the_language_joins_them(code, expected):
    assert localise.format_items(["A", "B", "C"], SHIPPED.languages[code]) == expected


def _catalogue_with(tmp_path: Path, text: str) -> Catalog:
    (tmp_path / "languages.yaml").write_text(text, encoding="utf-8")
    return load_catalog(tmp_path)


@pytest.mark.parametrize(
    ("phrase", "field"),
    [
        ('"Soll {project} {action}"', "phrases.question"),
        ('"Dauer: {hours} Stunden"', "phrases.duration_value"),
        ('"Beginn {date"', "phrases.question"),
    ],
)
def test_a_chapter_phrase_with_other_fields_is_one_clear_error(tmp_path, phrase, field):
    key = field.split(".")[1]
    text = f"languages:\n  de:\n    name: Deutsch\n    sections: {{background: Hintergrund}}\n    phrases:\n      {key}: {phrase}\n"
    if key == "question":
        text = text.replace("{project} {action}", "{project} {action} {org}")
    with pytest.raises(InputError) as caught:
        _catalogue_with(tmp_path, text)
    [line] = caught.value.lines()
    assert line.startswith(f"{tmp_path / 'languages.yaml'}:6: languages.de.{field}: ")


# ---- drafts: one per language, every field filled ------------------------------------

ENGLISH_TEXTS = {
    "summary": (
        "The national parliament is debating a law that would require every website hosting "
        "user uploads to filter them before publication.\n\nThe final vote is expected at the "
        "end of June."
    ),
    "impact": (
        "Wikimedia Commons stores millions of freely licensed files that illustrate this "
        "encyclopedia, and automatic filters cannot recognise free licences."
    ),
    "details": "A short banner linking to a neutral explainer that sets out the arguments on both sides.",
    "scope": "Logged-out readers on desktop and mobile",
    "why_not": "It would reach only people who already follow the movement closely.",
    "role": "Policy officer",
}


def _answers(project: str, kind: str, texts: dict[str, str], title: str) -> Answers:
    data: dict[str, Any] = {
        "organisation": {
            "name": "Open Knowledge Network",
            "website": "https://open-knowledge.example.org",
            "username": "OKN-Policy",
            "role": texts["role"],
            "paid": True,
        },
        "cause": {
            "title": title,
            "summary": texts["summary"],
            "topic": "intermediary-liability",
            "impact": texts["impact"],
            "sources": ["https://open-knowledge.example.org/law"],
            "decision_date": "2027-06-30",
        },
        "target": {"projects": [project, "enwiki" if project != "enwiki" else "dewiki"]},
        "action": {
            "kind": kind,
            "details": texts["details"],
            "start": "2027-06-28",
            "duration_hours": 48 if kind == "banner" else 24,
            "scope": texts["scope"],
        },
        "alternatives": [
            {"kind": "blog-post", "why_not": texts["why_not"]},
            {"kind": "statement", "why_not": texts["why_not"]},
        ],
        "outreach": [
            {"channel": "village-pump", "note": None},
            {"channel": "wikiproject", "note": None},
            {"channel": "centralized-discussion", "note": None},
        ],
    }
    return Answers.model_validate(data)


# Quotation marks around the cause's name, in every language's style.
_QUOTED = re.compile(r"“[^”]*”|„[^“”]*[“”]|«[^»]*»|「[^」]*」|”[^”]*”|‘[^’]*’")
_MARKED = re.compile(r"<(div|span) lang=\"[a-z]+\" dir=\"(?:ltr|rtl)\">.*?</\1>", re.DOTALL)
_NOTE = re.compile(r"''\([^()]*\)''")


def _prose(draft: str, answers: Answers) -> str:
    """The draft's own prose: without marked passages, links, references, names and URLs."""
    text = _MARKED.sub(" ", draft)
    text = _NOTE.sub(" ", text)
    text = re.sub(r"<ref>.*?</ref>", " ", text)
    text = re.sub(r"\[\[[^\]]*\]\]", " ", text)
    text = re.sub(r"\[https?://[^\]]*\]", " ", text)
    text = re.sub(r"https?://\S+", " ", text)
    text = _QUOTED.sub(" ", text)
    for name in (answers.organisation.name, answers.organisation.username or "", "Wikimedia Foundation"):
        text = text.replace(name, " ")
    return text


def _sentences(prose: str) -> list[str]:
    parts = re.split(r"\n+|(?<=[.!?。！？؟])\s+|(?<=[。！？])", prose)
    return [p.strip(" *=:") for p in parts if len(re.findall(r"[^\W\d_]", p)) >= 12]


def _foreign_sentences(draft: str, answers: Answers, code: str) -> list[tuple[str, str]]:
    found = []
    for sentence in _sentences(_prose(draft, answers)):
        other = other_language(sentence, code, LANGUAGES)
        if other is not None:
            found.append((other, sentence))
    return found


@pytest.mark.parametrize("kind", ["banner", "blackout"])
@pytest.mark.parametrize("code", LANGUAGES)
def test_a_full_draft_has_no_sentence_of_another_language(code, kind):
    project = WIKIPEDIAS[code]
    answers = _answers(project, kind, ENGLISH_TEXTS, "Upload Filter Act 2027")
    draft = render_files(answers, SHIPPED, TODAY)[f"proposal.{project}.wiki"]
    assert _foreign_sentences(draft, answers, code) == []
    # The tool's prose, read as a whole, is clearly in the draft's language.
    overall = guess(_prose(draft, answers), code, LANGUAGES)
    assert overall is not None and overall.code == code and overall.confidence > 0.9
    # Every heading is the language's own; no ISO date is left in the prose.
    headings = [str(h.title).strip() for h in mwparserfromhell.parse(draft).filter_headings()]
    titled, sections = _genre_headings(project, code)
    assert headings[1 if titled else 0 :] == sections
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", _prose(draft, answers))
    # The organisation's English text is kept, but marked, in every other language.
    marked = _MARKED.findall(draft)
    assert (code == "en") == (not marked)
    assert ENGLISH_TEXTS["impact"].split(",")[0] in draft


def _genre_outline(project: str, code: str) -> tuple[bool, list[tuple[int, str]]]:
    """Return whether a draft for ``project`` has a title heading, and its section headings.

    The sections are its genre's, in order, in language ``code``, with their levels: under
    the title in a thread, at the top of a page of its own; a vote has its three
    subsections (support, oppose, abstain).
    """
    genre = SHIPPED.genres[SHIPPED.projects[project].proposal.genre]
    language = SHIPPED.languages[code]
    titled = genre.layout == "thread"
    level = 3 if titled else 2
    outline = [(level, language.sections[key]) for key in genre.sections]
    if "voting" in genre.sections:
        outline += [(level + 1, language.sections[key]) for key in ("vote_yes", "vote_no", "vote_abstain")]
    return titled, outline


def _genre_headings(project: str, code: str) -> tuple[bool, list[str]]:
    """Return whether a draft has a title heading, and its section headings in order."""
    titled, outline = _genre_outline(project, code)
    return titled, [heading for _, heading in outline]


# The organisation's own text in the draft's language stays as it is, unmarked.
OWN_TEXTS = {
    "de": {
        "summary": "Der Bundestag berät über ein Gesetz, das alle Plattformen zu Uploadfiltern verpflichten würde.",
        "impact": "Wikimedia Commons müsste jede hochgeladene Datei automatisch prüfen, auch freie Werke.",
        "details": "Ein kurzes Banner verweist auf eine neutrale Erklärseite mit den Argumenten beider Seiten.",
        "scope": "Alle abgemeldeten Leserinnen und Leser in Deutschland",
        "why_not": "Damit erreichen wir nur Menschen, die die Bewegung ohnehin verfolgen.",
        "role": "Referentin für Netzpolitik",
    },
    "it": {
        "summary": "Il Parlamento discute un disegno di legge che obbligherebbe i siti a filtrare i caricamenti.",
        "impact": "Wikimedia Commons dovrebbe controllare automaticamente ogni file, anche quelli liberi.",
        "details": "Un breve banner rimanda a una pagina neutrale che espone gli argomenti di entrambe le parti.",
        "scope": "Tutti i lettori non registrati in Italia",
        "why_not": "Raggiungerebbe soltanto chi segue già da vicino il movimento.",
        "role": "Responsabile delle politiche pubbliche",
    },
    "pl": {
        "summary": "Sejm pracuje nad ustawą, która zobowiązałaby serwisy do filtrowania przesyłanych plików.",
        "impact": "Wikimedia Commons musiałaby automatycznie sprawdzać każdy plik, także wolne utwory.",
        "details": "Krótki baner prowadzi do neutralnej strony, która przedstawia argumenty obu stron.",
        "scope": "Wszyscy niezalogowani czytelnicy w Polsce",
        "why_not": "Dotarłby tylko do osób, które już uważnie śledzą ruch.",
        "role": "Specjalistka do spraw polityki publicznej",
    },
    "ja": {
        "summary": "国会では、投稿されたファイルをすべて事前に確認するよう求める法案が審議されています。",
        "impact": "ウィキメディア・コモンズは自由なライセンスの作品も含め、すべてのファイルを自動で確認しなければならなくなります。",
        "details": "短いバナーから、双方の主張を中立的に説明するページへ案内します。",
        "scope": "日本国内のログインしていない読者",
        "why_not": "すでに運動を注視している人にしか届きません。",
        "role": "政策担当者",
    },
    "ar": {
        "summary": "يناقش البرلمان مشروع قانون يلزم المواقع بفحص كل الملفات المرفوعة قبل نشرها.",
        "impact": "سيتعين على ويكيميديا كومنز فحص كل ملف آليًا، حتى الأعمال الحرة.",
        "details": "لافتة قصيرة تحيل إلى صفحة محايدة تعرض حجج الطرفين.",
        "scope": "جميع القراء غير المسجلين",
        "why_not": "لن تصل إلا إلى من يتابعون الحركة عن كثب.",
        "role": "مسؤولة السياسات العامة",
    },
}


@pytest.mark.parametrize("code", sorted(OWN_TEXTS))
def test_the_organisations_text_in_the_drafts_language_is_not_marked(code):
    project = WIKIPEDIAS[code]
    answers = _answers(project, "banner", OWN_TEXTS[code], "Upload Filter Act 2027")
    draft = render_files(answers, SHIPPED, TODAY)[f"proposal.{project}.wiki"]
    assert _MARKED.findall(draft) == []
    assert OWN_TEXTS[code]["summary"] in draft
    assert _foreign_sentences(draft, answers, code) == []


def test_a_bilingual_answer_marks_only_the_other_languages_paragraph():
    texts = dict(ENGLISH_TEXTS)
    texts["summary"] = OWN_TEXTS["de"]["summary"] + "\n\n" + ENGLISH_TEXTS["summary"].split("\n\n")[0]
    answers = _answers("dewiki", "banner", texts, "Uploadfilter-Gesetz")
    draft = render_files(answers, SHIPPED, TODAY)["proposal.dewiki.wiki"]
    background = re.split(r"^=+ Hintergrund =+$", draft, flags=re.M)[1].split("\n=")[0]
    assert background.index(OWN_TEXTS["de"]["summary"]) < background.index('<div lang="en" dir="ltr">')
    assert "''(noch nicht übersetzt; Originalsprache: Englisch)''" in background
    assert background.count("<div") == 1


@pytest.mark.parametrize(
    ("code", "note"),
    [
        ("de", "noch nicht übersetzt; Originalsprache: Englisch"),
        ("fr", "pas encore traduit ; langue d'origine : anglais"),
        ("ru", "не переведено; язык оригинала: английский"),
        ("ja", "未翻訳。原文の言語：英語"),
    ],
)
def test_english_field_values_are_marked_in_the_drafts_language(code, note):
    project = WIKIPEDIAS[code]
    answers = _answers(project, "banner", ENGLISH_TEXTS, "Upload Filter Act 2027")
    draft = render_files(answers, SHIPPED, TODAY)[f"proposal.{project}.wiki"]
    scope = SHIPPED.languages[code].phrases["scope"]
    mark = SHIPPED.languages[code].label_mark
    line = next(line for line in draft.splitlines() if line.startswith(f"* {scope}{mark}"))
    assert line == (
        f"* {scope}{mark}<span lang=\"en\" dir=\"ltr\">{ENGLISH_TEXTS['scope']}</span> ''({note})''"
    )


def test_the_arabic_draft_is_well_formed_right_to_left_wikitext():
    answers = _answers("arwiki", "blackout", ENGLISH_TEXTS, "Upload Filter Act 2027")
    draft = render_files(answers, SHIPPED, TODAY)["proposal.arwiki.wiki"]
    arabic = SHIPPED.languages["ar"]
    assert arabic.direction == "rtl"
    assert not BIDI_CONTROLS.search(draft)
    code = mwparserfromhell.parse(draft)
    headings = code.filter_headings()
    titled, sections = _genre_headings("arwiki", "ar")
    assert titled
    assert [h.level for h in headings] == [2] + [3] * len(sections)
    assert [str(h.title).strip() for h in headings[1:]] == sections
    # Wikitext markup stays at the start of its line, whatever the script after it.
    for line in draft.splitlines():
        if line.startswith(("*", "=")):
            assert unicodedata.bidirectional(line[0]) == "ON"
    # English passages are isolated as left-to-right inside the right-to-left page.
    assert '<div lang="en" dir="ltr">' in draft
    assert '<span lang="en" dir="ltr">' in draft
    assert draft.count("~~~~") == 1


# ---- answers checks and the English fallback -----------------------------------------


def _checked(answers: Answers, catalog: Catalog = SHIPPED) -> list[Finding]:
    text = yaml.safe_dump(answers.model_dump(mode="json", exclude_none=True), allow_unicode=True)
    loaded, doc = answers_from_text(text, catalog, "answers.yaml")
    return [f for f in check_answers(loaded, doc, catalog, TODAY) if f.rule == "language-mismatch"]


def _mismatches(answers: Answers) -> list[str]:
    return [f.field for f in _checked(answers)]


def test_english_answers_for_an_italian_draft_are_reported_per_field():
    answers = _answers("itwiki", "banner", ENGLISH_TEXTS, "Upload Filter Act 2027")
    paths = _mismatches(answers)
    for field in ("cause.summary", "cause.impact", "action.details", "action.scope"):
        assert field in paths


def test_answers_in_the_drafts_language_are_not_reported():
    answers = _answers("itwiki", "banner", OWN_TEXTS["it"], "Legge sui filtri")
    answers = answers.model_copy(
        update={"target": answers.target.model_copy(update={"projects": ("itwiki",)})}
    )
    assert _mismatches(answers) == []


def test_a_community_added_in_a_language_without_texts_gets_english_with_a_warning(tmp_path):
    projects = yaml.safe_load((Path(__file__).resolve().parents[1] / "data" / "projects.yaml").read_text())
    esperanto = dict(projects["projects"]["svwiki"])
    esperanto.update({"name": "Esperanto Wikipedia", "language": "eo", "url": "https://eo.wikipedia.org"})
    esperanto["venues"] = [
        {**venue, "url": venue["url"].replace("sv.wikipedia.org", "eo.wikipedia.org")}
        for venue in esperanto["venues"]
    ]
    (tmp_path / "projects.yaml").write_text(
        yaml.safe_dump({"projects": {"eowiki": esperanto}}, allow_unicode=True), encoding="utf-8"
    )
    catalog = load_catalog(tmp_path)
    answers = _answers("eowiki", "banner", ENGLISH_TEXTS, "Upload Filter Act 2027")
    files = render_files(answers, catalog, TODAY)
    draft = files["proposal.eowiki.wiki"]
    assert "=== Background ===" in draft
    assert "The draft is in English" in files["posting-plan.eowiki.md"]
    findings = _checked(answers, catalog)
    assert any("Esperanto Wikipedia" in f.message and "English" in f.message for f in findings)


@pytest.mark.parametrize(("code", "language"), [("it", "Italian"), ("ja", "Japanese"), ("ar", "Arabic")])
def test_the_plan_says_to_translate_the_organisations_text_first(code, language):
    project = WIKIPEDIAS[code]
    english = render_files(
        _answers(project, "banner", ENGLISH_TEXTS, "Upload Filter Act 2027"), SHIPPED, TODAY
    )
    plan = english[f"posting-plan.{project}.md"]
    assert f"**Translate before posting:** Parts of your own text are not in {language}: " in plan
    assert "the summary (English); the impact (English)" in plan
    own = render_files(_answers(project, "banner", OWN_TEXTS[code], "Upload Filter Act 2027"), SHIPPED, TODAY)
    assert "Translate before posting" not in own[f"posting-plan.{project}.md"]


def test_the_plans_english_prose_writes_dates_in_words():
    files = render_files(_answers("dewiki", "banner", OWN_TEXTS["de"], "Uploadfilter-Gesetz"), SHIPPED, TODAY)
    plan = files["posting-plan.dewiki.md"]
    assert "| 28 June 2027, 00:00 (UTC) | Proposed start |" in plan
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", plan.split("## Timeline")[1])


# ---- the linter reads every language's drafts ------------------------------------------

LINT_TEXTS = {code: OWN_TEXTS.get(code, ENGLISH_TEXTS) for code in LANGUAGES}


@pytest.mark.parametrize("kind", ["banner", "blackout"])
@pytest.mark.parametrize("code", LANGUAGES)
def test_every_languages_draft_lints_clean(code, kind):
    project = WIKIPEDIAS[code]
    answers = _answers(project, kind, LINT_TEXTS[code], "Upload Filter Act 2027")
    answers = answers.model_copy(
        update={"target": answers.target.model_copy(update={"projects": (project,)})}
    )
    # A start late enough for every wiki's discussion; a blackout's details would describe
    # the banner of the shared texts, so it goes without details.
    details = answers.action.details if kind == "banner" else None
    answers = answers.model_copy(
        update={
            "action": answers.action.model_copy(update={"start": dt.date(2027, 7, 28), "details": details})
        }
    )
    draft = render_files(answers, SHIPPED, TODAY)[f"proposal.{project}.wiki"]
    findings = lint_text(draft, SHIPPED, TODAY)
    assert [(f.rule, f.line, f.message) for f in findings] == []


@pytest.mark.parametrize(
    ("code", "project", "named"),
    [
        ("pl", "dewiki", "Czy Wikipedia (język niemiecki) powinna"),
        ("es", "itwiki", "¿Debería Wikipedia en italiano "),
        ("ja", "frwiki", "フランス語版ウィキペディアは"),
        ("en", "svwiki", "Should Swedish Wikipedia "),
    ],
)
def test_a_draft_in_a_chosen_language_names_the_wiki_in_that_language(code, project, named):
    answers = _answers(project, "banner", ENGLISH_TEXTS, "Upload Filter Act 2027")
    answers = answers.model_copy(update={"language": code})
    draft = render_files(answers, SHIPPED, TODAY)[f"proposal.{project}.wiki"]
    # The question opens the draft, after the heading where the heading is a short topic.
    question = next(line for line in draft.splitlines() if line and not line.startswith("="))
    assert question.startswith(named) or draft.splitlines()[0].lstrip("= ").startswith(named), question


def test_every_community_of_the_catalogue_gets_its_draft_in_its_own_language():
    communities = [p for p in SHIPPED.projects.values() if p.kind == "community"]
    assert len(communities) == 20
    for project in communities:
        answers = _answers(project.key, "banner", ENGLISH_TEXTS, "Upload Filter Act 2027")
        answers = answers.model_copy(
            update={"target": answers.target.model_copy(update={"projects": (project.key,)})}
        )
        draft = render_files(answers, SHIPPED, TODAY)[f"proposal.{project.key}.wiki"]
        language = SHIPPED.languages[project.language]
        for key in ("background", "timeline"):
            heading = rf"^(=+) {re.escape(language.sections[key])} \1$"
            assert re.search(heading, draft, flags=re.M), (project.key, key)
