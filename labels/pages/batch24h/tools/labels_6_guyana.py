# ------------------------------------------------------------------ Guyana's undeclared 2020 election result (US State Department readout, 2020-07-21)
d = "page_guyana_recount2020_statereadout.txt"
# Not statements: department banner, menu, breadcrumb, title, READOUT label, mission name, date, share bar,
# "The following is attributable to ...", related articles, tags, footer links.
# "The United States Permanent Representative ... today joined a special meeting ..." = attendance (a meeting listed), no row.
U(d, "Ambassador Trujillo told the Council that the national recount", "had voted.",
  ("United States", S, pos, "", "endorsement of the recount (approval of a process); no single canonical target"))
U(d, "He said the Guyana Elections Commission must now make its declaration", "harmed Guyana's citizens.",
  ("United States", T, neg, "Guyana", "demand for a declaration on the recount, no judgement word (as calls for a recount); GECOM = Guyana's state body"))
U(d, "The Ambassador stated that repeated efforts by the Chief Elections Officer", "an affront to Guyanese voters.",
  ("United States", C, neg, "Guyana", "'no legal basis', 'affront' = judgement; the Chief Elections Officer is a Guyanese state official"))
U(d, "He recalled that on July 15 Secretary Pompeo had announced visa restrictions", "obstruct the declaration.",
  ("United States", C, neg, "", "sanctions taken + threat of further steps = condemning; aimed at individuals -> target empty"))
U(d, "\"The United States has no preferred winner in Guyana.", "Ambassador Trujillo said.",
  ("United States", T, neu, "", "two-sentence quote closed by the speaker; appeal that votes be counted and respected, no judgement"))
U(d, "The Ambassador commended the people of Guyana", "months of uncertainty.",
  ("United States", S, pos, "Guyana", "praise of the people of Guyana = the country"))
U(d, "Speaking for the Caribbean Community, the representative of Saint Vincent and the Grenadines", "without further delay.",
  ("CARICOM", T, neu, "Guyana", "the chair's representative speaks for CARICOM; demand for a declaration, no judgement"))
U(d, "The CARICOM representative added that the Community remained ready to help", "people requested.",
  ("CARICOM", S, pos, "Guyana", "offer of assistance = supporting"))
U(d, "Canada's Permanent Representative said Canada joined the call", "keep the peace.",
  ("Canada", T, neu, "", "appeal for a declaration and for peace to all parties"))
U(d, "The representative of Brazil deplored the threats made against election officials", "as soon as possible.",
  ("Brazil", C, neg, "", "'deplored' = judgement (authors of the threats not named -> target empty) + appeal: rule 1"))
U(d, "Colombia's representative called on the Elections Commission", "will of the voters.",
  ("Colombia", T, neu, "Guyana", "appeal to GECOM, no judgement"))
U(d, "OAS Secretary General Luis Almagro told the Council", "constitutional order.",
  ("Organization of American States", C, neg, "Guyana", "'incompatible with Guyana's constitutional order' = judgement of the Chief Elections Officer's conduct"))
U(d, "Guyana's Permanent Representative, Ambassador Riyad Insanally, said his government would abide", "laws of Guyana.",
  ("Guyana", N, neu, "", "reassurance about own conduct = neutral"))
U(d, "He said several matters remained before Guyana's courts", "pressure from outside.",
  ("Guyana", T, neg, "", "appeal to partners to let institutions work, implying a charge of outside pressure (as the GCC's 'stay out' appeal in batch22a) (unsure: could be condemning)"))
U(d, "The Ambassador of Guyana also rejected any suggestion", "under the constitution.",
  ("Guyana", N, neg, "", "denial"))
U(d, "The diplomatic missions of the United States, the United Kingdom, Canada and the European Union", "basis of the recount.",
  ("United States", T, neu, "Guyana", "joint statement by a list of missions: one row each; appeal for a declaration"),
  ("United Kingdom", T, neu, "Guyana", "same sentence"),
  ("Canada", T, neu, "Guyana", "same sentence"),
  ("European Union", T, neu, "Guyana", "same sentence; the EU delegation = European Union"))
U(d, "Commonwealth Secretary-General Patricia Scotland has likewise called", "basis of the recount.",
  ("Commonwealth", T, neu, "Guyana", "appeal to GECOM to follow the court, no judgement"))
# "Members also heard from two invited experts." = narration, no row.
U(d, "Professor Sharda Persaud-Williams, a constitutional scholar", "the Commission must use.",
  ("Sharda Persaud-Williams", N, neu, "", "invented scholar; legal reading, no evaluation of an actor"))
U(d, "\"The law is not unclear; what is missing is the will to apply it", "Persaud-Williams said.",
  ("Sharda Persaud-Williams", C, neg, "", "judgement of those delaying (not named) -> target empty"))
U(d, "Marcus Holder, who led the observation team", "present at every table.",
  ("Marcus Holder", N, pos, "", "invented observer; assessment of the recount as orderly, approving tone"))
U(d, "He urged the Council to keep Guyana on its agenda", "any oil contract.",
  ("Marcus Holder", T, neu, "", "appeal for continued attention and a peaceful handover"))
U(d, "The coalition A Partnership for National Unity + Alliance For Change", "annul the election.",
  ("A Partnership for National Unity", C, neg, "", "parties.csv coalition name; allegations of irregularities + petition to annul = accusation (no canonical target)"))
U(d, "The opposition People's Progressive Party/Civic, whose candidate Irfaan Ali leads", "declare the result immediately.",
  ("People's Progressive Party/Civic", C, neg, "", "'an attempt to steal the election' = accusation + appeal: rule 1; culprit not named -> target empty"))
U(d, "Ambassador Trujillo closed by saying the United States would continue", "outcome in Guyana.",
  ("United States", T, pos, "", "commitment to work with partners for a peaceful outcome"))
U(d, "The United States stands with the people of Guyana.", "people of Guyana.",
  ("United States", S, pos, "Guyana", "solidarity"))
