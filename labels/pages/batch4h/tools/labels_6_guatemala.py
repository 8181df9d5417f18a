# ------------------------------------------------------------------ Guatemala, Arévalo's inauguration (live blog, full HTML, 2024-01-14/15)
d = "page_guatemala_liveblog.html"
U(d, "Speaking to reporters after the ceremony, the new president said he would ask", "will of the voters.",
  ("Guatemala", C, neg, "", "after the oath Arévalo speaks for the state; asking the attorney general to resign + accusation; her office is an organ of the same state -> target empty"))
U(d, "Porras, whose term runs until 2026", "she will not resign.",
  ("Guatemala", N, neu, "", "attorney general = a state official -> Guatemala (two organs of one state at odds); refusal to resign, no judgement"))
U(d, "In his first speech as president, Arévalo said the day marked a turning point.", "a turning point.",
  ("Guatemala", N, pos, "", "president now in office -> Guatemala"))
U(d, "\"Our democracy has been tested and it held.", "he said.",
  ("Guatemala", N, pos, "", "multi-sentence quote closed by its speaker; self-praise + pledge, no actor judged"))
U(d, "He thanked the foreign delegations that had stayed through the night", "since October.",
  ("Guatemala", S, pos, "", "thanks to several actors -> target empty"))
U(d, "USAID Administrator Samantha Power, who heads the US delegation", "from his first day.",
  ("United States", S, pos, "Movimiento Semilla", "praise + backing of the president-elect; Washington = US"))
U(d, "Chilean President Gabriel Boric, who had to leave before the swearing-in", "an affront to Guatemalans.",
  ("Chile", C, neg, "", "'unacceptable' aimed at 'a group of deputies' (not a canonical actor) -> target empty"))
U(d, "Spain's King Felipe VI also left the venue", "Spanish royal household.",
  ("Spain", N, neu, "", "leaving with no protest stated = neutral (labels/README); royal household -> Spain"))
U(d, "The Secretary General of the Organization of American States, Luis Almagro, read out a statement", "before the day ended.",
  ("Organization of American States", T, neu, "Guatemala", "joint statement read by Almagro; Oxford-comma list -> one row per named actor; appeal to Congress (an organ of Guatemala), no judgement"),
  ("European Union", T, neu, "Guatemala", "joint statement: one row per named actor"),
  ("United States", T, neu, "Guatemala", "joint statement: one row per named actor"))
U(d, "\"The Guatemalan people chose freely and transparently", "told reporters afterwards.",
  ("Organization of American States", T, neu, "Guatemala", "demand that the result be honoured, no judgement word (unsure: could be supporting as endorsement of the result)"))
U(d, "Mexico's Foreign Secretary Alicia Bárcena said Mexico stood fully behind", "democratic transition.",
  ("Mexico", S, pos, "Movimiento Semilla", "backing of the president-elect"))
U(d, "Brian Nichols, the top US diplomat for Latin America", "face consequences.",
  ("United States", C, neg, "", "backing + warning of consequences: threat outranks (rule 1); aimed at unnamed obstructionists -> target empty"))
U(d, "Last month the State Department imposed visa restrictions", "for undermining democracy.",
  ("United States", C, neg, "", "sanctions on individuals (not a canonical actor) -> condemning, target empty"))
U(d, "The 48 Cantons of Totonicapán, one of the Indigenous authorities", "if they did not.",
  ("48 Cantons of Totonicapán", C, neg, "Guatemala", "ultimatum to lawmakers with a threatened response = condemning; Congress = Guatemala"))
U(d, "With the deadline set by the constitution passed, Arévalo wrote on X", "ready to take office.",
  ("Movimiento Semilla", N, neu, "", "before the oath the president-elect speaks for himself (own actor, like an ousted president in batch3g); president-elect before the oath: his party (relabelled from his own name, as Chapo -> Frelimo)"))
U(d, "A handful of deputies were using legal tricks", "he wrote.",
  ("Movimiento Semilla", C, neg, "", "accusation aimed at some deputies -> target empty; president-elect before the oath: his party (relabelled from his own name, as Chapo -> Frelimo)"))
U(d, "The session to install the new Congress has stalled", "suspended the party.",
  ("Guatemala", N, neu, "", "narration carrying a position: the outgoing steering committee (organ of Congress -> Guatemala) insists on a procedure citing a ruling, no judgement"))
U(d, "A Semilla deputy said the manoeuvre was a last attempt", "leadership of Congress.",
  ("Movimiento Semilla", C, neg, "", "unnamed member of a named party speaks for it; accusation aimed at the outgoing lawmakers -> target empty"))
U(d, "The EU's foreign policy chief Josep Borrell said on arrival", "at the ballot box.",
  ("European Union", S, pos, "", "solidarity with the people and their vote; no single canonical target"))
U(d, "The bloc on Friday adopted a legal framework", "would not hesitate to use it.",
  ("European Union", C, neg, "", "'the bloc' = EU; sanctions framework + readiness to use it = threat of sanctions"))
U(d, "Prosecutors have sought to strip him of immunity", "in its founding.",
  ("Guatemala", C, neg, "", "prosecutors (public prosecutor's office) = state organ; legal actions against Arévalo and his party = accusation; two targets -> empty"))
U(d, "Outgoing President Alejandro Giammattei said on Saturday", "the constitution requires.",
  ("Guatemala", N, neu, "", "plan/procedure; outgoing head of state speaks for Guatemala"))
