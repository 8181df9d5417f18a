# ------------------------------------------------------------------ The Wharf Jérémie massacre in Cité Soleil, Haiti (UN noon briefing transcript,
# 2024-12-09), with notes on Syria and Sudan and a question on the Golan
d = "page_haiti_wharfjeremie_massacre2024_unbriefing.txt"
# Not statements: site bar, breadcrumb, title, date, the transcript note, the ** topic heads, "Good afternoon. I will start with Syria ...",
# the journalists' questions as such, "Thank you", the programming note, the disclaimer, related documents, follow-us line.
MSS = "Multinational Security Support mission"
U(d, "Our Special Envoy, Geir Pedersen, is in contact", "in the coming days.",
  ("United Nations", T, neu, "", "the envoy's contacts and travel = mediation (calling_for_talks)"))
U(d, "The Secretary-General continues to stress that the transition must be Syrian-led", "institutions of the State.",
  ("United Nations", T, neu, "", "Secretary-General's position relayed by the Spokesperson; appeal to avoid bloodshed and protect civilians"))
U(d, "Our humanitarian colleagues tell us that they have paused", "remains open.",
  ("United Nations", N, neu, "", "operational facts"))
U(d, "Turning to Haiti, the Secretary-General condemns the slaughter", "in Port-au-Prince.",
  ("United Nations", C, neg, "", "condemnation of the killings; the gang is unnamed and not canonical -> target empty"))
U(d, "He sends his sympathy to the bereaved families and to the people of Haiti.", "the people of Haiti.",
  ("United Nations", S, neg, "Haiti", "condolences = solidarity with the people (supporting), tone of grief"))
U(d, "He asks the Haitian authorities to investigate without delay", "answer for them in court.",
  ("United Nations", T, neu, "Haiti", "appeal for an investigation and accountability, no judgement of the authorities = calling_for_talks (as demands for an inquiry)"))
U(d, "He once again appeals to Member States to fund and equip the Multinational Security Support mission", "respect for human rights.",
  ("United Nations", S, neu, MSS, "appeal to others to fund and equip the mission = backing of the mission (unsure: an appeal for aid on behalf of a third party)"))
U(d, "He also presses all Haitian stakeholders to move the political transition forward", "more quickly.",
  ("United Nations", T, neu, "", "appeal on the political process, no judgement"))
U(d, "Our colleagues at the UN Integrated Office in Haiti (BINUH) tell us", "through witchcraft.",
  ("United Nations", N, neu, "", "BINUH = United Nations; reported motive, facts"))
U(d, "The Special Representative, María Isabel Salvador, said she was horrified", "for far too long.",
  ("United Nations", N, neg, "", "horror + 'abandoned to the rule of the gangs' with no actor named = alarm without a judgement on an actor"))
U(d, "The High Commissioner for Human Rights, Volker Türk, said the killings brought", "in Haiti this year.",
  ("United Nations", N, neu, "", "toll given by an actor = neutral"))
U(d, "In his words, impunity has become the oxygen of the gangs", "finance and arm them.",
  ("United Nations", C, neg, "", "speaker carried across a paragraph ('In his words' = Türk); demand to cut off the gangs' backers = a measure against unnamed actors (unsure: could be neutral)"))
U(d, "Our humanitarian colleagues from the Office for the Coordination of Humanitarian Affairs (OCHA) say", "as access allows.",
  ("United Nations", S, neu, "", "offer of assistance to the displaced = supporting"))
U(d, "Quickly on Sudan, our colleagues tell us that fighting", "kill and injure civilians.",
  ("United Nations", N, neg, "", "facts, no culprit named"))
U(d, "The World Food Programme says it has reached some areas of the Zamzam camp", "famine spreading.",
  ("World Food Programme", S, neu, "", "aid delivered (backing by act) + need for more"))
U(d, "On Haiti, the Government of Prime Minister Alix Didier Fils-Aimé said in a statement today", "authors of the massacre.",
  ("Haiti", C, neg, "", "a journalist's question reporting an actor's position is that actor's statement (README); pledge to hunt down and punish = announced operation against the gang (target not canonical)"))
U(d, "Well, the Government has made a commitment and we take it at its word.", "at its word.",
  ("United Nations", N, pos, "", "acknowledgement of the pledge, no approval or appeal"))
U(d, "We stand ready to support the Haitian authorities in any way we can", "human rights work.",
  ("United Nations", S, pos, "Haiti", "offer of support"))
U(d, "But let's be realistic: the police are understaffed", "support for the mission.",
  ("United Nations", S, neg, MSS, "facts + the recurring appeal for support for the mission (as above)"))
# Question "The mission led by Kenya ... Kenyan officers are reported to have complained ..." = unnamed officers, about their own pay: no row.
U(d, "I would not use that word.", "that word.",
  ("United Nations", N, neu, "", "rejects the journalist's characterisation = a denial (neutral)"))
U(d, "The men and women of the mission are doing difficult work", "pay tribute to them.",
  ("United Nations", S, pos, MSS, "praise of the mission's personnel"))
U(d, "The issue is simply that the mission has only a fraction", "remains largely empty.",
  ("United Nations", N, neg, "", "facts"))
U(d, "Several Council members, including the United States, have spoken of turning the mission", "peacekeeping operation.",
  ("United States", T, neu, "", "reported in a question; proposing a UN operation = pursuing a UN course (README); the other members are unnamed"))
U(d, "The Secretary-General has presented the Council with options", "Council to decide.",
  ("United Nations", N, neu, "", "procedural line"))
U(d, "What he has said clearly is that whatever arrangement is chosen", "predictable funding.",
  ("United Nations", N, neu, "", "condition stated for any arrangement, no actor addressed (unsure)"))
U(d, "Stéphane, Pierre Espérance of the National Human Rights Defense Network told reporters", "Cité Soleil to the gangs.",
  ("National Human Rights Defense Network", C, neg, "Haiti", "position reported inside a question; 'blamed the authorities' = condemning"))
# "I am not going to comment on what others say." = refusal to comment, no row.
U(d, "I think the facts on the ground speak for themselves", "documenting what happened.",
  ("United Nations", N, neu, "", "procedure; no judgement taken"))
U(d, "Nadège Saint-Fleur, a sociologist at the State University of Haiti, wrote", "never arrives.",
  ("Nadège Saint-Fleur", C, neg, "", "invented scholar (person) reported in a question; reproach to donors (no single actor) -> target empty"))
U(d, "We have been saying, for months, that the pledges need to become cash.", "become cash.",
  ("United Nations", S, neg, MSS, "the pledges are the mission's: appeal to pay them = backing of the mission, impatient tone"))
# "And a quick one, is there any contact ...?" / "No. Next question." = question and bare answer, no row.
U(d, "On Syria, the Israeli army said today it had moved forces", "on the Golan.",
  ("Israel", N, neu, "", "the army speaks for its state; own move reported as done, no judgement"))
U(d, "The peacekeepers have made clear to the Israeli authorities", "other than UNDOF.",
  ("United Nations", T, neg, "Israel", "reminder of the agreement addressed to one side, no judgement word = calling_for_talks (README's demand to one side)"))
U(d, "The Secretary-General calls on all parties to stick to the terms of that agreement", "free of troops.",
  ("United Nations", T, neu, "", "appeal to all parties"))
