# ------------------------------------------------------------------ Duterte's "separation" from the US, Beijing (Philippine daily, scraped, 2016-10-22)
d = "page_duterte_separation_phdaily.txt"
# Not statements: masthead, weather line, menus, section label, headline, byline, font-size widget, READ:, photo caption
# with credit, crossheads, ADVERTISEMENT, RELATED STORIES (incl. the editorial's title), tags, share bar, MOST READ,
# newsletter prompt, copyright. Dateline "DAVAO CITY — " excluded from the first unit.
# Duterte is a canonical person actor in the name files (later events); here he speaks as President -> Philippines.
U(d, "President Duterte said on Friday night that his announcement in Beijing", "had meant.",
  ("Philippines", N, neu, "", "lead: clarification of his own words (not cutting ties) = neutral; Washington seeking an explanation is summarised here, the US statement comes later (no US row here)"))
U(d, "\"Nobody is cutting off anybody.", "four-day state visit to China.",
  ("Philippines", N, neu, "", "multi-sentence quote closed by 'the President'; own foreign-policy line, no judgement (apron strings = independence claim)"))
U(d, "He said the Philippines would keep its relations with the United States", "whoever was willing.",
  ("Philippines", N, neu, "", "'He' = Duterte; own plans"))
U(d, "Speaking before some 200 Filipino and Chinese businessmen at the Great Hall of the People on Thursday", "America had lost.",
  ("Philippines", C, neg, "United States", "announced break with the US 'in military and economics' + 'America had lost' = a hostile measure and a jibe"))
U(d, "In the same speech he said he had realigned himself with China's way of thinking", "against the world.",
  ("Philippines", S, pos, "China", "alignment with China (and Russia); China as the main target of the backing"))
U(d, "Chinese President Xi Jinping, who welcomed Duterte with full honors on Thursday", "Xinhua news agency.",
  ("China", S, pos, "Philippines", "friendship offered; agency quoting the leader -> China (Xinhua is not an actor)"))
U(d, "The two leaders agreed to resume bilateral talks on the South China Sea dispute", "their foreign ministries said.",
  ("China", T, pos, "Philippines", "agreement to resume talks = calling_for_talks; attribution tail to both ministries"),
  ("Philippines", T, pos, "China", "same agreement, second party"))
U(d, "Trade Secretary Ramon Lopez said deals worth $13.5 billion", "energy and agriculture.",
  ("Philippines", N, pos, "", "figures, positive tone"))
U(d, "China's foreign ministry spokesperson Hua Chunying said on Friday", "choose sides.",
  ("China", N, neu, "", "reassurance about its own policy, no judgement (plausible line)"))
# "In Washington, the reaction was one of puzzlement rather than anger." = summary line before the specific statements: no row.
U(d, "State Department spokesman John Kirby said the remark was hard to square", "scratching their heads.",
  ("United States", N, neg, "", "puzzlement/concern without an appeal or judgement of an actor = neutral, negative (unsure: 'hard to square' is a mild judgement)"))
U(d, "\"Our people will want to sit down with their Philippine counterparts", "daily press briefing.",
  ("United States", T, neu, "Philippines", "quote closed by Kirby: demand for an explanation = calling_for_talks (as batch5c)"))
U(d, "Kirby said Assistant Secretary of State for East Asian and Pacific Affairs Daniel Russel", "well before the speech.",
  ("United States", N, neu, "", "plan"))
U(d, "He stressed that Washington remained committed to the alliance", "on the American side.",
  ("United States", S, pos, "Philippines", "'He' = Kirby; treaty commitment reaffirmed = backing"))
U(d, "The White House said it had not received any formal request", "the relationship.",
  ("United States", N, neu, "", "fact"))
U(d, "A Japanese Embassy official in Manila said Tokyo was keen to hear", "starting Tuesday.",
  ("Japan", N, neu, "", "unnamed official of a named government = Japan; interest in an explanation during a planned visit, no appeal"))
U(d, "In Canberra, Foreign Minister Julie Bishop said Australia would keep encouraging", "ruling of July.",
  ("Australia", T, neu, "", "appeal to settle differences peacefully, to all (plausible line); Canberra = place"))
# "At the Palace, officials urged the public not to read too much into the Beijing speech." = unnamed officials, summary line: no row.
U(d, "Presidential Spokesperson Ernesto Abella said the President was pursuing", "Mutual Defense Treaty of 1951.",
  ("Philippines", N, neu, "", "reassurance about its own policy"))
U(d, "Foreign Affairs Secretary Perfecto Yasay Jr. said in a statement", "mutual respect.",
  ("Philippines", N, neu, "", "denial of a turn against allies + reading of the President's words = neutral"))
U(d, "Defense Secretary Delfin Lorenzana told reporters the military had received no order", "said otherwise.",
  ("Philippines", N, neu, "", "procedure"))
# "In the Senate, reactions split along familiar lines." = summary line: no row.
U(d, "Senator Antonio Trillanes IV, one of the President's fiercest critics", "Chinese loans.",
  ("Antonio Trillanes IV", C, neg, "Philippines", "opposition senator as his own actor; 'reckless' = judgement of his own government's act (as Lapid in batch5c)"))
U(d, "Senate President Aquilino \"Koko\" Pimentel III said he welcomed", "options open.",
  ("Aquilino Pimentel III", S, pos, "Philippines", "welcome of the clarification + backing of the policy; speaks as a senator, not for the state"))
U(d, "The left-wing alliance Bagong Alyansang Makabayan (Bayan)", "Enhanced Defense Cooperation Agreement.",
  ("Bagong Alyansang Makabayan", S, pos, "Philippines", "praise of the break (supporting Duterte's act) + demand to scrap a US pact; the demand is against the US (unsure: could be condemning the US)"))
# Protest violence, the peso, the unnamed economist, Rodel the jeepney driver (named resident, no position on an actor), background figures: no rows.
U(d, "Russel's visit had been scheduled weeks ago", "according to the US Embassy's website.",
  ("United States", N, neu, "", "fact given by the embassy (attribution tail)"))
U(d, "He is expected to meet officials of the Department of Foreign Affairs on Monday", "disaster relief.",
  ("United States", N, neu, "", "'the embassy said' = US; agenda = plan"))
