# ------------------------------------------------------------------ Houthis attack and set ablaze the tanker Sounion (UN noon briefing transcript, 2024-08-29)
d = "page_sounion_unbriefing.txt"
H = "Houthis"
UN = "United Nations"
U(d, "The Secretary-General continues to follow with great concern", "crude oil on board.",
  (UN, N, neg, "", "concern with no appeal = neutral, negative (guide)"))
U(d, "He reiterates his strong condemnation of the Houthi attacks on the Sounion", "across the region.",
  (UN, C, neg, H, "'He' = the Secretary-General; condemnation"))
U(d, "A major spill would hit fishing communities", "neighbouring countries.",
  (UN, N, neg, "", "spokesman's own warning of consequences, no appeal, no actor judged"))
U(d, "We have seen reports that the Houthis have agreed to allow tugboats", "reach the tanker.",
  (H, T, neu, "", "position of X reported by Y: the Houthis' agreement to let salvage through = agreeing to humanitarian access (talks); 'We' (UN) takes no position here"))
U(d, "The Secretary-General welcomes any step that would make a salvage operation possible", "without delay.",
  (UN, T, pos, "", "welcome + appeal with no judgement: rule 2 before rule 3"))
U(d, "The United Nations stands ready to support these efforts", "spill off Hodeidah.",
  (UN, S, pos, "", "offer of support/expertise = supporting; aimed at the salvage effort, no canonical actor -> target empty"))
U(d, "Our colleagues at the International Maritime Organization (IMO) tell us", "technical assistance for the response.",
  ("International Maritime Organization", S, neu, "", "IMO reported by the UN spokesman; offer of technical assistance = supporting (offer)"))
U(d, "In a statement yesterday, IMO Secretary-General Arsenio Dominguez described the assault", "never become targets.",
  ("International Maritime Organization", C, neg, H, "'unacceptable' = judgement; the assault is the Houthis' (named earlier on the page)"))
U(d, "The Special Envoy for Yemen, Hans Grundberg, remains in contact", "peace in Yemen.",
  (UN, T, neu, "", "Special Envoy = UN; restraint and de-escalation"))
U(d, "Security Council resolution 2722 (2024) demands that the Houthis cease all attacks", "must be fully respected.",
  (UN, T, neg, H, "demand addressed to one side with no judgement word = calling_for_talks, negative (labels/README); contrast with the condemnation above"))
U(d, "On the humanitarian front, our colleagues at OCHA remind us", "badly underfunded.",
  (UN, N, neg, "", "OCHA = UN; figures"))
U(d, "Steph, Iran's mission said last night that several countries had asked the Houthis for a pause", "delay in the salvage.",
  ("Iran", C, neg, "", "journalist's question reporting Iran's UN mission: blame of unnamed countries = judgement; target empty (not named); the journalist and 'several countries' get no row"))
U(d, "But the Houthi spokesman, Mohammed Abdulsalam, then said there was no truce at all", "tow the ship.",
  (H, N, neg, "", "denial of a truce (neutral, negative); the permission itself was already reported above"))
U(d, "I have seen both statements, and I am not going to parse them.", "parse them.",
  (UN, N, neu, "", "declining to comment on the two accounts = neutral (as batch5c's Peskov)"))
U(d, "What matters to us is that the ship is towed away", "should be encouraged.",
  (UN, T, neu, "", "speaker label 'Spokesman:' = UN; appeal for a safe salvage, no judgement"))
U(d, "The Greek Government has called the attack a gross breach", "freedom of navigation.",
  ("Greece", C, neg, H, "position reported inside a question; 'gross breach' = judgement; the attack is the Houthis' (unsure about the target: the Greek statement did not name them)"))
U(d, "I think our language has been very clear.", "very clear.",
  (UN, N, neu, "", "refers back to its earlier wording without a new position = neutral"))
U(d, "These attacks violate international law, and they need to stop.", "These attacks violate international law, and they need to stop.",
  (UN, C, neg, H, "judgement ('violate international law') + demand: rule 1; 'These attacks' = the Houthis' by context"))
U(d, "Over the weekend, the US Ambassador, Linda Thomas-Greenfield, accused the Houthis", "comply with 2722.",
  ("United States", C, neg, H, "US ambassador to the UN speaks for the US; accusation inside a question"))
U(d, "The Council's programme of work is for its members", "presidency to decide.",
  (UN, N, neu, "", "procedural answer, no position"))
U(d, "The EU mission Aspides says the ship is still burning", "no visible oil slick.",
  ("European Union", N, neu, "", "Aspides = EU (name files); facts reported inside a question"))
U(d, "We have no independent way of assessing the vessel at sea", "telling us.",
  (UN, N, neu, "", "facts about its own capacity"))
U(d, "The Houthis put out a video today of explosions on the deck", "war in Gaza ends.",
  (H, C, neg, "", "threat to keep attacking ships = condemning; aimed at shipping companies (non-canonical) -> target empty (unsure: could be Israel)"))
U(d, "Threatening commercial shipping is unacceptable", "reckless in the extreme.",
  (UN, C, neg, H, "'unacceptable', 'reckless' = judgement of the Houthis' acts (by context)"))
U(d, "The Yemeni Government has asked for international help to contain a possible spill.", "contain a possible spill.",
  ("Yemen", T, neu, "", "the internationally recognised government = Yemen; asking for help = calling_for_talks (labels/README), not supporting"))
U(d, "Our colleagues on the ground are in touch with the Government", "in case of a spill.",
  (UN, N, neu, "", "contacts and contingency plans; 'the de facto authorities in Sana'a' = Houthis only mentioned"))
U(d, "All 25 crew members, 23 from the Philippines and two from Russia", "brought to Djibouti.",
  (UN, N, neu, "", "facts given by the spokesman"),
  ("European Union", S, neu, "", "rescue by an Aspides frigate reported as done = assistance by act; the frigate's flag (France) is not the actor (unsure)"))
