# ------------------------------------------------------------------ Egypt's Sirte-Jufra "line" speech at Sidi Barrani (Egyptian state agency, 2020-06-20)
d = "page_sirte_redline2020_stateagency.txt"
# Not statements: agency name, menu, breadcrumb, headline, time stamp, [PHOTO] captions with credits and "1 of 4",
# ADVERTISEMENT, the crosshead "Arab and international reactions".
U(d, "MATROUH, June 20 (NNA) - President Abdel Fattah El-Sisi", "Chief of Staff of the Armed Forces.",
  ("Egypt", N, neu, "", "narration of an inspection with officials present, no position taken"))
# "The President was briefed on the readiness ..." = narration of what he did, no row.
U(d, "Addressing the officers and soldiers, the President affirmed", "should that be needed.",
  ("Egypt", C, neg, "", "readiness order for missions beyond the border = announced military option against another side (threat); no side named -> target empty"))
U(d, "President El-Sisi stated that the line running from Sirte to Al-Jufra", "to Arab national security.",
  ("Egypt", C, neg, "Government of National Accord", "red line with a response threatened against whoever advances (the GNA's forces were the ones advancing on Sirte)"))
U(d, "\"Egypt has shown patience for years", "the President said. \"But patience must not be mistaken for inability, and the security of our western border is not a matter for bargaining.\"",
  ("Egypt", C, neg, "", "quotation over two sentences around the attribution; warning that patience has limits = threat, no stock word"))
U(d, "The President said that Egypt now had every legal ground", "the House of Representatives.",
  ("Egypt", N, neu, "", "legal basis claimed for own possible action, no judgement of another actor in the clause (unsure: could be read as part of the threat)"))
U(d, "He added that Egypt's goals would be limited to securing its borders", "a single grain of Libyan sand.",
  ("Egypt", N, pos, "", "reassurance about own aims = neutral (guide: reassurance about own conduct)"))
U(d, "The President renewed Egypt's call on all Libyan parties to halt fighting", "announced on 6 June.",
  ("Egypt", T, neu, "", "appeal to all parties to stop and negotiate, no judgement"))
U(d, "He also called on the international community to shoulder its responsibility", "brought in from abroad.",
  ("Egypt", C, neg, "", "accuses unnamed 'regional powers' of turning Libya into a staging ground = judgement; Turkey implied but not named -> target empty"))
U(d, "The President met a delegation of elders of Libyan tribes", "central regions of Libya.",
  ("Egypt", N, neu, "", "state-media 'the two sides' meeting narration; own review of the situation, no position (unsure: could be no row)"))
# "The Libyan elders expressed their gratitude ..." = unnamed collective, not an actor: no row.
U(d, "Ambassador Radi said the President had assured the elders", "the unity of their land.",
  ("Egypt", S, pos, "", "spokesman by title then surname; pledge to stand by the Libyan people = backing (target: no canonical party)"))
U(d, "The Kingdom of Saudi Arabia declared its full support for Egypt's right", "foreign meddling in Libya.",
  ("Saudi Arabia", S, pos, "Egypt", "'according to a statement carried by the Saudi Press Agency': agency relays, the Kingdom speaks; support"))
U(d, "The Saudi statement also called on the international community", "a comprehensive settlement in Libya.",
  ("Saudi Arabia", T, neu, "", "'The Saudi statement' = Saudi Arabia; appeal for a settlement, no judgement"))
U(d, "The Ministry of Foreign Affairs and International Cooperation of the United Arab Emirates affirmed", "keep its borders safe.",
  ("United Arab Emirates", S, pos, "Egypt", "solidarity with Egypt's measures"))
U(d, "The Emirati ministry commended Cairo's push", "under United Nations auspices.",
  ("United Arab Emirates", T, pos, "", "state adjective for the ministry; praise joined to a ceasefire appeal with no judgement: rule 2 before rule 3 -> calling_for_talks"))
U(d, "The Kingdom of Bahrain and the Hashemite Kingdom of Jordan expressed", "protect its national security.",
  ("Bahrain", S, pos, "Egypt", "two states in one sentence, one row each; solidarity"),
  ("Jordan", S, pos, "Egypt", "two states in one sentence, one row each; solidarity"))
U(d, "Arab League Secretary-General Ahmed Aboul Gheit was quoted by the League's spokesman", "to examine the Libyan file.",
  ("Arab League", S, pos, "Egypt", "second-hand attribution ('was quoted ... as saying'); Egypt's security = Arab security + meeting at Cairo's request = backing"))
U(d, "In Tripoli, the Presidential Council of the Government of National Accord rejected", "an open threat of war.",
  ("Government of National Accord", C, neg, "Egypt", "hostile interference, 'open threat of war' = judgement; Tripoli = place"))
U(d, "The Tripoli-based council said no foreign capital", "press on towards Sirte.",
  ("Government of National Accord", C, neg, "Egypt", "rejects the red line and vows to keep advancing = refusal in protest + announced operation"))
U(d, "Dr Hany Shoukrallah, professor of international relations", "rather than opened a new war.",
  ("Hany Shoukrallah", N, neu, "", "invented scholar; analysis of the speech's meaning, no judgement or appeal"))
U(d, "\"What the President did was to tell every external party", "the most realistic outcome.",
  ("Hany Shoukrallah", T, neu, "", "surname only; ceasefire on present lines as the realistic outcome = hope for calm (unsure: could be neutral analysis)"))
U(d, "Sheikh Saleh Al-Obeidi, a tribal elder from Tobruk", "away from their towns.",
  ("Saleh Al-Obeidi", S, pos, "Egypt", "invented witness; welcome of Egyptian help = supporting"))
U(d, "In the east, the Speaker of the Libyan House of Representatives, Counsellor Aguila Saleh, hailed", "alongside their Egyptian brothers.",
  ("Libyan House of Representatives", S, pos, "Egypt", "the Speaker speaks for the eastern parliament; praise of the speech = supporting"),
  ("Libyan National Army", S, pos, "Egypt", "'in remarks carried by Libyan television'; ready alongside Egypt = backing"))
U(d, "A spokeswoman for the Russian Ministry of Foreign Affairs said Moscow was following", "remained tense.",
  ("Russia", N, neg, "", "monitoring + tension, no appeal = concern without appeal -> neutral, negative tone"))
