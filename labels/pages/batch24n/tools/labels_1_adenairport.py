# ------------------------------------------------------------------ Aden airport attack on the arriving cabinet (wire copy, 2020-12-30)
d = "page_yemen_adenairport2020_wire.txt"
# Not statements: masthead, menu, breadcrumb, headline, bullet summary, byline, time line, photo caption with "Photo 1 of 4" and
# credit, ADVERTISEMENT, "Related:" line, reporting credits, standards line, MORE FROM list, copyright.
U(d, "ADEN/RIYADH, Dec 30 (Orbis) - Explosions and gunfire", "a charge the group swiftly brushed aside.",
  ("Yemen", C, neg, "Houthis", "long wire lead: narration + the government's accusation (blame for the missiles); dateline kept as the paragraph opens with it"),
  ("Houthis", N, neg, "", "same sentence: the Houthis' denial ('brushed aside the charge') = neutral, negative tone"))
# "Prime Minister Maeen Abdulmalik and his ministers were unhurt ..." = narration, no row.
U(d, "Yemen's health ministry put the toll at 26 dead", "to greet the cabinet.",
  ("Yemen", N, neu, "", "casualty figures given by a ministry, no blame"))
U(d, "Abdulmalik, writing on Twitter from the palace", "in its very first hour.",
  ("Yemen", C, neg, "", "prime minister = Yemen; judgement on unnamed 'enemies of the Yemeni state' -> target empty"))
U(d, "Foreign Minister Ahmed Awad bin Mubarak said the government's early findings", "every life lost on the tarmac.",
  ("Yemen", C, neg, "Houthis", "attribution of the missiles + 'would answer for every life lost' = holding responsible / threat"))
U(d, "Information Minister Moammar al-Eryani said the government would ask", "are sitting\".",
  ("Yemen", C, neg, "Houthis", "call for sanctions on the movement's leaders + veiled threat = condemning"))
U(d, "Mohammed al-Bukhaiti, a member of the Houthis' political bureau", "nothing to do with the blasts.",
  ("Houthis", N, neg, "", "pure denial = neutral, negative tone"))
U(d, "He said the explosions were the fruit of feuding", "an excuse to escalate.",
  ("Houthis", C, neg, "", "counter-accusation against the government camp and its Saudi backers (two targets -> empty)"))
U(d, "Later on Wednesday, the Saudi-led coalition said its air defences", "taken shelter.",
  ("Saudi Arabia", N, neu, "", "'Saudi-led coalition' is an alias of Saudi Arabia; own interception reported as done, no judgement"))
U(d, "Coalition spokesman Colonel Turki al-Maliki said the coalition would take whatever steps", "such drones were sent.",
  ("Saudi Arabia", C, neg, "Houthis", "coalition spokesman = Saudi Arabia; threatened action against Houthi launch sites"))
# "The cabinet was sworn in earlier this month ..." and "No group had claimed responsibility ..." = background, no row.
U(d, "The International Committee of the Red Cross said two of its staff", "with other travellers.",
  ("ICRC", N, neu, "", "facts about its own staff, no blame"))
U(d, "Katharina Ritz, head of the ICRC delegation in Yemen, said she longed", "wind down in 2021.",
  ("ICRC", T, pos, "", "hope that the fighting ends = calling_for_talks"))
U(d, "A spokesman for U.N. Secretary-General Antonio Guterres said", "\"that belongs to them\".",
  ("United Nations", C, neg, "", "'an outrage against civilians' = judgement, plus an appeal: rule 1 -> condemning; no culprit named"))
U(d, "U.N. envoy Martin Griffiths said he had spoken to Abdulmalik", "walk away from them.",
  ("United Nations", T, neg, "", "appeal to both sides to resume talks, no judgement"))
U(d, "In Washington, Secretary of State Mike Pompeo said the strike bore", "the burden of governing.",
  ("United States", C, neg, "", "judgement of the strike (attempt to wreck the agreement) + backing of the government: rule 1 -> condemning; attacker unnamed"))
