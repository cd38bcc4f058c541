"""Words the draft rules read structure with, in English, German, French and Spanish.

The catalogue holds what advisors tune (phrases to avoid, section names); this module holds
the grammar-like vocabulary the rules need to find an action, a duration, a date or a
disclosure, which changes only with the languages the linter supports.
"""

from __future__ import annotations

import re

FLAGS = re.IGNORECASE | re.UNICODE

# The on-site actions, by the words a draft uses for them.
ACTION_WORDS: dict[str, re.Pattern[str]] = {
    "blackout": re.compile(
        r"\b(black-?outs?|black(?:ing)? out|site-?wide shutdown|abschaltung|schwärzung|"
        r"fermeture du site|écran noir|"
        r"apag[oó]n(?:es)?|cierre del sitio)\b",
        FLAGS,
    ),
    "logo-change": re.compile(
        r"\b(logo(?:s|tipo)? (?:change|swap)|change (?:of|to) the logo|logo-?änderung|"
        r"logoänderung|changement de logo|cambio de logo(?:tipo)?|(?:altered|modified|"
        r"temporary) logo)\b",
        FLAGS,
    ),
    "banner": re.compile(
        r"\b(banners?|sitenotice|bannière|bandeaux?|bandeau|pancartas?|anuncio en la cabecera)\b",
        FLAGS,
    ),
}
CENTRALNOTICE = re.compile(r"central\s*notice", FLAGS)
FOUNDATION = re.compile(
    r"\b(wikimedia foundation|foundation|wmf|wikimedia-stiftung|stiftung|fondation wikimedia|"
    r"fondation|"
    r"fundación wikimedia|fundación)\b",
    FLAGS,
)
NEGATION = re.compile(
    r"\b(not|no|never|cannot|can't|won't|without|rather than|instead of|"
    r"nicht|kein(?:e|en)?|ohne|statt|anstelle|ne|"
    r"pas|"
    r"sans|plutôt que|au lieu d|ningún|ninguna|sin|en lugar de|nunca)\b",
    FLAGS,
)
DURATION = re.compile(
    r"\b\d+(?:[.,]\d+)?\s*(?:-\s*)?(?:h\b|hours?|hrs?|days?|weeks?|stunden|std\.?|tage[n]?|tag|"
    r"wochen?|"
    r"heures?|jours?|semaines?|horas?|d[ií]as?|semanas?)|\b(?:one|two|three|a|ein(?:e|en)?|une?|"
    r"un[ao]?)[\s-]+"
    r"(?:hour|day|week|tag|woche|jour|semaine|d[ií]a|semana)\b|\bfrom\b.{1,40}\b(?:to|until)\b|"
    r"\bvom\b.{1,40}\bbis\b|"
    r"\bdu\b.{1,40}\bau\b|\bdel\b.{1,40}\bal\b",
    FLAGS,
)
AUDIENCE = re.compile(
    r"\b(readers?|visitors?|logged[- ]out|logged[- ]in|users?|everyone|all (?:pages|visitors)|"
    r"leser(?:innen)?|besucher(?:innen)?|nicht angemeldet|angemeldet|lecteurs?|lectrices?|"
    r"visiteurs?|"
    r"non connectés?|lectores?|visitantes?|usuarios? (?:no )?registrados?|"
    r"EU|European Union|Europe|Germany|Deutschland|Österreich|Schweiz|France|Belgique|España|Spain|"
    r"Latinoamérica|country|countries|Land|Ländern|pays|país(?:es)?)\b",
    FLAGS,
)

# Disclosure: who the proposer works for, in what role, and whether it is paid.
ORGANISATION = re.compile(
    r"\b(organi[sz]ation|organisme|organización|on behalf of|i work (?:for|at)|employed by|"
    r"(?:staff|employee|member) (?:of|at)|im auftrag|arbeite (?:für|bei)|angestellt bei|"
    r"mitarbeiter(?:in)? (?:von|der|des|bei)|au nom de|je travaille (?:pour|à|chez)|"
    r"salarié(?:e)? de|"
    r"en nombre de|trabajo (?:para|en)|emplead[oa] de|association|asociación|associazione|"
    r"verein|collectif|colectivo|coalition|coalición|(?:soy|je suis|ich bin) (?:\w+ )?"
    r"(?:miembro|socia|socio|voluntari[oa]|membre|mitglied|bénévole) (?:de|der|des|von))\b",
    FLAGS,
)
ROLE = re.compile(
    r"\b(role|position|job title|officer|manager|director|coordinator|campaigner|rolle|funktion|"
    r"referent(?:in)?|leiter(?:in)?|rôle|fonction|poste|chargée?|responsable|directeur|directrice|"
    r"cargo|función|puesto|coordinador(?:a)?|director(?:a)?|treasurer|trésori(?:er|ère)|tesorer[oa]|"
    r"schatzmeister(?:in)?|spokes(?:person|man|woman)|sprecher(?:in)?|porte-parole|portavoz|"
    r"juriste|lawyer|jurist(?:in)?|abogad[oa]|vorstand|board member|président(?:e)?|presidente|"
    r"chair|secretary|secrétaire|secretari[oa]|bénévole|volunteer|voluntari[oa]|ehrenamtlich)\b",
    FLAGS,
)
PAID = re.compile(
    r"\b(paid|unpaid|volunteer(?:ing)?|salaried|bezahlt|unbezahlt|bezahlte|ehrenamtlich|vergütet|"
    r"rémunérée?s?|non rémunérée?|bénévole|salariée?|remunerad[oa]|no remunerad[oa]|pagad[oa]|"
    r"voluntari[oa])\b",
    FLAGS,
)

