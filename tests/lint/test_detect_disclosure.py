"""Disclosure: asked for only from someone acting for an organisation; a volunteer is fine."""

from __future__ import annotations

import pytest

from advocacy_cli.rules.detectors.disclosure import read_disclosure


class TestAVolunteersDisclosure:
    @pytest.mark.parametrize(
        "text",
        [
            "I am a volunteer and write this in my own name.",
            "I'm just a long-time volunteer editor who cares about this.",
            "Ich bin ehrenamtlich aktiv und schreibe das in meiner Freizeit.",
            "Je suis bénévole, à titre personnel.",
            "Soy voluntaria y escribo a título personal.",
            "Sono un volontario e scrivo a titolo personale.",
        ],
    )
    def test_a_volunteer_is_not_asked_for_a_role(self, catalog, text):
        reading = read_disclosure(catalog, text)
        assert reading.volunteer
        assert not reading.needs_disclosure


class TestNoSignOfAnOrganisation:
    @pytest.mark.parametrize(
        "text",
        [
            "Should the English Wikipedia show a banner about the directive?",
            "Die Richtlinie betrifft auch Commons. Soll es ein Banner geben?",
            "La directive menace le domaine public. Faut-il un bandeau ?",
            "La ley afecta a Wikipedia. ¿Debemos mostrar un anuncio?",
            "La legge riguarda anche Wikisource. Serve un banner?",
            "The information society directive is an initiative of the Commission.",
        ],
    )
    def test_nothing_is_asked(self, catalog, text):
        reading = read_disclosure(catalog, text)
        assert reading.acting_for is None and not reading.needs_disclosure


class TestSomeoneActingForAnOrganisation:
    @pytest.mark.parametrize(
        ("text", "evidence"),
        [
            ("We write on behalf of our members to ask for a banner.", "on behalf of"),
            ("Our members ask the community to consider a banner.", "Our members"),
            ("Ich schreibe im Auftrag des Vereins und bitte um ein Banner.", "im Auftrag des"),
            ("Unsere Mitglieder bitten um eine Stellungnahme.", "Unsere Mitglieder"),
            ("Nos membres demandent un bandeau.", "Nos membres"),
            ("Escribo en nombre de la asociación.", "en nombre de"),
            ("I nostri soci chiedono un banner.", "I nostri soci"),
            ("Posted by [[User:Jane (WMDE)|Jane (WMDE)]].", "(WMDE)"),
        ],
    )
    def test_an_incomplete_disclosure_is_asked_for(self, catalog, text, evidence):
        reading = read_disclosure(catalog, text)
        assert reading.evidence == evidence
        assert reading.needs_disclosure

    @pytest.mark.parametrize(
        "text",
        [
            "I write on behalf of the Open Knowledge association, where I am policy officer; this is paid work.",
            "Ich schreibe im Auftrag des Vereins Freies Wissen e. V. als Referentin; die Arbeit ist bezahlt.",
            "J'écris au nom de l'association, où je suis chargée de plaidoyer ; ce travail est rémunéré.",
            "Escribo en nombre de la asociación, donde soy coordinadora; es un trabajo remunerado.",
            "Scrivo a nome dell'associazione, in cui sono un volontario: non retribuito.",
        ],
    )
    def test_a_complete_disclosure_is_enough(self, catalog, text):
        reading = read_disclosure(catalog, text)
        assert reading.acting_for is not None
        assert reading.missing == ()

    def test_what_is_missing_is_named(self, catalog):
        reading = read_disclosure(catalog, "Our members ask for a banner. I am the campaign coordinator.")
        assert reading.missing == ("the organisation", "whether posting is paid")

    def test_an_organisation_named_in_the_disclosure_section_counts(self, catalog):
        text = "== Proposer ==\nMember of the Verein für Freies Wissen."
        reading = read_disclosure(catalog, text, disclosure=[(14, len(text))])
        assert reading.needs_disclosure and "the organisation" not in reading.missing


