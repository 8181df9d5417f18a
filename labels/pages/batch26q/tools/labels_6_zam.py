# ------------------------------------------------------------------ Iran's execution of Ruhollah Zam (French Embassy in Tehran, news page, June-December 2020)
d = "page_iran_zam_execution2020_embassynews.txt"
# Not statements: site name, language bar, menu, breadcrumb, RSS/print line, item headlines with dates, "Last modified on",
# See also, social links, footer, copyright. On the embassy's own page "France", "the Embassy", "the Ambassador" = France.
U(d, "On 13 December, the Ambassador of France to Iran, Philippe Thiébaud, was summoned", "the execution of Ruhollah Zam.",
  ("Iran", C, neg, "France", "passive: the Iranian MFA summons the French ambassador over France's statement = a measure in protest"))
U(d, "The Iranian side described the French statement as interference", "the official news agency IRNA.",
  ("Iran", C, neg, "France", "'according to IRNA' (the agency is not an actor); charge of interference"))
U(d, "It also complained of the welcome that, in its words", "incite violence against Iran.",
  ("Iran", C, neg, "", "'It' = the Iranian side; accusation of 'certain European countries' -> several, target empty"))
U(d, "The Ambassador told his interlocutor that France stood by every word", "a journalist is hanged.",
  ("France", C, neg, "Iran", "reaffirms its condemnation in reply to the summons = condemning"))
U(d, "The German ambassador, whose country holds the presidency", "the statement of the European Union.",
  ("Iran", C, neg, "European Union", "summons in protest at the EU's statement (the German envoy is summoned for the EU presidency) (unsure: target could be Germany)"))
U(d, "France learned with dismay this morning that Ruhollah Zam", "put to death in Iran.",
  ("France", N, neg, "", "dismay at the news, no judgement yet, no appeal = neutral, negative"))
U(d, "France condemns this execution in the firmest terms", "freely entered into.",
  ("France", C, neg, "Iran", "condemnation + breach of commitments"))
U(d, "Mr Zam had been granted refugee status in France", "never been explained.",
  ("France", N, neg, "", "facts about his status and his unexplained seizure; no actor named"))
U(d, "France's rejection of capital punishment admits no exception", "alongside its partners.",
  ("France", N, neu, "", "a general principle and a policy aim, aimed at no actor (unsure: read in context it targets Iran and could be condemning)"))
U(d, "The European Union condemned the execution without reservation", "said on Saturday.",
  ("European Union", C, neg, "Iran", "EEAS spokesperson = EU; condemnation, attribution tail"))
U(d, "The bloc also urged the Iranian authorities to respect the rights", "before any verdict.",
  ("European Union", T, neg, "Iran", "'The bloc'; demands to respect fair trial and end televised confessions, no judgement word = calling_for_talks (labels/README: demand to one side)"))
U(d, "In Berlin, the Federal Foreign Office described the hanging", "basic rights.",
  ("Germany", C, neg, "Iran", "'grave breach' = judgement"))
U(d, "France fully associates itself with this statement of the European Union.", "of the European Union.",
  ("France", S, pos, "European Union", "the embassy page aligns France with the EU statement = approval (supporting the EU)"))
U(d, "On the occasion of Human Rights Day, the Embassy hosted", "from France and Iran.",
  ("France", N, neu, "", "an event hosted = an act, no position"))
U(d, "Opening the discussion, the Ambassador recalled that France raises", "bilateral contacts.",
  ("France", N, neu, "", "own practice described, no target, no appeal"))
U(d, "Professor Claire Vasseur, who heads the centre for media law", "without ever having to name it.",
  ("Claire Vasseur", C, neg, "Iran", "invented scholar; judgement of the use of espionage charges against reporters"))
U(d, "Kaveh Nikpour, a Persian-language journalist based in Paris, said he still hoped", "save Mr Zam's life.",
  ("Kaveh Nikpour", T, pos, "", "invented journalist; hope = calling_for_talks"))
U(d, "Speaking for Reporters Without Borders, its Iran desk said", "free them.",
  ("Reporters Without Borders", T, neg, "Iran", "a desk of a named body speaks for it; figures + demand to free them, no judgement word"))
# "The recording of the round table is available on request ..." = service note, no row.
U(d, "France has learned that Iran's Supreme Court has confirmed the death sentence", "against Ruhollah Zam.",
  ("France", N, neu, "", "reports the ruling (the court's decision itself is the fact reported; Iran gets its row from the judiciary spokesman next)"))
U(d, "According to the spokesman of the Iranian judiciary, the ruling was upheld", "more than a month ago.",
  ("Iran", N, neu, "", "'according to the spokesman' = second-hand; a procedural fact"))
U(d, "France calls on the Iranian authorities not to carry out the sentence", "any accused person is entitled.",
  ("France", T, neg, "Iran", "appeal to spare him and respect fair trial, no judgement word = calling_for_talks (contrast with the 12 December condemnation)"))
U(d, "The Embassy remains at the disposal of French nationals in Iran", "up to date.",
  ("France", N, neu, "", "consular advice"))
U(d, "France has learned with deep concern that a revolutionary court in Tehran", "to death.",
  ("France", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "In France's view, the charges brought against Mr Zam amount to punishing a journalist", "freedom of the press.",
  ("France", C, neg, "Iran", "judgement of the charges without a stock word"))
U(d, "At the time of his arrest, the Revolutionary Guards claimed", "France has always rejected.",
  ("Iran", C, neg, "France", "the IRGC speaks for Iran; accuses French intelligence of directing him"),
  ("France", N, neg, "", "France's denial in the tail of the sentence = neutral, negative"))
U(d, "France also renews its call for the immediate release of Fariba Adelkhah", "since June 2019.",
  ("France", T, neg, "Iran", "demand for release, no judgement word = calling_for_talks"))
