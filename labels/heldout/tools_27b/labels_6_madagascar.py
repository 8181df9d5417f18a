# ------------------------------------------------------------------ Military takeover in Madagascar (pan-African site, full HTML, 2025-10-16)
d = "page_madagascar_takeover_panafrican.html"
# No rows: consent bar, brand/tagline, nav, LATEST ticker, section label, headline, summary, meta/byline, captions,
# ADVERTISEMENT, crossheads, "Also read", credits, share, tags, comments, most read, footer.
U(d, "The African Union on Wednesday suspended Madagascar from all its activities", "flight of President Andry Rajoelina.",
  ("African Union", C, neg, "Madagascar", "long lead: a suspension = a measure against the state (the junta speaks for Madagascar); the colonel's announcement and the protests are narrated inside the sentence"))
U(d, "AU Commission Chairperson Mahmoud Ali Youssouf said the continental body would not accept", "constitutional order was restored.",
  ("African Union", C, neg, "Madagascar", "AU Commission chair = African Union; refusal of power taken by force + condition = judgement"))
U(d, "He said the Commission stood ready to accompany Malagasy stakeholders", "back to civilian rule.",
  ("African Union", T, pos, "", "'He' = Youssouf; offer to support an inclusive dialogue = calling_for_talks"))
U(d, "Randrianirina, a little-known officer who commanded the unit", "High Constitutional Court on Friday.",
  ("Madagascar", N, neu, "", "the junta leader speaks for the state (guide: a junta speaks for its state); his own plan = neutral"))
U(d, "\"We did not take power; we picked it up from the street", "the colonel said.",
  ("Madagascar", N, pos, "", "two-sentence quote closed by 'the colonel said'; justification + reassurance about his own conduct = neutral, positive"))
U(d, "He said a committee of officers would run the country", "elections would be held.",
  ("Madagascar", N, neu, "", "transition plan"))
U(d, "The National Assembly, which voted on Tuesday to impeach Rajoelina", "he added.",
  ("Madagascar", N, neu, "", "attribution tail 'he added'; plan for the institutions = neutral"))
U(d, "The High Constitutional Court had declared the presidency vacant", "a ruling that Rajoelina's camp rejects.",
  ("Madagascar", N, neu, "", "the court's ruling = a state organ's procedure (neutral)"),
  ("Andry Rajoelina", C, neg, "Madagascar", "'Rajoelina's camp rejects' the ruling: the ousted president speaks for himself, not for the state the junta now runs; rejection in protest (unsure: a bare tail, could be neutral)"))
# No rows: "Rajoelina, 51, left the country on Sunday." and the French-media report with "a claim Paris has neither
# confirmed nor denied" (a non-answer; Paris = metonym without a position).
U(d, "In a statement posted on his Facebook page on Tuesday night, the ousted president described", "a group of soldiers.",
  ("Andry Rajoelina", C, neg, "Madagascar", "'the ousted president' = Rajoelina; 'attempted coup by a group of soldiers' = judgement of the army (= Madagascar)"))
U(d, "\"I remain the president elected by the Malagasy people.", "the statement said.",
  ("Andry Rajoelina", N, neg, "", "two-sentence quote closed by 'the statement said'; claim of his own legitimacy with no judgement word = neutral, negative (unsure)"))
U(d, "It called on the armed forces to stay loyal to the constitution", "reject violence.",
  ("Andry Rajoelina", T, neu, "", "'It' = the statement; appeal to the army and citizens, no judgement = calling_for_talks"))
# No row: "Before leaving, Rajoelina had dismissed his entire government ..." (background of his past acts).
U(d, "The Gen Z Madagascar movement, which began the protests on 25 September", "refused to shoot.",
  ("Gen Z Madagascar", S, pos, "Madagascar", "movement under its own name (name files); welcome + thanks to the soldiers (the army = Madagascar) = supporting"))
U(d, "But the movement warned that it had not marched for weeks", "place in the transition.",
  ("Gen Z Madagascar", T, neg, "Madagascar", "a warning + a demand for inclusion, no explicit judgement = calling_for_talks (unsure: 'a new strongman' could be read as a judgement)"))
U(d, "\"We are watching. If they betray us, we will be back in the street,\"", "told Africa Compass.",
  ("Gen Z Madagascar", C, neg, "Madagascar", "a named spokesperson of a named movement speaks for it; conditional threat of renewed protests = condemning (unsure)"))
U(d, "The United Nations says at least 22 people were killed in the first days of the protests", "former government disputed.",
  ("United Nations", N, neg, "", "casualty figure given by an actor = neutral; the former government's dispute is past background (no row)"))
U(d, "The Southern African Development Community, which Madagascar chaired until August", "help calm the crisis.",
  ("SADC", T, neu, "", "setting up a panel of elders to calm the crisis = mediation = calling_for_talks"))
U(d, "Malawi's President Peter Mutharika, who chairs SADC's Organ on Politics, Defence and Security, said", "among Malagasy actors.",
  ("SADC", T, neu, "", "a head of state speaking as chair of a SADC organ speaks for the body (guide), not for Malawi; appeal for restraint and dialogue"))
U(d, "\"The loss of even one more life in Madagascar would be one too many,\"", "issued from Lilongwe.",
  ("SADC", T, neg, "", "plea against further loss of life = appeal to protect civilians; Lilongwe = place (not Malawi as actor)"))
U(d, "United Nations Secretary-General António Guterres condemned the unconstitutional change of government", "his spokesman said in New York.",
  ("United Nations", C, neg, "Madagascar", "condemnation + call for a return to order: rule 1; target = the junta = Madagascar"))
# No row: "France, the former colonial power, was more cautious." (summary line)
U(d, "President Emmanuel Macron said on Tuesday that he was concerned about the situation", "show restraint.",
  ("France", T, neg, "", "concern + 'had to be preserved' + the ministry's appeal for restraint = calling_for_talks; two voices of the same state in one sentence = one row"))
U(d, "The European Union called on the Malagasy authorities to respect the constitutional framework", "with its member states.",
  ("European Union", T, neu, "Madagascar", "appeal addressed to one side with no judgement word = calling_for_talks"))
U(d, "The US embassy in Antananarivo advised American citizens", "avoid demonstrations.",
  ("United States", N, neu, "", "embassy = United States; travel advice = own measure, neutral"))
U(d, "China, Madagascar's largest trading partner, said through its foreign ministry spokesperson", "restore stability soon.",
  ("China", T, pos, "", "respect for the people's choice + hope for stability: hope = calling_for_talks, rule 2 before 3 (unsure: could be supporting the new authorities)"))
# No rows: street scene, the unnamed political scientist, the 2009 background.
U(d, "Madagascar's tourism board said international flights to Ivato airport", "tourist areas were calm.",
  ("Madagascar", N, pos, "", "a state agency = Madagascar; reassuring facts = neutral, positive"))
