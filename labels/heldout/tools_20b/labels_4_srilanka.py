# ------------------------------------------------------------------ Easter bombings in Sri Lanka, reactions (wire roundup, 2019-04-23)
d = "page_easter_bombings_reactions_wire.txt"
LK, NTJ = "Sri Lanka", "National Thowheeth Jama'ath"
U(d, "The Islamic State group claimed responsibility through its Amaq news agency", "offered no evidence.",
  ("Islamic State", N, neu, "", "own claim = neutral; Amaq only carries it; 'but it offered no evidence' is the reporter's"))
U(d, "State Minister of Defence Ruwan Wijewardene told parliament", "on March 15.",
  (LK, C, neg, NTJ, "minister introduced by role; names the local group as the perpetrator = blame (condemning); Christchurch/New Zealand only mentioned"))
U(d, "Prime Minister Ranil Wickremesinghe was more cautious", "revenge for Christchurch.",
  (LK, N, neu, "", "assessment without judgement = neutral"))
U(d, "\"Our agencies are checking what the Islamic State group has said.", "wherever they are,\" he said.",
  (LK, C, neg, "", "'he' = Wickremesinghe; multi-sentence quote = one unit; vow that every perpetrator will be found = a threatened response = condemning; no one named (IS's claim is only being checked) -> target empty"))
U(d, "President Maithripala Sirisena, who put emergency laws into force", "never been passed to him.",
  (LK, N, neg, "", "own measures + account of the missed warning, no judgement of another actor = neutral, negative"))
U(d, "Police spokesman Ruwan Gunasekera said 40 suspects", "had been wounded.",
  (LK, N, neu, "", "police = state agency; figures = neutral"))
U(d, "Cardinal Malcolm Ranjith, the Archbishop of Colombo", "full force of the law.",
  ("Malcolm Ranjith", C, neg, "", "canonical person in the name files; judgement + demand for punishment = condemning; no group named -> target empty"))
U(d, "He urged Sri Lankans not to seek revenge against anyone", "island's communities.",
  ("Malcolm Ranjith", T, neu, "", "'He' = Ranjith; appeal for restraint and peace between communities = calling_for_talks"))
U(d, "The Muslim Council of Sri Lanka, an umbrella body", "nothing to do with Islam.",
  ("Muslim Council of Sri Lanka", C, neg, "", "organisation as its own actor; denounces the bombers (not named as a group) -> target empty"))
U(d, "It said many Muslim families now feared reprisals.", "It said many Muslim families now feared reprisals.",
  ("Muslim Council of Sri Lanka", N, neg, "", "'It' = the Council; fear without an appeal = neutral, negative"))
U(d, "U.S. President Donald Trump spoke to Wickremesinghe by phone", "the White House said.",
  ("United States", S, pos, LK, "pledge of support; attribution tail"))
U(d, "The FBI has sent agents to Colombo", "told reporters.",
  ("United States", S, neu, LK, "backing by act (agents sent to help), reported by the ambassador = United States; Colombo = place"))
U(d, "She said Washington had had no prior knowledge of the threat.", "She said Washington had had no prior knowledge of the threat.",
  ("United States", N, neg, "", "'She' = Teplitz; denial = neutral, negative"))
U(d, "Britain's Prime Minister Theresa May called the bombings sickening", "freedom to worship.",
  ("United Kingdom", C, neg, "", "judgement of the bombings; no perpetrator named -> target empty"))
U(d, "Indian Prime Minister Narendra Modi, campaigning for a general election", "the Sri Lankan people.",
  ("India", C, neg, "", "'struck by cowards' (judgement) + solidarity: rule 1; target empty"))
U(d, "India's foreign ministry said New Delhi had offered Colombo medical teams", "help it needed.",
  ("India", S, pos, LK, "offer of aid = supporting; New Delhi and Colombo = metonyms"))
U(d, "Pakistan's Prime Minister Imran Khan wrote on Twitter", "would stand by its people.",
  ("Pakistan", S, neg, LK, "grief + solidarity = supporting (condolence); grief tone"))
U(d, "New Zealand Prime Minister Jacinda Ardern said early on Wednesday", "the Christchurch attacks.",
  ("New Zealand", N, neu, "", "rebuts the link made in Colombo by stating what her government has seen: a fact, no judgement (unsure: close to a denial, but no accusation against New Zealand)"))
U(d, "She said New Zealanders knew the pain of such an attack", "people of Sri Lanka.",
  ("New Zealand", S, neg, LK, "'She' = Ardern; solidarity = supporting"))
U(d, "Pope Francis told crowds in St Peter's Square on Sunday", "victims of the violence.",
  ("Holy See", S, neg, LK, "pope = Holy See; prayer for the victims = solidarity = supporting"))
U(d, "The U.N. Security Council condemned the bombings", "brought to justice.",
  ("United Nations", C, neg, "", "condemnation + call for justice (rule 1); no perpetrator named -> target empty"))
U(d, "U.N. Secretary-General Antonio Guterres said he hoped", "pulled back into violence.",
  ("United Nations", T, pos, "", "hope that communities stay together and violence does not return = calling_for_talks"))
U(d, "The European Union's foreign policy chief, Federica Mogherini, welcomed", "investigation goes on.",
  ("European Union", T, pos, LK, "welcome + appeal to protect communities with no judgement: rule 2 before rule 3 = calling_for_talks, addressed to the authorities"))
