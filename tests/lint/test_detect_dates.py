"""Dates: read in every drafting language (CLDR month names), ranges, ordinals, relative days, roles."""

from __future__ import annotations

import datetime as dt

import pytest

from advocacy_cli.rules.detectors.dates import DateRole, classify, read_dates, signature_date, timeline

ANCHOR = dt.date(2026, 7, 1)


def _days(catalog, text, languages=()):
    return [m.date.isoformat() for m in read_dates(catalog, text, ANCHOR, languages=languages)]


def _roles(catalog, text, anchor=ANCHOR):
    mentions = read_dates(catalog, text, anchor)
    return [(m.date.isoformat(), m.role) for m in classify(catalog, text, mentions, anchor)]


class TestRangesShareOneMonthAndYear:
    @pytest.mark.parametrize(
        "text",
        [
            "The banner runs from 1 to 31 August 2026.",
            "Das Banner läuft vom 1. bis 31. August 2026.",
            "Le bandeau est affiché du 1er au 31 août 2026.",
            "El anuncio se muestra del 1 al 31 de agosto de 2026.",
            "Il banner resta dal 1 al 31 agosto 2026.",
            "The banner runs August 1–31, 2026.",
            "The banner runs 1–31 August 2026.",
        ],
    )
    def test_a_range_in_one_month_gives_both_ends(self, catalog, text):
        assert _days(catalog, text) == ["2026-08-01", "2026-08-31"]

    @pytest.mark.parametrize(
        "text",
        [
            "from 1 September to 1 October 2026",
            "vom 1. September bis 1. Oktober 2026",
            "du 1er septembre au 1er octobre 2026",
            "del 1 de septiembre al 1 de octubre de 2026",
            "dal 1 settembre al 1 ottobre 2026",
        ],
    )
    def test_a_range_over_two_months_shares_the_last_year(self, catalog, text):
        mentions = read_dates(catalog, text, dt.date(2020, 1, 1))
        assert [m.date.isoformat() for m in mentions] == ["2026-09-01", "2026-10-01"]
        assert mentions[0].year_inferred and not mentions[1].year_inferred
        assert mentions[0].range_with == mentions[1].date

    @pytest.mark.parametrize(
        "text",
        [
            "; Dates : 15 November 2026 00:00 UTC – 17 November 2026 23:59 UTC",
            "du 15 novembre 2026 à 0 h au 17 novembre 2026 à 23 h 59",
            "vom 15. November 2026 bis zum 17. November 2026",
            "dal 15 novembre 2026 al 17 novembre 2026",
        ],
    )
    def test_two_full_dates_joined_by_a_range_word_are_one_range(self, catalog, text):
        mentions = read_dates(catalog, text, ANCHOR)
        assert [(m.date.isoformat(), str(m.range_with)) for m in mentions] == [
            ("2026-11-15", "2026-11-17"),
            ("2026-11-17", "2026-11-15"),
        ]

    @pytest.mark.parametrize(
        "text",
        [
            "on 15 November 2026 and 17 November 2026",
            "am 15. November 2026 und 17. November 2026",
            "le 15 novembre 2026 et le 17 novembre 2026",
        ],
    )
    def test_two_full_dates_joined_by_and_are_two_days(self, catalog, text):
        assert [m.range_with for m in read_dates(catalog, text, ANCHOR)] == [None, None]


class TestDatesInEveryLanguage:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("1st July 2018", "2018-07-01"),
            ("July 22nd, 2026", "2026-07-22"),
            ("Monday, 3 August 2026", "2026-08-03"),
            ("am 10. April 2027", "2027-04-10"),
            ("le 1er juillet 2026", "2026-07-01"),
            ("le 14 févr. 2027", "2027-02-14"),
            ("el 1º de julio de 2026", "2026-07-01"),
            ("il 3 settembre 2026", "2026-09-03"),
            ("2026-08-01", "2026-08-01"),
            ("10.04.2027", "2027-04-10"),
            ("2026年8月1日", "2026-08-01"),
        ],
    )
    def test_ordinals_abbreviations_and_numeric_forms(self, catalog, text, expected):
        assert _days(catalog, text) == [expected]

    @pytest.mark.parametrize(
        ("language", "text", "expected"),
        [
            ("pl", "15 sierpnia 2026", "2026-08-15"),
            ("nl", "1 maart 2027", "2027-03-01"),
            ("sv", "3 mars 2027", "2027-03-03"),
            ("ca", "1 d'agost de 2026", "2026-08-01"),
            ("pt", "5 de março de 2027", "2027-03-05"),
            ("ru", "12 апреля 2027", "2027-04-12"),
        ],
    )
    def test_target_languages_come_from_cldr(self, catalog, language, text, expected):
        assert _days(catalog, text, (language,)) == [expected]

    def test_only_the_languages_asked_for_are_read(self, catalog):
        assert _days(catalog, "15 sierpnia 2026") == []
        assert _days(catalog, "15 sierpnia 2026", ("pl",)) == ["2026-08-15"]

    @pytest.mark.parametrize(
        "text",
        [
            "We may 2 times ask",
            "version 10.4 of the text",
            "section 3 of the Act",
            "1 d'agost",
            "March 32, 2026",
        ],
    )
    def test_words_that_are_not_dates(self, catalog, text):
        assert _days(catalog, text) == []


