# ------------------------------------------------------------------ Libya: the 24 Dec 2021 presidential vote that did not happen (international wire copy, 2021-12-24)
d = "page_libya_hnec_postponement2021_wire.txt"
# Not statements: menu, section label, time stamp, UPDATE headline, byline, read time, crossheads, ADVERTISEMENT, reporting credits, Our Standards, Related Coverage, tags, most read.
U(d, "Libya's national election body said on Friday it was ready", "not to let the roadmap drift.",
  ("Libyan High National Elections Commission", N, neu, "", "dateline excluded; lede carrying two positions: the commission's readiness (plan = neutral)"),
  ("United Nations", T, neu, "", "same lede: the UN among those pressing leaders to keep to the roadmap = appeal, no judgement; 'Western capitals, neighbours' too vague for rows"))
# "The presidential vote, the first in the country's history, ..." = background narration, no row.
U(d, "\"The commission did its share of the work", "in a televised address.",
  ("Libyan High National Elections Commission", N, neu, "", "reassurance about its own readiness = neutral; speaker named fully once"))
U(d, "Sayeh said the commission had proposed Jan. 24", "the 30 days the law allows.",
  ("Libyan High National Elections Commission", N, neu, "", "surname only; proposed date and procedure"))
U(d, "He blamed what he called force majeure", "certify a final list.",
  ("Libyan High National Elections Commission", N, neg, "", "cause given without a judgement on a named actor (force majeure, court rulings) = neutral, negative"))
U(d, "The head of the parliamentary committee tracking the vote, Hadi al-Saghir,", "a different route to the polls.",
  ("Libyan House of Representatives", N, neu, "", "committee of the parliament = the House; the vote cannot go ahead + the chamber must plan anew = procedure (unsure: 'had to' could read as an appeal)"))
U(d, "In Tobruk, the eastern-based parliament summoned members", "its spokesman said.",
  ("Libyan House of Representatives", N, neu, "", "procedural: a session convened"))
# "Prime Minister Abdul Hamid Dbeibah ... did not address the delay in public on Friday." = non-answer, no row.
U(d, "His Government of National Unity said in a statement that it would stay", "on the original polling day.",
  ("Government of National Unity", N, neg, "", "staying in office + rejecting the lapsed-mandate claim = a denial (neutral, negative)"))
U(d, "In Washington's first reaction, U.S. Ambassador and Special Envoy Richard Norland said", "hurdles quickly.",
  ("United States", T, neg, "", "frustration + urging Libyan leaders to clear obstacles, no judgement = calling_for_talks; leaders not one canonical party -> target empty"))
U(d, "\"Postponing the vote does not hand anyone a blank cheque,\" Norland wrote", "resisted the process.",
  ("United States", C, neg, "", "veiled warning to spoilers (a threatened response) = condemning; the gloss is the diplomats'/outlet's, target empty (unsure: could be neutral)"))
U(d, "France, Germany, Italy, Britain and the United States said in a joint statement", "presidential candidates published.",
  ("France", T, neu, "", "joint statement, one row per listed state; demand to announce the date and publish the list, no judgement = appeal for the political process"),
  ("Germany", T, neu, "", "joint statement (listed state)"),
  ("Italy", T, neu, "", "joint statement (listed state)"),
  ("United Kingdom", T, neu, "", "joint statement; 'Britain'"),
  ("United States", T, neu, "", "joint statement (listed state)"))
U(d, "The five governments said they would hold accountable anyone", "violence or incitement.",
  ("France", C, neg, "", "threat of accountability against spoilers = condemning; target not a named actor"),
  ("Germany", C, neg, "", "same threat, listed state"),
  ("Italy", C, neg, "", "same threat, listed state"),
  ("United Kingdom", C, neg, "", "same threat, listed state"),
  ("United States", C, neg, "", "same threat, listed state"))
U(d, "The European Union's foreign policy chief Josep Borrell said", "according to a statement from his office.",
  ("European Union", T, neg, "", "regret that the vote was missed (no named culprit) + appeal for a timetable = calling_for_talks; second-hand attribution tail"))
