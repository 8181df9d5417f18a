# ------------------------------------------------------------------ Colombia: ELN releases Luis Manuel Díaz (scraped regional daily, 2023-11-10)
d = "page_colombia_eln_diazfather2023_regionaldaily.txt"
# Not statements: masthead, cities line, date, breadcrumb, headline, standfirst, byline, photo captions, ADVERTISEMENT, crosshead, Related, tags, share line, most read, copyright.
U(d, "Luis Manuel Díaz, father of the Liverpool and Colombia forward Luis Díaz, was released on Thursday", "in Barrancas, La Guajira.",
  ("ELN", N, neu, "", "a specific act reported as done (the release), no evaluation (unsure: could be left as narration)"))
# "He was handed over shortly after 10:30 a.m. ..." and "Díaz, 56, ... was seized on October 28 ..." = narration, no row.
U(d, "President Gustavo Petro wrote on X that the release was good news", "home alive.",
  ("Colombia", S, pos, "", "praise and thanks to the commission (UN and Church) and the forces; several addressees -> target empty"))
U(d, "\"The ELN has to understand that kidnapping is incompatible with peace", "Petro added.",
  ("Colombia", C, neg, "ELN", "'incompatible with peace', cannot negotiate while holding hostages = judgement"))
U(d, "The Ministry of Defence confirmed the release", "take place safely.",
  ("Colombia", N, neu, "", "facts on the handover and the pause in operations"))
U(d, "Defence Minister Iván Velásquez said the armed forces would keep up operations", "in La Guajira and Cesar.",
  ("Colombia", C, neg, "", "announced operations against kidnapping structures = taken response; structures not named as one actor -> target empty"))
U(d, "The government's delegation to the peace talks with the ELN said in a statement that the kidnapping", "since August 3.",
  ("Colombia", C, neg, "ELN", "'grave crime', 'violation' of the ceasefire"))
U(d, "The delegation said it valued the release as a step in the right direction", "at the table in Mexico.",
  ("Colombia", T, neu, "ELN", "welcome + appeal to give up kidnapping, no judgement word here: rule 2 before rule 3"))
U(d, "The ELN's central command said in a message on Telegram", "was confirmed.",
  ("ELN", N, neu, "", "own account of the release order"))
U(d, "The guerrilla's chief negotiator, Pablo Beltrán, said the group was committed to the dialogue", "later this month.",
  ("ELN", T, pos, "", "commitment to the talks and readiness to negotiate the issue"))
U(d, "Beltrán accused the army of delaying the handover", "had been made.",
  ("ELN", C, neg, "Colombia", "accusation; the army = Colombia"))
U(d, "The head of the UN Verification Mission in Colombia, Carlos Ruiz Massieu, said the mission welcomed", "wherever they needed it.",
  ("United Nations", S, pos, "", "welcome + offer to accompany the parties (unsure: could be calling_for_talks)"))
U(d, "\"Taking civilians hostage is unacceptable under any circumstances", "Ruiz Massieu said.",
  ("United Nations", C, neg, "ELN", "'unacceptable' + said so to the ELN"))
U(d, "The Colombian Episcopal Conference said in a statement that the Church gave thanks", "held by armed groups.",
  ("Colombian Episcopal Conference", T, pos, "", "new actor; thanks + humanitarian work for all hostages' release: appeal course before welcome (unsure: could be supporting)"))
# "In Barrancas, dozens of neighbours gathered ..." = scene; Libia Arregocés's quote takes no position, no row.
U(d, "Luis Díaz, who had worn a shirt with the words", "bring his father back.",
  ("Luis Díaz", S, pos, "", "new actor (person); gratitude to those who helped"))
U(d, "\"Now I ask that no other family has to go through", "the player wrote.",
  ("Luis Díaz", T, neg, "", "appeal that kidnappings stop, no judgement"))
U(d, "Liverpool Football Club said in a statement that everyone at the club was delighted", "all the support they needed.",
  ("Liverpool FC", S, pos, "", "new actor; support for the player and family (not canonical) -> target empty"))
U(d, "The Colombian Football Federation thanked the commission for its work", "together again.",
  ("Colombian Football Federation", S, pos, "", "new actor; thanks and joy"))
U(d, "The countries that act as guarantors of the talks", "an agreement that ends kidnapping.",
  ("Mexico", T, pos, "", "joint message of the listed guarantors, one row each; welcome + appeal to both delegations = calling_for_talks"),
  ("Cuba", T, pos, "", "listed guarantor; as Mexico"),
  ("Norway", T, pos, "", "listed guarantor; as Mexico"),
  ("Venezuela", T, pos, "", "listed guarantor; as Mexico"))
U(d, "Norway's ambassador in Bogotá said the guarantors would keep supporting the process", "on November 21.",
  ("Norway", S, pos, "", "the ambassador speaks for Norway; backing of the peace process + date (unsure: could be calling_for_talks)"))
U(d, "The United States embassy in Bogotá said it shared the relief", "thousands of Colombian families.",
  ("United States", C, neg, "ELN", "relief + condemnation of kidnapping (rule 1); the ELN carried out this kidnapping"))
U(d, "Figures from the Ministry of Defence show that more than 240 people", "the same period of 2022.",
  ("Colombia", N, neu, "", "figures given by a ministry"))
U(d, "Mariana Cantillo, a professor of political science at the University of the Atlantic, said", "for the operation.",
  ("Mariana Cantillo", N, neg, "", "invented scholar; assessment of cost to the ELN, no explicit judgement"))
U(d, "\"The ELN misjudged the country completely", "Cantillo said.",
  ("Mariana Cantillo", C, neg, "ELN", "judgement on the ELN's act"))
U(d, "\"The table in Mexico has to come out of this with a firm commitment", "she added.",
  ("Mariana Cantillo", T, neu, "", "appeal on the talks' outcome"))
