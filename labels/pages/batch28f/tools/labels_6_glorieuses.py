# ------------------------------------------------------------------ Madagascar-France: Macron's Grande Glorieuse stopover and the Scattered Islands claim (regional daily analysis, 2019-10-28)
d = "page_madagascar_glorieuses_macron2019_regionaldaily.txt"
# Not statements: masthead, date line, menu, section, headline, byline, crossheads, RELATED, tags, share bar, most read, copyright.
# "Emmanuel Macron spent barely two hours on Grande Glorieuse ..." = narration of what he did, no row. The islands' background paragraph = narration, no row.
U(d, "On the beach, the president told the soldiers and scientists posted there", "a nature reserve next year.",
  ("France", N, neu, "", "'the president' = Macron; assertion of sovereignty + a plan, no judgement of another actor"))
U(d, "The Élysée had presented the trip as a visit about biodiversity", "\"for the whole region\".",
  ("France", N, pos, "", "own plan to protect reefs = neutral, positive; the Élysée and the overseas minister = France"))
# "Antananarivo did not see it that way." = summary line, no row.
U(d, "\"Our position is known and it has not moved by a centimetre", "carried by the state broadcaster TVM.",
  ("Madagascar", C, neg, "France", "rejection of France's claim with a jibe ('a photograph does not change a map'); second-hand via the state broadcaster"))
U(d, "He added that Madagascar would keep to the path agreed with Paris in May", "to propose a solution.",
  ("Madagascar", T, neu, "France", "commitment to the agreed joint commission = calling_for_talks"))
# "The government spokesperson, Lalatiana Rakotondrazafy, struck a calmer note." = lead-in, no row.
U(d, "She told reporters the June 2020 deadline set by the two presidents was unaffected", "would go on.",
  ("Madagascar", T, pos, "France", "the spokesperson (named by role first, then 'She'); the talks go on = calling_for_talks"))
U(d, "Asked by deputies on Friday whether Madagascar would take the matter back to the United Nations", "its full chance first.",
  ("Madagascar", T, neu, "France", "the ministry speaks for Madagascar; preferring the bilateral route = calling_for_talks"))
U(d, "Prime Minister Christian Ntsay, who met Macron in Réunion a day after the stopover", "react to a visit.",
  ("Madagascar", N, neu, "", "'was quoted by his office as saying'; own course, a mild rebuff with no judgement = neutral"))
U(d, "The office said the two men had discussed the commission", "before the end of the year.",
  ("Madagascar", T, neu, "France", "agreement that the commission should meet = calling_for_talks"),
  ("France", T, neu, "Madagascar", "France's agreement reported by the Malagasy prime minister's office"))
# "The stopover was followed with particular attention here, because Mauritius has its own claim on Tromelin ..." = background, no row.
U(d, "A French diplomat in Antananarivo said Paris was sorry that the stopover had been read as a provocation", "none had been intended.",
  ("France", N, neg, "", "unnamed official of a named government; denial of a provocation = neutral, negative"))
U(d, "A senior official at the Ministry of Foreign Affairs in Port Louis", "restated the opposite.",
  ("Mauritius", N, neu, "", "unnamed official of a named government; restating its own claim and a procedural answer at the UN, no judgement"))
U(d, "The official said Mauritius had no wish to quarrel with Paris", "settled by negotiation.",
  ("Mauritius", T, pos, "", "hope that negotiation settles such disputes = calling_for_talks"))
U(d, "Seychelles, which has no claim of its own, said through its foreign affairs department", "the region's cooperation.",
  ("Seychelles", T, pos, "", "trust that the neighbours will settle it = hope for a negotiated outcome = calling_for_talks; two parties -> target empty"))
# "Moroni, which contests France's hold on Mayotte, was blunter." = lead-in, no row.
U(d, "The Comorian foreign ministry said in a statement that the president's words", "as trophies.",
  ("Comoros", C, neg, "France", "'belonged to another century', 'trophies' = judgement without stock words"))
U(d, "The ministry expressed its solidarity with the Malagasy people and government.", "the Malagasy people and government.",
  ("Comoros", S, pos, "Madagascar", "solidarity = supporting"))
U(d, "Secretary General Hamada Madi told the Observer the commission did not take sides", "between its members.",
  ("Indian Ocean Commission", N, neu, "", "neutrality stated = neutral; the sentence before ('kept its distance') is the outlet's summary"))
U(d, "\"What we can offer is a table", "Madi said.",
  ("Indian Ocean Commission", T, pos, "", "offer of a forum for talks = calling_for_talks"))
U(d, "An official at the African Union Commission in Addis Ababa recalled", "remained unchanged.",
  ("African Union", S, neu, "Madagascar", "unnamed official of a named body; backing for Madagascar's claim = supporting"))
# "In 1979 the UN General Assembly invited France ..." = background history (and France's long-standing view in narration), no row.
U(d, "Hery Andrianasolo, a historian at the University of Antananarivo, said the May agreement", "put it at risk.",
  ("Hery Andrianasolo", C, neg, "France", "invented historian; the stopover 'put it at risk' = judgement on Macron's act"))
U(d, "\"Every Malagasy schoolchild learns that the Éparses were taken at independence", "he said.",
  ("Hery Andrianasolo", N, neg, "", "explains Malagasy perception; no explicit judgement of an actor (unsure: 'were taken' could read as a charge)"))
U(d, "Andrianasolo said both capitals now needed to give the commission something concrete", "buried it.",
  ("Hery Andrianasolo", T, neu, "", "appeal to both capitals to feed the talks; two parties -> target empty"))
U(d, "She said the reserve decision was consistent with France's obligations", "a joint arrangement later.",
  ("Claire Payet", S, neu, "France", "invented scholar; the sentence before ('was less pessimistic') is narration; finding France's decision lawful = approval (unsure: could be neutral)"))
U(d, "\"Paris can protect the reef and share the sea at the same time", "Payet said.",
  ("Claire Payet", T, neu, "France", "advocates shared management = a negotiated course"))
# "Whether it wants to is another matter." = the outlet's comment, no row.
U(d, "France has taken no public position on co-management, and the Élysée declined to comment", "the joint commission.",
  ("France", N, neu, "", "declining to comment + pointing to the commission = neutral"))
# "For Madagascar's government, which has made the islands a question of national identity, the next test ..." = narration, no row.
U(d, "Rajoelina said on Thursday that he expected France to come to that meeting", "not postcards.",
  ("Madagascar", T, neg, "France", "demand addressed to one side to bring proposals, with a barb but no judgement word = calling_for_talks, negative (labels/README)"))
