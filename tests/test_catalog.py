"""The shipped catalogue validates, and broken data files give exact one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocacy_cli.catalog import REQUIRED_LANGUAGES, load_catalog, shipped_data_dir
from advocacy_cli.errors import InputError

SPEC_TOPICS = {
    "public-domain",
    "copyright",
    "freedom-of-panorama",
    "censorship",
    "intermediary-liability",
    "net-neutrality",
    "privacy",
    "open-access",
}
SPEC_ACTIONS = {
    "statement",
    "blog-post",
    "consultation-response",
    "mailing-list",
    "main-page",
    "wikiproject",
    "banner",
    "logo-change",
    "blackout",
}
SPEC_CHANNELS = {
    "village-pump",
    "wikiproject",
    "centralized-discussion",
    "mailing-list",
    "chapter",
    "foundation",
    "user-talk",
    "email-members",
    "social-media-call",
    "contact-address",
}
REQUIRED_PROJECTS = {
    "enwiki",
    "dewiki",
    "frwiki",
    "eswiki",
    "itwiki",
    "plwiki",
    "ptwiki",
    "ruwiki",
    "jawiki",
    "zhwiki",
    "nlwiki",
    "arwiki",
    "cawiki",
    "ukwiki",
    "svwiki",
    "commonswiki",
    "enwikisource",
    "sourceswiki",
    "wikidatawiki",
    "metawiki",
    "wmf",
    "wmde",
    "wmuk",
    "wmfr",
    "wmit",
}


def test_shipped_catalogue_has_the_contract_keys(catalog):
    assert set(catalog.projects) >= REQUIRED_PROJECTS
    assert len(catalog.projects) >= 25
    assert set(catalog.topics) >= SPEC_TOPICS
    assert "other" not in catalog.topics
    assert set(catalog.actions) >= SPEC_ACTIONS
    assert set(catalog.channels) >= SPEC_CHANNELS
    assert {"en", "de", "fr", "es", "it"} <= set(catalog.languages)


def test_every_community_has_one_deciding_venue(catalog):
    for project in catalog.projects.values():
        if project.kind == "community":
            deciding = project.venues_with_role("decide")
            assert len(deciding) == 1, project.key


def test_affiliates_cannot_decide_on_site_actions(catalog):
    on_site = {key for key, action in catalog.actions.items() if action.on_site}
    for project in catalog.projects.values():
        if project.kind != "community":
            assert not on_site & set(project.decides_on), project.key
            assert project.contact is not None, project.key


def test_counterproductive_channels_name_their_rule(catalog):
    for channel in catalog.channels.values():
        if not channel.appropriate:
            assert channel.rule in {"canvassing", "meatpuppetry", "contact-address", "wrong-venue"}
            assert channel.instead, channel.key


def test_topics_have_keywords_and_precedents(catalog):
    for topic in catalog.topics.values():
        assert all(topic.keywords[lang] for lang in REQUIRED_LANGUAGES), topic.key
    assert catalog.precedents_for(topic="copyright")
    assert any(p.action == "blackout" for p in catalog.precedents.values())


def test_every_entry_cites_canonical_sources(catalog):
    sections = [
        catalog.projects,
        catalog.topics,
        catalog.out_of_scope,
        catalog.precedents,
        catalog.actions,
        catalog.channels,
        catalog.phrases,
    ]
    for section in sections:
        for entry in section.values():
            assert entry.sources, entry.key
            assert all(url.startswith("https://") for url in entry.sources), entry.key


def test_banner_needs_centralnotice_and_alternatives(catalog):
    banner = catalog.actions["banner"]
    assert banner.on_site and banner.needs_centralnotice and banner.needs_alternatives
    assert banner.lead_days >= 14
    assert catalog.actions["blackout"].disruption > catalog.actions["blog-post"].disruption


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def errors_of(data_dir: Path) -> list[str]:
    load_catalog.cache_clear()
    try:
        with pytest.raises(InputError) as caught:
            load_catalog(data_dir)
    finally:
        load_catalog.cache_clear()
    return caught.value.lines()


def test_layered_entry_replaces_the_shipped_one(tmp_path):
    write(
        tmp_path,
        "projects.yaml",
        """\
