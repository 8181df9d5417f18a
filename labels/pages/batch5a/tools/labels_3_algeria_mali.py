# ------------------------------------------------------------------ Algeria downs a Malian drone; AES recalls envoys (scraped regional paper, full HTML, 2025-04-08)
d = "page_algeria_mali_drone_webpage.html"
REC = "recall of the ambassador in protest at the downing = a taken response (condemning); "
U(d, "Mali, Burkina Faso, and Niger have recalled their ambassadors from Algiers", "to and from Mali.",
  ("Mali", C, neg, "Algeria", "dateline 'BAMAKO –' excluded; Oxford-comma list = one row per state; " + REC + "Algiers = metonym"),
  ("Burkina Faso", C, neg, "Algeria", REC + "backing of Mali by an act aimed against Algeria = condemning Algeria (brief)"),
  ("Niger", C, neg, "Algeria", REC + "as for Burkina Faso"),
  ("Algeria", C, neg, "", "same sentence: Algeria's recall of its envoys + airspace closure = measures against Mali and Niger; two states -> target empty"))
U(d, "In a communiqué read on national television on Sunday, Mali's Minister of Security", "over Malian territory.",
  ("Mali", C, neg, "Algeria", "minister by role then name; attribution of the downing to Algerian fire as a proven fact = accusation"))
U(d, "The wreckage was found 9.5 kilometres south of the border", "Malian airspace.",
  ("Mali", N, neu, "", "'the minister said' mid-sentence; location facts = neutral (also a denial of Algeria's version)"))
U(d, "The government said the drone had been following armed terrorists", "sheltering terrorist groups.",
  ("Mali", C, neg, "Algeria", "'The government' = Mali's by context; accusation of sheltering terrorists"))
U(d, "Bamako announced a series of measures:", "before international bodies.",
  ("Mali", C, neg, "Algeria", "list after a colon, one sentence; summoning the ambassador, leaving CEMOC, a complaint for aggression = measures against a party (condemning)"))
U(d, "Foreign Minister Abdoulaye Diop, who received the Algerian ambassador", "never threatened Algeria.",
  ("Mali", C, neg, "Algeria", "FM by role with no state word (Mali by context); 'grave and deliberate affront'"))
U(d, "\"Mali will not bow to intimidation.", "Diop said.",
  ("Mali", C, neg, "Algeria", "multi-sentence quote closed by its speaker = one unit; 'will not bow to intimidation' = judgement without a stock word; target by context"))
U(d, "In their joint communiqué, read out on Niger's national television", "all three members.",
  ("Alliance of Sahel States", C, neg, "Algeria", "the heads of state speaking as the AES college = the body (guide), not Niger, although Niger's minister reads it out"))
U(d, "The college, chaired by Mali's transitional president, General Assimi Goïta, added:", "the people of Algeria.",
  ("Alliance of Sahel States", C, neg, "Algeria", "'The college' by context; speaker before a quote opened after a colon; 'reckless act betrays' = judgement. The quotation stays open into the next paragraph"))
U(d, "\"The Confederation calls on the Algerian authorities to adopt a constructive attitude", "the whole region.\"",
  ("Alliance of Sahel States", T, neg, "Algeria", "same quotation continued over a paragraph break (no new attribution) = AES; demand addressed to one side with no judgement word = calling_for_talks, negative tone (labels/README)"))
U(d, "Niger's Prime Minister, Ali Mahamane Lamine Zeine, said on state television", "account of the incident.",
  ("Niger", S, pos, "Mali", "backing of an ally's account = supporting; Niamey, Bamako = metonyms"))
U(d, "In Ouagadougou, the government said in a statement that Burkina Faso stood shoulder to shoulder", "confederation together.",
  ("Burkina Faso", S, pos, "Mali", "capital as a place; solidarity = supporting (the 'threat' is hypothetical, not a threat against anyone)"))
U(d, "Algeria's Defence Ministry had said on April 1 that its air-defence units shot down", "further details.",
  ("Algeria", N, neu, "", "own strike reported as done, no judgement = neutral (guide)"))
U(d, "On Monday the Foreign Ministry said Algeria deeply regretted the decision of Burkina Faso and Niger", "in Ouagadougou.",
  ("Algeria", C, neg, "", "'deeply regretted' aimed at two states' decision = judgement (guide: 'regrettable') + recalls = measures; several states -> target empty"))
U(d, "It categorically rejected the accusations of complicity with terrorist groups.", "terrorist groups.",
  ("Algeria", N, neg, "", "'It' = the ministry; denial = neutral, negative tone"))
U(d, "The ministry described the charges as an attempt by Mali's military rulers", "less safe than before.",
  ("Algeria", C, neg, "Mali", "judgement on the junta's record (the junta speaks for its state -> target Mali)"))
U(d, "Hours later, the Defence Ministry barred all aircraft travelling between Algeria and Mali", "too often.",
  ("Algeria", C, neg, "Mali", "airspace closure as a measure against Mali, with a grievance stated = condemning"))
U(d, "Mali's Ministry of Transport and Infrastructure responded overnight", "support for terrorism.",
  ("Mali", C, neg, "Algeria", "reciprocal closure + accusation; Algiers = metonym"))
U(d, "The Azawad Liberation Front, the Tuareg-led rebel alliance", "last August.",
  ("Azawad Liberation Front", C, neg, "Mali", "armed group under its usual name; accusation of drone strikes on civilians (guide rule 4)"))
U(d, "The chairperson of the African Union Commission, Mahmoud Ali Youssouf, said he was following", "through dialogue.",
  ("African Union", T, neg, "", "concern + appeal to both sides = calling_for_talks (the appeal decides), negative tone"))
U(d, "Maria Zakharova said Moscow", "talking to each other.",
  ("Russia", T, pos, "", "well-known spokeswoman named without her role; hope that tensions fall = calling_for_talks (guide); capitals as metonyms"))
U(d, "At UN headquarters, spokesman Stéphane Dujarric said the Secretary-General was aware", "differences peacefully.",
  ("United Nations", T, neu, "", "appeal to both neighbours, no judgement. The unnamed analyst in Niamey and the crowd in Bamako that follow: no rows"))
