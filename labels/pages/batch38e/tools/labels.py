"""Hand labels for the six batch38e pages. Each row: (sentence, actor, stance, sentiment, target, note).
Sentences deliberately left without a row are listed as comments under each page.
Run: python3 tools/labels.py  -> checks every sentence is on its page, then writes statements.csv.
(Structure copied from the batch37e helper script; every row below was written for these pages.)"""
import csv, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import check, ROOT, norm

C, S, N, T = "condemning", "supporting", "neutral", "calling_for_talks"
neg, neu, pos = "negative", "neutral", "positive"

PAGES = {}

# ---------------------------------------------------------------- 1 Myanmar, wire copy (2022-09-02)
MM = "Myanmar"; UK = "United Kingdom"; NUG = "National Unity Government"; MCRB = "Myanmar Centre for Responsible Business"
PAGES["page_myanmar_bowman_sentence2022_wire.txt"] = [
 ("A court inside Yangon's Insein prison on Friday sentenced Vicky Bowman, a former British ambassador to Myanmar, and her husband, the painter Htein Lin, to a year behind bars each on immigration charges, the military government's spokesman said, in a case that has deepened the rift between the junta and London.",
  MM, C, neu, "", "dateline excluded; the junta's spokesman reports its court's sentence = a measure (condemning, procedural tone); Bowman and Htein Lin are private persons who do not speak -> target empty; 'London' = place/metonym only as object"),
 # no row: "Bowman, 56, who was Britain's envoy ..." (narration, passive detention)
 ("Major General Zaw Min Tun, the junta's chief spokesman, told Meridian by telephone that Bowman had been punished for staying at a house in Shan State without telling the authorities she had moved from her registered home in Yangon, and that Htein Lin had been convicted for his part in it.",
  MM, C, neu, "", "junta spokesman = Myanmar; justifies the punishment by the offence (accusation of a measure's object) -> condemning, target empty (persons)"),
 ("\"This is a matter of paperwork, not politics. The court looked at the facts in front of it and nothing else,\" he said.",
  MM, N, neg, "", "two-sentence quote closed by its speaker = one unit; denial of a political motive -> neutral, negative tone (guide: denials)"),
 ("Zaw Min Tun added that the couple were entitled to appeal against the verdict in a higher court if they wished.",
  MM, N, neu, "", "procedure, no evaluation"),
 # no row: "The offences carry a maximum penalty of five years in prison." (narration)
 ("A statement from the military's information team last week said Bowman, who had been seeking a business visa, had broken the conditions attached to her stay in the country, and that her husband had been charged as her accomplice.",
  MM, C, neu, "", "the military's information team = Myanmar; accusation + charge = measure; target empty (persons)"),
 # no row: "Htein Lin, 55, spent more than six years ..." (narration)
 ("Britain's Foreign Office declined to comment on the verdict itself, but a spokesperson said British consular officials were giving Bowman every possible assistance and remained in contact with her family.",
  UK, S, neu, "", "declining to comment is no position; consular assistance given = backing by act -> supporting; Bowman is not an actor -> target empty"),
 ("The embassy in Yangon said last week it had asked the military authorities for consular access to her.",
  UK, T, neu, MM, "'the embassy' = the British embassy (context); a request for access to a detainee, like humanitarian access, without judgement -> calling_for_talks (unsure: could be neutral)"),
 # no row: "Relations between Myanmar and its former colonial ruler have soured ..." (narration)
 ("The junta's foreign ministry said in August that Britain's decision to stop sending an ambassador and leave its mission in the hands of a charge d'affaires was an unfriendly act that disregarded Myanmar's sovereignty.",
  MM, C, neg, UK, "'the junta's foreign ministry' = Myanmar; 'unfriendly act that disregarded sovereignty' = judgement of the UK's decision"),
 ("Britain announced new sanctions on Aug. 25 against companies it said provided the military with arms and revenue, among them a firm linked to the family of junta chief Min Aung Hlaing, to mark five years since the army's crackdown on the Rohingya.",
  UK, C, neg, MM, "sanctions = condemning (guide); Min Aung Hlaing appears as a possessive, not a speaker"),
 ("Zaw Min Tun dismissed the sanctions on Friday, saying they would not change anything inside the country and that Myanmar would not take orders from its former colonial master.",
  MM, C, neg, UK, "dismissal with a disparaging judgement ('former colonial master', refusing orders) -> condemning (unsure: a bare dismissal would be neutral)"),
 ("On the same day, a court in the capital Naypyitaw added three years with hard labour to Suu Kyi's prison terms after convicting her of electoral fraud.",
  MM, C, neu, "National League for Democracy", "a junta court's conviction reported as done = a measure of the state; Suu Kyi = the NLD's leader -> target NLD (unsure: could be left as narration); Naypyitaw = place"),
 ("The United Nations human rights office said in Geneva that the new conviction belonged to a pattern of trials built to keep the deposed leader out of public life for good.",
  "United Nations", C, neg, MM, "OHCHR = United Nations; 'trials built to keep her out' = judgement; Geneva = place"),
 ("It called on the military to allow Bowman and Htein Lin to see their lawyers and their family without delay.",
  "United Nations", T, neu, MM, "'It' = the UN rights office; appeal without judgement -> calling_for_talks"),
 ("The shadow National Unity Government, formed by lawmakers ousted in the coup, said the sentencing showed that the generals were prepared to hold foreigners hostage to extract concessions from their governments.",
  NUG, C, neg, MM, "'the generals' = the junta = Myanmar; hostage-taking accusation"),
 ("\"There is no court in Myanmar today, only a room where the army reads out what it has already decided,\" said Kyaw Zaw, a spokesman for the NUG's presidential office.",
  NUG, C, neg, MM, "NUG spokesman; judgement of the junta's courts"),
 # no row: "Bowman is one of several foreigners detained since the coup." and the Turnell/Kubota sentence (narration)
 ("Australian Foreign Minister Penny Wong has repeatedly called on the military to release Turnell immediately and let him return to his family.",
  "Australia", T, neu, MM, "foreign minister = state; release demand without judgement word -> calling_for_talks (labels/README)"),
 ("In Tokyo, Chief Cabinet Secretary Hirokazu Matsuno said the government was asking the military authorities to free Kubota as soon as possible.",
  "Japan", T, neu, MM, "chief cabinet secretary = government spokesman = Japan; 'In Tokyo' = place"),
 ("Phil Robertson, deputy Asia director at Human Rights Watch, said Bowman had been convicted of \"a paperwork charge dressed up as a crime\" because the junta wanted to silence a respected voice on how foreign companies should behave in Myanmar.",
  "Human Rights Watch", C, neg, MM, "judgement of the junta's motive"),
 ("The Assistance Association for Political Prisoners, which keeps a count of arrests since the coup, said it had recorded more than 15,000 arrests since February 2021 and that some 12,000 people were still behind bars.",
  "Assistance Association for Political Prisoners", N, neu, "", "figures given by an actor = neutral, neutral tone (guide)"),
 ("The Myanmar Centre for Responsible Business said in a short notice on its website that its office would stay open and its staff would carry on with their work while its director was away.",
  MCRB, N, neu, "", "new organisation; plan, no evaluation"),
 ("It thanked the embassies, companies and civil society groups that had sent messages of support.",
  MCRB, S, pos, "", "'It' = MCRB; thanks to several unnamed parties -> supporting, target empty"),
 ("Anders Haugland, who advises companies on Myanmar from a consultancy in Bangkok, said foreign investors would read the verdict as a sign that no one with a public profile was safe in the country.",
  "Anders Haugland", N, neg, "", "invented consultant (new person); analysis, no explicit judgement; Bangkok = place"),
 ("\"She was the person businesses called when they wanted to know how to behave decently in Myanmar. If she can be locked up over an address form, the message needs no translation,\" Haugland said.",
  "Anders Haugland", C, neg, MM, "surname only; 'locked up over an address form' mocks the junta's act = implicit judgement (unsure: could be neutral analysis)"),
]

