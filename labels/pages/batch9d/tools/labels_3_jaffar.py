# ------------------------------------------------------------------ Separatists hijack the Jaffar Express in Balochistan (scraped Pakistani regional page, 2025-03-12)
d = "page_jaffar_express_scraped.txt"
B = "Baloch Liberation Army"
U(d, "Security forces ended a siege", "the military said.",
  ("Pakistan", N, neu, "", "dateline 'QUETTA:' excluded; own operation and figures with an attribution tail = neutral; 'the military' = Pakistan"))
U(d, "Lt Gen Ahmed Sharif Chaudhry, director general of the military's media wing", "died in the operation.",
  ("Pakistan", C, neg, B, "ISPR = Pakistan; toll that blames the militants for killing passengers = accusation by describing attacks on civilians (guide rule 4; unsure: could be neutral figures)"))
U(d, "He said the attackers had used women and children as human shields", "throughout the standoff.",
  ("Pakistan", C, neg, B, "accusation of the attackers (human shields); Afghanistan named only as the handlers' location (no target)"))
U(d, "\"Those who took innocent travellers hostage will not find a safe place anywhere.", "he said.",
  ("Pakistan", C, neg, "", "multi-sentence quote closed by its speaker; threat against 'whoever planned this' = unspecified planners -> target empty"))
U(d, "Prime Minister Shehbaz Sharif praised the troops", "could not repay.",
  ("Pakistan", N, pos, "", "praise of own forces = self-praise: neutral, positive (labels/README)"))
U(d, "Sharif, who is due in Quetta on Thursday, said those who had turned a passenger train", "Baloch people alike.",
  ("Pakistan", C, neg, B, "surname only; 'enemies of Pakistan' = judgement of the attackers"))
U(d, "Interior Minister Mohsin Naqvi had said late on Tuesday", "first phase of the operation.",
  ("Pakistan", N, neu, "", "figures"))
U(d, "Defence Minister Khawaja Asif said in a television interview", "invite more kidnappings.",
  ("Pakistan", C, neg, B, "refusing to bargain with the group, reason stated = refusing a party in protest"))
U(d, "Balochistan Chief Minister Sarfraz Bugti told reporters in Quetta:", "women and travellers.\"",
  ("Pakistan", C, neg, B, "quote opened after a colon; provincial chief minister resolves to his state (labels/README); judgement without stock words"))
U(d, "Provincial government spokesman Shahid Rind said a relief train", "treating the wounded.",
  ("Pakistan", N, neu, "", "provincial spokesman = Pakistan; relief measures as facts"))
U(d, "The Baloch Liberation Army (BLA), which claimed the attack, said in statements", "Baloch passengers go.",
  ("Baloch Liberation Army", N, neu, "", "own claim and figures"))
U(d, "The group's spokesman, Jeeyand Baloch, said on Tuesday it would start killing hostages", "political prisoners.",
  ("Baloch Liberation Army", C, neg, "Pakistan", "threat + ultimatum = condemning; 'the army'/'the government' = Pakistan"))
U(d, "On Wednesday night the BLA dismissed the military's account", "continuing in the area.",
  ("Baloch Liberation Army", N, neg, "", "denial of the other side's account = neutral, negative"))
U(d, "China's foreign ministry spokeswoman Mao Ning told a regular briefing", "strongly condemned the attack.",
  ("China", C, neg, B, "condemnation of an attack whose claimant the page names -> target the claimant (as batch5c)"))
U(d, "She said China would stand firmly with Pakistan", "on security.",
  ("China", S, pos, "Pakistan", "pronoun 'She' = Mao Ning; support + offer of security cooperation"))
U(d, "The U.S. Embassy in Islamabad said on X that the United States condemned", "families of the victims.",
  ("United States", C, neg, B, "embassy speaks for its state; condemnation + condolences (rule 1)"))
U(d, "It said Washington remained at Islamabad's side", "against such violence.",
  ("United States", S, pos, "Pakistan", "'It' = the embassy; backing; Washington and Islamabad = metonyms"))
U(d, "At the United Nations, spokesman Stephane Dujarric said the world body was following", "immediate release.",
  ("United Nations", C, neg, B, "rejection of hostage-taking (judgement) + demand to release: rule 1; the hostage-takers = BLA by context"))
U(d, "Turkey, Iran, and Russia also condemned the attack", "people of Pakistan.",
  ("Turkey", C, neg, B, "list of three (Oxford comma): one row each"),
  ("Iran", C, neg, B, "same list"),
  ("Russia", C, neg, B, "same list"),
  ("Saudi Arabia", S, pos, "Pakistan", "second clause of the same sentence: solidarity = supporting"))
U(d, "The European Union's diplomatic service said nothing could justify attacks on civilians", "families of the victims.",
  ("European Union", C, neg, "", "EEAS = EU; general judgement naming no actor -> target empty (as batch5c)"))
U(d, "The BLA, which the United States designated a terrorist organisation in 2019, accuses Islamabad", "remain poor.",
  ("Baloch Liberation Army", C, neg, "Pakistan", "standing accusation in the present tense (Islamabad = metonym); the US designation in the relative clause is background (unsure: could be treated as narrative)"))
