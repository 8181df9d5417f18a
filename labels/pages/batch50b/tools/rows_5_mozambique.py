from common import Page
P = Page("page_mozambique_azagaia_march2023_liveblog.html")
DOC = P.doc
S = P.S
MZ, AI, QG, CDD = "Mozambique", "Amnesty International", "Quitéria Guirrengane", "Centre for Democracy and Development (Mozambique)"
MDM = "Democratic Movement of Mozambique"
ROWS = [
(S("Young people who gathered to sing the songs of an artist"), AI, "condemning", "negative", MZ, "two-sentence quote closed by Gil; 'nothing ... comes close to justifying' = judgement of the police response (police = Mozambique)"),
(S("Gil said everyone still held for joining the marches"), AI, "calling_for_talks", "negative", MZ, "demand for release and an investigation, no judgement word in this sentence"),
(S("Frelimo said it rejected violence from whatever quarter"), "Frelimo", "calling_for_talks", "negative", "", "rejecting violence from any side (aimed at no one) = appeal, like 'opposes any escalation'; sympathy for the injured"),
(S("But the ruling party said some people were trying to use Azagaia's name"), "Frelimo", "condemning", "negative", "", "accuses unnamed people of exploiting the rapper's memory -> target empty"),
(S("the general command of the Police of the Republic of Mozambique (PRM) said officers had intervened"), MZ, "condemning", "negative", "", "justifies its action by describing the marchers' stone-throwing: an accusation of the other side (guide rule 4); marchers are not an actor -> target empty (unsure: could be neutral self-justification)"),
(S("The command said those detained would be handed over"), MZ, "neutral", "neutral", "", "procedure"),
(S("Renamo's spokesman, José Manteigas, said the party condemned"), "Renamo", "condemning", "negative", MZ, "condemns the police treatment and demands that the commander-general name who gave the order"),
(S("Renamo's leader, Ossufo Momade, said separately"), "Renamo", "neutral", "neutral", "", "plan to raise the matter in parliament"),
(S("Today the State was afraid of a funeral song."), MDM, "condemning", "negative", MZ, "Simango's Facebook post, sentence by sentence; Lutero Simango = MDM leader (alias added in new_actors.csv); 'the State' = Mozambique"),
(S("A government that sends armoured cars against mourners"), MDM, "condemning", "negative", MZ, "second sentence of the post: judgement of the government"),
(S("The Mozambican Bar Association said it had sent lawyers"), "Mozambican Bar Association", "condemning", "negative", MZ, "'no basis in the Constitution' = judgement of the detentions (rule 1 over the legal aid)"),
(S("The European Union's delegation in Maputo said on Twitter"), "European Union", "calling_for_talks", "negative", MZ, "concern + appeal to respect peaceful assembly, no judgement"),
(S("The US Embassy had earlier sent a security alert"), "United States", "neutral", "neutral", "", "security advice to its citizens: procedure"),
(S("Quitéria Guirrengane, one of the organisers, said at least seven"), QG, "neutral", "negative", "", "figures of detained and injured, no blame stated in this sentence"),
(S("Guirrengane said the organisers would file a complaint"), QG, "condemning", "negative", MZ, "legal complaint against the officers = a measure against them (police = Mozambique)"),
(S("Tear gas and dogs against young people singing Povo no Poder"), CDD, "condemning", "negative", MZ, "embedded post of the CDD; the State = Mozambique"),
(S("The centre's director, Adriano Nuvunga, told us by phone"), CDD, "condemning", "negative", MZ, "Nuvunga = CDD; blames the police for the disorder"),
(S("A police officer at the scene told him the unit had received instructions"), MZ, "neutral", "neutral", "", "unnamed officer of a named body (the police) speaks for it; fact of the order"),
(S("A spokesperson for the Maputo Municipal Council told us"), MZ, "neutral", "neutral", "", "municipal council (local government) resolves to the state, as provincial officials do (labels/README); facts (unsure: could be left without an actor)"),
(S("One student, who asked us not to use his name"), "", "neutral", "negative", "", "unnamed student: no actor; his account"),
(S("We came with our phones and our voices, nothing else"), "", "condemning", "negative", MZ, "unnamed student: two-sentence quote, judgement of the police; kept as an example with an empty actor"),
(S("Nobody told us the march was banned"), QG, "condemning", "negative", MZ, "two-sentence quote closed by Guirrengane; accuses the police of breaking up a notified march"),
]
# Left without a row: standfirst, key-event list, entry headings, time stamps, captions, embeds' footers,
# the blog's own narration ("Police have fired tear gas...", "Our reporter saw...", "In Beira, our correspondent ... reports",
# "The statement did not mention the use of tear gas or dogs.", "We have not been able to confirm these figures independently."),
# intro lines to quotes and posts, "Guirrengane ... was furious." (description), the welcome entry (background).
ROWS.insert(17, (S("He said the centre would pay the legal costs"), CDD, "supporting", "positive", "",
 "'He' = Nuvunga; offers legal aid to those charged (not an actor) -> target empty"))
