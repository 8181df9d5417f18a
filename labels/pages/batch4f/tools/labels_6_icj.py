# ------------------------------------------------------------------ South Africa v. Israel, ICJ provisional-measures hearing (scraped South African paper, 2024-01-13)
d = "page_icj_genocide_scraped.txt"
U(d, "Israel on Friday told the International Court of Justice that South Africa", "came to a close.",
  ("Israel", C, neg, "South Africa", "'one-sided and misleading' = judgement without stock words; the ICJ is only addressed"))
U(d, "Tal Becker, legal adviser to Israel's foreign ministry, told the 17 judges", "remained free to attack.",
  ("Israel", C, neg, "South Africa", "accusation of South Africa; Hamas only mentioned"))
U(d, "\"If there is genocidal intent anywhere in this war", "Becker said.",
  ("Israel", C, neg, "Hamas", "surname only; accusation turned on Hamas"))
U(d, "He insisted that Israel's military campaign was aimed at Hamas", "harm to civilians.",
  ("Israel", N, neg, "", "'He' = Becker; denial of the accusation = neutral, negative tone (guide)"))
U(d, "Counsel for Israel, British professor Malcolm Shaw, argued", "filed its case.",
  ("Israel", N, neu, "", "counsel speaks for the state he represents (not the United Kingdom: 'British' is his nationality); jurisdictional argument = procedure"))
U(d, "On Thursday, South Africa's team laid out its argument", "threshold of genocide.",
  ("South Africa", C, neg, "Israel", "accusation of genocide"))
U(d, "Lamola told the court that South Africa unequivocally condemned the Hamas attack", "Genocide Convention.",
  ("South Africa", C, neg, "", "condemns Hamas and, implicitly, Israel's breaches in one sentence: one actor, one row, two targets -> empty"))
U(d, "Advocate Tembeka Ngcukaitobi SC said Israel's political and military leaders", "acted on those words.",
  ("South Africa", C, neg, "Israel", "counsel for South Africa = South Africa; accusation of intent"))
U(d, "Irish barrister Blinne Ní Ghrálaigh, closing South Africa's case", "without hindrance.",
  ("South Africa", T, neg, "Israel", "counsel for South Africa (not Ireland); demand that one side stop + aid access, no judgement word in the sentence = calling_for_talks, negative (labels/README)"))
U(d, "Court president Joan Donoghue said the court would deliver its decision", "as soon as possible.",
  ("International Court of Justice", N, neu, "", "procedure"))
U(d, "In Pretoria, presidency spokesperson Vincent Magwenya said President Cyril Ramaphosa", "well-argued case.",
  ("South Africa", N, pos, "", "self-praise of its own team = neutral, positive (labels/README); Pretoria = place"))
U(d, "The ANC's secretary-general, Fikile Mbalula, said the party was proud", "for taking the case.",
  ("ANC", S, pos, "South Africa", "ruling party (name files: ANC) praising the government = supporting"))
U(d, "Israel's foreign ministry has dismissed the case as an act of staggering hypocrisy.", "staggering hypocrisy.",
  ("Israel", C, neg, "South Africa", "judgement"))
U(d, "Government spokesman Eylon Levy accused Pretoria of acting as the legal arm of Hamas.", "legal arm of Hamas.",
  ("Israel", C, neg, "South Africa", "role with no state word (Israeli by context); Pretoria = South Africa"))
U(d, "Prime Minister Benjamin Netanyahu said in a video statement that it was absurd", "press on until victory.",
  ("Israel", C, neg, "South Africa", "'absurd' that Israel is the one accused = judgement of the accuser; vow to continue is in the same sentence (rule 1)"))
U(d, "The United States has also rejected the application.", "rejected the application.",
  ("United States", C, neg, "South Africa", "rejecting another state's act = judgement"))
U(d, "White House national security spokesman John Kirby earlier called it meritless", "end the fighting.",
  ("United States", C, neg, "South Africa", "two speakers of one state in one sentence = one row; 'meritless' + 'distracted'"))
U(d, "Germany on Friday said it firmly rejected the genocide accusation against Israel", "no basis in fact.",
  ("Germany", C, neg, "South Africa", "'firmly rejected' + 'political instrumentalisation' aimed at the accuser's case; implicit backing of Israel is not a separate row (rule 1)"))
U(d, "Government spokesperson Steffen Hebestreit said Berlin intended to intervene", "in Israel's support.",
  ("Germany", S, neu, "Israel", "intervention as a third party for Israel = backing by act; Berlin = Germany"))
U(d, "President Hage Geingob said on Saturday that Berlin had chosen to defend", "from its own history.",
  ("Namibia", C, neg, "Germany", "the previous sentence ('drew a sharp response from Namibia') is narrative leading to this statement, no row; Berlin = Germany"))
U(d, "He urged the German government to reconsider its decision", "on Israel's behalf.",
  ("Namibia", T, neg, "Germany", "'He' = Geingob; demand to reverse a step with no judgement word in the sentence = calling_for_talks, negative (labels/README; unsure: could be condemning as a protest)"))
U(d, "Namibia, Geingob said, stood firmly with South Africa's application.", "South Africa's application.",
  ("Namibia", S, pos, "South Africa", "mid-sentence attribution"))
U(d, "Malaysia's foreign ministry said it fully supported South Africa's bid", "to protect Palestinians.",
  ("Malaysia", T, pos, "International Court of Justice", "support + appeal to protect civilians in one sentence, no judgement: rule 2 before rule 3 (labels/README: welcome with a peace appeal = calling_for_talks); the court is the one party addressed"))
U(d, "The Arab League's secretary-general, Ahmed Aboul Gheit, has also expressed support", "civilians in Gaza.",
  ("Arab League", S, pos, "South Africa", "support for the case"))
U(d, "The South African Jewish Board of Deputies criticised the government", "Jewish community.",
  ("South African Jewish Board of Deputies", C, neg, "South Africa", "community body speaking for itself, judging its own government"))
