# ------------------------------------------------------------------ Togo succession crisis (West African news site, scraped, 2005-02-26)
d = "page_togo_succession_westafricansite.txt"
U(d, "Faure Gnassingbé said on Friday night that he was giving up the presidency", "in his late father's chair.",
  ("Togo", N, neu, "", "dateline excluded; long lead: Gnassingbé's own decision to step down and run (plans, neutral)"),
  ("ECOWAS", S, pos, "Togo", "the ECOWAS chairman (Tandja) hailing the retreat speaks for the bloc: welcome = supporting; 'three weeks after the army seated...' is narration"))
# "Hours earlier the assembly's first vice-president, Abass Bonfoh, had been elected speaker ..." : passive narration, no actor, no row
U(d, "Bonfoh, sworn in on Saturday morning, said the election", "guarding the ballot boxes.",
  ("Togo", N, neu, "", "interim president by surname only; plans and procedures in security vocabulary (armed forces, barracks) = neutral"))
U(d, "\"The day the interim president is in office, the measures fall away.", "where the bloc has its secretariat.",
  ("ECOWAS", N, neu, "", "multi-sentence quote closed by its speaker (role then name) = one unit; procedure for lifting the sanctions + justification, no judgement; Abuja = place (not Nigeria)"))
U(d, "Chambas said Washington and Paris had both let him know", "with the bloc's decision.",
  ("United States", S, neu, "ECOWAS", "position of Washington reported inside Chambas's sentence (metonym): aligning its measures with the bloc = backing"),
  ("France", S, neu, "ECOWAS", "same, Paris = metonym; Chambas himself takes no new position (no ECOWAS row)"))
# "Gnassingbé Eyadéma, who had ruled Togo since 1967 ... died": background, no row
U(d, "Within hours, the chief of staff of the armed forces, General Zakari Nandja,", "left without a head.",
  ("Togo", N, neu, "", "the army speaks for its state (guide); own act announced with a justification, no judgement = neutral"))
# "The borders were sealed ..." and "By the following evening Natchaba had been voted out ..." : background narration in the passive, no actor, no row
# "The African Union was first to put a word on it." : summary line before the specific statement, no row
U(d, "\"There is no gentler name for what the soldiers did in Lomé.", "said from Addis Ababa on 5 February.",
  ("African Union", C, neg, "Togo", "AU Commission chairperson (role then name); multi-sentence quote closed by the speaker; 'a coup' + refusal to deal = condemning; Lomé = place"))
U(d, "Olusegun Obasanjo, Nigeria's president and at the time the AU's chairman,", "succession rules were respected.",
  ("African Union", C, neg, "Togo", "a head of state speaking as chair of the AU, through his spokeswoman = African Union, not Nigeria; refusal of the mandate = judgement"))
U(d, "A spokesman for UN Secretary-General Kofi Annan sent condolences", "constitution to the letter.",
  ("United Nations", T, neu, "Togo", "condolences + appeal to follow the constitution, no judgement: rule 2"))
U(d, "The European Union's development commissioner, Louis Michel, cautioned", "aid to Togo in 1993.",
  ("European Union", C, neg, "Togo", "warning that relations and aid are at risk = a threatened response (condemning); Brussels = object, the EU itself"))
U(d, "Senegal's president, Abdoulaye Wade, said the events", "back by years.",
  ("Senegal", C, neg, "Togo", "judgement without stock words"))
U(d, "At an extraordinary summit in Niamey on 9 February, the ECOWAS heads of state", "facing sanctions.",
  ("ECOWAS", C, neg, "Togo", "judgement ('a coup', 'a sleight of hand') + ultimatum; Lomé = metonym as object; Niamey = place"))
# "In Lomé, the government did not give ground at first." : summary line, no row
U(d, "Foreign Minister Kokou Tozoun rejected the word coup outright:", "when its head fell.\"",
  ("Togo", N, neg, "", "denial; quote opened after a colon belongs to the same unit"))
U(d, "On 18 February, Gnassingbé lifted the ban on demonstrations", "until the vote.",
  ("Togo", N, neu, "", "own measures and plans, surname only"))
# "The bloc was not satisfied." : summary line, no row
U(d, "On 19 February, in a statement issued by the secretariat, Tandja announced", "were in force.",
  ("ECOWAS", C, neg, "Togo", "suspension, recall of ambassadors, arms embargo and travel ban = sanctions; Tandja as chair = ECOWAS; Lomé = place/object"))
