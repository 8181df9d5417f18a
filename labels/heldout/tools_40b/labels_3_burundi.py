# ------------------------------------------------------------------ Burundi's constitutional referendum, provisional results (scraped East African regional daily, 2018-05-22)
d = "page_burundi_referendum2018_regionaldaily.txt"
# Not statements: masthead, city bar, date, menu, breadcrumb, headline, byline, time stamps, share lines, [Photo n of 3] captions,
# ADVERTISEMENT, "Related:", crossheads, tags, most read, comment counter, copyright.
U(d, "Burundi's electoral commission on Monday said 73.26 per cent", "in power until 2034.",
  ("Burundi", N, neu, "", "electoral commission (state body) = Burundi; figures; narration tail"))
U(d, "Commission chairman Pierre-Claver Ndayicariye told a news conference", "across all 18 provinces.",
  ("Burundi", N, pos, "", "figures + self-praise of the vote's conduct = neutral, positive"))
U(d, "He said any complaints would be examined by the commission", "for confirmation.",
  ("Burundi", N, neu, "", "procedure"))
# "The No camp took 19.34 per cent ..." and "Nkurunziza, in power since 2005, has not said ..." = narration / non-answer, no row.
U(d, "Agathon Rwasa, the former rebel leader who heads the Amizero y'Abarundi coalition", "would not recognise them.",
  ("Amizero y'Abarundi", C, neg, "Burundi", "coalition leader = the coalition (new actor); rejects the result in protest"))
U(d, "\"Our agents were chased out of counting rooms", "Rwasa said.",
  ("Amizero y'Abarundi", C, neg, "CNDD-FDD", "accusation by describing acts of coercion; the Imbonerakure is the ruling party's youth wing -> target CNDD-FDD (unsure: could be Burundi)"))
U(d, "He said the coalition would file a petition with the Constitutional Court", "avoid any confrontation.",
  ("Amizero y'Abarundi", T, neu, "", "legal route + appeal for calm to its own supporters = calling_for_talks"))
U(d, "The ruling CNDD-FDD's secretary general, Evariste Ndayishimiye, thanked voters", "national maturity.",
  ("CNDD-FDD", N, pos, "", "thanks to voters (no actor) = self-congratulation, neutral positive"))
U(d, "Willy Nyamitwe, the senior communications adviser to the president, said on Twitter", "hotel rooms in Kigali\".",
  ("Burundi", C, neg, "", "taunt at foreign critics and exiles in Brussels and Kigali (places, several addressees) -> target empty"))
U(d, "Foreign Minister Ezéchiel Nibigira denied that any voter had been forced", "attachment to the reforms.",
  ("Burundi", N, neg, "", "denial = neutral, negative"))
U(d, "The National Council for the Respect of the Arusha Agreement (CNARED)", "ended the civil war.",
  ("CNARED", C, neg, "Burundi", "'illegal' + burying Arusha = judgement"))
U(d, "UPRONA, whose government wing backed the Yes campaign, said", "the 2020 elections.",
  ("UPRONA", S, pos, "Burundi", "approval of the result = backing of the government's step"))
U(d, "The United States, which had denounced violence and harassment", "the country's political crisis.",
  ("United States", C, neg, "Burundi", "embassy = US; 'a climate of fear' = judgement; earlier denunciation is a background clause"))
U(d, "The embassy urged the government to free people detained", "without hindrance.",
  ("United States", T, neu, "Burundi", "appeal, no judgement in the unit = calling_for_talks"))
U(d, "The European Union's foreign policy service said the constitutional process had shut out", "emptying the Arusha agreement of its meaning.",
  ("European Union", C, neg, "Burundi", "judgement of the process"))
U(d, "The EU called on all Burundian parties to return to the inter-Burundian dialogue", "East African Community.",
  ("European Union", T, neu, "", "appeal to all parties -> target empty"))
U(d, "Germany's Federal Foreign Office said a constitution adopted without the consent", "had been built.",
  ("Germany", C, neg, "Burundi", "judgement without a stock word (no consensus)"))
U(d, "Berlin urged the Burundian government to engage seriously", "produced results.",
  ("Germany", T, neu, "Burundi", "Berlin = metonym; appeal to join the mediation"))
U(d, "Government spokesman Prosper Ntahorwamiye said Bujumbura would not take lessons", "suspending its aid.",
  ("Burundi", C, neg, "European Union", "rejection of EU criticism + accusation"))
U(d, "Belgium's Foreign Minister Didier Reynders told Belgian radio", "back together.",
  ("Belgium", C, neg, "Burundi", "'a missed opportunity' = mild negative judgement (unsure: could be neutral)"))
U(d, "The chairperson of the African Union Commission, Moussa Faki Mahamat, noted", "ahead of the 2020 polls.",
  ("African Union", T, pos, "", "notes the peaceful vote + appeal for dialogue to both sides -> calling_for_talks (welcome + appeal)"))
U(d, "The EAC facilitator, former Tanzanian President Benjamin Mkapa, said", "would attend.",
  ("East African Community", T, pos, "", "facilitator speaks for the EAC; convening talks + hope"))
U(d, "United Nations Secretary-General Antonio Guterres called through his spokesman", "all Burundians.",
  ("United Nations", T, neu, "", "appeal for an inclusive process and protection of rights; no single party addressed -> target empty (changed at the random re-check)"))
U(d, "The UN refugee agency said more than 400,000 Burundians", "since the crisis began in April 2015.",
  ("United Nations", N, neu, "", "UNHCR = UN; figures"))
U(d, "Human Rights Watch said security forces and members of the Imbonerakure had killed", "in the weeks before the vote.",
  ("Human Rights Watch", C, neg, "Burundi", "accusation by describing abuses"))
# "At least 26 people were killed on May 11 ..." = casualty narration; the government's blame is only a relative clause of background (no row). "No group has claimed" = non-answer.
U(d, "Dr. Jean-Bosco Hakizimana, a Burundian political analyst based in Nairobi, said", "since the Arusha agreement.",
  ("Jean-Bosco Hakizimana", N, neg, "", "invented analyst; description of the new powers, no explicit judgement"))
U(d, "\"This is a one-party constitution with a multiparty label", "he said.",
  ("Jean-Bosco Hakizimana", C, neg, "", "judgement of the constitution and of the region's passivity -> several targets, empty"))
U(d, "Hakizimana said the EAC should set a firm timetable", "staying away from them.",
  ("Jean-Bosco Hakizimana", T, neu, "East African Community", "appeal for firmer mediation = calling_for_talks"))
# The unnamed trader is not an actor (no row). Comments get no row.