projects:
  wmnl:
    name: Wikimedia Nederland
    kind: affiliate
    family: chapter
    language: nl
    url: https://www.wikimedia.nl/
    decides: The association's board and staff decide its statements.
    decides_on: [statement]
    contact:
      url: https://www.wikimedia.nl/
    country: NL
    sources: [https://meta.wikimedia.org/wiki/Wikimedia_Nederland]
""",
    )
    load_catalog.cache_clear()
    layered = load_catalog(tmp_path)
    load_catalog.cache_clear()
    assert layered.projects["wmnl"].name == "Wikimedia Nederland"
    assert "enwiki" in layered.projects


def test_unknown_field_names_file_line_field_and_close_match(tmp_path):
    path = write(
        tmp_path,
        "actions.yaml",
        """\
actions:
  banner:
    title: Banner
    summry: typo here
""",
    )
    lines = errors_of(tmp_path)
    assert f"{path}:4: actions.banner.summry: unknown field (did you mean 'summary'?)" in lines


def test_missing_field_and_bad_url(tmp_path):
    path = write(
        tmp_path,
        "topics.yaml",
        """\
topics:
  copyright:
    title: Copyright
    summary: Copyright reform.
    why: Because the projects depend on it.
    keywords: {en: [copyright], de: [urheberrecht], fr: [droit d'auteur], es: [derechos de autor]}
    sources: [ftp://example.org/x]
""",
    )
    assert errors_of(tmp_path) == [
        f"{path}:7: topics.copyright.sources[0]: expected a URL starting with https://, got 'ftp://example.org/x'"
    ]


def test_missing_language_in_keywords(tmp_path):
    path = write(
        tmp_path,
        "topics.yaml",
        """\
topics:
  copyright:
    title: Copyright
    summary: Copyright reform.
    why: Because the projects depend on it.
    keywords: {en: [copyright]}
    sources: [https://example.org/]
""",
    )
    assert errors_of(tmp_path) == [f"{path}:6: topics.copyright.keywords: needs entries for de, fr, es"]


def test_bad_regex_is_reported_with_its_place(tmp_path):
    path = write(
        tmp_path,
        "tactics.yaml",
        """\
phrases:
  broken:
    rule: canvassing
    message: Broken.
    suggestion: Fix it.
    policy: https://en.wikipedia.org/wiki/Wikipedia:Canvassing
    patterns: {en: ['(unclosed'], de: [x], fr: [x], es: [x]}
    sources: [https://en.wikipedia.org/wiki/Wikipedia:Canvassing]
""",
    )
    [line] = errors_of(tmp_path)
    assert line.startswith(f"{path}:7: phrases.broken.patterns: en[0]: invalid regular expression")


def test_unknown_reference_suggests_a_close_key(tmp_path):
    path = write(
        tmp_path,
        "precedents.yaml",
        """\
precedents:
  test-2020:
    title: A test precedent
    date: 2020-01-01
    projects: [enwiki]
    topics: [copyrigth]
    action: banner
    venue: Village pump.
    asked: A banner.
    decided: No.
    outcome: Nothing.
    lesson: Ask early.
    sources: [https://en.wikipedia.org/]
""",
    )
    assert errors_of(tmp_path) == [
        f"{path}:6: precedents.test-2020.topics: unknown topic 'copyrigth' (did you mean 'copyright'?)"
    ]


def test_invalid_yaml_and_wrong_top_level(tmp_path):
    path = write(tmp_path, "projects.yaml", "projects:\n  enwiki: [unclosed\n")
    [line] = errors_of(tmp_path)
    assert line.startswith(f"{path}:3: invalid YAML")
    path.write_text("- just\n- a list\n", encoding="utf-8")
    assert errors_of(tmp_path) == [f"{path}:1: expected a mapping at the top level"]


def test_data_dir_must_be_a_folder(tmp_path):
    assert errors_of(tmp_path / "missing") == [f"{tmp_path / 'missing'}: --data-dir: not a folder"]


def test_yaml_is_loaded_safely(tmp_path):
    path = write(tmp_path, "projects.yaml", "projects: !!python/object/apply:os.system ['true']\n")
    [line] = errors_of(tmp_path)
    assert line.startswith(f"{path}:1: invalid YAML")


def test_shipped_data_dir_is_the_repository_data_in_a_checkout():
    assert (shipped_data_dir() / "projects.yaml").is_file()
