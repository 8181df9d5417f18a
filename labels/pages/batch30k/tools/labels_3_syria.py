# ------------------------------------------------------------------ Syria: Security Council briefing on north-west Syria after the Maarat al-Numan market strike (UN meetings coverage, 2019-07-30)
d = "page_syria_maaratalnuman2019_unmeetings.txt"
# Not statements: site bar, breadcrumb, date, document and meeting numbers, headline, subheadline, the "Statements" crosshead, closing time line, "For information media", footer links.
U(d, "Air strikes on a crowded market in Maarat al-Numan last week were a brutal reminder", "in Idlib Governorate.",
  ("United Nations", C, neg, "", "lede carrying a position: 'brutal' judges the strikes; the perpetrators are not named -> target empty (unsure: could be neutral concern); members' 'traded charges' is a summary, no rows"))
U(d, "Ursula Mueller, Assistant Secretary-General for Humanitarian Affairs", "struck on 22 July.",
  ("United Nations", N, neu, "", "casualty figures given by an actor = neutral"))
U(d, "She said that more than 440,000 people had been displaced", "some more than once.",
  ("United Nations", N, neu, "", "figures, speaker carried by 'She'"))
U(d, "\"Each of these places had been a lifeline", "the coordinates they had been given.",
  ("United Nations", T, neg, "", "grief + appeal to the Council to halt the fighting and make parties respect the deconfliction list, no named culprit"))
U(d, "She urged all parties to respect the ceasefire arrangements", "without delay.",
  ("United Nations", T, neu, "", "appeal to all parties: ceasefire and aid access"))
# "The Council also heard from Hala Qassab ..." = introduction of a briefer, narration, no row.
U(d, "Ms. Qassab said her team had evacuated the hospital three times", "no longer believed it protected them.",
  ("Hala Qassab", N, neg, "", "invented civil-society briefer (independent person); facts, no judgement on a named actor"))
U(d, "\"We are not asking the Council for sympathy;", "she said.",
  ("Hala Qassab", T, neg, "", "appeal to make the bombing stop, no judgement word"))
U(d, "The representative of Germany, speaking also on behalf of Belgium and Kuwait,", "who had carried it out.",
  ("Germany", T, neg, "", "joint statement of three delegations: dismay (alarm, not a judgement on a named actor) + demand for an account = calling_for_talks"),
  ("Belgium", T, neg, "", "joint statement, listed state"),
  ("Kuwait", T, neg, "", "joint statement, listed state"))
U(d, "He said that an attack on a market at mid-morning", "answer for it.",
  ("Germany", C, neg, "", "'He' = the German speaker for the three; 'could not be called an accident' + accountability threat = judgement; culprit unnamed -> target empty"),
  ("Belgium", C, neg, "", "same, joint statement"),
  ("Kuwait", C, neg, "", "same, joint statement"))
U(d, "The three delegations called on all parties to return to the ceasefire", "he added.",
  ("Germany", T, neu, "", "appeal for ceasefire and protection of workers"),
  ("Belgium", T, neu, "", "same, joint statement"),
  ("Kuwait", T, neu, "", "same, joint statement"))
U(d, "The representative of the United Kingdom said the pattern of strikes", "its Russian backers.",
  ("United Kingdom", C, neg, "", "accusation of deliberate targeting; two actors (Syria and Russia) -> target empty"))
U(d, "She said her delegation would support the Secretary-General", "on the deconfliction list.",
  ("United Kingdom", S, pos, "United Nations", "backing for the Secretary-General's inquiry = supporting"))
U(d, "The representative of France said her country was putting a further 5 million euros", "working in the north-west.",
  ("France", S, pos, "", "aid provided = supporting; channelled through UN agencies for the population -> target empty"))
U(d, "Those who armed and flew for Damascus had it in their power", "forced on Idlib.",
  ("France", C, neg, "", "judgement on the regime's backers without naming them + refusal of a military solution; speaker carried by 'she said' mid-sentence"))
U(d, "The representative of the United States said the strikes on Maarat al-Numan", "retaken in this way.",
  ("United States", C, neg, "", "judgement ('campaign of violence') + withholding reconstruction money (a measure); Damascus and Moscow -> two targets, empty"))
U(d, "The representative of the Russian Federation rejected what he called unfounded allegations", "struck the market.",
  ("Russia", N, neg, "", "denial = neutral, negative"))
U(d, "He said the Russian Aerospace Forces carried out strikes only", "civilians in Hama.",
  ("Russia", C, neg, "Hayat Tahrir al-Sham", "own conduct + accusation of HTS attacks = condemning"))
U(d, "Western delegations, he added, preferred to read out figures", "with the militants.",
  ("Russia", C, neg, "", "speaker carried by 'he added'; judgement on Western delegations (several) -> target empty"))
U(d, "The representative of China said the fight against terrorism in Idlib must go on", "civilian lives.",
  ("China", T, neu, "", "appeal to protect civilians, no judgement"))
U(d, "He said his delegation hoped that the Astana guarantors would keep talking", "gather pace.",
  ("China", T, pos, "", "hope for talks and the political process"))
U(d, "The representative of Indonesia said his country was deeply worried", "this morning.",
  ("Indonesia", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "The representative of Peru, speaking in his national capacity, called for", "by all sides.",
  ("Peru", T, neu, "", "appeal for cessation of hostilities; 'national capacity' = Peru, not the presidency"))
U(d, "The representative of Poland said the Council's silence", "shown in the past.",
  ("Poland", T, neg, "", "warning about the Council's silence + appeal for unity; no judgement on a party (unsure)"))
U(d, "The representative of South Africa said there could be no military solution", "reached in Sochi.",
  ("South Africa", T, neu, "", "no military solution + encouragement to return to the arrangements"))
U(d, "The representative of the Dominican Republic said his delegation hoped", "calm to Idlib.",
  ("Dominican Republic", T, pos, "", "hope for calm = calling_for_talks"))
U(d, "The representative of Côte d'Ivoire offered his delegation's condolences", "in Maarat al-Numan.",
  ("Ivory Coast", S, neg, "", "condolences = sympathy/solidarity; with the victims' families (not an actor) -> target empty; grief -> negative"))
U(d, "The representative of Syria said his Government had never targeted civilians", "supplied by the White Helmets.",
  ("Syria", C, neg, "Syria Civil Defence", "denial + charge of fabrication against the White Helmets: the accusation decides"))
U(d, "He accused Turkey of supplying weapons to terrorist groups", "every inch of its territory.",
  ("Syria", C, neg, "Turkey", "accusation + announced continuation of the offensive"))
U(d, "The representative of Turkey said his country was doing everything it could to uphold", "its own observation posts.",
  ("Turkey", T, neu, "", "commitment to the ceasefire memorandum = calling_for_talks; attackers unnamed, no judgement (unsure: could be neutral self-description)"))
U(d, "He said Turkey was hosting more than 3.6 million Syrians", "refugees from Idlib.",
  ("Turkey", N, neg, "", "figures + a limit stated, no judgement"))
