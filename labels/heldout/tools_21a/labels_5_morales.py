# ------------------------------------------------------------------ Evo Morales resigns, flies to Mexico; Áñez claims the interim presidency (scraped Latin American regional site, 2019-11-12)
d = "page_morales_exit_regional.txt"
U(d, "Evo Morales arrived in Mexico City on Tuesday to take up political asylum", "half-empty legislature.",
  ("Bolivia", N, neu, "", "lead: Áñez's self-proclamation = the new head of state's own act, no evaluation (Bolivia, as interim president on the page's date; unsure); Morales's arrival is narrative"))
U(d, "Áñez, the second vice-president of the Senate, took over as head of the upper house", "Movement for Socialism (MAS).",
  ("Bolivia", N, neu, "", "assumption of office reported as done, no judgement"),
  ("Movement for Socialism", N, neg, "", "boycott of the session with no protest or reason stated in the sentence = neutral (guide rule 4)"))
U(d, "\"The country needs certainty, and it needs it tonight.", "she told the session.",
  ("Bolivia", N, pos, "", "multi-sentence quote closed by its speaker; plan for elections = neutral, positive"))
U(d, "Speaking on the tarmac in Mexico City, Morales thanked the government of Andrés Manuel López Obrador", "another night in Bolivia.",
  ("Movement for Socialism", S, pos, "Mexico", "after resigning, Morales = Movement for Socialism (name files alias); gratitude = approval"))
U(d, "He said he had been driven out by a coup carried out by civic leaders and mutinous police", "had no legitimacy.",
  ("Movement for Socialism", C, neg, "", "'coup' + 'no legitimacy' = judgement; aimed at several (civic leaders, police, army, new authorities) -> target empty"))
U(d, "Morales went on:", "burning houses.",
  ("Movement for Socialism", C, neg, "", "quotation opened after a colon and left open at the paragraph end; accusation by describing attacks"))
U(d, "\"Bolivia has not seen the last of us. We will organise from here,\" he said.", "\"Bolivia has not seen the last of us. We will organise from here,\" he said.",
  ("Movement for Socialism", N, neg, "", "quotation continued in the next paragraph; a vow about its own plans, no judgement = neutral"))
U(d, "Mexican Foreign Minister Marcelo Ebrard, who met Morales at the airport, said Mexico had granted him asylum", "for him to stay.",
  ("Mexico", S, neu, "Movement for Socialism", "asylum = protection given (supporting); Morales = MAS"))
U(d, "Ebrard described Sunday's events as a coup", "when to go.",
  ("Mexico", C, neg, "Bolivia", "'coup' = judgement aimed at 'the military', named in the sentence; an army speaks for its state (guide) -> Bolivia"))
U(d, "He also said the Organization of American States had kept quiet", "emergency meeting of the body.",
  ("Mexico", C, neg, "Organization of American States", "accusation (silence while a president was pushed out) + demand for a session; 'the body' = OAS"))
U(d, "Argentina's outgoing Foreign Minister Jorge Faurie said on Monday", "stepped in to govern.",
  ("Argentina", N, neu, "", "rejects the 'coup' label with a reason = a denial-like assessment, no judgement of an actor = neutral (unsure)"))
U(d, "The Argentine foreign ministry had earlier asked Bolivians of every political stripe", "rules for the handover.",
  ("Argentina", T, neu, "", "appeal for peace, dialogue and a constitutional transition; many addressees -> target empty"))
U(d, "President-elect Alberto Fernández, who takes office on December 10", "must not accept it.",
  ("Frente de Todos", C, neg, "", "president-elect does not yet speak for Argentina: his coalition (unsure); 'coup' + 'must not accept it'; no canonical target"))
U(d, "In Brasilia, President Jair Bolsonaro dismissed the coup claims", "set off the crisis.",
  ("Brazil", C, neg, "Movement for Socialism", "denial of the coup claim + accusation of fraud: the judgement decides (rule 1); the fraud charge and the 'leftist talking point' aim at Morales's side = MAS (name files); Brasilia = place"))
U(d, "The governments of Venezuela and Cuba condemned what they called a coup", "having a hand in it.",
  ("Venezuela", C, neg, "United States", "list of two states; Venezuela also accuses Washington (Caracas = metonym) -> target United States"),
  ("Cuba", C, neg, "", "same list; coup condemnation with no named perpetrator -> target empty"))
U(d, "The White House called Morales' exit good news for democracy", "President Donald Trump's name.",
  ("United States", S, pos, "Bolivia", "praise of Bolivia's armed forces = approval; White House = United States"))
U(d, "It said the events should be read in Caracas and Managua as a warning.", "It said the events should be read in Caracas and Managua as a warning.",
  ("United States", C, neg, "", "'It' = the White House; warning = threat aimed at two governments (metonyms) -> target empty"))
U(d, "A State Department official said Washington expected an interim leader", "within 90 days.",
  ("United States", N, neu, "", "unnamed official of a named government; expectation about the procedure = neutral"))
U(d, "Russia's foreign ministry said it was worried by events in Bolivia", "coup prepared in advance.",
  ("Russia", C, neg, "", "worry + blame on the opposition + 'coup prepared in advance' (judgement); opposition is not a single canonical actor -> target empty"))
U(d, "It urged Bolivian politicians of all camps to keep their heads", "within the constitution.",
  ("Russia", T, neu, "", "'It' = Russia's foreign ministry; appeal for a constitutional way out, no judgement"))
U(d, "The OAS, whose audit published on Sunday found serious irregularities", "in Washington on Tuesday.",
  ("Organization of American States", N, neg, "", "audit findings + recommendation + own meeting = facts and procedure (unsure: the findings could be read as an accusation)"))
U(d, "At the session, Secretary General Luis Almagro said", "October count.",
  ("Organization of American States", C, neg, "Movement for Socialism", "OAS Secretary General = OAS; accusation against Morales's former government (Morales = MAS in the name files; unsure target)"))
U(d, "UN Secretary-General Antonio Guterres asked Bolivians on all sides to keep the peace", "his spokesman said.",
  ("United Nations", T, neu, "", "appeal to all, no judgement; attribution tail"))
U(d, "Bolivia's ombudsman's office said several people had been killed", "final figure.",
  ("Bolivia", N, neu, "", "state ombudsman = Bolivia; casualty figures without blame = neutral, neutral tone; the reader comments get no rows"))
