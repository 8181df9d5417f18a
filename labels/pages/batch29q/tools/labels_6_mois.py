# ------------------------------------------------------------------ EU sanctions on Iran's intelligence ministry after Dutch findings (explainer, 2019-01-09)
d = "page_eu_iran_mois_sanctions2019_explainer.txt"
# Not statements: section bar, headline, byline, read time, photo line with credit, question subheads, Related, tags, share line, copyright.
U(d, "The European Union on Tuesday froze the funds", "Here is what we know.",
  ("European Union", C, neg, "Iran", "lede: sanctions imposed = condemning; the Dutch finding only narrated in a clause (its own row below)"))
U(d, "In a letter to parliament on Tuesday, Foreign Minister Stef Blok and Interior Minister Kajsa Ollongren wrote", "The Hague in 2017.",
  ("Netherlands", C, neg, "Iran", "two ministers, one state; attribution of the killings to Iran = accusation"))
# "The victims were ..." = background, no row.
U(d, "Blok said the Iranian ambassador had been summoned", "breach of its sovereignty.",
  ("Netherlands", C, neg, "Iran", "surname only; summons + 'grave breach of its sovereignty' = judgement"))
U(d, "The minister added that if Iran did not cooperate", "could not be ruled out.",
  ("Netherlands", C, neg, "Iran", "'the minister' = Blok; threat of further measures"))
U(d, "Ollongren, speaking to Dutch broadcaster NOS, described the killings", "on Dutch streets.",
  ("Netherlands", C, neg, "", "judgement ('attack on the rule of law') + warning to 'foreign states' (Iran implied, not named) -> target empty"))
U(d, "The Netherlands had quietly expelled two Iranian embassy staff last June", "only this week.",
  ("Netherlands", C, neg, "Iran", "expulsion of diplomats = condemning (measure taken), confirmed by the government"))
U(d, "Foreign ministers meeting in Brussels agreed to add the ministry's internal security directorate", "counter-terrorism measures.",
  ("European Union", C, neg, "Iran", "listing for sanctions = condemning"))
U(d, "According to a statement from the Council of the EU, the listing was a response", "as long as Iran kept to it.",
  ("European Union", C, neg, "Iran", "'according to a statement from'; 'hostile activities' charge + conditional commitment to the deal: judgement decides"))
U(d, "Denmark's Foreign Minister Anders Samuelsen, whose country had accused Iran in October", "a firm answer from Europe.",
  ("Denmark", S, pos, "European Union", "praise of the EU decision = supporting; the October accusation is only narrated in a clause"))
U(d, "\"Plotting murders on European soil now carries a price, and Tehran knows it,\"", "Samuelsen wrote.",
  ("Denmark", C, neg, "Iran", "surname; judgement + warning aimed at Tehran (metonym), no stock word"))
U(d, "French Foreign Minister Jean-Yves Le Drian, whose government froze the assets", "France had taken.",
  ("France", S, pos, "European Union", "approval of the EU step as confirming France's line; the October freeze only narrated (unsure: could also be a condemning row for the freeze)"))
U(d, "Tehran denies any role in the killings or the plots.", "or the plots.",
  ("Iran", N, neg, "", "denial = neutral, negative"))
U(d, "Foreign Minister Mohammad Javad Zarif wrote on Twitter that Europe was looking for a scapegoat", "on their hands.",
  ("Iran", C, neg, "European Union", "counter-accusation of harbouring violent groups = judgement"))
U(d, "In remarks carried by the state news agency IRNA, foreign ministry spokesman Bahram Qasemi called", "would not go unanswered.",
  ("Iran", C, neg, "Netherlands", "'baseless' (denial) + threat of a response: the threat decides; two targets possible, Dutch claims named -> Netherlands"))
U(d, "\"The Europeans should look at who lives in their cities before they point at us,\"", "exiled opposition groups.",
  ("Iran", C, neg, "European Union", "surname; accusation by allusion (gloss is the outlet's)"))
U(d, "Iran's foreign ministry said it had summoned the Dutch ambassador", "a formal protest.",
  ("Iran", C, neg, "Netherlands", "summons in protest = condemning"))
U(d, "U.S. Secretary of State Mike Pompeo welcomed the listing", "hold Tehran to account.",
  ("United States", S, pos, "European Union", "welcome of the EU step; the 'account' clause aims at Iran but the sentence's stance is the welcome (unsure: could be condemning Iran)"))
U(d, "The State Department also called on European countries to go further", "banking and oil sectors.",
  ("United States", C, neg, "Iran", "call for sanctions = condemning (labels README)"))
U(d, "The British foreign secretary, Jeremy Hunt, said the United Kingdom had backed the listing", "state-sponsored threats.",
  ("United Kingdom", S, pos, "European Union", "backing by act (voted for the listing) = supporting"))
U(d, "Annelies Vos, an Iran specialist at the Amsterdam Institute for Middle East Affairs, said", "separate the two files.",
  ("Annelies Vos", N, neu, "", "invented analyst; assessment, no judgement"))
U(d, "\"Brussels is telling Tehran that it can keep the nuclear deal", "Vos said.",
  ("Annelies Vos", N, neu, "", "surname; reading of the EU's message (Brussels/Tehran as metonyms inside an analyst's analysis), no own position"))
U(d, "She said both sides now had an interest in keeping channels open", "only through listings.",
  ("Annelies Vos", T, neu, "European Union", "appeal to the EU for direct engagement = calling_for_talks"))
U(d, "\"A state that sends killers to European cities cannot expect", "Rostami said.",
  ("Kaveh Rostami", C, neg, "Iran", "invented analyst introduced in the previous sentence (a lead-in with no position: no row); judgement without stock words"))
U(d, "He expected more listings if the Danish and French investigations led back to Tehran.", "led back to Tehran.",
  ("Kaveh Rostami", N, neu, "", "forecast, no position"))
# "Kaveh Rostami, a senior analyst ..., was blunter." = lead-in, no row.
# "The sanctions take effect ..." = procedure narrated by the outlet; "Dutch prosecutors say their investigations ... are continuing." -> row below.
U(d, "Dutch prosecutors say their investigations into the two killings are continuing.", "are continuing.",
  ("Netherlands", N, neu, "", "state prosecutors = the state; procedure"))
