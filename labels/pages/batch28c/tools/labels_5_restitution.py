# ------------------------------------------------------------------ Poland-Israel row over the property restitution amendment (radio interview transcript, 2021-08-16)
d = "page_poland_israel_restitution2021_radiointerview.txt"
# Not statements: programme header, breadcrumb, title, broadcast line, transcript note, speaker labels, [END OF SEGMENT], credits, Related, copyright.
# The host's questions and links are no one's; a host sentence reporting another actor's position is that actor's row (labels/README).
# "Good evening." / "Relations between Poland and Israel are at their lowest point in years." = host link, no row.
U(d, "On Saturday President Andrzej Duda signed an amendment", "murdered in the Holocaust.",
  ("Poland", N, neu, "", "host reports a specific act (signing the law); the critics' view is unnamed -> no row for them"))
U(d, "Within hours Israel's foreign minister, Yair Lapid, called the law antisemitic", "home from Warsaw.",
  ("Israel", C, neg, "Poland", "host reports Lapid: judgement + recall of the envoy"))
U(d, "Prime Minister Naftali Bennett called it a dark day", "memory of the victims.",
  ("Israel", C, neg, "Poland", "host reports Bennett; judgement without a stock word"))
# "With me are ..." / "Minister, let me start with you." / "Israel says this law is antisemitic. Is it?" = host links and question (Israel's view already has its row), no row.
U(d, "PAWEŁ JABŁOŃSKI: No, and I reject that description completely.", "Jewish or not.",
  ("Poland", N, neg, "", "denial of the charge with facts about the law = neutral, negative"))
U(d, "It ends years in which the courts were a lottery", "that is what we have done.",
  ("Poland", N, neu, "", "justification of own law; no judgement of another actor"))
U(d, "HOST: But Israel's foreign ministry says it will not send its new ambassador", "not to come back for now.",
  ("Israel", C, neg, "Poland", "host reports diplomatic measures (expulsion-type) = condemning"))
U(d, "PAWEŁ JABŁOŃSKI: We see no justification for the Israeli decision", "worked very hard to build.",
  ("Poland", C, neg, "Israel", "judgement of Israel's decision"))
U(d, "Our ambassador will remain in Warsaw for now", "where that is called for.",
  ("Poland", C, neg, "Israel", "reciprocal measure announced = condemning (a taken response)"))
U(d, "I would also say that statements suggesting Poland does not respect", "under German occupation.",
  ("Poland", C, neg, "Israel", "'offensive' = judgement of Israel's statements"))
U(d, "HOST: The United States also urged President Duda not to sign.", "HOST: The United States also urged President Duda not to sign.",
  ("United States", T, neg, "Poland", "host reports a US appeal to one side, no judgement word (README: demand to one side = calling_for_talks)"))
U(d, "Secretary of State Antony Blinken said on Saturday that Washington regretted the signature", "claimants to be heard.",
  ("United States", C, neg, "Poland", "'regretted' = judgement (guide) + appeal; rule 1"))
U(d, "PAWEŁ JABŁOŃSKI: Our alliance with the United States is strong", "it will remain strong.",
  ("Poland", S, pos, "United States", "affirmation of the alliance = support (unsure: could be neutral self-reassurance)"))
U(d, "We are ready to explain the law to our American partners", "once the rhetoric has calmed down.",
  ("Poland", T, pos, "Israel", "offer of talks (conditional) = calling_for_talks"))
U(d, "In fact we invited Israeli lawyers months ago", "the invitation still stands.",
  ("Poland", T, pos, "Israel", "standing invitation to joint expert review = offer of talks"))
U(d, "MIRIAM ADLER: Formally, yes.", "murdered or driven out.",
  ("Miriam Adler", C, neg, "Poland", "invented scholar; the law's effect on victims' heirs = judgement without a stock word (unsure: could be neutral analysis)"))
U(d, "Poland is the only country in the region that never passed", "this amendment closes it.",
  ("Miriam Adler", N, neu, "", "background facts from an analyst"))
U(d, "MIRIAM ADLER: I think calling the law antisemitic was a mistake", "change the subject.",
  ("Miriam Adler", C, neg, "Israel", "judgement of Israel's wording"))
U(d, "But the anger is real, and I understand why the government in Jerusalem", "respond sharply.",
  ("Miriam Adler", N, neu, "", "understanding of Israel's response; no approval or judgement (unsure: could be supporting)"))
U(d, "The World Jewish Restitution Organization said the amendment shut the door", "compensation scheme instead.",
  ("World Jewish Restitution Organization", C, neg, "Poland", "host reports the organisation: judgement + demand, rule 1 (new actor, organisation)"))
U(d, "PAWEŁ JABŁOŃSKI: With respect, the bill for what the occupiers did", "answer for it.",
  ("Poland", C, neg, "", "refusal of claims in protest + pointing at Berlin (target empty: the WJRO demand and Germany both aimed at; unsure)"))
# "HOST: Germany's government has not commented today." = non-answer, no row.
U(d, "PAWEŁ JABŁOŃSKI: The Commission's spokesman said it was a national competence", "which is correct.",
  ("European Union", N, neu, "", "Commission spokesman reported by Jabłoński: procedural line"),
  ("Poland", S, pos, "European Union", "'which is correct' = approval of the Commission's line"))
U(d, "MIRIAM ADLER: Both governments should lower the temperature", "on security, on trade.",
  ("Miriam Adler", T, neu, "", "appeal to both to de-escalate and return envoys"))
U(d, "If they do not find a quiet format soon", "the governments that started it.",
  ("Miriam Adler", N, neg, "", "fear/forecast without appeal"))
U(d, "PAWEŁ JABŁOŃSKI: No. The law has been signed", "will do the same.",
  ("Poland", T, pos, "Israel", "refusal to change the law + hope for a better tone: the hope for calmer relations decides, no judgement word (unsure: could be neutral)"))
