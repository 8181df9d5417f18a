# ------------------------------------------------------------------ DR Congo: court confirms Tshisekedi, Fayulu rejects (francophone African site in English, full HTML, 2019-01-21)
d = "page_drc_fayulu_courtruling_2019_afrosite.html"
# Not statements: top bar, masthead, nav, breadcrumb, kicker, headline, standfirst, byline/time, captions with credits and "2 of 3",
# share bar, ADVERTISEMENT, crossheads, "With agencies.", tags, newsletter prompt, Related list, comments, most read, footer.
U(d, "Martin Fayulu declared himself the rightful head of state", "30 December presidential election.",
  ("Lamuka", C, neg, "Democratic Republic of the Congo", "lead; dateline excluded; self-proclamation after the court threw out his appeal = rejection of the ruling in protest; Fayulu was Lamuka's candidate, so his challenge is the coalition's"))
U(d, "In a ruling read out shortly after midnight", "34.83 percent for Fayulu.",
  ("Democratic Republic of the Congo", N, neu, "", "the Constitutional Court dismisses the fraud claim and confirms figures: a ruling rejecting an accusation = neutral (like a denial), figures"))
U(d, "\"Not one ballot was opened in that courtroom", "at his home in Kinshasa.",
  ("Lamuka", C, neg, "Democratic Republic of the Congo", "multi-sentence quote closed by its speaker; the ruling judged a pre-written fraud"))
U(d, "The candidate of the Lamuka opposition coalition told his followers", "in every province.",
  ("Lamuka", C, neg, "", "refusing any authority formed from the ruling = rejecting a party in protest; the peaceful marches do not soften it (rule 1); target empty: the future government is not yet an actor"))
U(d, "On Monday morning he turned on the heads of state", "insulted the Congolese people.",
  ("Lamuka", C, neg, "", "accusation aimed at several heads of state -> target empty"))
U(d, "Tshisekedi, addressing jubilant supporters outside the headquarters", "candidates he had beaten.",
  ("Union for Democracy and Social Progress", T, pos, "", "president-elect speaking as UDPS leader (not yet sworn in); offer of dialogue to the beaten candidates (several) -> talks"))
U(d, "\"The time for quarrels is behind us.", "he said.",
  ("Union for Democracy and Social Progress", T, pos, "", "quote closed by its speaker; outstretched hand to Fayulu and the others; no judgement"))
U(d, "UDPS spokesman Augustin Kabuya dismissed as", "President Joseph Kabila.",
  ("Union for Democracy and Social Progress", N, neg, "", "denial of a deal = neutral, negative tone"))
U(d, "Government spokesman Lambert Mende said the ruling closed the matter", "a sovereign state.",
  ("Democratic Republic of the Congo", C, neg, "", "warning to any foreign capital = threat/judgement of interference; several possible addressees -> target empty"))
U(d, "Kinshasa's police commissioner, General Sylvano Kasongo, said", "any crowd that gathered.",
  ("Democratic Republic of the Congo", C, neg, "Lamuka", "ban and order to disperse the coalition's marches = threatened measure against a side"))
U(d, "Corneille Nangaa, the president of the Independent National Electoral Commission", "sworn in this week.",
  ("Democratic Republic of the Congo", N, pos, "", "electoral commission = state agency; self-praise + plan = neutral, positive tone"))
U(d, "Kabila's Common Front for Congo (FCC), whose candidate", "\"stand firm\".",
  ("Common Front for Congo", S, pos, "Democratic Republic of the Congo", "hailing the court's verdict = approval of a state institution's act"))
U(d, "The ruling came three days after heads of state meeting at the African Union", "hold back the final results.",
  ("African Union", C, neg, "Democratic Republic of the Congo", "background with a specific position: the results do not reflect the votes = negative judgement on the commission's figures, plus a demand to suspend (rule 1) (unsure: 'doubts' could be read as concern)"))
U(d, "On Sunday the AU Commission said the high-level delegation", "had been postponed.",
  ("African Union", N, neu, "", "postponing its own mission, no reason or protest stated = neutral"))
