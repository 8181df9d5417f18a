# ------------------------------------------------------------------ Kenya's post-election crisis and the Annan accord (African news site, full HTML, 2008-02-29)
d = "page_kenya_annan_accord_africansite.html"
# No rows: cookie bar, brand, tagline, edition line, nav, breadcrumbs, kicker, headline, standfirst, meta line, share bar,
# figcaptions with credits and "1 of 3", ADVERTISEMENT, crossheads, "Related:", tags, newsletter prompt, comments, most read, footer.
U(d, "Kenya's President Mwai Kibaki and opposition leader Raila Odinga signed an agreement in Nairobi on Thursday", "since the December 27 election.",
  ("Kenya", T, pos, "", "long lead: signing a power-sharing deal to end the violence = agreeing to a settlement = calling_for_talks; Kibaki = Kenya (the government side); one row per actor"),
  ("Orange Democratic Movement", T, pos, "", "same sentence: Odinga = Orange Democratic Movement (name files)"))
U(d, "Kofi Annan, the former United Nations Secretary-General who has led the mediation on behalf of the African Union", "stand behind the accord.",
  ("Panel of Eminent African Personalities", T, pos, "", "the chief mediator of the AU panel speaks for the panel (not the UN, whose office he left in 2006; unsure: could be African Union); praise of both + appeal to back the accord: rule 2 before rule 3"))
U(d, "\"Nobody got everything they wanted, and that is why this agreement can work.", "Annan said.",
  ("Panel of Eminent African Personalities", N, neu, "", "multi-sentence quote closed by its speaker; the agenda ahead, a plan = neutral"))
U(d, "Kibaki said the accord opened a new chapter and appealed to Kenyans of every community", "those who had fled.",
  ("Kenya", T, pos, "", "appeal for reconciliation = calling_for_talks"))
U(d, "Odinga told supporters that they should return to work and to their neighbours", "planned for next week.",
  ("Orange Democratic Movement", T, pos, "", "calling off protests + appeal to supporters = calling_for_talks (de-escalation)"))
U(d, "Tanzanian President Jakaya Kikwete, who chairs the African Union and flew in this week", "its own problems.",
  ("African Union", S, pos, "", "a head of state speaking as chair of the AU = African Union, not Tanzania; praise of both leaders = supporting; two leaders = target empty"))
# "The crisis began when the Electoral Commission of Kenya declared Kibaki the winner ..." and "Within days, protests turned
# into killings ..." = background narration (no rows; the observers are unnamed).
U(d, "On January 2, government spokesman Alfred Mutua accused the opposition of unleashing ethnic cleansing", "killing about 30 people.",
  ("Kenya", C, neg, "Orange Democratic Movement", "accusation = condemning; 'the opposition' = ODM by the page's context; the church fire is narration inside the sentence"))
U(d, "ODM secretary general Anyang' Nyong'o turned the charge around", "Kisumu and Kibera.",
  ("Orange Democratic Movement", C, neg, "Kenya", "counter-accusation (stolen election, police shooting protesters) = condemning"))
U(d, "In a joint statement the same day, U.S. Secretary of State Condoleezza Rice and British Foreign Secretary David Miliband", "political and legal means.",
  ("United States", T, neg, "", "joint statement = one row per signatory; appeal to end violence + settlement, no judgement = calling_for_talks"),
  ("United Kingdom", T, neg, "", "same joint statement, second signatory"))
U(d, "Ghanaian President John Kufuor, then chairman of the African Union, spent two days shuttling", "take over the mediation.",
  ("African Union", T, neu, "", "AU chair's shuttle mediation and the handover to the panel = calling_for_talks; Kufuor speaks for the AU, not Ghana"))
U(d, "Human Rights Watch said on January 24 that it had evidence", "in the Rift Valley.",
  ("Human Rights Watch", C, neg, "Orange Democratic Movement", "accusation of planning attacks = condemning"))
U(d, "The party rejected the report, saying its leaders had repeatedly called for calm", "a stolen vote.",
  ("Orange Democratic Movement", N, neg, "", "'The party' = ODM; denial = neutral, negative (the 'stolen vote' clause is its justification; unsure: could be read as condemning Kenya)"))
U(d, "After visiting the Rift Valley at the end of January, Jendayi Frazer", "amounted to ethnic cleansing.",
  ("United States", C, neg, "", "'ethnic cleansing' = explicit judgement; no perpetrator named = target empty"))
U(d, "U.N. Secretary-General Ban Ki-moon flew to Nairobi on February 1 to back Annan's effort", "of the United Nations.",
  ("United Nations", S, pos, "Panel of Eminent African Personalities", "backing the mediation by act and promise = supporting"))
# "The talks, which opened on January 29, stalled for weeks ..." = narration (no row).
U(d, "Justice Minister Martha Karua, who led the government's team, said", "elected by the people.",
  ("Kenya", N, neg, "", "the government's negotiator = Kenya (not declared as a party actor); a negotiating red line with no judgement of the other side = neutral (unsure: 'would never accept' could be read as a refusal in protest)"))
U(d, "In mid-February, Washington said it had written to a number of Kenyan politicians", "fuelling the violence.",
  ("United States", C, neg, "", "threatened travel bans = a measure against others = condemning; Washington = metonym; individuals of both camps = target empty"))
U(d, "Rice, who flew to Nairobi on February 18 for talks with both men", "within days.",
  ("United States", T, neu, "", "surname only; demand for real power-sharing + expectation of a deal, no judgement = calling_for_talks; Washington = metonym"))
U(d, "On Tuesday, Annan suspended the negotiations, saying the two teams had spent too long on details", "Kibaki and Odinga.",
  ("Panel of Eminent African Personalities", N, neg, "", "procedure: suspension + direct talks with the principals, no judgement word on a named party = neutral (unsure: the complaint could be read as a reproach)"))
U(d, "The Kenya Red Cross Society says more than 1,000 people were killed", "police stations and churchyards.",
  ("Kenya Red Cross Society", N, neu, "", "figures = neutral, neutral tone"))
U(d, "In London, Prime Minister Gordon Brown said on Thursday the two leaders had put their country first", "destroyed in the violence.",
  ("United Kingdom", S, pos, "Kenya", "praise + offer of help to the new government = supporting; London = place"))
U(d, "Wairimu Gathoni, who researches electoral violence at the East African Policy Centre", "controls almost everything.",
  ("Wairimu Gathoni", N, neg, "", "independent researcher; assessment of causes, no judgement of an actor"))
U(d, "\"A coalition of two men who distrust each other is not a reform.", "she said.",
  ("Wairimu Gathoni", N, neg, "", "two-sentence quote closed by 'she said'; risks and scenario"))
U(d, "She said leaders on both sides had allowed their supporters to believe", "forced their hand.",
  ("Wairimu Gathoni", C, neg, "", "judgement of both camps' leaders = condemning; two sides = target empty"))
U(d, "Hendrik Visser, who studies mediation at the Institute for Conflict Resolution in Pretoria", "at the same time.",
  ("Hendrik Visser", N, pos, "", "independent scholar; assessment of the mediation, no stance toward an actor (praise of a method, not of a party)"))
U(d, "\"The risk is the next election.", "Visser said.",
  ("Hendrik Visser", N, neg, "", "two-sentence quote closed by its speaker; risk and scenario"))
U(d, "He said the African Union and the donors should stay engaged", "declaring the job done.",
  ("Hendrik Visser", T, neu, "", "appeal to keep the parties to the reform timetable = calling_for_talks"))
# Comments by readers: no rows.
