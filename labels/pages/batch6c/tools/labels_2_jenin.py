# ------------------------------------------------------------------ Israeli operation in Jenin refugee camp (full HTML, Gulf English daily, 2023-07-04)
d = "page_jenin_operation_webpage.html"
U(d, "Israeli forces pressed on with their largest military operation", "risen to 10.",
  ("Palestine", N, neu, "", "lead with narration + the toll of the Palestinian health ministry (Ramallah, PA) = Palestine, not Hamas; figures"))
U(d, "The ministry said about 100 people had been wounded", "20 of them seriously.",
  ("Palestine", N, neu, "", "'The ministry' by context; figures"))
U(d, "Kamal Abu al-Roub, Jenin's deputy governor, said", "in the city.",
  ("Palestine", N, neu, "", "provincial official resolves to his state (README: provincial officials); figures of displacement"))
U(d, "Rear Admiral Daniel Hagari, the Israeli military's chief spokesman", "left to search.",
  ("Israel", N, neu, "", "own operation's results reported as done, no judgement"))
U(d, "He said the operation was aimed only at militants", "reaching the wounded.",
  ("Israel", N, neg, "", "'He' = Hagari; own aim + denial = neutral, negative"))
U(d, "Netanyahu, speaking at a command post", "stay that way.",
  ("Israel", C, neg, "Iran", "well-known PM by surname only; accuses Iran of arming and paying the gunmen + announces the operation goes on = judgement and threat; the camp's gunmen are not a canonical actor"))
U(d, "In Tel Aviv, a Palestinian man rammed his car", "police said.",
  ("Israel", N, neu, "", "Israeli police = Israel; facts of an attack with no blame stated"))
U(d, "Hamas said the attack was a first answer", "committed in Jenin.",
  ("Hamas", C, neg, "Israel", "approval of an attack framed as an answer to 'the crimes' in Jenin: the judgement of Israel decides (rule 1); the attacker is no canonical actor"))
U(d, "The Palestinian leadership, meeting late on Monday", "war on the camp.",
  ("Palestine", C, neg, "Israel", "halting all contacts in protest, with the grievance stated in the sentence = a measure against the other side (condemning); README: withdrawal with protest"))
U(d, "\"Israel is trying to break the will", "Nabil Abu Rudeineh said.",
  ("Palestine", C, neg, "Israel", "quote closed by its speaker (presidential spokesman = Palestine); accusation"))
U(d, "\"What is happening in Jenin is collective punishment", "the whole world.\"",
  ("Palestine", C, neg, "Israel", "quotation continued after the attribution in the same paragraph = its own unit, same speaker; 'collective punishment' = judgement"))
U(d, "Prime Minister Mohammad Shtayyeh asked the United Nations", "people of Jenin.",
  ("Palestine", T, neg, "United Nations", "request for protection of civilians = calling_for_talks; addressed to the UN"))
U(d, "Islamic Jihad's armed wing said its fighters", "troops remained.",
  ("Palestinian Islamic Jihad", C, neg, "Israel", "own attacks reported + vow to keep fighting = threat (condemning); armed wing = PIJ"))
U(d, "Egypt, Jordan, and the United Arab Emirates condemned", "international law.",
  ("Egypt", C, neg, "Israel", "list with Oxford comma: three rows; Cairo = Egypt's metonym for the added judgement"),
  ("Jordan", C, neg, "Israel", "same list"),
  ("United Arab Emirates", C, neg, "Israel", "same list"))
U(d, "Arab League Secretary-General Ahmed Aboul Gheit said", "political horizon.",
  ("Arab League", C, neg, "Israel", "judgement without stock words ('chosen force over any political horizon')"))
U(d, "Riyadh said it rejected the Israeli incursion", "consequences.",
  ("Saudi Arabia", C, neg, "Israel", "Riyadh = metonym; 'rejected' + 'responsible' (guide cues); 'the occupation' = Israel"))
U(d, "Iranian foreign ministry spokesman Nasser Kanaani described", "state terrorism.",
  ("Iran", C, neg, "Israel", "judgement"))
U(d, "A spokesperson for the White House National Security Council said", "Islamic Jihad and Hamas.",
  ("United States", S, pos, "Israel", "unnamed spokesperson of a named body = US; backing of Israel's right to protect its people"))
U(d, "The spokesperson added that it was essential", "harming civilians.",
  ("United States", T, neu, "", "appeal to protect civilians, no judgement; the addressee is implied (Israel) but not named: target empty"))
U(d, "Secretary-General Antonio Guterres was following the Jenin raid", "the laws of war.",
  ("United Nations", T, neg, "", "worry + appeal (military action must respect the laws of war) = calling_for_talks; attribution via the deputy spokesman"))
U(d, "Tor Wennesland, the UN envoy for the Middle East peace process", "into the camp.",
  ("United Nations", T, neg, "", "contacts to de-escalate + humanitarian access = calling_for_talks"))
U(d, "Lynn Hastings, the UN humanitarian coordinator", "had alarmed her.",
  ("United Nations", N, neg, "", "alarm with no appeal and no actor judged = neutral, negative (guide: concern without appeal)"))
U(d, "The European Union's foreign affairs spokesman, Peter Stano, said", "civilian life.",
  ("European Union", T, neg, "Israel", "acknowledges security concerns + demand to act proportionately with no judgement word = calling_for_talks (README: demand to one side)"))
