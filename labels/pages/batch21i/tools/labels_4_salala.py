# ------------------------------------------------------------------ Salala border-post strike, supply-route closure, Bonn boycott (Pakistani English daily, scraped, 2011-12-05)
d = "page_salala_nato_strike_pkdaily.txt"
# No rows: masthead/date/weather, menu, section path, headline and deck, byline, share bar, photo caption with credit,
# ADVERTISEMENT, capitals crossheads (RESPONSE / WASHINGTON AND BRUSSELS / KABUL, BERLIN, BEIJING / ON THE STREETS /
# WHAT NEXT), RELATED:, tags, comments, MOST READ, copyright.
U(d, "Pakistan will stay away from Monday's international conference on Afghanistan in Bonn", "Salala border posts.",
  ("Pakistan", C, neg, "NATO", "dateline excluded; long lead: boycott of a conference with the grievance stated in the sentence (mourning the soldiers killed by Nato) = refusal in protest, condemning"),
  ("United States", T, neu, "Pakistan", "Washington's appeal to send a delegation, reported inside Gilani's sentence = the US's own position (a call to attend talks); 'Washington' = metonym"))
U(d, "The decision, he told her, had been taken by the federal cabinet", "Prime Minister's Office.",
  ("Pakistan", N, neu, "", "mid-sentence attribution + attribution tail; procedure of the decision, no protest stated in this sentence = neutral"))
U(d, "According to a State Department statement, Clinton again offered her condolences", "worth saving.",
  ("United States", S, pos, "Pakistan", "condolences + assurance on sovereignty and partnership = supporting"))
U(d, "President Barack Obama telephoned President Asif Ali Zardari on Sunday", "soldiers' lives.",
  ("United States", S, pos, "Pakistan", "condolences = supporting; Zardari as object"))
U(d, "He told Zardari that the strikes had not been a deliberate attack", "the White House said.",
  ("United States", N, neg, "", "'He' = Obama; denial of intent + reliance on the inquiry = neutral, negative; attribution tail"))
U(d, "Mr Zardari, according to a presidency spokesman, thanked Mr Obama", "between the two countries.",
  ("Pakistan", C, neg, "United States", "thanks for the call + anger and 'struck at the heart of the trust' = welcome with a judgement: rule 1; addressed to the US (unsure: target could be NATO, whose aircraft struck)"))
# "The strikes, which hit two posts ..." = narration of the toll from no named source (no row).
U(d, "At a briefing for editors on Monday last, the director general of military operations", "from their own allies.",
  ("Pakistan", C, neg, "NATO", "accusation made by describing the other side's continued attack = condemning"))
U(d, "He rejected the suggestion, attributed by American newspapers to US officials", "that night.",
  ("Pakistan", N, neg, "", "denial = neutral, negative"),
  ("United States", N, neg, "", "the US officials' claim that Pakistani troops fired first, reported inside the DGMO's sentence = their own account (unnamed officials of a named government); an account, not a judgement"))
U(d, "A senior US official, quoted in Washington, has said that Afghan and American commandos", "calling in air support.",
  ("United States", N, neg, "", "own side's account of the engagement = neutral; Washington = place"))
U(d, "The Defence Committee of the Cabinet, which met within hours of the attack, ordered the closure", "with immediate effect.",
  ("Pakistan", C, neg, "NATO", "a measure against another side (supply routes closed) = condemning; the next sentence on the containers is narration (no row)"))
U(d, "The committee also gave the United States 15 days to vacate the Shamsi airbase", "drone operations.",
  ("Pakistan", C, neg, "United States", "ultimatum = condemning"))
U(d, "In a message to formations on Thursday, Chief of Army Staff Gen Ashfaq Parvez Kayani", "whatever the consequences.",
  ("Pakistan", C, neg, "NATO", "the army chief speaks for Pakistan; licence to return fire = threatened response"))
U(d, "Information Minister Dr Firdous Ashiq Awan said the supply lines would stay closed", "with the US and Nato.",
  ("Pakistan", N, neu, "", "procedure and timetable of the review ('supply lines' as a topic), no new judgement"))
