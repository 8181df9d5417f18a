from common import R
D = 'page_tunisia_emiratesban_women2017_wire.txt'
R(D, "Tunisia's presidency said on Monday that the United Arab Emirates had barred Tunisian women from its flights because of intelligence about a possible attack, as protesters gathered outside the Emirati embassy and a row over the measure ran into a fourth day.",
  'Tunisia', 'neutral', 'neutral', '', "dateline excluded; the presidency gives the reason it was told = facts")
R(D, "Tunisia suspended Emirates flights to and from Tunis on Sunday, two days after women holding Tunisian passports were turned away at the boarding gates of Tunis-Carthage airport without explanation while their husbands, brothers and sons were allowed to fly.",
  'Tunisia', 'condemning', 'negative', 'Emirates Airline', "suspending a carrier's flights in response = a measure taken in protest")
R(D, "Presidency spokeswoman Saida Garrach told the private radio station Shems FM that Emirati officials had warned Tunis of information suggesting that women returning from conflict zones in Syria and Iraq, possibly travelling on Tunisian passports, might be involved in a plot.",
  'Tunisia', 'neutral', 'neutral', '', "spokeswoman relays what Abu Dhabi said; no judgement")
R(D, "Presidency spokeswoman Saida Garrach told the private radio station Shems FM that Emirati officials had warned Tunis of information suggesting that women returning from conflict zones in Syria and Iraq, possibly travelling on Tunisian passports, might be involved in a plot.",
  'United Arab Emirates', 'neutral', 'negative', '', "position of X reported by Y: Emirati officials' security warning; 'Tunis' is a place/metonym, not a speaker here")
R(D, "\"Every country has the right to take precautions. Our complaint is about the method: families were split up at the gate, and nobody in Tunis was told in advance,\" Garrach said.",
  'Tunisia', 'condemning', 'negative', 'United Arab Emirates', "two-sentence quote closed by the speaker; 'Our complaint is about the method' = criticism of the UAE's handling")
R(D, "She played down talk of a rupture between the two governments, saying contacts had continued throughout the weekend.",
  'Tunisia', 'neutral', 'neutral', '', "'She' = Garrach; playing the row down, facts about contacts, no appeal")
R(D, "President Beji Caid Essebsi said in a statement that the dignity of Tunisian women was not negotiable under any pretext, while asking Foreign Minister Khemaies Jhinaoui to find a solution with Abu Dhabi that would keep relations between the two countries intact.",
  'Tunisia', 'calling_for_talks', 'negative', 'United Arab Emirates', "firm line on dignity but no explicit judgement of the UAE, and an instruction to find a solution with Abu Dhabi = calling_for_talks (unsure: could be condemning)")
R(D, "\"Abu Dhabi called me and said it was sorry. I told them a private call does not settle this; the people who stood humiliated at the airport are owed a public word,\" he said.",
  'Tunisia', 'condemning', 'negative', 'United Arab Emirates', "'he' = Jhinaoui (foreign minister, surname only in the lead-in); demand for a public apology + 'humiliated'; 'Abu Dhabi' = the UAE")
R(D, "\"Abu Dhabi called me and said it was sorry. I told them a private call does not settle this; the people who stood humiliated at the airport are owed a public word,\" he said.",
  'United Arab Emirates', 'neutral', 'positive', '', "the UAE's private apology reported by Tunisia's minister (unsure: an apology is no stance on another actor)")
R(D, "The foreign ministry summoned the Emirati ambassador, Salem Issa al-Zaabi, on Friday evening to ask for an explanation, and the envoy told officials that the restriction was a passing security precaution that was no longer in force, the ministry said.",
  'Tunisia', 'condemning', 'negative', 'United Arab Emirates', "summoning an ambassador = diplomatic protest measure (unsure: 'to ask for an explanation' is mild)")
R(D, "The foreign ministry summoned the Emirati ambassador, Salem Issa al-Zaabi, on Friday evening to ask for an explanation, and the envoy told officials that the restriction was a passing security precaution that was no longer in force, the ministry said.",
  'United Arab Emirates', 'neutral', 'neutral', '', "the envoy's explanation, reported by the Tunisian ministry")
R(D, "Prime Minister Youssef Chahed also received the ambassador on Friday, his office said.",
  'Tunisia', 'neutral', 'neutral', '', "a meeting reported by the PM's office; no position (unsure: could be no row)")
R(D, "Anwar Gargash, the UAE's minister of state for foreign affairs, said on Twitter on Sunday that Abu Dhabi had informed Tunisia of a security concern and that the step it had taken was limited in scope and in time.",
  'United Arab Emirates', 'neutral', 'neutral', '', "explanation of own measure")
