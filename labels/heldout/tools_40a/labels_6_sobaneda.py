# ------------------------------------------------------------------ Security Council briefing on Mali after the Sobane Da massacre (UN meetings coverage, 2019-06-12)
d = "page_mali_sobaneda2019_unmeetings.txt"
# Not statements: site menu, meeting number, press-release number, date, headline, subheadline, "Statements" crosshead, closing time, disclaimer, related documents, follow line, copyright.
U(d, "The massacre of villagers in Sobane Da two days earlier was a stark warning", "told the Security Council today.",
  ("United Nations", T, neg, "Mali", "warning + implied appeal to the State to restore authority and end impunity, no judgement on an actor (unsure: could be neutral)"))
# "Mahamat Saleh Annadif ... briefed the Council on the latest report ..." = procedural narration, no row.
U(d, "He said that on the night of 9 to 10 June, armed men had surrounded", "granaries on fire.",
  ("United Nations", N, neu, "", "facts of the attack given by the UN official"))
U(d, "The attack came less than three months after the killing of more than 150 Fulani villagers", "the next raid.",
  ("United Nations", N, neg, "", "background and fear, no appeal"))
U(d, "\"Each massacre is answered by another", "must be arrested and tried.",
  ("United Nations", C, neg, "", "'these crimes' + demand for trial = judgement on the perpetrators (not canonical)"))
U(d, "He said MINUSMA had deployed a rapid reaction unit and helicopters", "document the killings.",
  ("United Nations", S, neu, "Mali", "assistance provided at Mali's request = supporting"))
U(d, "Turning to the political track, he welcomed the agreement of 2 May", "talk to each other.",
  ("United Nations", S, pos, "Mali", "welcome of a step"))
U(d, "However, he said, progress on the 2015 Agreement on Peace and Reconciliation remained too slow", "integration of combatants.",
  ("United Nations", T, neg, "", "regret at slow progress + appeal to the signatories (several) (unsure: 'too slow' could be read as a judgement)"))
U(d, "Tiébilé Dramé, Minister for Foreign Affairs and International Cooperation of Mali, said", "from 13 June.",
  ("Mali", N, neg, "", "mourning announced"))
U(d, "He said the final toll, established by a team of civil protection officers", "already been arrested.",
  ("Mali", N, neu, "", "toll and arrests"))
U(d, "The Government would find those who planned and carried out the attack", "presence in the centre.",
  ("Mali", C, neg, "", "pledge to bring the attackers to justice (response against them) + measures; target not canonical"))
U(d, "He rejected any suggestion that the State was taking sides", "without distinction.",
  ("Mali", N, neg, "", "denial = neutral, negative"))
U(d, "He appealed to Council members to renew MINUSMA's mandate", "protect civilians there.",
  ("Mali", T, neu, "United Nations", "asking for protection of civilians (asking for help is not supporting)"))
U(d, "The representative of France, which holds the pen on Mali, condemned", "achieved since 2013.",
  ("France", C, neg, "", "condemnation of the attack (attackers not canonical)"))
U(d, "France would continue to stand by Mali through Operation Barkhane", "the representative said.",
  ("France", S, pos, "Mali", "backing by act (troops, support to the G5 force)"))
U(d, "The representative of the United States said the delegation was appalled", "on the peace agreement.",
  ("United States", C, neg, "", "holds the Malian parties (government and armed groups) responsible -> several, target empty"))
U(d, "The United States would review its approach to the Mission's mandate", "substitute for political will.",
  ("United States", C, neg, "", "veiled pressure on the parties (review of support) (unsure: could be neutral)"))
U(d, "The Russian Federation's representative said the tragedy showed", "resolve disputes through dialogue.",
  ("Russia", T, neg, "", "concern + appeal for restraint and dialogue to government and communities"))
U(d, "He said that the fight against terrorism in the Sahel should remain the responsibility", "respected their sovereignty.",
  ("Russia", N, neu, "", "position on the format of support, no evaluation of an actor"))
U(d, "China's representative expressed condolences to the Government and people of Mali", "within its capacity.",
  ("China", S, pos, "Mali", "condolences + continued assistance"))
U(d, "The representative of the United Kingdom said the Council should not accept a situation", "argued over procedure.",
  ("United Kingdom", C, neg, "", "judgement on the signatory groups without a stock word (not canonical)"))
U(d, "Germany's delegate urged the Malian authorities to make sure", "keep its troops in MINUSMA.",
  ("Germany", T, neu, "Mali", "appeal to disarm militias + troops kept; appeal before support (rule 2) (unsure: supporting by act also present)"))
U(d, "The representative of Côte d'Ivoire, speaking also on behalf of Equatorial Guinea and South Africa", "G5 Sahel Joint Force.",
  ("Ivory Coast", S, pos, "Mali", "solidarity + appeal for more support to the G5 force (appeal for arms/money = supporting)"),
  ("Equatorial Guinea", S, pos, "Mali", "on whose behalf Côte d'Ivoire spoke"),
  ("South Africa", S, pos, "Mali", "on whose behalf Côte d'Ivoire spoke"))
U(d, "Belgium's representative said that no amnesty should cover crimes", "Ogossagou and Sobane Da.",
  ("Belgium", C, neg, "", "'crimes' = judgement on the perpetrators"))
U(d, "Indonesia's delegate said that the safety of peacekeepers", "remain a priority.",
  ("Indonesia", N, neu, "", "position on priorities, no evaluation, no party addressed (unsure: a 'must' on safety could be read as a protection appeal)"))
U(d, "The representative of Kuwait, Council President for June, speaking in his national capacity", "divisions between communities.",
  ("Kuwait", T, neu, "", "solidarity + appeal to all parties: appeal before support (rule 2); national capacity, not the Council"))
U(d, "The representative of Poland said the Council was concerned", "displaced in the country.",
  ("Poland", N, neg, "", "concern + figure, no appeal"))
U(d, "Peru's delegate welcomed the Government's decision to investigate", "cycle of reprisals.",
  ("Peru", S, pos, "Mali", "welcome of Mali's step; the justice remark is not a peace appeal"))
U(d, "The Dominican Republic's representative said the Council should consider targeted sanctions", "attacks on civilians.",
  ("Dominican Republic", C, neg, "", "call for sanctions = condemning; targets not named"))
U(d, "Dan Na Ambassagou, the Dogon self-defence group, had denied any involvement", "establish the facts.",
  ("Dan Na Ambassagou", N, neg, "", "denial reported by Belgium's representative"),
  ("Belgium", T, neu, "", "call for an independent investigation, no judgement"))
