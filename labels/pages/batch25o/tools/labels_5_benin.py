# ------------------------------------------------------------------ Benin: the 7 December coup attempt (Tigri), Nigeria's strikes, the ECOWAS force and the AES protest (live blog, 2025-12-07/09)
d = "page_benin_tigri_coup2025_liveblog.txt"
# Not statements: menu, LIVE headline (carries Talon's and the AES's positions), time stamp, byline, KEY POINTS bullets,
# refresh line, entry time stamps and entry headlines, separators, share bar, Related list, copyright.
U(d, "An aide to President Emmanuel Macron told reporters in Paris", "at Cotonou's request.",
  ("France", S, pos, "Benin", "unnamed official of a named government; reconnaissance and logistics given = backing by act"))
# "Macron spoke on Sunday with Talon, with Nigeria's Bola Tinubu and with Sierra Leone's Julius Maada Bio, the aide said." = calls narrated, no position; no row.
U(d, "The Nigerian Air Force's spokesman, Air Commodore Ehimen Ejodame, said the C-130", "shortly after leaving Lagos.",
  ("Nigeria", N, neg, "", "air force spokesman named by role; technical explanation answering the airspace charge = denial, neutral"))
U(d, "Ejodame said the 11 personnel on board were safe", "by the Burkinabè authorities.",
  ("Nigeria", N, pos, "", "surname only; facts about the crew with a thankful tone, no stance on Burkina Faso"))
# "A Nigerian Air Force C-130 transport aircraft landed at Bobo-Dioulasso ..." = narration, no row.
U(d, "In a statement read on Malian state television late on Monday, the Alliance of Sahel States", "entering without permission.",
  ("Alliance of Sahel States", C, neg, "Nigeria", "'a hostile act against the sovereignty' + air defences ordered to engage = judgement and threat"))
U(d, "Kwame Asante-Dossou, a researcher at the West Africa Security Observatory", "seized power in Guinea-Bissau.",
  ("Kwame Asante-Dossou", C, neg, "ECOWAS", "invented analyst; charge of inconsistency without a stock word"))
U(d, "\"The real test will come in the north", "he said.",
  ("Kwame Asante-Dossou", N, neg, "", "assessment of a risk, no appeal or judgement"))
U(d, "Ghana's Foreign Minister, Samuel Okudzeto Ablakwa, said Accra condemned", "as soon as it was called.",
  ("Ghana", C, neg, "Military Committee for Refoundation", "condemnation + troops ready (judgement decides)"))
# "A military source told Newsdesk Africa that Lt Col Tigri had not been found." = unnamed source, no row.
U(d, "Government spokesman Wilfried Houngbédji said about a dozen soldiers", "was continuing.",
  ("Benin", N, neu, "", "figures and procedure given by an official"))
U(d, "In a televised address, Talon said the state had never lost control", "full weight of the law.",
  ("Benin", C, neg, "Military Committee for Refoundation", "promise of punishment for the plotters = threat (rule 1 over the thanks to loyal troops)"))
U(d, "He also thanked Nigeria and ECOWAS for the speed of their help.", "He also thanked Nigeria and ECOWAS for the speed of their help.",
  ("Benin", S, pos, "", "'He' = Talon; gratitude to two actors -> target empty"))
U(d, "A spokesperson for UN Secretary-General Antonio Guterres said he welcomed", "the country's institutions.",
  ("United Nations", T, pos, "", "welcome joined to a peace appeal, no judgement: rule 2 before rule 3"))
U(d, "ECOWAS ordered elements of its standby force to deploy to Benin", "Omar Alieu Touray.",
  ("ECOWAS", S, pos, "Benin", "troops sent to back the government = backing by act; the contributing states are listed, not speaking"))
U(d, "Sierra Leone's President Julius Maada Bio, the current chairman of ECOWAS", "turn the clock back in Benin.",
  ("ECOWAS", C, neg, "Military Committee for Refoundation", "speaks as ECOWAS chair -> ECOWAS, not Sierra Leone; warning to the plotters"))
U(d, "Nigeria's presidency said the Nigerian Air Force had been sent", "one for surveillance.",
  ("Nigeria", S, pos, "Benin", "military help sent at Benin's request = backing by act"))
U(d, "Presidential adviser Bayo Onanuga said Nigerian jets had struck", "key sites in the city.",
  ("Nigeria", N, neu, "", "own strike reported as done, no judgement = neutral (guide)"))
U(d, "Onanuga quoted Tinubu as saying that Nigeria would not look on", "constitution of a neighbour.",
  ("Nigeria", C, neg, "Military Committee for Refoundation", "'quoted ... as saying'; judgement of the plotters ('tore up the constitution') with a warning"))
U(d, "The French foreign ministry said France condemned the attempt", "left to govern.",
  ("France", C, neg, "Military Committee for Refoundation", "condemnation + appeal for constitutional order: rule 1"))
U(d, "It told French nationals in Benin to stay indoors", "the embassy's advice.",
  ("France", N, neu, "", "'It' = the ministry; consular advice, no stance"))
U(d, "Rosine Agossou, a fabric seller at Dantokpa market", "went off the air.",
  ("Rosine Agossou", N, neg, "", "invented witness (person); what traders did, no position"))
U(d, "\"Nobody knew who was in charge.", "she told us by phone.",
  ("Rosine Agossou", N, neg, "", "multi-sentence quote closed by its speaker; fear described, no position"))
U(d, "ECOWAS said in a statement from Abuja that it condemned", "if they asked.",
  ("ECOWAS", C, neg, "Military Committee for Refoundation", "condemnation + offer of troops to the government: rule 1"))
U(d, "The bloc said it held the plotters responsible for any loss of life.", "The bloc said it held the plotters responsible for any loss of life.",
  ("ECOWAS", C, neg, "Military Committee for Refoundation", "'the bloc' = ECOWAS; holds them responsible"))
U(d, "The African Union Commission chairperson, Mahmoud Ali Youssouf, said he condemned", "without reservation.",
  ("African Union", C, neg, "Military Committee for Refoundation", "condemnation"))
U(d, "In the same statement, Youssouf told the soldiers involved to stop", "hold together and talk.",
  ("African Union", T, neg, "Military Committee for Refoundation", "demand to stop and return to barracks with no judgement word in this sentence = calling_for_talks (labels/README)"))
U(d, "He said the string of military takeovers", "alarmed him.",
  ("African Union", N, neg, "", "worry without an appeal = neutral, negative"))
U(d, "Interior Minister Alassane Seidou said in a statement that loyal units had thwarted", "go about their business.",
  ("Benin", C, neg, "Military Committee for Refoundation", "'mutineers' trying to 'destabilise the state' = judgement; the appeal for normal life does not change rule 1"))
U(d, "A group of men in uniform appeared on the state broadcaster's channel", "the country's institutions.",
  ("Military Committee for Refoundation", C, neg, "Benin", "the plotters as an armed group; announced removal of the president = action against the government"))
U(d, "Reading from a sheet of paper, an officer said the army had acted", "public freedoms under Talon.",
  ("Military Committee for Refoundation", C, neg, "Benin", "the officer speaks for the committee (not for Benin's army); charges against the government"))
U(d, "The group named Lieutenant Colonel Pascal Tigri as head", "the land borders were closed.",
  ("Military Committee for Refoundation", N, neu, "", "its own arrangements announced, no evaluation"))
# "Residents of several districts of Cotonou reported bursts of automatic gunfire ..." = unnamed residents, narration; no row.
U(d, "The U.S. embassy in Cotonou advised American citizens", "around the presidency.",
  ("United States", N, neu, "", "security advice to its citizens, no stance"))
