# ------------------------------------------------------------------ Colombia's national strike and the police response (Latin American site, full HTML, 2021-05-06)
d = "page_colombia_strike_latamsite.html"
U(d, "The United Nations human rights office said on Tuesday that police in Cali", "President Iván Duque.",
  ("United Nations", C, neg, "Colombia", "dateline excluded; long lead: OHCHR (= United Nations) accuses the police (= Colombia) of firing on demonstrators, the wave of criticism and the revolt narrated"))
# no row: "The government withdrew the bill on Sunday and Finance Minister Alberto Carrasquilla resigned ..." (domestic narration, no position towards anyone)
U(d, "Speaking to reporters in Geneva, the office's spokeswoman Marta Hurtado said", "harassed and threatened.",
  ("United Nations", C, neg, "Colombia", "'the office' = OHCHR by context; documented shootings by officers = accusation; Geneva = place"))
U(d, "Hurtado urged the authorities to restore calm", "in immediate danger.",
  ("United Nations", T, neg, "Colombia", "surname only; demand to one side with no judgement word = talks (labels README)"))
U(d, "In New York, the UN secretary-general's spokesman Stéphane Dujarric said", "with deep concern.",
  ("United Nations", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "The European Union found the killing of protesters unacceptable", "said on Tuesday.",
  ("European Union", C, neg, "", "judgement without the stock verb ('found ... unacceptable') + accountability; attribution tail; no actor named as perpetrator -> target empty"))
U(d, "Stano said the EU welcomed Duque's offer", "take part in it peacefully.",
  ("European Union", T, pos, "", "welcome + peace appeal with no judgement: rule 2 before rule 3"))
U(d, "The General Secretariat of the Organization of American States", "public buses.",
  ("Organization of American States", C, neg, "", "rejects disproportionate force and condemns the arson in one text: judgements aimed at two sides -> target empty"))
U(d, "The organisation's human rights body, the Inter-American Commission", "since April 28.",
  ("Organization of American States", T, neg, "Colombia", "IACHR = OAS (name files); reports of disappearances + a demand to the state, no judgement word = talks (unsure: could be read as an accusation)"))
# no row: "The United States, Colombia's closest ally, chose its words with care." (the outlet's summary line)
U(d, "In a statement issued on Tuesday, deputy State Department spokeswoman Jalina Porter", "killed in the protests.",
  ("United States", S, neg, "", "condolences to the victims' families = supporting (grief: negative tone); target empty (families, not an actor)"))
U(d, "Porter said peaceful protest was a right in any democracy", "no more lives were lost.",
  ("United States", C, neg, "", "judgement of looting and attacks ('were not protest') + restraint appeal to the forces: rule 1; target empty (the rioters are no canonical actor) (unsure: mild)"))
U(d, "Washington also credited the Duque government", "through dialogue.",
  ("United States", S, pos, "Colombia", "backing by approval of the pledge and of the government's course; Washington and Bogotá = metonyms"))
U(d, "In a televised address on Tuesday night, Duque said he would convene", "starting this week.",
  ("Colombia", T, pos, "", "offer of a national dialogue = talks"))
U(d, "He drew a line, though: \"There will be no tolerance", "against them.\"",
  ("Colombia", C, neg, "", "quote opened after a colon; threat of using 'all its legitimate tools' against rioters = condemning, target empty"))
U(d, "Defence Minister Diego Molano said the attacks on police posts", "port of Buenaventura.",
  ("Colombia", C, neg, "", "accusation of FARC dissidents and the ELN (two groups; the dissidents are not the canonical FARC) -> target empty"))
U(d, "He said hundreds of police officers had been injured", "in support of the police.",
  ("Colombia", N, neu, "", "'He' = Molano; figures and deployment in war vocabulary, no judgement"))
U(d, "The National Police said its internal affairs office", "suspended from street duty.",
  ("Colombia", N, neu, "", "own disciplinary procedure reported as done"))
U(d, "The ombudsman's office, an independent state body, said it had recorded", "still unknown.",
  ("Colombia", N, neu, "", "ombudsman = a state organ -> Colombia (unsure: an independent body); figures without blame (neutral tone, per the guide)"))
U(d, "Temblores, a Bogotá-based group that monitors police abuse", "since the strike began.",
  ("Temblores", C, neg, "Colombia", "NGO under its own name; accuses officers (= Colombia) of killings and arrests"))
U(d, "The National Strike Committee, which brings together", "withdrawn from the streets.",
  ("National Strike Committee", T, neu, "Colombia", "conditional offer of talks = talks (labels README)"))
U(d, "Francisco Maltés, president of the CUT union federation", "enemies to be shot at.",
  ("National Strike Committee", C, neg, "Colombia", "union leader speaking as one of the committee's spokesmen; quote opened after a colon and left open to the next paragraph"))
U(d, "\"It answered a peaceful strike with tear gas and bullets", "he said.",
  ("National Strike Committee", C, neg, "Colombia", "quote continued in the next paragraph and closed by 'he said'; holds the government responsible"))
U(d, "Former president Álvaro Uribe, the leader of Duque's party, had called", "glorifying violence.",
  ("Álvaro Uribe", C, neg, "", "own actor in the name files; backing the forces' use of weapons against 'vandal terrorism' = a judgement on the rioters (rule 1), target empty; Twitter's removal is narration"))
# no row: the Siloé nursing student (unnamed resident)
U(d, "Argentina's President Alberto Fernández said on Twitter", "for the sake of human rights.",
  ("Argentina", C, neg, "Colombia", "leader on social media; 'repression' = judgement + appeal: rule 1"))
U(d, "Colombia's foreign ministry replied in a statement that the Argentine leader had overstepped", "right to protest.",
  ("Colombia", C, neg, "Argentina", "judgement without stock words ('overstepped, lecturing a sovereign democracy') + own reassurance"))
U(d, "Human Rights Watch's Americas director, José Miguel Vivanco", "stop the killings.",
  ("Human Rights Watch", C, neg, "Colombia", "judgement of the police (= Colombia) + demand for reform"))
# no row: "Analysts said the withdrawal of the tax bill had come too late ..." (unnamed)
U(d, "\"The government thought pulling the bill would empty the streets", "Centre for Social Conflict Studies.",
  ("Natalia Cárdenas Vélez", N, neg, "", "independent analyst; multi-sentence quote closed by the speaker; causes and interests, no judgement"))
U(d, "She said the most likely scenario was weeks of rolling blockades", "economic agenda later.",
  ("Natalia Cárdenas Vélez", N, neg, "", "scenario, no appeal addressed to anyone"))
U(d, "\"What we are seeing is the result of a choice", "Cárdenas said.",
  ("Natalia Cárdenas Vélez", C, neg, "Colombia", "judgement: 'the government owns that decision'"))
U(d, "Gabriel Whitcombe, a senior fellow at the Washington-based", "US security assistance.",
  ("Gabriel Whitcombe", N, neu, "", "interests of Washington, no judgement"))
U(d, "\"If the images keep coming, Democrats in Congress", "shamed into it.",
  ("Gabriel Whitcombe", T, neg, "Colombia", "scenario + 'the best way out for Bogotá was to invite the Commission' = appeal (attribution tail with 'adding')"))
# no rows: captions, related links, crossheads, credits, tags, newsletter, comments, most read