# ---------------------------------------------------------------- 2 Vietnam, state agency dispatch (2024-04-11)
VN = "Vietnam"; TML = "Truong My Lan"; SCB = "Saigon Commercial Joint Stock Bank"
PAGES["page_vietnam_truongmylan_verdict2024_stateagency.txt"] = [
 ("The People's Court of Ho Chi Minh City on April 11 sentenced defendant Truong My Lan, Chairwoman of Van Thinh Phat Group, to death for \"embezzlement of property\", and to 20 years in prison each for \"giving bribes\" and for \"violating regulations on lending in the operations of credit institutions\", concluding the first-instance trial of the case that occurred at Van Thinh Phat Group, Saigon Commercial Joint Stock Bank (SCB) and related units.",
  VN, C, neu, TML, "dateline 'HCM City (VNA) -' excluded; a state court = Vietnam; sentence = measure -> condemning, procedural tone; the defendant is declared as a person because she speaks later"),
 ("The trial panel ruled that the defendant's acts were particularly serious, had caused extremely large losses of State assets and of the money of tens of thousands of depositors, and had seriously eroded public trust in the banking system and in the leadership of the Party and the State, so that there was no ground for a lighter penalty.",
  VN, C, neg, TML, "'the trial panel' = the court = Vietnam; explicit negative judgement"),
 # no row: "The trial, which opened on March 5 with 86 defendants, is the largest economic case ..." (narration)
 ("Of the other 85 defendants, Do Thi Nhan, former Director of the Inspection and Supervision Department under the Banking Inspection and Supervision Agency of the State Bank of Viet Nam, was sentenced to life imprisonment for \"receiving bribes\", having been found to have accepted 5.2 million USD from Lan in exchange for softening the conclusions of an inspection of SCB.",
  VN, C, neu, "", "content of the court's verdict (the whole dispatch reports it) = the court's measure; Do Thi Nhan does not speak -> target empty; 'Lan' and SCB are objects"),
 ("Former SCB General Director Vo Tan Hoang Van also received life imprisonment, while Lan's husband Chu Lap Co, Chairman of Times Square Investment Corporation, was sentenced to nine years and her niece Truong Hue Van, General Director of Windsor Real Estate Management Group, to 17 years in prison.",
  VN, C, neu, "", "verdict content, several persons -> target empty (unsure: passive narration of the same verdict could get no row)"),
 ("The panel also ordered Lan to pay SCB compensation of nearly 674 trillion VND (about 26.9 billion USD), and decided that the assets seized during the investigation would be held to secure that obligation.",
  VN, C, neu, TML, "compensation order + holding seized assets = measures against her"),
 ("According to the verdict, the panel took into account the mitigating circumstances of many defendants who had sincerely confessed, shown remorse and actively remedied the consequences, and it imposed lighter penalties than those proposed by the procuracy on several of them.",
  VN, N, neu, "", "procedure of sentencing, no judgement of an actor"),
 ("The court further asked the investigating agency to continue clarifying the issuance of bonds by companies in the Van Thinh Phat ecosystem, which is being handled in a separate case.",
  VN, N, neu, "", "a request between state bodies about a separate case = procedure (unsure: could be read as a further measure against the group)"),
 ("Earlier, at the argument stage of the trial, the representative of the People's Procuracy of Ho Chi Minh City affirmed that Lan was the mastermind who had orchestrated the drawing of money out of SCB through thousands of sham loan applications filed in the names of front companies, in a scheme he described as unprecedented in scale and sophistication.",
  VN, C, neg, TML, "procuracy = Vietnam; accusation ('mastermind', fictitious dossiers)"),
 ("The procuracy rejected the defence's argument that the damage had been overstated, stating that the figure was supported by the evidence gathered during the investigation and at trial.",
  VN, N, neg, "", "rebuttal of a defence argument = a denial -> neutral, negative tone (not aimed at a canonical actor)"),
 ("In her final statement before the panel retired for deliberation, Lan said she had never intended to appropriate the bank's money, expressed regret to the depositors, and asked the court to give her the opportunity to sell her assets and repay the losses.",
  TML, N, neg, "", "given name only = the defendant; denial of intent + regret + plea for leniency: a denial -> neutral; a plea to a court is not an appeal for talks"),
 ("Her defence lawyers had argued that the embezzlement charge should be reconsidered, as much of the money had been put into real estate projects that still existed and could be valued and sold.",
  TML, N, neu, "", "lawyers speak for their client (as in earlier batches); legal argument"),
 ("One of Lan's lawyers told reporters after the hearing that his client would appeal against the first-instance verdict within the time limit provided for by law.",
  TML, N, neu, "", "announced appeal = procedural plan"),
 ("In a statement issued the same afternoon, the State Bank of Viet Nam (SBV) said SCB remained under special control, that its operations were stable and that the lawful deposits of all customers were fully guaranteed.",
  VN, N, pos, "", "central bank = state body; reassurance -> neutral, positive"),
 ("Governor of the SBV Nguyen Thi Hong said the central bank would continue to coordinate closely with ministries, sectors and the Ho Chi Minh City authorities to complete the restructuring plan for SCB and submit it to the competent authorities.",
  VN, N, neu, "", "full-title introduction; plan"),
 ("The central bank thanked SCB customers for their patience and trust over the past 18 months.",
  VN, S, pos, "", "thanks to customers (not an actor) -> supporting, target empty"),
 ("SCB said in a notice to its customers on the same day that all of its transaction offices were operating normally and that deposits could be withdrawn at maturity as usual.",
  SCB, N, pos, "", "the bank itself (new company actor); reassurance"),
 ("Politburo member and Secretary of the Ho Chi Minh City Party Committee Nguyen Van Nen said the verdict showed that nobody, however wealthy or well connected, stands outside the reach of the law, and that the fight against corruption and negative phenomena would be pursued persistently.",
  VN, N, pos, "", "senior Party official of the ruling party = the state; praise of the state's own verdict and resolve = self-praise -> neutral, positive (labels/README) (unsure: a warning to the corrupt could be condemning with empty target)"),
 ("He asked the city's departments and agencies to work with the SBV and SCB to protect the legitimate rights and interests of depositors and bondholders and to maintain social order.",
  VN, N, neu, "", "internal directive; no position toward another actor"),
 # no row: "The case had been placed under the direct monitoring ... Central Steering Committee ..." (background, passive)
 ("Asked by foreign reporters at the Ministry of Foreign Affairs' regular press briefing in Ha Noi on April 11, Spokeswoman Pham Thu Hang said the trial had been conducted publicly and in strict accordance with Vietnamese law, and that the defendants' right to defence had been fully ensured.",
  VN, N, pos, "", "MFA spokeswoman = Vietnam; reassurance about own conduct -> neutral, positive; Ha Noi = place"),
 ("She said Viet Nam's consistent policy is to handle violations strictly in line with the law, whoever commits them, while protecting the legitimate rights and interests of citizens and businesses.",
  VN, N, pos, "", "restated policy, reassurance"),
]

