# ------------------------------------------------------------------ Abduction of Afgan Mukhtarli from Tbilisi and his detention in Baku (live blog, 2017-05-31)
d = "page_georgia_mukhtarli2017_liveblog.txt"
# Not statements: site menu, LIVE label, headline, last-updated line, byline, key-events bullets, refresh prompt, time stamps and entry headings, the 19:05 sign-off, share line, Related, tags, copyright.
U(d, "The United National Movement, the largest opposition party, accused the Georgian authorities", "State Security Service.",
  ("United National Movement", C, neg, "Georgia", "accusation + demand for resignations"))
U(d, "\"Either our services did this, or they let foreign agents do it", "outside parliament.",
  ("United National Movement", C, neg, "Georgia", "'unacceptable' judgement; multi-sentence quote closed by its attribution"))
U(d, "European Georgia said it would ask parliament to set up an investigative commission.", "investigative commission.",
  ("European Georgia", N, neu, "", "announced procedural step, no judgement in the sentence"))
U(d, "The Council of Europe's Commissioner for Human Rights, Nils Muižnieks, said on Twitter", "across the border by force.",
  ("Council of Europe", N, neg, "", "alarm without an appeal = neutral, negative"))
U(d, "He urged Georgia to get to the bottom of what happened quickly", "release the journalist.",
  ("Council of Europe", T, neu, "", "appeals to two states, no judgement -> target empty"))
U(d, "The Committee to Protect Journalists said the charges against Mukhtarli were an obvious fabrication", "his family in Georgia.",
  ("Committee to Protect Journalists", C, neg, "Azerbaijan", "'obvious fabrication' + demand; Baku = metonym"))
U(d, "A district court in Baku ordered Mukhtarli held in pre-trial detention", "Elchin Sadigov said.",
  ("Elchin Sadigov", N, neu, "", "the lawyer (independent person) reports the ruling"),
  ("Azerbaijan", N, neu, "", "a court decision taken = act of the state, no evaluation (unsure: could be left to the lawyer only)"))
U(d, "Sadigov said his client's face was bruised", "a broken rib.",
  ("Elchin Sadigov", N, neg, "", "account of injuries"))
U(d, "\"He told me he was grabbed near his home", "was not his.\"",
  ("Elchin Sadigov", N, neg, "", "account + denial that the money was his (planting implied, no explicit judgement)"))
U(d, "Azerbaijan's foreign ministry spokesman Hikmet Hajiyev said Mukhtarli had been detained under the law", "undeclared cash.",
  ("Azerbaijan", N, neg, "", "own account of the arrest, implicitly rejecting the abduction story"))
U(d, "\"Stories of kidnapping are being spread by the usual circles", "like any other.",
  ("Azerbaijan", C, neg, "", "denial + accusation of 'the usual circles' (not canonical) = judgement decides"))
U(d, "The U.S. Embassy in Tbilisi said it was deeply troubled", "share its results with the public.",
  ("United States", T, neg, "Georgia", "concern + call for an investigation, no judgement"))
U(d, "Ambassador Ian Kelly said Washington had raised the case directly", "how serious it was.",
  ("United States", S, pos, "Georgia", "confidence in the prime minister = backing (unsure: could be neutral)"))
U(d, "The EU delegation to Georgia said the case raised serious questions", "without delay.",
  ("European Union", T, neg, "Georgia", "concern + expectation addressed to Georgia, no judgement"))
U(d, "In Brussels, a spokesperson for the European External Action Service said", "commitments on media freedom.",
  ("European Union", T, neu, "Azerbaijan", "monitoring + reminder of commitments, no judgement word (unsure: could read as criticism)"))
U(d, "The OSCE Representative on Freedom of the Media, Dunja Mijatović, said the case was one more example", "leave the country.",
  ("OSCE", C, neg, "Azerbaijan", "judgement on Azerbaijan's pressure on journalists"))
U(d, "\"Journalists who fled for their safety must be safe where they have fled to,\"", "to free Mukhtarli.",
  ("OSCE", T, neu, "", "appeals to Tbilisi and Baku -> target empty"))
U(d, "Prime Minister Giorgi Kvirikashvili said no Georgian agency had taken part", "nothing to hide.",
  ("Georgia", N, neg, "", "denial = neutral, negative"))
U(d, "\"I have instructed the interior minister to investigate every detail", "after a cabinet meeting.",
  ("Georgia", N, neu, "", "own investigation and conditional pledge (unsure: 'will answer for it' could count as a threat)"))
U(d, "Georgia's Interior Ministry said it had opened a criminal case", "Azerbaijani border.",
  ("Georgia", N, neu, "", "procedure"))
U(d, "The ministry said it had no record of Mukhtarli leaving Georgia", "official checkpoint.",
  ("Georgia", N, neu, "", "fact"))
U(d, "Public Defender Ucha Nanuashvili said the case was extremely alarming", "living on its territory.",
  ("Georgia", N, neg, "", "state ombudsman resolves to Georgia; alarm + statement of duty, no appeal yet"))
U(d, "He asked prosecutors to take over the investigation", "was independent.",
  ("Georgia", N, neu, "", "procedural request inside the state"))
# "Several hundred journalists and activists gathered ..." = scene narration, no row.
U(d, "Transparency International Georgia and a dozen other non-governmental organisations", "as a democracy.",
  ("Transparency International Georgia", C, neg, "Georgia", "judgement on the government's silence; the unnamed other NGOs get no row"))
U(d, "Reporters Without Borders called on Georgia to explain", "to drop the charges.",
  ("Reporters Without Borders", T, neu, "", "appeals to two states -> target empty"))
U(d, "Mukhtarli's wife, Leyla Mustafayeva, held up his passport", "legally or illegally.",
  ("Leyla Mustafayeva", N, neg, "", "independent person; claim based on the passport"))
U(d, "\"His documents are here, in Tbilisi.", "she said.",
  ("Leyla Mustafayeva", N, neg, "", "account, no explicit judgement"))
U(d, "She thanked the Georgian journalists who had joined the search", "to meet her.",
  ("Leyla Mustafayeva", T, pos, "Georgia", "thanks + request for a meeting: appeal before support (rule 2)"))
U(d, "Thomas Khachidze, a security analyst at the Tbilisi Institute for Regional Studies", "would be real.",
  ("Thomas Khachidze", N, neg, "", "invented analyst; assessment, no judgement"))
U(d, "\"Tbilisi has always sold itself as the region's safe harbour", "he said.",
  ("Thomas Khachidze", N, neg, "", "assessment"))
# 09:30 opening entry = background narration, no row.
