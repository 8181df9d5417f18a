# ------------------------------------------------------------------ AUKUS and France's recall of its ambassadors (European news site, full HTML, 2021-09-20)
d = "page_aukus_france_recall_eurosite.html"
# top bar, nav, breadcrumb, headline, summary, byline, share, captions, crossheads, "Also read:", ads: no rows
U(d, "France's foreign minister went on national television on Saturday evening", "left French industry empty-handed.",
  ("France", C, neg, "", "long lead: role first, name only in the third paragraph; accusation of deceit + the recall (Paris = metonym) = condemning; two states accused -> target empty"))
# "The security pact announced on Wednesday ..." : narration of the pact and the contract, no row (the three leaders' announcement is background)
U(d, "In a written statement late on Friday, Jean-Yves Le Drian said that", "how grave the announcements were.",
  ("France", C, neg, "", "recall of ambassadors (a measure) with the grievance stated; Macron's request inside = France; two capitals -> target empty"))
# "It is the first time France has recalled its ambassador to Washington." : narration
U(d, "\"We were told nothing until the very last moment.", "Le Drian said.",
  ("France", C, neg, "", "multi-sentence quote closed by its speaker; judgement without the usual words ('you do not behave like this'); no one named -> target empty"))
U(d, "Asked why Paris had not also called home its ambassador in London, Le Drian said", "its usual opportunism.",
  ("France", C, neg, "United Kingdom", "disparaging judgement of Britain ('tagged along', 'opportunism'); London = place of the embassy"))
# "France's Europe minister, Clément Beaune, went further on the question of trade." : the reporter's lead-in, no row
U(d, "He said he could not see how the EU could keep negotiating", "could not be trusted.",
  ("France", C, neg, "Australia", "'He' = Beaune; judgement of Canberra's trustworthiness + threat to the trade talks; the EU is only mentioned"))
U(d, "Jean-Pierre Thébault, the recalled ambassador to Australia, told reporters", "treated carelessly.",
  ("France", C, neg, "Australia", "ambassador = France; 'serious misjudgement', 'treated carelessly' = judgement; Canberra = place"))
# "The White House has been at pains to lower the temperature." : the reporter's summary, the specifics follow (no row)
U(d, "Press secretary Jen Psaki said Biden would speak to Macron", "resolve the differences.",
  ("United States", T, pos, "France", "offer of a leaders' call + work to resolve differences = calling_for_talks"))
U(d, "The Élysée confirmed that a telephone call between the two presidents", "at Biden's request.",
  ("France", N, neu, "", "the Élysée = France; scheduling a call = a plan/date announced, neutral (unsure: agreeing to a call could be calling_for_talks)"))
U(d, "Secretary of State Antony Blinken said France remained a vital partner", "let it drift.",
  ("United States", S, pos, "France", "praise of France as a partner = supporting; Washington = metonym"))
U(d, "A senior administration official said the United States regretted the French decision", "work through the disagreement.",
  ("United States", C, neg, "France", "unnamed official of a named government; 'regretted the French decision' = judgement of France's act (guide: 'regrettable'), which decides over the offer of talks (rule 1; unsure: could be read as calling_for_talks)"))
U(d, "In Canberra, Morrison said he understood that France was deeply disappointed", "the navy needed.",
  ("Australia", N, neg, "", "defending its own decision + acknowledging France's disappointment, no judgement of France = neutral; Canberra = place"))
U(d, "He insisted that Australia had told France months ago", "frank with Paris throughout.",
  ("Australia", N, neg, "", "'He' = Morrison; rebuttal of the charge of deceit = a denial: neutral, negative"))
U(d, "Morrison added that he looked forward to speaking to Macron", "mended over time.",
  ("Australia", T, pos, "France", "wish to talk + hope of mending = calling_for_talks"))
U(d, "Foreign Minister Marise Payne said Australia regretted France's decision", "on shared interests.",
  ("Australia", C, neg, "France", "'regretted France's decision' = judgement of France's act (guide) + wish to keep working = rule 1 (unsure: the tone is conciliatory; could be calling_for_talks)"))
U(d, "Defence Minister Peter Dutton said Australia had never hidden its reservations", "from the French side.",
  ("Australia", N, neg, "", "denial of concealment = neutral, negative"))
U(d, "Flying to New York for the UN General Assembly, Johnson told reporters", "shut anyone out.",
  ("United Kingdom", S, pos, "France", "friendship with France = supporting (friendship), with a reassurance about the pact; New York = place"))
U(d, "\"There is nothing exclusive about AUKUS.", "Johnson said.",
  ("United Kingdom", N, pos, "", "multi-sentence quote closed by its speaker; reassurance about the pact's nature = a denial/reassurance, neutral (positive tone)"))
U(d, "British Defence Secretary Ben Wallace said he understood", "losing the contract.",
  ("United Kingdom", N, neu, "", "acknowledging France's disappointment, no judgement, no appeal = neutral"))
U(d, "European Commission President Ursula von der Leyen said in a US television interview", "the EU could not accept.",
  ("European Union", C, neg, "", "'could not accept' the way France was handled = judgement; the US and Australia not named in the sentence -> target empty"))
U(d, "\"There has to be an explanation first.", "she said.",
  ("European Union", T, neu, "", "quote closed by 'she said' = von der Leyen; demand for an explanation, no judgement word = calling_for_talks (labels/README)"))
U(d, "European Council President Charles Michel said Washington had not played straight", "in the transatlantic partnership.",
  ("European Union", C, neg, "United States", "accusation of disloyalty; Washington = metonym; the quoted slogan is Biden's, not a US statement"))
U(d, "The EU's foreign policy chief, Josep Borrell, said the bloc had not been consulted", "capacity to act in defence.",
  ("European Union", N, neg, "", "fact of non-consultation + the lesson for Europe's own defence, no judgement word, no appeal to another actor = neutral (unsure)"))
U(d, "Germany's foreign minister, Heiko Maas, said Berlin understood the anger in Paris", "a quarrel among Western partners.",
  ("Germany", T, neg, "", "appeal to the allies to rebuild trust; Berlin = metonym, Paris = metonym as object; the China remark is a warning, not a judgement of China"))
# "China has attacked the pact from the outset." : summary line, the specific statement follows (no row)
U(d, "Foreign ministry spokesman Zhao Lijian said last week that the three countries", "of the last century.",
  ("China", C, neg, "", "judgement of three states (arms race, harming stability, bloc-confrontation thinking) -> target empty"))
U(d, "Indonesia's foreign ministry said it was deeply concerned", "through dialogue.",
  ("Indonesia", T, neg, "Australia", "concern + appeal (commitments, dialogue) = calling_for_talks"))
U(d, "New Zealand's Prime Minister Jacinda Ardern said Australia's future nuclear-powered submarines", "nuclear-free policy.",
  ("New Zealand", N, neu, "", "applying its own standing policy, no judgement = neutral"))
U(d, "French officials have said that the ambassadors' return depends on the answers Paris gets", "discuss the row.",
  ("France", N, neg, "", "unnamed officials of a named government = France; condition for the envoys' return, no judgement word = neutral (unsure); the EU meeting in the same sentence is narration"))
# "Diplomats in Brussels expect ..." : unnamed diplomats, no row
# tags, share, newsletter, comments, most read, footer: no rows
