# ------------------------------------------------------------------ Tonga: King Tupou VI dissolves the Legislative Assembly (national daily, 2017-08-27)
d = "page_tonga_dissolution_tupouvi2017_nationaldaily.html"
# Not statements: nav, kicker, headline (carries the government's position; headline rule), byline, caption, ADVERTISEMENT, Related, share, comments, most read, footer.
U(d, "The Prime Minister said yesterday that his government would obey", "democratic reforms of 2010.",
  ("Tonga", C, neg, "", "national paper: PM by title only (Tonga clear from context); 'step backwards' = judgement on the dissolution; actor and the criticised Speaker/King are both Tonga -> target empty"))
U(d, "\"We are the King's loyal servants", "the Prime Minister's Office.",
  ("Tonga", N, pos, "", "compliance/loyalty, no evaluation"))
U(d, "\"But I will not pretend that this is a good day", "what we did wrong.\"",
  ("Tonga", C, neg, "", "speaker carried across a paragraph break; criticism of the Speaker's letter (same state) -> target empty"))
U(d, "The Prime Minister said the Cabinet would continue in a caretaker capacity", "working normally.",
  ("Tonga", N, neu, "", "plans and procedure"))
U(d, "He said he would stand again in his constituency and urged supporters", "during the campaign.",
  ("Tonga", T, neu, "", "appeal for calm (the PM speaking; unsure whether a party leader's own campaign makes this his person, kept as Tonga)"))
U(d, "The Acting Attorney General said on Saturday", "to His Majesty alone.",
  ("Tonga", N, neu, "", "legal/procedural line = neutral"))
U(d, "The Deputy Prime Minister and Minister for Infrastructure said", "drafted in good faith.",
  ("Tonga", N, neg, "", "denial of the Speaker's accusation = neutral, negative"))
U(d, "In a statement released on Friday night, the Speaker of the Legislative Assembly said", "outside its constitutional powers.",
  ("Tonga", C, neg, "", "Speaker = Tonga's legislature; accusation against the government (same state) -> target empty"))
U(d, "The Speaker accused the Cabinet of signing international agreements", "to be corrected.",
  ("Tonga", C, neg, "", "'accused' = condemning; target within the same state -> empty"))
U(d, "The Palace Office said in a brief notice", "under the Constitution.",
  ("Tonga", N, neu, "", "procedural account of the decree"))
U(d, "The Minister of Police said extra officers had been posted", "arrested and prosecuted.",
  ("Tonga", C, neg, "", "threat of arrest against troublemakers (non-canonical) = condemning (threatened response)"))
U(d, "The Democratic Party of the Friendly Islands, which the Prime Minister founded, said", "answered at the ballot box.",
  ("Democratic Party of the Friendly Islands", C, neg, "Tonga", "'insult to the votes of the people' = judgement on the dissolution (the Crown/Speaker = Tonga)"))
U(d, "The Minister of Finance said funds for the election", "paid as usual.",
  ("Tonga", N, neu, "", "facts/plans"))
U(d, "The Minister for Foreign Affairs, speaking for the caretaker government, told diplomats", "all its international commitments stood.",
  ("Tonga", N, pos, "", "reassurance about own stability = neutral, positive"))
# "Abroad, the reaction was cautious." = summary line, no row.
U(d, "New Zealand's Ministry of Foreign Affairs and Trade said it was following developments", "peacefully and on time.",
  ("New Zealand", T, neu, "Tonga", "monitoring + trust that the election be peaceful = hope for calm -> calling_for_talks"))
U(d, "Australia's High Commission said the matter was for Tonga's people", "whichever government emerged.",
  ("Australia", N, neu, "", "procedural, non-committal line"))
U(d, "The Chinese Embassy said China respected Tonga's constitutional arrangements", "internal affairs.",
  ("China", N, neu, "", "respect + non-interference: no support for a side, no appeal (unsure: supporting of Tonga)"))
U(d, "The Pacific Islands Forum Secretariat in Suva said it stood with the people", "set for the vote.",
  ("Pacific Islands Forum", S, pos, "Tonga", "solidarity + welcome of the early vote, no appeal -> supporting"))
U(d, "The United States Embassy in Suva, which is accredited to Tonga, said", "the Kingdom's institutions.",
  ("United States", S, pos, "Tonga", "expression of confidence = approval"))
U(d, "The Japanese Embassy said it had no comment", "domestic political matters.",
  ("Japan", N, neu, "", "declining to comment = neutral"))
U(d, "The Commonwealth Secretary-General, Patricia Scotland, said she hoped", "election observation.",
  ("Commonwealth", T, pos, "Tonga", "hope for a calm vote + offer of observers; the hope/appeal decides (rule 2 before 3)"))
# "Political observers in Nuku'alofa were divided." = summary, unnamed, no row.
U(d, "Dr Ana Taufa'ahau, a lecturer in constitutional law", "\"a sledgehammer to crack a nut\".",
  ("Ana Taufa'ahau", C, neg, "", "invented voice; judgement on the Speaker's move (Speaker = Tonga, but judgement aimed at one official; target empty since she also clears the King)"))
U(d, "\"If the nobles had a complaint about the government", "Taufa'ahau said.",
  ("Ana Taufa'ahau", C, neg, "", "criticism of the nobles' method (non-canonical group)"))
U(d, "She added that the early election could still renew public confidence", "run cleanly.",
  ("Ana Taufa'ahau", N, pos, "", "conditional prediction, not an appeal or a hope for calm -> neutral (re-read in the random check; first labelled calling_for_talks)"))
U(d, "Sione Vea, a businessman who chairs the Tongatapu market vendors' association", "stop quarrelling in public.",
  ("Sione Vea", T, neu, "", "invented voice; welcome joined to an appeal with no judgement -> rule 2"))
# "The Prime Minister's supporters gathered outside his office ..." and "No incidents were reported by police." = narration, no row.
