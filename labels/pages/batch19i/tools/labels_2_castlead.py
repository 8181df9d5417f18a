# ------------------------------------------------------------------ Operation Cast Lead, third day: reactions (Middle East English-language site, full HTML, 2008-12-29)
d = "page_castlead_gaza_mesite.html"
# No rows: date bar, masthead, tagline, nav, LATEST ticker, kicker, headline, standfirst, byline, meta, share bar, captions with
# credits and "1 of 3", ADVERTISEMENT, crossheads, "Related:", credits, tags, newsletter prompt, comments, most read, footer.
# No row: the lead "AMMAN/CAIRO — Israel pressed on ..." (narration of strikes + "Western governments pleaded" = unnamed summary).
# No row: "Medical officials in Gaza said ..." (unnamed officials, no tie to a named body) and "Rockets fired from Gaza killed two Israelis ..." (narration).
# No row: "The reaction across the region was swift ..." and "But the minister also had sharp words for Hamas." (summary lines).
# No rows: the unnamed father outside Shifa hospital, "Analysts in the region", the commentator Ziad Khatib (analysis, no
# position of his own taken: 'They are caught between ...').
U(d, "Defence Minister Ehud Barak told the Knesset", "for as long as needed.",
  ("Israel", C, neg, "Hamas", "announced widening of a military operation against another side = condemning"))
U(d, "\"We did not choose this fight, but we will not stop halfway,\" he said.", "\"We did not choose this fight, but we will not stop halfway,\" he said.",
  ("Israel", C, neg, "Hamas", "'he' = Barak; threat to press on (judgement implied: the fight was forced on Israel)"))
U(d, "Mark Regev, a spokesman for Prime Minister Ehud Olmert", "at Kerem Shalom on Monday.",
  ("Israel", N, neg, "", "own conduct + denial of a humanitarian crisis = neutral, negative tone (denial)"))
U(d, "Hamas, for its part, vowed to keep firing", "would not be safe.",
  ("Hamas", C, neg, "Israel", "threat; the armed wing speaks for Hamas"))
U(d, "Egypt's foreign minister, Ahmed Aboul Gheit, said Cairo had summoned", "end to the bombardment.",
  ("Egypt", C, neg, "Israel", "summoning the ambassador = protest measure; Cairo = metonym"))
U(d, "\"Israel cannot go on punishing a million and a half people", "after the meeting.",
  ("Egypt", C, neg, "Israel", "multi-sentence quote closed by 'he told reporters' = one unit; collective-punishment accusation"))
U(d, "He said the movement had been warned repeatedly", "ignore those warnings.",
  ("Egypt", C, neg, "Hamas", "'the movement' = Hamas by context; blame"))
U(d, "Egypt opened the Rafah crossing on Sunday", "reaching the border.",
  ("Egypt", C, neg, "Hamas", "aid by act (Rafah, medical convoy) + Egyptian officials' accusation of Hamas in the same sentence: rule 1, the judgement decides (unsure: could be supporting)"))
U(d, "Palestinian President Mahmoud Abbas, speaking in Cairo", "step in to halt them.",
  ("Palestine", C, neg, "Israel", "judgement + appeal to the international community (rule 1); Cairo = place, Mubarak an object"))
U(d, "Mr Abbas said the Palestinian Authority would send medicine", "from the West Bank.",
  ("Palestine", S, pos, "", "aid to the population of Gaza (ruled by Hamas) -> target empty"))
U(d, "He also said, in remarks that drew angry replies from Hamas", "extend the ceasefire.",
  ("Palestine", C, neg, "Hamas", "blame of 'the movement' = Hamas; Hamas's replies are only narrated here"))
U(d, "A Hamas official in Gaza, Fawzi Barhoum, said the president", "worst possible moment\".",
  ("Hamas", C, neg, "Palestine", "'the president' = Abbas = Palestine; accusation of siding with Israel ('the occupier')"))
