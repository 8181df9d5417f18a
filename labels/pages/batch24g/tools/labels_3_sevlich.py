# ------------------------------------------------------------------ Azerbaijani troops near the Sev Lich (European news site, full HTML, 2021-05-14)
d = "page_sevlich_border_2021_eurosite.html"
# Not statements: cookie bar, brand, nav, ticker, section label, headline, standfirst, byline/time, captions with credits,
# advertisement, crossheads, tags, share, newsletter, read more, comments, most read, footer.
U(d, "Armenia formally asked the Collective Security Treaty Organization on Friday", "over Nagorno-Karabakh.",
  ("Armenia", C, neg, "Azerbaijan", "long lead: request for alliance consultations over 'an incursion' = accusation"))
U(d, "Azerbaijani units moved on Wednesday morning towards the Sev Lich", "Armenian forces stopped them.",
  ("Armenia", N, neu, "", "'according to Yerevan': distance given as a fact, the accusation is in the lead"))
# "No shots have been reported, ..." = narration, no row.
U(d, "Acting Prime Minister Nikol Pashinyan told a meeting of his Security Council", "drawn by force.",
  ("Armenia", C, neg, "Azerbaijan", "judgement + refusal of a line drawn by force"))
U(d, "\"We have chosen diplomacy first, but let nobody read our patience", "Pashinyan said.",
  ("Armenia", C, neg, "", "veiled warning; aimed at 'nobody' -> target empty (unsure: could be talks)"))
U(d, "Acting Defence Minister Vagharshak Harutyunyan said Armenian units had closed off", "high ground around it.",
  ("Armenia", N, neu, "", "own military situation report"))
U(d, "Armenia's ombudsman, Arman Tatoyan, who visited the area on Thursday, said", "violation of international law.",
  ("Armenia", C, neg, "Azerbaijan", "state ombudsman; 'violation of international law'"))
# "Azerbaijan rejects the Armenian account." = summary line, no row.
U(d, "Foreign Ministry spokeswoman Leyla Abdullayeva said Azerbaijani border units", "crossed into Armenia.",
  ("Azerbaijan", N, neg, "", "denial = neutral, negative"))
U(d, "She said Yerevan was \"dramatising routine work on the border\"", "had no grounds.",
  ("Azerbaijan", C, neg, "Armenia", "imputes electoral motives and rejects the appeal"))
U(d, "President Ilham Aliyev's office said the two sides were in contact", "no reason for outside involvement.",
  ("Azerbaijan", N, neu, "", "contacts + objection to outside involvement, no judgement (unsure)"))
U(d, "President Vladimir Putin discussed the standoff with Pashinyan by telephone", "what was agreed.",
  ("Russia", N, neu, "", "a call reported, no position"))
U(d, "Russia's Defence Minister Sergei Shoigu spoke to his Azerbaijani counterpart", "could lead to shooting.",
  ("Russia", T, neu, "", "urging both to avoid shooting"))
U(d, "The Russian Foreign Ministry called on Baku and Yerevan to show restraint", "ready to help set up.",
  ("Russia", T, neu, "", "restraint + joint commission + offer to help"))
U(d, "CSTO Secretary General Stanislav Zas said consultations under the alliance's rules", "from all sides.",
  ("CSTO", N, neu, "", "procedure, no judgement"))
U(d, "French President Emmanuel Macron, after a call with Pashinyan, wrote", "other side of it.",
  ("France", C, neg, "Azerbaijan", "says the troops crossed a border and must go back: a judgement with the demand"))
U(d, "He added, in a message posted in Armenian, that the Armenian people", "count on France.",
  ("France", S, pos, "Armenia", "solidarity"))
U(d, "The US State Department said it was following the reports closely", "\"unacceptable and dangerous.\"",
  ("United States", C, neg, "Azerbaijan", "'unacceptable' aimed at the movement: rule 1 over the appeal"))
U(d, "EU foreign affairs spokesman Peter Stano said the bloc wanted all troops withdrawn", "in negotiations.",
  ("European Union", T, neu, "", "demand for pull-back + negotiations without a judgement word"))
U(d, "Turkey's foreign ministry said Ankara stood by Azerbaijan", "\"today as yesterday.\"",
  ("Turkey", S, pos, "Azerbaijan", "backing of Azerbaijan"))
U(d, "It accused Yerevan of turning a technical question", "international crisis.",
  ("Turkey", C, neg, "Armenia", "'It' = the Turkish ministry; accusation of Yerevan"))
U(d, "Iran, which borders both countries, said it was watching the area", "had to be respected.",
  ("Iran", T, neu, "", "concern + appeal to respect borders, addressed to no one in particular"))
U(d, "Gohar Sargsyan, the mayor of the nearby village of Verishen, said shepherds", "by Azerbaijani soldiers.",
  ("Gohar Sargsyan", N, neg, "", "invented local official; facts on the ground"))
U(d, "\"We lived through the autumn once already.", "she said.",
  ("Gohar Sargsyan", N, neg, "", "fear, no position"))
U(d, "Marc Delorme, a Caucasus specialist at the Paris-based Institut", "allowed it to go.",
  ("Marc Delorme", N, neu, "", "invented analyst; reading of Baku's motives without an explicit judgement (unsure)"))
U(d, "\"The incursion is a probe, and so far it has found", "he said.",
  ("Marc Delorme", C, neg, "CSTO", "judgement of the alliance as slow (Moscow's reluctance a second clause)"))
U(d, "Delorme said the only exit was a joint border commission", "should push for one.",
  ("Marc Delorme", T, neu, "France", "appeal for a commission and for France to push it"))
U(d, "Both governments have said talks between their border officials would continue", "over the weekend.",
  ("Armenia", T, neu, "", "announced continuation of talks"),
  ("Azerbaijan", T, neu, "", "same, both governments"))
