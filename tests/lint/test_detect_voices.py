"""Whose words: the proposer's part ends at the first reply, vote or reply section."""

from __future__ import annotations

import pytest

from advocacy_cli.rules.detectors.voices import other_spans, read_voices

PROPOSAL = {
    "en": "== Banner? ==\nShould this wiki show a banner for a day? ~~~~\n",
    "de": "== Banner? ==\nSoll die Wikipedia einen Tag lang ein Banner zeigen? ~~~~\n",
    "fr": "== Bandeau ? ==\nFaut-il afficher un bandeau pendant un jour ? ~~~~\n",
    "es": "== ¿Anuncio? ==\n¿Debe el sitio mostrar un anuncio durante un día? ~~~~\n",
    "it": "== Banner? ==\nLa Wikipedia deve mostrare un banner per un giorno? ~~~~\n",
}


def _split(catalog, language: str, reply: str) -> tuple[str, str]:
    text = PROPOSAL[language] + reply
    voices = read_voices(catalog, text)
    return text[: voices.proposer_end], text[voices.proposer_end :]


class TestASignedReplyBySomeoneElse:
    @pytest.mark.parametrize(
        ("language", "reply"),
        [
            ("en", ":I disagree. [[User:Bob|Bob]] ([[User talk:Bob|talk]]) 11:00, 2 July 2026 (UTC)\n"),
            (
                "de",
                ":Dagegen. --[[Benutzer:Bernd|Bernd]] ([[Benutzer Diskussion:Bernd|Disk.]]) 11:00, 2. Jul. 2026 (CEST)\n",
            ),
            ("fr", "Pas d'accord. [[Utilisateur:Zoé|Zoé]] 11:00, 2 juillet 2026 (CEST)\n"),
            ("es", ":No. [[Usuario:Ana|Ana]] ([[Usuario discusión:Ana|discusión]]) 11:00 2 jul 2026 (UTC)\n"),
            ("it", ":Contrario. --[[Utente:Mario|Mario]] 11:00, 2 lug 2026 (CEST)\n"),
        ],
    )
    def test_the_reply_is_not_the_proposers(self, catalog, language, reply):
        own, others = _split(catalog, language, reply)
        assert own == PROPOSAL[language]
        assert others == reply


class TestVotesAndPings:
    @pytest.mark.parametrize(
        ("language", "reply"),
        [
            ("en", "* {{Support}} Good idea.\n"),
            ("en", "#'''Oppose''' not our business.\n"),
            ("en", ":{{ping|Alice}} what about Commons?\n"),
            ("en", ":@Alice: what about Commons?\n"),
            ("de", "# {{Pro}} Gute Idee.\n"),
            ("de", "# {{Contra}} Nein.\n"),
            ("fr", "* {{Pour}} Bonne idée.\n"),
            ("fr", ":{{Notif|Zoé}} et Commons ?\n"),
            ("es", "* {{A favor}} Buena idea.\n"),
            ("it", "# {{Favorevole}} Ottima idea.\n"),
            ("it", "# {{Contrario}} No.\n"),
        ],
    )
    def test_an_indented_vote_or_ping_starts_the_replies(self, catalog, language, reply):
        own, others = _split(catalog, language, reply)
        assert own == PROPOSAL[language]
        assert others == reply


class TestReplySections:
    @pytest.mark.parametrize(
        ("language", "heading"),
        [
            ("en", "=== Support ==="),
            ("en", "=== Survey ==="),
            ("en", "=== Threaded discussion ==="),
            ("de", "=== Pro ==="),
            ("de", "== Diskussion =="),
            ("fr", "=== Avis ==="),
            ("fr", "=== Contre ==="),
            ("es", "=== En contra ==="),
            ("it", "=== Favorevoli ==="),
            ("it", "=== Commenti ==="),
        ],
    )
    def test_a_support_or_discussion_heading_starts_the_replies(self, catalog, language, heading):
        reply = heading + "\n# Some text.\n"
        own, others = _split(catalog, language, reply)
        assert own == PROPOSAL[language]
        assert others.startswith(heading)


