"""Where each proposal is a page of its own (Meinungsbild, Prise de décision), the plan says so."""

from __future__ import annotations

import re

import mwparserfromhell

from tests.conftest import EXAMPLES


def _plan(cli, tmp_path, example: str, project: str, replace: tuple[str, str] | None = None) -> str:
    answers = EXAMPLES / example / "answers.yaml"
    if replace is not None:
        text = answers.read_text(encoding="utf-8")
        assert replace[0] in text
        answers = tmp_path / "answers.yaml"
        answers.write_text(text.replace(*replace), encoding="utf-8")
    result = cli("new", "--answers", answers, "--out", tmp_path / "out", "--today", "2027-04-01")
    assert result.exit_code in (0, 1), result.stderr
    return (tmp_path / "out" / f"posting-plan.{project}.md").read_text(encoding="utf-8")


def test_meinungsbild_gets_its_own_page_not_a_new_section(cli, tmp_path, catalog):
    assert catalog.projects["dewiki"].proposal.subpage
    plan = _plan(cli, tmp_path, "dewiki-blackout", "dewiki")
    assert "section=new" not in plan
    assert (
        "https://de.wikipedia.org/w/index.php?title=Wikipedia:Meinungsbilder/Netzsperrengesetz_2027"
        "&action=edit" in plan
    )
    assert "paste the whole draft" in plan
    notices = re.findall(r"```wikitext\n(.*?)\n```", plan, re.S)
    assert notices and all("Wikipedia:Meinungsbilder/Netzsperrengesetz 2027" in n for n in notices)


def test_village_pump_proposals_still_open_a_new_section(cli, tmp_path, catalog):
    assert not catalog.projects["enwiki"].proposal.subpage
    plan = _plan(cli, tmp_path, "enwiki-banner", "enwiki")
    assert "action=edit&section=new&preloadtitle=" in plan
    assert "paste the draft without its first line" in plan


def test_a_hostile_title_cannot_add_markup_to_the_notice_or_break_the_page_name(cli, tmp_path):
    hostile = "]] [[Category:Spam]] {{Löschen}} ~~~~ #top|x"
    plan = _plan(
        cli,
        tmp_path,
        "dewiki-blackout",
        "dewiki",
        replace=("title: Netzsperrengesetz 2027", f'title: "{hostile}"'),
    )
    [edit_link] = re.findall(
        r"^https://de\.wikipedia\.org/w/index\.php\?title=(\S+)&action=edit$", plan, re.M
    )
    assert not re.search(r"[\[\]{}|#<>~]", edit_link.replace("%7E", ""))
    for notice in re.findall(r"```wikitext\n(.*?)\n```", plan, re.S):
        code = mwparserfromhell.parse(notice)
        # One wikilink, to a subpage of Wikipedia:Meinungsbilder whatever the title says.
        [link] = code.filter_wikilinks()
        assert str(link.title).startswith("Wikipedia:Meinungsbilder/")
        assert not re.search(r"[\[\]{}|#<>~]", str(link.title))
        assert code.filter_templates() == []
        assert code.filter_external_links() == []
        assert notice.count("~~~~") <= 1 and "~~~~~" not in notice
