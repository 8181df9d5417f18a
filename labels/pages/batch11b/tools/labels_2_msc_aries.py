# ------------------------------------------------------------------ IRGC seizure of the MSC Aries near the Strait of Hormuz (live blog, full HTML, 2024-04-13)
d = "page_msc_aries_liveblog.html"
U(d, "Rear Admiral Daniel Hagari, the chief Israeli military spokesperson", "escalate further.",
  ("Israel", C, neg, "Iran", "army spokesman = Israel; 'would bear the consequences' = threat (guide: threats are condemning)"))
U(d, "He said the army had raised its readiness", "for now.",
  ("Israel", N, neu, "", "'He' = Hagari; own posture and civil-defence instructions = facts"))
U(d, "India's foreign ministry said it had learned that 17 Indian nationals", "early release.",
  ("India", T, neu, "Iran", "working through diplomatic channels for the crew's release, no judgement = calling_for_talks (diplomatic course); Tehran and Delhi are places"))
U(d, "The Philippines' migrant workers department said", "manning agency.",
  ("Philippines", N, neu, "", "state department giving facts and its own step"))
U(d, "Pakistan's foreign office said two of its citizens", "go home soon.",
  ("Pakistan", T, pos, "Iran", "hope that the crew is released = calling_for_talks (guide: hopes); the party that holds them is Iran"))
U(d, "The EU's foreign policy chief, Josep Borrell, wrote on X", "without delay.",
  ("European Union", C, neg, "Iran", "leader on social media; 'flagrant breach of international law' + demand: rule 1"))
U(d, "Portugal, under whose flag the MSC Aries sails", "with its partners.",
  ("Portugal", N, neg, "", "flag state; 'following with great concern' + contacts, no appeal = neutral, negative (guide)"))
U(d, "Britain, France, and Germany condemned the boarding", "Saturday afternoon.",
  ("United Kingdom", C, neg, "Iran", "list of three (Oxford comma): one row each; the boarding is Iran's (entry context)"),
  ("France", C, neg, "Iran", "same list"),
  ("Germany", C, neg, "Iran", "same list"))
U(d, "The British foreign secretary, David Cameron, said Tehran's behaviour", "civilian crew hostage.",
  ("United Kingdom", C, neg, "Iran", "'reckless and destabilising', 'no excuse' = judgement without the stock words; Tehran = metonym"))
U(d, "Germany's foreign ministry said Berlin had conveyed to Iran's ambassador", "must be released.",
  ("Germany", T, neg, "Iran", "demand conveyed through the ambassador with no judgement word = calling_for_talks, negative (README: a demand to one side); Berlin = metonym"))
U(d, "A State Department spokesperson said the United States was closely following", "partners in the Gulf.",
  ("United States", N, neg, "", "unnamed spokesperson of a named body = US; 'closely following' + contacts, no appeal = neutral (guide: monitoring)"))
U(d, "The Pentagon said on Friday that additional US naval and air assets", "protect US forces.",
  ("United States", S, neu, "Israel", "'The Pentagon' = US by context; forces moved to defend Israel = backing by act"))
U(d, "Israel's foreign minister, Israel Katz, said the capture showed", "on Iran at once.",
  ("Israel", C, neg, "Iran", "'turned to piracy' + call for a terrorist listing and sanctions = condemning (README: calls for sanctions)"))
U(d, "\"A regime that hijacks merchant ships will not stop at merchant ships,\" Katz said.", "Katz said.",
  ("Israel", C, neg, "Iran", "surname only; judgement of the Iranian regime"))
U(d, "\"Europe must act now, not after the next attack.\"", "not after the next attack.\"",
  ("Israel", C, neg, "Iran", "quotation continued after the attribution = own unit, same speaker; urging Europe to act against Iran = the sanctions call continued"))
U(d, "MSC, the Geneva-based group that operates the Aries", "25 crew home safely.",
  ("Mediterranean Shipping Company", N, neg, "", "operator's account + working with authorities, no judgement of Iran = neutral; company as its own actor (new_actors)"))
U(d, "Zodiac Maritime, the London-based company", "all of its operations.",
  ("Zodiac Maritime", N, neu, "", "company states facts about the charter; Eyal Ofer only mentioned"))
U(d, "The naval special forces of the Revolutionary Guards took control", "territorial waters.",
  ("Iran", N, neu, "", "IRGC = Iran (name files); own seizure reported as done with an ownership claim, no judgement = neutral (guide: own strike reported as done); IRNA only carries it"))
U(d, "A later Guards statement read on state television rejected reports", "breach of maritime rules.",
  ("Iran", N, neg, "", "denial of the reports = neutral, negative; the ship's alleged breach is not a canonical actor"))
U(d, "The United Kingdom Maritime Trade Operations agency said", "towards Iranian waters.",
  ("United Kingdom", N, neu, "", "UKMTO = United Kingdom (name files); incident facts, 'regional authorities' unnamed"))
U(d, "Iran has threatened to retaliate for the 1 April strike", "blames on Israel.",
  ("Iran", C, neg, "Israel", "background sentence carrying a specific threat and Iran's blame = condemning; Damascus = place"))