U(d, "Foreign Office spokeswoman Tehmina Janjua said at her weekly briefing", "produced nothing.",
  ("Pakistan", C, neg, "United States", "refusal to join the US inquiry with a grievance stated (earlier inquiries produced nothing) = condemning (unsure: could be neutral)"))
U(d, "Senator Raza Rabbani, who chairs the parliamentary committee on national security", "early next year.",
  ("Pakistan", N, neu, "", "parliamentary committee chair = Pakistan; plan"))
U(d, "Nato Secretary General Anders Fogh Rasmussen wrote to Mr Gilani last Sunday", "Isaf had opened.",
  ("NATO", S, pos, "Pakistan", "mourning the soldiers 'as it would its own' = sympathy/solidarity; backing of its own force's inquiry is part of the same sentence"))
U(d, "White House spokesman Jay Carney has said an apology is not something", "findings are in.",
  ("United States", N, neu, "", "no apology before the findings = procedural refusal, no judgement"))
U(d, "Pentagon spokesman George Little said on Friday that the investigation", "invited to take part.",
  ("United States", N, neu, "", "procedure, date and invitation"))
U(d, "Afghan President Hamid Karzai, who telephoned Mr Gilani on Tuesday", "at the table.",
  ("Afghanistan", T, neu, "Pakistan", "head of state = Afghanistan (Karzai speaks as president here); condolences + appeal to join the conference: rule 2 before rule 3"))
U(d, "Afghan Foreign Minister Zalmai Rassoul, arriving in Bonn on Sunday", "was at stake.",
  ("Afghanistan", C, neg, "Pakistan", "'regrettable' aimed at Pakistan's decision = judgement; Bonn = place"))
U(d, "German Foreign Minister Guido Westerwelle, whose government is hosting the conference", "possible without it.",
  ("Germany", T, pos, "Pakistan", "hope that Pakistan returns to the table = calling_for_talks"))
U(d, "In Beijing, the foreign ministry said China stood firmly by Pakistan", "defend its territory.",
  ("China", S, pos, "Pakistan", "backing of Pakistan; Beijing = place"))
# "Thousands of people took part in rallies ..." = narration (no row).
U(d, "Addressing the rally outside the Punjab Assembly in Lahore, Jamaat-i-Islami ameer", "American dollars.",
  ("Jamaat-e-Islami", C, neg, "Pakistan", "religious party under its own name; demands + 'sold the blood of its soldiers' = judgement of its own government"))
U(d, "The party, he said, would march on Islamabad", "without an apology.",
  ("Jamaat-e-Islami", C, neg, "Pakistan", "threat of a march on the capital = threatened response; Islamabad = place"))
# The Ghalanai shopkeeper = unnamed resident (no row). "Analysts in Islamabad said ..." = unnamed, summary (no row).
U(d, "Brigadier (retd) Tariq Anwar Sial, a former instructor at the National Defence University", "at a far higher cost.",
  ("Tariq Anwar Sial", N, neu, "", "retired officer = independent person; scenario ('supplies', 'routes' as topics)"))
U(d, "\"The leverage is real but it is not permanent.", "he said.",
  ("Tariq Anwar Sial", N, neu, "", "multi-sentence quote closed by the speaker; interests and timing, no judgement"))
U(d, "He added that an apology from Washington in an election year was unlikely", "moved again.",
  ("Tariq Anwar Sial", N, neu, "", "forecast, no judgement"))
U(d, "Dr Ayesha Rehmat, who teaches international relations", "went on.",
  ("Ayesha Rehmat", N, neg, "", "scholar under her own name; forecast"))
U(d, "\"Whatever the Americans were told about fire from the ridge", "she said.",
  ("Ayesha Rehmat", C, neg, "NATO", "'inexcusable' + 'a failure of command' = judgement of the strike (NATO's aircraft)"))
U(d, "She said both armies should set up a joint monitoring mechanism", "three headquarters.",
  ("Ayesha Rehmat", T, neu, "", "appeal to both armies for a joint mechanism = calling_for_talks; both sides -> target empty"))
