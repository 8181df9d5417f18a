# ------------------------------------------------------------------ Myanmar earthquake: junta and resistance ceasefires, convoy shooting (live blog, 2025-04-02)
d = "page_myanmar_quake_ceasefire_liveblog.txt"
U(d, "It said troops would respond as necessary", "take more territory.",
  ("Myanmar", C, neg, "", "'It' = the army's statement (junta = Myanmar); conditional threat against the armed groups = condemning; target empty (several groups, NUG and EAOs)"))
U(d, "Myanmar's military government has declared a ceasefire", "late evening bulletin.",
  ("Myanmar", T, neu, "", "declaring a ceasefire = calling_for_talks (labels/README); MRTV is the outlet, not an actor"))
U(d, "The statement said the pause was meant to speed up relief", "family members and homes.",
  ("Myanmar", N, pos, "", "the stated purpose of its own truce, no appeal to anyone = neutral, positive tone (unsure: could be read as part of the ceasefire call)"))
U(d, "Richard Horsey, senior adviser on Myanmar at the International Crisis Group", "the whole response.",
  ("International Crisis Group", N, neg, "", "analyst of a named organisation speaks for it; assessment of access, no judgement"))
U(d, "\"The military has every incentive to steer aid", "he said.",
  ("International Crisis Group", C, neg, "Myanmar", "insinuation that the junta will steer aid = negative judgement without stock words"))
U(d, "At the daily noon briefing in New York, UN spokesman", "Mandalay and Nay Pyi Taw.",
  ("United Nations", S, neu, "Myanmar", "$5m released from CERF = aid (supporting); target Myanmar = the country's quake victims (as 'Japan supporting Armenia'); the rescue-team count rides in the same sentence"))
U(d, "He repeated the secretary-general's appeal", "the ground they live on.",
  ("United Nations", T, neg, "", "appeal to all parties to stop fighting = calling_for_talks"))
U(d, "Tom Andrews, the UN special rapporteur on human rights in Myanmar", "careful diplomatic language.",
  ("United Nations", C, neg, "Myanmar", "special rapporteur resolved to the UN (unsure: mandated independent expert); 'indefensible' strikes 'by the military' = judgement; the call on governments to say so is inside the judgement (rule 1)"))
U(d, "China's foreign ministry spokesman Guo Jiakun told a regular briefing", "were unharmed.",
  ("China", N, neu, "", "fact about its own team; no blame placed for the shooting"))
U(d, "He called on all sides in Myanmar to put the earthquake response first", "China and other countries.",
  ("China", T, neu, "", "appeal to all sides, no judgement (China did not blame the junta); target empty"))
U(d, "China has sent several rescue teams to the quake zone", "first-aid kits.",
  ("China", S, pos, "Myanmar", "aid reported as done = supporting"))
U(d, "Major General Zaw Min Tun, the military government's spokesman, said troops", "when it kept coming.",
  ("Myanmar", N, neu, "", "junta's own account of what its troops did, no judgement"))
U(d, "\"The convoy did not tell us it was coming.", "he said.",
  ("Myanmar", N, neg, "", "multi-sentence quote: denial that anyone aimed at the convoy = neutral, negative (guide)"))
U(d, "He accused unnamed groups of trying to use the disaster", "political points.",
  ("Myanmar", C, neg, "", "accusation; the accused are unnamed -> target empty"))
U(d, "The Ta'ang National Liberation Army, which controls much of the area, gave a different account", "with machine guns.",
  ("Ta'ang National Liberation Army", C, neg, "Myanmar", "counter-account: troops fired on a notified aid convoy = accusation"))
U(d, "\"They behave exactly as they did before the earthquake", "a spokeswoman for the group.",
  ("Ta'ang National Liberation Army", C, neg, "Myanmar", "speaker introduced after the quote; 'the group' = TNLA; judgement"))
U(d, "The TNLA said the vehicles were now travelling under its protection", "towards Mandalay.",
  ("Ta'ang National Liberation Army", N, neu, "", "own escort reported as a fact (unsure: escorting aid could be read as backing by act, but the aid is not the TNLA's and no actor is backed)"))
U(d, "The Three Brotherhood Alliance, made up of the Myanmar National Democratic Alliance Army", "right to defend itself.",
  ("Three Brotherhood Alliance", T, neu, "", "the alliance speaks as one actor (its members are named in apposition, not as speakers); unilateral pause = calling_for_talks"))
U(d, "The alliance said it would not interfere with the movement of rescue teams", "territory it holds.",
  ("Three Brotherhood Alliance", T, pos, "", "commitment to humanitarian access = calling_for_talks"))
U(d, "Senior General Min Aung Hlaing told a fundraising event", "fresh attacks.",
  ("Myanmar", C, neg, "", "junta chief by rank and name; accusation against unnamed 'ethnic armed groups' -> target empty"))
U(d, "Because of that, he said, the army would keep carrying out", "defensive operations.",
  ("Myanmar", C, neg, "", "continued operations announced against the other side = condemning (guide: announcing a military operation against another side)"))
U(d, "The National Unity Government said its People's Defence Force would observe", "except for defensive action.",
  ("National Unity Government", T, neu, "", "the PDF is the NUG's armed wing; unilateral pause = calling_for_talks"))
U(d, "\"The people under the rubble do not care", "presidential office.",
  ("National Unity Government", T, neg, "", "Kyaw Zaw = NUG (actors.csv); appeal to everyone to lay down arms; grief in the tone"))
U(d, "He said military aircraft had bombed villages", "the earthquake.",
  ("National Unity Government", C, neg, "Myanmar", "accusation made by describing the military's attacks on villages"))
U(d, "State media, citing the military government's information team", "still missing.",
  ("Myanmar", N, neu, "", "toll given by the junta's information team via state media (the outlet is not an actor)"))
U(d, "India's external affairs ministry said a navy ship carrying relief supplies", "in Mandalay.",
  ("India", S, neu, "Myanmar", "aid delivered (Operation Brahma) = supporting"))
U(d, "Malaysia's foreign ministry said a 50-member team", "in Mandalay.",
  ("Malaysia", S, neu, "Myanmar", "rescue team deployed = aid by act (supporting)"))
U(d, "The United States said it would provide $2 million", "to assess needs.",
  ("United States", S, neu, "Myanmar", "aid pledged + assessment team = supporting"))
U(d, "Amnesty International said the military's continued air strikes", "catastrophe worse.",
  ("Amnesty International", C, neg, "Myanmar", "possessive 'the military's' names the target, not a speaker; judgement"))
