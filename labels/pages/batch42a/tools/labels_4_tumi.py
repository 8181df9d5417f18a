# ------------------------------------------------------------------ Abduction of Cardinal Tumi and the Fon of Nso (Cameroon MINREX news page, full HTML, releases of 6, 9 and 10 Nov 2020)
d = "page_cameroon_tumi_kidnapping2020_mfa.html"
# Not statements: top bar, motto, menus, search, breadcrumb, filter line, release titles, dates and refs, captions, share bars, pagination, aside, footer.
# --- release of 10 November
U(d, "The Ministry of External Relations informs the members of the Diplomatic Corps that His Royal Highness", "Defence and Security Forces.",
  ("Cameroon", N, pos, "", "the ministry speaks for the state; release of the Fon announced, own forces' protection = fact with a positive tone"))
U(d, "The Government welcomes this happy outcome and expresses its gratitude", "throughout these trying days.",
  ("Cameroon", S, pos, "", "thanks to partners for their solidarity = supporting; many partners -> target empty"))
U(d, "Audio messages circulated on social media and attributed to a separatist group", "free detained separatist leaders.",
  ("Bui Warriors", C, neg, "Cameroon", "new armed group; the conditions attributed to it (withdrawal from the elections, demands on the Head of State) = an ultimatum on the hostage and on the state -> condemning; reported by the ministry (unsure: could be neutral as a claim)"))
U(d, "The Government regards these claims as null and void", "regional elections of 6 December 2020.",
  ("Cameroon", C, neg, "Bui Warriors", "rejection of the group's conditions in protest, 'armed gang' = judgement"))
U(d, "The Government once again calls on the young people who have been misled", "rebuild their lives.",
  ("Cameroon", T, neu, "", "appeal to lay down arms with an offer of reintegration, no ultimatum stated -> calling_for_talks ('misled' blames no named actor)"))
U(d, "The Government has also taken note of the message of the National Episcopal Conference of Cameroon", "wherever it comes from.",
  ("National Episcopal Conference of Cameroon", C, neg, "", "the bishops' position reported by the government: 'an attack on the whole Church' = judgement + appeal to reject violence (rule 1); abductors not named -> target empty"),
  )
# The government's 'taking note' of the bishops' message is not a position of its own: no Cameroon row.
U(d, "The Nso Development Association (NSODA), for its part, called the abduction", "could ever excuse.",
  ("Nso Development Association", C, neg, "", "new organisation; judgement of the abduction; abductors not named -> target empty"))
# --- release of 9 November
# "The Minister of External Relations, His Excellency Lejeune Mbella Mbella, on Monday 9 November 2020 received ..." = a briefing listed in narrative, not talks, no row.
U(d, "The Minister recalled that the abduction of Cardinal Tumi and of the Fon of Nso came barely two weeks", "plunged the whole nation into mourning.",
  ("Cameroon", C, neg, "", "foreign minister = state; 'massacre', 'crime' = judgement of unnamed attackers -> target empty"))
U(d, "\"Those who seize a ninety-year-old man of the Church", "the Minister said.",
  ("Cameroon", C, neg, "", "multi-sentence quote closed by 'the Minister'; judgement of the separatists' acts, no group named"))
U(d, "H.E. Lejeune Mbella Mbella deplored the fact that some of those who order these crimes", "under their own laws.",
  ("Cameroon", C, neg, "", "accusation of diaspora leaders + request that partners act against them: the judgement decides (rule 1); leaders not named -> target empty"))
U(d, "He reaffirmed that the Government remains committed to peace through dialogue", "are being implemented.",
  ("Cameroon", T, pos, "", "commitment to dialogue = calling_for_talks"))
U(d, "Speaking on behalf of the Diplomatic Corps, its Dean, the Apostolic Nuncio, conveyed", "would soon be free.",
  ("Holy See", T, pos, "", "the nuncio is the Holy See's envoy; closeness (support) + hope for the hostages' release: a hope comes before support (rule 2 before rule 3) -> calling_for_talks (unsure: could be supporting; he also speaks for the whole corps, not an actor)"))
U(d, "The Ambassadors of France, Germany and the United States, the British High Commissioner", "release of all hostages.",
  ("France", C, neg, "", "list of states: one row each; condemnation of the abductions + call for release (rule 1); abductors not named -> target empty"),
  ("Germany", C, neg, "", "same sentence, second state of the list"),
  ("United States", C, neg, "", "same sentence, third state of the list"),
  ("United Kingdom", C, neg, "", "'the British High Commissioner' = United Kingdom"),
  ("European Union", C, neg, "", "head of the EU delegation = European Union"))
U(d, "Several heads of mission also encouraged the Government to open an inclusive dialogue", "all who lay down their arms.",
  ("", T, neu, "Cameroon", "unnamed subset of the diplomats: no actor, kept as a stance example (guide)"),
  ("Cameroon", T, neu, "", "the Minister's reply: talks offered to those who disarm = a conditional offer of talks (labels/README), no threat stated"))
# --- release of 6 November
# "The Minister of External Relations brings to the attention ... the following communique ..." = relay of the communique, no position of its own, no row.
U(d, "On Thursday 5 November 2020, at about 6.30 p.m., His Eminence Christian Cardinal Tumi", "responsible for this new crime.",
  ("Cameroon", C, neg, "", "the Government's communique: account of the abduction blaming the secessionist armed groups and their leaders = accusation; no single group named -> target empty"))
U(d, "His Eminence regained his freedom on Friday 6 November 2020", "receiving medical care.",
  ("Cameroon", N, neu, "", "fact of the release"))
U(d, "The Government pays tribute to the traditional rulers", "was decisive.",
  ("Cameroon", N, pos, "", "praise of its own forces and of local people (not actors) = self-praise, neutral with a positive tone"))
U(d, "The Government firmly condemns this odious act against a man of God", "values of our nation.",
  ("Cameroon", C, neg, "", "'condemns', 'odious', 'contempt' of the secessionist armed groups (no single group named) -> target empty"))
U(d, "The Defence and Security Forces remain deployed in Ngo-Ketunjia and Bui Divisions", "back among his own.",
  ("Cameroon", N, neu, "", "own deployment until the hostages are home; no operation announced against a named side (unsure: could be condemning)"))
U(d, "The Head of State, His Excellency Paul Biya, has wished His Eminence a swift and complete recovery.", "complete recovery.",
  ("Cameroon", S, pos, "", "get-well wishes = sympathy; the Cardinal is not an actor on this page -> target empty"))
