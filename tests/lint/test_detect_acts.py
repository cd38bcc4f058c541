"""Acts: recruiting, making accounts, endorsing and promoting in articles, in any word order."""

from __future__ import annotations

import pytest

from advocacy_cli.rules.detectors.acts import Act, find_acts


def _acts(catalog, text, language):
    return [f.act for f in find_acts(catalog, text, language=language)]


class TestRecruitingOutsiders:
    @pytest.mark.parametrize(
        ("language", "text"),
        [
            ("en", "Tell our members to weigh in on the RfC."),
            ("en", "Our supporters should be asked to vote there."),
            (
                "en",
                "Our members will get an email asking them to come to the village pump and voice support.",
            ),
            ("de", "Wir bitten unsere Mitglieder, bei dem Meinungsbild mit Pro zu stimmen."),
            ("de", "Die Mitglieder des Vereins rufen wir auf, sich an der Abstimmung zu beteiligen."),
            ("fr", "Nous demandons à nos adhérents de voter pour."),
            ("es", "Pedimos a nuestros socios que voten a favor."),
            ("it", "Chiediamo ai nostri soci di votare a favore."),
        ],
    )
    def test_any_word_order(self, catalog, language, text):
        assert _acts(catalog, text, language) == [Act.RECRUITING]

    @pytest.mark.parametrize(
        ("language", "text"),
        [
            ("en", "We will not ask our members to vote."),
            ("en", "Only editors may vote; our members are told about the law itself."),
            ("en", "Please comment below on whether our readers should see a banner."),
            ("en", "Please comment below; WikiProject members are welcome."),
            ("de", "Bitte stimmt unten ab; die Mitglieder der Redaktion Recht sind informiert."),
            ("de", "Wir bitten unsere Mitglieder ausdrücklich nicht, abzustimmen."),
            ("fr", "Nous ne demandons pas à nos membres de voter."),
            ("es", "No pedimos a nuestros socios que voten."),
            ("it", "Non chiediamo ai nostri soci di votare."),
        ],
    )
    def test_denied_or_informative_is_no_act(self, catalog, language, text):
        assert Act.RECRUITING not in _acts(catalog, text, language)


class TestMakingAccounts:
    @pytest.mark.parametrize(
        ("language", "text"),
        [
            ("en", "If you have no account, create one and make 200 edits so you can vote in March."),
            ("en", "Sign up today and vote for the banner."),
            ("en", "Newcomers: sign up now, make ten edits, and you'll be able to comment."),
            ("de", "Legt ein Konto an und macht 200 Bearbeitungen, damit ihr abstimmen könnt."),
            ("fr", "Inscrivez-vous et votez pour le bandeau."),
            ("es", "Regístrate y vota a favor."),
            ("it", "Registratevi e votate a favore."),
        ],
    )
    def test_accounts_to_vote(self, catalog, language, text):
        assert Act.ACCOUNTS in _acts(catalog, text, language)

    @pytest.mark.parametrize(
        ("language", "text"),
        [
            ("en", "Editors with 500 edits may vote."),
            ("en", "Readers without an account cannot vote."),
            ("de", "Stimmberechtigt ist, wer 200 Bearbeitungen hat."),
            ("it", "Possono votare gli utenti con almeno 500 modifiche."),
        ],
    )
    def test_eligibility_rules_are_no_act(self, catalog, language, text):
        assert Act.ACCOUNTS not in _acts(catalog, text, language)


class TestEndorsing:
    @pytest.mark.parametrize(
        ("language", "text"),
        [
            ("en", "Vote for Jane Smith in the election and donate."),
            ("en", "Support the Green Party at the ballot box."),
            ("de", "Wählt die Grünen!"),
            ("de", "Ein Banner, das dazu aufruft, die Piratenpartei zu wählen."),
            ("fr", "Votez pour Marie Dupont aux élections de dimanche."),
            ("es", "Vota a Ana García en las elecciones del domingo."),
            ("it", "Votate Mario Rossi alle elezioni."),
        ],
    )
    def test_a_named_person_or_party(self, catalog, language, text):
        assert Act.ENDORSING in _acts(catalog, text, language)

    @pytest.mark.parametrize(
        ("language", "text"),
        [
            ("en", "Some parties tell voters to vote for the candidate."),
            ("en", "Vote for Wikipedia Loves Monuments photos is unrelated."),
            ("en", "Editors vote support or oppose in the survey."),
            ("de", "Wählt eine der Optionen aus."),
            ("fr", "Votez pour ou contre la proposition."),
            ("it", "Votate a favore o contro."),
        ],
    )
    def test_no_name_no_endorsement(self, catalog, language, text):
        assert Act.ENDORSING not in _acts(catalog, text, language)


