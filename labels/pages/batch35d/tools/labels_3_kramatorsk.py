# ------------------------------------------------------------------ Ukraine: Russian strike on a Kramatorsk restaurant (UN noon briefing transcript, 2023-06-28)
d = "page_ukraine_kramatorsk_restaurant2023_noonbriefing.txt"
# Not statements: site header and menus, date, title, the near-verbatim line, greetings ("Good afternoon..."), section heads (**Ukraine ...),
# the speaker labels (units start after "Question:" / "Spokesman:"), the journalists' own questions ("Does the Secretary-General ...?",
# "Is the UN helping them?"), non-answers, the closing line, disclaimer and footer.
U(d, "I want to begin with Ukraine, where the Secretary-General strongly condemns", "nearby shops and homes.",
  ("United Nations", C, neg, "Russia", "the spokesman voices the Secretary-General: condemnation of the Russian strike"))
U(d, "According to the Ukrainian authorities, at least 11 people were killed", "people under the rubble.",
  ("Ukraine", N, neu, "", "casualty figures given by an actor = neutral; the rescue clause is narration"))
U(d, "The Secretary-General sends his deepest condolences", "a swift recovery to the injured.",
  ("United Nations", S, neg, "Ukraine", "condolences to the people and Government = solidarity (supporting), in a tone of grief"))
U(d, "He calls once again on all parties to respect international humanitarian law", "wherever this war reaches.",
  ("United Nations", T, neu, "", "pronoun = the Secretary-General; appeal to all parties to spare civilians, no judgement"))
U(d, "The Humanitarian Coordinator for Ukraine, Denise Brown, said she was appalled", "among the victims.",
  ("United Nations", N, neg, "", "alarm with no appeal and no named culprit = neutral, negative"))
U(d, "Our humanitarian colleagues tell us that partner organizations have delivered", "with families at the scene.",
  ("United Nations", S, pos, "Ukraine", "aid delivered by the UN-coordinated humanitarian partners = backing by act (unsure: the deliverers are unnamed partners)"))
U(d, "The Human Rights Monitoring Mission in Ukraine said it has sent staff", "report on its findings.",
  ("United Nations", N, neu, "", "UN mission; procedure"))
U(d, "Staying in the region, a quick update on the Black Sea Initiative", "since the end of last week.",
  ("United Nations", N, neg, "", "facts on the corridor's slowdown, no blame stated"))
U(d, "We continue to talk to all the parties, and the Secretary-General remains committed", "food prices around the world.",
  ("United Nations", T, pos, "", "continued talks + commitment to extend the deal = calling_for_talks"))
U(d, "Turning to Sudan, our humanitarian colleagues warn that fighting", "food, water and medical care.",
  ("United Nations", N, neg, "", "second crisis on the page; alarm without appeal"))
U(d, "The Secretary-General reiterates his appeal to the warring parties", "to let aid through.",
  ("United Nations", T, neu, "", "appeal to both Sudanese sides -> target empty"))
U(d, "On Kramatorsk, the Russian Defence Ministry says its strike hit", "officers and foreign fighters.",
  ("Russia", N, neu, "", "journalist's question reporting Russia's position (labels/README.md, 27th session): own strike reported as done with a military target, no judgement"))
U(d, "What we know is that the place that was hit was a restaurant", "among them teenagers.",
  ("United Nations", N, neg, "", "spokesman's answer: facts set against the claim; 'I've seen those claims.' gets no row"))
U(d, "Whatever the claims, that is not what a legitimate target looks like.", "that is not what a legitimate target looks like.",
  ("United Nations", C, neg, "Russia", "rebuttal that the target was legitimate = judgement of the strike"))
U(d, "Follow-up: the Kremlin spokesman, Dmitry Peskov, said today", "only hits military infrastructure.",
  ("Russia", N, neg, "", "reported denial = neutral, negative; 'What's your response to that?' gets no row"))
U(d, "It is for those who carry out attacks to show that they respect the law", "as they find them.",
  ("United Nations", N, neu, "", "burden of proof on the attacker + monitors' role: no explicit judgement, no appeal (unsure: could be read as condemning Russia); 'Our position has been consistent ...' gets no row"))
U(d, "Colombia's Foreign Ministry says two Colombians", "survived with minor injuries.",
  ("Colombia", N, neu, "", "facts about its nationals given by an actor"))
U(d, "The ministry also condemned the attack and said it had asked Moscow", "international humanitarian law.",
  ("Colombia", C, neg, "Russia", "'the ministry' = Colombia's; condemnation + appeal = condemning (rule 1); Moscow = metonym"))
U(d, "The Security Service of Ukraine says it has detained a local man", "before the strike.",
  ("Ukraine", C, neg, "Russia", "detention of a suspected spotter + the charge that he worked for Russian military intelligence = accusation aimed at Russia (unsure: the measure is against a man who is not an actor)"))
U(d, "President Zelenskyy said in his nightly address that every strike like this one", "answer before a court.",
  ("Ukraine", C, neg, "Russia", "those who order such strikes must answer before a court = holding Russia responsible"))
U(d, "The Secretary-General has always said that there must be accountability", "international humanitarian law.",
  ("United Nations", N, neu, "", "general principle, no actor named and the spokesman declines to agree with Zelenskyy's framing (unsure: could be condemning)"))
U(d, "The Russian Foreign Ministry said again today that it sees no grounds to extend", "still not being implemented.",
  ("Russia", C, neg, "", "refusal to extend the deal with a grievance stated = a refusal in protest (labels/README.md); the side blamed is unnamed -> target empty"))
U(d, "Our teams, led by Rebeca Grynspan and Martin Griffiths, are still talking", "both parts of the package.",
  ("United Nations", T, neu, "", "talks with all sides continue"))
U(d, "Ukraine's Foreign Minister, Dmytro Kuleba, said today that his Government will raise Kramatorsk", "Commission of Inquiry.",
  ("Ukraine", C, neg, "Russia", "raising the strike 'as a war crime' = judgement of Russia's act; the foreign minister speaks for the state"))
U(d, "The Secretary-General's door is always open to Minister Kuleba", "to all Member States.",
  ("United Nations", T, pos, "", "offer of a meeting = calling_for_talks; addressed to Kuleba and all Member States -> target empty"))
U(d, "UNICEF put out a short statement this morning saying that children", "out of harm's way.",
  ("UNICEF", T, neg, "", "reported position of UNICEF: appeal to all sides to protect children, no judgement"))
# No row: "I've seen those claims." / "Our position has been consistent throughout this conflict." (no position),
# "We're obviously relieved ..." and the consular answer, "No, I have no information on that ...", "How that is done ...",
# "We've heard those statements.", "I won't prejudge ...", "Not that I'm aware of.", "We'll share it with you.".
