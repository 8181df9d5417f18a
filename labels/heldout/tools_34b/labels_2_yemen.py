# ------------------------------------------------------------------ Saleh signs the GCC transition deal in Riyadh (Gulf English daily, full HTML, 2011-11-26)
d = "page_yemen_gccdeal_gulfdaily.html"
# No rows: top bar, masthead, nav, LATEST ticker, breadcrumbs, kicker, headline, standfirst, byline, meta, share,
# figcaptions with credits and "1 of 3", crossheads, ADVERTISEMENT, Related:, credit line, tags, newsletter, comments,
# most read, footer.
U(d, "Yemen's President Ali Abdullah Saleh signed the Gulf Cooperation Council's transition plan", "the timetable beside him.",
  ("Yemen", T, neu, "", "long lead: signing a negotiated transition plan = agreeing to a peaceful course (act reported as done); dateline excluded"),
  ("Joint Meeting Parties", T, neu, "", "'the opposition coalition' = the JMP (named later on the page); its signature is its own act"))
# No row: "The ceremony drew quick praise from Gulf capitals, Washington, Brussels ..." (summary line before the specific statements)
# No row: "Under the accord, Vice President ... shielded from prosecution." (the deal's terms, narration)
U(d, "On Saturday Hadi issued a decree setting February 21", "the state news agency Saba reported.",
  ("Yemen", N, neu, "", "Hadi exercising the presidency's powers = Yemen; a decree = procedure; Saba is an agency, not an actor"))
U(d, "King Abdullah, who hosted the signing at Al Yamamah Palace", "what they had signed.",
  ("Saudi Arabia", T, pos, "", "welcome + appeal to carry out the deal, no judgement (rule 2 before rule 3); addressed to both Yemeni delegations -> target empty"))
U(d, "He said the kingdom would stand by the people of Yemen", "whatever lay ahead.",
  ("Saudi Arabia", S, pos, "Yemen", "'He' = the king; 'the kingdom' = Saudi Arabia; pledge of backing"))
U(d, "Dr Abdullatif Al Zayani, the GCC secretary general, said the Gulf leaders had taken up the initiative", "break apart.",
  ("Gulf Cooperation Council", T, neg, "", "the mediation's aim: ending the killing and keeping Yemen whole = peaceful course (unsure: could be neutral self-description)"))
U(d, "He thanked the United States, the European Union, Russia and the United Nations", "over seven months.",
  ("Gulf Cooperation Council", S, pos, "", "thanks = approval; four actors thanked -> target empty; they are objects, not speakers"))
# No row: Qatar's withdrawal in May (background narration)
# No row: "Saleh himself struck a mixed note." (summary line)
U(d, "In a rambling speech after he signed, he accused his opponents", "in breach of the constitution.",
  ("Yemen", C, neg, "", "Saleh, still president, speaks for Yemen; accusation of 'his opponents' (opposition + protesters, several) -> target empty"))
U(d, "\"This crisis set the country back by a decade.", "he said.",
  ("Yemen", S, pos, "", "multi-sentence quote closed by the speaker; lament then pledge of partnership and help for the new government = supporting (the pledge decides; target empty: opposition and government)"))
U(d, "Tareq Al Shami, a spokesman for Saleh's General People's Congress", "as an ordinary citizen.",
  ("General People's Congress", N, neu, "", "ruling party as its own actor; the president's plans = neutral; Saleh's name only as a possessive"))
U(d, "The UN secretary general, Ban Ki-moon, said Saleh had told him", "once the agreement was signed.",
  ("Yemen", N, neu, "", "Saleh's plan reported by Ban = Saleh's (Yemen's) statement; Ban takes no position of his own here, so no UN row"))
U(d, "In Washington, President Barack Obama welcomed Saleh's decision", "how they are governed.",
  ("United States", S, pos, "Yemen", "welcome of a step, no appeal in the sentence = supporting; Washington = place"))
U(d, "The United States, he said, would keep supporting Yemenis", "this far.",
  ("United States", S, pos, "", "attribution inside the sentence; backing of the Yemenis + credit to the Gulf partners (two targets) -> empty; 'Washington's Gulf partners' = possessive"))
