# ------------------------------------------------------------------ Abiy Ahmed says Red Sea access is existential; Eritrea, Djibouti and Somalia respond (scraped regional news page, 2023-10-20)
d = "page_ethiopia_redsea_scraped.txt"
U(d, "Ethiopia's neighbours have pushed back against Prime Minister Abiy Ahmed's claim", "not up for discussion.",
  ("Eritrea", C, neg, "Ethiopia", "lead after the dateline: three states listed as rejecting Abiy's claim ('not up for discussion') = firm rejection aimed at Ethiopia; one row per listed state"),
  ("Djibouti", C, neg, "Ethiopia", "same list"),
  ("Somalia", C, neg, "Ethiopia", "same list"))
U(d, "In a speech to ruling party members and officials that was broadcast by state television", "locked away from it forever.",
  ("Ethiopia", N, neu, "", "Abiy states his country's need; no actor judged and no appeal (unsure: could be read as a demand on the coastal neighbours); state television is not an actor"))
U(d, "He warned that a region which denied Ethiopia a fair share of the sea", "lasting peace.",
  ("Ethiopia", C, neg, "", "veiled threat = condemning; aimed at 'a region', no single actor -> target empty"))
U(d, "\"Our children will judge us on whether we secured a door to the sea,\" Abiy said in the speech.", "\"Our children will judge us on whether we secured a door to the sea,\" Abiy said in the speech.",
  ("Ethiopia", N, neu, "", "the quote's first sentence, closed by its speaker: a national aim, no judgement"))
U(d, "\"We do not want to take anything by force.", "\"We do not want to take anything by force.",
  ("Ethiopia", N, pos, "", "quotation continued after the attribution: reassurance about its own conduct = neutral, positive"))
U(d, "But we have to talk about this openly", "make the problem disappear.\"",
  ("Ethiopia", T, neu, "", "same quote: call to discuss the question openly = calling_for_talks"))
U(d, "Abiy also floated the idea that neighbours could take stakes", "through negotiation.",
  ("Ethiopia", T, pos, "", "offer of a swap of stakes + negotiation = calling_for_talks; no single neighbour named"))
U(d, "Its Ministry of Information dismissed the recent chatter about water and sea access", "left observers bewildered.",
  ("Eritrea", C, neg, "", "'overblown ... left observers bewildered' = judgement without stock words; the statement names nobody -> target empty"))
U(d, "It said Eritrea had no intention of being pulled into the argument", "keep calm.",
  ("Eritrea", T, neu, "", "'It' = the ministry; refusal to be drawn in + appeal for calm, no judgement in this sentence"))
U(d, "Alexis Mohamed, a senior adviser to Djibouti's President Ismail Omar Guelleh", "subject of any bargaining.",
  ("Djibouti", C, neg, "Ethiopia", "presidential adviser speaks for Djibouti: firm rejection of any bargaining over its borders (brief: 'firmly rejects' = condemning) (unsure: no judgement word)"))
U(d, "He said Djibouti, whose port handles most of Ethiopia's imports and exports", "by peaceful means.",
  ("Djibouti", T, pos, "Ethiopia", "openness to cooperation by peaceful means; Addis Ababa = metonym"))
U(d, "Somalia's state minister for foreign affairs, Ali Omar, said Somalia would not discuss", "beyond negotiation.",
  ("Somalia", C, neg, "Ethiopia", "refusal + 'beyond negotiation' aimed at Ethiopia's quest = firm rejection"))
U(d, "Ethiopia's foreign ministry spokesperson, Ambassador Meles Alem, told the ministry's weekly briefing", "the prime minister's words.",
  ("Ethiopia", N, neg, "", "denial of invasion plans ('a distortion') = neutral, negative tone; the reports are no actor"))
U(d, "Meles said the prime minister had raised a legitimate question", "calmly around a table.",
  ("Ethiopia", T, neu, "", "appeal for regional talks, no actor judged"))
U(d, "He praised Djibouti as a reliable partner", "for decades.",
  ("Ethiopia", S, pos, "Djibouti", "praise of another state = supporting; 'He' = Meles"))
U(d, "Getachew Reda, president of the Tigray Interim Administration, wrote on Facebook", "the last one.",
  ("Tigray Interim Administration", N, neg, "", "'would be catastrophic' = concern without an appeal = neutral, negative"))
U(d, "\"These remarks were reckless, and every capital on the coast heard them as a threat,\" she said.", "\"These remarks were reckless, and every capital on the coast heard them as a threat,\" she said.",
  ("Hodan Warsame", C, neg, "Ethiopia", "named independent analyst (invented) = actor under her own name; 'reckless' = judgement; the lead-in sentence 'was blunter' takes no position (no row)"))
U(d, "\"Addis Ababa has real economic grievances", "she added.",
  ("Hodan Warsame", C, neg, "Ethiopia", "quote continued after the attribution; accusation that Addis Ababa (metonym) ties peace to its neighbours' maps"))
U(d, "A State Department spokesperson said Washington was following the exchanges", "closely.",
  ("United States", N, neg, "", "monitoring without an appeal = neutral"))
U(d, "Mike Hammer, the US special envoy for the Horn of Africa, urged all governments", "inflame tensions.",
  ("United States", T, neu, "", "appeal to all governments for dialogue and restraint"))
U(d, "African Union Commission chairperson Moussa Faki Mahamat said he hoped", "good neighbourliness.",
  ("African Union", T, pos, "", "hope for a peaceful handling = calling_for_talks"))
U(d, "Officials in Asmara did not respond to requests for further comment", "directly with Guelleh.",
  ("Djibouti", N, neu, "", "Djibouti's foreign ministry declines to comment = neutral (as batch5c's Peskov); Asmara's non-response gets no row"))
