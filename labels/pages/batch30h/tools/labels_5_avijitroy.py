# ------------------------------------------------------------------ The killing of Avijit Roy in Dhaka (radio interview transcript, 2015-02-27)
d = "page_avijitroy_killing2015_radiointerview.txt"
# Not statements: menu, breadcrumb, programme title, broadcast data, listen/download line, transcript note, the host's own questions and links
# ("Good evening, and welcome ...", "With me in the studio ...", "Why has this happened now?", "thank you both", "After the news ..."),
# [END OF SEGMENT], related transcripts, share line, copyright.
U(d, "Police in Dhaka say the writer Avijit Roy", "shortly afterwards.",
  ("Bangladesh", N, neu, "", "the host reports the police's account (police of the named state); facts"))
# "His wife, herself a blogger, is in hospital ..." = narration, no row.
U(d, "In Washington, the State Department condemned the killing", "news breaking.",
  ("United States", C, neg, "", "host reports the condemnation; killers unknown -> target empty"))
U(d, "Spokeswoman Jen Psaki said American investigators could lend a hand", "if Dhaka wanted them.",
  ("United States", S, pos, "Bangladesh", "offer of investigative help = supporting"))
U(d, "In Dhaka, the Home Minister, Asaduzzaman Khan, was quoted by local media", "would be caught.",
  ("Bangladesh", N, neu, "", "passive attribution; reassurance about the inquiry"))
U(d, "The city's police commissioner, Benazir Ahmed, told reporters", "near the scene.",
  ("Bangladesh", N, neu, "", "facts of the inquiry"))
U(d, "Meanwhile a group calling itself Ansar Bangla 7 posted messages online", "crimes against Islam.",
  ("Ansar Bangla-7", C, neg, "", "the group hails the killing as 'punishment' = judgement of the victim (a person, not an actor) -> target empty (unsure: could be read as claiming its own act, neutral)"))
U(d, "Police say they are still trying to establish", "is genuine.",
  ("Bangladesh", N, neu, "", "procedure"))
U(d, "The Bangladesh Nationalist Party, the main opposition, condemned the murder", "jailing opposition activists.",
  ("Bangladesh Nationalist Party", C, neg, "Bangladesh", "condemnation + blame of the government (the state's government -> Bangladesh)"))
U(d, "Information Minister Hasanul Haq Inu said the killing bore the marks", "at Jamaat-e-Islami.",
  ("Bangladesh", C, neg, "Bangladesh Jamaat-e-Islami", "blame of the party without a stock word"))
U(d, "Jamaat-e-Islami, which Roy's friends have linked", "with the attack.",
  ("Bangladesh Jamaat-e-Islami", N, neg, "", "denial = neutral, negative; the friends are unnamed"))
U(d, "The European Union's delegation in Dhaka said it was appalled", "against violence.",
  ("European Union", T, neg, "", "alarm without a judgement of an actor + appeal to stand together = calling_for_talks"))
U(d, "Abroad, UNESCO's Director-General, Irina Bokova, condemned the killing", "those responsible.",
  ("UNESCO", C, neg, "", "condemnation + demand for prosecution (rule 1)"))
U(d, "Amnesty International said Bangladesh had failed to protect", "to be in danger.",
  ("Amnesty International", C, neg, "Bangladesh", "judgement of the state's failure, no stock word"))
U(d, "And Reporters Without Borders urged the authorities", "the militants' lists.",
  ("Reporters Without Borders", T, neu, "Bangladesh", "appeal to protect writers, no judgement"))
# Haque's first answers ("He was an engineer ...", "He came home anyway ...", "Two years ago the blogger ...") = narration, no rows.
U(d, "The government has had two years to show it takes these threats seriously", "not done so.",
  ("Farzana Haque", C, neg, "Bangladesh", "invented researcher; judgement of the government's inaction"))
U(d, "And frankly, the Information Minister pointing at Jamaat", "is premature.",
  ("Farzana Haque", C, neg, "Bangladesh", "criticism of the minister's blame ('the Information Minister' by title, Bangladesh by context)"))
U(d, "The barricade was there to manage traffic for the fair", "stood by and watched.",
  ("Rezaul Karim Chowdhury", N, neu, "", "invented former ambassador speaking as an independent voice; defends the police against a charge = denial-like, neutral ('I would be careful there.' no row)"))
U(d, "But I do agree that the state has to start treating threats", "the republic itself.",
  ("Rezaul Karim Chowdhury", T, neu, "Bangladesh", "appeal to protect writers, no judgement"))
# "It matters enormously. Each side will try to use this killing against the other." = prediction, no position, no row.
U(d, "What the country needs is an investigation that follows the evidence", "not the politics.",
  ("Rezaul Karim Chowdhury", T, neu, "", "appeal for an impartial inquiry"))
# "Very little that is reliable. Accounts like this come and go." = no position, no row.
U(d, "What we do know is that hit lists of bloggers have circulated", "to do their work.",
  ("Farzana Haque", C, neg, "", "'cowards' = judgement of the unnamed militants -> target empty"))
U(d, "And I would say the State Department was right to speak out", "quickly and clearly.",
  ("Farzana Haque", S, pos, "United States", "approval of the US reaction"))
U(d, "The offer of forensic help is a generous one", "cost Bangladesh nothing.",
  ("Rezaul Karim Chowdhury", S, pos, "United States", "praise of the US offer + advice to accept it (not a peace appeal) -> supporting; 'Yes, without hesitation.' carries no row"))
U(d, "I am afraid this will not be the last such killing this year.", "I am afraid this will not be the last such killing this year.",
  ("Rezaul Karim Chowdhury", N, neg, "", "fear with no appeal = neutral, negative"))
U(d, "I have known Avijit's father for thirty years", "the whole family.",
  ("Rezaul Karim Chowdhury", S, neg, "", "condolences to the family (not an actor) -> supporting, target empty"))
# "Only that the students who filled the Dhaka University campus ..." = reports the students' (unnamed) demand, no row.
U(d, "I hope the government hears them.", "I hope the government hears them.",
  ("Farzana Haque", T, pos, "Bangladesh", "hope addressed to the government, no judgement (unsure: an appeal for responsiveness rather than for a peaceful course)"))
