# ------------------------------------------------------------------ Senegal's election postponement (full HTML, West African site, 2024-02-16)
d = "page_senegal_election_webpage.html"
U(d, "Senegal's Constitutional Council on Thursday struck down", "contrary to the constitution.",
  ("Senegal", N, neu, "", "dateline 'DAKAR — ' excluded; the council is a state organ ruling on its own state's acts: a ruling, not a judgement on another actor (target would be the actor itself); unsure"))
U(d, "In its decision, the council said it was no longer possible", "as soon as possible.",
  ("Senegal", T, neu, "", "procedure + request to its own state's authorities to hold the vote soon: an appeal for an institutional course (batch convention, as for the other election-date appeals), target empty as in batch3g's Peru ombudsman; unsure (could be neutral)"))
U(d, "The presidency said in a statement on Friday that Sall intended", "set a new date.",
  ("Senegal", N, pos, "", "commitment about its own conduct"))
U(d, "In a televised address on February 3, Sall had said", "disqualification of candidates.",
  ("Senegal", N, neu, "", "own decision and its reason, no judgement on another actor"))
U(d, "Government spokesman Abdou Karim Fofana had defended the delay", "stay in office.",
  ("Senegal", N, neu, "", "justification of the government's own act"))
U(d, "\"Nobody in this government wants one more day in power.", "earlier this week.",
  ("Senegal", N, pos, "", "multi-sentence quote closed by its speaker = one unit; reassurance about own conduct"))
U(d, "Khalifa Sall, a former mayor of Dakar and one of the 19 approved candidates", "faith in the republic.",
  ("Khalifa Sall", S, pos, "Senegal", "candidate speaking for himself; praise of the Constitutional Council (a state organ) -> target Senegal"))
U(d, "He demanded that the vote be held before April 2", "term expires.",
  ("Khalifa Sall", T, neu, "Senegal", "demand for an electoral date, no judgement: read as an appeal for an institutional course (batch convention), unsure"))
U(d, "Leaders of PASTEF, the party of jailed opposition figure Ousmane Sonko", "be prosecuted.",
  ("PASTEF", C, neg, "Senegal", "party tied to Sonko by context; accusation of killings by the security forces (state) -> rule 1"))
U(d, "The party is backing Bassirou Diomaye Faye", "was approved.",
  ("PASTEF", S, pos, "", "'The party' = PASTEF; backing a candidate (a person, not a canonical actor) -> target empty"))
U(d, "The Senegalese Democratic Party, whose candidate Karim Wade was disqualified", "taken note of the ruling.",
  ("Senegalese Democratic Party", N, neu, "", "'taken note' = neutral"))
U(d, "The party maintained, however, that the council's vetting", "two of its judges.",
  ("Senegalese Democratic Party", C, neg, "Senegal", "accusation that the council's vetting was corrupted + push for an inquiry"))
U(d, "The civil society collective Aar Sunu Election", "before April 2.",
  ("Aar Sunu Election", T, neu, "Senegal", "march called to demand an election date: peaceful demand for an institutional course, no judgement in the sentence; unsure (could be neutral)"))
U(d, "Amnesty International said the deaths had to be investigated", "against demonstrators.",
  ("Amnesty International", C, neg, "Senegal", "condemns excessive force (rule 1 over the call for an investigation)"))
U(d, "The interior ministry has said the security forces acted within the law", "under investigation.",
  ("Senegal", N, neg, "", "'the interior ministry' = Senegal by context; denial"))
U(d, "The Economic Community of West African States, which had urged Dakar", "to implement it.",
  ("ECOWAS", T, pos, "Senegal", "welcome + appeal to implement the ruling in one sentence: rule 2 before rule 3 (appeal for a peaceful institutional course); Dakar = Senegal"))
U(d, "Moussa Faki Mahamat, who chairs the African Union Commission", "as soon as possible.",
  ("African Union", T, neu, "Senegal", "appeal for consultation and dialogue"))
U(d, "In Washington, the State Department said the United States welcomed", "Senegal's institutions.",
  ("United States", S, pos, "Senegal", "welcome, no appeal; Washington = place"))
U(d, "France's foreign ministry said it had taken note of the decision", "as soon as possible.",
  ("France", T, pos, "Senegal", "'taken note' (neutral) + hope that the vote is held: hope -> calling_for_talks"))
U(d, "Foreign Minister Ismaïla Madior Fall, a professor of constitutional law", "the judges decided.",
  ("Senegal", N, pos, "", "reassurance about the government's own conduct"))
