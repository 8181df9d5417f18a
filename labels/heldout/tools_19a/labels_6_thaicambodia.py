# ------------------------------------------------------------------ Thailand-Cambodia border clashes, third day (full HTML page, Southeast Asian English-language news site, 2025-07-26)
d = "page_thai_cambodia_clashes_webpage.html"
U(d, "Thailand's health ministry said at least 19 people had been killed", "13 of them civilians.",
  ("Thailand", N, neu, "", "health ministry = Thailand; casualty figures"))
U(d, "Cambodia's defence ministry spokeswoman, Lieutenant General Maly Socheata, said 13 Cambodians", "fled their homes.",
  ("Cambodia", N, neu, "", "spokeswoman introduced by role; casualty and displacement figures"))
U(d, "She accused Thai forces of dropping cluster munitions", "years to come.",
  ("Cambodia", C, neg, "Thailand", "'She' = Socheata; accusation + 'broke international law'; 'Thai forces' = Thailand (an army speaks for its state)"))
U(d, "Socheata said Cambodia had held back since Thursday", "\"We did not ask for this war.",
  ("Cambodia", N, neg, "", "surname only; own restraint + 'we did not ask for this war' = self-description, no judgement of an actor; quotation opened after a colon and left open (continues in the next paragraph)"))
U(d, "\"But if our land is attacked, our soldiers will answer", "she said.",
  ("Cambodia", C, neg, "Thailand", "quotation continued over the paragraph break, same speaker; conditional threat of a response (aimed at Thailand by context)"))
U(d, "In the south-east, the Thai navy said Cambodian troops had tried to push into Trat", "driven back.",
  ("Thailand", C, neg, "Cambodia", "accusation of an incursion by describing the other side's attack (unsure: attack on troops, not on civilians; could be read as neutral)"))
U(d, "The Chanthaburi and Trat Border Defence Command declared martial law", "the army said.",
  ("Thailand", N, neu, "", "own measure at home (martial law in its own districts), no measure against another side stated"))
U(d, "Thai Foreign Minister Maris Sangiampongsa, speaking at the ministry in Bangkok", "died on Thursday.",
  ("Thailand", C, neg, "Cambodia", "accusation by describing attacks on civilians (guide); Bangkok = place"))
U(d, "Thailand agreed in principle to the ceasefire proposed by the ASEAN chair", "show that it was sincere.",
  ("Thailand", T, neg, "Cambodia", "agreeing to a ceasefire, even with conditions, = calling_for_talks (labels/README); conditions addressed to Cambodia, no judgement word"))
U(d, "He thanked Malaysian Prime Minister Anwar Ibrahim, the current ASEAN chair", "two sides together.",
  ("Thailand", S, pos, "ASEAN", "thanks = approval; Anwar acts as ASEAN chair on this file, so the target is ASEAN (unsure: could be Malaysia)"))
U(d, "Maris said members of the UN Security Council, which met behind closed doors", "settle their dispute peacefully.",
  ("United Nations", T, neu, "", "position of the Security Council members reported by the Thai minister = UN's statement (guide: X reported by Y); Thailand takes no position in this sentence"))
U(d, "Cambodia's letter asking the council to intervene had given a distorted account", "Nikorndej Balankura, said.",
  ("Thailand", C, neg, "Cambodia", "possessive before the speaker ('Cambodia's letter' is not the speaker): the Thai MFA spokesman (attribution tail); 'distorted' = judgement"))
U(d, "Cambodia's ambassador to the United Nations, Chhea Keo, told reporters", "settled peacefully.",
  ("Cambodia", T, neu, "", "ambassador by role = Cambodia; call for an immediate, unconditional ceasefire"))
U(d, "He also questioned how a country with a far smaller army", "much stronger neighbour.",
  ("Cambodia", N, neg, "", "'He' = Chhea Keo; denial of having started the fighting, put as a question = neutral, negative"))
U(d, "Relations were already strained: on Wednesday Bangkok expelled Cambodia's ambassador", "downgrading ties.",
  ("Thailand", C, neg, "Cambodia", "expulsion of the ambassador + recall = diplomatic measure; Bangkok = metonym"),
  ("Cambodia", C, neg, "Thailand", "downgrading ties in response = measure; Phnom Penh = metonym"))
U(d, "Anwar said on Thursday night that he had spoken by phone with Cambodian Prime Minister Hun Manet", "stop firing at once.",
  ("ASEAN", T, neg, "", "the chair speaking for the bloc he chairs speaks for the body (guide); appeal to both for a ceasefire; Hun Manet and Phumtham only addressed"))
U(d, "Hun Manet said in a Facebook post on Saturday that he was grateful to Anwar", "end the fighting.",
  ("Cambodia", S, pos, "ASEAN", "PM = Cambodia; thanks to the ASEAN chair for his efforts = approval (target as in the Thai row)"))
U(d, "Vietnam, Laos and the Philippines urged the two sides", "fighting spread.",
  ("Vietnam", T, neu, "", "list of three states, one row each; appeal to both sides"),
  ("Laos", T, neu, "", "same list"),
  ("Philippines", T, neu, "", "same list"))
U(d, "Singapore's foreign ministry said it was deeply concerned by the fighting", "on both sides.",
  ("Singapore", N, neg, "", "concern without an appeal = neutral, negative (guide)"))
U(d, "In Washington, State Department spokeswoman Tammy Bruce called on both governments", "peaceful way out.",
  ("United States", T, neu, "", "appeal to stop fighting, protect civilians, peaceful settlement; Washington = place"))
U(d, "China's foreign ministry spokesman, Guo Jiakun, said Beijing welcomed the ASEAN chair's efforts", "return to talks.",
  ("China", T, pos, "", "welcome of the chair's efforts + hope for a ceasefire and talks: rule 2 before rule 3 (welcome + appeal)"))
U(d, "Beijing, which has close ties with both governments, would keep a fair and impartial position", "he added.",
  ("China", N, neu, "", "'he' = Guo; own stance described, no evaluation of another actor"))
U(d, "UN Secretary-General Antonio Guterres was alarmed by the clashes", "Farhan Haq, said.",
  ("United Nations", T, neg, "", "alarm + appeal for restraint and dialogue, attribution tail (deputy spokesman)"))
U(d, "UN relief officials said more than 131,000 people had been displaced", "schools and temples.",
  ("United Nations", N, neu, "", "unnamed officials of a named body = UN; displacement figures"))
