# ------------------------------------------------------------------ UAE charges Qatari jets intercepted airliners (international wire, 15 Jan 2018)
d = "page_qatar_uae_airliner_intercepts2018_wire.txt"
# Not statements: wire banner, menu, UPDATE headline, byline, read time, ADVERTISEMENT, reporting credits, Our Standards,
# related coverage, most read, footer. Dateline 'DUBAI/DOHA, Jan 15 (Gulfline) - ' excluded from the first unit.
U(d, "The United Arab Emirates accused Qatari fighter jets on Monday", "by Emirati military aircraft.",
  ("United Arab Emirates", C, neg, "Qatar", "lede carrying two positions: the UAE's accusation"),
  ("Qatar", C, neg, "United Arab Emirates", "Doha's dismissal is joined to a counter-accusation of airspace violations = condemning, not a bare denial"))
U(d, "The exchange added an aviation dimension to the seven-month-old boycott", "which Qatar denies.",
  ("Qatar", N, neg, "", "background clause 'which Qatar denies' = denial, neutral negative; the boycott itself is background narration (no rows for the four states)"))
U(d, "The UAE's General Civil Aviation Authority said two airliners carrying", "according to the state news agency WAM.",
  ("United Arab Emirates", N, neu, "", "facts given by the authority (times, passengers); the agency is not an actor"))
U(d, "The authority described the manoeuvres as reckless conduct", "to hold Doha to account.",
  ("United Arab Emirates", C, neg, "Qatar", "'reckless' + legal steps to hold Doha to account"))
U(d, "Bahrain, which tracked the flights on its radar, backed the Emirati account.", "backed the Emirati account.",
  ("Bahrain", S, pos, "United Arab Emirates", "backing of the UAE's version (unsure: implies a charge against Qatar)"))
U(d, "\"Our radar stations watched the Qatari aircraft close in", "take a firm position.",
  ("Bahrain", C, neg, "Qatar", "accusation ('not the first time') + call for a firm position = condemning"))
U(d, "In Doha, the director of the government communications office", "had taken place.",
  ("Qatar", N, neg, "", "bare denial = neutral, negative"))
U(d, "Qatar's foreign ministry spokeswoman Lolwah Al-Khater said the allegation was an attempt to cover up", "and again this month.",
  ("Qatar", C, neg, "United Arab Emirates", "denial joined to a counter-accusation of airspace incursions"))
U(d, "Al-Khater said Qatar had lodged two complaints", "documenting every incident.",
  ("Qatar", C, neg, "United Arab Emirates", "complaints to the UN over the UAE's incursions = a taken measure (target by context)"))
U(d, "\"We have not closed our skies to anyone", "she told reporters.",
  ("Qatar", N, neu, "", "own conduct + refusal to retaliate, no judgement = neutral"))
U(d, "The Emirati minister of state for foreign affairs, Anwar Gargash, said on Twitter", "more than one country.",
  ("United Arab Emirates", C, neg, "Qatar", "denials dismissed as 'a familiar pattern' = judgement without stock words"))
U(d, "Saudi Arabia's General Authority of Civil Aviation said it supported", "Saudi Press Agency.",
  ("Saudi Arabia", S, pos, "United Arab Emirates", "backing of UAE measures; second-hand attribution tail"))
U(d, "A spokesman for U.S. Central Command", "an interception had occurred.",
  ("United States", N, neu, "", "no information = neutral fact"))
U(d, "The White House said President Donald Trump had spoken by phone", "focused on regional threats.",
  ("United States", T, pos, "", "thanks to Qatar's emir + call for a united GCC: thanks to Qatar (supporting) joined to an appeal for Gulf unity: rule 2 before rule 3 gives calling_for_talks; two addressees -> target empty (unsure)"))
U(d, "In Kuwait, whose emir has led mediation between the two camps since June", "spill into the air.",
  ("Kuwait", T, neu, "", "hope for restraint = calling_for_talks"))
U(d, "\"The Gulf house has room for all its members", "according to the Kuwait News Agency.",
  ("Kuwait", T, pos, "", "continued mediation = calling_for_talks; agency quoting an official"))
U(d, "An ICAO spokesman in Montreal said the organization had not yet received", "usual procedures.",
  ("International Civil Aviation Organization", N, neu, "", "procedural line"))
U(d, "Separately, a member of Qatar's ruling family, Sheikh Abdullah bin Ali Al-Thani", "an Emirati official denied.",
  ("United Arab Emirates", N, neg, "", "'an Emirati official' = UAE; denial = neutral negative; Sheikh Abdullah's claim is a private person's (not labelled: a side story, his own plight)"))
U(d, "Aviation safety consultant Tom Harrington, who advises airlines", "was the real hazard.",
  ("Tom Harrington", N, neg, "", "invented consultant; observation of risk, no actor judged"))
U(d, "\"Whatever happened this morning, two air forces and several airlines", "Harrington said.",
  ("Tom Harrington", T, neg, "", "appeal for coordination between the two capitals ('has to change')"))
U(d, "Mariam Al-Sayed, a professor of Gulf politics at a university in Kuwait", "open confrontation.",
  ("Mariam Al-Sayed", N, neu, "", "invented scholar; analysis of both sides' aims, no verdict"))
U(d, "Egypt's foreign ministry said Cairo stood with the UAE and Bahrain", "their citizens.",
  ("Egypt", S, pos, "", "backing of two states -> target empty"))
U(d, "Qatar's defence ministry said its aircraft had flown routine patrols", "throughout the day.",
  ("Qatar", N, neu, "", "own conduct as fact = neutral"))
U(d, "Arab League Assistant Secretary-General Hossam Zaki said the league", "civilian flights at risk.",
  ("Arab League", T, neg, "", "concern + appeal to every party = calling_for_talks"))
