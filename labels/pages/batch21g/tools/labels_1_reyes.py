# ------------------------------------------------------------------ Colombia's raid on the Reyes camp in Ecuador (Latin American wire copy, 2008-03-05)
d = "page_reyes_raid_wire.txt"
# No rows: headline, byline, photo captions ("Photo 1 of 4"), the three bullets, ADVERTISEMENT, "Related:" links,
# crossheads (REGION TAKES SIDES, WASHINGTON BACKS BOGOTA, WHAT COMES NEXT), reporting credits, copyright, tags,
# most read, share bar, newsletter prompt.
U(d, "The Organization of American States declared on Wednesday", "back from the edge.",
  ("Organization of American States", C, neg, "Colombia", "long lead; dateline excluded; the council's finding that the raid breached Ecuador's sovereignty = a judgement on Colombia's act, even without the word 'condemn'"),
  ("Ecuador", C, neg, "Colombia", "'the explicit condemnation Quito had pressed for' (Quito = metonym) + 'hailed' the finding: the demand for a condemnation decides (rule 1)"),
  ("Colombia", S, pos, "Organization of American States", "'both governments hailed' the finding: Colombia's welcome of the OAS text, no judgement of its own"))
U(d, "After a special session that began on Tuesday afternoon", "bring them back together.",
  ("Organization of American States", T, neu, "", "principle recalled without naming anyone + a commission to bring the two back together = convening, calling_for_talks"))
U(d, "Insulza told reporters that the commission", "on March 17.",
  ("Organization of American States", N, neu, "", "Secretary-General: composition, travel and reporting dates = procedure"))
U(d, "\"A week ago nobody in this hemisphere imagined tanks", "Insulza said after the vote.",
  ("Organization of American States", T, pos, "", "multi-sentence quote closed by its speaker; approval of the consensus + appeal to the presidents to lower their voices: welcome + peace appeal, no judgement = calling_for_talks (rule 2 before 3)"))
U(d, "Ecuador's Foreign Minister Maria Isabel Salvador called the text a victory", "gave today was no.\"",
  ("Ecuador", C, neg, "Colombia", "welcome of the resolution + a quote opened after a colon: 'drop bombs on us and then call it self-defence' = judgement without stock words; welcome + judgement = condemning (rule 1)"))
U(d, "Colombia's envoy to the OAS, Camilo Ospina, said Bogota had joined the consensus", "their side of the line.",
  ("Colombia", C, neg, "", "acceptance + 'would take no lessons … from neighbours who had allowed the FARC' = a judgement (rule 1); aimed at Ecuador and Venezuela together -> target empty"))
# "The crisis began before dawn on Saturday ..." and "Raul Reyes, the rebels' chief spokesman ..." : background narration, no row.
U(d, "Colombian Defence Minister Juan Manuel Santos, who announced Reyes' death", "before they crossed.",
  ("Colombia", N, pos, "", "own strike reported as done + own account of the firefight; self-praise of the result, no judgement of another actor"))
U(d, "Ecuadorean President Rafael Correa rejects that account, saying", "from the south.",
  ("Ecuador", C, neg, "Colombia", "denial of Colombia's version + an accusation made by describing the attack on sleeping people: the accusation decides"))
U(d, "Since Sunday Quito has expelled Colombia's ambassador", "northern border.",
  ("Ecuador", C, neg, "Colombia", "measures by act: expulsion, broken relations, troops; 'Quito' = metonym"))
# "Reactions across South America came quickly, and most of them leaned toward Quito." : summary line, no row.
# "Correa, who began a tour of regional capitals in Lima on Tuesday, has made the same case at every stop." : summary line before the quote, no row.
U(d, "\"An apology sent on a Sunday morning", "where he met President Luiz Inacio Lula da Silva.",
  ("Ecuador", C, neg, "Colombia", "multi-sentence quote closed by 'Correa said'; apology dismissed + demand = judgement (rule 1); Brasilia = place, Lula = object"))
U(d, "In a note issued after the meeting, Itamaraty said", "account for properly.",
  ("Brazil", C, neg, "Colombia", "'Itamaraty' = Brazil's foreign ministry (metonym); 'grave breach' + still has to account = judgement"))
