# Hand labels, page 1 (Southern Africa, wire copy): South Africa orders Taiwan's office out of Pretoria (Oct 2024)
DOC = "page_southafrica_taiwanoffice2024_wire.txt"
SA, TW, CN = "South Africa", "Taiwan", "China"
DA, IFP = "Democratic Alliance", "Inkatha Freedom Party"
NT = "Thabo Ntuli"
C, S, N, T = "condemning", "supporting", "neutral", "calling_for_talks"

S1 = "Two parties in South Africa's governing coalition said on Wednesday they would ask cabinet to reconsider an order for Taiwan to move its representative office out of the capital Pretoria, as Taipei again refused to comply and Beijing applauded the decision."
S2 = "The Democratic Alliance, the second-largest party in the Government of National Unity, and the Inkatha Freedom Party said the Department of International Relations and Cooperation (DIRCO) had acted without consulting the other parties in the cabinet formed after May's election."

ROWS = [
    (S1, DA, T, "neutral", SA, "dateline excluded; 'two parties' = DA and IFP (named in the next sentence); asking cabinet to reconsider = appeal, no judgement in this sentence"),
    (S1, IFP, T, "neutral", SA, "as for the DA: request to reconsider, no judgement stated here"),
    (S1, TW, N, "negative", SA, "'Taipei' = Taiwan; refusal with no grievance stated in this sentence = neutral (refusals rule in labels/README); unsure: could be condemning"),
    (S1, CN, S, "positive", SA, "'Beijing applauded the decision' = approval of South Africa's step"),
    (S2, DA, C, "negative", SA, "criticism of DIRCO (= South Africa) for acting without consultation"),
    (S2, IFP, C, "negative", SA, "joint criticism, one row per party"),
    ("\"A decision of this weight should have come before cabinet before anyone put it in a letter to a foreign mission. We were not told, and we were not asked,\" said Emma Louise Powell, the DA's spokesperson on international relations, adding that the party would raise the matter at the next cabinet meeting.",
     DA, C, "negative", SA, "multi-sentence quote closed by its speaker; party spokesperson = DA; judgement on the process"),
    ("DIRCO last week confirmed that it had told the Taipei Liaison Office to relocate to Johannesburg, the country's commercial hub, and to rename itself a trade office, while South Africa's liaison office in Taipei would be renamed in the same way.",
     SA, C, "neutral", TW, "DIRCO = South Africa; order to move and rename a foreign office with a deadline = a measure taken against Taiwan (like a downgrade or expulsion); unsure: could be read as a neutral administrative step"),
    ("The department's spokesperson, Chrispin Phiri, said capital cities were by custom the seat of the embassies and high commissions of states with which South Africa kept full diplomatic relations, and that Taiwan had been given six months, not weeks, to complete the move.",
     SA, N, "neutral", "", "justification by practice and a timetable; no judgement of Taiwan"),
    ("\"Nothing has been downgraded. We are giving these offices the shape that matches what the relationship has actually been since 1997, a relationship of trade, study and people-to-people contact,\" Phiri said in a statement on Friday.",
     SA, N, "negative", "", "rebuttal of the 'downgrade' reading = denial -> neutral, negative tone by the guide (calm wording; unsure on sentiment)"),
    ("Minister of International Relations and Cooperation Ronald Lamola first raised the relocation with Chinese officials during his visit to Beijing for the Forum on China-Africa Cooperation summit in September, South African officials said.",
     SA, N, "neutral", "", "unnamed officials of a named government = South Africa; fact about its own minister's contacts"),
    ("Pretoria cut formal ties with Taipei in 1997 and switched recognition to the People's Republic of China at the start of 1998, but Taiwan has kept offices in Pretoria and Cape Town under an arrangement agreed at the time.",
     SA, N, "neutral", "", "background act of 1997 reported as done (guide: a specific act is a statement); a switch of recognition, no judgement -> neutral; unsure: background could be left without a row"),
    ("Taiwan's foreign ministry says it received the instruction on Oct 7 with a deadline of the end of this month, and that the office would otherwise be closed.",
     TW, N, "neutral", "", "facts and dates given by Taiwan"),
    ("Ministry spokesperson Jeff Liu told a news conference in Taipei on Tuesday that the demand ran against the 1997 agreement under which each side hosts the other's mission, and that the government had no intention of packing up.",
     TW, C, "negative", SA, "the demand breaks an agreement = judgement; refusal with a grievance stated"),
    ("\"Our position has not changed since the first day. The office is where it is by agreement, and one side cannot simply tear up that agreement by letter,\" Liu said.",
     TW, C, "negative", SA, "'Liu' = Taiwan's ministry spokesperson (surname only); 'tear up that agreement' = judgement"),
    ("Foreign Minister Lin Chia-lung had told lawmakers a day earlier that Taiwan had turned the request down, and that it would keep talking to Pretoria in the hope of finding a way through that left the office in the capital.",
     TW, T, "neutral", SA, "refusal joined to an offer of continued talks, no judgement = calling_for_talks (refusal with a counter-offer); 'Pretoria' = South Africa"),
    ("Officials in Taipei have said openly that they see Beijing's hand behind the order.",
     TW, C, "negative", CN, "'officials in Taipei' = officials of the Taiwanese government; blame of China (lead-in, but it carries its own accusation)"),
    ("\"This did not start in Pretoria. It started in Beijing, and it is the same pressure we see wherever Taiwan still has a door open,\" a senior Taiwanese diplomat said, speaking on condition of anonymity because the talks with South Africa were continuing.",
     TW, C, "negative", CN, "unnamed official of a named government = Taiwan; blame of China"),
    ("Taiwan has also said it may review the status of South Africa's own office in Taipei if the order is enforced, a step its diplomats describe as a matter of simple reciprocity.",
     TW, C, "negative", SA, "threatened reciprocal measure = condemning"),
    ("In 2017 Nigeria ordered Taiwan's office to move from the capital Abuja to Lagos, and Taipei complied.",
     "Nigeria", C, "neutral", TW, "background act of 2017 reported as done: the same kind of order as South Africa's (a measure against Taiwan); Taiwan's compliance is no position; unsure: background"),
    ("China's foreign ministry said last week that South Africa's decision showed it was standing firmly by the one-China principle, and that Beijing valued that stance highly.",
     CN, S, "positive", SA, "praise of South Africa's decision"),
    ("\"Those who pursue Taiwan independence will find the world has less and less room for them,\" a ministry spokesperson told a regular briefing in Beijing, urging the authorities in Taipei to stop using unofficial offices \"to carry out separatist activities\".",
     CN, C, "negative", TW, "unnamed spokesperson of the Chinese ministry = China; accusation of separatism aimed at Taipei"),
    ("Thabo Ntuli, who follows South Africa's relations with Asia at the Sandton Centre for Asian Studies, said the dispute showed the strains inside a coalition whose members had very different instincts on foreign policy.",
     NT, N, "neutral", "", "invented analyst = independent person; assessment without judgement"),
    ("\"The ANC sees China as a partner of long standing and a market it cannot afford to upset. The DA sees an order that came out of nowhere and a trading partner being pushed around. Both readings will be argued in cabinet, and the Taiwanese know it,\" Ntuli said.",
     NT, N, "neutral", "", "the analyst's reading of the parties' views; not a reported statement of the ANC or the DA, so no rows for them"),
    ("He said the real cost for Taiwan would be practical rather than symbolic, because the Pretoria office handles visas and consular work for Taiwanese citizens and companies in the northern provinces.",
     NT, N, "negative", "", "'he' = Ntuli; consequences, negative tone, no judgement"),
]
# No row (narration): "Taiwan now has only a handful of representative offices ..."; "Taiwan is among South Africa's larger trading partners ...";
# summary bullets, crossheads, headline, byline, credits and links.
