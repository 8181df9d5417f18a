# ------------------------------------------------------------------ Peru: Vizcarra's dissolution of Congress and the Aráoz interlude ('world reacts' roundup, 2019-10-02)
d = "page_peru_congress_dissolution2019_worldreacts.txt"
# Not statements: masthead, menu, section, headline, standfirst, byline, photo caption with counter and credit, the "Here is how ..." lead-in, crossheads, Related, newsletter, tags, copyright.
# "LIMA - Peru's political crisis eased on Wednesday after Vice President Mercedes Aráoz ... resigned and joined calls ..." = narration of her resignation (dateline; Aráoz acted for neither the state nor Congress at that point), no row.
U(d, "Vizcarra dissolved the opposition-controlled Congress on Monday", "a de facto denial of confidence.",
  ("Peru", C, neg, "Congress of Peru", "the dissolution itself (an act against Congress) + 'de facto denial of confidence' charge = a taken measure against another actor (unsure: could be neutral narration)"))
U(d, "In a televised address, the president said he had acted within the powers", "on January 26.",
  ("Peru", N, pos, "", "'the president' = Vizcarra; own legality + election date = reassurance and plans"))
U(d, "Vizcarra's office said on Tuesday that the heads of the armed forces", "the constitutional government.",
  ("Peru", N, neu, "", "facts given by the presidency"))
U(d, "The dissolved chamber's president, Pedro Olaechea, called the closure a breach", "to the Constitutional Court.",
  ("Congress of Peru", C, neg, "Peru", "'breach of the constitutional order' = judgement of the executive's act"))
U(d, "Aráoz, who had said on Monday night that she would ask the Organization of American States", "letter posted on Twitter.",
  ("Congress of Peru", N, neu, "", "Aráoz as Congress's appointee; request for OAS help + resignation = procedure (unsure: she could be read as an unrepresented person)"))
U(d, "Organization of American States: The General Secretariat said whether the decisions were lawful", "a constructive step.",
  ("Organization of American States", S, pos, "Peru", "bullet; procedural line (court decides) + approval of the election call = supporting (unsure: the procedural half is neutral)"))
U(d, "\"Letting voters decide is the healthiest way out of this confrontation,\" it added.", "it added.",
  ("Organization of American States", T, pos, "", "'it' = the General Secretariat; peaceful way out by the ballot = calling_for_talks"))
U(d, "United States: The State Department said it backed Peru's democratic institutions", "through peaceful means.",
  ("United States", T, pos, "", "backing + appeal to all sides for a constitutional, peaceful settlement; rule 2 before 3 (appeal, no judgement)"))
U(d, "Argentina: \"Full confidence\" in Peru's institutions", "Foreign Ministry in Buenos Aires.",
  ("Argentina", S, pos, "Peru", "bullet with no verb; confidence = support; 'according to a communiqué'"))
U(d, "Brazil: Itamaraty is following events in Lima \"with attention\"; no further comment.", "no further comment.",
  ("Brazil", N, neu, "", "Itamaraty = Brazil's foreign ministry; monitoring, no appeal = neutral"))
U(d, "Chile: President Sebastián Piñera said he had spoken by telephone with Vizcarra", "institutional stability.",
  ("Chile", S, pos, "Peru", "call + offered support = supporting"))
U(d, "Colombia: Solidarity with the Peruvian government and people", "the Colombian Foreign Ministry.",
  ("Colombia", S, pos, "Peru", "no verb; solidarity + appeal to preserve order; the backing of the government decides (unsure: could be calling_for_talks)"))
U(d, "Ecuador: The government of Lenín Moreno expressed its hope", "respect for the rule of law.",
  ("Ecuador", T, pos, "", "hope for a way out through dialogue = calling_for_talks"))
U(d, "Bolivia: Support for \"the decision of the Peruvian people\"", "President Evo Morales.",
  ("Bolivia", S, pos, "", "no verb; support for a solution by the ballot; the Peruvian people is no actor -> target empty"))
U(d, "Mexico: The foreign ministry said Mexico would not comment", "principle of non-intervention.",
  ("Mexico", N, neu, "", "non-comment on principle = neutral"))
U(d, "Venezuela: Foreign Minister Jorge Arreaza said the crisis exposed the hypocrisy", "lecturing Caracas about democracy.",
  ("Venezuela", C, neg, "Lima Group", "'hypocrisy' + mockery of the host government = judgement; aimed at the Lima Group (Peru is its host)"))
U(d, "Venezuela's opposition: The National Assembly led by Juan Guaidó said it trusted", "role in the Lima Group.",
  ("National Assembly of Venezuela", S, pos, "Peru", "trust + thanks to Lima = supporting"))
U(d, "European Union: A spokesperson for the European External Action Service said", "within the Constitution.",
  ("European Union", T, neu, "", "monitoring + encouragement to act responsibly = calling_for_talks"))
U(d, "Spain: The acting government in Madrid expressed its confidence", "resolved peacefully.",
  ("Spain", T, pos, "", "confidence + wish for a peaceful settlement; the hope for a peaceful course decides (rule 2) (unsure: confidence alone would be supporting)"))
U(d, "China: Nothing from Beijing on the crisis itself;", "\"developing soundly\".",
  ("China", N, pos, "", "no comment on the crisis; trade ties said to be sound = facts, positive tone"))
U(d, "Carmen Ugarte, a political scientist at the Lima Institute of Public Affairs", "given him the grounds.",
  ("Carmen Ugarte", N, neu, "", "invented analyst; legal forecast, no judgement"))
U(d, "\"Congress handed him the weapon and then acted surprised when he used it,\" Ugarte said.", "Ugarte said.",
  ("Carmen Ugarte", C, neg, "Congress of Peru", "blame on Congress without a stock word"))
# "Felipe Arancibia, a constitutional lawyer ..., was less generous." = summary line, no row.
U(d, "He said the notion of a confidence vote \"denied in fact\" had no basis in the text", "future presidents could abuse.",
  ("Felipe Arancibia", C, neg, "Peru", "speaker carried from the previous sentence; judges the dissolution's legal basis"))
U(d, "Arancibia urged both sides to let the Constitutional Court rule", "any further step.",
  ("Felipe Arancibia", T, neu, "", "appeal to both sides for restraint pending the court = calling_for_talks"))
# "Polls published on Tuesday showed more than 80% ..." = figures from no actor, no row.
U(d, "Paraguay: The government of Mario Abdo Benítez called on Peru's political forces", "of the democratic order.",
  ("Paraguay", T, neu, "", "appeal for consensus and against a rupture, no judgement = calling_for_talks"))
U(d, "Canada: Global Affairs Canada was monitoring the situation in Peru closely", "a spokesperson said.",
  ("Canada", N, neu, "", "monitoring with no appeal = neutral; attribution tail"))