U(d, "Secretary of State Hillary Clinton called the signing a milestone", "voters could trust by February.",
  ("United States", T, pos, "", "welcome + appeal to give up violence and implement in good faith = calling_for_talks (rule 2 before 3); all parties -> target empty"))
U(d, "Her deputy spokesman, Mark Toner, warned reporters that the hardest part still lay ahead", "a collapsing economy.",
  ("United States", N, neg, "", "'Her deputy spokesman' = State Department; sober assessment, no appeal = neutral, negative"))
U(d, "The European Union's foreign policy chief, Catherine Ashton, welcomed the signing", "the use of force.",
  ("European Union", T, pos, "", "welcome + appeal to implement and renounce force = calling_for_talks (rule 2 before 3); Brussels = place"))
U(d, "The bloc, she added, was ready to help Yemen", "during the transition.",
  ("European Union", S, pos, "Yemen", "'The bloc' = EU by context; offer of aid = supporting"))
U(d, "Jamal Benomar, the UN secretary general's special adviser on Yemen", "meet each deadline.",
  ("United Nations", S, pos, "", "offer of the UN team's help to the parties = supporting; 'the parties' (several) -> target empty"))
U(d, "Britain's Foreign Secretary, William Hague, said London welcomed the agreement", "held to account.",
  ("United Kingdom", C, neg, "", "welcome + 'those responsible for the killing ... must be held to account' = explicit judgement decides (rule 1, unsure); no actor named -> target empty; London = metonym"))
# No row: "The mood in Change Square was very different." (summary line)
U(d, "The Organising Committee of the Popular Youth Revolution, which coordinates the sit-in", "stood trial.",
  ("Organising Committee of the Popular Youth Revolution", C, neg, "", "protest movement's committee under its own name; 'betrayed' judges the deal (signed by several parties) -> target empty"))
U(d, "\"They signed on our behalf without asking us.", "Nobel Peace Prize.",
  ("Tawakkol Karman", C, neg, "Yemen", "independent person (activist); quote first, speaker named after, role after name; judgement of the immunity for Saleh, who gave 'the order to shoot' (Yemen's president)"))
U(d, "Karman said she would ask the UN Security Council to refer Saleh", "International Criminal Court.",
  ("Tawakkol Karman", C, neg, "Yemen", "surname alone; seeking prosecution = punitive measure sought against the other side (condemning); the UNSC and ICC are objects"))
# No row: the Thursday shooting (narration; casualty figure from unnamed doctors)
U(d, "The committee blamed plain-clothes security men loyal to Saleh", "for the shooting.",
  ("Organising Committee of the Popular Youth Revolution", C, neg, "Yemen", "'The committee' resolved by context; blame of the president's security men = Yemen"))
U(d, "The interior ministry said none of its units had been in the area", "opened an investigation.",
  ("Yemen", N, neg, "", "denial + own procedure = neutral, negative tone"))
U(d, "In the north, the Houthi movement said it would not recognise a settlement", "over the heads of Yemenis.",
  ("Houthis", C, neg, "", "refuses the settlement in protest with a grievance stated ('drawn up by foreign powers') = condemning; no single actor -> target empty"))
# No row: "The Joint Meeting Parties, the opposition coalition ..., defended its choice." (summary line before the specific statements)
U(d, "Mohammed Qahtan, a spokesman for the coalition, said the agreement was the only way out", "give it a chance.",
  ("Joint Meeting Parties", T, neg, "", "'the coalition' = JMP; the deal as the way out of war + appeal to the protesters = calling_for_talks; the young people are not a canonical party -> target empty"))
U(d, "He also thanked Saudi Arabia and the other Gulf states", "patience with Yemen.",
  ("Joint Meeting Parties", S, pos, "Gulf Cooperation Council", "'He' = Qahtan; thanks = approval; 'Saudi Arabia and the other Gulf states' = the GCC states as mediators (target GCC, unsure)"))
# No row: "Analysts in the Gulf were cautious." + the unnamed Sanaa-based researcher's quote (not actors)
# No row: the Hasaba fighting (narration)
