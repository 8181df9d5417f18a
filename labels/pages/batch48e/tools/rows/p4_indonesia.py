DOC = 'page_indonesia_brahma12_hostages2016_mfa.html'
ID = 'Indonesia'
PH = 'Philippines'
MY = 'Malaysia'
AS = 'Abu Sayyaf'
JOINT = "In a Joint Declaration adopted at the end of the meeting, the three countries agreed on patrols coordinated among their navies, on coming to the aid of any crew or vessel in trouble, on a network of national contact points to pass on information and intelligence quickly, and on a direct emergency line between their authorities."
COND = "The three Governments also condemned the abduction of their nationals at sea, and stated that those responsible for these crimes must not be allowed to find a safe haven anywhere in the region."
AGAIN = "The three countries will meet again to review progress in the implementation of the Joint Declaration."
ROWS = [
# release of 11 May 2016 (headline, date line, figure caption: no rows)
("The Government of the Republic of Indonesia is grateful to announce that the four Indonesian crew members of tugboat Henry, who had been held by an armed group in the southern Philippines since 15 April 2016, were released today and are in good health.",
 ID, 'neutral', 'positive', '', "the ministry's release = Indonesia; facts with relief; 'an armed group' unnamed here"),
("The four were handed over to Indonesian officials in the southern Philippines this afternoon and will be flown to Jakarta to be reunited with their families after undergoing medical checks.",
 ID, 'neutral', 'neutral', '', "facts and plans"),
("President Joko Widodo conveyed his thanks to the Government of the Philippines for its help, and to everyone in Indonesia who had worked quietly for the safety of the hostages.",
 ID, 'supporting', 'positive', PH, "gratitude/praise for the Philippines' cooperation"),
("Foreign Minister Retno L.P. Marsudi stated that from the first day the Government had placed the safety of the crew above every other consideration, and that many people had worked behind the scenes to bring them home.",
 ID, 'neutral', 'positive', '', "account of own conduct (self-praise) -> neutral"),
("The Government of Indonesia reiterates that it has not paid any ransom and has not taken part in any negotiation over money with the hostage takers.",
 ID, 'neutral', 'negative', '', "denial -> neutral, negative"),
("The Minister also asked Indonesian shipping companies to comply with the Ministry of Transportation's temporary halt on coal shipments to the Philippines, which remains in force until the security arrangements agreed in Yogyakarta are in place, and to report all voyages through the waters of common concern to the authorities.",
 ID, 'neutral', 'neutral', '', "instruction to its own companies; the halt is a precaution, not a measure against the Philippines ('the Ministry of Transportation's' is a possessive) (unsure: the halt could be read as pressure on Manila)"),
# release of 5 May 2016
("The Foreign Ministers and the Chiefs of Defence Forces of Indonesia, Malaysia and the Philippines met today in Yogyakarta at the invitation of the Government of Indonesia to discuss the kidnappings and armed robberies that have affected vessels in the maritime areas of common concern to the three countries.",
 ID, 'calling_for_talks', 'neutral', '', "a meeting in narrative is no statement of its participants; the host convening it is calling_for_talks (labels README)"),
(JOINT, ID, 'neutral', 'positive', '', "joint declaration: one row per listed state; agreed security plans without evaluation of another actor (unsure: could be supporting each other)"),
(JOINT, MY, 'neutral', 'positive', '', "joint declaration, second state"),
(JOINT, PH, 'neutral', 'positive', '', "joint declaration, third state"),
(COND, ID, 'condemning', 'negative', '', "joint condemnation, one row per state; kidnappers not named in the unit -> empty target"),
(COND, MY, 'condemning', 'negative', '', "joint condemnation, second state"),
(COND, PH, 'condemning', 'negative', '', "joint condemnation, third state"),
('"Our seafarers must be able to go about their work without fear of being taken from their ships," Foreign Minister Retno L.P. Marsudi said at the press conference after the meeting.',
 ID, 'calling_for_talks', 'neutral', '', "a 'must' for the safety of seafarers with no addressee = an appeal/hope for security, no judgement (unsure: could be neutral)"),
('"That is why we decided to act together, and to act now."',
 ID, 'neutral', 'positive', '', "continuation of Retno's quote; own decision"),
("Philippine Secretary of Foreign Affairs Jose Rene D. Almendras said his Government would continue to pursue the kidnappers on land and at sea, and that the Philippines was determined that its southern waters would not be a haven for criminals.",
 PH, 'condemning', 'negative', AS, "announced operations against the kidnappers (= Abu Sayyaf, named in the other releases) = condemning"),
("Malaysian Foreign Minister Dato' Sri Anifah Aman, whose country also has four citizens in the hands of the same group since early April, welcomed the initiative of Indonesia in convening the meeting and said Malaysia would contribute fully to the new arrangements.",
 MY, 'supporting', 'positive', ID, "welcome of Indonesia's initiative + commitment; 'whose country' is a relative clause, not a speaker"),
(AGAIN, ID, 'calling_for_talks', 'neutral', '', "the three commit to meet again = agreeing to talks; one row per state"),
(AGAIN, MY, 'calling_for_talks', 'neutral', '', "second state"),
(AGAIN, PH, 'calling_for_talks', 'neutral', '', "third state"),
# release of 1 May 2016
("The ten Indonesian crew members of tugboat Brahma 12 and barge Anand 12, who had been held by the Abu Sayyaf group since late March, were freed today and arrived at Halim Perdanakusuma Air Force Base in Jakarta this evening.",
 ID, 'neutral', 'positive', '', "the ministry's facts"),
("Speaking at the Bogor Presidential Palace, President Joko Widodo thanked the Government of the Philippines for its cooperation and announced that the Foreign Ministers and military commanders of Indonesia, Malaysia and the Philippines would meet on 5 May to discuss the security of the shared waters.",
 ID, 'calling_for_talks', 'positive', '', "thanks (supporting) + announcing the meeting Indonesia convenes (calling_for_talks): rule 2 before rule 3; the thanks are noted here"),
("The President stressed that the Government would not rest until the four crew members of tugboat Henry, who were seized in a separate attack, were also free.",
 ID, 'neutral', 'neutral', '', "own commitment, no actor addressed"),
# release of 29 March 2016
("The Ministry of Foreign Affairs has received information that tugboat Brahma 12 and barge Anand 12, sailing under the Indonesian flag from South Kalimantan to Batangas in the Philippines with a cargo of coal, were hijacked in Philippine waters and that their ten Indonesian crew members are being held by an armed group identifying itself as Abu Sayyaf.",
 ID, 'neutral', 'negative', '', "facts given by the ministry"),
("According to the ship-owning company, the group has contacted it twice since 26 March and has demanded a ransom of 50 million pesos, warning that the crew would come to harm if it was not paid by 8 April.",
 AS, 'condemning', 'negative', '', "a ransom demand with a threat = condemning (a threat); aimed at the company (not an actor) -> empty target; the unnamed company gets no row"),
("The Philippine authorities have informed the Indonesian Embassy in Manila that tugboat Brahma 12 has been recovered and is now in their hands, while the whereabouts of the barge and of the crew are still being traced.",
 PH, 'neutral', 'neutral', '', "facts given by the Philippine authorities; Manila is a place"),
("Foreign Minister Retno L.P. Marsudi has spoken to Secretary of Foreign Affairs Jose Rene D. Almendras, who assured her that the Philippine Government would do everything in its power to secure the safe release of the crew.",
 PH, 'supporting', 'positive', ID, "assurance of help = offer of assistance; the call itself is no position of Indonesia"),
('"The safety of our citizens is the first priority, and we ask everyone to refrain from spreading information that could put their lives at risk," the Minister said.',
 ID, 'calling_for_talks', 'neutral', '', "appeal for restraint to the public, no judgement (unsure: could be neutral)"),
("The Ministry has set up a crisis centre and is in daily contact with the families of the crew, the company and the relevant Indonesian and Philippine authorities.",
 ID, 'neutral', 'neutral', '', "procedure"),
]
