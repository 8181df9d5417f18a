# ------------------------------------------------------------------ Biden's recognition of the Armenian genocide, Turkey's response
# Turkish state media in English (scraped .txt), 2021-04-25
d = "page_armenian_recognition_statemedia.txt"
# Not statements: masthead, menus, section, headline, standfirst, byline, share bars, photo captions ("Photo 1 of 3"),
# ADVERTISEMENT, crossheads ("Cavusoglu: 'vote-seeking'", "Parties close ranks", "Baku, Islamabad stand with Ankara",
# "Yerevan welcomes move"), "Related:" links, SOURCE line, tags, newsletter prompt, EXPLORE and MOST READ lists, footer.
U(d, "Turkey's Foreign Ministry summoned US Ambassador David Satterfield", "years to undo.",
  ("Turkey", C, neg, "United States", "dateline excluded; long lead: summoning the envoy + 'no standing in international law' + damage to ties = a measure and a judgement; the US statement itself is narrated here"))
U(d, "Deputy Foreign Minister Sedat Onal, who received Satterfield", "the ministry said.",
  ("Turkey", C, neg, "United States", "role then name; attribution tail; accusation that the decision followed lobbying, not history ('diaspora hardliners' are an object, not speakers)"))
# "In a written statement released earlier the same evening, the ministry went further." -> lead-in, no row
U(d, "“A head of state who holds no mandate", "the ministry said.",
  ("Turkey", C, neg, "United States", "multi-sentence quote closed by its speaker = one unit; judgement without stock words ('no mandate to sit as a court of history', 'takes a great deal away from the trust')"))
U(d, "It demanded that Washington withdraw the statement", "in the coming days.",
  ("Turkey", C, neg, "United States", "'It' = the ministry; demand + announced response ('would weigh its response') = a threat; Washington = metonym as object"))
U(d, "Biden, in a statement released on April 24", "by his predecessors.",
  ("United States", C, neg, "", "recognition of the 1915 killings as genocide = a negative judgement on a historical act; aimed at the Ottoman-era killings, not at a present actor -> target empty (unsure: could be read as neutral narration of the statement)"))
U(d, "A senior administration official told reporters before the statement", "the Turkey of today.",
  ("United States", N, neu, "", "unnamed official of a named government = United States; disclaims any blame on present-day Turkey = reassurance/denial of intent, neutral"))
# "Foreign Minister Mevlut Cavusoglu was the first Turkish official to react, ..." -> narration of timing, no position, no row
U(d, "Cavusoglu, writing on Twitter, dismissed the statement", "between Turks and Armenians.",
  ("Turkey", C, neg, "United States", "surname only; leader on social media; 'vote-seeking' = judgement without stock words"))
U(d, "He said Turkey's state archives had been open", "rather than a slogan.",
  ("Turkey", T, neu, "", "'He' = Cavusoglu; open archives + the standing offer of a joint historians' commission = an offer of talks; the 'slogan' jab is implicit, no judgement word (unsure: could be condemning)"))
U(d, "In a message read out at a service at the Armenian Patriarchate", "First World War.",
  ("Turkey", N, pos, "", "condolences to the descendants of Ottoman Armenians (not an actor) = no stance on an actor; neutral, positive tone"))
U(d, "Erdogan wrote to Patriarch Sahak Mashalian that outsiders", "neither Turks nor Armenians.",
  ("Turkey", C, neg, "", "surname only; judgement on unnamed 'outsiders' who used the question against Turkey; the patriarch is the addressee, not a speaker; target empty (the US is implied, not named)"))
U(d, "He also invited Yerevan to take up Ankara's offer", "could do so again.",
  ("Turkey", T, pos, "Armenia", "'He' = Erdogan; offer of normal relations addressed to Armenia (Yerevan = metonym as object, Ankara = metonym in an object phrase)"))
U(d, "Presidential spokesman Ibrahim Kalin told TVW on Sunday", "of its own choosing\".",
  ("Turkey", C, neg, "United States", "threatened response ('at a time and in a manner of its own choosing'); the outlet is only the medium"))
U(d, "Fahrettin Altun, the presidency's communications director", "an ally of seventy years.",
  ("Turkey", C, neg, "United States", "name then role; judgement without stock words"))
# "The reaction cut across party lines." -> summary line before the specific statements, no row
U(d, "Nationalist Movement Party (MHP) leader Devlet Bahceli", "use the Incirlik air base.",
  ("Nationalist Movement Party", C, neg, "United States", "party under its own name; 'unwarranted and provocative' + a measure proposed against US forces"))
