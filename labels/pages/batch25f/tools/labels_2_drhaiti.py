# ------------------------------------------------------------------ Dominican deportations of Haitians and people of Haitian descent: OAS mission report (OAS press readout, 2015-07-29)
d = "page_dr_haiti_deportations2015_oasreadout.txt"
# Not statements: site name, menu, breadcrumb, "PRESS RELEASE", headline, date, crossheads, photo captions "(n of 4)",
# reference number, gallery/video/website/follow lines, footer.
U(d, "The Secretary General of the Organization of American States (OAS), Luis Almagro, today proposed", "both can accept.",
  ("Organization of American States", T, neu, "", "lede: the Secretary General speaks for the OAS; offer to convene talks"))
U(d, "Presenting to the Permanent Council the report of the technical mission", "Anse-à-Pitres.",
  ("Organization of American States", N, neg, "", "findings of the mission: facts with a grim tone, no one blamed"))
# "The mission, headed by the Secretary for Political Affairs ... held meetings" = meetings in narration, no row.
U(d, "Secretary General Almagro said the data gathered by the mission did not allow a precise count", "since mid-June.",
  ("Organization of American States", N, neu, "", "reported clause 'X said Y had ...': only the OAS speaks; the Haitian registration is a fact, not Haiti's position"))
U(d, "\"This cannot be managed one bus at a time.", "the Secretary General told the Council.",
  ("Organization of American States", T, neu, "", "multi-sentence quote closed by its speaker; offer of good offices"))
U(d, "He also offered the support of the Universal Civil Identity Program", "in the Dominican Republic.",
  ("Organization of American States", S, pos, "Dominican Republic", "offer of technical assistance to the Dominican registration = supporting"))
U(d, "He asked national authorities and the international community to find ways of helping the displaced", "children and the elderly.",
  ("Organization of American States", T, neu, "", "humanitarian appeal (asking for help is not supporting)"))
U(d, "The Permanent Representative of Haiti, Ambassador Bocchit Edmond, thanked the Secretary General", "describing for weeks.",
  ("Haiti", S, pos, "Organization of American States", "thanks and approval of the report; 'in his words' attribution"))
U(d, "Ambassador Edmond said the Dominican authorities had left thousands of people at the border", "set foot in Haiti.",
  ("Haiti", C, neg, "Dominican Republic", "accusation made by describing the other side's treatment of civilians"))
U(d, "He said Haiti accepted its neighbor's right to set its own migration rules", "stripped of their nationality.",
  ("Haiti", C, neg, "Dominican Republic", "refusal with a grievance ('stripped of their nationality'); the concession is secondary"))
U(d, "\"We are asking for a protocol, not for charity,\" the Ambassador said", "are to be carried out.",
  ("Haiti", T, neu, "", "speaker carried across a paragraph break ('the Ambassador'); appeal for an agreement"))
U(d, "His statement echoed the one delivered to a special meeting of the Council on July 8", "humanitarian emergency.",
  ("Haiti", N, neg, "", "the foreign minister's warning of an emergency = alarm with no appeal and no judgement (unsure: 'the returns' implies the Dominican act)"))
U(d, "The Permanent Representative of the Dominican Republic, Ambassador Pedro Vergés, said his country had not deported", "international commitments.",
  ("Dominican Republic", N, neg, "", "denial = neutral, negative tone"))
U(d, "Ambassador Vergés said more than 288,000 foreign nationals", "permits this month.",
  ("Dominican Republic", N, neu, "", "figures and procedure"))
U(d, "The Ambassador told the Council that Santo Domingo would consider an OAS role", "as racist.",
  ("Dominican Republic", C, neg, "", "openness to dialogue joined to a rejection of a 'campaign abroad' = judgement decides (rule 1); aimed at no named actor -> target empty"))
U(d, "The Interim Permanent Representative of the United States, Michael Fitzpatrick, said", "fully reviewed.",
  ("United States", T, neu, "Dominican Republic", "contact + request addressed to one side, no judgement"))
U(d, "The representative of Canada welcomed the mission's recommendations", "through the OAS.",
  ("Canada", S, pos, "Organization of American States", "welcome + possible support, no appeal"))
U(d, "Barbados, Jamaica, and Trinidad and Tobago, in a joint intervention", "within 60 days.",
  ("Barbados", T, neu, "", "joint statement by a list of states: one row each; procedural request to keep the item alive = call for continued diplomatic handling (unsure: could be neutral)"),
  ("Jamaica", T, neu, "", "same sentence"),
  ("Trinidad and Tobago", T, neu, "", "same sentence"))
U(d, "The representative of Brazil, whose troops serve in the United Nations Stabilization Mission in Haiti", "civil registration.",
  ("Brazil", T, pos, "", "hope that the neighbours agree (talks) + an offer of expertise: the appeal decides before the aid (rule 2 before rule 3)"))
U(d, "The delegation of Mexico said it was following the situation with concern.", "with concern.",
  ("Mexico", N, neg, "", "concern without an appeal = neutral"))
U(d, "The Inter-American Commission on Human Rights (IACHR), an autonomous organ of the OAS, reiterated its call", "TC/0168/13.",
  ("Organization of American States", T, neg, "Dominican Republic", "IACHR = OAS (name files); demand addressed to one side, no judgement word"))
U(d, "The Commission said the judgment had retroactively taken from tens of thousands of people", "American Convention on Human Rights.",
  ("Organization of American States", C, neg, "Dominican Republic", "'incompatible with the Convention' = judgement of the Dominican ruling"))
U(d, "Replying to the Commission, Ambassador Vergés said the judgment was final", "born in the country.",
  ("Dominican Republic", N, neu, "", "defence of own law by facts, no judgement of the Commission"))
U(d, "The Chair of the Permanent Council said the report would be circulated", "on the Council's agenda.",
  ("Organization of American States", N, neu, "", "procedure"))
U(d, "At a dialogue with civil society organizations held at OAS headquarters before the session, Altagracia Jean-Pierre", "women with small children.",
  ("Altagracia Jean-Pierre", N, neg, "", "invented witness (coordinator of a local network); figures, no judgement"))
U(d, "\"They are not migrants, they are neighbors being thrown out of their own town,\" Ms. Jean-Pierre said.", "Ms. Jean-Pierre said.",
  ("Altagracia Jean-Pierre", C, neg, "Dominican Republic", "judgement of the expulsions (the Dominican authorities implied by 'thrown out')"))
U(d, "Ernesto Villalona, a sociologist at the Institute for Caribbean Migration Studies", "through the end of the year.",
  ("Ernesto Villalona", T, neu, "", "invented scholar; appeal for a binational commission and observers"))
