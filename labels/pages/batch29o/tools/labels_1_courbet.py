# ------------------------------------------------------------------ Courbet / Cirkin radar incident, NATO investigation (wire, 2020-06-18)
d = "page_courbet_cirkin2020_wire.txt"
# Not statements: section menu, date line, headline, byline, read time, reporting/editing tail, standards line, Related Coverage.
U(d, "BRUSSELS/ANKARA - NATO will investigate", "while serving on an alliance mission.",
  ("NATO", N, neu, "", "announced investigation = procedure, no judgement"),
  ("France", C, neg, "Turkey", "'told allies its ship had been targeted by Turkish radar' = accusation by describing the other side's act"))
U(d, "French Armed Forces Minister Florence Parly said the frigate Courbet", "in breach of a United Nations embargo.",
  ("France", C, neg, "Turkey", "accusation: radar lock + suspected embargo breach"))
# "The Courbet broke off its approach ..., according to a French navy account." = narration of a fact; no position (kept out).
U(d, "Turkish sailors put on helmets and body armour", "working under NATO command.",
  ("France", C, neg, "Turkey", "judgement without a stock word ('no member should ever show a partner')"))
U(d, "\"We are not talking about a misunderstanding between two captains.", "between two captains.",
  ("France", C, neg, "Turkey", "quote opening, speaker carried to the next paragraph (Parly); rejects the benign reading = part of the accusation"))
U(d, "\"This was a warship of an ally pointing its weapons systems", "\" she said.",
  ("France", C, neg, "Turkey", "accusation + 'must have consequences' = threatened response"))
U(d, "Turkey rejects the French account.", "the French account.",
  ("Turkey", N, neg, "", "denial = neutral, negative tone"))
U(d, "A senior Turkish defence official, in remarks carried by the state news agency", "nothing to back up its version.",
  ("Turkey", C, neg, "France", "unnamed official of a named government; counter-accusation of risky manoeuvres = judgement"))
U(d, "\"We informed the alliance's civilian and military leadership", "the official was quoted as saying.",
  ("Turkey", N, neu, "", "'was quoted as saying'; procedure/fact about own conduct"))
U(d, "Turkish Foreign Minister Mevlut Cavusoglu said France was in no position", "a formal apology from Paris.",
  ("Turkey", C, neg, "France", "judgement + demand for apology"))
# "Turkey backs the internationally recognised Government ..." = background narration, no row.
U(d, "\"I have asked our military authorities to establish exactly what took place", "several allies had raised the matter.",
  ("NATO", N, neu, "", "fact-finding = procedure; 'several allies' unnamed -> no row for them"))
U(d, "He said the alliance itself had no role in enforcing the arms embargo", "led by the United Nations.",
  ("NATO", T, neu, "", "'He' = Stoltenberg; appeal to return to UN-led talks"))
U(d, "In a statement issued before the ministers met, the French foreign ministry said", "intolerable.",
  ("France", C, neg, "Turkey", "'French foreign ministry' (state by adjective); 'chief barrier' + 'intolerable' = judgement"))
U(d, "Parly later told members of the National Assembly's defence committee", "during the meeting.",
  ("France", N, neu, "", "reports allies' backing as a fact; the allies are unnamed -> no row for them"))
U(d, "Athens is fully behind France, Greek Foreign Minister Nikos Dendias said", "in a statement.",
  ("Greece", S, pos, "France", "position in the lede of the sentence, attribution tail; backing = supporting"))
U(d, "He called Turkey's conduct at sea a danger to the alliance as a whole.", "as a whole.",
  ("Greece", C, neg, "Turkey", "'He' = Dendias; judgement"))
U(d, "German Defence Minister Annegret Kramp-Karrenbauer said the facts had to be cleared up", "rather than through the media.",
  ("Germany", T, neu, "", "appeal to settle within NATO, no judgement of either side"))
U(d, "The Italian foreign ministry said Rome was following the episode closely", "two of its allies.",
  ("Italy", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "European Union foreign policy chief Josep Borrell told reporters the bloc's own naval mission", "weapons to Libya.",
  ("European Union", N, neu, "", "plan of its own mission, no evaluation"))
U(d, "Borrell welcomed the alliance's decision to look into the incident", "instead of bringing them in.",
  ("European Union", T, pos, "", "welcome joined to an appeal to keep arms out, no judgement of a named actor: rule 2 before rule 3"))
U(d, "At the United Nations in New York, spokesman Stephane Dujarric said", "to respect the embargo.",
  ("United Nations", T, neg, "", "worry + appeal to all states"))
U(d, "A State Department spokesperson said Washington encouraged its two allies", "NATO's own channels.",
  ("United States", T, neu, "", "appeal to resolve through channels"))
U(d, "In Tripoli, GNA Interior Minister Fathi Bashagha wrote on Twitter", "cost Libyan lives.",
  ("Government of National Accord", C, neg, "France", "blames France for prolonging the war"))
U(d, "Kerem Aydinoglu, a naval analyst at the Istanbul-based Bosporus Maritime Forum", "settle it quietly.",
  ("Kerem Aydinoglu", N, neu, "", "invented analyst; assessment and forecast, no appeal or judgement"))
U(d, "\"Both capitals would do well to take this out of the headlines", "Aydinoglu said.",
  ("Kerem Aydinoglu", T, neu, "", "surname only; appeal to de-escalate and talk privately"))
# "Elodie Varenne, a researcher ..., took a harsher view." = introduction, position comes next; no row.
U(d, "Ankara had bet that no ally would pay a price to enforce the embargo", "Varenne said.",
  ("Elodie Varenne", C, neg, "Turkey", "reported clause; judgement on Ankara's calculation without a stock word"))
U(d, "France will ask NATO to review how members use alliance call signs", "to which they had no right.",
  ("France", C, neg, "Turkey", "request + explicit accusation against the Turkish escorts"))
