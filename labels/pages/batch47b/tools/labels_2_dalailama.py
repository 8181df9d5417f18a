# ---------------------------------------------------------------- 2. Botswana: the Dalai Lama's cancelled visit (state news agency)
d = "page_botswana_dalailama_visit2017_stateagency.txt"
BW, CN, DL = "Botswana", "China", "Dalai Lama"
MLI = "Mind and Life Institute"
# masthead, menu, headline, date line: no rows
U(d, "Government has received with understanding the decision by the Tibetan spiritual leader", "Dr Pelonomi Venson-Moitoi has said.",
  (BW, N, pos, "", "minister of international affairs = Botswana; 'received with understanding' the cancellation = neutral, positive tone (the Dalai Lama's decision is the object here; his own position is reported two sentences on); 'GABORONE -' dateline left out of the unit"))
U(d, "Addressing a media briefing at the Ministry's headquarters in Gaborone yesterday,", "no option but to cancel the trip.",
  (DL, N, neg, "", "the Dalai Lama's position reported by the minister (guide: a position of X reported by Y is X's): cancels on medical advice = plan/fact, regretful tone; the Office of the President receiving the letter is narrative"))
U(d, "She said His Excellency the President, Lieutenant General Dr Seretse Khama Ian Khama, had replied", "whenever his health allowed.",
  (BW, S, pos, DL, "the President = Botswana; wishes of recovery and a standing welcome = solidarity with the Dalai Lama"))
U(d, "The Minister explained that the invitation to the conference had been extended by a private organisation,", "a decision that belonged to Batswana.",
  (BW, C, neg, CN, "long reported sentence; the sovereignty claim is aimed at China's 'representations', which 'could not change' the decision = rejecting a party's demand in protest (unsure: could be read as neutral self-description); the Mind and Life Institute named as inviter only"))
U(d, "\"We have never asked any country for permission to receive a guest,", "Dr Venson-Moitoi said.",
  (BW, C, neg, CN, "quote of three sentences closed by the speaker; implicit rebuff of Beijing's pressure (no country named in the quote; target from the preceding sentence, unsure)"))
U(d, "She reaffirmed, however, that Botswana continued to recognise the Government of the People's Republic of China", "or any other part of China.",
  (BW, S, pos, CN, "recognition under the One China policy and no support for Tibetan separation = backing China's position"))
U(d, "\"Relations between Botswana and China remain warm,", "the Minister said.",
  (BW, S, pos, CN, "praise of warm relations and continued cooperation = supporting"))
U(d, "Dr Venson-Moitoi further stated that Government would continue to engage the Chinese authorities", "in the past weeks.",
  (BW, T, neu, CN, "engagement through diplomatic channels to clear misunderstanding = calling_for_talks; the Chinese Embassy in Gaborone is the interlocutor, not a speaker"))
U(d, "For his part, Government Spokesperson, Mr Jeff Ramsay, told BOPA", "the only reason for his decision.",
  (BW, N, neg, "", "government spokesperson = Botswana; denial that it bowed to pressure ('unfounded') = neutral, negative; the foreign media reports are unnamed"))
U(d, "Mr Ramsay said the Dalai Lama would have been received as a spiritual leader", "in that spirit.",
  (BW, N, neu, "", "how the visitor would have been received = plan/facts, no evaluation"))
U(d, "The Minister's remarks come after the Spokesperson of the Ministry of Foreign Affairs of the People's Republic of China, Ms Hua Chunying,", "remained unchanged.",
  (CN, C, neg, DL, "Chinese FM spokesperson = China; opposition to the Dalai Lama's 'separatist activities' = judgement of him"))
U(d, "Ms Hua added that China regarded Botswana as a friend", "to keep growing.",
  (CN, S, pos, BW, "friendship and wish for growing cooperation = supporting Botswana"))
U(d, "In July, another Chinese Foreign Ministry Spokesperson, Mr Lu Kang, had warned", "concerns over Tibet seriously.",
  (CN, C, neg, BW, "warning that an official welcome would be 'an unfriendly act' = threat against Botswana; 'Gaborone' = Botswana (metonym); Beijing = China"))
U(d, "At the time, the Office of the President confirmed that the visitor would be received", "eminent guests of the Republic.",
  (BW, S, pos, DL, "a welcome with full protocol = supporting the visitor (unsure: could be neutral protocol information)"))
U(d, "In his letter, which was also published by his office in Dharamsala, India,", "to make the journey.",
  (DL, S, pos, BW, "gratitude to Botswana for keeping its door open = supporting; hope to come later; Dharamsala, India = places"))
U(d, "The organisers of the conference, the Mind and Life Institute, said in a statement", "for their support.",
  (MLI, S, pos, BW, "new actor (organisation); regret + hope to reconvene + thanks to Government = gratitude dominates = supporting Botswana (unsure: the thanks also go to the university and the public)"))
U(d, "Meanwhile, the Botswana Centre for Human Rights, DITSHWANELO, commended Government", "whom it receives.",
  ("Botswana Centre for Human Rights", S, pos, BW, "new actor (NGO, alias DITSHWANELO); commends the government's 'principled position'"))
# "The three-day dialogue, which was to have brought together ..." -> narration, no row
# "China is one of Botswana's major partners in infrastructure development ..." -> narration, no row
U(d, "The Minister also expressed the appreciation of Government for the assistance extended by the People's Republic of China", "support to the health sector.",
  (BW, S, pos, CN, "gratitude for Chinese assistance received = supporting China (as in blind 42a: gratitude from the receiving side)"))
U(d, "He said Government would not be drawn into commenting on the decisions of neighbouring countries", "admit the Tibetan leader.",
  (BW, N, neu, "", "'He' = Ramsay; refusal to comment on neighbours (unnamed; South Africa is not named on the page) = neutral"))
U(d, "The Institute's President, Dr Susan Bauer-Wu, said His Holiness' health had to come first,", "informed of the decision.",
  (MLI, N, neu, "", "the institute's president = Mind and Life Institute; priority to health and speakers informed = facts; Graça Machel named as a participant only (object, no row)"))
