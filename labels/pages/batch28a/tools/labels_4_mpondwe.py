# ------------------------------------------------------------------ ADF attack on Lhubiriha Secondary School, Mpondwe, Uganda (live blog HTML, 2023-06-17)
d = "page_uganda_mpondwe_school2023_liveblog.html"
# Not statements: brand, nav, kicker, headline, standfirst, byline, time stamps, figure caption with credit, key points,
# the welcome entry (08:05), share bar, newsletter prompt, tags, reader comments, most read, footer.
U(d, "President Yoweri Museveni, in a statement posted on X", "to face soldiers.",
  ("Uganda", C, neg, "Allied Democratic Forces", "judgement without a stock word (attackers who prey on sleeping children and fear soldiers); attackers = ADF by the page's context"))
U(d, "Museveni: \"I have directed the UPDF", "They will not escape.\"",
  ("Uganda", C, neg, "Allied Democratic Forces", "live-blog label + quote, no verb of saying; announced pursuit operation + threat"))
U(d, "Kenya's President William Ruto: \"Kenya grieves", "We are with you.\"",
  ("Kenya", S, neg, "Uganda", "condolences + solidarity = supporting"))
U(d, "Tanzania's President Samia Suluhu Hassan has sent a message of condolence", "her office said.",
  ("Tanzania", S, neg, "Uganda", "condolence message (act) = supporting"))
U(d, "Congolese government spokesman Patrick Muyaya said Kinshasa shared Uganda's grief", "would go on.",
  ("Democratic Republic of the Congo", S, neg, "Uganda", "shared grief + continued joint operations with Uganda = backing; Kinshasa = metonym"))
U(d, "The Congolese army said separately it had moved units to the border", "back into Congo.",
  ("Democratic Republic of the Congo", C, neg, "Allied Democratic Forces", "the army speaks for its state; announced deployment against the attackers = operation against another side"))
U(d, "Molly Phee, the U.S. Assistant Secretary of State for African Affairs, on Twitter", "the families in Kasese.\"",
  ("United States", C, neg, "Allied Democratic Forces", "judgement without a stock word ('Nothing can justify ...') + sympathy; rule 1"))
U(d, "France: the foreign ministry in Paris called the killing of pupils", "identifying the victims.",
  ("France", C, neg, "Allied Democratic Forces", "judgement ('an act of pure cruelty') + offer of help: rule 1 (judgement decides)"))
U(d, "UK Minister for Africa Andrew Mitchell: \"Horrified by the news from Mpondwe.", "at this terrible time.\"",
  ("United Kingdom", S, neg, "Uganda", "horror (no judgement of an actor) + standing with Uganda = supporting"))
U(d, "U.N. Secretary-General Antonio Guterres deplored the raid on the school", "Farhan Haq said.",
  ("United Nations", C, neg, "Allied Democratic Forces", "'deplored' = judgement + appeal for release: rule 1"))
U(d, "UNICEF's representative in Uganda said classrooms and dormitories", "keep away from schools.",
  ("UNICEF", T, neu, "", "appeal to protect children addressed to all armed groups, no judgement = calling_for_talks"))
U(d, "The chairperson of the African Union Commission, Moussa Faki Mahamat, said", "the Ugandan people.",
  ("African Union", C, neg, "Allied Democratic Forces", "judgement without a stock word ('a crime that shamed its authors') + solidarity: rule 1"))
U(d, "The EU delegation in Kampala said it was deeply saddened", "with their families.",
  ("European Union", T, pos, "", "sadness + hope that the abducted return = hope (calling_for_talks by the guide's hope rule) (unsure: hope for a rescue rather than for calm)"))
U(d, "The Ministry of Education and Sports said 37 of the dead were students", "until further notice.",
  ("Uganda", N, neu, "", "figures + procedure"))
U(d, "Army spokesman Brigadier General Felix Kulayigye told reporters", "Virunga National Park.",
  ("Uganda", N, neu, "", "facts: abductions and pursuit under way"))
U(d, "\"We know the paths they use.", "Kulayigye said.",
  ("Uganda", N, pos, "", "surname only; reassurance about own operation, no judgement (unsure: could read as a threat)"))
U(d, "Police said several people suspected of guiding the attackers", "in Mpondwe.",
  ("Uganda", N, neu, "", "police = state agency; arrests reported as facts"))
U(d, "Selevest Mapozi, mayor of the Mpondwe-Lhubiriha town council, said", "set on fire.",
  ("Uganda", N, neg, "", "local official resolves to his state (labels/README); facts about the victims"))
U(d, "Kule Ezra Bwambale, a 17-year-old student who hid under a bed", "smelled the smoke.\"",
  ("Kule Ezra Bwambale", C, neg, "", "invented witness; account of attackers firing on sleeping students = accusation by describing attacks on civilians; attackers unnamed -> target empty"))
U(d, "Opposition leader Robert Kyagulanyi of the National Unity Platform said", "children unguarded.",
  ("National Unity Platform", C, neg, "Uganda", "party leader; judgement of the government's negligence"))
U(d, "ICT and National Guidance Minister Chris Baryomunsi dismissed that charge", "they received.",
  ("Uganda", N, neg, "", "denial = neutral"))
U(d, "Parliament's Speaker Anita Among asked members to observe a minute of silence", "what happened.",
  ("Uganda", N, neg, "", "parliament speaker = Uganda; mourning + procedure (summons of ministers), no judgement"))
U(d, "Dr Rosette Kabugho-Niwagaba, who studies the ADF", "to the joint offensive.",
  ("Rosette Kabugho-Niwagaba", N, neg, "", "invented analyst; assessment of the group's tactics"))
U(d, "Kabugho-Niwagaba: \"Kampala and Kinshasa have to share", "after the funerals.\"",
  ("Rosette Kabugho-Niwagaba", T, neu, "", "appeal to two governments to cooperate (capitals as metonyms) = calling_for_talks; label + quote without a verb"))
U(d, "Save the Children urged the authorities on both sides of the border", "survivors counselling.",
  ("Save the Children", T, neu, "", "appeal for protection of civilians and care, no judgement"))
