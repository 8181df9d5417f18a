# ------------------------------------------------------------------ Erdogan: 'we may come suddenly one night'; Athens responds (Anadolu-style state media, 2022-09-06)
d = "page_erdogan_greece_statemedia.txt"
U(d, "Turkish President Recep Tayyip Erdogan said on Tuesday that Greece must decide", "its provocations.",
  ("Turkey", C, neg, "Greece", "repeated veiled military threat = condemning; Ankara/Athens metonyms"))
U(d, "Speaking to reporters at Istanbul's Ataturk Airport", "would not let pass.",
  ("Turkey", C, neg, "Greece", "'hostile act' = judgement of Greece's radar lock; NATO only mentioned"))
U(d, "\"Our Defense Ministry is in talks with the NATO Secretary General", "Erdogan said.",
  ("Turkey", N, neg, "", "own step of raising the matter at NATO, no judgement in the sentence = neutral (unsure)"))
U(d, "\"Greece knows this, and from now on it will have to think hard", "suddenly one night.",
  ("Turkey", C, neg, "Greece", "quotation left open at the paragraph's end (continues below); threat"))
U(d, "\"The islands in their hands are being armed", "he added.",
  ("Turkey", C, neg, "Greece", "quotation continued over the paragraph break, 'he' = Erdogan; accusation ('unlawful threats') + threat"))
U(d, "At a technology festival in the Black Sea province of Samsun", "moment arrived.",
  ("Turkey", C, neg, "Greece", "'occupation' of the islands + 'would act when the moment arrived' = threat"))
U(d, "He also asked why the US was shipping weapons", "Greek miscalculations.",
  ("Turkey", C, neg, "United States", "rebuke of Washington (metonym) put as a question + warning; Greece only mentioned"))
U(d, "Last week, Defense Minister Hulusi Akar vowed", "go unanswered.",
  ("Turkey", C, neg, "Greece", "threat of a response"))
U(d, "The ministry said earlier it had forwarded the radar records", "allied countries.",
  ("Turkey", N, neu, "", "'The ministry' = Turkish defence ministry by context; own procedural step reported"))
U(d, "Devlet Bahceli, the leader of the Nationalist Movement Party", "for weakness.",
  ("Nationalist Movement Party", C, neg, "Greece", "party under its own name (name files); warning = threat"))
U(d, "Foreign Minister Mevlut Cavusoglu said in Ankara on Monday", "eastern Aegean islands.",
  ("Turkey", T, neu, "Greece", "conditional offer of dialogue = talks (README: offering talks, even conditional ones); Ankara = place"))
U(d, "Türkiye has also set out its position on the Aegean in letters", "Turkish diplomatic sources.",
  ("Turkey", C, neg, "Greece", "'Turkish diplomatic sources' = unnamed officials of a named government; 'unlawful', 'maximalist' = judgement"))
U(d, "Greek officials have denied that the S-300 system", "Turkish jets.",
  ("Greece", N, neg, "", "'Greek officials' = tied to a named government; denial = neutral, negative"))
U(d, "Greek Foreign Minister Nikos Dendias, for his part, wrote to NATO", "to condemn them.",
  ("Greece", C, neg, "Turkey", "'unprovoked and insulting' + request to condemn = condemning; NATO/EU/UN heads only addressed"))
U(d, "Dendias also suggested in the letters", "the one in Ukraine.",
  ("Greece", C, neg, "Turkey", "surname only; warning that likens Turkey's course to Russia's war = judgement"))
U(d, "Greek government spokesman Giannis Oikonomou told reporters in Athens", "country's sovereignty.",
  ("Greece", N, neu, "", "own posture and readiness, no judgement, no appeal = neutral (Athens = place)"))
U(d, "The Czech Republic, which holds the rotating EU presidency", "did nothing to help.",
  ("Czech Republic", C, neg, "Turkey", "the EU presidency's statement kept as the Czech Republic (the presidency state, not an EU Council position); 'unacceptable' threats (unsure: could be European Union)"))
U(d, "Dendias thanked his Czech counterpart, Jan Lipavsky", "swift reaction.",
  ("Greece", S, pos, "Czech Republic", "thanks = approval of the presidency's reaction (as batch5c's Taiwan thanking the EU)"))
U(d, "Turkish diplomatic sources said the Czech statement was one-sided", "in the Aegean.",
  ("Turkey", C, neg, "Czech Republic", "'one-sided' = judgement of the Czech statement; accusation of Greece inside it"))
U(d, "NATO spokesperson Oana Lungescu said on Monday", "Alliance solidarity.",
  ("NATO", T, pos, "", "appeal to both allies to settle differences = talks, target empty"))
