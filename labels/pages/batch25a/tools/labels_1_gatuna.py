# ------------------------------------------------------------------ Rwanda closes the Gatuna/Katuna crossing with Uganda (wire copy, 2019-03-06)
d = "page_gatuna_border_2019_wire.txt"
# Not statements: masthead, menu, UPDATE headline (carries Rwanda's position: headline, no row), byline, read time, time stamps,
# the four bullets, ADVERTISEMENT, crossheads, reporting credits, Our Standards, Related Coverage, tags, most read, copyright.
U(d, "Rwanda's foreign minister said on Wednesday that Uganda had spent two years", "until the practice ended.",
  ("Rwanda", C, neg, "Uganda", "dateline 'KIGALI/KAMPALA, March 6 (CPW) - ' excluded; lede in a reported clause: accusation of arrests and beatings + a measure kept in place"))
U(d, "Uganda rejected the charge for the second time this week", "held by its security agencies.",
  ("Uganda", N, neg, "", "denial = neutral, negative tone"))
# "The Gatuna crossing, known as Katuna ..." and "Long queues of fuel tankers ..." = narration, unnamed drivers; no row.
U(d, "\"We have raised these cases at every level", "Foreign Minister Richard Sezibera told reporters in Kigali.",
  ("Rwanda", C, neg, "Uganda", "multi-sentence quote closed by its speaker; description of the other side's abuses = accusation"))
U(d, "Sezibera said Kampala had also given room to groups", "at its borders for months.",
  ("Rwanda", C, neg, "Uganda", "surname only; reported clause: accusation of hosting the RNC (mentioned, no statement of its own); Kampala = Uganda"))
U(d, "He added that the crossing itself had been shut only for work", "delayed for two years.",
  ("Rwanda", N, neu, "", "pronoun; the official explanation of the closure, no judgement"))
U(d, "Sezibera said Rwanda remained ready to take up all three issues", "tomorrow if they want.\"",
  ("Rwanda", T, neu, "Uganda", "offer of talks at any level = calling_for_talks"))
U(d, "Rwanda's revenue authority said in a notice to hauliers", "the works at Gatuna were finished.",
  ("Rwanda", N, neu, "", "state agency = Rwanda; re-routing procedure"))
U(d, "The state minister for regional cooperation, Olivier Nduhungirehe, went further", "by the army's intelligence arm.",
  ("Rwanda", C, neg, "Uganda", "minister given by role first; calls the denial a fiction + detentions without charge = judgement without a stock word"))
# "Uganda sells far more to Rwanda ..." = background, no row.
U(d, "Ugandan government spokesman Ofwono Opondo told a news conference in Kampala", "sent back to Kigali.",
  ("Uganda", C, neg, "Rwanda", "says Rwanda's stated reason does not hold up = a judgement of bad faith (unsure: could be read as a plain rebuttal, neutral)"))
U(d, "\"We are not chasing Rwandans around this country", "Opondo said.",
  ("Uganda", N, neg, "", "denial of the accusation = neutral, negative"))
U(d, "The spokesman appealed to traders on both sides to stay calm", "find a way out.",
  ("Uganda", T, neu, "", "'the spokesman' = Opondo; appeal for calm + contacts with Kigali"))
U(d, "In remarks carried by the state-owned broadcaster, Foreign Affairs Minister Sam Kutesa said", "plotting against Rwanda.",
  ("Uganda", N, neg, "", "second-hand attribution via the state broadcaster (not an actor); denial"))
U(d, "Kutesa was quoted as saying he expected the two governments", "harder quarrels before.\"",
  ("Uganda", T, pos, "", "passive attribution; hope of a settlement = calling_for_talks"))
U(d, "Ugandan officials privately described Rwanda's travel advisory", "consular warning.",
  ("Uganda", C, neg, "Rwanda", "unnamed officials tied to a named government (adjective) speak for it; calls the advisory a blockade"))
U(d, "In parliament, Speaker Rebecca Kadaga gave the government until Thursday", "left in the dark.",
  ("Uganda", N, neu, "", "parliament's procedural order to its own government; the lawmakers' complaint is narrated, unnamed"))
U(d, "The secretary general of the East African Community, Libérat Mfumukeko, said", "with great concern.",
  ("East African Community", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "According to the statement, the secretariat asked both partner states", "while they did so.",
  ("East African Community", T, neu, "", "'according to a statement'; appeal to both sides to settle through the bloc"))
U(d, "An African Union Commission spokeswoman said chairperson Moussa Faki Mahamat", "good neighbourliness.\"",
  ("African Union", T, pos, "", "calls to both ministers + hope = calling_for_talks"))
U(d, "Kenyan transport officials said cargo bound for Kigali", "raise the matter with either government.",
  ("Kenya", N, neu, "", "ministry given by adjective; facts about re-routing, no appeal or judgement"))
U(d, "Tanzania's ports authority said it would extend free storage", "northern route was blocked.",
  ("Tanzania", S, pos, "Rwanda", "state agency; backing by act (free storage to keep Kigali supplied) = supporting"))
U(d, "The U.S. embassy in Kampala said it was following the reports", "through dialogue.",
  ("United States", T, neu, "", "monitoring + an appeal to both = calling_for_talks"))
# "Rwanda's government spokesman declined to say when the Gatuna post would reopen." = non-answer, no row.
U(d, "Ruth Kabanyana, a senior fellow at the Great Lakes Policy Centre in Nairobi, said", "road construction.\"",
  ("Ruth Kabanyana", C, neg, "Rwanda", "invented analyst; the closure as a disguised political message = judgement without a stock word"))
U(d, "\"Kigali is using the border as leverage", "Kabanyana said.",
  ("Ruth Kabanyana", C, neg, "", "judgement of both capitals -> target empty"))
U(d, "She said the two presidents needed to meet face to face", "other crossings.",
  ("Ruth Kabanyana", T, neu, "", "appeal for a summit"))
U(d, "At Katuna, a maize trader, Amos Tumwesigye, said he had lost", "since the weekend.",
  ("Amos Tumwesigye", N, neg, "", "invented witness; his loss = fact, negative tone"))
U(d, "\"We are told it is about a building", "Tumwesigye said.",
  ("Amos Tumwesigye", C, neg, "Rwanda", "scepticism about the stated reason + the other side's officials' conduct = complaint aimed at Rwanda (unsure: could be neutral)"))
