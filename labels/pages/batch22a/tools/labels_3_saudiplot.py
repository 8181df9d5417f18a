# ------------------------------------------------------------------ Alleged Iranian plot against the Saudi ambassador in Washington (Gulf daily, scraped, 2011-10-17)
d = "page_saudi_envoy_plot_gulfdaily.txt"
# Not statements: masthead, date line, menu, breadcrumb, headline, byline, published line, share bar, photo captions with
# "1 of 4" and credits, ADVERTISEMENT, crossheads, "Related:" lines, tags, newsletter prompt, most read, comments, copyright.
U(d, "Iran's Supreme Leader Ayatollah Ali Khamenei yesterday brushed aside", "lined up behind the kingdom.",
  ("Iran", C, neg, "United States", "dateline 'RIYADH/TEHRAN: ' excluded; long lead: denial + warning to the US (the threat decides); the Gulf governments' summary at the end gets no row"))
U(d, "\"They have staged a story that no sensible person", "carried by state television.",
  ("Iran", C, neg, "United States", "multi-sentence quote closed by its speaker; accusation + threat; 'They' = the US by context"))
# "The row has pushed relations ..." and the prosecutors' charges = background narration (the charges are a court procedure reported as background), no row.
# "Condemnations poured in from across the Gulf over the week." = summary line, no row.
U(d, "A Saudi official quoted by the Saudi Press Agency said the kingdom denounced", "could justify.",
  ("Saudi Arabia", C, neg, "", "unnamed official of a named government; SPA is not an actor; condemnation that names no culprit -> target empty"))
U(d, "The kingdom was grateful to the American agencies", "the official said.",
  ("Saudi Arabia", S, pos, "United States", "'the kingdom' = Saudi Arabia by context; thanks + cooperation = supporting; attribution tail"))
U(d, "He added that Saudi Arabia would decide on its response in due course", "neither forgetful nor weak.",
  ("Saudi Arabia", C, neg, "", "pronoun subject; veiled threat of a response, no one named -> target empty"))
U(d, "Foreign Minister Prince Saud Al Faisal told reporters in Riyadh", "diplomats or citizens.",
  ("Saudi Arabia", C, neg, "Iran", "holding Tehran responsible = condemning; Riyadh = place, Tehran = metonym"))
U(d, "Saudi Arabia's permanent representative in New York, Abdallah Al Mouallimi, wrote", "members of the Security Council.",
  ("Saudi Arabia", N, neu, "", "procedural request to circulate a letter, no judgement in the sentence (unsure: could be read as a complaint)"))
U(d, "Gulf Cooperation Council Secretary-General Dr Abdullatif bin Rashid Al Zayani said", "hatched against its members.",
  ("Gulf Cooperation Council", C, neg, "Iran", "the secretary-general speaks for the GCC; judgement without a stock word + a warning to Tehran"))
U(d, "Dr Al Zayani said the Gulf was grateful to the American and Mexican services", "before anyone was hurt.",
  ("Gulf Cooperation Council", S, pos, "", "praise of two states' services = supporting; two targets -> empty"))
U(d, "He called on the Iranian leadership to turn a new page", "their internal affairs.",
  ("Gulf Cooperation Council", T, neg, "Iran", "appeal to good-neighbourly relations, no judgement word in this sentence = calling_for_talks (unsure: 'staying out of their internal affairs' implies interference)"))
U(d, "In Manama, Foreign Minister Shaikh Khalid bin Ahmed Al Khalifa wrote on Twitter", "protect its people and its missions.\"",
  ("Bahrain", S, pos, "Saudi Arabia", "leader on social media; backing of the kingdom's measures; Manama = place"))
U(d, "\"What was planned in Washington is what we in Bahrain have lived with all year", "a clear reference to Iran.",
  ("Bahrain", C, neg, "Iran", "accusation by allusion; the target is named only by the outlet's gloss ('a clear reference to Iran')"))
