# ------------------------------------------------------------------ Azerbaijan's Karabakh offensive and the ceasefire (live blog, full HTML, 2023-09-19/20)
d = "page_karabakh_offensive_liveblog.html"
AZ, AM, NK, RU, EU, UN = "Azerbaijan", "Armenia", "Nagorno-Karabakh authorities", "Russia", "European Union", "United Nations"
U(d, "In a televised address on Wednesday evening, Aliyev said", "all other citizens.",
  (AZ, N, pos, "", "entry heading not a statement; self-praise + reassurance about own conduct = neutral, positive"))
U(d, "Turkey's foreign ministry welcomed the ceasefire", "South Caucasus.",
  ("Turkey", T, pos, "", "welcome + hope for lasting peace, no judgement: rule 2 before rule 3 = calling_for_talks"))
U(d, "Pashinyan told a government meeting that Yerevan had not helped write", "choice to accept it.",
  (AM, N, neu, "", "surname only; distancing from the text + acknowledgement, no judgement = neutral; Yerevan = metonym"))
U(d, "He said Armenia had pulled its last soldiers out of Karabakh", "withdrawing them.",
  (AM, N, neg, "", "'He' = Pashinyan; denial of the premise that Armenian troops are there = neutral, negative"))
U(d, "Azerbaijan's presidency said it would meet representatives", "Azerbaijan's constitution.",
  (AZ, T, neu, "", "offer of talks (on its own terms) = calling_for_talks; the residents' representatives are not named as a body -> target empty; Yevlakh = place"))
U(d, "Russia's defence ministry said its peacekeeping contingent had brokered", "the two sides.",
  (RU, T, pos, "", "mediation of a ceasefire = calling_for_talks"))
U(d, "It said the peacekeepers had so far taken more than 2,000 civilians", "worst-hit villages.",
  (RU, S, pos, "", "'It' = the defence ministry; evacuation of civilians = assistance by act = supporting (unsure: could be read as neutral figures); civilians are not an actor -> target empty"))
U(d, "The Karabakh authorities said they had agreed to a plan", "heavy weapons surrendered.",
  (NK, T, neu, "", "agreeing to a ceasefire = calling_for_talks; the Russian peacekeepers are only mentioned"))
U(d, "In the same statement, they said the outside world had done too little", "stop the war.",
  (NK, C, neg, "", "'they' = the Karabakh authorities; judgement without strong words aimed at a non-canonical party ('the outside world') -> target empty"))
U(d, "Azerbaijan's defence ministry confirmed the agreement", "Russian peacekeepers.",
  (AZ, T, neu, "", "agreeing to / suspending the operation under a ceasefire = calling_for_talks; disarmament terms stated without judgement"))
U(d, "Karabakh's human rights ombudsman, Gegham Stepanyan", "wounded since Tuesday.",
  (NK, N, neu, "", "ombudsman of the Karabakh authorities; casualty figures = neutral"))
U(d, "Blinken spoke to Aliyev by phone on Tuesday and pressed him", "the State Department said.",
  ("United States", T, neg, AZ, "demand to one side to stop, no judgement word = calling_for_talks, target Azerbaijan; attribution tail"))
U(d, "He also told Pashinyan that Washington supported Armenia's sovereignty", "according to the Armenian government.",
  ("United States", S, pos, AM, "'He' = Blinken; position of the US reported by Armenia = a US statement (Armenia takes no position here -> no Armenia row)"))
U(d, "Erdogan told world leaders at the UN General Assembly", "secure its own territory.",
  ("Turkey", S, pos, AZ, "surname only; backing of Azerbaijan; Ankara = metonym; UN General Assembly = place"))
U(d, "UN chief Antonio Guterres said the guns had to fall silent", "his spokesman said.",
  (UN, T, neg, "", "appeal to stop fighting and respect IHL = calling_for_talks; attribution tail"))
U(d, "The Security Council will hold an emergency meeting on Thursday afternoon", "the council's presidency said.",
  (UN, N, neu, "", "'the council's presidency' = UNSC by context; meeting date announced = neutral"))
U(d, "France's foreign minister, Catherine Colonna, said Azerbaijan had chosen force", "meet urgently.",
  ("France", C, neg, AZ, "judgement without the stock words ('chosen force in defiance of its own commitments') + request for a Council meeting: rule 1"))
U(d, "The EU's foreign policy chief, Josep Borrell, said the bloc condemned", "out of Karabakh.",
  (EU, C, neg, AZ, "'the bloc' = EU; Baku = metonym for Azerbaijan"))
U(d, "European Council President Charles Michel said he had called Aliyev", "the Karabakh Armenians.",
  (EU, T, neg, AZ, "demand to halt + return to dialogue addressed to Azerbaijan, no judgement word = calling_for_talks"))
U(d, "German Foreign Minister Annalena Baerbock said Baku had gone back on its word", "had to end now.",
  ("Germany", C, neg, AZ, "'gone back on its word' = judgement without strong words + demand: rule 1; Baku = metonym"))
U(d, "Russian foreign ministry spokeswoman Maria Zakharova urged both sides", "Russia had brokered.",
  (RU, T, neg, "", "appeal to both sides = calling_for_talks, target empty"))
U(d, "Kremlin spokesman Dmitry Peskov said Moscow was concerned", "spoken to Aliyev.",
  (RU, N, neg, "", "concern without an appeal + declining to comment = neutral, negative"))
U(d, "Pashinyan, in an address to the nation, accused Azerbaijan", "not involved in the fighting.",
  (AM, C, neg, AZ, "accusation of an ethnic-cleansing aim + denial of involvement: rule 1"))
U(d, "Armenia's foreign ministry appealed to the Russian peacekeepers", "protect the population.",
  (AM, T, neg, "", "appeal to two bodies to stop the fighting and protect civilians = calling_for_talks; two addressees -> target empty"))
U(d, "Hikmet Hajiyev, foreign policy adviser to Aliyev, said the operation would end only", "\"so-called regime\".",
  (AZ, C, neg, NK, "ultimatum: the operation ends only on disarmament and dissolution = condemning (guide: ultimatum)"))
U(d, "The ministry said its strikes were aimed solely at military positions", "civilian infrastructure.",
  (AZ, N, neg, "", "'The ministry' = Azerbaijan's defence ministry by context (the earlier entry, below in reverse order); denial = neutral, negative"))
U(d, "Azerbaijan's defence ministry announced \"local anti-terrorist measures\"", "destroy their military positions.",
  (AZ, C, neg, AM, "announced military operation against another side = condemning; its stated target is 'Armenian army units' -> Armenia (unsure: could be the Karabakh authorities)"))
