# ------------------------------------------------------------------ Saudi-Sweden row over Wallstrom's remarks (scraped Gulf daily, .txt, 2015-03-12)
d = "page_saudi_sweden_row_gulfdaily.txt"
# No rows: masthead, date/prayer-times/weather/currency strip, menu, BREAKING, breadcrumb, repeated headline, byline,
# share line, "1 of 3" caption, ADVERTISEMENT, crossheads, Read also, tags, WhatsApp prompt, most read, comments, footer.
U(d, "Gulf capitals closed ranks behind Saudi Arabia yesterday after the Kingdom recalled its ambassador", "treatment of women.",
  ("Saudi Arabia", C, neg, "Sweden", "dateline MANAMA: excluded; long lead: 'Gulf capitals closed ranks' is a summary (no rows for the Gulf states here, their statements follow); the recall = a diplomatic measure against Sweden (Wallstrom = Sweden)"))
U(d, "The Saudi Foreign Ministry said in a statement carried by the Saudi Press Agency", "diplomatic custom.",
  ("Saudi Arabia", C, neg, "Sweden", "SPA only carries the statement (not an actor); interference + against covenants = judgement"))
U(d, "The ministry said remarks of that kind could not be reconciled", "called home.",
  ("Saudi Arabia", C, neg, "Sweden", "'The ministry' = Saudi MFA by context; judgement + the recall"))
U(d, "A ministry official, quoted by SPA, said the decision had no connection", "with Riyadh in 2005.",
  ("Saudi Arabia", N, neu, "", "unnamed official of a named government; denial of a link = neutral (a plain statement, neutral tone); Stockholm's decision is an object (possessive), not a Swedish statement"))
U(d, "Foreign Ministry spokesman Osama Nugali told Arab reporters", "its courts or its faith.",
  ("Saudi Arabia", C, neg, "Sweden", "ministry by context (Saudi); respect for the people + refusal of 'lessons' = judgement without the usual words"))
U(d, "The UAE recalled its ambassador to Sweden and summoned the Swedish ambassador", "the Ministry of Foreign Affairs said yesterday.",
  ("United Arab Emirates", C, neg, "Sweden", "recall + summons with protest note = measures; attribution tail; Abu Dhabi = place"))
U(d, "Dr Anwar Gargash, Minister of State for Foreign Affairs, said the UAE stood fully behind the Kingdom", "at its side.",
  ("United Arab Emirates", S, pos, "Saudi Arabia", "solidarity with 'the Kingdom' (= Saudi Arabia by context)"))
U(d, "In Kuwait, an official source at the Ministry of Foreign Affairs told the Kuwait News Agency", "an affront to its judiciary.",
  ("Kuwait", C, neg, "Sweden", "unnamed source of a named ministry; KUNA only carries it; Wallstrom's remarks = Sweden"))
U(d, "The source reaffirmed Kuwait's full backing for Saudi Arabia", "touched all of them.",
  ("Kuwait", S, pos, "Saudi Arabia", "same source, second sentence: backing"))
U(d, "Qatar's foreign ministry, in a statement carried by Qatar News Agency (QNA)", "relations between countries.",
  ("Qatar", C, neg, "Sweden", "QNA only carries it; breach of diplomatic rules = judgement"))
U(d, "The ministry expressed Doha's solidarity with Riyadh", "later in the day.",
  ("Qatar", S, pos, "Saudi Arabia", "'The ministry' = Qatar's (previous sentence); Doha/Riyadh metonyms; solidarity"))
U(d, "Bahrain's Ministry of Foreign Affairs denounced the remarks", "its judicial system.",
  ("Bahrain", C, neg, "Sweden", "'a sister state' = Saudi Arabia (object)"))
U(d, "Manama also affirmed its support for every step the Kingdom takes", "protect its sovereignty.",
  ("Bahrain", S, pos, "Saudi Arabia", "Manama = metonym for Bahrain (the outlet's own dateline city, here a speaker); backing"))
