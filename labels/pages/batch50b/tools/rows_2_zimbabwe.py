from common import Page
P = Page("page_zimbabwe_compensationdeed2020_stateagency.txt")
DOC = P.doc
S = P.S
Z, CFU = "Zimbabwe", "Commercial Farmers Union of Zimbabwe"
ROWS = [
(S("Government yesterday signed a Global Compensation Deed", strip="HARARE -"), Z, "neutral", "neutral", "", "dateline stripped; an act reported as done (signing the deed), no judgement or appeal (unsure: settling a dispute by agreement could be read as supporting the farmers)"),
(S("The Deed was signed on behalf of Government"), Z, "neutral", "neutral", "", "the ministers sign for the state: act, procedural"),
(S("The Deed was signed on behalf of Government"), CFU, "neutral", "neutral", "", "the union signs for the former owners: act; the 'second farmers' organisation' and the valuers are unnamed -> no row"),
(S("Addressing guests who included Cabinet Ministers"), Z, "neutral", "positive", "", "'Head of State and Government' = Mnangagwa; self-praise of the deal, no other actor judged"),
(S("Let me be very clear to all Zimbabweans"), Z, "neutral", "neutral", "", "two-sentence quote closed by the speaker; policy restated (irreversible, improvements only)"),
(S("President Mnangagwa paid tribute to the late"), Z, "neutral", "negative", "", "tribute and grief for his own minister: no stance on another actor"),
(S("The President commended the Commercial Farmers Union"), Z, "supporting", "positive", CFU, "praise of the union for choosing dialogue"),
(S("He urged Zimbabwe's development partners"), Z, "calling_for_talks", "positive", "", "asking partners for financing is not supporting (labels/README: asking for help = calling_for_talks); several partners -> target empty"),
(S("Minister Ncube told the gathering that"), Z, "neutral", "neutral", "", "financing plan and schedule"),
(S("This Deed is a commitment by the State"), Z, "neutral", "positive", "", "pledge about the state's own conduct"),
(S("He explained that former farm owners whose properties"), Z, "neutral", "neutral", "", "'He' = Ncube; procedure"),
(S("Acting Minister Muchinguri-Kashiri said her Ministry"), Z, "neutral", "positive", "", "reassurance to resettled farmers"),
(S("Speaking on behalf of the former farm owners"), CFU, "supporting", "positive", Z, "'welcomed Government's readiness' = welcome of a step"),
(S("Mr Pascoe appealed to the international community"), CFU, "calling_for_talks", "neutral", "", "appeal for help to raise funds (asking for help is not supporting); addressed to many -> target empty"),
(S("In a statement posted on Twitter soon after the ceremony"), Z, "neutral", "positive", "", "permanent secretary speaks for the government; self-praise"),
(S("ZANU PF acting spokesperson Cde Patrick Chinamasa"), "ZANU-PF", "supporting", "positive", Z, "the ruling party backs the government's agreement"),
(S("Zimbabwe National Liberation War Veterans Association chairman"), "Zimbabwe National Liberation War Veterans Association", "supporting", "positive", Z, "'satisfied' with the settlement = approval"),
(S("The Zimbabwe Commercial Farmers Union, which represents"), "Zimbabwe Commercial Farmers Union", "supporting", "positive", Z, "welcome + a policy request (title deeds), no peace appeal -> supporting (labels/README: welcome with an appeal for resources is supporting)"),
(S("The opposition MDC Alliance, however, sought to cast a shadow"), "MDC Alliance", "condemning", "negative", Z, "the spokesperson's criticism ('mishandled', cannot pay nurses); 'sought to cast a shadow' is the agency's framing, not a separate statement"),
(S("Government officials who spoke to New Ziana dismissed"), Z, "condemning", "negative", "MDC Alliance", "unnamed officials of a named government -> Zimbabwe; 'opportunistic' = judgement of the opposition's remarks"),
(S("The British Embassy in Harare said in a statement"), "United Kingdom", "supporting", "positive", Z, "'a significant step' + looking forward to implementation = mild welcome; the reform expectation adds no judgement (unsure: could be neutral)"),
(S("Government's position throughout the talks was that"), Z, "neutral", "neutral", "", "restated position, no other actor judged"),
]
# Left without a row: the Shiri death narration ("The ceremony took place only hours after..."); the background paragraph
# on the land reform and "illegal sanctions" (the agency's narration, no speaker); tags and related links.
