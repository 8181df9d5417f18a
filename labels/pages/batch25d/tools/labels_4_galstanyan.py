# ------------------------------------------------------------------ Galstanyan arrest: alleged coup plot (Armenian state news agency, 2025-06-26)
d = "page_galstanyan_coupcase_statemedia.txt"
# Not statements: masthead, menu, language bar, section label, time stamp, headline, dateline (excluded from the first unit),
# '***' separators, Related news, tags, the hyperlink/copyright notice.
U(d, "Prime Minister Nikol Pashinyan said on Thursday that the state would act", "a seizure of power.",
  ("Armenia", C, neg, "Holy Struggle", "lede carrying a position: action against the group announced (measure/warning); the charges narrated in the relative clause"))
U(d, "Speaking at the start of the cabinet session, the Prime Minister said", "shield anyone from responsibility.",
  ("Armenia", C, neg, "Holy Struggle", "named by role only; praise of own services + warning aimed at the clergy around Galstanyan = threat"))
U(d, "\"The Republic of Armenia is not a prize to be taken", "Pashinyan said.",
  ("Armenia", C, neg, "Holy Struggle", "multi-sentence quote closed by surname; judgement without stock words"))
U(d, "He added that the government would not interfere in the work of investigators", "spread on social networks.",
  ("Armenia", N, neu, "", "reassurance about own conduct + advice to citizens; not an appeal for talks"))
# "Galstanyan, the primate of the Tavush diocese ..., was detained on Wednesday ..." = narration, no row.
U(d, "According to a statement of the Investigative Committee, criminal proceedings have been launched", "a usurpation of power.",
  ("Armenia", C, neg, "Holy Struggle", "'according to a statement of': the investigating body's charge of terrorism and usurpation = accusation"))
U(d, "The Committee said the group had worked since November 2024", "attacking state buildings.",
  ("Armenia", C, neg, "Holy Struggle", "body named by context ('The Committee'); specific accusation"))
U(d, "Investigators said they had seized firearms and ammunition", "discussing the plan.",
  ("Armenia", N, neu, "", "results of searches and publication of evidence = facts given by the actor"))
U(d, "The National Security Service, which took part in the operation, said", "could not be ruled out.",
  ("Armenia", N, neu, "", "procedure: investigation continuing (unsure: 'further detentions' could be read as a warning)"))
U(d, "Prosecutor General Anna Vardapetyan told journalists", "for two months.",
  ("Armenia", N, neu, "", "procedural step announced"))
U(d, "Speaker of the National Assembly Alen Simonyan said the evidence made public so far", "into a political stage.",
  ("Armenia", C, neg, "Holy Struggle", "speaker of parliament speaks for the state; dismisses the movement's peaceful image = judgement, + appeal to the opposition"))
U(d, "The opposition Armenia Alliance said in a statement that the arrests were a campaign of revenge", "in the Prime Minister's office.",
  ("Armenia Alliance", C, neg, "Armenia", "opposition bloc: revenge campaign, charges 'written' in the PM's office = accusation"))
U(d, "The Mother See of Holy Etchmiadzin, in a statement released after a session", "the Church and its faithful.",
  ("Armenian Apostolic Church", N, neg, "", "the Church's governing seat; alarm without an appeal or judgement in this sentence = neutral, negative"))
U(d, "The statement said the Prime Minister had declared the archbishop guilty on social media", "in court and beyond it.",
  ("Armenian Apostolic Church", C, neg, "Armenia", "'The statement said': accusation of prejudging guilt + backing the archbishop (judgement decides)"))
U(d, "Galstanyan's lawyer, Sergey Harutyunyan, said his client rejected every charge", "from the first page to the last.",
  ("Holy Struggle", C, neg, "Armenia", "lawyer speaks for the movement's leader; denial joined to a charge of a political case = condemning"))
U(d, "\"There is no weapon in this case that belongs to the archbishop", "outside the court building.",
  ("Holy Struggle", C, neg, "Armenia", "denial + accusation that recordings were doctored"))
U(d, "In Moscow, Kremlin spokesman Dmitry Peskov described the events as Armenia's internal affair", "on Wednesday.",
  ("Russia", N, neu, "", "'internal affair' = no position taken"))
U(d, "Peskov said Moscow counted on Armenia remaining stable", "details of the investigation.",
  ("Russia", T, neu, "", "hope for stability = calling_for_talks; no one addressed"))
U(d, "Armenian Foreign Ministry spokesperson Ani Badalyan, asked about comments in Russian media", "its constitutional order.",
  ("Armenia", C, neg, "Russia", "'hybrid campaign' = accusation; Russian media commentary taken as Russia's campaign (unsure about the target)"))
U(d, "The spokesperson added that Armenia's relations with its partners", "by a criminal case.",
  ("Armenia", N, neu, "", "spokesperson named by role only; reassurance"))
U(d, "The Delegation of the European Union to Armenia said it was following the developments closely", "the presumption of innocence.",
  ("European Union", T, neu, "Armenia", "monitoring + an expectation of due process = appeal without judgement"))
U(d, "Global Affairs Canada said it was aware of the detention of a Canadian citizen", "Armenian and Canadian citizenship.",
  ("Canada", N, neu, "", "consular note = neutral; the citizenship clause is narration"))
# "Experts consulted by ARMNEWS were divided ..." = summary line, no row.
U(d, "Hovhannes Melikyan, a political analyst at the Yerevan Centre for Regional Studies, said", "could have ignored.\"",
  ("Hovhannes Melikyan", S, pos, "Armenia", "invented analyst; approval of the authorities' action"))
U(d, "\"If even half of what was published is confirmed in court", "Melikyan said.",
  ("Hovhannes Melikyan", S, pos, "Armenia", "conditional approval of the state's action"))
U(d, "Lusine Arakelyan, who teaches constitutional law at the Yerevan Institute of Law and Governance, said", "a single hearing had been held.",
  ("Lusine Arakelyan", C, neg, "Armenia", "invented scholar; the government's prejudging criticised = judgement"))
U(d, "\"The government should let the court speak first", "she said.",
  ("Lusine Arakelyan", T, neu, "Armenia", "appeal for restraint addressed to the government (unsure: 'gift to the defence' is a mild jab)"))
# "In Ijevan, ... a small group of the archbishop's supporters gathered ..." = narration, unnamed people, no row.
U(d, "Police said the gathering was peaceful and that no one had been detained.", "Police said the gathering was peaceful and that no one had been detained.",
  ("Armenia", N, neu, "", "police facts"))
# "The court is expected to rule ..." and the Karapetyan background = narration, no row.
