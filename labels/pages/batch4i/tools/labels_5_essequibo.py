# ------------------------------------------------------------------ Venezuela's Essequibo referendum (full HTML, Caribbean paper, 2023-12-04)
d = "page_essequibo_referendum_webpage.html"
U(d, "Venezuela's electoral authorities said on Monday that voters had overwhelmingly approved", "two-thirds of its territory.",
  ("Venezuela", N, neu, "", "results announced by a state body = neutral; long sentence with background narration"))
U(d, "National Electoral Council president Elvis Amoroso said more than 10.5 million votes", "95 per cent support.",
  ("Venezuela", N, neu, "", "figures from a state body = neutral"))
U(d, "Addressing supporters in Caracas, President Nicolás Maduro called the result", "occupied illegally.",
  ("Venezuela", C, neg, "Guyana", "self-praise + accusation of illegal occupation: rule 1; Caracas a place"))
U(d, "Foreign Minister Yván Gil said Caracas did not recognise the jurisdiction", "by its decisions.",
  ("Venezuela", C, neg, "International Court of Justice", "rejecting a body's jurisdiction in protest = refusing a format (condemning); unsure (could be neutral)"))
U(d, "Gil denied that his government had any plan to use force", "were invented.",
  ("Venezuela", N, neg, "", "denial = neutral, negative tone; surname only"))
U(d, "On Friday, the court ordered Venezuela to refrain", "case is heard.",
  ("International Court of Justice", T, neu, "Venezuela", "specific act reported as done; provisional measure to preserve the status quo = peaceful course, no judgement; 'the court' by context"))
U(d, "In Georgetown, Vice-President Bharrat Jagdeo said the low turnout", "had failed.",
  ("Guyana", C, neg, "Venezuela", "'the exercise had failed' = judgement without stock words; Georgetown a place"))
U(d, "\"Most Venezuelans stayed at home.", "at a press conference.",
  ("Guyana", C, neg, "Venezuela", "multi-sentence quote closed by its speaker = one unit; mockery of Maduro's result; target = Maduro's government"))
U(d, "President Irfaan Ali told the nation in a broadcast that Guyana's borders remained secure", "with partners.",
  ("Guyana", N, neu, "", "reassurance and own readiness, no judgement or appeal = neutral"))
U(d, "He said the government would continue to rely on the court", "trouble at home.",
  ("Guyana", C, neg, "Venezuela", "'He' = Ali; reliance on the court + 'sign of desperation' judgement: rule 1"))
U(d, "Foreign Minister Hugh Todd said Georgetown had briefed its partners", "before the court.",
  ("Guyana", T, pos, "", "commitment to a peaceful settlement; Georgetown = Guyana"))
U(d, "The Caribbean Community reaffirmed its full support", "as CARICOM chairman.",
  ("CARICOM", S, pos, "Guyana", "chair speaking in the body's name = CARICOM (guide); object before the speaker, attribution tail"))
U(d, "Commonwealth Secretary-General Patricia Scotland said the organisation stood with Guyana", "peaceful means.",
  ("Commonwealth", T, pos, "Venezuela", "solidarity + appeal to comply and settle peacefully, no judgement: rule 2 before rule 3 (labels/README: welcome with a peace appeal = calling_for_talks); unsure (could be supporting, target Guyana)"))
U(d, "Trinidad and Tobago's Prime Minister Keith Rowley said the Caribbean must remain", "before the court.",
  ("Trinidad and Tobago", T, neu, "Venezuela", "appeal for peace and the court route, no judgement; Caracas = Venezuela"))
U(d, "Barbados Prime Minister Mia Mottley said Bridgetown stood shoulder to shoulder", "people of Guyana.",
  ("Barbados", S, pos, "Guyana", "solidarity; Bridgetown = Barbados"))
U(d, "Organization of American States Secretary General Luis Almagro called the vote", "own failures.",
  ("Organization of American States", C, neg, "Venezuela", "'regrettable manoeuvre' = judgement without stock words"))
U(d, "In Washington, State Department spokesman Matthew Miller said the United States supported a peaceful resolution", "decided differently.",
  ("United States", T, neu, "", "appeal for a peaceful resolution + legal position, no judgement of anyone"))
U(d, "David Rutley, Britain's minister for the Americas and the Caribbean, said", "as settled.",
  ("United Kingdom", S, pos, "Guyana", "backing of Guyana's territorial integrity"))
U(d, "Brazil's defence ministry said it had stepped up defensive actions", "state of Roraima.",
  ("Brazil", N, neu, "", "own military measure with no judgement of anyone and no target = neutral (contrast: an operation announced against another side would be condemning)"))
U(d, "President Luiz Inácio Lula da Silva, speaking on the sidelines", "on both sides.",
  ("Brazil", T, pos, "", "hope that good sense prevails = calling_for_talks; well-known office holder"))
U(d, "Venezuela's opposition Unitary Platform said the government had organised the vote", "economic crisis.",
  ("Unitary Platform", C, neg, "Venezuela", "opposition accusing its own government; target = the Maduro government (Venezuela)"))
U(d, "In Lethem, on the border with Brazil, shopkeeper Marcia Fredericks said residents were calm.", "residents were calm.",
  ("Marcia Fredericks", N, neu, "", "invented named resident = independent person; observation without position"))
U(d, "\"We have lived next to Venezuela all our lives.", "she said.",
  ("Marcia Fredericks", T, pos, "", "hope for peace on both sides = calling_for_talks; two-sentence quote closed by 'she said'"))
