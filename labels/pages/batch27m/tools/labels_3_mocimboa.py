# ------------------------------------------------------------------ Mocímboa da Praia: insurgents seize the port (live blog, full HTML, 12-13 August 2020)
d = "page_mozambique_mocimboa_port2020_liveblog.html"
# Not statements: nav, breadcrumb, kicker, headline, standfirst, byline, captions with credits and "(1 of 4)", share bar, time stamps, ADVERTISEMENT,
# the blog's housekeeping lines ("Good morning. Residents and security sources ...", "We will bring you reactions", "That's all for tonight", "We are closing"),
# label lines that only name the next speaker ("Police spokesman Orlando Mudumane, speaking in Maputo:", "Gaborone. SADC's executive secretary, Stergomena Tax:",
# "New York. UN spokesperson Stéphane Dujarric:", "Analysis from our guest, ...:", "Our analyst Molefe again, on the regional response:"), Related, most read, comments, newsletter, footer.
# "Residents and security sources ..." = unnamed speakers giving a fact, no row.
U(d, "Mozambique's defence ministry, in a statement read on state radio", "in the rest of the district\".",
  ("Mozambique", N, neu, "", "own forces' situation, reassurance; no judgement"))
U(d, "The ministry said on Tuesday that 59 attackers had been killed", "since the start of the month.",
  ("Mozambique", N, neu, "", "own operations reported as done, figures, no judgement"))
# "A displaced resident who reached Pemba by boat, Fátima Assane, told our reporter she had left her husband behind." = personal fact, no position.
U(d, "\"They came from the water and from the road at once", "she said.",
  ("Fátima Assane", N, neg, "", "displaced resident (invented): account of the attack, no judgement"))
U(d, "\"These are criminals who kill their own neighbours", "hunt every one of them down.\"",
  ("Mozambique", C, neg, "", "speaker carried from the label line (police spokesman); judgement + announced pursuit of the insurgents (a non-canonical, unnamed group) -> target empty"))
U(d, "The Islamic State group has claimed the capture of the town", "held the port.",
  ("Islamic State", N, neu, "", "claim of own operation as done, no judgement in the sentence (rule: own strike reported = neutral)"))
# "The claim could not be independently verified." = the outlet's caveat, no row.
U(d, "\"The region stands with the people and Government of Mozambique", "in whatever way they ask.\"",
  ("SADC", S, pos, "Mozambique", "speaker carried from the label line; solidarity + offer of support"))
U(d, "Lisbon. Portugal's foreign minister, Augusto Santos Silva, told reporters", "was waiting for a reply.",
  ("Portugal", S, neu, "Mozambique", "offer of training and equipment = supporting"))
U(d, "Santos Silva said Portugal would raise the situation", "European Union foreign ministers.",
  ("Portugal", N, neu, "", "procedural plan"))
U(d, "\"Maputo has spent three years telling the world this is banditry", "how costly that denial has been.\"",
  ("Kagiso Molefe", C, neg, "Mozambique", "independent analyst (invented), speaker carried from the label line; judgement of Maputo's denial without stock words"))
U(d, "Molefe said a purely military answer would fail", "out of the insurgency.",
  ("Kagiso Molefe", N, neg, "", "surname only; forecast/assessment, no appeal to a party (unsure: could be calling_for_talks)"))
U(d, "Brussels. The EU's foreign affairs spokesperson, Peter Stano, said the bloc", "\"with great concern\".",
  ("European Union", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "He added that the EU was ready to discuss with Mozambique any request for help.", "any request for help.",
  ("European Union", S, neu, "Mozambique", "offer of help, conditional = supporting"))
U(d, "\"The Secretary-General is alarmed by the reports", "reach those in need.\"",
  ("United Nations", T, neg, "", "alarm + appeal to spare civilians and allow access = calling_for_talks"))
# "The opposition party Renamo has put out a statement on the fall of the town." = lead-in, no row.
U(d, "Its leader, Ossufo Momade, said the government had hidden", "paying for that secrecy.",
  ("Renamo", C, neg, "Mozambique", "opposition party judging its own government (reported clause)"))
U(d, "Pretoria. South Africa's international relations minister, Naledi Pandor", "any SADC plan agreed with Maputo.",
  ("South Africa", S, neg, "SADC", "threat assessment + promise to back a SADC plan = supporting (backing); the insurgents are not named"))
U(d, "The US State Department, in a note to reporters, condemns", "on Mocímboa da Praia.",
  ("United States", C, neg, "Islamic State", "condemnation of 'ISIS-linked militants' -> target Islamic State (unsure: the local group is only 'linked')"))
U(d, "It says Washington is willing to deepen its counter-terrorism cooperation", "with Mozambique.",
  ("United States", S, neu, "Mozambique", "offer of cooperation = supporting"))
U(d, "UNHCR says more than 250,000 people have now been forced", "in Cabo Delgado.",
  ("UNHCR", N, neg, "", "figure given by the agency"))
U(d, "Addis Ababa. African Union Commission chairperson Moussa Faki Mahamat: full solidarity", "\"act together before this spreads further\".",
  ("African Union", S, pos, "Mozambique", "verbless live-blog item: solidarity + appeal to act (not a peace appeal) = supporting"))
U(d, "Maputo. Government spokesman and deputy minister Filimão Suaze rejects reports", "without a fight.",
  ("Mozambique", N, neg, "", "denial = neutral, negative"))
U(d, "\"Our men fought for days and many of them fell", "insult their memory.\"",
  ("Mozambique", N, neg, "", "speaker carried; rebuttal of unsourced 'stories' (no actor judged) = denial, neutral"))
U(d, "\"If SADC waits for the next summit to decide", "not Mocímboa.\"",
  ("Kagiso Molefe", C, neg, "SADC", "speaker carried from the label line; warning that SADC's slowness is costly = judgement of SADC's delay (unsure: could be neutral as a forecast)"))
U(d, "Momade asked for a closed session of the Assembly of the Republic", "answer MPs' questions.",
  ("Renamo", N, neu, "", "procedural request in parliament, no judgement in this sentence"))
U(d, "Dar es Salaam. Tanzania's police inspector general, Simon Sirro, says units", "crossing in either direction.",
  ("Tanzania", N, neu, "", "own border reinforcement reported, not aimed at a named side"))
U(d, "Amnesty International's regional office in Johannesburg: civilians", "let independent investigators in.",
  ("Amnesty International", C, neg, "", "judgement on both insurgents and soldiers + demand; rule 1; two parties -> target empty"))
U(d, "Harare. Zimbabwe's president, Emmerson Mnangagwa, who chairs SADC's organ", "\"within days\".",
  ("SADC", N, neu, "", "chair of the SADC organ speaks for SADC; a meeting announced = neutral"))