class TestTheProposersOwnText:
    @pytest.mark.parametrize(
        "rest",
        [
            "=== Background ===\nThe law would affect uploads.\n",
            "=== Proposed action ===\n* a banner for 24 hours\n* shown to logged-out readers\n",
            "=== Proposer and disclosure ===\n:Written by me as a volunteer. ~~~~\n",
            "=== Argumente für ein Banner ===\n* Es informiert.\n",
            ":Addendum: the dates below are in UTC.\n",
        ],
    )
    def test_sections_lists_and_own_additions_stay_the_proposers(self, catalog, rest):
        text = PROPOSAL["en"] + rest
        voices = read_voices(catalog, text)
        assert not voices.has_replies
        assert voices.proposer_end == len(text)
        assert other_spans(voices, text) == []

    def test_the_proposer_signing_again_is_not_a_reply(self, catalog):
        sig = "[[User:Ann|Ann]] ([[User talk:Ann|talk]]) {} (UTC)\n"
        text = (
            "Should we? "
            + sig.format("10:00, 1 July 2026")
            + ":Clarified the dates. "
            + sig.format("12:00, 1 July 2026")
        )
        voices = read_voices(catalog, text)
        assert voices.proposer == "ann" and not voices.has_replies

    def test_user_talk_links_in_other_signatures_lie_in_the_replies(self, catalog):
        replies = "".join(
            f"* {{{{Support}}}} [[User:U{i}|U{i}]] ([[User talk:U{i}|talk]]) 10:0{i}, 2 July 2026 (UTC)\n"
            for i in range(5)
        )
        text = PROPOSAL["en"] + replies
        voices = read_voices(catalog, text)
        (start, end), *_ = other_spans(voices, text)
        assert text[start:end] == replies
        assert "User talk" not in text[: voices.proposer_end]


class TestCoAuthorsAreNotReplies:
    @pytest.mark.parametrize(
        ("heading", "language"),
        [
            ("== Initiatoren ==", "de"),
            ("== Proposants ==", "fr"),
            ("=== Proponentes ===", "es"),
            ("== Proponenti ==", "it"),
            ("== Initiators ==", "en"),
        ],
    )
    def test_signatures_under_an_initiators_heading(self, catalog, heading, language):
        text = (
            f"{heading}\n# [[User:Ann|Ann]] ([[User talk:Ann|talk]]) 10:00, 1 May 2027 (UTC)\n"
            "# [[User:Bob|Bob]] ([[User talk:Bob|talk]]) 11:00, 1 May 2027 (UTC)\n\n"
            "== Calendrier ==\nThe request is filed on 20 May.\n"
        )
        voices = read_voices(catalog, text)
        assert not voices.has_replies
        assert voices.proposer == "ann"

    def test_a_reply_after_the_initiators_is_still_a_reply(self, catalog):
        text = (
            "== Initiatoren ==\n# [[Benutzer:Ann|Ann]] 10:00, 1. Mai 2027 (CEST)\n"
            "# [[Benutzer:Bob|Bob]] 11:00, 1. Mai 2027 (CEST)\n\n== Problem ==\nDas Gesetz.\n"
            ":Dagegen. [[Benutzer:Cem|Cem]] 12:00, 1. Mai 2027 (CEST)\n"
        )
        voices = read_voices(catalog, text)
        assert voices.has_replies
        assert text[voices.proposer_end :].startswith(":Dagegen")


class TestEndorsersAreOtherVoicesButNoReply:
    """Signatures under "Unterstützer" endorse holding the vote: not the proposer's, not a reply."""

    @pytest.mark.parametrize(
        "heading",
        [
            "=== Unterstützer ===",
            "== Unterstützerinnen ==",
            "== Supporters of the proposal ==",
            "=== Sostenitori ===",
            "== Avales ==",
        ],
    )
    def test_the_proposal_goes_on_after_the_endorsers(self, catalog, heading):
        text = (
            "== Initiatoren ==\n# [[User:Ann|Ann]] ([[User talk:Ann|talk]]) 10:00, 1 May 2027 (UTC)\n\n"
            f"{heading}\n# [[User:Bob|Bob]] ([[User talk:Bob|talk]]) 11:00, 1 May 2027 (UTC)\n"
            "# Gute Idee. [[User:Cem|Cem]] ([[User talk:Cem|talk]]) 12:00, 1 May 2027 (UTC)\n\n"
            "== Vorschlag ==\nEin Banner vom 3. bis 9. Mai 2027.\n"
        )
        voices = read_voices(catalog, text)
        assert not voices.has_replies
        assert voices.proposer == "ann"
        (start, end), *rest = other_spans(voices, text)
        assert rest == []
        assert text[start:end].startswith(heading) and "Cem" in text[start:end]
        assert not voices.is_proposer(text.index("Gute Idee"))
        assert voices.is_proposer(text.index("Ein Banner"))

    def test_endorsements_after_the_proposal_are_replies_as_before(self, catalog):
        text = (
            "== Statement ==\nWe ask the Assembly to exempt the projects. "
            "[[User:Ann|Ann]] ([[User talk:Ann|talk]]) 10:00, 1 May 2027 (UTC)\n\n== Endorsements ==\n"
            "# [[User:Ann|Ann]] ([[User talk:Ann|talk]]) 10:01, 1 May 2027 (UTC)\n"
            "# [[User:Bob|Bob]] ([[User talk:Bob|talk]]) 11:00, 1 May 2027 (UTC)\n"
        )
        voices = read_voices(catalog, text)
        assert voices.has_replies and voices.endorsements == ()
        assert text[voices.proposer_end :].startswith("# [[User:Bob")

    def test_a_reply_after_the_endorsers_is_still_a_reply(self, catalog):
        text = (
            "== Unterstützer ==\n# [[Benutzer:Bob|Bob]] 11:00, 1. Mai 2027 (CEST)\n\n"
            "== Vorschlag ==\nEin Banner.\n\n== Pro ==\n# [[Benutzer:Dora|Dora]] 13:00, 2. Mai 2027 (CEST)\n"
        )
        voices = read_voices(catalog, text)
        assert voices.has_replies
        assert [text[a:b].split("\n")[0] for a, b in other_spans(voices, text)] == [
            "== Unterstützer ==",
            "== Pro ==",
        ]


