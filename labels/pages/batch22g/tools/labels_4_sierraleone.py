# ------------------------------------------------------------------ Sierra Leone's deadly August 2022 protests (West African news site, full HTML, 2022-08-15)
d = "page_sierraleone_protests_westafricasite.html"
# No row: top strip, logo, motto, nav, BREAKING ticker (police figure, furniture), category, headline, post meta, share,
# figcaptions with credits and "N of 3", ADVERTISEMENT, crossheads, "ALSO READ:", author box, tags, WhatsApp prompt,
# comments, TRENDING, footer.
U(d, "President Julius Maada Bio has vowed that those behind last Wednesday's deadly unrest", "investigation into the killings.",
  ("Sierra Leone", C, neg, "", "dateline excluded; long lead: vow of justice + 'attempt to overthrow' = judgement (no named target); ECOWAS and partners only as a summary clause (their own statements follow, no rows here)"))
U(d, "\"What happened on Wednesday was not a protest.", "private visit to Britain.",
  ("Sierra Leone", C, neg, "", "multi-sentence quote closed by its speaker = one unit; accusation of a power grab"))
U(d, "He said soldiers would stay on the streets alongside the police", "from the weekend.",
  ("Sierra Leone", N, neu, "", "pronoun subject = Bio; security measures and plans in crisis vocabulary, no side named = neutral"))
# No row: "Demonstrators had gathered in Freetown ..." (narration; inflation figure from no actor).
U(d, "Vice President Mohamed Juldeh Jalloh, who was in charge while Bio was abroad", "in a short broadcast.",
  ("Sierra Leone", N, neu, "", "curfew declared = own measure, no judgement in the sentence"))
U(d, "He described the people who had taken to the streets as reckless individuals", "security officers among them.",
  ("Sierra Leone", C, neg, "", "pronoun subject = Jalloh; judgement of the protesters (not a canonical actor: target empty)"))
U(d, "Inspector-General of Police William Fayia Sellu said six officers had been killed", "across the country.",
  ("Sierra Leone", N, neu, "", "police chief = Sierra Leone (Sierra Leone Police in the name files); figures"))
U(d, "The government put the overall death toll on Friday", "six police officers.",
  ("Sierra Leone", N, neu, "", "figures"))
U(d, "Youth Affairs Minister Mohamed Orman Bangura went further", "take to the streets.",
  ("Sierra Leone", C, neg, "All People's Congress", "accusation of the opposition"))
U(d, "Information Minister Mohamed Rahman Swaray denied that the government had ordered", "at the main provider.",
  ("Sierra Leone", N, neg, "", "denial = neutral, negative"))
U(d, "The APC rejected the accusation, saying in a statement signed by its national secretary-general", "neither called nor financed the protests.",
  ("All People's Congress", N, neg, "", "denial; unnamed official of a named party speaks for it"))
U(d, "The party urged its supporters to stay at home", "held without charge.",
  ("All People's Congress", T, neu, "", "'the party' = APC; appeal for calm + release of detainees, no judgement = calling_for_talks"))
U(d, "It also accused the police of firing live rounds into unarmed crowds", "should be named.",
  ("All People's Congress", C, neg, "Sierra Leone", "'It' = the APC; accusation against the police (= Sierra Leone)"))
U(d, "In a statement from its commission in Abuja, ECOWAS condemned the violence", "before the courts.",
  ("ECOWAS", C, neg, "", "condemnation + call for justice (rule 1); no side named; Abuja = place"))
U(d, "The regional bloc also appealed to all Sierra Leoneans", "through dialogue.",
  ("ECOWAS", T, neu, "", "'the regional bloc' = ECOWAS; appeal for dialogue"))
U(d, "African Union Commission chairperson Moussa Faki Mahamat said the deaths were a grave worry", "as normal life returned.",
  ("African Union", T, neg, "", "concern + appeal to stop violence and talk, with solidarity added: rule 2 before rule 3 = calling_for_talks"))
U(d, "The UN's special representative for West Africa and the Sahel, Mahamat Saleh Annadif", "sympathy to the bereaved.",
  ("United Nations", C, neg, "", "UNOWAS head = United Nations; condemnation of the bloodshed, no side named; Dakar = place"))
U(d, "He pressed the government to cool the situation quickly", "sit down together.",
  ("United Nations", T, neu, "", "pronoun subject = Annadif; appeal to de-escalate and talk"))
U(d, "Babatunde Ahonsi, the UN resident coordinator in Freetown", "people had died.",
  ("United Nations", N, neg, "", "alarm without an appeal = neutral, negative"))
U(d, "He offered the UN's services as a go-between", "its opponents together.",
  ("United Nations", T, pos, "", "offer of mediation = calling_for_talks"))
U(d, "The British High Commission said the UK was saddened by the deaths", "the police officers.",
  ("United Kingdom", T, neg, "Sierra Leone", "sadness + demand for an investigation, no judgement word = calling_for_talks"))
U(d, "The US Embassy in Freetown said it was deeply saddened", "had to be respected.",
  ("United States", T, neg, "", "appeal to reject violence + reminder to the authorities, no judgement = calling_for_talks (addressed to two parties: target empty)"))
U(d, "The European Union delegation, in a joint statement with the embassies of EU member states", "in proportion to the threat.",
  ("European Union", C, neg, "", "condemnation + demand for investigation and proportionate force (rule 1); joint statement issued by the delegation = one EU row (member states unnamed)"))
U(d, "Amnesty International said it had verified videos", "unlawful use of lethal force.",
  ("Amnesty International", C, neg, "Sierra Leone", "accusation of unlawful lethal force by the police"))
U(d, "On Saturday Bio met ambassadors at State House and thanked ECOWAS", "the presidency said.",
  ("Sierra Leone", S, pos, "", "thanks to three bodies = approval (target empty: several actors); attribution tail"))
U(d, "Fatmata Sesay-Conteh, a governance researcher at a Freetown policy institute", "before a general election.",
  ("Fatmata Sesay-Conteh", N, neg, "", "independent researcher: risks"))
U(d, "\"If the arrests fall only on one side", "she said.",
  ("Fatmata Sesay-Conteh", N, neg, "", "scenario, no judgement"))
U(d, "Ibrahim Kargbo, a lecturer in African politics at a British university", "treated as a crime.",
  ("Ibrahim Kargbo", C, neg, "Sierra Leone", "'had been a mistake' = judgement of the government's choice"))
U(d, "He said he hoped a credible, independent inquiry into every death", "a place on it.",
  ("Ibrahim Kargbo", T, pos, "", "hope for an inclusive inquiry = calling_for_talks"))
# No row: the Kissy trader (unnamed resident); commenters.
