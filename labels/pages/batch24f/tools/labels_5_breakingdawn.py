# ------------------------------------------------------------------ Gaza: Israel's "Breaking Dawn" operation against Islamic Jihad and the Egyptian-brokered truce, 5-7 Aug 2022 (live blog, 2022-08-08)
d = "page_gaza_breakingdawn2022_liveblog.txt"
# Not statements: masthead, menu, LIVE headline, update stamp, byline, key events bullets, JavaScript notice, entry time
# stamps, the blog's own housekeeping ("We are going to close ...", "We spoke earlier to ..."), ADVERTISEMENT, Related lines,
# share bar, topics, most viewed, copyright.
# "An Egyptian-brokered truce between Israel and Palestinian Islamic Jihad came into force ..." = narration, no row.
U(d, "The Hamas-run health ministry in Gaza said 44 Palestinians had been killed", "about 360 wounded.",
  ("Hamas", N, neu, "", "Hamas-run health ministry = Hamas (alias); casualty figures"))
U(d, "Israel's army said about 1,100 rockets had been fired at Israel", "had been intercepted.",
  ("Israel", N, neu, "", "the army speaks for its state; figures"))
U(d, "US President Joe Biden has issued a statement welcoming the ceasefire", "for their part in securing it.",
  ("United States", S, pos, "", "welcome of the truce + thanks to two mediators (two -> target empty); no appeal in this sentence"))
U(d, "Biden said the United States stood firmly behind Israel's right to defend", "had saved many lives.",
  ("United States", S, pos, "Israel", "backing of Israel's defence and of Iron Dome"))
U(d, "He also said reports of civilians killed in Gaza were a tragedy", "implement the truce in full.",
  ("United States", T, neg, "", "grief + call for investigation and full implementation of the truce, no judgement of a side"))
U(d, "Ziyad al-Nakhalah, the Islamic Jihad leader, speaking from Tehran, claimed victory", "on the group's prisoners.",
  ("Palestinian Islamic Jihad", C, neg, "Israel", "threat to resume fire = condemning; Tehran = place"))
U(d, "Mohammad al-Hindi, a senior Islamic Jihad official, said the agreement included", "months-long hunger strike.",
  ("Palestinian Islamic Jihad", N, neu, "", "terms of the agreement = facts"))
U(d, "The office of Israel's Prime Minister Yair Lapid has thanked Egypt", "to bring about the truce.",
  ("Israel", S, pos, "Egypt", "thanks for mediation"))
U(d, "\"Anyone who tests us after tonight", "a statement from Lapid's office said.",
  ("Israel", C, neg, "", "warning against any breach = threat; aimed at whoever breaks the truce -> target empty"))
U(d, "Egypt's state-affiliated Al-Qahera News reported that Cairo had secured", "observe the ceasefire strictly.",
  ("Egypt", T, neu, "", "unnamed official of a named government; mediation result + appeal to both; the outlet is the channel"))
U(d, "The Palestinian Authority presidency, which has no control in Gaza, said", "press it to stop.",
  ("Palestine", C, neg, "Israel", "'full responsibility' + appeal to Washington (rule 1)"))
U(d, "The UN security council will hold an emergency session on Monday", "Ireland and Norway.",
  ("United Arab Emirates", T, neu, "", "requesting a Council meeting on the crisis = pursuing a diplomatic course; list of five -> one row each"),
  ("China", T, neu, "", "requester of the meeting (list)"),
  ("France", T, neu, "", "requester of the meeting (list)"),
  ("Ireland", T, neu, "", "requester of the meeting (list)"),
  ("Norway", T, neu, "", "requester of the meeting (list)"))
U(d, "Tor Wennesland, the UN special coordinator for the Middle East peace process, said", "give the Egyptian efforts a chance.",
  ("United Nations", T, neg, "", "concern + appeal to all parties"))
U(d, "\"Civilians on both sides are paying the price,\" he said.", "he said.",
  ("United Nations", N, neg, "", "quote continued after the paragraph's first sentence; grief without an appeal or a judgement = neutral"))
U(d, "The Israeli military has again said that the deaths of several children near a cemetery", "from crowded neighbourhoods.",
  ("Israel", C, neg, "Palestinian Islamic Jihad", "denial of its own responsibility + accusation of endangering civilians (guide: accusation by describing the other side's attacks on civilians)"))
U(d, "Hani Abu Shamala, a shopkeeper in Jabalia who helped carry the wounded, said", "We only know who we buried.\"",
  ("Hani Abu Shamala", N, neg, "", "invented resident; grief, refuses to assign blame; quote opened after 'adding:' = one unit"))
U(d, "Turkey's foreign ministry condemned the Israeli air strikes", "among the dead.",
  ("Turkey", C, neg, "Israel", "condemnation, 'unacceptable'"))
U(d, "Qatar's foreign ministry condemned what it called the Israeli bombardment", "protect Palestinian civilians.",
  ("Qatar", C, neg, "Israel", "condemnation + appeal (rule 1)"))
U(d, "Jordan's foreign ministry called on the international community to act urgently", "protect civilians in Gaza.",
  ("Jordan", T, neg, "", "appeal to halt escalation and protect civilians, no judgement"))
U(d, "Russian foreign ministry spokeswoman Maria Zakharova said Moscow was seriously concerned", "maximum restraint.",
  ("Russia", T, neg, "", "concern + appeal for restraint"))
U(d, "From Tehran, Iran's foreign ministry spokesman Nasser Kanaani condemned", "as a crime.",
  ("Iran", C, neg, "Israel", "condemnation, 'a crime'"))
U(d, "Iran's state media showed the commander of the Revolutionary Guards, Hossein Salami", "to the end.",
  ("Iran", S, pos, "Palestinian Islamic Jihad", "IRGC commander = Iran; backing of the fighters; state media is the channel"))
U(d, "Israel's defence minister Benny Gantz said the operation would continue", "threat from Islamic Jihad.",
  ("Israel", C, neg, "Palestinian Islamic Jihad", "announced continuation of a military operation against the group = condemning"))
U(d, "The Israeli military said it had killed Khaled Mansour", "late on Saturday.",
  ("Israel", N, neu, "", "own strike reported as done, no judgement = neutral"))
U(d, "Hamas, which runs Gaza, has so far kept its own fighters out of the battle", "would pay for it.",
  ("Hamas", C, neg, "Israel", "narration + spokesman's blame and threat (alias Hazem Qassem)"))
U(d, "Britain's foreign secretary, Liz Truss, said Islamic Jihad's rockets", "for the dead in Gaza.",
  ("United Kingdom", C, neg, "Palestinian Islamic Jihad", "'indefensible' + backing of Israel + sorrow; the judgement decides (rule 1)"))
U(d, "An EU spokesperson said the bloc recognised Israel's need to protect its people", "would bear the cost.",
  ("European Union", T, neg, "", "acknowledgement + appeal to stop the fighting spreading; no judgement (rule 2 before 3)"))
U(d, "\"Militarily Israel got what it came for", "Berkovich said.",
  ("Noa Berkovich", N, neu, "", "invented analyst; assessment, no judgement"))
U(d, "\"Cairo needs to deliver on the two prisoners quickly", "she added.",
  ("Noa Berkovich", T, neg, "Egypt", "appeal to the mediator to secure the deal and avoid another round"))
