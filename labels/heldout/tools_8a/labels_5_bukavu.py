# ------------------------------------------------------------------ M23 capture of Bukavu, South Kivu (UN noon briefing, 2025-02-17)
d = "page_bukavu_m23_unbriefing.txt"
U(d, "I want to start with the Democratic Republic of the Congo, following up on what the Secretary-General told leaders", "territorial integrity respected.",
  ("United Nations", T, neg, "", "the spokesman relays the SG: warning + no military solution + talks + respect for sovereignty, no judgement word = calling_for_talks; 'Good afternoon.' before it is not a statement"))
U(d, "Our peacekeeping colleagues tell us that the M23 entered Bukavu", "governor's office.",
  ("United Nations", N, neu, "", "MONUSCO = United Nations; facts on who controls the city"))
U(d, "They report widespread looting over the weekend", "Congolese forces pulled out.",
  ("United Nations", N, neg, "", "'They' = the peacekeeping colleagues; facts, negative in content, no one blamed"))
U(d, "As a reminder, our peacekeepers withdrew from South Kivu", "Bukavu itself.",
  ("United Nations", N, neu, "", "own past act and current absence = fact"))
U(d, "We once again call on the M23 to stop its advance", "the areas it holds.",
  ("United Nations", T, neg, "M23", "demand addressed to one side to stop, no judgement word = calling_for_talks (README)"))
U(d, "Our humanitarian colleagues at the Office for the Coordination of Humanitarian Affairs (OCHA) say", "displaced before.",
  ("United Nations", N, neu, "", "OCHA = United Nations; displacement figures"))
U(d, "Aid partners have had to suspend most of their activities", "have been looted.",
  ("United Nations", N, neg, "", "continuation of the OCHA account; facts"))
U(d, "Our humanitarian colleagues are calling for safe and unhindered access", "conditions allow.",
  ("United Nations", T, neu, "", "'our humanitarian colleagues' = United Nations (name files); humanitarian access = calling_for_talks"))
U(d, "The UN Refugee Agency, UNHCR, says thousands of Congolese have crossed into Burundi", "Cibitoke province.",
  ("UNHCR", N, neu, "", "UNHCR kept as its own actor (name files); arrival figures"))
U(d, "UNHCR thanked the Government of Burundi for keeping its border open", "border area.",
  ("UNHCR", S, pos, "Burundi", "thanks = approval of Burundi's act"))
U(d, "The Congolese Government said yesterday that the Rwandan army and its auxiliaries", "call for a ceasefire.",
  ("Democratic Republic of the Congo", C, neg, "Rwanda", "a position reported inside a journalist's question is the DRC's statement; accusation; Kigali = metonym; the journalist is not an actor"))
U(d, "The Secretary-General has said repeatedly that Rwanda Defence Force troops must leave", "Security Council decisions.",
  ("United Nations", T, neg, "Rwanda", "demand that one side withdraw, no judgement word = calling_for_talks (README); declines to adopt the DRC's wording"))
U(d, "Rwanda has repeatedly denied arming the M23", "against the FDLR.",
  ("Rwanda", N, neg, "", "denial + own justification (guarding its border) = neutral, negative; reported in a question"))
U(d, "I don't have independent confirmation of troop numbers", "quite detailed.",
  ("United Nations", N, neu, "", "no confirmation + reference to the Group of Experts = neutral"))
U(d, "The European Union said over the weekend that it was considering all options", "would have consequences.",
  ("European Union", C, neg, "", "warning of consequences = threatened response (condemning); aimed at the M23 and its Rwandan backers at once -> target empty"))
U(d, "Belgium's foreign minister, Maxime Prévot, went further and condemned", "Congolese sovereignty.",
  ("Belgium", C, neg, "Rwanda", "condemnation aimed at Rwanda"))
U(d, "I'm not going to comment on what Member States or regional organizations decide to do.", "I'm not going to comment on what Member States or regional organizations decide to do.",
  ("United Nations", N, neu, "", "declining to comment = neutral"))
U(d, "The Security Council is seized of the matter", "this week.",
  ("United Nations", N, neu, "", "procedure and plan (Council to take the matter up)"))
U(d, "Over the weekend, President Emmanuel Macron said he had spoken to President Félix Tshisekedi", "Kavumu airport.",
  ("France", T, neg, "Rwanda", "appeal to Rwanda to support the M23's withdrawal from Bukavu, no judgement word = calling_for_talks; Tshisekedi is only mentioned (the call, no DRC position stated)"))
U(d, "And the M23's spokesman, Lawrence Kanyuka, says the group's fighters are restoring order", "welcomed them.",
  ("M23", N, pos, "", "self-praise about its own conduct = neutral, positive"))
U(d, "Whoever controls an area has obligations under international humanitarian law", "able to reach them.",
  ("United Nations", T, neu, "", "protection of civilians and humanitarian access = calling_for_talks; addressed to whoever holds the city (target empty)"))
U(d, "Its communiqué condemned the M23's attacks", "it has occupied.",
  ("African Union", C, neg, "M23", "'Its' = the AU Peace and Security Council (name files: African Union); condemnation + demand (rule 1); the meeting itself in the previous sentence is narration"))
U(d, "And Angola's President João Lourenço, who took over the AU chair on Saturday", "first priorities.",
  ("African Union", T, pos, "", "a head of state speaking as chair of a regional body speaks for the body (guide); commitment to ending the war = calling_for_talks (unsure: he could also be read as Angola)"))
U(d, "We welcome the African Union's leadership", "their joint process.",
  ("United Nations", S, pos, "African Union", "welcome + backing of the AU-led process = supporting (rule 3); no appeal in the sentence (unsure: backing a peace process could be read as calling_for_talks)"))
U(d, "Kavumu airport remains closed to humanitarian flights", "still not operational.",
  ("United Nations", N, neu, "", "facts"))
# no rows: the journalists' own questions ('Does the Secretary-General share that assessment?' etc.), 'Absolutely.', greetings and the Council meeting listed in narration
