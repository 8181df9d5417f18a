# ------------------------------------------------------------------ Dar es Salaam: the abduction and killing of Chadema's Ali Mohamed Kibao (regional daily, scraped, 2024-09-12)
d = "page_tanzania_kibao_killing2024_regionaldaily.txt"
# Not statements: masthead, date, menu, breadcrumb, headline, byline, posted line, share bar, ADVERTISEMENT, crossheads, RELATED, tags, newsletter prompt, most popular, copyright.
EU_LIST = ["European Union", "United Kingdom", "Canada", "Norway", "Switzerland"]
U(d, "President Samia Suluhu Hassan has rebuffed Western diplomats", "a string of disappearances.",
  ("Tanzania", C, neg, "", "lead: rebuff of the envoys ('Tanzania runs its own affairs') = rejection in protest -> condemning; several missions -> target empty; 'Western diplomats' and the opposition's protest plans are narrated here and labelled where their own statements come"))
# "Kibao ... was taken off a bus at Tegeta ..." and "His body was found the next day ..." = narration, no row.
U(d, "Chadema chairman Freeman Mbowe said a post-mortem examination", "poured on his face.",
  ("Chadema", N, neg, "", "findings given by the party = facts, neutral; grim in tone"))
U(d, "\"This was not a robbery and it was not an accident", "Mbowe told reporters in Dar es Salaam.",
  ("Chadema", C, neg, "", "implied accusation of a political killing aimed at opponents of the ruling party; no actor named -> target empty"))
U(d, "Speaking on Wednesday at a police gathering in Moshi", "crimes committed in Tanzania.",
  ("Tanzania", C, neg, "", "'would not accept lessons from foreign missions' = rebuke of the envoys (will not bow) -> condemning; several missions -> target empty"))
U(d, "\"Every country on earth has its crimes and its grieving families", "she said.",
  ("Tanzania", C, neg, "", "rebuke without stock words: others have no standing to lecture Tanzania"))
U(d, "She added that she found it hard to believe the envoys", "take the matter up with those governments.",
  ("Tanzania", C, neg, "", "questions the envoys' mandate + will complain to their governments = a measure in protest -> condemning"))
U(d, "On Sunday, a day after the body was found, the President had written", "similar incidents without delay.",
  ("Tanzania", S, neg, "Chadema", "condolences to the family and to Chadema's leaders = solidarity -> supporting (batch reading of condolences), plus an ordered report; sad in tone (unsure: could be neutral)"))
U(d, "Home Affairs Minister Hamad Masauni visited the family in Tanga", "to help with funeral costs.",
  ("Tanzania", S, neu, "", "backing by act: money given to the family = supporting; the family is not an actor -> target empty"))
U(d, "Police spokesman David Misime said detectives", "on the case.",
  ("Tanzania", N, neu, "", "own investigative step = neutral"))
U(d, "Misime rejected Chadema's claim that the men who took Kibao off the bus", "sent to arrest him.",
  ("Tanzania", N, neg, "", "denial of a charge = neutral, negative"),
  ("Chadema", C, neg, "Tanzania", "Chadema's claim reported by the police spokesman (guide: a position of X reported by Y is X's): that police officers abducted Kibao = accusation"))
U(d, "The Delegation of the European Union, together with the embassies of EU member states", "left them deeply troubled.",
  *[(a, N, neg, "", "joint statement, one row per listed actor; EU member states are covered by the EU; being troubled with no appeal in this sentence = neutral, negative") for a in EU_LIST])
U(d, "The missions said they were encouraged that the President had ordered an inquiry", "organise without fear.",
  *[(a, T, neu, "Tanzania", "'the missions' = the listed signatories; welcome joined to an appeal to follow the inquiry through, no judgement: rule 2 before rule 3 -> calling_for_talks") for a in EU_LIST])
U(d, "The United States Embassy said separately that an inquiry free of government control", "Tanzanians had been promised.",
  ("United States", C, neg, "Tanzania", "call for an independent inquiry joined to a judgement ('sat badly with the democracy ... promised'): rule 1 -> condemning"))
U(d, "The embassy also sent its condolences to Kibao's family.", "The embassy also sent its condolences to Kibao's family.",
  ("United States", S, neg, "", "condolences = supporting (batch reading); the family is not an actor -> target empty"))
U(d, "The Ministry of Foreign Affairs and East African Cooperation said it had received", "\"through the proper channels\".",
  ("Tanzania", N, neu, "", "procedural: notes received, will reply = neutral"))
U(d, "Chadema said on Wednesday that its members would march", "alive or dead.",
  ("Chadema", C, neg, "Tanzania", "ultimatum to the government (march unless the missing are produced) = condemning"))
U(d, "Mbowe said the party welcomed the President's order for a report", "its own officers committed.",
  ("Chadema", C, neg, "Tanzania", "welcome joined to a judgement of the police (no faith, officers committed the crime): rule 1 -> condemning"))
U(d, "Chadema vice-chairman Tundu Lissu, who survived an assassination attempt", "the dark years of abductions.",
  ("Chadema", C, neg, "Tanzania", "'ignoring every warning' = judgement without a stock word"))
U(d, "The police said any demonstration held without permission", "dealt with accordingly.",
  ("Tanzania", C, neg, "Chadema", "threat against the opposition's planned march = condemning"))
U(d, "The ruling Chama Cha Mapinduzi (CCM) sent its condolences", "into a political campaign.",
  ("Chama Cha Mapinduzi", C, neg, "Chadema", "condolences joined to an accusation of exploiting grief: rule 1 -> condemning"))
U(d, "Nchimbi said he hoped all Tanzanians would give the investigators time", "\"a painful week for the nation\".",
  ("Chama Cha Mapinduzi", T, pos, "", "hope for patience and peace = calling_for_talks"))
U(d, "The Tanganyika Law Society said it was alarmed", "free of charge.",
  ("Tanganyika Law Society", S, neg, "", "alarm joined to backing by act (free legal representation for the families) = supporting; families are not an actor -> target empty"))
U(d, "A spokesperson for the UN human rights office in Geneva said it was disturbed", "gather peacefully.",
  ("United Nations", T, neg, "Tanzania", "concern joined to an appeal for an impartial inquiry and peaceful assembly, no judgement = calling_for_talks"))
U(d, "Amnesty International said the killing fitted a pattern", "unpunished for too long.",
  ("Amnesty International", C, neg, "Tanzania", "judgement of a pattern of intimidation of critics = condemning"))
U(d, "A passenger who was on the same bus, Juma Rashidi, told the Courier", "walked straight to Kibao's seat.",
  ("Juma Rashidi", N, neg, "", "named witness (invented); account of the abduction = neutral"))
U(d, "\"They knew exactly where he was sitting.", "he said.",
  ("Juma Rashidi", N, neg, "", "multi-sentence quote closed by the speaker; fear described, no judgement"))
U(d, "Neema Mwakasege, a lecturer in political science", "Tanzanians were asking.",
  ("Neema Mwakasege", C, neg, "Tanzania", "invented scholar; judgement of the government's angry reply as evasive = condemning"))
U(d, "\"The President has the means to end this quickly", "she said.",
  ("Neema Mwakasege", T, neu, "Tanzania", "appeal for an independent commission = calling_for_talks"))
U(d, "She said she hoped both sides would step back", "could be set up.",
  ("Neema Mwakasege", T, pos, "", "hope for de-escalation and agreement on an inquiry = calling_for_talks"))
# "Kibao was buried on Monday ..." = narration, no row.