class TestYearsFromContext:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("In 2027 the vote is on 3 March. The banner runs on 5 March.", ["2027-03-03", "2027-03-05"]),
            ("Im Jahr 2028: Abstimmung am 3. März 2028, Banner am 5. März.", ["2028-03-03", "2028-03-05"]),
        ],
    )
    def test_a_date_without_a_year_takes_the_last_year_named(self, catalog, text, expected):
        assert _days(catalog, text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [("on 20 July", "2026-07-20"), ("le 2 mars", "2027-03-02"), ("il 30 giugno", "2026-06-30")],
    )
    def test_otherwise_the_nearest_such_day_from_the_anchor(self, catalog, text, expected):
        mentions = read_dates(catalog, text, ANCHOR)
        assert [m.date.isoformat() for m in mentions] == [expected]
        assert mentions[0].year_inferred


class TestRelativeDays:
    @pytest.mark.parametrize(
        ("text", "days"),
        [
            ("The discussion closes tomorrow.", 1),
            ("Die Diskussion endet morgen.", 1),
            ("La discussion se termine demain.", 1),
            ("La discusión termina mañana.", 1),
            ("La discussione chiude domani.", 1),
            ("Abstimmung übermorgen.", 2),
            ("la votación es pasado mañana", 2),
            ("The banner starts in two weeks.", 14),
            ("Das Banner startet in zwei Wochen.", 14),
            ("Le bandeau commence dans 10 jours.", 10),
            ("El apagón empieza dentro de tres días.", 3),
            ("Il banner inizia tra due settimane.", 14),
            ("Voting opens today.", 0),
        ],
    )
    def test_counted_from_the_anchor(self, catalog, text, days):
        mentions = read_dates(catalog, text, ANCHOR)
        assert [m.date for m in mentions] == [ANCHOR + dt.timedelta(days=days)]
        assert mentions[0].relative

    @pytest.mark.parametrize(
        "text", ["Wir treffen uns am Morgen.", "Nos vemos por la mañana.", "Tomorrowland is a festival."]
    )
    def test_morning_is_not_tomorrow(self, catalog, text):
        assert read_dates(catalog, text, ANCHOR) == []

    def test_the_signature_gives_the_anchor(self, catalog):
        text = "Should we? [[User:Ann|Ann]] ([[User talk:Ann|talk]]) 09:12, 3 June 2026 (UTC)\n"
        assert signature_date(catalog, text, ANCHOR) == dt.date(2026, 6, 3)
        german = "Soll? --[[Benutzer:Bea|Bea]] 14:02, 5. Jun. 2026 (CEST)\n"
        assert signature_date(catalog, german, ANCHOR) == dt.date(2026, 6, 5)
        assert signature_date(catalog, "On 3 June 2026 we met.", ANCHOR) is None


