# ------------------------------------------------------------------ Detention of Mali's transition president and PM at Kati (African news site, full HTML, 2021-05-25)
d = "page_mali_ndaw_ouane_kati2021_africansite.html"
# Not statements: top bar, masthead, nav, breadcrumb, kicker, headline, standfirst (carries the partners' demand and
# Goita's claim, but the body repeats both), byline, figcaptions with credits and "1 of 3", crossheads, ADVERTISEMENT,
# credit line, tags, share bar, related list, reader comments, most read, footer.
# "Mali's West African neighbours and its Western partners on Tuesday demanded ..." = lede summarising the partners' demand before the
# specific statements of the third paragraph, speakers not named: summary line, no row.
# "Defence Minister Souleymane Doucoure was also detained, according to relatives and diplomats." = fact from unnamed sources, no row.
U(d, "In a joint statement released late on Monday, ECOWAS, the African Union", "would not be recognised.",
  ("ECOWAS", C, neg, "Mali", "joint statement by a list of bodies and states: one row each; condemnation + warning of non-recognition; target = the Malian military (Mali)"),
  ("African Union", C, neg, "Mali", "same joint statement"),
  ("United Nations", C, neg, "Mali", "same joint statement (MINUSMA = UN)"),
  ("France", C, neg, "Mali", "same joint statement"),
  ("United States", C, neg, "Mali", "same joint statement"),
  ("United Kingdom", C, neg, "Mali", "same joint statement"),
  ("Germany", C, neg, "Mali", "same joint statement"),
  ("European Union", C, neg, "Mali", "same joint statement"))
# "The reshuffle had removed Colonels Sadio Camara and Modibo Kone ..." = background, no row.
U(d, "Vice-President Colonel Assimi Goïta said in a statement read on national television", "from their functions.",
  ("Mali", C, neg, "", "the junta speaks for Mali; accusation that the president and PM broke the charter + their removal; target = Malian leaders, not a separate actor -> empty"))
U(d, "The statement said the transition would continue", "as scheduled.",
  ("Mali", N, pos, "", "reassurance about its own plans = neutral, positive"))
U(d, "An officer close to the vice-president insisted that no coup had taken place", "\"for their own safety\".",
  ("Mali", N, neg, "", "unnamed officer tied to the Malian leadership speaks for Mali; denial of a coup = neutral, negative"))
U(d, "United Nations Secretary-General António Guterres wrote on Twitter", "keep a cool head.",
  ("United Nations", T, neg, "Mali", "concern + appeal for calm and release, no judgement word = calling_for_talks"))
U(d, "His special representative in Bamako, he added, was working with ECOWAS", "transition on course.",
  ("United Nations", T, neu, "", "attribution in the middle ('he added'); mediation work = calling_for_talks"))
U(d, "The chairperson of the African Union Commission, Moussa Faki Mahamat, and the president of the ECOWAS Commission", "set for the transition.",
  ("African Union", C, neg, "Mali", "joint text of two bodies: one row each; judgement ('broke every rule')"),
  ("ECOWAS", C, neg, "Mali", "same joint text"))
U(d, "They told the soldiers to leave politics to the civilians", "return to their posts.",
  ("African Union", T, neg, "Mali", "'They' = Faki and Brou; a demand to one side with no judgement word = calling_for_talks, negative"),
  ("ECOWAS", T, neg, "Mali", "same sentence, second body"))
U(d, "Nigeria's foreign ministry described the detentions as an affront", "Ferdinand Nwonye.",
  ("Nigeria", C, neg, "Mali", "judgement ('affront'); attribution tail naming the spokesman"))
U(d, "Former Nigerian president Goodluck Jonathan, the ECOWAS mediator for Mali, arrived", "straight to Kati.",
  ("ECOWAS", T, neu, "", "the mediator's mission reported as an act (sent to mediate) = calling_for_talks (unsure: could be narration of a trip)"))
U(d, "Jonathan told reporters at the airport that he had come to listen", "agreed transition.",
  ("ECOWAS", T, neu, "", "surname only; mediation = calling_for_talks"))
U(d, "French President Emmanuel Macron, speaking in Brussels after a summit of EU leaders, said", "second coup in nine months.",
  ("France", C, neg, "Mali", "threat of targeted sanctions + 'second coup' = condemning"))
U(d, "The summit's conclusions said the leaders condemned the arrests", "behind them.",
  ("European Union", C, neg, "Mali", "EU summit conclusions: condemnation + readiness for measures"))
U(d, "U.S. State Department spokesperson Ned Price said Washington condemned", "Mali's armed forces.",
  ("United States", C, neg, "Mali", "condemnation + threatened review of cooperation"))
U(d, "Britain's minister for Africa, James Duddridge, wrote that the soldiers' action", "its neighbours.",
  ("United Kingdom", C, neg, "Mali", "judgement without a stock word ('grave setback')"))
# "Russia took a softer line." = summary line, no row.
U(d, "The Russian foreign ministry said Moscow was following the events closely and hoped", "framework of the transition.",
  ("Russia", T, neu, "", "monitoring + hope for a peaceful settlement = calling_for_talks"))
U(d, "Senegal's foreign ministry said it was following the situation in Bamako with deep concern.", "with deep concern.",
  ("Senegal", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Algeria, which sponsored the 2015 peace agreement", "the transition and the accord.",
  ("Algeria", T, pos, "", "hope that gains are preserved = calling_for_talks"))
U(d, "Kadiatou Sissoko, a political scientist at the Sahelian Institute for Political Studies", "evicted at will.",
  ("Kadiatou Sissoko", C, neg, "Mali", "invented scholar; judgement on the colonels without stock words"))
U(d, "\"Regional leaders should talk to Kati directly and quickly", "she said.",
  ("Kadiatou Sissoko", T, neu, "", "appeal for direct talks; Kati = the junta"))
U(d, "In Bamako's Grand Marché, trader Boubacar Sidibé said", "streets were calm.",
  ("Boubacar Sidibé", N, neu, "", "invented named witness; scene description"))
U(d, "\"We have lived through this before; what we want is that they settle it", "he said.",
  ("Boubacar Sidibé", T, neg, "", "wish that the sides settle it among themselves = calling_for_talks"))
