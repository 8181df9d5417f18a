# ------------------------------------------------------------------ Ahmad Wal: the US drone strike on Mullah Akhtar Mansour (wire copy, 2016-05-23)
d = "page_mansour_ahmadwal2016_wire.txt"
# Not statements: menu, timestamp, headline, byline, read time, the four bullets, crossheads, ADVERTISEMENT, credits, Related Coverage, standards line, tags, most read, copyright.
U(d, "Pakistan summoned the U.S. ambassador on Monday", "to the negotiating table.",
  ("Pakistan", C, neg, "United States", "dateline excluded; long lead: narration + summons in protest + judgement of the raid (no stock word)"))
U(d, "U.S. President Barack Obama confirmed the death", "on Saturday afternoon.",
  ("United States", N, neu, "", "confirmation of a fact + narration of the strike; no evaluation in the sentence"))
U(d, "\"We have taken out a man who made sure", "plotted attacks on U.S. and coalition forces.",
  ("United States", C, neg, "Taliban", "judgement of the Taliban leader without a stock word + a threat to keep hunting the plotters"))
U(d, "He said the Taliban now had a choice to make", "sit down with the Afghan government.",
  ("United States", T, neu, "Taliban", "'He' = Obama; appeal to stop fighting and negotiate, no judgement in the sentence"))
U(d, "Tariq Fatemi, the prime minister's special assistant", "according to a Foreign Office statement.",
  ("Pakistan", C, neg, "United States", "summons + charge that the strike breaks the UN Charter + veiled warning against a repeat"))
U(d, "Fatemi also told the envoy that Pakistan had spent months coaxing", "the statement said.",
  ("Pakistan", N, neg, "", "worry that the talks are now in doubt, no appeal and no judgement word = neutral, negative (unsure: could be read as condemning)"))
U(d, "Prime Minister Nawaz Sharif, in London for a medical check-up", "who had died in the vehicle.",
  ("Pakistan", C, neg, "United States", "a formal protest lodged = a taken response (condemning); the rest is facts"))
U(d, "The Foreign Office said a passport recovered near the wreckage", "on the morning of the strike.",
  ("Pakistan", N, neu, "", "facts from the ministry's inquiry"))
# "The driver of the hired car ... handed to relatives on Sunday." = narration, no row.
U(d, "Afghanistan's Chief Executive Abdullah Abdullah said on Twitter", "lay down their weapons.",
  ("Afghanistan", T, neu, "Taliban", "long sentence: fact of the death + appeal to the new leaders to lay down arms"))
U(d, "President Ashraf Ghani's office said the strike was a welcome step", "making it possible.",
  ("Afghanistan", S, pos, "United States", "welcome of the US strike + thanks to Washington"))
U(d, "\"For years we warned that the men who order suicide bombings", "Sayed Zafar Hashemi said.",
  ("Afghanistan", C, neg, "Pakistan", "accusation that Pakistan shelters the plotters, no stock word"))
U(d, "The National Directorate of Security said it had tracked", "when his car was hit.",
  ("Afghanistan", N, neu, "", "state agency speaks for its state; facts on the target's movements"))
U(d, "In Washington, State Department spokesman Mark Toner told a regular briefing", "wherever they hid.",
  ("United States", C, neg, "Taliban", "judgement of Mansour + threat to militants who keep fighting"))
U(d, "Toner said the United States had spoken to Pakistani officials", "before or after the missiles were fired.",
  ("United States", N, neu, "", "procedure, declines to give the timing"))
U(d, "Defense Secretary Ash Carter said the Pentagon would go on training", "through the fighting season.",
  ("United States", S, pos, "Afghanistan", "backing by act: training, paying for and equipping Afghan forces"))
U(d, "The Taliban have not formally confirmed their leader's death", "were invented.",
  ("Taliban", N, neg, "", "denial by the movement's spokesman = neutral, negative; the opening clause is narration"))
U(d, "Two Taliban commanders in Helmand, speaking on condition of anonymity", "to choose a successor.",
  ("Taliban", N, neu, "", "unnamed officials of a named group speak for it; facts"))
U(d, "Iran's foreign ministry spokesman Hossein Jaber Ansari said there was no record", "raised the matter with Tehran.",
  ("Iran", N, neg, "", "denial that Mansour came from Iran = neutral, negative"))
U(d, "China's foreign ministry said it had taken note of the reports and hoped", "not allow it to collapse.",
  ("China", T, neu, "", "hope that the reconciliation process continues = calling_for_talks"))
U(d, "Chinese spokesman Hong Lei added that Beijing would continue to play", "in the four-nation group.",
  ("China", T, pos, "", "commitment to the talks format"))
U(d, "The U.N. Assistance Mission in Afghanistan said it was studying", "on civilian casualties.",
  ("United Nations", N, neu, "", "UN mission = United Nations; plan and no information"))
# "Pakistan's military did not comment publicly on Monday, but ..." : the non-answer clause gives no row; the sentence is the interior minister's.
U(d, "Pakistan's military did not comment publicly on Monday, but Interior Minister", "counter-terrorism cooperation at risk.",
  ("Pakistan", C, neg, "United States", "'an insult' + warning that cooperation is at risk; the army's silence is narration"))
U(d, "He said Pakistan had been given no evidence in advance", "too late to act on it.",
  ("Pakistan", C, neg, "United States", "'He' = Nisar; accusation of US officials"))
U(d, "At a rally in Peshawar, Jamaat-e-Islami leader Siraj-ul-Haq demanded", "did not take up.",
  ("Jamaat-e-Islami Pakistan", C, neg, "United States", "call for a retaliatory measure (closing supply routes) = condemning; the tail is narration"))
U(d, "Opposition lawmakers from the Pakistan Peoples Party asked the government", "both houses of parliament.",
  ("Pakistan Peoples Party", N, neu, "", "request for information from its own government; no judgement, not an appeal for a peaceful course"))
U(d, "Haroon Achakzai, a security analyst at the Centre for Regional Security Studies", "bring the Taliban to talks.",
  ("Haroon Achakzai", N, neg, "", "invented analyst; assessment of Pakistan's position, no judgement or appeal"))
U(d, "\"Washington has decided that a man who would not negotiate", "Achakzai said.",
  ("Haroon Achakzai", N, neg, "", "analysis of both capitals' positions; 'in on it' is offered as how Islamabad looks, not his charge (unsure: could be condemning)"))
U(d, "Mariam Noorzai, a researcher at the Kabul Institute for Peace Studies", "hardens positions.",
  ("Mariam Noorzai", T, neu, "Taliban", "invented researcher; appeal for an invitation to talks"))
U(d, "\"If nobody opens the door now", "she said.",
  ("Mariam Noorzai", T, neg, "", "warning that backs her appeal for talks (continuation of the same position)"))
# "Mansour took over the Taliban in July 2015 ..." = background, no row.