class TestRoles:
    @pytest.mark.parametrize(
        "text",
        [
            "The discussion closes on 15 July 2026; the banner runs from 1 to 7 August 2026.",
            "Die Diskussion endet am 15. Juli 2026; das Banner läuft vom 1. bis 7. August 2026.",
            "La discussion se termine le 15 juillet 2026 ; le bandeau est affiché du 1er au 7 août 2026.",
            "La discusión termina el 15 de julio de 2026; el anuncio se muestra del 1 al 7 de agosto de 2026.",
            "La discussione chiude il 15 luglio 2026; il banner resta dal 1 al 7 agosto 2026.",
        ],
    )
    def test_discussion_close_and_action_span(self, catalog, text):
        assert _roles(catalog, text) == [
            ("2026-07-15", DateRole.DISCUSSION_CLOSES),
            ("2026-08-01", DateRole.ACTION_STARTS),
            ("2026-08-07", DateRole.ACTION_ENDS),
        ]

    @pytest.mark.parametrize(
        ("text", "role"),
        [
            ("The CentralNotice request is filed on 10 July 2026.", DateRole.CENTRALNOTICE),
            ("The European Parliament votes on 12 September 2026.", DateRole.EXTERNAL),
            ("Der Bundestag stimmt am 12. September 2026 ab.", DateRole.EXTERNAL),
            ("Il Parlamento vota il 12 settembre 2026.", DateRole.EXTERNAL),
            ("In 2012 the English Wikipedia went dark on 18 January 2012.", DateRole.BACKGROUND),
            ("Turkey blocked Wikipedia on 29 April 2017.", DateRole.BACKGROUND),
            ("Am 21. März 2019 war die deutschsprachige Wikipedia abgeschaltet.", DateRole.BACKGROUND),
            ("Il 3 luglio 2011 Wikipedia in italiano è stata oscurata.", DateRole.BACKGROUND),
            ("The vote opens on 5 July 2026.", DateRole.DISCUSSION_OPENS),
        ],
    )
    def test_cue_words_of_the_sentence(self, catalog, text, role):
        assert [r for _, r in _roles(catalog, text)] == [role]

    def test_a_date_in_a_background_section_is_background(self, catalog):
        text = "The banner runs on 1 August 2026."
        mentions = read_dates(catalog, text, ANCHOR)
        roles = classify(catalog, text, mentions, ANCHOR, background=[(0, len(text))])
        assert [m.role for m in roles] == [DateRole.BACKGROUND]


class TestTimeline:
    def test_lead_time_counts_from_the_close_and_the_discussion_is_measured(self, catalog):
        text = "The discussion runs from 1 to 2 July 2026. The blackout is on 20 July 2026."
        mentions = classify(catalog, text, read_dates(catalog, text, ANCHOR), ANCHOR)
        plan = timeline(mentions, ANCHOR)
        assert plan.opens == dt.date(2026, 7, 1) and plan.closes == dt.date(2026, 7, 2)
        assert plan.discussion_days == 1
        assert plan.lead_days == 18
        assert not plan.opens_assumed

    def test_without_an_opening_date_the_anchor_opens_the_discussion(self, catalog):
        text = "Voting closes tomorrow. The banner runs in two weeks."
        mentions = classify(catalog, text, read_dates(catalog, text, ANCHOR), ANCHOR)
        plan = timeline(mentions, ANCHOR)
        assert plan.opens_assumed and plan.discussion_days == 1
        assert plan.action_starts is not None and plan.lead_days == 13


class TestWhatADateIsNot:
    @pytest.mark.parametrize(
        "text",
        [
            "Banner, CentralNotice. --[[Utente:Esempio|Esempio]] ([[Discussioni utente:Esempio|msg]]) 09:00, 1 ago 2026 (CEST)",
            "A banner for readers. [[User:Ex|Ex]] ([[User talk:Ex|talk]]) 11:00, 1 August 2026 (UTC)",
            "Un bandeau. [[Utilisateur:Ex|Ex]] ([[Discussion utilisateur:Ex|discuter]]) 1 août 2026 à 14:00 (CEST)",
        ],
    )
    def test_a_signatures_timestamp_dates_the_post_not_the_action(self, catalog, text):
        assert _roles(catalog, text) == [("2026-08-01", DateRole.DISCUSSION_OPENS)]

    @pytest.mark.parametrize(
        "text",
        [
            "Fotos müssten gelöscht werden, wie heute schon bei Ländern ohne Panoramafreiheit.",
            "Many works that readers see today as a banner would be gone.",
            "Obras que hoy están en Wikisource, con banner o sin él.",
        ],
    )
    def test_today_as_an_adverb_dates_no_action(self, catalog, text):
        assert [r for _, r in _roles(catalog, text, ANCHOR)] == [DateRole.OTHER]

    @pytest.mark.parametrize(
        ("text", "role"),
        [
            ("A banner via CentralNotice from 8 August 2026 for readers in Spain.", DateRole.ACTION_STARTS),
            (
                "Un banner de CentralNotice del 8 de agosto de 2026 para lectores en España.",
                DateRole.ACTION_STARTS,
            ),
            ("The banner, requested via CentralNotice, runs from 8 August 2026.", DateRole.ACTION_STARTS),
            ("Am 8. August 2026 stelle ich den Antrag unter CentralNotice/Request.", DateRole.CENTRALNOTICE),
            ("Demande sur CentralNotice/Request le 8 août 2026.", DateRole.CENTRALNOTICE),
            ("La richiesta su CentralNotice sarà presentata l'8 agosto 2026.", DateRole.CENTRALNOTICE),
        ],
    )
    def test_the_request_is_dated_by_its_name_not_by_the_banner(self, catalog, text, role):
        # The draft's language, as lint detects it: "Am 8." must not end a sentence.
        mentions = read_dates(catalog, text, ANCHOR)
        language = "de" if text.startswith("Am ") else None
        assert [m.role for m in classify(catalog, text, mentions, ANCHOR, language=language)] == [role]

    @pytest.mark.parametrize(
        "text",
        [
            "Per i lettori non registrati dall'Italia, dal 20 al 26 settembre 2026, che spieghi la riforma in discussione alla Camera.",
            "For logged-out readers in Spain, from 20 to 26 September 2026, about the bill under discussion.",
        ],
    )
    def test_who_sees_it_dates_the_action(self, catalog, text):
        assert _roles(catalog, text) == [
            ("2026-09-20", DateRole.ACTION_STARTS),
            ("2026-09-26", DateRole.ACTION_ENDS),
        ]


