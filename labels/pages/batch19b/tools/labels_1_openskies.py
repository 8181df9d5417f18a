# ------------------------------------------------------------------ US withdrawal from the Open Skies Treaty (Russian state media in English, 2020-05-22)
d = "page_openskies_withdrawal_statemedia.txt"
# Not statements: headline, standfirst, photo captions ("Photo 1 of 3 ..."), crossheads, "Also read:" links,
# ADVERTISEMENT, tags, "More news", "Most read", newsletter prompt, copyright. Dateline "MOSCOW, May 22. /ROSINFORM/. " excluded.
U(d, "Moscow sees no legal or technical grounds", "told ROSINFORM on Friday.",
  ("Russia", C, neg, "United States", "dateline excluded; Moscow = metonym; Grushko (deputy FM, role then name at the end); 'no grounds' + 'one more blow' = judgement of the US decision"))
U(d, "Leaving the treaty, the diplomat said,", "before anyone else.",
  ("Russia", C, neg, "United States", "'the diplomat' = Grushko; judgement without stock words (knocks out a beam of European security)"))
U(d, "\"What the Americans now present as violations", "Grushko said.",
  ("Russia", T, neu, "United States", "multi-sentence quote closed by its speaker = one unit; rebuttal of the charges + readiness to discuss and settle them: rule 2 (offer of talks, no explicit judgement)"))
U(d, "He said he hoped that common sense would prevail", "no less than Moscow does.",
  ("Russia", T, pos, "", "pronoun subject = Grushko; hope that the treaty survives = calling_for_talks; addressed to several European states -> target empty"))
U(d, "US President Donald Trump told reporters at the White House", "had not been keeping to it.",
  ("United States", C, neg, "Russia", "withdrawal announced with an accusation as the reason = condemning; Washington = metonym; Trump not declared (left office)"))
U(d, "He went on to say that he expected the two countries", "if Moscow changed course.",
  ("United States", T, pos, "Russia", "'He' = Trump; expectation of a new negotiation + open door = offer of talks"))
U(d, "US Secretary of State Mike Pompeo, in a lengthy written statement", "in the United States and Europe.",
  ("United States", C, neg, "Russia", "accusation of flagrant breaches and targeting; Pompeo not declared (left office)"))
U(d, "The withdrawal takes effect six months after the depositaries are notified", "the State Department said.",
  ("United States", N, neu, "", "procedure with an attribution tail"))
U(d, "National Security Adviser Robert O'Brien went further", "golf club in New Jersey.",
  ("United States", C, neg, "Russia", "allegation = condemning; the next sentence 'No evidence was offered for the claim.' is the outlet's aside (no row)"))
U(d, "Foreign Ministry Spokeswoman Maria Zakharova called the American accusations a smokescreen", "nothing to do with Russia's conduct.",
  ("Russia", C, neg, "United States", "counter-accusation: the charges are a pretext"))
U(d, "She said Russia had not breached a single provision", "fully consistent with the text.",
  ("Russia", N, neg, "", "'She' = Zakharova; denial of the accusation = neutral, negative tone"))
U(d, "The Russian Defense Ministry said that every Russian observation flight", "with American inspectors on board.",
  ("Russia", N, neg, "", "ministry = Russia; factual rebuttal of O'Brien's claim = denial (neutral)"))
U(d, "Kremlin Spokesman Dmitry Peskov told journalists that President Vladimir Putin", "any steps of its own.",
  ("Russia", N, neu, "", "Putin briefed + Moscow will study the situation = own procedure, no evaluation"))
U(d, "The Kremlin regrets Washington's course,", "Peskov added.",
  ("Russia", C, neg, "United States", "'regrets' aimed at the US decision = judgement (guide: 'regrettable'); attribution tail"))
U(d, "Konstantin Kosachev, who chairs the Federation Council's foreign affairs committee,", "inspectors' cameras.",
  ("Russia", C, neg, "United States", "senator in his committee role = Russia; Facebook post; imputes a hidden motive = accusation"))
U(d, "Leonid Slutsky, chairman of the State Duma's international affairs committee,", "guaranteed its security.",
  ("Russia", C, neg, "United States", "judgement (taking apart arms control) + warning of a response = condemning"))
U(d, "Deputy Foreign Minister Sergei Ryabkov said Moscow remained ready", "in spite of the decision.",
  ("Russia", T, neu, "United States", "readiness for continued strategic-stability talks = calling_for_talks"))
U(d, "In Minsk, the Belarusian Foreign Ministry said", "with the Russian side.",
  ("Belarus", S, pos, "Russia", "solidarity with Moscow = supporting; Minsk = place, Moscow = object"))
# "European capitals greeted the American move with open dismay." = the outlet's summary line (no row)
U(d, "France, Germany and nine other European countries said in a joint statement", "how Russia was applying the treaty.",
  ("France", C, neg, "", "joint statement: one row per named signatory (the nine unnamed get none); 'sorry to see the US go' = regret of the US act, plus complaints about Russia -> two actors judged, target empty"),
  ("Germany", C, neg, "", "same joint statement; named signatory"))
U(d, "The signatories said they would keep implementing the treaty", "keeping up dialogue with all parties.",
  ("France", T, neu, "Russia", "'The signatories' resolved to the named states; commitment + appeal to Russia to lift restrictions + dialogue, no judgement = calling_for_talks"),
  ("Germany", T, neu, "Russia", "same; named signatory"))
U(d, "German Foreign Minister Heiko Maas said in a separate statement", "talk the Americans out of it.",
  ("Germany", C, neg, "United States", "'no reason to abandon the accord' = judgement of the US step; rule 1 over the diplomacy in the same sentence; Maas not declared (left office)"))
U(d, "He also called on the Russian side to return to full implementation of the treaty.", "of the treaty.",
  ("Germany", T, neu, "Russia", "'He' = Maas; appeal to one side, no judgement word = calling_for_talks"))
U(d, "After an extraordinary meeting of the North Atlantic Council in Brussels on Friday,", "undermining it for years.",
  ("NATO", C, neg, "Russia", "Secretary General speaking for the alliance after the NAC; blame on Moscow = condemning; Brussels = place"))
U(d, "Stoltenberg said the allies remained open to dialogue", "back into compliance.",
  ("NATO", T, neu, "Russia", "surname only; openness to dialogue + return to compliance as the way to keep the treaty = calling_for_talks"))
U(d, "Zakharova said later on Friday that the alliance", "claim to value.",
  ("Russia", C, neg, "NATO", "'the alliance' = NATO (object); judgement without stock words"))
U(d, "According to a source in the alliance, the United States did not obtain the backing", "endorsed the withdrawal.",
  ("NATO", N, neu, "", "unnamed source of a named body speaks for it; an internal fact, no evaluation (unsure: could be left as background). The US effort is only narrated (no US row); the outlet's 'could not independently confirm' has no row"))
# Background section, the unnamed Moscow-based military expert (not an actor) and the photo captions: no rows.
