# ------------------------------------------------------------------ Operation Serval in Mali (live blog, scraped, 2013-01-21)
d = "page_serval_liveblog.txt"
FR, ML, MUJAO = "France", "Mali", "Movement for Oneness and Jihad in West Africa"
# No rows: site menu, LIVE badge, headline, editors, last updated, share bar, image captions ("1 of 2", credits),
# KEY EVENTS, "What we know so far" bullets, timestamps and entry headings, ADVERTISEMENT, "Related:",
# "Show earlier updates", topics, newsletter prompt, MOST VIEWED, copyright.
U(d, "Egypt's President Mohamed Morsi told an Arab economic summit in Riyadh", "rather than bombs.",
  ("Egypt", C, neg, FR, "head of state speaking for Egypt (not his own later actor); 'did not accept' the intervention = rejection aimed at France's act; Riyadh = place"))
U(d, "He said the problems of Mali should be dealt with by peaceful means", "the region themselves.",
  ("Egypt", T, neu, "", "pronoun subject = Morsi; appeal for a peaceful course"))
# "We asked Hélène Rouvier ..." : the outlet's lead-in, no row.
U(d, "\"Taking back towns by air and by road is the easy part.", "Rouvier told us.",
  ("Hélène Rouvier", N, neg, "", "independent researcher (invented); 'told us' = the outlet; scenario, no judgement"))
U(d, "She said the African force would need months", "the coming weeks.",
  ("Hélène Rouvier", N, neg, "", "risks of the next phase, no appeal"))
U(d, "Rouvier said any Malian army unit accused of abuses", "close supervision.",
  ("Hélène Rouvier", T, neg, ML, "appeal to protect civilians addressed to Mali's army, no judgement word (the accusation is others')"))
U(d, "Algerian Prime Minister Abdelmalek Sellal told a news conference in Algiers", "had been captured.",
  ("Algeria", N, neg, "", "toll given by an actor; Algiers = place"))
U(d, "Sellal said the attackers had crossed from northern Mali", "storm the complex.",
  ("Algeria", N, neg, "", "justification of its own assault (as batch5c: own justification = neutral)"))
U(d, "Algiers has kept its airspace open to French jets", "beyond the country's borders.",
  ("Algeria", S, neu, FR, "Algiers = metonym; backing by act (airspace) with a limit stated = supporting"))
# "The first Nigerian and Togolese soldiers ... are now in Bamako." : narration, no row.
U(d, "The ECOWAS Commission said some 2,000 more", "by the end of the month.",
  ("ECOWAS", N, neu, "", "the ECOWAS Commission's deployment figures = neutral plan"))
U(d, "At Saturday's summit in Abidjan, Ivorian President Alassane Ouattara", "faster.",
  ("ECOWAS", S, pos, FR, "a head of state chairing the bloc at its summit = ECOWAS; thanks + appeal for troops (not a peace appeal) = supporting"))
U(d, "Benin's President Thomas Boni Yayi, the current chairman of the African Union", "on behalf of the continent.",
  ("African Union", S, pos, FR, "head of state speaking as AU chairman = African Union; praise and thanks; Paris = metonym as object"))
U(d, "He said he hoped Malians would sit down together", "the north was free.",
  ("African Union", T, pos, "", "hope for talks among Malians = calling_for_talks"))
U(d, "Defence Minister Jean-Yves Le Drian said French and Malian troops had entered Diabaly", "deployed in Mali.",
  (FR, N, neu, "", "own operation reported as done + troop figures, no judgement"))
U(d, "\"Nothing has changed in what we are there to do:", "told reporters in Paris.",
  (FR, C, neg, "", "announced continuation of a military operation against the groups = condemning; several groups -> target empty; quote opened after a colon inside the quote"))
U(d, "European Union foreign ministers last week agreed to speed up a mission", "for the Malian army.",
  ("European Union", S, neu, ML, "backing by act (training mission)"))
U(d, "The Pentagon said US Air Force C-17 transport planes had begun flying", "aerial refuelling.",
  ("United States", S, neu, FR, "airlift for French troops = backing by act; Washington = metonym"))
U(d, "US Defence Secretary Leon Panetta, speaking in London on Friday", "America's interest too.",
  ("United States", N, neg, "", "threat assessment, 'danger' as a topic, no judgement word aimed at a named actor and no appeal (unsure: could be condemning of the groups)"))
U(d, "Prime Minister David Cameron told the House of Commons", "for years.",
  ("United Kingdom", S, neu, FR, "continuing transport and surveillance help = supporting; no combat troops and a long-war warning in the same sentence"))
U(d, "Mali's interim President Dioncounda Traoré, in a televised message, thanked France", "darkest hour.",
  (ML, S, pos, FR, "thanks = supporting (the African troops also thanked; target France, the named state)"))
U(d, "He said the army would not stop until the last town", "from the \"terrorists\".",
  (ML, C, neg, "", "pronoun subject; announced continuation of the offensive against the groups = condemning"))
U(d, "A Malian army spokesman denied reports that soldiers had carried out summary executions", "would be punished.",
  (ML, N, neg, "", "unnamed official of a named army; denial + reassurance = neutral, negative"))
U(d, "A spokesman for the Movement for Oneness and Jihad in West Africa (MUJAO)", "wherever they were.",
  (MUJAO, C, neg, FR, "withdrawal explained + threat against French citizens: the threat decides; the Mauritanian agency is not an actor"))
U(d, "At the Security Council, France's ambassador Gérard Araud said after closed consultations", "stood behind the operation.",
  ("United Nations", S, pos, FR, "the Council's position reported by France's envoy = a UN row; Araud himself takes no position here (no France row)"))
U(d, "UN Secretary-General Ban Ki-moon is deeply worried", "said on Friday.",
  ("United Nations", T, neg, "", "worry + appeal to protect civilians; attribution tail via the spokesman"))
U(d, "The UN refugee agency said about 150,000 Malians", "displaced inside Mali.",
  ("UNHCR", N, neg, "", "UNHCR under its own name (name files); figures"))
U(d, "Moktar Ould Bahah, a Nouakchott-based security analyst, said Algeria's decision", "no longer safe.",
  ("Moktar Ould Bahah", N, neg, "", "independent analyst (invented); reading of Algeria's choice and its consequences, no judgement"))
U(d, "\"In Amenas was their answer", "he said.",
  ("Moktar Ould Bahah", N, neg, "", "quote after the narrated sentence, same paragraph, closed by 'he said'; prediction, no judgement"))
U(d, "He urged Bamako to open talks with the Tuareg groups", "would not hold.",
  ("Moktar Ould Bahah", T, neu, ML, "appeal for talks; Bamako = metonym as object"))
# "Good morning and welcome to our live coverage ..." : the outlet, no row.
