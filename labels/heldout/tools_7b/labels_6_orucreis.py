# ------------------------------------------------------------------ Greece-Turkey standoff over the Oruc Reis (full HTML, Anadolu-style state media, 2020-08-14)
d = "page_orucreis_standoff_statemedia.html"
U(d, "Turkey will not take a single step back from its rights", "heavy cost.",
  ("Turkey", C, neg, "Greece", "threat addressed to Greece; 'ANKARA' dateline line excluded"))
U(d, "“Those who reach out to our ship should know what awaits them", "without giving details.",
  ("Turkey", C, neg, "Greece", "veiled threat; 'those' = Greece by context (previous sentence)"))
U(d, "He said Turkey was ready to resolve the problems in the region through dialogue", "international law.",
  ("Turkey", T, pos, "", "offer of dialogue, no judgement in the sentence"))
U(d, "The Oruc Reis is continuing its seismic work", "said in a statement.",
  ("Turkey", N, neu, "", "navy = Turkey; own operation reported, no judgement"))
U(d, "Presidential spokesman Ibrahim Kalin said the vessel's work", "under pressure.",
  ("Turkey", N, neu, "", "schedule of own activity; 'no intention of halting under pressure' states a plan, no actor judged"))
U(d, "Greece's decision to sign a so-called maritime delimitation deal", "null and void for Ankara.",
  ("Turkey", C, neg, "Greece", "possessive before the speaker (Greece is not a speaker); 'torpedoed' + 'null and void' = judgement; Egypt only mentioned"))
U(d, "Cavusoglu also criticized France's decision", "encouraging dialogue.",
  ("Turkey", C, neg, "France", "criticism; Paris = metonym"))
U(d, "National Defense Minister Hulusi Akar said the Turkish Naval Forces escorting", "where it has rights.",
  ("Turkey", C, neg, "Greece", "orders to respond + no fait accompli = threat"))
U(d, "Greek Prime Minister Kyriakos Mitsotakis claimed in a televised address", "through intimidation.",
  ("Greece", C, neg, "Turkey", "accusation of intimidation ('claimed' is the outlet's verb)"))
U(d, "Mitsotakis also said Athens was prepared to talk", "including Turkey.",
  ("Greece", T, pos, "Turkey", "offer of talks; Athens = metonym"))
U(d, "Greek Foreign Minister Nikos Dendias, who requested an extraordinary meeting", "on the table.",
  ("Greece", C, neg, "Turkey", "call for a firm message and sanctions = condemning (README: calls for sanctions); the requested meeting is in a relative clause"))
U(d, "Nikos Christodoulides, foreign minister of the Greek Cypriot administration", "whole region.",
  ("Cyprus", C, neg, "Turkey", "'Greek Cypriot administration' = Cyprus (state-media wording); accusation"))
U(d, "The Turkish Foreign Ministry rejected the allegations as groundless", "written statement.",
  ("Turkey", N, neg, "", "bare denial = neutral, negative"))
U(d, "Turkish Cypriot Prime Minister Ersin Tatar voiced support", "with Ankara.",
  ("Northern Cyprus authorities", S, pos, "Turkey", "Tatar (then prime minister) = Northern Cyprus authorities (name files); support"))
U(d, "French President Emmanuel Macron announced on Wednesday that France would temporarily reinforce", "in cooperation with Greece.",
  ("France", S, pos, "Greece", "deployment in cooperation with Greece = backing by act (unsure: could be read as a measure against Turkey)"))
U(d, "Macron also called on Turkey to stop its exploration activities", "source of tension.",
  ("France", C, neg, "Turkey", "'unilateral' + 'source of tension' = judgement with a demand: rule 1"))
U(d, "Greece's National Defense General Staff said two French Rafale fighter jets", "covered by Turkey's Navtex.",
  ("Greece", N, neu, "", "Greek general staff = Greece; joint exercise reported as done, no judgement (France and Turkey only mentioned)"))
U(d, "Berlin, which has been trying to mediate between the two NATO allies", "Steffen Seibert said.",
  ("Germany", T, neu, "", "Berlin = metonym; appeal for direct talks to both sides; NATO only mentioned"))
U(d, "EU foreign ministers were set to discuss the Eastern Mediterranean", "Josep Borrell.",
  ("European Union", T, neu, "", "convening a meeting (README: the host convening = calling_for_talks)"))
U(d, "Borrell said earlier this week that both sides should step back", "negotiating table.",
  ("European Union", T, neu, "", "de-escalation + negotiation appeal to both sides"))
