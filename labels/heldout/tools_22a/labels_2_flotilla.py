# ------------------------------------------------------------------ Israel's raid on the Gaza flotilla ship Mavi Marmara (live blog, full HTML, 2010-05-31 to 06-01)
d = "page_mavi_marmara_liveblog.html"
U(d, "Israel said it would deport all of the roughly 680 activists", "to the authorities.",
  ("Israel", N, neu, "", "own plan (deportation) with no judgement = neutral; entry heading not a statement"))
U(d, "Catherine Ashton welcomed Egypt's decision", "and not by convoy.",
  ("European Union", T, neu, "Israel", "welcome + appeal to open crossings, no judgement: rule 2 before rule 3 = calling_for_talks; the appeal is addressed to Israel"))
U(d, "Egypt has opened its Rafah crossing with Gaza", "MENA reported.",
  ("Egypt", S, neu, "Palestine", "backing by act (opening the crossing for aid and people); MENA only carries it; target by the demonym as batch5c did for aid to Gaza (unsure)"))
U(d, "After nearly 12 hours of talks behind closed doors", "impartial investigation.",
  ("United Nations", C, neg, "", "Security Council statement: regret + 'condemned the acts' + inquiry = rule 1; no perpetrator named -> target empty; the unnamed diplomats in the next sentence get no row"))
U(d, "Turkish Foreign Minister Ahmet Davutoglu told the emergency session", "held to account for it.",
  ("Turkey", C, neg, "Israel", "'grave breach of international law' + accountability"))
U(d, "Ismail Haniyeh, who heads the Hamas administration in Gaza", "to end the blockade.",
  ("Hamas", C, neg, "Israel", "'a crime' + appeal to the UN = rule 1"))
U(d, "Sami Abu Zuhri, a spokesman for the movement", "the lives they had lost.",
  ("Hamas", S, pos, "Turkey", "spokesman introduced by role, 'the movement' = Hamas; thanks = supporting"))
U(d, "In Washington, a White House spokesman said Obama regretted", "the events at sea.",
  ("United States", N, neg, "", "regret + still establishing facts, no appeal, no judgement = neutral, negative"))
U(d, "Obama spoke to Netanyahu by telephone", "the White House said later.",
  ("United States", T, neu, "Israel", "request to learn the facts (an explanation) with no judgement = calling_for_talks, as in batch4j/5c; attribution tail"))
U(d, "Defence Minister Ehud Barak told a news conference", "a violent confrontation.",
  ("Israel", C, neg, "IHH Humanitarian Relief Foundation", "blame on the organisers, naming the IHH = condemning; Tel Aviv = place"))
U(d, "Deputy Foreign Minister Danny Ayalon said the flotilla", "found on board.",
  ("Israel", C, neg, "", "'a provocation from the start' + weapons claim = accusation; aimed at the flotilla, no canonical actor named -> target empty"))
U(d, "Prime Minister Benjamin Netanyahu, who was in Ottawa", "his office said.",
  ("Israel", N, neg, "", "regret + justification of his own soldiers ('forced to defend themselves') = neutral (unsure: it implies blame on the passengers without naming anyone)"))
U(d, "His office said he was flying home", "at the White House on Tuesday.",
  ("Israel", N, neu, "", "own schedule (trip cut short, meeting called off) = neutral"))
U(d, "\"What happened at sea this morning tells us", "told reporters in Doha.",
  ("Arab League", C, neg, "Israel", "two-sentence quote closed by its speaker introduced by role; judgement + veiled threat to relations; Doha = place"))
U(d, "He said the league's permanent representatives", "a common response.",
  ("Arab League", N, neu, "", "'He' = Moussa; a meeting of its own body announced = neutral plan; Cairo = place"))
U(d, "Catherine Ashton, the EU's foreign policy chief, said", "into the deaths.",
  ("European Union", T, neu, "Israel", "asking for an inquiry, no judgement word = calling_for_talks; Lieberman only addressed"))
U(d, "The bloc's ambassadors would meet in Brussels", "she said.",
  ("European Union", N, neu, "", "'the bloc' = EU; meeting plan = neutral"))
U(d, "Turkish Prime Minister Recep Tayyip Erdogan, who cut short", "not without limits.",
  ("Turkey", C, neg, "Israel", "'acted like a pirate' + warning = condemning; Chile = place"))
U(d, "UN Secretary-General Ban Ki-moon, speaking in the Ugandan capital", "what had happened.",
  ("United Nations", C, neg, "Israel", "shock + 'condemned the violence' + demand addressed to Israel = rule 1; Kampala = place"))
U(d, "Carl Bildt, Sweden's foreign minister, said", "a full account of the boarding.",
  ("Sweden", T, neu, "Israel", "ambassador asked in to give an account, no protest stated = request for an explanation = calling_for_talks (unsure: a summons can be a protest measure)"))
U(d, "A senior official at the Swedish foreign ministry later said", "a firm response.",
  ("Sweden", C, neg, "Israel", "unnamed official of a named ministry = Sweden; 'could not be accepted' = judgement"))
U(d, "Greece has withdrawn from a joint air force exercise", "defence ministry said.",
  ("Greece", C, neg, "Israel", "measures (exercise cancelled, ambassador summoned) = condemning; attribution tail"))
U(d, "The foreign ministry in Athens said its first concern", "about them immediately.",
  ("Greece", T, neu, "Israel", "'in Athens' = place of the ministry; concern for its citizens + request for information, no judgement = calling_for_talks"))
U(d, "Turkey has recalled its ambassador to Israel", "told reporters in Ankara.",
  ("Turkey", C, neg, "Israel", "measures by act (recall, exercises called off) = condemning; speaker in the attribution tail"))
U(d, "The Turkish foreign ministry said in a statement that Israel", "suffer lasting harm.",
  ("Turkey", C, neg, "Israel", "judgement + warning about relations"))
U(d, "The Israel Defense Forces said nine activists", "the port of Ashdod.",
  ("Israel", N, neu, "", "figures and own operation reported as done = neutral"))
U(d, "The military rejected accounts from people on board", "before they were attacked.",
  ("Israel", N, neg, "", "'The military' = the IDF; denial = neutral, negative; the Israeli media report in the first entry is no row"))
