# ------------------------------------------------------------------ Togo's protests led by Tikpi Atchadam's PNP (explainer / Q&A, 2017-10-20)
d = "page_togo_atchadam_protests2017_explainer.txt"
# Not statements: site menu, breadcrumb, headline, standfirst, byline, read time, photo caption with credit and "1 of 3",
# the question subheads, ADVERTISEMENT, Related, newsletter prompt, tags, copyright.
# "On 19 August, tens of thousands of people marched ..." and "Their demand was a return to the 1992 constitution ..."
# = narration of the marches and the marchers' demand (crowd, no named speaker), no row.
# "The older opposition parties ... soon joined the PNP ..." and "This week the protests turned deadly again ..." = narration, no row.
U(d, "The government insists that it has already met the main demand.", "the main demand.",
  ("Togo", N, pos, "", "the government's own claim about its record = neutral (self-justification)"))
U(d, "In September, the cabinet adopted a bill restoring the two-term limit", "referendum on it.",
  ("Togo", N, neu, "", "a specific act of the government (a bill and a referendum plan) = statement; own reform, no judgement"))
U(d, "Security minister Yark Damehame told reporters on Thursday", "had been arrested.",
  ("Togo", N, neu, "", "figures given by an actor = neutral"))
U(d, "Damehame said the security forces had shown restraint", "found and prosecuted.",
  ("Togo", C, neg, "", "surname only; self-praise + threat of prosecution against unnamed arsonists = condemning, target empty"))
U(d, "Gilbert Bawara, the civil service minister who often speaks for the cabinet", "at the ballot box.",
  ("Togo", C, neg, "Pan-African National Party", "accusation of stirring religious and regional resentment; Atchadam = his party"))
U(d, "\"We are offering a referendum, which is the most democratic path", "interview with state television.",
  ("Togo", C, neg, "C14", "multi-sentence quote; those who refuse = the coalition; 'only interested in power' = judgement"))
U(d, "The government also announced that marches would no longer be allowed", "several days a week.",
  ("Togo", C, neg, "", "a ban on protests justified by 'held hostage' = measure + judgement against the protest organisers (not named) -> target empty (unsure)"))
U(d, "Foreign Minister Robert Dussey said in remarks carried by the official Togolese press agency", "without preconditions.",
  ("Togo", T, pos, "", "attribution via the state agency; offer of dialogue = calling_for_talks"))
U(d, "The coalition says the bill is a trick", "2020 and 2025.",
  ("C14", C, neg, "Togo", "the 14-party coalition (declared in new_actors.csv); 'a trick' = judgement"))
U(d, "Atchadam, who has not been seen in public since the imam's arrest", "religious quarrel.",
  ("Pan-African National Party", C, neg, "Togo", "PNP leader speaks for his party; accusation against the authorities"))
U(d, "\"We will not stop because they arrest our imams", "Atchadam said.",
  ("Pan-African National Party", C, neg, "Togo", "defiance + accusation of arrests and internet cuts = condemning"))
U(d, "Fabre told a rally on Wednesday that the coalition would boycott", "ruling party's tool.",
  ("National Alliance for Change", C, neg, "Togo", "Fabre = ANC leader (introduced earlier); boycott in protest with the grievance stated = condemning; he announces the coalition's boycott but speaks as ANC leader"))
# "Cautiously." = fragment, no row. "... which critics say has made the bloc reluctant to speak." = unnamed critics, no row.
U(d, "The ECOWAS Commission president, Marcel Alain de Souza, said in September", "to talk.",
  ("ECOWAS", T, neu, "", "following events + encouraging talks = calling_for_talks"))
U(d, "Ghana's President Nana Akufo-Addo has spoken to both sides", "offered to host talks.",
  ("Ghana", T, pos, "", "offer to host talks, per his office = calling_for_talks"))
U(d, "Guinea's President Alpha Condé, the current chairman of the African Union", "without violence.",
  ("African Union", T, pos, "", "introduced in his AU chair role -> speaks for the AU (unsure: could be Guinea); hope for a peaceful solution = calling_for_talks"))
U(d, "France's foreign ministry said it was concerned by the deaths", "reforms to go ahead.",
  ("France", T, neg, "", "concern joined to an appeal for restraint and dialogue = calling_for_talks"))
U(d, "The United States Embassy in Lomé said the repeated cuts to mobile internet", "closely watching the situation.",
  ("United States", N, neg, "", "effects of the cuts described + monitoring, no appeal and no judgement word = neutral, negative (unsure: could be read as an accusation)"))
U(d, "Mohamed Ibn Chambas, the UN Secretary-General's special representative for West Africa", "a UN statement said.",
  ("United Nations", T, neu, "", "good-offices visit meeting both sides, per a UN statement = calling_for_talks by act"))
U(d, "Amnesty International has accused the security forces", "into the deaths.",
  ("Amnesty International", C, neg, "Togo", "accusation + demand for an inquiry = condemning"))
U(d, "Kossi Agbénou, a political scientist at the University of Lomé", "badly timed.",
  ("Kossi Agbénou", C, neg, "Togo", "invented scholar; 'real but badly timed': judgement decides"))
U(d, "\"If the referendum had come two years ago", "Agbénou said.",
  ("Kossi Agbénou", C, neg, "Togo", "surname only; 'looks like a manoeuvre' = judgement"))
U(d, "He said the best outcome would be talks mediated by Ghana", "before any vote.",
  ("Kossi Agbénou", T, neu, "", "appeal for mediated talks"))
U(d, "Mariama Sow, a senior researcher at the West Africa Governance Institute", "saying so little.",
  ("Mariama Sow", C, neg, "ECOWAS", "invented researcher; 'undermined its own credibility' = judgement on the bloc"))
U(d, "\"The bloc has been firm with Gambia and with others.", "Sow said.",
  ("Mariama Sow", C, neg, "ECOWAS", "silence explained by the chair = judgement"))
U(d, "The coalition has called new marches for next week.", "for next week.",
  ("C14", N, neu, "", "plan announced, no judgement in the sentence"))
U(d, "The government says the referendum will go ahead", "walked out of the vote.",
  ("Togo", N, neu, "", "plan + procedural facts"))
U(d, "She credited Akufo-Addo with stepping in where the bloc had hesitated", "the whole region.",
  ("Mariama Sow", S, pos, "Ghana", "praise of Ghana's mediation = supporting (praise, not itself an appeal for talks)"))
