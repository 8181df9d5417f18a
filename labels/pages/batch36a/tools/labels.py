"""Hand labels for the six batch36a pages. Each row: (sentence, actor, stance, sentiment, target, note).
Sentences deliberately left without a row are listed as comments under each page.
Run: python3 tools/labels.py  -> checks every sentence is on its page, then writes statements.csv."""
import csv, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import check, ROOT, norm

C, S, N, T = "condemning", "supporting", "neutral", "calling_for_talks"
neg, neu, pos = "negative", "neutral", "positive"

PAGES = {}

# ---------------------------------------------------------------- 1 Niger, wire copy
NE = "Niger"; AEC = "Alternative Espaces Citoyens"
PAGES["page_niger_tchangari_arrest2024_wire.txt"] = [
 ("Nigerien rights activist Moussa Tchangari is being held by an anti-terrorism police unit on accusations that include justifying terrorism, his organisation said on Friday, three days after armed men in plain clothes took him from his home in the capital.",
  AEC, N, neu, "", "dateline excluded; his association gives the facts of the detention and the charges, no judgement in the sentence -> neutral, neutral (guide: facts given by an actor); the seizure by armed men is the reporter's narration"),
 # no row: "Tchangari, 55, the secretary general ..." and "His family and colleagues had no word ..." (narration)
 ("The association said the accusations against him also include undermining the security of the state and criminal association in connection with terrorism, and that he was expected to appear before an investigating judge later on Friday.",
  AEC, N, neu, "", "'the association' = AEC; charges and hearing date = facts"),
 ("\"Moussa has spent thirty years defending the right of Nigeriens to speak their minds. Turning those words into a terrorism file tells you where this country is being taken,\" Habsatou Garba, a programme coordinator at AEC, told Globe Wire.",
  AEC, C, neg, NE, "two-sentence quote closed by its speaker; invented AEC staffer speaks for the association; judgement of the prosecution without stock words"),
 ("\"We are not asking for a favour. We want him home tonight and the file closed.\"",
  AEC, T, neg, NE, "continuation quote without tail = same speaker; release demand with no judgement word -> calling_for_talks (labels/README: demand to one side with no judgement)"),
 ("She thanked the Nigerien and foreign organisations that had spoken up for him since Tuesday.",
  AEC, S, pos, "", "pronoun = Habsatou Garba (AEC); gratitude to several organisations -> supporting, target empty"),
 ("The men who came for him did not show a warrant and carried off his laptop, his suitcase and his telephone, according to the association, which said it had searched police stations and detention sites for two days without success.",
  AEC, N, neg, "", "facts given by the association; they imply irregularity but state no judgement (unsure: could be read as condemning Niger)"),
 ("A collective of lawyers who saw Tchangari on Thursday said he was in good health and in good spirits, and that they would ask the judge to release him pending any trial.",
  "Moussa Tchangari", N, neu, "", "his lawyers speak for their client (as blind42a did with Kakwenza's lawyer); health news and a procedural bail request"),
 ("A Nigerien government official, speaking on condition of anonymity because he was not authorised to talk to the media, said the arrest had been carried out on the orders of the judicial authorities and was \"a matter for the courts, not for foreign organisations\".",
  NE, N, neg, "", "unnamed official of a named government = Niger; procedural defence and a brush-off of outside critics (unsure: the brush-off could be read as condemning the rights groups, who are several -> no target either way)"),
 ("The official said no one in Niger was detained for an opinion and that the investigators had \"material evidence\" that would be put before the judge.",
  NE, N, neg, "", "denial of political detention = neutral, negative tone"),
 # no row: "Niger's military authorities, who seized power in July 2023 ..." (background narrative over a year, several acts)
 ("Last month the government withdrew the licence of a French humanitarian group, and weeks earlier it stripped nine exiled figures, including former ministers, of their Nigerien nationality, measures Tchangari had criticised in public.",
  NE, C, neg, "", "specific measures taken (licence withdrawn, nationality stripped) = taken sanctions -> condemning; the NGO and the nine people are not actors -> target empty (unsure: background)"),
 ("Last month the government withdrew the licence of a French humanitarian group, and weeks earlier it stripped nine exiled figures, including former ministers, of their Nigerien nationality, measures Tchangari had criticised in public.",
  "Moussa Tchangari", C, neg, NE, "reported position of Tchangari on these specific measures ('had criticised in public') = his statement (guide: a position of X reported by Y); the vaguer 'questioned decisions' later gets no row"),
 ("Amnesty International said the detention appeared to be punishment for his activism and that he should be freed at once.",
  "Amnesty International", C, neg, NE, "detention as punishment for activism = a judgement, plus a release demand -> rule 1"),
 ("\"Nobody should vanish for two days in Niamey because of what they said about the government. Holding a man incommunicado and then reaching for terrorism charges is a pattern we have seen too often in the Sahel,\" said Marceau Sivieude, Amnesty's regional director for West and Central Africa.",
  "Amnesty International", C, neg, NE, "multi-sentence quote closed by the speaker; judgement ('a pattern ... too often') of the incommunicado detention and the charges"),
 ("Human Rights Watch said the arrest fitted a broader crackdown on dissent since the coup.",
  "Human Rights Watch", C, neg, NE, "'crackdown on dissent' = negative judgement of the authorities"),
 ("Ilaria Allegrozzi, senior Sahel researcher at the New York-based group, said the junta had promised Nigeriens a transition that would respect their freedoms, \"and what they are getting instead is a knock on the door at night\".",
  "Human Rights Watch", C, neg, NE, "'the New York-based group' = HRW; 'the junta' = Niger (guide); broken promise = judgement"),
 ("She urged the authorities to allow Tchangari to see his family and to drop the charges.",
  "Human Rights Watch", T, neg, NE, "pronoun = Allegrozzi; appeal with no judgement in the sentence"),
 ("The Paris-based International Federation for Human Rights (FIDH) and the World Organisation Against Torture (OMCT) said in a joint statement that they were deeply worried about his safety and would follow the case closely.",
  "International Federation for Human Rights", N, neg, "", "joint statement: one row per organisation; concern with no appeal = neutral, negative"),
 ("The Paris-based International Federation for Human Rights (FIDH) and the World Organisation Against Torture (OMCT) said in a joint statement that they were deeply worried about his safety and would follow the case closely.",
  "World Organisation Against Torture", N, neg, "", "same joint statement, second signatory"),
 ("The Tournons La Page coalition, a pan-African movement for democracy in which Tchangari is a leading figure, called the accusations \"absurd\" and asked African governments that still talk to Niamey to raise the case.",
  "Tournons La Page", C, neg, NE, "'absurd' = judgement of the charges; 'Niamey' = Niger as capital metonym; the appeal to other governments does not undo rule 1"),
 ("In Geneva, a spokesperson for the U.N. human rights office said it was aware of the reports and was seeking information from the authorities.",
  "United Nations", N, neu, "", "Geneva is a place, not an actor; OHCHR = United Nations; no evaluation"),
 # no row: "Tchangari, a former journalist, has long opposed ..." and "In recent months he questioned ..." (background on his past positions)
 ("Nafissa Alzouma, a researcher at the Centre for Sahel Governance Studies in Bamako, said the arrest sent a message well beyond Niamey.",
  "Nafissa Alzouma", N, neg, "", "invented analyst (new actor); analysis with no explicit judgement yet; Bamako and Niamey are places"),
 ("\"He is not a politician and he has no party. If a man like him can be taken from his bedroom, then nobody who criticises the transition can feel safe,\" she said.",
  "Nafissa Alzouma", C, neg, NE, "the arrest as intimidation of all critics = negative judgement of the authorities (unsure: could be alarm only)"),
 ("She said she doubted the regional allies of Niger's leaders would raise the case, since Mali and Burkina Faso had used similar charges against their own critics.",
  "Nafissa Alzouma", C, neg, "", "accuses Mali and Burkina Faso of using such charges against critics; two states -> target empty (unsure: could be neutral analysis)"),
]