U(d, "The U.S. ambassador to Yemen, Christopher Henzel, said on Twitter", "a reason for optimism.",
  ("United States", C, neg, "", "judgement without a stock word (the planners chose the one hopeful day); attacker unnamed"))
U(d, "Britain's ambassador, Michael Aron, welcomed the cabinet's safe arrival", "U.N.-led talks.",
  ("United Kingdom", T, pos, "", "welcome + appeal to close ranks and commit to UN talks, no judgement: rule 2 before 3 -> calling_for_talks"))
U(d, "James Cleverly, Britain's minister for the Middle East, said London welcomed", "see their country governed.",
  ("United Kingdom", C, neg, "", "welcome joined to a judgement ('shameful assault'): rule 1 -> condemning"))
U(d, "Saudi Arabia's foreign ministry said the kingdom considered the attack", "from bearing fruit.",
  ("Saudi Arabia", C, neg, "Houthis", "judgement ('desperate bid by the Houthi militia')"))
U(d, "The King Salman Humanitarian Aid and Relief Centre flew medical teams", "Saudi state media said.",
  ("Saudi Arabia", S, pos, "Yemen", "state relief agency = Saudi Arabia; backing by act (medical teams and supplies); state media not an actor"))
U(d, "Al Jaber, who had travelled on the same aircraft", "would soon know calm.",
  ("Saudi Arabia", T, pos, "", "ambassador; plan + hope for calm = calling_for_talks"))
U(d, "The United Arab Emirates' foreign ministry voiced its solidarity", "families of the dead.",
  ("United Arab Emirates", S, pos, "Yemen", "solidarity and condolences"))
U(d, "Gulf Cooperation Council Secretary-General Nayef al-Hajraf said", "every agreement as a target.",
  ("Gulf Cooperation Council", C, neg, "Houthis", "secretary-general speaks for the GCC; judgement without a stock word"))
U(d, "Arab League Secretary-General Ahmed Aboul Gheit said he was following", "with great unease.",
  ("Arab League", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "The European Union's foreign service said it was deeply troubled", "re-engage with the U.N. envoy.",
  ("European Union", T, neg, "", "concern joined to an appeal = calling_for_talks"))
U(d, "In Tehran, Foreign Ministry spokesman Saeed Khatibzadeh dismissed", "Iranian media reported.",
  ("Iran", C, neg, "Saudi Arabia", "dismissal of the charge that carries a counter-accusation (a war Riyadh started; Riyadh = metonym) -> condemning, not a bare denial"))
U(d, "Nizar Haitham, spokesman for the separatist Southern Transitional Council", "a hand in the attack.",
  ("Southern Transitional Council", C, neg, "", "forces on alert + vow to track down the cells = threatened response; no one named"))
U(d, "Egypt's foreign ministry expressed sympathy", "Yemen's legitimate government.",
  ("Egypt", S, pos, "Yemen", "sympathy + standing beside the government"))
U(d, "Kuwait said it hoped the attack would not derail", "the Riyadh accord.",
  ("Kuwait", T, neu, "", "hope + appeal to keep to the accord"))
U(d, "Oman, which hosts contacts with Houthi officials, urged all sides", "gains of recent weeks.",
  ("Oman", T, neu, "", "appeal for restraint, no judgement"))
U(d, "Khaled Bawazeer, a researcher at the Aden-based South Arabia Policy Centre", "a lucky mortar crew.",
  ("Khaled Bawazeer", N, neu, "", "invented independent analyst; assessment, no judgement or appeal"))
U(d, "\"Whoever did this wanted the world to see ministers running for cover,\"", "Bawazeer said.",
  ("Khaled Bawazeer", N, neg, "", "invented analyst; reading of the attackers' aim, no judgement on a named actor"))
U(d, "\"The worst answer now would be", "sit together tomorrow morning.\"",
  ("Khaled Bawazeer", T, neg, "", "continued quote of the same speaker (previous sentence); appeal to the government and the southerners to keep talking"))
U(d, "Ali Naji, a porter who was waiting on the tarmac", "all around him.",
  ("Ali Naji", N, neg, "", "invented witness; account of what he saw"))
