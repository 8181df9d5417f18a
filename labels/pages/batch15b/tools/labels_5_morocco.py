# ------------------------------------------------------------------ Morocco earthquake: offers of aid, Algeria's airspace, the France-Morocco row (live blog, full HTML, 2023-09-11/12)
d = "page_morocco_quake_liveblog.html"
U(d, "French President Emmanuel Macron has posted a video on X addressed to the Moroccan people", "funding on the ground.",
  ("France", S, pos, "Morocco", "solidarity + long-term help through funded aid groups = support"))
U(d, "He said the choice of which foreign teams to bring in belonged to King Mohammed VI", "would respect it.",
  ("France", N, neu, "", "deference to Morocco's sovereign choice, no evaluation; 'He' = Macron, Paris = metonym"))
U(d, "Macron also said he wanted the arguments that had flared up over French help to stop", "respect for the victims.",
  ("France", T, neu, "", "appeal to end the quarrel, nobody judged (unsure: could be neutral; the quarrel is not an actor)"))
U(d, "The interior ministry says 2,901 people are now known to have died", "Taroudant provinces.",
  ("Morocco", N, neu, "", "toll given by an actor = neutral, neutral tone"))
U(d, "Algeria's foreign ministry says a senior Moroccan foreign ministry official told the Algerian consul", "Algiers had offered.",
  ("Algeria", N, neu, "", "Algeria reports the exchange, no judgement in this sentence"),
  ("Morocco", N, neu, "", "Morocco's position reported by Algeria: aid not required after assessment = declining with a procedural reason, no protest -> neutral"))
U(d, "The ministry said Algeria noted the refusal with regret", "since Monday.",
  ("Algeria", C, neg, "Morocco", "'noted the refusal with regret' aimed at Morocco's act = judgement without stock words"))
U(d, "On Saturday Algeria reopened its airspace to flights carrying aid", "imposed in 2021.",
  ("Algeria", S, neu, "Morocco", "reopening the airspace for aid flights = backing by act; the next sentence (no relations since 2021) is narrative"))
U(d, "On Monday, Moroccan Justice Minister Abdellatif Ouahbi had told an Arabic-language television channel", "foreign ministry in Rabat.",
  ("Morocco", T, neu, "Algeria", "conditional acceptance of Algerian help through diplomatic channels = agreeing to coordinated humanitarian help (README: asking for humanitarian help = calling_for_talks) (unsure: could be neutral)"))
U(d, "King Mohammed VI visited survivors at the university hospital in Marrakech", "state television showed.",
  ("Morocco", N, pos, "", "the king's own act at home = neutral, positive; state television is not an actor"))
U(d, "The World Health Organization estimates that more than 300,000 people", "still not reached.",
  ("World Health Organization", N, neg, "", "figures + worry without an appeal = neutral, negative"))
U(d, "Hossam Elsharkawy, the Middle East and North Africa director", "lost their homes.",
  ("IFRC", T, neg, "", "appeal to donors for humanitarian help = calling_for_talks (README: asking for aid is not supporting)"))
U(d, "Spain's acting foreign minister, José Manuel Albares, said a second group", "86 people.",
  ("Spain", S, neu, "Morocco", "rescuers sent = backing by act"))
U(d, "British Foreign Secretary James Cleverly said 60 search and rescue specialists", "Moroccan crews.",
  ("United Kingdom", S, neu, "Morocco", "team deployed = backing by act"))
U(d, "Qatar and the United Arab Emirates, the two other countries whose offers Rabat accepted", "since Sunday.",
  ("Qatar", S, neu, "Morocco", "list of two states: rescue teams and relief flights = backing by act"),
  ("United Arab Emirates", S, neu, "Morocco", "same list"))
U(d, "Morocco's interior ministry had explained on Sunday that it was taking up only those four offers", "as needs changed.",
  ("Morocco", N, neu, "", "procedure and its reason; accepting offers is not support of another actor"))
U(d, "Germany's THW relief agency sent home a team of around 50 rescuers", "since Saturday.",
  ("Germany", N, neu, "", "state agency's act with no protest stated = neutral"))
U(d, "A German foreign ministry spokesperson said relations with Rabat were very good", "deployed where.",
  ("Germany", N, pos, "", "unnamed spokesperson of a named ministry = Germany; plain diplomatic reassurance, no act of support"),
  ("Morocco", S, pos, "Germany", "Morocco's thanks for the German offer, reported by Berlin = a position of Morocco (gratitude = approval)"))
U(d, "Tunisia said its civil protection unit remained ready to fly to Morocco", "an hour's notice.",
  ("Tunisia", S, neu, "Morocco", "standing offer of assistance = supporting"))
U(d, "French Foreign Minister Catherine Colonna said on BFMTV that Morocco had not turned down any French offer", "simply wrong.",
  ("France", N, neg, "", "denial that France was snubbed ('simply wrong') = neutral, negative tone"))
U(d, "She announced €5 million for aid organisations already working in the quake zone.", "She announced €5 million for aid organisations already working in the quake zone.",
  ("France", S, neu, "Morocco", "money for aid = backing by act; 'She' = Colonna"))
U(d, "The UN humanitarian office OCHA said it was in contact with the Moroccan authorities", "assessment teams and supplies.",
  ("United Nations", S, neu, "Morocco", "OCHA = UN; offer of support"))
