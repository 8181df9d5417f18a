# ------------------------------------------------------------------ Operation Lightning Thunder and the LRA's Christmas massacres (UN noon briefing transcript, 2009-01-02)
d = "page_lra_garamba_unbriefing.txt"
# No row: UN banner, menu, department line, title, date, "The following is a near-verbatim transcript ...",
# greeting, "**" headings, "I will start with the statement ..." (lead-in), ADVERTISEMENT, journalists' own words
# ("Does the UN have any independent confirmation?", "Any reaction?" ...), "Guests at Noon" lead-in and the guests'
# introduction, "Thank you very much.", "* *** *", "For information media", Related, print/e-mail, copyright.
U(d, "The Secretary-General strongly condemns the killing of civilians by the Lord's Resistance Army", "brought to justice.",
  ("United Nations", C, neg, "Lord's Resistance Army", "statement read by the Deputy Spokesperson = United Nations; condemnation + justice (rule 1)"))
U(d, "The Secretary-General calls on the forces taking part in the current operation", "the affected population.",
  ("United Nations", T, neu, "", "protection of civilians + humanitarian access, no judgement; three forces -> target empty"))
U(d, "According to the Office for the Coordination of Humanitarian Affairs (OCHA), at least 189 people", "fled Faradje alone.",
  ("United Nations", N, neg, "", "OCHA = United Nations (name files); toll and displacement figures, no blame in the sentence"))
U(d, "The UN Mission in the country, MONUC, airlifted a company of Congolese soldiers", "deployed in the area.",
  ("United Nations", S, neu, "Democratic Republic of the Congo", "MONUC = United Nations (UN mission); airlift and supplies for the Congolese army = backing by act"))
U(d, "MONUC says it is worried that the rebels,", "no permanent presence.",
  ("United Nations", N, neg, "", "worry without an appeal = neutral, negative"))
U(d, "The UN Children's Fund (UNICEF) says it is deeply troubled by reports", "immediate release.",
  ("UNICEF", T, neg, "", "concern + appeal for the children's release = calling_for_talks; addressed to 'everyone with influence' -> target empty"))
U(d, "The UN refugee agency (UNHCR) reports that more than 1,000 Congolese", "now exceeds 100,000.",
  ("UNHCR", N, neg, "", "refugee and displacement figures"))
U(d, "And the World Food Programme (WFP) says it has begun airlifting", "roads are secure.",
  ("World Food Programme", S, pos, "", "food aid delivered = supporting; to the population, target empty"))
U(d, "Outside the UN system, Caritas Congo, the Catholic aid network, says", "church compounds around Dungu.",
  ("Caritas Congo", N, neg, "", "aid network under its own name; death toll and displaced, no blame in the sentence"))
U(d, "The head of Caritas Congo, Bruno Miteyo, asked the Congolese authorities", "at the worst moment.",
  ("Caritas Congo", C, neg, "Democratic Republic of the Congo", "appeal for protection + 'left alone at the worst moment' = reproach to the authorities (rule 1, unsure: could be calling_for_talks)"))
U(d, "Médecins Sans Frontières says its teams in Dungu have treated", "without delay.",
  ("Médecins Sans Frontières", T, neg, "", "wounds treated + appeal for access to the wounded, no judgement"))
U(d, "Michele, I mean Marie, the Ugandan army says the joint offensive has destroyed", "camps in Garamba.",
  ("Uganda", N, neu, "", "position of Uganda reported inside a journalist's question; own strike reported as done = neutral; the journalist is not an actor"))
U(d, "As you know, the operation is being conducted by the armed forces of Uganda", "not taking part in it.",
  ("United Nations", N, neu, "", "the Deputy Spokesperson on MONUC's role = facts; the first sentence of the answer is a non-answer (no row)"))
U(d, "Uganda's army spokesman, Major Paddy Ankunda, said on Monday that the rebels", "for the killings.",
  ("Uganda", C, neg, "Lord's Resistance Army", "reported inside a question; accusation by describing the killing of civilians + blame on Kony"))
