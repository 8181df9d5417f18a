# ------------------------------------------------------------------ Turkey removes the DEM Party mayors of Mardin, Batman and Halfeti (live blog, full HTML, 2024-11-04)
d = "page_turkey_mardin_trustees2024_liveblog.html"
# Not statements: nav, breadcrumb, LIVE badge, headline, standfirst, byline, captions ("2 of 5"), share bar, entry time stamps and entry headings
# (some carry a position: "EU Commission: \"serious setback\"", "Türk: ..."), newsletter, tags, related, most read, footer.
# "That's it for today's coverage. Protest bans remain in force ..." = blog furniture + narration, no row.
U(d, "Mardin resident Hüseyin Ekinci, 56, who runs a tea house", "voted for Türk three times.",
  ("Hüseyin Ekinci", N, neu, "", "invented witness (named resident = person); fact about the vote"))
U(d, "\"Every time we choose him, Ankara sends us a governor.", "Ekinci said.",
  ("Hüseyin Ekinci", C, neg, "Turkey", "bitter reproach of Ankara without a stock word; multi-sentence quote closed by the speaker"))
U(d, "Selin Karahan, a senior researcher at the Ankara Centre for Democracy Studies, said the removals", "on the Kurdish question.",
  ("Selin Karahan", C, neg, "Turkey", "invented analyst; casting doubt on the government's sincerity = judgement"))
U(d, "\"You cannot invite a community to the table", "Karahan said.",
  ("Selin Karahan", C, neg, "Turkey", "judgement of the removals without a stock word"))
U(d, "She said the government was probably trying to negotiate from a position of strength", "despite the anger.",
  ("Selin Karahan", T, neu, "", "reading + appeal to both sides to keep channels open"))
U(d, "Berlin \"follows the removal of elected mayors", "every Council of Europe member.",
  ("Germany", N, neg, "", "concern with no appeal; the reminder of commitments is not a demand (unsure: could be calling_for_talks)"))
U(d, "Nacho Sánchez Amor, the European Parliament's standing rapporteur on Türkiye, on X:", "treated as optional.\"",
  ("European Union", C, neg, "Turkey", "European Parliament rapporteur = EU; live-blog item with no verb of saying; sarcasm = judgement"))
U(d, "He said he would ask the Commission to raise the case", "dialogue with Ankara.",
  ("European Union", N, neu, "", "plan (procedure within the EU)"))
U(d, "A spokesperson for the European Commission told reporters in Brussels", "in a candidate country.",
  ("European Union", C, neg, "Turkey", "'serious step backwards' = judgement"))
U(d, "The EU called on the Turkish authorities to respect the outcome", "the spokesperson said.",
  ("European Union", T, neu, "Turkey", "appeal with no judgement word in this sentence = calling_for_talks (unsure: an appeal to respect elections rather than to negotiate)"))
U(d, "Marc Cools, president of the Council of Europe's Congress", "which Türkiye has ratified\".",
  ("Council of Europe", C, neg, "Turkey", "the Congress = Council of Europe; breach of the Charter = judgement"))
U(d, "The Congress would send a delegation to Türkiye", "the statement said.",
  ("Council of Europe", N, neu, "", "announced monitoring visit = procedure"))
U(d, "AK Party spokesman Ömer Çelik said the decisions had nothing to do with politics", "public knowledge.",
  ("Turkey", N, neu, "", "ruling party spokesman = Turkey (guide); denial of a political motive = neutral"))
U(d, "\"No one who puts the resources of a municipality", "news conference in Ankara.",
  ("Turkey", C, neg, "Peoples' Equality and Democracy Party", "accusation of the removed DEM mayors (terror links)"))
U(d, "He said the ruling party's support for a lasting end to terrorism", "did not close any door.",
  ("Turkey", T, pos, "", "keeping the door open to the process = calling_for_talks (unsure)"))
# "Several hundred people gathered ..." and "Police used water cannon ..." = narration, no row.
U(d, "Main opposition CHP leader Özgür Özel told his parliamentary group", "against the practice.",
  ("Republican People's Party", C, neg, "Turkey", "'theft of the ballot box' = judgement; backing of DEM in the same sentence, judgement decides"))
U(d, "Speaking to reporters outside his home, Ahmet Türk said", "take up arms.",
  ("Peoples' Equality and Democracy Party", N, neg, "", "the removed DEM mayor speaks for his party; denial of the charge = neutral, negative"))
U(d, "\"They can take the building from us.", "Türk said.",
  ("Peoples' Equality and Democracy Party", C, neg, "Turkey", "defiance = judgement of the seizure"))
U(d, "Türk added that he still believed a peaceful solution was possible", "respond to provocations.",
  ("Peoples' Equality and Democracy Party", T, pos, "", "hope + appeal for restraint"))
U(d, "The DEM Party's co-chairs Tülay Hatimoğulları and Tuncer Bakırhan said in a joint statement", "no coincidence.",
  ("Peoples' Equality and Democracy Party", C, neg, "Turkey", "'no coincidence' = accusation of intent"))
U(d, "According to the statement, the government had chosen confiscation over dialogue", "being discussed.",
  ("Peoples' Equality and Democracy Party", C, neg, "Turkey", "'according to the statement'; judgement"))
U(d, "The party called on its supporters to gather peacefully", "sit-in at parliament.",
  ("Peoples' Equality and Democracy Party", N, neu, "", "call to protest peacefully + sit-in: protest plans, not an appeal for talks or a judgement (unsure: could be condemning)"))
U(d, "The Mardin governor's office has banned all demonstrations", "citing public order.",
  ("Turkey", N, neu, "", "provincial authority = Turkey; a ban on protests = own measure, no other actor targeted (unsure)"))
# "Halfeti Mayor Mehmet Karayılan was detained ..." = passive narration reported by Anadolu, no actor; no row.
U(d, "In its statement, the interior ministry said Türk had been sentenced in May", "on similar charges.",
  ("Turkey", N, neu, "", "the ministry's grounds given as facts (court record); no judgement word (unsure: could be condemning)"))
U(d, "Mardin Governor Tuncay Akkoyun and Batman Governor Ekrem Canalp will run", "the ministry said.",
  ("Turkey", N, neu, "", "appointments = plan; attribution tail"))
U(d, "Interior Minister Ali Yerlikaya wrote on X that the state would", "transferred to terrorism\".",
  ("Turkey", C, neg, "Peoples' Equality and Democracy Party", "threat-like resolve aimed at the removed mayors' party"))
# "Police sealed off municipality buildings ..." and the Bahçeli background sentence = narration, no row.
