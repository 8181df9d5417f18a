# ------------------------------------------------------------------ Qabr Shmoun shooting and the cabinet paralysis, Lebanon (radio interview transcript, 2019-08-08)
d = "page_lebanon_qabrshmoun_ambush2019_radiointerview.txt"
# Not statements: site menu, programme header, transcript note, greetings, the host's links and bare questions, "More from", share line, copyright.
# Host's opening narration (the shooting, guests' introduction) = narration, no row.
U(d, "The U.S. embassy put out a statement saying Washington wanted the courts", "toying with Lebanon's stability.",
  ("United States", C, neg, "", "host's question reporting the embassy's position = US statement (labels/README); warning to those exploiting the case = judgement, targets unnamed"))
# "Your opponents call that foreign meddling." = unnamed opponents, no row.
U(d, "First, we did not ask anyone for a statement.", "First, we did not ask anyone for a statement.",
  ("Progressive Socialist Party", N, neu, "", "PSP MP speaks for his party in a party dispute; denial of soliciting = neutral"))
U(d, "But what the embassy said is what every Lebanese", "let the judges work.",
  ("Progressive Socialist Party", S, pos, "United States", "approval of the embassy statement = supporting"))
U(d, "The party has handed over the young men who were sought", "a fair investigation concludes.",
  ("Progressive Socialist Party", N, neu, "", "own conduct + acceptance of the inquiry = neutral (reassurance about own conduct)"))
U(d, "Minister al-Gharib's camp says it was an assassination attempt.", "Minister al-Gharib's camp says it was an assassination attempt.",
  ("Lebanese Democratic Party", C, neg, "", "host reports the position of Gharib's camp (Arslan's party): charge of an assassination attempt; attackers unnamed -> target empty"))
U(d, "Talal Arslan, the head of the Lebanese Democratic Party, repeated on Tuesday", "any other court.",
  ("Lebanese Democratic Party", T, neg, "", "demand for a judicial route (like a demand for an inquiry) = calling_for_talks (unsure: refusal of other courts could be condemning)"))
U(d, "There was no ambush.", "There was no ambush.",
  ("Progressive Socialist Party", N, neg, "", "denial = neutral, negative"))
U(d, "The convoy drove at speed into a crowd that was protesting", "a tragedy followed.",
  ("Progressive Socialist Party", C, neg, "Lebanese Democratic Party", "account blaming the convoy's guards for firing first = accusation (rule 4)"))
U(d, "We mourn the two young men who died; they are our people too.", "We mourn the two young men who died; they are our people too.",
  ("Progressive Socialist Party", N, neg, "", "condolences from the accused side = neutral (batch22a reading), grief"))
U(d, "But turning a clash on a mountain road into a plot", "to corner Walid Jumblatt.",
  ("Progressive Socialist Party", C, neg, "", "'political fabrication' = judgement; who uses it unnamed -> target empty"))
U(d, "By those who want the Druze to have two masters.", "By those who want the Druze to have two masters.",
  ("Progressive Socialist Party", C, neg, "", "answer to 'by whom': veiled accusation, no named actor -> target empty"))
U(d, "Minister Gebran Bassil came into our villages making speeches", "held the government hostage ever since.",
  ("Progressive Socialist Party", C, neg, "Free Patriotic Movement", "judgement of Bassil's tour and his allies (no stock word); Bassil as FPM leader on that tour"))
U(d, "Mr. Bassil's Free Patriotic Movement said last week that the Aley tour", "the blood that was shed.",
  ("Free Patriotic Movement", C, neg, "", "host reports the FPM's position: holds road-blockers responsible = condemning; blockers unnamed -> empty"))
U(d, "The people of the mountain remember who came to provoke them.", "The people of the mountain remember who came to provoke them.",
  ("Progressive Socialist Party", C, neg, "Free Patriotic Movement", "'came to provoke' = judgement of Bassil's visit"))
