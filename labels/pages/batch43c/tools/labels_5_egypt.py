from common import R
D = 'page_egypt_italianconsulate_bomb2015_liveblog.html'
R(D, "Karim Mansour, a security analyst at the Cairo Centre for Regional Studies, told us the choice of target was a departure for militants who have mostly attacked soldiers and police.",
  'Karim Mansour', 'neutral', 'neutral', '', "analyst (invented): observation")
R(D, "\"Hitting a European mission in the heart of the capital is meant to tell Egypt's partners that their support for the government has a price. It is also a sign that the security services still cannot protect the most obvious targets in Cairo,\" he said.",
  'Karim Mansour', 'condemning', 'negative', 'Egypt', "two-sentence quote closed by the speaker; judgement of Egypt's security services")
R(D, "The EU's foreign policy chief, Federica Mogherini, said in a statement that the terrorists' bomb was aimed at Egyptians and Europeans alike and that the EU would back Cairo's efforts to find those behind it.",
  'European Union', 'supporting', 'negative', 'Egypt', "backing of Cairo's investigation; 'terrorists' names the attackers but no condemnation is stated (unsure: could be condemning); 'Cairo' = Egypt")
R(D, "The Arab League's secretary general, Nabil Elaraby, condemned what he called a criminal act and said it would not weaken Egypt's resolve.",
  'Arab League', 'condemning', 'negative', '', "attackers unnamed")
R(D, "In New York, a spokesman for UN secretary general Ban Ki-moon said Ban condemned the bombing and extended his condolences to the family of the man who was killed.",
  'United Nations', 'condemning', 'negative', '', "spokesman speaks for the SG")
for st in ('Saudi Arabia', 'United Arab Emirates', 'Bahrain', 'Jordan'):
    R(D, "Saudi Arabia, the United Arab Emirates, Bahrain and Jordan have all issued statements condemning the attack and expressing solidarity with Egypt and Italy.",
      st, 'condemning', 'negative', '', "list of states, one row each; condemnation + solidarity: rule 1")
R(D, "Italy's president, Sergio Mattarella, called the bombing vile and said Europe could no longer treat attacks of this kind as someone else's problem, urging the European Union to act together with its partners.",
  'Italy', 'condemning', 'negative', '', "'cowardly act' + call for measures: rule 1; the EU is addressed, not a speaker")
R(D, "The US State Department also condemned the attack.",
  'United States', 'condemning', 'negative', '', "short report of a condemnation")
R(D, "\"We stand with our Italian allies and our Egyptian partners, and we will keep working with both governments against this threat,\" spokesman John Kirby said.",
  'United States', 'supporting', 'positive', '', "solidarity with two states -> target empty")
R(D, "Al-Azhar, the Cairo-based seat of Sunni learning, said the bombing was a crime that no religion could justify, least of all during the holy month of Ramadan.",
  'Al-Azhar', 'condemning', 'negative', '', "judgement without the word condemn")
R(D, "Its grand imam, Ahmed el-Tayeb, called on Egyptians to stand together behind the state in the face of extremism.",
  'Al-Azhar', 'supporting', 'positive', 'Egypt', "'Its grand imam' = Al-Azhar; appeal to rally behind the state = backing")
R(D, "A group calling itself the Islamic State in Egypt has said it carried out the attack, in a statement circulated on Twitter by accounts that have carried its previous claims.",
  'Islamic State', 'neutral', 'neutral', '', "claim of its own attack, no judgement (guide: own strike reported as done = neutral)")
R(D, "The statement said its fighters had set off a car loaded with 450kg of explosives at the consulate, and told Muslims that places of this kind were fair game for its fighters and should be avoided.",
  'Islamic State', 'condemning', 'negative', '', "threat of further attacks on such sites (unsure target: Italy's and other missions -> empty)")
R(D, "According to the statement, Renzi assured Sisi that Rome would not step back from its partnership with Cairo against extremist violence.",
  'Italy', 'supporting', 'positive', 'Egypt', "solidarity; 'the statement' = Renzi's office")
R(D, "Sisi's spokesman said the president had told Renzi that the protection of foreign missions was a duty Egypt took on in full, and had thanked Italy for standing by Egypt against militant groups in the region.",
  'Egypt', 'supporting', 'positive', 'Italy', "thanks to Italy + reassurance about own duty")
R(D, "Speaking to reporters among the rubble, Mahlab said terrorism was a threat no single country could defeat on its own, and that the government would rebuild the consulate at its own expense.",
  'Egypt', 'supporting', 'positive', 'Italy', "offer to rebuild Italy's consulate = assistance (unsure: 'war the whole world had to wage' could make it condemning)")
R(D, "Egypt's foreign minister, Sameh Shoukry, telephoned his Italian counterpart to convey Cairo's condemnation of the attack and its determination to step up security co-operation with Rome, the foreign ministry said.",
  'Egypt', 'condemning', 'negative', '', "'Cairo' and 'Rome' are metonyms; the counterpart is the object, not a speaker")
R(D, "Bomb at our consulate in Cairo: our thoughts are with the Egyptian victims, and none of our staff were hurt.",
  'Italy', 'supporting', 'negative', 'Egypt', "embedded post of the foreign minister; sympathy with the Egyptian victims")
R(D, "Cowardly threats like this will not change Italy's course.",
  'Italy', 'condemning', 'negative', '', "'cowardly' = judgement of the (unknown) attackers; defiance")
R(D, "Later, at a news conference in Rome, Gentiloni said he had no doubt that Italy's mission was what the bombers had aimed at, and that Italy would raise security at its other sites in Egypt.",
  'Italy', 'neutral', 'neutral', '', "assessment and own security plans")
R(D, "Consular services in Cairo are suspended until further notice following this morning's explosion.",
  'Italy', 'neutral', 'neutral', '', "embassy's embedded post")
R(D, "All staff are safe.",
  'Italy', 'neutral', 'neutral', '', "embassy post continued; fact about own staff")
R(D, "Please avoid the area around the consulate.",
  'Italy', 'neutral', 'neutral', '', "advice to the public, not a peace appeal")
R(D, "Health ministry spokesman Hossam Abdel Ghaffar said one person had been killed and nine injured, among them police officers and passers-by.",
  'Egypt', 'neutral', 'neutral', '', "casualty figures")
# no row: summary bullets, headlines, standfirst, key events; 'Italian prime minister Matteo Renzi called ... Renzi's office said.' (lead-in to the next sentence);
# 'Prime minister Ibrahim Mahlab toured the site ...' (narration); 'Italy's foreign minister ... respond on Twitter:' and 'The Italian embassy in Cairo has posted this notice:' (lead-ins);
# 'The claim could not be independently verified.' and the Sinai sentence (narration); 'The consulate was closed ... according to officials.' (unnamed officials).
