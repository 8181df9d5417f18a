# ------------------------------------------------------------------ Gyumri killings: Sargsyan-Putin call (Armenpress state agency, .txt, 2015-01-18)
d = "page_gyumri_avetisyan2015_stateagency.txt"
# Not statements: masthead, menu, time stamp, headline, the dateline sentence reporting the call itself (a meeting in
# narrative), "The two Presidents also touched upon ..." (meeting), the Prosecutor General's audience with the President
# and "held behind closed doors" (narration), Karekin II's visit and prayer (a rite, no position), the gathering at the
# consulate (correspondent's narration), "Foreign reactions" crosshead, the boy's condition, photo credit, copyright.
U(d, "During the conversation President Putin once more conveyed his deep sympathy", "the whole Armenian people.",
  ("Russia", S, neg, "Armenia", "condolences = solidarity; grief in tone"))
U(d, "The President of the Russian Federation assured his Armenian counterpart", "the Press Office said.",
  ("Russia", N, pos, "", "reassurance about its own conduct of the inquiry; relayed by the Armenian press office"))
U(d, "Vladimir Putin also expressed the hope that the Russian physicians", "flown to Moscow.",
  ("Russia", S, pos, "Armenia", "doctors sent and an aircraft offered = aid by act"))
U(d, "The two sides underlined the need for tight coordination", "stage of the inquiry.",
  ("Armenia", N, neu, "", "'the two sides' = both states; cooperation of investigators is procedure, not a peace appeal"),
  ("Russia", N, neu, "", "same sentence, second party"))
U(d, "President Serzh Sargsyan stressed that the crime had caused deep pain", "the person who did it.",
  ("Armenia", C, neg, "", "demand of punishment for the crime = judgement on the act; perpetrator is a private soldier, not an actor -> target empty"))
U(d, "“Our people have lost a whole family in one night", "according to the Press Office.",
  ("Armenia", N, neg, "", "demand of an open inquiry, no judgement of an actor; reported via the Press Office"))
U(d, "He added that the questions raised by citizens in Gyumri", "were discussing them.",
  ("Armenia", N, neu, "", "pronoun = Sargsyan; jurisdiction under discussion = procedure"))
U(d, "Prosecutor General Kostanyan told journalists after the meeting", "outside the military base.",
  ("Armenia", N, neu, "", "formal request for transfer of the case, legal ground given, no judgement"))
U(d, "“The Constitution of the Republic of Armenia is the basis", "Kostanyan said.",
  ("Armenia", N, neu, "", "legal basis of the request"))
U(d, "“We have sent our letter, and we are waiting for the answer.”", "waiting for the answer.”",
  ("Armenia", N, neu, "", "quote continued after the attribution; procedure"))
U(d, "The Chairman of the Investigative Committee noted that Armenian investigators", "in the coming days.",
  ("Armenia", N, neu, "", "facts and figures of the inquiry given by an official"))
U(d, "Minister of Foreign Affairs of the Republic of Armenia Edward Nalbandian, in remarks carried", "restraint and responsibility.",
  ("Armenia", T, neu, "", "appeal for restraint, aimed at no one in particular; no judgement"))
U(d, "By decision of Prime Minister of the Republic of Armenia Hovik Abrahamyan", "press service reported.",
  ("Armenia", S, pos, "", "aid to the victims' family by act; recipients are not actors -> target empty"))
U(d, "The Governor of Shirak Province met", "funeral expenses.",
  ("Armenia", S, pos, "", "provincial official = Armenia; assistance handed over = aid by act"))
U(d, "Lusine Mkrtchyan, a member of the Gyumri Council of Elders, told Armenpress", "not at Russia.",
  ("Lusine Mkrtchyan", N, neg, "", "invented local official speaking as an independent voice; reading of the mood, a denial of anti-Russian anger"))
U(d, "“People in Gyumri grew up next to that base.", "she said.",
  ("Lusine Mkrtchyan", N, neg, "", "wish about the trial venue, no judgement of an actor"))
U(d, "Aram Ghukasyan, a political scientist at the Yerevan-based Caucasus Policy Institute", "test of the allied relationship.",
  ("Aram Ghukasyan", N, neu, "", "invented analyst; assessment"))
U(d, "“If Moscow insists on keeping the case behind the gates of the base", "Ghukasyan told Armenpress.",
  ("Aram Ghukasyan", N, neg, "", "conditional risk assessment, not a judgement passed (cf. batch22a Marchetti)"))
U(d, "He added that an open joint investigation would be the quickest way", "calm the city.",
  ("Aram Ghukasyan", T, neu, "", "pronoun = Ghukasyan; a joint course to restore calm = appeal"))
U(d, "Ambassador Extraordinary and Plenipotentiary of the Russian Federation to Armenia Ivan Volynkin", "servicemen in Armenia.",
  ("Russia", C, neg, "", "condolences joined to 'a monstrous crime': rule 1, judgement wins; the act of a private soldier -> target empty"))
U(d, "The Official Representative of the Ministry of Foreign Affairs of the Russian Federation, Alexander Lukashevich", "agreement on the base.",
  ("Russia", N, neg, "", "'was quoted as saying': denial of concealment + jurisdiction claim, no judgement"))
U(d, "The Ministry of Defence of the Russian Federation said in a statement that the command", "territory of the base.",
  ("Russia", N, neu, "", "facts about custody and cooperation"))
U(d, "The Embassy of the United States of America in Armenia expressed", "transparent process.",
  ("United States", S, neg, "Armenia", "condolences + hope for justice (not a peace appeal) = solidarity"))
U(d, "Head of the Delegation of the European Union to Armenia Traian Hristea", "calm would prevail in the city.",
  ("European Union", T, neu, "", "sympathy joined to a hope that calm prevails: rule 2 before rule 3"))
U(d, "The OSCE Office in Yerevan also expressed its condolences.", "its condolences.",
  ("OSCE", S, neg, "Armenia", "condolences, no verb of judgement"))
