# ------------------------------------------------------------------ The Taliban bar women from Afghan universities (full HTML, Pakistani English daily, 2022-12-22)
d = "page_taliban_universityban_webpage.html"
U(d, "Afghanistan's Taliban-run government on Thursday defended its decision", "condemning the ban.",
  ("Afghanistan", N, neu, "", "Taliban-run government = Afghanistan (as batch3g); defending its own decision = justification, no judgement of another actor; dateline 'KABUL:' excluded"),
  ("Saudi Arabia", C, neg, "Afghanistan", "list of three in the lead, one row each: 'condemning the ban'; 'Western governments' = vague (no row)"),
  ("Turkey", C, neg, "Afghanistan", "same list"),
  ("Qatar", C, neg, "Afghanistan", "same list (Qatar's own statement below is an appeal; in the lead the writer reports it as condemnation)"))
U(d, "The higher education ministry's letter, sent to public and private universities", "until further notice.",
  ("Afghanistan", N, neu, "", "the ministry (by context) = Afghanistan; the order itself reported as a decision = neutral"))
U(d, "Speaking in public for the first time since the order, Higher Education Minister Neda Mohammad Nadeem", "a male relative.",
  ("Afghanistan", N, neg, "", "minister's justification: blames the students (not an actor); RTA = broadcaster, no row"))
U(d, "\"We warned them again and again", "Nadeem said.",
  ("Afghanistan", N, neg, "", "multi-sentence quote closed by its speaker; own justification"))
U(d, "\"The world should stop interfering in our internal affairs.", "later in the interview.",
  ("Afghanistan", C, neg, "", "quote continued after the attribution paragraph; rebuke of foreign critics (no canonical target)"))
U(d, "He said the ban would stay in place for now", "had been resolved.",
  ("Afghanistan", N, neu, "", "'He' = Nadeem; plan/conditions = neutral"))
U(d, "Foreign ministers of the Group of Seven said in a joint statement issued by Germany", "crime against humanity.",
  ("G7", C, neg, "Afghanistan", "joint statement issued by the chair = the body (guide: chair speaks for the body); 'gender persecution', crime against humanity = judgement"))
U(d, "\"Shutting women out of classrooms and offices", "the ministers said.",
  ("G7", C, neg, "Afghanistan", "warning that relations will change = threatened response; 'the ministers' = the G7 by context"))
U(d, "US Secretary of State Antony Blinken said at his year-end news conference", "its own future.",
  ("United States", C, neg, "Afghanistan", "judgement of the Taliban's act; Washington = place"))
U(d, "Blinken said the United States was discussing next steps", "wider recognition.",
  ("United States", C, neg, "Afghanistan", "surname only; 'would carry a price' = threat"))
U(d, "The Taliban's latest decree was a grave step backwards", "said on Twitter.",
  ("United Kingdom", C, neg, "Afghanistan", "possessive before the speaker ('The Taliban's latest decree'); judgement with attribution tail"))
U(d, "Qatar's foreign ministry urged the interim government in Kabul", "as men.",
  ("Qatar", T, neu, "Afghanistan", "appeal to review, no judgement word = calling_for_talks; Kabul = place of the interim government"))
U(d, "Turkish Foreign Minister Mevlut Cavusoglu, at a news conference with his Yemeni counterpart", "no basis in Islam.",
  ("Turkey", C, neg, "Afghanistan", "'no basis in Islam' = judgement of the ban; the Yemeni minister and Ankara are only place and company"))
U(d, "\"Which verse of the Koran tells a young woman", "he asked.",
  ("Turkey", C, neg, "Afghanistan", "rhetorical question = judgement (sentence of its own in the same paragraph)"))
U(d, "Hissein Brahim Taha, secretary-general of the Organisation of Islamic Cooperation", "the Taliban administration.",
  ("Organisation of Islamic Cooperation", C, neg, "Afghanistan", "name then role ('Y, the X of Z'); earlier warning + 'badly damage the credibility' = judgement"))
U(d, "Pakistan's Foreign Minister Bilawal Bhutto Zardari called the decision disappointing", "Afghan girls.",
  ("Pakistan", C, neg, "Afghanistan", "'disappointing' = negative judgement of the act + engagement rather than isolation: rule 1 (unsure: could be read as calling_for_talks)"))
U(d, "In Beijing, foreign ministry spokesman Wang Wenbin said China hoped", "inclusive administration.",
  ("China", T, neu, "Afghanistan", "hope addressed to the interim government = calling_for_talks; Beijing = place"))
U(d, "A spokesman for UN Secretary-General Antonio Guterres said the Secretary-General was deeply alarmed", "at every level.",
  ("United Nations", T, neg, "Afghanistan", "alarm + appeal, no judgement word = calling_for_talks; 'de facto authorities' = Afghanistan"))
U(d, "UN human rights chief Volker Türk said the ban was discriminatory", "badly needs.",
  ("United Nations", C, neg, "Afghanistan", "'discriminatory' = judgement without the stock words"))
U(d, "UNESCO said the number of women in Afghan universities", "by 2018.",
  ("UNESCO", N, neu, "", "figures = neutral, neutral tone"))
U(d, "Human Rights Watch called the decree shameful", "Afghan women.",
  ("Human Rights Watch", C, neg, "Afghanistan", "'shameful' + accusation"))
