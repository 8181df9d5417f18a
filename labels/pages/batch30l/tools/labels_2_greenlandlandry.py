# ------------------------------------------------------------------ Trump names Jeff Landry envoy to Greenland; Denmark summons Howery (live blog, 2025-12-22)
d = "page_greenland_landry_envoy2025_liveblog.html"
# Not statements: nav, kicker, headline, key points, byline, time stamps, entry headings, caption, newsletter, related, comments, footer.
# e21 "We are closing this live page ..." and "Our correspondent in Nuuk ..." = the outlet, no row.
U(d, "Mette Lauritzen, a senior researcher at the Copenhagen Institute", "costing Washington nothing.",
  ("Mette Lauritzen", N, neu, "", "invented analyst; reading of the motive, no explicit judgement"))
U(d, "\"An envoy who keeps his day job in Baton Rouge", "Lauritzen said.",
  ("Mette Lauritzen", N, neu, "", "analysis of what the appointment signals"))
U(d, "She said Copenhagen and Nuuk would be wise to answer with one voice", "runs deep.",
  ("Mette Lauritzen", T, neu, "", "speaker carried across the paragraph by 'She'; advice to pursue a diplomatic course"))
U(d, "Kremlin spokesman Dmitry Peskov told reporters in Moscow", "\"with interest\".",
  ("Russia", N, neu, "", "no position taken: a matter for others, watching"))
# "The US ambassador left the foreign ministry ..." = narration of what someone did, no row.
U(d, "A US embassy spokesperson later said the ambassador had", "with the people of Greenland.",
  ("United States", S, pos, "Denmark", "conciliatory line valuing the friendship (unsure: could be neutral)"))
U(d, "\"Borders in the Arctic are not up for negotiation by social media post.", "on X.",
  ("Germany", S, pos, "Denmark", "live-blog item with no verb of saying; solidarity; the jab at the method names no one, so support decides"))
# e16 "Hans Kleist, who runs a chandlery ..., said he had heard the news ..." = no position, no row.
U(d, "\"They send a governor, we send nobody", "Kleist said.",
  ("Hans Kleist", C, neg, "United States", "invented resident; sarcasm = judgement of Washington's approach"))
U(d, "\"We would like Washington to ask us what we want, once.\"", "once.\"",
  ("Hans Kleist", T, neg, "United States", "quote continued after the attribution; appeal to be consulted"))
U(d, "European Commission chief spokesperson Paula Pinho said the bloc stood", "the people of Greenland.",
  ("European Union", S, pos, "Denmark", "solidarity; 'the bloc'"))
U(d, "The Commission expected all partners, including the closest ones", "midday briefing in Brussels.",
  ("European Union", T, neu, "", "appeal to respect territorial integrity; 'all partners' names no one -> target empty"))
U(d, "The foreign ministers of Sweden, Norway, Finland and Iceland issued a joint statement", "within the Kingdom of Denmark.",
  ("Sweden", S, pos, "", "joint statement by a list: one row per state; backing self-determination within the kingdom"),
  ("Norway", S, pos, "", "joint statement, listed state"),
  ("Finland", S, pos, "", "joint statement, listed state"),
  ("Iceland", S, pos, "", "joint statement, listed state"))
U(d, "The four ministers said they would stand by Copenhagen and Nuuk", "in the months ahead\".",
  ("Sweden", S, pos, "", "'the four ministers' = the listed states; two addressees -> target empty"),
  ("Norway", S, pos, "", "listed state"),
  ("Finland", S, pos, "", "listed state"),
  ("Iceland", S, pos, "", "listed state"))
U(d, "\"Greenland belongs to its people. France stands with Denmark.\"", "Jean-Noël Barrot.",
  ("France", S, pos, "Denmark", "label + quotation with no verb"))
U(d, "Deputy White House press secretary Anna Kelly said the president had created the role", "the whole alliance.",
  ("United States", N, neu, "", "explanation of the appointment, no judgement"))
U(d, "Kelly said the envoy would talk to", "any suggestion of a takeover.",
  ("United States", T, neu, "", "surname only; commitment to talk to all parties, with a playing-down (unsure: could be neutral)"))
U(d, "Pele Broberg, who leads the independence party Naleraq", "holding the pen.",
  ("Naleraq", T, neu, "United States", "party leader; readiness to talk with the envoy on conditions = calling_for_talks"))
U(d, "Prime Minister Mette Frederiksen and Greenland's premier, Jens-Frederik Nielsen, said in a joint statement", "appeals to American security.",
  ("Denmark", C, neg, "United States", "borders settled, status not to be reopened: rejection of Washington's claim in context (unsure: could be calling_for_talks)"),
  ("Greenland", C, neg, "United States", "joint statement; same reading"))
U(d, "The two leaders said they expected the United States to respect", "on the basis of mutual respect.",
  ("Denmark", T, neu, "United States", "demand to respect borders + openness to cooperation, no judgement word"),
  ("Greenland", T, neu, "United States", "'the two leaders' = both"))
U(d, "\"Another morning, another message from Washington.", "on Facebook.",
  ("Greenland", N, neg, "", "label + quote with no verb; assertion of self-rule with no judgement of Washington = neutral, negative tone (unsure: could be read as rejecting the US move)"))
U(d, "Nielsen said decisions about the island were taken", "open to cooperation.",
  ("Greenland", T, neu, "", "conditional openness to cooperation"))
U(d, "The foreign ministry has confirmed that Ambassador Ken Howery will be received", "this evening.",
  ("Denmark", C, neu, "United States", "summons of an ally's ambassador = protest measure, worded procedurally"))
# "Summoning the envoy of an ally is rare in Copenhagen ..." = background, no row.
U(d, "Speaking in Tórshavn, where he is visiting the Faroese government", "no place between allies.",
  ("Denmark", C, neg, "United States", "judgement of the appointment and Landry's remarks, no stock word"))
U(d, "\"I am angry, and I will say so to the ambassador's face,\"", "the broadcaster TV2.",
  ("Denmark", C, neg, "United States", "quote closed by the speaker"))
U(d, "He said Denmark would demand to know whether the State Department", "description of his task.",
  ("Denmark", C, neg, "United States", "demand for an explanation in protest (unsure: could be neutral)"))
U(d, "Governor Jeff Landry wrote on X overnight", "bring Greenland into the United States.",
  ("United States", N, pos, "", "the appointed envoy speaks for the US; stated aim, no judgement of anyone (unsure: could be read as a threat to Denmark)"))
U(d, "Trump announced the appointment late on Sunday", "importance to American security.",
  ("United States", N, neu, "", "announcement + rationale"))
# "Greenland, home to about 57,000 people ..." and the welcome entry = background, no row.
