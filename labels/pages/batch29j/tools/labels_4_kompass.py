# ------------------------------------------------------------------ Guatemala asks Sweden to recall Ambassador Kompass (embassy news page, May 2018 - Feb 2019)
d = "page_sweden_guatemala_kompass2018_embassynews.txt"
# Not statements: embassy name, accreditation line, menu, language bar, breadcrumb, "Latest news", dates, item titles,
# rules, photo caption, follow/subscribe lines, address, copyright.
U(d, "The Ambassador, Anders Kompass, has been called home to Stockholm for consultations", "announced today.",
  ("Sweden", C, neg, "Guatemala", "recall of own ambassador in protest = measure = condemning; the state is never named as subject ('the Ministry for Foreign Affairs' = Sweden by page context)"))
U(d, "Minister for Foreign Affairs Margot Wallström said the decision followed a review of developments", "between the two countries.",
  ("Sweden", N, neu, "", "reason for the decision stated without judgement = neutral"))
U(d, "She said the Government would not stand by while those who defend the rule of law", "pushed aside.",
  ("Sweden", C, neg, "Guatemala", "judgement without a stock word (defenders 'pushed aside') + implied response"))
U(d, "The Embassy remains open and consular services continue as normal", "under the Chargé d'affaires.",
  ("Sweden", N, neu, "", "'the Embassy' = Sweden; procedure"))
# "The Embassy hosted a seminar with representatives of civil society ..." = narration of an event, no position: no row (re-check).
U(d, "Professor Ana Lucía Mendizábal of the Universidad Rafael Landívar told participants", "on powerful people.",
  ("Ana Lucía Mendizábal", C, neg, "Guatemala", "invented scholar; the request judged as retaliation"))
U(d, "\"When a government goes after the messengers, it is telling you something about the message,\" she said.", "she said.",
  ("Ana Lucía Mendizábal", C, neg, "Guatemala", "judgement by allusion"))
U(d, "Héctor Sagastume, a former magistrate who now advises human rights organisations, said he hoped", "until its mandate expires.",
  ("Héctor Sagastume", T, pos, "", "invented former magistrate (speaks for no body); hope that the sides sit down = calling_for_talks"))
U(d, "The Embassy has taken note of the provisional ruling of the Constitutional Court of Guatemala", "while the case is examined.",
  ("Sweden", N, neu, "", "taking note of a ruling = neutral; the ruling itself is narrated"))
U(d, "The Ambassador continues his duties in full.", "his duties in full.",
  ("Sweden", N, neu, "", "'the Ambassador' = Sweden's; fact about own conduct"))
U(d, "The Embassy will not comment on proceedings before the Guatemalan courts.", "the Guatemalan courts.",
  ("Sweden", N, neu, "", "declining to comment = procedural"))
U(d, "The Ministry for Foreign Affairs summoned the Ambassador of Guatemala to Sweden on Monday", "with the request.",
  ("Sweden", C, neg, "Guatemala", "summons to convey displeasure = protest measure"))
U(d, "The Minister for Foreign Affairs also spoke by telephone with Guatemala's Foreign Minister, Sandra Jovel", "without foundation.",
  ("Sweden", N, neg, "", "rejection of the accusations against its ambassador = denial = neutral, negative tone (office holder by title only)"))
U(d, "In Brussels, a spokesperson for the European External Action Service said the European Union was following the matter closely", "impunity in Guatemala.",
  ("European Union", C, neg, "Guatemala", "'regretted any step that could weaken' = judgement of Guatemala's step; unsure: conditional, could be neutral concern"))
U(d, "The spokesperson added that the Union expected the Government of Guatemala to keep cooperating", "end of its mandate.",
  ("European Union", T, neu, "Guatemala", "spokesperson carried to the next sentence; expectation/appeal without judgement"))
U(d, "The commission's head, Commissioner Iván Velásquez, thanked Sweden", "generous companionship.",
  ("CICIG", S, pos, "Sweden", "thanks and praise = supporting"))
U(d, "On 10 May, the Ministry of Foreign Affairs of Guatemala asked the Government to recall the Ambassador", "internal affairs.",
  ("Guatemala", C, neg, "Sweden", "request to withdraw an ambassador for interference = a measure + accusation"))
U(d, "The Guatemalan ministry stressed in its note that it was asking for a replacement", "not breaking off ties.",
  ("Guatemala", N, neu, "", "procedural clarification, no judgement"))
U(d, "Foreign Minister Jovel told a news conference in Guatemala City that the Ambassador's remarks", "respect its institutions.",
  ("Guatemala", C, neg, "Sweden", "surname only after first mention; judgement of the ambassador's remarks"))
U(d, "The Minister for Foreign Affairs, Margot Wallström, said the Government viewed the request with dismay", "in Guatemala City.",
  ("Sweden", N, neg, "", "dismay + a procedural step (clarification), no judgement word = neutral, negative tone (unsure: dismay at an actor's act could be condemning)"))
U(d, "The Minister said Sweden had nothing to apologise for in backing Guatemala's own institutions", "against corruption.",
  ("Sweden", N, pos, "", "defence of own conduct = neutral"))
U(d, "The Embassy rejects the suggestion that the Ambassador described Guatemalan society as corrupt.", "society as corrupt.",
  ("Sweden", N, neg, "", "denial = neutral, negative tone"))
U(d, "At the January ceremony at which the Swedish contribution to the commission was signed", "a whole culture by it.",
  ("Sweden", N, neu, "", "account of what the ambassador said (facts supporting the denial)"))
U(d, "The Embassy will continue to work with the Government, the Congress, the judiciary and civil society", "for decades.",
  ("Sweden", N, pos, "", "plan / continuity of own work, no appeal = neutral"))
U(d, "Sweden remains one of the largest donors to the International Commission against Impunity in Guatemala", "support for 2018.",
  ("Sweden", S, pos, "CICIG", "funding = backing by act"))
U(d, "The Ambassador signed an agreement on Sweden's new contribution", "at the commission's offices.",
  ("Sweden", S, pos, "CICIG", "contribution signed = aid by act"))
U(d, "The Ambassador said the commission had shown that no one is above the law", "a fairer Guatemala.",
  ("Sweden", S, pos, "CICIG", "praise and support"))
