# ------------------------------------------------------------------ Detention of Argentine gendarme Nahuel Gallo in Venezuela (scraped Argentine regional daily, 2025-01-04)
d = "page_argentina_nahuelgallo_uspallata2025_regionaldaily.txt"
# Not statements: masthead, date/weather/exchange bar, menu, breadcrumb, headline and standfirst (both carry positions,
# never statements), byline, time stamp, share bar, [Photo n/4] captions with credits, ADVERTISEMENT, crossheads,
# "Read also:", tags, comment count, most read, newsletter prompt, copyright.
U(d, "Argentina has filed a complaint against Venezuela at the International Criminal Court", "hiding where he is.",
  ("Argentina", C, neg, "Venezuela", "complaint at the ICC + accusation of illegal detention and concealment = measure + judgement"))
# "Gallo, 33, who serves with the Gendarmerie's squadron in Uspallata ..." = narration, no row.
U(d, "On Friday the Inter-American Commission on Human Rights granted him precautionary measures", "family and lawyers.",
  ("Organization of American States", T, neg, "Venezuela", "IACHR = OAS body (name files); precautionary measures = demand to disclose custody and allow contact, no judgement word"))
U(d, "The commission said it considered the corporal's life and safety", "later be undone.",
  ("Organization of American States", N, neg, "", "'the commission'; risk assessment without an appeal in the unit = neutral"))
U(d, "The Argentine foreign ministry welcomed the commission's decision", "at once.",
  ("Argentina", T, neg, "Venezuela", "welcome joined to an appeal to comply, no judgement: rule 2 before rule 3"))
U(d, "Venezuela's attorney general, Tarek William Saab, announced on December 27 that Gallo had been charged", "international far right.",
  ("Venezuela", C, neg, "", "terrorism charge = measure + accusation; the 'international far right' is not a canonical actor -> target empty"))
U(d, "Saab also suggested that the Argentine government had known of the plan", "shielded it.",
  ("Venezuela", C, neg, "Argentina", "surname only; insinuated complicity = accusation"))
U(d, "Interior Minister Diosdado Cabello had earlier told a televised news conference", "the same fate.",
  ("Venezuela", C, neg, "", "insinuation + threat to 'anyone else sent' (no named sender) -> target empty"))
U(d, "Foreign Minister Yván Gil called the complaint in The Hague a publicity stunt", "bridge with Caracas.",
  ("Venezuela", C, neg, "Argentina", "judgement of Argentina's complaint without stock words"))
U(d, "Venezuelan officials have denied that Gallo is being held incommunicado", "had been recorded.",
  ("Venezuela", N, neg, "", "unnamed officials of a named government = Venezuela; denial + images = neutral, negative tone"))
U(d, "Foreign Minister Gerardo Werthein said Caracas had built a spy story", "re-election.",
  ("Argentina", C, neg, "Venezuela", "reported clause; 'holding a man hostage to punish Argentina' = accusation; Caracas = Venezuela"))
U(d, "He said Argentina had shared every travel record with Brazil", "international body available.",
  ("Argentina", N, neu, "", "pronoun = Werthein; steps taken and plans"))
U(d, "Security Minister Patricia Bullrich has insisted that Gallo crossed the border legally", "from his partner.",
  ("Argentina", N, neg, "", "Bullrich as minister (alias of Argentina); rebuttal of the charge by facts = denial, neutral"))
U(d, "President Javier Milei, speaking in a radio interview, called Maduro's government a criminal tyranny", "was home.",
  ("Argentina", C, neg, "Venezuela", "insult + threat of legal pursuit"))
U(d, "Mendoza Governor Alfredo Cornejo, who met Gallo's relatives in Uspallata last week, demanded", "to his family.",
  ("Argentina", T, neg, "Venezuela", "provincial governor resolves to Argentina; demand for release with no judgement word (labels/README: a demand to one side with no judgement = calling_for_talks)"))
U(d, "The Gendarmerie's national command said it was keeping the corporal's post", "assist his relatives.",
  ("Argentina", N, pos, "", "own conduct toward its member = neutral, positive tone"))
U(d, "His partner, María Alexandra Gómez, told Cuyo Herald by telephone from Caracas", "the charges against him.",
  ("María Alexandra Gómez", N, neg, "", "real person, independent; facts (no information)"))
U(d, "Chile's foreign ministry said migration records showed Gallo had left Chilean territory normally", "Santiago to Bogotá.",
  ("Chile", N, neu, "", "facts from records"))
# "Relations between Buenos Aires and Caracas have been broken since ..." = background narration, no row.
U(d, "Brazil's foreign ministry confirmed that it had passed the Argentine documentation", "on Argentina's behalf.",
  ("Brazil", S, pos, "Argentina", "protecting power acting for Argentina = backing by act"))
U(d, "Brasília said it hoped a humanitarian solution could be found quickly.", "found quickly.",
  ("Brazil", T, pos, "", "Brasília = Brazil; hope = calling_for_talks"))
U(d, "Amnesty International's Argentine section said it was deeply concerned", "of his choosing.",
  ("Amnesty International", T, neg, "Venezuela", "concern joined to an appeal = calling_for_talks"))
U(d, "OAS Secretary General Luis Almagro called the detention one more example", "bargaining chips.",
  ("Organization of American States", C, neg, "Venezuela", "judgement of the Venezuelan government ('a regime that takes foreigners as bargaining chips')"))
U(d, "The U.S. State Department, in a post by its Western Hemisphere bureau, listed Gallo", "demanded their release.",
  ("United States", C, neg, "Venezuela", "'held unjustly by the Maduro regime' = judgement, with a demand for release (rule 1)"))
U(d, "Federico Lucero, who teaches international law at the Universidad Nacional de Cuyo", "cost for Caracas.",
  ("Federico Lucero", N, neu, "", "invented scholar (person); assessment of the two procedures"))
U(d, "\"The Hague is a signal, not a solution.", "Lucero said.",
  ("Federico Lucero", N, neu, "", "multi-sentence quote closed by its speaker; assessment, no appeal"))
U(d, "Graciela Ocampo, a retired Argentine ambassador who now directs", "paying the price.",
  ("Graciela Ocampo", C, neg, "", "former official = independent person (invented); judgement of both governments -> target empty"))
U(d, "She urged Buenos Aires to let Brasília negotiate quietly on its behalf", "more patience.\"",
  ("Graciela Ocampo", T, neu, "Argentina", "appeal for quiet diplomacy; addressed to one party"))