U(d, "The Sultanate of Oman said through its foreign ministry", "with the Arab countries.",
  ("Oman", N, neg, "", "a warning of consequences without a judgement word or an appeal = neutral, negative (unsure: a milder reproach)"))
U(d, "Gulf Cooperation Council (GCC) Secretary-General Dr Abdullatif Al Zayani handed a note of protest", "SPA reported.",
  ("Gulf Cooperation Council", C, neg, "Sweden", "protest note to the ambassador = measure; SPA carries it"))
U(d, "In the note, the council said respect between nations meant accepting", "served no one.",
  ("Gulf Cooperation Council", C, neg, "Sweden", "'the council' = GCC (not the Arab League); judgement without the usual words ('lecturing')"))
# no rows: "The row erupted on Monday, when Wallstrom ... was told her speech had been dropped" (narration of the event; the passive hides the actor)
# and the background on Sweden's recognition of Palestine ("welcomed at the time across the Arab world": vague background)
U(d, "Wallstrom told Swedish radio in Cairo that she had been informed", "an invited guest in this way.",
  ("Sweden", C, neg, "Saudi Arabia", "the Saudi delegation's objection is reported by Wallstrom (no Saudi row: the reported objection is the object of her complaint); 'regrettable' = judgement; Cairo = place"))
U(d, "At the end of their meeting, the Arab foreign ministers issued a statement", "calling her remarks reckless.",
  ("Arab League", C, neg, "Sweden", "Arab League ministerial statement = Arab League; 'reckless' = judgement"))
U(d, "Arab League Secretary-General Nabil El-Arabi, who had issued the invitation", "declined to comment further.",
  ("Arab League", N, neu, "", "procedure + declining to comment"))
U(d, "Its Secretary-General Iyad Madani said the organisation was following the row with concern", "between cultures open.",
  ("Organisation of Islamic Cooperation", T, neu, "", "'Its' = the OIC (previous sentence 'also weighed in' is a summary line without a row); concern + appeal to all sides, no judgement = calling_for_talks"))
U(d, "In Stockholm, Foreign Ministry spokesman Erik Boman confirmed", "full diplomatic relations.",
  ("Sweden", N, neu, "", "Stockholm = place; facts; Riyadh's notice is reported, not a new Saudi position"))
U(d, "Prime Minister Stefan Lofven said Sweden wanted good relations with Saudi Arabia", "back in Stockholm.",
  ("Sweden", T, pos, "Saudi Arabia", "hope for the ambassador's return and good relations = calling_for_talks (hope)"))
U(d, "Lofven said the decision not to extend the defence agreement", "the events in Cairo.",
  ("Sweden", N, neu, "", "denial of a link = neutral; tone plain"))
U(d, "Defence Minister Peter Hultqvist said that apart from exchanges in military medicine", "expires in May.",
  ("Sweden", N, neu, "", "own decision = plan/facts (ending defence cooperation is not presented as a sanction)"))
U(d, "Wallstrom said on Wednesday she stood by her view that human rights are universal", "the Saudi people.",
  ("Sweden", N, neu, "", "standing by her view + disclaimer = neutral (no judgement of an actor, no appeal)"))
U(d, "She said she would welcome a meeting with her Saudi counterpart", "talk the matter through.",
  ("Sweden", T, pos, "Saudi Arabia", "offer of a meeting = calling_for_talks"))
# no row: Green Party pressure and the business executives' open letter (background, executives unnamed)
U(d, "Anna Kinberg Batra, leader of the opposition Moderate Party", "for the sake of a coalition quarrel.",
  ("Moderate Party", C, neg, "Sweden", "opposition party under its own name criticises its own government (= Sweden)"))
# no rows: arms-trade figures "according to Swedish figures" (statistics), the Badawi background, "Diplomats in the region" (not actors)
