# ------------------------------------------------------------------ Killing of Ihab al-Wazni, Karbala, Iraq (NGO weekly roundup, 2021-05-14)
d = "page_iraq_wazni_karbala2021_ngoroundup.txt"
# Not statements: header, tagline, menu, breadcrumb, roundup title and subtitle, compiler line, "In this issue" list,
# section heads, separators, "Also this week" bullets, subscribe line, about line, copyright.
# Narration, no row: the first paragraph of section 1 (the killing and the footage), the December 2019 ambush,
# "Hundreds of people took to the streets ... Iranian consulate in the city." (protesters unnamed), the shooting of
# Ahmed Hassan, and "Protest coordinators in several provinces called for ..." (unnamed speakers).
U(d, "The Security Media Cell said police in Karbala had launched a search", "those responsible.",
  ("Iraq", N, neu, "", "state security body = Iraq; own measures reported = neutral"))
U(d, "Karbala's governor, Nassif al-Khattabi, said checkpoints had been set up", "out of the city.",
  ("Iraq", N, neu, "", "provincial official resolves to his state (README); measures = neutral"))
U(d, "An interior ministry spokesman said investigators were examining footage", "the attackers took.",
  ("Iraq", N, neu, "", "unnamed official of a named government's ministry (context: Iraq) speaks for it; procedure = neutral"))
U(d, "Ali Hussein al-Tamimi, who coordinated protests alongside al-Wazni", "the authorities knew too.",
  ("Ali Hussein al-Tamimi", C, neg, "Iraq", "invented fellow activist; implies the authorities know the killers and do nothing = judgement on the state, no stock word (unsure: the threateners are unnamed)"))
U(d, "\"We will not bury our friends and then go home quietly,\" al-Tamimi said.", "al-Tamimi said.",
  ("Ali Hussein al-Tamimi", N, neg, "", "resolve to keep protesting; no judgement or appeal = neutral"))
U(d, "Prime Minister Mustafa al-Kadhimi told his cabinet on 9 May that the killers", "to find them.",
  ("Iraq", C, neg, "", "judgement of the killers' aim (unnamed, not canonical) + an order = condemning, target empty"))
U(d, "He also announced that a committee headed by the interior ministry", "from the local police.",
  ("Iraq", N, neu, "", "pronoun = Kadhimi; procedure = neutral"))
U(d, "President Barham Salih described the killing as a crime", "raised his voice for reform.",
  ("Iraq", C, neg, "", "calls the killing a crime; perpetrators unnamed -> target empty"))
U(d, "The Iraqi High Commission for Human Rights said the attack added", "into earlier killings.",
  ("Iraqi High Commission for Human Rights", T, neu, "Iraq", "the constitutionally independent rights commission, declared as its own organisation (not the government); asks the government for published findings = demand for an inquiry (README) -> calling_for_talks (unsure: could resolve to Iraq)"))
U(d, "The United Nations Assistance Mission for Iraq (UNAMI) said the killing was one more blow", "make their names public.",
  ("United Nations", C, neg, "", "judgement ('one more blow to ... right to speak freely') + appeal: rule 1; culprits unnamed -> target empty"))
U(d, "Briefing the Security Council in New York on 11 May, the head of the mission,", "depended on it.",
  ("United Nations", T, neu, "Iraq", "'the head of the mission' named by role; presses Baghdad to prosecute = demand for accountability, no judgement word = calling_for_talks"))
U(d, "Britain's ambassador to Iraq, Stephen Hickey, called the shooting a cowardly act", "without fear.",
  ("United Kingdom", C, neg, "", "'cowardly act' = judgement of the unnamed killers' act; target empty"))
U(d, "The U.S. embassy in Baghdad extended its condolences", "hold those responsible to account.",
  ("United States", T, neg, "Iraq", "condolences + appeal for accountability, no judgement word = calling_for_talks (rule 2)"))
U(d, "France's foreign ministry, in a statement from its spokesperson, condemned", "aspirations for reform.",
  ("France", C, neg, "", "'according to a statement from' style; condemnation + support for the people: rule 1"))
U(d, "The EU delegation in Baghdad said it would follow the investigation closely.", "follow the investigation closely.",
  ("European Union", N, neu, "", "monitoring, no appeal = neutral"))
U(d, "Iran's foreign ministry spokesman, Saeed Khatibzadeh, denounced the attack", "Iran's diplomatic missions.",
  ("Iran", C, neg, "", "denounces the attack on its consulate (protesters unnamed) + asks Baghdad for protection: rule 1; target empty"))
U(d, "The Committee to Protect Journalists called on the Iraqi authorities", "the investigation transparent.",
  ("Committee to Protect Journalists", T, neu, "Iraq", "demand for a swift, transparent inquiry = calling_for_talks (README)"))
U(d, "The Iraqi Communist Party announced on 9 May that it was suspending its participation", "escaping punishment.",
  ("Iraqi Communist Party", C, neg, "", "withdrawal in protest with the grievance stated = condemning (README: refusal in protest); armed groups unnamed -> target empty"))
U(d, "Zainab al-Khafaji, an independent researcher in Najaf", "before the summer.",
  ("Zainab al-Khafaji", N, neu, "", "invented researcher; forecast = neutral"))
U(d, "\"People have stopped counting promises.", "al-Khafaji said.",
  ("Zainab al-Khafaji", C, neg, "Iraq", "two-sentence quote closed by its speaker; mocks the government's promises = judgement without stock words"))
U(d, "She added that a low turnout in the south would hand the next parliament", "for the killings.",
  ("Zainab al-Khafaji", N, neg, "", "forecast; the blame is the protesters', reported by her, not her own judgement"))
U(d, "The Observatory has recorded more than 30 assassinations", "since October 2019.",
  ("Tigris Rights Observatory", N, neg, "", "the publishing NGO (invented) gives its own figures = neutral"))
U(d, "To our knowledge, not one has led to a conviction.", "not one has led to a conviction.",
  ("Tigris Rights Observatory", N, neg, "", "a fact stated by the NGO, no explicit judgement in the sentence (unsure: implied criticism)"))
U(d, "The Observatory considers that the government's repeated pledges", "the next one easier.",
  ("Tigris Rights Observatory", C, neg, "Iraq", "pledges 'empty' and impunity enabling killings = judgement"))
U(d, "We call on the government to hand the al-Wazni case", "assist the inquiry.",
  ("Tigris Rights Observatory", T, neu, "Iraq", "demand for an independent inquiry, no judgement = calling_for_talks"))
U(d, "Human Rights Watch said in a separate comment that the Kadhimi government's promises", "killings of protesters.",
  ("Human Rights Watch", C, neg, "Iraq", "criticism of unkept promises = judgement without stock words"))
