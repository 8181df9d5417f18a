# ------------------------------------------------------------------ Killing of Gen. Adolphe Nshimirimana and shooting of Pierre Claver Mbonimpa (regional daily, scraped, 2015-08-05)
d = "page_bujumbura_nshimirimana_2015_regionaldaily.txt"
# Not statements: masthead, cities line, date, menu, breadcrumb, headline, standfirst (carries the condemnations: no row),
# byline, posted line, font/print bar, Advertisement, crossheads, RELATED, tags, share line, reader comments, most read, copyright.
U(d, "Burundi's government has promised to find within ten days the men who killed", "slipping out of control.",
  ("Burundi", C, neg, "", "dateline 'BUJUMBURA - ' excluded; long lede: a vow to hunt the killers (unnamed -> target empty) (unsure: a pledge of investigation could be neutral)"),
  ("United Nations", N, neg, "", "the UN's warning in the lede: alarm without an appeal; 'foreign governments' unnamed, no row"))
# "Nshimirimana, a former army chief of staff ..., was killed ..." and "Less than 36 hours later ... a gunman ... shot ..." = narration, no row.
# "Mbonimpa was hit in the face and neck, and relatives said ..." = unnamed relatives, no row.
U(d, "In an address on national radio on Sunday night, Nkurunziza said the killers had wanted", "\"wherever they hide.\"",
  ("Burundi", C, neg, "", "accusation + threat against unnamed killers"))
U(d, "The president asked Burundians not to answer blood with blood", "according to a transcript released by his office.",
  ("Burundi", T, neu, "", "appeal against revenge; attribution tail"))
U(d, "His senior communications adviser, Willy Nyamitwe, wrote on Twitter", "terror over the ballot.",
  ("Burundi", C, neg, "", "leader's adviser on social media: grief + judgement of the unnamed planners"))
U(d, "Police spokesman Pierre Nkurikiye said an investigation into both attacks was under way", "come forward.",
  ("Burundi", N, neu, "", "procedure; an appeal to witnesses is not a peace appeal"))
U(d, "In New York, a spokesman for Secretary-General Ban Ki-moon said the UN chief condemned", "arrested and tried.",
  ("United Nations", C, neg, "", "condemnation of the attack; perpetrators unknown -> target empty"))
U(d, "Ban, the spokesman said, feared that each targeted attack", "invited the next.",
  ("United Nations", N, neg, "", "attribution in mid-sentence; alarm without an appeal = neutral, negative"))
U(d, "The Security Council, in a statement agreed by all 15 members on Tuesday, condemned the shooting", "settle their dispute.",
  ("United Nations", C, neg, "", "condemnation + backing of the mediation (rule 1)"))
U(d, "The chairperson of the African Union Commission, Nkosazana Dlamini-Zuma, said she was appalled", "to the government.",
  ("African Union", C, neg, "", "'a cowardly crime' = judgement; condolences in the same sentence"))
U(d, "She told Burundians of every political camp that settling scores would only bury", "political way out.",
  ("African Union", N, neg, "", "a warning with no appeal verb ('would only bury the chances') = concern without an appeal, neutral (unsure: read as an implied appeal against revenge it would be calling_for_talks)"))
U(d, "The United States State Department condemned Sunday's killing", "rather than more funerals.",
  ("United States", C, neg, "", "condemnation + appeal for a negotiated way out (rule 1)"))
U(d, "Washington also used the statement to restate its attachment to the Arusha Agreement", "third term violates.",
  ("United States", T, neu, "", "attachment to the peace accord as the frame for a settlement = calling_for_talks (unsure: could be neutral; the opponents' claim is unnamed)"))
U(d, "Diplomats from the United States and France stayed at Mbonimpa's bedside", "according to people at the clinic.",
  ("United States", S, pos, "", "backing by act: a solidarity vigil for the activist (not an actor) -> target empty"),
  ("France", S, pos, "", "same act, second state of the list"))
U(d, "Belgium, the former colonial power, said through its foreign ministry that it was ready to fly Mbonimpa", "allowed it.",
  ("Belgium", S, pos, "", "offer of medical evacuation = assistance offered"))
U(d, "Belgian Foreign Minister Didier Reynders said the attack on a man", "still dares to speak.\"",
  ("Belgium", C, neg, "", "judgement without a stock word; attackers unknown"))
U(d, "France's foreign ministry welcomed Nkurunziza's appeal for calm", "was impartial.",
  ("France", T, neu, "Burundi", "welcome joined to an appeal for an impartial investigation, no judgement = calling_for_talks (rule 2 before rule 3)"))
U(d, "A spokeswoman for the European Union's foreign policy chief said Brussels was deeply worried", "in Bujumbura.",
  ("European Union", N, neg, "", "concern without an appeal; Brussels = the EU here"))
U(d, "In Kampala, a spokesman for President Yoweri Museveni, the region's mediator in Burundi, said", "before the end of the month.",
  ("East African Community", T, pos, "", "Museveni speaks here as the East African mediator, so for the bloc (unsure: could be Uganda); hope of talks"))
U(d, "The new opposition coalition, CNARED, said in a statement from Addis Ababa", "political weapon.",
  ("CNARED", N, neg, "", "denial of involvement = neutral, negative"))
U(d, "The coalition went on to blame Mbonimpa's shooting", "without giving evidence.",
  ("CNARED", C, neg, "Burundi", "'the coalition'; blames the regime's militias = accusation"))
U(d, "Government spokesman Philippe Nzobonariba rejected that charge on Tuesday", "author of the violence.",
  ("Burundi", N, neg, "", "denial"))
U(d, "Nzobonariba said the government would welcome help from African partners", "foreign lessons on security.",
  ("Burundi", C, neg, "", "openness to help joined to a rebuff of foreign critics (unnamed) = judgement (rule 1), target empty"))
U(d, "Human Rights Watch said the shooting of Mbonimpa was meant as a warning", "guards at the clinic.",
  ("Human Rights Watch", C, neg, "", "characterises the attack as intimidation + asks for protection (rule 1); attackers unknown"))
U(d, "Thierry Ndikumana, who researches Burundi at the Institute for Great Lakes Studies in Kampala, said", "given up on politics.",
  ("Thierry Ndikumana", C, neg, "", "invented researcher; judgement of the unknown attackers"))
U(d, "\"One side has lost its most feared general", "Ndikumana said.",
  ("Thierry Ndikumana", C, neg, "", "judgement of both camps -> target empty"))
U(d, "He said the mediators needed to get the government and CNARED into one room", "not months.",
  ("Thierry Ndikumana", T, neu, "", "appeal for talks between both sides"))
U(d, "In Kamenge, a mechanic, Jean-Bosco Niyonzima, said he heard the explosions", "on Sunday.",
  ("Jean-Bosco Niyonzima", N, neu, "", "invented witness; what he heard"))
U(d, "\"The whole street lay on the ground.", "Niyonzima said.",
  ("Jean-Bosco Niyonzima", N, neg, "", "fear described, no judgement"))
