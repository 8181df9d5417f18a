# ------------------------------------------------------------------ Abu Ghraib photographs and the ICRC report (international wire copy, 2004-05-10)
d = "page_abughraib_wire.txt"
# No row: headline, section menu, byline, read time, share bar, dateline (excluded from the first unit), ADVERTISEMENT,
# crossheads, "Related:", reporting credits, related coverage, most read, standards line, copyright.
U(d, "The International Committee of the Red Cross said on Monday it had raised", "under pressure to quit.",
  ("ICRC", N, neg, "", "long lead mixing narration and the ICRC's account of its own repeated representations; no judgement word -> neutral, negative"))
U(d, "The confidential report, excerpts of which were first published", "part of the routine of interrogation.",
  ("ICRC", C, neg, "United States", "the ICRC's report describing prisoners held naked in dark cells and coercion as routine = an accusation made by describing the other side's treatment of detainees (rule 4); coalition at Abu Ghraib = US-run (unsure: could be read as narration of a leaked document)"))
U(d, "Pierre Kraehenbuehl, the Geneva-based agency's director of operations", "without its consent.",
  ("ICRC", N, neg, "", "regret at a leak by no named actor: procedural complaint, no actor judged -> neutral, negative (unsure)"))
U(d, "But he made clear that the agency did not share Washington's view", "misconduct of isolated individuals.",
  ("ICRC", C, neg, "United States", "'he' = Kraehenbuehl; rejecting Washington's account and finding 'a pattern' of abuse in the coalition's places of detention = an accusation"),
  ("United States", N, neg, "", "Washington (metonym) reported inside the ICRC's sentence: its 'few soldiers' account = a minimising defence, no judgement -> neutral, negative"))
# No row: "The report, dated February, quotes coalition intelligence officers ..." (a figure from unnamed coalition officers carried in a document; the coalition is no canonical actor)
U(d, "ICRC President Jakob Kellenberger raised the agency's findings", "Antonella Notari, said.",
  ("ICRC", N, neg, "United States", "specific acts reported (phone call to Powell, visit to Washington) by the spokeswoman; raising concerns, no judgement word -> neutral"))
U(d, "\"We asked, in writing and in person, for the practices to be corrected", "Notari said.",
  ("ICRC", T, neg, "United States", "a demand that one side stop its practices, no judgement word -> calling_for_talks, negative"))
# No row: "The photographs, first aired by CBS ..." and "Seven soldiers have been charged and several officers reprimanded." (narration, passive)
# No row: "In Washington, President George W. Bush went to the Pentagon ..." (a visit, no position)
U(d, "\"It happened in my department, and I answer for what happens in my department,\"", "still to come.",
  ("United States", N, neg, "", "Rumsfeld (defense secretary) accepting responsibility + apology + a forecast: no judgement on another actor -> neutral, negative"))
U(d, "Bush had gone further on Thursday, when he told reporters at the White House", "prisoners and their families.",
  ("United States", N, neg, "", "an apology with no judgement word -> neutral, negative; King Abdullah only present in this sentence"))
U(d, "The president called the treatment of the detainees a shameful episode", "sent to Iraq to do.",
  ("United States", C, neg, "", "judgement of the abuse committed by its own soldiers ('shameful', 'a betrayal'): condemning an action; no canonical actor as target"))
U(d, "The king said he had heard the president's words and that he expected the people responsible to be punished.", "to be punished.",
  ("Jordan", C, neg, "", "'The king' = King Abdullah of Jordan (previous paragraph); expecting the culprits to be punished = holds them responsible (unsure: could be read as neutral acknowledgement of the apology)"))
U(d, "In Baghdad, the deputy director of coalition operations, Brigadier General Mark Kimmitt", "the media and the public.",
  ("United States", N, neu, "", "US army spokesman; date and procedure of the first court-martial"))
U(d, "Major General Geoffrey Miller, who took charge of detention operations", "beyond ordinary questioning.",
  ("United States", N, neu, "", "figures and plans for the prison (US commander)"))
U(d, "Detainees who posed a threat to coalition troops would continue to be held", "includes Iraqi representatives.",
  ("United States", N, neu, "", "'he' = Miller; 'threat', 'troops' as topics of a procedure -> neutral"))
U(d, "In London, Prime Minister Tony Blair told the House of Commons", "serving in southern Iraq.",
  ("United Kingdom", C, neg, "", "apology + judgement of the conduct ('a betrayal') of soldiers under its own command: condemning an action, no canonical target (unsure: an apology alone would be neutral)"))
