# ------------------------------------------------------------------ Umm al-Hiran demolition raid and the two deaths (Knesset press releases, 2017-01-25)
d = "page_israel_ummalhiran_demolition2017_knessetreleases.txt"
# Not statements: site name, breadcrumb, headline (carries the Joint List demand), date, crossheads, separators, spokesperson's contact line,
# tags, print/share line, copyright.
# "The Knesset plenum on Wednesday debated eight urgent motions ..." = narration with the deaths, no row.
# "The debate lasted more than two hours ..." = narration, no row.
U(d, "Opening the debate, Joint List Chairman MK Ayman Odeh, who was hurt in the head", "enforcement of a court order.",
  ("Joint List", C, neg, "Israel", "the party chair speaks for the Joint List; police 'ready for war' = judgement of the state's force"))
U(d, "\"A teacher who educated children for twenty years was shot", "Odeh said.",
  ("Joint List", C, neg, "Israel", "multi-sentence quote closed by 'Odeh said'; the minister's labelling called a 'verdict' = judgement without a stock word"))
U(d, "He added that the Joint List would not rest until a state commission of inquiry", "down.",
  ("Joint List", T, neg, "Israel", "speaker carried over ('He added'); demand for an inquiry = calling_for_talks, as the README reads calls for an inquiry"))
U(d, "MK Ahmad Tibi (Joint List) said the government had made Umm al-Hiran a symbol", "in the West Bank.",
  ("Joint List", C, neg, "Israel", "accusation of a discriminatory policy"))
U(d, "Responding on behalf of the government, Public Security Minister Gilad Erdan said the police had acted lawfully", "deliberate ramming.",
  ("Israel", N, neg, "", "defence of the police = own conduct; the charge is against a dead resident, not a canonical actor -> neutral, negative"))
U(d, "Erdan said he would wait for the conclusions of the Police Investigation Department", "turned into the accused.",
  ("Israel", N, neu, "", "procedure + standing by own police = neutral (surname only)"))
U(d, "The minister also accused members of the Joint List of fanning the flames", "share of the responsibility.",
  ("Israel", C, neg, "Joint List", "'the minister' by title; accusation + shared responsibility = condemning"))
# "Prime Minister Benjamin Netanyahu was not present during the debate." = narration, no row.
U(d, "The Prime Minister's Office said in a statement last Thursday", "on behalf of the entire government.",
  ("Israel", S, pos, "", "condolences to the officer's family = solidarity (the family is not an actor -> target empty)"))
U(d, "Opposition Leader MK Isaac Herzog (Zionist Union) told the plenum", "lower the temperature.",
  ("Zionist Union", T, neg, "", "'double tragedy' + appeal to all sides to calm things = calling_for_talks, negative"))
U(d, "\"I call on the government and on the leaders of the Arab public to sit down together", "Herzog said.",
  ("Zionist Union", T, neu, "", "appeal for talks between the government and Arab leaders (two addressees -> no target)"))
U(d, "Meretz Chairwoman MK Zehava Galon said that the rush to label the dead man a terrorist", "a disgrace for a democratic state.",
  ("Meretz", C, neg, "Israel", "'a disgrace' = judgement of the authorities' conduct"))
U(d, "Galon called for the demolition orders in the Negev to be frozen", "completed.",
  ("Meretz", T, neu, "Israel", "appeal for a freeze until the inquiry, no judgement in this unit"))
U(d, "Yesh Atid MK Yael German said her faction backed the police officers", "from any politician.",
  ("Yesh Atid", S, pos, "Israel", "backing of the police (a state body) + expectation of a clean inquiry (unsure: the inquiry line could tilt to neutral)"))
U(d, "MK Bezalel Smotrich (Jewish Home) said the state should have evacuated Umm al-Hiran years ago", "reward for lawbreaking.",
  ("Jewish Home", C, neg, "", "judgement of the delay and of the residents ('lawbreaking'); aimed at no single canonical actor -> target empty"))
U(d, "MK Oded Forer (Yisrael Beiteinu) said his faction would table a bill", "its execution.",
  ("Yisrael Beiteinu", N, neu, "", "a legislative plan with no judgement stated = neutral"))
U(d, "Likud MK Miki Zohar said the Joint List's members were", "examine their conduct.",
  ("Likud", C, neg, "Joint List", "'inciting, not representing' + call for an ethics probe"))
U(d, "The chairman of the Interior and Environmental Protection Committee announced", "Bedouin Settlement Authority.",
  ("Israel", N, neu, "", "a Knesset committee chair named only by title speaks for the state's parliament; a tour planned = neutral"))
U(d, "The committee's legal adviser said that the tour would be coordinated", "Ministry of Agriculture.",
  ("Israel", N, neu, "", "procedural line (unsure: could be no row)"))
U(d, "The Adalah legal centre, which represents the residents, said in a letter to the Attorney General", "remaining demolitions be halted.",
  ("Adalah", C, neg, "Israel", "demolition during negotiations = an accusation by describing the act + demand to halt (rule 1) (unsure: could be read as calling_for_talks)"))
U(d, "Palestinian President Mahmoud Abbas telephoned MK Odeh", "according to the Palestinian news agency WAFA.",
  ("Palestine", S, pos, "", "inquiry after the injured MP + condolences = solidarity; WAFA is the carrier (target left empty: the MP and the family, not the party as such)"))
U(d, "Dr. Avner Segal, a lecturer in public policy at Ben-Gurion University of the Negev", "within reach.",
  ("Avner Segal", C, neg, "Israel", "invented scholar; 'relied on force where a settlement was within reach' = judgement without a stock word"))
U(d, "\"The families were offered plots and most of them were ready to talk.", "Segal said.",
  ("Avner Segal", N, neg, "", "assessment of consequences, no judgement, no appeal"))
U(d, "Mr. Salem Abu Kaf, deputy head of a regional council of Bedouin villages", "confrontation with the police.",
  ("Salem Abu Kaf", T, neu, "", "invented local official; wish for a quick settlement and no more confrontation = calling_for_talks"))
U(d, "MK Aida Touma-Sliman (Joint List), chair of the Committee on the Status of Women", "answer for it.",
  ("Joint List", C, neg, "Israel", "committee chair speaking as a Joint List MK; describing the families' night + 'would have to answer for it' = judgement"))
U(d, "Agriculture Minister Uri Ariel, whose ministry oversees the Bedouin Settlement Authority", "in the town of Hura.",
  ("Israel", T, neu, "", "an offer to the families = a negotiated course (unsure: could be neutral plan)"))
