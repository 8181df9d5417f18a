# ------------------------------------------------------------------ US boat strikes, Colombia and Venezuela (live blog, scraped, 2025-10-20)
d = "page_caribbean_boatstrikes_liveblog.txt"
# No rows: masthead, menu, LIVE badge, headline, last updated, editors, key-point bullets, share prompt, timestamps and
# entry headings, ADVERTISEMENT, "Related:", "Show earlier updates", topics, newsletter, most viewed, copyright.
# No row: "Colombian President Gustavo Petro has answered Trump again on X, this time at length." (lead-in, no position)
U(d, "He said Colombia had never been a narco-state under his government", "any before it.",
  ("Colombia", N, neg, "", "'He' = Petro; denial + self-praise about his own record = neutral"))
U(d, "\"Call me what you like.", "he wrote.",
  ("Colombia", C, neg, "United States", "three-sentence quote closed by 'he wrote'; 'anyone who bombs fishermen' = the US by context (Trump's post); judgement"))
U(d, "He added that Colombia would defend its sovereignty", "treated Colombia as an equal.",
  ("Colombia", T, neu, "United States", "conditional offer of direct talks = calling_for_talks (Washington = metonym inside the condition)"))
U(d, "A White House spokeswoman told reporters that the Colombian president's accusations", "once he withdrew them.",
  ("United States", C, neg, "Colombia", "'untrue and insulting' = a judgement of the other side's president (more than a bare denial) + a condition"))
U(d, "She added that the US valued its ties with the Colombian people", "their present leaders.",
  ("United States", S, pos, "Colombia", "'She' = the spokeswoman; friendliness toward the people with a jab at the leaders (unsure: could be neutral)"))
U(d, "Colombia's foreign ministry has recalled its ambassador in Washington", "statements of the US president.",
  ("Colombia", C, neg, "United States", "recalling the envoy in protest, with the grievance stated = condemning; Washington = place"))
U(d, "The ministry said in a statement that Colombia would not accept threats", "at home and abroad.",
  ("Colombia", C, neg, "United States", "'The ministry' = Colombia's; rejection of 'threats' = judgement of the US"))
# No row: the correspondent's report from Bogotá (the outlet) and the people she quotes (unnamed).
U(d, "Ecuador's government has freed the Ecuadorian man who survived", "repatriated on Saturday.",
  ("Ecuador", N, neu, "", "own act reported as done; no judgement of the US"))
U(d, "The prosecutor's office in Quito said there was no evidence", "receiving medical care.",
  ("Ecuador", N, neu, "", "prosecutor's office = Ecuador (state body); Quito = place; legal finding, no judgement (unsure: implicitly undercuts the US claim)"))
U(d, "Colombia's interior minister Armando Benedetti said he would face prosecution", "evidence against him.",
  ("Colombia", N, neu, "", "procedure = neutral; 'he' = the Colombian survivor (the preceding sentence is narration)"))
U(d, "Venezuela's Foreign Minister Yván Gil said on state television that the strikes", "against his country.",
  ("Venezuela", C, neg, "United States", "'extrajudicial executions' + accusation of a military plan; state television is only the channel"))
U(d, "\"The boats are the excuse.", "Gil said.",
  ("Venezuela", C, neg, "", "two-sentence quote closed by the surname; accusation with no actor named in the unit -> target empty"))
U(d, "Defence Minister Vladimir Padrino López announced that the armed forces would hold new exercises", "placed on alert.",
  ("Venezuela", N, neg, "", "own defensive measures, no operation against another side announced = neutral (unsure: could be read as a threat)"))
U(d, "Trinidad and Tobago's Prime Minister Kamla Persad-Bissessar, one of the few leaders", "post on Sunday night.",
  ("Trinidad and Tobago", S, pos, "United States", "backing of the US strikes"))
U(d, "She said the traffickers had brought guns and violence to the islands", "no sympathy for them.",
  ("Trinidad and Tobago", C, neg, "", "'She' = Persad-Bissessar; judgement of the traffickers (not a canonical actor) -> target empty"))
U(d, "CARICOM's chairman, in contrast, said the Caribbean must remain a zone of peace", "international law.",
  ("CARICOM", T, neu, "", "role only; the chair speaking in the body's name = CARICOM; appeal for dialogue"))
U(d, "Mexico's President Claudia Sheinbaum said at her morning press conference", "respect international law.",
  ("Mexico", C, neg, "United States", "'did not agree with the strikes' = disapproval of the US act (like 'opposes X's act') + a reminder of the law (unsure: could be calling_for_talks)"))
U(d, "She said she hoped Washington and Bogotá would lower the tone", "through dialogue.",
  ("Mexico", T, pos, "", "hope for dialogue between two others = calling_for_talks; Washington and Bogotá = metonyms as objects; target empty (two parties)"))
# No rows: the analysis entry (the outlet's figures, "Our economics editor"), the unnamed former US diplomat ("told us").
U(d, "US Defence Secretary Pete Hegseth, whose department has been renamed", "lists as a terrorist organisation.",
  ("United States", N, neu, "", "own strike reported as done, no judgement = neutral; the ELN only mentioned; the renaming is background inside the sentence"))
U(d, "He said three men aboard had been killed", "known trafficking route.",
  ("United States", N, neu, "", "'He' = Hegseth; toll and claim = neutral; 'He gave no evidence.' is the outlet's remark (no row)"))
U(d, "\"Anyone running poison to our shores for a terrorist group is a target", "Hegseth wrote.",
  ("United States", C, neg, "", "threat of more strikes against traffickers (not a canonical actor) -> target empty"))
# No row: "The ELN has not commented." and the newspaper's own tally.
U(d, "To recap the events that set off today's row: on Sunday, President Donald Trump wrote", "would stop.",
  ("United States", C, neg, "Colombia", "long sentence with a recap lead-in; 'illegal drug leader' + ending aid = judgement + measure against Colombia"))
U(d, "Trump also warned that if Petro did not close the drug fields", "would not do it gently.",
  ("United States", C, neg, "Colombia", "conditional threat"))
U(d, "Speaking to reporters on Air Force One later, Trump said he would announce tariffs", "Monday or Tuesday.",
  ("United States", C, neg, "Colombia", "announced measure (tariffs) against another state = condemning"))
U(d, "Petro had earlier accused the United States of killing a Colombian fisherman", "in Colombian waters.",
  ("Colombia", C, neg, "United States", "accusation of murder"))
# No rows: Carranza's family (relatives quoted via media, not an actor here), the welcome entry.
U(d, "Russia said last week that the strikes violated international law", "with concern.",
  ("Russia", C, neg, "United States", "'violated international law' = judgement; concern of the Kremlin spokesman in the same sentence; one row per actor"))
