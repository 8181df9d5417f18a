# ------------------------------------------------------------------ Ecuador: Congress removes Lucio Gutierrez, asylum in Brazil (Latin American wire service in English, 2005-04-22)
d = "page_ecuador_gutierrez_ouster_2005_wire.txt"
# Not statements: menu, section line, slug, headline, dateline line, byline, crossheads, photo captions "[PHOTO 1/4]",
# ADVERTISEMENT, "Related:", the desk code line, most read, tags, copyright.
U(d, "Ecuador's new President Alfredo Palacio named his first ministers", "waiting for permission to leave the country.",
  ("Ecuador", N, pos, "", "long lead: the new president's appointments and referendum promise (plans) + narration on Gutierrez"))
# "Congress voted 62-0 on Wednesday ..." and "The armed forces withdrew their support ..." = narration, no row.
# "At least two people died during the protests ..." = toll from no named source, no row.
U(d, "Palacio, a 66-year-old cardiologist who had served as vice president", "bent to its own convenience.",
  ("Ecuador", C, neg, "", "judgement on the ousted government ('bent to its own convenience'); Gutierrez's government is not a canonical actor -> target empty"))
U(d, "\"Ecuador will not go back to a judiciary chosen in a back room.", "from the Carondelet presidential palace.",
  ("Ecuador", N, pos, "", "pledge about own course (reform, vote); multi-sentence quote closed by the speaker (unsure: 'back room' is a veiled jab)"))
U(d, "He said his government would serve out the term", "would not seek re-election.",
  ("Ecuador", N, neu, "", "plans, no evaluation"))
U(d, "New Foreign Minister Antonio Parra said Ecuador would honour the asylum", "request for safe passage.",
  ("Ecuador", N, neu, "", "procedure on the safe conduct"))
U(d, "Interior Minister Mauricio Gandara told reporters that prosecutors", "stand in the way of any court.",
  ("Ecuador", N, neu, "", "legal procedure against the ex-president, stated without judgement"))
U(d, "The head of the armed forces joint command, Vice Admiral Victor Hugo Rosero", "decided by Congress.",
  ("Ecuador", N, neu, "", "the military speaks for its state; reassurance about its own conduct"))
U(d, "In a recorded message broadcast on Thursday night, Gutierrez said he was still the legitimate president", "never accepted his election.",
  ("Patriotic Society Party", C, neg, "Ecuador", "the ousted president, leader of his party, speaks for the Patriotic Society Party (no longer for the state); calls the vote a coup"))
U(d, "He nevertheless asked his supporters in the Amazon and the coast not to answer with violence", "international bodies to rule.",
  ("Patriotic Society Party", T, neu, "", "appeal for non-violence to his own supporters = calling_for_talks"))
U(d, "His brother Gilmar Gutierrez, who leads the bloc", "Inter-American human rights system.",
  ("Patriotic Society Party", C, neg, "Ecuador", "refusal to recognise the new president in protest + legal challenge"))
U(d, "Brazil's foreign ministry said in a note that President Luiz Inacio Lula da Silva had granted Gutierrez asylum", "Ecuador's internal affairs.",
  ("Brazil", N, neu, "", "asylum framed as tradition with no judgement on Ecuador = neutral (unsure: could read as supporting Gutierrez)"))
U(d, "Lula said in Brasilia that he hoped Ecuadoreans would find a peaceful way out", "within their constitution.",
  ("Brazil", T, pos, "Ecuador", "hope for a peaceful solution = calling_for_talks"))
U(d, "A Brazilian air force Boeing remained on standby", "Brazilian officials said.",
  ("Brazil", N, neu, "", "unnamed officials of a named government; logistics"))
U(d, "The Organization of American States' Permanent Council in Washington approved late on Friday", "democratic institutions.",
  ("Organization of American States", T, neu, "Ecuador", "mission to talk to all sides = calling_for_talks (as a mediation)"))
# "The resolution, adopted by consensus, stopped short of recognising ..." = outlet's characterisation, no row.
U(d, "Acting OAS Secretary General Luigi Einaudi said the organisation first needed to establish", "did not yet agree.",
  ("Organization of American States", N, neg, "", "doubt about the legality voiced as a question to settle, no judgement = neutral"))
U(d, "In Washington, State Department spokesman Richard Boucher said the United States was working through the OAS", "former president's safety.",
  ("United States", T, neu, "Ecuador", "appeal for constitutional means + safety, no judgement"))
U(d, "Boucher said U.S. diplomats in Quito were in contact with the new authorities", "recognised Palacio.",
  ("United States", N, neu, "", "facts, recognition left open"))
U(d, "Venezuelan President Hugo Chavez said on his weekly broadcast", "wished Palacio success.",
  ("Venezuela", S, pos, "Ecuador", "approval of the uprising + good wishes to the new president (Ecuador's new authorities)"))
U(d, "Colombia's foreign ministry said it was following events closely", "respect democratic institutions.",
  ("Colombia", T, neu, "", "monitoring + appeal to keep the peace, addressed to all Ecuadorean actors -> target empty"))
U(d, "Peru's foreign ministry said Lima would work with the new authorities", "agreed with the previous government.",
  ("Peru", S, pos, "Ecuador", "de facto acceptance of the new government + offer of cooperation = supporting"))
U(d, "The secretary general of the Andean Community, Allan Wagner, said the bloc would support", "to Quito next week.",
  ("Andean Community", S, pos, "Ecuador", "support for the institutions in the transition + envoy"))
U(d, "The Confederation of Indigenous Nationalities of Ecuador (CONAIE)", "give Palacio no blank cheque.",
  ("CONAIE", N, neg, "", "conditional, wary stance toward the new president, no explicit judgement (unsure)"))
U(d, "\"Gutierrez must answer for what he did before an Ecuadorean court", "CONAIE president Luis Macas said.",
  ("CONAIE", C, neg, "Patriotic Society Party", "demand that the ex-president be tried, against his exile = judgement; Gutierrez -> his party"))
U(d, "\"Congress invented a legal reason after the fact.", "in Quito.",
  ("Santiago Peralta", C, neg, "Ecuador", "invented lawyer; judgement on Congress's legal pretext (Congress = Ecuadorean state body)"))
U(d, "Peralta said the new government would only last if it moved quickly", "accepted by all parties.",
  ("Santiago Peralta", N, neu, "", "conditional forecast (unsure: could be an appeal)"))
U(d, "Maria Fernanda Ulloa, a political scientist at the Centre for Latin American Democracy Studies", "in eight years.",
  ("Maria Fernanda Ulloa", N, neg, "", "invented scholar; analysis, no judgement"))
# The unnamed accountant outside the residence is not an actor: no row.
