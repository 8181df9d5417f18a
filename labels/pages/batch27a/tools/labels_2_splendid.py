# ------------------------------------------------------------------ Ouagadougou: Splendid Hotel and Cappuccino attack (live blog, full HTML, 2016-01-16)
d = "page_burkina_splendid_hotel2016_liveblog.html"
# Not statements: <title>, masthead, nav, breadcrumb, headline, standfirst (it names AQIM's claim: standfirst, no row),
# byline, figcaptions ("2 of 4", credits), share bar, ADVERTISEMENT, time stamps, the closing note, tags, newsletter,
# the three reader comments, most read, footer.
U(d, "Ouagadougou: President Roch Marc Christian Kaboré has declared", "from Sunday.",
  ("Burkina Faso", N, neg, "", "entry opening with the capital; mourning declared = plan/measure with no judgement"))
U(d, "Kaboré, in an address on national television:", "standing together.\"",
  ("Burkina Faso", C, neg, "", "quote introduced by a colon, no verb of saying; judgement of the attackers (unnamed) + defiance -> target empty"))
U(d, "Ottawa: Prime Minister Justin Trudeau confirms", "among the dead.",
  ("Canada", N, neu, "", "casualty figure given by an actor = neutral"))
U(d, "Trudeau has offered Burkina Faso Canada's help", "his office says.",
  ("Canada", S, pos, "Burkina Faso", "offer of help = supporting; second-hand ('his office says')"))
U(d, "Bern: Two Swiss citizens were killed", "foreign ministry says.",
  ("Switzerland", N, neu, "", "figure, attribution tail"))
U(d, "Foreign Minister Didier Burkhalter: \"Nothing, no cause", "dinner tables.\"",
  ("Switzerland", C, neg, "", "judgement without a stock word, no verb of saying; attackers unnamed -> target empty"))
U(d, "Dakar: Senegalese President Macky Sall, speaking as chair of ECOWAS", "coordinate their answer.",
  ("ECOWAS", C, neg, "", "a head of state speaking as chair of the regional body = the body; 'enemies of every West African' = judgement"))
U(d, "Washington: State Department spokesman John Kirby says", "with its government.",
  ("United States", S, pos, "Burkina Faso", "solidarity = supporting"))
U(d, "A U.S. defence official tells reporters that American personnel", "during the operation.",
  ("United States", S, pos, "France", "unnamed official of a named government; backing by act (surveillance support to French forces)"))
U(d, "The claim: AQIM, in a message posted on its channels", "troops in the Sahel.",
  ("AQIM", C, neg, "France", "claim carrying a justification aimed at France ('to strike at France and its Western allies') = condemning; Al-Mourabitoun is named as the executor, not as a speaker"))
U(d, "Paris: President François Hollande, in a statement from the Élysée", "gone out for a meal.",
  ("France", C, neg, "", "judgement ('a vile blow against civilians'); attackers unnamed in the sentence -> target empty"))
U(d, "The Élysée says French special forces based near the capital", "assault on the hotel.",
  ("France", S, pos, "Burkina Faso", "backing by act: troops joined the Burkinabè assault"))
U(d, "Defence Minister Jean-Yves Le Drian on Europe 1:", "with our African partners.\"",
  ("France", C, neg, "", "announced continuing operations against 'these groups' = condemning; no single canonical target named"))
U(d, "Ouagadougou: Security Minister Simon Compaoré says the assault on the Splendid is over", "three attackers killed.",
  ("Burkina Faso", N, neu, "", "figures and own operation reported as done = neutral"))
U(d, "A fourth attacker was killed at the nearby Yibi hotel, he adds.", "he adds.",
  ("Burkina Faso", N, neu, "", "'he' = Compaoré; fact"))
U(d, "Communications Minister Rémi Dandjinou puts the death toll", "18 nationalities.",
  ("Burkina Faso", N, neu, "", "death toll given by an actor"))
U(d, "\"The security forces left us on our own for hours", "all night.",
  ("Aminata Zongo", C, neg, "Burkina Faso", "invented witness (independent person), quote before the name; 'it is shameful' = judgement of her own state's forces"))
U(d, "Addis Ababa: African Union Commission chairperson Nkosazana Dlamini-Zuma sends", "people of Burkina Faso.",
  ("African Union", S, pos, "Burkina Faso", "solidarity = supporting"))
U(d, "New York: Secretary-General Ban Ki-moon is horrified", "his spokesman says.",
  ("United Nations", N, neg, "", "alarm without an appeal = neutral, negative"))
U(d, "Ban hopes the attack will not derail", "the spokesman adds.",
  ("United Nations", T, neg, "", "hope that the transition holds = calling_for_talks; 'the spokesman' second-hand"))
U(d, "Security Council members, in a press statement, say no cause can excuse", "bring the organisers to justice.",
  ("United Nations", C, neg, "", "judgement + appeal: rule 1"))
U(d, "Bamako: Malian President Ibrahim Boubacar Keïta", "the Malian presidency says.",
  ("Mali", S, pos, "Burkina Faso", "condolences + offered help of its services = supporting; attribution tail"))
U(d, "The Hague: Foreign Minister Bert Koenders, on Twitter:", "people of Burkina Faso.\"",
  ("Netherlands", S, pos, "Burkina Faso", "the capital and the title give the state; sympathy = supporting"))
U(d, "Analysis from Mariam Sanogo, Sahel researcher", "Islamic State group.",
  ("Mariam Sanogo", N, neu, "", "invented researcher; reading of AQIM's motives, no judgement or appeal"))
U(d, "Sanogo says Ouagadougou and Paris should resist answering with force alone", "find their men.",
  ("Mariam Sanogo", T, neu, "", "appeal for a non-military course, no judgement = calling_for_talks (unsure: development appeal rather than talks); capitals = metonyms, two addressees -> target empty"))
# 06:10 entry: "witnesses say" = unnamed speakers, no row; the gunfire sentence is narration.
U(d, "Paris: Foreign Minister Laurent Fabius says the government is following events", "Burkinabè authorities.",
  ("France", N, neu, "", "monitoring, no appeal = neutral"))
U(d, "The French embassy tells French nationals in Ouagadougou", "city centre.",
  ("France", N, neu, "", "practical advice to its own nationals"))
# 21:05 entry = narration, no row.
