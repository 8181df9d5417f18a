# ------------------------------------------------------------------ Reactions to the impeachment of Dilma Rousseff (Latin American news page in English, full HTML, 2016-09-01)
d = "page_rousseff_impeachment_latamnews.html"
U(d, "Brazil's Senate voted 61 to 20 on Wednesday to remove Dilma Rousseff", "until the end of 2018.",
  ("Brazil", C, neu, "Dilma Rousseff", "the Senate (a state body) removing the president for breaking budget rules = a verdict holding her responsible, reported as done; plain tone (unsure: could be read as narration of a procedure; kept as a row for consistency with the Kyrgyz parliament's votes)"))
U(d, "In a second vote, senators decided by a narrower margin not to bar Rousseff", "many of her opponents.",
  ("Brazil", N, neu, "", "second Senate vote = a procedure reported as done, no evaluation"))
# 'The outcome divided Latin America along familiar lines …' summarises the paragraphs below: no row.
U(d, "At his first cabinet meeting as full president, Temer said there had been no coup", "go unanswered.",
  ("Brazil", N, neg, "", "the sitting president = Brazil; denial of the coup accusation = neutral, negative (unsure: 'not let it go unanswered' could be read as a threatened response)"))
U(d, "In a brief televised address, Temer called on Brazilians to put aside the divisions", "in decades.",
  ("Brazil", T, pos, "", "appeal for reconciliation + offer of dialogue with all political forces = calling_for_talks"))
# 'He left on Wednesday night for the Group of 20 summit' = travel narration: no row.
U(d, "In a speech at the Alvorada palace, Rousseff said the senators had thrown away the votes", "an innocent president.",
  ("Dilma Rousseff", C, neg, "Brazil", "the removed president as her own actor (see README); judgement of the Senate (a Brazilian state body -> target Brazil)"))
U(d, "Her lawyer, former justice minister José Eduardo Cardozo, filed an appeal", "the Senate's decision.",
  ("Dilma Rousseff", N, neu, "", "her lawyer acts for her; a legal procedure reported as done, no evaluation in the sentence"))
U(d, "The Workers' Party said in a statement that it would lead the opposition", "recognise Temer as president.",
  ("Workers' Party", C, neg, "Brazil", "'illegitimate government' + refusal to recognise = condemning"))
# The São Paulo march and the police's tear gas: narration, no named position: no row.
U(d, "Caracas recalled its ambassador for good and suspended political and diplomatic ties", "a coup staged in Congress.",
  ("Venezuela", C, neg, "Brazil", "Caracas = metonym; recall + freezing of relations = measures, with a judgement ('coup') from the foreign ministry"))
U(d, "Ecuador's President Rafael Correa wrote on Twitter that Quito was withdrawing", "Rousseff of treachery.",
  ("Ecuador", C, neg, "Brazil", "recall (measure) + accusation of treachery; Quito = metonym, Brasília = place"))
U(d, "Bolivia's President Evo Morales said he was calling his ambassador home", "voters had chosen.",
  ("Bolivia", C, neg, "Brazil", "Morales as president in 2016 = Bolivia (not declared as an alias: the name files tie 'Evo Morales' to the Movement for Socialism); recall + 'coup'"))
U(d, "Morales added that Bolivians stood with Rousseff and her supporters", "hard times.",
  ("Bolivia", S, pos, "Dilma Rousseff", "surname only; solidarity with the removed president = supporting"))
U(d, "Brazil's foreign ministry, known as Itamaraty, said on Wednesday night", "for consultations in response.",
  ("Brazil", C, neg, "", "recalling ambassadors in response = a measure against three states -> target empty; capitals = places"))
U(d, "Foreign Minister José Serra said the Venezuelan government, which keeps opponents behind bars", "on its own Constitution.",
  ("Brazil", C, neg, "Venezuela", "the foreign minister = Brazil; judgement of Venezuela's government ('keeps opponents behind bars', no standing)"))
U(d, "Cuba's foreign ministry said Rousseff had been ousted by a plot", "Luiz Inácio Lula da Silva.",
  ("Cuba", C, neg, "Brazil", "'ousted by a plot' (judgement) + solidarity with Rousseff and Lula in one sentence: the judgement decides (rule 1)"))
U(d, "El Salvador's President Salvador Sánchez Cerén said the trial had been a political operation", "call its ambassador home.",
  ("El Salvador", C, neg, "Brazil", "'a political operation rather than a legal one' + a possible recall (threatened measure); San Salvador = metonym"))
U(d, "Argentina's government said it accepted the outcome", "not least inside Mercosur.",
  ("Argentina", S, pos, "Brazil", "acceptance of the outcome + will to work closely with the new government = supporting"))
U(d, "Colombia and Paraguay also said they respected the decision taken by Brazil's institutions.", "Colombia and Paraguay also said they respected the decision taken by Brazil's institutions.",
  ("Colombia", S, neu, "Brazil", "list of two states: one row each; respect for the decision = approval, plain tone"),
  ("Paraguay", S, neu, "Brazil", "same sentence, second listed state"))
U(d, "Chile's foreign ministry said it had taken note of the Senate's decision", "their own institutions.",
  ("Chile", T, neu, "", "takes note (neutral) + trust that Brazilians will overcome their differences = hope that stability returns -> calling_for_talks (unsure: could be neutral)"))
U(d, "Uruguay's Foreign Minister Rodolfo Nin Novoa said Montevideo hoped", "within the rule of law.",
  ("Uruguay", T, pos, "", "hope for a return to stability = calling_for_talks; Montevideo = metonym"))
U(d, "The Union of South American Nations, UNASUR, said Rousseff's ouster was worrying", "an emergency meeting of the bloc.",
  ("Union of South American Nations", T, neg, "", "concern + sounding out ministers for an emergency meeting = calling_for_talks (the body convening talks); the secretary-general acts for the bloc"))
U(d, "State Department spokesman John Kirby said Washington expected to keep working closely", "laid down in its Constitution.",
  ("United States", S, pos, "Brazil", "will to keep working with the new government + approval of the institutions' conduct = supporting; Washington = metonym"))
U(d, "Kirby said the United States did not share the view that Rousseff's removal amounted to a coup.", "Kirby said the United States did not share the view that Rousseff's removal amounted to a coup.",
  ("United States", N, neu, "", "surname only; disagreement with another party's claim, no judgement of an actor = neutral (like a denial on Brazil's behalf; unsure)"))
U(d, "A spokesman for UN Secretary-General Ban Ki-moon said the United Nations looked forward", "Brazil's new government.",
  ("United Nations", S, pos, "Brazil", "readiness to keep working with the new government = supporting"))
U(d, "In Beijing, foreign ministry spokeswoman Hua Chunying said the matter was Brazil's internal affair", "stability and development.",
  ("China", N, pos, "", "non-interference + confidence (not a hope or appeal) = neutral, positive (unsure: could be calling_for_talks as a hope for stability)"))
# Market reaction: narration, no row.
