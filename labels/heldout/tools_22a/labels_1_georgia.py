# ------------------------------------------------------------------ Russia-Georgia war, South Ossetia (Reuters-style wire round-up, 2008-08-12)
d = "page_georgia_ossetia_wire.txt"
U(d, "President Dmitry Medvedev ordered Russian forces to stop", "ending five days of war.",
  ("Russia", C, neg, "Georgia", "dateline excluded; halt + 'Tbilisi had been made to pay for its assault' = judgement (rule 1) decides over signing up to the outline in the same sentence; Tbilisi = metonym"))
U(d, "Medvedev told defence chiefs in the Kremlin", "achieved its aims.",
  ("Russia", N, neu, "", "own operation reported as done, no judgement = neutral; Kremlin = place"))
U(d, "\"If anyone fires on our people again", "shown on state television.",
  ("Russia", C, neg, "Georgia", "multi-sentence quote closed by its speaker (surname only) = one unit; conditional threat of a military response; aimed at Georgia by context ('anyone' names no one: unsure about the target)"))
U(d, "Standing beside French President Nicolas Sarkozy", "before the fighting.",
  ("Russia", T, neu, "", "agreeing ceasefire principles (renunciation of force, halt, aid access, pullback) = calling_for_talks"),
  ("European Union", T, neu, "", "'the two men had agreed': Sarkozy agrees as holder of the EU presidency = European Union (guide: chair speaking for the body)"))
U(d, "Sarkozy, whose country holds the rotating presidency", "stop the killing.",
  ("European Union", T, pos, "", "EU presidency; 'a first step that could stop the killing' = appeal/hope for an end to fighting"))
U(d, "\"Europe has come to Moscow with one message", "the joint news conference.",
  ("European Union", T, neu, "", "'he' = Sarkozy; quote opened after a colon inside the quotation; appeal to end the shooting and respect borders, no judgement of anyone = calling_for_talks (rule 2 before 3)"))
U(d, "Sarkozy flew on to Tbilisi in the evening", "President Mikheil Saakashvili.",
  ("European Union", T, neu, "Georgia", "mediation act reported as done (putting the plan to the other party) = calling_for_talks (unsure: could be read as narrative)"))
U(d, "Foreign Minister Sergei Lavrov said earlier in the day", "the South Ossetian capital.",
  ("Russia", C, neg, "Georgia", "refusal to deal with Saakashvili + blame for civilian deaths; Moscow = metonym"))
U(d, "\"It would be best for everyone if Mr Saakashvili left.", "Lavrov told reporters.",
  ("Russia", C, neg, "Georgia", "two-sentence quote closed by its speaker; demand that a leader go + refusal to sit with him, stated as a judgement"))
U(d, "Prime Minister Vladimir Putin, who flew to the North Ossetian city", "the Ossetian people.",
  ("Russia", C, neg, "Georgia", "'genocide' accusation; Vladikavkaz = place"))
U(d, "In Tbilisi, Saakashvili told a crowd", "former Soviet republics.",
  ("Georgia", N, neu, "", "leaving the CIS with no protest stated in the sentence = neutral (guide rule 4; unsure: the next sentence carries the judgement)"))
U(d, "\"Russia set out to wipe our state off the map.", "he told the rally.",
  ("Georgia", C, neg, "Russia", "two-sentence quote closed by 'he' (Saakashvili); accusation"))
U(d, "Saakashvili said after meeting Sarkozy late on Tuesday", "to be changed.",
  ("Georgia", T, neu, "", "accepting the ceasefire principles with a reservation on wording = calling_for_talks"))
U(d, "Russian aircraft bombed the centre of Gori", "said in a statement.",
  ("Georgia", C, neg, "Russia", "attribution tail (Georgia's National Security Council = Georgia); accusation made by describing attacks on civilians = condemning; Gori = place"))
U(d, "The Defence Ministry in Moscow denied", "only military targets.",
  ("Russia", N, neg, "", "denial = neutral, negative tone; 'in Moscow' = place of the ministry"))
U(d, "Eduard Kokoity, leader of the separatist administration", "independently verified.",
  ("South Ossetia authorities", N, neu, "", "death toll given by the separatist leader = neutral (unsure: the clause 'since Georgian forces began their assault' could be read as an accusation)"))
U(d, "Kokoity accused Saakashvili of trying to destroy", "an independent state.",
  ("South Ossetia authorities", C, neg, "Georgia", "surname only; accusation against Georgia's president; the request to Moscow sits in the same sentence"))
U(d, "He thanked Russian troops for what he called", "Russia's help.",
  ("South Ossetia authorities", S, pos, "Russia", "'He' = Kokoity; thanks = supporting; Interfax only carries the words"))
U(d, "In Washington, Secretary of State Condoleezza Rice said", "before August 7.",
  ("United States", T, neu, "", "appeal to all sides to respect a ceasefire + pullback, no judgement word = calling_for_talks; aimed at several sides -> target empty"))
U(d, "President George W. Bush said on Monday", "standing in the world.",
  ("United States", C, neg, "Russia", "judgement without strong words ('could not be justified')"))
U(d, "The U.S. Air Force flew some 2,000 Georgian soldiers", "a Pentagon spokesman said.",
  ("United States", S, neu, "Georgia", "backing by act (airlift of Georgia's troops) = supporting; attribution tail to an unnamed Pentagon spokesman (a named body)"))
U(d, "NATO Secretary-General Jaap de Hoop Scheffer said", "heavy civilian casualties.",
  ("NATO", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "James Appathurai, a spokesman for the alliance", "relations with Moscow.",
  ("NATO", C, neg, "Russia", "spokesman introduced by role, 'the alliance' = NATO; judgement ('far beyond what could be called peacekeeping') + review of relations"))
U(d, "Finland's Foreign Minister Alexander Stubb, who chairs", "the guns fell silent.",
  ("OSCE", T, neu, "", "the OSCE chair speaks for the body; offer of ceasefire monitors = calling_for_talks (unsure: could be a neutral plan)"))
U(d, "\"Both sides must move their troops back", "Stubb told reporters.",
  ("OSCE", T, neu, "", "surname only; appeal to both sides + 'no military answer' = calling_for_talks"))
U(d, "In a joint statement issued on Saturday, the leaders of Poland", "pass over in silence.",
  ("Poland", C, neg, "Russia", "joint statement of four states = one row each; 'aggression'"),
  ("Lithuania", C, neg, "Russia", "same joint statement"),
  ("Estonia", C, neg, "Russia", "same joint statement"),
  ("Latvia", C, neg, "Russia", "same joint statement (Latvia not in the name files: declared in new_actors.csv)"))