class TestWeekdays:
    # ANCHOR is Wednesday 1 July 2026.
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Please comment by Friday.", ["2026-07-03"]),
            ("Merci de donner votre avis d'ici jeudi.", ["2026-07-02"]),
            ("Bitte bis Mittwoch äußern.", ["2026-07-08"]),
            ("Comentarios hasta el lunes.", ["2026-07-06"]),
            ("Pareri entro martedì.", ["2026-07-07"]),
        ],
    )
    def test_a_weekday_after_a_cue_is_the_coming_one(self, catalog, text, expected):
        assert _days(catalog, text) == expected

    @pytest.mark.parametrize(
        "text", ["Thursday is a good day for it.", "Mittwochs ist wenig los.", "Le jeudi, personne ne lit."]
    )
    def test_a_bare_weekday_is_no_date(self, catalog, text):
        assert _days(catalog, text) == []

    def test_a_weekday_with_its_date_is_read_once(self, catalog):
        assert _days(catalog, "Comments until Friday, 10 July 2026.") == ["2026-07-10"]

    @pytest.mark.parametrize(
        "text",
        [
            "Merci de donner votre avis d'ici jeudi : si une majorité est d'accord, la page sera mise en place dès vendredi.",
            "Comments by Thursday: if there is consensus, the banner goes live from Friday.",
        ],
    )
    def test_a_colon_parts_the_discussions_clause_from_the_actions(self, catalog, text):
        assert _roles(catalog, text) == [
            ("2026-07-02", DateRole.DISCUSSION_CLOSES),
            ("2026-07-03", DateRole.ACTION_STARTS),
        ]


class TestRolesInTheOtherCatalogueLanguages:
    @pytest.mark.parametrize(
        ("language", "text"),
        [
            ("pl", "Dyskusja kończy się 15 lipca 2026; baner wyświetlany od 1 do 7 sierpnia 2026."),
            (
                "pt",
                "A discussão termina em 15 de julho de 2026; o banner será exibido de 1 a 7 de agosto de 2026.",
            ),
            ("ru", "Обсуждение заканчивается 15 июля 2026; баннер будет показан с 1 по 7 августа 2026."),
            ("uk", "Обговорення закінчується 15 липня 2026; банер буде показано з 1 по 7 серпня 2026."),
            (
                "nl",
                "De discussie eindigt op 15 juli 2026; de banner wordt getoond van 1 tot 7 augustus 2026.",
            ),
            (
                "ca",
                "La discussió acaba el 15 de juliol de 2026; el bàner es mostrarà de l'1 al 7 d'agost de 2026.",
            ),
            ("sv", "Diskussionen slutar den 15 juli 2026; bannern visas från 1 till 7 augusti 2026."),
        ],
    )
    def test_the_discussion_closes_and_the_action_runs(self, catalog, language, text):
        mentions = read_dates(catalog, text, ANCHOR, languages=(language,))
        roles = [
            (m.date.isoformat(), m.role) for m in classify(catalog, text, mentions, ANCHOR, language=language)
        ]
        assert roles[0] == ("2026-07-15", DateRole.DISCUSSION_CLOSES)
        assert ("2026-08-07", DateRole.ACTION_ENDS) in roles
        assert all(role is not DateRole.DISCUSSION_CLOSES for day, role in roles if day.startswith("2026-08"))


