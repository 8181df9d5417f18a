# ------------------------------------------------------------------ Bolivia v. Chile ICJ judgment (Chilean foreign ministry statements page, 2018-10-12)
d = "page_chile_bolivia_seaaccess_icj2018_mfastatements.txt"
# Not statements: site name, language bar, menu, breadcrumb, page title, "Last updated", intro paragraph (page furniture),
# share bar, statement numbers and titles, photo caption, "Among the messages received" (lead-in), tags, related, footer.
# On the ministry's own page "the Ministry", "the Government", "the Minister", "the President" are Chile.

# Statement No. 5
U(d, "The Ministry of Foreign Affairs has learned from the press of a letter", "before it had reached its recipient.",
  ("Chile", N, neg, "", "the ministry notes how the letter was made public; an implied reproach but no judgement word (unsure: could be condemning)"))
U(d, "According to the text circulated by the Bolivian Government", "without preconditions.",
  ("Bolivia", T, neu, "Chile", "second-hand attribution ('according to the text'); Morales proposes resuming dialogue = offer of talks; Chile is the ministry only relaying it (no Chile row)"))
U(d, "The Ministry regrets that the letter treats a closed chapter", "eight days earlier.",
  ("Chile", C, neg, "Bolivia", "'regrets' aimed at Bolivia's act = judgement (guide: regrettable = condemning)"))
U(d, "Chile remains ready to work with Bolivia on an agenda", "the treaties in force.",
  ("Chile", T, pos, "Bolivia", "offer of cooperation talks on conditions (treaties in force): conditional talks = calling_for_talks"))

# Statement No. 4
U(d, "In remarks carried by the Bolivian state news agency ABI", "before the international community.",
  ("Bolivia", N, neu, "", "state-agency attribution; plan to look for other avenues, no judgement; the agency is not an actor"))
U(d, "President Morales was quoted as saying that the judges had sided", "outlive the ruling.",
  ("Bolivia", C, neg, "International Court of Justice", "passive attribution ('was quoted as saying'); the court accused of siding with the stronger party = judgement"))
U(d, "Bolivia's agent before the Court, former President Eduardo Rodríguez Veltzé", "between the parties.",
  ("Bolivia", T, neu, "Chile", "agent speaks for Bolivia (former president, now its agent); the matter continues through talks = appeal for dialogue"),
  ("International Court of Justice", T, neu, "", "a position of the Court reported by Bolivia's agent (guide: X's position reported by Y is X's statement): leaving the door open to talks"))
U(d, "The Government of Chile considers such remarks incompatible", "the United Nations.",
  ("Chile", C, neg, "Bolivia", "judgement of Bolivia's remarks without a stock word"))
U(d, "It recalls that Bolivia chose the Court itself", "goes against it.",
  ("Chile", C, neg, "Bolivia", "'It' = the Government of Chile; charge of bad faith"))
U(d, "The Ministry does not intend to answer each declaration", "will not do so.",
  ("Chile", N, neg, "", "procedural line about its own conduct; curt tone, no judgement of an actor"))

# Statement No. 3
# "On the morning of 2 October the Minister ... received more than sixty heads of mission" = meeting narration, no row.
U(d, "The Minister told the ambassadors that the Court, by twelve votes to three", "invoked by the applicant.",
  ("Chile", N, neu, "", "the ruling's content given as fact"))
U(d, "He added that the judgment ought to close a dispute", "could now look forward.",
  ("Chile", T, pos, "Bolivia", "speaker carried by 'He'; hope for a better relationship = calling_for_talks"))
U(d, "- Peru: Foreign Minister Néstor Popolizio conveyed by telephone", "a relationship of trust.",
  ("Peru", T, pos, "", "respect for the judgment + hope both neighbours build trust: hope = calling_for_talks; addressed to both (target empty)"))
U(d, "- Argentina: in a note to the Minister, Foreign Minister Jorge Faurie praised the ruling", "before international courts.",
  ("Argentina", S, pos, "International Court of Justice", "praise of the ruling = approval (supporting)"))
U(d, "- Organization of American States: Secretary General Luis Almagro wrote", "channels of dialogue open.",
  ("Organization of American States", T, neu, "", "appeal to both parties to honour the ruling and keep dialogue open"))
U(d, "- United Nations: the spokesperson for Secretary-General António Guterres said", "with the judgment in full.",
  ("United Nations", T, neu, "", "spokesperson for the SG = UN; trust that both comply = appeal for a lawful, peaceful course (unsure: could be neutral)"))

# Statement No. 2
U(d, "In a national broadcast from La Moneda Palace, President Sebastián Piñera said", "in its entirety.",
  ("Chile", N, pos, "", "reported clause: the ruling's outcome as fact, satisfied tone"))
U(d, "The President held the Bolivian leadership responsible", "served neither nation.",
  ("Chile", C, neg, "Bolivia", "'held ... responsible' = blame; office holder given by title"))
U(d, "Chile, he warned, would meet any attempt to reopen the border", "at The Hague.",
  ("Chile", C, neg, "Bolivia", "warning of a response to any new claim = threat (condemning)"))
U(d, "He thanked Chile's agent, Ambassador Claudio Grossman", "throughout the proceedings.",
  ("Chile", N, pos, "", "thanks to its own team and parties = self-praise, neutral with positive tone"))

# Statement No. 1
U(d, "The Ministry of Foreign Affairs welcomes the judgment delivered today", "a coastline of its own.",
  ("Chile", S, pos, "International Court of Justice", "welcome of the Court's judgment, no appeal in the sentence = supporting"))
U(d, "The Court examined and set aside, one by one", "put forward by the applicant.",
  ("Chile", N, neu, "", "the ministry's own statement giving the ruling's content = facts"))
U(d, "The Government of Chile reaffirms that the 1904 Treaty", "the boundary between them.",
  ("Chile", N, neu, "", "legal position restated, no judgement or appeal"))
U(d, "Chile reiterates its willingness to hold a good-faith dialogue", "the treaties in force.",
  ("Chile", T, pos, "Bolivia", "offer of dialogue within treaties = conditional talks"))

# Seminar (related item)
U(d, "At a seminar on the judgment held at the Diplomatic Academy on 5 October", "persuade the bench.",
  ("Ximena Valdés Ruiz", C, neg, "Bolivia", "invented independent scholar; judgement of Bolivia's strategy"))
U(d, "Valdés added that both capitals now had an opening", "consular and trade questions.",
  ("Ximena Valdés Ruiz", T, pos, "", "surname only; appeal to restore relations step by step"))
U(d, "Gonzalo Riquelme Soto, a retired ambassador who served as consul general", "every June.",
  ("Gonzalo Riquelme Soto", N, neu, "", "invented retired diplomat (speaks for no body); forecast"))
