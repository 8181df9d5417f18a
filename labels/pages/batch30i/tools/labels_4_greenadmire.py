# ------------------------------------------------------------------ Russia's detention of the tanker Green Admire (an embassy's news page, full HTML, 2025-05-20)
d = "page_estonia_greenadmire_tanker2025_embassynews.html"
# The page is the Embassy in Athens of the state whose port and minister are named; the body never names that state:
# "the Embassy", "the Ministry of Foreign Affairs", "the Government", "the Minister" = Estonia.
# Not statements: language bar, crest, nav, breadcrumb, page title, release headings, dates, captions with credits, share
# line, the consular notice and the film-evening notice (no positions), comments note, footer.
U(d, "The Embassy wishes to inform its Greek partners", "tanker Green Admire.",
  ("Estonia", N, neu, "", "the Embassy speaking of itself: an information note, no position"))
# "The vessel left the port of Sillamäe ..." and "In the early hours of 18 May the tanker was stopped ..." = narration of the facts, no row.
U(d, "The Ministry of Foreign Affairs regards the detention of a merchant ship", "pressure on peaceful shipping.",
  ("Estonia", C, neg, "Russia", "'deliberate and unjustified act of pressure' = judgement"))
U(d, "\"What happened on Sunday has nothing to do with navigation safety", "not very far.\"",
  ("Estonia", C, neg, "Russia", "intimidation charge + warning; quote closed by the speaker and continued: one unit (attribution in the middle)"))
U(d, "The Minister added that the incident was plainly linked to the efforts", "in defiance of sanctions.",
  ("Estonia", C, neg, "Russia", "ties the detention to retaliation against sanctions enforcement and to oil carried 'in defiance of sanctions' = accusation"))
U(d, "On 19 May the Ministry summoned the chargé d'affaires of the Russian Federation", "a note of protest.",
  ("Estonia", C, neg, "Russia", "summons + note of protest = a measure in protest"))
U(d, "Partners in NATO and the European Union were briefed on the incident within hours", "with pilot assistance.",
  ("Estonia", N, neu, "", "passive: briefing of allies + a rerouting decision = plans and procedures, no judgement"))
U(d, "According to the Transport Administration, the Russian side had radioed the tanker", "dangerous for navigation.",
  ("Estonia", N, neu, "", "state agency reports facts ('according to')"),
  ("Russia", N, neu, "", "Russia's warning to the master, reported by another party = Russia's statement; procedural (unsure: could be left as narration)"))
U(d, "Russian officials, in remarks carried by the state news agency TASS", "no violation of international law had taken place.",
  ("Russia", N, neg, "", "officials of a named government; justification + denial of wrongdoing = neutral, negative tone; TASS is not an actor"))
U(d, "The Embassy thanks the Ministry of Maritime Affairs and Insular Policy", "throughout the incident.",
  ("Estonia", S, pos, "Greece", "thanks to the Greek ministry = praise"))
U(d, "The Greek ministry said on 19 May that the crew were safe", "proceed without delay.",
  ("Greece", T, neu, "Russia", "facts about the crew + request through diplomatic channels to let the ship go, no judgement = calling_for_talks"))
U(d, "Finland's Foreign Minister Elina Valtonen said Helsinki stood with its neighbour", "a zone of fear.",
  ("Finland", C, neg, "Russia", "solidarity + 'will not accept any attempt to turn the Gulf into a zone of fear' aimed at Moscow = judgement (rule 1 over the solidarity)"))
U(d, "Latvia and Lithuania, in a joint statement by their foreign ministries", "freedom of navigation in the Baltic Sea.",
  ("Latvia", S, pos, "Estonia", "joint statement by a list of states: one row each; solidarity + appeal, no judgement word: the solidarity decides (unsure: appeal could make it calling_for_talks)"),
  ("Lithuania", S, pos, "Estonia", "as Latvia (joint statement)"))
U(d, "A NATO official said the Alliance was following developments closely", "all the Allies concerned.",
  ("NATO", N, neu, "", "monitoring with no appeal = neutral"))
U(d, "The Embassy recalls that the Government has said it will continue to act", "marine environment of the Baltic Sea.",
  ("Estonia", C, neu, "", "announced continued action against vessels = measures against another side; shadow-fleet ships are no canonical target (unsure: could be neutral plans)"))
U(d, "\"We seek no confrontation, but we will not stop inspecting dangerous ships,\"", "in Tallinn on Monday.",
  ("Estonia", N, neu, "", "'the Minister' by title; reassurance + own policy, no judgement of an actor (unsure: could be condemning as a warning)"))
# Seminar release (an earlier item on the same page, before the incident):
U(d, "On 15 May the Embassy hosted a seminar on maritime security", "academics and diplomats.",
  ("Estonia", N, neu, "", "the Embassy's own event, reported as done (hosting a seminar), no position"))
U(d, "Professor Eleni Karvouni of the Piraeus Institute of Maritime Law told participants", "since the end of the Cold War.",
  ("Eleni Karvouni", N, neg, "", "invented scholar; assessment of risk, no judgement of a named actor, no appeal"))
U(d, "\"Coastal states are within their rights to inspect vessels", "nobody will pay for.\"",
  ("Eleni Karvouni", S, neu, "", "approval of inspections by coastal states + advice to owners = backing of a policy (no single canonical target)"))
U(d, "Andrus Pärnpuu, a former naval officer who now advises insurers in London", "too slow to confront.",
  ("Andrus Pärnpuu", C, neg, "", "governments 'too slow' = judgement of unnamed governments (target empty)"))
U(d, "He urged Greek owners to stop selling old tonnage", "could not verify.",
  ("Andrus Pärnpuu", N, neu, "", "advice to shipowners about sales: an appeal, but not for talks, restraint or peace = neutral (unsure)"))
U(d, "EU High Representative Kaja Kallas wrote on X that the harassment of merchant ships", "sanctions on the shadow fleet.",
  ("European Union", C, neg, "Russia", "'harassment' + tighter sanctions announced = condemning"))
U(d, "The Union of Greek Shipowners was quoted by the Athens press as saying", "a dispute between states.",
  ("Union of Greek Shipowners", T, neg, "", "second-hand attribution ('was quoted as saying'); demand for free passage without judging either side = calling_for_talks (unsure: could be neutral)"))
U(d, "Prime Minister Kristen Michal told parliament on Tuesday that the Government would put the incident", "EU foreign ministers.",
  ("Estonia", N, neu, "", "plan to raise the incident at an EU meeting = procedure (unsure: could be calling_for_talks)"))
U(d, "\"Every old tanker sold into that fleet is an accident waiting for a coastline,\"", "Pärnpuu said.",
  ("Andrus Pärnpuu", N, neg, "", "surname only; a risk warning with no appeal and no named culprit = neutral, negative"))
