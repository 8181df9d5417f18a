# ------------------------------------------------------------------ Kenya's presidential declaration at Bomas (live blog, 2022-08-15/16)
d = "page_kenya_bomas_declaration2022_liveblog.txt"
# Not statements: masthead, menu, headline, "Last updated", the KEY POINTS bullets, day headers, time stamps, [Photo n/6] captions,
# ADVERTISEMENT, the blog's own welcome and sign-off entries, Related, share line, tags, copyright.
# "Good afternoon and welcome to our live coverage ..." = the outlet's narration, no row.
U(d, "BREAKING: The vice-chair of the electoral commission, Juliana Cherera", "run behind closed doors.",
  ("Kenya", C, neg, "", "electoral commission members resolve to the state (as Venezuela's CNE, Zimbabwe's ZEC in actors.csv); rejecting the tally as secretive = judgement on their own chair's process -> target empty (unsure: Kenya condemning a Kenyan body)"))
U(d, "Cherera said the four would give their reasons", "in the meantime.",
  ("Kenya", T, neu, "", "appeal to keep the peace = calling_for_talks"))
# "Chairs are flying inside the auditorium ..." = scene narration, no row.
U(d, "Police said officers had restored order in the hall", "seriously hurt.",
  ("Kenya", N, neu, "", "police speak for the state; facts = neutral"))
U(d, "Commission chairman Wafula Chebukati has declared Deputy President William Ruto", "6,942,930 for Raila Odinga.",
  ("Kenya", N, neu, "", "official result with figures = neutral; the sentence names Ruto and Odinga without a statement of theirs"))
U(d, "Chebukati told the hall that he and his staff had been threatened", "tried to derail it.",
  ("Kenya", C, neg, "", "accusation of intimidation against unnamed people = judgement, condemning; no actor named -> target empty"))
# "Ruto is speaking now." = narration, no row.
U(d, "In his first remarks as president-elect, he said he held no grudge", "all the other candidates.",
  ("Kenya", T, pos, "", "Ruto (Deputy President; William Ruto -> Kenya in actors.csv); reconciliation offer = calling_for_talks"))
U(d, "He singled out the commission chairman for praise", "lost theirs.",
  ("Kenya", N, pos, "", "praise of the state's own commission chair by the state's deputy president = self-praise, neutral with positive tone (labels/README) (unsure: could be read as supporting)"))
U(d, "Azimio's chief agent, Saitabao Kanchory, said the coalition's agents", "could not stand.",
  ("Azimio La Umoja", C, neg, "Kenya", "coalition (new actor); rejection of the declaration with a grievance = condemning; the commission is a state body -> Kenya"))
U(d, "Martha Karua, Odinga's running mate, posted on Twitter", "already at work.",
  ("Azimio La Umoja", N, neu, "", "Karua speaks for the coalition as running mate; plan, no judgement"))
U(d, "Wiper party leader Kalonzo Musyoka, one of the Azimio principals, said", "majority of the commission.",
  ("Wiper Democratic Movement", C, neg, "Kenya", "Kalonzo = Wiper (name files); refusal to accept the result 'announced by one man' = condemning"))
# "In Kisumu, young men burned tyres ... our correspondent saw ..." = narration, no row.
U(d, "Beatrice Akinyi, who sells fish at the Kibuye market, said", "tear gas in her stall.",
  ("Beatrice Akinyi", N, neg, "", "invented resident (witness); weariness, no target, no appeal = neutral"))
U(d, "\"Every five years it is the same story for us ordinary people,\" she said.", "she said.",
  ("Beatrice Akinyi", N, neg, "", "complaint with no target = neutral"))
U(d, "National Police Service spokesman Bruno Shioso said calm had returned", "deployed overnight.",
  ("Kenya", N, neu, "", "police spokesman; facts and plan = neutral"))
# "Good morning. President Uhuru Kenyatta has not spoken publicly ..." = non-answer + narration, no row.
U(d, "The US embassy in Nairobi congratulated Kenyans on the vote", "the count had been run.",
  ("United States", S, pos, "Kenya", "congratulations + praise of the commission and security services = supporting"))
U(d, "It said leaders on both sides had a duty to keep their followers calm", "belonged in the courts.",
  ("United States", T, neu, "", "'It' = the embassy; appeal for calm and the legal route = calling_for_talks"))
U(d, "African Union Commission Chairperson Moussa Faki Mahamat congratulated Ruto", "legal avenues open to them.",
  ("African Union", T, pos, "", "congratulation joined to an appeal with no judgement: rule 2 before rule 3 = calling_for_talks"))
U(d, "Britain's minister for Africa, Vicky Ford, said the United Kingdom looked forward", "respect the legal process.",
  ("United Kingdom", T, pos, "", "readiness to work with the winner + hope that parties respect the legal process: the appeal decides (rule 2)"))
U(d, "The EU's foreign policy chief, Josep Borrell, said in a statement", "show restraint.",
  ("European Union", T, neu, "", "trust in institutions + appeal for restraint = calling_for_talks"))
# "Messages of congratulation are coming in from the region." = summary line, no row.
U(d, "Uganda's President Yoweri Museveni congratulated Ruto", "between the two countries.",
  ("Uganda", S, pos, "Kenya", "congratulating the winner = recognition, supporting"))
U(d, "Tanzania's President Samia Suluhu Hassan said she was ready to work with Ruto", "East African Community.",
  ("Tanzania", S, pos, "Kenya", "readiness to work with the winner = backing, supporting"))
U(d, "Ethiopia's Prime Minister Abiy Ahmed and Somalia's President Hassan Sheikh Mohamud", "their congratulations.",
  ("Ethiopia", S, pos, "Kenya", "two leaders in one sentence: one row each; congratulations = supporting"),
  ("Somalia", S, pos, "Kenya", "second listed leader"))
U(d, "The Commonwealth observer group said in its preliminary statement", "its teams visited.",
  ("Commonwealth", S, pos, "Kenya", "observers' favourable finding = approval of the vote, supporting (unsure: could be neutral assessment)"))
U(d, "Njeri Wambugu-Owino, a political scientist at the University of Nairobi, said", "wave away.",
  ("Njeri Wambugu-Owino", N, neg, "", "invented scholar; analysis, no judgement"))
U(d, "She said both camps should let the court's timetable run its course", "the judges had ruled.",
  ("Njeri Wambugu-Owino", T, neu, "", "appeal to both camps for the legal route and calm = calling_for_talks"))
# "Odinga has just finished speaking in Nairobi." = narration, no row.
U(d, "He said the figures read out by Chebukati", "challenge them at the Supreme Court.",
  ("Orange Democratic Movement", C, neg, "Kenya", "Odinga = ODM (name files); rejecting the declared figures with a court challenge = condemning; 'He' = Odinga from the preceding narration sentence"))
U(d, "He asked his supporters to stay calm and leave the fight to the lawyers.", "He asked his supporters to stay calm and leave the fight to the lawyers.",
  ("Orange Democratic Movement", T, neu, "", "appeal for calm = calling_for_talks"))
