# ------------------------------------------------------------------ Algeria-Mali row over Imam Dicko's reception (state news agency, 2023-12-21)
d = "page_algeria_mali_dicko2023_stateagency.txt"
# Not statements: menu, language bar, section, headline, tags, copyright line.
U(d, "The Minister of Foreign Affairs and the National Community Abroad, Mr Ahmed Attaf, received", "at the request of the Algerian side.",
  ("Algeria", N, neu, "", "dateline excluded; a meeting convened by Algeria, narrated: summoning the envoy with no judgement in the sentence = neutral (procedural)"))
U(d, "The meeting came one day after the Malian authorities summoned", "hostile conduct by Algiers.",
  ("Mali", C, neg, "Algeria", "narration + Mali's summons in protest of 'hostile conduct' = condemning"))
U(d, "During the audience, the Minister of Foreign Affairs and the National Community Abroad reminded", "a communiqué from the Ministry stated.",
  ("Algeria", S, pos, "Mali", "backing of Mali's unity and borders; attribution tail (unsure: could be neutral reassurance)"))
U(d, "Mr Attaf stressed that all the contacts held in Algiers", "Agreement for Peace and Reconciliation in Mali.",
  ("Algeria", N, neu, "", "justification of its own conduct as mediator, no judgement"))
U(d, "He told the Ambassador that Algeria had acted at all times in full transparency", "the principle of non-interference.",
  ("Algeria", N, neg, "", "denial of interference = neutral, negative; reported clause"))
U(d, "\"Algeria has one compass in Mali", "the Minister was quoted as saying in the communiqué.",
  ("Algeria", C, neg, "Mali", "'passing anger' = veiled judgement of Bamako's reaction, no stock word (unsure: could be neutral)"))
U(d, "The Minister invited the Malian side to rely on the channels of consultation", "every party that renounces arms.",
  ("Algeria", T, neu, "Mali", "'the Malian side' (state-media wording); appeal for consultation and an open peace process"))
U(d, "The two sides agreed on the need to keep communication open", "according to the communiqué.",
  ("Algeria", T, pos, "", "'the two sides' = joint agreement to keep talking; one row per side"),
  ("Mali", T, pos, "", "'the two sides' includes Mali's envoy"))
# "The President of the Republic, Mr Abdelmadjid Tebboune, had received on Tuesday ..." = narration of a meeting, no row.
U(d, "During the audience, the President of the Republic underlined that the security of Mali", "according to a statement from the Presidency.",
  ("Algeria", T, neu, "", "no military solution = appeal for a political course, no judgement"))
U(d, "The leader of the Malian delegation expressed his gratitude", "the statement added.",
  ("Mahmoud Dicko", S, pos, "Algeria", "'the leader of the Malian delegation' = Imam Dicko, an independent figure; thanks = supporting"))
U(d, "In a statement issued on 13 December, the Ministry of Foreign Affairs", "silence the guns in the north.",
  ("Algeria", T, neu, "", "earlier appeal to all Malian parties"))
U(d, "In Bamako, the Malian Ministry of Foreign Affairs and International Cooperation said", "without the knowledge of the Malian authorities.",
  ("Mali", C, neg, "Algeria", "protest to the envoy = condemning"))
U(d, "The Malian ministry branded those meetings", "ties between the two countries.",
  ("Mali", C, neg, "Algeria", "judgement: breach of neighbourly conduct, meddling"))
U(d, "It asked Algiers to deal with Bamako through the transitional authorities alone", "the sole address for any partner of Mali.",
  ("Mali", N, neu, "Algeria", "procedural demand on the channel to use, no judgement and no peace appeal (unsure: could be calling_for_talks)"))
U(d, "On Friday the Malian side announced the recall of its Ambassador", "recalled its own Ambassador from Bamako.",
  ("Mali", C, neg, "Algeria", "recall of its envoy in reciprocity = a measure against Algeria (guide: recalled its envoy)"),
  ("Algeria", C, neg, "Mali", "the subordinate clause reports Algeria's own recall, a measure against Mali"))
U(d, "The Speaker of the Council of the Nation, Mr Salah Goudjil, told senators", "helped through every crisis.",
  ("Algeria", C, neg, "Mali", "Speaker of the upper house speaks for Algeria; refusal of 'the language of accusation' = judgement"))
U(d, "Professor Nadia Bensalem, who teaches international relations", "let the Agreement collapse for good.",
  ("Nadia Bensalem", N, neu, "", "independent analyst; assessment, no judgement or appeal"))
U(d, "\"Bamako is angry with the messenger", "she said.",
  ("Nadia Bensalem", C, neg, "Mali", "judgement of Bamako's military course"))
U(d, "Abdelkader Ould Sidi, a former member of the Kidal regional assembly", "fill the space they leave\".",
  ("Abdelkader Ould Sidi", T, neg, "", "independent local voice; appeal for the two governments to meet"))
# "Reactions from abroad were measured." = summary line, no row.
U(d, "The Chairperson of the African Union Commission, Mr Moussa Faki Mahamat, said he was following", "with concern.",
  ("African Union", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "Faki called on Algiers and Bamako to settle their differences", "the Commission's press service.",
  ("African Union", T, neu, "", "surname only; appeal for dialogue to both sides; second-hand attribution"))
U(d, "Burkina Faso and Niger, Mali's partners in the Alliance of Sahel States", "any foreign tutelage over the Sahel.",
  ("Burkina Faso", S, neg, "Mali", "joint communiqué: solidarity with Mali + rejection of 'foreign tutelage' aimed at no named actor; solidarity is the clear target (unsure: the rejection could make it condemning)"),
  ("Niger", S, neg, "Mali", "same joint communiqué"))
U(d, "The United Nations Secretary-General's spokesperson said the Organisation hoped", "the peace process needs.",
  ("United Nations", T, pos, "", "hope for a return to cooperation = calling_for_talks"))
# "Morocco made no comment." = non-answer, no row.
