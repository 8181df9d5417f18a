# ------------------------------------------------------------------ Ukraine's 2017 education law on minority languages and the row with Hungary (European site, full HTML, 2017-10-10)
d = "page_ukraine_educationlaw_eusite.html"
# Not statements: consent bar, edition line, logo/tagline, nav, section label, headline, summary, meta, share tools,
# figcaptions with credits and "1 of 3", crossheads, ADVERTISEMENT, "Read more" links, tags, newsletter, comments, most read, footer.
U(d, "Hungary has vowed to obstruct Ukraine's rapprochement with the European Union", "largest neighbour.",
  ("Hungary", C, neg, "Ukraine", "long lead: a vow to block = threatened response (guide), with narration of the quarrel"))
U(d, "The law, adopted by the Verkhovna Rada on September 5 and signed by President Petro Poroshenko", "primary school.",
  ("Ukraine", N, neu, "", "parliament and president = Ukraine; adoption and signature = specific acts reported as done; content of the law"))
# "One or more subjects may still be taught ..." and "It entered into force on September 28." : content and dates of the law (no row)
# "The language article is only a small part ..." and "Ukraine is home to sizeable ... communities, and several of their kin states say ...": narration; the kin states are unnamed (no row)
# "Hungarian Foreign Minister Peter Szijjarto has led the charge." : summary line before the specific statements (no row)
U(d, "Speaking in Tallinn on September 7, two days after the vote", "live in Transcarpathia.",
  ("Hungary", C, neg, "Ukraine", "'betrayal', 'trampled on the rights' = judgement without stock words; Kyiv = metonym; Tallinn = place"))
U(d, "“We stood up for visa-free travel for Ukrainians.", "from taking effect.",
  ("Hungary", C, neg, "Ukraine", "multi-sentence quote closed by 'he said, adding that ...': reproach + a campaign to stop the rules = threatened response"))
U(d, "On September 11 Szijjarto summoned Ukraine's ambassador, Liubov Nepop", "international organisations.",
  ("Hungary", C, neg, "Ukraine", "summons + order to withhold support = measures against another side"))
U(d, "After Poroshenko signed the law, the ministry in Budapest went further", "European Union.",
  ("Hungary", C, neg, "Ukraine", "'the ministry in Budapest' = Hungarian MFA by context; threat to block (Poroshenko is only the subject of a time clause)"))
U(d, "Prime Minister Viktor Orban said that by taking back what its minorities had already been given", "treats its minorities.",
  ("Hungary", C, neg, "Ukraine", "judgement without stock words"))
# "Kyiv has dismissed the threats." : summary line before Yeliseiev's and Klimkin's statements (no row)
U(d, "Kostiantyn Yeliseiev, deputy head of the presidential administration", "schools in Transcarpathia.",
  ("Ukraine", C, neg, "Hungary", "counter-accusation of electoral motives = judgement of Hungary (not a bare denial); Brussels = the EU as a place-metonym inside Ukraine's sentence, no EU row"))
U(d, "Foreign Minister Pavlo Klimkin said last month that Ukraine would submit", "into account.",
  ("Ukraine", T, neu, "", "referral to the Venice Commission and a commitment to follow it = diplomatic/legal recourse, no judgement -> calling_for_talks"))
U(d, "“Nobody is closing Hungarian or Romanian schools.", "Klimkin told reporters in Kyiv.",
  ("Ukraine", N, pos, "", "multi-sentence quote closed by the speaker: denial + reassurance about its own policy = neutral (positive tone)"))
U(d, "Education Minister Liliya Hrynevych said the ministry would set out the details", "teachers and textbooks.",
  ("Ukraine", N, neu, "", "plans and procedures"))
U(d, "Poroshenko, for his part, ordered the foreign and education ministries", "international commitments.",
  ("Ukraine", T, neu, "", "surname only; ordering consultations with European partners + reassurance = commits to consultation, no judgement -> calling_for_talks (the reassurance alone would be neutral)"))
U(d, "The foreign ministry in Kyiv said it had invited Hungarian officials to consultations", "in Transcarpathia.",
  ("Ukraine", T, neu, "Hungary", "offer of consultations = calling_for_talks (plausible line)"))
# "Hungary is not alone." : summary line (no row)
U(d, "In a joint letter to Klimkin in mid-September, the foreign ministers of Hungary, Romania, Bulgaria and Greece", "deeply regretted them.",
  ("Hungary", C, neg, "Ukraine", "joint letter = one row per signatory state; concern + 'deeply regretted' -> the regret is a judgement (rule 1)"),
  ("Romania", C, neg, "Ukraine", "joint letter, second signatory"),
  ("Bulgaria", C, neg, "Ukraine", "joint letter, third signatory"),
  ("Greece", C, neg, "Ukraine", "joint letter, fourth signatory"))
U(d, "Romanian President Klaus Iohannis called off a visit to Ukraine planned for October", "Andriy Parubiy.",
  ("Romania", N, neg, "", "cancelling a visit and a meeting with no protest or reason stated in the sentence = neutral (rule 4); the reason follows in the next sentence (unsure)"))
U(d, "He said Bucharest had learned of the law only after the vote", "such a strong signal.",
  ("Romania", C, neg, "Ukraine", "'He' = Iohannis; reproach (not informed, fewer chances for Romanian children) + the cancellation as a protest signal"))
U(d, "Russia, whose language is spoken at home by far more Ukrainians than any minority tongue", "within three years.",
  ("Russia", C, neg, "Ukraine", "statement introduced after a colon; the envoy to the OSCE speaks for Russia; accusation"))
U(d, "The Transcarpathian Hungarian Cultural Association (KMKSZ)", "to veto it.",
  ("Transcarpathian Hungarian Cultural Association", C, neg, "Ukraine", "minority organisation = its own actor; judgement + appeal for a veto (rule 1)"))
U(d, "The OSCE High Commissioner on National Minorities, Lamberto Zannier, said on Monday", "in their own languages.",
  ("OSCE", N, neg, "", "acknowledges the minorities' fears, no appeal in this sentence = concern without appeal, neutral; the kin states are unnamed (no rows for them)"))
U(d, "He said his office stood ready to help Kyiv apply the law", "with minority languages.",
  ("OSCE", S, pos, "Ukraine", "'He' = Zannier; offer of assistance to the government = supporting (guide: offers assistance); Kyiv = metonym"))
U(d, "His office had pressed Kyiv and minority leaders before the vote", "he said.",
  ("OSCE", T, neu, "", "earlier appeal for consultation between the government and minorities = calling for dialogue; attribution tail"))
U(d, "In Brussels, a European Commission spokesperson said the Commission was analysing the law", "Ukrainian authorities.",
  ("European Union", N, neu, "", "procedure, no judgement or appeal"))
# PACE 'is due to debate' : a scheduled meeting listed in narration (no row)
# Berehove teachers and the unnamed mathematics teacher; 'Diplomats in Brussels say privately': not actors (no rows)