# "The Southern African Development Community took the opposite line." = summary line before the statement, no row.
U(d, "In a statement issued by its chairman, Namibian President Hage Geingob", "on his election.",
  ("SADC", S, pos, "Union for Democracy and Social Progress", "the chair speaking in the bloc's name = SADC; congratulations = recognition of the winner"))
U(d, "It asked all Congolese to accept the verdict", "\"within the constitution\".",
  ("SADC", T, neu, "", "'It' = SADC; appeal for peace and legal settlement, no judgement"))
U(d, "South African President Cyril Ramaphosa telephoned Tshisekedi", "his office said.",
  ("South Africa", S, pos, "Union for Democracy and Social Progress", "congratulations + offer of help = backing by act; Pretoria = metonym"))
U(d, "Kenya's Uhuru Kenyatta, Tanzania's John Magufuli and Burundi's Pierre Nkurunziza", "messages of congratulation.",
  ("Kenya", S, pos, "Union for Democracy and Social Progress", "a list of three heads of state, one row each; congratulations = recognition"),
  ("Tanzania", S, pos, "Union for Democracy and Social Progress", "same list"),
  ("Burundi", S, pos, "Union for Democracy and Social Progress", "same list"))
U(d, "Egypt, which takes over the AU chair next month, said it hoped", "country's stability.",
  ("Egypt", T, pos, "", "hope that the country turns the page calmly = calling_for_talks; Egypt speaks for itself, not yet AU chair"))
U(d, "The Catholic bishops' conference (CENCO), which deployed some 40,000 observers", "its own observers.",
  ("National Episcopal Conference of the Congo", C, neg, "Democratic Republic of the Congo", "background position: the official results do not match its tallies = accusation against the commission's figures (unsure: could be read as a neutral finding)"))
U(d, "On Sunday its secretary-general, Father Donatien Nshole, said", "avoid any violence.",
  ("National Episcopal Conference of the Congo", T, neu, "", "took note + appeal to avoid violence = talks"))
U(d, "In Brussels, a spokeswoman for EU foreign policy chief Federica Mogherini said", "without violence.",
  ("European Union", T, neu, "", "took note + appeal for legal channels and non-violence, no judgement"))
# "France, which had openly questioned the provisional figures earlier this month, was more guarded on Sunday." = summary line, no row.
U(d, "A French foreign ministry spokeswoman said Paris", "before saying more.",
  ("France", N, neu, "", "taking note and reserving its position = neutral; Paris = metonym"))
U(d, "Belgian Foreign Minister Didier Reynders said Brussels remained troubled", "recognise Tshisekedi.",
  ("Belgium", N, neg, "", "concern without an appeal = neutral, negative; Brussels = metonym for Belgium here"))
U(d, "In Washington, the State Department said the United States had noted the ruling", "met with force.",
  ("United States", T, neu, "Democratic Republic of the Congo", "appeal to the authorities to let peaceful protest happen; no judgement word"))
U(d, "UN Secretary-General António Guterres appealed to all parties", "his spokesman said.",
  ("United Nations", T, neu, "", "appeal to all sides for restraint and institutional channels"))
# "Internet access, cut since the day after the vote, ..." and "Streets in Kinshasa were largely calm on Sunday." = narration, no row.
U(d, "Nadine Ilunga, a researcher at the Goma-based Centre for Governance Studies", "allowed to see\".",
  ("Nadine Ilunga", C, neg, "Democratic Republic of the Congo", "invented independent analyst; the court covered a hidden arrangement = judgement"))
U(d, "\"The AU now has to choose between its own principles", "she said.",
  ("Nadine Ilunga", N, neu, "", "forecast, no judgement on a named actor"))
U(d, "Ilunga said the incoming president should order an independent audit", "taken seriously abroad.",
  ("Nadine Ilunga", T, neu, "Union for Democracy and Social Progress", "appeal for an audit = like a demand for an inquiry (calling_for_talks); addressed to the president-elect"))
U(d, "In Kintambo, a Fayulu stronghold, mechanic Patrick Mukendi, 34, said", "not because they agree\".",
  ("Patrick Mukendi", N, neg, "", "invented named resident; reading of the public mood, no position on an actor"))
