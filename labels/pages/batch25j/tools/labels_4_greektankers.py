# ------------------------------------------------------------------ IRGC seizure of two Greek tankers (Iranian state media, 2022-05-29)
d = "page_iran_greektankers_seizure2022_statemedia.txt"
# Not statements: masthead, menu, language bar, breadcrumb, headline (carries Iran's demand), time stamp and news ID, [PHOTO] captions,
# ADVERTISEMENT, crossheads ('THIRD COUNTRY', WESTERN REACTION, EXPERTS), RELATED NEWS, tags, share bar, most viewed, copyright.
U(d, "The Islamic Revolution Guards Corps (IRGC) Navy has seized two Greek-flagged oil tankers", "carried by its Sepah News website.",
  ("Iran", N, neu, "", "dateline excluded; the IRGC (armed force of the state) reports its own seizure for 'violations' with no judgement of Greece = neutral (unsure: a retaliatory seizure could be read as a measure)"))
U(d, "The statement said the Delta Poseidon and the Prudent Warrior had been taken", "would take its course.",
  ("Iran", N, neu, "", "'the statement' = the IRGC's; facts and procedure"))
U(d, "IRGC Navy commander Rear Admiral Alireza Tangsiri said the crews", "Islamic and international norms.",
  ("Iran", N, pos, "", "reassurance about Iran's own conduct = neutral, positive tone"))
U(d, "He added that the Guards would act again, without hesitation", "Iran's property at sea.",
  ("Iran", C, neg, "", "threat of further action against unnamed parties -> target empty"))
# "The seizures came weeks after Greek authorities impounded the Iranian-flagged tanker Lana ..." = background narration, no row
# (the Greek impounding is an earlier act given as context, not Greece's position on this page's events; unsure).
U(d, "Earlier in the week, the Foreign Ministry summoned Greece's charge d'affaires", "confiscation of the Iranian cargo.",
  ("Iran", C, neg, "Greece", "summons to protest = a taken diplomatic measure"))
U(d, "The ministry also summoned the Swiss charge d'affaires", "Washington's hand in the affair.",
  ("Iran", C, neg, "United States", "'the ministry' by context; protest aimed at Washington (Switzerland only carries the message)"))
U(d, "Foreign Ministry Spokesman Saeed Khatibzadeh said on Sunday that Athens had damaged", "confiscation of an Iranian cargo.",
  ("Iran", C, neg, "Greece", "reported clause; 'doing Washington's bidding' = judgement without a stock word"))
U(d, "He told his weekly news conference that the Islamic Republic was ready to settle", "the cargo of the Lana was returned.",
  ("Iran", T, neu, "Greece", "conditional offer of legal and diplomatic settlement = calling_for_talks"))
U(d, "\"Tehran and Athens have been friends for a long time", "handed over to America.\"",
  ("Iran", C, neg, "Greece", "quote carried across a paragraph break with no attribution: same speaker; goodwill joined to a reproach (rule 1)"))
U(d, "Abolfazl Amouei, spokesman for the Majlis National Security and Foreign Policy Committee", "against its shipping in kind.",
  ("Iran", C, neg, "", "parliament committee spokesman speaks for Iran; threat of reciprocity, 'any act of piracy' generic -> target empty"))
U(d, "Iran's Ports and Maritime Organization, in a letter to International Maritime Organization", "off the Greek port of Karystos.",
  ("Iran", T, neu, "", "state agency asks an international body to help secure a release = a diplomatic appeal (unsure: could be neutral procedure)"))
U(d, "An IMO spokesperson confirmed that the letter had been received", "it was being studied.",
  ("International Maritime Organization", N, neu, "", "procedure, no position"))
U(d, "Iranian officials have rejected the Greek account", "committed violations.",
  ("Iran", N, neg, "", "'Iranian officials' = officials of a named state; a denial of Greece's account = neutral, negative tone"))
U(d, "Greece's foreign ministry, in a statement on Friday, branded the operations piracy", "Iranian ambassador in Athens.",
  ("Greece", C, neg, "Iran", "judgement ('piracy') + protest"))
U(d, "Athens has since advised Greek citizens against travel to Iran", "guidance of its shipping ministry.",
  ("Greece", N, neu, "", "travel advice and shipping guidance = precautions, no judgement in the sentence (unsure)"))
U(d, "Government spokesman Giannis Oikonomou said Greece would not be blackmailed", "decisions of its courts.",
  ("Greece", C, neg, "Iran", "'blackmailed' = judgement of Iran's act; refusal"))
U(d, "Greek Shipping Minister Ioannis Plakiotakis said all crew members were safe", "through the ship managers.",
  ("Greece", N, neu, "", "facts about the crews"))
U(d, "Washington said Secretary of State Antony Blinken had telephoned Dendias", "over the seizures.",
  ("United States", S, pos, "Greece", "solidarity with Athens = supporting"))
U(d, "The State Department also demanded that Tehran free the ships", "on the high seas.",
  ("United States", T, neg, "Iran", "demand to release, no judgement word in the US part of the sentence -> talks, negative tone"),
  ("Iran", C, neg, "United States", "'Iranian officials dismissed as hypocritical' = Iran's judgement of the US in the same sentence"))
U(d, "European Union spokesman Peter Stano said Brussels had raised the seizures", "as quickly as possible.",
  ("European Union", T, neg, "Iran", "raising the matter + wanting a quick release, no judgement = calling_for_talks"))
U(d, "Dr Mohammad-Reza Kazemi, a professor of maritime law", "bind only European states.",
  ("Mohammad-Reza Kazemi", C, neg, "Greece", "invented scholar; 'no footing in international law' = judgement of Greece's seizure"))
U(d, "Kazemi said Athens should separate its policy from Washington's", "before the crisis hardened.",
  ("Mohammad-Reza Kazemi", T, neu, "Greece", "appeal to negotiate, addressed to Athens"))
U(d, "Tehran-based political analyst Hossein Rafiei said the response had been measured", "the Lana's cargo was returned.",
  ("Hossein Rafiei", N, neu, "", "invented analyst; reading and a forecast, no appeal"))
U(d, "At an open session of parliament on Sunday, Speaker Mohammad-Bagher Ghalibaf praised", "protecting the nation's wealth.",
  ("Iran", N, pos, "", "the speaker praises Iran's own forces = self-praise, neutral with a positive tone"))
U(d, "Foreign Minister Nikos Dendias said he had briefed Greece's partners", "back with their families soon.",
  ("Greece", T, pos, "", "briefing partners (fact) + hope for the sailors' return = calling_for_talks"))