U(d, "\"What has happened is completely unacceptable", "Blair said.",
  ("United Kingdom", C, neg, "", "'unacceptable' + punishment promised; aimed at wrongdoers under its own command, no canonical target"))
U(d, "Defence Secretary Geoff Hoon said he had not personally seen", "including deaths in custody.",
  ("United Kingdom", N, neu, "", "facts and an investigation under way"))
# No row: "Doubts have also been raised over photographs published by the Daily Mirror ..." (passive narration)
U(d, "\"There are serious grounds for doubt about these pictures", "a defence ministry spokesman said.",
  ("United Kingdom", N, neg, "", "unnamed spokesman of a named ministry = UK; questioning the authenticity of the photographs = a denial -> neutral, negative"))
U(d, "In Iraq itself, the U.S.-appointed Governing Council said in a statement", "in a way Iraqis could follow.",
  ("Iraq", C, neg, "", "the Governing Council = Iraq (declared in new_actors.csv); 'an insult to every Iraqi' + demand for trials (rule 1); 'those responsible' -> target empty"))
U(d, "The council, which is due to hand over to an interim government on June 30", "run by the coalition.",
  ("Iraq", T, neu, "United States", "'The council' by context; asking for access to detention facilities = a humanitarian access appeal, no judgement; coalition = US-led"))
U(d, "\"The occupation authorities promised us a new Iraq", "Mahmoud Othman.",
  ("Iraq", C, neg, "United States", "a council member speaking as such = Iraq; 'broken that promise' = accusation of the occupation authorities (US-led CPA) + a demand (rule 1); multi-sentence quote closed by its speaker"))
U(d, "The Arab League's secretary-general, Amr Moussa, said in Cairo", "treatment of detainees in Iraq.",
  ("Arab League", C, neg, "United States", "'a disgrace that no apology could erase' (aimed at the US apology) + appeal to the UN (rule 1); Cairo = place"))
U(d, "The Cairo-based league had earlier said it hoped the coalition would release", "begin to turn the page.",
  ("Arab League", T, pos, "United States", "'the league' by context; a hope addressed to the coalition (US-led) -> calling_for_talks, positive"))
U(d, "\"These pictures show the real face of the occupation", "the state news agency IRNA.",
  ("Iran", C, neg, "United States", "foreign ministry spokesman = Iran; accusation + attribution tail through the state agency (IRNA is no actor)"))
# No row: "At the United Nations, questions about the photographs dominated the daily briefing in New York." (scene)
U(d, "\"The secretary-general has made it clear that prisoners everywhere", "Fred Eckhard, told reporters.",
  ("United Nations", T, neu, "United States", "UN spokesman for the SG; humane treatment of prisoners asked of the coalition, no judgement -> calling_for_talks"))
U(d, "The acting U.N. High Commissioner for Human Rights, Bertrand Ramcharan", "publish within weeks.",
  ("United Nations", N, neu, "", "OHCHR = UN; a plan (report in preparation)"))
# No row: "Analysts said the timing ..." (unnamed analysts)
U(d, "\"The danger now is not only diplomatic.", "teaches international relations in Beirut.",
  ("Salim Abou-Nader", N, neg, "", "independent analyst; risks and scenarios, no judgement of any actor; multi-sentence quote closed by its speaker"))
U(d, "Abou-Nader said he expected more countries to hesitate", "if more images emerged.",
  ("Salim Abou-Nader", N, neg, "", "surname only; forecast and warning of risk, no judgement"))
U(d, "Miriam Ostrander, a former State Department lawyer", "further up the chain of command.",
  ("Miriam Ostrander", N, neu, "", "independent former official; legal analysis"))
U(d, "\"If the Red Cross is right that this was routine in some facilities", "she said.",
  ("Miriam Ostrander", N, neg, "", "a scenario, conditional, no judgement"))
U(d, "She said the administration had brought much of the damage on itself", "believed abroad.",
  ("Miriam Ostrander", C, neg, "United States", "'She' = Ostrander; judgement of the administration (ignoring written warnings) + call for an independent inquiry: rule 1"))
U(d, "Kimmitt said on Sunday that coalition forces continued to face daily attacks", "near Najaf and Kerbala.",
  ("United States", N, neg, "", "surname only; operational facts in war vocabulary ('attacks', 'troops', 'fighting militiamen') -> neutral"))
