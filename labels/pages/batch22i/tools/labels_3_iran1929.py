# ------------------------------------------------------------------ UN Security Council resolution 1929 on Iran (UN meetings coverage, .txt, 2010-06-09)
d = "page_iran_resolution1929_unmeetings.txt"
# No row: skip link, UN banner, languages, menu, document symbol, date, organ, meeting number, headline and subheadline,
# "Statements before/after the vote", "Action on draft", meeting times, "* *** *", "For information media. Not an official record.",
# related documents, share bar, footer.
U(d, "The Security Council today tightened the sanctions regime against Iran", "firms and individuals.",
  ("United Nations", C, neg, "Iran", "the Council imposing sanctions = measure against another side (guide); Security Council = United Nations"))
# No row: "Resolution 1929 (2010) was adopted by a recorded vote ..." (vote tally and panel in the passive: procedure, as blind26a);
# "Under the text, States are to bar ..." and "The annex lists ..." (the resolution's content, background);
# "The text also takes note ... several speakers described ..." and "Speaking before the vote, the representatives of Brazil and Turkey explained ..." (summary lines);
# "The Council then adopted resolution 1929 ..." (the vote as procedure: no row per voting state).
U(d, "MARIA LUIZA RIBEIRO VIOTTI (Brazil) said her delegation would vote against", "Council's majority.",
  ("Brazil", C, neg, "", "vote against + 'a serious error of judgement by the Council's majority' = judgement; majority not one actor, target empty"))
U(d, "\"Sanctions will most likely hurt ordinary Iranians", "she said.",
  ("Brazil", N, neg, "", "multi-sentence quote closed by 'she said': risks of sanctions, no judgement of an actor"))
U(d, "Brazil would keep working with all parties to bring them back to the table", "not out of threats.",
  ("Brazil", T, pos, "", "commitment to bring parties back to talks"))
U(d, "ERTUĞRUL APAKAN (Turkey) said his Government feared", "as a whole.",
  ("Turkey", N, neg, "", "fear with no appeal in the sentence = neutral, negative"))
U(d, "Turkey shared the wish to see every question about the Iranian programme answered", "to clear them up.",
  ("Turkey", T, neu, "Iran", "demand to Iran to cooperate with the IAEA, no judgement"))
U(d, "\"Turkey will not give up on the channel it helped to open", "Mr. Apakan said.",
  ("Turkey", T, pos, "", "commitment + urging all to stay on the diplomatic channel"))
U(d, "SUSAN RICE (United States) said the resolution put in place the broadest measures", "meet its obligations.",
  ("United States", C, neg, "Iran", "sanctions justified by Iran's 'persistent refusal' = measure + judgement"))
U(d, "Iran had continued to enrich uranium to higher levels", "core concerns untouched.",
  ("United States", C, neg, "Iran", "'she said' mid-sentence; accusations (secret facility, refusals)"))
U(d, "\"Diplomacy has not been switched off.", "she said.",
  ("United States", T, neu, "Iran", "offer of diplomacy addressed to Iran"))
U(d, "MARK LYALL GRANT (United Kingdom) said Iran had left the Council no choice.", "no choice.",
  ("United Kingdom", C, neg, "Iran", "blame on Iran for the measures"))
U(d, "He then read out a statement on behalf of the foreign ministers of China, France, Germany", "Tehran Research Reactor.",
  ("China", T, pos, "Iran", "joint statement read by the UK: one row per signatory; commitment to a negotiated solution and dialogue with Iran"),
  ("France", T, pos, "Iran", "same joint statement"),
  ("Germany", T, pos, "Iran", "same joint statement (Germany is not on the Council; its minister signed)"),
  ("Russia", T, pos, "Iran", "same joint statement; 'the Russian Federation'"),
  ("United Kingdom", T, pos, "Iran", "same joint statement; the reader's own state signed it too"),
  ("United States", T, pos, "Iran", "same joint statement"),
  ("European Union", T, pos, "Iran", "same joint statement; the EU High Representative"))
U(d, "GÉRARD ARAUD (France) said Iran had chosen to press ahead in open breach", "look the other way.",
  ("France", C, neg, "Iran", "'open breach', 'misled the IAEA' = accusations"))
U(d, "VITALY CHURKIN (Russian Federation) said his country had voted in favour", "normal trade.",
  ("Russia", C, neu, "Iran", "backing sanctions because Iran had not answered the IAEA = measure against Iran; softened by 'not an end in themselves' (unsure: could be read as neutral)"))
U(d, "Russia rejected any attempt by individual States to add their own unilateral penalties", "collective work of the Council.",
  ("Russia", C, neg, "", "rejection + 'undermining' aimed at unnamed States = judgement; target empty"))
U(d, "He paid tribute to the efforts of Brazil and Turkey", "carried forward.",
  ("Russia", S, pos, "", "praise of two states' mediation; Moscow = metonym; target empty (two)"))
U(d, "LI BAODONG (China) said sanctions were not a cure", "with Iran.",
  ("China", N, neu, "", "view on the limits of sanctions and trade, no judgement or appeal"))
U(d, "Dialogue and negotiation remained the best option, he said", "as soon as possible.",
  ("China", T, neu, "", "appeal to all parties to return to negotiations"))
U(d, "NAWAF SALAM (Lebanon) said his country had abstained", "agree on a position.",
  ("Lebanon", N, neu, "", "abstention explained by procedure (divided cabinet), no judgement"))
U(d, "Lebanon hoped that the path opened by the Tehran Declaration would be pursued", "he said.",
  ("Lebanon", T, pos, "", "hope for diplomacy and a WMD-free region (Israel not named) = calling_for_talks"))
U(d, "YUKIO TAKASU (Japan) said the resolution sent a clear message", "cooperate with the IAEA.",
  ("Japan", T, neu, "Iran", "demand to Iran to comply, no judgement word"))
U(d, "THOMAS MAYR-HARTING (Austria) said the measures were part of a dual-track approach", "fully supported.",
  ("Austria", S, neu, "", "support for the Council's approach; target empty (no single actor)"))
U(d, "He noted that the European Union's High Representative, Catherine Ashton, had written", "positive reply.",
  ("European Union", T, pos, "Iran", "position reported inside Austria's sentence: offer of a meeting to Iran's negotiator"),
  ("Austria", T, neu, "Iran", "'deserved a positive reply' = appeal to Iran"))
# No row: "The representatives of Mexico, Nigeria, Gabon, Uganda and Bosnia and Herzegovina also took the floor." (no position)
U(d, "MOHAMMAD KHAZAEE (Iran), taking the floor after the vote", "refused to bow to them.",
  ("Iran", C, neg, "", "accusation of 'a handful of Powers' using the Council (not named: target empty)"))
U(d, "\"Iran has never sought nuclear weapons and never will.", "he said.",
  ("Iran", N, neg, "", "denial = neutral, negative (guide)"))
U(d, "He said Iran would not suspend its enrichment activities", "Non-Proliferation of Nuclear Weapons.",
  ("Iran", N, neg, "", "own plans and rights stated, defiant tone, nobody judged"))
U(d, "The United States, he said, had chosen confrontation", "consequences.",
  ("Iran", C, neg, "United States", "blame + 'bear responsibility' = judgement"))