R(D, "He praised the place of Tunisian women in their society and cautioned against what he called attempts to twist the affair, without saying who he meant.",
  'United Arab Emirates', 'neutral', 'neutral', '', "reassurance + rebuttal of unnamed critics; no actor judged")
R(D, "An Emirates spokeswoman said the carrier had halted its daily Dubai-Tunis service from Monday in line with the Tunisian decision and would rebook affected passengers.",
  'Emirates Airline', 'neutral', 'neutral', '', "the airline states what it does")
R(D, "Tunisia's transport ministry said in a post on Facebook that the suspension would stay until Emirates could guarantee that it would run the route without breaching international rules, and it called the boarding refusals a breach of the regulations that govern civil aviation.",
  'Tunisia', 'condemning', 'negative', 'Emirates Airline', "'breach of the regulations' = judgement + measure maintained")
R(D, "The civil aviation directorate has asked its Emirati counterpart to lift the restriction for good, including for women travelling with their husbands or in transit through Dubai, the ministry added.",
  'Tunisia', 'calling_for_talks', 'neutral', 'United Arab Emirates', "request to one side to lift a measure, no judgement word")
R(D, "Four rights organisations, among them the Tunisian League for the Defence of Human Rights and the Tunisian Association of Democratic Women, said in a joint statement that the measure singled out women on the grounds of their nationality and sex and amounted to plain discrimination.",
  'Tunisian League for the Defence of Human Rights', 'condemning', 'negative', 'United Arab Emirates', "joint statement: one row per named organisation; the other two are unnamed")
R(D, "Four rights organisations, among them the Tunisian League for the Defence of Human Rights and the Tunisian Association of Democratic Women, said in a joint statement that the measure singled out women on the grounds of their nationality and sex and amounted to plain discrimination.",
  'Tunisian Association of Democratic Women', 'condemning', 'negative', 'United Arab Emirates', "joint statement, second named signatory")
R(D, "They urged the government to obtain a formal apology and a guarantee that nothing of the kind would happen again.",
  'Tunisian League for the Defence of Human Rights', 'calling_for_talks', 'neutral', 'Tunisia', "'They' = the organisations; appeal to own government to pursue it diplomatically (unsure: could be condemning UAE)")
R(D, "They urged the government to obtain a formal apology and a guarantee that nothing of the kind would happen again.",
  'Tunisian Association of Democratic Women', 'calling_for_talks', 'neutral', 'Tunisia', "same sentence, second organisation")
R(D, "Al Massar, a leftist party that sits in Chahed's coalition government, urged Tunisians to shun Emirati airlines and pressed the government to respond firmly to what it called an insult to every Tunisian family.",
  'Al Massar', 'condemning', 'negative', 'United Arab Emirates', "boycott call + 'arbitrary and humiliating'")
R(D, "A spokesman for Nidaa Tounes, the party founded by Essebsi, accused unnamed Tunisian politicians and media outlets of keeping quiet out of loyalty to Abu Dhabi.",
  'Nidaa Tounes', 'condemning', 'negative', '', "accusation aimed at unnamed domestic figures; Abu Dhabi is an object, not the speaker")
R(D, "Ennahda, the Islamist party that shares power with Nidaa Tounes, said in a short statement that it backed the government's decision to suspend the flights and that Tunisian diplomacy should defend the dignity of citizens abroad without damaging ties with a brotherly country.",
  'Ennahda', 'supporting', 'positive', 'Tunisia', "backing of the government's measure")
R(D, "\"The measure may well have had a security basis, but announcing it through a boarding-gate email was clumsy, and Abu Dhabi has paid for it in Tunisian public opinion,\" said Amira Gharbi, a researcher at the Maghreb Policy Centre in Tunis.",
  'Amira Gharbi', 'condemning', 'negative', 'United Arab Emirates', "analyst (invented); 'clumsy' = mild judgement")
R(D, "She said both governments had signalled that they wanted the matter closed and that she expected flights to resume once a written assurance had been given.",
  'Amira Gharbi', 'neutral', 'neutral', '', "analyst's reading and forecast; the governments' 'signals' are her interpretation, not their statements")
# no row: 'Jhinaoui, speaking to the same station, went further.' (lead-in); 'Women continued to report problems ...' (unnamed);
# 'Several dozen women ... rallied' (unnamed protesters); 'Political parties across the spectrum also weighed in.' (summary lead-in);
# 'Relations between Tunis and Abu Dhabi have been uneasy ...', 'Tunis has also kept its distance ...', 'Emirates had operated ...' (narration)
