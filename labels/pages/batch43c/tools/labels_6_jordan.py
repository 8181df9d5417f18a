from common import R
D = 'page_jordan_muwaqqar_jiptc2015_dailyscrape.txt'
R(D, "Minister of State for Media Affairs and Government Spokesperson Mohammad Momani said the gunman also wounded two American instructors, four Jordanians and a Lebanese national, and that one of the Americans was in serious condition.",
  'Jordan', 'neutral', 'neutral', '', "casualty figures from the government spokesman")
R(D, "Momani said the Public Security Directorate had opened an investigation to establish whether the shooting was personal or political, and he urged the public and the media not to run ahead of it.",
  'Jordan', 'neutral', 'neutral', '', "procedure; appeal to the media is not a peace appeal")
R(D, "\"We will not allow the crime of one man to be used to cast doubt on the Public Security Directorate, which has given this country thousands of martyrs and will go on serving it. The investigation will reach its conclusion and everything will be made public,\" Momani said at a press briefing at the Prime Ministry.",
  'Jordan', 'neutral', 'positive', '', "defence of own police + promise of transparency = self-praise/reassurance; 'crime of one man' judges the dead gunman, not an actor (unsure)")
R(D, "His Majesty King Abdullah sent cables to US President Barack Obama and South African President Jacob Zuma in which he offered his condolences and denounced the attack, saying it ran against everything Jordanians stood for, the Royal Court said.",
  'Jordan', 'condemning', 'negative', '', "condolences + condemnation: rule 1; the gunman is not an actor -> target empty; Obama and Zuma are addressees")
R(D, "The King later visited the wounded at King Hussein Medical City, where he said the crime would not shake Jordan's commitment to its partners in the fight against terrorism.",
  'Jordan', 'neutral', 'positive', '', "reassurance about own policy (unsure: could be supporting with an empty target)")
R(D, "Prime Minister Abdullah Ensour said the government would present the Lower House with a full account of the attack as soon as the investigation was completed.",
  'Jordan', 'neutral', 'neutral', '', "procedure")
R(D, "Interior Minister Salameh Hammad said the security arrangements at training facilities that host foreign personnel were under review.",
  'Jordan', 'neutral', 'neutral', '', "own security measures")
R(D, "In Washington, President Obama said the United States would help Jordan's investigators in every way it could, adding that the attacker had been wearing a military uniform.",
  'United States', 'supporting', 'neutral', 'Jordan', "offer to work with Jordan's investigators = assistance; 'Washington' = place")
R(D, "State Department spokesman John Kirby said the two Americans who were killed had worked for DynCorp International on a State Department programme that trains Palestinian security forces, and that the Jordanian government had been cooperating fully from the first hour.",
  'United States', 'neutral', 'neutral', '', "facts about the victims")
R(D, "State Department spokesman John Kirby said the two Americans who were killed had worked for DynCorp International on a State Department programme that trains Palestinian security forces, and that the Jordanian government had been cooperating fully from the first hour.",
  'Jordan', 'supporting', 'positive', 'United States', "position of Jordan reported by the US: full cooperation = backing by act")
R(D, "DynCorp confirmed that two of its employees had been killed and said it was cooperating with US and Jordanian authorities.",
  'DynCorp International', 'neutral', 'negative', '', "company confirms deaths")
R(D, "The US embassy in Amman offered its condolences to the families of all those killed and declined to comment on the gunman's motive while the investigation was under way.",
  'United States', 'supporting', 'negative', '', "condolences to the victims' families (several nationalities) -> target empty")
R(D, "Clayson Monyela, spokesman for South Africa's Department of International Relations and Cooperation, condemned the killing of the South African instructor and said Pretoria was working with the Jordanian authorities to bring his body home.",
  'South Africa', 'condemning', 'negative', '', "gunman not an actor -> target empty; 'Pretoria' = metonym")
R(D, "The British embassy, whose police trainers also work at the centre, said none of its nationals had been hurt.",
  'United Kingdom', 'neutral', 'neutral', '', "fact about own nationals")
R(D, "Lebanon's embassy in Amman said the Lebanese national who was wounded was in stable condition and that it was following his case with the hospital.",
  'Lebanon', 'neutral', 'neutral', '', "fact about own national")
R(D, "The Palestinian government, whose police cadets have trained at Muwaqqar for more than a decade, sent its condolences to the Jordanian government and to the families of the victims.",
  'Palestine', 'supporting', 'negative', 'Jordan', "condolences")
R(D, "Fadi Abu Zaid, the gunman's brother, told the Courier by telephone that Anwar had prayed regularly but had never spoken in favour of any armed group.",
  'Fadi Abu Zaid', 'neutral', 'negative', '', "relative (named, independent person) rejects the extremism reading = denial")
R(D, "He said the family was waiting for an official account of how Anwar was killed before arranging a funeral.",
  'Fadi Abu Zaid', 'neutral', 'negative', '', "waiting for an official account: an implicit demand on the authorities, no judgement stated (unsure)")
R(D, "Suleiman Saed, a former deputy and a relative of the family, said security officials had informed him of the captain's identity on Monday afternoon.",
  'Suleiman Saed', 'neutral', 'neutral', '', "former MP, now independent: facts")
R(D, "The Islamic Action Front condemned the attack and said nothing could justify shedding the blood of guests of the Kingdom, but it warned against using the crime to tighten restrictions on public life.",
  'Islamic Action Front', 'condemning', 'negative', '', "condemnation of the attack + warning to the government: rule 1; target empty")
R(D, "\"Insider attacks of this kind are new to Jordan, and the government's instinct to call this a criminal matter before the investigation has even begun is a mistake,\" said Rami Khatib, a researcher on militant movements at the Levant Institute for Security Studies in Amman.",
  'Rami Khatib', 'condemning', 'negative', 'Jordan', "analyst (invented): 'is a mistake' judges the government")
R(D, "\"The vetting of officers has held up for years, but it only has to fail once,\" he added.",
  'Rami Khatib', 'neutral', 'negative', '', "observation, no judgement of an actor")
# no row: the lead sentence (narration of the attack); 'A second Jordanian ... officials said.' (unnamed officials);
# 'The attacker was identified by relatives and a former member of parliament ...' (unnamed sources here); centre history; anniversary and memorial (narration); captions, headlines.
