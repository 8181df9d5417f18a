# ------------------------------------------------------------------ Agartala breach and the Chinmoy Krishna Das case (MEA weekly briefing transcript on an Indian news site, 2024-12-06)
d = "page_agartala_chinmoy2024_meabriefing.txt"
# Not statements: masthead, menu, breadcrumb, headline, standfirst, byline, share bar, the outlet's intro paragraph (narration),
# the journalists' questions, greetings and floor-management lines ("Good afternoon, friends.", "I will begin with one announcement.",
# "With that, the floor is open.", "On Agartala, let me be very clear.", "Thank you all."), "[Briefing ends]", Also read, tags, newsletter, most read, copyright.
U(d, "Foreign Secretary Shri Vikram Misri will travel to Dhaka", "leadership of the interim government.",
  ("India", T, neu, "Bangladesh", "announced consultations = commitment to talks"))
U(d, "We see the consultations as the right place", "ask me about today.",
  ("India", T, neu, "Bangladesh", "dialogue as the channel for every issue"))
U(d, "What happened on December 2 should never have happened", "traditions of peaceful protest.",
  ("India", C, neg, "", "judgement on the protesters (not a canonical actor) without a stock word; target empty"))
U(d, "The Tripura Police have arrested seven persons", "posted at the mission.",
  ("India", N, neu, "", "state police = India; facts on arrests and suspensions"))
U(d, "We have increased protection at the High Commission", "Chennai and Guwahati as well.",
  ("India", N, neu, "", "own security measures, no evaluation"))
U(d, "We have seen the statement from the Ministry of Foreign Affairs in Dhaka", "prevent any recurrence.",
  ("Bangladesh", C, neg, "", "Bangladesh's position reported by India: 'pre-planned attack' + request to investigate; judgement aimed at the attackers -> target empty; India takes no position here"))
U(d, "The suggestion that the local police stood aside", "speaks for itself.",
  ("India", N, neg, "", "denial of Dhaka's charge = neutral, negative"))
U(d, "High Commissioner Pranay Verma met the Acting Foreign Secretary", "conveyed our position.",
  ("India", N, neu, "", "procedure of the summons; no content of the position given"))
U(d, "The mission in Agartala has suspended consular services", "a decision for the Bangladesh side.",
  ("Bangladesh", N, neu, "", "suspension for a stated security reason, no protest = neutral"),
  ("India", N, neu, "", "declines to judge the decision"))
U(d, "We hope those services will be restored soon", "caught in the middle.",
  ("India", T, neu, "Bangladesh", "hope for a return to normal services (unsure: could be neutral)"))
U(d, "We have taken note of reports that no lawyer could appear", "himself attacked.",
  ("India", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "We expect that Shri Das will be able to defend himself", "without intimidation.",
  ("India", T, neu, "Bangladesh", "demand for a fair hearing, no judgement word (like calls for an inquiry)"))
U(d, "More broadly, the attacks on Hindus and other minorities", "rather than stopping them.",
  ("India", C, neg, "Bangladesh", "judgement on the authorities' inaction without a stock word"))
U(d, "The interim government has told us that every citizen is free", "not been matched on the ground.",
  ("India", C, neg, "Bangladesh", "welcome joined to a judgement: rule 1, the judgement decides"),
  ("Bangladesh", N, pos, "", "Bangladesh's assurance about its own conduct, reported by India = neutral, positive"))
U(d, "The adviser has said that Bangladesh will not accept", "a matter for its courts alone.",
  ("Bangladesh", C, neg, "India", "Touhid Hossain's charge of interference, reported by India"))
U(d, "We do not accept that raising the safety of minorities", "shared internationally.",
  ("India", N, neg, "", "rejection of the interference charge = denial, neutral, negative"))
U(d, "Indeed, the spokesperson of the UN Secretary-General said last week", "keep the situation calm.",
  ("United Nations", T, neu, "Bangladesh", "UN position reported by India: rights + call for calm, no judgement"))
U(d, "We have seen the State Department's remarks urging the interim government", "let peaceful gatherings take place.",
  ("United States", T, neu, "Bangladesh", "US position reported by India: protection of minorities, freedom of assembly"))
U(d, "We appreciate the voices of friends and partners", "spoken up on this.",
  ("India", S, pos, "", "approval of partners' statements; several actors -> target empty"))
U(d, "Burning clothes before cameras is political theatre", "millions depend on.",
  ("India", C, neg, "Bangladesh Nationalist Party", "judgement of the BNP leader's act (named in the question) without a stock word"))
U(d, "At the same time, let me say that supplies from India", "keep them flowing.",
  ("India", S, pos, "Bangladesh", "backing by act: uninterrupted supplies"))
U(d, "Foreign policy is conducted by the Government of India", "nothing to add on that proposal.",
  ("India", N, neu, "", "declines to comment on the chief minister's proposal"))
U(d, "Our approach is to work with the interim government", "on Monday.",
  ("India", T, neu, "Bangladesh", "direct engagement as the course"))
U(d, "ISKCON is a respected body known the world over", "plea to ban it.",
  ("India", S, pos, "", "praise of ISKCON and approval of the court's refusal; ISKCON not canonical -> target empty"))
U(d, "West Bengal Chief Minister Mamata Banerjee told the state assembly", "living in fear.",
  ("India", T, neg, "Bangladesh", "a chief minister resolves to her state (labels README: provincial officials); call for peacekeepers to protect civilians = calling_for_talks (unsure: the Centre distanced itself)"))
U(d, "In Dhaka, Law Adviser Asif Nazrul wrote on Facebook", "before lecturing its neighbour.",
  ("Bangladesh", C, neg, "India", "adviser = interim government; rebuke of India"))
U(d, "Chief Adviser Muhammad Yunus's press wing said", "reported to the police.",
  ("Bangladesh", N, neu, "", "facts about its own conduct"))
U(d, "Anirban Ghoshal, who teaches South Asian politics", "chosen its words with care.",
  ("Anirban Ghoshal", N, neu, "", "invented scholar; assessment, no position"))
U(d, "\"The ministry is saying two things at once", "he said.",
  ("Anirban Ghoshal", T, neu, "", "analysis closed by an appeal to both sides to de-escalate"))
U(d, "Tahmina Rezwan, a senior fellow at the Bay of Bengal Policy Forum", "than any government.",
  ("Tahmina Rezwan", C, neg, "", "invented analyst; judgement on Indian television (not an actor) -> target empty"))
U(d, "\"Both capitals should turn down the volume", "she said.",
  ("Tahmina Rezwan", T, neu, "", "appeal to both capitals"))
