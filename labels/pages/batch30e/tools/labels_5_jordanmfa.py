# ------------------------------------------------------------------ Smotrich's Paris remarks and map, with the Knesset vote, Sharm El-Sheikh and the Saudi-Iran deal (foreign ministry statements page, full HTML, 2023-03-22)
d = "page_jordan_mfa_smotrich_map2023_statements.html"
# The Ministry never names its state: "the Ministry", "the Kingdom", its spokesperson and minister = Jordan.
# Not statements: language switch, site title, nav, breadcrumbs, page title, filter line, release headlines, dates, figcaption,
# pagination, quick links, share bar, footer.
U(d, "The Ministry of Foreign Affairs and Expatriates condemned on Wednesday the Israeli Knesset's approval", "north of the occupied West Bank.",
  ("Jordan", C, neg, "Israel", "the Ministry = Jordan; condemnation of the Knesset vote"))
U(d, "The Official Spokesperson of the Ministry, Ambassador Sinan Majali, said the step", "Aqaba and Sharm El-Sheikh.",
  ("Jordan", C, neg, "Israel", "spokesperson introduced by role; 'flagrant breach' + broken commitments"))
U(d, "Majali said the Ministry would continue to coordinate with the brotherly Palestinian side", "undermine the two-state solution.",
  ("Jordan", C, neg, "Israel", "surname only; coordination with the Palestinians + confronting 'unilateral measures that undermine' = judgement decides (rule 1) (unsure: could be supporting Palestine)"))
U(d, "He called on the international community to shoulder its responsibilities", "halt all settlement activity.",
  ("Jordan", T, neg, "Israel", "demand that Israel halt settlement, no judgement word = calling_for_talks, negative (labels/README)"))
# "Deputy Prime Minister ... Ayman Safadi received on Monday evening a telephone call from ... Tzachi Hanegbi." = a call narrated, no row.
U(d, "Safadi stressed during the call that the Israeli Finance Minister's remarks", "under any circumstances.",
  ("Jordan", C, neg, "Israel", "'irresponsible provocation' = judgement; the Finance Minister = Israel"))
U(d, "The Israeli official said his government stood by the peace treaty", "according to the readout.",
  ("Israel", N, pos, "", "reassurance about own commitments, reported in the other side's readout = Israel's statement"))
U(d, "The Minister said the Kingdom expects deeds, not words", "from the minister's statements.",
  ("Jordan", T, neg, "Israel", "a demand on one side with no judgement word (unsure: 'deeds, not words' could be read as a rebuke)"))
U(d, "The Ministry of Foreign Affairs and Expatriates summoned on Monday the Israeli Ambassador", "during an event in Paris on Sunday.",
  ("Jordan", C, neg, "Israel", "summons + letter of protest = a measure"))
U(d, "The letter, which the Ambassador was asked to convey to his government", "signed between the two countries.",
  ("Jordan", C, neg, "Israel", "the Ministry's letter: 'provocative act that flouts' norms and the treaty"))
U(d, "The Official Spokesperson of the Ministry, Ambassador Sinan Majali, said the Ministry rejects", "a state of its own.",
  ("Jordan", C, neg, "Israel", "rejects 'in the strongest terms' the minister's denial = judgement aimed at an Israeli minister"))
U(d, "\"Words like these, spoken by a serving minister", "Majali said.",
  ("Jordan", C, neg, "Israel", "judgement without stock words"))
U(d, "\"The Ministry will use every diplomatic and legal avenue open to it", "in response to this conduct.\"",
  ("Jordan", C, neg, "Israel", "quote carried into the next paragraph without attribution = same speaker (Majali); announced response = condemning"))
U(d, "The spokesperson called on the Israeli government to state its position", "publicly and unambiguously.",
  ("Jordan", T, neg, "Israel", "'the spokesperson'; a demand, no judgement word"))
U(d, "The Ministry expressed its appreciation for the positions of the United States", "rejected the minister's remarks.",
  ("Jordan", S, pos, "", "appreciation for several actors' positions = supporting, target empty (several)"),
  ("United States", C, neg, "Israel", "rejection of an Israeli minister's remarks reported by the Ministry = the US's statement, one row per listed actor"),
  ("European Union", C, neg, "Israel", "listed actor, same rejection"),
  ("Egypt", C, neg, "Israel", "listed actor, same rejection"),
  ("Saudi Arabia", C, neg, "Israel", "listed actor, same rejection"),
  ("United Arab Emirates", C, neg, "Israel", "listed actor, same rejection"))
U(d, "The Ministry also noted that the Israeli Ministry of Foreign Affairs had posted on Twitter", "respect for the Kingdom's borders.",
  ("Israel", N, pos, "", "reassurance about own treaty commitment reported by the Ministry; 'noted' is no position of Jordan's"))
U(d, "At the invitation of the Arab Republic of Egypt, senior political and security officials", "in Aqaba on 26 February.",
  ("Egypt", T, neu, "", "host convening a meeting = calling_for_talks (labels/README); the other participants are only listed"))
U(d, "The five parties agreed on the need to calm the situation on the ground", "to continuing their meetings.",
  ("Jordan", T, pos, "", "joint communiqué: de-escalation + further meetings, one row per party"),
  ("Egypt", T, pos, "", "party to the joint communiqué"),
  ("Palestine", T, pos, "", "the Palestinian National Authority = Palestine"),
  ("Israel", T, pos, "", "party to the joint communiqué"),
  ("United States", T, pos, "", "party to the joint communiqué"))
U(d, "The Kingdom, Egypt and the United States described the understandings", "reconvene in Egypt in April.",
  ("Jordan", T, pos, "", "welcome of security understandings joined to an agreement to meet again = calling_for_talks (welcome with a peace course, rule 2 before rule 3)"),
  ("Egypt", T, pos, "", "listed state, same"),
  ("United States", T, pos, "", "listed state, same"))
# "The delegation of the Kingdom included ..." = narration; "The Institute of Diplomacy hosted ... a panel" = an event narrated, no row.
U(d, "Professor Rania Haddadin, director of the Centre for Regional Policy Studies", "in the previous decade.",
  ("Rania Haddadin", C, neg, "Israel", "invented scholar; judgement of settlement building without stock words"))
U(d, "Haddadin urged Arab states and the European Union to revive a credible political track", "a new cycle of violence.",
  ("Rania Haddadin", T, neg, "", "appeal to revive a political track + warning"))
U(d, "Former ambassador Omar Tell said the recent security understandings", "final-status issues.",
  ("Omar Tell", T, neu, "", "invented former diplomat (speaks for no body); implied appeal for real negotiations"))
U(d, "The Ministry of Foreign Affairs and Expatriates welcomed on Saturday the agreement reached in Beijing", "within two months.",
  ("Jordan", S, pos, "", "welcome of a step = supporting; aimed at two states -> target empty"))
U(d, "The Ministry expressed the hope that the agreement would open a new page", "easing tensions across the region.",
  ("Jordan", T, pos, "", "hope for good-neighbourly relations and less tension = calling_for_talks"))
U(d, "It also commended the role played by the People's Republic of China", "in hosting the talks.",
  ("Jordan", S, pos, "China", "praise of China's mediation = supporting"))
