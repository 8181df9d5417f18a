# ------------------------------------------------------------------ Russian strike on Okhmatdyt children's hospital, Kyiv (wire copy, 2024-07-09)
d = "page_okhmatdyt_hospital_wire.txt"
U(d, "Kyiv observed a day of mourning on Tuesday", "from a Russian missile.",
  ("United Nations", C, neg, "Russia", "dateline 'KYIV, July 9 (Reuters) - ' excluded; long lead sentence: narration + the UN mission's finding that names a Russian missile = accusation (condemning); unsure: a finding could be read as neutral"))
U(d, "Two adults, one of them a doctor, were killed", "cancelled for the day.",
  ("Ukraine", N, neu, "", "Klitschko (mayor) and the city administration = Ukraine; toll + mourning measures = neutral. The toll of the paragraph before ('according to officials') has no named source: no row"))
U(d, "Danielle Bell, who heads the U.N. Human Rights Monitoring Mission", "from an interception.",
  ("United Nations", N, neg, "", "HRMMU = United Nations; technical finding with no actor named in the sentence = neutral (contrast with the lead, which names the Russian missile)"))
U(d, "\"In more than two years of documenting this war", "Bell said.",
  ("United Nations", N, neg, "", "multi-sentence quote closed by its speaker = one unit; alarm + a figure, no actor judged, no appeal = neutral, negative tone"))
U(d, "Russia's Defence Ministry said on Monday that the damage in Kyiv", "as planned.",
  ("Russia", N, neg, "", "denial (blames a falling interceptor) + own strikes reported as done without judgement = neutral"))
U(d, "The ministry said Kyiv staged such \"provocations\"", "offered no evidence.",
  ("Russia", C, neg, "Ukraine", "'The ministry' = Russia's by context; accusation of staged provocations (Kyiv = metonym -> Ukraine)"))
U(d, "Kremlin spokesman Dmitry Peskov told reporters on Tuesday", "Defence Ministry's account.",
  ("Russia", N, neg, "", "denial = neutral, negative tone"))
U(d, "Foreign Ministry spokeswoman Maria Zakharova went further", "from the West.",
  ("Russia", C, neg, "Ukraine", "Zakharova with no state word (by context); judgement 'cynically exploiting'"))
U(d, "Ukraine's SBU security service said it had recovered parts", "Russian markings.",
  ("Ukraine", C, neg, "Russia", "state agency = Ukraine; evidence presented to attribute the strike = accusation (unsure: could be read as neutral facts)"))
U(d, "Moscow's version of events was", "wrote on X.",
  ("Ukraine", C, neg, "Russia", "possessive before the speaker ('Moscow's version ... , Foreign Minister Dmytro Kuleba wrote'); Moscow = metonym for Russia"))
U(d, "\"Those who fired at a hospital full of children with cancer", "nightly video address.",
  ("Ukraine", C, neg, "Russia", "Zelenskiy (Reuters spelling); accusation of deliberate aim; 'those who fired' = Russia by context"))
U(d, "He said Ukraine would respond to the attack", "end of the summer.",
  ("Ukraine", C, neg, "Russia", "threatened response (condemning, guide) outranks the request for Patriots; asking for arms is not supporting"))
U(d, "Zelenskiy also took aim at Indian Prime Minister Narendra Modi", "efforts to end the war.",
  ("Ukraine", C, neg, "India", "object (Modi's hug) before the judgement; target India (Putin is only mentioned)"))
U(d, "Modi, opening formal talks in the Kremlin on Tuesday", "on the battlefield.",
  ("India", T, neg, "Russia", "surname only; grief + 'no solution on the battlefield' addressed to Putin, no judgement = calling_for_talks; Kremlin = a place here"))
U(d, "Ukraine has asked for an emergency meeting of the U.N. Security Council", "rotating presidency.",
  ("Ukraine", T, neu, "", "request for a Security Council meeting = pursuing UN action (labels/README), no judgement in the sentence"))
U(d, "Health Minister Viktor Liashko said the toxicology department", "in the capital.",
  ("Ukraine", N, neu, "", "damage + transfers = facts. The nurse Olena quoted next describes the scene and takes no position: no row"))
U(d, "U.S. President Joe Biden said in a statement on Monday", "against its neighbour.",
  ("United States", C, neg, "Russia", "'the cruelty of Russia's war' = judgement"))
U(d, "He pledged that Washington and its partners would unveil fresh steps", "75th anniversary.",
  ("United States", S, pos, "Ukraine", "pledge of air-defence help = backing by act (supporting); Washington = metonym"))
U(d, "U.N. Secretary-General Antonio Guterres condemned the Russian strikes", "international humanitarian law.",
  ("United Nations", C, neg, "Russia", "'his spokesman said' mid-sentence; condemnation + legal principle (rule 1)"))
U(d, "British Foreign Secretary David Lammy, who took office on Friday", "held to account.",
  ("United Kingdom", C, neg, "Russia", "'depraved' + accountability"))
U(d, "Germany's Foreign Minister Annalena Baerbock said Berlin was working with partners", "within weeks.",
  ("Germany", S, pos, "Ukraine", "air-defence systems for Ukraine = backing by act (supporting); Berlin = metonym"))
U(d, "EU foreign policy chief Josep Borrell called the strike on Okhmatdyt a new low", "Russian barrage.",
  ("European Union", C, neg, "Russia", "'a new low for Moscow' = judgement; the appeal to arm Ukraine does not change it (rule 1)"))
U(d, "The World Health Organization said it had delivered trauma kits", "transferred patients.",
  ("World Health Organization", S, pos, "Ukraine", "aid delivered = supporting"))
U(d, "UNICEF Executive Director Catherine Russell said she was horrified", "health facilities.",
  ("UNICEF", T, neg, "", "horror + appeal to end strikes on health facilities, no actor named = calling_for_talks, negative tone"))
