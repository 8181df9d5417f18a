# ------------------------------------------------------------------ Ecuador expels Argentina's ambassador Fuks after Duarte's escape (state news agency, 2023-03-15)
d = "page_ecuador_argentina_fuks2023_stateagency.txt"
# Not statements: agency name, language bar, menu, section, headline, time stamps, standfirst, [PHOTO] captions with credits
# and "2/4", ADVERTISEMENT, crossheads, "(APN)", Related news, tags, share bar, most read, copyright.
U(d, "The Government of Ecuador on Tuesday declared Argentine Ambassador Gabriel Fuks persona non grata", "since August 2020.",
  ("Ecuador", C, neg, "Argentina", "dateline 'Quito (APN). - ' excluded; expulsion of an ambassador + recall = condemning"))
U(d, "Foreign Minister Juan Carlos Holguín told a press conference", "security cameras.",
  ("Ecuador", C, neg, "Argentina", "lost confidence because the embassy's accounts contradicted each other and it withheld footage = accusation"))
U(d, "\"For two and a half years we handled this matter with patience", "Holguín said.",
  ("Ecuador", C, neg, "Argentina", "multi-sentence quote closed by the speaker; 'versions that changed from one day to the next' = judgement without stock words"))
U(d, "The minister said a reasonable period had been granted", "leave the country.",
  ("Ecuador", N, neu, "", "procedure of the expulsion already labelled; the period itself is a fact"))
U(d, "He stressed that Ecuador was not breaking off diplomatic relations", "continue to work normally.",
  ("Ecuador", N, pos, "", "reassurance about own conduct = neutral, positive"))
U(d, "Holguín said he hoped that, once the facts had been cleared up", "restore their ambassadors.",
  ("Ecuador", T, pos, "Argentina", "hope to restore ambassadors = calling_for_talks"))
U(d, "On Monday the Foreign Ministry had lodged a formal protest", "within hours.",
  ("Ecuador", C, neg, "Argentina", "formal protest = condemning"))
U(d, "Holguín said Duarte remained a fugitive from Ecuadorian justice", "to serve her sentence.",
  ("Ecuador", C, neg, "María de los Ángeles Duarte", "'fugitive' + Interpol notice = a measure taken against her"))
U(d, "Interior Minister Juan Zapata said there was no migration record", "route she took to the border.",
  ("Ecuador", N, neu, "", "facts + investigation"))
U(d, "Zapata said the police officers assigned to guard the perimeter", "as part of that investigation.",
  ("Ecuador", N, neu, "", "procedure"))
U(d, "The Attorney General's Office said it had opened a preliminary investigation", "into the escape.",
  ("Ecuador", N, neu, "", "state prosecutor = Ecuador; procedure"))
U(d, "President Guillermo Lasso wrote on Twitter that no embassy could become a hiding place", "not up for negotiation.",
  ("Ecuador", C, neg, "Argentina", "social media; 'hiding place for people convicted of corruption' aimed at the Argentine embassy = judgement"))
# "Duarte, who served as Minister ... was convicted in 2020 ..." and "Argentina granted her asylum ... Ecuador refused ..." = background, no row.
U(d, "Argentina's Ministry of Foreign Affairs replied hours later by expelling Ambassador Monge", "out of all proportion.",
  ("Argentina", C, neg, "Ecuador", "reciprocal expulsion + 'unjustified and out of all proportion'"))
U(d, "In its statement, the Argentine ministry said Duarte had left the residence", "job of the Ecuadorian police.",
  ("Argentina", C, neg, "Ecuador", "denial + shifts responsibility onto Ecuador's police = holds someone responsible (unsure: could be a denial only, neutral)"))
U(d, "The ministry said Duarte presented herself at the Argentine embassy in Caracas", "for the time being.",
  ("Argentina", N, neu, "", "facts about her whereabouts; Duarte's own intention relayed without position (no separate row)"))
U(d, "The Argentine statement added that Buenos Aires remained open to dialogue", "overcome the situation.",
  ("Argentina", T, pos, "Ecuador", "offer of dialogue; Quito = metonym"))
U(d, "Foreign Minister Santiago Cafiero said Argentina had informed Holguín", "nothing to hide.",
  ("Argentina", N, neg, "", "denial of wrongdoing = neutral, negative tone"))
U(d, "President Alberto Fernández said in Buenos Aires that Argentina had acted", "escalate the dispute.",
  ("Argentina", C, neg, "Ecuador", "'regretted that the Ecuadorian Government had chosen to escalate' = judgement (guide: 'regrettable')"))
U(d, "Fuks, speaking to an Argentine radio station, said he had played no part", "he had been given.",
  ("Argentina", N, neg, "", "the ambassador speaks for his state: denial + compliance"))
U(d, "Duarte said on social media that the refusal of a safe-conduct", "for political reasons.",
  ("María de los Ángeles Duarte", C, neg, "Ecuador", "accuses the government of holding her for political reasons"))
U(d, "She thanked Argentina for the protection it had given her.", "had given her.",
  ("María de los Ángeles Duarte", S, pos, "Argentina", "gratitude = supporting"))
U(d, "Correa, who lives in Belgium, celebrated Duarte's arrival", "political persecution.",
  ("Citizen Revolution", C, neg, "Ecuador", "Correa leads the Citizen Revolution movement (his opposition role here); 'political persecution' = judgement (the celebration is secondary, rule 1)"))
U(d, "The Citizen Revolution bench in the National Assembly said the Government", "against President Lasso.",
  ("Citizen Revolution", C, neg, "Ecuador", "accuses the government of using the affair as a distraction"))
U(d, "Organization of American States Secretary General Luis Almagro said", "diplomatic asylum.",
  ("Organization of American States", T, neu, "", "appeal to both governments to settle through diplomacy"))
U(d, "Carolina Andrade Vela, a professor of international law", "blame for the mess.",
  ("Carolina Andrade Vela", C, neg, "", "invented scholar; blames both governments -> target empty"))
U(d, "She said the two countries should return their ambassadors", "held hostage by a single case.",
  ("Carolina Andrade Vela", T, neu, "", "appeal to restore ambassadors"))