U(d, "The main opposition Republican People's Party (CHP)", "verdicts on history.",
  ("Republican People's Party", C, neg, "United States", "opposition party rejecting the move; the chairman speaks for the party"))
# "Small groups gathered outside the US Consulate General ..." -> scene, no named speaker, no row
U(d, "The US Embassy in Ankara said its consular sections", "possible demonstrations.",
  ("United States", N, neu, "", "own precautionary measure and a warning to its citizens; no stance on another actor; Ankara etc. = places"))
# "Azerbaijan's President Ilham Aliyev telephoned Erdogan on Saturday evening." -> narration of a call, no row
U(d, "Aliyev told Erdogan that Washington had made a serious misjudgement", "according to a readout from his office.",
  ("Azerbaijan", C, neg, "United States", "judgement without stock words ('serious misjudgement', 'could undo the regional thaw'); reported by the presidency's readout"))
U(d, "Erdogan thanked Aliyev for standing by Turkey", "the readout added.",
  ("Turkey", S, pos, "Azerbaijan", "Turkey's thanks reported in Azerbaijan's readout = Turkey's statement (supporting); attribution tail"))
U(d, "Hikmet Hajiyev, foreign policy adviser to the Azerbaijani president", "new realities in the region.",
  ("Azerbaijan", C, neg, "United States", "presidential adviser on Twitter = Azerbaijan; judgement of the US decision (those in Armenia who 'refused to accept' are an object)"))
U(d, "Pakistan's Foreign Minister Shah Mahmood Qureshi telephoned Cavusoglu", "Turkish diplomatic sources said.",
  ("Pakistan", S, pos, "Turkey", "Pakistan's position reported by Turkish sources = Pakistan's statement; Turkey takes no position in this sentence (no Turkey row); Islamabad = metonym"))
U(d, "In a separate statement, the Foreign Office in Islamabad said history belonged", "did not name the United States.",
  ("Pakistan", C, neg, "", "judgement that history is being 'turned into a weapon' of politics, aimed at no named actor -> target empty (unsure: could be read as a neutral principle)"))
U(d, "It commended Turkey for keeping its archives open", "commission of historians.",
  ("Pakistan", S, pos, "Turkey", "'It' = the Foreign Office; praise = supporting"))
U(d, "The Turkish Foreign Ministry replied on Twitter with thanks", "to grow.",
  ("Turkey", S, pos, "Pakistan", "thanks to its 'brotherly' partner (Pakistan by context)"))
U(d, "Turkish Cypriot President Ersin Tatar said the statement ignored", "a shared tragedy.",
  ("Northern Cyprus authorities", C, neg, "United States", "Tatar = Northern Cyprus authorities (name files); 'one-sided reading' = judgement"))
U(d, "In Yerevan, where crowds marched to the Tsitsernakaberd memorial", "a difficult time for his country.",
  ("Armenia", S, pos, "United States", "Yerevan = place here; thanks posted on Facebook = supporting the US"))
U(d, "Armenia's Foreign Ministry also welcomed the decision", "follow the US example.",
  ("Armenia", S, pos, "United States", "welcome + an expectation that others recognise too (not a peace appeal) = supporting (rule 3)"))
U(d, "Pashinyan, who hailed the US decision in his commemoration address", "in last year's war.",
  ("Armenia", C, neg, "Turkey", "welcome + judgement in one sentence = condemning (rule 1); Ankara = metonym for Turkey; Azerbaijan is an object"))
U(d, "Turkish officials have repeatedly rejected the accusation", "political and moral.",
  ("Turkey", N, neg, "", "'Turkish officials' = officials of a named government; denial of involvement = neutral, negative (unsure: habitual background, could be left without a row)"))
U(d, "The White House said in its account of a telephone call on Friday", "in Brussels in June.",
  ("United States", T, pos, "Turkey", "the White House's own account: wish to widen cooperation, handle differences calmly, agreement to meet = calling_for_talks"),
  ("Turkey", T, neu, "United States", "Erdogan's agreement to meet, reported by the White House = Turkey's statement (a position of X reported by Y); unsure"))
# "The Turkish presidency's own readout of the call made no mention of the 1915 statement." -> a non-statement, no row
# "Turkey has long argued ..." and the count of recognising countries -> background, no row
# The unnamed Ankara scholar -> not an actor, no row
