# ------------------------------------------------------------------ UK-Mauritius Chagos treaty signed (British broadcaster's live blog, scraped .txt, 2025-05-22)
d = "page_chagos_signing_liveblog.txt"
# No rows: menus, LIVE badge, headline, Summary bullets, editors, "Share", timestamps and entry headings, the 18:40 wrap-up
# ("Thank you for following ...", "Here's a reminder ..."), Related Topics, More on this story, copyright.
# No row: "Several hundred Chagossians gathered in Port Louis ..." (scene).
U(d, "Olivier Bancoult, who leads the Chagos Refugees Group", "never dropping the claim.",
  ("Chagos Refugees Group", S, pos, "Mauritius", "leader speaking for his organisation; thanks to the Mauritian government = supporting"))
# No row: "Not all Chagossians share that view. Many of those living in Crawley ..." (unnamed collective, not an actor).
# No row: "Mauritian Prime Minister Navin Ramgoolam has addressed the nation on television." (narration, no position).
U(d, "He called the treaty a victory for every Mauritian", "was finally complete.",
  ("Mauritius", N, pos, "", "'He' = Ramgoolam; celebrating his own government's treaty = self-praise, neutral, positive (unsure: could be supporting, a welcome)"))
U(d, "Ramgoolam said his government would now work with Chagossians", "not for Diego Garcia itself.",
  ("Mauritius", N, neu, "", "surname only; own plan"))
U(d, "India's Ministry of External Affairs has put out a statement welcoming the signing.", "welcoming the signing.",
  ("India", S, pos, "", "welcome of the treaty (two parties -> target empty)"))
U(d, "New Delhi said it had always stood behind Mauritius's claim", "in the Indian Ocean.",
  ("India", S, pos, "Mauritius", "New Delhi = metonym for India; Port Louis = metonym as object; backing Mauritius's claim"))
U(d, "Over at the United Nations in New York, Secretary-General Antonio Guterres welcomed", "put into effect.",
  ("United Nations", T, pos, "", "welcome + appeal to keep talking with the Chagossians: rule 2 before rule 3 (unsure: could be supporting); New York = place"))
U(d, "Reform UK leader Nigel Farage says the deal hands China", "pay for the privilege.",
  ("Reform UK", C, neg, "United Kingdom", "party leader = Reform UK; judgement of the government's deal; China and Mauritius only objects"))
U(d, "\"We are paying a country that is friendly with China", "told reporters in Westminster.",
  ("Reform UK", C, neg, "United Kingdom", "quote closed by 'he' = Farage; criticism of the government's payments"))
U(d, "\"A Reform government would not honour a penny of it.\"", "a penny of it.\"",
  ("Reform UK", C, neg, "", "quote continued after the attribution = own unit; threat to repudiate the treaty -> condemning; aimed at the treaty, not one actor -> target empty"))
# No row: "The US has given its blessing." (summary line before the specific statement).
U(d, "Secretary of State Marco Rubio said in a statement that Washington was glad", "American security in the region.",
  ("United States", S, pos, "", "Washington = metonym; welcome of the bilateral treaty -> target empty"))
# No row: "Conservative leader Kemi Badenoch has been scathing." (summary line).
U(d, "In a video posted on social media she said Sir Keir had signed away", "for the privilege.",
  ("Conservative Party", C, neg, "United Kingdom", "'she' = Badenoch, leader of the opposition party; judgement of the government; Sir Keir = object"))
U(d, "\"This is a surrender, and a future Conservative government will tear it up,\" she said.", "she said.",
  ("Conservative Party", C, neg, "United Kingdom", "judgement + threat to tear up the treaty"))
# No rows: the 15:20 analysis by the outlet's correspondent (the outlet is not an actor; 'Ministers had wanted', 'officials feared' = narration).
# No row: "The prime minister has been speaking at Northwood ..." (narration).
U(d, "\"Courts around the world have been turning against our claim", "Sir Keir said.",
  ("United Kingdom", N, neg, "", "two-sentence quote closed by its speaker; justification of own decision, no judgement of another actor"))
U(d, "He said Britain would pay Mauritius an average of £101m a year", "for a year.",
  ("United Kingdom", N, neu, "", "figures of own commitments"))
U(d, "He accused the Conservatives of attacking a negotiation", "with national security.",
  ("United Kingdom", C, neg, "Conservative Party", "the prime minister's accusation of the opposition party"))
U(d, "Defence Secretary John Healey, standing alongside him", "around the island.",
  ("United Kingdom", N, pos, "", "reassurance about the base = neutral, positive"))
U(d, "Downing Street said all of Britain's Five Eyes intelligence partners", "as did India.",
  ("United States", S, pos, "", "positions of four states and India reported by Downing Street = one row each; Downing Street gets no row (it only reports)"),
  ("Canada", S, pos, "", "same sentence"),
  ("Australia", S, pos, "", "same sentence"),
  ("New Zealand", S, pos, "", "same sentence"),
  ("India", S, pos, "", "same sentence"))
# No row: "It's done." (the outlet).
U(d, "Downing Street says the treaty was signed a short while ago", "the Mauritian government.",
  ("United Kingdom", N, neu, "", "Downing Street = metonym; own act reported"))
U(d, "A government spokesperson said ministers welcomed the judge's decision", "rely on it, safe.",
  ("United Kingdom", S, pos, "", "welcome of a ruling + reassurance; no other actor -> target empty (unsure: could be neutral)"))
U(d, "Mr Justice Chamberlain has discharged the injunction.", "discharged the injunction.",
  ("United Kingdom", N, neu, "", "a court's act treated as a state procedure (as batch5c did for a Moscow court) -> neutral (unsure: could be no row)"))
U(d, "He told the court that keeping the block in place", "free to sign today.",
  ("United Kingdom", N, neu, "", "'He' = the judge; reasons of the ruling, procedure"))
U(d, "Shadow foreign secretary Priti Patel says today's events are a disgrace.", "are a disgrace.",
  ("Conservative Party", C, neg, "United Kingdom", "shadow minister = opposition party; 'a disgrace' is a judgement of the government (not a summary line: it is her own statement)"))
U(d, "She said ministers had pushed the deal through", "in the Commons.",
  ("Conservative Party", C, neg, "United Kingdom", "'She' = Patel (never named by surname alone on this page)"))
# No row: "Bertrice Pompe, one of two Chagossian women ..., spoke briefly outside the Royal Courts of Justice." (narration).
U(d, "\"Our islands have been traded like furniture", "she said.",
  ("Bertrice Pompe", C, neg, "United Kingdom", "independent person under her own name; accusation that the islanders were never asked"))
U(d, "\"Mauritius has never been our country.\"", "never been our country.\"",
  ("Bertrice Pompe", C, neg, "Mauritius", "quote continued after the attribution = own unit; rejecting Mauritian rule in protest -> condemning (unsure: could be neutral)"))
# No row: "Her barrister, Philip Rule KC, had told the court ..." (a private party's lawyer, not an actor).
# No rows: "The hearing at the High Court in London has begun. The judge is being asked ..." (procedure narrated).
U(d, "The prime minister's official spokesman has told reporters", "to have the block lifted.",
  ("United Kingdom", N, neg, "", "warning about own security + own plan; no actor judged"))
U(d, "A government spokesperson said ministers would not comment on ongoing legal proceedings", "Diego Garcia base secure.",
  ("United Kingdom", N, neu, "", "declines to comment + reassurance"))
# No rows: 07:30 entry (injunction granted, passive, no actor named as speaker) and 07:00 welcome ("a judge stepped in" = the outlet's narration).
