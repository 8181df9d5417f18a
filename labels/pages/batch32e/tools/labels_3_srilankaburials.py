# ------------------------------------------------------------------ Sri Lanka ends compulsory cremation of COVID-19 dead (UN noon briefing transcript, 2021-02-26)
d = "page_srilanka_covidburials2021_noonbriefing.txt"
# Not statements: header lines, title, date, transcript note, greeting and virtual-mode remark, topic heads (**Myanmar ...),
# speaker labels, the questions themselves ("Does the Secretary-General welcome this?", "Do you see a link?", ...), sign-off,
# "For information media. Not an official record."
# Questions that report another actor's position are that actor's statement (labels/README, twenty-seventh session).
# "This morning, the Special Envoy on Myanmar, Christine Schraner Burgener, briefed the General Assembly ..." = a meeting narrated,
# its content is the next unit: no row.
U(d, "She condemned the use of lethal force against peaceful demonstrators", "President Win Myint.",
  ("United Nations", C, neg, "Myanmar", "the Special Envoy 'condemned' the junta's lethal force + demands releases: the judgement decides (rule 1); the junta = Myanmar"))
U(d, "The Secretary-General strongly condemns the abduction of hundreds of schoolgirls", "early this morning.",
  ("United Nations", C, neg, "", "condemns the abduction; kidnappers unnamed -> target empty"))
U(d, "He calls for their immediate and unconditional release", "people of Nigeria.",
  ("United Nations", T, neg, "", "call for release and justice + solidarity with Nigeria: the appeal decides (rule 2 before rule 3); addressed to unnamed abductors -> target empty"))
U(d, "Côte d'Ivoire today became the second country, after Ghana", "organized by UNICEF.",
  ("UNICEF", S, neu, "Ivory Coast", "vaccine doses delivered on a UNICEF flight = aid by act; Côte d'Ivoire = Ivory Coast; Abidjan = place"))
U(d, "The Government last night published a notice allowing people who die of COVID-19 to be buried", "violated their faith.",
  ("Sri Lanka", N, neu, "", "reported in a question; the government's policy change = decision reported with no judgement; 'Muslims said' = unnamed, no row"))
U(d, "We welcome the decision.", "the decision.",
  ("United Nations", S, pos, "Sri Lanka", "welcome with no appeal in this unit = supporting"))
U(d, "It's important that it is now applied without delay", "in line with their beliefs.",
  ("United Nations", T, neu, "Sri Lanka", "appeal that the decision be implemented quickly and with dignity"))
U(d, "I would also recall that the World Health Organization has said", "spreading the virus.",
  ("World Health Organization", N, neu, "", "WHO's guidance reported by the spokesman = WHO's statement; a fact, no judgement"))
U(d, "The Health Minister, Pavithra Wanniarachchi, says the change followed the advice", "pressure from abroad.",
  ("Sri Lanka", N, neg, "", "reported in a question; denies foreign pressure, cites an expert committee = denial, neutral with negative tone"))
U(d, "But it came a day after Pakistan's Prime Minister, Imran Khan, left Colombo", "Government for it.",
  ("Pakistan", S, pos, "Sri Lanka", "the Prime Minister thanks the Sri Lankan government = approval; Colombo = place"))
U(d, "I'm not going to speculate on what led to the decision.", "to the decision.",
  ("United Nations", N, neu, "", "declines to speculate"))
U(d, "What matters is the outcome for the families.", "for the families.",
  ("United Nations", N, neu, "", "general remark, no appeal or judgement"))
U(d, "The Muslim Council of Sri Lanka says the notice doesn't say where burials can take place", "far from the families.",
  ("Muslim Council of Sri Lanka", N, neg, "", "reported in a question; a gap in the notice + a fear about how it will be applied = concern with no judgement or appeal"))
U(d, "And the leader of the Sri Lanka Muslim Congress, Rauff Hakeem, says", "no scientific reason.",
  ("Sri Lanka Muslim Congress", C, neg, "Sri Lanka", "party leader = the party; judgement that the community was made to suffer for no reason"))
U(d, "Our Resident Coordinator, Hanaa Singer-Hamdy, and the team in Colombo", "allowed to take place.",
  ("United Nations", N, neu, "", "monitoring the implementation = neutral"))
U(d, "Amnesty International called the forced cremations a cruel policy", "owed an apology.",
  ("Amnesty International", C, neg, "Sri Lanka", "reported in a question; 'cruel policy' + demand for an apology = judgement"))
U(d, "As you know, the High Commissioner for Human Rights raised the policy of forced cremations", "the Muslim community.",
  ("United Nations", C, neg, "Sri Lanka", "the High Commissioner's report judged the cremations a measure that deepened the marginalization of Muslims = negative judgement of the policy (unsure: could be read as concern only)"))
U(d, "She urged the Government to reverse such measures", "in that direction.",
  ("United Nations", T, pos, "Sri Lanka", "appeal to reverse the measures + hope that the decision is a step = calling_for_talks"))
U(d, "Sri Lanka's Foreign Minister, Dinesh Gunawardena, told the Council on Monday", "based on it.",
  ("Sri Lanka", C, neg, "United Nations", "reported in a question; 'unwarranted intrusion' + refusal of any resolution = judgement of the High Commissioner's report; Colombo = Sri Lanka"))
U(d, "The High Commissioner stands by her report.", "by her report.",
  ("United Nations", N, neu, "", "defence of its own report, no judgement of Sri Lanka"))
U(d, "We would encourage the Government to engage with the Council", "on its recommendations.",
  ("United Nations", T, neu, "Sri Lanka", "appeal for engagement = calling_for_talks"))
U(d, "In December, the Maldives Foreign Minister, Abdulla Shahid, said his Government was ready to help", "buried in the Maldives.",
  ("Maldives", S, pos, "Sri Lanka", "reported in a question; offer of help to Sri Lanka = supporting"))
U(d, "That's really a question for the two Governments.", "two Governments.",
  ("United Nations", N, neu, "", "declines to comment"))
