# ------------------------------------------------------------------ Sudan's failed coup attempt of 21 September 2021 (East African news site, full HTML, 2021-09-22)
d = "page_sudan_bakrawi_coupattempt2021_eastafricasite.html"
# Not statements: cookie bar, brand, nav, ticker, kicker, headline, summary, byline, dates, figcaptions with credits,
# Advertisement slots, crossheads, Also read, topics, share bar, newsletter prompt, reader comments, most popular, footer.
U(d, "Sudan's transitional authorities said on Tuesday that officers loyal", "had been detained.",
  ("Sudan", C, neg, "", "dateline 'KHARTOUM - ' excluded; charge that Bashir loyalists tried to seize power + arrests; plotters not canonical -> target empty"))
U(d, "Prime Minister Abdalla Hamdok said in a televised address", "needed reform.",
  ("Sudan", C, neg, "", "blames old-regime supporters (judgement) + reform plan; target empty (remnants, not a canonical party)"))
U(d, "\"Those who tried to turn the clock back", "Hamdok said.",
  ("Sudan", C, neg, "", "threat of prosecution = condemning"))
U(d, "Sovereign Council member Mohamed al-Faki Suleiman wrote on Facebook", "tried to occupy.",
  ("Sudan", N, pos, "", "own account of the situation, reassuring tone, no judgement"))
U(d, "Information Minister Hamza Baloul said the plotters had tried", "go on air.",
  ("Sudan", N, neu, "", "facts of the attempt as given by a minister"))
U(d, "Brigadier Al-Tahir Abu Haja, media adviser to the army commander, said", "others involved.",
  ("Sudan", N, neu, "", "army speaks for its state; procedure (investigation, search)"))
# "The alleged ringleader was named in local media as ..." = narration, no row.
U(d, "A day later the tone changed: Sovereign Council chairman General Abdel Fattah al-Burhan", "quarrelling over posts.",
  ("Sudan", C, neg, "", "summary clause + colon + accusation of civilian politicians (not one canonical party -> target empty)"))
U(d, "Rapid Support Forces commander Mohamed Hamdan Dagalo", "would-be putschists.",
  ("Rapid Support Forces", C, neg, "", "introduced as RSF commander -> Rapid Support Forces; blames politicians; unsure: as the council's deputy chairman he could be read as Sudan"))
U(d, "The Forces of Freedom and Change, the civilian coalition", "security services.",
  ("Forces of Freedom and Change", C, neg, "", "judgement on old-regime remnants in the army + demand for a purge"))
U(d, "The Sudanese Professionals Association rejected Burhan's remarks", "for themselves.",
  ("Sudanese Professionals Association", C, neg, "Sudan", "rejects the military leaders' remarks and accuses them of a power grab; Burhan = Sudan"))
U(d, "African Union Commission chairperson Moussa Faki Mahamat condemned the attempt", "road to elections.",
  ("African Union", C, neg, "", "condemnation of the attempt (plotters not canonical) + position on the framework"))
U(d, "UN Secretary-General Antonio Guterres condemned the attempt", "behind the transition.",
  ("United Nations", C, neg, "", "condemnation + appeal: rule 1, condemning"))
U(d, "Volker Perthes, head of the UN mission in Sudan (UNITAMS), said", "military partners.",
  ("United Nations", T, neu, "", "UN mission = United Nations; offer of good offices between the partners = calling_for_talks"))
U(d, "The U.S. State Department condemned the attempt", "under civilian leadership.",
  ("United States", C, neg, "", "condemnation + conditionality of aid (warning)"))
U(d, "Spokesman Ned Price said the United States would keep standing", "economic support.",
  ("United States", S, pos, "Sudan", "backing of the government + economic support"))
U(d, "The European Union's foreign policy chief, Josep Borrell, said", "civilian-led government.",
  ("European Union", S, pos, "Sudan", "concern about fragility + pledge of support; the pledge decides (no appeal, no judgement)"))
for actor in ("United States", "United Kingdom", "Norway"):
    U(d, "The Troika of the United States, Britain and Norway said in a joint statement", "partnership intact.",
      (actor, T, pos, "Sudan", "joint statement of three listed states, one row each; welcome + appeal to keep the partnership = calling_for_talks (rule 2 before 3)"))
U(d, "IGAD Executive Secretary Workneh Gebeyehu said", "government of Sudan.",
  ("IGAD", S, pos, "Sudan", "solidarity = supporting"))
U(d, "Kenya's Ministry of Foreign Affairs said Nairobi welcomed", "Juba peace agreement.",
  ("Kenya", T, pos, "", "welcome + appeal to all parties = calling_for_talks"))
U(d, "In Juba, South Sudan's presidency said President Salva Kiir had telephoned", "transitional government.",
  ("South Sudan", S, pos, "Sudan", "support expressed by phone; Juba = place"))
U(d, "Dr Esther Njoroge, a Horn of Africa analyst", "civilian partners.",
  ("Esther Njoroge", N, neg, "", "invented analyst; forecast, no judgement"))
U(d, "She urged the AU and IGAD to press both wings", "arrangements require.",
  ("Esther Njoroge", T, neu, "", "appeal for a negotiated handover date"))
U(d, "In Omdurman, trader Osman Babiker, 46, said he had seen", "before dawn.",
  ("Osman Babiker", N, neu, "", "invented witness under his own name; what he saw"))
U(d, "\"We did not make a revolution so that a few officers", "Babiker said.",
  ("Osman Babiker", C, neg, "", "judgement on the plotters; target empty"))
