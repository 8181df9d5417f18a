# ------------------------------------------------------------------ Russia excluded from the Council of Europe (press release of an international organisation, 2022-03-16)
d = "page_coe_russia_expulsion_pressrelease.txt"
U(d, "The Council of Europe's Committee of Ministers decided at an extraordinary session", "26 years of membership.",
  ("Council of Europe", C, neg, "Russia", "exclusion of a member = a measure taken against it"))
U(d, "The decision was taken in the procedure under Article 8", "Article 3.",
  ("Council of Europe", C, neg, "Russia", "'aggression' + serious breach"))
U(d, "The Parliamentary Assembly had concluded, in an opinion adopted unanimously", "member State.",
  ("Council of Europe", C, neg, "Russia", "PACE = a body of the Council of Europe; opinion that Russia cannot remain = judgement"))
U(d, "On the same day, the Russian Government notified the Secretary General", "Human Rights.",
  ("Russia", N, neg, "", "withdrawal with no protest stated in the sentence = neutral (guide); tone negative (unsure: neutral tone also defensible)"))
U(d, "The Committee of Ministers will settle the legal and financial consequences", "further meeting.",
  ("Council of Europe", N, neu, "", "procedure"))
U(d, "In a joint statement, Luigi Di Maio, Minister for Foreign Affairs of Italy and Chair", "office in Kyiv.",
  ("Council of Europe", S, pos, "Ukraine", "Di Maio speaks as chair of the Committee of Ministers = the body (guide); continued help = supporting"))
U(d, "They also said the Organisation would continue to support Russian human rights defenders", "its values.",
  ("Council of Europe", S, pos, "", "support for Russian civil society, not the Russian state: target empty"))
U(d, "The Secretary General called on the Russian authorities to halt hostilities", "besieged cities.",
  ("Council of Europe", T, neg, "Russia", "demand to one side to stop + humanitarian access, no judgement word = calling_for_talks"))
