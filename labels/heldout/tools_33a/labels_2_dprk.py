# ------------------------------------------------------------------ North Korea's first nuclear test and resolution 1718 (UN meetings coverage, 2006-10-14)
d = "page_dprk_1718_unmeetings.txt"
# No rows: site header and menu, meeting number, document symbol, date, headline and the two subheadings, "Action on Draft"
# and "Statements" crossheads, "For information media. Not an official record.", related documents, share line, footer.
# No rows (summary lines): "Speaking after the vote, Council members said the unanimity of the text sent a strong signal ..."
# (members as a group, no single actor; their positions follow one by one).
# No rows (background narration with actors as subjects): "The country had announced its withdrawal from the
# Non-Proliferation Treaty in January 2003 ...", "It was the second time in three months that the country's delegation had
# rejected ...", the Background paragraph (the US draft, the 6 October presidential statement recalled, the 9 October
# consultations) and the meeting times.
# No row: "The President of the Council, KENZO OSHIMA (Japan), put the draft to the vote ..." (procedure of the vote; the
# decision itself is labelled in the lead and the paragraphs on the text).
U(d, "Five days after the Democratic People's Republic of Korea announced", "six-party talks.",
  ("United Nations", C, neg, "North Korea", "long lead: the test is narrated in a clause; condemnation + sanctions + call to return to talks = rule 1"))
U(d, "Unanimously adopting resolution 1718 (2006) under Chapter VII", "weapons-of-mass-destruction programmes.",
  ("United Nations", C, neg, "North Korea", "sanctions decided (arms and WMD-items embargo) = a measure against another side"))
U(d, "It also banned the supply of luxury goods to the country", "in line with their national laws.",
  ("United Nations", C, neg, "North Korea", "'It' = the Council; luxury-goods ban, asset freeze, travel ban = measures"))
U(d, "A committee made up of all 15 Council members will oversee", "every 90 days.",
  ("United Nations", N, neu, "", "procedure of the sanctions regime"))
U(d, "The Council demanded that the country conduct no further nuclear test", "irreversible manner.",
  ("United Nations", T, neg, "North Korea", "demands addressed to one side with no judgement word = calling_for_talks, negative (labels/README rule)"))
U(d, "At the same time, the Council underlined its commitment to a peaceful and diplomatic solution", "the country's compliance.",
  ("United Nations", T, pos, "", "commitment to diplomacy + welcome of five states' efforts (they are objects, not speakers) + readiness to lift = calling_for_talks (rule 2 before 3)"))
U(d, "The representative of the Democratic People's Republic of Korea, who took the floor after the Council members", "with his delegation.",
  ("North Korea", C, neg, "United States", "role only (named later); rejection + accusation of manipulation; the walkout is narrated in the same sentence"))
U(d, "JOHN BOLTON (United States) said the test was among the gravest threats", "at no cost.",
  ("United States", C, neg, "North Korea", "judgement; Pyongyang = metonym (canonical alias)"))
U(d, "\"Today this Council has shown that it can act when it matters.", "he said.",
  ("United States", C, neg, "", "multi-sentence quote closed by its speaker; demand that all states enforce the sanctions = a call for sanctions (condemning); the sentence names no target"))
U(d, "He warned that if the country stayed on its present course", "the Council's response.",
  ("United States", C, neg, "North Korea", "'He' = Bolton; threat of further measures; the leaders in Tehran are a second addressee of the warning (target kept to the main one, unsure)"))
U(d, "Mr. Bolton added that his country remained committed to the six-party talks", "weapons programmes.",
  ("United States", T, pos, "", "commitment to talks"))
U(d, "JEAN-MARC DE LA SABLIÈRE (France) said the test was a serious act", "the Council's President.",
  ("France", C, neg, "North Korea", "judgement (defied the international community)"))
U(d, "He stressed, however, that France's aim was not to punish the people", "chose to use it.",
  ("France", T, pos, "North Korea", "door to negotiations open to the country's leaders = calling_for_talks"))
U(d, "WANG GUANGYA (China) said his Government firmly opposed the test", "international community.",
  ("China", C, neg, "North Korea", "'opposed the test' aimed at the country's act = judgement (guide)"))
U(d, "China had voted in favour because the text sent a clear message", "negotiated settlement.",
  ("China", T, neu, "", "attribution in the middle ('he said'); sanctions not an end, keep the road to talks open = appeal"))
U(d, "As for the inspection of cargo, Mr. Wang said his country had reservations", "lead to a confrontation.",
  ("China", T, neg, "", "reservations about a procedure, own refusal to inspect + caution against confrontation, no judgement of an actor = calling_for_talks (unsure: could be neutral)"))
U(d, "EMYR JONES PARRY (United Kingdom) said the resolution showed that proliferation would not go unanswered", "brought their people.",
  ("United Kingdom", C, neg, "North Korea", "judgement of the country's leaders"))
U(d, "He paid tribute to the delegations of China and the Russian Federation", "the negotiations.",
  ("United Kingdom", S, pos, "", "praise of two delegations = supporting; two targets -> empty"))
U(d, "VITALY CHURKIN (Russian Federation) said his country had condemned the test", "nuclear weapons.",
  ("Russia", C, neg, "North Korea", "condemnation restated; Churkin = Russia (alias in the name files)"))
U(d, "Welcoming the fact that the resolution excluded any use of force", "as soon as possible.",
  ("Russia", T, pos, "", "welcome + appeal for restraint and talks = calling_for_talks (rule 2 before rule 3)"))
U(d, "CÉSAR MAYORAL (Argentina) said his country, which had itself renounced nuclear weapons", "under the Treaty.",
  ("Argentina", C, neg, "North Korea", "'deplored the test' decides; the appeal to the nuclear-weapon States names none"))
U(d, "KENZO OSHIMA (Japan), speaking in his national capacity", "would not tolerate it.",
  ("Japan", C, neg, "North Korea", "the Council President speaking in his national capacity = Japan, not the UN"))
U(d, "He said Japan had on Friday adopted its own measures", "apply the new resolution strictly.",
  ("Japan", C, neg, "North Korea", "own sanctions (port closure, import ban) = measures against another side"))
U(d, "PAK GIL YON (Democratic People's Republic of Korea) said his Government would not recognize", "for decades.",
  ("North Korea", C, neg, "United States", "rejection + accusation; Washington = metonym"))
U(d, "The test, he said, was a legitimate act of self-defence", "through dialogue.",
  ("North Korea", N, neu, "", "justification of its own act + reassurance about its aims = neutral (unsure: the dialogue clause could be read as calling_for_talks)"))
U(d, "\"Any further pressure from Washington will be met by our army and people", "left the chamber.",
  ("North Korea", C, neg, "United States", "threat; quote closed by 'he said' with the walkout narrated after it"))
U(d, "CHOI YOUNG-JIN (Republic of Korea) said his Government deeply regretted", "appropriate response.",
  ("South Korea", C, neg, "North Korea", "'deeply regretted' aimed at the country's act = judgement (guide: 'regrettable'); Choi is an alias of United Nations in the name files (a later UN post), here he speaks for South Korea"))
U(d, "\"The Republic of Korea will faithfully carry out its obligations under this text.", "Mr. Choi said.",
  ("South Korea", T, pos, "", "multi-sentence quote closed by its speaker; commitment to apply the text + search for a peaceful solution, no judgement = calling_for_talks (rule 2 before 3)"))
