"""Canonical URLs of the policies and guides the rules rest on."""

CANVASS = "https://en.wikipedia.org/wiki/Wikipedia:Canvassing"
MEAT = "https://en.wikipedia.org/wiki/Wikipedia:Sockpuppetry#Meatpuppetry"
SOAP = (
    "https://en.wikipedia.org/wiki/Wikipedia:What_Wikipedia_is_not"
    "#Wikipedia_is_not_a_soapbox_or_means_of_promotion"
)
NPOV = "https://en.wikipedia.org/wiki/Wikipedia:Neutral_point_of_view"
COI = "https://en.wikipedia.org/wiki/Wikipedia:Conflict_of_interest"
PAID = "https://en.wikipedia.org/wiki/Wikipedia:Paid-contribution_disclosure"
TERMS = "https://foundation.wikimedia.org/wiki/Policy:Terms_of_Use"
# Accounts named after an organisation, and accounts several people share (role accounts).
USERNAME = "https://en.wikipedia.org/wiki/Wikipedia:Username_policy"
SIGNATURES = "https://en.wikipedia.org/wiki/Wikipedia:Signatures"
RFC = "https://en.wikipedia.org/wiki/Wikipedia:Requests_for_comment"
WRITING_RFC = "https://en.wikipedia.org/wiki/Wikipedia:Writing_requests_for_comment"
CONSENSUS = "https://en.wikipedia.org/wiki/Wikipedia:Consensus"
GUIDE = "https://meta.wikimedia.org/wiki/Asking_Wikimedians_To_Support_Advocacy"
ADVOCACY_POLICY = (
    "https://foundation.wikimedia.org/wiki/Policy:Use_of_Wikimedia_sites_for_advocacy_purposes/en"
)
CENTRALNOTICE = "https://meta.wikimedia.org/wiki/CentralNotice/Request"
VRT = "https://meta.wikimedia.org/wiki/Volunteer_Response_Team"
WIKITEXT = "https://www.mediawiki.org/wiki/Help:Formatting"
TALK_PAGES = "https://en.wikipedia.org/wiki/Wikipedia:Talk_page_guidelines"
META_RFC_2024 = (
    "https://meta.wikimedia.org/wiki/Requests_for_comment/"
    "Community_consensus_for_blackouts_and_other_advocacy"
)
