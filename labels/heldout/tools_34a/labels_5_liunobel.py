# ------------------------------------------------------------------ Liu Xiaobo's Nobel Peace Prize and China's reaction (state-media page + MFA press-conference transcript, 2010-12-11)
d = "page_liu_nobel_mfatranscript.txt"
NNC = "Norwegian Nobel Committee"
# No rows: masthead, menu, language line, section, headline, updated/source/editor line, font/print/share line, photo
# caption with credit, dateline (excluded from the first unit), ADVERTISEMENT, the Liu background paragraph (sentence and
# Charter 08: narration), "Jagland then laid the medal and diploma on an empty chair ..." (ceremony narration), the outlet's
# own commentary ("The award has drawn wide criticism in China ...", "For many Chinese readers, the spectacle in Oslo ..."
# : the outlet is not an actor), the Beijing street scene, the Beijing-based scholar (unnamed, not an actor), Related,
# the transcript's title, intro line and "(Excerpts)", "Jiang Yu: Good afternoon. I have no announcement to make today.
# Now the floor is open." (procedure), the reporters' questions except where they report an actor's position, "I will not
# give you a list." and "You can see for yourself who will be sitting in the hall tomorrow." (no position beyond the
# previous sentence; see README), "I have seen the reports." and "We have noted the remarks of the Norwegian side."
# (acknowledgements), the editor's note, tags, most viewed, copyright.
U(d, "China on Friday reiterated its firm opposition to the award", "change nothing in China.",
  ("China", C, neg, NNC, "dateline excluded; lead: 'firm opposition' + 'political show' by people in the West = judgement of the committee's award"))
U(d, "\"Nobody can make the Chinese people accept a prize", "released on Friday evening.",
  ("China", C, neg, NNC, "multi-sentence quote closed by its speaker (spokeswoman = China); 'the committee' = the Norwegian Nobel Committee by context"))
U(d, "The Norwegian Nobel Institute said earlier this week that 19 countries", "44 had accepted.",
  (NNC, N, neu, "", "the Institute is the committee's secretariat (declared as an alias); figures = neutral; the 19 and the 44 are not named here, so no state rows"))
U(d, "The Philippines, one of the countries that stayed away, said its decision", "death penalty in China.",
  ("Philippines", N, neu, "", "staying away with a national-interest reason, no protest and no judgement = neutral (guide: withdrawing with no protest stated); Manila = metonym"))
U(d, "Serbia, which had first said its ambassador would not attend", "to the ceremony.",
  ("Serbia", N, neu, "", "reversal and attendance, no position stated = neutral"),
  ("European Union", C, neg, "Serbia", "the EU's criticism of Serbia reported inside the sentence = the EU's own position (guide: a position of X reported by Y)"))
U(d, "Vice Foreign Minister Cui Tiankai had warned reporters ahead of the ceremony", "relations with China.",
  ("China", C, neg, "", "veiled threat to governments that back the committee = condemning; no single state named -> target empty"))
U(d, "Jiang rejected reports that Beijing had pressed other governments", "right and wrong.",
  ("China", N, neg, "", "denial = neutral, negative; Beijing = metonym"))
U(d, "Foreign Ministry spokesman Ma Zhaoxu said on Oct 8, the day the award was announced", "the prize to stand for.",
  ("China", C, neg, NNC, "'betrayed' the prize's meaning = judgement of the committee"))
U(d, "Norwegian Prime Minister Jens Stoltenberg congratulated Liu on the day of the announcement", "dismissed as an excuse.",
  ("Norway", S, pos, "Liu Xiaobo", "congratulations to the laureate = supporting; independence of the committee is a plain statement inside it"),
  ("China", C, neg, "Norway", "Beijing's dismissal of Norway's argument 'as an excuse', reported in the same sentence = China's own judgement (two rows)"))
U(d, "China summoned Norway's ambassador in Beijing on Oct 8", "the fisheries minister.",
  ("China", C, neg, "Norway", "summoning an envoy + cancelled meetings = measures in protest = condemning"))
U(d, "In Oslo on Friday, the committee's chairman, Thorbjoern Jagland, told the audience", "had chosen him.",
  (NNC, C, neg, "China", "the chairman speaks for the committee; 'in jail for nothing more than speaking his mind' + call for release = judgement of China (rule 1); Oslo = place"))