class TestADeniedSignIsNoSign:
    @pytest.mark.parametrize(
        "text",
        [
            "I am volunteer, my English is not perfect, sorry. I am not paid by anybody.",
            "I'm a volunteer and a researcher; my employer has no position on this and I'm not paid for it.",
            "Ich arbeite nicht für einen Verein und werde nicht bezahlt von irgendwem.",
            "Je ne travaille pour aucune association.",
            "No trabajo para ninguna organización.",
            "Non lavoro per nessuna associazione.",
        ],
    )
    def test_no_disclosure_is_asked(self, catalog, text):
        assert not read_disclosure(catalog, text).needs_disclosure

    @pytest.mark.parametrize(
        "text",
        [
            "I work for the Open Data Network. Not paid for this post, though.",
            "I am paid by the Example Coalition to run this campaign.",
        ],
    )
    def test_a_sign_not_denied_still_counts(self, catalog, text):
        assert read_disclosure(catalog, text).acting_for is not None


class TestRolesByTheirJobTitles:
    @pytest.mark.parametrize(
        "text",
        [
            "I work for the Open Scholarship Network as its policy lead; this is part of my paid job.",
            "I work for the Example Foundation as head of communications, and I am paid for this.",
            "Ich arbeite für den Verein Freies Wissen e. V. als Mitarbeiterin und werde dafür bezahlt.",
            "Je travaille pour l'association Exemple comme salariée, rémunérée pour ce travail.",
            "Trabajo para la asociación Ejemplo como empleada; es trabajo remunerado.",
            "Lavoro per l'associazione Esempio come collaboratrice, retribuita per questo.",
        ],
    )
    def test_a_job_title_is_a_role(self, catalog, text):
        reading = read_disclosure(catalog, text)
        assert reading.acting_for is not None
        assert "your role" not in reading.missing


class TestDenialsAreWholeWords:
    @pytest.mark.parametrize(
        "text",
        [
            "No. I work for the Example Network as coordinator, paid.",
            "I work for the Open Scholarship Network as its policy lead; paid.",
            "We need it. I work for the Nepal Example Society as manager, paid.",
        ],
    )
    def test_a_word_cut_by_the_window_is_no_negation(self, catalog, text):
        assert read_disclosure(catalog, text).acting_for is not None

    def test_a_denial_at_the_start_of_the_text_counts(self, catalog):
        assert read_disclosure(catalog, "Not paid by anyone.").acting_for is None


class TestInstitutionsAndTheirJobs:
    @pytest.mark.parametrize(
        "text",
        [
            "I'm digital curator at the Riverside Library Archive and paid by them for this work.",
            "Ich bin Kuratorin am Stadtmuseum Beispielstadt und werde dafür bezahlt.",
            "Je suis archiviste à la bibliothèque municipale, rémunérée pour ce projet.",
        ],
    )
    def test_a_disclosure_naming_the_institution_and_the_job_is_complete(self, catalog, text):
        assert not read_disclosure(catalog, text).needs_disclosure


class TestActingForInOtherWords:
    @pytest.mark.parametrize(
        "text",
        [
            "Wir vom Netzwerk Digitale Grundrechte möchten einen Banner vorschlagen.",
            "Für unsere Kampagne suchen wir Unterstützung; ich koordiniere die Online-Aktionen.",
            "Desde nuestra plataforma queremos proponer un banner; yo me encargo de la relación con comunidades.",
            "Como responsable de comunicación de la Fundación Saber Libre, propongo un banner.",
            "Comme chargée de plaidoyer de l'association Exemple, je propose un bandeau.",
            "Come coordinatrice della rete Esempio propongo un banner.",
            "I write as policy lead of the Open Data Coalition.",
        ],
    )
    def test_is_a_sign_of_acting_for_an_organisation(self, catalog, text):
        assert read_disclosure(catalog, text).acting_for is not None

    @pytest.mark.parametrize(
        "text",
        [
            "Wir von der Redaktion Portal:Recht haben das besprochen.",
            "Desde nuestra experiencia como editores, esto afecta a Commons.",
        ],
    )
    def test_a_group_of_editors_is_not_an_organisation(self, catalog, text):
        reading = read_disclosure(catalog, text)
        assert not reading.needs_disclosure or not reading.strong


