# ------------------------------------------------------------------ Vinatier sentenced in Moscow (state news agency dispatch, 2024-10-14)
d = "page_russia_vinatier_verdict2024_stateagency.txt"
# Not statements: agency masthead, language bar, menu, rubric, headline, dateline "MOSCOW, October 14. /ROSVESTNIK/.",
# photo caption + credit, crossheads ("Kremlin: courts decide", "Reaction in Paris"), tags, Read also, copyright, 18+.
U(d, "The Zamoskvoretsky District Court of Moscow on Monday found French citizen Laurent Vinatier", "reported from the courtroom.",
  ("Russia", C, neu, "Laurent Vinatier", "court verdict = a measure of the state against the defendant (person, new actor); the agency's dry register -> neutral tone; the correspondent is not an actor"))
U(d, "Judge Natalya Cheprasova, announcing the verdict, stated", "in the territory of the Russian Federation.",
  ("Russia", C, neu, "Laurent Vinatier", "judge = the state's court; finding of guilt (mitigating factors noted)"))
# "The verdict has not yet entered into legal force." = narration, no row.
U(d, "According to the case materials, the defendant, over a number of years", "against the security of the country.",
  ("Russia", C, neg, "Laurent Vinatier", "the prosecution's case (reported speech via 'according to') = accusation"))
U(d, "The Federal Security Service of the Russian Federation had earlier stated", "on defence matters.",
  ("Russia", C, neg, "Laurent Vinatier", "FSB = state agency -> Russia; accusation of questioning people on defence matters"))
U(d, "The state prosecutor had asked the court to sentence Vinatier", "defence capability of the country.",
  ("Russia", C, neu, "Laurent Vinatier", "prosecutor's request for a prison term = a measure sought"))
U(d, "In his final statement, delivered in Russian, Vinatier said", "remained unchanged.",
  ("Laurent Vinatier", N, neu, "", "the defendant speaks for himself: admission of guilt, regret, attachment to Russia; no judgement or appeal"))
# "He concluded his speech by reciting a poem by Alexander Pushkin from memory." = narration (act without a position), no row.
U(d, "The defence had asked the court to limit the punishment to a fine.", "to a fine.",
  ("Laurent Vinatier", N, neu, "", "the defence speaks for its client; a procedural request, no judgement"))
U(d, "The defendant's lawyer, Oleg Bessonov, told journalists after the hearing", "to the Moscow City Court.",
  ("Laurent Vinatier", C, neg, "Russia", "lawyer speaking for his client = the client's actor (as in earlier batches); 'disproportionate' prison term = negative judgement of the court's verdict (unsure: could be neutral, a lawyer's routine plea)"))
U(d, "Press Secretary of the President of the Russian Federation Dmitry Peskov, answering a question", "to the judicial authorities.",
  ("Russia", N, neu, "", "no comment on court decisions = procedural position"))
U(d, "Asked whether Moscow and Paris were in contact on the fate of the French citizen", "discussed through the media.",
  ("Russia", N, neu, "", "non-committal answer on contacts; neither confirms talks nor rejects them"))
U(d, "Official Representative of the Ministry of Foreign Affairs of the Russian Federation Maria Zakharova, commenting", "on freedom of information.",
  ("Russia", C, neg, "France", "'Paris ... was in no position to instruct' + the Durov case = rebuke/judgement; Paris = metonym"))
U(d, "\"Those who come to Russia to work must observe Russian laws", "the diplomat stressed.",
  ("Russia", N, neg, "", "two-sentence quote closed by 'the diplomat' (= Zakharova); defence of the law and an implicit denial that the case is political = neutral, negative tone"))
U(d, "She added that the Russian side had not received from Paris any requests", "could be called respectful.",
  ("Russia", C, neg, "France", "'the Russian side' = Russia; implies Paris has been disrespectful = judgement (unsure: could be neutral, a statement about contacts)"))
U(d, "The Ministry for Europe and Foreign Affairs of France, in a statement distributed earlier in the day", "released without delay.",
  ("France", C, neg, "Russia", "'out of all proportion' = judgement of Russia's sentence; demand for release (rule 1: judgement wins)"))
U(d, "The French ministry also attacked the Russian law on foreign agents itself", "muzzling dissent.",
  ("France", C, neg, "Russia", "the law called an instrument for muzzling dissent = judgement"))
U(d, "French Foreign Ministry spokesperson Christophe Lemoine told journalists in Paris", "at every level.",
  ("France", T, neu, "Russia", "will keep raising the case with the Russian authorities = diplomatic course, no judgement in the sentence"))
U(d, "The French Embassy in Moscow reported that its consul had attended the hearing", "consular assistance to its national.",
  ("France", S, neu, "Laurent Vinatier", "consular assistance provided = backing by act for its national"))
U(d, "In June, French President Emmanuel Macron, speaking on television, rejected suggestions", "called for his release.",
  ("France", T, neg, "Russia", "denial (neutral) + plain call for release with no judgement word = calling_for_talks, negative (labels/README: a demand without a judgement word)"))
U(d, "The Centre for Humanitarian Dialogue, the Geneva-based organisation where Vinatier worked", "reunited with his family.",
  ("Centre for Humanitarian Dialogue", C, neg, "Russia", "'regretted the verdict' = judgement (labels/README: 'regrettable'); mild; plus work for his release (unsure: could be calling_for_talks)"))
# "Vinatier was detained in Moscow on June 6." = narration, no row.
U(d, "In September, at the opening of the trial, he pleaded guilty.", "he pleaded guilty.",
  ("Laurent Vinatier", N, neu, "", "the plea = the defendant's own act and position (admission), no judgement"))
# "Under Article 330.1 ... up to five years of imprisonment." = narration (the law), no row.
U(d, "Chairman of the State Duma Commission on Investigating Foreign Interference", "information about our country\".",
  ("Russia", C, neg, "", "Duma commission chairman = Russia (as a parliament committee chair in earlier pages); warning to unnamed 'foreign structures' = threat/judgement; target empty"))
U(d, "Political analyst Yevgeny Startsev, associate professor", "on other subjects.",
  ("Yevgeny Startsev", N, neu, "", "invented analyst, person; forecast without judgement"))
U(d, "\"Paris is trying to turn an ordinary criminal case into a political one", "the expert said.",
  ("Yevgeny Startsev", C, neg, "France", "closed by 'the expert' (= Startsev); accuses Paris of politicising the case = judgement; Quai d'Orsay = metonym for the French MFA"))
# "Relations between Russia and France have deteriorated sharply ... 'Kyiv regime' ..." = the agency's own narration
# (loaded wording, but an outlet is not an actor), no row.
