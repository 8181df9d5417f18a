# ------------------------------------------------------------------ Release of Abdelbaset al-Megrahi (British broadcaster's live blog, scraped .txt, 2009-08-25)
d = "page_megrahi_release_liveblog.txt"
# No rows: menus, headline, standfirst, "Page last updated", "Get involved" prompt, key points (bullets), day headings, timestamps
# (excluded from each unit), "Catch up on the weekend" heading, image captions "1 of 4".."4 of 4", ADVERTISEMENT, readers' texts and
# comments, related stories, share bar, most popular, copyright.
# "1248: That is where we leave our live coverage ..." : the outlet, no row.
U(d, "Gordon Brown has broken his silence.", "at Tripoli airport last Thursday.",
  ("United Kingdom", C, neg, "Libya", "timestamp excluded; lead-in + 'The prime minister told reporters' in one unit; disgust at Libya's welcome = judgement; London = place, Tripoli = place"))
U(d, "He said the decision to free Megrahi had been for the Scottish justice secretary alone", "oil or anything else.",
  ("United Kingdom", N, neg, "", "pronoun subject; denial of a deal = neutral, negative"))
U(d, "Mr Brown added that Britain had gained a great deal from Libya's decision", "against terrorism.",
  ("United Kingdom", S, pos, "Libya", "praise of Libya's disarmament + continued cooperation = backing (unsure: could be read as neutral policy)"))
U(d, "Downing Street confirmed on Friday that the prime minister had written to Colonel Gaddafi", "care and discretion.",
  ("United Kingdom", T, neu, "Libya", "Downing Street = UK (name files); a letter asking for restraint, no judgement = calling_for_talks (unsure)"))
U(d, "Samuel Okafor, who researches Libya's foreign relations at the Kingsway Institute", "he says.",
  ("Samuel Okafor", N, neg, "", "analyst on interests and risks; Tripoli and Washington as metonyms inside his quote are not statements"))
U(d, "He says the Libyan leadership should stop treating the case as a triumph", "to stay open.",
  ("Samuel Okafor", T, neg, "Libya", "analyst's conditional appeal to Libya, no judgement word"))
U(d, "Libya's foreign ministry has hit back at the American criticism.", "sovereign judicial authority.",
  ("Libya", C, neg, "United States", "lead-in + 'In a statement carried by ... Jana, it said' = one unit; Washington = metonym; Jana is not an actor"))
# "ABN's North Africa correspondent says ..." : the outlet, no row.
U(d, "Colonel Gaddafi, meeting Megrahi in front of state television cameras on Friday night", "encouraged it.",
  ("Libya", S, pos, "Scottish Government", "the Libyan leader's thanks and praise = supporting; Brown, the Queen and Prince Andrew are objects, not speakers"))
U(d, "His son, Saif al-Islam Gaddafi, told a Libyan channel", "oil and gas.",
  ("Libya", N, neu, "", "possessive subject; the leader's son speaking for the regime = Libya (unsure: he held no formal office); a claim, no evaluation"))
U(d, "Lord Mandelson, the business secretary, said there was no truth in it", "did not stand up.",
  ("United Kingdom", N, neg, "", "denial of the trade link = neutral, negative"))
U(d, "In a letter to Mr MacAskill released on Saturday, the director of the FBI, Robert Mueller", "both sides of the Atlantic.",
  ("United States", C, neg, "Scottish Government", "FBI director = United States; judgement addressed to the Scottish justice secretary"))
U(d, "The State Department in Washington says it will look hard at its relations with Libya.", "being studied closely.",
  ("United States", C, neg, "Libya", "lead-in + 'Its spokesman, PJ Crowley, told reporters' = one unit; review of ties as a warning = a threatened response"))
U(d, "Mr Crowley said Washington had told both the Scottish government and London", "sentence in Scotland.",
  ("United States", N, neg, "", "account of its own earlier démarches, no judgement in the sentence; London = metonym for the UK (object)"))
U(d, "Iain Gray, the leader of Scottish Labour at Holyrood, says the justice secretary", "on every count.",
  ("Scottish Labour", C, neg, "Scottish Government", "opposition party judging the Scottish government"))
U(d, "\"He has let down the families and he has let down this country", "Mr Gray tells MSPs.",
  ("Scottish Labour", C, neg, "Scottish Government", "quote closed by the speaker"))
# "Other opposition leaders lined up behind him." : summary line, no row; the reader's text that follows: no row.
U(d, "Mr MacAskill turns to the scenes in Tripoli.", "handled quietly.",
  ("Scottish Government", C, neg, "Libya", "lead-in + 'He says' = one unit; judgement without stock words + broken assurances; Tripoli = place"))
U(d, "\"I took this decision on the medical evidence and on the values that run through Scots law.", "Mr MacAskill says.",
  ("Scottish Government", N, neu, "", "defence of his own decision; London, Washington and Tripoli are metonyms inside a denial of outside influence, not speakers"))
U(d, "The justice secretary is on his feet.", "authorities in Libya.",
  ("Scottish Government", N, neu, "", "role only; own decision and licence conditions = neutral"))
U(d, "A reminder of what the US president said on Thursday.", "hero's welcome.",
  ("United States", C, neg, "Scottish Government", "'the US president' then name; 'the wrong call' + demand on Libya: rule 1"))
U(d, "Secretary of State Hillary Clinton had telephoned Mr MacAskill before the decision", "US officials said.",
  ("United States", C, neg, "Scottish Government", "'an injustice to the families' = judgement; US officials = US"))
U(d, "The White House spokesman, Robert Gibbs, said on Friday", "sickened the administration.",
  ("United States", C, neg, "Libya", "revulsion at Libya's welcome = judgement"))
U(d, "Foreign Secretary David Miliband said on Friday that the celebrations had been painful to watch", "compassion shown.",
  ("United Kingdom", C, neg, "Libya", "judgement of the welcome without stock words"))
U(d, "Megrahi is in a Tripoli hospital, according to Libyan officials.", "according to Libyan officials.",
  ("Libya", N, neu, "", "unnamed officials of a named government = Libya; a fact"))
U(d, "In a statement issued through his lawyers when he left Greenock prison on Thursday", "for its mercy.",
  ("Abdelbaset al-Megrahi", S, pos, "Scottish Government", "the released man under his own name; thanks = supporting"))
U(d, "He repeated that he had played no part in the bombing", "clear his name.",
  ("Abdelbaset al-Megrahi", N, neg, "", "denial of guilt = neutral, negative"))
U(d, "Fiona Galbraith, professor of public law at the University of Lothian", "she tells ABN.",
  ("Fiona Galbraith", N, neu, "", "scholar on the constitutional precedent; Edinburgh, London and Washington are metonyms inside her quote"))
U(d, "Professor Galbraith says the justice secretary had made a serious mistake", "could have been supervised.",
  ("Fiona Galbraith", C, neg, "Scottish Government", "scholar's judgement ('a serious mistake')"))
U(d, "Arab League Secretary General Amr Moussa has welcomed the release", "did Scotland credit.",
  ("Arab League", S, pos, "Scottish Government", "welcome + praise = supporting"))
# "0930: Welcome to our live coverage. ..." : the outlet's scene-setting, no row.