U(d, "Rania Maalouf, Hezbollah has sided openly with Arslan", "on the Judicial Council.",
  ("Hezbollah", S, neu, "Lebanese Democratic Party", "host reports Hezbollah's backing of Arslan = supporting"))
U(d, "Its deputy secretary-general, Naim Qassem, said on Sunday", "through the highest court.",
  ("Hezbollah", T, neu, "", "demand for the truth through a court = like a demand for an inquiry, calling_for_talks"))
U(d, "The Judicial Council question is a test of who sets the rules in cabinet.", "The Judicial Council question is a test of who sets the rules in cabinet.",
  ("Rania Maalouf", N, neu, "", "invented analyst; analysis, no position"))
U(d, "If the file goes there, it is a political verdict before any judicial one", "since last year's election.",
  ("Rania Maalouf", C, neg, "Hezbollah", "'using its ally's grievance' = judgement on Hezbollah"))
U(d, "Frankly, everyone who has treated the cabinet as a bargaining chip", "while the economy burns.",
  ("Rania Maalouf", C, neg, "", "blame on all players = condemning, target empty"))
U(d, "That is a failure of the whole political class, not of one party.", "That is a failure of the whole political class, not of one party.",
  ("Rania Maalouf", C, neg, "", "judgement of the political class, target empty"))
U(d, "President Michel Aun — sorry, Aoun — has invited the parties to the palace.", "President Michel Aun — sorry, Aoun — has invited the parties to the palace.",
  ("Lebanon", T, neu, "", "host reports the President convening the parties = calling_for_talks"))
# "Reports this morning say a meeting could be held ..." = narration from unnamed reports, no row.
U(d, "If that meeting happens, it should end with two things", "a date for the cabinet.",
  ("Rania Maalouf", T, neu, "", "prescription for the meeting = appeal, calling_for_talks"))
U(d, "I would urge both Druze leaders to go into that room without conditions.", "I would urge both Druze leaders to go into that room without conditions.",
  ("Rania Maalouf", T, neu, "", "appeal to both leaders = calling_for_talks"))
U(d, "Walid Bey has said from the first day that he is ready for any meeting", "President of the Republic.",
  ("Progressive Socialist Party", T, pos, "", "Jumblatt (PSP leader, by honorific) ready for talks = calling_for_talks"))
U(d, "We have no conditions.", "We have no conditions.",
  ("Progressive Socialist Party", T, neu, "", "talks without conditions = calling_for_talks"))
U(d, "We want reconciliation, and we want the judiciary to do its job.", "We want reconciliation, and we want the judiciary to do its job.",
  ("Progressive Socialist Party", T, pos, "", "wish for reconciliation = calling_for_talks"))
U(d, "If the meeting is held, we will be there.", "If the meeting is held, we will be there.",
  ("Progressive Socialist Party", T, pos, "", "commits to attend = calling_for_talks"))
U(d, "Then he is choosing to keep the government frozen", "explain that to the Lebanese.",
  ("Progressive Socialist Party", C, neg, "Lebanese Democratic Party", "'he' = Arslan; blame for paralysis = condemning"))
U(d, "We will not accept a court picked in advance to convict us.", "We will not accept a court picked in advance to convict us.",
  ("Progressive Socialist Party", C, neg, "", "refusal in protest, grievance stated (court 'picked to convict') = condemning; target empty"))
U(d, "The U.N. Special Coordinator for Lebanon, Jan Kubis, tweeted on Monday", "let the cabinet meet.",
  ("United Nations", T, neu, "", "host reports Kubis's appeal = calling_for_talks"))
U(d, "The Americans, the French and the U.N. can ask for calm, and they are right to ask.", "The Americans, the French and the U.N. can ask for calm, and they are right to ask.",
  ("Rania Maalouf", S, pos, "", "approval of outside appeals; several targets -> empty"))
U(d, "But the people who can end this are the three or four men", "at Baabda tomorrow.",
  ("Rania Maalouf", N, neu, "", "assessment, no appeal"))
