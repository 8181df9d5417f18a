# ------------------------------------------------------------------ Security Council briefing on Yemen after Houthi strikes on oil terminals (UN meetings coverage, 2022-11-22)
d = "page_unsc_yemen_oilterminals2022_meetings.txt"
# Not statements: site header, menu, meeting number / document symbol / date, headline and subheadline (carry the envoy's position),
# the "Statements" crosshead, meeting times, "For information media" line, footer.
U(d, "Drone strikes by Ansar Allah on oil terminals in southern Yemen", "a renewed and expanded truce.",
  ("United Nations", T, neg, "", "lead: the envoy's warning joined to an appeal, no judgement word = calling_for_talks; both parties addressed"))
U(d, "Hans Grundberg, Special Envoy of the Secretary-General for Yemen, said the strikes", "its principal source of income.",
  ("United Nations", N, neg, "", "the envoy describes the strikes' purpose, no judgement word and no appeal (unsure: describing attacks could be read as blame)"))
U(d, "Those attacks carry an economic price for every Yemeni", "in Riyadh and Muscat.",
  ("United Nations", N, neg, "", "risk warning without an appeal + his meetings = neutral, negative tone"))
U(d, "\"The fact that we have not slid back into full-scale war", "he said.",
  ("United Nations", T, neu, "", "multi-sentence quote closed by its speaker; appeal to engage with the proposal"))
U(d, "Reena Ghelani, Director of Operations and Advocacy", "across the country.",
  ("United Nations", N, neg, "", "OCHA official speaks for the UN; funding and casualty facts, no appeal"))
U(d, "She called on donors to close the gap before winter", "from travelling.",
  ("United Nations", T, neg, "", "appeal for funding and access = calling_for_talks (asking for aid is not supporting)"))
U(d, "The representative of the United States condemned the Houthi attacks", "salaries of ordinary Yemenis.",
  ("United States", C, neg, "Houthis", "condemnation + judgement"))
U(d, "The United States representative added that Washington would keep backing", "every way it could.",
  ("United States", S, pos, "United Nations", "backing of the Special Envoy = supporting the UN"))
U(d, "The United Kingdom's delegate called the strikes a deliberate attempt", "Special Envoy's proposal.",
  ("United Kingdom", C, neg, "Houthis", "judgement ('a deliberate attempt to choke') + appeal: rule 1"))
U(d, "France's representative said the truce had brought Yemenis tangible relief", "lay with the Houthis.",
  ("France", C, neg, "Houthis", "holds the Houthis responsible for the lapse = condemning"))
U(d, "China's representative called on all parties to exercise restraint", "only way out of the conflict.",
  ("China", T, neu, "", "appeal to all parties, no judgement"))
U(d, "The speaker for the Russian Federation said Moscow was concerned", "whoever was behind them.",
  ("Russia", N, neg, "", "concern with no appeal and no culprit = neutral, negative tone"))
U(d, "The Russian speaker also urged Council members", "to talk instead.",
  ("Russia", T, neu, "", "appeal for even-handed language and dialogue; no judgement of a named actor (unsure: implies criticism of other members)"))
U(d, "The representative of the United Arab Emirates described the attacks as terrorism", "including by designating it.",
  ("United Arab Emirates", C, neg, "Houthis", "'terrorism' + call for a designation (a measure) = condemning"))
U(d, "Ireland's delegate, pointing to the toll of landmines on children", "along the front lines.",
  ("Ireland", T, neg, "", "appeal to the parties to share mapping data and support clearance = protection of civilians"))
U(d, "Speaking for Ghana, which holds the Council presidency this month", "Special Envoy's proposal.",
  ("Ghana", C, neg, "Houthis", "'deplored the strike' (claimed by Ansar Allah) + appeal: rule 1"))
U(d, "Gabon's representative welcomed the Government's continued engagement", "follow its example.",
  ("Gabon", T, pos, "Houthis", "welcome joined to an appeal, no judgement: rule 2 before rule 3 -> talks; the appeal is aimed at Ansar Allah"))
U(d, "India's delegate said India had supplied food and medicines", "continue to do so.",
  ("India", S, pos, "Yemen", "backing by act: aid given and promised"))
U(d, "Kenya's representative voiced concern about the risks to shipping", "the Gulf of Aden.",
  ("Kenya", N, neg, "", "concern with no appeal = neutral"))
U(d, "Mexico's delegate welcomed progress on the United Nations plan", "still short of funds.",
  ("Mexico", S, pos, "United Nations", "welcome of a UN step; the funding remark is a fact, not an appeal"))
U(d, "Norway's representative said Norway had pledged additional money", "to do the same.",
  ("Norway", S, pos, "United Nations", "backing by act (money pledged for the UN operation) + encouragement of donors"))
U(d, "Brazil's speaker expressed hope that the truce could be restored", "end of the year.",
  ("Brazil", T, pos, "", "hope = calling_for_talks"))
U(d, "Albania's representative said the Houthis had made the salaries", "their own fighters' pay.",
  ("Albania", C, neg, "Houthis", "judgement without a stock word ('a bargaining chip')"))
U(d, "Abdullah Ali Fadhel Al-Saadi (Yemen) said his Government had designated Ansar Allah", "follow suit.",
  ("Yemen", C, neg, "Houthis", "terrorist designation + call on others to follow = measure"))
U(d, "He said the Government remained committed to a peaceful settlement", "Special Envoy's efforts.",
  ("Yemen", T, pos, "", "commitment to a settlement and the envoy's efforts = calling_for_talks"))
U(d, "Mr. Al-Saadi went on to say that weapons and drone parts", "imposed by the Council.",
  ("Yemen", C, neg, "Iran", "accusation of arms supply in breach of the embargo"))
# "The meeting began at ..." and "The Council then moved into closed consultations ..." = procedure narration, no row.