# ---------------------------------------------------------------- 2 Nigeria, state news agency (NAN)
NG = "Nigeria"; DIO = "Catholic Diocese of Ondo"
PAGES["page_nigeria_owochurch_attack2022_stateagency.txt"] = [
 ("President Muhammadu Buhari has directed the military, the police and the intelligence services to hunt down the gunmen who attacked worshippers at St Francis Xavier Catholic Church, Owa-luwa Street, Owo, on Sunday, as condemnation of the attack continued to pour in from within and outside the country.",
  NG, C, neg, "", "dateline excluded; ordered pursuit of the gunmen = announced operation; the attackers are unidentified -> target empty; the unnamed 'condemnation ... from within and outside' is no one's statement"),
 ("The President, in a statement issued in Abuja by his Senior Special Assistant on Media and Publicity, Malam Garba Shehu, described the killing of worshippers, among them women and children, on the day of Pentecost as an assault on the conscience of the nation that no grievance, real or imagined, could ever justify.",
  NG, C, neg, "", "presidential spokesman = the state; explicit judgement of the attack; perpetrators unnamed"),
 ("\"Only fiends could turn a house of God into a slaughter ground. This Administration will not rest until every one of those who planned and carried out this crime is made to answer for it under the law,\" the President was quoted as saying.",
  NG, C, neg, "", "multi-sentence quote; judgement + threat of pursuit"),
 ("Buhari, who commiserated with the Government and people of Ondo State, the Catholic Diocese of Ondo and the families of the deceased, also directed the National Emergency Management Agency (NEMA) to work with the state government in providing relief materials and medical support to the injured.",
  NG, S, neg, "", "condolences to the diocese and the families + relief for the injured = solidarity; several addressees (one of them its own state government) -> target empty (unsure: relief to its own citizens alone would be neutral)"),
 # no row: "The News Agency of Nigeria (NAN) reports that the gunmen ..." (agency narration)
 # no row: "No official casualty figure had been given ..., but hospital sources ..." (unnamed sources)
 ("Gov. Rotimi Akeredolu of Ondo, who visited the church and the injured at the Federal Medical Centre on Monday, said the attackers had deliberately chosen the heart of the ancient town, a short walk from the palace of the Olowo of Owo, in an attempt to break the spirit of its people.",
  NG, C, neg, "", "state governor resolves to his state (labels/README: provincial officials); imputes intent to the attackers = judgement; attackers unidentified -> target empty"),
 ("\"Owo has buried its sons and daughters in times of war and in times of peace, but never like this. Those who did this want us to live in fear. We shall not give them that satisfaction, and the security agencies, working with our Amotekun Corps, will find them wherever they are hiding,\" Akeredolu told newsmen at the hospital.",
  NG, C, neg, "", "multi-sentence quote closed by speaker; threat of pursuit"),
 ("The governor, who is a native of Owo, appealed to residents not to attack any person or community on the basis of mere suspicion, saying anyone with useful information should take it to the security agencies instead of resorting to self-help.",
  NG, T, neu, "", "appeal for restraint, no judgement -> calling_for_talks; addressed to residents, not an actor"),
 ("He announced that the state government would bear the cost of treatment of all the injured in public and private hospitals across the state.",
  NG, N, pos, "", "reassurance about its own conduct toward its citizens = neutral, positive (labels/README)"),
 ("The Ondo State Police Command, in a statement by its Public Relations Officer, SP Funmilayo Odunlami, confirmed that explosives and firearms were used in the attack and said the Commissioner of Police, Mr Oyeyemi Oyediran, had deployed the Explosive Ordnance Disposal unit and tactical teams to the town.",
  NG, N, neu, "", "police = the state; facts and its own deployment, no evaluation"),
 ("Odunlami said the command had commenced a manhunt for the attackers and would ensure that they were brought to book, while urging members of the public to report suspicious persons in their neighbourhoods to the nearest police formation.",
  NG, C, neg, "", "pursuit announced with a threat ('brought to book') = condemning; target unidentified -> empty"),
 ("The Commander of the Ondo State Security Network Agency (Amotekun), Chief Adetunji Adeleye, told NAN that his men had joined police and military personnel in combing bushes and forest reserves around Owo since Sunday afternoon.",
  NG, N, neu, "", "state security agency = Nigeria; its own search reported as done with no judgement or threat -> neutral (contrast with the police manhunt 'would ensure ... brought to book')"),
 ("The Catholic Bishop of Ondo Diocese, Most Rev. Jude Arogundade, who addressed parishioners in the church premises, said the diocese was still counting its dead and that many of those killed were children who had come to Mass with their parents.",
  DIO, N, neg, "", "the bishop speaks for his diocese (new actor); facts with grief"),
 ("He said that keeping citizens alive was the first duty of government at every level, adding that the people of Owo had heard promises after every massacre in the country and now wanted to see arrests.",
  DIO, C, neg, NG, "implied criticism of the government's record (promises, no arrests) = judgement (unsure: could be read as a demand, calling_for_talks)"),
 ("In a statement from the Vatican, the Director of the Holy See Press Office, Mr Matteo Bruni, said Pope Francis was praying for those who died, for the wounded and for the whole of Nigeria.",
  "Holy See", S, neg, NG, "prayers for the victims and the country = solidarity -> supporting; the Vatican is the place of the statement"),
 ("The Pontiff, according to the statement, asked that the country be spared further bloodshed and that those who mourn be given strength.",
  "Holy See", T, neg, "", "hope that the violence ends = calling_for_talks (guide); aimed at no party"),
 ("Also, the Christian Association of Nigeria (CAN), in a statement by the Special Assistant on Media to its President, Pastor Adebayo Oladeji, said the attack showed that no part of the country was safe any longer for Christians at worship.",
  "Christian Association of Nigeria", N, neg, "", "alarm with no judgement of an actor in this sentence -> neutral, negative; the judgement comes next"),
 ("CAN accused the Federal Government of answering each massacre with words rather than results, and said Nigerians were tired of condolence messages.",
  "Christian Association of Nigeria", C, neg, NG, "'accused the Federal Government' = explicit judgement"),
 ("The Nigeria Supreme Council for Islamic Affairs (NSCIA), in a statement signed by its Secretary-General, Prof. Is-haq Oloyede, said that attacking people at prayer violated every teaching of Islam and could not be defended in the name of any faith.",
  "Nigeria Supreme Council for Islamic Affairs", C, neg, "", "judgement of the attack; perpetrators unnamed"),
 ("The council urged Muslims and Christians in Ondo and across the country not to allow the attackers to set them against one another.",
  "Nigeria Supreme Council for Islamic Affairs", T, neu, "", "'the council' = NSCIA; appeal for restraint and cohesion"),
 ("The Presidential Candidate of the Peoples Democratic Party (PDP), Alhaji Atiku Abubakar, in a post on his verified Twitter handle, described the attack as barbaric and extended his condolences to the people of Ondo State and the Catholic community.",
  "Atiku Abubakar", C, neg, "", "'barbaric' + condolences -> rule 1; Atiku is a canonical person actor"),
 ("The Nigeria Labour Congress (NLC), in a statement by its President, Comrade Ayuba Wabba, demanded an urgent overhaul of the country's security architecture, saying workers and worshippers alike had a right to return home alive.",
  "Nigeria Labour Congress", T, neg, NG, "demand to protect civilians addressed to the government, no judgement word (contrast with CAN's accusation)"),
 ("The Chairman of the Nigeria Governors' Forum (NGF) and Governor of Ekiti, Dr Kayode Fayemi, in a statement in Abuja, announced a donation of N50 million by the forum to the Catholic Diocese of Ondo to support the treatment of the injured and the families of the dead.",
  NG, S, pos, DIO, "backing by act (donation); the forum of state governors resolves to Nigeria like other provincial officials (unsure: could be its own organisation)"),
 ("The Ondo State branch of the Nigerian Medical Association (NMA) appealed to residents of Owo and neighbouring towns to donate blood at the Federal Medical Centre, saying the number of injured persons requiring surgery had stretched the hospital's blood bank.",
  "Nigerian Medical Association", T, neg, "", "asking for humanitarian help = calling_for_talks (labels/README), not supporting"),
 ("The United States Mission in Nigeria, in a post on its verified Twitter handle, condemned the attack on worshippers and said that Washington stood with the people of Ondo State in their grief.",
  "United States", C, neg, "", "condemned + solidarity -> rule 1; 'Washington' = the United States"),
 ("The Olowo of Owo, Oba Ajibade Gbadegesin Ogunoye III, who received members of the state executive council in his palace, urged his subjects to remain united and to support the security agencies in their search for the attackers.",
  "Ajibade Gbadegesin Ogunoye III", T, neu, "", "traditional ruler (new person actor); appeal for unity, no judgement"),
]

