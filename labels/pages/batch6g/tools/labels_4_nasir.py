# ------------------------------------------------------------------ South Sudan: fighting in Nasir, arrests of Machar's allies, attack on the UN helicopter (live blog, 2025-03-08)
d = "page_nasir_machar_liveblog.txt"
_emb = "joint statement of seven embassies and the EU delegation (list with Oxford comma, one row each): condemnation + appeal for direct talks = rule 1; no perpetrator named -> target empty"
U(d, "The embassies of Canada, France, Germany, the Netherlands, Norway", "further loss of life.",
  ("Canada", C, neg, "", _emb),
  ("France", C, neg, "", _emb),
  ("Germany", C, neg, "", _emb),
  ("Netherlands", C, neg, "", _emb),
  ("Norway", C, neg, "", _emb),
  ("United Kingdom", C, neg, "", _emb),
  ("United States", C, neg, "", _emb),
  ("European Union", C, neg, "", _emb + "; the EU delegation in Juba = European Union"))
U(d, "Moussa Faki Mahamat, chairperson of the African Union Commission, said he was deeply worried", "the greatest restraint.",
  ("African Union", C, neg, "", "AU Commission chair = African Union; worry + strong condemnation + call for restraint = rule 1; no perpetrator named -> target empty"))
U(d, "He said the fighting must stop now", "without delay.",
  ("African Union", T, neg, "", "'He' = Faki; end to fighting, ceasefire, national dialogue, no judgement = calling_for_talks; all parties -> target empty"))
U(d, "The commission was talking to the government and to IGAD", "he added.",
  ("African Union", T, neu, "", "'The commission' = AU Commission by context; consultations on de-escalation = mediation effort (calling_for_talks); IGAD only mentioned"))
U(d, "David John Kumuri, spokesperson for the National Security Service", "Nasir and Ulang.",
  ("South Sudan", C, neg, "", "security service = the state; the detainees accused of 'feeding the fighting' = accusation; aimed at individuals not named as a party -> target empty"))
U(d, "He said the detentions were meant to protect the 2018 peace agreement", "according to the law.",
  ("South Sudan", N, neu, "", "justification of its own measures, reassurance on due process = neutral"))
U(d, "The UN Commission on Human Rights in South Sudan said the attack", "as the peace deal requires.",
  ("United Nations", C, neg, "", "UN human-rights commission = United Nations (UN parts); 'war crime' + blame on political mismanagement = judgement; leaders of both sides implied -> target empty"))
U(d, "\"Seven years after the peace deal", "the commission's chair.",
  ("United Nations", C, neg, "", "chair of the commission; leaders 'reopening old power struggles' = judgement of the leadership as a whole -> target empty"))
U(d, "Puok Both Baluang, press secretary to First Vice-President Riek Machar", "regretted the loss of life.",
  ("SPLM-IO", N, neg, "", "Machar's press secretary speaks for Machar's movement (as in other batches); own efforts + regret, no judgement = neutral, negative"))
U(d, "He denied that SPLA-IO forces had fired on the aircraft.", "He denied that SPLA-IO forces had fired on the aircraft.",
  ("SPLM-IO", N, neg, "", "denial = neutral, negative (guide); SPLA-IO is the armed wing of the SPLM-IO"))
U(d, "In a televised address, President Salva Kiir announced the death", "who were with him.",
  ("South Sudan", N, neg, "", "announcement of own losses = neutral, negative tone"))
U(d, "Kiir said Machar had personally assured him", "had been broken.",
  ("South Sudan", C, neg, "SPLM-IO", "blames Machar for broken assurances = accusation; Machar here as leader of the SPLM-IO, not as First Vice-President"))
U(d, "\"Keep calm, my fellow citizens.", "Kiir said.",
  ("South Sudan", T, neu, "", "appeal for calm + pledge not to return to war, no judgement = calling_for_talks; addressed to citizens -> target empty"))
U(d, "He said his government was able to manage the situation", "committed to the peace deal.",
  ("South Sudan", N, pos, "", "reassurance about its own conduct = neutral, positive (README)"))
U(d, "Information Minister Michael Makuei told reporters in Juba", "among the dead.",
  ("South Sudan", N, neu, "", "death toll given without blame = neutral, neutral tone"))
U(d, "At UN headquarters in New York, spokesman Stéphane Dujarric said", "injuring two others.",
  ("United Nations", N, neu, "", "SG's spokesman = United Nations; facts only"))
U(d, "Nicholas Haysom, head of the UN Mission in South Sudan (UNMISS), called the attack", "hold them to account.",
  ("United Nations", C, neg, "", "'repugnant act' + 'war crime' + demand for accountability = rule 1; attacker not named -> target empty"))
U(d, "The mission urged all sides to refrain from further violence", "through dialogue.",
  ("United Nations", T, neg, "", "'The mission' = UNMISS; appeal to all sides and to leaders for dialogue = calling_for_talks"))
U(d, "On Wednesday Makuei said the detained officials", "the SPLA-IO's slogan.",
  ("South Sudan", C, neg, "SPLM-IO", "surname only; officials 'in conflict with the law' + fighters chanting the SPLA-IO slogan = accusation tying the opposition to the attack"))
U(d, "Pal Mai Deng, spokesman for Machar's SPLM-IO, called the detentions arbitrary", "be freed at once.",
  ("SPLM-IO", C, neg, "South Sudan", "'arbitrary' + 'a serious blow to the peace agreement' + demand for release = rule 1"))
U(d, "The opposition's military spokesman, Colonel Lam Paul Gabriel", "fighting in Nasir.",
  ("SPLM-IO", N, neg, "", "'the opposition' = SPLM-IO by context; denial of involvement = neutral, negative"))
U(d, "In a statement circulated this week, the White Army said", "SPLA-IO or Machar.",
  ("White Army", N, neg, "", "armed youth militia under its own name; self-description + denial of links = neutral, negative"))
U(d, "It accused government troops of looting and abusing civilians", "protect their communities.",
  ("White Army", C, neg, "South Sudan", "'It' = the White Army; accusation of abuses by the army = condemning the state"))
