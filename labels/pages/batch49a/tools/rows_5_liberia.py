# page 5: Liberia, verdict in the Paris trial of ex-ULIMO commander Kunti Kamara (live blog, 2 November 2022)
DOC = "page_liberia_kuntikamara_verdict2022_liveblog.html"
L = "Liberia"; F = "France"; K = "Kunti Kamara"; GJ = "Global Justice and Research Project"; CM = "Civitas Maxima"
US = "United States"; PJ = "Prince Yormie Johnson"
ROWS = [
 ("Human Rights Watch said the conviction showed that survivors of Liberia's wars could still obtain justice, and urged the Liberian government to set up the war crimes court recommended by the Truth and Reconciliation Commission in 2009.",
  "Human Rights Watch", "calling_for_talks", "positive", L, "welcome of the verdict + appeal to one government for a court, no judgement -> calling_for_talks (rule 2 before 3, labels/README)"),
 ("Liberia's Ministry of Foreign Affairs said in a short statement that the Government had taken note of the verdict delivered in Paris.",
  L, "neutral", "neutral", "", "taking note = no position; 'Paris' is a place"),
 ("The statement said Liberia remained committed to addressing the recommendations of the Truth and Reconciliation Commission within the framework of its laws.",
  L, "neutral", "neutral", "", "restated own policy, no appeal"),
 ("Kunti K is convicted.",
  GJ, "neutral", "positive", "", "embedded post with no closing speaker, split into sentences; Bility = GJRP (alias in actors.csv); fact told with evident satisfaction"),
 ("For the first time a Liberian commander has been found guilty of crimes against humanity.",
  GJ, "neutral", "positive", "", "fact in Bility's post"),
 ("This verdict belongs to the women and men of Foya who told their stories to strangers in a foreign court.",
  GJ, "supporting", "positive", "", "praise of the witnesses, not an actor -> target empty"),
 ("Next, it must be Liberia's turn to try its own.",
  GJ, "calling_for_talks", "neutral", L, "appeal to Liberia for domestic trials, no judgement word"),
 ("A second member of the defence team said an appeal was likely, and argued that the jury had convicted a man on memories thirty years old without a single piece of physical evidence.",
  K, "condemning", "negative", F, "defence lawyer speaks for the client (as blind42a's lawyer rows); criticism of the French court's verdict (unsure: could be neutral as a denial)"),
 ("Alain Werner, the director of the Geneva-based group Civitas Maxima, which filed the complaint that led to Kamara's arrest in 2018, said the verdict belonged first to the witnesses who had travelled from Lofa to testify.",
  CM, "supporting", "positive", "", "new actor (organisation); praise of the witnesses -> target empty"),
 ('"For thirty years the people of Foya were told that what was done to them did not count. Today a court said the opposite, and it said it clearly," Werner told reporters outside the courtroom.',
  CM, "supporting", "positive", F, "multi-sentence quote; approval of the French court's verdict (unsure on the target)"),
 ("The Paris Assize Court has found Kunti Kamara guilty of complicity in crimes against humanity and of acts of torture and barbarism, and has sentenced him to life imprisonment.",
  F, "condemning", "negative", K, "a national court's verdict = the state (as other batches); conviction = judgement + sanction"),
 ("Presiding judge Thierry Fusina told Kamara, who showed no emotion as the verdict was read, that he had ten days to appeal.",
  F, "neutral", "neutral", "", "procedure"),
 ("Following today's verdict day in the #KuntiKamara trial in Paris.",
  US, "neutral", "neutral", "", "embedded post split into sentences; ambassador-at-large = United States; no position"),
 ("Cases brought under universal jurisdiction help make sure that atrocity crimes do not go unpunished.",
  US, "supporting", "positive", "", "approval of universal-jurisdiction trials in general -> target empty (unsure: could be target France)"),
 ("The United States stands with Liberia's survivors in their long search for justice.",
  US, "supporting", "positive", "", "solidarity with survivors, not an actor"),
 ("Back in Monrovia, Nimba County Senator Prince Johnson, the former rebel leader whose name appears on the Truth and Reconciliation Commission's list of people it recommended for prosecution, told a local radio station that the trials abroad were selective and would only reopen old wounds.",
  PJ, "condemning", "negative", "", "new actor (person); 'selective' = judgement of trials held in several foreign states -> target empty; 'Monrovia' is a place"),
 ('"They are chasing small boys in Europe and calling it justice. Liberia chose peace, and those who want to drag us back into the past do not love this country," Johnson said.',
  PJ, "condemning", "negative", "", "multi-sentence quote; judgement of foreign courts and of the campaigners, several -> target empty"),
 ("A spokesman at the Ministry of Information in Monrovia told The Mirror that the Government was following the trial and respected the independence of the French courts.",
  L, "neutral", "neutral", "", "unnamed spokesman of a named ministry = Liberia; monitoring + respect for another state's courts, no position on the case"),
 ("Speaking to us by phone from Paris, Hassan Bility said the mere fact that Liberian victims had been heard in a European courtroom should embarrass Liberia's own lawmakers, who had done nothing for nineteen years.",
  GJ, "condemning", "negative", L, "Bility = GJRP; judgement of Liberia's legislature (state organ) -> target Liberia"),
 ("He urged President George Weah to send a bill creating a war and economic crimes court to the Legislature before the end of the year.",
  GJ, "calling_for_talks", "neutral", L, "appeal to the head of state for a legal course, no judgement word in the unit"),
 ("We stand with the survivors from Foya who crossed the world to testify in the #KuntiKamara trial.",
  CM, "supporting", "positive", "", "solidarity with survivors, not an actor"),
 ("A reminder of where things stand: in their closing arguments, the prosecutors asked the jury to sentence Kamara to life imprisonment, telling the court that he had used terror as a method of control over the civilians of Foya.",
  F, "condemning", "negative", K, "French prosecutors = France; accusation + requested life sentence"),
 ("The defence argued that the case rested entirely on the recollections of witnesses three decades after the events, and that Kamara had been a fighter on the front line, not a commander in the town.",
  K, "neutral", "negative", "", "defence = the accused; denial of the charges -> neutral, negative tone"),
 ('"I did not do what these witnesses describe. I was at the front, fighting, not in the town hurting civilians. I ask you to see that," Kamara told the court through an interpreter.',
  K, "neutral", "negative", "", "multi-sentence quote; denial -> neutral, negative tone"),
]
# no row: 'Verdict day in Paris.' (first sentence of Civitas Maxima's post: no position); 'That's where we will end our live coverage ...'; 'Kamara's lead lawyer, Marilyne Secci, left the courtroom without
# speaking to reporters.' (narration, no position); 'It is the first conviction of a Liberian ...' (newsroom narration);
'He declined to say whether the Government would now send a war crimes court bill to the Legislature.'
# (declining to answer = no position); lead-ins ('... has posted this on Facebook:', '... has posted on Twitter:', '... has posted
# this message:'); 'Given the last word before the jury withdrew, Kamara again rejected the charges.' (summary line before his
# quote); the deliberation and welcome entries (narration, background on the charges); headings, key events, related, furniture.