# ---------------------------------------------------------------- 3 CAR, UN noon briefing
CAR = "Central African Republic"; UN = "United Nations"
PAGES["page_car_figueira_detention2024_noonbriefing.txt"] = [
 # no row: "Good afternoon." and the briefing guest announcement (procedure)
 ("I will start with the Central African Republic, where our peacekeeping colleagues tell us that the situation in Haut-Mbomou Prefecture remains volatile, with armed elements continuing to attack civilians along the roads around Zemio, Mboki and Obo.",
  UN, N, neg, "", "spokesman = UN; situation report with no judgement of a named actor"),
 ("The UN Mission in the country, MINUSCA, says its peacekeepers continue to protect thousands of displaced people who have sought shelter next to the UN base in Zemio, and that patrols around the town have been stepped up since the weekend.",
  UN, N, neu, "", "MINUSCA = UN; its own protection work reported, no stance toward another actor"),
 ("The Mission reiterates its call on all armed groups in the south-east to put down their weapons and to take part in the peace process under the Political Agreement for Peace and Reconciliation.",
  UN, T, neu, "", "appeal to disarm and join the peace process, addressed to several groups -> target empty"),
 ("Meanwhile, our humanitarian colleagues tell us that some 500,000 people remain internally displaced across the Central African Republic, and that in Haut-Mbomou much of the aid has to be flown in because of insecurity and the state of the roads.",
  UN, N, neg, "", "OCHA = UN; figures"),
 ("They call on all parties to allow humanitarian workers safe and unhindered access to people in need, wherever they are.",
  UN, T, neu, "", "humanitarian access appeal to all parties"),
 ("This year's humanitarian response plan for the country remains badly underfunded, and we urge donors to step up their support before the rainy season cuts off more communities.",
  UN, T, neg, "", "asking for humanitarian funding = calling_for_talks (labels/README), not supporting"),
 # no row: "Thank you, Stéphane." / "Staying on the Central African Republic." (journalist)
 ("The public prosecutor in Bangui said on Friday that a consultant for the American NGO FHI 360, Martin Joseph Figueira, who was arrested in Zemio on 25 May, had kept up contacts with several armed groups and was plotting against State security.",
  CAR, C, neg, "", "journalist's question reporting the prosecutor's position = CAR's statement (labels/README, 27th session); accusation + arrest of a person who is no actor -> target empty"),
 ("The prosecutor's office also said he had travelled on false documents and had stirred up hostility toward the army and the security forces.",
  CAR, C, neg, "", "further accusations, same reported statement"),
 # no row: "Is the UN concerned about this case, and has MINUSCA had any access to him?" (question)
 ("We've seen the reports, and our colleagues at MINUSCA are following the case closely.",
  UN, N, neu, "", "monitoring, no evaluation"),
 ("As a matter of principle, anyone who is detained should be treated in line with the law, have access to a lawyer and, in the case of a foreign national, to consular officials, and we would expect that to be the case here.",
  UN, T, neu, CAR, "appeal for due process addressed to the detaining state, no judgement"),
 # no row: "Just to follow up." / "Has the NGO or either Government asked the UN to intervene?" (question)
 ("FHI 360 said it was doing everything it could to get its consultant freed, and both Belgium and Portugal, whose passports he holds, say they have asked for consular access.",
  "FHI 360", T, neu, CAR, "reported in a question = FHI 360's position; working for release, no judgement -> calling_for_talks"),
 ("FHI 360 said it was doing everything it could to get its consultant freed, and both Belgium and Portugal, whose passports he holds, say they have asked for consular access.",
  "Belgium", N, neu, "", "list of states: one row per state; a consular request is procedure"),
 ("FHI 360 said it was doing everything it could to get its consultant freed, and both Belgium and Portugal, whose passports he holds, say they have asked for consular access.",
  "Portugal", N, neu, "", "same sentence, second state"),
 # no row: "Not that I'm aware of." (bare answer)
 ("Consular matters are for the Member States concerned, and I would refer you to the Belgian and Portuguese authorities.",
  UN, N, neu, "", "procedural deflection"),
 ("The prosecutor's statement also told foreign NGO employees that anyone found meddling in security matters would be taken to court.",
  CAR, C, neg, "", "threat of prosecution = condemning (guide: threats); aimed at NGO staff in general -> target empty (unsure: could be read as a neutral legal warning)"),
 # no row: "Doesn't that put every aid worker in the country at risk?" (question)
 ("Look, humanitarian workers in the Central African Republic are there to save lives, full stop.",
  UN, N, pos, "", "defence of aid workers in general, no stance toward an actor"),
 ("They work in extremely difficult conditions, and they need to be able to do that work without being threatened or harassed by anyone.",
  UN, T, neg, "", "protection appeal addressed to 'anyone' -> target empty; no explicit judgement of CAR"),
 ("Those issues will be raised, as they always are, in our regular contacts with the authorities in Bangui.",
  UN, T, neu, CAR, "commitment to raise it in dialogue with the government (unsure: could be neutral procedure); 'the authorities in Bangui' = CAR"),
 ("The US State Department said over the weekend that it was aware of the arrest and rejected any suggestion that the consultant was working for Washington.",
  "United States", N, neg, "", "reported in a question = US position; a denial is neutral with a negative tone"),
 # no row: "Pro-government websites in Bangui are calling him an American spy." (unnamed speakers)
 # no row: "I'm not going to get into that."
 ("What I will say is that we caution everyone against spreading unverified claims about humanitarian organizations, because those claims can put staff on the ground in real danger.",
  UN, T, neg, "", "warning addressed to everyone, no named culprit -> appeal (unsure: implicit criticism of the campaign against the NGO)"),
 # no row: "The Central African army, together with Russian instructors, deployed to the town at the weekend for the first time in years." (journalist's narration of a troop movement)
 ("The Government said the deployment would restore State authority in Haut-Mbomou.",
  CAR, N, pos, "", "its own deployment presented positively; no stance toward another actor"),
 ("The Mission welcomes the return of State authority to Haut-Mbomou, which the Security Council has called for many times.",
  UN, S, pos, CAR, "welcome of a step by the government, no appeal -> supporting"),
 ("Any support MINUSCA gives to the national defence forces is provided under the human rights due diligence policy, which applies to all our partners, whoever they are.",
  UN, N, neu, "", "policy statement; the hint at the Russian instructors is not a stated judgement"),
 ("The Council's next regular briefing on the Central African Republic is scheduled for later in June, and I'm sure members will raise whatever they wish to raise.",
  UN, N, neu, "", "date of a meeting = neutral"),
]

