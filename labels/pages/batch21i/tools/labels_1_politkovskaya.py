# ------------------------------------------------------------------ Murder of Anna Politkovskaya (European news site, full HTML, 2006-10-13)
d = "page_politkovskaya_murder_eurosite.html"
# No rows: headline, kicker, standfirst, byline, captions ("1 of 3"), crossheads, Related link, credits, tags,
# newsletter prompt, comments, most-read list, footer.
U(d, "The killing of Anna Politkovskaya hung over the Petersburg Dialogue", "in central Moscow.",
  ("Germany", T, neu, "Russia", "long lead mixing narration (the murder) and Merkel's position: asked for the murder to be cleared up + will follow the investigation; demand for an investigation with no judgement word = calling_for_talks; Putin is an object here"))
# "Putin, who had said nothing in public ..." = narration of his silence (no row).
U(d, "\"This is a vile crime, and our investigators", "Putin said.",
  ("Russia", C, neg, "", "multi-sentence quote closed by its speaker = one unit; judgement of the crime (killers unknown, target empty) + own pledge; rule 1"))
# "He then went further." = summary line before the specific statement (no row).
U(d, "Politkovskaya's writing, he told the room,", "Russia's standing.",
  ("Russia", N, neg, "", "pronoun subject + mid-sentence attribution; belittles the victim (not an actor) and the damage to Russia, no actor judged = neutral, negative (unsure)"))
U(d, "He also pointed, without giving a single name, at fugitives", "against Moscow.",
  ("Russia", C, neg, "", "insinuation that exiles abroad wanted the crime = accusation; nobody named -> target empty"))
# "Merkel did not take up the remark, and the news conference moved on ..." = narration (no row).
U(d, "In Moscow, Prosecutor General Yuri Chaika, who has taken the case", "from the stairwell.",
  ("Russia", N, neu, "", "prosecutor general = Russia; own procedure, line of inquiry and evidence = neutral; Moscow = place"))
U(d, "Its spokesman, Mikhail Kamynin, said on Wednesday", "unwarranted and provocative.",
  ("Russia", C, neg, "", "'Its' = the foreign ministry (previous sentence, a lead-in with no row); 'Moscow' = metonym; 'unwarranted and provocative' aimed at foreign politicians and media (no canonical actor -> target empty)"))
# "The foreign ministry was less restrained." = lead-in (no row).
U(d, "In Grozny, Ramzan Kadyrov, the Chechen prime minister", "as an enemy.",
  ("Russia", N, neg, "", "regional head of government resolves to his state (Kadyrov is an alias of Russia in the name files); denial = neutral, negative; Grozny = place; Politkovskaya's past accusation is background"))
# "Her colleagues do not accept that the case is in safe hands." = summary line (no row).
U(d, "Dmitry Muratov, the editor-in-chief of Novaya Gazeta, said the paper", "leading to the killers.",
  ("Dmitry Muratov", N, neu, "", "Muratov is his own actor in the name files; own parallel inquiry and the reward = plans, neutral; Lebedev named only as co-funder (no row)"))
U(d, "\"She told the authorities about the threats against her more than once", "Muratov said.",
  ("Dmitry Muratov", C, neg, "Russia", "accusation of official inaction (judgement without stock words); 'the authorities' = Russia"))
U(d, "\"Now they are promising us the truth.", "promise before.\"",
  ("Dmitry Muratov", C, neg, "Russia", "quote continued after its attribution = own unit, same speaker; distrust of the authorities' promise = judgement (unsure: could be neutral)"))
U(d, "Mikhail Gorbachev, the last Soviet leader, who bought a minority stake", "had been its victim.",
  ("Mikhail Gorbachev", C, neg, "", "former leader speaking as an independent person (a shareholder of the paper); judgement of the crime, no actor named"))
# "The United States was among the first to respond." = summary line before the specific statement (no row).
U(d, "The State Department said on Sunday that Washington was appalled", "whoever paid him.",
  ("United States", T, neg, "Russia", "'Washington' = metonym; alarm + appeal for an investigation, no judgement of an actor = calling_for_talks"))
# "President George W. Bush added his own voice in a written statement on Thursday." = lead-in (no row).
U(d, "He described Politkovskaya as a reporter who had shown", "a part in her death.",
  ("United States", T, neu, "Russia", "'He' = Bush; tribute to the victim (not an actor) + expectation of a full prosecution = demand with no judgement -> calling_for_talks"))
U(d, "A senior State Department official, briefing reporters", "\"until we see results\".",
  ("United States", T, neg, "Russia", "unnamed official of a named body speaks for it; will keep raising the case with Russian officials = diplomatic pressure, no judgement (unsure: could be neutral)"))