U(d, "U.S. President Barack Obama, last year's laureate, said in a statement", "his own had been.",
  ("United States", S, pos, "Liu Xiaobo", "praise of the laureate = supporting"))
U(d, "Obama also called for Liu's early release and said it was a matter of regret", "travel to Oslo.",
  ("United States", C, neg, "China", "call for release + 'a matter of regret' that they were not allowed to travel = a judgement aimed at China's ban (guide: 'regrettable' aimed at an act), rule 1"))
U(d, "EU foreign policy chief Catherine Ashton renewed her call for Liu to be released", "move freely.",
  ("European Union", T, neg, "China", "demands for release and freedom of movement with no judgement word = calling_for_talks, negative (labels/README); China implied as addressee (unsure: target could be empty)"))
U(d, "The UN High Commissioner for Human Rights, Navi Pillay, who welcomed the award in October", "event in Geneva.",
  ("United Nations", S, pos, "Liu Xiaobo", "welcome of the award in a relative clause (supporting, rule 3 before 4) + non-attendance with a procedural reason (neutral); one row per (unit, actor): supporting decides (unsure)"))
U(d, "Q: The secretary of the Nobel Committee, Geir Lundestad, said this week", "his years at the committee.",
  (NNC, C, neg, "China", "the committee secretary's criticism of China's campaign reported inside a journalist's question = the committee's position (as batch5c's US worry inside a question) (unsure: could be a neutral assessment)"))
U(d, "A: The Chinese Government and the Chinese people firmly oppose any country or anyone", "judicial sovereignty.",
  ("China", C, neg, "", "'firmly oppose' aimed at 'any country or anyone' using the prize = judgement; no single actor -> target empty"))
U(d, "Liu Xiaobo was sentenced by a Chinese court in accordance with the law.", "in accordance with the law.",
  ("China", N, neu, "", "justification by a fact about its own court = neutral (unsure: in context it also rebuts the committee)"))
U(d, "To award him the prize is an open challenge to China's judicial system", "the Chinese people.",
  ("China", C, neg, NNC, "'open challenge' = judgement of the award (the committee's act)"))
U(d, "A: We have said before that more than 100 countries and international organizations", "expressed their support.",
  ("China", N, pos, "", "claimed backing by unnamed states = China's figure, neutral; the unnamed 100 get no rows"))
U(d, "A: China develops friendly relations with all countries on the basis of mutual respect", "internal affairs.",
  ("China", N, pos, "", "reassurance about its own policy = neutral, positive"))
U(d, "Those countries that choose to stand with the Nobel Committee should think carefully", "their respect for China.",
  ("China", C, neg, "", "veiled warning to unnamed governments = a threat = condemning; target empty"))
U(d, "A: We call on all parties concerned to stay calm and exercise restraint", "not less.",
  ("China", T, neu, "", "Korean Peninsula answer in the same transcript: restraint appeal to all parties = calling_for_talks"))
U(d, "China's proposal for emergency consultations among the heads of delegation", "remains on the table.",
  ("China", T, pos, "", "standing offer of talks = calling_for_talks"))
U(d, "A: I am not aware of the situation you mentioned.", "the situation you mentioned.",
  ("China", N, neu, "", "non-answer on Liu Xia's house arrest = neutral (as batch5c's 'declines to comment')"))
U(d, "It is a non-governmental activity, and I have no information about it.", "no information about it.",
  ("China", N, neu, "", "distancing from the 'Confucius Peace Prize' = neutral"))
U(d, "Q: The Norwegian government says it has no influence over the committee.", "no influence over the committee.",
  ("Norway", N, neu, "", "Norway's position reported inside a journalist's question = Norway's own neutral statement"))
U(d, "The committee's decision has damaged China-Norway relations, and the responsibility does not lie with China.", "does not lie with China.",
  ("China", C, neg, "", "blame for the damage placed away from China: aimed at the committee and the Norwegian side together -> target empty"))
U(d, "We hope the Norwegian side will take concrete actions to repair the damage.", "repair the damage.",
  ("China", T, neg, "Norway", "a demand that Norway repair relations, no judgement word in the sentence = calling_for_talks, negative (unsure: could be read as condemning)"))
