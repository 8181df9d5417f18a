# ------------------------------------------------------------------ Egypt's arrests of three EIPR staff (scraped Gulf regional daily, 2020-11-22)
d = "page_egypt_eipr_arrests2020_regionaldaily.txt"
# Not statements: masthead with Hijri date, menu, breadcrumb, headline ("Cairo rebuffs Western criticism": headline, no row), standfirst
# (carries the UN position: standfirst, no row), byline, time stamps, share bar, [Photo n of 3] captions, ADVERTISEMENT, crossheads,
# Related, tags, most popular, newsletter prompt, copyright.
U(d, "Egypt's foreign ministry on Saturday rejected a wave of foreign criticism", "trying to sway the prosecution.",
  ("Egypt", C, neg, "", "rejection of foreign criticism as interference = judgement of the critics (several states) -> target empty; the charges part is own account"))
# "Security forces arrested ...", "All three have been ordered held ..." = narration of the arrests and charges, no row.
# "The arrests followed a November 3 visit ... Germany, France, Italy, the Netherlands and the United Kingdom ..." = a meeting narrated, no statement of the listed states.
U(d, "Ahmed Hafez, the ministry's spokesman, said the organisation had been carrying out", "non-governmental groups.",
  ("Egypt", C, neg, "Egyptian Initiative for Personal Rights", "spokesman named by role; accusation of illegal activity against the group"))
U(d, "Hafez said the constitution guaranteed the freedom of civil society", "the law sets.",
  ("Egypt", N, pos, "", "surname only; reassurance about own rules = neutral"))
U(d, "On Wednesday the ministry had already singled out France", "lean on an Egyptian investigation.",
  ("Egypt", C, neg, "France", "accusation of pressure on the investigation (meddling)"),
  ("France", N, neg, "", "France's earlier position reported inside a relative clause: concern without an appeal = neutral, negative"))
U(d, "The French foreign ministry said on Friday it was following all three cases", "with the Egyptian authorities.",
  ("France", N, neg, "", "state adjective + ministry; monitoring and raising the cases, no appeal stated (unsure: could be calling_for_talks)"))
# "President Abdel Fattah al-Sisi is due in Paris ..." = narration, no row.
U(d, "A State Department spokesperson said Washington was troubled", "release the three men.",
  ("United States", T, neg, "Egypt", "concern + appeal to release, no judgement word = calling_for_talks"))
U(d, "In Geneva, Liz Throssell, a spokeswoman for the UN human rights office, said", "rights defenders in Egypt.",
  ("United Nations", C, neg, "Egypt", "judgement: reprisals and a pattern of intimidation"))
U(d, "She called on the authorities to free the three", "against them.",
  ("United Nations", T, neg, "Egypt", "the spokesperson carried on; appeal without a judgement in this sentence"))
U(d, "Mary Lawlor, the UN special rapporteur on human rights defenders", "alarmed by the news.",
  ("United Nations", N, neg, "", "UN special rapporteur counted as the UN; alarm without an appeal = neutral, negative"))
U(d, "Germany's human rights commissioner, Baerbel Kofler, called the detentions", "Egyptian civil society.",
  ("Germany", C, neg, "Egypt", "government commissioner = Germany; judgement (intimidation)"))
U(d, "Kofler said she expected the men to be released without delay.", "without delay.",
  ("Germany", T, neg, "Egypt", "surname only; demand for release, no judgement in this sentence"))
U(d, "James Cleverly, Britain's minister for the Middle East, said he had raised", "ambassador in London.",
  ("United Kingdom", N, neu, "", "diplomatic act reported, no judgement or appeal stated"))
U(d, "Italian Foreign Minister Luigi Di Maio said Rome would keep pressing", "held since February.",
  ("Italy", T, neg, "Egypt", "continued appeal for Zaki's release"))
U(d, "In a joint statement, the foreign ministries of Denmark, Finland, Norway and Sweden said", "to be released.",
  ("Denmark", T, neg, "Egypt", "joint statement by a list of states: one row each; concern + appeal = calling_for_talks"),
  ("Finland", T, neg, "Egypt", "list"),
  ("Norway", T, neg, "Egypt", "list"),
  ("Sweden", T, neg, "Egypt", "list"))
U(d, "Peter Stano, the EU's spokesman for foreign affairs, said the bloc valued", "defend human rights.",
  ("European Union", T, neu, "Egypt", "approval of the group joined to an appeal to Egypt, no judgement: appeal first (rule 2 before rule 3)"))
U(d, "Canada's embassy in Cairo said it hoped the three men", "back with their families.",
  ("Canada", T, pos, "", "hope = calling_for_talks"))
U(d, "Amnesty International said the arrests were the most serious blow", "freed immediately.",
  ("Amnesty International", C, neg, "Egypt", "judgement + demand: judgement decides (rule 1)"))
U(d, "The organisation itself said in a statement that it was proud", "keep working.",
  ("Egyptian Initiative for Personal Rights", N, pos, "", "self-praise and own plans = neutral, positive"))
U(d, "Its founder, Hossam Bahgat, said the state was punishing the group", "doors to diplomats.",
  ("Egyptian Initiative for Personal Rights", C, neg, "Egypt", "founder speaks for the group; accusation"))
U(d, "The head of parliament's human rights committee, Alaa Abed, said", "a fair process.",
  ("Egypt", N, pos, "", "MP committee head for his state; reassurance = neutral"))
U(d, "Karim Fouad, a Cairo lawyer who has represented detained activists", "time limit ran out.",
  ("Karim Fouad", C, neg, "Egypt", "invented lawyer; judgement of the detention practice"))
U(d, "Nadia Sobhi, who researches Egyptian politics", "would not be lectured.",
  ("Nadia Sobhi", N, neu, "", "invented researcher; reading of the timing"))
U(d, "She said European capitals had put arms and gas contracts", "now ignored them.",
  ("Nadia Sobhi", C, neg, "", "judgement of European capitals (several) -> target empty"))
