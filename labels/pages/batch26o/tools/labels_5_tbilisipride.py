# ------------------------------------------------------------------ Violence against Tbilisi Pride, activists and journalists on 5 July 2021 (UN noon briefing, 2021-07-06)
d = "page_tbilisi_pride_violence2021_noonbriefing.txt"
# Not statements: site header, breadcrumb, date, title, transcript note, crossheads (**...), guest announcement, "That's it from me. Edie?",
# reporters' questions as such (the reporter is not an actor; positions of named actors relayed in a question are labelled), thanks,
# "* *** *", disclaimer, share bar, footer.
# "I want to say a few words about the events in Tbilisi yesterday ..." = lead-in, no row.
U(d, "The Secretary-General is following with concern the reports of violence", "civil society organizations.",
  ("United Nations", N, neg, "", "concern with no appeal = neutral; the attacks are narrated, not judged, in this unit"))
U(d, "Our colleagues in the United Nations country team in Georgia joined diplomatic missions", "staying silent about them.",
  ("United Nations", C, neg, "", "joint statement: condemnation of the attacks + criticism of government and church leaders (several targets -> empty); the missions are not named, no rows for them"))
U(d, "The UN team said the right to gather peacefully", "or incited it.",
  ("United Nations", T, neu, "Georgia", "legal reminder + call to prosecute, no judgement word (demand for accountability addressed to one side)"))
U(d, "Our human rights colleagues in Geneva added this morning", "the investigation closely.",
  ("United Nations", N, neu, "", "OHCHR: monitoring, no appeal"))
U(d, "Turning to vaccines, the COVAX Facility today delivered", "World Health Organization.",
  ("United Nations", S, pos, "Cape Verde", "aid delivered with UNICEF and WHO = supporting"))
U(d, "On Georgia, the Prime Minister, Irakli Garibashvili, said yesterday morning", "to stir up trouble.",
  ("Georgia", C, neg, "", "PM's position relayed in a reporter's question (title only + name): blames the 'radical opposition' (non-canonical -> target empty)"))
U(d, "Spokesman: I'm not going to parse every statement", "Georgian political figures.",
  ("United Nations", N, neu, "", "declines to comment on the PM's remarks"))
U(d, "What I will say is that violence against journalists", "whatever the cause.",
  ("United Nations", C, neg, "", "'never acceptable' aimed at the attackers (unnamed)"))
U(d, "It is the responsibility of any Government to protect", "to do just that.",
  ("United Nations", T, neu, "Georgia", "expectation addressed to the authorities, no judgement word"))
# "Question: A follow-up. Our colleague in Tbilisi spoke to Irakli Meladze ..." = introduction of a witness, no position.
U(d, "He said the police officers nearby watched the attack", "when it was over.",
  ("Irakli Meladze", C, neg, "Georgia", "invented witness relayed by a reporter; accusation by describing the police's inaction"))
U(d, "Spokesman: I have not seen that specific account", "from here.",
  ("United Nations", N, neu, "", "declines to comment"))
U(d, "Our colleagues on the ground are in touch with the authorities", "how the police responded.",
  ("United Nations", T, neu, "Georgia", "call for a full investigation = calling_for_talks (as demands for an inquiry)"))
U(d, "Question: The Interior Ministry says it has detained eight people so far.", "eight people so far.",
  ("Georgia", N, neu, "", "arrest figure given by the ministry, relayed in a question"))
U(d, "Spokesman: It's not for me to count arrests.", "to count arrests.",
  ("United Nations", N, neu, "", "procedural non-evaluation"))
U(d, "It is a first step, and we'll see how the investigation proceeds.", "investigation proceeds.",
  ("United Nations", N, neu, "", "lukewarm acknowledgement + wait-and-see (unsure: could be supporting Georgia)"))
U(d, "Steph, the Patriarchate of the Georgian Orthodox Church had called its faithful", "as a provocation.",
  ("Georgian Orthodox Church", C, neg, "Tbilisi Pride", "position relayed in a question: the event called a provocation = judgement; the counter-prayer call is the act"))
# "Some people are saying this amounted to incitement." = unnamed speakers, no row.
U(d, "Spokesman: Religious leaders, like all leaders, have a responsibility", "in the days ahead.",
  ("United Nations", T, pos, "", "appeal for tolerance + hope; no judgement of the church stated"))
# "Question: The European Union has also reacted." = summary line, no row.
U(d, "Its foreign policy spokesperson said in Brussels", "held to account.",
  ("European Union", C, neg, "", "'unacceptable' + accountability demand (rule 1); 'Its' = the EU's; organisers of the violence unnamed"))
U(d, "And the Council of Europe's human rights commissioner said", "in Georgia remained.",
  ("Council of Europe", N, neg, "", "alarm about LGBTI people's exposure, no judgement of an actor and no appeal = neutral"))
U(d, "Spokesman: We are in regular contact with our European partners", "as you would expect.",
  ("United Nations", N, neu, "", "contacts, no position"))
U(d, "The organizers of Tbilisi Pride said they were cancelling the march", "to protect them.",
  ("Tbilisi Pride", C, neg, "Georgia", "withdrawal with a grievance stated (distrust of the police) = condemning"))
U(d, "Spokesman: Our human rights colleagues have been in contact", "details of that.",
  ("United Nations", N, neu, "", "contacts, referral"))
# "Spokesman: I'm not aware of a reaction addressed to us." = non-answer, no row.
U(d, "I would note that President Zourabichvili said yesterday", "who were attacked.",
  ("Georgia", C, neg, "", "the President (named by title + surname) judges the violence 'unacceptable' and apologises to journalists; attackers unnamed"))
U(d, "Question: Tbilisi's mayor, Kakha Kaladze, wrote on Facebook", "no place in the city.",
  ("Georgia", C, neg, "", "the capital's mayor resolves to his state (as provincial officials do); judgement of the attacks on reporters, attackers unnamed"))
U(d, "But the chairman of the ruling Georgian Dream party, Irakli Kobakhidze, said", "centre of the capital.",
  ("Georgian Dream", C, neg, "Tbilisi Pride", "party chair's position relayed in a question: the march 'should never have been planned' = judgement of the organisers (unsure: could be neutral)"))
# "Spokesman: I'll leave the characterizations to you." = non-answer, no row.
U(d, "What matters to us is that those responsible for the violence are held accountable", "do their work safely.",
  ("United Nations", T, neu, "", "accountability + safety of journalists, no judgement word"))
