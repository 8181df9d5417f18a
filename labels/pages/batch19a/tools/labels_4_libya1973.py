# ------------------------------------------------------------------ UN Security Council adopts resolution 1973 on Libya (UN meetings coverage, 2011-03-17)
d = "page_libya_nofly_unmeetings.txt"
# Not statements: skip link, UN banner, languages, menu, organ, meeting number, press-release symbol, date, headline
# and subheadline, "Background", "Statements", meeting times, "* *** *", "For information media. Not an official
# record.", related documents, share, footer.
U(d, "The Security Council this evening demanded an immediate ceasefire", "occupation of Libyan soil.",
  ("United Nations", C, neg, "Libya", "the Council's decision = a specific act reported as done: ceasefire demand + authorisation of force against the Libyan authorities = measure/announced operation (rule 1 over the ceasefire appeal)"))
U(d, "By resolution 1973 (2011), adopted by a vote of 10 in favour", "without delay.",
  ("United Nations", C, neg, "Libya", "flight ban established = measure against the Libyan authorities; the vote count inside is procedure"))
U(d, "The Council also tightened the arms embargo", "must be frozen.",
  ("United Nations", C, neg, "Libya", "wider asset freeze and embargo = sanctions (condemning)"))
# no row: "Explaining their votes, several speakers said ... Others said they had abstained ..." (summary before the specific statements)
# no rows: meeting times; "Background" paragraph (the draft's sponsors and the earlier resolution 1970 recalled as background)
U(d, "ALAIN JUPPÉ, Minister for Foreign and European Affairs of France, said", "700,000 people.",
  ("France", C, neg, "Libya", "accusation made by describing the regime's attacks on the population (rule 4)"))
U(d, "The League of Arab States, the African Union and the Organization of the Islamic Conference had all condemned", "a no-fly zone.",
  ("Arab League", C, neg, "Libya", "positions of others reported by Juppé ('he recalled'): one row per body named; the League's request for a no-fly zone = measure"),
  ("African Union", C, neg, "Libya", "same list"),
  ("Organisation of Islamic Cooperation", C, neg, "Libya", "same list; the 2011 name (Organization of the Islamic Conference) is the same body"))
U(d, "\"We cannot stand by while civilians are crushed.", "the text was adopted.",
  ("France", C, neg, "Libya", "quote + 'adding that': announced military action against the regime = condemning"))
U(d, "NAWAF SALAM (Lebanon) said his country had co-sponsored the text", "their territory.",
  ("Lebanon", T, neu, "", "co-sponsoring a resolution to end the bloodshed and protect civilians, no judgement in the sentence = calling_for_talks (README: pursuing a UN resolution to protect civilians)"))
U(d, "MARK LYALL GRANT (United Kingdom) said the Council had answered", "there would be consequences.",
  ("United Kingdom", C, neg, "Libya", "message opened after a colon: stop or face consequences = threat"))
U(d, "He said nobody in London wanted to occupy", "choose their leaders.",
  ("United Kingdom", N, pos, "", "'He' = Lyall Grant; reassurance about its own aims = neutral, positive"))
U(d, "He paid tribute to the League of Arab States", "the Council to act.",
  ("United Kingdom", S, pos, "Arab League", "'He' = Lyall Grant; praise of the League = supporting; the League's call is only recalled (no Arab League row: its position is already reported by Juppé)"))
U(d, "SUSAN RICE (United States) said Colonel Qadhafi had left", "the world for protection.",
  ("United States", C, neg, "Libya", "accusation (no mercy to opponents); Colonel Qadhafi = Libya's government"))
U(d, "She said the resolution allowed far more", "attacking civilians.",
  ("United States", C, neg, "Libya", "authority to use force against the regime's forces = announced operation"))
U(d, "PETER WITTIG (Germany) said his Government shared the aim", "across the region.",
  ("Germany", N, neg, "", "shared aim + danger of a military operation, no appeal = concern without an appeal"))
U(d, "Berlin would not send German forces to take part", "therefore abstained.",
  ("Germany", N, neu, "", "own decision and abstention, no protest = neutral"))
U(d, "The regime had forfeited any right to rule", "sanctions against it.",
  ("Germany", C, neg, "Libya", "'lost all legitimacy' + push for sanctions = condemning (an abstainer can still condemn)"))
U(d, "MANJEEV SINGH PURI (India) said his delegation had abstained because", "enforce them or how.",
  ("India", N, neg, "", "own vote with procedural reasons, no judgement word (unsure: implicit criticism of the Council's haste)"))
U(d, "India regretted the loss of life in Libya, and urged", "he said.",
  ("India", T, neg, "", "regret + appeal for political efforts (Special Envoy, AU panel) = calling_for_talks"))
U(d, "LI BAODONG (China), speaking in his national capacity, said", "in line with the Charter.",
  ("China", T, neg, "", "speaks for China, not as Council president; concern + peaceful settlement = calling_for_talks"))
U(d, "Resorting to force in relations between States", "largely gone unanswered.",
  ("China", T, neg, "", "'opposed the use of force' as a principle aimed at no actor named + unanswered questions (unsure: in context it objects to the sponsors' use of force, could be condemning)"))
U(d, "Out of regard for the positions of Arab and African States", "and abstained, he said.",
  ("China", N, neu, "", "own vote; the Arab League and AU are objects of consideration, not speakers (no rows)"))
U(d, "MARIA LUIZA RIBEIRO VIOTTI (Brazil) said Brazil had no indulgence", "whatever its vote.",
  ("Brazil", C, neg, "Libya", "abstainer condemning the Libyan authorities"))
U(d, "She said Brazil feared that bombing would not stop the killing", "Libyan civilians.",
  ("Brazil", N, neg, "", "doubt + warning of harm, no appeal and no actor judged = neutral, negative"))
U(d, "VITALY CHURKIN (Russian Federation) said the sponsors had rushed", "use of force would stop.",
  ("Russia", C, neg, "", "judgement of the sponsors' handling ('ran against usual practice', 'brushed aside'); several sponsors -> target empty"))
U(d, "He warned that any State that took military action would have to answer", "days earlier.",
  ("Russia", C, neg, "", "holding those who act responsible for harm to civilians (cue 'fully responsible') + its own ceasefire text recalled: rule 1"))
U(d, "BASO SANGQU (South Africa) said his country welcomed", "given full support.",
  ("South Africa", T, pos, "", "welcome + appeal for the AU road map (ceasefire, dialogue), no judgement: rule 2 before rule 3"))
U(d, "JOY OGWU (Nigeria) said her delegation had voted in favour", "resolution 1970 (2011).",
  ("Nigeria", C, neg, "Libya", "accusation (civilians facing a massacre, demands ignored)"))
U(d, "The representatives of Colombia, Portugal and Bosnia and Herzegovina said", "their own population.",
  ("Colombia", C, neg, "Libya", "list of three delegations in one sentence: one row each"),
  ("Portugal", C, neg, "Libya", "same list"),
  ("Bosnia and Herzegovina", C, neg, "Libya", "same list"))
U(d, "The representative of Gabon said his country had voted in favour", "fellow African country.",
  ("Gabon", T, neu, "", "role only ('the representative of Gabon'); vote justified by the duty to protect civilians, no judgement = calling_for_talks (as Lebanon)"))
# no row: "Several delegations expressed the hope ..." (unnamed delegations)
