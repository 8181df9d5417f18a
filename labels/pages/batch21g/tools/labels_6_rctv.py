# ------------------------------------------------------------------ Venezuela's non-renewal of RCTV's licence (Latin American news site, full HTML, 2007-06-04)
d = "page_rctv_licence_latamsite.html"
# No rows: top bar, logo, menu, LATEST ticker, section label, headline, summary, meta/time, figcaption, crossheads,
# ADVERTISEMENT, "Related:", tags, share, newsletter box, comments, most read, footer.
U(d, "The United States on Monday asked the Organization of American States to send its secretary-general", "main political forum.",
  ("United States", T, neu, "", "long lead: a request for a fact-finding visit, no judgement in this sentence = calling_for_talks (demand for an inquiry, batch5c rule); addressed to the OAS about Venezuela -> target empty"),
  ("Venezuela", C, neg, "United States", "'an angry reply from Caracas' (Caracas = metonym) = a reply in protest; its content follows"))
U(d, "Secretary of State Condoleezza Rice used her speech to the OAS General Assembly", "in retreat.",
  ("United States", C, neg, "Venezuela", "'proof that press freedom … was in retreat' = judgement without stock words; Panama City = place"))
U(d, "\"A free press is not a favour that governments grant", "she said.",
  ("United States", C, neg, "Venezuela", "quote following its lead-in in the same paragraph, closed by 'she said': taking a channel off the air over the news = accusation"))
# "Venezuelan Foreign Minister Nicolás Maduro rose immediately to answer her." : narration, no row.
U(d, "He accused Washington of trying to drag the OAS into a campaign", "teach anyone about rights.",
  ("Venezuela", C, neg, "United States", "pronoun subject (Maduro = Venezuela in the name files); accusation + 'no moral standing'"))
U(d, "\"Venezuela decides who uses Venezuela's airwaves, and it will go on deciding,\" Maduro told delegates.", "Maduro told delegates.",
  ("Venezuela", C, neg, "United States", "refusal of the US request in protest, a 'will not bow' line without stock words (unsure: could be a neutral sovereignty statement)"))
U(d, "Only El Salvador spoke up for the U.S. proposal", "formal agenda.",
  ("El Salvador", S, neu, "United States", "backing of the US proposal reported by delegates (a specific act)"))
U(d, "The OAS secretary-general, José Miguel Insulza, told reporters after the session", "before doing anything.",
  ("Organization of American States", N, neu, "", "the secretary-general on the procedure (consent required, consultation) = neutral"))
# "RCTV went off the air at midnight on May 27 …" and "Soldiers took control of RCTV's transmitters … under a Supreme Court order …" : background narration of the event, no row.
U(d, "Communication Minister William Lara has said that RCTV's concession simply ran out", "community producers.",
  ("Venezuela", N, neu, "", "justification as a legal procedure, no judgement"))
U(d, "President Hugo Chávez, who announced in December that the licence would not be renewed", "in April 2002.",
  ("Venezuela", C, neg, "RCTV", "accusation of helping organise the coup"))
U(d, "Lara also said last week that the government would take legal action", "the president's life.",
  ("Venezuela", C, neg, "", "announced legal action + accusation against two channels (Globovisión and CNN) -> target empty"))
U(d, "Globovisión's director, Alberto Federico Ravell, said the accusation was false", "against anyone.",
  ("Globovisión", N, neg, "", "denial = neutral, negative"))
U(d, "Marcel Granier, RCTV's president, said the company would fight the decision", "human rights system.",
  ("RCTV", N, neu, "", "a legal challenge announced = plan through courts (no judgement word in this sentence; unsure)"))
U(d, "\"They did not close a channel because of a legal technicality.", "Granier said.",
  ("RCTV", C, neg, "Venezuela", "multi-sentence quote closed by surname: closed 'because it would not stay quiet' = accusation"))
