# ------------------------------------------------------------------ South Korea martial law and its reversal (Korean English-language daily, full HTML, 2024-12-04)
d = "page_martiallaw_koreandaily.html"
# No rows: headline, summary, byline, captions ("1 of 3"), crossheads, Related, tags, newsletter, comments, most read, footer.
U(d, "President Yoon Suk Yeol lifted the emergency martial law", "unless he stepped down at once.",
  ("South Korea", N, neu, "", "long lead: the president's own measure (lifting) reported as done, 'bowing to' the vote = neutral"),
  ("Democratic Party of Korea", C, neg, "South Korea", "'act of insurrection' + impeachment threat; the president = South Korea (target)"))
# no row: "The reversal came about six hours after ..." (background narration, troops flown in)
U(d, "In the late-night address, the president accused", "cuts to next year's budget.",
  ("South Korea", C, neg, "", "'the president' by role; accusation of the opposition-controlled legislature; the opposition is a non-canonical group of parties -> target empty"))
U(d, "\"The opposition has left this administration unable to govern", "Yoon said.",
  ("South Korea", C, neg, "", "multi-sentence quote closed by the speaker = one unit; accusation + 'sweep away' threat; target the opposition (empty)"))
U(d, "Minutes later, a newly formed martial law command", "arrested without a warrant.",
  ("South Korea", C, neg, "", "army chief's command = South Korea (an army speaks for its state); ban on political activity + arrest warning = announced measure and threat; aimed at no one canonical"))
# no row: "Lawmakers raced to the Assembly ..." (scene narration)
U(d, "At 1:01 a.m., the 190 members who had made it inside", "martial law be lifted.",
  ("South Korea", T, neg, "", "the Assembly's resolution = a state body's act (parliament = its state); a demand to end a measure with no judgement word = calling_for_talks; addressee is the same state -> target empty (unsure: the whole clash is inside one actor)"))
U(d, "Speaker Woo Won-shik, presiding, told the chamber", "lost all legal force with the vote.",
  ("South Korea", N, neu, "", "Woo Won-shik is an alias of South Korea in the name files; legal effect of the vote stated as procedure (unsure: could be read as a rejection = condemning)"))
U(d, "\"The soldiers and police who came into this house must withdraw at once.", "he said.",
  ("South Korea", T, neg, "", "quote continued after the Speaker's first sentence, closed by 'he said'; demand to withdraw with no judgement word"))
U(d, "Han Dong-hoon, who leads Yoon's own People Power Party", "joined the vote.",
  ("People Power Party", C, neg, "South Korea", "ruling party leader: 'a mistake' + promise to block the decree; the 18 lawmakers' votes are part of the same position"))
# no row: "Choo Kyung-ho, the party's floor leader, spent the night ..." (an act with no position)
# no row: "Yoon went back on air shortly before 4:30 a.m." (narration before the quote)
U(d, "\"The Assembly has asked that the emergency measure be ended", "as soon as the cabinet can convene,\" he said.",
  ("South Korea", N, neu, "", "multi-sentence quote closed by 'he said' = one unit; own measures (troops withdrawn, martial law to be ended)"))
U(d, "He still insisted that the opposition drop its", "crippling the country.",
  ("South Korea", C, neg, "", "pronoun subject = Yoon; demand with judgement ('reckless', 'crippling') = condemning; the opposition -> target empty"))
U(d, "The cabinet approved the lifting at around 4:30 a.m.", "was dissolved.",
  ("South Korea", N, neu, "", "state procedure reported as done"))
U(d, "Speaking to reporters at the Assembly on Wednesday morning", "for a single day.",
  ("Democratic Party of Korea", C, neg, "South Korea", "party leader; 'grave crime against the constitution'"))
U(d, "The party said it would file an impeachment motion", "the interior minister.",
  ("Democratic Party of Korea", C, neg, "South Korea", "'The party' = Democratic Party by context; impeachment + insurrection charges = threatened measures"))
# no row: "Cho Kuk ... went further." (summary line before the specific statement)
U(d, "\"A man who sends troops into parliament at midnight", "told a rally outside the Assembly.",
  ("Rebuilding Korea Party", C, neg, "South Korea", "party leader by surname in the attribution tail; multi-sentence quote; demand for arrest"))
U(d, "Defense Minister Kim Yong-hyun offered to resign", "acted on his orders.",
  ("South Korea", N, neu, "", "own act (resignation) and account of orders; no position on another actor"))
U(d, "After an emergency meeting in the afternoon, the ruling party's leadership", "dismissed immediately.",
  ("People Power Party", C, neg, "South Korea", "'the ruling party' = PPP by context; asking the president to quit the party and the minister's dismissal = punitive demands (like calling for sanctions), not a peace appeal"))
U(d, "Choo, however, told reporters that the party would vote against", "into turmoil.",
  ("People Power Party", S, neg, "South Korea", "surname only; shielding the president from impeachment = backing by act (unsure: could be neutral); tone negative (turmoil)"))
U(d, "The Korean Confederation of Trade Unions", "on the constitution.",
  ("Korean Confederation of Trade Unions", C, neg, "South Korea", "general strike until the president quits + judgement of the decree"))
U(d, "Prime Minister Han Duck-soo asked ministers", "without disruption.",
  ("South Korea", N, neu, "", "administrative instruction inside the government"))
U(d, "The Finance Ministry and the Bank of Korea said", "in two years.",
  ("South Korea", N, neu, "", "two state bodies of one state = one row; own market measures"))
# no row: "Allies reacted with alarm overnight and with relief by morning." (summary line)
U(d, "In Washington, Deputy Secretary of State Kurt Campbell", "according to law.",
  ("United States", T, neg, "South Korea", "unease + expectation of a peaceful, lawful settlement = hope/appeal; Washington = place"))
U(d, "A White House National Security Council spokesperson said", "in advance.",
  ("United States", S, pos, "South Korea", "relief that the decree was reversed = welcome of a step with no appeal (rule 3); 'Washington' = metonym; not told in advance is a fact in the same sentence"))
U(d, "Secretary of State Antony Blinken welcomed the decision", "within the rule of law.",
  ("United States", T, pos, "South Korea", "welcome + appeal for a peaceful, lawful resolution, no judgement = calling_for_talks (rule 2 before rule 3)"))
U(d, "In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi", "to stay alert.",
  ("Japan", N, neg, "", "monitoring + advice to own nationals, no appeal = neutral, negative; Tokyo = place"))
U(d, "Chinese Foreign Ministry spokesperson Lin Jian", "their safety.",
  ("China", N, neu, "", "'internal affair' + consular advice"))
U(d, "Kremlin spokesman Dmitry Peskov called the events alarming", "to comment further.",
  ("Russia", N, neg, "", "alarm without a judgement on an actor or an appeal"))
U(d, "Stephane Dujarric, spokesperson for UN Secretary-General", "democratic institutions.",
  ("United Nations", T, neg, "", "concern + appeal for calm and restraint to everyone involved"))
# no rows: North Korean state media silence (narration), impeachment arithmetic, the unnamed political scientist,
# the man at the gate (resident), the outlet asking for comment.
