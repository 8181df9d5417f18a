# ------------------------------------------------------------------ Shooting at Evo Morales's car near Villa Tunari (27 October 2024): wire story (2024-10-28)
d = "page_bolivia_morales_convoy_villatunari2024_wire.txt"
# Not statements: wire masthead, menu, section + time line, UPDATE headline, byline, read time, Summary bullets,
# crossheads (GOVERNMENT VERSION, REGIONAL REACTION, ANALYSTS SEE DEEPENING SPLIT), ADVERTISEMENT, reporting credits,
# Our Standards, Related coverage, tags, most read, copyright. The blockades background, "Leftist governments in the
# region were quick to side with Morales ..." (summary line) and "The U.S. State Department did not respond" (non-answer): no row.
# Morales = Movement for Socialism (the name files list him under his party; he is no longer head of state).
U(d, "Former Bolivian President Evo Morales accused the government of his one-time ally Luis Arce", "Chapare region.",
  ("Movement for Socialism", C, neg, "Bolivia", "dateline 'COCHABAMBA, Bolivia, Oct 27 (AndesWire) - ' excluded; accusation of an attempt on his life"))
U(d, "Morales, 65, said two pickup trucks cut across the road", "wounding his driver in the head.",
  ("Movement for Socialism", N, neg, "", "his account of the attack with no culprit named in this sentence = facts, negative tone"))
U(d, "\"They could not finish me off in the courts, so now they have come with rifles,\"", "defence ministers by name.",
  ("Movement for Socialism", C, neg, "Bolivia", "quote + attribution + blame of named ministers"))
U(d, "The former president, who is seeking the ruling Movement for Socialism (MAS) party's nomination", "urgent protective measures.",
  ("Movement for Socialism", T, neg, "Organization of American States", "'the former president' = Morales; request for protection addressed to the IACHR (= OAS, alias) = calling_for_talks (protection), no judgement in this sentence"))
U(d, "Arce said on social media that he had instructed prosecutors and police", "no place in Bolivia.",
  ("Bolivia", T, neu, "", "own inquiry + rejection of political violence aimed at no one = an appeal (as 'opposes any escalation'); unsure: could be neutral"))
U(d, "He added that Bolivians were tired of confrontation", "facts were known.",
  ("Bolivia", T, neu, "", "'he' = Arce; appeal for calm and against premature conclusions"))
U(d, "Interior Minister Eduardo del Castillo told a news conference in La Paz", "former president's aides rejected.",
  ("Bolivia", C, neg, "Movement for Socialism", "counter-accusation: shots came from Morales's convoy"),
  ("Movement for Socialism", N, neg, "", "the aides' rejection of the minister's version = denial, neutral with a negative tone"))
U(d, "\"No order was ever given to attack Mr. Morales, and none will be given,\"", "del Castillo said.",
  ("Bolivia", N, neg, "", "denial = neutral"))
U(d, "Deputy Security Minister Roberto Ríos went further", "portray the former leader as a victim.",
  ("Bolivia", C, neg, "Movement for Socialism", "suggestion of a staged attack = accusation"))
U(d, "A day earlier, Bolivia's foreign ministry had sent a note to the diplomatic corps", "constitutional government.",
  ("Bolivia", C, neg, "Movement for Socialism", "blockades by Morales's supporters described as destabilisation = judgement"))
U(d, "Venezuela's foreign ministry said the shooting bore the marks of the extremism", "Yván Gil on Telegram.",
  ("Venezuela", C, neg, "", "judgement of the attack, perpetrators unnamed -> target empty; attribution tail"))
U(d, "President Nicolás Maduro said on Telegram that Venezuela expected the Bolivian authorities", "what happened.",
  ("Venezuela", T, neu, "Bolivia", "demand for a full account = an appeal for an inquiry, no judgement"))
U(d, "Cuba's Foreign Minister Bruno Rodríguez wrote on X that whoever pulled the trigger", "as much as at Morales.",
  ("Cuba", C, neg, "", "judgement of the unnamed attackers"))
U(d, "Honduran President Xiomara Castro said Morales's life was in danger", "give him protection.",
  ("Honduras", T, neg, "Bolivia", "appeal for protection; Castro speaks as Honduras's president here, not in CELAC's name"))
U(d, "Colombian President Gustavo Petro, in a post on X, linked the shooting", "accuse the Bolivian state.",
  ("Colombia", C, neg, "", "judgement of the 'far right' (not an actor); the Bolivian state expressly not accused -> target empty"))
U(d, "In Mexico City, President Claudia Sheinbaum told her morning news conference", "not in gunfire.",
  ("Mexico", T, neu, "", "backing of Morales joined to an appeal against violence and no judgement: rule 2 before rule 3"))
U(d, "The office of the U.N. High Commissioner for Human Rights said it was following events", "impartial investigation.",
  ("United Nations", T, neu, "Bolivia", "monitoring + appeal for an independent inquiry"))
U(d, "The IACHR said it had asked the Bolivian state for information", "commission in Washington.",
  ("Organization of American States", N, neu, "", "IACHR = OAS (alias); procedure; 'according to a statement from' tail"))
U(d, "Verónica Quispe Loza, a political scientist at the Centro de Estudios Andinos", "before the MAS primaries.",
  ("Verónica Quispe Loza", N, neg, "", "invented scholar; assessment of both camps, no judgement aimed at one"))
U(d, "\"The real danger is that the blockades turn into a confrontation", "Quispe said.",
  ("Verónica Quispe Loza", N, neg, "", "risk line = neutral, negative tone"))
U(d, "Daniel Aramayo, a former deputy ombudsman, said the government had lost credibility", "ballistic test was done.",
  ("Daniel Aramayo", C, neg, "Bolivia", "invented former official = independent person; judgement of the government"))
U(d, "He urged Arce and Morales to accept an international technical team", "calm the Chapare.",
  ("Daniel Aramayo", T, neu, "", "appeal to both sides -> target empty"))
U(d, "A spokesman for the presidency said the government had offered Morales a police escort", "the offer still stood.",
  ("Bolivia", S, neu, "Movement for Socialism", "unnamed spokesman of a named presidency speaks for Bolivia (guide); offer of protection = offering assistance (supporting); plain tone (unsure: could be read as neutral self-justification)"))
U(d, "The Six Federations of the Tropics of Cochabamba, the coca growers' unions", "day and night from now on.",
  ("Six Federations of the Tropics of Cochabamba", S, pos, "Movement for Socialism", "union federation (new actor, group); backing by act: guarding Morales's home"))