class TestPromotingInArticles:
    @pytest.mark.parametrize(
        ("language", "text"),
        [
            ("en", "Please add a section with a link to the petition to the article."),
            ("en", "We should put our campaign website in every relevant article."),
            ("de", "Fügt in den Artikel einen Absatz mit dem Link zur Petition ein."),
            ("fr", "Ajoutez un lien vers la pétition dans l'article."),
            ("es", "Añadid al artículo un enlace a la petición."),
            ("it", "Aggiungete alla voce un paragrafo con il link alla nostra petizione."),
        ],
    )
    def test_the_cause_in_articles(self, catalog, language, text):
        assert Act.ARTICLE_PROMOTION in _acts(catalog, text, language)

    @pytest.mark.parametrize(
        ("language", "text"),
        [
            ("en", "Please add reliable sources to the article about the directive."),
            ("en", "The petition has 5,000 signatures."),
            ("de", "Ergänzt den Artikel um neutrale Belege."),
            ("it", "Aggiungete fonti affidabili alla voce."),
        ],
    )
    def test_neutral_improvements_are_fine(self, catalog, language, text):
        assert Act.ARTICLE_PROMOTION not in _acts(catalog, text, language)


class TestPartisanTalkPageNotices:
    @pytest.mark.parametrize(
        ("language", "text"),
        [
            (
                "en",
                "I left a note on the talk pages of about 400 editors asking them to come here and support.",
            ),
            ("en", "I will use MassMessage to send a note to every photographer, asking them to support it."),
            ("de", "Ich habe auf den Diskussionsseiten aller Projektmitglieder gebeten, mit Pro zu stimmen."),
            (
                "fr",
                "J'ai écrit sur les pages de discussion des participants en leur demandant de voter pour.",
            ),
            ("es", "He escrito en las páginas de discusión de los editores pidiendo que voten a favor."),
            (
                "it",
                "Ho scritto nelle pagine di discussione di tutti gli iscritti chiedendo di votare favorevole.",
            ),
        ],
    )
    def test_asking_for_support_on_talk_pages(self, catalog, text, language):
        assert Act.PARTISAN_NOTICE in _acts(catalog, text, language)

    @pytest.mark.parametrize(
        ("language", "text"),
        [
            ("en", "I left a neutral note on the talk pages of WikiProject Law, inviting comments."),
            ("de", "Ich habe auf den Diskussionsseiten der Portale neutral um Kommentare gebeten."),
            (
                "it",
                "Ho lasciato un avviso neutro nelle pagine di discussione dei progetti, chiedendo pareri.",
            ),
        ],
    )
    def test_a_neutral_notice_is_not_canvassing(self, catalog, text, language):
        assert Act.PARTISAN_NOTICE not in _acts(catalog, text, language)


class TestAccountsInEveryDay:
    @pytest.mark.parametrize(
        ("language", "text"),
        [
            (
                "de",
                "Wer noch kein Benutzerkonto hat, legt sich jetzt eins an und macht ein paar Bearbeitungen, "
                "damit ihr stimmberechtigt seid.",
            ),
            (
                "de",
                "Macht bitte die nötigen Bearbeitungen, damit ihr beim Meinungsbild stimmberechtigt seid.",
            ),
            ("en", "Readers who don't have an account should create one and add their names under Support."),
            (
                "es",
                "Para poder votar hacen falta 100 ediciones: crea una cuenta hoy y haz esas ediciones antes.",
            ),
            ("fr", "Ouvrez un compte et faites quelques modifications pour avoir le droit de vote."),
        ],
    )
    def test_making_accounts_to_vote(self, catalog, text, language):
        assert Act.ACCOUNTS in _acts(catalog, text, language)


