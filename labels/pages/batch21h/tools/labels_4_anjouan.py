# ------------------------------------------------------------------ AU-backed invasion of Anjouan, Comoros (African news site, full HTML, 2008-03-27)
d = "page_anjouan_africansite.html"
# No row: utility bar, brand, nav, LATEST ticker, section label, headline, summary, meta line, captions ("1 of 2"),
# ADVERTISEMENT, crossheads, "Also read", share, tags, newsletter, comments, most read, footer.
U(d, "The government of the Comoros on Thursday demanded that France send back", "in a dawn landing.",
  ("Comoros", C, neg, "France", "long lead: demand + 'accusing Paris of preparing to shelter a man wanted for torturing' = judgement of France (Paris metonym); the landing is narration"))
U(d, "\"Mohamed Bacar will answer to Comoran judges,", "told reporters in Moroni.",
  ("Comoros", C, neg, "Anjouan authorities", "multi-sentence quote closed by the speaker; the defence minister's own name contains 'Bacar' (Dossar is the minister, Bacar the target); accusation + threat to bring him back; Moroni = place"))
# No row: "Bacar escaped from Anjouan by speedboat ..." (narration of his flight and asylum request).
U(d, "French officials said on Thursday that he would be flown", "military transport plane.",
  ("France", N, neu, "", "unnamed officials of a named government = France; procedure"))
U(d, "Government spokesman Abdourahim Said Bakar said federal forces now controlled", "had been lost.",
  ("Comoros", N, neu, "", "control, deaths and detentions given by the government = facts in war vocabulary"))
U(d, "The army chief of staff, Salim Mohamed, said troops were searching", "with their weapons.",
  ("Comoros", N, neu, "", "own search operation reported, no judgement"))
U(d, "In a televised address on Wednesday night, President Ahmed Abdallah Sambi thanked", "owed its unity to them.",
  ("Comoros", S, pos, "", "thanks and praise of several states and the AU = supporting; several targets -> empty; 'others ... content to send letters' names nobody"))
U(d, "He asked the people of Anjouan not to settle scores", "leave justice to the courts.",
  ("Comoros", T, neu, "", "'He' = Sambi; appeal for restraint = calling_for_talks"))
U(d, "\"Nobody will be punished for having been afraid.", "he said.",
  ("Comoros", C, neg, "Anjouan authorities", "quote in the same paragraph after the appeal; reassurance + 'those who gave the orders will be judged': the threat decides (unsure)"))
U(d, "Hours before the landing, Bacar's spokesman, Mohamed Abdou Mmadi, had called", "\"beach by beach.\"",
  ("Anjouan authorities", C, neg, "Comoros", "Bacar's breakaway administration = 'Anjouan authorities'; 'invasion by Moroni and its foreign mercenaries' (Moroni metonym) + vow to resist"))
# No row: "Resistance collapsed within hours.", the Mutsamudu residents, the Moroni protest and tear gas (scene, unnamed people).
U(d, "France's Secretary of State for Overseas Territories, Yves Jégo, said", "arriving on French soil with weapons.",
  ("France", N, neu, "", "asylum procedure and investigation = procedure"))
U(d, "The French foreign ministry spokeswoman, Pascale Andréani, said France had supported", "before the operation.",
  ("France", S, pos, "African Union", "backing by act: airlift of African troops and equipment"))
U(d, "She rejected accusations in Moroni that Paris had helped Bacar get away", "reached the shore.",
  ("France", N, neg, "", "'She' = Andréani; denial = neutral, negative; Moroni = place, Paris = France"))
U(d, "A Comoran human rights group, the Comoran Human Rights Foundation, welcomed", "see him tried.",
  ("Comoran Human Rights Foundation", C, neg, "Anjouan authorities", "rights group under its own name; welcome of the regime's end + torture accusation + call on France: the judgement decides (rule 1)"))
U(d, "The African Union's special envoy to the Comoros, Francisco Madeira, said the island was calm", "police force on Anjouan.",
  ("African Union", N, neu, "", "AU envoy = African Union; situation and plan"))
U(d, "Madeira said those of Bacar's men still hiding in the hills", "within days.",
  ("African Union", C, neg, "Anjouan authorities", "surname only; ultimatum to surrender or be tracked down"))
U(d, "Tanzania's President Jakaya Kikwete, who chairs the African Union this year, said", "no choice but to act.",
  ("African Union", C, neg, "Anjouan authorities", "head of state speaking as AU chair = African Union, not Tanzania; Bacar's refusal blamed, no stock word"))
U(d, "The chairperson of the AU Commission, Alpha Oumar Konaré, welcomed", "free elections on Anjouan.",
  ("African Union", T, pos, "", "welcome + appeal for dialogue and elections, no judgement: rule 2 before rule 3"))
U(d, "Tanzania, which supplied the largest part of the force,", "told reporters in Dar es Salaam.",
  ("Tanzania", S, pos, "Comoros", "troops kept on the island at Moroni's request = backing by act; attribution tail"))
U(d, "A spokesman for the Tanzania People's Defence Forces said the Tanzanian contingent", "among its men.",
  ("Tanzania", N, neu, "", "army spokesman = Tanzania; own landing and casualties, no judgement"))
U(d, "Sudan, which contributed several hundred troops, said in a statement", "service of the Union government.",
  ("Sudan", S, pos, "Comoros", "troops 'to defend the unity' of a brother state = backing by act; Khartoum = place of the ministry"))
U(d, "The U.S. State Department said Washington supported the African Union's efforts", "on Anjouan.",
  ("United States", S, pos, "African Union", "support for the AU's efforts; Washington = the US"))
# No row: "Analysts warned that the island's deeper grievances had not left with Bacar." (unnamed speakers).
U(d, "\"Taking Anjouan was the easy part.", "Indian Ocean Studies in Moroni.",
  ("Faïza Soulé", N, neg, "", "independent analyst (invented); scenario and risk of reprisals, no judgement; Moroni = the government as subject of a scenario"))
U(d, "Soulé said France had played a double game for years", "credibility in the region.",
  ("Faïza Soulé", C, neg, "France", "'a double game' = judgement without stock words"))
U(d, "Peter Mwakasege, a security analyst with the Institute for Regional Security", "Darfur and Somalia.",
  ("Peter Mwakasege", N, neu, "", "independent analyst (invented); assessment of the AU's interests; Addis Ababa = place"))
U(d, "\"The risk is that a cheap victory on a small island", "Mwakasege said.",
  ("Peter Mwakasege", N, neg, "", "risk, no judgement"))
U(d, "He urged the AU to hand security back to Comoran police", "occupying force.",
  ("Peter Mwakasege", T, neu, "African Union", "appeal to one party to de-escalate and fund elections"))
