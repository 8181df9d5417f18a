# ------------------------------------------------------------------ Gambia: resolution 2337 backs ECOWAS as Barrow is sworn in (UN Security Council meetings coverage, 2017-01-19)
d = "page_gambia_transition_unsc.txt"
U(d, "The Security Council today expressed its full support for the Economic Community", "is respected.",
  ("United Nations", S, pos, "ECOWAS", "Security Council = United Nations; full support for ECOWAS's commitment = supporting (an appeal to political means is only the frame)"))
U(d, "Unanimously adopting resolution 2337 (2017), the Council requested the outgoing President", "Dakar, Senegal.",
  ("United Nations", T, neg, "", "demand to one side to hand over peacefully, no judgement word = calling_for_talks, negative; target empty: the outgoing president no longer speaks for the Gambia (AU, ECOWAS) and is not an actor here"))
U(d, "It condemned in the strongest terms any attempt to block the transition", "maximum restraint.",
  ("United Nations", C, neg, "", "'It' = the Council; condemnation + appeal for restraint in one sentence: rule 1; no actor named, target empty"))
U(d, "FODÉ SECK (Senegal), whose delegation drafted the text, said", "negotiated exit.",
  ("Senegal", N, neu, "", "speaker in capitals with country in brackets = Senegal; facts about hosting Barrow and the mediation trips"))
U(d, "The outgoing leader's refusal to step down, he said, endangered", "whole subregion.",
  ("Senegal", C, neg, "", "attribution inside the sentence ('he said'); judgement of the refusal; target empty (see above)"))
U(d, "PETER WILSON (United Kingdom) said the Gambian people had made a clear choice", "refused to accept it.",
  ("United Kingdom", C, neg, "", "the outgoing President blamed for refusing the vote = judgement; target empty"))
U(d, "He added that President Barrow, as the lawful Head of State, could turn to his neighbours", "judged it necessary.",
  ("United Kingdom", S, pos, "Gambia", "backing of Barrow's right to seek assistance = supporting; Barrow = the Gambia's lawful president (AU, ECOWAS, the Council)"))
U(d, "PETR ILIICHEV (Russian Federation) said Moscow had backed the text", "military intervention.",
  ("Russia", T, neu, "", "'Russian Federation' = Russia; voted for a handover without violence + trust in mediators + no door to force = calling_for_talks (the trust in ECOWAS is only a reason)"))
U(d, "ELBIO ROSSELLI (Uruguay) said his delegation understood the text as purely political", "out of the crisis.",
  ("Uruguay", T, neu, "", "reading of the text as political + dialogue the only path = calling_for_talks"))
U(d, "SACHA SERGIO LLORENTTY SOLÍZ (Bolivia) said his delegation had joined the consensus", "settled peacefully.",
  ("Bolivia", T, neu, "", "joined on the understanding of a peaceful settlement = calling_for_talks"))
U(d, "AMR ABDELLATIF ABOULATTA (Egypt) welcomed the mediation", "peaceful means.",
  ("Egypt", T, pos, "", "welcome of mediation + appeal, no judgement: rule 2 before rule 3 (labels/README)"))
U(d, "FRANÇOIS DELATTRE (France) said that West African leaders", "each effort aside.",
  ("France", C, neg, "", "the outgoing President 'brushed each effort aside' = judgement; target empty"))
U(d, "SEBASTIANO CARDI (Italy) expressed his delegation's full support", "at his side.",
  ("Italy", S, pos, "Gambia", "support for President Barrow (the Gambia) and for ECOWAS/AU; two supported parties, the main one kept as target"))
U(d, "The representative of the United States called on all parties", "proceed.",
  ("United States", T, neu, "", "unnamed representative of a named state speaks for it; appeal for no violence"))
U(d, "OLOF SKOOG (Sweden), Council President for January, speaking in his national capacity", "further delay.",
  ("Sweden", T, neg, "", "Council President speaking in his national capacity = Sweden, not the UN; demand to one side to hand over, no judgement word = calling_for_talks, negative"))
