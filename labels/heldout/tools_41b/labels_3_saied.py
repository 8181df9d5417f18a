# ------------------------------------------------------------------ Tunisia: Saied's remarks on sub-Saharan migrants and the reactions (scraped regional daily, 2023-03-08)
d = "page_saied_migrants_speech2023_maghrebdaily.txt"
# Not statements: masthead, menu, breadcrumb, headline, byline, share line, [Photo n of 3] captions, ADVERTISEMENT,
# crossheads, Related lines, tags, most read, comments, newsletter prompt, copyright.
U(d, "Guinea-Bissau's President Umaro Sissoco Embalo said in Tunis on Wednesday", "across the continent.",
  ("Guinea-Bissau", S, pos, "Tunisia", "lead: a head of state on a bilateral visit (not speaking for ECOWAS) defends Saied = backing"))
U(d, "\"Tunisia is an African country and it has always opened its doors", "talks at Carthage Palace.",
  ("Guinea-Bissau", S, pos, "Tunisia", "multi-sentence quote closed by the speaker; defence of the host"))
U(d, "Saied told his guest that Tunisia would not accept anyone being mistreated", "he was himself an African.",
  ("Tunisia", N, pos, "", "reassurance about own conduct = neutral, positive"))
U(d, "The row began on 21 February, when Saied told a meeting of the National Security Council", "character of Tunisian society.",
  ("Tunisia", C, neg, "", "the speech reported: blames irregular migration as a scheme = judgement; aimed at migrants/unnamed plotters -> target empty"))
# "In the days that followed, dozens of migrants reported ..." = narration with no named source, no row.
U(d, "Moussa Faki Mahamat, the chairperson of the African Union Commission, said on 24 February", "to tell him so.",
  ("African Union", C, neg, "Tunisia", "judgement without a stock word + summoning the envoy = taken response"))
U(d, "It called on all member states to protect migrants on their soil", "out of public life.",
  ("African Union", T, neu, "", "'It' = the Commission; appeal to all members to protect migrants, no judgement in the sentence"))
U(d, "Tunisia's foreign ministry replied the next day that it was surprised by the statement", "legally in the country.",
  ("Tunisia", N, neg, "African Union", "rejects the AU's reading = denial, neutral, negative"))
U(d, "Foreign Minister Nabil Ammar went further in an interview with French radio", "never had to meet.",
  ("Tunisia", C, neg, "", "charge of a double standard against critics and European governments = judgement; several -> target empty (unsure: could be read as denial)"))
U(d, "On Sunday the presidency announced that legal residents from sub-Saharan countries", "chose to leave.",
  ("Tunisia", N, neu, "", "measures announced for migrants' benefit, no judgement"))
U(d, "Guinea was the first country to bring its citizens home", "about 50 people on board.",
  ("Guinea", N, neu, "", "repatriation of its own nationals, no judgement (unsure: consular help is not aid to another actor)"))
U(d, "\"Many of the people I met were afraid to leave their rooms", "Kouyate said on his return.",
  ("Guinea", N, neg, "", "description of fear, no judgement and no appeal"))
U(d, "Ivory Coast's government spokesman, Amadou Coulibaly, said some 1,300 citizens", "settle back at home.",
  ("Ivory Coast", N, neu, "", "figures and a grant for its own returnees"))
U(d, "None of the 145 passengers on the first Abidjan flight", "he said.",
  ("Ivory Coast", N, neu, "", "figure, attribution tail"))
U(d, "Mali's embassy in Tunis said transitional president Colonel Assimi Goita", "150 Malians.",
  ("Mali", N, neu, "", "embassy reports the president's order; repatriation plan"))
U(d, "Senegal's foreign ministry said it was following the situation of its nationals closely", "wished to return.",
  ("Senegal", N, neu, "", "monitoring + registration, no appeal, no judgement"))
U(d, "The World Bank said on Monday that it had put its partnership talks with Tunisia on hold", "since the speech.",
  ("World Bank", C, neg, "Tunisia", "a measure (talks paused) + blame for harassment after the speech"))
U(d, "Malpass said the residence cards and fee waivers announced by Carthage were welcome", "in the street.",
  ("World Bank", S, pos, "Tunisia", "welcome of the measures, with a condition but no judgement or appeal = supporting (unsure)"))
U(d, "The U.N. human rights office urged the Tunisian authorities", "without legal grounds.",
  ("United Nations", T, neg, "Tunisia", "appeal to condemn, investigate and release, no judgement word = calling_for_talks"))
U(d, "The U.S. State Department said it was deeply troubled by the remarks and called on Tunisia", "international obligations.",
  ("United States", T, neg, "Tunisia", "concern + appeal to protect migrants = calling_for_talks"))
U(d, "At home, Romdhane Ben Amor, spokesman for the Tunisian Forum for Economic and Social Rights, said", "one speech had done.",
  ("Tunisian Forum for Economic and Social Rights", C, neg, "Tunisia", "judgement of the president ('handed a licence to racists')"))
U(d, "\"The cards and the waivers are something.", "he said.",
  ("Tunisian Forum for Economic and Social Rights", C, neg, "Tunisia", "multi-sentence quote; blames the government's silence"))
U(d, "Hatem Mrabet, a political scientist at the University of Sousse, said Saied had underestimated", "beyond Tunisia.",
  ("Hatem Mrabet", N, neg, "", "invented scholar; reading of the affair, no explicit judgement"))
U(d, "\"In Carthage, this was a speech about national security.", "Mrabet said.",
  ("Hatem Mrabet", N, neu, "", "analysis"))
U(d, "He said Tunis now needed African friends more than it realised", "anger to fade.",
  ("Hatem Mrabet", T, neu, "Tunisia", "appeal to send ministers to the capitals = diplomatic course, calling_for_talks"))
U(d, "Nabila Massrali, a spokeswoman for the European Union's foreign service, said", "colour of their skin.",
  ("European Union", T, neg, "Tunisia", "raised with Tunis + expectation addressed to the authorities = appeal, no judgement word"))