# ---------------------------------------------------------------- 3 Thailand, UN noon briefing (2022-10-07)
UN = "United Nations"; TH = "Thailand"
PAGES["page_thailand_nongbualamphu_attack2022_noonbriefing.txt"] = [
 # no row: "Good afternoon. I want to start by going back to the horrific attack yesterday ..." (topic lead-in)
 ("According to the Thai authorities, at least 36 people were killed, 24 of them children, before the attacker, a former police officer, went home, killed his wife and child and then took his own life.",
  TH, N, neu, "", "figures given by the Thai authorities, relayed by the spokesman -> neutral, neutral tone; the attacker is not an actor"),
 ("As you saw in the statement we issued last night, the Secretary-General is appalled that so many very young children and their teachers lost their lives in a place that should have been one of the safest in their community, and he conveys his deepest sympathy to their families and to the people and Government of Thailand.",
  UN, S, neg, TH, "SG (via his spokesman) = United Nations; shock + condolences to the Government = supporting, grief tone"),
 ("He also wishes strength to the wounded and to the medical staff who are caring for them.",
  UN, S, pos, "", "good wishes to the wounded and medical staff (not actors) = sympathy -> supporting, target empty; not a hope for peace"),
 ("Our Resident Coordinator in Thailand, Gita Sabharwal, has told the Thai authorities that the UN team stands ready to help with psychosocial support for the bereaved families and for the children who survived.",
  UN, S, pos, TH, "offer of assistance = supporting"),
 ("Our colleagues at UNICEF said that nothing could ever justify an attack on children in the place where they sleep and play.",
  "UNICEF", C, neg, "", "'nothing could ever justify' = judgement of the act; perpetrator not an actor -> target empty"),
 ("UNICEF has also asked the media and social media users to think of the surviving children before putting pictures of the scene online.",
  "UNICEF", T, neu, "", "appeal to protect the child survivors, addressed to media and public, no judgement -> calling_for_talks (unsure: could be neutral, not a diplomatic course)"),
 ("UNESCO's office in Bangkok, for its part, offered its condolences to the families and to the teachers' colleagues across the country.",
  "UNESCO", S, neg, "", "condolences to persons -> supporting, target empty; Bangkok = place"),
 ("The Thai Government has declared a period of mourning, and flags are flying at half-mast today.",
  TH, N, neu, "", "announcement, no evaluation"),
 ("Turning to Haiti, our humanitarian colleagues tell us that suspected cholera cases continue to rise in Port-au-Prince and beyond, while the blockade of the Varreux fuel terminal means that many hospitals can barely keep their generators running.",
  UN, N, neg, "", "OCHA = United Nations; facts given without blame"),
 ("The Secretary-General once again calls on all those blocking the terminal to let fuel move freely so that water can be treated and health centres can stay open.",
  UN, T, neg, "", "humanitarian-access appeal without judgement -> calling_for_talks; the gangs are not a canonical actor -> target empty"),
 ("On Yemen, the Special Envoy, Hans Grundberg, is continuing his contacts with the parties after the truce expired on Sunday.",
  UN, T, neu, "", "UN envoy mediating = calling_for_talks by act; both parties -> target empty"),
 ("He urges them to avoid any provocation and to keep working with him towards an extended and expanded agreement.",
  UN, T, neu, "", "appeal for restraint and talks to both sides"),
 ("Mr. Grundberg noted that the six months of the truce had brought Yemenis the longest period of relative calm they had known since the war began.",
  UN, N, pos, "", "assessment of facts, positive tone"),
 ("On Thailand, Prime Minister Prayut Chan-o-cha said today that he had ordered a review of gun licences and a crackdown on drug use, including within the police.",
  TH, N, neu, "", "a journalist's question reporting the PM's position = Thailand's statement (27th-session decision); 'Question: Thank you, Stéphane.' excluded; measures aimed at no actor -> neutral"),
 # no row: "Does the Secretary-General have a view on gun control?" (question)
 ("The Secretary-General has spoken many times about how easily weapons end up in the hands of people who should never have them.",
  UN, N, neg, "", "'Spokesman: ' prefix excluded; concern without an appeal -> neutral, negative"),
 ("How Thailand regulates firearms is of course a decision for the Thai authorities.",
  UN, N, neu, "", "deference, no position"),
 ("The national police chief, Damrongsak Kittiprapas, said the attacker used a pistol he had bought legally.",
  TH, N, neu, "", "police chief = Thailand; fact reported in a question"),
 # no row: "Any comment on that?" (question); "I'm not going to comment on an investigation that is in the hands of the Thai police." (declines to comment)
 ("What matters to us right now is that the families get all the support they need.",
  UN, T, neu, "", "appeal for help to the families, no judgement: asking for humanitarian help = calling_for_talks (labels/README) (unsure: could be supporting)"),
 ("A number of Governments, including the United Kingdom and Australia, sent condolences yesterday.",
  UK, S, neg, TH, "journalist reports a position: list of states -> one row per named state; 'a number of Governments' unnamed"),
 ("A number of Governments, including the United Kingdom and Australia, sent condolences yesterday.",
  "Australia", S, neg, TH, "second listed state"),
 # no row: "Has the Secretary-General spoken to Thai leaders?" (question); "Not that I'm aware of." (fact about no call)
 ("But our Resident Coordinator has been in touch with the Ministry of Foreign Affairs in Bangkok and has passed on the Secretary-General's condolences directly.",
  UN, S, neg, TH, "condolences conveyed to the Thai MFA = supporting Thailand; Bangkok = place"),
 ("On Haiti, the Government said today it would ask its international partners for specialized armed support against the gangs.",
  "Haiti", N, neg, "", "announced request for security assistance = plan; not a peace appeal, not aid given -> neutral (unsure: asking for help is calling_for_talks in labels/README, but that rule is for humanitarian help)"),
 # no row: "Will the Secretary-General back such a request?" (question); "I've seen the reports, and we will wait to see what is formally put to us." (procedural)
 ("The Secretary-General has been very clear that Haiti needs strong and urgent help from its partners to restore security, and we will do our part.",
  UN, S, pos, "Haiti", "backing plus a pledge to help -> supporting"),
 ("The Houthis have said they will not extend the truce unless salaries are paid.",
  "Houthis", T, neg, "", "refusal with a condition = conditional offer / counter-offer -> calling_for_talks (labels/README: conditional talks); 'Follow-up on Yemen.' excluded"),
 ("He is talking to everyone, including in Muscat and Riyadh.",
  UN, T, neu, "", "the envoy's mediation; Muscat, Riyadh = places, not actors"),
 ("We are not going to negotiate in public, but the contacts continue.",
  UN, T, neu, "", "continued mediation contacts"),
]

