# ------------------------------------------------------------------ Azerbaijani "eco-activists" block the Lachin corridor: Security Council meeting (UN meetings-coverage readout, plain text, 2022-12-20)
d = "page_lachin_corridor_unreadout.txt"
U(d, "MIROSLAV JENČA, Assistant Secretary-General for Europe", "return to their homes.",
  ("United Nations", N, neg, "", "briefer introduced by role in the readout's capitals; 'the Organization' = UN; cannot check + concern, no appeal = neutral, negative"))
U(d, "He recalled that the Secretary-General, in a statement on 15 December", "already made.",
  ("United Nations", T, neu, "", "the Secretary-General's appeal to both sides, reported by Jenča (both UN) = calling_for_talks"))
U(d, "Mr. Jenča said the International Committee of the Red Cross (ICRC) had offered its services", "hospitals in Armenia.",
  ("ICRC", S, neu, "", "a position/act of the ICRC reported by the UN briefer is the ICRC's (guide); offering humanitarian services = supporting; aimed at patients, no actor -> target empty (unsure: could be read as neutral)"))
U(d, "The representative of the United States said Baku, and whoever was responsible", "moving again quickly.",
  ("United States", T, neg, "", "'the representative of' = the state; demand with no judgement word = calling_for_talks, negative; addressed to Baku (metonym) and to the unnamed forces securing the road (Russia's peacekeepers) = two parties -> target empty"))
U(d, "The two countries should get back to direct talks, he added", "would last.",
  ("United States", T, neu, "", "attribution tail; appeal for direct talks to both countries"))
U(d, "The representative of France said Paris rejected the closure of the road", "along the corridor.",
  ("France", C, neg, "Azerbaijan", "'rejected the closure' = judgement of Azerbaijan's act (named through its unmet commitment) + demand: rule 1"))
U(d, "She said Paris would go on helping Yerevan and Baku towards a peace agreement", "European Union.",
  ("France", T, pos, "", "commitment to a negotiated peace between the two sides; the EU is only mentioned (no EU position stated)"))
U(d, "The representative of the Russian Federation said Moscow counted on traffic", "returning to normal soon.",
  ("Russia", N, pos, "", "expectation about the outcome of its own mediation, no appeal or judgement = neutral (unsure: could be read as a hope that the road reopens = calling_for_talks)"))
U(d, "She said Russian diplomats and the peacekeepers' commanders had been in constant contact", "those efforts.",
  ("Russia", N, pos, "", "own mediation and self-credit (gas resumed) = neutral, positive tone (labels/README: self-praise)"))
U(d, "Only the agreements reached by the leaders of the three countries", "mutual accusations.",
  ("Russia", T, neu, "", "points to the trilateral agreements as the way forward + cautions against accusations, no actor named = appeal (unsure: the caution could be read as a veiled rebuke of Armenia/France)"))
U(d, "The representative of the United Kingdom warned that the people of the region faced a hard winter", "opened at once.",
  ("United Kingdom", T, neg, "", "concern + appeal, no judgement; nobody addressed by name -> empty"))
U(d, "The representative of Ireland urged Azerbaijan to let traffic through the corridor again", "no conditions attached.",
  ("Ireland", T, neg, "Azerbaijan", "demand to one side, no judgement word"))
U(d, "Ireland wanted the conflict settled at the negotiating table", "he added.",
  ("Ireland", T, neu, "", "attribution tail; appeal for a negotiated settlement"))
U(d, "The representative of Norway said patients and medicines were already failing to get through", "people and goods.",
  ("Norway", T, neg, "Azerbaijan", "humanitarian facts + appeal addressed to Azerbaijan"))
U(d, "The representative of Brazil said cutting the road left the region's inhabitants exposed", "between the two countries.",
  ("Brazil", N, neg, "", "concern/warning without an appeal and without naming an actor = neutral, negative"))
U(d, "The representatives of Kenya, Mexico, and India also called", "reopened.",
  ("Kenya", T, neu, "", "list of three (Oxford comma), one row each; appeal with nobody addressed"),
  ("Mexico", T, neu, "", "same list"),
  ("India", T, neu, "", "same list"))
U(d, "The representative of the United Arab Emirates said force would not settle the dispute", "tensions had climbed.",
  ("United Arab Emirates", T, neg, "", "appeal to both sides to keep talking + unease (concern with an appeal = calling_for_talks)"))
U(d, "The representative of China said the parties should resolve their disputes", "escalate the situation.",
  ("China", T, neu, "", "appeal for dialogue and restraint"))
U(d, "The representative of Armenia, whose Government requested the meeting", "Armenian population.",
  ("Armenia", C, neg, "Azerbaijan", "accusation (protests staged by Baku, a smokescreen for expelling the population); Baku = metonym; the request for the meeting is a relative clause in the same row"))
U(d, "Some 1,100 people, among them 270 children", "a hospital in Armenia.",
  ("Armenia", N, neg, "", "figures and facts with an attribution tail; no new judgement in this sentence"))
U(d, "He asked the Council to call for the immediate reopening", "on the ground.",
  ("Armenia", T, neg, "", "asking the Council for an appeal and an assessment mission = pursuing UN action to protect civilians (labels/README: calling_for_talks)"))
U(d, "The representative of Azerbaijan dismissed the accusations", "not blocking anyone.",
  ("Azerbaijan", N, neg, "", "denial = neutral, negative (guide)"))
U(d, "He said the protesters were civil society activists objecting", "military equipment.",
  ("Azerbaijan", C, neg, "Armenia", "counter-accusation (illegal exploitation, misuse of the road), not a bare denial; Yerevan's conduct judged"))
U(d, "He said Armenia was abusing the Council's time", "about his country.",
  ("Azerbaijan", C, neg, "Armenia", "accusation of abusing the Council and spreading falsehoods = judgement"))
