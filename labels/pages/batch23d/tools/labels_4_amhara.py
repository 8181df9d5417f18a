# ------------------------------------------------------------------ Ethiopia: failed Amhara coup, army chief killed (state media, .txt, 2019-06-25)
d = "page_ethiopia_amhara_coupattempt_2019_statemedia.txt"
# Not statements: agency name, language bar, menu, section, time stamp, headline, [PHOTO n/3] captions, ADVERTISEMENT,
# crossheads ("National Mourning", "International Solidarity", "Scholars' views"), Related News, share line, tags,
# subscribe prompt, most read, copyright.
U(d, "The Federal Government has restored full control in the Amhara Regional State", "the Office of the Prime Minister announced.",
  ("Ethiopia", N, neu, "", "lead, dateline excluded; own operation reported as done, no judgement in the sentence"))
U(d, "Press Secretary Negussu Tilahun told journalists that Asaminew had been killed", "were in custody.",
  ("Ethiopia", N, neu, "", "facts of the operation given by the PM's press secretary"))
# "Amhara Regional State President Dr. Ambachew Mekonnen and his adviser ...", "Regional Attorney General ... later died of his
# wounds." and "Hours later in Addis Ababa, ... by his bodyguard." = narration of the killings with no source, no row.
U(d, "In his address to the nation, Prime Minister Dr. Abiy Ahmed described those behind the attacks", "claimed to defend.",
  ("Ethiopia", C, neg, "", "judgement of the plotters (not a canonical actor) -> target empty"))
U(d, "The Prime Minister called on all Ethiopians to stand together", "against another.",
  ("Ethiopia", T, neu, "", "appeal for unity and against communal strife = de-escalation appeal, no judgement"))
U(d, "He paid tribute to General Seare, who was shot while directing", "to this country\".",
  ("Ethiopia", N, pos, "", "tribute to the state's own fallen officer = self-praise, neutral with positive tone"))
U(d, "Press Secretary Negussu Tilahun rejected reports circulating on social media", "calling them baseless.",
  ("Ethiopia", N, neg, "", "denial = neutral, negative"))
U(d, "The Ethiopian National Defence Force warned in a statement", "exploit the situation.",
  ("Ethiopia", C, neg, "", "the army speaks for its state; threat of decisive measures against 'any armed group' -> target empty"))
U(d, "Federal Attorney General Berhanu Tsegu said those who planned", "whoever they are\".",
  ("Ethiopia", C, neg, "", "threat of prosecution against the plotters = threatened measure, target empty"))
U(d, "The Federal Police Commission said a number of suspects had been detained", "suspicious movement.",
  ("Ethiopia", N, neu, "", "arrests reported + request to the public = procedure"))
U(d, "The House of Peoples' Representatives declared Monday a day of national mourning", "Ethiopian ships.",
  ("Ethiopia", N, neg, "", "parliament's decision = procedure; grief gives the tone"))
U(d, "Speaker Tagesse Chafo said in a statement read on national television", "service of the people\".",
  ("Ethiopia", N, neg, "", "mourning statement, no appeal or judgement"))
U(d, "The Amhara Regional Government declared three days of mourning", "held in Bahir Dar.",
  ("Ethiopia", N, neg, "", "regional government resolves to the state; mourning and funeral plan"))
U(d, "The Amhara Democratic Party (ADP), which governs the region, condemned the killings", "did not speak for them.",
  ("Amhara Democratic Party", C, neg, "", "condemnation of the plotters (not an actor) -> target empty"))
U(d, "The National Movement of Amhara (NaMA) condemned the attacks", "families of the victims.",
  ("National Movement of Amhara", C, neg, "", "condemnation + condolences (rule 1)"))
U(d, "The party also rejected suggestions on social media that it had links", "with the plotters.",
  ("National Movement of Amhara", N, neg, "", "'the party' = NaMA; denial = neutral, negative"))
U(d, "The Tigray People's Liberation Front (TPLF) sent condolences", "full truth would be known.",
  ("Tigray People's Liberation Front", T, neg, "", "condolences + call for an investigation = like a demand for an inquiry (calling_for_talks); no judgement word"))
U(d, "The Ethiopian Human Rights Commission urged security forces to respect", "before a court.",
  ("Ethiopian Human Rights Commission", T, neu, "Ethiopia", "appeal for the protection of detainees' rights, no judgement"))
U(d, "African Union Commission Chairperson Moussa Faki Mahamat strongly condemned", "people of Ethiopia.",
  ("African Union", C, neg, "", "condemnation of the coup attempt + solidarity (rule 1); the plotters are not an actor -> target empty"))
U(d, "United Nations Secretary-General António Guterres condemned the killings", "his spokesman said.",
  ("United Nations", C, neg, "", "condemnation + support for reforms (rule 1)"))
U(d, "IGAD Executive Secretary Mahboub Maalim said the region stood firmly behind Ethiopia", "difficult moment.",
  ("IGAD", S, pos, "Ethiopia", "solidarity = supporting"))
U(d, "The Embassy of the United States in Addis Ababa expressed its condolences", "restore calm.",
  ("United States", S, pos, "Ethiopia", "condolences + backing of the government's efforts"))
U(d, "The European Union called on all Ethiopians to refrain from violence", "peaceful dialogue.",
  ("European Union", T, neu, "", "appeal for non-violence and dialogue"))
U(d, "Kenyan President Uhuru Kenyatta telephoned Prime Minister Abiy", "Ethiopia might need.",
  ("Kenya", S, pos, "Ethiopia", "solidarity + offer of assistance"))
U(d, "President Ismail Omar Guelleh of Djibouti sent a message of condolence", "people of Ethiopia.",
  ("Djibouti", S, pos, "Ethiopia", "condolences from a neighbour = expression of solidarity (unsure: plain condolences could be neutral)"))
U(d, "Eritrea's Minister of Information Yemane Gebremeskel said Asmara stood with", "in their grief.",
  ("Eritrea", S, pos, "Ethiopia", "solidarity; Asmara = metonym"))
U(d, "The Egyptian Ministry of Foreign Affairs expressed the hope", "security and stability.",
  ("Egypt", T, pos, "", "hope that stability returns = calling_for_talks"))
U(d, "Dr. Tesfaye Alemu, a researcher at the Horn of Africa Institute for Peace Studies", "mood of the public\".",
  ("Tesfaye Alemu", N, neg, "", "invented scholar; reading of the plotters' error, no moral judgement"))
U(d, "\"People in Amhara want change, but they want it through the ballot box.", "he said.",
  ("Tesfaye Alemu", N, neu, "", "quote closed by its speaker; reading of public opinion"))
U(d, "He urged political parties to use the coming months", "rather than incitement.",
  ("Tesfaye Alemu", T, neu, "", "appeal for dialogue among parties"))
U(d, "Ato Getachew Belay, a teacher in Bahir Dar, said he had heard heavy gunfire", "on Saturday evening.",
  ("Getachew Belay", N, neu, "", "named witness (invented); account of events"))
