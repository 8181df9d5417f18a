# ------------------------------------------------------------------ Nahr al-Bared: the army against Fatah al-Islam, day four (Lebanese English-language daily, scraped, 2007-05-23)
d = "page_nahrelbared_fatahislam_2007_beirutdaily.txt"
# Not statements: masthead, date line, menu, section, headline, subhead, byline, staff line, Print/Email bar, [Photo] caption,
# crossheads, ADVERTISEMENT, "Related:", tags, most popular, copyright.
U(d, "Defense Minister Elias Murr gave Fatah al-Islam militants", "it began on Sunday.",
  ("Lebanon", C, neg, "Fatah al-Islam", "dateline 'TRIPOLI: ' excluded; ultimatum = condemning"))
U(d, "\"The army will not bargain with murderers", "Murr told LBCI television.",
  ("Lebanon", C, neg, "Fatah al-Islam", "judgement ('murderers') + threat; multi-sentence quote closed by the speaker"))
# "Thousands of Palestinian refugees streamed out ..." and "The fighting, the heaviest internal combat ..." = narration, no row.
U(d, "The army said 32 soldiers had been killed since Sunday", "militants were shooting.",
  ("Lebanon", N, neu, "", "the army speaks for its state; toll + own conduct, no judgement"))
U(d, "Prime Minister Fouad Siniora, speaking after a Cabinet session", "taken them hostage.\"",
  ("Lebanon", C, neg, "Fatah al-Islam", "'a terrorist gang that has taken them hostage' = judgement"))
U(d, "\"Our brothers in the camp are not our enemy.", "Siniora said.",
  ("Lebanon", C, neg, "Fatah al-Islam", "blames the group for hiding among refugees and attacking the army"))
U(d, "He added that the state would look after the displaced", "shelter and food.",
  ("Lebanon", N, pos, "", "reassurance about own conduct + request to agencies (asking for aid is not supporting)"))
U(d, "Fatah al-Islam spokesman Abu Salim Taha said by telephone from inside the camp", "if the army advanced.",
  ("Fatah al-Islam", C, neg, "Lebanon", "truce to let civilians out, conditional on the army: the threat to fight on decides (unsure: the truce half could be calling_for_talks)"))
U(d, "\"If they come in, the battle will not stay in the north.", "Taha said.",
  ("Fatah al-Islam", C, neg, "Lebanon", "threat to extend the fighting"))
U(d, "He denied that the group had links to Al-Qaeda", "started the fighting.",
  ("Fatah al-Islam", C, neg, "Lebanon", "denial + accusation that the army started it: the accusation decides"))
U(d, "The representative of the Palestine Liberation Organization in Lebanon, Abbas Zaki, said the PLO backed", "the Palestinian cause.",
  ("Palestine", S, pos, "Lebanon", "PLO = Palestine in the name files; backing of the state's measures"))
U(d, "Zaki appealed to the army to spare civilians", "give themselves up.",
  ("Palestine", T, neu, "Lebanon", "appeal to protect civilians + time for mediation = calling_for_talks"))
U(d, "Hamas representative in Lebanon Osama Hamdan warned that the camp's residents", "the army and the refugees.",
  ("Hamas", T, neg, "", "warning against collective punishment phrased without a named culprit + appeal for a solution (unsure: 'must not be made to pay' edges on a judgement)"))
U(d, "Syria shut two border crossings with north Lebanon on Monday", "citing security concerns.",
  ("Syria", N, neu, "", "own security measure reported as done, no judgement"))
U(d, "Syrian Interior Minister Bassam Abdel-Majid said Damascus had nothing to do with Fatah al-Islam", "wanted in Syria.",
  ("Syria", N, neg, "", "denial = neutral, negative"))
U(d, "MP Saad Hariri, head of the Future Movement, said it was no secret", "civil strife.",
  ("Future Movement", C, neg, "Syria", "party leader speaks for the party; accusation against Damascus"))
U(d, "Hezbollah said in a statement that it stood with the army", "urged a political way out.",
  ("Hezbollah", T, neg, "", "backing of the army + warning + appeal for a political solution; no judgement on an actor -> calling_for_talks (rule 2 before rule 3; unsure)"))
U(d, "Free Patriotic Movement leader MP Michel Aoun said the army had his movement's unconditional support", "defending its soldiers.",
  ("Free Patriotic Movement", S, pos, "Lebanon", "support for the army = supporting Lebanon"))
U(d, "In New York, the UN Security Council said in a press statement late Tuesday", "restore order.",
  ("United Nations", C, neg, "Fatah al-Islam", "judgement ('intolerable assault') + support; rule 1"))
U(d, "The Council also expressed concern for the fate of the civilians", "humanitarian access to the camp.",
  ("United Nations", T, neu, "", "concern + humanitarian access = calling_for_talks"))
U(d, "UN High Commissioner for Human Rights Louise Arbour said the gunmen and the army alike", "medical teams in.",
  ("United Nations", T, neu, "", "OHCHR = United Nations; reminder of the law + evacuation and medical access, addressed to both -> target empty"))
U(d, "UNRWA Commissioner General Karen Koning AbuZayd said a convoy", "reach many families.",
  ("UNRWA", N, neg, "", "facts about the convoy and access, no culprit named"))
U(d, "She said UNRWA would try again to deliver supplies", "from both sides.",
  ("UNRWA", T, neu, "", "request for safe passage from both sides = humanitarian access = calling_for_talks"))
U(d, "US State Department spokesman Sean McCormack said the Lebanese government was acting within its rights", "military assistance to the army.",
  ("United States", S, pos, "Lebanon", "approval + faster military aid = supporting"))
U(d, "Arab League Secretary General Amr Moussa said the League stood firmly behind", "legitimate institutions.",
  ("Arab League", S, pos, "Lebanon", "backing of the army and institutions"))
U(d, "Saudi King Abdullah telephoned Siniora to express the kingdom's support", "the Premier's office said.",
  ("Saudi Arabia", S, pos, "Lebanon", "support reported by the Lebanese PM's office; attribution tail (Lebanon reports, Saudi position)"))
U(d, "In Beirut, EU foreign policy chief Javier Solana told Siniora and Speaker Nabih Berri", "and its soldiers.",
  ("European Union", S, pos, "Lebanon", "backing of the government and army"))
U(d, "Solana told reporters he had seen nothing so far that tied Damascus", "to the fighting.",
  ("European Union", N, neu, "", "no evidence of Syrian involvement = neutral statement of fact"))
U(d, "French Foreign Minister Bernard Kouchner condemned the \"terrorist attacks\"", "France stood by Lebanon.",
  ("France", C, neg, "Fatah al-Islam", "condemnation + solidarity; rule 1; attackers are the group named in the article"))
U(d, "\"For months, everyone knew armed strangers were moving into Nahr al-Bared", "Lebanese Centre for Policy Research in Beirut.",
  ("Nadim Khoury", C, neg, "", "invented scholar; blame spread over factions, state and UNRWA -> target empty"))
U(d, "Khoury said the government would have to hold a national dialogue", "happen elsewhere.",
  ("Nadim Khoury", T, neu, "Lebanon", "appeal for a national dialogue on camp security"))
U(d, "Layla Assaf, a researcher on Palestinian refugees at the Levant Institute for Migration Studies", "fund that promise now.",
  ("Layla Assaf", T, neu, "", "invented researcher; appeal on return and funding to the state and donors (unsure: asking for reconstruction money is not supporting) -> target empty"))
# The unnamed grandmother at Beddawi (two sentences) is not an actor: no row.
