# ------------------------------------------------------------------ The arrest of photographer Shahidul Alam in Dhaka (Bangladeshi news site, full HTML, 2018-08-13)
d = "page_bangladesh_shahidulalam_arrest2018_dhakasite.html"
# Not statements: top bar, masthead, nav, breadcrumb, kicker, headline, standfirst, byline/time, share bars, figcaptions with credits and "2 of 4", ADVERTISEMENT, crossheads, tags, related, reader comments, most read, footer.
U(d, "Pressure on the government over the detention", "investigated without delay.",
  ("United Nations", T, neg, "Bangladesh", "three UN special procedures experts = United Nations; call for release + inquiry with no judgement word = calling_for_talks (demand addressed to one side)"))
# "Alam, 63, the founder of the Drik picture agency ..." = background narration, no row.
# "He was charged under section 57 ... a Dhaka court placed him on seven days' remand ..." = background of the case, no row.
U(d, "The UN experts, the special rapporteurs on human rights defenders", "during the protests.",
  ("United Nations", C, neg, "Bangladesh", "arrest described as part of a pattern of pressure on critics = judgement without a stock word"))
U(d, "They also asked the authorities to guarantee that journalists", "without being attacked.",
  ("United Nations", T, neu, "Bangladesh", "'They' = the experts; appeal for protection of journalists = calling_for_talks"))
U(d, "Information Minister Hasanul Haq Inu told reporters at the Secretariat", "not for the camera he carried.",
  ("Bangladesh", N, neg, "", "reported clause: the minister's justification of the arrest; defence of own action = neutral"))
U(d, "\"Nobody is above the law, however famous he is abroad.", "Inu said.",
  ("Bangladesh", C, neg, "", "accuses Alam of spreading falsehoods that endangered lives = negative judgement on a person; Alam not a declared actor -> target empty"))
U(d, "The minister said foreign governments and organisations were entitled", "before a Bangladeshi court.",
  ("Bangladesh", C, neg, "", "'The minister' = Inu; rebuke of foreign commentary (should not pass verdicts) = rejection in protest; several actors -> target empty (unsure: could be neutral)"))
U(d, "Abdul Baten, additional commissioner of the Dhaka Metropolitan Police, denied", "according to the rules.",
  ("Bangladesh", N, neg, "", "police speak for the state; denial of ill-treatment = neutral, negative"))
U(d, "Awami League General Secretary Obaidul Quader, the road transport minister", "lent themselves to that effort.",
  ("Awami League", C, neg, "", "introduced first by his party post; accusation that the opposition hijacked the protests; 'the opposition' -> target empty"))
U(d, "At a press conference at the party's Naya Paltan office", "a dissenting voice.",
  ("Bangladesh Nationalist Party", C, neg, "Bangladesh", "judgement of the government without a stock word"))
U(d, "The BNP leader demanded Alam's release", "since the protests began.",
  ("Bangladesh Nationalist Party", T, neg, "Bangladesh", "'The BNP leader' = Mirza Fakhrul; demand for release, no judgement in the sentence = calling_for_talks"))
U(d, "In Washington, State Department spokesperson Heather Nauert said", "the government in Dhaka.",
  ("United States", N, neu, "", "following the case and having raised it = monitoring/procedure, no appeal"))
U(d, "\"We urge the authorities to respect the right of Bangladeshis", "the spokesperson said.",
  ("United States", T, neu, "Bangladesh", "'the spokesperson' = Nauert; appeal for rights and due process, no judgement"))
U(d, "The remarks came days after the car carrying US Ambassador Marcia Bernicat", "caused no injuries.",
  ("United States", N, neu, "", "long sentence of narration; the embassy's own fact (no injuries) = neutral"))
U(d, "Home Minister Asaduzzaman Khan Kamal said on Sunday", "arrests would follow.",
  ("Bangladesh", N, neu, "", "investigation facts and plans"))
U(d, "European Union heads of mission in Dhaka, in a joint statement", "cultural life.",
  ("European Union", N, neg, "", "joint statement of a list; 'troubled by' = concern with no appeal -> neutral, negative"),
  ("Norway", N, neg, "", "joint statement of a list; concern without appeal"),
  ("Switzerland", N, neg, "", "joint statement of a list; concern without appeal"))
U(d, "The British High Commission said the United Kingdom's minister for Asia", "about Alam's health.",
  ("United Kingdom", T, neu, "Bangladesh", "second-hand attribution; raised the case and asked for assurances = diplomatic appeal, no judgement"))
U(d, "Amnesty International described the charge as a fabrication", "was an injustice.",
  ("Amnesty International", C, neg, "Bangladesh", "'fabrication designed to silence' + 'injustice' = judgement"))
U(d, "The New York-based Committee to Protect Journalists said it had written", "examine him.",
  ("Committee to Protect Journalists", T, neu, "Bangladesh", "letter asking that the case be withdrawn + offer of doctors; an appeal with no judgement (rule 2 before rule 3)"))
U(d, "Reporters Without Borders said it would bring the case", "delegation there.",
  ("Reporters Without Borders", T, neu, "", "plans to raise the case at the HRC and encourages states to raise it = diplomatic course, no judgement word (unsure: could be read as pressure = condemning)"))
U(d, "Kamrul Hasan Mollik, a professor of law at a private university", "the most visible person it could find.",
  ("Kamrul Hasan Mollik", C, neg, "Bangladesh", "invented scholar; judgement that the government picked the most visible target"))
U(d, "\"This is a message to everyone with a camera or a phone.", "he said.",
  ("Kamrul Hasan Mollik", C, neg, "Bangladesh", "intimidation charge + appeal to repeal the section; rule 1: the judgement decides"))
U(d, "Farzana Rahim, a photographer who trained at Pathshala", "buses that do not kill them.",
  ("Farzana Rahim", S, neg, "", "invented witness; defence of the students' demand = support for a non-canonical group -> target empty"))
U(d, "\"He filmed what we all saw.", "she said.",
  ("Farzana Rahim", C, neg, "Bangladesh", "multi-sentence quote; treats the charge as absurd = judgement of the arrest"))
# "The High Court is expected to hear a bail petition ..." = procedure, no actor -> no row.