class TestStaffOfAWikimediaOrganisationInTheirOwnWords:
    """A chapter or user group named by its name, a job done "as part of my work", count."""

    @pytest.mark.parametrize(
        "text",
        [
            "Ich arbeite hauptamtlich bei Wikimedia Deutschland im Team Politik und Recht und schreibe hier "
            "im Rahmen dieser bezahlten Tätigkeit.",
            "Trabajo como coordinadora de políticas públicas en Wikimedia México (puesto remunerado) y escribo "
            "aquí por ese trabajo.",
            "I'm Dana, campaigns coordinator at the Free Net Coalition, and I am posting this as part of my job there.",
            "Je suis chargée de plaidoyer chez Wikimédia France et j'écris ici dans le cadre de mon travail.",
            "Lavoro come responsabile advocacy presso Wikimedia Italia e scrivo qui nell'ambito del mio lavoro.",
            "I work for Wikimedia UK as policy officer; this post is part of my paid work.",
        ],
    )
    def test_the_disclosure_is_complete(self, catalog, text):
        reading = read_disclosure(catalog, text)
        assert reading.acting_for is not None
        assert reading.missing == ()

    @pytest.mark.parametrize(
        "text",
        [
            "Die Bilder liegen auf Wikimedia Commons.",
            "All Wikimedia projects are affected.",
            "Los proyectos Wikimedia se verían afectados.",
        ],
    )
    def test_the_projects_are_no_organisation(self, catalog, text):
        assert read_disclosure(catalog, text).acting_for is None

    @pytest.mark.parametrize(
        "text",
        [
            "Trabajo como técnica en el capítulo Wikimedia Ejemplo (es mi trabajo remunerado).",
            "Lavoro come tecnica per Wikimedia Italia, è il mio lavoro retribuito.",
            "I work as a technician for Wikimedia UK; this is my paid job.",
            "Ich arbeite als Technikerin bei Wikimedia Deutschland, das ist bezahlte Arbeit.",
        ],
    )
    def test_working_as_something_names_the_role(self, catalog, text):
        reading = read_disclosure(catalog, text)
        assert reading.acting_for is not None and reading.missing == ()


class TestADeniedEmployerIsNoSign:
    @pytest.mark.parametrize(
        "text",
        [
            "Wir schreiben beide als ehrenamtliche Autoren; keiner von uns arbeitet für Wikimedia Deutschland.",
            "We both write as volunteers; neither of us works for Wikimedia UK or any campaign group.",
            "Escribimos como voluntarios; ninguno de los dos trabaja para Wikimedia España.",
            "Scriviamo come volontari; nessuno di noi lavora per Wikimedia Italia.",
            "Nous écrivons comme bénévoles ; aucun de nous ne travaille pour Wikimédia France.",
        ],
    )
    def test_in_the_disclosure_section_either(self, catalog, text):
        reading = read_disclosure(catalog, text, disclosure=[(0, len(text))])
        assert not reading.needs_disclosure

    @pytest.mark.parametrize(
        "text",
        [
            "I'm not a lawyer, but I work for Wikimedia UK and write this for them.",
            "Ich bin kein Jurist, aber ich arbeite für Wikimedia Deutschland.",
            "No soy abogada, pero trabajo para Wikimedia España.",
        ],
    )
    def test_a_denial_in_another_clause_denies_nothing(self, catalog, text):
        assert read_disclosure(catalog, text).acting_for is not None


class TestActingForInTheWordsOfAGroup:
    @pytest.mark.parametrize(
        "text",
        [
            "Nous, au Collectif Données Libres, proposons un logo pour la journée.",
            "Come Coalizione Italiana Diritti Digitali abbiamo lanciato una campagna.",
            "Unsere Agentur hat den Bannertext bereits vorbereitet.",
            "Our agency has already drafted the banner text.",
            "Nuestra agencia ya ha preparado el texto del banner.",
            "Il nostro ufficio stampa ha già scritto il comunicato.",
        ],
    )
    def test_is_a_sign_of_acting_for_an_organisation(self, catalog, text):
        assert read_disclosure(catalog, text).acting_for is not None

    @pytest.mark.parametrize(
        "text",
        [
            "Ich arbeite als Referentin für Urheberrecht beim Forum Digitale Allmende e. V. und schreibe das im "
            "Rahmen meiner bezahlten Tätigkeit.",
            "Ich bin Referent des Vereins Freies Wissen Nord und werde dafür bezahlt.",
            "Ich arbeite als Justiziarin beim Verband der Bibliotheken, das hier ist bezahlte Arbeit.",
        ],
    )
    def test_a_registered_association_is_named(self, catalog, text):
        reading = read_disclosure(catalog, text)
        assert reading.acting_for is not None and reading.missing == ()
