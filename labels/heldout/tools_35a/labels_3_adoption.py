# ------------------------------------------------------------------ Russia's ban on US adoptions after the Magnitsky Act (Russian state media, 2013-01-15)
d = "page_adoption_ban_statemedia.txt"
# No rows: agency header, menu, section, headline, time stamp, photo lines with credits, "Read also:", capitals crossheads,
# ADVERTISEMENT, tags, share bar, digest prompt, MOST POPULAR, copyright.
U(d, "The Kremlin will not reconsider the law that bars US citizens", "Washington's Magnitsky Act.",
  ("Russia", N, neu, "", "dateline excluded; long lead: own decision not to review (neutral) with the march and the Magnitsky Act as narration; Moscow = place, Washington = possessive in narration"))
U(d, "Presidential press secretary Dmitry Peskov was brief:", "nothing to discuss here.\"",
  ("Russia", N, neu, "", "quote opened after a colon, two sentences; own position, no judgement"))
# "The law, known as the Dima Yakovlev law ..." background narration, no row.
U(d, "The State Duma passed the bill by 420 votes to 7", "signed it on December 28.",
  ("Russia", C, neg, "United States", "Duma, Federation Council and Putin = one actor, one row; adoption of a retaliatory law against the US = a measure (sanction) (unsure: could be read as neutral procedure)"))
# "Besides the adoption clause, the law bars entry ..." content of the law, narration; Magnitsky Act background: no rows.
U(d, "Americans adopted more than 60,000 Russian children", "according to the US State Department.",
  ("United States", N, neu, "", "figures given by an actor (attribution tail)"))
U(d, "Speaking at his annual news conference on December 20, Putin said", "had been harmed.",
  ("Russia", C, neg, "United States", "approval of the deputies + accusation of the US authorities"))
U(d, "\"Our consular staff are not let into the courtroom.", "Putin said.",
  ("Russia", C, neg, "United States", "multi-sentence quote closed by the speaker; grievance put as a question"))
U(d, "He added that he hoped the dispute would not stand in the way", "other matters.",
  ("Russia", T, pos, "United States", "'He' = Putin; hope for continued cooperation = calling_for_talks"))
U(d, "On the day he signed the law, the president also issued a decree", "easier for Russian families to adopt.",
  ("Russia", N, pos, "", "'the president' = Putin; own domestic measure"))
U(d, "Children's rights ombudsman Pavel Astakhov said 46 children", "would be completed.",
  ("Russia", N, neu, "", "presidential children's ombudsman = Russia; figures and procedure"))
U(d, "He has said that 19 Russian children have died", "far too leniently.",
  ("Russia", C, neg, "United States", "'He' = Astakhov; figures + judgement of US courts"))
U(d, "The Foreign Ministry had warned in December that the Magnitsky Act,", "lasting harm to relations.",
  ("Russia", C, neg, "United States", "warning about the US law = negative judgement; Obama is inside a narrative clause (no row)"))
U(d, "Ministry spokesman Alexander Lukashevich called the US law", "Cold War alive.",
  ("Russia", C, neg, "United States", "'unfriendly step' + accusation"))
U(d, "Konstantin Dolgov, the ministry's commissioner for human rights,", "welfare of adopted children.",
  ("Russia", C, neg, "United States", "'the ministry' = Foreign Ministry; accusation of ignoring requests"))
U(d, "\"We asked again and again, and we got silence,\"", "he told NOVOSTI-PRESS.",
  ("Russia", C, neg, "United States", "quote by the same speaker in the same paragraph, closed by 'he told'; the agency is not an actor"))
U(d, "Lukashevich said the ministry would draw up its own list", "Guantanamo Bay prison.",
  ("Russia", C, neg, "United States", "counter-blacklist = a sanction announced"))
U(d, "Deputy Foreign Minister Sergei Ryabkov told members of the Federation Council", "expand the US list.",
  ("Russia", T, neu, "United States", "no wish for escalation + hope addressed to Washington = calling_for_talks; Moscow = metonym"))
U(d, "Foreign Minister Sergei Lavrov, who in December said", "head of state.",
  ("Russia", N, neu, "", "earlier reservation recalled in a relative clause + present acceptance of the law = neutral (unsure)"))
# "The reaction in Washington was predictable." summary line, no row.
U(d, "State Department spokesman Patrick Ventrell said on December 28", "chance of a family.",
  ("United States", C, neg, "Russia", "'made for political reasons' + harm to orphans = judgement"))
U(d, "He asked Moscow to allow families who had already been matched", "see their cases through.",
  ("United States", T, neu, "Russia", "'He' = Ventrell; request to one side, no judgement; Moscow = metonym"))
U(d, "US Ambassador Michael McFaul wrote on his Russian-language blog", "children left waiting.",
  ("United States", N, neg, "", "sadness and worry without an appeal = neutral, negative"))
U(d, "Alexei Pushkov, who heads the Duma's international affairs committee,", "as hypocritical.",
  ("Russia", C, neg, "United States", "Duma committee chair = Russia; 'hypocritical' aimed at the US criticism"))
U(d, "\"Those who pass laws punishing Russian officials", "he wrote on Twitter.",
  ("Russia", C, neg, "United States", "quote continuing Pushkov in the same paragraph, closed by 'he wrote'"))
U(d, "Duma Speaker Sergei Naryshkin said the law reflected", "country's citizens.",
  ("Russia", N, pos, "", "self-justification of parliament = neutral, positive"))
# March narration ("On Sunday, marchers walked ..."): no row.
U(d, "Police put the turnout at about 9,500;", "claimed considerably more.",
  ("Russia", N, neu, "", "Moscow police = a state agency giving a figure (neutral); the organisers are unnamed (no row)"))
U(d, "Lyudmila Alexeyeva, the 85-year-old head of the Moscow Helsinki Group,", "between two governments.",
  ("Moscow Helsinki Group", C, neg, "", "rights group under its own name; judgement aimed at both governments (target empty)"))
U(d, "Human rights ombudsman Vladimir Lukin said he would ask the Constitutional Court", "compatible with the constitution.",
  ("Russia", N, neu, "", "state ombudsman = Russia; a legal procedure announced, no judgement stated (unsure: an official challenging his own state's law)"))
U(d, "Nils Muiznieks, the Council of Europe's commissioner for human rights,", "reconsider the ban.",
  ("Council of Europe", T, neu, "Russia", "principle + appeal to reconsider, no judgement word = calling_for_talks; Strasbourg = place"))
U(d, "According to UNICEF, some 740,000 children in Russia", "waiting lists to adopt.",
  ("UNICEF", N, neu, "", "figures given by an actor"))
U(d, "The march passed without incident, police said.", "The march passed without incident, police said.",
  ("Russia", N, neu, "", "police = state agency; fact with an attribution tail"))
# Sociologists / poll, the orphanage director, Irina: not actors, no rows.
U(d, "Russian families adopt several thousand children a year", "foster parents this year.",
  ("Russia", N, pos, "", "Education and Science Ministry: figure + own plan"))
