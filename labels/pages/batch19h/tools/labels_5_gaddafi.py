# ------------------------------------------------------------------ The capture and death of Muammar Gaddafi near Sirte (full HTML, African English-language site, 2011-10-21)
d = "page_gaddafi_death_africansite.html"
# No rows: top bar, brand, tagline, nav, BREAKING ticker, kicker, headline, standfirst, byline/time, share bars, captions with credits and "(N of 3)",
# ADVERTISEMENT, crossheads, Related:, credits, tags, newsletter, comments, most read, footer.
U(d, "Muammar Gaddafi, who ruled Libya for 42 years, was killed on Thursday", "all but over.",
  ("Libya", N, pos, "", "long lead: the interim leaders' declaration that the war is nearly over (NTC = Libya's recognised interim authority); South Africa's and Zimbabwe's 'questioning' is a summary clause, labelled where they speak"))
# No rows: the convoy paragraph and the footage paragraph (narration, NATO and Misrata militiamen as subjects of background).
U(d, "The interim prime minister, Mahmoud Jibril, told a news conference in Tripoli", "taken to a vehicle.",
  ("Libya", N, neu, "", "role then name; forensic account = facts given by an actor; In Tripoli = place"))
U(d, "\"No order was given to kill him.", "Jibril said.",
  ("Libya", N, neg, "", "two-sentence quote closed by the speaker: denial = neutral, negative"))
U(d, "He said the interim authorities would announce the liberation", "would follow.",
  ("Libya", N, pos, "", "plans, no evaluation of another actor"))
U(d, "The chairman of the National Transitional Council, Mustafa Abdel Jalil, urged Libyans", "put revenge aside.",
  ("Libya", T, neu, "", "appeal against revenge = restraint"))
U(d, "The time had come to forgive and rebuild, he said", "according to the law.",
  ("Libya", T, pos, "", "attribution mid-sentence; reconciliation appeal + reassurance"))
# No row: "Gaddafi's body was taken to Misrata ..." (narration)
U(d, "Council officials said on Friday that the burial would be delayed", "were examined.",
  ("Libya", N, neu, "", "'Council officials' = officials of a named body (the NTC); procedure"))
U(d, "In Pretoria, President Jacob Zuma said Gaddafi ought to have been detained", "in June.",
  ("South Africa", C, neg, "Libya", "reproach of how the captors acted, no stock word (unsure: target = the interim authorities' fighters); In Pretoria = place"))
U(d, "Speaking at a joint media briefing with Equatorial Guinea's President Teodoro Obiang Nguema", "taken alive.",
  ("South Africa", N, neg, "", "expectation stated, no explicit judgement in this sentence; Obiang is a co-speaker here, not the source"))
U(d, "\"When a man is in your hands, unarmed, what happens to him is your responsibility,\" he said.", "\"When a man is in your hands, unarmed, what happens to him is your responsibility,\" he said.",
  ("South Africa", C, neg, "Libya", "'he' = Zuma; holds the captors responsible"))
U(d, "Obiang, speaking as chairman of the continental body, said the African Union hoped", "the whole country.",
  ("African Union", T, pos, "", "a head of state speaking as AU chair = the AU; hope for an inclusive government = talks"))
U(d, "South Africa's governing African National Congress said it regretted", "ended in bloodshed.",
  ("ANC", N, neg, "", "regret at the outcome, aimed at no actor = neutral, negative; party = its own actor"))
U(d, "Its spokesman, Jackson Mthembu, said the bloodshed might have been avoided", "put forward in March.",
  ("ANC", T, neg, "", "the AU plan for talks as the road not taken: advocacy of talks, no explicit judgement (unsure: could be a veiled reproach of NATO)"))
# No row: "The sharpest words came from Harare." (summary line; Harare = metonym)
U(d, "Zimbabwe's information minister, Webster Shamu, said in a statement", "any African country.",
  ("Zimbabwe", C, neg, "Libya", "judgement without stock words ('would never accept ... as a way to bring about change'); Harare = metonym"))
U(d, "He said the NATO countries bore responsibility for what had happened.", "He said the NATO countries bore responsibility for what had happened.",
  ("Zimbabwe", C, neg, "NATO", "holds NATO responsible"))
U(d, "In Washington, President Barack Obama said the death marked the end", "democratic country.",
  ("United States", S, pos, "Libya", "welcome of the outcome for the Libyan people; In Washington = place"))
U(d, "He urged the interim authorities to keep their promise", "the country's weapons.",
  ("United States", T, neu, "Libya", "appeal for an inclusive transition, no judgement (the welcome sits in the sentence before)"))
U(d, "British Prime Minister David Cameron said the British crews", "democratic future.",
  ("United Kingdom", S, pos, "Libya", "pride in the British crews (self-praise) + hope for Libyans = backing"))
U(d, "He said he was thinking of the victims of the Lockerbie bombing", "in 1984.",
  ("United Kingdom", N, neg, "", "remembrance of the old regime's victims, no actor judged by name"))
U(d, "French President Nicolas Sarkozy hailed the fall of Sirte", "coming to an end.",
  ("France", S, pos, "Libya", "praise of the Libyans' fight + end of operations"))
U(d, "NATO Secretary-General Anders Fogh Rasmussen said after a meeting", "on 31 October.",
  ("NATO", N, neu, "", "decision announced; Brussels = place"))
U(d, "The decision would be confirmed next week in coordination with the United Nations", "he said.",
  ("NATO", N, neu, "", "procedure; the UN and Libya are objects"))
U(d, "The UN human rights office said on Friday that the videos", "serious questions.",
  ("United Nations", N, neg, "", "concern without an appeal (the appeal follows)"))
U(d, "Its spokesman, Rupert Colville, told reporters in Geneva", "whoever the victim.",
  ("United Nations", C, neg, "", "'illegal' + call for investigation (rule 1); no perpetrator named -> target empty"))
U(d, "Secretary-General Ban Ki-moon, speaking in New York on Thursday, said the day marked", "work together.",
  ("United Nations", T, pos, "", "welcome + appeal to lay down arms: rule 2 before rule 3"))
U(d, "Human Rights Watch asked the interim authorities to open an independent inquiry", "and his son.",
  ("Human Rights Watch", T, neu, "Libya", "demand for an inquiry with no judgement word = talks (as batch5c)"))
U(d, "Amnesty International said the new government had to show", "brought to justice.",
  ("Amnesty International", C, neg, "Libya", "'unlawful killings' + justice demand addressed to the new government (rule 1)"))
U(d, "Russia's foreign minister, Sergei Lavrov, said the images of the killing", "by the Security Council.",
  ("Russia", C, neg, "", "law broken (the captors) + NATO beyond its mandate: two actors judged -> target empty"))
U(d, "Libya's interim authorities rejected suggestions that Gaddafi had been executed.", "Libya's interim authorities rejected suggestions that Gaddafi had been executed.",
  ("Libya", N, neg, "", "denial = neutral, negative"))
U(d, "A council spokesman in Tripoli said the footage showed chaos on a battlefield", "a killing on orders.",
  ("Libya", N, neg, "", "denial with a reason; 'a council spokesman' = the NTC"))
# No rows: the unnamed schoolteacher in Martyrs' Square, "Analysts in Cairo and Johannesburg", the closing narration on the AU debate.
