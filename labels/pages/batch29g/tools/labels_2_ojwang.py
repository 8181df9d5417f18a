# ------------------------------------------------------------------ Albert Ojwang's death in police custody (live blog, 2025-06-12)
d = "page_kenya_ojwang_custodydeath2025_liveblog.html"
# Not statements: brand, nav, breadcrumbs, headline, byline, captions with credits and "1 of 6", key-point bullets,
# time stamps, ADVERTISEMENT, share bar, tags, comments, most read, footer.
# "Good morning. We are following ..." = blog narration, no row.
U(d, "A recap: police first said Ojwang had hurt himself", "against a cell wall.",
  ("Kenya", N, neu, "", "the police = state agency -> Kenya; their account (self-harm) given as fact"))
U(d, "Government pathologists said on Tuesday his injuries", "pressure on the neck.",
  ("Kenya", N, neu, "", "state pathologists -> Kenya; findings = facts, no blame stated"))
U(d, "President William Ruto, in a statement from State House late on Wednesday", "beyond the law.",
  ("Kenya", C, neg, "", "judgement on police conduct without stock words; aimed at own officers -> target empty"))
U(d, "The President said he expected the Independent Policing Oversight Authority", "full force of the law.",
  ("Kenya", N, neu, "", "title only; expectation of own body's inquiry + promise of prosecution = reassurance about own conduct (unsure: could be read as a threat = condemning)"))
U(d, "Ruto also sent condolences to Ojwang's family", "young son.",
  ("Kenya", N, neg, "", "condolences to a family (not an actor) = neutral, grieving tone"))
U(d, "Inspector General Douglas Kanja, appearing before senators on Wednesday", "pending the investigation.",
  ("Kenya", N, neu, "", "apology for a false account + own disciplinary step = own measures, neutral"))
U(d, "US Embassy: \"Our sympathy goes to the family", "every door it needs opened.\"",
  ("United States", T, neu, "Kenya", "label + quote without a verb; sympathy + appeal for an open inquiry and access, no judgement = talks"))
U(d, "Interior Cabinet Secretary Kipchumba Murkomen told a morning show", "had ever been given.",
  ("Kenya", N, neg, "", "denial = neutral, negative tone"))
U(d, "The Law Society of Kenya says the arrest itself was unlawful", "driven 350 km to Nairobi.",
  ("Law Society of Kenya", C, neg, "Kenya", "'unlawful' = judgement of the police's act"))
U(d, "LSK President Faith Odhiambo called the police story a cover-up", "setting the arrest in motion.",
  ("Law Society of Kenya", C, neg, "Kenya", "cover-up + holding the Deputy IG answerable = judgement"))
U(d, "Deputy IG Eliud Lagat, in a statement issued through the National Police Service:", "what happened at Central.",
  ("Kenya", N, neg, "", "label-style entry; denial of involvement = neutral, negative tone; a police officer -> Kenya"))
U(d, "EU Ambassador Henriette Geiger said the bloc was ready to keep backing", "without delay.",
  ("European Union", T, neu, "Kenya", "offer of support to IPOA joined to an appeal for an independent inquiry, no judgement: rule 2 before rule 3 = talks (unsure: the backing could make it supporting)"))
U(d, "The British High Commission: an inquiry that follows the evidence", "public trust.",
  ("United Kingdom", T, neu, "Kenya", "label + position with no verb; appeal for an inquiry"))
U(d, "UN Resident Coordinator Stephen Jackson said the UN team in Kenya grieved", "could offer.",
  ("United Nations", S, neg, "Kenya", "grief + offer of help through existing support to IPOA = supporting (offering assistance), grieving tone"))
U(d, "IPOA chair Ahmed Issack Hassan told reporters", "from the station.",
  ("Kenya", N, neu, "", "IPOA = state oversight body -> Kenya; facts of the inquiry"))
U(d, "Hassan said the authority would report within weeks", "would be shielded.",
  ("Kenya", N, neu, "", "surname only; plan + assurance = neutral"))
# "Protesters have again gathered ... Police fired tear gas near Kencom." = narration, no row.
U(d, "Amnesty International Kenya: \"A young man went into a cell alive", "justice.\"",
  ("Amnesty International", C, neg, "Kenya", "label + quote; holds officers and the state to account = judgement without stock words"))
U(d, "Otieno Achieng, a constitutional law lecturer in Nairobi, told the Ledger", "break the pattern.",
  ("Otieno Achieng", C, neg, "Kenya", "invented independent voice; judgement on police practice + demand for prosecutions"))
U(d, "Brian Omondi, a cousin who saw the body at the mortuary", "shoulders.",
  ("Brian Omondi", N, neg, "", "invented witness; what the family saw = facts, grim tone"))
U(d, "\"We were told he fell. Nobody falls like that,\" he said.", "he said.",
  ("Brian Omondi", C, neg, "Kenya", "rejects the police account as false = accusation (unsure: could be read as a denial-type neutral)"))
U(d, "Opposition figure Kalonzo Musyoka, speaking for the united opposition", "step aside at once.",
  ("Wiper Democratic Movement", C, neg, "Kenya", "Kalonzo = alias of Wiper; judgement + demand that Lagat step aside"))
U(d, "ODM, a partner in the broad-based government, said in a statement", "runs its course.",
  ("Orange Democratic Movement", T, neg, "", "sadness + appeal to mourn in peace = hope for calm, talks"))
U(d, "Canada, Germany, the Netherlands and Sweden, in a short joint note", "pursuing accountability.",
  ("Canada", S, pos, "Kenya", "joint note by a list of states: one row each; condolences + support for institutions = supporting"),
  ("Germany", S, pos, "Kenya", "same joint note"),
  ("Netherlands", S, pos, "Kenya", "same joint note"),
  ("Sweden", S, pos, "Kenya", "same joint note"))
U(d, "Police spokesperson Muchiri Nyaga said the service was cooperating fully with IPOA.", "with IPOA.",
  ("Kenya", N, neu, "", "own cooperation = neutral"))
U(d, "The spokesperson added that protest organisers would be held responsible", "city centre.",
  ("Kenya", C, neg, "", "'the spokesperson' by role; warning to organisers = threat; target not a canonical actor -> empty"))
U(d, "The Kenya National Commission on Human Rights has counted 17 deaths", "its chairperson said.",
  ("Kenya National Commission on Human Rights", N, neu, "", "figure given by the commission = neutral"))
# "We are closing the blog for tonight." = furniture.
