# ------------------------------------------------------------------ Bhasan Char: Bangladesh moves Rohingya refugees to the island (radio interview transcript, 2020-12-11)
d = "page_bhasanchar_relocation2020_radiointerview.txt"
# Not statements: station header, menu, programme title, broadcast line, presenter/guests lines, editing note, speaker labels,
# the host's questions and links ("Minister, first to you.", "Were these people forced to go?", "Why not let the UN do its assessment first?", "Naila Karim, a last word?", sign-off),
# "Listen again", related programmes, share bar, copyright.
# The host's sentences that report another actor's position are that actor's statements (labels/README.md).
# "A week ago today, navy ships carried ..." = narration, no row.
U(d, "Bangladesh plans eventually to move 100,000 people there.", "100,000 people there.",
  ("Bangladesh", N, neu, "", "host reporting the government's plan = neutral (unsure: could be read as background with no row)"))
U(d, "The United Nations says it was not involved in the transfer", "safety assessment of the island.",
  ("United Nations", N, neg, "", "host reporting the UN: facts of non-involvement, no judgement or appeal"))
U(d, "Human Rights Watch says it spoke to families who were put on the lists", "without ever volunteering.",
  ("Human Rights Watch", C, neg, "Bangladesh", "accusation of coercion made by describing what happened to the families"))
U(d, "Not a single person was taken to Bhasan Char against his or her will", "every family that went.",
  ("Bangladesh", N, neg, "", "minister speaks for his state; denial = neutral, negative ('No.' before it is its own unit, no row)"))
U(d, "These are people who came to the camp authorities themselves", "a muddy hillside.",
  ("Bangladesh", N, neu, "", "own account of the relocation, no judgement of others"))
U(d, "Human Rights Watch and Amnesty International have both said they have testimony", "to the contrary.",
  ("Human Rights Watch", C, neg, "Bangladesh", "host reporting two groups' position: testimony of forced transfers = accusation"),
  ("Amnesty International", C, neg, "Bangladesh", "same sentence, second actor"))
U(d, "Amnesty has called on your government to stop any further transfers", "to inspect the island.",
  ("Amnesty International", T, neu, "Bangladesh", "demand to halt pending inspection, no judgement word = calling_for_talks"))
U(d, "With respect, some of these organisations write their reports from London or New York", "rumours from the camps as facts.",
  ("Bangladesh", C, neg, "", "judgement of the rights groups' methods; two groups -> target empty"))
U(d, "Our government has spent more than 350 million dollars of its own money on that island.", "on that island.",
  ("Bangladesh", N, pos, "", "own spending = self-praise, neutral"))
U(d, "There are concrete houses, cyclone shelters, hospitals, schools", "on the coast.",
  ("Bangladesh", N, pos, "", "facilities described by the minister = neutral, positive"))
# "The door is open." = short lead-in, no row.
U(d, "We have invited the United Nations agencies to come", "accept very soon.",
  ("Bangladesh", T, pos, "United Nations", "invitation to engage + hope = calling_for_talks"))
U(d, "Some people did want to go, that is true", "I understand the pull.",
  ("Naila Karim", N, neu, "", "invented researcher (person); concession, no judgement"))
U(d, "But when camp officials put a family's name on a list", "the process was clean.",
  ("Naila Karim", C, neg, "Bangladesh", "judgement that the choice was not free, without stock words"))
# "The UN's special rapporteur on Myanmar, Thomas Andrews, has also weighed in." = summary line, no row.
U(d, "In a statement yesterday he urged Dhaka to let the UN carry out", "in everyone's interest.",
  ("United Nations", T, neu, "Bangladesh", "UN special rapporteur resolves to the UN; appeal for an assessment, no judgement"))
U(d, "I think that is the only sensible way forward.", "the only sensible way forward.",
  ("Naila Karim", T, neu, "", "endorses the appeal for an assessment"))
U(d, "Dhaka and the UN should sit down now", "not after.",
  ("Naila Karim", T, neu, "", "appeal to both sides to agree; two parties -> target empty"))
U(d, "And the UN refugee agency, UNHCR, has said it was given only limited information", "part of the preparations.",
  ("UNHCR", N, neg, "", "host reporting UNHCR: facts, no appeal"))
U(d, "Minister, the United States State Department said this week", "free to move.",
  ("United States", T, neu, "Bangladesh", "expectation that relocations be voluntary, no judgement = calling_for_talks (appeal to protect refugees)"))
U(d, "We take the views of our friends seriously", "for which we are grateful.",
  ("Bangladesh", S, pos, "United States", "praise and thanks to the US"))
U(d, "But I must say, the pressure is being put on the wrong country.", "on the wrong country.",
  ("Bangladesh", C, neg, "", "rebuke of the critics' focus; critics unnamed -> target empty (unsure: could be neutral)"))
U(d, "Bangladesh opened its border to a million people in 2017.", "in 2017.",
  ("Bangladesh", N, pos, "", "own record = self-praise, neutral"))
U(d, "It is Myanmar that drove them out", "in three years.",
  ("Bangladesh", C, neg, "Myanmar", "blame of Myanmar without stock words"))
U(d, "We want them to press Naypyitaw, with all the means they have", "in safety and dignity.",
  ("Bangladesh", T, neu, "", "appeal to the international community (not canonical) to press for safe return -> target empty"))
U(d, "That is the only permanent solution, and the talks on repatriation must resume.", "must resume.",
  ("Bangladesh", T, neu, "", "appeal for repatriation talks"))
U(d, "Myanmar's government, for its part, said in a statement last month", "bilateral arrangement.",
  ("Myanmar", T, neu, "", "readiness to receive returnees under the bilateral arrangement = commits to the agreed course (unsure: could be neutral)"))
# "Ready on paper." = fragment, no row.
U(d, "The Rohingya I speak to will not go back without citizenship and safety", "means very little.",
  ("Naila Karim", C, neg, "Myanmar", "judgement of Myanmar's offer (Naypyitaw = metonym)"))
# "Before we go, we recorded this ..." = host link, no row. "My brother called me from the island." = narration, no row.
U(d, "He says the house is fine, but there is no work", "to see our mother.",
  ("Mohammad Ayub", N, neg, "", "invented refugee (person) relaying his brother's account, no judgement"))
U(d, "I will not put my name on that list.", "on that list.",
  ("Mohammad Ayub", N, neg, "", "personal refusal, no grievance stated in the sentence = neutral"))
U(d, "Bangladesh has carried an enormous burden with very little help", "far more of the bill.",
  ("Naila Karim", S, pos, "Bangladesh", "praise of Bangladesh + appeal for money: welcome/praise with an appeal for funding = supporting"))
U(d, "But goodwill built over three years can be lost in a few boat trips", "asked later.",
  ("Naila Karim", C, neg, "Bangladesh", "warning that implies the refugees are moved without consent = judgement (unsure: could be a neutral risk scenario)"))