U(d, "Finland, which holds the European Union's rotating presidency", "who had ordered it.",
  ("European Union", C, neg, "", "the presidency speaking on the bloc's behalf = European Union (not Finland); 'abhorrent crime' + appeal to Russia: rule 1; crime with unknown authors -> target empty"))
U(d, "Benita Ferrero-Waldner, the EU's external relations commissioner, said she hoped", "made public.",
  ("European Union", T, pos, "Russia", "hope for a swift and open inquiry = calling_for_talks"))
U(d, "Press freedom would be on the table when EU leaders", "she said.",
  ("European Union", N, neu, "", "attribution tail; an agenda item of a scheduled meeting = neutral plan; Putin as object"))
U(d, "In Berlin, the government spokesman, Ulrich Wilhelm,", "had to work.",
  ("Germany", N, neg, "", "concern without an appeal = neutral, negative; Berlin = place (and the government's seat)"))
U(d, "Paris called the murder an odious act", "her pen.",
  ("France", C, neg, "", "'Paris' = metonym for the French government; judgement of the crime, no actor named"))
U(d, "Sweden and Norway, whose foreign ministers both spoke on Sunday", "commissioned the killing.",
  ("Sweden", T, neu, "Russia", "two states in one sentence = two rows; demand for an inquiry, no judgement"),
  ("Norway", T, neu, "Russia", "same sentence, second state"))
U(d, "Terry Davis, the secretary general of the Council of Europe", "those who criticise it.",
  ("Council of Europe", C, neg, "Russia", "'failed in its most basic duty' = judgement of the Russian state (Russia as object of the judgement, not a speaker)"))
U(d, "At the OSCE in Vienna, Miklós Haraszti", "at regular intervals.",
  ("OSCE", T, pos, "Russia", "welcome of the prosecutor's step + appeal for regular reports, no judgement: rule 2 before rule 3 = calling_for_talks; Vienna = place"))
U(d, "Reporters Without Borders, which held a candlelit vigil", "any other country in Europe.",
  ("Reporters Without Borders", N, neg, "", "the group's figures, no blame in this sentence = neutral (the vigil is an act of protest reported in a relative clause)"))
U(d, "The group's secretary-general, Robert Ménard, said the Kremlin bore responsibility", "never to be caught.",
  ("Reporters Without Borders", C, neg, "Russia", "'The group's' = RSF; 'the Kremlin' = Russia; holding someone responsible = condemning"))
U(d, "The Committee to Protect Journalists in New York asked Putin", "fired the shots.",
  ("Committee to Protect Journalists", T, neu, "Russia", "demand addressed to Putin (object), no judgement"))
U(d, "The group also said it stood with Muratov and his staff", "on Monday.",
  ("Committee to Protect Journalists", S, pos, "Dmitry Muratov", "solidarity = supporting; 'The group' = CPJ"))
# Background paragraph ("Politkovskaya, a US-born daughter ...", "Russian forces went back into the republic ...",
# "Moscow has since handed ...", "In 2004 she fell seriously ill ...") = narration with actors as subjects (no rows).
# "Grigory Lapin, a Moscow political scientist ..., said the likeliest outcome was a familiar one." = lead-in to his quote (no row).
U(d, "\"I expect an arrest of the triggerman within a year", "he said.",
  ("Grigory Lapin", N, neg, "", "independent analyst under his own name; multi-sentence quote closed by the speaker; scenario without judgement"))
U(d, "Lapin said the Kremlin's main worry was the timing", "relations with Europe.",
  ("Grigory Lapin", N, neu, "", "surname only; reading of the Kremlin's interests (Kremlin as object), neutral"))
U(d, "Tobias Rennert, who follows Russian affairs", "before the spring.",
  ("Tobias Rennert", N, neu, "", "analyst on Berlin's interests and what comes next; no judgement"))
# "Rennert was less restrained about the president's remarks in Dresden." = lead-in (no row).
U(d, "He called them a cold and calculated insult", "in Chechnya.",
  ("Tobias Rennert", C, neg, "Russia", "'He' = Rennert, 'them' = Putin's remarks; explicit judgement"))
U(d, "The EU, he said, should use the Lahti dinner", "member states' police.",
  ("Tobias Rennert", T, neu, "European Union", "appeal addressed to the EU to press Putin through dialogue and offer cooperation; no judgement"))
# Funeral paragraph: the retired teacher from Tver is an unnamed resident (no row); her quote neither.