# ---------------------------------------------------------------- 4 Pakistan, MoFA page (2023-08-07)
PK = "Pakistan"; AF = "Afghanistan"; CN = "China"
LIST = "Messages of sympathy were also received from the United States, Saudi Arabia, Türkiye, the Islamic Republic of Iran and the European Union, as well as from the Organisation of Islamic Cooperation."
PAGES["page_pakistan_bajaur_attack2023_mfa.html"] = [
 ("The Government of Pakistan strongly condemns the heinous terrorist attack on a workers' convention of the Jamiat Ulema-e-Islam (F) in Khar, District Bajaur, this afternoon, in which precious lives were lost and scores of people were injured.",
  PK, C, neg, "", "perpetrators unnamed -> target empty; the JUI(F) is the victim, not the target"),
 ("We extend our heartfelt condolences to the families of the martyred and pray for the early recovery of the injured.",
  PK, S, neg, "", "condolences to families (not actors) -> supporting, target empty"),
 ("Foreign Minister Bilawal Bhutto Zardari said that those who attack political workers at a peaceful gathering are the enemies of Pakistan's democracy and of its people, and that they will be tracked down and brought to justice.",
  PK, C, neg, "", "judgement + threat against unnamed attackers -> condemning, target empty"),
 ("Prime Minister Muhammad Shehbaz Sharif spoke by telephone with Maulana Fazl-ur-Rehman, Ameer of the JUI (F), to convey the solidarity of the Government and the nation with the party and the bereaved families.",
  PK, S, neg, "Jamiat Ulema-e-Islam", "solidarity call = supporting; Fazl-ur-Rehman is addressed, not a speaker; condolence context -> negative tone"),
 ("Pakistan reiterates its resolve to root out terrorism in all its forms and manifestations, and the sacrifices of its people will not go in vain.",
  PK, C, neg, "", "resolve to eliminate terrorists = a threatened response, no named target (unsure: could be a neutral policy line)"),
 # no row: "The Ministry of Foreign Affairs has received messages ... from a large number of countries ..." (unnamed senders)
 ("The Secretary-General of the United Nations, H.E. Mr. António Guterres, strongly condemned the attack and conveyed his condolences to the families of the victims and to the Government and people of Pakistan.",
  "United Nations", C, neg, "", "condemnation + condolences: the judgement decides (rule 1); perpetrators unnamed -> target empty"),
 ("The Ministry of Foreign Affairs of the People's Republic of China stated that China firmly opposes all forms of terrorism and stands ready to deepen counter-terrorism cooperation with Pakistan to protect the security of the two peoples.",
  CN, S, pos, PK, "opposition to terrorism in general is aimed at no actor; the offer of cooperation to Pakistan decides -> supporting"),
 (LIST, "United States", S, neg, PK, "list of senders -> one row per listed actor; message of sympathy = supporting"),
 (LIST, "Saudi Arabia", S, neg, PK, "listed state"),
 (LIST, "Turkey", S, neg, PK, "'Türkiye' = Turkey (canonical)"),
 (LIST, "Iran", S, neg, PK, "'the Islamic Republic of Iran' = Iran"),
 (LIST, "European Union", S, neg, PK, "listed organisation"),
 (LIST, "Organisation of Islamic Cooperation", S, neg, PK, "listed organisation"),
 ("The Afghan Interim Government also condemned the attack.",
  AF, C, neg, "", "the Taliban administration = Afghanistan (as in the officeholder file after Aug 2021); attackers unnamed -> target empty"),
 ("Pakistan deeply appreciates these expressions of solidarity, which reflect the shared resolve of the international community to defeat terrorism.",
  PK, S, pos, "", "gratitude to many senders -> supporting, target empty"),
 # no row: "Good afternoon and welcome to the weekly briefing."; "Last week, the Vice Premier ... visited Islamabad ..." (a visit narrated)
 ("Both sides pledged to keep CPEC moving and agreed to speed up its second phase, including in agriculture, industry and information technology.",
  PK, S, pos, CN, "joint position of two actors -> two rows; pledge to a joint project = supporting"),
 ("Both sides pledged to keep CPEC moving and agreed to speed up its second phase, including in agriculture, industry and information technology.",
  CN, S, pos, PK, "second row of the joint position"),
 ("The Vice Premier again conveyed China's condolences on the loss of life in Bajaur and affirmed that China will always stand with Pakistan in the fight against terrorism.",
  CN, S, pos, PK, "condolences + standing with Pakistan = supporting; the backing dominates the tone"),
 ("The Vice President of Türkiye, H.E. Cevdet Yılmaz, who inaugurated the fourth MILGEM corvette, PNS Tariq, at the Karachi Shipyard during his visit, also offered the condolences of the Turkish nation to the families of the Bajaur martyrs.",
  "Turkey", S, neg, PK, "vice president = Turkey; condolences offered on a visit to Pakistan -> target Pakistan; the corvette clause is narration"),
 # no row: "I will now take your questions."
 ("The Islamic State Khorasan group has claimed the Bajaur attack.",
  "Islamic State Khorasan Province", N, neu, "", "'Question: ' prefix excluded; a claim of responsibility for one's own attack, reported without judgement -> neutral (guide: own strike reported as done); tone of a bare claim = neutral (re-read: first labelled negative)"),
 ("Pakistan has repeatedly said that terrorists attacking Pakistan find safe havens across the border.",
  PK, C, neg, AF, "journalist reports Pakistan's position; 'across the border' = Afghanistan; accusation of harbouring -> condemning"),
 # no row: "Have you raised this with the Afghan interim authorities?" (question)
 ("We have conveyed our concerns to the Afghan interim authorities on several occasions, and we have urged them to take concrete and verifiable steps so that their territory is not used for terrorism against Pakistan.",
  PK, T, neg, AF, "'Spokesperson: ' prefix excluded; concern + appeal to one side, no judgement word -> calling_for_talks, negative"),
 ("We expect them to honour the commitments they have made to the international community in this regard.",
  PK, T, neu, AF, "'them' = the Afghan interim authorities; demand without judgement"),
 ("The Taliban spokesman, Zabihullah Mujahid, condemned the attack and said Afghan soil would not be allowed to be used against any country.",
  AF, C, neg, "", "reported in a question; Mujahid speaks for the Taliban government = Afghanistan; condemnation of the attack (no named target) + assurance"),
 # no row: "Is Pakistan satisfied with that?" (question); "We have seen the statement." (acknowledgement)
 ("Statements are welcome, but what matters to us is action on the ground against the groups that shelter in Afghanistan and carry out attacks inside Pakistan.",
  PK, C, neg, AF, "dismisses words for deeds and implies Afghanistan shelters attackers = accusation -> condemning (unsure: could be calling_for_talks as a demand for action)"),
 # no row: the CPEC security question
 ("Keeping Chinese workers and CPEC sites safe is something we take very seriously, and we are talking to our Chinese friends all the time.",
  PK, N, pos, "", "reassurance about own conduct -> neutral, positive (labels/README); not support for China as such"),
]

