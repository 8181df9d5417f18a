# ------------------------------------------------------------------ Usnarz Górny: Afghans stranded on the Polish-Belarusian border (Polish ministry's press-release page, 20 Aug - 2 Sept 2021)
d = "page_poland_usnarz_gorny_border2021_govreleases.html"
# Not statements: skip links, gov bar, menus, breadcrumbs, page heading and lead-info line, release headings (several carry a position),
# dates, figcaption, contact lines, share bar, feedback widget, print line, footer.
# Release of 02.09.2021
U(d, "The President of the Republic of Poland, Andrzej Duda, signed on Thursday the regulation", "at the request of the Council of Ministers.",
  ("Poland", N, neu, "", "state of emergency signed: procedure, no judgement in the sentence"))
# "The regulation bars persons not resident in the zone ..." = content of the regulation, narration, no row.
U(d, "Minister of the Interior and Administration Mariusz Kamiński said the measure was the state's answer", "with the help of Belarusian officers.",
  ("Poland", C, neg, "Belarus", "reported clause: a 'provocation planned in Minsk' = accusation"))
U(d, "\"The Lukashenko regime is moving people around like pawns", "the minister said in the Sejm.",
  ("Poland", C, neg, "Belarus", "multi-sentence quote closed by 'the minister'; judgement + defiance"))
U(d, "He added that over 3,000 attempts to cross the border illegally", "according to Border Guard data.",
  ("Poland", N, neu, "", "figures given by an actor = neutral"))
U(d, "The Ministry rejects claims by some opposition politicians", "under the rules of the regulation.",
  ("Poland", N, neg, "", "denial of a charge = neutral, negative; opposition politicians unnamed -> no row for them, target empty"))
# Release of 30.08.2021
U(d, "A fence 2.5 metres high has been erected", "with Minister Kamiński in Szudziałowo.",
  ("Poland", N, neu, "", "facts about own measure; attribution at the end"))
U(d, "Błaszczak said soldiers would continue to support the Border Guard", "adopted the necessary law.",
  ("Poland", N, neu, "", "surname only; plans"))
U(d, "The spokesman for the Minister-Coordinator of Special Services, Stanisław Żaryn, said", "on tourist visas.",
  ("Poland", C, neg, "", "accusation of the Belarusian and Russian services; two targets -> empty"))
U(d, "The Ministry rejects as false the claim of the Belarusian State Border Committee", "back across the line.",
  ("Poland", N, neg, "", "denial = neutral, negative"),
  ("Belarus", C, neg, "Poland", "X's position reported by Y: the Belarusian border committee's push-back charge = accusation"))
# Release of 26.08.2021
U(d, "On 25 August the European Court of Human Rights indicated to Poland and Latvia", "temporary shelter.",
  ("European Court of Human Rights", T, neu, "", "interim measure: provide food, water, care = humanitarian appeal without judgement; two states addressed -> target empty"))
U(d, "The Ministry notes that the Court's measure does not oblige Poland", "within the time set.",
  ("Poland", N, neu, "", "procedural reading of the measure and plan to report to the Court"))
U(d, "The Border Guard has twice offered to hand tents, food, water and medicines", "to the Belarusian border service.",
  ("Poland", S, neu, "", "offer of aid = supporting; the migrants are not an actor -> target empty"))
U(d, "Both offers were turned down by the Belarusian side, the Border Guard said.", "the Border Guard said.",
  ("Poland", N, neg, "", "fact given by an actor, attribution tail; no judgement word (unsure: implied blame)"),
  ("Belarus", N, neu, "", "refusal reported by Poland, no reason or protest stated = neutral"))
U(d, "Asked about the appeal of the UN refugee agency UNHCR", "the responsibility of the Belarusian state.",
  ("UNHCR", T, neg, "Poland", "the agency's appeal for access for doctors and lawyers, reported in the clause = calling_for_talks (humanitarian access)"),
  ("Poland", C, neg, "Belarus", "holds Belarus responsible for the group = condemning (unsure: could be read as a procedural answer)"))
U(d, "European Commissioner for Home Affairs Ylva Johansson, according to a statement from her office, welcomed", "apply for international protection.",
  ("European Union", T, neu, "", "welcome joined to an appeal for protection, no judgement: rule 2 before rule 3 = calling_for_talks; addressed to Member States -> target empty"))
# Release of 23.08.2021: joint declaration of four states, one row per listed state
U(d, "The Prime Ministers of Estonia, Latvia, Lithuania and Poland, Kaja Kallas", "as a means of pressure on the Union.",
  ("Estonia", C, neg, "Belarus", "joint declaration by a list of states: accusation of organising the arrivals"),
  ("Latvia", C, neg, "Belarus", "same joint declaration"),
  ("Lithuania", C, neg, "Belarus", "same joint declaration"),
  ("Poland", C, neg, "Belarus", "same joint declaration"))
U(d, "The four heads of government thanked the European Commission and Frontex", "for the help sent to the region.",
  ("Estonia", S, pos, "European Union", "thanks for help = supporting; Commission and Frontex = EU"),
  ("Latvia", S, pos, "European Union", "same"),
  ("Lithuania", S, pos, "European Union", "same"),
  ("Poland", S, pos, "European Union", "same"))
U(d, "\"It is for the government in Minsk to stop this practice at once,\" the declaration reads.", "the declaration reads.",
  ("Estonia", T, neg, "Belarus", "demand to one side to stop, no judgement word in the sentence = calling_for_talks, negative (labels/README) (unsure: 'this practice' refers back to the accusation)"),
  ("Latvia", T, neg, "Belarus", "same"),
  ("Lithuania", T, neg, "Belarus", "same"),
  ("Poland", T, neg, "Belarus", "same"))
# Release of 20.08.2021
# "Deputy Minister ... Wąsik met residents ..." = meeting narrated, no row.
U(d, "The deputy minister assured residents that the reinforcements", "as long as the situation required.",
  ("Poland", N, pos, "", "reassurance about own conduct = neutral, positive tone"))
U(d, "Dr Agnieszka Sulima, a security analyst at the Białystok Institute of Border Studies", "on the Belarusian side.",
  ("Agnieszka Sulima", C, neg, "Belarus", "invented analyst; attributes the arrivals to state services = accusation without stock words"))
U(d, "Henryk Bielawski, a farmer from Usnarz Górny, told the meeting", "a sense of safety.",
  ("Henryk Bielawski", S, pos, "Poland", "invented resident; approval of the troops' presence = supporting"))
U(d, "\"We feel sorry for those people in the tent, truly.", "Bielawski said.",
  ("Henryk Bielawski", N, neg, "", "sympathy and a question about who brought them; no one named = no judgement"))
