# ------------------------------------------------------------------ Assault on UN peacekeepers near Pyla, Cyprus buffer zone (UN noon briefing, 2023-08-18)
d = "page_pyla_peacekeepers_unbriefing.txt"
# No rows: skip link, UN banner, languages, menu, title, date, "Noon Briefing", the transcript note, "**" crossheads,
# "* *** *", "For information media. Not an official record.", related documents, share, footer.
# No rows: "Good afternoon. I will start with a statement ..." and "That was the statement." (the briefer's procedure).
U(d, "The Secretary-General strongly condemns this morning's assaults", "United Nations vehicles damaged.",
  ("United Nations", C, neg, "Northern Cyprus authorities", "statement attributable to the Spokesperson = the Secretary-General = United Nations; 'Turkish Cypriot security personnel' = the breakaway administration's forces"))
U(d, "The peacekeepers were carrying out their mandate", "in the buffer zone.",
  ("United Nations", N, neu, "", "own mandate stated, no evaluation"))
U(d, "The Secretary-General recalls that the safety and security of peacekeepers", "serious crimes under international law.",
  ("United Nations", C, neg, "", "attacks 'may amount to serious crimes' = judgement; nobody named in the sentence -> target empty"))
U(d, "He urges the Turkish Cypriot side to honour the mission's mandate", "raise tensions further.",
  ("United Nations", T, neg, "Northern Cyprus authorities", "'He' = the Secretary-General; demand to withdraw + restraint, no judgement word -> calling_for_talks"))
U(d, "His Special Representative and head of the mission, Colin Stewart", "restore calm.",
  ("United Nations", T, neu, "", "role then name; contacts with both sides to restore calm = calling_for_talks; two sides -> target empty"))
U(d, "In addition, our colleagues from the United Nations Peacekeeping Force in Cyprus", "drag them off the road.",
  ("United Nations", N, neu, "", "UNFICYP = United Nations; injuries and damage as facts = neutral in tone (guide: facts given by an actor)"))
U(d, "The mission says the situation on the ground is calm for now", "to monitor it.",
  ("United Nations", N, neu, "", "'The mission' = UNFICYP; situation report"))
U(d, "Turning to Sudan, our humanitarian colleagues say", "into neighbouring countries.",
  ("United Nations", N, neu, "", "OCHA figures, no appeal in this sentence; figures = neutral tone"))
U(d, "They are once again calling on the parties to let aid convoys", "almost entirely cut off.",
  ("United Nations", T, neg, "", "'They' = the humanitarian colleagues (OCHA); access appeal to both parties -> target empty"))
U(d, "On Niger, the Secretary-General remains deeply worried", "immediate and unconditional release.",
  ("United Nations", T, neg, "Niger", "concern + call for release addressed to the junta (= Niger), no judgement word -> calling_for_talks"))
# No row: "Deputy Spokesperson: All right, let's go to your questions." (procedure).
U(d, "Farhan, on Cyprus, the Government in Nicosia is calling what happened", "British and Slovak peacekeepers.",
  ("Cyprus", C, neg, "Turkey", "a position of Cyprus reported inside a journalist's question = Cyprus's statement; Nicosia = metonym; 'Turkish occupation forces' -> Turkey (the journalist is not an actor; the question itself gets no row)"))
# No row: "Does the Secretary-General hold Türkiye responsible?" (a question).
# No row: "The statement I just read is clear about who was involved." (refers back, no new position).
U(d, "I'm not going to go beyond what the mission has said", "the chain of responsibility.",
  ("United Nations", N, neu, "", "declines to go further = neutral"))
U(d, "The Turkish Cypriot \"foreign ministry\" put out a statement this afternoon", "abandoned its impartiality.",
  ("Northern Cyprus authorities", C, neg, "United Nations", "the breakaway administration's 'foreign ministry' (in scare quotes) reported by a journalist; accusation against UNFICYP (= United Nations)"))
U(d, "We reject that characterization.", "reject that characterization.",
  ("United Nations", N, neg, "", "denial of the accusation = neutral, negative"))
U(d, "The peacekeepers were doing exactly what the Security Council has mandated", "status quo in the buffer zone.",
  ("United Nations", N, neu, "", "own mandate restated; the Security Council only as object"))
