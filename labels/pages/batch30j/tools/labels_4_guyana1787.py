# ------------------------------------------------------------------ Venezuela's maritime Decree 1787 and its replacement 1859 (Guyana's Ministry of the Presidency news page, full HTML, 2015-07-08)
d = "page_guyana_decree1787_presidency2015.html"
# The presidency never names its own state in the body: "the President", "the Head of State", "the Government", "the nation" = Guyana.
# Not statements: top bar, nav, breadcrumb, the list of other releases (link titles), release number, headline (carries the
# President's position), date line, figcaption, crossheads, "– ENDS –", share bar, tags, comments, footer.
U(d, "President David Granger on Wednesday said the decree issued on Monday", "it superseded.",
  ("Guyana", C, neg, "Venezuela", "judgement ('no less objectionable') of Venezuela's decree"))
U(d, "The Head of State told a press conference at the Ministry of the Presidency", "enforce such an instrument.",
  ("Guyana", C, neg, "Venezuela", "'the Head of State', 'the Government' = Guyana by context; rejection + warning of resistance = condemning"))
U(d, "\"We did not draw the boundary.", "the President said.",
  ("Guyana", C, neg, "Venezuela", "multi-sentence quote closed by 'the President said'; dismissal of the decree's force"))
U(d, "The President noted that Caracas had on Monday recalled its ambassador", "a review of relations.",
  ("Venezuela", C, neg, "Guyana", "recalling an ambassador and cutting embassy staff in protest = condemning (act reported by the other side)"),
  ("Guyana", N, neu, "", "the President relays facts; 'noted' carries no position of his own"))
U(d, "He said the Government regretted that step, but that its door remained open", "international law.",
  ("Guyana", C, neg, "Venezuela", "'regretted' aimed at Venezuela's recall = judgement; offer of talks joined to it: rule 1 decides"))
U(d, "The Venezuelan Ministry of Foreign Affairs, in a communiqué last month, had described the Government's response", "hostile and ill-advised.",
  ("Venezuela", C, neg, "Guyana", "state adjective + ministry; judgement of Guyana's response; 'the Government' = Guyana"))
U(d, "Caracas continues to maintain that the Arbitral Award of 1899 is null and void.", "null and void.",
  ("Venezuela", N, neg, "", "standing legal claim restated as background (unsure: could be narration without a row, or a rejection = condemning)"))
U(d, "Asked about that position, the President said Venezuela was welcome to put its arguments before an international court", "not shouted.\"",
  ("Guyana", T, neu, "Venezuela", "invitation to judicial settlement = a peaceful course; the jab 'not shouted' is mild (unsure: could be condemning)"))
U(d, "The President expressed his gratitude to the Heads of Government of the Caribbean Community", "on July 4.",
  ("Guyana", S, pos, "CARICOM", "thanks for regional backing = supporting"))
U(d, "In that statement, the Heads reaffirmed their firm support for the sovereignty", "international law.",
  ("CARICOM", C, neg, "Venezuela", "support for Guyana + rejection of any decree inconsistent with international law: the rejection aimed at Venezuela's decree decides (rule 1); 'the Heads' = CARICOM"))
U(d, "The Conference also expressed the hope that the controversy would be settled by peaceful means", "of 1966.",
  ("CARICOM", T, pos, "", "hope for a peaceful settlement = calling_for_talks; 'the Conference' = CARICOM"))
U(d, "The Commonwealth Secretary-General, Kamalesh Sharma, according to a statement from Marlborough House, said", "upholding its sovereignty.",
  ("Commonwealth", S, pos, "Guyana", "'according to a statement from' mid-sentence; backing of a member"))
U(d, "The Secretary-General of the Organization of American States, Luis Almagro, was quoted", "a path of dialogue.",
  ("Organization of American States", T, neu, "", "passive attribution via the press; encouragement of dialogue to both"))
U(d, "The Government has also been informed by the United States Embassy that Washington considers the matter", "international law.",
  ("United States", T, neu, "", "position relayed by the presidency; peaceful settlement under international law = appeal, no judgement"))
U(d, "A spokesman for the United Nations Secretary-General said the Secretary-General was following the developments closely", "diplomatic channels.",
  ("United Nations", T, neu, "", "monitoring + encouragement to keep to diplomacy = calling_for_talks"))
U(d, "Vice-President and Minister of Foreign Affairs Carl Greenidge has dispatched a further note of protest", "Ministry of Foreign Affairs.",
  ("Guyana", C, neg, "Venezuela", "a protest note by act = condemning"))
U(d, "The Minister briefed members of the diplomatic corps", "both decrees.",
  ("Guyana", N, neu, "", "'the Minister' by title; a briefing = procedure"))
U(d, "The President said he intends to bring the matter before the United Nations General Assembly", "judicial settlement.",
  ("Guyana", T, neu, "", "asking for the Secretary-General's good offices toward a judicial settlement = a peaceful course"))
U(d, "The Government assured investors that all exploration licensed in its waters was lawful", "without interruption.",
  ("Guyana", N, pos, "", "reassurance about its own conduct = neutral, positive tone"))
U(d, "The People's Progressive Party/Civic, in a statement on Tuesday, said it stood behind the Government", "an act of intimidation.",
  ("People's Progressive Party/Civic", C, neg, "Venezuela", "opposition party backs the government (supporting Guyana) and calls the decree 'an act of intimidation': the judgement decides (rule 1)"))
U(d, "The President welcomed the opposition's position, saying that on the matter of the nation's borders", "not two.\"",
  ("Guyana", S, pos, "People's Progressive Party/Civic", "welcome of the opposition's backing"))
U(d, "At a symposium on the boundary at Castellani House on Tuesday, Dr. Rawle Persaud", "printed on new paper.",
  ("Rawle Persaud", C, neg, "Venezuela", "invented historian; dismissive judgement of Venezuela's decree without a stock word"))
U(d, "Persaud said the only place the matter could now be settled was the International Court of Justice", "for themselves.",
  ("Rawle Persaud", T, neu, "", "surname only; judicial settlement as the way = calling_for_talks"))
U(d, "Sharon Lall, who chairs a fishermen's cooperative on the Essequibo Coast", "since May.",
  ("Sharon Lall", N, neg, "", "invented local voice; fear reported, no actor judged, no appeal"))
