# ------------------------------------------------------------------ Chad/Senegal: the Habre verdict of the Extraordinary African Chambers (UN noon briefing transcript, 2016-05-31)
d = "page_chad_habre_verdict2016_noonbriefing.txt"
# Not statements: site header, breadcrumb, title, date, transcript note, crossheads (**...), the spokesman's "Good afternoon"
# opener, "That statement will be issued shortly.", journalists' questions proper ("Has the Secretary-General ...?"),
# non-answers ("I don't have any information on that."), hand-over lines, the closing note and Related line.
U(d, "The Secretary-General welcomes the judgement delivered on 30 May", "sentenced him to life imprisonment.",
  ("United Nations", S, pos, "Extraordinary African Chambers", "welcome of the verdict; the findings are the court's, not the SG's judgement"),
  ("Extraordinary African Chambers", C, neg, "Hissène Habré", "the court's verdict reported as done (found guilty, sentenced) = a specific act passing judgement"))
U(d, "The Secretary-General pays tribute to the courage and tenacity", "heard by a court.",
  ("United Nations", S, pos, "", "praise of the victims (not an actor) = supporting, target empty"))
U(d, "He commends the Government of Senegal and the African Union", "on African soil.",
  ("United Nations", S, pos, "", "praise of two actors -> target empty"))
U(d, "The Secretary-General recalls that the crimes established by the Chambers", "against its own people.",
  ("United Nations", C, neg, "Hissène Habré", "judgement on the crimes of Habre's rule without a stock word"))
U(d, "He encourages all States to make sure that the victims now receive", "that they are owed.",
  ("United Nations", T, neu, "", "appeal with no judgement for redress to victims = calling_for_talks (unsure: not a peace appeal; could be neutral)"))
U(d, "Also on the verdict, the High Commissioner for Human Rights", "milestone for victims across the continent.",
  ("United Nations", S, pos, "Extraordinary African Chambers", "OHCHR resolves to United Nations; welcome of the ruling"))
U(d, "In a message released by his Office, the High Commissioner said the ruling should serve as a warning", "shield him from a court.",
  ("United Nations", C, neg, "", "second-hand ('a message released by his Office'); warning to torturers = judgement aimed at no canonical actor (unsure: could be supporting as part of the welcome)"))
U(d, "Turning to Iraq, the Humanitarian Coordinator, Lise Grande", "running out.",
  ("United Nations", N, neg, "", "other topic of the briefing; worry without appeal = neutral, negative"))
U(d, "She called on all parties to the fighting to allow civilians to leave safely", "who cannot.",
  ("United Nations", T, neu, "", "speaker carried from the previous paragraph; appeal for civilian passage and access"))
U(d, "The UN Refugee Agency says some 3,700 people", "the military operation.",
  ("UNHCR", N, neu, "", "figures given by an agency, no evaluation"))
U(d, "On Habré, the Chadian Minister of Justice said this morning", "compensation for the victims.",
  ("Chad", N, pos, "", "position relayed inside a journalist's question; acceptance of the ruling + cooperation = neutral (unsure: could be supporting the Chambers)"))
U(d, "Spokesman: I am not aware of any direct contact in the last 24 hours.", "in the last 24 hours.",
  ("United Nations", N, neu, "", "procedural answer"))
U(d, "Obviously, we have seen the comments, and we would encourage", "follow through on that cooperation.",
  ("United Nations", T, neu, "Chad", "encouragement to cooperate with the court, no judgement = calling_for_talks (unsure)"))
U(d, "Question: Mr. Habré's lawyers have called the trial a political exercise", "they will appeal.",
  ("Hissène Habré", C, neg, "Extraordinary African Chambers", "lawyers speak for their client; the journalist's relay is not the journalist's position; rejection of the court as political"))
U(d, "Spokesman: The defence has every right to appeal", "run its course.",
  ("United Nations", N, neu, "", "procedural line"))
U(d, "I am not going to get into a back-and-forth with the defence.", "with the defence.",
  ("United Nations", N, neu, "", "declining to comment = neutral"))
U(d, "Question: There was also a statement from the Chairperson of the African Union Commission", "try its own leaders.",
  ("African Union", S, pos, "Extraordinary African Chambers", "position relayed in a question; praise of the verdict as African justice"))
U(d, "Spokesman: I think the Secretary-General has always seen national and regional courts", "as complementary.",
  ("United Nations", N, neu, "", "statement of a standing view, no evaluation of an actor"))
U(d, "One does not replace the other.", "One does not replace the other.",
  ("United Nations", N, neu, "", "continuation, same speaker"))
U(d, "The US State Department also welcomed the judgement", "helped fund the Chambers.",
  ("United States", S, pos, "Extraordinary African Chambers", "welcome + backing by act (funding)"))
U(d, "Question: Stéphane, a survivor who followed the trial in Dakar", "were also tried.",
  ("Djibrine Abakar Oumar", C, neg, "", "invented survivor; demand that prison chiefs be tried = accusation; no canonical target"))
U(d, "Spokesman: I think the Secretary-General's statement speaks for itself", "importance of accountability.",
  ("United Nations", N, neu, "", "refers back to the statement, no new position"))
U(d, "It is for the relevant judicial authorities to decide", "should stand trial.",
  ("United Nations", N, neu, "", "procedural"))
U(d, "Question: And a legal scholar in Dakar, Mariam Sow-Diallo", "ever reaches the victims.",
  ("Mariam Sow-Diallo", N, neg, "", "invented scholar; passive attribution ('was quoted as saying'); doubt about the future, no judgement on an actor"))
U(d, "Spokesman: Let me put it this way:", "follow that closely.",
  ("United Nations", N, neu, "", "restates its earlier line + monitoring"))
U(d, "As Ms. Grande said, we are asking all sides to let people leave.", "to let people leave.",
  ("United Nations", T, neu, "", "appeal to all sides in Fallujah"))
