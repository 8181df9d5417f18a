from common import Page
P = Page("page_malawi_chizuma_arrest2022_presidency.html")
DOC = P.doc
S = P.S
M = "Malawi"
LIST = ["United States", "United Kingdom", "European Union", "Ireland"]
ROWS = [
(S("Fellow Malawians, today we join the rest of the world"), M, "neutral", "neutral", "", "the President's own statement: occasion and campaign, facts"),
(S("I want to thank our cooperating partners"), M, "supporting", "positive", "", "gratitude to several partners -> target empty"),
(S("Let me also say, with equal clarity"), M, "condemning", "negative", "", "threat against officials who shield the corrupt or intimidate investigators (the arrest implied); no named actor -> target empty"),
(S("The Commission of Inquiry that I appointed on Tuesday"), M, "neutral", "positive", "", "procedure + pledge to publish"),
(S("I therefore call upon every Malawian to report corruption"), M, "neutral", "positive", "", "domestic civic appeal, no peaceful or diplomatic course asked of a party -> neutral (unsure)"),
(S("this afternoon met heads of diplomatic missions accredited to Malawi"), M, "neutral", "neutral", "", "briefing the envoys: act reported, no judgement"),
(S("The President assured the envoys that Government's resolve"), M, "neutral", "positive", "", "reassurance about its own conduct"),
] + [
(S("The heads of mission, among them the representatives"), a, "neutral", "negative", "", "listed missions: one row per listed actor; concern at the manner of the arrest, no appeal and no actor judged by name") for a in LIST
] + [
(S("They welcomed the President's swift decision"), a, "supporting", "positive", M, "'They' = the listed heads of mission; welcome of the inquiry + support for the anti-corruption effort") for a in LIST
] + [
(S("In exercise of the powers conferred upon him"), M, "neutral", "neutral", "", "appointment of the commission: procedure"),
(S("The Commission will establish the facts leading to the arrest"), M, "neutral", "neutral", "", "terms of reference"),
(S("The Commission has been asked to submit its report"), M, "neutral", "neutral", "", "procedure"),
(S("Government is relieved that Ms Martha Chizuma was set free"), M, "neutral", "negative", "", "Kazako's statement = Malawi; the police are an organ of the same state -> no target; relief + unease without an appeal in this sentence"),
(S("Government expects the Inspector General of Police"), M, "calling_for_talks", "neutral", "", "demand for an explanation from its own police (like a demand for an investigation); unsure: domestic demand, could be neutral"),
(S("Titus Mvalo, informed the National Assembly this morning"), M, "neutral", "negative", "", "justice minister: release reported + denial of the Executive's part"),
(S("Government has noted remarks made in the National Assembly"), "Democratic Progressive Party", "condemning", "negative", M, "Nankhumwa, Leader of Opposition (DPP) in December 2022, insinuates the Executive knew: implicit accusation"),
(S("Government wishes to state categorically"), M, "neutral", "negative", "", "denial"),
(S("One of the leaders of this campaign should have been sitting"), M, "neutral", "negative", "", "three-sentence quote closed by 'said the President'; distances himself from the arrest (disapproval of an act of his own state's police, no other actor) -> neutral, negative (unsure: could be condemning with an empty target)"),
(S("President Chakwera said a full inquiry would establish"), M, "condemning", "negative", "", "warns that whoever misused their office will face consequences (a threatened response); no named actor -> target empty"),
(S("He told the Committee that the campaign would not be knocked off course"), M, "condemning", "negative", "", "calls the arrest a crude attempt to frighten = judgement; perpetrators unnamed"),
(S("The President thanked members of the Committee"), M, "supporting", "positive", "", "thanks to its own committee (not an actor) -> target empty; directive is procedure"),
]
# Left without a row: release titles, 'Posted on' lines, captions, 'Issued by' lines, "God bless Malawi.", the signature,
# the intro line naming Kazako as the source of the statement, the morning meeting narration ("this morning met members of
# the National Integrity Committee ...") and "... was unable to attend following her arrest ..." (narration, the arrest given
# as a nominal fact).
