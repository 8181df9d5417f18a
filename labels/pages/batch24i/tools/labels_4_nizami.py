# ------------------------------------------------------------------ The execution of Motiur Rahman Nizami and the row with Pakistan and Turkey (Bangladeshi state news agency, 2016-05-12)
d = "page_nizami_execution2016_statemedia.txt"
# Not statements: agency masthead and menu, section label, headline, crossheads, photo caption, slug line, Related, copyright.
U(d, "Bangladesh today summoned Pakistan's High Commissioner", "internal affairs of the country.",
  ("Bangladesh", C, neg, "Pakistan", "dateline excluded; summons + protest + charge of interference"))
U(d, "Secretary (Bilateral) Mizanur Rahman handed the envoy a note verbale", "officials at the ministry said.",
  ("Bangladesh", C, neg, "Pakistan", "judgement (insult to the martyrs) without a stock word; attribution tail"))
U(d, "The Secretary also told the High Commissioner", "ignore it each time.",
  ("Bangladesh", C, neg, "Pakistan", "judgement that Islamabad ignores every message"))
# "Nizami, the chief of Jamaat-e-Islami ... was hanged ..." and "He was convicted by the International Crimes Tribunal ..." = background, no row.
U(d, "Talking to reporters at the ministry, State Minister for Foreign Affairs", "its defeat in 1971.",
  ("Bangladesh", C, neg, "Pakistan", "judgement on Pakistan's attitude"))
U(d, "\"Every time a war criminal faces justice", "he said.",
  ("Bangladesh", C, neg, "Pakistan", "accusation by allusion (the war criminals served Islamabad)"))
U(d, "The State Minister warned that Dhaka would review", "if the remarks continued.",
  ("Bangladesh", C, neg, "Pakistan", "threatened downgrade of engagement = a threatened response"))
U(d, "Asked about Turkey's recall of its ambassador, Shahriar Alam said", "formally told Dhaka of any recall.",
  ("Bangladesh", N, neu, "", "facts on the ambassador's departure"))
U(d, "He said Bangladesh valued its friendship with the Turkish people and hoped", "the wounds of 1971.",
  ("Bangladesh", T, pos, "Turkey", "conciliatory hope addressed to Ankara, no judgement (unsure: could be neutral)"))
U(d, "Foreign Minister Abul Hassan Mahmood Ali said the trials had been held in open court", "a matter of justice.",
  ("Bangladesh", N, neg, "", "denial that the trials were unfair + refusal to bend; no judgement on another actor"))
U(d, "Law Minister Anisul Huq told BSNA that every accused", "all three.",
  ("Bangladesh", N, neu, "", "facts about the process (own conduct); the agency is not an actor"))
U(d, "Prime Minister Sheikh Hasina, speaking at a meeting", "answered for their crimes.",
  ("Bangladesh", N, neg, "", "statement of own policy (trials continue); war criminals are not a canonical actor (unsure: could be condemning, target empty)"))
U(d, "\"A state whose army committed genocide on our soil", "in a clear reference to Pakistan.",
  ("Bangladesh", C, neg, "Pakistan", "judgement; target named by the outlet's gloss"))
U(d, "Awami League General Secretary Syed Ashraful Islam", "where Jamaat's loyalties lay.",
  ("Awami League", C, neg, "Bangladesh Jamaat-e-Islami", "speaks as the party's general secretary; accusation by allusion against Jamaat"))
U(d, "Home Minister Asaduzzaman Khan Kamal said the Border Guard Bangladesh", "during Jamaat's shutdown.",
  ("Bangladesh", C, neg, "", "deployment + warning of firm action against disrupters = a threatened response; aimed at 'anyone' -> target empty (unsure: could be neutral)"))
U(d, "On Wednesday, Pakistan's Foreign Office issued a statement", "condemning the execution.",
  ("Pakistan", C, neg, "Bangladesh", "FO statement (trial not fair) + National Assembly resolution, both Pakistan"))
U(d, "Pakistan's Foreign Office also summoned Bangladesh's acting High Commissioner", "according to Pakistani media.",
  ("Pakistan", C, neg, "Bangladesh", "counter-summons in protest"))
U(d, "In the same statement, Islamabad said it wished to develop brotherly relations", "India and Pakistan.",
  ("Pakistan", T, neu, "Bangladesh", "wish for relations + appeal to honour an agreement, no judgement in the sentence"))
U(d, "Turkey's Ministry of Foreign Affairs said in a written statement", "home in protest.",
  ("Turkey", C, neg, "Bangladesh", "condemnation + recall of the ambassador in protest"))
U(d, "Foreign ministry officials here said Turkey's reaction was disappointing", "through diplomatic channels.",
  ("Bangladesh", C, neg, "Turkey", "'disappointing' = judgement; the diplomatic-channels clause does not outweigh it (rule 1)"))
U(d, "India today expressed its support for the war crimes trials", "crimes of 1971.",
  ("India", S, pos, "Bangladesh", "support for Bangladesh's trials"))
U(d, "The European Union delegation in Dhaka said in a brief note", "against capital punishment.",
  ("European Union", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Amnesty International said the trial had fallen short", "run its course.",
  ("Amnesty International", C, neg, "Bangladesh", "judgement of the trial and the haste"))
U(d, "Rejecting the Amnesty statement, a foreign ministry spokesperson said", "victims and their families.",
  ("Bangladesh", C, neg, "Amnesty International", "rejection carried by a judgement ('selective concern'), not a bare denial"))
U(d, "The UN human rights office in Geneva had, before the hanging, asked Dhaka", "death sentences.",
  ("United Nations", T, neu, "Bangladesh", "appeal to halt executions with no judgement in the sentence"))
U(d, "Jamaat-e-Islami enforced a dawn-to-dusk hartal", "victim of political vengeance.",
  ("Bangladesh Jamaat-e-Islami", C, neg, "Bangladesh", "a protest strike + charge of political vengeance"))
U(d, "In a statement signed by its acting Secretary General, the party said", "taken part in any killing.",
  ("Bangladesh Jamaat-e-Islami", N, neg, "", "denial = neutral, negative"))
U(d, "Police said the hartal passed off largely peacefully", "Chittagong and Rajshahi.",
  ("Bangladesh", N, neu, "", "police = state agency; facts"))
# "At Shahbagh in the capital, freedom fighters and young people gathered ..." = narration, no row.
U(d, "\"My elder brother was taken from our house in Pabna", "said freedom fighter Abdul Halim Mridha, 67.",
  ("Abdul Halim Mridha", S, pos, "Bangladesh", "invented war veteran; approval of the execution"))
U(d, "Professor Shafiqul Alam Bhuiyan, a historian at the Liberation War Research Centre", "done in 1971.",
  ("Shafiqul Alam Bhuiyan", C, neg, "Pakistan", "invented historian; judgement on Pakistan"))
U(d, "\"Dhaka should now take up the question of a formal apology", "Professor Bhuiyan said.",
  ("Shafiqul Alam Bhuiyan", T, neu, "Bangladesh", "appeal for a diplomatic course, addressed to Dhaka"))
