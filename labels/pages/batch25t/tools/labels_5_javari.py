# ------------------------------------------------------------------ Killing of Dom Phillips and Bruno Pereira in the Javari valley (live blog, 2022-06-16)
d = "page_brazil_phillips_pereira_javari2022_liveblog.txt"
# Not statements: site menu, LIVE headline, date/byline line, Key events bullets, refresh line, entry time stamps and
# entry headlines, photo caption with credit and "1 of 6", Related lines, topics, newsletter prompt, most viewed, copyright.
U(d, "That's all from us today.", "up to a week.",
  ("Brazil", N, neu, "", "closing entry; the embedded 'federal police say' = Brazil's timing of the tests (fact)"))
U(d, "Helena Sarmento Braga, an anthropologist at the Federal University of Amazonas", "along the rivers.",
  ("Helena Sarmento Braga", C, neg, "Brazil", "invented scholar (person); killings as 'the foreseeable result of the dismantling of the state's monitoring bases' = judgement of the state without stock words"))
U(d, "\"Every warning was given, in writing, to every office that could have acted.", "she said.",
  ("Helena Sarmento Braga", C, neg, "Brazil", "multi-sentence quote closed by its speaker; 'Nobody acted' = blame of state offices"))
U(d, "Sarmento said the most urgent step now was to put permanent protection", "next name is added.\"",
  ("Helena Sarmento Braga", T, neu, "", "surname only; appeal for protection of the monitoring teams"))
U(d, "Former president Luiz Inácio Lula da Silva, the Workers' Party candidate", "handed over to criminals.",
  ("Workers' Party", C, neg, "Brazil", "candidate speaks for his party; 'a region the federal government had handed over to criminals' = judgement of the government"))
U(d, "Lula promised that, if elected, he would rebuild Funai's presence", "from the first day\".",
  ("Workers' Party", N, pos, "", "campaign pledge = plan, no judgement in the unit"))
U(d, "State Department spokesperson Ned Price said the United States offered its condolences", "held to account.",
  ("United States", T, neu, "Brazil", "condolences + appeal for accountability, no judgement (demand for an inquiry = calling_for_talks, labels/README)"))
U(d, "Greenpeace Brazil said the deaths could not be separated from a federal policy", "Indigenous land.",
  ("Greenpeace", C, neg, "Brazil", "national branch = Greenpeace; judgement of federal policy"))
U(d, "The Committee to Protect Journalists urged Brazil to carry out a thorough", "ordered the killings.",
  ("Committee to Protect Journalists", T, neu, "Brazil", "appeal for an inquiry, no judgement"))
U(d, "A spokesperson for the UK Foreign Office said Britain had offered forensic and consular assistance", "Phillips's family.",
  ("United Kingdom", S, pos, "Brazil", "backing by act: forensic help offered to the Brazilian police"))
U(d, "Earlier, Prime Minister Boris Johnson's official spokesman told reporters in London", "the case closely.",
  ("United Kingdom", N, neu, "", "spokesman named by role; monitoring, no appeal"))
U(d, "The spokesman said the government hoped that those responsible", "as possible.",
  ("United Kingdom", T, neu, "", "'the spokesman' only; hope for justice = hope (calling_for_talks)"))
U(d, "The European Union delegation in Brasília said it was deeply troubled", "following the investigation.",
  ("European Union", N, neg, "", "concern without an appeal = neutral"))
# "The UN human rights office has spoken." = summary line before the specific statements, no row.
U(d, "Its spokesperson in Geneva, Ravina Shamdasani, told a briefing", "the two men.",
  ("United Nations", N, neg, "", "UN human rights office = United Nations; grief without appeal = neutral"))
U(d, "Shamdasani said the authorities must make sure the investigation was impartial", "received reparation.",
  ("United Nations", T, neg, "Brazil", "surname only; demand for an impartial inquiry and reparation, no judgement word"))
U(d, "She added that rights defenders in the Amazon had been attacked for years", "total impunity.",
  ("United Nations", C, neg, "", "'near total impunity' = judgement; aimed at no named actor -> target empty (unsure: implicitly Brazil)"))
U(d, "The Union of Indigenous Peoples of the Javari Valley (Univaja), which organised the first search parties, welcomed", "the hardest work.",
  ("Union of Indigenous Peoples of the Javari Valley", C, neg, "Brazil", "welcome of the arrests joined to a judgement of the state's late arrival: rule 1"))
U(d, "In a statement read by its legal coordinator, the association said it had sent the authorities reports", "followed up.",
  ("Union of Indigenous Peoples of the Javari Valley", C, neg, "Brazil", "'the association' = Univaja; warnings ignored = blame"))
U(d, "Univaja said it would take the case to the Inter-American Commission on Human Rights", "pulled the trigger.",
  ("Union of Indigenous Peoples of the Javari Valley", C, neg, "Brazil", "conditional threat of a complaint against the state = threatened response"))
U(d, "President Jair Bolsonaro, speaking to supporters outside the Alvorada palace", "pro-government channel.",
  ("Brazil", N, neg, "", "president = Brazil; blames the victims' own conduct, no judgement of an actor in the guide's sense (the victims are not actors here) = neutral, negative tone (unsure)"))
U(d, "The federal government has said that the Army, Navy, federal police and state forces committed", "to the search.",
  ("Brazil", N, neu, "", "own effort given as facts"))
# "If you are just joining us, here is a recap ..." = blog narration, no row.
U(d, "The federal police superintendent in Amazonas, Eduardo Fontes, said a suspect", "were buried.",
  ("Brazil", N, neu, "", "federal police = Brazil; facts of the confession"))
U(d, "Fontes said police were working with more than one hypothesis", "were possible.",
  ("Brazil", N, neu, "", "procedure"))
U(d, "Justice Minister Anderson Torres had announced on Twitter shortly before the briefing", "found at the site.",
  ("Brazil", N, neu, "", "fact announced"))
U(d, "The federal police earlier in the week denied reports", "at that stage.",
  ("Brazil", N, neg, "", "denial = neutral, negative tone"))
U(d, "Phillips's wife, Alessandra Sampaio, said in a message read by relatives", "defend the Javari.",
  ("Alessandra Sampaio", T, pos, "", "real person, independent; hope for protection = hope (calling_for_talks)"))
# "Our reporter in Atalaia do Norte spoke to Josué Batista ..." = narration of an interview, no row.
U(d, "\"Everyone here knew the two of them.", "Batista said.",
  ("Josué Batista", N, neg, "", "invented fisherman (witness, person); multi-sentence quote closed by the speaker; claims that threats were known, no named culprit"))
U(d, "He said riverside families were afraid to speak to the police", "and leave.\"",
  ("Josué Batista", T, neg, "", "fear (no appeal) + request for a permanent federal presence = appeal for protection"))
# "Welcome to our continuing coverage. ..." = blog narration (several sentences), no row.
U(d, "Funai said in a note that Pereira had been on leave", "private capacity.",
  ("Brazil", N, neu, "", "Funai = state agency of Brazil; facts"))
