# ------------------------------------------------------------------ Seytenga massacre, Burkina Faso (live blog, 2022-06-14; entries newest first)
d = "page_burkina_seytenga_massacre2022_liveblog.txt"
# Not statements: menu, LIVE tag, headline, key points (bullets), team line, time stamps, entry headings, closing note, share bar, Related, copyright.
U(d, "Human Rights Watch welcomed the government's promise of an inquiry but said the authorities", "after the gendarmerie post was hit on Thursday.",
  ("Human Rights Watch", C, neg, "Burkina Faso", "welcome joined to a judgement (left the town without protection): rule 1 decides = condemning"),
  ("Burkina Faso", N, neu, "", "a position of X reported by Y: the government's promise of an inquiry = a plan, neutral"))
U(d, "\"An inquiry is the least the families are owed", "the group's Sahel director.",
  ("Human Rights Watch", C, neg, "Burkina Faso", "judgement of the failure to guard the town, no stock word"))
U(d, "Salif Nikièma, a researcher at the Centre for Sahel Security Research", "communities that cooperate with the army.",
  ("Salif Nikièma", N, neg, "", "invented analyst; reading of the attackers' motive, no position"))
U(d, "\"The people of Seytenga were made an example of,\"", "he said.",
  ("Salif Nikièma", N, neg, "", "analysis"))
U(d, "\"Whoever did this wants every village in the Sahel region", "siding with the state.\"",
  ("Salif Nikièma", N, neg, "", "quote continued after the attribution; analysis of intent, no judgement of a named actor"))
U(d, "Nikièma said the junta's promise in January to turn the tide", "were not helped quickly.",
  ("Salif Nikièma", N, neg, "", "assessment of unmet expectations + forecast (unsure: could be read as a judgement of the junta)"))
U(d, "The United States \"strongly condemns\" the massacre in Seytenga", "wrote on Twitter.",
  ("United States", C, neg, "", "condemnation; perpetrators unnamed"))
U(d, "\"Those responsible must be held to account, and civilians must be protected,\"", "he added.",
  ("United States", C, neg, "", "holding the perpetrators responsible (judgement) + protection appeal: rule 1"))
U(d, "Price said the United States would keep working with Burkina Faso's partners", "displaced by the violence.",
  ("United States", S, pos, "", "humanitarian assistance = supporting"))
U(d, "Niger's government sent its condolences to the people of Burkina Faso", "on the national broadcaster in Niamey.",
  ("Niger", S, neg, "Burkina Faso", "condolences = supporting (solidarity); 'according to a statement read on' = second-hand"))
U(d, "It said Niger, whose border lies less than 20 km from Seytenga", "in the tri-border area.",
  ("Niger", S, pos, "Burkina Faso", "backing by act: joint patrols with the neighbour's forces"))
U(d, "The UN's humanitarian office said more than 3,000 people had reached Dori", "arrived with almost nothing.",
  ("United Nations", N, neu, "", "OCHA = UN; figures given by an actor = neutral, neutral tone"))
U(d, "Boureima Tamboura, who fled with his two wives and seven children", "through the night to reach Dori.",
  ("Boureima Tamboura", N, neg, "", "invented named displaced man; account"))
U(d, "\"They went from house to house and we still do not know who is alive,\"", "Tamboura said.",
  ("Boureima Tamboura", N, neg, "", "witness account"))
U(d, "\"We only ask the government to let us go back with soldiers beside us.\"", "\"We only ask the government to let us go back with soldiers beside us.\"",
  ("Boureima Tamboura", T, neg, "Burkina Faso", "quote continued; request for protection to return = calling_for_talks (protection of civilians)"))
U(d, "The Norwegian Refugee Council urged all armed actors to allow aid agencies", "civilians who are fleeing.",
  ("Norwegian Refugee Council", T, neg, "", "appeal for humanitarian access and protection of civilians"))
U(d, "France's foreign ministry said it condemned the massacre", "in their grief.",
  ("France", C, neg, "", "condemnation + solidarity: rule 1 decides; attackers unnamed"))
U(d, "Paris said it remained committed to supporting the armed forces of Burkina Faso", "wishes of the Burkinabè authorities.",
  ("France", S, pos, "Burkina Faso", "Paris = metonym; support for the army = supporting"))
U(d, "The ECOWAS Commission expressed its condolences to the families of the victims", "to the Burkinabè government.",
  ("ECOWAS", S, neg, "Burkina Faso", "condolences = supporting, grieving tone"))
U(d, "The West African bloc said it hoped calm would soon return", "go home in safety.",
  ("ECOWAS", T, pos, "", "'the West African bloc' = ECOWAS; hope for calm = calling_for_talks (guide)"))
U(d, "African Union Commission chairperson Moussa Faki Mahamat described the attack", "to the bereaved families.",
  ("African Union", C, neg, "", "'cowardly and senseless slaughter' = judgement + condolences; rule 1"))
U(d, "UN Secretary-General António Guterres is outraged by the killing of civilians in Seytenga", "told reporters in New York.",
  ("United Nations", C, neg, "", "outrage at a killing read as a negative judgement of the act (unsure: 'shocked'/'alarmed' alone would be neutral)"))
U(d, "The Secretary-General called on the Burkinabè authorities to spare no effort", "Dujarric said.",
  ("United Nations", C, neg, "", "demand that the perpetrators be brought to justice = holding them responsible (unsure: an appeal addressed to Ouagadougou could be calling_for_talks)"))
U(d, "He added that the United Nations remained committed to supporting Burkina Faso", "peace and stability.",
  ("United Nations", S, pos, "Burkina Faso", "'He' = Dujarric speaking for the SG; commitment of support"))
U(d, "The European Union said it feared that the final toll could go above 100 dead.", "The European Union said it feared that the final toll could go above 100 dead.",
  ("European Union", N, neg, "", "fear about the toll, no appeal = neutral, negative"))
U(d, "In a statement, the bloc's foreign policy chief Josep Borrell said the attackers", "must face justice.",
  ("European Union", C, neg, "", "judgement of the attackers + justice demand"))
U(d, "Government spokesman Lionel Bilgo rejected reports that troops had pulled out", "remained in the area throughout.",
  ("Burkina Faso", N, neg, "", "denial = neutral, negative"))
U(d, "Bilgo said the armed groups had turned on civilians", "military operations in the province.",
  ("Burkina Faso", N, neg, "", "explanation of the attackers' motive, no judgement word; groups unnamed"))
U(d, "He told a press conference in Ouagadougou that the army had killed around 40 militants", "in which 11 gendarmes died.",
  ("Burkina Faso", N, neu, "", "own strike reported as done, no judgement = neutral (guide)"))
U(d, "Burkina Faso's government said on Monday evening that the number of civilians killed had risen to 79", "in and around the village.",
  ("Burkina Faso", N, neu, "", "casualty figure given by an actor"))
U(d, "Search operations were continuing, the government said, and the toll could rise further.", "Search operations were continuing, the government said, and the toll could rise further.",
  ("Burkina Faso", N, neu, "", "facts and forecast"))
U(d, "The transition president has decreed three days of national mourning", "lowered across the country.",
  ("Burkina Faso", N, neg, "", "the leader by title; a procedural act of mourning, no evaluation of another actor"))
# "No group has claimed the attack. Seytenga lies in an area where fighters linked to ..." = narration, no row.
