# ------------------------------------------------------------------ Papua New Guinea: the Yaura Sasa mutiny of 26 Jan 2012 in the O'Neill-Somare standoff (Pacific broadcaster, 2012-01-27)
d = "page_png_mutiny_sasa_2012_pacificradio.txt"
# Not statements: menu, breadcrumb, headline, time stamp, byline, "Listen:" line, crossheads, "[Image 1 of 3 ...]" captions, topics, "More from Pacific Beat", feedback line, copyright.
U(d, "Papua New Guinea's Prime Minister Peter O'Neill says the military revolt", "most of Thursday.",
  ("Papua New Guinea", C, neg, "", "lead: crisis declared over + prosecution threatened against the soldiers (a threatened response); the mutineers as a body are not an actor -> target empty"))
U(d, "Brigadier General Francis Agwi was freed from house arrest", "Mr O'Neill told reporters.",
  ("Papua New Guinea", N, neu, "", "facts given by the prime minister; attribution tail"))
U(d, "The revolt's leader, retired Colonel Yaura Sasa, had declared himself commander", "into his own hands.",
  ("Yaura Sasa", C, neg, "Papua New Guinea", "mutiny leader (declared person); ultimatum to the government = condemning"))
U(d, "\"I am not taking power for myself.", "told journalists at the barracks.",
  ("Yaura Sasa", N, neg, "", "denial that it is a seizure of power = neutral, negative; multi-sentence quote closed by the speaker"))
U(d, "Deputy Prime Minister Belden Namah said most of the rebel soldiers had been disarmed", "against the state.",
  ("Papua New Guinea", C, neg, "", "warning of prosecution for the leaders (threat); leaders not named in the sentence -> target empty"))
U(d, "\"Our soldiers swore an oath to the nation, not to a politician", "Mr O'Neill said.",
  ("Papua New Guinea", C, neg, "", "judgement of the mutineers + promise they will answer for it"))
U(d, "He accused Sir Michael of having put the soldiers up to it", "chosen a new government.",
  ("Papua New Guinea", C, neg, "Michael Somare", "'He' = O'Neill; accusation of instigating the revolt"))
U(d, "Mr O'Neill said parliament would sit as planned on February 14", "still possible.",
  ("Papua New Guinea", N, neu, "", "plans and procedure"))
U(d, "Police Commissioner Tom Kulunga said officers had set up roadblocks", "calm overnight.",
  ("Papua New Guinea", N, neu, "", "police measures and situation report"))
U(d, "General Agwi, speaking briefly after his release, said the defence force remained loyal", "lawful chain of command.",
  ("Papua New Guinea", N, pos, "", "the army speaks for its state; reassurance about its own conduct = neutral"))
U(d, "Sir Michael, whose reinstatement was ordered by the Supreme Court in December, said in a statement", "highest court in the land.",
  ("Michael Somare", C, neg, "Papua New Guinea", "rival claimant (declared person): the appointment as fact + accusation that the government defies the court; the judgement decides"))
U(d, "\"If the government had obeyed the court, no soldier would have needed", "the statement said.",
  ("Michael Somare", C, neg, "Papua New Guinea", "blames the government for the revolt"))
U(d, "Sir Michael's defence minister in his rival cabinet, Dr Fabian Pok, told a news conference", "backing of the soldiers.",
  ("Michael Somare", N, neu, "", "a minister of the rival cabinet speaks for the Somare camp; claim of support, no judgement"))
# "The two men have both claimed the prime ministership since August ..." = background, no row.
U(d, "Australian Prime Minister Julia Gillard called the revolt unacceptable", "Mr O'Neill's government.",
  ("Australia", C, neg, "", "'unacceptable' aimed at the revolt (mutineers not an actor) -> target empty"))
U(d, "Foreign Minister Kevin Rudd welcomed General Agwi's release", "rather than the barracks.",
  ("Australia", T, pos, "", "welcome + appeal to all parties to use courts and parliament, no judgement = calling_for_talks"))
U(d, "The Department of Foreign Affairs and Trade advised Australians in Port Moresby", "monitor local media.",
  ("Australia", N, neu, "", "travel advice"))
U(d, "New Zealand's Foreign Minister Murray McCully said Wellington was troubled", "under review.",
  ("New Zealand", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Pacific Islands Forum Secretary General Tuiloma Neroni Slade said the Forum was concerned", "resolve their differences peacefully.",
  ("Pacific Islands Forum", T, neg, "", "concern + appeal to all sides = calling_for_talks"))
U(d, "Commonwealth Secretary-General Kamalesh Sharma said any attempt by soldiers", "was unacceptable.",
  ("Commonwealth", C, neg, "", "'unacceptable' aimed at military interference -> condemning, target empty"))
U(d, "Solomon Islands Prime Minister Gordon Darcy Lilo said his government hoped calm", "to its neighbour.",
  ("Solomon Islands", T, pos, "", "hope that calm returns = calling_for_talks"))
U(d, "The United States embassy in Port Moresby said it supported a peaceful outcome", "limit their movements.",
  ("United States", T, neu, "", "'supported a peaceful outcome' = appeal for a peaceful course, not support for an actor + advice to citizens"))
U(d, "A spokesman for UN Secretary-General Ban Ki-moon said the United Nations was following", "constitutional process.",
  ("United Nations", T, neu, "", "monitoring + encouragement to all sides = calling_for_talks"))
U(d, "\"It was badly planned and it fizzled out in a day", "Pacific Governance Institute in Port Moresby.",
  ("Joseph Kaupa", N, neg, "", "invented analyst (person); assessment, no judgement of an actor"))
U(d, "Dr Kaupa said Sir Michael and Mr O'Neill should go back to the Supreme Court together", "due in June.",
  ("Joseph Kaupa", T, neu, "", "appeal to both rivals to agree a path = calling_for_talks; two addressees -> target empty"))
U(d, "Anna Powes, a Pacific security researcher at the Coral Sea Policy Centre", "review of the defence force.",
  ("Anna Powes", S, pos, "Australia", "invented researcher (person); approval of Canberra's response + advice to offer help = supporting"))
# "Shops in the capital's Boroko and Waigani districts reopened ..." = narration, no row.