U(d, "U.N. Secretary-General Antonio Guterres's spokesman Stephane Dujarric told reporters", "the commission's proposal.",
  ("United Nations", N, neu, "", "'taken note' = procedural"))
U(d, "\"The Secretary-General encourages all Libyan actors", "Dujarric said.",
  ("United Nations", T, neu, "", "encouragement to work together and agree a date = calling_for_talks"))
U(d, "Stephanie Williams, the U.N. chief's special adviser on Libya, said", "the main candidates.",
  ("United Nations", T, neu, "", "the UN convening and pursuing meetings = calling_for_talks (host of talks)"))
U(d, "Turkish Foreign Minister Mevlut Cavusoglu was quoted by state broadcaster TRT", "through the transition.",
  ("Turkey", S, pos, "Government of National Unity", "'was quoted as saying'; continued backing of the Tripoli government and its forces = supporting"))
U(d, "Egypt's foreign ministry said Cairo hoped Libyans would find", "had to leave Libyan soil.",
  ("Egypt", T, neu, "", "hope for a consensual path + demand that foreign forces leave, no judgement word = calling_for_talks"))
U(d, "Russian foreign ministry spokeswoman Maria Zakharova said the delay", "in a hurry.",
  ("Russia", C, neg, "", "judgement without stock words on the outsiders who set the timetable; 'outsiders' not a canonical actor -> target empty"))
U(d, "Moscow, she added, was ready to work with every Libyan party", "single out any candidate.",
  ("Russia", T, neu, "", "speaker carried by 'she added'; readiness to engage with all parties = offer of dialogue (unsure: could be neutral)"))
U(d, "In Tripoli, armed groups loyal to rival factions deployed vehicles", "over the past year.",
  ("United Nations", N, neg, "", "long sentence: narration + the mission's concern; danger stated with no appeal and the armed groups unnamed = neutral, negative"))
U(d, "The mission urged all sides to keep their weapons out of politics", "at a sensitive point.",
  ("United Nations", T, neg, "", "appeal for restraint to all sides, no judgement"))
U(d, "Seven hundred kilometres to the east, Khalifa Haftar", "remained in their positions.",
  ("Libyan National Army", N, neu, "", "Haftar's silence is a non-answer (no row for him); the LNA's line = fact about its units, neutral"))
U(d, "Selim Ouerghi, a senior fellow at the Maghreb Forum", "from the start.",
  ("Selim Ouerghi", N, neg, "", "invented analyst introduced by role; assessment of the rules, not yet aimed at an actor"))
U(d, "\"Parliament passed an election law that nobody else signed up to", "Ouerghi said.",
  ("Selim Ouerghi", C, neg, "Libyan House of Representatives", "judgement without stock words on the parliament's law; surname after the quote"))
U(d, "He said he expected the delay to run well beyond January", "on a constitutional basis first.",
  ("Selim Ouerghi", N, neg, "", "forecast with a condition, no appeal"))
U(d, "Amina Zentani, who teaches public law at the University of Misrata, said", "rather than a plan.",
  ("Amina Zentani", N, neg, "", "invented scholar; assessment of the date, no judgement on an actor"))
U(d, "\"The sensible thing now is for the two chambers to sit down together", "she said.",
  ("Amina Zentani", T, neu, "", "appeal for the two chambers to negotiate the rules = calling_for_talks"))
# "Saif al-Islam Gaddafi ... has not appeared in public since filing his papers in Sebha." = narration, no row.
U(d, "About 2.8 million Libyans collected voter cards", "according to the commission.",
  ("Libyan High National Elections Commission", N, neu, "", "figure given by the commission ('according to') = neutral"))
U(d, "Italy's foreign ministry said Rome would keep funding", "the new polling day.",
  ("Italy", S, pos, "Libyan High National Elections Commission", "funding and experts offered = backing by act (supporting)"))