U(d, "Brazilian Foreign Minister Celso Amorim said Brazil was ready", "Insulza's commission.",
  ("Brazil", T, neu, "", "offer to help both sides talk + seat on the commission; refuses to judge = calling_for_talks, target empty (both sides)"))
U(d, "Lula himself told reporters he hoped", "the month was out.",
  ("Brazil", T, pos, "", "hope of a handshake = calling_for_talks; Correa and Uribe are objects, not speakers"))
U(d, "In Caracas, Venezuelan President Hugo Chavez kept up his attacks on Uribe", "a danger to their neighbours.",
  ("Venezuela", C, neg, "Colombia", "'puppet of Washington' + troops kept at the border as a threat; Caracas = place, Washington = object"))
U(d, "\"Our quarrel is not with the people of Colombia", "Chavez said on state television.",
  ("Venezuela", C, neg, "Colombia", "multi-sentence quote closed by its speaker; 'nobody should test us' = threat"))
U(d, "Venezuela's foreign ministry ordered Colombia's ambassador", "embassy in Bogota.",
  ("Venezuela", C, neg, "Colombia", "expulsion of diplomats = measure against another side"))
# "Bogota has answered with files rather than troops." : summary line (the outlet's), no row.
U(d, "Colombia's national police chief, General Oscar Naranjo, said on Monday", "an envoy of Correa's government.",
  ("Colombia", C, neg, "", "the police chief speaks for the state; accusation of Venezuela and Ecuador together (target empty)"))
U(d, "Foreign Minister Nicolas Maduro said Venezuela had never handed", "only about freeing hostages.",
  ("Venezuela", N, neg, "", "denial (Maduro = Venezuela in the name files)"),
  ("Ecuador", N, neg, "", "second denial in the same sentence, by the government as a body"))
U(d, "Uribe went further on Tuesday, saying he would ask the International Criminal Court", "commit genocide.",
  ("Colombia", C, neg, "Venezuela", "Uribe as president speaks for Colombia (his own name-file entry is for his later, private role); announced legal action + accusation of Chavez"))
U(d, "On Sunday, Colombia's Foreign Minister Fernando Araujo had sent Quito", "Ecuador's dignity.",
  ("Colombia", N, neu, "", "apology while justifying the act: no judgement, no appeal; reassurance about its own intent = neutral (unsure: could be read as a conciliatory call_for_talks)"))
U(d, "U.S. President George W. Bush spoke to Uribe by telephone", "America's full backing.",
  ("United States", S, pos, "Colombia", "backing of Colombia's right to defend itself"))
U(d, "He also chided Venezuela for massing troops", "according to a White House transcript.",
  ("United States", C, neg, "Venezuela", "pronoun subject (Bush); 'chided … made the region less safe' = judgement; attribution tail"))
U(d, "At the State Department, spokesman Sean McCormack said Washington", "lower the temperature.",
  ("United States", T, neu, "", "appeal to all three governments, OAS channel"))
U(d, "At the United Nations, spokeswoman Michele Montas said", "through dialogue.",
  ("United Nations", T, neg, "", "UN spokesperson note: concern + appeal = calling_for_talks"))
U(d, "In Paris, French Foreign Minister Bernard Kouchner said France was worried", "meant for the hostages.",
  ("France", N, neg, "", "concern without an appeal = neutral, negative; Paris = place"))
U(d, "The FARC's secretariat, in a communique published on Monday", "humanitarian exchange.",
  ("FARC", C, neg, "Colombia", "'murdered' + accusation of Uribe (Uribe = Colombia)"))
U(d, "\"Nobody in Quito or Caracas is planning a war.", "Fundacion Paz y Frontera.",
  ("Lucia Restrepo Aguilar", N, neg, "", "analyst under her own name; multi-sentence quote on risks closed by the speaker's name and role; no judgement, no appeal; Quito and Caracas = places"))
U(d, "Gerald Fairbrother, a former U.S. diplomat who served in Quito", "a compromise harder.",
  ("Gerald Fairbrother", C, neg, "Colombia", "former official under his own name: 'wrong to do it on someone else's soil' = a judgement (the US embrace is criticised in passing)"))
U(d, "\"The economic stakes will eventually do the calming.", "said Fairbrother.",
  ("Gerald Fairbrother", N, neg, "", "multi-sentence quote closed by surname: interests and scenario, no judgement"))
# The fruit seller in Lago Agrio is an unnamed resident: no row.