# ---------------------------------------------------------------- 5 South Korea, live blog (2024-12-29)
KR = "South Korea"; JEJU = "Jeju Air"
PAGES["page_southkorea_jejuair_muancrash2024_liveblog.html"] = [
 # no row: "Relatives are preparing to spend the night ..." (scene)
 ("A representative of the families told reporters that relatives had waited for hours without being told anything, and demanded that the authorities speed up identification and let them see the bodies.",
  "", T, neg, KR, "unnamed speaker (families' representative, no named body) -> empty actor, kept as a stance example; complaint + demand to one side without a judgement word -> calling_for_talks, negative"),
 ("Transport Minister Park Sang-woo apologised to the families for the anguish of waiting and promised that officials would brief them at the terminal every two hours through the night.",
  KR, N, pos, "", "minister = state; apology and promise about own conduct = reassurance -> neutral, positive"),
 ("US President Joe Biden offered his condolences to the families of the victims and said American investigators were ready to help the Korean inquiry, calling South Korea one of Washington's closest friends and allies.",
  "United States", S, pos, KR, "condolences + offer of help + praise -> supporting; praise and offer set the tone (unsure: condolence tone could be negative); 'Washington' = metonym inside his words"),
 ("The US National Transportation Safety Board said on X that it was leading a team of American investigators, including experts from the Federal Aviation Administration and Boeing, that would assist the Korean authorities.",
  "United States", S, neu, KR, "NTSB = US federal agency; assistance by act -> supporting; Boeing/FAA appear as team members, not speakers"),
 ("Chinese President Xi Jinping sent a message of condolence to Acting President Choi Sang-mok, the state broadcaster CCTV reported.",
  CN, S, neg, KR, "condolence message to the acting head of state; CCTV only reports"),
 # no row: "Japan's prime minister posted this on X:" (lead-in)
 ("I am deeply saddened by the terrible accident at Muan.",
  "Japan", N, neg, "", "embedded X post, handle line excluded; sorrow without support or appeal -> neutral, negative (as the batch37e embeds)"),
 ("My heart goes out to everyone who lost a loved one, and Japan is ready to help our neighbour in any way we can.",
  "Japan", S, neg, KR, "sympathy + offer of help to 'our neighbour' = South Korea -> supporting"),
 ("Acting President Choi Sang-mok declared a seven-day period of national mourning, until 4 January, after an emergency meeting in Seoul, and designated Muan a special disaster zone.",
  KR, N, neg, "", "domestic decisions; no position toward another actor (unsure: the disaster-zone designation is aid to a region, could be supporting with empty target)"),
 # no row: "Flags at government buildings will fly at half-mast ..." (consequence narrated)
 ("\"Nobody will leave this airport without answers. The families will have every official they need, for as long as they need them,\" Choi said earlier at the county office in Muan, where he met relatives.",
  KR, N, pos, "", "two-sentence quote closed by its speaker; pledge about own conduct = reassurance"),
 # no row: "Choi took over as acting president only on Friday ..." (background; Han and Yoon only narrated)
 ("The ruling People Power Party said it would suspend all political events during the mourning period.",
  "People Power Party", N, neu, "", "announced plan"),
 ("Democratic Party leader Lee Jae-myung, who travelled to Muan, urged the government to put every available resource into recovering the victims and caring for the bereaved.",
  "Democratic Party of Korea", T, neu, KR, "party leader = his party; appeal for a humanitarian effort without judgement -> calling_for_talks (labels/README: asking for humanitarian help)"),
 ("Joo Jong-wan, director of aviation policy at the transport ministry, said the control tower had warned the crew of a possible bird strike shortly before the pilot declared a mayday, and that the aircraft then tried to land from the opposite direction.",
  KR, N, neu, "", "ministry official = state; facts"),
 ("Both flight recorders have been recovered, the ministry said, adding that investigators would examine why the landing gear did not appear to be deployed.",
  KR, N, neu, "", "'the ministry' = transport ministry; facts and plan"),
 ("Hwang Ji-ho, who teaches aviation safety at a university in Seoul, said questions would also be asked about the concrete structure at the end of the runway that the aircraft struck.",
  "Hwang Ji-ho", N, neg, "", "invented analyst (new person); analysis, no named actor blamed"),
 ("\"A plane that has lost its wheels can slide a long way and people can survive that. What it cannot survive is a solid wall,\" he said.",
  "Hwang Ji-ho", N, neg, "", "analysis; the airport operator is not named -> no judgement of an actor (unsure: implicit criticism of the runway design)"),
 ("Our thoughts are with the families of those lost on Flight 2216 and with everyone at Jeju Air.",
  "Boeing", S, neg, JEJU, "embedded X post, handle excluded; sympathy with the airline -> supporting Jeju Air"),
 ("Our technical team is available to the airline and to the investigators.",
  "Boeing", S, neu, "", "technical help offered to the airline and the (Korean) investigators: two addressees -> supporting, target empty"),
 ("Airports of Thailand said the aircraft had taken off normally from Bangkok's Suvarnabhumi airport and that no problem had been reported before departure.",
  "Airports of Thailand", N, neu, "", "airport operator (new company); facts"),
 ("Jeju Air's chief executive, Kim E-bae, bowed deeply alongside other executives at a televised briefing in Seoul and said the company would do everything in its power to support the bereaved families.",
  JEJU, S, neg, "", "airline (new company) speaks through its CEO; pledge of support to the families (not actors) -> supporting, target empty; apology context"),
 ("\"These were our passengers, on our aircraft. I owe their families the truth, and I will give it to them,\" Kim said.",
  JEJU, N, neg, "", "acceptance of responsibility and a pledge to the families (not actors); no position toward another actor -> neutral (unsure: could be supporting with empty target)"),
 ("He said the 15-year-old jet had passed all its scheduled inspections and had no history of accidents, and that it was for government investigators to establish what went wrong.",
  JEJU, N, neu, "", "facts about own aircraft (an implicit denial of a known fault); deferring to the inquiry"),
 ("Thai Prime Minister Paetongtarn Shinawatra said she had instructed the foreign ministry to help the relatives of the two Thai passengers, and sent her condolences to the Korean people.",
  TH, S, neg, KR, "head of government = Thailand; help to own nationals' relatives + condolences to the Korean people -> supporting South Korea"),
 ("The National Fire Agency said two crew members had been pulled alive from the tail section and taken to hospital, and that both were conscious.",
  KR, N, neu, "", "state agency; facts"),
 ("Lee Jeong-hyun, head of the Muan fire station, told reporters that a bird strike combined with poor weather was being looked at as a possible cause, but that this had not been confirmed.",
  KR, N, neu, "", "local fire chief = state official; facts"),
 # no row: the first entry (narration of the crash) and "We will bring you updates as we get them."
]

