# ------------------------------------------------------------------ Executions of Ali al-Arab and Ahmed al-Malali (the Embassy of Bahrain in London's news page, 27 July - 1 August 2019)
d = "page_bahrain_alarab_malali_executions2019_embassy.txt"
# Not statements: embassy name, menu, breadcrumb, item counter, dates, item headings, media contact line, Related, follow bar, copyright.
# "The Ambassador, Shaikh Fawaz bin Mohammed Al Khalifa, met today ..." = meeting narration ('the two sides reviewed'), no row.
U(d, "During the meeting the Ambassador explained the full judicial process", "Court of Cassation.",
  ("Bahrain", N, neu, "", "'the Ambassador' on his own embassy's page = Bahrain; an account of procedure"))
U(d, "The Minister, for his part, restated the United Kingdom's long-standing opposition", "according to a readout shared with the Embassy.",
  ("United Kingdom", T, neg, "Bahrain", "opposition to a practice in general + appeal not to carry out the rest, no judgement of Bahrain's act = calling_for_talks (unsure: could be read as condemning the executions)"))
U(d, "The Ambassador said he had assured the Minister that the door of the Embassy remained open", "reform of the justice sector.",
  ("Bahrain", N, pos, "", "reassurance / openness about own conduct = neutral, positive"))
U(d, "The Embassy has taken note of the remarks made in Geneva", "High Commissioner for Human Rights.",
  ("Bahrain", N, neu, "", "'the Embassy' without the state's name; procedural line"))
U(d, "In that briefing, Rupert Colville said the Office deplored the executions", "cases heard again.",
  ("United Nations", C, neg, "Bahrain", "OHCHR spokesperson: 'deplored ... harshest terms' = judgement + appeal (rule 1)"))
U(d, "The Embassy regrets that the Office chose to repeat allegations", "without foundation.",
  ("Bahrain", C, neg, "United Nations", "'regrets that the Office chose to repeat' = judgement aimed at the UN office, joined to a denial"))
U(d, "Both men had every guarantee of a fair trial", "the Embassy said.",
  ("Bahrain", N, neu, "", "defence of own courts = reassurance; attribution tail"))
U(d, "It added that the sentences had been carried out for the killing", "any political opinion.",
  ("Bahrain", N, neg, "", "'It' = the Embassy; denial that the case was political = neutral, negative"))
U(d, "The Embassy rejects claims published by certain organisations", "for their beliefs.",
  ("Bahrain", N, neg, "", "denial of a claim ('rejects claims') = neutral, negative"))
U(d, "These organisations, which have repeatedly been shown to work with individuals", "the statement said.",
  ("Bahrain", C, neg, "", "judgement on unnamed organisations (non-canonical) -> target empty"))
U(d, "The Bahrain Institute for Rights and Democracy had described the executions", "in the Kingdom.",
  ("Bahrain Institute for Rights and Democracy", C, neg, "Bahrain", "'extrajudicial killings' + call for a measure = condemning"))
U(d, "The Embassy has also seen the remarks of the spokesman of the Iranian Foreign Ministry", "crime against the Bahraini people.",
  ("Iran", C, neg, "Bahrain", "Iran's position in a relative clause on the Embassy's page; 'a crime' = judgement. The Embassy 'has seen' = no position, no Bahrain row"))
U(d, "A country that carries out hundreds of executions each year", "the Embassy said in response.",
  ("Bahrain", C, neg, "Iran", "judgement of Iran, named only by context ('a country that ...')"))
U(d, "Amnesty International, which had campaigned against the sentences, said in a statement", "remaining death sentences.",
  ("Amnesty International", C, neg, "Bahrain", "judgement + appeal to commute (rule 1)"))
U(d, "The Embassy thanks the many friends of the Kingdom", "from terrorism.",
  ("Bahrain", S, pos, "", "gratitude to unnamed supporters = approval; no canonical target"))
U(d, "Dr Simon Whitfield, a senior fellow at the Centre for Gulf Security Studies in London, said", "followed the law in force.",
  ("Simon Whitfield", N, neu, "", "invented analyst; account of the process, no evaluation word"))
U(d, "\"Critics are entitled to oppose capital punishment", "Whitfield said.",
  ("Simon Whitfield", C, neg, "", "'it is wrong to pretend' = judgement on critics (non-canonical -> no target)"))
U(d, "Mrs Latifa Al Mahmood, whose brother served in the police", "finish their work.",
  ("Latifa Al Mahmood", N, neu, "", "invented witness / relative; account of the families' wait"))
U(d, "\"We do not rejoice at anyone's death.", "she said.",
  ("Latifa Al Mahmood", N, neu, "", "quote closed by 'she said'; no judgement of an actor, no appeal"))
U(d, "The Kingdom of Saudi Arabia, in a statement carried by the Saudi Press Agency", "security and stability.",
  ("Saudi Arabia", S, pos, "Bahrain", "support for Bahrain's measures; SPA is the carrier"))
U(d, "The Head of the Terrorism Crimes Prosecution announced this morning", "exhausted.",
  ("Bahrain", N, neu, "", "own act announced as done, no judgement = neutral"))
U(d, "The convicts had been found guilty of the murder of a police officer", "the Public Prosecution said.",
  ("Bahrain", N, neu, "", "facts of the convictions; the convicts are not canonical actors"))
U(d, "The Embassy wishes to recall that the Constitution and the laws of the Kingdom", "of the United Nations.",
  ("Bahrain", N, pos, "", "self-reassurance about own law and cooperation = neutral"))
U(d, "The UN Special Rapporteur on extrajudicial, summary or arbitrary executions, Agnes Callamard", "met international norms.",
  ("United Nations", T, neg, "Bahrain", "a Special Rapporteur speaks for the UN here; appeal to set aside sentences, no judgement word = calling_for_talks"))
U(d, "The European Union's External Action Service, in a statement issued by its spokesperson", "right to fight terrorism.",
  ("European Union", C, neg, "Bahrain", "'regretted the executions' aimed at the act = judgement; the recognition of a right does not outweigh it (rule 1)"))
U(d, "The opposition society Al Wefaq, dissolved by court order in 2016", "a black day for justice.",
  ("Al Wefaq", C, neg, "Bahrain", "judgement without a stock word ('a black day for justice')"))
