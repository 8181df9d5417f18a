# ------------------------------------------------------------------ Indonesia's protests after Affan Kurniawan's death (Indonesian English-language live blog, full HTML, 2025-09-02)
d = "page_indonesia_affan_protests2025_liveblog.html"
ID = "Indonesia"
# Not statements: nav, breadcrumbs, headline (carries positions; body repeats them), standfirst, byline, captions and counters, ADVERTISEMENT, share, newsletter, tags, comments, most read, footer.
# 9:10 p.m. closing entry, 8:00 a.m. opening entry and the caption's Makassar toll (no source) = narration, no row.
# Entry labels with no statement: "Analysis.", "Police ethics hearings.", "Amnesty International Indonesia's executive director, Usman Hamid:" (the quote below it is the unit),
# "Recap: what the president has said so far." (first sentence of the 12:40 entry, labelled apart from the next sentence below).
U(d, "A rider who worked the same streets as Affan, Rudi Hartono, spoke to us", "like anybody else would,\" Hartono said.",
  ("Rudi Hartono", C, neg, ID, "invented witness; demand that the officers stand trial = judgement on the police (the state's force -> Indonesia) (unsure: could be neutral)"))
U(d, "He said drivers would keep coming back every night", "trial date was set.",
  ("Rudi Hartono", N, neg, "", "plan of continued vigils, no judgement or appeal"))
U(d, "Analysis. Dewi Prameswari, a political researcher", "far too slowly on the police.",
  ("Dewi Prameswari", C, neg, ID, "invented analyst; judgement on the government's slowness (label 'Analysis.' is inside the paragraph)"))
U(d, "\"Scrapping perks buys a week.", "Prameswari said.",
  ("Dewi Prameswari", N, neu, "", "advice on police reform without a judgement on a named act (unsure: could be condemning)"))
U(d, "She said Sunday's meeting between the president and party leaders", "at the same table.",
  ("Dewi Prameswari", T, neu, ID, "appeal to widen the talks = calling_for_talks"))
U(d, "Kuala Lumpur. Malaysia's foreign ministry said its embassy in Jakarta", "none had been hurt.",
  ("Malaysia", N, neu, "", "consular facts"))
U(d, "Wisma Putra said it hoped calm would return to Indonesia soon.", "to Indonesia soon.",
  ("Malaysia", T, pos, ID, "hope for calm = calling_for_talks; Wisma Putra = Malaysia's foreign ministry"))
U(d, "Canberra. The Department of Foreign Affairs and Trade has updated its travel advice", "local authorities.",
  ("Australia", N, neu, "", "travel advice = procedure"))
# "Human Rights Minister Natalius Pigai has answered Geneva." = lead-in line, no row.
U(d, "The UN office, he said, was \"describing steps that are already under way,\"", "the detention of the officers.",
  (ID, N, neg, "", "'he' = Pigai; rebuttal: the government had already acted = denial of inaction -> neutral, negative (unsure: the dig at the UN office could be condemning)"))
U(d, "Pigai said the government would keep protecting the right to protest", "reminders from abroad.",
  (ID, C, neg, "United Nations", "reassurance about own conduct + rejection of outside 'reminders' aimed at the UN office = rejection in protest -> condemning"))
U(d, "Geneva. UN human rights office spokesperson Ravina Shamdasani told a briefing", "independent of them.",
  ("United Nations", T, neg, ID, "concern joined to an appeal for investigations, no judgement word = calling_for_talks"))
U(d, "\"Authorities should talk with those who are protesting", "only as a last resort.",
  ("United Nations", T, neu, ID, "appeal for dialogue and restraint"))
U(d, "\"A young man was crushed under a police vehicle", "from this week.\"",
  ("Amnesty International", C, neg, ID, "quote under a label entry; judgement on the police and the 'tougher line' order"))
U(d, "Police ethics hearings. The national police's internal affairs division said", "criminal investigators.",
  (ID, N, neu, "", "national police = Indonesia; procedure (label 'Police ethics hearings.' inside the paragraph)"))
U(d, "GoTo, the parent of the Gojek ride-hailing app Affan drove for, said", "during the protests.",
  ("GoTo", S, pos, "", "help to the family and injured drivers = supporting (backing by act)"))
U(d, "Recap: what the president has said so far. In a televised address on Sunday", "overseas trips for its members.",
  (ID, N, neu, "", "announced concession/decision, no judgement or appeal (recap label inside the unit)"))
U(d, "The president also said that looting and the burning of public buildings", "anger of the many.",
  (ID, C, neg, "", "threat of firm action against rioters (no canonical target) = condemning"))
U(d, "On Friday he had offered his condolences to Affan's family", "support them.",
  (ID, S, pos, "", "condolences + promised support = supporting (target: a family, not an actor)"))
U(d, "Singapore's foreign ministry has advised Singaporeans to defer non-essential travel", "taking place.",
  ("Singapore", N, neu, "", "travel advisory = procedure"))
U(d, "The US Embassy in Jakarta, in a security alert: \"Avoid large gatherings", "can turn confrontational.\"",
  ("United States", N, neu, "", "embassy = United States; security alert quoted without a verb of saying; procedural"))
U(d, "Jakarta police chief Asep Edi Suheri told reporters", "still being questioned.",
  (ID, N, neu, "", "provincial police chief resolves to Indonesia; facts"))
U(d, "The All-Indonesia Student Executive Board (BEM SI) said it would march", "cracked wall.\"",
  ("All-Indonesia Student Executive Board", C, neg, ID, "new group; dismisses the government's concessions + announces protest"))
U(d, "EU statement. The European Union's delegation in Jakarta said", "through peaceful dialogue.",
  ("European Union", T, neg, "", "condolences joined to an appeal for restraint and dialogue, no judgement: rule 2 before rule 3 -> calling_for_talks"))
U(d, "The national human rights commission, Komnas HAM, said it had opened", "the unit involved.",
  (ID, N, neu, "", "state human rights commission resolves to Indonesia; own inquiry = procedure (unsure: an independent commission might be its own actor)"))
U(d, "House Speaker Puan Maharani, speaking at the parliament complex:", "we will change them.\"",
  (ID, N, pos, "", "parliament = Indonesia; apology and promise about own conduct = neutral"))
