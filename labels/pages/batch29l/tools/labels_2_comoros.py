# ------------------------------------------------------------------ Comoros: unrest after Azali's disputed re-election (live blog, 2024-01-18)
d = "page_comoros_salimissa_unrest2024_liveblog.html"
# Not statements: menu, breadcrumb, headline, standfirst, byline, time stamps, captions, ADVERTISEMENT, the 'What we know' bullets, closing note, Related, share, comments, footer.
U(d, "Paris, again. The French foreign ministry's spokesperson said France was watching", "through legal channels.",
  ("France", T, neg, "", "concern + appeal for restraint to every side = calling_for_talks"))
U(d, "The spokesperson declined to comment on the result itself.",
  "The spokesperson declined to comment on the result itself.",
  ("France", N, neu, "", "'the spokesperson' carried from the entry above; declining comment = neutral"))
U(d, "\"The figures of 16 January are a fiction", "Nobody in this country recognises himself in them.\"",
  ("Juwa", C, neg, "Comoros", "entry label + quotation without a verb; the Juwa-backed candidate rejects the official figures = judgement on the authorities"))
U(d, "Salim Issa, who ran with the backing of the Juwa party", "before the Sunday deadline.",
  ("Juwa", N, neu, "", "legal complaint announced = procedure"))
U(d, "Government spokesman Houmed Msaidié said the army had been deployed", "until calm returned.",
  ("Comoros", N, neu, "", "own measures explained (curfew, deployment), no judgement"))
U(d, "He accused opposition leaders of sending young people", "in remarks carried by the state broadcaster ORTC.",
  ("Comoros", C, neg, "", "accusation against the opposition (not one canonical actor) -> target empty; 'remarks carried by'"))
U(d, "\"Those who burned the rice warehouse will answer for it", "Msaidié said.",
  ("Comoros", C, neg, "", "threat of prosecution = condemning; target unnamed rioters"))
U(d, "The African Union: Commission chairperson Moussa Faki Mahamat said he followed", "legal remedies open to them.",
  ("African Union", T, neu, "", "attention + appeal for restraint and legal remedies"))
# "The AU itself is chaired this year by President Azali ..." = narration, no row.
U(d, "The joint AU and Eastern Africa Standby Force observer mission repeated", "few procedural faults.",
  ("African Union", N, pos, "", "observer findings = facts, positive tone"),
  ("Eastern Africa Standby Force", N, pos, "", "joint mission: one row per body"))
U(d, "Its head of mission, speaking to our correspondent by phone, urged", "rather than the street.",
  ("African Union", T, neu, "", "head of the joint mission appeals for legal route; unsure: joint mission read as AU only (the AU leads it)"))
U(d, "The US embassy in Antananarivo, which also covers the Comoros, asked", "the governors' races.",
  ("United States", T, neu, "Comoros", "request for an explanation of the figures, no judgement = calling_for_talks (transparency appeal)"))
U(d, "\"Comorians deserve results they can trust,\" the embassy wrote.", "the embassy wrote.",
  ("United States", T, neu, "Comoros", "appeal for credible results; no judgement word (unsure: implies doubt)"))
U(d, "Another of the five defeated candidates, former Grande Comore governor Mouigni Baraka", "\"an armed robbery of the people's will\".",
  ("Mouigni Baraka Saïd Soilihi", C, neg, "Comoros", "defeated candidate (declared person); judgement on the vote"))
U(d, "He said the opposition would not sit down with a government", "stolen the election twice.",
  ("Mouigni Baraka Saïd Soilihi", C, neg, "Comoros", "refusing talks in protest with the grievance stated = condemning"))
U(d, "Interior Minister Fakridine Mahamoud announced that internet services", "read on state radio.",
  ("Comoros", N, neu, "", "own measure announced, public-order reason; procedural"))
U(d, "\"We urge the authorities to ensure that security forces use force", "express grievances peacefully.\"",
  ("United Nations", T, neg, "", "label + quotation without a verb (UN rights office); appeal to both, no judgement"))
U(d, "The office's spokesperson in Geneva added that Volker Türk hoped", "rather than more bloodshed.",
  ("United Nations", T, neg, "", "hope for dialogue = calling_for_talks"))
U(d, "A shopkeeper near the Volo-Volo market, Bachirou Mzé, told us", "for a second day.",
  ("Bachirou Mzé", N, neu, "", "invented witness; fact of his own shop"))
U(d, "\"The young men are angry because they think their votes were thrown away", "Mzé said.",
  ("Bachirou Mzé", T, neg, "", "appeal to both sides to stop, no judgement"))
U(d, "Political scientist Dr. Faïza Ali Mchangama of the University of the Comoros told us", "was the real story.",
  ("Faïza Ali Mchangama", N, neu, "", "invented scholar; framing line, no position yet"))
U(d, "\"A result in which two voters in three stayed away", "she said.",
  ("Faïza Ali Mchangama", C, neg, "", "judgement on the result's legitimacy without a stock word; target = the result/CENI, not one actor"))
U(d, "Mchangama said the government's decision to cut the internet", "deepen suspicion.",
  ("Faïza Ali Mchangama", C, neg, "Comoros", "surname only; judgement of the shutdown"))
U(d, "The Indian Ocean Commission said it was following the situation", "return to the archipelago.",
  ("Indian Ocean Commission", T, pos, "", "monitoring + hope for calm = calling_for_talks (hope), positive tone"))
U(d, "The European Union's delegation said it had taken note of the provisional results", "in keeping with the law.",
  ("European Union", T, neu, "", "noting + appeal for transparent handling of disputes"))
# "Good morning. President Azali ... greeting supporters at Beit-Salam palace." = narration of what he did, no row.