# Sentences that explain the effect on the projects.
PROJECT_WORDS = re.compile(
    r"\b(wikipedia|wikimedia|commons|wikisource|wikidata|our (?:projects?|articles?|editors|"
    r"readers)|"
    r"the projects?|editors|contributors|readers|autor(?:inn)?en|leser(?:innen)?|"
    r"contributeur(?:rice)?s|lecteurs|rédacteurs|editores|lectores|colaboradores)\b",
    FLAGS,
)
IMPACT_WORDS = re.compile(
    r"\b(affects?|would (?:have to|force|require|make|oblige)|threatens?|risk|impact|harm|"
    r"betrifft|betreffen|müsste|müssten|gefährdet|auswirkung(?:en)?|bedroht|"
    r"affecte(?:rait)?|obligerait|menace|devraient|devrait|impact|"
    r"afecta(?:ría)?|obligaría|amenaza|tendría que|tendrían que|repercut)\w*",
    FLAGS,
)

# Deciding somewhere that cannot decide.
DECIDE = re.compile(
    r"\b(decide[ds]?|decision|vote|voting|entscheid\w*|abstimm\w*|beschlie\w*|décid\w*|décision|"
    r"vote[rz]?|decidir|decisión|decidirá|votación|votar)\b",
    FLAGS,
)
OFF_WIKI_VENUE = re.compile(
    r"\b(mailing[- ]list|wikimedia-l|publicpolicy(?:@| list)|e-?mail list|mailingliste|"
    r"liste de diffusion|"
    r"lista de correo|user talk pages?|benutzerdiskussion(?:sseiten)?|"
    r"pages? de discussion des utilisateurs|"
    r"páginas de discusión de (?:los )?usuarios|telegram|discord|whatsapp|signal group)\b",
    FLAGS,
)

# Placeholders that templates and forms leave behind.
PLACEHOLDER = re.compile(
    r"\[(?:YOUR|INSERT|ADD|DEINE?|IHRE?|VOTRE|TU|SU|NOM|NAME|NOMBRE)\b[^\[\]\n]{0,40}\]"
    r"|\[[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ _/-]{3,}\]"
    r"|<(?:insert|your|add|einfügen|ihr[e]?|votre|insérer|insertar|tu|su)\b[^<>\n]{0,40}>"
    r"|\b(?:TODO|TBD|FIXME|XXX+|Lorem ipsum)\b"
    r"|\{\{\{[^{}|]*\}\}\}"
    r"|\bYYYY-MM-DD\b|\bDD\.MM\.YYYY\b|\bJJJJ-MM-TT\b"
    r"|\[(?:à compléter|a completar|completar|ergänzen|to be completed)\]",
    re.UNICODE,
)

# Dates: ISO and written forms in the four languages.
MONTHS: dict[str, int] = {}
for _names in (
    "january february march april may june july august september october november december",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
):
    for _index, _name in enumerate(_names.split(), start=1):
        MONTHS.setdefault(_name, _index)
MONTHS.update({"jänner": 1, "sept": 9, "setiembre": 9})
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE = re.compile(
    rf"\b(?P<iso>(?P<y1>\d{{4}})-(?P<m1>\d{{2}})-(?P<d1>\d{{2}}))\b"
    rf"|\b(?P<d2>\d{{1,2}})(?:\.|er|º)?\s*(?:de\s+)?(?P<mon2>{_MONTH})\.?\s*(?:de\s+|,\s*)?(?P<y2>\d{{4}})\b"
    rf"|\b(?P<mon3>{_MONTH})\s+(?P<d3>\d{{1,2}}),?\s+(?P<y3>\d{{4}})\b",
    FLAGS,
)
START_WORDS = re.compile(
    r"\b(start\w*|begin\w*|goes? live|run(?:s|ning)? from|from|launch\w*|beginn\w*|ab|vom|startet|"
    r"début|commence\w*|à partir du|du|inicio|comienz\w*|empieza|a partir del|desde|del)\b",
    FLAGS,
)

# A few very common words per language, to tell the draft's language.
STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the and of to is that this for with would be on are we our it by will should as",
        "de": "der die das und ist nicht ein eine zu mit für auf dass wir von den sich des im wird",
        "fr": "le la les et est des une un pour que nous dans du sur pas qui par au ce sont",
        "es": "el la los las y es que de una un para por con del en se no al lo como",
        "it": "il lo gli e è che di una un per con non del della sono alla nel",
    }.items()
}
