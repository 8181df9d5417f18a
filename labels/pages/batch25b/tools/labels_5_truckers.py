# ------------------------------------------------------------------ Algeria-Morocco: the killing of three Algerian lorry drivers near Bir Lahlou (French outlet's English edition, 2021-11-05)
d = "page_algeria_morocco_truckers2021_frenchoutlet.txt"
# Not statements: masthead, menu, section, headline, standfirst, byline, published/modified stamps, share bar, photo caption with credit,
# Advertisement, crossheads, "Read also" links, tags, newsletter prompt, copyright.
U(d, "Algeria's presidency has accused Moroccan forces of killing three Algerian lorry drivers", "to a new high.",
  ("Algeria", C, neg, "Morocco", "lede carrying a position: accusation + vow of a response (threat)"))
# "The three men were driving two lorries back from Nouakchott ..." = narration, no row.
# "A specialist Algerian defence website placed the strike near Bir Lahlou ..." = a media outlet reporting a fact, not an actor, no row.
U(d, "In a statement carried by the official APS news agency, the presidency said the evidence", "engaged in ordinary trade.",
  ("Algeria", C, neg, "Morocco", "'carried by' the state agency (not an actor); attribution to Moroccan units + 'deliberate act against civilians' = accusation"))
U(d, "Foreign Minister Ramtane Lamamra wrote on Friday to UN Secretary-General Antonio Guterres", "stability of the region.",
  ("Algeria", C, neg, "Morocco", "letters to four organisations (act reported as done) + 'grave threat' = judgement; Algiers = metonym"))
U(d, "Interior Minister Kamel Beldjoud told reporters that security along the southern borders", "was being reinforced.",
  ("Algeria", N, neu, "", "security measures, no target = neutral"))
U(d, "The army's chief of staff, General Saïd Chengriha, was quoted by the defence ministry's magazine", "\"wherever they may be\".",
  ("Algeria", C, neg, "Morocco", "second-hand quote ('was quoted by'); the army speaks for its state; veiled threat in context of the accusation (unsure: Morocco not named in the sentence)"))
U(d, "The speaker of the National People's Assembly, Brahim Boughali, called the killing", "no Algerian would forget.",
  ("Algeria", C, neg, "", "parliament speaker = the state; 'act of aggression' = judgement; no actor named in the sentence -> target empty"))
# "Morocco has not issued an official statement." = non-answer, no row.
U(d, "A senior Moroccan official, who asked not to be named, told L'Horizon", "confrontation with its neighbour.",
  ("Morocco", N, neg, "", "unnamed official of a named government = Morocco; denial + refusal of confrontation = neutral, negative"))
U(d, "The same official said the lorries had been hit in a buffer zone", "had any reason to be.",
  ("Morocco", C, neg, "Polisario Front", "insinuation that the zone is a Polisario military area and the traffic suspect = accusation (unsure: could be read as a factual rebuttal)"))
U(d, "Mauritania's army said in a statement that no attack had taken place", "on its side of the border.",
  ("Mauritania", N, neg, "", "the army speaks for its state; denial = neutral, negative"))
U(d, "A Mauritanian government spokesman said Nouakchott was in contact", "avoid any escalation.",
  ("Mauritania", T, neu, "", "state given by adjective; contacts + appeal against escalation to two parties = calling_for_talks"))
U(d, "The Polisario Front, which ended its ceasefire with Morocco a year ago", "Security Council act.",
  ("Polisario Front", C, neg, "Morocco", "judgement (waging war on the region) + demand to the Council = condemning (rule 1)"))
U(d, "At UN headquarters in New York, spokesman Stéphane Dujarric said", "sent a team to the site.",
  ("United Nations", N, neu, "", "facts and procedure (MINURSO team) = neutral"))
U(d, "\"We are of course concerned by any incident that could add to tensions", "before the mission had reported.",
  ("United Nations", N, neg, "", "concern without an appeal, declining to attribute blame = neutral, negative"))
U(d, "The African Union Commission said in a brief statement that Faki had received", "favour dialogue.",
  ("African Union", T, neu, "", "receipt of a letter (narration) + appeal for restraint and dialogue to both = calling_for_talks"))
U(d, "Aboul Gheit expressed the hope that the two", "general secretariat in Cairo.",
  ("Arab League", T, pos, "", "hope for dialogue = calling_for_talks; attribution tail 'according to a statement from'"))
U(d, "Tunisian President Kais Saied telephoned President Abdelmadjid Tebboune", "the Tunisian presidency said.",
  ("Tunisia", S, pos, "Algeria", "condolences to Algeria = solidarity = supporting (as the batch5c reading of condolences); the call is narration"))
U(d, "A State Department spokesperson said Washington was following the reports", "reduce tensions.",
  ("United States", T, neu, "", "monitoring + encouragement to de-escalate, both sides = calling_for_talks"))
U(d, "France, which keeps close ties with both capitals, called for restraint", "between Algeria and Morocco.",
  ("France", T, neu, "", "appeal for restraint; attachment to good relations = calling_for_talks"))
U(d, "Spain, which buys much of its gas from Algeria", "calm would prevail.",
  ("Spain", T, pos, "", "hope for calm = calling_for_talks; relative clause is background"))
U(d, "In Moscow, foreign ministry spokeswoman Maria Zakharova said Russia hoped", "by political means.",
  ("Russia", T, pos, "", "hope for a political solution = calling_for_talks"))
U(d, "Yasmina Haddadi, a North Africa analyst at the Geneva-based Centre for Mediterranean Security", "into the military sphere.",
  ("Yasmina Haddadi", N, neg, "", "invented analyst; reading of the timing, no judgement"))
U(d, "\"Neither side wants a war, but each is behaving as if the other one does", "Haddadi said.",
  ("Yasmina Haddadi", N, neg, "", "risk assessment about both sides, no explicit judgement of one actor = neutral, negative (unsure: mild criticism of both)"))
U(d, "She said a credible MINURSO report, shared quickly with both capitals", "from escalating.",
  ("Yasmina Haddadi", T, neu, "", "pronoun = Haddadi; proposal to prevent escalation = calling_for_talks"))
U(d, "Karim Benslimane, a former Moroccan diplomat who now teaches international relations in Rabat", "rally domestic opinion.",
  ("Karim Benslimane", C, neg, "Algeria", "invented former diplomat (speaks for no body); dismisses Algeria's account as manipulation = judgement"))
U(d, "Benslimane said Algiers had produced no evidence", "before the Security Council.",
  ("Karim Benslimane", C, neg, "Algeria", "surname only; accusation of instrumentalising the deaths; Algiers = metonym"))
# "Algeria broke off diplomatic relations with Morocco in August, and on Sunday let its contract ... expire." = background narration of past acts, no row.