class TestACueIsAWholeWordNotTheStartOfAnother:
    """Short cue words ("ab", "by", "end", "fin") do not hide in longer words nearer the date."""

    @pytest.mark.parametrize(
        ("text", "role"),
        [
            ("The RfC runs the usual 30 days (until about 15 July 2026).", DateRole.DISCUSSION_CLOSES),
            (
                "Umfrage bis voraussichtlich 15. Juli 2026, abhängig von der Beteiligung.",
                DateRole.DISCUSSION_CLOSES,
            ),
            ("The vote opens on 5 July 2026, bypassing the usual week of notice.", DateRole.DISCUSSION_OPENS),
        ],
    )
    def test_the_discussions_cue(self, catalog, text, role):
        assert [r for _, r in _roles(catalog, text)] == [role]

    @pytest.mark.parametrize(
        "text",
        [
            "The banner is shown from 1 August 2026, endorsed by the chapter.",
            "Le bandeau sera affiché le 1er août 2026, financé par personne.",
            "El anuncio se muestra el 1 de agosto de 2026, financiado por nadie.",
            "Il banner sarà mostrato il 1 agosto 2026, nella finestra principale.",
            "Das Banner wird am 1. August 2026 geschaltet, Endergebnis der Umfrage vorausgesetzt.",
        ],
    )
    def test_the_actions_start(self, catalog, text):
        assert [r for _, r in _roles(catalog, text)] == [DateRole.ACTION_STARTS]


class TestAVoteAfterALimitWordIsNotTheDiscussion:
    """ "A week before the vote (7-13 September)": the dates are the action's, counted back from the vote."""

    @pytest.mark.parametrize(
        "text",
        [
            "We would like a banner for one week before the vote (7–13 September 2026).",
            "A banner in the week ahead of the vote, 7 to 13 September 2026.",
            "Ein Banner in der Woche vor der Abstimmung (7. bis 13. September 2026).",
            "Un bandeau pendant la semaine avant le vote (du 7 au 13 septembre 2026).",
            "Un banner durante la semana antes de la votación (del 7 al 13 de septiembre de 2026).",
            "Un banner nella settimana prima della votazione (dal 7 al 13 settembre 2026).",
        ],
    )
    def test_the_dates_are_the_actions(self, catalog, text):
        assert [r for _, r in _roles(catalog, text)] == [DateRole.ACTION_STARTS, DateRole.ACTION_ENDS]

    @pytest.mark.parametrize(
        "text",
        [
            "The vote runs from 7 to 13 September 2026.",
            "Die Abstimmung läuft vom 7. bis 13. September 2026.",
            "Le vote a lieu du 7 au 13 septembre 2026.",
        ],
    )
    def test_a_vote_without_one_is_still_the_discussion(self, catalog, text):
        assert [r for _, r in _roles(catalog, text)] == [
            DateRole.DISCUSSION_OPENS,
            DateRole.DISCUSSION_CLOSES,
        ]


class TestAVoteNamedAsTheOccasion:
    @pytest.mark.parametrize(
        "text",
        [
            "On 7 September 2026, on the occasion of the vote, the whole site would show one black banner.",
            "Am 7. September 2026 aus Anlass der Abstimmung würde die ganze Seite ein einziges Banner zeigen.",
            "Le 7 septembre 2026, à l'occasion du vote, tout le site afficherait un seul bandeau.",
            "El 7 de septiembre de 2026, con motivo de la votación, todo el sitio mostraría un solo banner.",
            "Il 7 settembre 2026, in occasione della votazione, tutto il sito mostrerebbe un solo banner.",
        ],
    )
    def test_dates_the_action_not_the_discussion(self, catalog, text):
        assert [r for _, r in _roles(catalog, text)] == [DateRole.ACTION_STARTS]


class TestTheWordingOfAnActionIsNotTheAction:
    @pytest.mark.parametrize(
        "text",
        [
            "On 1 October 2026 the banner text is published here for comments.",
            "1 de octubre de 2026: publicación del texto del banner.",
            "Am 1. Oktober 2026 wird der Bannertext hier veröffentlicht.",
            "Le 1er octobre 2026, le texte du bandeau sera publié ici.",
            "Il 1 ottobre 2026 pubblicheremo qui il testo del banner.",
        ],
    )
    def test_dates_no_action(self, catalog, text):
        roles = [r for _, r in _roles(catalog, text)]
        assert len(roles) == 1 and roles[0] not in (DateRole.ACTION_STARTS, DateRole.ACTION_ENDS)

    def test_the_action_beside_its_text_is_still_dated(self, catalog):
        text = "The banner runs from 5 to 11 October 2026; its banner text is below."
        assert [r for _, r in _roles(catalog, text)] == [DateRole.ACTION_STARTS, DateRole.ACTION_ENDS]
