# ------------------------------------------------------------------ Release of Peter and Barbara Reynolds by the Taliban government (state news agency, 2025-09-20)
d = "page_reynolds_release2025_stateagency.txt"
# Not statements: masthead, menu, section label, headline, time stamp, photo captions, ADVERTISEMENT, agency tag line,
# tags, Related list, Most read, copyright.
U(d, "Two British nationals, Peter Reynolds and his wife Barbara Reynolds", "the Ministry of Foreign Affairs of the Islamic Emirate of Afghanistan said.",
  ("Afghanistan", N, neu, "", "dateline excluded; long lede: release and handover reported by the de facto foreign ministry (Afghanistan) with an attribution tail; facts, no judgement"))
U(d, "The spokesman of the Ministry of Foreign Affairs, Mawlawi Abdul Qahar Balkhi, said the two citizens", "no political or commercial bargain of any kind.",
  ("Afghanistan", N, neu, "", "spokesman introduced by role; account of the release + denial of a deal = neutral"))
U(d, "\"The Islamic Emirate handles the cases of foreign nationals solely through the courts", "Balkhi said in a statement published on the ministry's official page.",
  ("Afghanistan", N, neg, "", "surname on second mention; self-description with a swipe at 'other capitals' named by no one -> neutral, negative tone (unsure: could be read as a rebuke)"))
U(d, "Balkhi also thanked the brotherly State of Qatar for its facilitation", "handed over to the British envoy.",
  ("Afghanistan", S, pos, "Qatar", "thanks for mediation = supporting"))
U(d, "He said the two nationals had received medical care throughout their custody", "observed at every stage.",
  ("Afghanistan", N, pos, "", "reassurance about own conduct = neutral (labels/README), positive tone"))
U(d, "The spokesman added that reports in some Western outlets about harsh treatment of the couple were without foundation.",
  "were without foundation.",
  ("Afghanistan", N, neg, "", "'the spokesman' = Balkhi; denial of mistreatment reports = neutral, negative"))
U(d, "\"Certain media organs spent months spreading fabricated stories", "which is regrettable and unprofessional,\" he said.",
  ("Afghanistan", C, neg, "", "judgement on unnamed media ('regrettable', 'propaganda') = condemning; target not an actor -> empty"))
U(d, "The Deputy Spokesman of the Islamic Emirate, Mawlawi Hamdullah Fitrat, was quoted by state television", "dictate their rulings.",
  ("Afghanistan", C, neg, "", "passive attribution ('was quoted by state television'); refusal of foreign dictation aimed at no named state = warning, condemning, target empty (unsure: could be neutral self-assertion)"))
# "Earlier on Friday, the Minister ... received at the ministry ..." = meeting narrated, no row.
# "The two sides discussed bilateral relations ..." = content of a meeting from a readout, no position -> no row.
U(d, "Minister Muttaqi told the visitors that the Islamic Emirate wanted positive and balanced relations", "as to other capitals.",
  ("Afghanistan", T, pos, "United Kingdom", "offer of engagement = calling_for_talks; 'London' = metonym for the UK addressed"))
U(d, "He called on the British side to take practical steps to normalise consular services", "Afghan banks and traders.",
  ("Afghanistan", C, neg, "United Kingdom", "appeal joined to a judgement ('unjust restrictions') -> rule 1 condemning; 'the British side' = UK"))
U(d, "The minister also expressed his appreciation for the sincere efforts and good offices", "the international community.",
  ("Afghanistan", S, pos, "Qatar", "appreciation of Qatar's mediation = supporting"))
U(d, "Mr Lindsay, for his part, thanked the Islamic Emirate for its cooperation in the matter", "according to the readout.",
  ("United Kingdom", S, pos, "Afghanistan", "UK envoy as reported by the Afghan readout (second-hand attribution); thanks = supporting"))
U(d, "The Ministry of Interior of the Islamic Emirate, in a separate statement, said the couple", "relevant local authorities.",
  ("Afghanistan", N, neu, "", "account of the arrest, procedural reason, no judgement of the couple"))
U(d, "The ministry's spokesman, Mufti Abdul Mateen Qani, had said in March", "as quickly as the law allowed.",
  ("Afghanistan", N, neu, "", "earlier explanation ('misunderstanding') + plan to conclude the case = neutral"))
# "The couple's companion, an American citizen, and their Afghan interpreter were released in the spring." = narration, no row.
# "Officials said the release followed the directives of the leader ..." = unnamed 'officials' with no stated tie, no row.
U(d, "Kabul-based political analyst Naqibullah Samim told ASNA that the release showed", "through its own institutions.",
  ("Naqibullah Samim", N, pos, "", "invented analyst; assessment of the release, approving tone but no stance toward an actor -> neutral (unsure: could be supporting Afghanistan)"))
U(d, "\"Western governments should draw the lesson that quiet diplomacy works better", "Samim said.",
  ("Naqibullah Samim", T, neu, "", "advice for quiet diplomacy over threats = calling_for_talks; 'Western governments' not one actor -> target empty"))
U(d, "He added that the continued freeze of Afghan central bank reserves abroad", "should end.",
  ("Naqibullah Samim", C, neg, "", "judgement 'collective punishment' on a measure by unnamed holders of reserves -> condemning, target empty"))
U(d, "Another analyst, Shabnam Rahimi, a lecturer in international relations", "in the coming months.",
  ("Shabnam Rahimi", N, neu, "", "invented analyst; reading of the handover and a forecast = neutral"))
# "The freed couple arrived in Doha on Friday evening." = narration, no row.
U(d, "Foreign reaction: The Minister of State at the Ministry of Foreign Affairs of Qatar", "through dialogue.",
  ("Qatar", S, pos, "", "thanks to two parties + continued mediation; thanks decide (supporting), two targets -> empty (unsure: the dialogue clause could make it calling_for_talks)"))
U(d, "British Prime Minister Keir Starmer welcomed the release and thanked Qatar for its mediation", "British media reported.",
  ("United Kingdom", S, pos, "Qatar", "welcome + thanks, second-hand attribution tail"))
U(d, "In a statement carried by Western agencies, the UK government reiterated its advice", "all travel to Afghanistan.",
  ("United Kingdom", N, neu, "", "travel advice restated = procedural, neutral"))
U(d, "The United Nations mission in Afghanistan said it welcomed the release and urged", "according to a post on its official account.",
  ("United Nations", T, neu, "Afghanistan", "welcome joined to an appeal for due process with no judgement -> calling_for_talks (rule 2 before rule 3); 'de facto authorities' = Afghanistan"))
U(d, "The rights group Amnesty International, in a statement quoted by foreign media", "detentions without charge.",
  ("Amnesty International", C, neg, "Afghanistan", "'arbitrary' detention + pattern of detentions without charge = judgement, condemning"))
U(d, "Muttaqi said he hoped the conclusion of the case would open a new chapter", "between Kabul and London.",
  ("Afghanistan", T, pos, "United Kingdom", "hope for better relations = calling_for_talks; Kabul and London as metonyms"))
U(d, "The couple's daughter, Sarah Entwistle, speaking to reporters in Doha, expressed", "bringing her parents home.",
  ("Sarah Entwistle", S, pos, "", "relative of the detainees = independent person; gratitude to two governments ('Doha and London') -> supporting, target empty"))
