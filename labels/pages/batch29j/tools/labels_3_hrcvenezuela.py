# ------------------------------------------------------------------ HRC 45: interactive dialogue with the Fact-Finding Mission on Venezuela (UN meetings coverage, 2020-09-23)
d = "page_hrc45_venezuela_ffm2020_unmeetings.txt"
# Not statements: banner, breadcrumb, session header, document symbol, headline, crossheads, the opening narration
# ("The Human Rights Council this afternoon held ..."), the schedule line, disclaimer, related documents, footer.
U(d, "MARTA VALIÑAS, Chair of the Fact-Finding Mission, said the Mission had examined 223 cases", "committed since 2014.",
  ("United Nations", N, neu, "", "Council-mandated mission = United Nations; figures and method = neutral"))
U(d, "She said the Mission had reasonable grounds to believe that extrajudicial executions", "or failed to act.",
  ("United Nations", C, neg, "Venezuela", "finding of State policy of executions and torture = accusation"))
U(d, "The Mission had written to the Government six times asking for access", "had received no reply.",
  ("United Nations", N, neg, "", "procedural fact of non-cooperation; no judgement word (unsure: could be condemning)"))
U(d, "She urged the Venezuelan authorities to open prompt, independent investigations", "against those responsible.",
  ("United Nations", C, neg, "Venezuela", "appeal to release and investigate joined to asking other jurisdictions to prosecute = a taken/threatened response; unsure: the first half alone would be calling_for_talks"))
U(d, "The representative of Venezuela, speaking as the country concerned, said the report was a piece of propaganda", "never set foot in it.",
  ("Venezuela", C, neg, "United Nations", "rejection of the report as propaganda = judgement of the mission"))
U(d, "He said the Mission had been created by a group of Governments that sought to overthrow", "opponents abroad.",
  ("Venezuela", C, neg, "", "accusation aimed at several unnamed governments -> target empty"))
U(d, "Venezuela was cooperating with the Office of the High Commissioner", "continue to do so.",
  ("Venezuela", N, pos, "", "speaker carried by 'the speaker added'; reassurance about own conduct = neutral"))
U(d, "The representative of the European Union said the findings were deeply disturbing", "isolated excesses.",
  ("European Union", C, neg, "Venezuela", "judgement without a stock word ('a pattern of repression')"))
U(d, "The bloc called on the authorities to end arbitrary detention", "renewal of the Mission's mandate.",
  ("European Union", T, neu, "Venezuela", "'the bloc' = EU; demands of one side with no judgement word + backing of the mandate; unsure: could be supporting United Nations"))
U(d, "Speaking on behalf of a group of countries of the region, the representative of Peru said the report confirmed", "had described.",
  ("Peru", S, pos, "United Nations", "group of unnamed countries -> only Peru's row; endorsement of the report = supporting the mission; unsure: implies a charge against Venezuela"))
U(d, "He said those responsible had to be held to account and that the group would present a resolution", "the Mission's work.",
  ("Peru", C, neg, "", "accountability demand + resolution = a response; target empty ('those responsible')"))
U(d, "The representative of Colombia said Venezuelan security forces had turned the detention system", "keep its doors open to them.",
  ("Colombia", C, neg, "Venezuela", "judgement ('instrument of terror') + hosting migrants: rule 1"))
U(d, "The representative of Brazil said its Government would continue to provide shelter and documents", "in the absence of access.",
  ("Brazil", S, pos, "United Nations", "aid by act + praise of the mission = supporting"))
U(d, "The representative of Argentina said it was concerned by the findings and supported the Mission's work", "end the crisis.",
  ("Argentina", T, neg, "", "concern + support + appeal for a negotiated solution, no judgement: rule 2 before rule 3"))
U(d, "The representative of Mexico said the human rights situation deserved the Council's attention", "closed the door to dialogue.",
  ("Mexico", T, neu, "", "refusal of isolating measures in favour of dialogue = calling_for_talks"))
U(d, "The representative of Cuba said the Mission was illegitimate", "against a sovereign State.",
  ("Cuba", C, neg, "", "judgement of the Council/mission and of an implied intervention; several targets -> empty"))
U(d, "The so-called findings had been ordered in advance by Washington, she said.", "she said.",
  ("Cuba", C, neg, "United States", "accusation of the United States"))
U(d, "The representative of the Russian Federation said his delegation did not recognise the Mission's mandate", "counterproductive.",
  ("Russia", C, neg, "United Nations", "rejection of a format in protest = condemning"))
U(d, "He added that unilateral sanctions were the main cause of the suffering", "lifted immediately.",
  ("Russia", C, neg, "", "blame of sanctions (imposed by unnamed states) -> target empty"))
U(d, "The representative of China said it opposed interference in Venezuela's internal affairs", "within the constitutional framework.",
  ("China", C, neg, "", "'opposed interference ... under the pretext of' = judgement aimed at unnamed states (rule 1 over the hope for dialogue); target empty"))
U(d, "The representative of Nicaragua said it stood in solidarity with the Bolivarian Government", "people of Venezuela.",
  ("Nicaragua", S, pos, "Venezuela", "solidarity = supporting"))
U(d, "The representative of the United Kingdom said the report was a damning record of abuse", "keep the Mission working.",
  ("United Kingdom", C, neg, "Venezuela", "judgement of Venezuela's abuses + support of the mandate: rule 1"))
U(d, "Germany, in a statement delivered by its Ambassador, said it shared the Mission's alarm", "intelligence services.",
  ("Germany", N, neg, "", "alarm with no appeal = neutral"))
U(d, "The representatives of Canada, Australia and Switzerland, in a joint statement, welcomed the report", "immediate access.",
  ("Canada", T, neu, "Venezuela", "joint statement by a list: one row per state; welcome + appeal for access, no judgement: rule 2 before rule 3"),
  ("Australia", T, neu, "Venezuela", "same joint statement"),
  ("Switzerland", T, neu, "Venezuela", "same joint statement"))
U(d, "The representative of the Syrian Arab Republic said the report was selective and politicised", "rejected it.",
  ("Syria", C, neg, "United Nations", "rejection + judgement of the report"))
U(d, "The representative of Belarus said its delegation would vote against any text that singled out Venezuela.", "singled out Venezuela.",
  ("Belarus", N, neu, "", "announced vote with no judgement stated = neutral (unsure: opposition in protest could be condemning)"))
U(d, "Amnesty International said the report should end any doubt about the nature of the repression", "universal jurisdiction.",
  ("Amnesty International", C, neg, "Venezuela", "judgement ('the repression') + call for prosecutions"))
U(d, "Human Rights Watch said the findings justified a referral to the International Criminal Court", "for two years.",
  ("Human Rights Watch", C, neg, "Venezuela", "call for an ICC referral = call for a punitive measure = condemning"))
U(d, "Ms. Valiñas thanked delegations for their engagement", "at any time.",
  ("United Nations", N, pos, "", "thanks + readiness to visit = procedural, positive tone"))
