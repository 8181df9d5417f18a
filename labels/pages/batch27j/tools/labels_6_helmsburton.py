# ------------------------------------------------------------------ US activation of Title III of the Helms-Burton Act (explainer on a policy site, 2019-04-24)
d = "page_cuba_helmsburton_titleiii2019_explainer.txt"
# Not statements: masthead, menu, kicker, headline, standfirst, byline line, image credit, question crossheads, ADVERTISEMENT,
# "Related:", share bar, tags, newsletter prompt, most read, copyright.
# "For 23 years, every American president suspended Title III ..." = background, no row.
U(d, "On 17 April, Secretary of State Mike Pompeo announced", "would end on 2 May.",
  ("United States", C, neg, "Cuba", "ending the suspension opens lawsuits = a sanction announced against Cuba"))
U(d, "Pompeo told reporters that anyone doing business in Cuba", "at the expense of Americans.",
  ("United States", C, neg, "Cuba", "warning to investors + 'trading in stolen property' = threat and judgement"))
U(d, "On the same day, in Miami, National Security Adviser John Bolton announced new limits", "Nicolás Maduro in Venezuela.",
  ("United States", C, neg, "Cuba", "new restrictions = sanctions, justified by a charge"))
U(d, "A senior State Department official, speaking to reporters on condition of anonymity", "not seeking to punish allies.",
  ("United States", N, neu, "", "unnamed official of a named government speaks for it; expectation + reassurance"))
# "Because European and Canadian companies are the main foreign investors ..." = background, no row.
U(d, "In a joint statement, the EU's High Representative Federica Mogherini", "against any US claimant.",
  ("European Union", C, neg, "United States", "joint statement: one row per body; 'break international law' + warning of counter-suits"),
  ("Canada", C, neg, "United States", "same joint statement, Freeland for Canada"))
U(d, "The EU said separately that it would consider every option", "inside the Union.",
  ("European Union", C, neg, "United States", "threatened responses (WTO case, Blocking Statute)"))
U(d, "Freeland, in a statement of her own, said Ottawa had raised the issue", "lawfully with Cuba\".",
  ("Canada", N, neu, "", "surname only; account of its own contacts + reassurance to its own firms, no judgement"))
U(d, "Canada's trade minister, Jim Carr, said Ottawa would use its Foreign Extraterritorial Measures Act", "in a Canadian court.",
  ("Canada", C, neg, "United States", "counter-measure announced against US judgments = a threatened response"))
# "Spain, whose hotel chains run dozens of resorts on the island, was blunter." = summary line, no row.
U(d, "Foreign Minister Josep Borrell told Spanish radio", "without delay.",
  ("Spain", C, neg, "United States", "rejection of the law's reach + a demand for counter-measures"))
U(d, "Meliá Hotels International, the largest Spanish operator on the island, said", "in any court.",
  ("Meliá Hotels International", N, neu, "", "a company's own assessment and plan (company actor, kind company)"))
U(d, "Mexico's foreign ministry, according to a statement posted on its website", "through dialogue.",
  ("Mexico", T, neu, "", "backing its own firms + an appeal for dialogue to both, no judgement: the appeal decides (rule 2)"))
U(d, "Cuban President Miguel Díaz-Canel wrote on Twitter", "of their sovereignty.",
  ("Cuba", C, neg, "United States", "'economic war' = judgement; defiance"))
U(d, "Foreign Minister Bruno Rodríguez, in remarks carried by the state news agency Prensa Latina", "as a pretext.",
  ("Cuba", C, neg, "United States", "remarks carried by a state agency; accusation"))
U(d, "Rodríguez added that Cuba would keep its doors open", "under Cuban law.",
  ("Cuba", N, pos, "", "reassurance about its own conduct = neutral"))
U(d, "Russia's foreign ministry said in a statement that it stood with Cuba", "economic blackmail.",
  ("Russia", C, neg, "United States", "solidarity joined to a judgement ('blackmail'): rule 1"))
# "The decision was cheered by Cuban-American lawmakers." = summary line, no row.
U(d, "Senator Marco Rubio of Florida called it overdue", "their day in court.",
  ("United States", S, pos, "", "a senator speaks for the United States (guide: Senator Ben Cardin); approval of his own government's step -> target empty"))
U(d, "Elena Varga, a senior fellow in the Americas programme", "democracy in Venezuela\".",
  ("Elena Varga", C, neg, "United States", "invented analyst; judgement of the decision by metaphor"))
U(d, "\"You do not build a coalition on Venezuela", "Varga said.",
  ("Elena Varga", C, neg, "United States", "surname in the tail; judgement"))
U(d, "She said the administration should at least spare companies", "against its friends\".",
  ("Elena Varga", T, neg, "United States", "speaker carried across a paragraph break by 'She'; appeal for a waiver, warning tone, no judgement word"))
U(d, "Jorge Castellanos, a former Cuban diplomat who now teaches", "Havana needs most.",
  ("Jorge Castellanos", N, neg, "", "former official = independent person (invented); forecast"))
U(d, "Castellanos urged Brussels and Washington to negotiate", "reached a judge.",
  ("Jorge Castellanos", T, neu, "", "appeal for negotiation between the EU and the US"))
U(d, "\"The 1998 understanding was found once", "he said.",
  ("Jorge Castellanos", T, pos, "", "hope that a settlement can be found again"))
U(d, "Peter Lindqvist, a trade lawyer who represented European firms", "still be exposed.",
  ("Peter Lindqvist", N, neg, "", "invented lawyer; assessment of a tool's limits, not a judgement of an actor's conduct (unsure)"))
# "Most lawyers expect early cases ..." = unnamed speakers, no row. "The first suits can be filed on 2 May." = background.
U(d, "Bolton said the restrictions would remain in place", "stayed in Venezuela.",
  ("United States", C, neg, "Cuba", "surname only; a condition attached to sanctions = continued measure/threat"))
