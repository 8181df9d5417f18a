# ------------------------------------------------------------------ Bundestag resolution on the Armenian genocide (AP-style wire, .txt, 2016-06-02)
d = "page_armenian_genocide_bundestag_wire.txt"
# No rows: AP menu, headline, byline, "1 of 4" caption with credit, dateline (excluded from the first unit), ADVERTISEMENT,
# Related link, contributor line, copyright, MORE FROM AP NEWS.
U(d, "German lawmakers on Thursday approved with near unanimity", "home for consultations.",
  ("Germany", C, neg, "", "Bundestag = Germany (name files); the resolution is an act of a state body passing a judgement (genocide) on the Ottoman Empire, not a canonical actor -> target empty (unsure: target Turkey)"),
  ("Turkey", C, neg, "Germany", "recalling the ambassador in protest = diplomatic measure; Berlin = place; long lead with two actors' positions = two rows"))
# no rows: the vote count paragraph (narration of the vote already labelled), the resolution's content (narration of the text),
# "Historians estimate ..." and Turkey's long-standing position (background, no speaker on the day)
U(d, "Parliament speaker Norbert Lammert told the chamber", "Germany's own share in it.",
  ("Germany", N, neu, "", "the speaker of the Bundestag = Germany; explanation of the vote, disclaims judging today's Turkey (unsure: could be supporting Armenia)"))
U(d, "Lammert also said threats sent to several lawmakers", "the parliament as a whole.",
  ("Germany", C, neg, "", "'intolerable' aimed at the unnamed senders -> target empty"))
U(d, "Speaking to members of his party in Ankara shortly after the vote, Prime Minister Binali Yildirim said", "in the meantime.",
  ("Turkey", C, neg, "Germany", "recall announced by the prime minister = measure in protest; Ankara = place"))
U(d, "Yildirim blamed lobbying by Armenian diaspora groups", "Yildirim said.",
  ("Turkey", C, neg, "", "blame of diaspora groups (not a canonical actor) + a quote rejecting the vote, closed by the speaker: one unit; the targets are several -> empty"))
U(d, "President Recep Tayyip Erdogan, who was on a visit to Kenya", "ties with Berlin.",
  ("Turkey", C, neg, "Germany", "warning of damage = judgement/threat; Kenya = place"))
U(d, "He told reporters in Nairobi that the recall was only a first step", "reported back.",
  ("Turkey", C, neg, "Germany", "'He' = Erdogan; announced further measures = threat"))
U(d, "Foreign Minister Mevlut Cavusoglu said on Twitter that Germany, of all countries", "verdicts on others.",
  ("Turkey", C, neg, "Germany", "judgement without the usual words (Germany's own past)"))
U(d, "The Turkish Foreign Ministry summoned Germany's chargé d'affaires", "the ministry said.",
  ("Turkey", C, neg, "Germany", "summoning a diplomat to protest = measure; attribution tail"))
U(d, "Deputy Prime Minister Numan Kurtulmus, the government's spokesman", "judge harshly.",
  ("Turkey", C, neg, "Germany", "'no legal standing' + 'grave error' = rejection and judgement of the resolution (Germany's act)"))
U(d, "Yasin Aktay, a spokesman for the ruling Justice and Development Party", "not to blame for the dispute.",
  ("Turkey", N, pos, "", "spokesman of the AK Party (name files: AK Party = Turkey); own commitment to the migration deal, no judgement = neutral (contrast with the condemning rows of the same state)"))
U(d, "Merkel, who did not attend the vote because of other appointments", "over a single dispute.",
  ("Germany", N, pos, "", "reassurance about the relationship, no appeal yet = neutral, positive (unsure: could be supporting Turkey)"))
U(d, "\"We will go on talking to the Turkish government about every question", "Merkel said.",
  ("Germany", T, pos, "Turkey", "commitment to continued dialogue with Turkey = calling_for_talks"))
U(d, "Foreign Minister Frank-Walter Steinmeier, speaking during a visit to Buenos Aires", "still had to do together.",
  ("Germany", T, pos, "Turkey", "hope that Ankara reacts calmly = appeal for restraint (hope = calling_for_talks); Buenos Aires = place; Steinmeier not declared an alias (he is OSCE chair/President elsewhere)"))
U(d, "On Wednesday, government spokesman Steffen Seibert had told reporters", "on its wording.",
  ("Germany", N, neu, "", "procedure: the government takes no position"))
# no row: Steinmeier and Gabriel missing the vote; the unnamed opposition lawmakers (not actors)
U(d, "Cem Ozdemir, the co-leader of the Greens and one of the resolution's main authors", "not directed against the Turkish people.",
  ("Alliance 90/The Greens", N, neu, "", "party co-leader speaks for the party; disclaimer about the text's aim = neutral"))
U(d, "He urged Turkey to open its archives", "on the table.",
  ("Alliance 90/The Greens", T, neu, "Turkey", "appeal for dialogue with Armenia, no judgement = calling_for_talks"))
# no row: police protection for Ozdemir "according to his party's office" (fact about him, no position)
U(d, "The Turkish Community in Germany, the largest group representing", "roots in both countries.",
  ("Turkish Community in Germany", N, neg, "", "association under its own name; fear without a judgement or an appeal = neutral, negative (unsure: could be condemning Germany)"))
# no row: the demonstrations near the Brandenburg Gate (narration)
U(d, "In Yerevan, Armenian Foreign Minister Edward Nalbandian thanked the German lawmakers", "anywhere in the world.",
  ("Armenia", S, pos, "Germany", "thanks/approval; Yerevan = place"))
U(d, "President Serzh Sargsyan said in a statement that Germany had shown courage", "for generations.",
  ("Armenia", S, pos, "Germany", "praise; 'Turkey's' is a possessive object, not a speaker"))
U(d, "Azerbaijan's foreign ministry said the resolution distorted history", "South Caucasus.",
  ("Azerbaijan", C, neg, "Germany", "'distorted history' = judgement of the Bundestag's act"))
U(d, "Ministry spokesman Hikmet Hajiyev said parliaments should leave", "to historians.",
  ("Azerbaijan", C, neg, "", "implicit rebuke of parliaments in general (judgement without the usual words); no single actor named -> target empty (unsure: could be neutral)"))
U(d, "In Washington, State Department spokesman John Kirby said the U.S. position", "acknowledgment of the facts.",
  ("United States", N, neu, "", "'position unchanged' + encouraging acknowledgment, addressed to nobody in particular = neutral (23a precedent for 'position unchanged'); Washington = place"))
U(d, "In Brussels, a European Commission spokeswoman said the resolution was a matter for the German parliament", "go on implementing.",
  ("European Union", N, neu, "", "unnamed spokeswoman of a named body; procedure + expectation about the agreement, no appeal for peace = neutral; Brussels = place"))
# no rows: the count of recognising states, the migration-deal background, "Analysts in Berlin" (not actors), April 24 background
