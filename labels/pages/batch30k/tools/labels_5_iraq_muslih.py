# ------------------------------------------------------------------ Iraq: the arrest of PMF Anbar commander Qasim Muslih and the Green Zone standoff (radio interview transcript, 2021-05-27)
d = "page_iraq_muslih_arrest2021_radiointerview.txt"
# Not statements: programme header, broadcast line, links, transcript disclaimer, segment title, greetings ("Thank you, Claire."), the host's questions and links, [END OF SEGMENT], related programmes, copyright.
# Host's introduction ("Good evening. For a few hours on Wednesday, armed men ... Welcome to you both.") = narration of the arrest and the standoff, and guest introductions: no row.
# "Let me set out where things stand." = host's link, no row.
U(d, "The prime minister's office, in a statement on Wednesday evening, called the armed convoys", "into who sent them.",
  ("Iraq", C, neg, "", "host reporting the government's position (a statement); 'an assault on the authority of the state' = judgement; the convoys' sponsors are not named -> target empty"))
U(d, "The joint operations command says a committee made up of military intelligence", "is now questioning Muslih.",
  ("Iraq", N, neu, "", "procedure (investigating committee)"))
U(d, "The PMF, for its part, said in a statement that Muslih had been detained on a warrant", "its own security directorate.",
  ("Popular Mobilization Forces", C, neg, "Iraq", "calls the warrant legally flawed (judgement on the government's act) + demand for handover (rule 1)"))
U(d, "RANJ HAWRAMI: I think both sides did, and both will tell you they won.", "RANJ HAWRAMI: I think both sides did, and both will tell you they won.",
  ("Ranj Hawrami", N, neu, "", "invented analyst speaking as an independent voice; assessment, no judgement"))
U(d, "What we saw on Wednesday was an armed organisation that draws a state salary", "than intimidation.",
  ("Ranj Hawrami", C, neg, "Popular Mobilization Forces", "'intimidation' by a state-paid armed organisation = judgement"))
U(d, "The government's answer was measured, perhaps too measured.", "The government's answer was measured, perhaps too measured.",
  ("Ranj Hawrami", N, neu, "", "mixed evaluation of the government's response, no clear judgement (unsure)"))
# "The counter-terrorism service was deployed, nobody fired, and Muslih was not released." and "That last point matters a great deal." = the analyst narrating, no row.
# "Reuters quoted two security sources as linking ..." = unnamed sources with no tie to a named government, no row.
U(d, "ZAINAB AL-HAKEEM: People in Karbala have believed one thing", "to their faces.",
  ("Zainab al-Hakeem", N, neg, "", "invented activist (independent voice); belief stated, the accusation comes next"))
U(d, "Ihab received threats for months, and everyone in the city knew where they came from.", "everyone in the city knew where they came from.",
  ("Zainab al-Hakeem", C, neg, "", "accusation by allusion against the militia figure (an individual, not an actor) -> target empty (unsure)"))
U(d, "If the state now has the man in a cell, it must put him before a court", "the evidence read out.",
  ("Zainab al-Hakeem", T, neu, "Iraq", "'must' appeal to the state for an open trial, no judgement"))
U(d, "We do not want a quiet release in two weeks", "the file is closed.",
  ("Zainab al-Hakeem", T, neg, "Iraq", "demand addressed to the authorities, no judgement in the sentence"))
U(d, "That is what happened after Fahim, and that is what we fear now.", "that is what we fear now.",
  ("Zainab al-Hakeem", C, neg, "Iraq", "charge that the authorities buried the earlier case = judgement without stock words"))
U(d, "Kataib Hezbollah's security official, Abu Ali al-Askari, wrote on Telegram", "stayed in detention.",
  ("Kataib Hezbollah", C, neg, "Iraq", "host reporting a faction's threat against the prime minister = condemning; the summary 'The armed factions have been explicit.' gets no row"))
U(d, "Qais al-Khazali, the leader of Asaib Ahl al-Haq, was more restrained", "fought the Islamic State.",
  ("Asaib Ahl al-Haq", C, neg, "Iraq", "'humiliated' = judgement of the government's handling, milder tone"))
U(d, "Al-Askari's posts are not commentary, they are a message to the prime minister's bodyguards.", "a message to the prime minister's bodyguards.",
  ("Ranj Hawrami", C, neg, "Kataib Hezbollah", "reads the posts as threats = negative judgement on the faction (unsure: analysis)"))
U(d, "I would say Khazali's tone was calculated:", "do the threatening.",
  ("Ranj Hawrami", C, neg, "Asaib Ahl al-Haq", "charge of posturing while others threaten = judgement without stock words (unsure)"))
U(d, "The State Department said on Wednesday that it supported the Iraqi government's efforts", "coalition personnel.",
  ("United States", S, pos, "Iraq", "support for the government's accountability efforts"))
U(d, "The UN mission in Baghdad urged all sides to let state institutions", "avoid any escalation.",
  ("United Nations", T, neu, "", "appeal to all sides against escalation"))
U(d, "Iran's foreign ministry spokesman, Saeed Khatibzadeh, was asked about it", "Tehran was following.",
  ("Iran", N, neu, "", "'internal matter' + monitoring, no appeal = neutral"))
# "RANJ HAWRAMI: The American statement was short for a reason." = lead-in to the analysis, no row.
U(d, "Every word of public praise from Washington gets turned into evidence", "acting for the Americans.",
  ("Ranj Hawrami", N, neg, "", "analysis of the factions' media, no judgement of an actor"))
U(d, "The most useful thing his friends abroad can do now is to keep their voices low", "back him in private.",
  ("Ranj Hawrami", T, neu, "", "advice to foreign partners to lower the temperature (unsure: calling_for_talks vs neutral)"))
U(d, "RANJ HAWRAMI: It should finish what it started.", "RANJ HAWRAMI: It should finish what it started.",
  ("Ranj Hawrami", T, neu, "Iraq", "appeal to the government (follow-up to the host's question, which is no one's)"))
U(d, "Charge him or release him according to the law", "on the record.",
  ("Ranj Hawrami", T, neu, "Iraq", "appeal for due process through a court, no judgement"))
U(d, "If Muslih walks out quietly, every commander in the PMF will learn", "overturn a warrant.",
  ("Ranj Hawrami", N, neg, "", "risk scenario, no appeal"))
# "ZAINAB AL-HAKEEM: Hopeful is a big word." and "I am waiting." = no position, no row.
U(d, "The prime minister promised us the killers of the protesters would be found", "than trials since then.",
  ("Zainab al-Hakeem", C, neg, "Iraq", "broken promise = judgement on the government without stock words"))
U(d, "If this arrest is real, we will be the first to say so.", "we will be the first to say so.",
  ("Zainab al-Hakeem", N, neu, "", "conditional readiness to acknowledge the step, no position yet (unsure)"))
U(d, "I hope our friends can come back to the squares", "over their shoulders.",
  ("Zainab al-Hakeem", T, pos, "", "hope for safety and calm = calling_for_talks"))
U(d, "Closer to home, the Kurdistan Region's prime minister, Masrour Barzani, phoned Kadhimi", "a readout from his office.",
  ("Kurdistan Regional Government", S, pos, "Iraq", "host reporting a call of backing ('according to a readout') = supporting"))