# "Thousands of university students have marched …" : narration, no row.
U(d, "The interior ministry said on Sunday that dozens of police officers", "already been released.",
  ("Venezuela", N, neu, "", "figures on injured police and detainees, no blame"))
U(d, "Chávez said in his Sunday broadcast that the students were being used", "into a battlefield.",
  ("Venezuela", C, neg, "", "accusation of the opposition and Washington + warning: two actors -> target empty"))
U(d, "Yon Goicoechea, a law student who has become one of the most visible faces", "no foreign sponsor.",
  ("Yon Goicoechea", N, neg, "", "student leader under his own name; denial of party or foreign backing = neutral, negative"))
U(d, "\"We will keep marching peacefully, and we are asking the government to sit down", "Central University of Venezuela.",
  ("Yon Goicoechea", T, neu, "Venezuela", "appeal to the government to talk = calling_for_talks"))
U(d, "The U.S. Senate had already passed, without objection, a resolution", "asked the OAS to respond.",
  ("United States", C, neg, "Venezuela", "the Senate is a body of the US state (Senators as in the guide); 'an attack on free expression' = judgement, specific act reported"))
U(d, "The European Union, in a statement issued by its German presidency, said it was concerned", "media landscape plural.",
  ("European Union", T, neg, "Venezuela", "concern + expectation addressed to Venezuela, no judgement word = calling_for_talks (unsure: 'without an open procedure' is a criticism)"))
U(d, "Brazil's Senate approved a motion asking Chávez to reconsider", "written in Washington.",
  ("Brazil", T, neu, "Venezuela", "the Senate as a body of the Brazilian state: a request to reconsider, no judgement = calling_for_talks"),
  ("Venezuela", C, neg, "Brazil", "reported position inside the same sentence: Chávez accuses Brazilian senators of parroting Washington"))
U(d, "The president of the Brazilian Senate, Renan Calheiros, demanded an apology", "Brazil's Congress.",
  ("Brazil", C, neg, "Venezuela", "'an insult' = judgement + demand for an apology"))
U(d, "President Luiz Inácio Lula da Silva, speaking in Brasília, said the licence", "cool down quickly.",
  ("Brazil", T, pos, "", "non-interference + hope that the quarrel cools = calling_for_talks; both sides -> target empty; Brasília = place"))
U(d, "Reporters Without Borders and the Inter American Press Association both described the closure", "editorial line.",
  ("Reporters Without Borders", C, neg, "Venezuela", "joint position of two press-freedom groups: 'punishment' = judgement"),
  ("Inter American Press Association", C, neg, "Venezuela", "same sentence, second group"))
U(d, "José Miguel Vivanco, Americas director at Human Rights Watch, said", "silencing critics.",
  ("Human Rights Watch", C, neg, "Venezuela", "judgement of the licensing power used against critics"))
U(d, "\"The state does own the spectrum, and concessions do expire.", "private university in Caracas.",
  ("Elena Marcano Rivas", N, neg, "", "academic under her own name; multi-sentence quote closed by name + role: legal assessment, no judgement word (the unusual procedure is described, not condemned)"))
U(d, "She expected the next test to be Globovisión", "and by cable.",
  ("Elena Marcano Rivas", N, neu, "", "pronoun subject; scenario"))
U(d, "\"If the government moves against it, the argument about a legal expiry disappears.", "political purge of the airwaves.\"",
  ("Elena Marcano Rivas", N, neg, "", "quote continued in the same paragraph without a verb of saying: conditional scenario, no judgement"))
U(d, "Thomas Ridgeway, a senior fellow for the Andean region", "on a member state.",
  ("Thomas Ridgeway", N, neu, "", "analyst under his own name: the odds at the OAS, no judgement"))
U(d, "\"The smart move for Washington would have been to let Brazil, Chile and Mexico lead", "Ridgeway said.",
  ("Thomas Ridgeway", T, neg, "", "tactical criticism of Washington (not an explicit judgement) + appeal to both capitals to tone it down = calling_for_talks; two actors -> target empty"))
