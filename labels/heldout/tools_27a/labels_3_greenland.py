# ------------------------------------------------------------------ Trump's Greenland remarks and Denmark's response (Nordic English-language news site, full HTML, 2025-01-28)
d = "page_greenland_trump_nordicsite.html"
# No row: consent bar, brand, nav, breadcrumbs, kicker, headline, standfirst, byline, share bar, captions ("1 of 2"), ads, crossheads, Related:, credits, tags, newsletter, comments, most read, footer.
U(d, "Danish Prime Minister Mette Frederiksen crossed Europe on Tuesday", "owning the island.",
  ("Denmark", N, neu, "", "long lead: own tour to gather support and the Arctic money (Copenhagen = metonym) = own plans, no judgement"),
  ("United States", C, neg, "Denmark", "Trump's claim reported inside the lead: insisting Washington will own another state's territory = hostile claim (as 26a's Essequibo measures; unsure); Washington = metonym"))
U(d, "The Danish Defence Ministry said on Monday evening that the 14.6-billion-kroner package", "the Faroe Islands.",
  ("Denmark", N, neu, "", "own defence measures and partners; Greenland and the Faroes are parties named as objects of 'agreed with' (no rows)"))
U(d, "\"We have to be honest that the security situation in the Arctic", "reporters in Copenhagen.",
  ("Denmark", N, neg, "", "defence minister, quote closed by its speaker; concern with no appeal and no one named = neutral, negative"))
U(d, "\"This is the first step, not the last one.\"", "\"This is the first step, not the last one.\"",
  ("Denmark", N, neu, "", "quote continued after the attribution, same speaker: own plan"))
# "Frederiksen's first stop was Berlin, where neither she nor ... said the word Greenland ..." narration of a non-mention: no row. "They did not need to." outlet's comment: no row.
U(d, "Scholz said Russia had trampled the principle that frontiers are fixed", "large or small.",
  ("Germany", C, neg, "Russia", "explicit judgement on Russia's invasion; the implied US is not named"))
U(d, "\"No frontier may be shifted with weapons,\" he said", "\"Whoever needs to hear this.\"",
  ("Germany", T, neu, "", "principle stated with no one named; appeal not to use force, no judgement on a named actor = calling_for_talks (guide: 'opposes any escalation' aimed at no one); quote opened after a colon; unsure"))
U(d, "Frederiksen, for her part, spoke of a harsher world", "more of it together.",
  ("Denmark", N, neu, "", "own view of Europe's security, no actor named, no appeal for talks"))
# "From Berlin she flew to Paris ..." itinerary narration: no row (Macron is only met).
U(d, "Rutte did not comment on the dispute, saying only", "work on it together.",
  ("NATO", N, neu, "", "no comment + a general line on allied work = neutral"))
U(d, "French Foreign Minister Jean-Noël Barrot said in a radio interview that France had told Copenhagen", "if Denmark asked for it.",
  ("France", S, pos, "Denmark", "offer of help including military = supporting; Copenhagen = metonym"))
U(d, "Speaking to Danish reporters in Brussels, Frederiksen said she had heard strong backing", "that day.",
  ("Denmark", N, pos, "", "report of support received from unnamed leaders: her own account, neutral with positive tone; the backers are not named (no rows)"))
U(d, "\"Greenland's future belongs to the people of Greenland", "the American president's demand.",
  ("Denmark", C, neg, "United States", "refusal of the US demand in protest ('rejecting once more') = condemning (unsure: could be read as a neutral statement of position)"))
# "Trump has not backed down." summary line before the specific statements: no row.
U(d, "Speaking to reporters aboard Air Force One on Saturday, he said he believed", "be with America.",
  ("United States", C, neg, "Denmark", "claim to another state's territory; 'he' = Trump (US president since 20 January)"))
U(d, "He said Denmark would be making a big mistake if it stood in the way", "\"the free world\".",
  ("United States", C, neg, "Denmark", "veiled threat to Denmark"))
U(d, "Earlier this month, asked at his Florida resort whether he would rule out", "give that assurance.",
  ("United States", C, neg, "", "refusing to rule out economic or military pressure = a threat; Greenland's and Panama's owners both implied -> target empty. Speaker then president-elect (unsure: he did not yet hold the office)"))
# "Several European officials who were briefed ..." unnamed officials tied to no named body; press reports: no row.
U(d, "In Nuuk, Greenland's Prime Minister Múte B. Egede said in a post on Facebook", "by them alone.",
  ("Greenland", C, neg, "United States", "Egede = Greenland (name files); rejection of the US claim ('nobody's property'); Nuuk = place"))
U(d, "He also said Greenland was open to doing more business with the United States", "dealt with Nuuk directly.",
  ("Greenland", T, pos, "United States", "offer of cooperation on a condition = calling_for_talks (conditional offers count); Nuuk = metonym"))
U(d, "Greenland's foreign minister, Vivian Motzfeldt, said the island's government had asked for a meeting", "waiting for an answer.",
  ("Greenland", T, neu, "United States", "asking for a meeting = calling_for_talks; 'the new administration' = the US by context"))
U(d, "Danish Foreign Minister Lars Løkke Rasmussen struck a similar note", "1951 defence agreement.",
  ("Denmark", T, pos, "United States", "readiness to discuss = offer of talks"))
# Copenhagen-based researcher ("buy time and buy ships") and the Nuuk fisherman: not actors, no rows.
# Trump Jr.'s visit, business leaders' meeting, the coat of arms, Egede's election plan, Pituffik: background, no rows.
U(d, "The prime ministers of Sweden, Norway and Finland, who dined with Frederiksen", "stood firmly with Denmark.",
  ("Sweden", S, pos, "Denmark", "list of three leaders each stating backing: one row per state"),
  ("Norway", S, pos, "Denmark", "same list"),
  ("Finland", S, pos, "Denmark", "same list; Finland declared in new_actors.csv"))
U(d, "The EU's foreign policy chief, Kaja Kallas, said the bloc would not accept threats", "whoever made them.",
  ("European Union", C, neg, "", "'would not accept threats' = judgement/warning; nobody named -> target empty (unsure: could be an appeal aimed at no one)"))
U(d, "In Moscow, Kremlin spokesman Dmitry Peskov said the Arctic was a region", "with attention.",
  ("Russia", N, neu, "", "statement of interest + monitoring, no judgement; Moscow = place"))
