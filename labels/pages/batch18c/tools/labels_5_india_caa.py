# ------------------------------------------------------------------ India's Citizenship Amendment Act: Malaysia, Bangladesh, the UN rights office, the US (scraped Malaysian English-language news site, 2019-12-21)
d = "page_india_caa_reactions_mysite.txt"
# Not statements: masthead, slogan, date, menu, section path, headline, standfirst, byline, published line, share bar,
# photo captions with credits, ADVERTISEMENT, "READ MORE:", crossheads, tags, follow prompt, MOST READ, copyright.
# Dateline "KUALA LUMPUR: " excluded.
U(d, "India last night told Malaysia to keep out of its domestic affairs", "United Nations in September.",
  ("India", C, neg, "Malaysia", "long lead: rebuke telling Malaysia to keep out of its affairs = judgement of interference"),
  ("Malaysia", C, neg, "India", "Mahathir's criticism reported inside the lead (questioning the law's need = judgement put as a question); 'critics' are not actors"))
U(d, "Speaking to reporters on the sidelines of the Kuala Lumpur Summit yesterday, Dr Mahathir said", "less certain.",
  ("Malaysia", C, neg, "India", "honorific + surname; regret aimed at India's act = judgement without stock words"))
U(d, "\"For seven decades Indians of every faith managed without such a law.", "he said.",
  ("Malaysia", C, neg, "India", "three-sentence quote closed by 'he said' = one unit; deaths blamed on the law + rhetorical doubt about its purpose"))
U(d, "He added that Malaysia had given citizenship to people of Chinese and Indian descent", "about their religion.",
  ("Malaysia", N, pos, "", "pronoun subject; praise of Malaysia's own record = neutral, positive"))
U(d, "In a statement issued in New Delhi hours later, India's Ministry of External Affairs said", "purely India's own business.",
  ("India", C, neg, "Malaysia", "'weighed in on something that was purely India's own business' = rebuke of interference; New Delhi = place; 'the Malaysian leader' = Mahathir as object"))
U(d, "The ministry said the law was about offering a faster route to citizenship", "stood to lose anything by it.",
  ("India", N, neg, "", "'The ministry' = India's MEA; denial that any Indian loses out = neutral, negative"))
U(d, "Its spokesman, Raveesh Kumar, said Kuala Lumpur would do better", "developments in India.",
  ("India", C, neg, "Malaysia", "possessive 'Its spokesman' = the ministry's; Kuala Lumpur = metonym; rebuke"))
# No rows: "Several Indian news outlets reported ... New Delhi did not confirm this." (media report + non-confirmation);
# "Wisma Putra had not responded ..." (a non-response).
U(d, "On Tuesday, Foreign Minister Datuk Saifuddin Abdullah said Malaysia was following the unrest", "safety of Malaysians there.",
  ("Malaysia", N, neg, "", "monitoring + consular care, no appeal = concern without an appeal; New Delhi = place"))
# No rows: "The Citizenship (Amendment) Act, passed by India's Parliament ..." and "Protests against it began ..." (narration,
# figures from no named source).
U(d, "Bangladesh's Foreign Minister AK Abdul Momen called off a three-day visit to New Delhi", "the following day.",
  ("Bangladesh", N, neu, "", "two ministers cancelling visits with a non-political reason given, no protest stated = neutral (rule 4)"))
U(d, "A day before the cancellation, Momen had rejected Indian Home Minister Amit Shah's assertion", "the same rights.",
  ("Bangladesh", N, neg, "", "denial of the persecution claim = neutral, negative"),
  ("India", C, neg, "Bangladesh", "Shah's assertion that minorities in Bangladesh are persecuted, reported inside Momen's sentence = accusation"))
U(d, "He said the law would chip away at the secular character", "long been admired.",
  ("Bangladesh", C, neg, "India", "'He' = Momen; judgement of the law's effect on India (unsure: could be read as concern without an appeal)"))
U(d, "Momen said Dhaka would take back any of its citizens found living in India illegally", "there were any.",
  ("Bangladesh", N, neu, "", "Dhaka = metonym; own procedure and belief; New Delhi is addressed only as a supplier of names"))
U(d, "Kumar said last week that relations with Dhaka remained excellent", "anything more.",
  ("India", N, pos, "", "surname only (MEA spokesman); reassurance about relations = neutral, positive; Dhaka = metonym as object"))
U(d, "The United Nations human rights office said on Dec 13 that the law treated people differently", "India's own constitution.",
  ("United Nations", C, neg, "India", "OHCHR = United Nations; the law discriminates by faith = judgement without the stock word"))
U(d, "Spokesman Jeremy Laurence told reporters in Geneva that the office was counting on India's Supreme Court", "India has signed.",
  ("United Nations", T, neu, "India", "hope that the court reviews the law against India's treaty obligations = a peaceful, legal course asked for (unsure: could be neutral); Geneva = place"))
U(d, "He also urged the authorities to respect the right to peaceful protest", "against demonstrators.",
  ("United Nations", T, neu, "India", "appeal for restraint towards protesters, no judgement word"))
U(d, "In Washington, a State Department spokesperson said the United States was following the law's passage closely", "democratic values require.",
  ("United States", T, neu, "India", "unnamed spokesperson of a named body; appeal to protect minorities, no judgement"))
U(d, "Secretary of State Mike Pompeo, appearing alongside Indian ministers after talks in Washington", "argument over the law.",
  ("United States", S, pos, "India", "approval of how India's institutions handle the debate"))
U(d, "External Affairs Minister S Jaishankar, standing beside him", "persecuted for their faith.",
  ("India", N, neu, "", "own explanation of the law, no judgement; 'him' = Pompeo"))
U(d, "The US Commission on International Religious Freedom, a bipartisan federal panel", "if it passed.",
  ("United States", C, neg, "India", "a federal commission = a US state body (as a senator speaks for the United States); judgement + call for sanctions (unsure: an advisory panel at odds with the State Department line)"))
U(d, "The Indian foreign ministry retorted at the time that the panel's bias was well known", "pronouncing on Indian law.",
  ("India", C, neg, "United States", "rejects the panel (a US federal body) as biased = judgement, not a mere denial"))
U(d, "Pakistan's Prime Minister Imran Khan denounced the law on Twitter", "the two neighbours.",
  ("Pakistan", C, neg, "India", "social media; 'denounced' + breach of norms"))
U(d, "Japan's Prime Minister Shinzo Abe put off a visit to India", "a more suitable date.",
  ("Japan", N, neu, "", "postponing a visit with no protest stated = neutral; Guwahati = place"),
  ("India", N, neu, "", "'both governments saying' = India's position too (rescheduling)"))
U(d, "The United States, Britain and Canada have advised their citizens", "India's north-east.",
  ("United States", N, neu, "", "list of three states = one row each; travel advice = own measure, no judgement"),
  ("United Kingdom", N, neu, "", "Britain = United Kingdom"),
  ("Canada", N, neu, "", "same list"))
# No rows: "The spat comes at a sensitive time ... Indian refiners have been watching ..." (narration; refiners are not
# actors), "Palm oil traders in Kuala Lumpur said ..." and the unnamed plantation analyst (not actors).
U(d, "The Kuala Lumpur Summit, which ends today, has brought together the leaders of Turkey, Iran and Qatar", "at the last minute.",
  ("Pakistan", N, neu, "", "withdrawing from a summit with no protest stated = neutral; the attendance of Turkey, Iran and Qatar is a meeting listed in narrative (no rows)"))