# No row: "The figures I gave you from OCHA include Doruma." and "I would not want to get ahead of the investigations ..." (non-answers).
U(d, "President Museveni said in Kampala that the operation will go on", "captured or killed.",
  ("Uganda", C, neg, "Lord's Resistance Army", "announced continuation of an operation against another side = condemning; Kampala = place"))
# No row: "I would refer you to the statement I read at the start of the briefing." (non-answer).
U(d, "There are also reports that the Ugandan Government has said the door", "if Kony comes out.",
  ("Uganda", T, neu, "Lord's Resistance Army", "offer to let Kony sign the peace agreement = calling_for_talks, reported in a question"))
U(d, "Mr. Chissano has been in touch with the Ugandan Government", "the best way out.",
  ("United Nations", T, pos, "", "the UN envoy's contacts and his belief in the Juba agreement = calling_for_talks"))
U(d, "The Government in Kinshasa, through its spokesman, Minister Lambert Mende, has said", "threatens its people.",
  ("Democratic Republic of the Congo", C, neg, "Lord's Resistance Army", "Lambert Mende = DRC (name files); vow to pursue the rebels = announced operation; 'Kinshasa' here a place of the Government"))
U(d, "Congolese army officers in Dungu told MONUC on Wednesday that some 40 abducted children", "since the start of the operation.",
  ("Democratic Republic of the Congo", N, pos, "", "FARDC officers = DRC; rescued abductees = facts"))
U(d, "The Government has rejected that criticism, saying its troops", "first attacks were reported.",
  ("Democratic Republic of the Congo", N, neg, "", "'The Government' = the DRC by context; denial = neutral, negative"))
U(d, "The SPLA spokesman has said that its troops have been deployed along the border", "rebels' movement north.",
  ("South Sudan", N, neu, "", "SPLA = South Sudan (name files; in 2009 the army of the autonomous south); own deployment, no judgement"))
U(d, "The Government of Southern Sudan has also said that Kony chose war", "had mediated.",
  ("South Sudan", C, neg, "Lord's Resistance Army", "Government of Southern Sudan resolves to South Sudan; blame on Kony"))
U(d, "The LRA's negotiator, David Matsanga, says the LRA was nowhere near Faradje", "the armies themselves.",
  ("Lord's Resistance Army", C, neg, "", "reported in a question; denial + counter-accusation of the three armies: the accusation decides; several armies -> target empty"))
U(d, "He is also calling for a ceasefire.", "calling for a ceasefire.",
  ("Lord's Resistance Army", T, neu, "", "'He' = Matsanga; ceasefire call"))
U(d, "I would simply say that the accounts we have from survivors", "are consistent.",
  ("United Nations", N, neg, "", "implicit rebuttal of the LRA's denial with facts, no judgement word"))
# No row: "I have seen the reports.", the US question and "I have no information on that." (non-answer), the Security Council line.
U(d, "Ms. Kessler said the pattern of the attacks was familiar from northern Uganda:", "the killing to follow them.\"",
  ("Anna Kessler", N, neg, "", "researcher (invented), personal capacity; quote opened after a colon and running to the end of the paragraph = one unit; scenario and motives, no judgement"))
U(d, "She said the planners of the operation had known for months", "pay the price.",
  ("Anna Kessler", C, neg, "", "'a grave failure' = judgement of the planners (three armies) -> target empty"))
U(d, "Mr. Ojok said that for Kampala the operation was also about showing", "the Ugandan public.",
  ("Samuel Ojok", N, neu, "", "lecturer (invented); Uganda's interests, Kampala and Kinshasa as subjects of the analysis, not speakers"))
U(d, "\"There are three ways this ends:", "he said.",
  ("Samuel Ojok", N, neg, "", "quote with a list after a colon, closed by the speaker; scenarios"))
U(d, "He urged the three armies and MONUC to agree at once", "a way to do so.",
  ("Samuel Ojok", T, neu, "", "appeal to protect towns and keep the peace agreement open; several parties -> target empty"))
U(d, "I said it should have been planned around the people who live there.", "who live there.",
  ("Samuel Ojok", C, neg, "", "answer in the Q&A after 'I did not say that.' (no row): reproach of the operation's planning, no actor named (unsure: could be neutral)"))
