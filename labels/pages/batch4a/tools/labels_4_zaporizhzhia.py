# ------------------------------------------------------------------ Zaporizhzhia nuclear plant shelling (UN noon-briefing readout, 2022-08-12)
d = "page_zaporizhzhia_unreadout.txt"
U(d, "The Secretary-General remains gravely concerned by the situation", "over the past week.",
  ("United Nations", N, neg, "", "concern with no appeal in the sentence = neutral, negative"))
U(d, "Any attack on a nuclear plant is a reckless and self-defeating act", "must never happen.",
  ("United Nations", C, neg, "", "judgement ('reckless and self-defeating') on attacks by no named actor -> condemning, target empty"))
U(d, "He once again calls on the parties to halt all military activity", "or its surroundings.",
  ("United Nations", T, neu, "", "appeal to both parties"))
U(d, "The Secretary-General also urges the withdrawal of military personnel", "perimeter around it.",
  ("United Nations", T, neu, "", "demilitarisation appeal; addressed to no one by name (implicitly Russia) -> target empty"))
U(d, "He described the situation as alarming and told the Council", "must stop at once.",
  ("IAEA", T, neg, "", "alarm + demand that military action stop, no actor judged; 'He' = Grossi"))
U(d, "Mr. Grossi said the Agency was ready to lead a mission of experts", "as soon as possible.",
  ("IAEA", T, pos, "", "offer of an inspection mission + appeal for access to both sides"))
U(d, "In an update issued this morning, the IAEA said the plant's Ukrainian operators", "the latest shelling.",
  ("IAEA", N, neu, "", "technical fact; the operators are only mentioned"))
U(d, "Our humanitarian colleagues tell us that an inter-agency convoy", "the Zaporizhzhia region.",
  ("United Nations", S, pos, "Ukraine", "aid delivered = supporting; UN humanitarian colleagues relayed by the spokesman"))
U(d, "The Joint Coordination Centre in Istanbul reports", "the Initiative to 14.",
  ("United Nations", N, neu, "", "figure from the UN-hosted joint centre relayed by the spokesman; unsure whether the JCC should be an actor at all"))
U(d, "Russia's ambassador, Vassily Nebenzia, told the Council yesterday", "at risk.",
  ("Russia", C, neg, "Ukraine", "speaker label 'Question: Thank you, Stéphane.' excluded; position of X reported inside a question; accusation by describing attacks"))
U(d, "Ukraine says it is Russia that is shelling it, and from inside the site.", "inside the site.",
  ("Ukraine", C, neg, "Russia", "accusation reported inside a question"))
U(d, "We are not in a position to attribute responsibility for these incidents.", "for these incidents.",
  ("United Nations", N, neu, "", "speaker label 'Spokesman: ' excluded; declining to attribute blame, no appeal = neutral"))
U(d, "What we need is for the IAEA to be able to do its work on the ground", "has to stop.",
  ("United Nations", T, neu, "", "appeal for access and an end to shelling"))
U(d, "Mr. Nebenzia also said Russia was ready to help an IAEA team get to the plant.", "get to the plant.",
  ("Russia", T, pos, "", "agreeing to facilitate an inspection mission = commitment to a peaceful course"))
U(d, "Our colleagues in the Department of Safety and Security are in contact", "parties agree to.",
  ("United Nations", S, pos, "IAEA", "offer of logistical support to the IAEA mission"))
U(d, "Ukraine's ambassador, Sergiy Kyslytsya, said the Russian military had turned", "nuclear blackmail.",
  ("Ukraine", C, neg, "Russia", "accusation inside a question; Moscow = capital as metonym (target Russia)"))
U(d, "The State Department says Washington backs the Secretary-General's call", "demilitarized zone.",
  ("United States", S, pos, "United Nations", "backing a named actor's proposal = supporting that actor; unsure, could be calling_for_talks (the proposal is a de-escalation)"))
U(d, "The Secretary-General has been very clear in condemning attacks on nuclear facilities", "whoever is behind them.",
  ("United Nations", C, neg, "", "condemnation refusing to name a side -> target empty"))
U(d, "His call for a demilitarized perimeter is addressed to all parties", "has not changed.",
  ("United Nations", T, neu, "", "restating an appeal to all parties"))
U(d, "The EU's foreign policy chief said this week that Russia's military presence", "back to Ukraine.",
  ("European Union", C, neg, "Russia", "position of X reported inside a question; judgement + demand: rule 1"))
U(d, "As I understood it, China's representative urged all parties", "endanger nuclear safety.",
  ("China", T, neu, "", "position of China relayed by the UN spokesman (UN takes no position in this sentence)"))
U(d, "Energoatom says Russian forces shelled the site again on Thursday", "one of the reactors.",
  ("Ukraine", C, neg, "Russia", "Energoatom = Ukraine's state nuclear operator -> Ukraine; accusation by describing attacks"))
