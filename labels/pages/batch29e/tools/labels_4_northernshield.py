# ------------------------------------------------------------------ Israel's Operation Northern Shield against Hezbollah tunnels (UN noon briefing transcript, 2018-12-05)
d = "page_northernshield2018_unbriefing.txt"
# Not statements: page header, title, date, transcript note, "**" subheads, "Good afternoon.", "I will start with ...",
# "Questions and Answers", the speaker labels' bare questions ("Will the Secretary-General do that?"), closing lines.
U(d, "The Head of Mission and Force Commander of the United Nations Interim Force in Lebanon", "the Israel Defense Forces.",
  ("United Nations", T, neu, "", "the UNIFIL head convening a tripartite meeting = the host convening talks (labels/README: host convening is calling_for_talks)"))
U(d, "During the meeting, the Israeli side briefed on the activity", "its own concerns.",
  ("Israel", N, neu, "", "'the Israeli side' briefed on its own activity = facts"),
  ("Lebanon", N, neg, "", "'the Lebanese side' set out concerns, no appeal stated = neutral, negative tone"))
U(d, "The Force Commander told both delegations that UNIFIL was engaged", "completed their work.",
  ("United Nations", N, neu, "", "fact-finding procedure"))
U(d, "He called on both sides to use the liaison and coordination mechanisms", "other side of the line.",
  ("United Nations", T, neu, "", "appeal to both sides to use channels and avoid unilateral steps"))
U(d, "UNIFIL has increased its patrols along the Blue Line", "remains calm.",
  ("United Nations", N, neu, "", "own measures and situation report"))
U(d, "The Secretary-General is following the developments closely.", "closely.",
  ("United Nations", N, neu, "", "monitoring with no appeal = neutral"))
U(d, "He reiterates his call on all parties to respect the cessation of hostilities", "resolution 1701 (2006).",
  ("United Nations", T, neu, "", "appeal to all parties"))
U(d, "Turning to Yemen: the Special Envoy, Martin Griffiths, is in Stockholm", "tomorrow.",
  ("United Nations", T, pos, "", "the envoy convening consultations between the parties = calling_for_talks"))
U(d, "Mr. Griffiths said he was grateful to the Government of Sweden", "from Sana'a.",
  ("United Nations", S, pos, "", "gratitude to two hosts = praise; two targets -> empty"))
U(d, "Prime Minister Netanyahu said today he had asked the Secretary-General", "more sanctions on the group.",
  ("Israel", C, neg, "Hezbollah", "a journalist's question reporting Netanyahu's position = Israel's statement (labels/README); denunciation + sanctions"))
U(d, "I can confirm that the Secretary-General and the Prime Minister spoke.", "spoke.",
  ("United Nations", N, neu, "", "procedural confirmation of a call"))
U(d, "The Secretary-General listened to the Prime Minister's concerns and stressed the importance of calm", "address the matter.",
  ("United Nations", T, neu, "Israel", "stress on calm and the UNIFIL channel addressed to Israel's PM = appeal"))
U(d, "I'm not going to go beyond the readout", "before characterizing anything.",
  ("United Nations", N, neu, "", "procedural line: declines to characterise = neutral"))
U(d, "Any crossing of the Blue Line, by land, by air or under the ground", "not mine.",
  ("United Nations", N, neu, "", "statement of the resolution's rule, conditional and aimed at no party = neutral (unsure: a reader might take it as an implied judgement of Hezbollah)"))
U(d, "But let's allow the peacekeepers to do their work first.", "first.",
  ("United Nations", N, neu, "", "procedural"))
U(d, "On the Lebanese side, Prime Minister-designate Saad Hariri's office said", "the southern border.",
  ("Lebanon", N, neu, "", "question reporting Hariri's office: commitment to 1701 + own army's responsibility = reassurance about own conduct"))
U(d, "President Michel Aoun also accused Israel of violating Lebanese airspace", "almost daily.",
  ("Lebanon", C, neg, "Israel", "accusation reported in a question = Lebanon's statement"))
U(d, "We have reported repeatedly, in the Secretary-General's reports to the Council", "Lebanese airspace.",
  ("United Nations", N, neu, "", "own reporting record, facts"))
U(d, "Those reports speak for themselves, and we urge that they cease.", "cease.",
  ("United Nations", T, neg, "Israel", "demand that the overflights stop, no judgement word = calling_for_talks, negative (labels/README: demand to one side to stop)"))
# "Hezbollah has said nothing officially so far." = journalist's narration; "Its Al-Manar television said ..." = an outlet's commentary, not an actor's position stated as such (unsure: could be a Hezbollah row).
U(d, "UNIFIL's interlocutor is the Lebanese Armed Forces", "our contacts take place.",
  ("United Nations", N, neu, "", "procedural"))
U(d, "The US National Security Adviser, John Bolton, said Washington was firmly behind", "the danger on the border.",
  ("United States", C, neg, "Iran", "backing of Israel joined to an accusation of Iran and its proxies: the judgement decides (rule 1)"))
U(d, "I am not going to comment on the comments of Member States.", "Member States.",
  ("United Nations", N, neu, "", "procedural refusal to comment"))
U(d, "What I will say is that the Secretary-General wants to see the calm", "exercise restraint.",
  ("United Nations", T, neu, "", "appeal for restraint to all parties"))
U(d, "Nadim Sfeir, a researcher at the Beirut Centre for Border Studies, told my paper", "on both sides.",
  ("Nadim Sfeir", T, neg, "United Nations", "invented researcher, reported in a question; asks for quick publication of findings (like a demand for an inquiry = calling_for_talks); 'propaganda on both sides' aimed at no one in particular"))
U(d, "I'm not going to give a timeline.", "share them with you here.",
  ("United Nations", N, neu, "", "procedural"))
U(d, "Russia's Foreign Ministry spokeswoman said Moscow hoped Israel would act", "its own territory.",
  ("Russia", T, neu, "Israel", "hope addressed to one side, no judgement = calling_for_talks"))
U(d, "Not that I'm aware of.", "at this stage.",
  ("United Nations", N, neu, "", "procedural"))
U(d, "The delegation from Sana'a arrived in Sweden yesterday evening", "expected today.",
  ("United Nations", N, neu, "", "logistics facts"))
U(d, "The Special Envoy has said he is encouraged that both delegations are coming.", "are coming.",
  ("United Nations", S, pos, "", "approval of the parties' attendance (unsure: could be calling_for_talks as support for the talks)"))
