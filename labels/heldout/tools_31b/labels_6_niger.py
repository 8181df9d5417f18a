# ------------------------------------------------------------------ Niger's junta ends its military cooperation agreement with the United States (West African news site, full HTML, 2024-03-19)
d = "page_niger_us_westafricasite.html"
# Not statements: top bar, logo, tagline, nav, TRENDING ticker, section label, headline, summary, byline, dates, share bar,
# figcaptions with credits and "1 of 2", ADVERTISEMENT, crossheads, "READ ALSO:", credits, tags, WhatsApp prompt,
# comments, Most popular, footer.
U(d, "Niger's military government has ended the agreement", "with reprisals.",
  ("Niger", C, neg, "United States", "dateline 'NIAMEY — ' excluded; the junta speaks for its state; ending the accord with the grievance stated = refusing in protest"))
U(d, "Washington says it is still in contact with the junta", "any withdrawal.",
  ("United States", T, neu, "Niger", "Washington = metonym; continued contact = commitment to dialogue"))
U(d, "Colonel Major Amadou Abdramane, spokesman for the ruling National Council", "on Nigerien territory.",
  ("Niger", N, neg, "", "the decision itself with no grievance in this sentence = neutral (contrast with the lead)"))
U(d, "He said the accord had been imposed on Niger unilaterally by Washington", "constitutional rules.",
  ("Niger", C, neg, "United States", "'He' = Abdramane; accusation of an imposed, unconstitutional accord"))
U(d, "The presence of American troops and civilian staff on Nigerien soil was therefore illegal", "the spokesman said.",
  ("Niger", C, neg, "United States", "'illegal' with an attribution tail"))
# "The announcement came a day after a high-level US delegation left Niamey ... did not see the junta's leader ..." -> narration of the visit (meetings listed in narrative, no row)
U(d, "According to Abdramane, the Americans broke with diplomatic practice", "with Niamey.",
  ("Niger", C, neg, "United States", "protocol complaint = judgement of the delegation; Niamey = Niger as object"))
U(d, "He said the talks had covered the military transition", "jihadist groups.",
  ("Niger", N, neu, "", "account of the agenda, no evaluation"))
U(d, "The government deplored what it saw as an American attempt", "he said.",
  ("Niger", C, neg, "United States", "'deplored' an attempt to deny Niger its choice of partners"))
U(d, "The CNSP also condemned what its spokesman described as the condescending tone", "and its people.",
  ("Niger", C, neg, "United States", "CNSP = Niger (name files); the delegation's head (Phee) is an object, not a speaker"))
U(d, "Abdramane rejected as false the American allegation", "uranium to Iran.",
  ("Niger", N, neg, "", "denial = neutral, negative; Iran only mentioned"),
  ("United States", C, neg, "Niger", "the US allegation reported inside Niger's denial = a US accusation (unsure: it is known only through the denial)"))
U(d, "He also said that US military flights over Nigerien territory", "had been illegal.",
  ("Niger", C, neg, "United States", "'illegal' flights"))
# "The first American reaction came within hours." -> summary line (no row)
U(d, "State Department spokesman Matthew Miller wrote on X that Washington had taken note", "the junta was taking.",
  ("United States", N, neg, "", "acknowledgement + worries about the junta's direction, no appeal = neutral, negative"))
U(d, "The United States was still talking to the CNSP and would say more when it could", "he added.",
  ("United States", T, neu, "Niger", "continued contact = commitment to dialogue (attribution tail)"))
U(d, "On Monday, Pentagon deputy press secretary Sabrina Singh told reporters", "Niger had chosen.",
  ("United States", N, neg, "", "unease without an appeal or a judgement word = neutral, negative"))
U(d, "Officials had voiced concern about Niger's potential ties with Russia and Iran", "without going into detail.",
  ("United States", N, neg, "", "'Officials' = the US delegation, reported by Singh; concern without appeal; Russia and Iran only mentioned"))
U(d, "Singh said the Pentagon was using diplomatic channels", "US forces to leave.",
  ("United States", T, neu, "Niger", "seeking clarification through diplomatic channels = a diplomatic course; the junta's lack of a deadline is narration"))
U(d, "\"If there is a road that works for both sides, we want to stay partners,\" she said.", "she said.",
  ("United States", T, pos, "Niger", "hope to keep the partnership through a negotiated way forward (unsure: could be read as neutral)"))
U(d, "At the State Department, deputy spokesman Vedant Patel said most of the contacts", "embassy team in Niamey.",
  ("United States", N, neu, "", "channels of contact = procedure"))
U(d, "He described Washington's security cooperation in the region as good for both sides", "terrorist violence.",
  ("United States", N, pos, "", "'He' = Patel; praise of its own partnerships = self-praise, neutral"))
U(d, "US Africa Command said about 1,000 personnel remained in the country", "airport in Niamey.",
  ("United States", N, neu, "", "AFRICOM = United States; figures"))
# "Since seizing power on July 26 last year ..., the junta has ordered French troops ... out ..." -> background with actors as subjects (no row)
# "Russian defence officials have visited Niamey ... the prime minister travelled to Tehran in January." -> background (no row)
# "Niger is one of the world's main producers of uranium ..." -> background (no row)
# "The US military ended combat support and training missions ..." -> background (no row)
# "Supporters of the junta greeted ... several people interviewed by Sahel Horizon said they approved." -> unnamed (no row)
U(d, "Insa Garba Saidou, a local activist who helps the military authorities", "between its partners.",
  ("Insa Garba Saidou", C, neg, "United States", "independent person under his own name (an activist, not an official); demand that US bases leave + accusation"))
# The Grand Marché trader (unnamed) and "A Niamey-based security researcher" -> not actors (no row)
