# ------------------------------------------------------------------ Somalia cuts diplomatic ties with Kenya (East African site, full HTML, 2020-12-16)
d = "page_somalia_kenya_ties_eastafricasite.html"
# No row: cookie bar, date strip, brand, tagline, nav, LATEST ticker, breadcrumbs, kicker, headline, standfirst, byline/time,
# share bar, figcaptions with credits, ADVERTISEMENT, crossheads, "Also read:", credit line, topics, newsletter, comments,
# Most read, footer.
U(d, "Somalia has cut diplomatic ties with Kenya, ordering Kenyan diplomats out", "meddling in Somali politics.",
  ("Somalia", C, neg, "Kenya", "dateline excluded; long lead: breaking ties and expelling diplomats = a measure against another side, with the accusation of meddling"))
# No row: "Information Minister Osman Dubbe spoke on state broadcaster SNTV shortly after midnight, while ..." (narration: he
# 'spoke', the content follows; Bihi and Kenyatta are narrated, not speaking).
U(d, "“We warned Nairobi in private and in public", "Dubbe said.",
  ("Somalia", C, neg, "Kenya", "multi-sentence quote closed by its speaker = one unit; Dubbe = Somalia (name files); Nairobi = metonym"))
U(d, "He said Somalis held nothing against ordinary Kenyans", "between the two countries.",
  ("Somalia", C, neg, "Kenya", "pronoun subject; kind words for the people, accusation of Kenya's leaders (the judgement decides)"))
U(d, "Somalia's foreign ministry said on Twitter that Kenya's behaviour", "founded the African Union.",
  ("Somalia", C, neg, "Kenya", "ministry on social media; judgement without stock words ('made a mockery of' the AU's rules)"))
U(d, "The ministry had said at the weekend that it had sent a letter of protest", "the eight-nation regional bloc.",
  ("Somalia", C, neg, "Kenya", "a letter of protest against Kenya = a complaint taken as a response; Hamdok/IGAD are addressees, not speakers"))
U(d, "According to the ministry, IGAD will bring its heads of state together", "take up the dispute.",
  ("IGAD", T, neu, "", "a position of IGAD reported by Somalia's ministry: convening a summit on the dispute = calling_for_talks; no Somalia row (it only reports the date)"))
U(d, "Somali officials said on Tuesday that extra troops had been sent", "secure the frontier.",
  ("Somalia", N, neu, "", "officials tied to a named government = Somalia; own deployment reported without a judgement or threat = neutral (unsure)"))
U(d, "A spokesman for Prime Minister Mohamed Hussein Roble dismissed claims", "protection of national sovereignty.",
  ("Somalia", N, neg, "", "unnamed spokesman of the prime minister = Somalia; denial that the move is linked to the election = neutral, negative"))
# No row: "Relations between the neighbours have soured for much of the year over what Mogadishu sees as Nairobi's backing
# for Ahmed Madobe ..." (vague background; Madobe is an object); the ICJ maritime case (narration);
# "Nairobi's first response was measured." (the outlet's summary line before the specific statements).
U(d, "Government spokesman Cyrus Oguna told reporters at the Kenyatta International Convention Centre", "and how to fix it.",
  ("Kenya", T, neu, "Somalia", "no retaliation + a committee to settle the issues = de-escalation, calling_for_talks"))
U(d, "“We will not be drawn into tit-for-tat.", "Oguna said.",
  ("Kenya", T, pos, "Somalia", "two-sentence quote closed by its speaker; restraint and the value of the ties, no judgement"))
U(d, "He reminded reporters that the Dadaab camps", "under the African Union mission.",
  ("Kenya", N, pos, "", "pronoun subject; own record (refugees, troops in the AU mission) = self-praise, neutral"))
U(d, "But he added a warning: goodwill between neighbours", "taken for granted.",
  ("Kenya", C, neg, "Somalia", "a veiled warning after the conciliatory lines = a threatened response (unsure: could be read as neutral)"))
U(d, "Kenya's foreign ministry said that, as of Tuesday evening", "a television announcement.",
  ("Kenya", N, neu, "", "procedure (nothing received in writing, no reaction to a TV announcement), no judgement = neutral"))
U(d, "Hours after the Somali announcement, Kenyatta and Bihi issued a joint communiqué", "over the same period.",
  ("Kenya", S, pos, "Somaliland", "joint communiqué = one row per signatory; opening a consulate in Hargeisa = backing by act"),
  ("Somaliland", S, pos, "Kenya", "same communiqué: upgrading its office in Nairobi = backing by act for the ties with Kenya"))
U(d, "Kenya also undertook to let its airlines fly directly", "travelling on Somaliland documents.",
  ("Kenya", S, pos, "Somaliland", "measures in favour of Somaliland (flights, visas) = backing by act"))
U(d, "The two leaders also said they hoped to see Somalia", "read as a barb.",
  ("Kenya", T, pos, "", "hope for a peaceful, stable Somalia = calling_for_talks (hope); the outlet's 'read as a barb' is not a row"),
  ("Somaliland", T, pos, "", "same joint wording, second signatory"))
U(d, "Somalia's foreign ministry firmly rejected the communiqué on Wednesday morning", "federal government in Mogadishu.",
  ("Somalia", C, neg, "Kenya", "'firmly rejected' aimed at the Kenya-Somaliland communiqué (an act) = judgement; contrast with rejecting allegations (a denial, neutral); Mogadishu = place"))
U(d, "Somaliland's foreign ministry brushed off the Somali complaints", "about whom it met.",
  ("Somaliland", C, neg, "Somalia", "dismisses the complaints and judges the government in Mogadishu; Hargeisa = metonym (object)"))
# No row: "Somaliland declared independence from Somalia in 1991 ..." (background);
# "The decision drew quick reactions in the region and beyond." (summary line).
U(d, "The Council of Presidential Candidates, an alliance of Somali opposition figures", "slipping election timetable.",
  ("Council of Presidential Candidates", C, neg, "Somalia", "opposition alliance under its own name judging its own government"))
U(d, "The chairperson of the African Union Commission, Moussa Faki Mahamat", "spirit of good neighbourliness.",
  ("African Union", T, neg, "", "AU Commission chair = African Union; concern + an appeal for dialogue to both = calling_for_talks"))
U(d, "In Djibouti, IGAD's executive secretary, Workneh Gebeyehu", "two of its member states.",
  ("IGAD", N, neg, "", "alarm with no appeal = neutral, negative; Djibouti = place"))
# No row: the Mandera traders and the unnamed trader (not actors); "Analysts in Nairobi said ..." (not actors).