U(d, "Just to follow up, Mr. Ertuğruloğlu, who calls himself the foreign minister in the north", "against the Turkish Cypriots.",
  ("Northern Cyprus authorities", C, neg, "United Nations", "position reported in a question; defiance + accusation of a conspiracy"))
U(d, "Again, our position is that any construction in the buffer zone has to be authorized", "any further escalation.",
  ("United Nations", T, neu, "Northern Cyprus authorities", "engagement to avoid escalation with one side = calling_for_talks"))
U(d, "The United States, the United Kingdom and France, three permanent members of the Council", "carry out its work.",
  ("United States", C, neg, "Northern Cyprus authorities", "joint statement of three states reported in a question = one row per state; 'intolerable' = judgement"),
  ("United Kingdom", C, neg, "Northern Cyprus authorities", "same sentence"),
  ("France", C, neg, "Northern Cyprus authorities", "same sentence"))
U(d, "The European Union and Greece have also condemned the attack.", "condemned the attack.",
  ("European Union", C, neg, "Northern Cyprus authorities", "list of two actors in one sentence = two rows; 'the attack' = the assault by Turkish Cypriot personnel"),
  ("Greece", C, neg, "Northern Cyprus authorities", "same sentence"))
# No row: "Do you welcome that support?" (a question).
U(d, "We're grateful for the support that Member States have expressed", "the work of the mission.",
  ("United Nations", S, pos, "", "gratitude to unnamed Member States = supporting, target empty"))
U(d, "Slovakia's defence ministry says two of its soldiers were among the injured.", "among the injured.",
  ("Slovakia", N, neu, "", "casualty fact given by a state body, reported in a question = neutral tone"))
# No rows: "Is the Security Council going to meet on this?" (question); "I'd refer you to the Council presidency on scheduling." (referral).
U(d, "What I can tell you is that the Secretariat will keep Council members fully informed.", "fully informed.",
  ("United Nations", N, neu, "", "own procedure"))
U(d, "Farhan, Türkiye's ruling party spokesman, Ömer Çelik, said this afternoon", "was unacceptable.",
  ("Turkey", C, neg, "United Nations", "AK Party spokesman = Turkey (guide table; spelled Ömer Çelik here); 'unacceptable' aimed at the UN; Erdoğan in the next sentence only as object of a question"))
# No rows: "Is the Secretary-General planning to call President Erdoğan?" (question); "I don't have any calls to announce ..." (no position).
U(d, "On Niger, the ECOWAS defence chiefs meeting in Accra said today", "possible military intervention.",
  ("ECOWAS", C, neg, "Niger", "agreed date for a possible intervention = threat of a military operation against the junta; Accra = place"))
U(d, "The Secretary-General continues to back the efforts of ECOWAS", "found through dialogue.",
  ("United Nations", T, pos, "", "backing ECOWAS's efforts + hope for a peaceful solution through dialogue: rule 2 before rule 3 (unsure: could be supporting ECOWAS)"))
# No rows: the journalist's "Isn't it embarrassing ..." (not an actor) and "I wouldn't accept that premise." (rejects a reporter's framing, not an actor's accusation).
U(d, "The peacekeepers stood their ground this morning", "hurt doing so.",
  ("United Nations", N, pos, "", "praise of own peacekeepers = neutral, positive"))
# No rows: the last question and answer (scheduling), "Thank you all, and have a good weekend."
# No row: "Tomorrow, 19 August, is World Humanitarian Day, and it also marks 20 years since the bombing ..." (calendar + history, no position).
U(d, "In his message for the Day, the Secretary-General pays tribute to the aid workers", "nowhere else to turn.",
  ("United Nations", N, pos, "", "tribute to aid workers (not an actor) = neutral, positive"))
U(d, "He calls on all parties to armed conflict to respect international humanitarian law", "without being targeted.",
  ("United Nations", T, neu, "", "'He' = the Secretary-General; general appeal to protect aid workers = calling_for_talks; no party named"))
# No rows: the wreath-laying and Monday commemoration, the Guests item (schedule); the journalist's nationality question.
U(d, "I'm not going to get into nationalities at this stage", "and for the families.",
  ("United Nations", N, neu, "", "declines to give nationalities = neutral; the next sentence ('Once the mission has more ...') is a promise of information, no row"))
