# ------------------------------------------------------------------ Bulgaria's veto of North Macedonia's EU accession talks (Balkan English-language site, scraped, 2020-11-18)
d = "page_bulgaria_veto_balkansite.txt"
# Not statements: masthead, tagline, date, country menu, BREAKING ticker, section, headline, byline, share, photo caption
# with credit, ADVERTISEMENT, crossheads, "Read also:", "Background:" crosshead, author bio, RELATED, tags, newsletter
# prompt, MOST READ, copyright.
U(d, "Bulgaria on Tuesday refused to sign off on the European Union's negotiating framework", "quarrel about the past.",
  ("Bulgaria", C, neg, "North Macedonia", "dateline 'SKOPJE / SOFIA - ' excluded; refusal with the grievance stated ('citing unresolved disputes') = refusing in protest"),
  ("North Macedonia", C, neg, "Bulgaria", "same sentence: Skopje's (metonym) accusation that Sofia holds the region hostage"))
U(d, "Foreign Minister Ekaterina Zaharieva told reporters after a video conference", "\"at this stage\".",
  ("Bulgaria", N, neg, "", "the veto stated with no grievance in this sentence = neutral, negative (contrast with the lead)"))
U(d, "She said Sofia had no objection to the separate framework for Albania", "ready to approve.",
  ("Bulgaria", S, pos, "Albania", "approval of Albania's framework = supporting"))
U(d, "Bulgaria was still ready to talk to Skopje, she added.", "she added.",
  ("Bulgaria", T, neu, "North Macedonia", "offer of talks; Skopje = metonym (addressee)"))
# "A negotiating framework sets out the principles ... Any single government can therefore hold up the process." -> explanation (no row)
# "The decision had been expected." -> narration (no row)
U(d, "On November 6, the Bulgarian foreign ministry informed the European Commission", "guarantees it needed.",
  ("Bulgaria", N, neg, "", "earlier formal notice with a procedural reason (guarantees), no judgement of Skopje (unsure: could be read as condemning)"))
U(d, "According to the foreign ministry, Sofia wants three things written into the framework", "instead of to Macedonian.",
  ("Bulgaria", N, neu, "", "conditions listed = demands without a judgement or an appeal for talks"))
U(d, "Speaking on BTV on Sunday, Zaharieva had accused Skopje", "public life.",
  ("Bulgaria", C, neg, "North Macedonia", "accusation of appropriating history and hostility"))
U(d, "Prime Minister Boyko Borissov, who had said almost nothing in public", "call this obstinacy.",
  ("Bulgaria", N, neu, "", "justification of its own stance, no judgement of Skopje in this sentence"))
U(d, "He said Skopje had never seriously tried to meet Bulgaria halfway", "lean on Sofia.",
  ("Bulgaria", C, neg, "North Macedonia", "'He' = Borissov; blame on Skopje's conduct"))
U(d, "\"Nobody tried harder than Bulgaria to avoid a veto.", "Borissov said.",
  ("Bulgaria", C, neg, "North Macedonia", "multi-sentence quote closed by its speaker; wish + readiness to talk + 'anti-Bulgarian rhetoric' (an accusation): rule 1"))
U(d, "In Skopje, Prime Minister Zoran Zaev said on Tuesday evening", "to deserve it.",
  ("North Macedonia", C, neg, "Bulgaria", "the veto judged a blow to the EU and undeserved; Skopje = place here"))
U(d, "He said he could see no explanation for Sofia's behaviour", "due next spring.",
  ("North Macedonia", C, neg, "Bulgaria", "'He' = Zaev; electoral motive attributed to Sofia (metonym)"))
U(d, "\"Nothing is lost yet.", "Zaev said.",
  ("North Macedonia", T, pos, "", "multi-sentence quote closed by 'Zaev said'; hope of a solution = calling_for_talks; a solution between the two sides -> target empty"))
U(d, "But the Macedonian identity and the Macedonian language were not up for negotiation", "2017 treaty.",
  ("North Macedonia", N, neg, "", "continuation by the same speaker ('he added'): a red line on its own position, no judgement"))
U(d, "Before the meeting, Zaev had appealed to Sofia to show friendship", "into the EU.",
  ("North Macedonia", T, pos, "Bulgaria", "earlier appeal addressed to Sofia (metonym)"))
U(d, "Zaev had already accused Bulgaria on November 6 of breaching Article 2", "EU and NATO.",
  ("North Macedonia", C, neg, "Bulgaria", "earlier accusation of a treaty breach"))
U(d, "Foreign Minister Bujar Osmani said the government would keep talking", "weeks ahead.",
  ("North Macedonia", T, neu, "", "commitment to keep talking to Sofia and the member states (several) -> target empty"))
U(d, "Hristijan Mickoski, leader of the opposition VMRO-DPMNE, put the blame on Zaev", "had been settled.",
  ("VMRO-DPMNE", C, neg, "North Macedonia", "opposition party under its own name (name files) blaming its own country's government"))
# "Germany, which holds the rotating presidency ..., had hoped to open talks with both Skopje and Tirana ..." -> background on the presidency's aim (no row)
U(d, "Michael Roth, Germany's minister of state for Europe, who chaired Tuesday's meeting", "could take place.",
  ("European Union", T, neu, "", "a German minister chairing the Council meeting for the presidency speaks for the body (EU, not Germany); both sides addressed -> target empty"))
U(d, "\"The presidency will keep working with both capitals", "online news conference.",
  ("European Union", T, pos, "", "Roth as presidency: continued mediation = calling_for_talks"))
U(d, "Enlargement Commissioner Olivér Várhelyi said he regretted", "find a compromise.",
  ("European Union", T, neg, "", "regret aimed at no actor + appeal to both governments = calling_for_talks (rule 2)"))
# "EU diplomats said the bloc was unlikely to start talks with Albania alone ..." -> unnamed diplomats (no row)
# "The Albanian government ... did not comment on Tuesday." -> non-answer (no row)
# Background box: treaty of 2017, historians' commission, Goce Delchev, recognition in 1992, "many Bulgarian historians
# and politicians" (unnamed) -> background (no row)
# The Karpos pensioner and "A political analyst in Sofia" -> not actors (no row)
