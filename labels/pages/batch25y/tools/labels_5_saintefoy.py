# ------------------------------------------------------------------ Quebec City mosque shooting (live blog, 2017-01-30)
d = "page_quebec_saintefoy_mosque2017_liveblog.txt"
# Not statements: masthead, menu, LIVE headline, update stamp, byline, refresh note, entry time stamps and entry
# headlines (e.g. 'Police: second man was a witness'), ADVERTISEMENT, newsletter prompt, Related, tags, copyright.
# "Alexandre Bissonnette, 27, appeared briefly ..." = court narration, no row.
U(d, "The Crown prosecutor's office said more charges could follow", "investigation continues.",
  ("Canada", N, neu, "", "prosecutors (state agency) on procedure"))
# "Bissonnette did not enter a plea ..." and the vigil scene ("Thousands of people stood in the cold ...") = narration, no row.
U(d, "Prime Minister Justin Trudeau told the crowd that the men who died", "who belongs here.",
  ("Canada", C, neg, "", "judgement of a hate killing ('taken ... because of their faith', 'will not let hatred decide'); the gunman is not a canonical actor -> target empty"))
U(d, "\"To the Muslim families of this city: this is your home", "Trudeau said.",
  ("Canada", S, neg, "", "solidarity and grief for a community (not a canonical actor) = supporting, grieving tone"))
U(d, "Quebec Premier Philippe Couillard said the province would pay for the funerals", "lost their fathers.",
  ("Canada", S, pos, "", "provincial premier resolves to his state; backing by act (funerals, repatriation, trauma support) for victims' families"))
U(d, "Mohamed Yangui, president of the Islamic Cultural Centre of Quebec, said the community", "at the time.",
  ("Islamic Cultural Centre of Quebec", N, neg, "", "new organisation (the mosque); earlier incident and warning = facts, no judgement"))
U(d, "\"We are grateful for every flower and every hand on our shoulder tonight.", "Yangui said.",
  ("Islamic Cultural Centre of Quebec", T, neg, "Canada", "gratitude joined to an appeal to the authorities to protect the community; no judgement word: rule 2 before rule 3"))
U(d, "The National Council of Canadian Muslims called on all federal parties", "during Friday prayers.",
  ("National Council of Canadian Muslims", T, neu, "", "new organisation; appeal for protection of worshippers, no judgement"))
U(d, "Quebec provincial police said the second man detained on Sunday night", "had been released.",
  ("Canada", N, neu, "", "police correction of its own account = facts"))
U(d, "Police said they were treating the shooting as the act of a lone gunman", "anyone else.",
  ("Canada", N, neu, "", "facts given by police"))
# "Asked about online reports ... would not comment on the evidence." = a non-answer, no row.
U(d, "Karim Benhaddou, who was praying in the second row", "through the room.",
  ("Karim Benhaddou", N, neg, "", "invented witness (person); his account = facts, frightened tone"))
U(d, "\"He was shooting at men who were on their knees.", "Benhaddou said.",
  ("Karim Benhaddou", C, neg, "", "judgement of the gunman without stock words; gunman not a canonical actor -> target empty"))
U(d, "French President François Hollande condemned the attack and said France stood by Canada", "language and history.",
  ("France", C, neg, "", "condemnation joined to solidarity: rule 1; the attacker is not canonical -> target empty"))
U(d, "Russian President Vladimir Putin sent a message of condolence to Trudeau", "the Kremlin said.",
  ("Russia", S, neg, "Canada", "condolences = supporting; grieving tone"))
U(d, "Pope Francis was praying for the victims and their families", "the Vatican said.",
  ("Holy See", S, neg, "", "prayers for the victims = condolences; victims not a canonical actor -> target empty"))
U(d, "King Mohammed VI of Morocco sent his condolences to the families", "MAP reported.",
  ("Morocco", S, pos, "Canada", "condolences + solidarity with the Canadian people; the state agency reporting is not an actor"))
U(d, "The foreign ministries of Algeria, Tunisia and Guinea said their consulates", "born in their countries.",
  ("Algeria", N, neu, "", "consular contact = procedure; list of three states, one row each"),
  ("Tunisia", N, neu, "", "same sentence"),
  ("Guinea", N, neu, "", "same sentence"))
U(d, "The Organisation of Islamic Cooperation said the killing of worshippers", "full truth to light.",
  ("Organisation of Islamic Cooperation", C, neg, "", "judgement ('an attack on every believer') + confidence in Canada's inquiry: rule 1"))
U(d, "Egypt's Al-Azhar said in a statement that the murder of people at prayer", "could accept.",
  ("Al-Azhar", C, neg, "", "judgement without stock words"))
U(d, "Turkey's foreign ministry said it was deeply saddened and warned", "had become.",
  ("Turkey", N, neg, "", "sorrow + alarm about a trend (Islamophobia, 'the West' is not canonical) with no appeal = neutral, negative; unsure (could be read as a judgement of 'the West')"))
U(d, "U.S. President Donald Trump called Trudeau to express his condolences", "the prime minister's office said.",
  ("United States", S, pos, "Canada", "condolences + offer of help, reported by the PMO"))
U(d, "The U.S. embassy in Ottawa said the United States would give Canada", "it asked for.",
  ("United States", S, pos, "Canada", "offer of assistance = supporting"))
U(d, "White House press secretary Sean Spicer cited the attack when he defended", "was out of place.",
  ("United States", N, neu, "", "uses the attack to defend its own policy: no judgement of another actor or appeal; 'several Canadian politicians' are unnamed -> no row"))
# "Trudeau's office declined to comment on Spicer's remarks." = non-answer, no row.
U(d, "In the House of Commons, Trudeau called the shooting a terrorist act aimed at Muslims", "across the country.",
  ("Canada", C, neg, "", "'terrorist act' = judgement + security measure; no canonical target"))
U(d, "Public Safety Minister Ralph Goodale said the RCMP and CSIS were assisting", "a wider network.",
  ("Canada", N, neu, "", "facts and procedure"))
U(d, "Interim Conservative leader Rona Ambrose said all members stood together in grief", "more than words.",
  ("Conservative Party of Canada", S, neg, "", "opposition party: shared grief = condolences"),
  ("New Democratic Party", T, neg, "", "second clause: a call for action to protect Muslim Canadians, no judgement word; unsure (could be neutral)"))
U(d, "Quebec City Mayor Régis Labeaume said the city would not let one man define it", "days ahead.",
  ("Canada", T, pos, "", "local official resolves to his state; appeal to protect neighbours = calling_for_talks"))
U(d, "Hélène Tremblay-Roy, a professor of religious studies at Université Laval", "from politicians.",
  ("Hélène Tremblay-Roy", C, neg, "", "invented professor (person); judgement of politicians' inaction (not a canonical actor) -> target empty"))
U(d, "\"Nobody pulled the trigger but him.", "she said.",
  ("Hélène Tremblay-Roy", C, neg, "", "judgement of a society that 'shrugs at contempt'"))
U(d, "Tremblay-Roy said she hoped the debate on religious symbols", "people it is about.\"",
  ("Hélène Tremblay-Roy", T, pos, "", "hope for a calmer debate = calling_for_talks"))
U(d, "Six men aged between 39 and 60 were killed and 19 people were wounded", "police said.",
  ("Canada", N, neu, "", "casualty figures given by police: neutral, neutral tone"))
