# ------------------------------------------------------------------ JNIM attack on the Faladie gendarmerie school and Bamako airport zone (regional daily, scraped, 2024-09-20)
d = "page_mali_faladie_attack2024_regionaldaily.txt"
# Not statements: masthead, date/e-paper line, breadcrumb, section, headline and standfirst (the standfirst carries a
# position of the region; the body carries the specific statements), byline, share bar, photo caption with "1 of 4" and
# credit, crossheads, ADVERTISEMENT, "Related:", tags, reader comments, most read, copyright.
U(d, "Three days after gunmen struck the gendarmerie school in Faladié", "the army has not acknowledged.",
  ("Mali", N, pos, "", "dateline excluded; long lede: narration + the authorities' reassurance (neutral, positive); the group's claim, not named here, is summarised and given its row where JNIM is named"))
# "The attacks began shortly before dawn on Tuesday, ..." = narration, no row.
U(d, "The Group for the Support of Islam and Muslims (JNIM), al-Qaeda's affiliate in the Sahel, said", "destroyed several aircraft.",
  ("JNIM", N, neu, "", "claim of its own attack reported as done, no judgement = neutral"))
# "The authorities have still not published a toll." = narration (non-answer), no row.
U(d, "The general staff of the Malian Armed Forces (FAMa) said on Tuesday evening", "had been neutralised.",
  ("Mali", N, neg, "", "losses and outcome given by the army = neutral, negative in tone"))
U(d, "In a second communiqué, the general staff rejected as fabricated the figures", "either site.",
  ("Mali", N, neg, "", "denial of the group's figures = neutral, negative"))
U(d, "The chief of general staff of the armed forces, General Oumar Diarra, who visited the school", "the information they needed.",
  ("Mali", T, neu, "", "appeal for restraint towards communities (no reprisals) + cooperation with investigators = calling_for_talks; no judgement"))
# "His appeal came after videos circulated ..." = narration, no row.
U(d, "The government spokesman, Colonel Abdoulaye Maïga, said in a statement read on national television", "would answer for it.",
  ("Mali", C, neg, "", "threat against planners and unnamed foreign sponsors -> target empty (JNIM not named in the sentence; several parties)"))
U(d, "Maïga added that fifteen suspects had been arrested", "were continuing.",
  ("Mali", N, neu, "", "surname only; facts of the investigation"))
# "Mali's partners in the Confederation of Sahel States were the first to speak." = summary line, no row.
U(d, "Niger's head of state, General Abdourahamane Tiani, sent his condolences", "work of the Confederation.",
  ("Niger", C, neg, "", "condolences + accusation of terrorists and unnamed foreign backers: the judgement decides (rule 1); several parties -> target empty"))
U(d, "Tiani hailed the Malian soldiers", "the two sites.",
  ("Niger", S, pos, "Mali", "praise of the Malian forces = supporting"))
U(d, "In Ouagadougou, the presidency of Burkina Faso said Captain Ibrahim Traoré had called", "Burkinabe people.",
  ("Burkina Faso", S, pos, "Mali", "reported clause: a call expressing solidarity = supporting"))
U(d, "Senegal's Ministry of African Integration and Foreign Affairs said in a communiqué", "destabilise its neighbour.",
  ("Senegal", C, neg, "JNIM", "condemnation of the attacks (claimed by JNIM) + rejection of any effort to destabilise Mali"))
U(d, "The ministry also said Senegal's thoughts were with the Malian people", "stand by Bamako.",
  ("Senegal", S, pos, "Mali", "solidarity = supporting"))
U(d, "ECOWAS, which Mali announced in January it was leaving", "every community in the region.",
  ("ECOWAS", C, neg, "JNIM", "condemnation of the attacks claimed by JNIM"))
U(d, "The regional bloc also asked outside partners to put more resources", "against armed groups.",
  ("ECOWAS", S, pos, "", "'The regional bloc' = ECOWAS; an appeal for more resources for the Sahel states' war (arms/money, not peace) = supporting, no single target (unsure: asking others for aid could be read as not supporting)"))
U(d, "Guinea and Mauritania condemned the attacks in separate statements.", "in separate statements.",
  ("Guinea", C, neg, "JNIM", "list of two states: one row each"),
  ("Mauritania", C, neg, "JNIM", "same sentence, second state"))
U(d, "Morocco's foreign ministry expressed the hope", "return to Mali.",
  ("Morocco", T, pos, "", "hope that stability returns = calling_for_talks"))
U(d, "The chairperson of the African Union Commission, Moussa Faki Mahamat, condemned the attacks", "countries of the Sahel.",
  ("African Union", C, neg, "JNIM", "condemnation + appeal for solidarity: the judgement decides (rule 1)"))
U(d, "UN Secretary-General António Guterres, through his spokesperson, condemned", "families of the victims.",
  ("United Nations", C, neg, "JNIM", "condemnation through the spokesperson"))
U(d, "Russia's foreign ministry denounced what it called a barbaric terrorist act", "security and defence capacity.",
  ("Russia", C, neg, "JNIM", "judgement + continued security aid to Mali: the judgement decides (rule 1)"))
U(d, "The U.S. Embassy in Bamako, which advised its staff and citizens to shelter in place", "monitoring the situation.",
  ("United States", N, neu, "", "advice to its own citizens + monitoring, no appeal to the parties = neutral"))
U(d, "For Fatoumata Sangaré, a researcher at the West African Institute for Conflict Research", "as an operation.",
  ("Fatoumata Sangaré", N, neu, "", "invented analyst; 'For X, ...' attribution; reading of the attack, no judgement"))
U(d, "\"The group wanted to show that it can hit the capital", "she said.",
  ("Fatoumata Sangaré", N, neu, "", "analysis of the group's aims"))
U(d, "Sangaré said the authorities' communication, which had for months described", "burning hangars.",
  ("Fatoumata Sangaré", C, neg, "Mali", "judgement on the authorities' claims, without stock words"))
U(d, "Lassana Diakité, a mechanic whose workshop faces the school, said", "sealed off the street.",
  ("Lassana Diakité", N, neu, "", "invented named witness; account of events"))
U(d, "\"We want our children to go back to school without fear", "he said.",
  ("Lassana Diakité", T, neg, "", "wish for peace = calling_for_talks"))
