# ------------------------------------------------------------------ ELN car bomb at the General Santander cadet school, Bogota (wire copy, 2019-01-19)
d = "page_bogota_cadetschool_bombing2019_wire.txt"
# Not statements: site name, menu, UPDATE headline, byline, read time, time stamp, four bullets, dateline 'BOGOTA, Jan 19 (CPS) - ',
# ADVERTISEMENT, capitals crossheads, reporting credits, Related Coverage, Our Standards, tags, most read, copyright.
U(d, "Colombian President Ivan Duque on Friday called off peace talks", "while planning killings.",
  ("Colombia", C, neg, "ELN", "long wire lead: ending talks + arrest order + the charge that the ELN played for time = measures and a judgement"))
U(d, "\"The ELN has shown Colombia that it never came to the table", "on Friday night.",
  ("Colombia", C, neg, "ELN", "judgement without a stock word (bad faith at the table); quote closed by its speaker"))
U(d, "\"There will be no more patience for a group", "with dynamite.\"",
  ("Colombia", C, neg, "ELN", "quote continued after the attribution, same speaker; a warning/threat"))
U(d, "Duque said he had lifted the suspension of arrest warrants", "hand them to Colombian police.",
  ("Colombia", C, neg, "ELN", "measure against the ELN (warrants, request to detain); the request to Cuba is procedural, the measure decides"))
# "The Nissan pickup ..." and "Twenty people were killed ..." = narration and toll from no named source, no row.
U(d, "Defence Minister Guillermo Botero told a news conference on Friday", "known inside the group as \"Mocho Kiko\".",
  ("Colombia", N, neu, "", "identity of the driver given as a fact; the sentence does not itself say the ELN ordered the attack (unsure: could be condemning ELN)"))
U(d, "Chief Prosecutor Nestor Humberto Martinez said investigators had traced", "arrested in Bogota.",
  ("Colombia", N, neu, "", "facts of the investigation given by an official"))
# "Cuba, which hosts the stalled talks ..., did not say whether ..." = non-answer, no row.
U(d, "Foreign Minister Bruno Rodriguez wrote on Twitter on Saturday", "negotiations break down.",
  ("Cuba", N, neu, "", "procedure: will follow the signed protocols; an implicit refusal of Bogota's request with no judgement and no appeal (unsure: could be read as calling_for_talks)"))
# "Those protocols, signed under former President ..." = background, no row.
U(d, "On Thursday the Cuban foreign ministry had sent condolences", "the ministry said in a statement.",
  ("Cuba", S, pos, "Colombia", "condolences + standing with the Colombian people = solidarity; attribution tail"))
U(d, "Colombia's Foreign Minister Carlos Holmes Trujillo said on Saturday", "without delay.",
  ("Colombia", C, neg, "ELN", "'authors of a massacre' = judgement; the demand on Havana follows from it (rule 1)"))
U(d, "Norway's Foreign Minister Ine Eriksen Soereide said her government", "closed for good.",
  ("Norway", T, pos, "", "guarantor's procedure + hope that negotiation stays possible: a hope = calling_for_talks"))
# "The ELN leadership had not commented ..." = non-answer, no row.
U(d, "United Nations Secretary-General Antonio Guterres condemned the bombing", "his spokesman said in a statement.",
  ("United Nations", C, neg, "", "condemnation with no culprit named -> target empty; condolences secondary"))
U(d, "The U.N. Security Council said in a press statement that the people who organised", "work with Colombian investigators.",
  ("United Nations", C, neg, "", "perpetrators must answer in court = judgement on the attackers (unnamed) + request to cooperate; rule 1"))
U(d, "Organization of American States Secretary General Luis Almagro called the attack", "stood firmly with Colombia.",
  ("Organization of American States", C, neg, "", "'cowardly crime' = judgement; solidarity with Colombia secondary (rule 1); no culprit named"))
U(d, "U.S. Secretary of State Mike Pompeo condemned the bombing on Twitter", "the network behind the attack.",
  ("United States", C, neg, "", "condemnation + offer of investigators (backing by act): rule 1 makes it condemning; no culprit named"))
U(d, "The European Union's foreign policy chief, Federica Mogherini, said the bloc stood by Colombia", "in a statement issued by her office.",
  ("European Union", S, pos, "Colombia", "solidarity + continued support for peace efforts, no judgement; attribution tail"))
U(d, "Ecuador's President Lenin Moreno said one of the dead was an Ecuadorean cadet", "flown home on Sunday.",
  ("Ecuador", N, neu, "", "fact and plan given by a head of state"))
U(d, "Panama's President Juan Carlos Varela said two of the 45 Panamanian police cadets", "in stable condition.",
  ("Panama", N, neu, "", "casualty figures given by an actor"))
U(d, "In Caracas, Venezuela's foreign ministry issued a statement condemning", "moved freely across the border.",
  ("Venezuela", C, neg, "", "condemns the attack (no culprit named) + rejects any link to its territory: judgement decides over the denial (rule 1); Caracas = place"))
# "Colombian officials have long accused Caracas ..., a charge the Venezuelan government denies." = vague background, no row.
U(d, "Rodrigo Londono, the leader of the FARC party", "the families of the cadets.",
  ("FARC", C, neg, "", "Londono (Timochenko) = FARC in the name files; 'a blow against everyone who worked to end the war' = judgement without a stock word; no named culprit"))
U(d, "\"Those who planted this bomb have dug a grave", "Londono wrote on Twitter.",
  ("FARC", C, neg, "", "judgement of the bombers (not named)"))
# "Duque, who took office in August, had already frozen the talks ..." = background, no row.
U(d, "Camila Restrepo, who studies the ELN", "in an awkward position.",
  ("Camila Restrepo", N, neu, "", "invented researcher; assessment of consequences, no judgement"))
U(d, "\"The government has every reason to be furious, but tearing up the protocols", "Restrepo said.",
  ("Camila Restrepo", C, neg, "Colombia", "judgement of the government's choice without a stock word"))
U(d, "She said the ELN's federated structure meant", "answer for it politically.",
  ("Camila Restrepo", C, neg, "ELN", "holds the ELN politically responsible (unsure: mostly analysis, could be neutral)"))
U(d, "\"What the country needs now is an investigation", "she said.",
  ("Camila Restrepo", T, neu, "", "appeal for an inquiry and an open channel for talks, no judgement"))
U(d, "Hernan Salcedo, who runs a bakery two blocks from the academy", "to the street.",
  ("Hernan Salcedo", N, neg, "", "invented witness; what he saw"))
U(d, "\"They were kids, most of them younger than my son,\" he said.", "he said.",
  ("Hernan Salcedo", N, neg, "", "grief, no position on an actor"))
# "A march against the attack is planned ..." = narration, no row.
