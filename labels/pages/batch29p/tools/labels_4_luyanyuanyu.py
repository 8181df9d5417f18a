# ------------------------------------------------------------------ Argentina sinks the Chinese trawler Lu Yan Yuan Yu 010 (Chinese MFA regular press conference, 2016-03-18)
d = "page_argentina_luyanyuanyu_sinking2016_mfapresser.txt"
# Not statements: site header, breadcrumb, title, date, "Q:"/"A:" labels, [Print] [Close], copyright.
# Questions are no one's, except where they report another actor's position (labels/README.md, 27th session).
# "The DPRK fired a ballistic missile ..." (question) = event narration, no position taken -> no row.
U(d, "China's position on the Korean Peninsula issue is consistent and clear.", "consistent and clear.",
  ("China", N, neu, "", "holding line, no evaluation or appeal"))
U(d, "We hope all relevant parties will avoid any words or deeds", "peaceful and stable.",
  ("China", T, neu, "", "hope for calm addressed to all = calling_for_talks"))
U(d, "The Security Council resolution adopted this month must be implemented in full", "as soon as possible.",
  ("China", T, neu, "", "full implementation of the resolution + return to dialogue; the dialogue appeal carries it, no judgement (unsure: the resolution carries sanctions)"))
# "Myanmar's parliament on Tuesday elected Htin Kyaw as president." (question) = narration, no row.
U(d, "President Xi Jinping has sent a message of congratulations", "Htin Kyaw.",
  ("China", S, pos, "Myanmar", "congratulations sent = supporting"))
U(d, "China is ready to work with the new government of Myanmar", "forward.",
  ("China", S, pos, "Myanmar", "backing of the new government"))
U(d, "Our embassy in Buenos Aires and the consulate staff have visited the four crew members", "in good health.",
  ("China", N, neu, "", "consular facts"))
U(d, "The other 28 crew members were picked up by Chinese fishing vessels nearby", "are safe.",
  ("China", N, neu, "", "facts given by an actor"))
U(d, "We have made our position known to the Argentine side through several channels", "in Buenos Aires.",
  ("China", N, neu, "", "representations reported without a judgement in the sentence = neutral (unsure: a protest)"))
U(d, "Opening fire on a fishing boat and chasing it for hours is a very serious matter", "explanations given so far.",
  ("China", C, neg, "Argentina", "judgement of the coast guard's act + dissatisfaction, no stock word"))
U(d, "We expect Argentina to look into every detail of what happened", "the judicial process is under way.",
  ("China", T, neu, "Argentina", "demand for an investigation and consular rights, no judgement = calling_for_talks"))
U(d, "The Argentine coast guard said the Chinese boat was fishing illegally", "ram the patrol vessel.",
  ("Argentina", C, neg, "", "question reporting the coast guard's account (guide: reported position); accusation aimed at the boat, not the Chinese state -> target empty"))
U(d, "The relevant facts are still being verified.", "still being verified.",
  ("China", N, neu, "", "procedural line"))
U(d, "Whatever the circumstances, the use of gunfire against a civilian fishing vessel", "hard to understand.",
  ("China", C, neg, "Argentina", "'hard to understand' = judgement without stock word"))
U(d, "At the same time, the Chinese government has always required", "dealt with according to law.",
  ("China", N, neu, "", "own conduct and rules for its fleet = neutral"))
U(d, "Argentina's Foreign Minister Susana Malcorra said in a radio interview today", "a detailed report.",
  ("Argentina", T, pos, "China", "question reporting Malcorra: hope the incident spares relations + report to be handed over = calling_for_talks "))
U(d, "We are willing to work with the Argentine side", "the larger picture of our relations.",
  ("China", T, pos, "Argentina", "willingness to handle the incident jointly so ties are not hurt = calling_for_talks"))
U(d, "Some Argentine officials have said that the boat sank outside Argentina's waters", "after the chase.",
  ("Argentina", N, neu, "", "unnamed officials of a named government speak for it; a fact"))
U(d, "The investigation should come first, and we will decide on follow-up steps", "its results.",
  ("China", N, neu, "", "procedure; no threat stated"))
U(d, "An Argentine scholar of maritime law, Professor Julián Etcheverry", "refused every order to stop.",
  ("Julián Etcheverry", S, neu, "Argentina", "invented scholar reported in a question; approval of the coast guard's action = supporting"))
U(d, "I will not comment on the views of individual scholars.", "individual scholars.",
  ("China", N, neu, "", "declining to comment"))
U(d, "Wen Shaoqing, a fisheries policy researcher at the Ocean University of China, wrote", "by their own companies.",
  ("Wen Shaoqing", C, neg, "", "invented researcher reported in a question; implied judgement of lax fleets (not an actor) -> target empty (unsure)"))
U(d, "The competent authorities are looking into the case", "the relevant lessons.",
  ("China", N, neu, "", "procedure"))
# "Russia has begun pulling part of its air force out of Syria ..." (question) = narration of a move, no position -> no row.
U(d, "China welcomes the resumption of the Geneva talks and supports the efforts of Special Envoy de Mistura.", "de Mistura.",
  ("China", S, pos, "United Nations", "welcome + support for the UN envoy, no appeal in this sentence = supporting"))
U(d, "We hope all Syrian parties will seize this opportunity", "through dialogue.",
  ("China", T, pos, "", "hope for ceasefire and dialogue = calling_for_talks"))
U(d, "The Philippine defence secretary said yesterday that U.S. forces", "in the Philippines.",
  ("Philippines", S, neu, "United States", "question reporting the Philippine minister; granting base access = backing by act"))
U(d, "Military cooperation between countries should not target any third party", "in the region.",
  ("China", C, neg, "", "veiled warning at the US-Philippine arrangement; aimed at two actors -> target empty (unsure: could be neutral)"))
U(d, "We urge the countries concerned to do more things that help regional peace", "not the opposite.",
  ("China", T, neg, "", "appeal for peace-minded conduct; 'not the opposite' implies criticism but no explicit judgement (unsure)"))
U(d, "We hope it will act prudently and refrain from stirring up trouble.", "stirring up trouble.",
  ("China", C, neg, "Japan", "'stirring up trouble' = judgement inside an appeal: rule 1; previous sentence ('not a party') read with it, no separate row"))
