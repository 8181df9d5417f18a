# ------------------------------------------------------------------ Bahrain strips Sheikh Isa Qassim of citizenship (Gulf/Iranian press round-up, full HTML, 2016-06-22)
d = "page_bahrain_isaqassim_citizenship_2016_roundup.html"
# Not statements: cookie notice, brand, date line, nav, section label, headline, summary, meta/byline, figcaptions with credits
# and "2 of 3", crossheads, Advertisement, tags, share, newsletter box, Read more, reader comments, most read, footer.
# "Bahrain's decision on Monday ... dominated front pages ..." = round-up lead, narration, no row.
# "Thousands of his supporters remained camped ..., witnesses said." and "The move came less than a week after a court suspended
# ... Al Wefaq ..." = narration/background; unnamed witnesses are not actors; no row.
U(d, "The Interior Ministry said in a statement carried by the Bahrain News Agency", "a platform for sedition.",
  ("Bahrain", C, neg, "", "accusation against the cleric (not an actor on this page) of serving a foreign authority; BNA only carries it"))
U(d, "The ministry said the decision had been taken under the citizenship law", "approval of the cabinet.",
  ("Bahrain", N, neu, "", "legal basis and procedure"))
U(d, "It warned that gatherings in Diraz were unlawful", "\"firmly and according to the law\".",
  ("Bahrain", C, neg, "", "'It' = the ministry; threat against the sit-in = threatened measure; target empty (protesters not an actor)"))
U(d, "Foreign Minister Sheikh Khalid bin Ahmed Al Khalifa wrote on Twitter", "in a clear reference to Iran.",
  ("Bahrain", C, neg, "Iran", "warning against outside meddling; Iran named only by the outlet's gloss (unsure about the target)"))
U(d, "On Tuesday the foreign ministry called the statement of an Iranian general", "towards the kingdom.",
  ("Bahrain", C, neg, "Iran", "judgement of Soleimani's statement ('blatant incitement') and of Tehran's intentions"))
# "Akhbar Al Khaleej and Al-Ayam led with ..." and "Kayhan's front page carried ..." = what the papers printed; outlets are not actors; no row.
U(d, "Saudi Arabia's foreign ministry said the kingdom backed \"all measures\"", "the Saudi Press Agency reported.",
  ("Saudi Arabia", S, pos, "Bahrain", "backing of Bahrain's measures; SPA only carries it"))
U(d, "The United Arab Emirates said it stood by Bahrain", "\"those who serve foreign agendas\".",
  ("United Arab Emirates", S, pos, "Bahrain", "solidarity with the steps taken"))
U(d, "Kuwait's cabinet expressed its solidarity with the kingdom", "weekly meeting.",
  ("Kuwait", S, pos, "Bahrain", "solidarity; 'the kingdom' = Bahrain"))
U(d, "Gulf Cooperation Council Secretary-General Abdullatif Al Zayani said the decision was a sovereign matter", "protect its people from incitement.",
  ("Gulf Cooperation Council", S, pos, "Bahrain", "support for a member's decision"))
U(d, "Egypt's foreign ministry said Cairo stood with Bahrain", "internal affairs.",
  ("Egypt", S, pos, "Bahrain", "solidarity + rejection of interference aimed at no named actor = backing of Bahrain"))
U(d, "In a statement carried by the Fars news agency, Major General Qassem Soleimani", "those who signed it\".",
  ("Iran", C, neg, "Bahrain", "IRGC Quds Force commander = Iran; accusation + prediction of the rulers' ruin = threat"))
U(d, "He said the United Nations and Western governments shared the blame", "looking away.",
  ("Iran", C, neg, "", "blame on several actors (UN and Western governments) -> target empty"))
U(d, "The Iranian foreign ministry condemned the decision and called on Manama", "instead of silencing it.",
  ("Iran", C, neg, "Bahrain", "condemnation + appeal for dialogue: rule 1"))
U(d, "Parliament Speaker Ali Larijani told lawmakers that the ruling family", "deepen Bahrain's crisis.",
  ("Iran", C, neg, "Bahrain", "Larijani = Iran in the name files; judgement without stock words ('grave miscalculation')"))
U(d, "Lebanon's Hezbollah said in a statement that the move exposed", "continue their struggle.",
  ("Hezbollah", C, neg, "Bahrain", "judgement of Bahrain's rulers + call to continue the struggle"))
U(d, "Al Wefaq, speaking through officials based abroad, said the decision showed", "any political settlement.",
  ("Al Wefaq", C, neg, "Bahrain", "judgement: the authorities chose confrontation"))
U(d, "It called on its supporters to keep their protests peaceful.", "keep their protests peaceful.",
  ("Al Wefaq", T, neu, "", "'It' = Al Wefaq; appeal for non-violence"))
U(d, "In Washington, State Department spokesman John Kirby said the revocation", "less secure, not more.",
  ("United States", C, neg, "Bahrain", "'a step backwards' = negative judgement without stock words"))
U(d, "Kirby said Washington would keep raising the case", "Fifth Fleet.",
  ("United States", N, neu, "", "diplomatic procedure; the ally clause is the outlet's background"))
U(d, "He asked protesters and police in Diraz alike to avoid violence.", "to avoid violence.",
  ("United States", T, neu, "", "appeal to both sides for restraint"))
U(d, "British Foreign Office minister Tobias Ellwood said London had raised the case", "due process was followed.",
  ("United Kingdom", T, neu, "Bahrain", "raised the case + encouragement to follow due process = appeal, no judgement"))
U(d, "A spokesman for the UN human rights office in Geneva said the arbitrary removal", "asked Bahrain to reconsider.",
  ("United Nations", C, neg, "Bahrain", "the act called prohibited under international law = judgement (illegal) + appeal: rule 1"))
U(d, "Amnesty International said the decision was part of an escalating campaign", "dissent in the kingdom.",
  ("Amnesty International", C, neg, "Bahrain", "accusation of a campaign to crush dissent"))
U(d, "Yousef Al-Mannai, a political analyst at the Manama-based Gulf Policy Centre, said", "cost of confronting him\".",
  ("Yousef Al-Mannai", N, neu, "", "invented analyst; reading of the government's reasoning"))
U(d, "\"Manama is betting that the street will tire before it does,\" he said.", "he said.",
  ("Yousef Al-Mannai", N, neu, "", "forecast, no judgement"))
U(d, "Nasrin Karimi, a lecturer at the Tehran-based Centre for Regional Studies, said", "as at Manama.",
  ("Nasrin Karimi", N, neu, "", "invented scholar; reading of the IRGC statement"))
U(d, "She said Tehran should leave the response to Bahrainis themselves", "raise the temperature.",
  ("Nasrin Karimi", T, neu, "Iran", "appeal to Tehran for a negotiated settlement and de-escalation"))
