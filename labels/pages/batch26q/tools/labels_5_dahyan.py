# ------------------------------------------------------------------ Coalition air strike on a school bus in Dahyan, Saada (UN noon briefing, 2018-08-10)
d = "page_yemen_dahyan_busstrike2018_noonbriefing.txt"
# Not statements: site menu, breadcrumb, briefing title, date, transcript note, greeting, topic headings ("Yemen",
# "Democratic Republic of the Congo", "Questions and Answers"), the "Question:"/"Deputy Spokesman:" labels (excluded from units),
# reporters' own questions ("What's your reaction?", "Any comment?", "Is the UN sending supplies?"), sign-off, media note,
# Related line, share bar, footer. The Deputy Spokesman speaks for the United Nations; "the coalition" = Saudi-led coalition =
# Saudi Arabia (alias in the name files).
U(d, "As you will have seen, yesterday afternoon we issued a statement", "home from a summer school.",
  ("United Nations", C, neg, "Saudi Arabia", "the Secretary-General's condemnation of the coalition strike, relayed by the spokesman"))
U(d, "He asked that the incident be investigated swiftly", "independent of the parties.",
  ("United Nations", T, neu, "", "demand for an independent inquiry = calling_for_talks (labels/README)"))
U(d, "He also reminded all parties that the laws of war oblige them", "without exception.",
  ("United Nations", T, neu, "", "protection of civilians, addressed to all parties"))
U(d, "The Secretary-General offered his heartfelt sympathy", "a full recovery.",
  ("United Nations", S, pos, "", "condolences to the victims' families = solidarity (supporting); the families are no actor -> target empty (unsure: could be neutral, positive)"))
U(d, "The International Committee of the Red Cross says that the hospital it supports", "30 of them children.",
  ("ICRC", N, neu, "", "casualty figures given by an actor = neutral"))
U(d, "The Humanitarian Coordinator for Yemen, Lise Grande, said", "heaviest bombing of the war.",
  ("United Nations", N, neg, "", "grief and concern, no appeal, no actor judged (unsure: 'no child should ever die' could be read as an appeal)"))
U(d, "From UNICEF, Executive Director Henrietta Fore said", "the last such attack.",
  ("UNICEF", T, neg, "", "reproach of no named actor + an appeal to the parties and their backers = calling_for_talks"))
U(d, "The Special Envoy, Martin Griffiths, remains committed", "more urgent.",
  ("United Nations", T, neu, "", "convening consultations = calling_for_talks"))
U(d, "Also on Yemen, the Security Council will hold closed consultations", "Poland and Sweden.",
  ("Bolivia", T, neu, "", "five states as a list, one row each: requesting a Council meeting after the attack = a diplomatic course (unsure: could be neutral procedure)"),
  ("Netherlands", T, neu, "", "as Bolivia"),
  ("Peru", T, neu, "", "as Bolivia"),
  ("Poland", T, neu, "", "as Bolivia"),
  ("Sweden", T, neu, "", "as Bolivia"))
U(d, "In the Democratic Republic of the Congo, the World Health Organization reports", "North Kivu province.",
  ("World Health Organization", N, neu, "", "another item of the briefing: a plan/fact reported by WHO"))
U(d, "Farhan, the coalition's spokesman, Colonel Turki al-Maliki, has said", "missile on Jizan.",
  ("Saudi Arabia", C, neg, "Houthis", "the coalition's position reported inside a reporter's question; defends its strike as aimed at those who fired on Jizan = accusation of the Houthis"))
U(d, "We are not in a position to verify what was targeted.", "what was targeted.",
  ("United Nations", N, neu, "", "declines to verify = neutral"))
U(d, "What we do know is that there were children on that bus", "everyone can trust.",
  ("United Nations", T, neg, "", "restates the call for a credible inquiry"))
U(d, "That report is prepared every year on the basis of verified information", "the next one.",
  ("United Nations", N, neu, "", "procedural line, declines to prejudge"))
U(d, "The State Department spokeswoman, Heather Nauert, said yesterday", "the incident thoroughly.",
  ("United States", T, neu, "Saudi Arabia", "the US position reported in a reporter's question; asks the coalition to investigate, no judgement = calling_for_talks"))
U(d, "The Secretary-General's call was for an independent investigation", "remains his position.",
  ("United Nations", T, neu, "", "restates the call for an independent inquiry"))
U(d, "The Houthis' spokesman, Mohammed Abdulsalam, accused the coalition", "an emergency session.",
  ("Houthis", C, neg, "Saudi Arabia", "accusation + request for a Council session: rule 1; one row for the spokesman and 'the Houthi leadership' (same actor)"))
# "We have seen the statements from both sides." = acknowledgement, no position: no row.
U(d, "Let the investigation establish the facts.", "establish the facts.",
  ("United Nations", N, neu, "", "defers to the inquiry, declines to judge = neutral"))
U(d, "And I would add that the Secretary-General has repeatedly condemned the firing of missiles", "civilians in danger.",
  ("United Nations", C, neg, "Houthis", "condemnation of missile fire into Saudi Arabia (the Houthis by context)"))
U(d, "A surgeon at the hospital in Saada, Dr. Yahya Mutahar, told our agency", "running out of blood.",
  ("Yahya Mutahar", N, neg, "", "invented witness quoted in a reporter's question; injuries and shortages = facts"))
# "Yes." = no row.
U(d, "The World Health Organization has delivered trauma kits", "children and their families.",
  ("World Health Organization", S, pos, "", "aid delivered = backing by act; no actor as recipient -> target empty"),
  ("UNICEF", S, pos, "", "supplies and psychosocial support provided = supporting"))
U(d, "Khaled Bamatraf of the Aden Policy Institute wrote this morning", "while strikes like this continue.",
  ("Khaled Bamatraf", N, neg, "", "invented analyst quoted in a reporter's question; forecast, no judgement"))
# "He is." = no row.
U(d, "Mr. Griffiths believes that the way to stop these tragedies", "with that in mind.",
  ("United Nations", T, pos, "", "the Envoy's course: bring the parties together"))
# "I don't have any calls to read out for you at this stage." = non-answer, no row.