U(d, "Keeping the army's choice in the palace", "the statement said.",
  ("ECOWAS", C, neg, "Togo", "judgement without stock words, attribution tail ('the statement' = ECOWAS's)"))
# "A committee of Benin, Ghana, Mali, Niger and Nigeria was given the job ..." : passive narration, the listed states take no position (no rows)
U(d, "Chambas said the arms embargo covered weapons", "cargo bound for Togo.",
  ("ECOWAS", N, neu, "", "how the embargo is applied: procedure in sanctions vocabulary, sanctions as topic = neutral"))
U(d, "Washington would not deal with Gnassingbé as Togo's head of state", "Richard Boucher said on 19 February.",
  ("United States", C, neg, "Togo", "Washington = metonym; refusal to recognise + demand to make way; attribution tail"))
U(d, "He said the United States had halted its military aid programme for Lomé.", "for Lomé.",
  ("United States", C, neg, "Togo", "'He' = Boucher; halting military aid = a measure against Togo; Lomé = metonym as object"))
U(d, "The department was looking at what else it could do,", "Boucher added.",
  ("United States", S, neu, "ECOWAS", "backing the bloc's measures; attribution tail"))
# "France, the former colonial power ..., stood behind the bloc." : summary line before the specific statements, no row
U(d, "The Quai d'Orsay said France stood entirely behind", "in Niamey and Abuja.",
  ("France", S, pos, "ECOWAS", "Quai d'Orsay = metonym for the French foreign ministry; backing; Niamey and Abuja = places"))
U(d, "It called on the authorities in Lomé to bring back constitutional order", "through a free vote.",
  ("France", T, neu, "Togo", "'It' = the Quai d'Orsay; appeal without a judgement word = calling_for_talks"))
U(d, "Ghana's president, John Kufuor, whose country took in", "not in the streets.",
  ("Ghana", T, pos, "", "hope = calling_for_talks; the relative clause is background"))
U(d, "The main opposition party, the Union of Forces for Change (UFC)", "on behalf of the RPT.",
  ("Union of Forces for Change", C, neg, "Togo", "party under its own name; 'family coup' by the army (= Togo); Olympio is mentioned, not speaking"))
U(d, "\"We are not going to go home because the man has changed his title.", "said on Saturday.",
  ("Union of Forces for Change", C, neg, "Rally of the Togolese People", "multi-sentence quote closed by the speaker (role then name); accusation against the ruling party"))
U(d, "\"If this election is to mean anything, the exiles must be able to come back,", "before any date is fixed.",
  ("Union of Forces for Change", T, neu, "", "'he' = Fabre; conditions for a fair vote + call for talks under mediation, no judgement word = calling_for_talks"))
# "Opposition marches in Lomé drew tens of thousands ..." : narration, unsourced toll, no row
# "Residents of Bè ..." and the shopkeeper : not actors, no rows
# "Analysts in the region said ..." : unnamed, no row
U(d, "\"The test is the campaign.", "a political scientist at the University of Lomé.",
  ("Yao Mensah-Attoh", N, neg, "", "independent analyst (name after the quote); scenario of renewed unrest, no judgement = neutral"))
U(d, "Mensah-Attoh said the parties should agree now,", "before the campaign begins.",
  ("Yao Mensah-Attoh", T, neu, "", "surname only; appeal to agree under ECOWAS = calling_for_talks"))
U(d, "Aminata Diallo-Kane, a researcher at the West African Governance Forum in Dakar,", "every capital of the region.",
  ("Aminata Diallo-Kane", N, neu, "", "independent researcher; a fact and an assessment, no judgement; Dakar = place"))
U(d, "She said the RPT had treated the constitution as family property", "than it had realised.",
  ("Aminata Diallo-Kane", C, neg, "Rally of the Togolese People", "pronoun subject; judgement without stock words"))
U(d, "\"The real risk is the days after the count.", "Diallo-Kane said.",
  ("Aminata Diallo-Kane", N, neg, "", "risk assessment, no appeal = neutral, negative"))
# captions, "1 of 4", Related:, tags, newsletter prompt, MOST READ, comments, footer: never statements
