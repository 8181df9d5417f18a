# ------------------------------------------------------------------ Koi-Tash raids and the arrest of ex-president Atambayev (Central Asian news site, HTML, 2019-08-09)
d = "page_kyrgyzstan_koitash_raid2019_centralasiasite.html"
# Not statements: <title>, logo, language bar, nav menu, breadcrumbs, headline, standfirst, byline/time, figcaptions with photo
# credits and "2 of 5", crossheads (h2), ADVERTISEMENT, tags, share bar, Related and Most read lists, anonymous reader comments, footer.
# Lead "BISHKEK – Former president Almazbek Atambayev spent the night ..." = narration, no row.
# "The GKNB's Alpha unit first moved on the residence ..." = narration of the operation (a law-enforcement step told by the outlet), no row.
# "Hundreds of his supporters met them with stones and gunfire ..." = unnamed supporters, narration, no row.
# Atambayev speaks as chairman of his party (SDPK); his sentences go to `Social Democratic Party of Kyrgyzstan` (unsure: could be declared as a person).
U(d, "The health ministry said on Thursday that 79 people", "to the chest.",
  ("Kyrgyzstan", N, neu, "", "casualty figures from a ministry = neutral"))
U(d, "Deputy Interior Minister Kursan Asanov told reporters", "under the law.",
  ("Kyrgyzstan", N, neu, "", "account of the pull-back + reassurance about own conduct = neutral"))
U(d, "Opening an emergency session of the Security Council on Thursday", "with armed men.",
  ("Kyrgyzstan", C, neg, "Social Democratic Party of Kyrgyzstan", "president's judgement of his predecessor ('put himself above the basic law'); Atambayev -> his party"))
U(d, "\"All responsibility for the blood spilled in Koi-Tash", "within days.",
  ("Kyrgyzstan", C, neg, "Social Democratic Party of Kyrgyzstan", "holds Atambayev fully responsible = condemning; order for calm is own measure"))
U(d, "In a video recorded at the compound before his surrender", "for the presidency.",
  ("Social Democratic Party of Kyrgyzstan", C, neg, "Kyrgyzstan", "'unlawful' + 'charges cooked up' by the sitting president = judgement; Aprel TV = outlet"))
U(d, "He said he had been willing to give investigators his answers on paper.", "on paper.",
  ("Social Democratic Party of Kyrgyzstan", N, neu, "", "'He' = Atambayev; offer about his own conduct = neutral"))
U(d, "He also appealed to the men sent against him not to fire on fellow citizens.", "fellow citizens.",
  ("Social Democratic Party of Kyrgyzstan", T, neg, "Kyrgyzstan", "appeal not to shoot, no judgement word = calling_for_talks (negative tone)"))
U(d, "The GKNB, in a statement on its website, denied", "rubber bullets.",
  ("Kyrgyzstan", N, neg, "", "denial = neutral with a negative tone"))
# "By Thursday evening a crowd of about a thousand Atambayev supporters ..." = narration of a rally and its dispersal, no row.
# "The crisis broke as Bishkek prepared to host ..." = narration (Bishkek = capital as place), no row.
U(d, "Russian Prime Minister Dmitry Medvedev, arriving in Cholpon-Ata", "partner and ally.",
  ("Russia", N, neu, "", "internal affair + Moscow following closely = neutral"))
U(d, "Medvedev said he hoped whatever happened next", "upheaval already.",
  ("Russia", T, neu, "Kyrgyzstan", "hope that events stay within the law and that stability holds = calling_for_talks"))
U(d, "Foreign ministry spokeswoman Maria Zakharova, speaking on Ekho Moskvy radio", "away from the area.",
  ("Russia", N, neu, "", "internal business + travel advice to citizens = procedural, neutral"))
U(d, "She said Moscow had received no request from Atambayev", "travel to Russia.",
  ("Russia", N, neu, "", "'She' = Zakharova; fact about a request, no evaluation"))
U(d, "Sergei Naryshkin, head of Russia's Foreign Intelligence Service, was quoted", "should hold back.",
  ("Russia", T, neg, "", "second-hand ('was quoted by RIA Novosti as saying'); alarm + appeal for restraint to both = calling_for_talks"))
U(d, "The European Union delegation in Bishkek said it was following events", "loss of life.",
  ("European Union", N, neg, "", "concern + mourning, no appeal in this unit = neutral (the appeal follows)"))
U(d, "It urged all those involved to refrain from violence", "fair trial standards.",
  ("European Union", T, neu, "", "'It' = the EU delegation; appeal to all for non-violence + due process = calling_for_talks"))
U(d, "The U.S. embassy issued a security alert", "in the capital.",
  ("United States", N, neu, "", "travel advice to own citizens = procedural, neutral"))
U(d, "In a separate statement, the embassy said it regretted the death", "within the law.",
  ("United States", T, neg, "", "regret over a death (grief, not aimed at an actor) + appeal for peaceful settlement = calling_for_talks"))
U(d, "The OSCE Chairperson-in-Office, Slovak Foreign Minister Miroslav Lajcak", "political forces in Kyrgyzstan.",
  ("OSCE", T, neg, "", "chair speaks for the body; troubled + offer to support dialogue = calling_for_talks"))
U(d, "Kazakh President Kassym-Jomart Tokayev spoke to Jeenbekov by telephone", "under control.",
  ("Kazakhstan", S, pos, "Kyrgyzstan", "confidence in Kyrgyzstan's leadership = backing; 'according to the Akorda press service' = attribution"))
U(d, "Gulnara Toktosunova, who lives three streets from the compound", "as shots rang out.",
  ("Gulnara Toktosunova", N, neg, "", "named resident (invented) = independent person; her experience, no position"))
U(d, "\"Both sides forgot that people live here,\" she said.", "she said.",
  ("Gulnara Toktosunova", C, neg, "", "judgement of both sides without a stock word; target empty (both sides)"))
U(d, "Bakyt Omurzakov, a political analyst with the Bishkek-based Centre", "besieged victim.",
  ("Bakyt Omurzakov", C, neg, "Kyrgyzstan", "invented analyst; 'planned so badly' = judgement of the authorities"))
U(d, "\"The authorities had weeks to prepare this", "Omurzakov said.",
  ("Bakyt Omurzakov", C, neg, "Kyrgyzstan", "'walked into it like amateurs' = judgement without a stock word"))
U(d, "He added that the former president's decision", "with credit.",
  ("Bakyt Omurzakov", C, neg, "", "'indefensible' (Atambayev) + 'neither side ... with credit' = judgement of both; target empty"))
U(d, "Omurzakov said the rivalry between Jeenbekov and his former patron", "parliamentary elections.",
  ("Bakyt Omurzakov", T, neu, "", "appeal to both camps to step back = calling_for_talks"))
# "Parliament stripped Atambayev ... of his immunity ... in June." and "He met Russian President Vladimir Putin ..." = background narration, no row.
