# ------------------------------------------------------------------ Djibouti ends DP World's Doraleh concession (Djiboutian state agency copy, 2018-02-24)
d = "page_djibouti_doraleh2018_statemedia.txt"
# Not statements: language bar, menu, section, headline, time stamps, "ADI / Djibouti", [PHOTO n of 4] captions, ADVERTISEMENT,
# capitals crossheads, the "ADI" sign-off, Read also, tags, share bar, most read, copyright.
U(d, "The Government of the Republic of Djibouti on Thursday ended the concession", "under Djiboutian control.",
  ("Djibouti", C, neg, "DP World", "dateline excluded; ending the operator's concession and taking the terminal = a taken coercive measure against another side (like an expulsion), condemning (unsure: the sentence carries no judgement word; could be read as a neutral report of one's own act)"))
U(d, "A statement issued by the Presidency of the Republic after the Council said", "interests of the Djiboutian people.",
  ("Djibouti", C, neg, "DP World", "blames DP World for refusing every offer + a contract 'against the interests' of the people = judgement"))
U(d, "The Council also instructed the Minister of Justice", "seized of the matter.",
  ("Djibouti", N, neu, "", "procedural instruction = neutral"))
# "Under a law adopted by the National Assembly in November ..." = background narration, no row.
U(d, "In remarks carried by Radio-Television de Djibouti (RTD), the Head of State", "a state within the state.",
  ("Djibouti", C, neg, "DP World", "remarks carried by state radio (RTD not an actor); 'any company ... a state within the state' aimed at DP World by context = judgement/warning"))
U(d, "The Minister of Foreign Affairs and International Cooperation, Mahmoud Ali Youssouf, told ADI", "respects its laws.",
  ("Djibouti", N, pos, "", "reassurance that the step targets no country = neutral (reassurance about own conduct), positive tone"))
U(d, "\"Djibouti has never taken anything from anyone.", "the minister said.",
  ("Djibouti", N, neu, "", "'the minister' = Youssouf; multi-sentence quote: self-justification + compensation pledge, no judgement of another = neutral"))
U(d, "The chairman of the Djibouti Ports and Free Zones Authority, Aboubaker Omar Hadi, said", "kept in their posts.",
  ("Djibouti", N, pos, "", "state agency speaks for the state; operations normal = facts, reassuring tone"))
U(d, "He said the authority would make sure that Ethiopian cargo", "kept moving without delay.",
  ("Djibouti", N, neu, "", "pronoun = Hadi; plan/reassurance = neutral"))
U(d, "The government also dismissed reports in some Gulf media", "calling them speculation.",
  ("Djibouti", N, neg, "", "denial of a report = neutral, negative tone"))
U(d, "DP World, for its part, said in a statement issued in Dubai", "London Court of International Arbitration.",
  ("DP World", C, neg, "Djibouti", "company (new actor): 'unlawful' + legal proceedings = condemning"))
U(d, "The company's chairman, Sultan Ahmed bin Sulayem, was quoted", "every legal avenue open to it.",
  ("DP World", C, neg, "Djibouti", "passive second-hand attribution ('was quoted in Gulf newspapers as saying'); threatened legal response = condemning"))
U(d, "The Government of Dubai, which controls the company, said Djibouti", "restore the contract.",
  ("United Arab Emirates", C, neg, "Djibouti", "Dubai government resolves to the UAE; 'punishing a partner for having won in court' = judgement + demand"))
U(d, "In Abu Dhabi, the Minister of State for Foreign Affairs, Anwar Gargash, wrote", "a partner of twelve years.",
  ("United Arab Emirates", C, neg, "Djibouti", "veiled judgement without stock words (investors will draw conclusions)"))
U(d, "Government sources told ADI that such remarks ignored", "without being heard.",
  ("Djibouti", C, neg, "United Arab Emirates", "unnamed sources of a named government; rebuttal faulting the Emirati remarks = judgement"))
U(d, "In Addis Ababa, the Ethiopian Government Communication Affairs Office said", "running smoothly.",
  ("Ethiopia", S, pos, "Djibouti", "confidence in the neighbour = backing, supporting"))
U(d, "Speaking at a regular briefing in Beijing, Chinese Foreign Ministry spokesman Lu Kang said", "in accordance with the law.",
  ("China", T, neu, "", "noting + hope for consultation between the parties = calling_for_talks"))
U(d, "The Embassy of the United States in Djibouti said Washington was following", "the rule of law.",
  ("United States", T, neu, "", "monitoring + encouraging a lawful resolution, no judgement = calling_for_talks"))
U(d, "France, which keeps its largest military base in Africa in Djibouti", "a private company.",
  ("France", N, neu, "", "declining to comment = neutral"))
U(d, "In Hargeisa, the Somaliland foreign minister, Saad Ali Shire, said", "the port of Berbera.",
  ("Somaliland", N, neu, "", "statement of fact about its own port project = neutral"))
U(d, "The President of the National Assembly, Mohamed Ali Houmed, said", "would be grateful.",
  ("Djibouti", N, pos, "", "the parliament backing its own head of state = same actor; self-praise is neutral (labels/README), positive tone (unsure: could be read as supporting)"))
U(d, "The Chamber of Commerce of Djibouti welcomed the measure", "produced on its own shores.",
  ("Djibouti", C, neg, "DP World", "public chamber resolves to Djibouti; welcome joined to a judgement of the old contract: rule 1, condemning"))
U(d, "Economist Fatouma Ahmed Darar, who lectures at the University of Djibouti, said", "with new partners.",
  ("Fatouma Ahmed Darar", N, pos, "", "invented economist; assessment of the state's position = neutral"))
U(d, "\"For years the operator took the lion's share", "she told ADI.",
  ("Fatouma Ahmed Darar", C, neg, "DP World", "'the operator' = DP World; judgement without stock words"))
U(d, "Daniel Mwakio, a maritime trade analyst at the Mombasa-based", "watching closely.",
  ("Daniel Mwakio", N, neg, "", "invented analyst; forecast and risk, no judgement"))
U(d, "He urged both sides to find a settlement before the dispute", "the Gulf states.",
  ("Daniel Mwakio", T, neu, "", "appeal to both for a settlement = calling_for_talks"))