# ---------------------------------------------------------------- 4 Burkina Faso, presidency news page
BF = "Burkina Faso"
PAGES["page_burkina_boungou_convoy2019_presidency.html"] = [
 # release of 8 November
 # no row: "Since Wednesday, the President of Faso has received numerous messages ..." (summary line before the specific messages)
 ("In a telephone call on Thursday, the President of the Republic of Côte d'Ivoire, His Excellency Mr Alassane Ouattara, expressed the solidarity of the Ivorian people with their Burkinabè brothers and his readiness to strengthen the cooperation between the two countries' forces along their common border.",
  "Ivory Coast", S, pos, BF, "head of state = his state (canonical 'Ivory Coast'); solidarity and offered cooperation"),
 ("The President of the Republic of Niger, His Excellency Mr Mahamadou Issoufou, speaking as current Chairman of the Authority of Heads of State and Government of ECOWAS, conveyed the compassion of the Community and recalled the decision of the Ouagadougou summit of September 2019 to mobilise regional resources against terrorism.",
  "ECOWAS", S, pos, BF, "a head of state speaking as chair of the regional body, in its name, speaks for the body (guide) -> ECOWAS, not Niger"),
 ("The Chairperson of the African Union Commission, Mr Moussa Faki Mahamat, condemned in his message what he described as a heinous attack on innocent civilians and reaffirmed the support of the African Union to Burkina Faso and to the countries of the G5 Sahel.",
  "African Union", C, neg, "", "condemnation + support -> rule 1; the attackers are unidentified -> target empty"),
 ("The Secretary-General of the United Nations, Mr António Guterres, through his spokesperson, condemned the attack and called on the Burkinabè authorities to spare no effort in bringing those responsible to justice.",
  "United Nations", C, neg, "", "condemned + appeal for justice -> rule 1; perpetrators unnamed"),
 ("The Government of Canada, through its Ambassador in Ouagadougou, conveyed its condolences to the families of the victims and its support for the efforts of the Burkinabè authorities to restore peace and security.",
  "Canada", S, pos, BF, "ambassador = his state; condolences + support for the authorities' efforts"),
 ("The management of SEMAFO, in a message to the Head of State, expressed its sorrow at the loss of employees, contractors and suppliers, announced that activities at the Boungou mine had been suspended, and pledged to stand by the bereaved families.",
  "SEMAFO", S, neg, "", "company (new actor); solidarity with the families (not an actor) -> target empty; the suspension is a plain fact"),
 ("The President of Faso thanked all these friends of Burkina Faso for their messages and assured them that the Burkinabè people would remain standing in the face of terror.",
  BF, S, pos, "", "gratitude to several partners = supporting; several addressees -> target empty"),
 # release of 7 November: message to the nation
 ("In a televised message to the Nation on Thursday evening, the President of Faso said the Burkinabè people had once again been struck in their flesh by armed terrorist groups which, in recent weeks, have multiplied murderous attacks on civilians and on the Defence and Security Forces.",
  BF, C, neg, "", "blames 'armed terrorist groups' (no named group) -> target empty"),
 ("\"Those who attacked the buses of Boungou were not facing soldiers. They were shooting at miners, drivers and traders who feed their families. No cause in this world is served by such crimes,\" the Head of State declared.",
  BF, C, neg, "", "multi-sentence quote; explicit judgement ('such crimes')"),
 ("The President announced that he had ordered the recruitment of volunteers to help defend the localities most exposed to attacks, alongside the Defence and Security Forces.",
  BF, C, neg, "", "a measure taken against the armed groups (armed volunteers) = taken response (unsure: could be read as a neutral plan)"),
 ("\"Our country will not hand over a single village to those who want to rule by fear. I ask every Burkinabè, at home and in the diaspora, to set aside what divides us until this war is won,\" he said.",
  BF, C, neg, "", "defiance and judgement of the armed groups ('rule by fear'); the appeal for national unity is a call to win a war, not to talk -> rule 1"),
 ("The Head of State also declared three days of national mourning starting at midnight on Friday 8 November 2019, during which flags will fly at half-mast on all public buildings and popular festivities are suspended.",
  BF, N, neg, "", "mourning measures = procedure, grief in tone"),
 ("He renewed his confidence in the Defence and Security Forces and paid tribute to the soldiers who have fallen in the line of duty.",
  BF, N, pos, "", "praise of its own forces = self-praise -> neutral, positive (labels/README)"),
 # release of 7 November: crisis meeting
 # no row: "The President of Faso chaired on Thursday morning ... a crisis meeting ..." (meeting listed in narrative)
 ("Speaking to the press at the end of the meeting, the Minister of Defence said the participants had reviewed the circumstances of the attack and adopted measures to strengthen the protection of convoys and mining sites in the East and Sahel regions, the details of which would not be made public for operational reasons.",
  BF, N, neu, "", "defence minister = state; plans and procedure"),
 ("Mr Sy said air and ground operations had been launched in the area of the attack and warned that the groups responsible \"will meet our soldiers on every track they try to use.\"",
  BF, C, neg, "", "operation + threat against the attackers -> condemning; groups unnamed -> target empty"),
 ("The Minister of Security, for his part, asked transport companies and mining operators to coordinate all movements of their staff with the security forces until further notice.",
  BF, N, neu, "", "instruction to companies on security procedure; not an appeal for peace or talks"),
 # release of 6 November
 ("The President of Faso, His Excellency Mr Roch Marc Christian Kaboré, learned with deep sorrow of the attack carried out on the morning of Wednesday 6 November 2019 by unidentified armed individuals against a convoy carrying workers, contractors and suppliers of the SEMAFO gold mine on the Ougarou-Boungou road, in the East Region.",
  BF, N, neg, "", "grief and the facts; no judgement yet"),
 ("According to a provisional toll released by the Governor of the East Region, Colonel Saïdou Sanou, thirty-seven people were killed and some sixty others wounded, and the wounded have been evacuated to the Regional Hospital Centre of Fada N'Gourma and to Ouagadougou.",
  BF, N, neu, "", "regional governor = the state; casualty figures"),
 ("The Head of State denounces an attack of rare savagery against men and women who were simply going to work, and assures the Burkinabè people that its authors will not go unpunished.",
  BF, C, neg, "", "'denounces' + threat of punishment"),
 ("He has instructed the Defence and Security Forces to pursue the assailants without respite.",
  BF, C, neg, "", "ordered pursuit = announced operation against the attackers"),
 ("The President of Faso calls on the population to remain calm and to cooperate with the Defence and Security Forces by reporting any suspicious movement.",
  BF, T, neu, "", "appeal for calm, no judgement"),
]

