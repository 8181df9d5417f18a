# ------------------------------------------------------------------ Varosha partial reopening (explainer / fact check, HTML, 2021-07-23)
d = "page_varosha_explainer.html"
U(d, "Turkish Cypriot leader Ersin Tatar announced on 20 July", "property commission.",
  ("Northern Cyprus authorities", N, neu, "", "announced plan, no evaluation"))
U(d, "Turkish President Recep Tayyip Erdogan, speaking in the northern part of Nicosia", "equal status.",
  ("Turkey", T, neu, "", "conditional offer of talks = calling_for_talks (README: conditional talks) (unsure: rejecting the federal format could be read as condemning)"))
U(d, "Tatar said the rights of former residents would be respected", "legitimate claim.",
  ("Northern Cyprus authorities", N, pos, "", "reassurance about its own conduct = neutral, positive; the verdict line below is the outlet's, no row"))
U(d, "Cypriot President Nicos Anastasiades denounced Ankara's plan", "to the Council.",
  ("Cyprus", C, neg, "Turkey", "denounced; Ankara = metonym"))
U(d, "The EU's foreign policy chief Josep Borrell said Brussels saw the step", "in the town.",
  ("European Union", C, neg, "Turkey", "cannot accept + blame on Turkey's government"))
U(d, "US Secretary of State Antony Blinken called the move a provocation", "to be reversed.",
  ("United States", C, neg, "Turkey", "'provocation' + demand to reverse (rule 1)"))
U(d, "Greek Foreign Minister Nikos Dendias accused Ankara", "United Nations.",
  ("Greece", C, neg, "Turkey", "accusation"))
U(d, "UN Secretary-General Antonio Guterres, through his deputy spokesman Farhan Haq, voiced deep concern", "raise tensions.",
  ("United Nations", T, neg, "", "concern + appeal to all sides"))
U(d, "On 23 July the Security Council, in a presidential statement read by France", "undone at once.",
  ("United Nations", C, neg, "", "condemned the announcement of the Turkish and Turkish Cypriot leaders: two actors, target empty; France only reads it as president (no row)"))
U(d, "Turkey's Foreign Ministry rejected the Council's statement", "on the island.",
  ("Turkey", C, neg, "United Nations", "rejecting the Council's statement as baseless = judgement on the body (unsure: could be a denial, neutral)"))
