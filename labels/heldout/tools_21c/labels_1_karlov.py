# ------------------------------------------------------------------ Karlov assassination, Ankara (TASS-style Russian state media, 2016-12-20)
d = "page_karlov_ankara_statemedia.txt"
U(d, "A team of Russian investigators, intelligence officers", "Iran in Moscow.",
  ("Russia", N, neu, "", "dateline '/TASS/.' excluded; own team sent, reported as done = neutral"))
U(d, "\"Our Turkish partners reacted at once", "Lavrov told reporters.",
  ("Russia", S, pos, "Turkey", "multi-sentence quote closed by its speaker = one unit; praise of Ankara's reaction = supporting"))
U(d, "The minister said the crime had only made", "and the opposition.",
  ("Russia", T, pos, "", "'The minister' = Lavrov; hope that the Syria talks open negotiations = calling_for_talks"))
U(d, "Turkish Interior Minister Suleyman Soylu identified", "off duty at the time.",
  ("Turkey", N, neu, "", "minister introduced by role; facts about the gunman"))
U(d, "President Vladimir Putin, who summoned Lavrov", "search for peace in Syria.",
  ("Russia", C, neg, "", "quotation opened after a colon and left open (continues in the next paragraph); judgement of the unknown organisers -> target empty"))
U(d, "\"We will find out who stood behind the killer", "will feel that,\" he said.",
  ("Russia", C, neg, "", "quotation continued over the paragraph break; 'he' = Putin; threatened response"))
U(d, "Foreign Ministry spokeswoman Maria Zakharova, who confirmed", "UN Security Council.",
  ("Russia", C, neg, "", "calls it a terrorist act and takes it to the Council = judgement; perpetrators unnamed"))
U(d, "Zakharova described Karlov as an outstanding diplomat", "settlement in Syria.",
  ("Russia", N, pos, "", "praise of its own ambassador = self-praise, neutral with a positive tone"))
U(d, "Asked about Turkish statements linking the gunman", "before naming anyone.",
  ("Russia", N, neu, "", "declines to name a culprit before the findings (contrast with Turkey's Gulen accusation)"))
U(d, "Turkish President Recep Tayyip Erdogan said in a televised address", "would not succeed.",
  ("Turkey", C, neg, "", "'deliberate attempt to poison relations' = judgement of the unnamed attackers"))
U(d, "Ankara will not rest until everyone involved in the crime", "a friend of their country.",
  ("Turkey", S, pos, "Russia", "attribution tail ('..., the Turkish Foreign Ministry said in a statement'); own pledge + tribute to Russia's envoy: the tribute decides (rule 3 before 4); Ankara = metonym"))
U(d, "On Tuesday, Turkish ministers and officials attended a farewell ceremony", "with military honours.",
  ("Turkey", S, pos, "Russia", "backing by act: official farewell for the ambassador (unsure: could be read as narrative); Ankara's airport = place"))
U(d, "Turkish Foreign Minister Mevlut Cavusoglu told US Secretary of State John Kerry", "news agency reported.",
  ("Turkey", C, neg, "Fethullah Gulen", "accusation; Kerry only addressed; Anadolu only carries the statement (not an actor)"))
U(d, "Gulen, whom Ankara accuses of organising", "to the Russian people.",
  ("Fethullah Gulen", C, neg, "", "the preacher as his own actor (name files); condemnation + condolences: rule 1"))
U(d, "US Secretary of State John Kerry said an attack on an ambassador", "every envoy relies on.",
  ("United States", C, neg, "", "judgement of the attack; no perpetrator named"))
U(d, "He said Washington stood ready to help", "if they asked for it.",
  ("United States", S, pos, "", "'He' = Kerry; offer of assistance = supporting; offered to two states -> target empty"))
U(d, "The US Embassy in Ankara, outside which a man fired shots", "services for the day.",
  ("United States", N, neg, "", "monitoring + own measure, no appeal = neutral, negative"))
U(d, "UN Secretary-General Ban Ki-moon was horrified", "Stephane Dujarric said.",
  ("United Nations", C, neg, "", "SG via his spokesman (attribution tail); condemnation, no perpetrator named"))
U(d, "Dujarric said the Secretary-General welcomed the decision", "eastern Aleppo going.",
  ("United Nations", T, pos, "", "welcome + appeal for the evacuation, no judgement: rule 2 before rule 3"))
U(d, "Among the first to send condolences was EU foreign policy chief", "Zakharova said.",
  ("European Union", C, neg, "", "the EU's position reported by Zakharova = the EU's statement; Russia takes no position here (no Russia row); condolences + condemnation: rule 1"))
U(d, "Messages of sympathy also came from the leaders of Germany, France and Britain", "the Kremlin said.",
  ("Germany", S, pos, "Russia", "list of states reported by the Kremlin: one row per state; sympathy = supporting"),
  ("France", S, pos, "Russia", "same list"),
  ("United Kingdom", S, pos, "Russia", "same list; Britain = United Kingdom"))
U(d, "Iran's Foreign Ministry spokesman Bahram Qassemi said the killing bore", "together on Syria.",
  ("Iran", C, neg, "", "blame on 'takfiri extremists' (not a canonical actor) -> target empty; Moscow, Ankara, Tehran only mentioned"))
U(d, "He said Iran shared the grief of the Russian people", "stood by Moscow.",
  ("Iran", S, pos, "Russia", "'He' = Qassemi; solidarity; Moscow = metonym"))
U(d, "After their talks on Tuesday, the foreign and defence ministers of Russia, Iran and Turkey", "that it is kept.",
  ("Russia", T, pos, "", "joint statement of three states: one row each; offer to back and guarantee a negotiated deal = calling_for_talks"),
  ("Iran", T, pos, "", "same joint statement"),
  ("Turkey", T, pos, "", "same joint statement"))
