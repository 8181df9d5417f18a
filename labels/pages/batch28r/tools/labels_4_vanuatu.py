# ------------------------------------------------------------------ Vanuatu base report (Fairfax, 10 April 2018) in the Chinese MFA regular press conference (transcript, 2018-04-10)
d = "page_vanuatu_basereport2018_mfapresser.txt"
# Not statements: site header, breadcrumb, title, date, share line, copyright. Every "A:" is Geng Shuang = China.
# Journalists' questions give no row, except sentences in them that report another actor's position (labels/README.md).
# "Q: President Xi Jinping delivered a keynote speech ..." = narration + question, no row.
U(d, "President Xi announced a series of major measures", "and expand imports.",
  ("China", N, pos, "", "the spokesperson summarises his own state's plans = neutral, positive tone"))
# "These measures will be put into practice, and sooner rather than later." = same plan restated; no separate row.
U(d, "China's door to the world will not close.", "It will only open wider.",
  ("China", N, pos, "", "self-description of policy, no other actor"))
U(d, "U.S. President Donald Trump wrote on Twitter this afternoon", "make great progress together.",
  ("United States", S, pos, "China", "a question reporting another actor's position: Trump's praise of Xi's remarks = approval"))
# "A: We have noted the remarks." (twice) = non-answer, no row.
U(d, "China's opening-up is decided by China itself", "pressure from anyone.",
  ("China", N, neu, "", "rejects a link to US pressure = denial-like, no judgement word"))
U(d, "At the same time, we hope the U.S. side will drop the practice of threatening tariffs", "on an equal footing.",
  ("China", T, neg, "United States", "hope for a return to dialogue; 'threatening tariffs' describes but does not judge (unsure: could be condemning)"))
U(d, "If the U.S. side insists on going down the road of unilateral measures", "see the matter through.",
  ("China", C, neg, "United States", "conditional threat of countermeasures = condemning"))
# The Fairfax question reports a media outlet's claim (not an actor) and asks a question: no row.
U(d, "The report is groundless, pure and simple.", "pure and simple.",
  ("China", N, neg, "", "denial = neutral, negative (aimed at a media report, not an actor)"))
U(d, "Port Vila has already answered it", "Vanuatu's own government has said.",
  ("China", N, neu, "", "refers to Vanuatu's denial; procedural"))
U(d, "Vanuatu's Foreign Minister Ralph Regenvanu told Australian radio", "would not host a foreign base.",
  ("Vanuatu", N, neg, "", "question reporting Vanuatu's denial = Vanuatu's statement; denial = neutral, negative"))
U(d, "Vanuatu's Foreign Minister has made the position of his government very clear", "nothing for me to add to it.",
  ("China", N, neu, "", "declines to add = neutral"))
U(d, "China's national defence policy is defensive in nature", "that has not changed.",
  ("China", N, neu, "", "reassurance about own conduct"))
U(d, "The Ministry of National Defense has also set the record straight", "this afternoon.",
  ("China", N, neg, "", "the defence ministry's denial, reported by the spokesperson = China, neutral"))
U(d, "I want to stress that China and Vanuatu are good friends and partners.", "good friends and partners.",
  ("China", S, pos, "Vanuatu", "praise of the partner = supporting"))
U(d, "Our cooperation in infrastructure, health and education is open and transparent", "the people of Vanuatu.",
  ("China", N, pos, "", "self-praise of own aid programme = neutral, positive"))
U(d, "China respects Vanuatu's sovereignty and will continue to support its development", "as far as we are able.",
  ("China", S, pos, "Vanuatu", "continued development support = supporting (aid)"))
U(d, "Australian Prime Minister Malcolm Turnbull told reporters in Brisbane today", "the gravest concern to Canberra.",
  ("Australia", N, neg, "", "question reporting Turnbull: concern without an appeal = neutral, negative"))
U(d, "New Zealand's Prime Minister Jacinda Ardern said Wellington stands against", "in the region.",
  ("New Zealand", T, neu, "", "opposing any military build-up, aimed at no one = an appeal against escalation (guide: 'opposes any escalation')"))
U(d, "Some people in Australia seem to see a \"Chinese threat\"", "every road in the Pacific.",
  ("China", C, neg, "Australia", "mocking judgement of the Australian reaction, in reply to Turnbull (unsure: 'some people' could leave the target empty)"))
U(d, "We hope they will look at China's cooperation", "to stir up suspicion.",
  ("China", C, neg, "Australia", "'hope' joined to the charge of 'inventing stories' = judgement decides (rule 1)"))
U(d, "The Pacific is not anyone's backyard.", "anyone's backyard.",
  ("China", C, neg, "", "veiled rebuke of a regional power's claim, no actor named -> target empty (unsure: could be neutral)"))
U(d, "The island countries are sovereign states", "partners for development.",
  ("China", S, pos, "", "backing the island states' right to choose partners; several states -> target empty"))
U(d, "A researcher at an Australian think tank, Dr. Fiona Kells", "to pressure Australia.",
  ("Fiona Kells", N, neg, "", "invented analyst, 'was quoted as saying'; risk scenario, no explicit judgement"))
U(d, "Another academic, Joel Malau of the Pacific Islands Policy Centre", "rather than a country.",
  ("Joel Malau", C, neg, "", "invented scholar; judgement of the report (a media outlet, not an actor) -> target empty"))
# "I have seen a lot of speculation ... I will not comment on every view." = non-answer, no row.
U(d, "What I can tell you is that China has never sought", "in the South Pacific.",
  ("China", N, neg, "", "denial of seeking a sphere of influence = neutral"))
U(d, "The U.S. State Department said it was aware of the reports", "its partners in the Pacific.",
  ("United States", N, neu, "", "question reporting the State Department: awareness + ongoing cooperation, no judgement"))
# "I am not aware of that. China and the U.S. keep in communication ..." = non-answer / routine line, no row.
U(d, "China welcomes and supports the DPRK and the ROK in improving their relations", "produce positive results.",
  ("China", T, pos, "", "welcome joined to support for dialogue and hope for the summit: rule 2 before rule 3 = calling_for_talks; two addressees -> target empty"))
U(d, "We hope all parties will seize this opportunity", "on the Peninsula forward.",
  ("China", T, pos, "", "hope for a political settlement = calling_for_talks"))
# "President Xi Jinping held talks with President Van der Bellen ..." = meeting and signing narrated, no row.
U(d, "The Austrian leaders said they supported the Belt and Road Initiative", "ready to take part in it.",
  ("Austria", S, pos, "China", "reported by the spokesperson: the Austrians' backing of China's initiative"))
U(d, "China appreciates that.", "China appreciates that.",
  ("China", S, pos, "Austria", "appreciation = approval"))
U(d, "Australian Foreign Minister Julie Bishop said Port Vila had told Canberra", "as close as ever.",
  ("Australia", N, pos, "", "question reporting Bishop: relays Vanuatu's assurance, own ties; no judgement"))
U(d, "China's cooperation with Pacific island countries is not aimed at any third party", "not a zero-sum game.",
  ("China", N, neu, "", "reassurance / denial of rivalry"))
U(d, "We are willing to work with other countries, Australia included", "help the island countries develop.",
  ("China", T, pos, "", "offer to cooperate with other donors, Australia named among them = offer of a cooperative course (unsure: could be supporting)"))
U(d, "The Embassy has already stated China's position", "what I said just now.",
  ("China", N, neu, "", "procedural reference to the embassy's denial"))
