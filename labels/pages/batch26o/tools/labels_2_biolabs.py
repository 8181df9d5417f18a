# ------------------------------------------------------------------ UN Security Council, 8991st meeting on Russia's biological-laboratory claims (UN meetings coverage, 2022-03-11)
d = "page_biolabs_unsc2022_unmeetings.txt"
# Not statements: site header, menu, breadcrumb, meeting number, document symbol, date, headline, subheadline,
# crosshead "Statements", meeting times, "* *** *", disclaimer, related documents, share bar, footer.
U(d, "The Security Council met this morning at the request of the Russian Federation", "on the territory of Ukraine.",
  ("Russia", C, neg, "United States", "lede: the request itself carries Russia's charge against the US ('what it described as'); the Council as convenor takes no position"))
U(d, "Izumi Nakamitsu, High Representative for Disarmament Affairs, said", "programme in Ukraine.",
  ("United Nations", N, neu, "", "disarmament chief: a finding of fact, no evaluation"))
U(d, "She noted that both the Russian Federation and Ukraine were States parties", "to use them.",
  ("United Nations", T, neu, "", "'She' = Nakamitsu; encourages use of the Convention's consultation procedures"))
U(d, "Rosemary DiCarlo, Under-Secretary-General for Political and Peacebuilding Affairs, said", "considerably higher.",
  ("United Nations", N, neu, "", "casualty figures given by the UN, no blame"))
U(d, "She urged the parties to agree on ceasefire arrangements", "those who remained.",
  ("United Nations", T, neu, "", "appeal for ceasefire arrangements and humanitarian access"))
# "Also briefing the Council, under rule 39 ..., was Anders Lindqvist ..." = introduction of a briefer, no position.
U(d, "Mr. Lindqvist said that a public-health laboratory", "producing weapons.",
  ("Anders Lindqvist", N, neu, "", "invented independent expert; an assessment of the evidence, no judgement of an actor"))
U(d, "\"Laboratories are not weapons, and a purchase order for reagents is not evidence of intent,\" he said", "argued over in the Chamber.",
  ("Anders Lindqvist", T, neu, "", "points members to the Convention's expert procedures instead of debate = calling_for_talks (unsure: the first half dismisses the claims)"))
U(d, "The representative of the Russian Federation said his country's Ministry of Defence", "anthrax and cholera.",
  ("Russia", C, neg, "United States", "accusation: Pentagon-financed pathogen work"))
U(d, "He charged that Washington had turned Ukraine into a testing ground", "hide the traces.",
  ("Russia", C, neg, "United States", "'He' = the Russian representative; accusation; Washington = metonym"))
U(d, "The Council could not ignore what he called a direct threat", "present evidence to members.",
  ("Russia", C, neg, "United States", "speaker carried without a name ('he called'); the alleged activity judged a threat"))
U(d, "The representative of the United States said the meeting had been called for one purpose only", "answered in public.",
  ("United States", C, neg, "Russia", "the meeting as a stage for falsehoods = judgement"))
U(d, "Ukraine was running no biological weapons effort, she said", "work in the open.",
  ("United States", N, neg, "", "denial (for Ukraine and for the US support) = neutral, negative tone"))
U(d, "Speaking with some sharpness, the delegate said the Russian Federation was the State", "was itself preparing.",
  ("United States", C, neg, "Russia", "'the delegate' = the US representative; accusation + warning of a false-flag attack"))
U(d, "The representative of the United Kingdom said the claims were", "lend its name to them.",
  ("United Kingdom", C, neg, "Russia", "claims judged 'excuses' for violence"))
U(d, "France's delegate said his country saw the meeting as a diversion", "Mariupol and Kharkiv.",
  ("France", C, neg, "Russia", "judgement without stock words ('diversion', 'the invasion')"))
U(d, "China's representative said reports of biological military activity", "the Convention's framework.",
  ("China", T, neu, "", "asks for answers and fact-finding within the Convention; no judgement word (it lends weight to the claims without endorsing them)"))
U(d, "He also said that his country supported all efforts conducive to a peaceful settlement", "would continue.",
  ("China", T, pos, "", "support for a peaceful settlement + hope that negotiations continue"))
U(d, "The representative of Albania, speaking as a co-penholder on Ukraine", "\"a script, not evidence\".",
  ("Albania", C, neg, "Russia", "dismissal of the Russian case = judgement"))
U(d, "The representative of Ireland said there was no basis for the allegations", "shelled hospitals.",
  ("Ireland", C, neg, "Russia", "'propaganda' + shelling of hospitals = judgement"))
U(d, "Norway's delegate said her country condemned", "to justify it.",
  ("Norway", C, neg, "Russia", "explicit condemnation and rejection"))
U(d, "The representative of India said his country attached great importance", "in line with its provisions.",
  ("India", T, neu, "", "hope that concerns are settled by consultations between the parties"))
U(d, "Speaking for Mexico, the delegate said the Council should be working", "immediate halt to hostilities.",
  ("Mexico", T, neu, "", "humanitarian corridors + halt to hostilities; no explicit judgement"))
U(d, "Kenya's representative said his delegation was not in a position to judge", "would not do so.",
  ("Kenya", N, neu, "", "declines to judge, no appeal in this unit"))
U(d, "He urged both parties to take their concerns to the mechanisms", "keep talking.",
  ("Kenya", T, neu, "", "speaker carried by 'He'; appeal to both sides"))
U(d, "The representative of Brazil said the allegations were serious", "negotiated solution.",
  ("Brazil", T, neu, "", "examination by competent bodies + support for a negotiated solution; 'serious' qualifies the allegations, not an actor"))
U(d, "Speaking in her national capacity, the Council President", "were protected.",
  ("United Arab Emirates", T, neg, "", "concern + appeal to all sides = calling_for_talks"))
U(d, "The representative of Ukraine, speaking under rule 37, said", "rejected the accusations.",
  ("Ukraine", N, neg, "", "denial = neutral, negative tone"))
U(d, "The laboratories in question were ordinary public-health institutions", "who wished to see them.",
  ("Ukraine", N, neu, "", "facts + open door to experts; Kyiv = metonym (unsure: the offer could be calling_for_talks)"))
U(d, "He said the Russian Federation, having failed on the battlefield", "of its own making.",
  ("Ukraine", C, neg, "Russia", "accusation of preparing a provocation"))
U(d, "Taking the floor a second time, the representative of the Russian Federation said", "as \"noise\".",
  ("Russia", C, neg, "", "dismissal of several Western delegations' statements; target empty (several actors)"))
U(d, "She said Ireland stood with the people of Ukraine", "humanitarian response there.",
  ("Ireland", S, pos, "Ukraine", "speaker carried across the paragraph break by 'She'; solidarity + funding = supporting"))