class TestSignaturesInEveryCatalogueLanguage:
    @pytest.mark.parametrize(
        "signature",
        [
            "[[Gebruiker:Ann|Ann]] ([[Overleg gebruiker:Ann|overleg]]) 3 okt 2027 16:20 (CEST)",
            "[[Usuari:Ann|Ann]] ([[Usuari Discussió:Ann|discussió]]) 10:00 10 maig 2027 (UTC)",
            "[[Usuário(a):Ann|Ann]] ([[Usuário(a) Discussão:Ann|discussão]]) 10h00min de 3 de maio de 2027 (UTC)",
            "[[Участник:Ann|Ann]] ([[Обсуждение участника:Ann|обс.]]) 10:00, 3 мая 2027 (UTC)",
            "[[Wikipedysta:Ann|Ann]] ([[Dyskusja wikipedysty:Ann|dyskusja]]) 10:00, 3 maj 2027 (CEST)",
            "[[Användare:Ann|Ann]] ([[Användardiskussion:Ann|diskussion]]) 3 maj 2027 kl. 10.00 (CEST)",
        ],
    )
    def test_a_pasted_signature_signs_the_proposal(self, catalog, signature):
        from advocacy_cli.lint import lexicon

        assert lexicon.signed_link(catalog).search(f"Should we? {signature}")


class TestArgumentsForAndAgainstAreNoVotes:
    @pytest.mark.parametrize(
        ("arguments", "pro", "contra"),
        [
            ("== Argumente ==", "=== Pro ===", "=== Contra ==="),
            ("== Arguments ==", "=== Support ===", "=== Oppose ==="),
            ("== Arguments ==", "=== Pour ===", "=== Contre ==="),
            ("== Argumentos ==", "=== A favor ===", "=== En contra ==="),
            ("== Argomenti ==", "=== Favorevoli ===", "=== Contrari ==="),
        ],
    )
    def test_the_authors_lists_do_not_start_the_replies(self, catalog, arguments, pro, contra):
        text = (
            f"== Vorschlag ==\nEin Banner.\n\n{arguments}\n{pro}\n# Es betrifft uns.\n{contra}\n# Es kostet Leser.\n\n"
            "== Initiatoren ==\n# [[User:Ann|Ann]] ([[User talk:Ann|talk]]) 10:00, 1 May 2027 (UTC)\n\n"
            "== Abstimmung ==\n# [[User:Bob|Bob]] ([[User talk:Bob|talk]]) 11:00, 2 May 2027 (UTC)\n"
        )
        voices = read_voices(catalog, text)
        assert voices.proposer == "ann"
        assert text[voices.proposer_end :].startswith("== Abstimmung ==")

    def test_a_vote_section_of_its_own_still_starts_them(self, catalog):
        text = "== Vorschlag ==\nEin Banner.\n\n== Pro ==\n# [[User:Bob|Bob]] 11:00, 2 May 2027 (UTC)\n"
        assert text[read_voices(catalog, text).proposer_end :].startswith("== Pro ==")
