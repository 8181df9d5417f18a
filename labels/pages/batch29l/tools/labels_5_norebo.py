# ------------------------------------------------------------------ Norway's sanctions on Norebo and Murman Seafood (radio interview transcript, 2025-07-31)
d = "page_norway_norebo_sanctions2025_radiointerview.txt"
# Not statements: programme header, episode line, menus, editorial note, greetings and thanks, the host's bare questions and links, END line, related episodes, tags, copyright.
U(d, "On the seventh of July the government in Oslo put two of Russia's biggest fishing companies", "which listed them in May.",
  ("Norway", C, neg, "", "host reports Norway's sanctions (a measure = condemning); targets are companies (not canonical) -> empty"),
  ("European Union", C, neg, "", "the EU's earlier listing reported in a relative clause = sanctions"))
# "Their trawlers can no longer enter Norwegian ports ..." = effect of the measure, narration, no row.
U(d, "This week Moscow struck back with words:", "said Russia would respond.",
  ("Russia", C, neg, "Norway", "host's reported clause: summons + protest note + accusation + threatened response"))
U(d, "The fisheries cooperation with Russia in the Barents Sea", "we want to keep it.",
  ("Norway", T, pos, "Russia", "denial plus wish to keep the cooperation channel open = commitment to talks"))
U(d, "Joint management of cod and haddock stocks continues", "meet as planned in the autumn.",
  ("Norway", N, neu, "", "facts and plans, no evaluation"))
U(d, "What we have done is close our waters and ports to two companies", "against critical infrastructure.",
  ("Norway", C, neg, "", "measure restated with the accusation of intelligence gathering; companies not canonical -> target empty"))
U(d, "SIVERTSEN NÆSS: I will not go into intelligence assessments on the radio.", "on the radio.",
  ("Norway", N, neu, "", "declining to comment = procedural"))
U(d, "But I can say that vessels linked to these companies have repeatedly been seen loitering", "for commercial reasons.",
  ("Norway", C, neg, "", "accusation by describing the vessels' conduct"))
U(d, "A government that saw this and did nothing would be failing its own people.", "failing its own people.",
  ("Norway", N, neu, "", "justification of own act, no actor judged"))
U(d, "HOST: The Russian ambassador in Oslo, Nikolai Korchunov, told the state agency TASS", "served only to please Brussels.",
  ("Russia", C, neg, "Norway", "host's line reporting the ambassador's position (README: host reporting another actor = that actor's statement)"))
U(d, "SIVERTSEN NÆSS: Norway makes its own decisions.", "Norway makes its own decisions.",
  ("Norway", N, neu, "", "rejection of the charge of serving Brussels = denial"))
U(d, "We align with European sanctions when they serve our security", "this one clearly does.",
  ("Norway", N, neu, "", "explanation of policy"))
U(d, "HOST: Zakharova's words were that the unfriendly step would not go unanswered.", "would not go unanswered.",
  ("Russia", C, neg, "Norway", "threat reported by the host; surname only"))
U(d, "SIVERTSEN NÆSS: We take every statement from Moscow seriously, and we are prepared.", "we are prepared.",
  ("Norway", N, neu, "", "readiness, no judgement, no appeal (unsure)"))
U(d, "But I would encourage the Russian side to keep fisheries management out of this dispute.", "out of this dispute.",
  ("Norway", T, neu, "Russia", "appeal to the Russian side"))
U(d, "AASHEIM: It is the most serious strain on the fisheries relationship", "since the agreement was signed.",
  ("Sigrun Aasheim", N, neg, "", "invented analyst; assessment of gravity, no judgement"))
U(d, "The Russian trawler fleet has been treated as off limits for sanctions", "it had kept for three years.",
  ("Sigrun Aasheim", N, neu, "", "analysis of Oslo's step, 'crossed a line' descriptive here (answered 'not a mistake' next)"))
U(d, "On the evidence that has been made public, the government had a reasonable case", "gave it cover.",
  ("Sigrun Aasheim", S, pos, "Norway", "approval of the government's decision"))
U(d, "What I would criticise is the communication:", "a hard decision.",
  ("Sigrun Aasheim", C, neg, "Norway", "explicit criticism of the government's handling"))
U(d, "HOST: Let me read you something from the Norwegian Fishermen's Association", "its members rely on.",
  ("Norwegian Fishermen's Association", N, neg, "", "host quotes the association: understanding + fear, no judgement or appeal = neutral, negative"))
U(d, "The Russians could, in principle, restrict Norwegian vessels", "the next round of quota talks.",
  ("Sigrun Aasheim", N, neg, "", "scenario, no position"))
U(d, "I expect threats rather than action for now", "to manage its own cod.",
  ("Sigrun Aasheim", N, neu, "", "forecast"))
U(d, "The European Union's foreign policy spokesperson said yesterday", "any Russian pressure.",
  ("European Union", S, pos, "Norway", "host reports the EU's backing + offer of help"))
U(d, "SIVERTSEN NÆSS: We are grateful for that support", "with our Nordic neighbours.",
  ("Norway", N, pos, "", "gratitude + coordination: own conduct (unsure: gratitude to the EU could be supporting)"))
U(d, "That the government will follow the consequences closely", "look at measures to help them.",
  ("Norway", N, neu, "", "plans for own fishermen, no other actor"))
U(d, "Nobody on the coast should pay alone for decisions taken to protect all of us.", "to protect all of us.",
  ("Norway", N, pos, "", "reassurance, own conduct"))
U(d, "PEDERSEN (recorded): I've fished next to Russian boats for thirty years", "fishermen like us.",
  ("Odd-Arne Pedersen", N, neu, "", "invented skipper; own experience"))
U(d, "But if some of those ships are doing the Kremlin's spying", "shut them out.",
  ("Odd-Arne Pedersen", S, neu, "Norway", "conditional approval of Oslo's measure (unsure: conditional)"))
U(d, "I just hope the quota talks don't go under because of it.", "because of it.",
  ("Odd-Arne Pedersen", T, neg, "", "hope that talks continue = calling_for_talks"))
U(d, "If it stays away, we are in a new situation, and both governments should work hard", "to prevent that.",
  ("Sigrun Aasheim", T, neg, "", "appeal to both governments"))
