# ------------------------------------------------------------------ RSF and allies sign a charter for a parallel government in Nairobi (scraped Kenyan regional page, 2025-02-25)
d = "page_rsf_nairobi_charter_scraped.txt"
U(d, "Sudan's paramilitary Rapid Support Forces (RSF) and a coalition of political parties", "areas the group controls.",
  ("Rapid Support Forces", N, neu, "", "own political act reported as done (signing its charter), no judgement in the sentence"))
U(d, "The charter, signed behind closed doors in the early hours of Sunday", "Sudan Founding Alliance.",
  ("Rapid Support Forces", N, neu, "", "content of the signatories' document = their stated programme (plan); the alliance resolves to the RSF, as batch4a declared Tasis an alias of the RSF (unsure)"))
U(d, "Abdelrahim Hamdan Dagalo, the RSF's deputy commander", "added his name to the document.",
  ("SPLM-N", S, pos, "Rapid Support Forces", "al-Hilu's wing signing the RSF-led charter = backing by act; the RSF's own signature repeats the lead (no second RSF row)"))
U(d, "Al-Hadi Idris, a former member of Sudan's Sovereignty Council", "had failed to stop.",
  ("Rapid Support Forces", C, neg, "Sudan", "signatory speaking for the alliance (= RSF, unsure); 'the government in Port Sudan had failed' = blame; Port Sudan = Sudan's government"))
U(d, "\"We are not here to divide Sudan.", "Democratic Unionist Party.",
  ("Rapid Support Forces", N, pos, "", "multi-sentence quote closed by its speaker; a signatory justifying the alliance's plan = neutral, positive; a party splinter speaking as signatory, not as its party"))
U(d, "Sudanese army spokesman Nabil Abdallah said the signing in Nairobi", "until it was defeated.",
  ("Sudan", C, neg, "Rapid Support Forces", "the army speaks for its state (guide); announced continued operations against 'the militia' = condemning"))
U(d, "Last Wednesday, Sudan's foreign ministry accused President William Ruto's government", "platform in Nairobi.",
  ("Sudan", C, neg, "Kenya", "possessive 'Ruto's government' = Kenya, the target, not a speaker; accusation"))
U(d, "A day later it recalled its ambassador, Kamal Jabara, for consultations", "endangered the whole region.",
  ("Sudan", C, neg, "Kenya", "'it' = the ministry; envoy recalled in protest + 'hostile act' + appeal (rule 1)"))
U(d, "Sudan's Foreign Minister Ali Youssef al-Sharif, speaking in Cairo on Sunday", "state institutions.",
  ("Sudan", S, pos, "Egypt", "thanks = approval of Egypt's stance; Cairo = place"))
U(d, "Abdelatty said Cairo rejected any move by the RSF and its allies", "unity and borders.",
  ("Egypt", C, neg, "Rapid Support Forces", "surname only after the introduction; 'rejected' aimed at a named actor's move = judgement (guide: rejects a violation by X)"))
U(d, "In a statement last week, Prime Cabinet Secretary Musalia Mudavadi", "from the Machakos talks of 2002 onwards.",
  ("Kenya", N, neu, "", "defence of its own conduct (hosting), no judgement and no appeal"))
U(d, "Kenya, he said, hosts such meetings without any hidden agenda", "force of arms.",
  ("Kenya", T, neu, "", "attribution in mid-sentence; 'disputes cannot be settled by force of arms' = stock appeal for a political solution (unsure: could be self-justification, neutral)"))
U(d, "The statement denied that Nairobi had taken sides in the 22-month war.", "The statement denied that Nairobi had taken sides in the 22-month war.",
  ("Kenya", N, neg, "", "denial = neutral, negative; Nairobi = metonym"))
U(d, "Izzeldin al-Safi, an adviser to the RSF commander, also insisted", "government in exile.",
  ("Rapid Support Forces", N, neg, "", "denial"))
U(d, "In New York, UN spokesman Stephane Dujarric said on Monday that Secretary-General Antonio Guterres was deeply concerned", "the country's fragmentation.",
  ("United Nations", N, neg, "", "concern + consequences described, no judgement word and no appeal = neutral, negative (guide: concern without appeal; unsure, 'escalation' could be read as a judgement)"))
U(d, "Keeping Sudan united and its borders intact was key to ending the war", "protect civilians.",
  ("United Nations", T, neu, "", "unity as the path to ending the war + envoy working to stop the fighting = calling_for_talks"))
U(d, "In Washington, Senator Jim Risch, the Republican chairman", "dress up its rule as peacemaking.",
  ("United States", C, neg, "Kenya", "a senator speaks for the US (guide: Senator Ben Cardin); accusation aimed at Kenya (the RSF is judged in passing; target the main one)"))
U(d, "At home, former Deputy President Rigathi Gachagua", "meet in government buildings.",
  ("Rigathi Gachagua", C, neg, "Kenya", "a former office holder in opposition speaks for himself (independent person); judgement of his own country's government -> target Kenya"))
U(d, "He went further, alleging without offering evidence", "State House has not answered.",
  ("Rigathi Gachagua", C, neg, "Kenya", "'He' = Gachagua; accusation; State House's silence is a non-response (no row)"))
U(d, "The Arab League also condemned any step that would threaten Sudan's unity", "expose it to partition.",
  ("Arab League", C, neg, "", "condemnation aimed at unnamed 'any step' -> target empty"))
# no rows: 'The ceremony capped a week of diplomatic friction' and the closing background (narration); repeated headline, '1 of 6' captions, Related links, ADVERTISEMENT, newsletter prompt and reader comments
