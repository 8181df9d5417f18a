# ------------------------------------------------------------------ Sao Tome and Principe: the July 2003 coup (West/Central African news site, full HTML, 2003-07-18)
d = "page_saotome_coup2003_westafricasite.html"
# Not statements: nav, breadcrumb, kicker, headline, standfirst, byline, figcaptions, ADVERTISEMENT, crossheads,
# Related line, tags, share, newsletter, readers' comments, most read, footer.
U(d, "Nigeria's President Olusegun Obasanjo and the chairman of the African Union", "in the Nigerian capital.",
  ("Nigeria", S, pos, "Fradique de Menezes", "dateline excluded; pledge to work for the ousted president's return = backing"),
  ("African Union", S, pos, "Fradique de Menezes", "Chissano as AU chairman speaks for the AU; same pledge (one row per actor)"))
# "Troops led by Major Fernando Pereira seized ..." = narration, no row.
U(d, "The officers, who call themselves the Military Junta for the Consolidation of Democracy, said", "promised to a few.",
  ("Sao Tome and Principe", C, neg, "Fradique de Menezes", "a junta speaks for its state (guide); its communique judges the ousted government"))
U(d, "Pereira told Portuguese radio on Friday", "remain in power himself.",
  ("Sao Tome and Principe", N, neu, "", "junta leader's plans (elections), no evaluation"))
U(d, "The junta also asked African governments to stay out of the affair", "among themselves.",
  ("Sao Tome and Principe", N, neu, "", "objection to outside intervention with no judgement stated = neutral (unsure)"))
U(d, "Speaking at his hotel in Abuja, which has become the headquarters", "had been pumped.",
  ("Fradique de Menezes", C, neg, "Sao Tome and Principe", "ousted president = person actor (as Zelaya, Ravalomanana in actors.csv); accuses the junta of serving oil interests"))
U(d, "\"I am not asking anyone to send soldiers to my country.", "he said.",
  ("Fradique de Menezes", T, neu, "", "multi-sentence quote: asks for talks with the officers and a peaceful restoration, no military force"))
U(d, "His spokesman, Guillaume Neto, denied reports", "by Nigerian troops.",
  ("Fradique de Menezes", N, neg, "", "spokesman speaks for the ousted president; denial = neutral, negative"))
U(d, "Obasanjo, with de Menezes at his side", "allow it to stand.",
  ("Nigeria", C, neg, "Sao Tome and Principe", "'an insult to the whole continent' = judgement of the junta's act"))
U(d, "Nigeria's presidency later said armed soldiers had been posted", "on the islands.",
  ("Nigeria", C, neg, "Sao Tome and Principe", "holds the officers 'personally answerable' = warning/threat"))
U(d, "Obasanjo's spokeswoman, Remi Oyo, said on Friday", "give up peacefully.",
  ("Nigeria", T, neu, "Sao Tome and Principe", "no troops, persuasion instead = peaceful course"))
U(d, "Nigeria has sent a special envoy to meet the junta", "the envoy's aircraft in.",
  ("Nigeria", T, neu, "Sao Tome and Principe", "envoy sent to talk to the junta = mediation by act"),
  ("Sao Tome and Principe", T, neu, "Nigeria", "the junta agrees to receive the envoy = agrees to talks"))
U(d, "Chissano, who took over the AU chair in Maputo only last week, said", "as a government.",
  ("African Union", C, neg, "Sao Tome and Principe", "AU chair in the Union's name; 'turned their backs' + refusal to sit with them = judgement"))
U(d, "He has asked Sao Tome's Central African neighbours", "for the Union.",
  ("African Union", T, neu, "", "asks neighbours to lead contacts with the junta = mediation"))
U(d, "Gabon's President Omar Bongo offered to host talks", "a Gabonese government spokesman said.",
  ("Gabon", T, pos, "", "offer to host talks between both camps"))
U(d, "South Africa's Department of Foreign Affairs said Pretoria", "against it.",
  ("South Africa", C, neg, "Sao Tome and Principe", "refuses dealings with the junta and backs AU measures against it = measure/refusal in protest"))
U(d, "Angola, which helped the islands through an earlier army revolt in 1995, said", "recognise the junta.",
  ("Angola", C, neg, "Sao Tome and Principe", "'grave setback' + non-recognition; long sentence with background clause"))
U(d, "Portugal, the former colonial power, said the coup was unacceptable", "restored quickly.",
  ("Portugal", C, neg, "Sao Tome and Principe", "'unacceptable' + threatened review of cooperation"))
U(d, "Foreign ministers of the Community of Portuguese Language Countries", "their own member states.",
  ("Community of Portuguese Language Countries", C, neg, "Sao Tome and Principe", "'a blow against democracy' = judgement"))
U(d, "The ministers decided to send a mission to Sao Tome", "constitutional rule.",
  ("Community of Portuguese Language Countries", T, neu, "", "'the ministers' = the CPLP ministers; mission to work with the mediators"))
U(d, "Foreign Minister Mateus Meira Rita, the only member of the cabinet", "Sao Tomeans courage.",
  ("Fradique de Menezes", S, pos, "Community of Portuguese Language Countries", "the ousted government's foreign minister speaks for the ousted president's camp (unsure); thanks = praise"))
U(d, "In Washington, State Department spokesman Richard Boucher said the United States condemned", "restore the elected government.",
  ("United States", C, neg, "Sao Tome and Principe", "condemned + demand: the judgement decides (rule 1)"))
U(d, "Boucher said Washington backed the mediation", "African Union.",
  ("United States", S, pos, "", "backing of a mediation led by two actors -> target empty"))
U(d, "United Nations Secretary-General Kofi Annan, through his spokesman, called for", "guaranteed.",
  ("United Nations", T, neg, "Sao Tome and Principe", "demand for restoration addressed to the junta with no judgement word (labels/README) = calling_for_talks"))
# "Related: ..." = link titles, no row.
U(d, "Adaeze Okonkwo, a Gulf of Guinea specialist", "was no accident.",
  ("Adaeze Okonkwo", N, neg, "", "invented analyst; reading of the timing, no explicit judgement"))
U(d, "\"These officers have gambled that nobody will fight", "Okonkwo said.",
  ("Adaeze Okonkwo", C, neg, "Sao Tome and Principe", "'badly misread their neighbours' = judgement of the junta"))
U(d, "She said the most likely outcome was a negotiated return", "to step aside.",
  ("Adaeze Okonkwo", T, neu, "", "forecast + appeal to the mediators (several) on the terms of a settlement"))
U(d, "Celestino Vaz, a lawyer reached by telephone in Sao Tome, said", "reopened on Friday.",
  ("Celestino Vaz", N, neu, "", "invented resident; scene description"))
U(d, "\"People here are angry about salaries and prices", "Vaz said.",
  ("Celestino Vaz", C, neg, "Sao Tome and Principe", "'done to us, not for us' = judgement of the junta's act"))
