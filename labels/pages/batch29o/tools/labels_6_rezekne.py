# ------------------------------------------------------------------ Russian drone crash in Rezekne municipality, Latvia (explainer, 2024-09-10)
d = "page_rezekne_drone2024_explainer.txt"
# Not statements: site banner, headline, date line, byline, share bar, [Photo] caption with credit, Q&A crossheads
# (WHAT HAPPENED? ...), "Little.", Related list, tags, newsletter prompt, copyright.
# Lede "RIGA - For the first time ..." and "Nobody was hurt, but ..." = the outlet's narration, no row.
# "On Saturday, 7 September, a drone entered Latvian airspace ..." = narration, no row.
U(d, "The head of the regional council said it fell far from any houses.", "far from any houses.",
  ("Latvia", N, neu, "", "local official resolves to his state (labels/README); fact"))
U(d, "The commander of the National Armed Forces, Lieutenant General Leonids Kalnins, told a news conference", "destroyed at the site.",
  ("Latvia", N, neu, "", "the army speaks for its state; facts about the drone, no judgement"))
U(d, "Kalnins said the military had tracked the drone", "rather than Latvia.",
  ("Latvia", N, neu, "", "surname only; assessment of intent, no judgement"))
U(d, "The same night, Romania reported that another Russian drone had violated its airspace", "on the Danube.",
  ("Romania", C, neg, "Russia", "'violated its airspace' reported by Romania = accusation (unsure: could be read as a neutral report of a fact)"))
# "President Edgars Rinkevics was the first to speak." = narration introducing the next unit, no row.
U(d, "Writing on X, the president said Riga was already comparing notes with allies", "rather than for one country.",
  ("Latvia", N, neg, "", "'the president' (title only); consultation + a problem to be shared: concern without an appeal for talks or a judgement of Russia"))
U(d, "Defence Minister Andris Spruds said Latvia would reinforce air defence", "shoot down drones more quickly.",
  ("Latvia", N, neu, "", "own defensive plans, aimed at no actor (unsure: could be read as an announced response = condemning)"))
U(d, "According to a statement from the foreign ministry, the Russian charge d'affaires was summoned", "violation of Latvian airspace.",
  ("Latvia", C, neg, "Russia", "'according to a statement from'; summons + protest note + 'flagrant violation'"))
# "Foreign Minister Baiba Braze went further." = narration introducing the next unit, no row.
U(d, "Russia's war against Ukraine was spilling into NATO territory", "the minister said, and Latvia would press allies for tougher sanctions in response.",
  ("Latvia", C, neg, "Russia", "position in the clause before the tail 'the minister said'; judgement + push for sanctions"))
U(d, "Prime Minister Evika Silina, for her part, told Latvian public radio", "to stay calm.",
  ("Latvia", N, neu, "", "reassurance + appeal to residents (not a party to a conflict) = neutral"))
U(d, "NATO Deputy Secretary General Mircea Geoana said on Sunday that the alliance was in close contact", "deliberately targeted.",
  ("NATO", N, neu, "", "contacts + assessment, no judgement"))
U(d, "Geoana said Russia's strikes so close to allied territory showed a disregard", "on the eastern flank.",
  ("NATO", C, neg, "Russia", "judgement without a stock word ('showed a disregard') + own defence plans"))
U(d, "In Vilnius, Lithuanian Foreign Minister Gabrielius Landsbergis wrote that Latvia had Lithuania's full support.", "full support.",
  ("Lithuania", S, pos, "Latvia", "backing"))
U(d, "Estonia's foreign ministry said it stood with its Baltic neighbour", "help Ukraine.",
  ("Estonia", S, pos, "Latvia", "solidarity; the resolve to help Ukraine is support too (target Latvia, the addressee)"))
U(d, "The Pentagon said it was aware of the reports", "Latvian officials.",
  ("United States", N, neu, "", "Pentagon = state agency; awareness + contacts"))
U(d, "The Russian embassy in Riga did not respond to requests for comment", "nothing to add on the subject.",
  ("Russia", N, neu, "", "'was quoted by state media as saying' nothing to add = no comment (neutral); the embassy's silence is no statement"))
U(d, "Russian officials have in the past rejected similar complaints from Romania", "belonged to Russian drones.",
  ("Russia", N, neg, "", "past denials = neutral, negative tone (background, but specific rejections by a named state's officials)"))
# "Belarus, over whose territory the drone flew, made no public comment." = no position, no row.
U(d, "Ilze Ozolina, a researcher at the Riga Institute for Security Studies, said the crash exposed a gap", "harder still to stop.",
  ("Ilze Ozolina", N, neg, "", "invented researcher; assessment of a capability gap, no judgement of an actor, no appeal"))
U(d, "\"Nobody believes Moscow aimed this at Rezekne", "Ozolina said.",
  ("Ilze Ozolina", C, neg, "Russia", "surname only; judgement of Moscow's indifference without a stock word"))
U(d, "She argued that Latvia and its neighbours should agree with NATO", "writing its own rules.",
  ("Ilze Ozolina", N, neu, "", "policy recommendation on air-defence procedure among allies: neither a peace appeal nor a judgement (unsure)"))
# "Martin Kaasik, a former Estonian air force officer ..., was more cautious." = introduction, no position in it.
U(d, "Kaasik said a single crash should not be blown up into a crisis", "a pretext for escalation.",
  ("Martin Kaasik", T, neu, "", "appeal for a measured response to avoid escalation"))
U(d, "The investigation into how the drone reached Rezekne is continuing, the defence ministry said.", "the defence ministry said.",
  ("Latvia", N, neu, "", "procedure"))
U(d, "Romania's defence ministry said it had scrambled F-16 fighter jets", "possible impact sites.",
  ("Romania", N, neu, "", "own measures reported as done, no judgement"))
U(d, "The European Union's foreign policy spokesman, Peter Stano, said the bloc rejected", "full solidarity with Latvia.",
  ("European Union", C, neg, "Russia", "rejection of Russia's airspace violations (judgement) + solidarity with Latvia: rule 1 decides; the judgement is aimed at Russia"))
U(d, "In Kyiv, foreign ministry spokesman Heorhii Tykhyi said the crash proved", "more air defence systems.",
  ("Ukraine", C, neg, "Russia", "'terror' = judgement; the request for air defence does not change rule 1"))
U(d, "Braze said she would raise the incident with her NATO counterparts", "next meeting.",
  ("Latvia", N, neu, "", "plan"))
