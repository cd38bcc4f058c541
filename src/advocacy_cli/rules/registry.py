"""The rules, declared once: names and severities are part of the contract (SPEC.md)."""

from __future__ import annotations

from advocacy_cli.errors import UserError
from advocacy_cli.findings import Severity
from advocacy_cli.rules import policies as p
from advocacy_cli.rules.base import Rule, Target
from advocacy_cli.validation import did_you_mean

BOTH = frozenset({Target.ANSWERS, Target.DRAFT})
DRAFT = frozenset({Target.DRAFT})
ANSWERS = frozenset({Target.ANSWERS})

RULES: tuple[Rule, ...] = (
    Rule(
        name="wikitext-syntax",
        severity=Severity.ERROR,
        targets=DRAFT,
        summary="Unbalanced {{ }} or [[ ]], unclosed tags, comments or tables, malformed headings.",
        explanation=(
            "MediaWiki never refuses a page: broken markup is shown as stray brackets, swallows the "
            "headings after it, or hides the rest of the page inside an unclosed comment. Readers then "
            "see a broken proposal, and a broken proposal is not taken seriously. The check follows "
            "MediaWiki's own pairing rules, such as an unclosed [[ inside a template."
        ),
        policies=(p.WIKITEXT,),
        example_fail="== Proposal ==\n{{rfc|policy\nShould we run a banner? ~~~~",
        example_pass="== Proposal ==\n{{rfc|policy}}\nShould we run a banner? ~~~~",
    ),
    Rule(
        name="missing-summary",
        severity=Severity.ERROR,
        targets=DRAFT,
        summary="No neutral question or summary before the first subsection.",
        explanation=(
            "A request for comment opens with a brief, neutral question or summary, signed, before "
            "any background or argument. Many editors read only that opening and the notices repeat "
            "it, so it must stand on its own and ask something specific."
        ),
        policies=(p.WRITING_RFC, p.RFC),
        example_fail="== Banner about the directive ==\n=== Background ===\nThe directive ... ~~~~",
        example_pass=(
            "== Banner about the directive ==\nShould the project run a 48-hour banner about the "
            "directive for readers in the EU? ~~~~\n=== Background ===\nThe directive ..."
        ),
    ),
    Rule(
        name="unsigned",
        severity=Severity.ERROR,
        targets=DRAFT,
        summary="The proposal is not signed with ~~~~.",
        explanation=(
            "Discussion posts are signed with four tildes, which the wiki turns into the poster's "
            "user name and a timestamp. An unsigned proposal hides who is asking and when, and some "
            "communities remove unsigned votes and proposals."
        ),
        policies=(p.SIGNATURES,),
        example_fail="== Proposal ==\nShould the project run a banner about the directive?",
        example_pass="== Proposal ==\nShould the project run a banner about the directive? ~~~~",
    ),
    Rule(
        name="undisclosed-affiliation",
        severity=Severity.ERROR,
        targets=BOTH,
        summary="The organisation, the proposer's role or paid status is not disclosed.",
        explanation=(
            "The Terms of Use require anyone paid for their contributions to disclose their employer "
            "and affiliation, and conflict-of-interest guidance asks everyone to state their "
            "connection. A proposal from an advocacy organisation must say which organisation, in what "
            "role, and whether posting it is part of a paid job; otherwise it is read as stealth "
            "lobbying."
        ),
        policies=(p.TERMS, p.PAID, p.COI),
        example_fail="=== Proposer ===\nI am a volunteer who cares about this. ~~~~",
        example_pass=(
            "=== Proposer ===\nOrganisation: Open Knowledge Network. Role: policy officer. "
            "Paid: yes, posting this is part of my job. ~~~~"
        ),
    ),
    Rule(
        name="loaded-wording",
        severity=Severity.WARNING,
        targets=BOTH,
        summary="Loaded or shouting wording in the heading or the question.",
        explanation=(
            "The heading and the question are what every notice repeats. ALL CAPS, strings of "
            "exclamation marks, and words such as 'evil' or 'everyone agrees' read as campaigning and "
            "turn editors against a proposal that may be sound. State the question plainly and keep "
            "your arguments for your own comment in the discussion."
        ),
        policies=(p.WRITING_RFC, p.NPOV, p.CANVASS),
        example_fail="== STOP THIS EVIL LAW!!! ==\nEveryone agrees we must black out. ~~~~",
        example_pass=(
            "== RfC: Banner about the Online Platforms Liability Directive ==\n"
            "Should the project run a 48-hour informational banner about the directive? ~~~~"
        ),
    ),
    Rule(
        name="canvassing",
        severity=Severity.ERROR,
        targets=BOTH,
        summary="Mass, partisan or secret notification; telling people how to vote; user-talk blasts.",
        explanation=(
            "Notices about a discussion must be few, neutral, sent to a non-partisan audience and made "
            "in the open. Posting on many user talk pages, picking recipients by their opinions, "
            "telling people how to vote, or coordinating by email or chat is canvassing: the closer "
            "discounts the comments it brings and the proposal loses credibility."
        ),
        policies=(p.CANVASS,),
        example_fail="Please tell our supporters to come and vote Support at [[WP:VPR]]. ~~~~",
        example_pass="A neutral notice will be left at [[WP:CENT]]; comments are welcome. ~~~~",
    ),
    Rule(
        name="meatpuppetry",
        severity=Severity.ERROR,
        targets=BOTH,
        summary="Recruiting supporters to create accounts or join in order to vote.",
        explanation=(
            "Bringing in people, on or off the wiki, to create accounts and take one side of a "
            "discussion is prohibited. Newcomers acting together are treated as one voice, their "
            "comments carry little weight, and the attempt can end the proposal."
        ),
        policies=(p.MEAT, p.CONSENSUS),
        example_fail="Ask your members to create an account and vote for the banner. ~~~~",
        example_pass="The discussion is open to established editors of this project. ~~~~",
    ),
    Rule(
        name="contact-address",
        severity=Severity.ERROR,
        targets=BOTH,
        summary="Asking people to email the projects' contact addresses or the volunteer response team.",
        explanation=(
            "The projects' info addresses are answered by the Volunteer Response Team, volunteers who "
            "help readers with individual problems. They cannot decide anything, and flooding them "
            "with campaign email takes them away from that work. Proposals are decided on the wiki."
        ),
        policies=(p.VRT, p.GUIDE),
        example_fail="Send an email to info@wikimedia.org to demand a blackout. ~~~~",
        example_pass="Comments are welcome in the discussion below. ~~~~",
    ),
    Rule(
        name="off-mission",
        severity=Severity.WARNING,
        targets=BOTH,
        summary="A cause outside the topics of interest (an error for endorsing a candidate or party).",
        explanation=(
            "Wikimedians act together on causes tied to the free-knowledge mission: the public "
            "domain, copyright and freedom of panorama, censorship and blocking, laws that threaten "
            "the projects, access to knowledge and privacy. Other causes, however worthy, divide "
            "editors and risk the projects' neutrality. The Foundation may not support or oppose "
            "political candidates, so endorsing a candidate or party is an error."
        ),
        policies=(p.GUIDE, p.SOAP, p.ADVOCACY_POLICY),
        example_fail="== RfC: Banner asking readers to vote for the candidate of the Green party ==",
        example_pass="== RfC: Banner about the copyright directive's upload filters ==",
    ),
    Rule(
        name="no-alternatives",
        severity=Severity.ERROR,
        targets=BOTH,
        summary="A banner, logo change or blackout proposed with no alternatives considered.",
        explanation=(
            "Banners, logo changes and blackouts change what every reader sees, so communities "
            "expect them only when less disruptive actions were weighed: a blog post, a statement by "
            "the chapter, main-page curation, a consultation response. Say which you considered and "
            "why they are not enough."
        ),
        policies=(p.GUIDE, p.ADVOCACY_POLICY),
        example_fail="=== Proposed action ===\nA 24-hour blackout of the site. ~~~~",
        example_pass=(
            "=== Proposed action ===\nA 24-hour blackout of the site. ~~~~\n"
            "=== Alternatives considered ===\n* A blog post: it reaches few readers."
        ),
    ),
    Rule(
        name="short-deadline",
        severity=Severity.ERROR,
        targets=BOTH,
        summary="Too little time for consensus, or for the action's lead times (an error under 7 days).",
        explanation=(
            "Consensus takes time: a request for comment usually runs for 30 days, and a discussion "
            "shorter than a week is seen as rushed, as the criticised 2018 votes were. On top of that, "
            "an advocacy banner needs a CentralNotice request at least 14 days ahead and a legal "
            "review. Under 7 days is an error; under the venue's usual length plus the action's lead "
            "time is a warning."
        ),
        policies=(p.RFC, p.CENTRALNOTICE, p.CONSENSUS),
        example_fail=(
            "=== Timeline ===\n* This discussion opens: 1 April 2027\n* The banner starts: 4 April 2027"
        ),
        example_pass=(
            "=== Timeline ===\n* This discussion opens: 1 April 2027\n* The banner starts: 1 September 2027"
        ),
    ),
    Rule(
        name="missing-scope",
        severity=Severity.ERROR,
        targets=BOTH,
        summary="An on-site action without its duration or who sees it.",
        explanation=(
            "A banner, logo change or blackout is judged by its size: when it starts, how long it "
            "lasts, and who sees it (logged-out readers, one country, every project). The Foundation's "
            "advocacy policy sets maximum durations, so the proposal must state them."
        ),
        policies=(p.ADVOCACY_POLICY,),
        example_fail="=== Proposed action ===\nA banner about the directive.",
        example_pass=(
            "=== Proposed action ===\nA banner about the directive, for 48 hours from 28 June 2027 "
            "00:00 UTC, shown to logged-out readers in the EU."
        ),
    ),
    Rule(
        name="article-advocacy",
        severity=Severity.ERROR,
        targets=BOTH,
        summary="Asking to change article content to promote the cause.",
        explanation=(
            "Articles follow the neutral point of view; Wikipedia is not a soapbox. A proposal may "
            "ask for banners or notices around the content, or for neutral coverage of the issue, "
            "but never for articles to be edited to promote a side."
        ),
        policies=(p.SOAP, p.NPOV),
        example_fail="We ask editors to add a call to action against the bill to the article. ~~~~",
        example_pass="WikiProject Law may want to improve the neutral coverage of the bill. ~~~~",
    ),
    Rule(
        name="missing-impact",
        severity=Severity.WARNING,
        targets=BOTH,
        summary="No explanation of how the cause affects the projects.",
        explanation=(
            "Communities act on causes that directly affect the projects, their editors or their "
            "readers. A proposal that does not explain that link reads as a request to lend the "
            "site's reach to someone else's campaign."
        ),
        policies=(p.GUIDE,),
        example_fail="=== Background ===\nThe directive is bad. ~~~~",
        example_pass=(
            "=== Why this matters to the project ===\nCommons would have to filter uploads "
            "against rightsholder lists."
        ),
    ),
    Rule(
        name="missing-centralnotice",
        severity=Severity.WARNING,
        targets=DRAFT,
        summary="A banner proposed without the CentralNotice request and Foundation notification.",
        explanation=(
            "Since 2026 advocacy banners must run through CentralNotice, requested on Meta at least "
            "14 days ahead, and some uses need the Foundation to be notified and a legal review. A "
            "banner proposal should say that these steps are planned."
        ),
        policies=(p.ADVOCACY_POLICY, p.CENTRALNOTICE),
        example_fail="=== Proposed action ===\nA 48-hour banner for readers in the EU.",
        example_pass=(
            "=== Proposed action ===\nA 48-hour banner for readers in the EU, requested at "
            "[[m:CentralNotice/Request]] once there is consensus; the Foundation will be notified."
        ),
    ),
    Rule(
        name="wrong-venue",
        severity=Severity.WARNING,
        targets=BOTH,
        summary="A decision planned on a mailing list, on user talk pages, or at a venue that cannot decide it.",
        explanation=(
            "Each community decides what happens on its own site, on the wiki, at its village pump or "
            "formal decision page. A mailing list can test an idea but cannot decide a banner, and "
            "neither the Foundation nor a chapter can decide a community's blackout; they can issue "
            "statements and help with consultations."
        ),
        policies=(p.GUIDE, p.META_RFC_2024, p.CENTRALNOTICE),
        example_fail="We will decide on the banner on the wikimedia-l mailing list.",
        example_pass="The decision will be taken here, at the village pump, by consensus.",
    ),
    Rule(
        name="unedited-placeholder",
        severity=Severity.ERROR,
        targets=DRAFT,
        summary="Template text left unfilled in the draft.",
        explanation=(
            "Text such as [YOUR ORGANISATION], TODO, XXX or <insert date> tells readers the proposal "
            "was not finished, and it cannot be posted as it is."
        ),
        policies=(p.GUIDE,),
        example_fail="Organisation: [YOUR ORGANISATION] ~~~~",
        example_pass="Organisation: Open Knowledge Network ~~~~",
    ),
    Rule(
        name="language-mismatch",
        severity=Severity.WARNING,
        targets=BOTH,
        summary="The draft's language differs from the target wiki's.",
        explanation=(
            "Each language community discusses in its own language. A proposal in another language "
            "reaches fewer editors and reads as an outsider's request; write it in the wiki's language, "
            "or ask a local editor or the chapter to help. In the answers it also reports the "
            "organisation's own texts (summary, impact, details, audience, reasons) that are in another "
            "language than a target's draft: the draft quotes them as written, marked as untranslated, "
            "and they should be translated before posting."
        ),
        policies=(p.GUIDE,),
        example_fail=(
            "== RfC: Banner zur Richtlinie ==\n{{rfc|policy}}\nSoll die englischsprachige Wikipedia "
            "für die Leser in der EU ein Banner zeigen? Die Richtlinie würde die Plattformen für die "
            "Uploads haften lassen, und das betrifft auch die Autoren, die Leser und die Bilder. ~~~~"
        ),
        example_pass=(
            "== RfC: Banner about the directive ==\n{{rfc|policy}}\nShould the English Wikipedia "
            "show a banner to readers in the EU? The directive would make the platforms liable for "
            "the uploads, and that affects the editors, the readers and the images as well. ~~~~"
        ),
    ),
)

RULES_BY_NAME: dict[str, Rule] = {rule.name: rule for rule in RULES}


def get_rule(name: str) -> Rule:
    """Return the rule called ``name``; raise UserError naming close matches."""
    try:
        return RULES_BY_NAME[name]
    except KeyError:
        raise UserError(f"no such rule: '{name}'{did_you_mean(name, RULES_BY_NAME)}") from None