# ---------------------------------------------------------------- 6 Nepal, national daily scraped (2024-10-21)
NP = "Nepal"; RSP = "Rastriya Swatantra Party"
PAGES["page_nepal_lamichhane_remand2024_dailyscrape.txt"] = [
 ("The Kaski District Court on Sunday allowed police to hold Rastriya Swatantra Party (RSP) Chair Rabi Lamichhane in custody for six days while they investigate allegations that savings deposited with the Pokhara-based Suryadarshan Cooperative were diverted to a media company he once headed.",
  NP, C, neu, RSP, "district court = state; custody order = measure; Lamichhane speaks for and stands for his party -> target RSP (unsure: procedural court act could be neutral)"),
 ("Lamichhane, a former deputy prime minister and home minister, was arrested on Friday evening by a team from the Central Investigation Bureau at the party's central office in Kathmandu and driven overnight to Pokhara, where he was handed over to the Kaski police.",
  NP, C, neu, RSP, "arrest by a named state body reported as done = measure (unsure: background narration; batch37e left passive arrests without a row)"),
 ("A spokesperson for the Kaski District Police Office said Lamichhane was being questioned on charges of cooperative fraud and organised crime, and that police were still searching for several of the 13 other people named in the arrest warrant.",
  NP, C, neu, RSP, "unnamed official of a named state body = Nepal; charges = accusation"),
 ("A parliamentary special committee led by lawmaker Surya Bahadur Thapa had recommended in its report that the police look into Lamichhane's role in the use of cooperative funds by Gorkha Media Network, where he served as managing director.",
  NP, N, neu, "", "parliament committee = state; recommendation of an inquiry = procedure (unsure: could be condemning as an accusation)"),
 # no row: "Speaking to reporters outside the court ..., Lamichhane was defiant." (lead-in)
 ("\"I walked into this van on my own feet, and I will walk out of this case the same way. Those who are afraid of the RSP have found a file and a warrant. They have not found a single rupee of anyone's savings in my pocket,\" he said.",
  RSP, C, neg, NP, "multi-sentence quote closed by its speaker = one unit; party chair = RSP; denial + accusation that the arrest is politically driven -> condemning the government"),
 ("He accused Prime Minister KP Sharma Oli of using the police to settle political scores while protecting leaders of his own party who face questions over other cooperatives.",
  RSP, C, neg, NP, "PM = head of government -> target Nepal (the UML, 'his own party', is also implied)"),
 ("Before he was taken away on Friday, Lamichhane had told supporters gathered at the party office that he had nothing to hide from investigators and asked them to keep their protests peaceful.",
  RSP, T, neu, "", "reassurance + appeal for peaceful protest to own supporters -> calling_for_talks (restraint), target empty"),
 # no row: "Several thousand supporters gathered at Maitighar ..." (narration, unnamed crowd)
 ("In a statement issued on Saturday, the RSP described the arrest as a vendetta dressed up as an investigation and said the party would not rest until its chair was freed.",
  RSP, C, neg, NP, "explicit judgement ('vendetta')"),
 ("RSP Vice-Chair Swarnim Wagle, an economist and lawmaker, said the party did not object to an investigation but wanted it to be fair and to apply equally to leaders of every party.",
  RSP, T, neu, NP, "demand addressed to the government with no judgement word -> calling_for_talks (labels/README)"),
 ("\"We will cooperate with every lawful step. What we will not accept is a law that bends for some people and breaks others,\" Wagle told the Chronicle in Pokhara.",
  RSP, C, neg, NP, "surname only; 'a law that bends for some' = accusation of selective justice"),
 ("Vice-Chair DP Aryal warned that the party would take its protest into Parliament when the House resumed, and said the government would be held responsible for any unrest.",
  RSP, C, neg, NP, "threat + holding responsible -> condemning"),
 ("Home Minister Ramesh Lekhak said the government had played no part in the arrest, which the police had carried out on a court warrant on the basis of the parliamentary committee's findings.",
  NP, N, neg, "", "denial of political involvement -> neutral, negative"),
 ("\"The police are doing their job, and the court will decide. Nobody should try to turn a fraud case into a street fight,\" Lekhak said in Kathmandu.",
  NP, C, neg, RSP, "rebuke of the RSP's protests (unsure: could be calling_for_talks as an appeal for calm)"),
 ("CPN-UML General Secretary Shankar Pokharel said the RSP was trying to shield its chair by attacking the police and the judiciary, and that such tactics would not work.",
  "Communist Party of Nepal (Unified Marxist-Leninist)", C, neg, RSP, "party official = his party; judgement of the RSP's tactics"),
 ("Nepali Congress General Secretary Gagan Thapa said every cooperative case should be pursued with the same vigour whoever was involved, because the savers who had lost their money deserved justice before anyone else.",
  "Nepali Congress", T, neu, "", "appeal for even-handed justice aimed at no single actor -> calling_for_talks, target empty (unsure: could be neutral)"),
 ("CPN (Maoist Centre) Chair Pushpa Kamal Dahal said the timing of the arrest had raised questions, and urged the government to make sure that the investigation was not used to settle political accounts.",
  "Communist Party of Nepal (Maoist Centre)", T, neg, NP, "doubt + appeal, no explicit judgement -> calling_for_talks, negative"),
 ("The National Human Rights Commission said it was monitoring the protests in both cities and called on the police and the demonstrators to show restraint.",
  "National Human Rights Commission (Nepal)", T, neu, "", "appeal for restraint to both sides -> calling_for_talks, target empty"),
 ("Outside the district police office in Pokhara, Bishnu Maya Gurung, who said she had deposited Rs 1.2 million with Suryadarshan, told the Chronicle she did not care which party anyone belonged to and only wanted her money back.",
  "Bishnu Maya Gurung", N, neg, "", "named depositor = independent person (new, invented); her wish, no position toward an actor"),
 ("\"For two years nobody listened to us. Now everyone is shouting about politics, and still nobody is talking about our savings,\" she said.",
  "Bishnu Maya Gurung", N, neg, "", "complaint aimed at no one in particular -> neutral, negative (unsure: a diffuse judgement of all parties)"),
 ("Kamal Dev Adhikari, a political analyst, said the case would test whether the RSP, which rose on promises to clean up politics, could keep its supporters if the allegations against its chair held up in court.",
  "Kamal Dev Adhikari", N, neu, "", "invented analyst (new person); analysis"),
 ("\"The party's whole brand is that it is different. A long custody battle puts that brand on trial as much as the man,\" Adhikari said.",
  "Kamal Dev Adhikari", N, neu, "", "analysis"),
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
    print(Counter(r[4] for r in out))


if __name__ == "__main__":
    main()
