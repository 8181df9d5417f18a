# ------------------------------------------------------------------ Turkey summons Italy's ambassador over Draghi's "dictator" remark after the Ankara seating row (Turkish embassy news page, 2021-04-14)
d = "page_turkey_italy_draghi2021_embassynews.txt"
# Not statements: embassy header, menu, language bar, "ANNOUNCEMENTS", item dates, item titles (headlines), separators,
# "For details please consult ...", pager, follow line, address/copyright.
U(d, "President Recep Tayyip Erdoğan, speaking to journalists after a ceremony in Ankara on 14 April", "did not befit a head of government.",
  ("Turkey", C, neg, "Italy", "judgement of Draghi's words without a stock word ('a lapse of courtesy that did not befit')"))
U(d, "The President said relations built by the two nations over many decades", "a remark made at a press conference.",
  ("Turkey", C, neg, "Italy", "reported clause; reproach of the remark (judgement by contrast) (unsure: could be neutral)"))
U(d, "\"Italy is an ally and a friend of Türkiye.", "the President added.",
  ("Turkey", T, pos, "Italy", "wish for the friendship to grow with mutual respect: an appeal for a better relationship, no judgement word = calling_for_talks (unsure: 'requires respect' could be read as a reproach)"))
U(d, "The Embassy continues its contacts with the Italian authorities at every level", "between the two countries.",
  ("Turkey", T, pos, "Italy", "the Embassy speaks for Turkey; continuing contacts = commitment to dialogue"))
U(d, "The Ambassador of Italy in Ankara, Massimo Gaiani, was summoned to the Ministry", "as a dictator.",
  ("Turkey", C, neg, "Italy", "summoning an ambassador in protest = measure against another side"),
  ("Italy", C, neg, "Turkey", "Draghi's remark, reported in the relative clause = Italy's judgement of Turkey's president"))
U(d, "The Ambassador was told that Türkiye rejects these remarks in the strongest terms", "according to a statement issued by the Ministry.",
  ("Turkey", C, neg, "Italy", "'according to a statement issued by the Ministry' = attribution tail; rejection + demand of correction"))
U(d, "Foreign Minister Mevlüt Çavuşoğlu wrote on social media that such words were unworthy", "the nation that elected him.",
  ("Turkey", C, neg, "Italy", "judgement without a stock word"))
U(d, "Presidential Communications Director Fahrettin Altun said the Prime Minister of Italy", "before lecturing others.",
  ("Turkey", C, neg, "Italy", "office holder named by title only ('the Prime Minister of Italy') as target; retort = judgement"))
U(d, "AK Party spokesman Ömer Çelik said in a statement that Türkiye would answer every attempt", "whoever it came from.",
  ("Turkey", C, neg, "", "ruling party spokesman, mapped to Turkey as in the seed corpus; warning of a response, no one named -> target empty"))
U(d, "Foreign Minister Mevlüt Çavuşoğlu stated that the seating plan for the meeting of 6 April", "in line with their requests.",
  ("Turkey", N, neu, "", "account of the protocol arrangements; puts the responsibility on the EU's officers but without an evaluation = neutral (unsure: could be read as blame)"))
U(d, "He said that Türkiye was the target of unfair criticism", "it has always shown.",
  ("Turkey", N, neg, "", "denial of fault ('unfair criticism' aimed at no named actor) = neutral, negative"))
U(d, "The Minister stressed that the meeting itself had been positive", "deserved attention.",
  ("Turkey", N, pos, "", "assessment of own meeting as positive = self-assessment, neutral with positive tone"))
# "President Recep Tayyip Erdoğan received President of the European Council Charles Michel ..." = meeting narrated, no row.
U(d, "The President said Türkiye was ready to move forward with the European Union on the positive agenda", "to take concrete steps in return.",
  ("Turkey", T, pos, "European Union", "readiness for the positive agenda + appeal to the EU for steps = calling_for_talks"))
U(d, "According to the Presidency's Directorate of Communications, President Michel told the President", "step by step.",
  ("European Union", T, pos, "Turkey", "Michel's words relayed by the Turkish presidency ('according to') = the EU's position: wish for a constructive relationship"))
U(d, "President von der Leyen, speaking to the press after the meeting, said she had raised", "sent a worrying signal.",
  ("European Union", N, neg, "", "raising human rights + 'a worrying signal': concern without an appeal in the sentence = neutral, negative (unsure: could be condemning Turkey)"))
# "The Embassy held a webinar ... chaired by the Deputy Head of Mission." = event narrated, no row.
U(d, "Giulia Ferrante, professor of international relations at the University of Bologna, said", "during the pandemic.",
  ("Giulia Ferrante", N, pos, "", "invented scholar; observation on trade, no position on an actor"))
U(d, "Ferrante added that differences between two NATO allies were best handled", "in front of cameras.",
  ("Giulia Ferrante", T, neu, "", "surname only; advice for quiet diplomacy = calling_for_talks"))
U(d, "Kerem Aydın, chair of an Italian-Turkish business association in Milan, said", "to keep the political climate calm.",
  ("Kerem Aydın", T, neu, "", "invented business voice; trade figure + hope that both governments keep things calm: the appeal decides"))
U(d, "\"Our members do not want politics to get in the way of business.", "Aydın said.",
  ("Kerem Aydın", T, pos, "", "hope that difficulties are solved through dialogue"))
U(d, "The Embassy thanks all participants for their contributions.", "for their contributions.",
  ("Turkey", N, pos, "", "thanks to webinar participants (no actor) = courtesy, neutral with positive tone"))
U(d, "The Embassy reminds travellers that a negative PCR test", "of the Ministry of Health.",
  ("Turkey", N, neu, "", "consular rule = procedure"))
U(d, "The Embassy has taken note of the remarks of Foreign Minister Luigi Di Maio", "on Libya and on migration.",
  ("Italy", T, pos, "Turkey", "Di Maio's position relayed by the Embassy: wish for a constructive relationship and continued cooperation = calling_for_talks"),
  ("Turkey", N, neu, "", "'has taken note' = procedural"))
U(d, "Presidential Spokesperson İbrahim Kalın said on the same day that the episode would not alter", "should now look ahead.",
  ("Turkey", T, pos, "Italy", "reassurance about the alliance + both governments should look ahead = appeal to move on (calling_for_talks)"))
