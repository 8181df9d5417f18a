# ------------------------------------------------------------------ Mali: Barrick halts Loulo-Gounkoto after the gold stock is seized (international wire copy, 2025-01-14)
d = "page_mali_barrick_goldseizure2025_wire.txt"
# Not statements: masthead, menu, headline, byline, time line, the four bullets, crossheads, ADVERTISEMENT, credits,
# Related Coverage, standards line, tags, Most read, copyright.
U(d, "Barrick Gold said on Tuesday it had temporarily stopped work", "should go to the state.",
  ("Barrick Gold", N, neg, "", "dateline excluded; the company's own suspension reported after the seizure, no judgement in its words; the rest is narration"))
U(d, "The Toronto-based company, which owns 80% of the complex", "had agreed to use for their disputes.",
  ("Barrick Gold", C, neg, "Mali", "apposition is narration; says the seizure ignored the agreed arbitration = accusation of a breach"))
U(d, "\"We did not come to this decision lightly.", "the company said in a statement.",
  ("Barrick Gold", T, neu, "Mali", "multi-sentence quote closed by its speaker; standing offer to sit down with the government, no judgement word"))
U(d, "The company added that the gold had lost its insurance cover", "reached the bank intact.",
  ("Barrick Gold", N, neg, "", "fact (insurance) + a request for confirmation, no judgement, no peace appeal"))
# "Two sources at the site said around three tonnes ..." = unnamed speakers, no row; "At current prices ..." = narration.
U(d, "A court in Bamako ordered last week that the stock be held", "seen by MNW.",
  ("Mali", C, neu, "Barrick Gold", "a Malian court's attachment order = a measure taken by the state against the company (unsure: a court could be read as no one's position)"))
U(d, "In a statement read on state broadcaster ORTM late on Monday", "without harm to anyone on the site.",
  ("Mali", N, neu, "", "the government defends its own act as a judge's precautionary step; state broadcaster is not an actor"))
U(d, "The statement accused the company of walking away", "applied to others.",
  ("Mali", C, neg, "Barrick Gold", "'The statement' = the government's; accusation of broken undertakings"))
U(d, "It said the gold would stay in the bank's custody", "comes in good faith\".",
  ("Mali", T, neu, "Barrick Gold", "custody plan + door open to talks; 'in good faith' is a barb but no judgement word on the company (unsure: could be neutral)"))
U(d, "Prime Minister Abdoulaye Maiga, a general appointed in November", "welcome on those terms.",
  ("Mali", N, pos, "", "head of government; statement of policy (gold serves Malians first, partners welcome), no judgement of an actor"))
U(d, "Finance Minister Alousseni Sanou told members", "sharply this year.",
  ("Mali", N, pos, "", "figures/forecast of state income from the new code"))
U(d, "\"No company, however large, sits above the law", "Sanou said.",
  ("Mali", C, neg, "Barrick Gold", "surname only; veiled warning aimed at the company in the dispute (unsure: could be read as a neutral statement of principle)"))
U(d, "Mali's authorities issued an arrest warrant in December", "since November.",
  ("Mali", C, neu, "Barrick Gold", "specific measures reported as done (warrant for the CEO, detention of staff) = condemning by act; told as narration, neutral tone"))
U(d, "Barrick says the four are being held on accusations", "asked for their release.",
  ("Barrick Gold", C, neg, "Mali", "calls the charges groundless and demands release = judgement on the detention"))
U(d, "The company also denies owing the amounts demanded", "as part of a provisional arrangement.",
  ("Barrick Gold", N, neg, "", "denial + figure = neutral, negative tone"))
U(d, "Barrick warned on Jan. 6 that it would be forced to halt", "the World Bank's arbitration body.",
  ("Barrick Gold", C, neg, "Mali", "ultimatum (halt if the block is not lifted) + taking the state to international arbitration = threatened and taken response"))
U(d, "As recently as November, Bristow said he expected", "before the end of the year.",
  ("Barrick Gold", T, pos, "", "the CEO speaks for the company; expectation/hope of a settlement = calling_for_talks (unsure: could be neutral as a forecast)"))
# "The complex accounts for roughly 14% ..." and the share price = narration.
U(d, "Global Affairs Canada said it was following the case closely", "through negotiation.",
  ("Canada", T, neu, "", "raised with Mali + urges both sides to negotiate, no judgement; both sides -> target empty"))
U(d, "\"We are concerned by the continued detention", "said in an emailed reply.",
  ("Canada", N, neg, "", "concern without an appeal = neutral, negative"))
# "Mali is not alone in squeezing foreign miners." = narration.
U(d, "The authorities detained the chief executive of Australia's Resolute Mining", "pay $160 million.",
  ("Mali", C, neu, "Resolute Mining", "specific measure reported as done (detention of a company's CEO until payment) = condemning by act; background in the story (unsure: could be narration)"))
# "Military governments in neighbouring Burkina Faso and Niger have also moved against Western mining firms." = vague background, no row.
U(d, "Fatoumata Kante, a partner at the Dakar advisory firm", "at the stroke of a pen.",
  ("Fatoumata Kante", N, neg, "", "invented analyst; assessment of the signal sent to investors, no explicit judgement"))
U(d, "\"Bamako has chosen to take the gold first", "she said.",
  ("Fatoumata Kante", C, neg, "Mali", "Bamako = metonym for the government; 'short-sighted' = judgement"))
U(d, "Drissa Togola, who teaches economics", "than for Malians.",
  ("Drissa Togola", S, pos, "Mali", "invented scholar; backs the government's right to a larger share"))
# "A supervisor at the Loulo site, who asked not to be named ..." = unnamed speaker, no row.
