# ------------------------------------------------------------------ Ethiopia: unrest after the killing of Hachalu Hundessa (East African live blog, 2020-07-02)
d = "page_ethiopia_hachalu2020_liveblog.txt"
# Not statements: masthead, menu, headline, time stamps, "Key points" bullets, share bar, the sign-off and welcome items,
# ADVERTISEMENT, RELATED list, tags, newsletter prompt, most read, copyright.
U(d, "Prime Minister Abiy Ahmed, speaking on state television on Thursday evening, said those who killed Hachalu", "inside and outside the country.",
  ("Ethiopia", C, neg, "", "accusation of killers and rioters as agents of enemies at home and abroad; no named actor -> target empty"))
U(d, "\"They aimed one bullet at one artist", "Abiy said.",
  ("Ethiopia", C, neg, "", "quote closed by its speaker; judgement of unnamed plotters + defiance"))
U(d, "He said the security forces had been ordered to restore order", "full weight of the law.",
  ("Ethiopia", C, neg, "", "announced crackdown and threat of prosecution = threatened response; aimed at unnamed organisers"))
U(d, "The Oromo Federalist Congress said in a statement that the detention of its leaders", "dressed up as law enforcement.",
  ("Oromo Federalist Congress", C, neg, "Ethiopia", "calls the arrests a political purge = judgement"))
U(d, "\"Our members are being hunted for their views", "party chairman Merera Gudina said.",
  ("Oromo Federalist Congress", C, neg, "Ethiopia", "party chairman speaks for the party; accusation of persecution"))
U(d, "The party demanded that the two men be released at once", "lead the inquiry into the singer's death.",
  ("Oromo Federalist Congress", T, neg, "Ethiopia", "demand for release and an independent inquiry, no judgement word in the sentence = calling_for_talks (README: a demand to stop with no judgement)"))
U(d, "The chairperson of the African Union Commission, Moussa Faki Mahamat, said he was following events", "all who had died.",
  ("African Union", N, neg, "", "monitoring + condolences, no appeal in this sentence = neutral, negative (grief)"))
U(d, "Faki asked political leaders to take their quarrels off the streets", "the AU said in a statement.",
  ("African Union", T, neu, "", "appeal for a peaceful process and proportionate force; addressed to both sides -> target empty"))
U(d, "He added that the Commission stood with the Ethiopian government", "under control.",
  ("African Union", S, pos, "Ethiopia", "backing of the government = supporting"))
U(d, "In New York, UN spokesman Stéphane Dujarric told reporters that Secretary-General", "ethnically targeted attacks in Oromia.",
  ("United Nations", N, neg, "", "worry without an appeal in this sentence = neutral, negative"))
U(d, "\"The Secretary-General calls on everyone to refrain from violence", "Dujarric said.",
  ("United Nations", T, neu, "", "appeal to refrain from violence + to restore communications; no judgement -> calling_for_talks; two addressees -> target empty"))
U(d, "The Ethiopian Human Rights Commission said it had begun collecting testimony", "because of their ethnicity or religion.",
  ("Ethiopian Human Rights Commission", N, neg, "", "own inquiry + reports received = facts and procedure"))
U(d, "Commission head Daniel Bekele said the picture emerging from some towns", "reach the affected areas.",
  ("Ethiopian Human Rights Commission", N, neg, "", "alarm ('deeply disturbing') without an actor judged + plan to publish = neutral, negative"))
U(d, "Amnesty International accused the authorities of cutting off more than 100 million people", "their families were safe.",
  ("Amnesty International", C, neg, "Ethiopia", "accusation over the internet shutdown"))
U(d, "\"A nationwide blackout does nothing to stop violence", "switched back on immediately.",
  ("Amnesty International", C, neg, "Ethiopia", "judgement of the shutdown + demand; rule 1 (judgement decides)"))
U(d, "Human Rights Watch said the arrests of opposition figures in the middle of the unrest", "without delay.",
  ("Human Rights Watch", C, neg, "Ethiopia", "judgement ('risked inflaming') + appeal; rule 1 (unsure: 'risked inflaming' is a mild judgement)"))
U(d, "The United States embassy in Addis Ababa said it was deeply saddened", "offered condolences to his family.",
  ("United States", N, neg, "", "grief and condolences, no appeal = neutral, negative"))
U(d, "In a tweet, the State Department's top Africa official, Assistant Secretary Tibor Nagy, called on all Ethiopians", "showed restraint.",
  ("United States", T, neu, "", "leader on social media; appeal to reject violence and for restraint = calling_for_talks; two addressees -> empty"))
U(d, "The embassy also told US citizens to avoid all demonstrations", "until further notice.",
  ("United States", N, neu, "", "travel/security advice to own citizens = plans, no position"))
# "Our correspondent in Ambo reports ..." and "Soldiers were posted ..." = reporting/narration, no row.
U(d, "The Oromo Liberation Front said the government had \"chosen the language of the gun\"", "in Oromia towns.",
  ("Oromo Liberation Front", C, neg, "Ethiopia", "judgement of the army deployment without a stock word"))
U(d, "OLF chairman Dawud Ibsa told a local radio station that his party had played no part", "had organised the attacks.",
  ("Oromo Liberation Front", N, neg, "", "denial of involvement = neutral, negative"))
U(d, "Federal Police Commissioner General Endeshaw Tassew said on Tuesday night that 35 people had been arrested", "was shot dead.",
  ("Ethiopia", N, neu, "", "federal police = state; arrests and a death reported as facts"))
U(d, "Endeshaw said the investigation into the killing itself was making progress", "without giving names.",
  ("Ethiopia", N, neu, "", "procedure of the inquiry"))
U(d, "Oromia regional police said on Wednesday that at least 81 people had been killed", "three members of the security forces.",
  ("Ethiopia", N, neu, "", "regional police resolve to the state (provincial officials rule); casualty figure = neutral, neutral"))
U(d, "The European Union said it was concerned by the escalating violence in Ethiopia", "an EU spokesperson said in Brussels.",
  ("European Union", N, neg, "", "concern + 'will follow closely', no appeal = neutral, negative"))
# "Residents of Adama told us by phone ..." = unnamed residents, no row.
U(d, "\"My neighbour's shop was burnt with everything in it", "a teacher in the town.",
  ("Tsion Alemu", N, neg, "", "named resident (invented); testimony, no position on an actor"))
# "Analysts say the crisis is the most serious test yet ..." = unnamed analysts, no row.
U(d, "Abebe Dinku, a researcher at the Horn Policy Institute in Addis Ababa, said the arrest of Jawar", "back towards armed struggle.",
  ("Abebe Dinku", N, neg, "", "invented researcher; forecast and risk, no judgement"))
U(d, "\"The government has to show it can tell the difference", "he said.",
  ("Abebe Dinku", T, neg, "Ethiopia", "multi-sentence quote closed by its speaker; a 'has to' appeal for restraint, warning, no explicit judgement (unsure: could read as a criticism)"))
U(d, "Dinku said the prime minister should open talks with the Oromo opposition parties", "rather than after them.",
  ("Abebe Dinku", T, neu, "Ethiopia", "appeal for talks"))