class TestOneSidedArticleContent:
    @pytest.mark.parametrize(
        ("language", "text"),
        [
            ("en", "Let us add a criticism section to the articles on the bill so readers see the dangers."),
            (
                "de",
                "In [[Uploadfilter]] fügen wir jeweils einen Abschnitt „Gefahren für die Meinungsfreiheit“ ein.",
            ),
            ("de", "In die Weblinks aller Artikel zum Thema kommt ein Link auf die Petition."),
            (
                "fr",
                "Je propose qu'on ajoute dans l'article de chaque député une section expliquant qu'il a voté contre la liberté.",
            ),
            (
                "fr",
                "Compléter les articles avec une section « Critiques de la loi », pour que les lecteurs voient les dangers.",
            ),
            ("es", "Añadamos una sección de críticas a los artículos sobre la ley."),
            ("it", "Aggiungiamo alle voci una sezione sulle critiche alla legge, perché i lettori sappiano."),
        ],
    )
    def test_asking_for_content_that_pushes_the_cause(self, catalog, text, language):
        assert Act.ARTICLE_PROMOTION in _acts(catalog, text, language)

    @pytest.mark.parametrize(
        ("language", "text"),
        [
            ("en", "The WikiProject will add sources to the articles on libraries."),
            ("de", "Wir ergänzen Belege in den Artikeln zur Panoramafreiheit."),
            ("it", "Aggiungiamo fonti alle voci sulle biblioteche comunali."),
        ],
    )
    def test_improving_articles_is_not_promotion(self, catalog, text, language):
        assert Act.ARTICLE_PROMOTION not in _acts(catalog, text, language)


class TestLoggedOutIsNotRegistering:
    @pytest.mark.parametrize(
        ("language", "text"),
        [
            (
                "it",
                "Oscurare per 24 ore il giorno della votazione; la modifica resta possibile agli utenti registrati.",
            ),
            ("it", "Il banner è per i lettori non registrati, prima della votazione alla Camera."),
        ],
    )
    def test_registered_users_are_not_new_accounts(self, catalog, text, language):
        assert Act.ACCOUNTS not in _acts(catalog, text, language)


class TestPartisanCallsOffTheWiki:
    @pytest.mark.parametrize(
        ("language", "text"),
        [
            (
                "en",
                "I have shared this RfC on Twitter and Mastodon, asking everyone who cares to come and vote support.",
            ),
            ("en", "Please spread the word among people who agree with us so the proposal passes."),
            ("de", "Ich habe den Link in unserer Telegram-Gruppe gepostet: kommt alle und stimmt mit Pro!"),
            ("es", "Compartid esta votación en vuestras redes para que venga gente a votar a favor."),
            ("it", "Ho condiviso il sondaggio su Facebook chiedendo ai miei contatti di votare favorevole."),
        ],
    )
    def test_a_call_to_support_from_social_media(self, catalog, text, language):
        assert Act.PARTISAN_CALL in _acts(catalog, text, language)

    @pytest.mark.parametrize(
        ("language", "text"),
        [
            ("en", "I shared the RfC on Mastodon and invited comments from anyone."),
            ("en", "The EFF and Mozilla support the exception, as their posts on Mastodon explain."),
            ("de", "Im Kurier und auf Mastodon habe ich neutral auf das Meinungsbild hingewiesen."),
        ],
    )
    def test_a_neutral_mention_is_not(self, catalog, text, language):
        assert Act.PARTISAN_CALL not in _acts(catalog, text, language)


