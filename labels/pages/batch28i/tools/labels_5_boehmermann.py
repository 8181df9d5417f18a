# ------------------------------------------------------------------ The Böhmermann affair and Section 103 (press releases of the Bundestag groups, 15-20 April 2016)
d = "page_germany_boehmermann_section103_2016_partypress.txt"
# Not statements: service masthead, menu, topic line, editorial note, time stamps, item headings (several carry a position:
# "Oppermann: Satire is a matter for the courts ...", "Kauder: The decision respects ...", "Özdemir: A wrong signal ...",
# "Wagenknecht: The refugee deal has a price ..."), contact lines, related topics, tags, newsletter prompt, footer.
# Parties speak for themselves (labels: parties.csv); a committee chair speaking as chair, the Chancellor and the government spokesman = Germany.
U(d, "The Chair of the Committee on Legal Affairs and Consumer Protection, Renate Künast, said", "in the coming weeks.",
  ("Germany", N, neu, "", "committee chair named by title = the parliament -> Germany; procedural announcement of a hearing"))
U(d, "At the session, Professor Klaus Renner, a constitutional lawyer from Heidelberg", "at the request of a foreign head of state.",
  ("Klaus Renner", C, neg, "Germany", "invented expert heard by the committee; reported clause: the government should never have done it = judgement"))
U(d, "\"A government that authorises such a case cannot then claim", "Renner said.",
  ("Klaus Renner", C, neg, "Germany", "multi-sentence quote closed by surname; judgement of the government's claim"))
U(d, "Dr Miriam Hollweg, a media lawyer from Hamburg, said the repeal was long overdue", "prosecutors in Mainz.",
  ("Miriam Hollweg", N, neu, "", "invented expert; view on the repeal + caution to deputies about the pending case; no judgement of an actor, no peace appeal"))
U(d, "The Chairman of the SPD parliamentary group, Thomas Oppermann, said the Chancellor had taken a decision", "give way to the Turkish request.",
  ("Social Democratic Party of Germany", C, neg, "Germany", "coalition party's group chair: 'a mistake to give way' = judgement of the Chancellor's decision (the government = Germany)"))
U(d, "Oppermann said the criminal law had no business protecting the honour of foreign rulers", "ordinary citizens.",
  ("Social Democratic Party of Germany", C, neg, "", "surname only; judgement of the provision and its use; no actor named -> target empty (unsure: could be read as a neutral policy view)"))
U(d, "The SPD group will table a bill to strike Section 103", "deputy group chair Eva Högl announced.",
  ("Social Democratic Party of Germany", N, neu, "", "legislative plan with attribution tail = neutral"))
U(d, "The Chairman of the CDU/CSU parliamentary group, Volker Kauder, backed the Chancellor's decision", "settle the matter in the Chancellery.",
  ("Christian Democratic Union", S, pos, "Germany", "approval of the government's decision = supporting"))
U(d, "The deputy chairman of the group, Hans-Peter Friedrich of the CSU, said the poem had been crude", "the Basic Law protects.",
  ("Christian Social Union", C, neg, "", "judgement of the poem; the satirist is not an actor -> target empty"))
U(d, "Kauder added that the Union would support the abolition of Section 103", "legislative period.",
  ("Christian Democratic Union", S, neu, "Germany", "backs the government's plan to repeal the provision = supporting"))
U(d, "Green Party co-chair Cem Özdemir said Merkel had allowed Ankara to set the limits of satire", "sitting in Turkish prisons.",
  ("Alliance 90/The Greens", C, neg, "Germany", "judgement of the Chancellor's decision (Ankara mentioned as the beneficiary)"))
U(d, "\"Erdoğan does not tolerate a cartoon at home", "willing to pass on his complaints.",
  ("Alliance 90/The Greens", C, neg, "", "quote with no attribution in its paragraph = Özdemir; judgement of both Erdoğan and Berlin -> target empty"))
# "This will not be forgotten in Istanbul's newsrooms." = rhetorical continuation, no separate position; no row.
U(d, "\"We expect the Chancellor to tell the Turkish President openly", "not to palaces.\"",
  ("Alliance 90/The Greens", C, neg, "Turkey", "speaker carried across the paragraph break; demand that Berlin rebuke Ankara, with a jab at Erdoğan's 'palaces' = judgement (unsure: could be read as an appeal)"))
U(d, "The Greens group chair Katrin Göring-Eckardt said the Greens would support any bill", "without delay.",
  ("Alliance 90/The Greens", S, neu, "", "backing for a repeal bill = supporting; no actor named -> target empty"))
U(d, "The chair of the Die Linke parliamentary group, Sahra Wagenknecht, said the decision showed", "now reached.",
  ("Die Linke", C, neg, "Germany", "reported clause: dependence on Ankara = judgement of the Chancellor"))
U(d, "The group's spokesperson on foreign policy, Sevim Dağdelen, said Erdoğan's government was waging war", "protected abroad.",
  ("Die Linke", C, neg, "Turkey", "accusation of war on its own citizens"))
U(d, "Dağdelen called on the federal government to suspend arms exports to Turkey", "group's press office.",
  ("Die Linke", C, neg, "Turkey", "call for a sanction (arms stop) = condemning (labels/README); attribution tail"))
U(d, "Chancellor Angela Merkel said the government's consent to the proceedings settled nothing about guilt", "the Turkish complaint.",
  ("Germany", N, neu, "", "procedure: the courts decide; no judgement or appeal"))
U(d, "She said the government regarded Section 103 as no longer needed", "move to abolish it.",
  ("Germany", N, neu, "", "pronoun = Merkel; legislative plan"))
U(d, "Government spokesman Steffen Seibert said there had been differences of view inside the coalition", "after careful consideration.",
  ("Germany", N, neu, "", "procedural account of the decision"))
U(d, "In Ankara, Deputy Prime Minister Numan Kurtulmuş was quoted by the Anadolu agency", "respect for the rule of law.",
  ("Turkey", S, pos, "Germany", "'was quoted by' (agency not an actor); satisfaction with Germany's decision = approval"))
U(d, "Turkey's ambassador in Berlin, Hüseyin Avni Karslıoğlu, said in a television interview", "which he described as close.",
  ("Turkey", T, pos, "", "ambassador speaks for his state; hope that relations stay unclouded = calling_for_talks (hope), positive"))
U(d, "Turkish Prime Minister Ahmet Davutoğlu, who had raised the poem with Merkel by telephone", "passed off as satire.",
  ("Turkey", C, neg, "", "judgement of the poem; the satirist is not an actor -> target empty; the phone call is narration"))
U(d, "The chairman of the Free Democratic Party, Christian Lindner, whose party has no seats", "relations with Erdoğan.",
  ("Free Democratic Party", C, neg, "Germany", "extra-parliamentary party judges the government's trade-off"))
U(d, "Reporters Without Borders Germany said the authorisation would be read in Ankara", "abroad as well.",
  ("Reporters Without Borders", C, neg, "Germany", "national section = the organisation; criticism of the authorisation's effect (unsure: phrased as a forecast)"))
