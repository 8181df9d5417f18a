# ------------------------------------------------------------------ Somalia expels Ethiopia's ambassador and orders the Hargeisa and Garowe consulates shut (4 April 2024), Villa Somalia news page, items of 4-10 April 2024
d = "page_somalia_ethiopia_envoy2024_presidency.txt"
# Not statements: site header, menu, language bar, "Page 1 of 14", item dates and headings, photo captions "Photo 1/6", share bar, subscription prompt, Related, contact line, copyright.
U(d, "Addressing a forum of scholars and students", "the tools of diplomacy and the law.",
  ("Somalia", T, neu, "", "'the President' on a presidency page = Somalia; commitment to defend unity by diplomacy and law = peaceful course (calling_for_talks; unsure: could be neutral)"))
U(d, "Professor Abdiqani Yusuf Warsame, director of the Mogadishu Centre", "weakening the country's hand abroad.",
  ("Abdiqani Yusuf Warsame", N, neg, "", "invented scholar; approval of the legality + concern without an appeal = neutral, negative"))
U(d, "Warsame urged the federal and regional leaders to meet", "a common line on foreign relations.",
  ("Abdiqani Yusuf Warsame", T, neu, "", "surname only; appeal for a meeting between Mogadishu and the member states"))
U(d, "Ms. Hodan Ali Farah, a lecturer in international law", "hard to enforce in practice.",
  ("Hodan Ali Farah", N, neu, "", "invented lecturer; legal assessment, no judgement"))
U(d, "The President thanked the scholars and said their advice", "prepared its next steps.",
  ("Somalia", N, pos, "", "thanks to own scholars + plans = neutral (no other actor supported)"))
# "The Office of the President has taken note of remarks by ... Nebiyu Tedla, who said ... had no information on the decision." = a non-answer reported; no row (README: non-answers get no row).
U(d, "At a weekly briefing in Addis Ababa on Monday, the same spokesperson said", "commercial in nature.",
  ("Ethiopia", N, neg, "", "'the same spokesperson' = Nebiyu Tedla; denial of any violation = neutral, negative tone"))
U(d, "The Office said such assurances would carry weight only", "matched by deeds on the ground.",
  ("Somalia", C, neg, "Ethiopia", "judgement without stock words: Ethiopia's assurances not credible"))
U(d, "The President received at Villa Somalia the Special Representative", "settle their differences through dialogue.",
  ("African Union", T, neu, "", "the envoy conveys the AU Chairperson's appeal for dialogue to both sides; the reception itself is narration, no Somalia row"))
U(d, "The Head of State told the envoy that the Federal Government had never shut the door", "on 1 January.",
  ("Somalia", T, neg, "Ethiopia", "conditional offer of talks = calling_for_talks (README); Addis Ababa = metonym"))
U(d, "Earlier in the day, the Executive Secretary of IGAD", "with concern.",
  ("IGAD", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "He expressed the hope that the leaders of both countries would keep the channels", "open.",
  ("IGAD", T, pos, "", "'He' = Workneh Gebeyehu (IGAD), carried over from the previous sentence; hope = calling_for_talks"))
U(d, "On the same day, the President of the Republic of Türkiye", "ease tensions in the region.",
  ("Turkey", T, pos, "", "respect for Somalia's integrity + offer of good offices: the peace offer decides (rule 2 before rule 3, as a welcome with a peace appeal)"))
U(d, "The administrations in Garowe and Hargeisa had said on Thursday", "would not close the consulates.",
  ("Puntland", N, neg, "", "Garowe = Puntland (capital as metonym); refusal to comply with no grievance stated in the sentence = neutral (unsure: could be condemning)"),
  ("Somaliland", N, neg, "", "Hargeisa = Somaliland (alias); same refusal, one row per listed actor"))
U(d, "Responding to those statements, the President said that foreign relations are reserved", "a foreign policy of its own.",
  ("Somalia", C, neg, "", "rebuttal rejecting the member states' stance (a rejection aimed at two actors -> target empty; unsure: could be neutral as a statement of law)"))
U(d, "\"We will not accept that any foreign mission on our soil behaves", "gathered at Villa Somalia.",
  ("Somalia", C, neg, "Ethiopia", "refusal + implicit accusation aimed at Ethiopia's consulates"))
U(d, "The Secretary-General of the League of Arab States", "defending its sovereignty.",
  ("Arab League", S, pos, "Somalia", "solidarity message"))
U(d, "The Head of State received a telephone call from H.E. President Abdel Fattah el-Sisi", "sovereignty of Somalia.",
  ("Egypt", S, pos, "Somalia", "support for Somalia's unity; receiving the call is narration, no Somalia row"))
U(d, "The two sides agreed to remain in close contact", "ministerial meetings of the Arab League.",
  ("Somalia", N, neu, "", "'the two sides' = Somalia and Egypt; agreement to coordinate = procedural, neutral"),
  ("Egypt", N, neu, "", "same agreement, Egypt's row"))
U(d, "The Council of Ministers, meeting in extraordinary session", "within seven days.",
  ("Somalia", C, neg, "Ethiopia", "expulsion of an ambassador and closure of consulates = condemning (a measure taken); the PM chairing is narration"))
U(d, "The Council also recalled the Federal Republic's Ambassador", "belong to Somalis alone.",
  ("Somalia", C, neg, "Ethiopia", "recall in protest + accusation of interference"))
U(d, "The Prime Minister told the Council that Ethiopia's separate dealings", "could tolerate.",
  ("Somalia", C, neg, "Ethiopia", "office holder named by title only; judgement without a stock word"))
U(d, "The President, H.E. Hassan Sheikh Mohamud, endorsed the measures", "as if they were separate states.",
  ("Somalia", C, neg, "Ethiopia", "endorsement of own measures + accusation against Addis Ababa"))
U(d, "\"We have shown patience for three months.", "the Head of State said.",
  ("Somalia", C, neg, "Ethiopia", "multi-sentence quote closed by its speaker; veiled warning without a stock word"))
U(d, "The Head of State added that the measures were aimed at the conduct of a government", "kinship, faith and trade.",
  ("Somalia", N, pos, "", "reassurance towards the Ethiopian people; no new judgement (the judgement is in the previous sentences)"))
U(d, "The Minister of State for Foreign Affairs, H.E. Ali Mohamed Omar, notified", "on Thursday afternoon.",
  ("Somalia", N, neu, "", "procedural act (formal notification) = neutral"))
