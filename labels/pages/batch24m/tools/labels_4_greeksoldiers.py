# ------------------------------------------------------------------ Two Greek soldiers held in Edirne: European Parliament resolution (EU statement page, 2018-04-19)
d = "page_greek_soldiers_edirne2018_euparl.txt"
# Not statements: site name, menu, language line, breadcrumbs, label line and time stamp, headline, bullet summary, crossheads
# (Debate, Quotes, Hearing ..., Background, Next steps), procedure line, contacts, share line, product reference, Related, copyright.
U(d, "Parliament on Thursday called for the two Greek soldiers", "without further delay.",
  ("European Union", T, neg, "Turkey", "Parliament = EU body; demand to one side to end proceedings and free the men, no judgement word"))
# "The resolution was adopted with 607 votes in favour and 7 against." = vote result, no row.
U(d, "MEPs point out that the lieutenant and the sergeant", "what they are accused of.",
  ("European Union", C, neg, "Turkey", "'find it hard to accept' = judgement without stock words"))
U(d, "The text reminds Ankara that a person deprived of liberty", "before a judge.",
  ("European Union", T, neg, "Turkey", "reminder of a legal duty = appeal; no explicit judgement (unsure: implies a breach)"))
U(d, "While welcoming the fact that Greek consular staff", "in the coming days.",
  ("European Union", T, neg, "Turkey", "welcome joined to an appeal, no judgement: rule 2 before rule 3"))
U(d, "The House wants EU governments and institutions", "does not stand alone in the case.",
  ("European Union", S, pos, "Greece", "solidarity with Greece asked of the EU institutions = backing"))
U(d, "Speaking for the Commission in Tuesday's debate, Commissioner Christos Stylianides", "back with their families.",
  ("European Union", T, neu, "Turkey", "raising the case at every level = diplomatic course"))
U(d, "He said the Commission expected the Turkish judiciary", "the rights of the defence.",
  ("European Union", T, neu, "Turkey", "expectation of a quick, fair procedure = appeal"))
U(d, "He added that the Union would not go along with any attempt", "unrelated bilateral quarrels.",
  ("European Union", C, neg, "Turkey", "refusal of linkage aimed at Ankara = judgement"))
U(d, "Speaking for the Council, Bulgarian Minister for the EU Presidency Lilyana Pavlova recalled", "at their summit on 22 March.",
  ("European Union", N, neg, "", "presidency minister speaks for the Council = EU; recalled unease, no appeal = neutral"))
U(d, "She said the presidency had asked the Turkish side", "a swift and positive outcome.",
  ("European Union", T, neu, "Turkey", "asking for a swift outcome = appeal"))
U(d, "\"We ask for nothing more than international law guarantees", "Vice-President of Parliament.",
  ("Syriza", T, neu, "Turkey", "MEP of Syriza (GUE/NGL); request framed as neighbours, no judgement (unsure: party vs Parliament)"))
U(d, "\"If Ankara keeps using two young men as bargaining chips", "Manolis Kefalogiannis (EPP, EL).",
  ("New Democracy", C, neg, "Turkey", "'bargaining chips' + threatened freeze of funds = threat of a measure; MEP of New Democracy"))
U(d, "Parliament's standing rapporteur on Turkey, Kati Piri", "the failed coup of July 2016.",
  ("PvdA", C, neg, "Turkey", "judgement of the state of Turkish courts; Piri is a PvdA MEP (unsure: as rapporteur she could be read as the Parliament)"))
U(d, "Parliament's President Antonio Tajani said after the vote", "Europe's partner.",
  ("European Union", C, neg, "Turkey", "'did no credit' = judgement without stock words"))
U(d, "At an exchange of views in the Subcommittee on Human Rights on Monday, Professor Eleni Marangou", "member of the Council of Europe.",
  ("Eleni Marangou", C, neg, "Turkey", "invented legal scholar; detention hard to square with obligations = judgement"))
U(d, "Selim Ayverdi, a senior fellow at the Brussels-based Centre", "fled to Greece in 2016.",
  ("Selim Ayverdi", N, neu, "", "invented analyst; reading of the linkage, no judgement"))
U(d, "\"Both capitals would gain from settling this quietly", "Ayverdi said.",
  ("Selim Ayverdi", T, neu, "", "appeal for a quiet settlement addressed to both sides"))
U(d, "President Recep Tayyip Erdoğan has said that the matter is for the Turkish courts alone", "considers coup plotters.",
  ("Turkey", C, neg, "Greece", "accuses Athens of sheltering the officers"))
U(d, "Turkish officials have denied that the detention has any political dimension", "restricted military zone.",
  ("Turkey", N, neg, "", "officials of a named government; denial = neutral, negative"))
U(d, "Greek Foreign Minister Nikos Kotzias has called the detention", "between neighbours and Allies.",
  ("Greece", C, neg, "Turkey", "'breach of the most basic rules' = judgement"))
U(d, "Greek Prime Minister Alexis Tsipras has said he trusts", "other disputes with Ankara.",
  ("Greece", T, pos, "Turkey", "trust in a quick judgement = hope; keeps the case apart from other disputes"))
U(d, "NATO Secretary General Jens Stoltenberg has said he hopes", "a spirit of good relations.",
  ("NATO", T, pos, "", "hope that two Allies settle it between them; both addressed -> target empty"))
U(d, "The Council of Bars and Law Societies of Europe has said it will send observers", "proceedings in Edirne.",
  ("Council of Bars and Law Societies of Europe", N, neu, "", "sending trial observers = monitoring, for no side"))
U(d, "The President of Parliament will forward the resolution", "Secretary General of NATO.",
  ("European Union", N, neu, "", "procedure"))
U(d, "Turkey's foreign ministry has in the past dismissed Parliament's resolutions", "will not take into account.",
  ("Turkey", C, neg, "European Union", "rejecting the Parliament's texts as one-sided = judgement + refusal in protest"))
