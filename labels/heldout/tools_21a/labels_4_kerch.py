# ------------------------------------------------------------------ Russia seizes three Ukrainian navy vessels in the Kerch Strait (live blog, full HTML, 2018-11-26/27)
d = "page_kerch_seizure_liveblog.html"
U(d, "Ukraine's parliament has voted to introduce martial law", "more than five hours.",
  ("Ukraine", N, neu, "", "the Rada = Ukraine; its own measure reported as done, no judgement in the sentence = neutral"))
U(d, "Addressing MPs before the vote, Poroshenko promised", "set for 31 March.",
  ("Ukraine", N, pos, "", "well-known leader by surname only; reassurance about its own conduct under martial law = neutral, positive (labels/README)"))
U(d, "Vladimir Putin told Angela Merkel in a phone call on Monday", "the Kremlin said.",
  ("Russia", C, neg, "Ukraine", "Kremlin readout (attribution tail); blame ('full responsibility') + alarm; 'Kiev's talk of martial law' is a possessive, not the speaker; Merkel only addressed"))
U(d, "Merkel's spokesman, Steffen Seibert, said the chancellor had told Putin", "talk to each other.",
  ("Germany", T, neu, "", "government spokesman = Germany; de-escalation + dialogue between both sides, no judgement -> target empty"))
U(d, "A Russian request to discuss what Moscow called a violation of its borders", "request for a meeting instead.",
  ("Russia", C, neg, "Ukraine", "Moscow's agenda item 'violation of its borders' = accusation against Ukraine, made by act (request); the procedural vote itself is by unnamed members (no row)"),
  ("Ukraine", T, neu, "", "Ukraine's request for a Council meeting = appeal to a body (as blind 14a: requests to the Security Council = calling_for_talks)"))
U(d, "Speaking before the vote on behalf of the United States, the Netherlands, Poland, Sweden and the United Kingdom", "as well as over land.",
  ("United States", S, pos, "Ukraine", "joint statement read by Haley for five states: one row per state; backing of Ukraine's sovereignty at sea"),
  ("Netherlands", S, pos, "Ukraine", "same joint statement"),
  ("Poland", S, pos, "Ukraine", "same joint statement"),
  ("Sweden", S, pos, "Ukraine", "same joint statement"),
  ("United Kingdom", S, pos, "Ukraine", "same joint statement"))
U(d, "Haley then called the seizure lawless", "behaved this way.",
  ("United States", C, neg, "Russia", "surname only; 'lawless' = judgement + threat to relations; Moscow = metonym"))
U(d, "Russia's deputy ambassador, Dmitry Polyanskiy, said Kiev had engineered the incident", "happy to play along.",
  ("Russia", C, neg, "Ukraine", "accusation of a staged incident; 'its patrons in the West' is not a canonical actor"))
U(d, "Rosemary DiCarlo, the UN's political affairs chief, told the council", "inflame things further.",
  ("United Nations", T, neg, "", "concern + appeal to both sides for restraint, no judgement; two addressees -> target empty"))
U(d, "In a televised address on Monday evening, Poroshenko called the attack", "risk of a land offensive.",
  ("Ukraine", C, neg, "Russia", "accusation of a wider campaign + claim of a coming offensive; 'the attack' is Russia's, undisputed on the page (Russia confirms using force) -> target Russia"))
U(d, "He later wrote on Facebook:", "as we defend our land.",
  ("Ukraine", N, neg, "", "quotation opened after a colon, left open at the paragraph end; own defensive posture, no actor named = neutral (as batch5c: Lai's posture)"))
U(d, "\"I ask our partners to show Moscow that this cannot be done without a price,\" he wrote.", "\"I ask our partners to show Moscow that this cannot be done without a price,\" he wrote.",
  ("Ukraine", C, neg, "Russia", "quotation continued in the next paragraph; call for costs (sanctions) against Moscow = condemning (labels/README: calls for sanctions)"))
U(d, "Poland's foreign ministry described the attack as a deliberate use of force", "firm answer.",
  ("Poland", C, neg, "Russia", "judgement + push for a response; 'the attack' is Russia's, undisputed on the page -> target Russia; Warsaw = metonym"))
U(d, "The British foreign secretary, Jeremy Hunt, wrote on Twitter", "crews be freed.",
  ("United Kingdom", C, neg, "Russia", "judgement (behaving as if the rules did not apply) + demand; rule 1"))
U(d, "Jens Stoltenberg said after speaking to Poroshenko", "use Ukrainian waters.",
  ("NATO", S, pos, "Ukraine", "NATO secretary-general = NATO; backing of Ukraine's territorial integrity"))
U(d, "He urged Russia to free the sailors and the ships at once.", "He urged Russia to free the sailors and the ships at once.",
  ("NATO", T, neg, "Russia", "demand addressed to one side with no judgement word = calling_for_talks, negative (labels/README)"))
U(d, "\"Nothing Moscow has said so far explains", "told reporters in Brussels.",
  ("NATO", C, neg, "Russia", "multi-sentence quote closed by its speaker; implicit judgement (no explanation for opening fire) + appeal: rule 1"))
U(d, "Nato spokeswoman Oana Lungescu said ambassadors would hold an extraordinary meeting", "on Monday afternoon.",
  ("NATO", N, neu, "", "announces a meeting = neutral (guide: announced a meeting date)"))
U(d, "EU spokeswoman Maja Kocijančič told reporters in Brussels", "allowed home quickly.",
  ("European Union", T, neg, "Russia", "expectation that vessels and sailors be returned, no judgement word = calling_for_talks, negative; the one party addressed is Russia (holds them, per the page)"))
U(d, "Later, the EU's foreign policy chief, Federica Mogherini, wrote on Twitter", "since Sunday.",
  ("European Union", C, neg, "Russia", "'could not be accepted' = 'unacceptable' (guide cue) aimed at the seizure, Russia's act (undisputed on the page)"))
U(d, "Dmitry Peskov declined to go into detail", "set out the facts.",
  ("Russia", C, neg, "Ukraine", "Kremlin spokesman = Russia (name files); 'deliberate provocation' = accusation aimed at Ukraine's passage (the entry's subject)"))
U(d, "Russia's FSB security service, which commands the border guards, said", "to halt them.",
  ("Russia", C, neg, "Ukraine", "FSB = Russia (name files); own use of force reported together with an accusation ('illegally') = condemning; 'the three ships' = Ukraine's navy boats"))
U(d, "Ukraine's navy said six of its sailors had been hurt", "Berdyansk and Nikopol.",
  ("Ukraine", C, neg, "Russia", "figure + accusation by describing the attack (guide)"))
U(d, "The navy denied that its boats had ignored warnings", "Sea of Azov requires.",
  ("Ukraine", N, neg, "", "'The navy' = Ukraine's by context; denial with a reason = neutral, negative"))