class TestArticleContentForTheCauseInMoreWords:
    """Stance sections, open letters, who voted for the law, "so voters can see": the cause in articles."""

    @pytest.mark.parametrize(
        ("language", "text"),
        [
            (
                "en",
                "We could put a line in each sponsoring MP's article that they backed the cuts, so that voters can "
                "see it.",
            ),
            ("en", "Editors should add a section on why the law is dangerous to the article about it."),
            (
                "en",
                "Put our open letter in the lead of the article on the Act so readers understand the stakes.",
            ),
            (
                "de",
                "Wir ergänzen in den Artikeln der Abgeordneten einen Abschnitt zu ihrer Haltung und verlinken die "
                "Petition.",
            ),
            (
                "de",
                "In den Artikeln zum Gesetz ergänzen wir einen Absatz mit dem offenen Brief der Verbände.",
            ),
            ("fr", "Créer dans l'article sur la loi une section expliquant pourquoi elle est dangereuse."),
            ("fr", "Ajouter dans l'article de chaque sénateur ayant voté pour une phrase sur la censure."),
            (
                "es",
                "Añadir a los artículos de los diputados que votaron a favor un párrafo con nuestro llamamiento.",
            ),
            (
                "it",
                "Nelle voci dei senatori che hanno votato sì aggiungiamo una sezione con il link all'appello della rete.",
            ),
        ],
    )
    def test_is_promotion(self, catalog, text, language):
        assert Act.ARTICLE_PROMOTION in _acts(catalog, text, language)

    @pytest.mark.parametrize(
        ("language", "text"),
        [
            (
                "en",
                "Add to each MP's article how they voted on the bill, sourced to the parliamentary record.",
            ),
            ("de", "Wir ergänzen in den Artikeln der Abgeordneten Belege aus dem Plenarprotokoll."),
            ("fr", "Créer dans l'article sur la loi une section sur son contenu, sourcée."),
            ("it", "Aggiungiamo alle voci dei senatori le fonti sul loro mandato."),
        ],
    )
    def test_a_sourced_neutral_addition_is_not(self, catalog, text, language):
        assert Act.ARTICLE_PROMOTION not in _acts(catalog, text, language)


class TestPartisanCallsInPrivateOrForAPosition:
    @pytest.mark.parametrize(
        ("language", "text", "act"),
        [
            (
                "es",
                "Avisaré por privado a quienes apoyaron el apagón para que se unan antes de la votación.",
                Act.PARTISAN_CALL,
            ),
            (
                "en",
                "I will privately ask those who supported the blackout to come and support it again.",
                Act.PARTISAN_CALL,
            ),
            (
                "fr",
                "J'écrirai en privé à ceux qui ont soutenu le bandeau pour qu'ils viennent le soutenir.",
                Act.PARTISAN_CALL,
            ),
            (
                "it",
                "Lascerò un messaggio nella pagina di discussione di tutti gli utenti, invitandoli a intervenire a "
                "sostegno della nostra posizione.",
                Act.PARTISAN_NOTICE,
            ),
            (
                "de",
                "Ich schreibe alle Benutzer auf ihren Diskussionsseiten an und bitte sie zur Unterstützung unserer "
                "Position hierher.",
                Act.PARTISAN_NOTICE,
            ),
        ],
    )
    def test_is_canvassing(self, catalog, language, text, act):
        assert act in _acts(catalog, text, language)

    @pytest.mark.parametrize(
        ("language", "text"),
        [
            (
                "de",
                "Privat schreibe ich unter einem anderen Konto, das auf meiner Benutzerseite verlinkt ist.",
            ),
            (
                "es",
                "Si alguien prefiere comentar en privado, puede escribirme, pero la decisión se toma aquí.",
            ),
        ],
    )
    def test_a_private_word_alone_is_not(self, catalog, language, text):
        assert not {Act.PARTISAN_CALL, Act.PARTISAN_NOTICE} & set(_acts(catalog, text, language))


class TestAccountsToVoteInTheSubjunctive:
    @pytest.mark.parametrize(
        ("language", "text"),
        [
            (
                "es",
                "Hemos pedido a nuestros simpatizantes que no tengan cuenta que se registren ya y hagan sus 50 "
                "ediciones antes de que abra la votación.",
            ),
            ("es", "Hemos pedido a nuestros socios que se creen una cuenta y dejen aquí su voto a favor."),
            (
                "en",
                "If you don't have an account yet, please register today and make a few edits so your support "
                "counts when the RfC is closed.",
            ),
            (
                "it",
                "Chi non ha un account lo crei oggi e faccia qualche modifica, così il vostro voto conterà.",
            ),
        ],
    )
    def test_is_making_accounts_to_vote(self, catalog, text, language):
        assert Act.ACCOUNTS in _acts(catalog, text, language)

    @pytest.mark.parametrize(
        ("language", "text"),
        [
            ("it", "In caso di esito favorevole si chiederebbe la modifica su Meta, dopo la votazione."),
            ("es", "Si la votación es favorable, haremos las ediciones técnicas necesarias en el sitio."),
        ],
    )
    def test_an_outcome_and_an_edit_are_no_accounts(self, catalog, text, language):
        assert Act.ACCOUNTS not in _acts(catalog, text, language)