U(d, "Arab League Secretary-General Amr Moussa said the foreign ministers", "on Wednesday.",
  ("Arab League", N, neu, "", "meeting date announced = neutral (guide)"))
U(d, "The league had already asked Libya", "emergency session in New York.",
  ("Arab League", T, neu, "", "'the league' = Arab League; asking for a Security Council session = diplomatic course; Libya is an object"))
U(d, "In Amman, King Abdullah II ordered the Jordanian armed forces", "in their ordeal.",
  ("Jordan", S, pos, "Palestine", "field hospital + solidarity with the Palestinian people = supporting (Amman = place)"))
U(d, "Jordan's government spokesman described the raids", "international law.",
  ("Jordan", C, neg, "Israel", "judgement; 'the raids' = Israel's"))
U(d, "Syria, which has been holding indirect peace talks with Israel", "suspending the contacts.",
  ("Syria", N, neg, "", "withdrawal from talks with no protest stated in this sentence = neutral (guide rule 4)"))
U(d, "The official Syrian news agency quoted a government source", "civilians.",
  ("Syria", C, neg, "Israel", "agency quoting an unnamed official of a named government = Syria; the reason = judgement"))
U(d, "Turkish Prime Minister Recep Tayyip Erdogan, whose government had brokered", "visited Ankara.",
  ("Turkey", C, neg, "Israel", "judgement without stock words ('treated ... with contempt')"))
U(d, "He said Ankara would not be part of any process", "killing of civilians.",
  ("Turkey", C, neg, "Israel", "refusal in protest; Ankara = metonym"))
U(d, "Saudi Arabia said in a cabinet statement", "emergency aid for Gaza.",
  ("Saudi Arabia", C, neg, "Israel", "'held Israel responsible' + aid pledge: rule 1, the judgement decides"))
U(d, "In Beirut, Hezbollah leader Hassan Nasrallah urged Egyptians", "sow chaos.",
  ("Hezbollah", C, neg, "Egypt", "pressure on Egypt's government through street protest to force the crossing open (unsure: no judgement word)"),
  ("Egypt", C, neg, "Hezbollah", "unnamed 'Egyptian officials' of a named government = Egypt; accusation"))
U(d, "\"The men running Gaza are a gang of gunmen", "defend its people.",
  ("United States", C, neg, "Hamas", "quote opened at the paragraph start, closed by the speaker; 'the men running Gaza' = Hamas; judgement + Israel's right (rule 1)"))
U(d, "Secretary of State Condoleezza Rice said the United States wanted a ceasefire", "rocket fire first.",
  ("United States", T, neu, "Hamas", "ceasefire wanted + demand to one side with no judgement word = calling_for_talks"))
U(d, "The French presidency of the European Union said the bloc", "and the bombing.",
  ("European Union", C, neg, "Israel", "the presidency speaks for the EU; 'out of all proportion' = judgement + appeal (rule 1)"))
U(d, "Foreign Minister Bernard Kouchner said he would host EU ministers", "truce proposal.",
  ("European Union", T, neu, "", "French minister convening EU ministers as the presidency = EU (guide: minister as chair of a regional body) (unsure: could be France)"))
U(d, "Russia's foreign ministry spokesman, Andrei Nesterenko, said Moscow was alarmed", "rocket attacks.",
  ("Russia", T, neg, "", "concern + appeals to both sides = calling_for_talks"))
U(d, "UN Secretary-General Ban Ki-moon, who said he was deeply alarmed", "to an end.",
  ("United Nations", C, neg, "", "condemns both sides' actions + appeal (rule 1); two targets -> empty"))
U(d, "The Security Council, after four hours of closed consultations", "opening of crossings.",
  ("United Nations", T, neu, "", "Council's call on all parties"))
U(d, "The International Committee of the Red Cross said hospitals in Gaza", "for their generators.",
  ("ICRC", N, neg, "", "facts with alarm, no appeal"))
