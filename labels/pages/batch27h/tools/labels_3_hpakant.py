# ------------------------------------------------------------------ Hpakant: the air strike on the A Nang Pa concert, Kachin State (UN noon briefing transcript, 2022-10-25)
d = "page_hpakant_anangpa_airstrike2022_noonbriefing.txt"
# Not statements: site bar, breadcrumb, title lines, date, Print/Email/Share, topic heads (**MYANMAR etc.), the journalists' questions (the outlet asking is no actor), "Okay. Edie?", sign-off, disclaimer, related links, footer.
# "Good afternoon." = greeting, no row.
U(d, "I will start with Myanmar, where the Secretary-General is deeply alarmed", "in Kachin State.",
  ("United Nations", N, neg, "", "alarm with no appeal = neutral, negative (guide's case)"))
U(d, "According to the information we have, the strikes hit a gathering", "members of the audience.",
  ("United Nations", N, neg, "", "figures and facts given by the UN = neutral"))
U(d, "The Secretary-General condemns this attack on people", "international humanitarian law.",
  ("United Nations", C, neg, "Myanmar", "condemnation + reminder addressed to the military (junta speaks for Myanmar)"))
U(d, "He extends his condolences to the families", "quick recovery to the injured.",
  ("United Nations", N, neg, "", "condolences to victims' families (no state or body addressed) = neutral, grief tone (unsure: condolences are sometimes supporting when aimed at a state)"))
U(d, "The Secretary-General calls on the military authorities to let the wounded", "reach the area.",
  ("United Nations", T, neu, "Myanmar", "appeal for medical and humanitarian access, no judgement = calling_for_talks"))
U(d, "Yesterday, the United Nations country team in Myanmar said in a statement", "would have to follow.",
  ("United Nations", C, neg, "Myanmar", "'according to a statement' form; force 'far beyond anything the situation could justify' = judgement without a stock word; the force is the military's"))
U(d, "Our humanitarian colleagues tell us that roads from the site", "number of casualties.",
  ("United Nations", N, neg, "", "facts relayed by the UN (OCHA) = neutral"))
U(d, "They are working with local partners to get medical supplies", "remains very limited.",
  ("United Nations", S, neu, "", "providing medical supplies = supporting by act; no canonical recipient"))
# "As you know, the foreign ministers of ASEAN will meet in Jakarta on Thursday ..." = announcement of another body's meeting, narration, no row.
U(d, "The Special Envoy on Myanmar, Noeleen Heyzer, has been in touch", "ASEAN Special Envoy.",
  ("United Nations", T, neu, "", "envoy's contacts with the ASEAN chair = diplomatic engagement (calling_for_talks) (unsure: could be neutral narration)"))
U(d, "She hopes the ministers will use the meeting to press for an end", "all the people of Myanmar.",
  ("United Nations", T, pos, "ASEAN", "hope for an end to violence and an inclusive process = calling_for_talks"))
U(d, "We've seen the statement.", "We've seen the statement.",
  ("United Nations", N, neu, "", "acknowledgement (procedural line)"))
U(d, "The spokesman, Major General Zaw Min Tun, told state media", "were false.",
  ("Myanmar", N, neg, "", "the junta's spokesman (relayed by the UN) = Myanmar; the strike as done on a camp + denial of civilian deaths = neutral, negative"))
U(d, "What I can tell you is that our colleagues on the ground", "large number of civilians were killed.",
  ("United Nations", N, neg, "", "figures from UN sources, contradicting the denial, no judgement = neutral"))
U(d, "We will continue to try to verify every figure, but a concert is a concert.", "a concert is a concert.",
  ("United Nations", C, neg, "Myanmar", "judgement without stock words: dismisses the military's 'training camp' claim (unsure: could be neutral)"))
U(d, "Seng Mai, a relief coordinator with a Kachin church network", "died on the road.",
  ("Seng Mai", C, neg, "Myanmar", "invented witness quoted inside a question; an accusation made by describing the army turning back the wounded = condemning"))
U(d, "That is exactly why the Secretary-General has called for unimpeded access", "at every level.",
  ("United Nations", T, neu, "Myanmar", "appeal for access restated; raising it with the authorities"))
U(d, "I have nothing more on the checkpoints themselves.", "checkpoints themselves.",
  ("United Nations", N, neu, "", "procedural non-answer"))
U(d, "That's a decision for ASEAN members.", "ASEAN members.",
  ("United Nations", N, neu, "", "procedural"))
U(d, "The Secretary-General has always supported ASEAN's role", "actually be implemented.",
  ("United Nations", S, pos, "ASEAN", "backing of ASEAN's role + hope (supporting decides: the backing is explicit and aimed at ASEAN) (unsure: hope for implementation could make it calling_for_talks)"))
U(d, "The Special Rapporteur is independent and speaks for himself, but I can tell you that Tom Andrews said", "jet fuel and weapons.",
  ("United Nations", C, neg, "Myanmar", "the Special Rapporteur = United Nations (name files); judgement of the junta + call for an arms and fuel cut-off (sanctions) = condemning"))
# "The Security Council, for its part, has not scheduled a meeting ..." = non-event, no row.
U(d, "On the Kachin Independence Organisation, they said in a statement", "fight on.",
  ("Kachin Independence Army", C, neg, "Myanmar", "KIO (political wing) declared as an alias of the KIA; vow to fight on after the strike = threatened response"))
U(d, "We are worried about the continuing violence across the country.", "across the country.",
  ("United Nations", N, neg, "", "concern with no appeal in the sentence = neutral, negative"))
U(d, "We want to see all parties refrain from attacks", "path back to dialogue.",
  ("United Nations", T, neu, "", "appeal to all parties for restraint and dialogue"))
U(d, "UNICEF's Regional Director for East Asia and the Pacific, Debora Comini, said in a statement", "adults' wars.",
  ("UNICEF", C, neg, "", "'appalled' by children among the dead + 'must never be made to pay' = a judgement on the killing; perpetrator not named in the sentence -> target empty (unsure: could be neutral alarm + appeal)"))
U(d, "She also said UNICEF stood ready to support the families affected.", "families affected.",
  ("UNICEF", S, pos, "", "offer of support = supporting; no canonical recipient"))
