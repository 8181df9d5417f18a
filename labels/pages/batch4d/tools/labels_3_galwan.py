# ------------------------------------------------------------------ Galwan clash (Indian regional paper, full HTML, 2020-06-17)
d = "page_galwan_clash_webpage.html"
U(d, "Seventeen soldiers who had been badly hurt", "putting the toll at 20.",
  ("India", N, neg, "", "the Army speaks for its state; toll without blame: neutral (grief in the facts -> negative tone)"))
U(d, "The statement said the two sides had since pulled back", "site of the clash.",
  ("India", N, neu, "", "'The statement' = the Army's; disengagement reported as fact"))
U(d, "External Affairs Ministry spokesperson Anurag Srivastava said the violence", "on June 6.",
  ("India", C, neg, "China", "blame: unilateral attempt to change the status quo, breach of the understanding"))
U(d, "The loss of life on both sides could have been avoided", "had agreed.",
  ("India", C, neg, "China", "'he' = Srivastava; blame by implication (avoidable had Beijing kept its word); Beijing = China"))
U(d, "\"We have always held that differences on the boundary", "Srivastava said.",
  ("India", T, neg, "", "multi-sentence quote: commitment to dialogue + resolve to defend territory, no judgement of China in the quote -> rule 2 (unsure: could be neutral)"))
U(d, "Prime Minister Narendra Modi, who opened a video conference", "provocation in kind.",
  ("India", C, neg, "China", "leader named by role; conditional threat ('answer any provocation in kind') = threatened response; China by context"))
U(d, "Defence Minister Rajnath Singh said the country shared the grief", "long time to heal.",
  ("India", N, neg, "", "grief for own soldiers, no judgement or appeal: neutral, negative tone"))
U(d, "External Affairs Minister S. Jaishankar, in a telephone call", "issued in New Delhi.",
  ("India", C, neg, "China", "protest 'in the strongest terms' + accusation of deliberate action; Wang Yi only addressed; New Delhi = place"))
U(d, "Wang, according to a Chinese readout of the same call", "defend its territory.",
  ("China", C, neg, "India", "surname only; demand to punish + warning (threat); New Delhi = India"))
U(d, "The two ministers agreed to deal with the overall situation responsibly", "settled on June 6.",
  ("India", T, neu, "", "joint agreement to handle the situation and implement disengagement: one row per side"),
  ("China", T, neu, "", "joint agreement: one row per side"))
U(d, "Chinese Foreign Ministry spokesperson Zhao Lijian told a regular briefing", "representations to New Delhi.",
  ("China", C, neg, "India", "accusation of provocation and assault + representations lodged; Beijing = place of the briefing and metonym"))
U(d, "Zhao said sovereignty over the Galwan Valley area", "belonged to China.",
  ("China", N, neu, "", "territorial claim stated as fact, no judgement on India in the sentence: neutral (unsure: could be read as condemning)"))
U(d, "He added that China did not want to see more clashes", "ease the situation.",
  ("China", T, neu, "", "'He' = Zhao; hope for no more clashes + talks through channels"))
U(d, "Senior Colonel Zhang Shuili, spokesman of the People's Liberation Army's Western Theatre Command", "through negotiation.",
  ("China", C, neg, "India", "PLA command speaks for its state; demand with judgement ('infringements and provocations'): rule 1 over the call for negotiation"))
U(d, "A State Department spokesperson in Washington said the United States", "the stand-off.",
  ("United States", T, neu, "", "unnamed spokesperson of a named government; monitoring + backing a peaceful settlement (appeal, both sides) -> talks"))
U(d, "In New York, a spokesperson for U.N. Secretary-General Antonio Guterres said", "Line of Actual Control.",
  ("United Nations", N, neg, "", "concern WITHOUT an appeal in this sentence: neutral, negative"))
U(d, "\"Both sides should show the greatest possible restraint,\" she said", "calm things down.",
  ("United Nations", T, neu, "", "appeal for restraint + encouraged by contacts (welcome with a peace appeal: rule 2)"))
U(d, "Kremlin spokesman Dmitry Peskov told reporters in Moscow", "ease the tensions.",
  ("Russia", T, neu, "", "monitoring + hope that both ease tensions = hope for calm: talks"))
U(d, "Chief Minister K. Chandrashekar Rao expressed deep grief", "in every way.",
  ("India", N, neg, "", "state chief minister resolves to his state (labels/README: provincial officials); grief + support for a family (not an actor): neutral"))
U(d, "Congress leader Rahul Gandhi demanded to know why the Prime Minister", "came to be killed.",
  ("Indian National Congress", C, neg, "India", "opposition party leader criticising his own government (target India); unsure"))