U(d, "The United Arab Emirates and Kuwait issued statements", "protect its security.",
  ("United Arab Emirates", S, pos, "Saudi Arabia", "list of two states: one row each; solidarity and backing"),
  ("Kuwait", S, pos, "Saudi Arabia", "same sentence, second state"))
# "Oman ... had not commented by last night." = non-answer, no row.
U(d, "U.S. Attorney General Eric Holder said on Tuesday that the scheme", "Tehran itself to account.",
  ("United States", C, neg, "Iran", "accusation + holding Iran to account"))
U(d, "The Treasury Department the same day placed sanctions", "personnel and weapons.",
  ("United States", C, neg, "Iran", "sanctions on Quds Force officers and an Iranian airline = condemning"))
U(d, "President Barack Obama said at a news conference on Thursday", "breach of international law.",
  ("United States", C, neg, "Iran", "accusation + pressure campaign + judgement"))
U(d, "Secretary of State Hillary Clinton said U.S. diplomats were fanning out", "that had doubts.",
  ("United States", N, neu, "", "diplomatic plan, no judgement; Moscow and Beijing = places here"))
# "Iran has denied any part in the affair." = summary line before the specific denials, no row.
U(d, "Foreign Minister Ali Akbar Salehi told reporters that his country had nothing to do with it", "holds an Iranian passport.",
  ("Iran", N, neg, "", "denial + readiness to see evidence + consular request = neutral, negative"))
# "Parliament Speaker Ali Larijani went further." = summary line inside the paragraph, no row.
U(d, "\"This is a crude piece of theatre written in Washington", "he told the assembly.",
  ("Iran", C, neg, "United States", "parliament speaker = Iran; accusation of fabrication"))
U(d, "Iran's mission to the United Nations, in a letter to Ban, said", "on the basis of them.",
  ("Iran", C, neg, "United States", "judgement of the charges + reserved right to respond (threat)"))
U(d, "Russian Foreign Minister Sergei Lavrov said Moscow would want to see the evidence", "drawing any conclusion.",
  ("Russia", N, neu, "", "reserving judgement, no appeal"))
U(d, "Russia's foreign ministry said in a separate statement that it hoped", "strictly by legal means.",
  ("Russia", T, neu, "", "hope against escalation = calling_for_talks"))
U(d, "In Beijing, foreign ministry spokesman Liu Weimin said China had noted the reports", "calmly and through dialogue.",
  ("China", T, neu, "", "appeal for calm and dialogue"))
U(d, "British Foreign Secretary William Hague said the plot, if the charges held up", "on a firm answer.",
  ("United Kingdom", C, neg, "Iran", "conditional judgement + response with partners = condemning"))
U(d, "EU foreign policy chief Catherine Ashton said she was deeply disturbed", "following the case closely.",
  ("European Union", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "At the United Nations, spokesman Martin Nesirky said the Secretary-General had received letters", "as requested.",
  ("United Nations", N, neu, "", "procedure"))
U(d, "\"Even those in the Gulf who wanted a calmer relationship", "harden Gulf opinion for years.",
  ("Hamad Al Suwaidi", N, neg, "", "independent scholar (invented), named in the attribution after the quote; forecast, no judgement"))
U(d, "\"If even half of what is alleged is true", "Dr Al Suwaidi said.",
  ("Hamad Al Suwaidi", C, neg, "Iran", "the analyst's judgement (conditional, explicit)"))
U(d, "Farideh Moradi, a researcher at the London-based Centre", "even more worrying.\"",
  ("Farideh Moradi", N, neg, "", "independent researcher (invented); doubt about the plot's authorship, quote opened after a colon, no judgement"))
U(d, "She warned that the greater risk lay in what might follow", "a spiral nobody had planned.",
  ("Farideh Moradi", N, neg, "", "risk scenario, no appeal"))
U(d, "\"Riyadh and Tehran need a channel they can use quietly", "Moradi said.",
  ("Farideh Moradi", T, neu, "", "appeal for a channel between the two capitals (metonyms) = calling_for_talks"))
# Photo captions and the two reader comments are not statements.
