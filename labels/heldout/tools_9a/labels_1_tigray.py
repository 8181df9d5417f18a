# ------------------------------------------------------------------ Federal offensive in Tigray, day 7 (Reuters-style wire, 2020-11-10)
d = "page_tigray_offensive_wire.txt"
U(d, "Ethiopian Prime Minister Abiy Ahmed said on Tuesday the federal offensive", "entered its seventh day.",
  ("Ethiopia", C, neg, "Tigray People's Liberation Front", "lead after the dateline: the offensive announced to go on until the TPLF is disarmed and tried = announced military operation against another side; the foreign appeals in the same sentence have no named actor"))
U(d, "\"We will not pause until those who turned their guns", "Abiy wrote on Twitter.",
  ("Ethiopia", C, neg, "Tigray People's Liberation Front", "threat: fighting goes on until the TPLF leaders stand trial; surname only"))
U(d, "A day earlier he had told foreign partners they were misreading the situation", "of its own affairs.",
  ("Ethiopia", N, neu, "", "'he' = Abiy; says the partners misread it and Ethiopia is in control = reassurance about its own situation, no judgement of a canonical actor, no appeal (neutral)"))
U(d, "Redwan Hussien, spokesman for the government's state of emergency task force", "stationed there.",
  ("Ethiopia", N, neg, "", "own loss admitted with an explanation = facts, no judgement"))
U(d, "He described the attack on the base as a stab in the back", "would have let it pass.",
  ("Ethiopia", C, neg, "Tigray People's Liberation Front", "'He' = Redwan; judgement without stock words ('stab in the back') + justification of a response; the attackers are the TPLF by context"))
U(d, "The Tigray People's Liberation Front (TPLF), which governs the region", "to step in.",
  ("Tigray People's Liberation Front", T, neu, "African Union", "an appeal to a body to step in (mediation) = calling_for_talks, addressed to the AU; the relative clause is background"))
U(d, "In a letter dated Monday, Tigray's president Debretsion Gebremichael asked", "all Ethiopian parties.",
  ("Tigray People's Liberation Front", T, neu, "African Union", "Debretsion (TPLF chairman, regional president) asks for a halt + talks; Ramaphosa addressed as AU chairman = AU"))
U(d, "The letter put it plainly:", "we will come.\"",
  ("Tigray People's Liberation Front", T, neu, "", "quotation opened after a colon, two sentences, one unit; offer to come to talks"))
U(d, "In a separate statement read on regional television, Debretsion accused neighbouring Eritrea", "held by regional forces.",
  ("Tigray People's Liberation Front", C, neg, "Eritrea", "accusation of an incursion and shelling"))
U(d, "Eritrea's Foreign Minister Osman Saleh rejected the charge.", "Eritrea's Foreign Minister Osman Saleh rejected the charge.",
  ("Eritrea", N, neg, "", "denial = neutral, negative tone (guide)"))
U(d, "\"Not one Eritrean soldier has crossed into Ethiopia", "by telephone.",
  ("Eritrea", N, neg, "", "the denial quoted, with a promise not to take sides; no judgement of an actor"))
U(d, "Getachew Reda, an adviser to Debretsion and a former federal communications minister", "claimed to protect.",
  ("Tigray People's Liberation Front", C, neg, "Ethiopia", "adviser to the TPLF chairman speaks for the TPLF; accusation of bombing its own people; 'the government in Addis Ababa' = Ethiopia (capital as metonym)"))
U(d, "\"Abiy has chosen to bomb his own citizens", "Getachew said.",
  ("Tigray People's Liberation Front", C, neg, "Ethiopia", "two-sentence quote closed by its speaker = one unit; judgement ('History will judge him'); Abiy = Ethiopia"))
U(d, "Abiy's refusal to negotiate was pushing Ethiopia towards a long civil war", "Getachew added.",
  ("Tigray People's Liberation Front", C, neg, "Ethiopia", "possessive before the speaker: Abiy is mentioned, Getachew (TPLF) speaks; blame"))
U(d, "He said Tigrayan forces were holding their lines on every front", "could not be verified.",
  ("Tigray People's Liberation Front", N, neu, "", "own military claim, no judgement; the verification clause is the agency's"))
U(d, "In an email, Billene Seyoum, the prime minister's spokeswoman", "thankful for them.",
  ("Ethiopia", N, pos, "", "thanks for worries 'voiced abroad' (no canonical actor) as a polite prelude to refusing mediation; neutral with positive tone (unsure: thanks can be supporting)"))
U(d, "But no outsider would set the terms for ending", "she added.",
  ("Ethiopia", N, neu, "", "'she' = Billene; refusal of outside terms for a 'domestic law-enforcement operation', no protest or judgement of another actor = neutral"))
U(d, "The AU's Commission chairperson, Moussa Faki Mahamat, on Tuesday called on", "negotiating table.",
  ("African Union", T, neu, "", "appeal to stop fighting, spare civilians and negotiate, addressed to both sides -> target empty"))
U(d, "Faki also said the bloc stood firmly behind", "its borders.",
  ("African Union", S, pos, "Ethiopia", "surname only; backing of the state's constitutional order and integrity = supporting Ethiopia (a second stance of the same body, in its own sentence)"))
U(d, "European Union foreign policy chief Josep Borrell said on Monday", "talking again.",
  ("European Union", T, neu, "", "offer of help to get the sides talking = calling_for_talks; Brussels = EU (metonym); Abiy is only the person he spoke to"))
U(d, "UN Secretary-General Antonio Guterres has called for immediate de-escalation", "protect civilians.",
  ("United Nations", T, neu, "", "two actors in one sentence: Guterres's appeal"),
  ("United States", T, neu, "", "Pompeo's appeal to both sides = calling_for_talks (rule 2)"))
U(d, "A UN humanitarian update said on Monday", "inside Tigray.",
  ("United Nations", N, neu, "", "a UN document reporting facts (locations, blackout) = neutral"))
U(d, "Sudan's refugee commission said thousands of Ethiopians had crossed", "women and children.",
  ("Sudan", N, neu, "", "state agency giving figures = the state, neutral (as the seeds' agencies quoting officials)"))
U(d, "The UN refugee agency said it was moving tents", "the new arrivals.",
  ("UNHCR", S, neu, "", "aid by act (supplies moved to the border) = supporting; the refugees are not a canonical actor -> target empty"))
U(d, "Sudanese Prime Minister Abdalla Hamdok said his government was following", "deep concern.",
  ("Sudan", N, neg, "", "concern without an appeal = neutral, negative (guide)"))
U(d, "The eastern state of Kassala closed its border with Ethiopia last week.", "The eastern state of Kassala closed its border with Ethiopia last week.",
  ("Sudan", N, neu, "", "a specific act reported as done by a provincial authority (resolves to its state); a precaution with no judgement = neutral (unsure: could be read as narrative)"))
U(d, "Diplomats in Addis Ababa said several African leaders had offered to mediate", "turned them down.",
  ("Ethiopia", N, neu, "", "a position of X reported by Y is X's (guide), even when Y is unnamed diplomats: Ethiopia's refusal of mediation, no reason or protest stated = neutral; the African leaders are unnamed (no row) (unsure)"))
U(d, "Federal officials accuse the TPLF of arming and training militias", "the federal parliament.",
  ("Ethiopia", C, neg, "Tigray People's Liberation Front", "unnamed officials of a named government ('federal') speak for it; accusation"))
U(d, "The TPLF says Abiy's government has lost its mandate", "COVID-19 pandemic.",
  ("Tigray People's Liberation Front", C, neg, "Ethiopia", "denies the federal government's legitimacy = judgement"))
