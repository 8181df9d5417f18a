# ------------------------------------------------------------------ Turkish drilling off Cyprus and the EU's measures (Cypriot English-language site, full HTML, 2019-07-15)
d = "page_cyprus_drilling_eu_webpage.html"
# Not statements: GDPR bar, top bar, logo/strap, nav, category path, headline, excerpt, byline/meta, share bar,
# figcaptions with credits, crossheads, ADVERTISEMENT, "Also read:", the "How we got here" timeline bullets, tags,
# newsletter box, comments, most read, footer.
U(d, "EU foreign ministers on Monday suspended negotiations with Turkey", "exclusive economic zone.",
  ("European Union", C, neg, "Turkey", "lead: suspended talks, frozen dialogue and a funding cut = measures (sanctions) against another side"))
U(d, "Meeting in Brussels, the ministers said in their conclusions", "relationship with Ankara.",
  ("European Union", C, neg, "Turkey", "'deplored', 'illegal' = judgement; Brussels = place; 'Ankara' = Turkey as object"))
U(d, "They also asked the European Investment Bank to take a fresh look", "in case the drilling continued.",
  ("European Union", C, neg, "Turkey", "'They' = the ministers; lending review + targeted measures prepared = further measures threatened"))
U(d, "At the same time, the Council welcomed Nicosia's offer", "under international law.",
  ("European Union", T, pos, "", "welcome + appeal for negotiation, no judgement in the sentence: rule 2 before rule 3; Nicosia and Ankara are objects; both sides addressed -> target empty"))
U(d, "Leaders at the June 20 summit had already put Ankara on notice", "shoulder to shoulder with Cyprus.",
  ("European Union", C, neg, "Turkey", "European Council summit = EU; earlier warning of a response = threat (a specific past statement recalled, not vague background)"))
U(d, "Speaking to reporters after the meeting, Mogherini said the decisions showed", "a member state's sovereignty.",
  ("European Union", S, pos, "Cyprus", "surname only (named in full earlier); unity behind Cyprus = solidarity"))
U(d, "Her message to Ankara was blunt: “We have no interest in a confrontation with Turkey.", "sit down and talk.”",
  ("European Union", T, neu, "Turkey", "quote opened after a colon, two sentences, no closing attribution: 'Her' = Mogherini by context; wants the drilling to stop and the neighbours to talk, no judgement = calling_for_talks; Ankara = addressee"))
U(d, "On his way into the meeting, Germany's minister of state for Europe, Michael Roth,", "look the other way.",
  ("Germany", C, neg, "Turkey", "role then name; 'had gone too far' = judgement without stock words; Roth not declared (no longer in office)"))
U(d, "Greek Foreign Minister Nikos Dendias, attending his first EU gathering", "whatever course Ankara chose.",
  ("Greece", S, pos, "Cyprus", "Athens = metonym (speaker), Nicosia = metonym (object); solidarity"))
U(d, "Athens also announced that Prime Minister Kyriakos Mitsotakis would visit Nicosia", "head of government.",
  ("Greece", S, pos, "Cyprus", "first foreign trip to Nicosia as a sign of backing = backing by act (unsure: could be read as a neutral plan)"))
U(d, "Government spokesman Prodromos Prodromou welcomed the conclusions as a first step", "pull its ships out.",
  ("Cyprus", C, neg, "Turkey", "welcome + call for tougher sanctions against Turkey and the companies = a call for sanctions (condemning), not an appeal for talks; Nicosia = metonym; Prodromou not declared (no longer spokesman)"))
U(d, "Foreign Minister Nikos Christodoulides, who attended the meeting, thanked his EU counterparts", "its sovereign rights.",
  ("Cyprus", S, pos, "European Union", "thanks to the EU partners = supporting; Christodoulides not declared (left the foreign ministry, now president)"))
U(d, "The government said earlier this month that it had started legal proceedings", "over the Yavuz operation.",
  ("Cyprus", C, neg, "", "'The government' = Cyprus's by context; legal action against companies = a measure against non-state targets -> target empty (as batch5c)"))
U(d, "President Nicos Anastasiades, who will chair a meeting of the National Council", "whitewash Turkey's violations.",
  ("Cyprus", C, neg, "Turkey", "'Turkey's violations' = judgement; Akinci's proposal is only mentioned here (object)"))
U(d, "Akinci's proposal, made public on Saturday,", "to cooperate on hydrocarbons.",
  ("Northern Cyprus authorities", T, pos, "Cyprus", "Turkish Cypriot leader = Northern Cyprus authorities (name files); proposal of a joint committee = offer of cooperation/talks addressed to the Greek Cypriot side; Akinci not declared (left office in 2020)"))
U(d, "In a statement issued late on Monday, the Turkish foreign ministry said the EU had shown once more", "out of its text altogether.",
  ("Turkey", C, neg, "European Union", "'could not be even-handed' = judgement of the EU"))
U(d, "Far from backing down, Ankara would widen its operations around the island", "the statement said.",
  ("Turkey", C, neg, "", "attribution tail; defiance + expansion of operations = threatened response, aimed at the EU and Cyprus -> target empty"))
U(d, "Foreign Minister Mevlut Cavusoglu had said at the weekend", "more Turkish ships to the area.",
  ("Turkey", C, neg, "European Union", "threat in answer to sanctions; Cavusoglu not declared (left office)"))
U(d, "Vice President Fuat Oktay, visiting the north earlier this month,", "would come to regret it.",
  ("Turkey", C, neg, "", "threat without naming anyone -> target empty; 'the north' = place"))
U(d, "Turkish Energy Minister Fatih Donmez said last week that the Yavuz would begin drilling", "west of Paphos.",
  ("Turkey", N, neu, "", "own operation announced as a plan, no judgement = neutral"))
U(d, "In the north, Turkish Cypriot 'foreign minister' Kudret Ozersay said the EU had once again sided", "an honest broker.",
  ("Northern Cyprus authorities", C, neg, "European Union", "Turkish Cypriot administration = Northern Cyprus authorities; 'sided with one community' = judgement of the EU"))
U(d, "In a statement on July 9, the US State Department called the dispatch of the Yavuz a provocative step", "raise tensions.",
  ("United States", C, neg, "Turkey", "'provocative' + a demand to stop + appeal to all: rule 1"))
U(d, "In New York, UN spokesman Stephane Dujarric said the Secretary-General hoped", "through dialogue.",
  ("United Nations", T, pos, "", "hope for a peaceful resolution = calling_for_talks; New York = place"))
U(d, "ExxonMobil, which announced a large gas find in block 10 in February,", "going ahead as planned.",
  ("ExxonMobil", N, neu, "", "company under its own name (name files); own plans, no evaluation"))
# The unnamed Nicosia-based diplomat, the Fatih/Yavuz narration, the timeline bullets and the background paragraphs
# ("Turkey does not recognise the Republic of Cyprus and says ...": a standing claim in background) get no rows.
