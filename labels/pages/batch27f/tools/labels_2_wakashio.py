# ------------------------------------------------------------------ MV Wakashio oil spill, Mauritius (live blog, full HTML, 2020-08-09)
d = "page_wakashio_oilspill2020_liveblog.html"
# Not statements: masthead, edition line, nav, breadcrumb, LIVE badge, headline, standfirst, byline, update stamp,
# time stamps, figcaptions with credits and "2 of 6", share bar, ADVERTISEMENT, Related, newsletter, tags,
# comments, most read, footer. The 21:05 sign-off and the 08:15 queue scene are narration.
U(d, "Prime Minister Pravind Jugnauth, in a televised address, said the government would pursue", "depend on it.",
  ("Mauritius", C, neg, "Nagashiki Shipping", "claim for all damages against the owner = a threatened response (condemning)"))
U(d, "Jugnauth asked volunteers to leave any direct contact", "heading to the coast.",
  ("Mauritius", N, neu, "", "instructions to volunteers = procedure"))
U(d, "Opposition leader Arvin Boolell of the Labour Party accused the government", "in parliament on Tuesday.",
  ("Labour Party (Mauritius)", C, neg, "Mauritius", "opposition leader speaks for his party; accusation of wasted days + demand to answer = judgement of the government"))
U(d, "At a news conference in the Japanese capital, Kiyoaki Nagashiki", "his company's vessel.",
  ("Nagashiki Shipping", N, neg, "", "'TOKYO: ' excluded; apology for own harm = neither judgement of another nor aid: neutral, regretful tone (unsure: could be read as supporting Mauritius)"))
U(d, "The company said it would do everything within its power", "claims for compensation.",
  ("Nagashiki Shipping", N, pos, "", "'The company' = the owner; reassurance about own conduct = neutral"))
U(d, "Mitsui O.S.K. Lines, which chartered the ship, said it would send", "clean-up.",
  ("Mitsui O.S.K. Lines", S, pos, "Mauritius", "staff and money offered = supporting"))
U(d, "Environment Minister Kavy Ramano, at a briefing in Port Louis:", "Every boom we have is in the water.\"",
  ("Mauritius", N, neg, "", "quote opened after a colon with no verb of saying (live-blog style); facts of the spread = neutral"))
U(d, "The Mauritian Wildlife Foundation said its staff were moving rare plants", "as a precaution.",
  ("Mauritian Wildlife Foundation", N, neu, "", "own precautionary action, no position"))
U(d, "Greenpeace Africa, which has campaigners on the island, said a loaded ship", "bill for the clean-up.",
  ("Greenpeace", C, neg, "Nagashiki Shipping", "Greenpeace Africa = Greenpeace; judgement without stock words ('no business sailing so close') + demand that the owners pay"))
U(d, "A second French military aircraft has landed at Sir Seewoosagur Ramgoolam airport", "the French embassy in Port Louis said.",
  ("France", S, pos, "Mauritius", "'SAINT-DENIS, RÉUNION: ' excluded; aid delivered, attribution tail"))
U(d, "A French navy vessel is expected to leave Le Port tonight", "pollution specialists.",
  ("France", S, neu, "Mauritius", "continues the embassy's account of aid on its way = backing by act (unsure: unattributed sentence; read as the embassy's)"))
U(d, "A fisherwoman in Mahébourg, Anjali Ramsamy, told our reporter:", "the lagoon we live from is black.\"",
  ("Anjali Ramsamy", C, neg, "Mauritius", "invented witness; 'the government left us alone' = judgement of the government"))
U(d, "India's High Commissioner in Port Louis, Tanmaya Lal, said New Delhi stood ready", "government asked.",
  ("India", S, pos, "Mauritius", "'NEW DELHI: ' excluded; offer of equipment and experts = supporting"))
U(d, "The European Union has activated its civil protection mechanism", "Copernicus service.",
  ("European Union", S, pos, "Mauritius", "'BRUSSELS: ' excluded; assistance activated and supplied"))
U(d, "Police have opened an inquiry into the grounding", "a police spokesperson said.",
  ("Mauritius", N, neu, "", "the Mauritian police speak for the state; investigation reported as a fact"))
U(d, "The United Nations' joint environment unit is deploying an oil-spill expert", "Coordination of Humanitarian Affairs.",
  ("United Nations", S, pos, "Mauritius", "'GENEVA: ' excluded; 'according to a statement from' OCHA; expert deployed = aid"))
U(d, "Panama, where the Wakashio is registered, has opened its own investigation", "the Panama Maritime Authority said.",
  ("Panama", N, neu, "", "flag-state investigation = procedure"))
U(d, "Japan will send a six-member disaster relief team", "the foreign ministry said.",
  ("Japan", S, pos, "Mauritius", "'TOKYO: ' excluded; relief team = aid"))
U(d, "Environment Minister Shinjiro Koizumi said the spill threatened species", "assess the harm.",
  ("Japan", S, neg, "Mauritius", "alarm + specialists sent = backing by act; alarmed tone"))
U(d, "Dr Olivier Lebrasse, a marine biologist at the University of Mauritius", "a spill of this size.",
  ("Olivier Lebrasse", N, neg, "", "invented scientist; damage assessment"))
U(d, "Lebrasse called for an independent inquiry", "before the fuel was secured.",
  ("Olivier Lebrasse", T, neg, "", "demand for an inquiry = calling_for_talks (as in earlier batches) (unsure: the implied blame of the authorities could make it condemning)"))
U(d, "Emmanuel Macron, on Twitter overnight:", "for as long as it takes.\"",
  ("France", S, pos, "Mauritius", "social media, colon-opened quote; solidarity + aid"))
U(d, "Britain is sending a small team of oil-spill advisers", "the British High Commission said.",
  ("United Kingdom", S, neu, "Mauritius", "'LONDON: ' excluded; advisers sent = aid"))
U(d, "The government says about 1,000 tonnes of fuel oil have escaped", "on board.",
  ("Mauritius", N, neu, "", "figures from the government"))
U(d, "The Panama-flagged MV Wakashio, owned by a Japanese company, struck the reef", "on Friday night.",
  ("Mauritius", N, neg, "", "the emergency declaration = an act reported as done; no judgement"))
