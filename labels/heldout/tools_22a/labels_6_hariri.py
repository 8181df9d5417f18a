# ------------------------------------------------------------------ Saad Hariri announces his resignation from Riyadh (scraped Lebanese English-language news site, 2017-11-06)
d = "page_hariri_resignation_lebanesesite.txt"
U(d, "President Michel Aoun said Monday he would take no decision", "announcing his departure on Saturday.",
  ("Lebanon", N, neu, "", "menu, breaking strip, repeated headline, byline, share bar and '1 of 6' caption are furniture; dateline 'BEIRUT: ' excluded; procedure = neutral"))
U(d, "Aoun urged the Lebanese to stay calm", "a statement from Baabda Palace.",
  ("Lebanon", T, neu, "", "appeal for calm and unity = calling_for_talks; Baabda Palace = the presidency (attribution tail)"))
U(d, "Central Bank Governor Riad Salameh said", "to keep it so.",
  ("Lebanon", N, pos, "", "central bank = a state body; reassurance about the currency = neutral, positive"))
U(d, "In a televised address from the Saudi capital on Saturday, Hariri accused Iran", "had gained influence.",
  ("Lebanon", C, neg, "Iran", "the prime minister (resignation not accepted on the date) = Lebanon (unsure: his own bloc could be argued); accusation; the Saudi capital = place"))
U(d, "He said Hezbollah had used the power of its arsenal", "not Lebanon's.",
  ("Lebanon", C, neg, "Hezbollah", "'He' = Hariri; accusation"))
U(d, "Hariri said the atmosphere in the country resembled", "was being targeted.",
  ("Lebanon", N, neg, "", "fear for his life, no one named, no appeal = neutral, negative"))
U(d, "The Lebanese Army said in a statement on Sunday", "officials in the country.",
  ("Lebanon", N, neu, "", "the army speaks for its state; no information on a plot = a fact contradicting the premier, neutral"))
U(d, "Hezbollah chief Sayyed Hassan Nasrallah said in a televised speech Sunday", "not written by him.",
  ("Hezbollah", C, neg, "Saudi Arabia", "accusation that Riyadh dictated the resignation"))
U(d, "\"We did not want this resignation, and we did not ask for it,\"", "Nasrallah said.",
  ("Hezbollah", N, neu, "", "denial of any part in the resignation = neutral"))
U(d, "He called on his supporters to stay calm", "drag Lebanon into strife.",
  ("Hezbollah", T, neu, "", "'He' = Nasrallah; appeal for calm = calling_for_talks"))
U(d, "Thamer al-Sabhan, Saudi Arabia's minister of state for Gulf affairs", "remained part of it.",
  ("Saudi Arabia", C, neg, "Lebanon", "threat to treat the government as hostile = condemning; Al Arabiya is only the outlet"))
U(d, "A Saudi official, who asked not to be named, said Hariri was a free man", "whenever he chose.",
  ("Saudi Arabia", N, neg, "", "unnamed official of a named government = Saudi Arabia; implicit denial that Hariri is held = neutral, negative (guide: denials take a negative tone)"))
U(d, "The Saudi-led coalition fighting in Yemen said", "Riyadh's airport on Saturday night.",
  ("Saudi Arabia", C, neg, "Houthis", "'Saudi-led coalition' = Saudi Arabia (organisations.csv); closing Yemen's ports = a measure by act after the Houthi missile"))
U(d, "Foreign Minister Adel al-Jubeir said the missile was Iranian-made", "a hostile act by Tehran.",
  ("Saudi Arabia", C, neg, "Iran", "Riyadh = metonym; accusation"))
U(d, "Iran's Foreign Ministry spokesman Bahram Qasemi said the resignation", "in Lebanon and the region.",
  ("Iran", C, neg, "", "accusation aimed at two actors (Washington and Riyadh) -> target empty"))
U(d, "Qasemi rejected Hariri's accusations against Tehran as untrue.", "as untrue.",
  ("Iran", N, neg, "", "possessive 'Hariri's accusations': Hariri is not the speaker; denial = neutral, negative"))
U(d, "Ali Akbar Velayati, a senior adviser to Iran's supreme leader", "not let outsiders divide them.",
  ("Iran", T, neu, "", "hope that stability holds = calling_for_talks"))
U(d, "A spokesperson for the French foreign ministry said Paris", "above their rivalries.",
  ("France", T, neu, "", "appeal to the Lebanese leaders = calling_for_talks"))
U(d, "France would stand with Lebanon and would keep backing", "the French spokesperson added.",
  ("France", S, pos, "Lebanon", "backing = supporting; attribution tail"))
U(d, "A State Department spokesperson said the United States was watching", "in Lebanon closely.",
  ("United States", N, neu, "", "monitoring with no appeal = neutral"))
U(d, "\"Lebanon's stability and its institutions matter to us", "the American official added.",
  ("United States", S, pos, "Lebanon", "'the American official' = the State Department spokesperson; support for the army = supporting"))
U(d, "Speaker Nabih Berri, who is in Egypt, said", "formally submitted.",
  ("Lebanon", N, neu, "", "the Speaker of parliament = Lebanon (name files); procedural point = neutral; Egypt = place"))
