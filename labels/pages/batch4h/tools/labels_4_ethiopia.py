# ------------------------------------------------------------------ Ethiopia-Eritrea, Red Sea access (full HTML regional site, 2023-10-27)
d = "page_ethiopia_eritrea_webpage.html"
U(d, "Two weeks after Prime Minister Abiy Ahmed declared", "from the regional bloc.",
  ("Ethiopia", N, neu, "", "dateline 'ADDIS ABABA — ' excluded; long lead: Abiy's claim of need (neutral); the unnamed 'three coastal neighbours' get no row here"),
  ("IGAD", T, neu, "", "'the regional bloc' = IGAD by context; calls for calm"))
U(d, "In a televised address to lawmakers and senior officials on October 13", "120 million people.",
  ("Ethiopia", N, neu, "", "own need stated, no judgement or appeal"))
U(d, "He said Ethiopia would prefer to obtain a port through peaceful means", "neighbouring ports.",
  ("Ethiopia", T, pos, "", "offer of negotiated options (labels/README: offering talks = calling_for_talks)"))
U(d, "\"A nation of this size cannot stay locked in forever.", "Abiy told the audience.",
  ("Ethiopia", C, neg, "", "multi-sentence quote closed by its speaker; veiled conditional threat, no one named -> target empty"))
U(d, "He also thanked Djibouti for handling the bulk", "a brotherly neighbour.",
  ("Ethiopia", S, pos, "Djibouti", "thanks and praise"))
U(d, "Ethiopia had no intention of invading any country, he said.", "he said.",
  ("Ethiopia", N, pos, "", "reassurance about own conduct = neutral (labels/README)"))
U(d, "\"We want to settle this through talks and give-and-take", "he added.",
  ("Ethiopia", T, pos, "", "offer of talks"))
U(d, "Foreign ministry spokesman Meles Alem told a weekly briefing", "mutually beneficial basis.",
  ("Ethiopia", T, neu, "", "ministry with no state word; Addis Ababa = Ethiopia"))
U(d, "A government communication official, who asked not to be named", "declaration of war.",
  ("Ethiopia", N, neg, "", "unnamed official of a government tied by context; denial aimed at media (not an actor)"))
U(d, "The ministry said the talk of water and sea access", "observers puzzled.",
  ("Eritrea", C, neg, "", "'the ministry' = Eritrea's Ministry of Information (previous sentence); judgement on a discourse without naming Abiy -> target empty (unsure: could be neutral)"))
U(d, "Asmara would not be pulled into such debates", "not to be provoked.",
  ("Eritrea", T, neu, "", "capital as metonym; refusal with no grievance + appeal for calm"))
U(d, "In Djibouti, Alexis Mohamed, a senior adviser to President Ismail Omar Guelleh", "today or later.",
  ("Djibouti", C, neg, "Ethiopia", "rejecting a claim on its territory (guide: 'rejects any violation of' = judgement); unsure: mild, paired with praise of relations"))
U(d, "\"If Addis Ababa has a proposal, let it bring it to the table in a peaceful way,\"", "Mohamed said by telephone.",
  ("Djibouti", T, neu, "Ethiopia", "invitation to a peaceful proposal"))
U(d, "\"Djibouti already gives Ethiopia's trade, and even its navy, access", "that offer stands.\"",
  ("Djibouti", S, pos, "Ethiopia", "quote continued after the attribution; standing offer of access = backing by act"))
U(d, "State Minister of Foreign Affairs Ali Omar said Mogadishu would not give up a port", "beyond any bargaining.",
  ("Somalia", C, neg, "Ethiopia", "refusal of Ethiopia's request with a principle stated ('Somalia went further' before it)"))
U(d, "Omar said Somalia remained committed to trade and integration", "of its territory.",
  ("Somalia", N, neu, "", "surname only; commitment to cooperation with a condition, no appeal or judgement"))
U(d, "The Intergovernmental Authority on Development (IGAD) said its executive secretary", "regional frameworks.",
  ("IGAD", T, neu, "", "appeal for dialogue to member states"))
U(d, "The bloc added in a statement that it hoped the Horn", "Sudan is at war.",
  ("IGAD", T, neg, "", "'the bloc' = IGAD; hope that no confrontation starts"))
U(d, "A State Department spokesperson said in an emailed reply", "through dialogue.",
  ("United States", T, neu, "", "unnamed spokesperson of a named government; support for territorial integrity + dialogue appeal, no judgement: rule 2 before rule 3"))
