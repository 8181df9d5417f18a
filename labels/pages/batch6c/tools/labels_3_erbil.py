# ------------------------------------------------------------------ Iranian missile attack on Erbil (scraped Kurdish regional page, 2022-03-14)
d = "page_erbil_missiles_scraped.txt"
U(d, "Iraqi Prime Minister Mustafa al-Kadhimi flew to Erbil on Monday", "early on Sunday.",
  ("Iraq", N, neu, "", "a visit to inspect damage = a specific act reported, no evaluation (the 'Iranian' missiles are narrative); unsure: could be narrative with no row"))
U(d, "Kadhimi said the attack had targeted the security", "settle their scores.",
  ("Iraq", C, neg, "Iran", "judgement of the attack without stock words; the attack is claimed by the IRGC on the page -> target Iran (as batch5c: the claimant of the attack)"))
U(d, "Kadhimi's office said a joint team of federal and Kurdish security officials", "Masrour Barzani.",
  ("Iraq", N, neu, "", "procedure (an investigation) = neutral; Masrour Barzani is only met, he takes no position here (no KRG row)"))
U(d, "The Kurdistan Region's interior ministry said 12 ballistic missiles", "local television channel.",
  ("Kurdistan Regional Government", N, neu, "", "regional ministry = KRG; figures"))
U(d, "Iran's Islamic Revolutionary Guard Corps (IRGC) claimed the attack", "plot against Iran.",
  ("Iran", C, neg, "Israel", "IRGC = Iran (an army speaks for its state); claim of a strike on 'a centre used by Israel to plot against Iran' = accusation + own strike; the accusation decides"))
U(d, "\"The Zionist regime should know", "Sepah News website.",
  ("Iran", C, neg, "Israel", "'the Guards' = IRGC; conditional threat; Sepah News is the outlet, not an actor"))
U(d, "The Kurdistan Regional Government denied there were any Israeli sites", "civilian homes.",
  ("Kurdistan Regional Government", N, neg, "", "denial + own act (taking reporters to the sites) = neutral, negative"))
U(d, "Masrour Barzani said Erbil had been struck on the strength of invented stories", "between other states.",
  ("Kurdistan Regional Government", C, neg, "Iran", "KRG prime minister; 'invented stories' + refusal to be a 'mailbox' = judgement without stock words; the attacker named earlier on the page (IRGC)"))
U(d, "\"These are houses where families sleep.", "Barzani said.",
  ("Kurdistan Regional Government", C, neg, "Iran", "quote closed by its speaker; accusation that the attacker knowingly fired at homes"))
U(d, "Tehran's talk of an Israeli base is a pretext and nothing more", "destroyed villas.",
  ("Kurdistan Regional Government", C, neg, "Iran", "possessive before the speaker: 'Tehran's talk' (Iran is not a speaker here) judged by the KRG spokesman; judgement without stock words ('a pretext')"))
U(d, "Iraq's foreign ministry summoned the Iranian ambassador", "nothing could justify.",
  ("Iraq", C, neg, "Iran", "summoning an envoy with a protest note = diplomatic measure + judgement"))
U(d, "The Ministerial Council for National Security, chaired by Kadhimi, demanded", "against any neighbour.",
  ("Iraq", T, neg, "Iran", "demand for an explanation with no judgement word = calling_for_talks (as batch5c: demands for an explanation); Tehran = metonym; own commitment on its land"))
U(d, "President Barham Salih called the barrage a criminal act", "into chaos.",
  ("Iraq", C, neg, "Iran", "judgement ('criminal act'); the Iraqi president speaks for Iraq"))
U(d, "Speaking at his weekly news conference in Tehran on Monday", "across the border.",
  ("Iran", C, neg, "Israel", "accusation; Tehran = place"))
U(d, "\"Baghdad has been told this more than once", "he said.",
  ("Iran", C, neg, "Iraq", "judgement of Iraq's inaction without stock words ('it has done nothing'); Baghdad = metonym"))
U(d, "He dismissed the Kurdish accounts that only homes had been hit", "chosen with care.",
  ("Iran", N, neg, "", "denial = neutral, negative (guide)"))
U(d, "US National Security Advisor Jake Sullivan said Washington would help", "similar threats.",
  ("United States", C, neg, "Iran", "making Iran 'answer' for the attack = holding it responsible + promised response (condemning); the backing of Iraq inside the sentence gives no second US row"))
U(d, "State Department spokesman Ned Price said no US facility had been damaged", "at the United States.",
  ("United States", N, neu, "", "facts, no evaluation"))
U(d, "Secretary of State Antony Blinken said he had called Kadhimi", "Iraq's unity.",
  ("United States", S, pos, "Iraq", "solidarity offered = supporting"))
U(d, "Deputy Secretary of State Wendy Sherman told a US television network", "to the administration.",
  ("United States", N, neg, "", "concern with no appeal and no judgement = neutral, negative"))
U(d, "The head of the UN mission in Iraq, Jeanine Hennis-Plasschaert, urged restraint", "rivalries of others.",
  ("United Nations", T, neg, "", "UNAMI = United Nations (name files); appeal for restraint, the second clause names no actor"))
U(d, "Turkey's foreign ministry said attacks meant to shake", "standing by Iraq.",
  ("Turkey", C, neg, "Iran", "'could not be accepted under any circumstances' aimed at the attacks; Ankara = metonym; Turkey names no perpetrator, but the IRGC claimed the strike on the page -> target Iran (as batch5c)"))
U(d, "The consulates of France, Germany, and Britain in Erbil each condemned", "held to account.",
  ("France", C, neg, "Iran", "list with Oxford comma: three rows; condemnation of the claimed strike -> target Iran"),
  ("Germany", C, neg, "Iran", "same list + the German mission's demand for accountability"),
  ("United Kingdom", C, neg, "Iran", "same list; Britain = United Kingdom"))
U(d, "Arab League Secretary-General Ahmed Aboul Gheit condemned", "sovereignty.",
  ("Arab League", C, neg, "Iran", "condemnation of the claimed attack; target Iran as above"))
