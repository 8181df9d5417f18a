# ------------------------------------------------------------------ Akcakale shelling, Turkey's retaliation and the parliament mandate (Turkish state media, 2012-10-09)
d = "page_akcakale_mandate_statemedia.txt"
# Not statements: agency name, language bar, menu, section, time stamps, headline, [PHOTO] captions with credits and "1 of 3",
# crossheads, ADVERTISEMENT, RELATED NEWS, tags, share bar, subscribe prompt, most read, copyright.
U(d, "Turkish artillery units on the Syrian border returned fire again on Monday", "judges it necessary.",
  ("Turkey", C, neg, "Syria", "dateline 'ANKARA (TNA) - ' excluded; long lead: own retaliation + the mandate for cross-border operations = announced operations against another side (condemning); Hatay = place"))
# "Five Turkish citizens ... were killed ..." = casualty narration from no named source, no row.
U(d, "The Prime Ministry said in a written statement on the night of the attack", "for such incidents require.",
  ("Turkey", N, neu, "", "own strike reported as done, with no judgement = neutral"))
U(d, "\"The regime in Damascus should know that this blood", "the statement said.",
  ("Turkey", C, neg, "Syria", "multi-sentence quote closed by 'the statement said'; threat of a response"))
U(d, "On Thursday the Turkish Grand National Assembly approved", "for one year.",
  ("Turkey", C, neg, "", "parliament authorises operations abroad = a measure announced (the target is named in the next sentence; here none -> empty) (unsure: could be neutral procedure)"))
U(d, "The motion said that the Syrian army's repeated aggression", "Turkey's national security.",
  ("Turkey", C, neg, "Syria", "the government motion = Turkey; accusation of aggression"))
# "The motion passed by 320 votes to 129." = narration, no row.
U(d, "Deputy Prime Minister Besir Atalay told reporters after the vote", "international institutions.",
  ("Turkey", N, neu, "", "reassurance about the mandate's purpose, no judgement, no appeal; Damascus = metonym as object"))
U(d, "Atalay said Damascus had acknowledged responsibility", "would not happen again.",
  ("Turkey", N, neu, "", "surname only; report of Syria's apology, no judgement"),
  ("Syria", N, pos, "", "position of Syria reported by another party's minister: apology + assurance (guide: 'a position of X reported by Y is X's statement')"))
# "The main opposition Republican People's Party (CHP) voted against the motion." = summary of a vote, no row; its leader's sentence carries the position.
U(d, "Its leader, Kemal Kilicdaroglu, said the text had no clear limits", "diplomacy and the United Nations.",
  ("Republican People's Party", T, neg, "", "'Its' = the CHP's; warning + appeal for diplomacy, no explicit judgement of an actor = calling_for_talks"))
U(d, "Prime Minister Recep Tayyip Erdogan, addressing a ceremony in Istanbul on Friday", "with any of its neighbours.",
  ("Turkey", N, neu, "", "no wish for war = reassurance about own conduct (the threat follows in the next unit)"))
U(d, "\"But let no one mistake our calm for weakness.", "Erdogan said.",
  ("Turkey", C, neg, "", "threat, no side named in the unit -> target empty"))
U(d, "Chief Adviser to the Prime Minister Ibrahim Kalin wrote on Twitter", "every attack will be answered.\"",
  ("Turkey", C, neg, "", "social media; the warning of a response decides"))
U(d, "Chief of General Staff Gen. Necdet Ozel, who visited units in Akcakale", "if the firing continued.",
  ("Turkey", C, neg, "", "the army speaks for its state; own responses (facts) + threat of heavier fire"))
U(d, "Foreign Minister Ahmet Davutoglu, who has been in contact", "the ministry said.",
  ("Turkey", N, neu, "", "diplomatic contacts reported, no position stated; Ban and Brahimi are objects, not speakers"))
U(d, "In a letter to the president of the U.N. Security Council, Turkey's Permanent Representative", "the Syrian regime's aggression.",
  ("Turkey", C, neg, "Syria", "judgement + request to the Council to stop 'aggression'"))
U(d, "NATO's North Atlantic Council, meeting in Brussels late on October 3", "a member of the alliance.",
  ("NATO", C, neg, "Syria", "condemnation + demand to halt (rule 1); Brussels = place"))
U(d, "The alliance said Turkey's security was the security of all its members", "at its side.",
  ("NATO", S, pos, "Turkey", "solidarity with an ally = supporting"))
U(d, "Speaking in Brussels on Monday, NATO Secretary General Anders Fogh Rasmussen said", "was in place.",
  ("NATO", S, neu, "Turkey", "defence planning for an ally = backing (unsure: could be read as a deterrent warning to Syria)"))
U(d, "The U.N. Security Council on October 4 adopted a press statement", "neighbours' borders.",
  ("United Nations", C, neg, "Syria", "Council press statement: condemnation + condolences + demand (rule 1)"))
U(d, "The statement ended with an appeal to all concerned to hold back.", "to hold back.",
  ("United Nations", T, neu, "", "appeal for restraint addressed to all = calling_for_talks"))
U(d, "Secretary-General Ban Ki-moon, in a separate statement issued by his spokesperson", "with Damascus open.",
  ("United Nations", T, neg, "Turkey", "alarm + appeal to keep channels open = calling_for_talks, negative"))
U(d, "U.S. Secretary of State Hillary Clinton said Washington was sickened", "stood with its ally.",
  ("United States", C, neg, "Syria", "judgement without a stock word + backing of Turkey: the judgement decides (rule 1)"))
U(d, "Russian Foreign Minister Sergei Lavrov said Syria had told Moscow", "would not recur.",
  ("Russia", N, neu, "", "relays Syria's message, no evaluation of his own"),
  ("Syria", N, neu, "", "Syria's assurance reported by Lavrov = Syria's statement; an explanation, not a judgement"))
U(d, "Lavrov said it was essential for Ankara and Damascus to avoid any step", "talk to each other directly.",
  ("Russia", T, neu, "", "appeal to both sides for de-escalation and direct talks; capitals as metonyms"))
U(d, "In Damascus, Information Minister Omran al-Zoubi offered condolences", "had been fired from.",
  ("Syria", N, pos, "", "condolences to the victims' families + investigation (unsure: condolences could count as supporting Turkey); Damascus = place"))
U(d, "Syria's envoy to the United Nations, Bashar Jaafari, told reporters in New York", "had not finished.",
  ("Syria", N, neu, "", "no escalation wanted + no apology yet: contradicts Atalay's account; reassurance + procedure = neutral"))
U(d, "In a letter to the Council, Jaafari said Turkey should stop armed groups", "against its neighbour.",
  ("Syria", C, neg, "Turkey", "demand + explicit accusation (rule 1)"))
U(d, "Assoc. Prof. Selin Akbas of the Ankara Institute for Strategic Thinking said", "a ground operation was being planned.",
  ("Selin Akbas", N, neu, "", "independent scholar (invented); reading of the mandate"))
U(d, "\"The mandate is about deterrence.", "Akbas told TNA.",
  ("Selin Akbas", N, neg, "", "risk scenario, no judgement; 'told TNA' = the outlet, not an actor"))
U(d, "Retired ambassador Oguz Karaman, who served in Damascus in the 1990s, said", "died because of that.\"",
  ("Oguz Karaman", C, neg, "Syria", "former official = independent person (invented); explicit judgement of the regime"))
U(d, "He said Turkey's best course was to keep its response measured", "would like to see.\"",
  ("Oguz Karaman", T, neu, "Turkey", "appeal for a measured, multilateral course = calling_for_talks (the jab at the regime is the reason, not the point)"))
