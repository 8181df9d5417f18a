# ------------------------------------------------------------------ Myanmar shells at Ghumdhum, Bangladesh summons the envoy (state news agency, 2022-09-04)
d = "page_bangladesh_ghumdhum_shells2022_statemedia.txt"
# Not statements: agency name, language bar, menu, section, headline, time stamps, [PHOTO] captions "n of 3",
# ADVERTISEMENT, capitals crossheads, code line, Related News, tags, share bar, subscribe prompt, most read, copyright.
U(d, "Bangladesh today summoned Myanmar Ambassador U Aung Kyaw Moe", "violations of its land and airspace.",
  ("Bangladesh", C, neg, "Myanmar", "dateline excluded; long lead: summons + strong protest + a line that Dhaka will not accept violations"))
U(d, "The meeting took place at the ministry in the afternoon", "a foreign ministry press release said.",
  ("Bangladesh", N, neu, "", "procedural detail of the summons"))
U(d, "The release said the ambassador was told that the shells", "between the two countries.",
  ("Bangladesh", C, neg, "Myanmar", "accusation: lives put at risk, agreements broken"))
U(d, "The ambassador was also asked to ensure that no more people from Rakhine", "sheltered in Cox's Bazar.",
  ("Bangladesh", T, neu, "Myanmar", "requests addressed to one side with no judgement word (no influx, conditions for return) = calling_for_talks"))
U(d, "Foreign Minister Dr A K Abdul Momen told reporters at the ministry", "stay on the path of diplomacy.",
  ("Bangladesh", T, neu, "", "commitment to diplomacy and refusal to be drawn into fighting = calling_for_talks"))
U(d, "\"But our patience is not without limit.", "he said.",
  ("Bangladesh", C, neg, "Myanmar", "threat of diplomatic escalation (UN, friends in the region) = condemning; multi-sentence quote closed by the speaker"))
U(d, "Momen said the government was deeply worried", "into Bangladesh airspace.",
  ("Bangladesh", N, neg, "", "worry with no appeal = neutral, negative (the act is named but no judgement word)"))
U(d, "The foreign ministry will brief Dhaka-based ambassadors", "the foreign minister added.",
  ("Bangladesh", N, neu, "", "procedural plan; attribution tail"))
U(d, "State Minister for Foreign Affairs Md Shahriar Alam said Bangladesh would keep a cool head", "might be looking for.",
  ("Bangladesh", C, neg, "", "insinuation that someone across the border seeks a pretext (unsure: 'anyone across the border' is not clearly the Myanmar state -> target empty; could be neutral restraint)"))
U(d, "Home Minister Asaduzzaman Khan Kamal said the BGB had been put on high alert", "Myanmar nationals.",
  ("Bangladesh", N, neu, "", "own defensive measure, not aimed at another actor = neutral"))
U(d, "A BGB official at the battalion headquarters in Naikhongchhari said patrols", "had been made safe.",
  ("Bangladesh", N, neu, "", "unnamed official of a named body (border guard = state); facts"))
U(d, "The Naikhongchhari upazila administration said it had opened a shelter", "near the zero line.",
  ("Bangladesh", N, neu, "", "local administration = state; own relief measure for its citizens"))
U(d, "Information and Broadcasting Minister Dr Hasan Mahmud said the government", "week after week.",
  ("Bangladesh", C, neg, "Myanmar", "self-praise joined to a judgement of Myanmar's rulers: the judgement decides"))
U(d, "In Naypyidaw, junta spokesman Major General Zaw Min Tun told a press conference", "landed across the border.",
  ("Myanmar", C, neg, "Arakan Army", "a junta speaks for its state; denial + blame on the Arakan Army: the blame decides"))
U(d, "He said operations against the Arakan Army would go on", "of the group's fighters.",
  ("Myanmar", C, neg, "Arakan Army", "announced military operation against another side = condemning"))
U(d, "The Myanmar embassy in Dhaka said in a statement that the incidents had not been intended", "relations with Bangladesh.",
  ("Myanmar", N, neu, "", "denial of intent + reassurance on relations = neutral (unsure: the friendly line could be read as positive tone)"))
U(d, "The Arakan Army, which has been fighting government troops", "said in a message to reporters.",
  ("Arakan Army", N, neg, "", "denial = neutral, negative; long sentence with background clause and attribution tail"))
U(d, "He accused the military of shelling villages near the border", "supported the group.",
  ("Arakan Army", C, neg, "Myanmar", "accusation against the army (= Myanmar)"))
U(d, "UN Resident Coordinator in Bangladesh Gwyn Lewis said the United Nations was concerned", "out of harm's way.",
  ("United Nations", T, neg, "", "concern + appeal to all parties = calling_for_talks"))
U(d, "UNHCR said it had moved extra medical staff and supplies", "at Ukhiya and Teknaf.",
  ("UNHCR", S, neu, "", "backing by act (staff and supplies) for refugees, who are not a canonical actor -> target empty"))
U(d, "A spokesperson for the US Embassy in Dhaka said Washington was watching", "with concern.",
  ("United States", N, neg, "", "monitoring with concern, no appeal = neutral, negative"))
U(d, "Chinese Ambassador Li Jiming said China, a friend of both countries, hoped", "play a constructive role.",
  ("China", T, pos, "", "hope for a negotiated settlement + offer to help = calling_for_talks"))
U(d, "Momen welcomed China's readiness to help and said Beijing should use its influence", "repatriation of the Rohingyas started.",
  ("Bangladesh", T, neu, "China", "welcome joined to an appeal with no judgement word: rule 2 before rule 3; the appeal is addressed to China"))
# "Bangladesh has been sheltering more than 1.1 million Rohingyas ..." = background narration, no row.
U(d, "Mohammad Abul Kashem, who keeps a grocery shop at Tumbru bazar", "since the first shells fell.",
  ("Mohammad Abul Kashem", N, neg, "", "invented witness; describes fear in the village, no position"))
U(d, "\"We only want the shooting on the other side to stop", "Kashem said.",
  ("Mohammad Abul Kashem", T, neg, "", "hope that the fighting stops = calling_for_talks"))
U(d, "Tanvir Haider Chowdhury, a senior fellow at the Bay of Bengal Institute", "its own western frontier.",
  ("Tanvir Haider Chowdhury", N, neg, "", "invented analyst; a reading of the junta's weakness, no explicit judgement (unsure: 'lost its grip' could be read as condemning)"))
U(d, "He said Dhaka was right to protest loudly while keeping its troops back", "with the military government.",
  ("Tanvir Haider Chowdhury", T, neu, "", "approval of Dhaka's restraint + appeal that ASEAN press the junta; no judgement: rule 2 before rule 3 (unsure: could be supporting Bangladesh)"))
