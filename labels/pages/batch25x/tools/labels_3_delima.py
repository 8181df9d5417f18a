# ------------------------------------------------------------------ Senator Leila de Lima's arrest (Philippine news site, full HTML, 2017-02-25)
d = "page_philippines_delima_arrest2017_newssite.html"
# Not statements: top bar, masthead, nav, breadcrumb, kicker, headline, standfirst, byline, share bars, captions "(n of 3)",
# ADVERTISEMENT, crossheads, Related, credit line, tags, newsletter, comments, most read, footer.
U(d, "Senator Leila de Lima spent her first night in a police cell", "war on drugs.",
  ("Leila de Lima", C, neg, "Philippines", "dateline excluded; long lead: narration of the surrender + her charge that the case was manufactured to silence her (judgement); she is an opposition senator speaking for herself (declared as a person)"))
# "A Muntinlupa regional trial court issued the warrant ..." and "Prosecutors charged her ..." = narration, no row.
U(d, "\"I am innocent. I never took a single peso", "before she left with the convoy.",
  ("Leila de Lima", N, neg, "", "denial = neutral, negative; two-sentence quote closed by the speaker"))
U(d, "She said the administration had mistaken her for someone", "from her cell.",
  ("Leila de Lima", C, neg, "Philippines", "judgement of the government's intent, no stock word"))
U(d, "She thanked the supporters who had waited outside the Senate", "keep their protests peaceful.",
  ("Leila de Lima", T, pos, "", "thanks to supporters joined to an appeal for peaceful protest, no judgement: rule 2 before rule 3"))
U(d, "Her counsel, Alex Padilla, said the judge had signed the warrant", "with anyone's liberty.",
  ("Leila de Lima", C, neg, "Philippines", "her lawyer speaks for her; the court's 'shortcut' = judgement of a state organ"))
U(d, "Presidential spokesperson Ernesto Abella said the arrest showed", "reach of the law.",
  ("Philippines", N, pos, "", "self-praise of its own courts, no explicit judgement of the senator (unsure: implies her guilt)"))
U(d, "Abella denied that the case was payback", "and not on politics.",
  ("Philippines", N, neg, "", "denial of a political motive = neutral, negative"))
U(d, "Justice Secretary Vitaliano Aguirre II said the senator had turned", "were being readied.",
  ("Philippines", C, neg, "Leila de Lima", "accusation ('a marketplace for drug lords') + announced further complaints = condemning"))
U(d, "\"She had every chance to answer the complaint", "Aguirre said.",
  ("Philippines", C, neg, "Leila de Lima", "judgement of her conduct"))
U(d, "Duterte, in a speech on Thursday night, said", "would have their turn.",
  ("Philippines", C, neg, "", "the president speaks for the state; a veiled threat to those who 'shielded drug syndicates' -> target empty (not only de Lima)"))
U(d, "Philippine National Police chief Director General Ronald dela Rosa said", "no harm done to her.",
  ("Philippines", N, neu, "", "procedure of detention + reassurance"))
U(d, "Senate President Aquilino Pimentel III said the chamber had received", "a resolution on her detention.",
  ("Philippines", N, neu, "", "the Senate is a state body; procedural line: order received, will discuss"))
U(d, "Liberal Party president Senator Francis Pangilinan said the arrest", "treats dissent as a crime.",
  ("Liberal Party (Philippines)", C, neg, "Philippines", "party president speaks for the party; judgement of the government"))
U(d, "He said opposition senators would visit her at Camp Crame", "from detention.",
  ("Liberal Party (Philippines)", S, pos, "Leila de Lima", "backing by act: a visit and a resolution on her behalf (unsure: the resolution alone could be an appeal)"))
U(d, "Akbayan, the left-leaning party of Senator Risa Hontiveros", "walked free.",
  ("Akbayan", S, pos, "Leila de Lima", "backing by act: a nightly vigil until her release"))
U(d, "The Volunteers Against Crime and Corruption, a civic group", "for far too long.",
  ("Volunteers Against Crime and Corruption", C, neg, "Leila de Lima", "welcome of the arrest joined to a judgement of the senator: rule 1"))
U(d, "Archbishop Socrates Villegas, president of the Catholic Bishops' Conference", "fair and unhurried trial.",
  ("Catholic Bishops' Conference of the Philippines", T, pos, "", "prayer + hope for a fair trial, no judgement = calling_for_talks (like calls for an inquiry)"))
U(d, "Amnesty International declared de Lima a prisoner of conscience", "criticism of the killings.",
  ("Amnesty International", C, neg, "Philippines", "designation + judgement that she is jailed for her views"))
U(d, "Phelim Kine, deputy Asia director of Human Rights Watch", "the drug war's dead.",
  ("Human Rights Watch", C, neg, "Philippines", "judgement without a stock word"))
U(d, "Liberal International, the worldwide federation of liberal parties", "where the Philippines was heading.",
  ("Liberal International", N, neg, "", "worry with no appeal = neutral, negative"))
U(d, "The European Union's delegation in Manila said it was following the case closely", "right to a fair trial.",
  ("European Union", T, neu, "Philippines", "monitoring + expectation of safety and a fair trial, no judgement = calling_for_talks"))
U(d, "A spokesman for the U.N. human rights office in Geneva said", "guarantee of due process.",
  ("United Nations", T, neu, "Philippines", "unnamed official of a named body; noting + appeal for due process, no judgement = calling_for_talks"))
U(d, "The U.S. Embassy in Manila said it was aware of the arrest", "before Philippine courts.",
  ("United States", N, neu, "", "declines to comment = neutral"))
U(d, "Marco Villaraza, a political scientist at the Manila Institute", "whatever the merits of the case.",
  ("Marco Villaraza", N, neg, "", "invented analyst; a reading of the effect on trust in the courts, no explicit judgement"))
U(d, "\"The administration has sent a message to every critic", "Villaraza said.",
  ("Marco Villaraza", C, neg, "Philippines", "judgement: the arrest as intimidation of critics"))
U(d, "Celia Dumlao, a human rights lawyer who has represented families", "not in the streets.",
  ("Celia Dumlao", T, neu, "", "invented lawyer; appeal for a quick ruling by the Supreme Court, no judgement = calling_for_talks (unsure: could be neutral)"))
