# ------------------------------------------------------------------ Ethiopia expels seven senior UN officials; Security Council meeting (UN meetings-coverage readout, 2021-10-06)
# Council speakers are introduced by name in capitals with their country in brackets, or as "the representative of X":
# each speaks for the state. The Secretary-General = United Nations.
d = "page_ethiopia_un_expulsions_unreadout.txt"
U(d, "The Government of Ethiopia's expulsion of seven senior United Nations officials has no basis", "answer the country's representative directly.",
  ("United Nations", C, neg, "Ethiopia", "possessive before the speaker (Ethiopia's expulsion ..., Guterres told); 'no basis in the Charter' + 'must be reversed' = judgement and demand"))
U(d, "Some 7 million people in Tigray, Afar and Amhara now depend", "all but run out.",
  ("United Nations", N, neg, "", "figures and supply situation given by the Secretary-General, no appeal in the sentence"))
U(d, "He said that no Member State had ever before ordered out", "routine bilateral quarrel.",
  ("United Nations", C, neg, "Ethiopia", "judgement without stock words (an act without precedent that the Council cannot treat as routine)"))
U(d, "Declaring staff of the Organization persona non grata is incompatible", "brought to him in writing.",
  ("United Nations", C, neg, "Ethiopia", "legal judgement of Ethiopia's act ('incompatible with its obligations under the Charter')"))
U(d, "He recalled that in a telephone call with Prime Minister Abiy Ahmed", "rejected the decision.",
  ("United Nations", C, neg, "Ethiopia", "refusal of the decision in protest (rejects a party's act) = condemning"))
U(d, "“Let our people do their jobs,” he said, urging the Government", "security guarantees they need.",
  ("United Nations", T, neg, "Ethiopia", "demand addressed to one side with no judgement word in the sentence = calling_for_talks, negative"))
U(d, "TAYE ATSKE SELASSIE AMDE (Ethiopia) said his Government had taken the decision", "without result.",
  ("Ethiopia", N, neg, "", "justification of its own decision, complaint implied but no judgement stated (as batch5c's justifications of own acts)"))
U(d, "Among the charges he levelled at the seven were exaggerating", "terrorist organization.",
  ("Ethiopia", C, neg, "United Nations", "accusations against the UN officials -> target United Nations; the TPLF and Parliament are only mentioned"))
U(d, "“Ethiopia is a sovereign country. It does not need lessons from anyone", "he said.",
  ("Ethiopia", C, neg, "", "multi-sentence quote closed by its speaker; 'will not bow to pressure dressed up as humanitarian concern' = judgement of its critics; several unnamed -> target empty"))
U(d, "He rejected as baseless the claim that the Government was blockading Tigray.", "He rejected as baseless the claim that the Government was blockading Tigray.",
  ("Ethiopia", N, neg, "", "denial = neutral, negative tone (guide)"))
U(d, "Taking the floor again after the Ethiopian representative, the Secretary-General said", "none had reached him.",
  ("United Nations", T, neg, "Ethiopia", "demand for the written evidence, no judgement word = calling_for_talks (demand for an explanation, as batch5c)"))
U(d, "He had twice asked the Prime Minister for such evidence", "received no reply.",
  ("United Nations", N, neg, "", "fact of his own requests, complaint implied but no judgement stated"))
U(d, "LINDA THOMAS-GREENFIELD (United States) described the expulsions", "hunger in Tigray.",
  ("United States", C, neg, "Ethiopia", "accusation of intent ('deliberate attempt to silence')"))
U(d, "Washington was ready to impose sanctions on anyone prolonging", "in September.",
  ("United States", C, neg, "", "threat of sanctions = condemning; aimed at anyone prolonging the war or obstructing aid (the Government, the TPLF and others) -> target empty"))
U(d, "GERALDINE BYRNE NASON (Ireland) called the decision deeply regrettable", "humanitarian workers everywhere.",
  ("Ireland", C, neg, "Ethiopia", "'deeply regrettable' = judgement without stock words"))
U(d, "The representative of the United Kingdom said the Council could not stay silent", "its own people.",
  ("United Kingdom", C, neg, "Ethiopia", "unnamed representative of a named state; accusation (a Government cutting off food to its people)"))
U(d, "NICOLAS DE RIVIÈRE (France) called the expulsions unjustified", "depends on.",
  ("France", C, neg, "Ethiopia", "'unjustified' = judgement"))
U(d, "MONA JUUL (Norway) urged the Government to reconsider", "all areas in need.",
  ("Norway", T, neu, "Ethiopia", "appeal addressed to one side, no judgement word = calling_for_talks"))
U(d, "MARTIN KIMANI (Kenya), speaking also on behalf of Niger, Tunisia and Saint Vincent", "inclusive national dialogue.",
  ("Kenya", T, neu, "", "joint statement of the A3+1: one row per state; direct contacts, ceasefire and dialogue, no judgement; addressed to Ethiopia and the UN and to the parties -> target empty"),
  ("Niger", T, neu, "", "same joint statement"),
  ("Tunisia", T, neu, "", "same joint statement"),
  ("Saint Vincent and the Grenadines", T, neu, "", "same joint statement"))
U(d, "Speaking in his national capacity, he said Kenya, as Ethiopia's neighbour", "stood ready to help.",
  ("Kenya", S, pos, "Ethiopia", "national capacity -> Kenya only; offer of help = supporting"))
U(d, "ZHANG JUN (China) said the matter was one between the Organization and a sovereign State", "through communication.",
  ("China", T, neu, "", "settlement through communication between the two, no judgement; both addressed -> target empty"))
U(d, "He cautioned Council members against using humanitarian issues", "opposed unilateral sanctions.",
  ("China", C, neg, "", "'opposed unilateral sanctions' aimed at an act (the threatened US sanctions) = judgement; the US is implied, not named -> target empty (unsure)"))
U(d, "The representative of the Russian Federation said his delegation understood", "rather than dismissal.",
  ("Russia", S, neu, "Ethiopia", "backing of Ethiopia's position and complaints = supporting"))
U(d, "The representative of India said he hoped the Government and the United Nations", "not disrupted.",
  ("India", T, pos, "", "hope that the two settle their differences = calling_for_talks; two parties -> target empty"))
U(d, "JUAN RAMÓN DE LA FUENTE (Mexico) said his delegation was deeply troubled", "in other conflicts.",
  ("Mexico", N, neg, "", "concern without an appeal = neutral, negative (guide)"))
U(d, "SVEN JÜRGENSON (Estonia) said Tallinn fully backed the Secretary-General", "in Ethiopia.",
  ("Estonia", S, pos, "United Nations", "Tallinn = metonym for Estonia; backing of the SG and his staff"))
