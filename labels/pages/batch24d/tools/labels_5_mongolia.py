# ------------------------------------------------------------------ Mongolia: the 1 July 2008 election riot and the state of emergency (live blog, 2008-07-02)
d = "page_mongolia_emergency_2008_liveblog.txt"
# Not statements: menu, LIVE flag, headline, standfirst, last updated, byline, Summary bullets, share bar, refresh note, time stamps, photo caption, Background box (narration; observers unnamed), Related, Key events, topics, copyright.
U(d, "The defence ministry said the troops deployed in the city centre overnight", "manage on their own.",
  ("Mongolia", N, neu, "", "plan to withdraw troops, no judgement"))
U(d, "Amnesty International called for an independent investigation into the deaths", "access to lawyers.",
  ("Amnesty International", T, neg, "Mongolia", "demand for an inquiry and protection of detainees, no judgement word = calling_for_talks (labels README: demands for an inquiry)"))
U(d, "\"The anger on the street is about who gets the copper and gold money", "Institute for Strategic and Democratic Studies in Ulaanbaatar.",
  ("Batbayar Ganzorig", N, neg, "", "invented analyst (person); explanation of the riot, no judgement of an actor"))
U(d, "Ganzorig said the two big parties should agree on an independent recount", "before parliament meets.",
  ("Batbayar Ganzorig", T, neu, "", "appeal to both parties for an agreed recount = calling_for_talks; two addressees -> target empty"))
U(d, "Professor Helen Sturgis of the School of Inner Asian Affairs in Edinburgh emails", "end on schedule.",
  ("Helen Sturgis", S, pos, "Mongolia", "invented scholar (person); approval of the president's step (+ a non-peace appeal) = supporting (unsure: could be calling_for_talks)"))
U(d, "Japan's Chief Cabinet Secretary Nobutaka Machimura said Tokyo was concerned", "among those injured.",
  ("Japan", N, neg, "", "concern without an appeal + a fact = neutral, negative"))
U(d, "The French presidency of the European Union, which began on Tuesday, said it deplored", "through the law.",
  ("European Union", C, neg, "", "the EU presidency speaks for the EU; 'deplored the violence' = judgement (rule 1) though an appeal follows; rioters not an actor -> target empty"))
U(d, "A spokeswoman for UN Secretary-General Ban Ki-moon said he was concerned", "show restraint.",
  ("United Nations", T, neg, "", "concern + appeal for restraint"))
U(d, "Russia's foreign ministry said it hoped life in its neighbour would return to normal", "Mongolian people to resolve.",
  ("Russia", T, pos, "", "hope for normality = calling_for_talks; 'a matter for the Mongolian people' carries no judgement"))
U(d, "At Beijing's regular briefing, foreign ministry spokesman Qin Gang said China hoped", "restore stability soon.",
  ("China", T, pos, "Mongolia", "hope that stability returns = calling_for_talks"))
U(d, "Qin said the Chinese embassy had found no Chinese citizens among the injured.", "among the injured.",
  ("China", N, neu, "", "fact about its citizens"))
U(d, "In Washington, State Department spokesman Sean McCormack said the United States had full confidence", "democratic institutions.",
  ("United States", S, pos, "Mongolia", "expression of confidence in the state's institutions = support"))
U(d, "The U.S. embassy in Ulaanbaatar said it was deeply saddened by the deaths", "through legal channels.",
  ("United States", T, neg, "", "grief + appeal to all sides to refrain from violence = calling_for_talks"))
U(d, "The MPRP said its headquarters and archives had been destroyed", "who governs the country.",
  ("Mongolian People's Party", C, neg, "", "MPRP (renamed Mongolian People's Party in 2010, declared alias); judgement of the rioters as a mob; not a canonical actor -> target empty"))
U(d, "A student who had joined the protest on Tuesday afternoon told our reporter", "stones started flying.",
  ("", N, neu, "", "unnamed student: not an actor, kept with an empty actor; her account"))
U(d, "\"The police were shooting at people who had nothing but rocks", "she said.",
  ("", C, neg, "Mongolia", "same unnamed student (empty actor); judgement of the police = the state"))
U(d, "The General Election Committee said it would not announce the final results", "several constituencies.",
  ("Mongolia", N, neu, "", "state body on procedure"))
U(d, "Democratic Party leader Tsakhiagiin Elbegdorj said his party had nothing to do with the violence", "ruling party's offices.",
  ("Democratic Party (Mongolia)", N, neg, "", "denial = neutral, negative (party leader speaks for the party)"))
U(d, "Elbegdorj said the Democrats still refused to accept the results", "bend the count.",
  ("Democratic Party (Mongolia)", C, neg, "Mongolian People's Party", "rejection of results in protest + accusation of the ruling party"))
U(d, "Prime Minister Sanjaa Bayar, speaking as chairman of the MPRP at a party news conference, blamed", "a single ballot was counted.",
  ("Mongolian People's Party", C, neg, "Democratic Party (Mongolia)", "speaks as party chairman at a party event -> the party, not the state (unsure: as prime minister it could be Mongolia)"))
U(d, "Police chief Ch. Amarbold said officers had used rubber bullets", "fired into the crowd.",
  ("Mongolia", N, neg, "", "own account + denial of live fire = neutral, negative"))
U(d, "The National Police Agency said five people had died", "detained overnight.",
  ("Mongolia", N, neu, "", "figures given by a state agency"))
U(d, "President Nambaryn Enkhbayar said complaints about the count would be examined", "meet him on Wednesday.",
  ("Mongolia", T, neu, "", "invitation to all party leaders to meet = calling_for_talks"))
U(d, "\"What happened last night was not a protest, it was an attack on the state", "shortly before midnight.",
  ("Mongolia", C, neg, "", "judgement of the rioters (not an actor) -> target empty"))
U(d, "The four-day state of emergency decreed by President Enkhbayar took effect at midnight", "off the air.",
  ("Mongolia", N, neu, "", "'Good morning.' opener excluded; the decree's terms as procedure (unsure: an emergency against rioters could be read as a measure = condemning)"))