# ---------------------------------------------------------------- 5 Benin, live blog
BJ = "Benin"; FR = "France"
PAGES["page_benin_pendjari_hostages2019_liveblog.html"] = [
 # no row: closing entry (narration) and all headings, key events, timestamps
 ("French Foreign Minister Jean-Yves Le Drian said the two men had travelled into an area that the foreign ministry had advised French citizens not to visit for months.",
  FR, N, neg, "", "foreign minister = France; implied reproach of two private citizens who are not actors on the page -> no actor target (unsure: could be condemning with an empty target)"),
 ("\"I do not want to blame anyone today, because this is a day of relief and of mourning. But our travel advice is not written for decoration, and I ask every French traveller to read it before leaving,\" he told reporters in Paris.",
  FR, N, neg, "", "advice to its own citizens; not an appeal for talks or restraint between parties"),
 ("South Korea's foreign ministry said the freed woman, a national in her forties, was in good health and that the government was deeply grateful to France for bringing her out of captivity.",
  "South Korea", S, pos, FR, "gratitude for the rescue = supporting"),
 ("The ministry said it was arranging her return home and would review its travel warnings for the Sahel.",
  "South Korea", N, neu, "", "'the ministry' = South Korea's foreign ministry; plans"),
 ("In Washington, the State Department thanked France for bringing the American woman out and said its sympathies were with the families of the two commandos.",
  "United States", S, pos, FR, "gratitude + condolences; Washington is the place"),
 ("African Parks, the conservation group that manages Pendjari with Benin's government, said its staff were grieving for Fiacre Gbédji, the guide found shot dead after the kidnapping, and that it would continue to support his family.",
  "African Parks", S, neg, "", "new actor; grief and support for the guide's family (not an actor) -> target empty"),
 ("The organisation said visitor access to the areas of the park nearest the border with Burkina Faso had been suspended while the security arrangements were reviewed.",
  "African Parks", N, neu, "", "its own measure, procedure"),
 ("Benin's government welcomed the release of the hostages and thanked France and Burkina Faso for what it called exemplary cooperation, in a statement read on state television ORTB.",
  BJ, S, pos, "", "welcome + thanks to two states -> target empty; ORTB is the channel, not an actor"),
 ("Foreign Minister Aurélien Agbénonci said Benin would not allow its parks and its northern border to become a corridor for criminal groups.",
  BJ, C, neg, "", "warning to criminal groups = threat; no named group -> target empty"),
 ("\"The men who killed Fiacre Gbédji and took our guests will be found, whoever shelters them. Benin owes that to his family and to every visitor who trusts us,\" he said.",
  BJ, C, neg, "", "multi-sentence quote; threat of pursuit of the kidnappers"),
 ("The government also urged residents of the northern departments to stay calm and not to turn on herders or any other community over the kidnapping.",
  BJ, T, neu, "", "appeal for restraint toward communities, no judgement -> calling_for_talks"),
 ("Burkina Faso's government said the raid had been carried out on its territory with the knowledge and cooperation of its authorities.",
  BF, S, neu, FR, "cooperation with France's operation = backing by act (unsure: could be a neutral statement of sovereignty)"),
 ("It offered its condolences to France for the loss of the two soldiers, who it said had given their lives for hostages of several nationalities.",
  BF, S, neg, FR, "pronoun = Burkina Faso's government; condolences to France"),
 # no row: "Armed Forces Minister Florence Parly and ... Lecointre have been speaking at a news conference ..." (narration)
 ("Lecointre said the kidnappers had been tracked for several days as they crossed eastern Burkina Faso, and that the raid was launched because the hostages were about to be handed over to the Katiba Macina in Mali, where French forces would have lost their trail.",
  FR, N, neg, "", "chief of the defence staff = France; explains its own operation; naming Katiba Macina as the intended recipient is not a stated judgement (unsure: could be condemning Katiba Macina)"),
 ("Four kidnappers were killed and two escaped, he said.",
  FR, N, neu, "", "result of its own raid reported as done = neutral (guide)"),
 ("Parly said the two women's presence in the camp had come as a surprise to the French forces and, as far as she knew, to the American and South Korean authorities as well.",
  FR, N, neu, "", "armed forces minister = France; fact; the capitals are places"),
 ("Lecointre said the women had probably been held for about four weeks.",
  FR, N, neu, "", "fact"),
 ("\"Our soldiers went in at night and held their fire until the last metres, so as not to put the hostages at risk. That choice cost two of them their lives. Those who take our citizens should know that we will go and get them back, wherever they are held,\" the minister said.",
  FR, C, neg, "", "multi-sentence quote; ends on a threat to hostage-takers -> condemning; no named group -> target empty"),
 ("She said the identity of the group behind the kidnapping in Pendjari had not yet been established.",
  FR, N, neu, "", "declines to attribute, no judgement"),
 ("The armed forces ministry named the two soldiers as Petty Officers Cédric de Pierrepont and Alain Bertoncello of the Hubert naval commando, part of the special forces deployed in the Sahel.",
  FR, N, neg, "", "announcement of its own dead"),
 ("Today my thoughts go to the families and comrades of Cédric de Pierrepont and Alain Bertoncello, of the Hubert commando.",
  FR, N, neg, "", "embedded X post of the armed forces minister, labelled sentence by sentence as in earlier live blogs; grief for its own soldiers"),
 ("They knew the risk and went anyway.",
  FR, N, pos, "", "same post; praise of its own soldiers = self-praise"),
 ("We will honour them as they deserve.",
  FR, N, pos, "", "same post; own tribute"),
 # no row: "What we know so far" entry (narration)
 ("The French presidency says four hostages, including the two French tourists, were freed in an operation by French forces in northern Burkina Faso overnight, and that two French soldiers were killed.",
  FR, N, neg, "", "its own operation reported as done, with its losses"),
 ("President Emmanuel Macron congratulated the forces that carried out the raid and paid homage to the two men killed, the Elysée said.",
  FR, N, pos, "", "praise of its own forces = neutral, positive"),
 ("The statement added that France would keep standing beside Burkina Faso and Benin against the armed groups operating in the region.",
  FR, S, pos, "", "support to two states -> target empty"),
 ("Two of our soldiers fell last night to bring four hostages home.",
  FR, N, neg, "", "embedded X post of the president; its own losses"),
 ("France will not forget them.",
  FR, N, pos, "", "same post; tribute to its own soldiers"),
 ("Our support to the countries of the Sahel and to Benin in this fight remains total.",
  FR, S, pos, "", "same post; support to several states -> target empty"),
]

