# ------------------------------------------------------------------ Pakistan's deportation deadline for undocumented Afghans (wire copy, 2023-11-01)
d = "page_pakistan_afghan_deportation_deadline2023_wire.txt"
# Not statements: menu, UPDATE headline, byline, time stamp, reading time, the four bullets, crossheads, ADVERTISEMENT, credits, Our Standards, Related, Topics, Most read, copyright.
U(d, "Pakistani police began detaining Afghans without papers", "found in the country illegally.",
  ("Pakistan", N, neu, "", "dateline excluded; lede: narration + the minister's refusal of an extension; a policy/procedure aimed at migrants (not a party) -> neutral (unsure: could be read as an ultimatum = condemning)"))
# "Long lines of lorries ... border officials said ..." = narration; 'border officials' with no named government -> no row.
U(d, "Interior Minister Sarfraz Bugti told a news conference", "before their removal.",
  ("Pakistan", N, neu, "", "caretaker minister gives the plan's phase and holding centres = plans/procedure"))
U(d, "\"Every person who left of his own accord", "Bugti said.",
  ("Pakistan", N, neu, "", "multi-sentence quote closed by surname; enforcement plan + reassurance about own conduct = neutral"))
U(d, "He repeated the government's charge that Afghan nationals", "crossing the frontier.",
  ("Pakistan", C, neg, "Afghanistan", "'He' = Bugti; reported clause: accusation that Kabul's interim authorities did nothing (Taliban government = Afghanistan)"))
U(d, "The Foreign Office spokesperson, Mumtaz Zahra Baloch, said at her weekly briefing", "international commitments.",
  ("Pakistan", N, neu, "", "spokesperson named first by role; rebuttal that the plan targets Afghans = a denial/defence, no judgement"))
U(d, "Baloch said holders of Proof of Registration cards", "\"with very little help from anyone\".",
  ("Pakistan", N, neg, "", "surname only; facts + complaint about lack of help aimed at no one named -> neutral, negative"))
U(d, "The Taliban administration's chief spokesman, Zabihullah Mujahid, said on X", "had no part in.",
  ("Afghanistan", C, neg, "Pakistan", "Taliban government speaks for Afghanistan; judgement without a stock word ('punishing ordinary families')"))
U(d, "\"Refugees who have lived and worked there", "Mujahid wrote.",
  ("Afghanistan", C, neg, "Pakistan", "quote: judgement ('treated as if they were criminals') + appeal to reconsider; rule 1: judgement decides"))
U(d, "In remarks carried by the state news agency Bakhtar", "for returning families.",
  ("Afghanistan", S, pos, "", "second-hand attribution via state agency (agency not an actor); aid provided to returnees = backing by act (unsure: own citizens, could be neutral)"))
U(d, "The ministry's spokesman, Abdulmutalib Haqqani, was quoted as saying", "through diplomatic channels.",
  ("Afghanistan", T, neu, "Pakistan", "passive attribution; request for a gradual process + diplomacy = calling_for_talks"))
U(d, "The U.N. refugee agency and the International Organization for Migration said in a joint statement", "shelter, food and jobs.",
  ("UNHCR", N, neg, "", "joint statement of two bodies; alarm about a catastrophe with no appeal in this sentence = neutral, negative"),
  ("International Organization for Migration", N, neg, "", "joint statement, second body; concern without appeal = neutral, negative"))
U(d, "According to a statement from the office of the U.N. human rights chief", "former officials.",
  ("United Nations", N, neg, "", "'according to a statement from' OHCHR = United Nations; risk figures without appeal = neutral, negative"))
U(d, "Its spokesperson, Ravina Shamdasani, urged Pakistan", "an individual assessment.",
  ("United Nations", T, neg, "Pakistan", "demand to halt addressed to one side with no judgement word = calling_for_talks"))
U(d, "UNHCR's spokesman in Pakistan, Qaiser Khan Afridi, told APN", "cannot safely go home.",
  ("UNHCR", T, neu, "Pakistan", "appeal for a protection mechanism (protection of people) = calling_for_talks"))
U(d, "\"We are not questioning Pakistan's right", "he said.",
  ("UNHCR", T, neu, "Pakistan", "quote continued by the same speaker; appeal not to return people at risk, explicitly no judgement"))
U(d, "The United States was \"in close contact\" with Pakistan", "with Pakistani officials.",
  ("United States", N, neu, "", "attribution tail in the middle; contacts and shared lists = procedure"))
U(d, "The spokesperson said the United States encouraged Pakistan", "in line with international standards.",
  ("United States", T, neu, "Pakistan", "'The spokesperson' carried over; encouragement to let applicants stay and respect standards = appeal, no judgement"))
U(d, "Germany and Britain, which also have Afghans waiting", "who have seen it.",
  ("Germany", S, pos, "", "two states as a list in one joint note (reported via unnamed diplomats); offer to pay housing costs = backing by act"),
  ("United Kingdom", S, pos, "", "Britain = United Kingdom; same joint offer"))
U(d, "Human Rights Watch accused Pakistani officials", "returns were voluntary.",
  ("Human Rights Watch", C, neg, "Pakistan", "accusation of abuses + 'made a mockery' = judgement"))
U(d, "Amnesty International said it had documented arbitrary arrests", "women and former soldiers.",
  ("Amnesty International", C, neg, "", "judgement on Pakistan's arrests and on the Taliban's record: two targets -> empty"))
U(d, "At a school in Landi Kotal turned into a transit point", "a fraction of their value.",
  ("Gul Ahmad Safi", N, neg, "", "named refugee (invented) = independent person; own losses, no judgement"))
U(d, "\"My children were born here", "Safi said.",
  ("Gul Ahmad Safi", N, neg, "", "multi-sentence quote closed by surname; facts of his situation"))
U(d, "Farah Naz Qureshi, a senior fellow at the Islamabad Policy Forum", "more than it moved Kabul.",
  ("Farah Naz Qureshi", C, neg, "Pakistan", "invented analyst; 'using the refugees as a lever' = judgement of Islamabad's policy without a stock word"))
U(d, "\"Islamabad wants the Taliban to act against the TTP.", "she said.",
  ("Farah Naz Qureshi", N, neg, "", "forecast/analysis of effects, no judgement or appeal"))
U(d, "Qureshi said both governments should set up a joint committee", "dangerous.",
  ("Farah Naz Qureshi", T, neu, "", "appeal to both governments for a joint mechanism = calling_for_talks; two parties -> target empty"))
# "Pakistan's caretaker Prime Minister Anwaar-ul-Haq Kakar met army chief ..." = a meeting narrated, no position -> no row.
# "Officials in Balochistan said 64 people had been detained ..." = unnamed local officials -> no row.