# ---------------------------------------------------------------- 6 Burundi, regional daily
BI = "Burundi"; FI = "Floriane Irangabiye"
PAGES["page_burundi_irangabiye_sentence2023_regionaldaily.txt"] = [
 ("A court in Bujumbura has sentenced Floriane Irangabiye, a Burundian journalist who had lived in Rwanda for nearly a decade, to ten years in prison for undermining the integrity of the national territory, a ruling that drew sharp criticism this week from press freedom organisations.",
  BI, C, neg, FI, "a state court's sentence = a measure against her (as blind42a labelled Uganda's charge against Kakwenza); the unnamed 'press freedom organisations' get no row (unsure: could be narration)"),
 ("The Mukaza High Court, which delivered its verdict on Monday, also fined her one million Burundian francs (about $480), according to the judgment made public on Tuesday.",
  BI, C, neg, FI, "second penalty of the same ruling = measure"),
 ("Irangabiye, who hosted political debate programmes on the online station Radio Igicaniro, was arrested on August 30 by agents of the National Intelligence Service (SNR) while visiting relatives in Bujumbura, her first trip home since the 2015 crisis.",
  BI, C, neg, FI, "arrest by the state intelligence service = a measure (unsure: background narration)"),
 # no row: "She is being held in Muyinga prison, ..." (narration)
 ("The Ministry of Justice said on Twitter that the court had convicted her on the basis of remarks made during an August 2022 programme in which, the ministry said, she had encouraged listeners to reject the country's institutions.",
  BI, C, neg, FI, "ministry = the state; accusation against her"),
 ("The ministry added that she held no valid press credentials in Burundi and so could not present herself as a journalist.",
  BI, N, neg, "", "rebuttal of her status as a journalist; no new judgement (unsure: could be read as condemning her)"),
 ("Her lawyers said they had lodged an appeal, arguing that the charge was vague and that the prosecution had produced nothing beyond recordings of a radio debate.",
  FI, N, neg, "", "her lawyers speak for her (new person actor); appeal + rebuttal of the evidence = a denial, neutral with a negative tone (unsure: 'vague' could count as a judgement)"),
 ("\"Floriane was judged for what she said on air, not for anything she did. If commentary is now an attack on the territory, then every talk show in the region is a crime,\" her defence team said in a statement.",
  FI, C, neg, BI, "multi-sentence quote; sarcasm = judgement of the conviction"),
 ("Radio Igicaniro, which broadcasts online from outside Burundi, said the sentence was meant to frighten every Burundian in the diaspora who might be thinking of going home.",
  "Radio Igicaniro", C, neg, BI, "imputes intimidation = judgement; media outlet speaking for itself (new actor)"),
 ("Her colleagues at the station said she had never called for violence on air and that her programme slot would stay empty until she was released.",
  "Radio Igicaniro", N, neg, "", "'her colleagues at the station' = Radio Igicaniro; denial of the accusation = neutral, negative"),
 ("Reporters Without Borders (RSF) said the verdict was out of all proportion and called on President Évariste Ndayishimiye to use his powers to free her.",
  "Reporters Without Borders", C, neg, BI, "'out of all proportion' + appeal -> rule 1"),
 ("\"When he took office, President Ndayishimiye spoke of making peace with the media. This sentence says the opposite, and we hope the appeal judges will hear that,\" said Sadibou Marong, the director of RSF's Africa bureau.",
  "Reporters Without Borders", C, neg, BI, "multi-sentence quote; broken promise = judgement; the hope does not undo rule 1"),
 ("The Vienna-based International Press Institute (IPI) said Irangabiye should be set free and the case against her abandoned.",
  "International Press Institute", T, neg, BI, "release demand with no judgement word -> calling_for_talks (contrast with RSF and Amnesty)"),
 ("Amnesty International described the conviction as the punishment of a commentator for her opinions and said she should be released without conditions.",
  "Amnesty International", C, neg, BI, "punishment for opinions = judgement + demand -> rule 1"),
 ("Innocent Muhozi, the exiled director of Télévision Renaissance, said the case showed that Burundian courts still took their instructions from the intelligence service.",
  "Innocent Muhozi", C, neg, BI, "real exiled media director (new person actor); judgement of the courts"),
 ("He urged Ndayishimiye to pardon her before the appeal was heard.",
  "Innocent Muhozi", T, neu, BI, "appeal to the head of state, no judgement in the sentence"),
 ("A spokesman for the Burundian government, contacted by The Lakes Chronicle, said the case had been handled by independent courts and that no journalist in Burundi was in prison for doing journalism.",
  BI, N, neg, "", "unnamed spokesman of a named government = Burundi; denial = neutral, negative"),
 ("\"Those who use microphones abroad to call for the overthrow of our institutions should not be surprised to face the law when they come home,\" he said.",
  BI, C, neg, "", "warning/threat to exiled broadcasters (several, not one actor) -> condemning, target empty"),
 ("A spokesperson for the European Union delegation in Bujumbura said the EU was following the case and that freedom of expression remained part of its regular dialogue with the government.",
  "European Union", T, neu, BI, "monitoring + raising it in dialogue = diplomatic course, no judgement (unsure: could be neutral)"),
 ("The United States Embassy said it had taken note of the verdict and encouraged the authorities to ensure that the appeal was heard fairly and without delay.",
  "United States", T, neu, BI, "appeal for a fair process, no judgement"),
 ("Ndayishimiye, who succeeded the late Pierre Nkurunziza in June 2020, has pardoned thousands of prisoners and allowed some suspended media to resume broadcasting, and the European Union and the United States have since lifted sanctions imposed during the 2015 crisis.",
  BI, N, pos, "", "its own pardons and media reopening = own conduct, neutral positive (unsure: background)"),
 ("Ndayishimiye, who succeeded the late Pierre Nkurunziza in June 2020, has pardoned thousands of prisoners and allowed some suspended media to resume broadcasting, and the European Union and the United States have since lifted sanctions imposed during the 2015 crisis.",
  "European Union", S, pos, BI, "lifting sanctions = a specific act of approval -> supporting (unsure: background)"),
 ("Ndayishimiye, who succeeded the late Pierre Nkurunziza in June 2020, has pardoned thousands of prisoners and allowed some suspended media to resume broadcasting, and the European Union and the United States have since lifted sanctions imposed during the 2015 crisis.",
  "United States", S, pos, BI, "same act by the second state"),
 ("Relations between Burundi and Rwanda have thawed slightly since then, but Bujumbura still accuses Kigali of sheltering the men behind the failed 2015 coup attempt.",
  BI, C, neg, "Rwanda", "capitals as metonyms: Bujumbura = Burundi accuses Kigali = Rwanda"),
 ("Clarisse Havyarimana, a researcher on the Great Lakes at a Nairobi-based policy institute, said the verdict would cost Ndayishimiye goodwill at a time when he was trying to win back foreign donors.",
  "Clarisse Havyarimana", N, neg, "", "invented analyst (new person actor); analysis, no explicit judgement"),
 ("\"Brussels and Washington have rewarded the opening of the last two years. They should say clearly that press freedom is part of that bargain, or the opening will stop at the prison gate,\" she said.",
  "Clarisse Havyarimana", T, neg, "", "appeal to the EU ('Brussels') and the US to use diplomacy; two addressees -> target empty"),
]


def main():
    ok = True
    out = []
    for doc, rows in PAGES.items():
        ok &= check(doc, rows)
        for sent, actor, stance, senti, target, note in rows:
            out.append([doc, norm(sent), actor, stance, senti, target, "page", note])
    if not ok:
        sys.exit("fix the sentences above")
    with open(os.path.join(ROOT, "statements.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
        w.writerows(out)
    from collections import Counter
    print(len(out), "rows")
    for doc, rows in PAGES.items():
        print(len(rows), doc, dict(Counter(r[2] for r in rows)))
    print(Counter(r[3] for r in out))


if __name__ == "__main__":
    main()
