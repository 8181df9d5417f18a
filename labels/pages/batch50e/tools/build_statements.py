#!/usr/bin/env python3
"""Write /work/batch50e/statements.csv from the hand decisions below.

Every row was decided by reading the sentence in its page against
/work/shared/labelling-guide.md and /work/main/labels/README.md.
Row tuple: (sentence, actor, stance, sentiment, target, note).
Sentences deliberately left without a row are listed as comments.
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "statements.csv")

C, S, N, T = "condemning", "supporting", "neutral", "calling_for_talks"
NEG, NEU, POS = "negative", "neutral", "positive"

PAGES = {}

# ---------------------------------------------------------------- page 1
PAGES["page_taiwan_chantongkai_surrender2019_wire.txt"] = [
    ("Chan Tong-kai, the Hong Kong man whose killing of his pregnant girlfriend in Taipei set off the extradition crisis that has convulsed the city for five months, walked out of prison on Wednesday and told reporters he was ready to hand himself over to Taiwan, even as the two governments traded accusations over how that should happen.",
     "Chan Tong-kai", N, NEU, "", "dateline excluded; his own plan to surrender = neutral; 'the two governments traded accusations' is a summary line, their positions come later"),
    ('"I am sorry to her family for what I did and for everything they have been through since. I will go to Taiwan and face the court there," he said, reading from a sheet of paper.',
     "Chan Tong-kai", N, NEG, "", "multi-sentence quote closed by its speaker; apology and own plan, no stance on another actor; remorseful tone"),
    ("Chan also apologised to the people of Hong Kong for the turmoil his case had brought to the city, saying he hoped one day to be given the chance to start again.",
     "Chan Tong-kai", N, NEG, "", "apology about himself; no position on an actor"),
    # "Chan, 20, bowed low ..." scene; "He did not say when he would travel ..." narration
    ("Koon told reporters that Chan would not fly on Wednesday, adding that the two governments should set their quarrel aside and agree quickly on a way to get him in front of a judge.",
     "Peter Koon", T, NEU, "", "priest introduced by role in the previous sentence, then surname; appeal to both governments to agree -> calling_for_talks, target empty (two sides)"),
    # background paragraphs on the charges and the bill: narration
    ("In Taipei, the Mainland Affairs Council, which handles relations with China and Hong Kong, said the city was treating a murder suspect as if he were a tourist free to book his own flight.",
     "Taiwan", C, NEG, "Hong Kong government", "the council = Taiwan; 'In Taipei' = place; 'the city' = Hong Kong's government as target; sarcastic judgement"),
    ('"Hong Kong wants to hand us a suspect at the arrivals gate and call that justice. A killing is not a travel arrangement, and the evidence does not fly economy with him," the council\'s deputy head Chiu Chui-cheng told a news conference.',
     "Taiwan", C, NEG, "Hong Kong government", "official named after the quote; judgement on Hong Kong's handling"),
    ("Chiu said Taiwan had asked on Tuesday to send police and prosecutors to Hong Kong to escort Chan and to take over the evidence held there, and that the offer still stood.",
     "Taiwan", T, NEU, "Hong Kong government", "surname only; offer of cooperation kept open = calling_for_talks (unsure: could be neutral as a procedural offer)"),
    ("On Monday the council had said Chan would be kept out of Taiwan unless Hong Kong agreed to formal legal cooperation on the case, before it changed course and proposed sending its own officers.",
     "Taiwan", T, NEG, "Hong Kong government", "condition demanding legal cooperation from Hong Kong (unsure: barring Chan could be read as a measure, condemning)"),
    ("Hong Kong's government turned that proposal down in a statement issued before dawn, saying it would never let officers from elsewhere exercise police powers on its soil and that Taipei had known all along that the request could not be granted.",
     "Hong Kong government", C, NEG, "Taiwan", "refusal with a grievance and an imputation of bad faith ('had known all along') = condemning; 'Taipei' = Taiwan"),
    ("Secretary for Security John Lee went further, accusing Taiwan's government of blocking the surrender for electoral reasons ahead of January's presidential vote.",
     "Hong Kong government", C, NEG, "Taiwan", "official by role then name; 'accusing' of political motives"),
    ('"He has said he wants to go. The only thing standing between him and a Taiwanese court is a government in Taipei that would rather have an argument than a trial," Lee said.',
     "Hong Kong government", C, NEG, "Taiwan", "quote closed by surname; judgement on Taipei's government"),
    ("Lee said Hong Kong police would tell their Taiwanese counterparts Chan's flight details once he had booked them.",
     "Hong Kong government", N, NEU, "", "procedure"),
    ("Chief Executive Carrie Lam said on Tuesday that Chan became a free man the moment his sentence ended and that Hong Kong had no legal power either to hold him or to send him anywhere.",
     "Hong Kong government", N, NEU, "", "legal position stated, no evaluation"),
    ("Taiwan's Ministry of Justice said prosecutors in Taipei had kept an arrest warrant for Chan in force since 2018 and that he would be detained as soon as he landed.",
     "Taiwan", N, NEU, "", "facts and procedure; detention on arrival concerns a suspect, not a stance on an actor"),
    ("Premier Su Tseng-chang told lawmakers the government would not let Hong Kong turn the case into a trap, arguing that taking Chan without the evidence file would leave prosecutors with little more than a confession.",
     "Taiwan", C, NEG, "Hong Kong government", "head of government; 'a trap' imputes bad faith to Hong Kong"),
    ("President Tsai Ing-wen wrote on Facebook that Taiwan would see justice done for Poon Hiu-wing and would not bend its rules to suit a government that had ignored every request for help for a year and a half.",
     "Taiwan", C, NEG, "Hong Kong government", "leader on social media; charge that Hong Kong ignored every request = judgement"),
    ("In Beijing, a spokesman for China's Taiwan Affairs Office, Ma Xiaoguang, said the authorities in Taipei were using a murder for their own political ends and should stop putting obstacles in the way of justice.",
     "China", C, NEG, "Taiwan", "'In Beijing' = place; 'the authorities in Taipei' = Taiwan as target; accusation + demand"),
    ('"The Hong Kong SAR government has handled this case properly and in strict accordance with the law," Ma said.',
     "China", S, POS, "Hong Kong government", "approval of Hong Kong's handling"),
    ("Taiwan's main opposition party, the Kuomintang, said the government had turned a grieving family's long wait into an election issue, and it urged officials to bring Chan back as soon as possible.",
     "Kuomintang", C, NEG, "Taiwan", "accusation + appeal -> condemning (rule 1); 'the government' = Taiwan's"),
    ("The victim's mother, who has written repeatedly to Tsai, said through a Hong Kong legislator that she wanted only to see the man who killed her daughter stand trial.",
     "", N, NEG, "", "unnamed speaker (the victim's mother is not named) kept as a stance example with an empty actor; a wish for a trial, no stance on an actor; 'Tsai' = object, not speaker"),
    ("In Hong Kong, Civic Party lawmaker Alvin Yeung said the government had used Chan's case as a pretext for a bill it never needed and was now in no particular hurry to see him tried.",
     "Civic Party", C, NEG, "Hong Kong government", "opposition lawmaker = his party; 'pretext' = judgement"),
    # "Taiwan holds presidential and legislative elections on January 11." narration
]

# ---------------------------------------------------------------- page 2
PAGES["page_malaysia_kkmart_firebombs2024_stateagency.txt"] = [
    ("Prime Minister Datuk Seri Anwar Ibrahim today reminded the public that no individual or group had the right to mete out punishment outside the courts, after a second KK Super Mart outlet was attacked with a petrol bomb in less than a week, and stressed that the government would act firmly against those responsible for any act of violence.",
     "Malaysia", C, NEG, "", "dateline excluded; head of government with full title; warning of firm action against the unidentified attackers = threatened response; attackers not an actor -> empty target"),
    ('"Whatever anger people feel, the answer is a police report and a court, not a bottle of petrol. I have told the police there will be no leniency for whoever did this," he said when met by reporters after breaking fast with community leaders here this evening.',
     "Malaysia", C, NEG, "", "multi-sentence quote closed by its speaker; 'no leniency' = threat against unknown attackers"),
    ("The Prime Minister said the courts had already begun dealing with the sale of the socks bearing the word 'Allah', and that the legal process should be allowed to run its course without pressure from any quarter.",
     "Malaysia", T, NEU, "", "appeal for restraint addressed to no one in particular -> calling_for_talks"),
    ("In the latest incident, Pahang police chief Datuk Seri Yahaya Othman said a glass bottle filled with fuel was thrown at the entrance of the KK Super Mart outlet in Sungai Isap, Kuantan, at about 5 am today, causing a small fire that was put out by a worker on duty, and that no one was injured.",
     "Malaysia", N, NEU, "", "state police chief = Malaysia; facts of the attack"),
    ("He said the case was being investigated under Section 435 of the Penal Code for mischief by fire and that police were studying recordings from closed-circuit cameras in the area to identify the suspect.",
     "Malaysia", N, NEU, "", "procedure"),
    # "The attack came four days after ..." narration
    ("Perak police chief Datuk Seri Mohd Yusri Hassan Basri had said on Tuesday that camera footage showed a man stepping out of a dark-coloured car in front of the Bidor outlet shortly before dawn, hurling a bottle towards the shop and driving away.",
     "Malaysia", N, NEU, "", "facts from footage"),
    ("Meanwhile, Home Minister Datuk Seri Saifuddin Nasution Ismail, in a statement, said the police would be deployed in force to keep public order in the run-up to Hari Raya Aidilfitri, and warned that those who fanned racial and religious anger to build a following for themselves would have to bear the consequences of their actions.",
     "Malaysia", C, NEG, "", "warning to those fanning anger = threatened response; aimed at unnamed political agitators -> empty target"),
    ("Saifuddin said the company's directors and the supplier of the socks had already been brought to court, and that there was therefore no reason for anyone to keep the issue burning on social media.",
     "Malaysia", T, NEU, "", "surname only; appeal to calm down, no judgement word (unsure: could be read as a rebuke)"),
    ("Inspector-General of Police Tan Sri Razarudin Husain has also directed all state police chiefs to raise their level of alertness and to monitor statements and activities touching on race, religion and royalty, the so-called 3R issues, in their respective areas.",
     "Malaysia", N, NEU, "", "internal instruction, no target"),
    ("Communications Minister Fahmi Fadzil, who is also the Unity Government spokesman, said the Malaysian Communications and Multimedia Commission (MCMC) had been instructed to act against social media accounts found spreading content that stoked hatred between races and religions over the issue.",
     "Malaysia", C, NEG, "", "measure ordered against hate-spreading accounts = taken response; no actor as target"),
    ("Fahmi said members of the public should also refrain from spreading unverified claims about who was behind the attacks, as doing so could itself amount to an offence.",
     "Malaysia", T, NEG, "", "appeal for restraint to the public with a legal caution (unsure: the caution could make it condemning)"),
    ("On Wednesday, the Yang di-Pertuan Agong Sultan Ibrahim decreed that the matter was now in the hands of the enforcement agencies and the courts, and that the people should remain calm and allow the law to take its course.",
     "Malaysia", T, NEU, "", "head of state = Malaysia; appeal for calm"),
    ("His Majesty had, on March 19, described the sale of the socks as something that should never have happened in a country where Muslims hold the name of God sacred, and ordered a full investigation regardless of whether the error was deliberate.",
     "Malaysia", C, NEG, "KK Super Mart", "'His Majesty' = the King; judgement on the sale + ordered investigation"),
    ("Minister in the Prime Minister's Department (Religious Affairs) Datuk Dr Mohd Na'im Mokhtar, in a separate statement, urged Muslims to channel their feelings through lawful means and to leave the matter to the authorities during the holy month of Ramadan.",
     "Malaysia", T, NEU, "", "long title; appeal for restraint"),
    ("UMNO Youth chief Dr Muhamad Akmal Saleh, when contacted, said he condemned the petrol bomb attacks and that his movement had never called for violence, but that the boycott of KK Mart would go on until the company showed what he described as genuine remorse.",
     "United Malays National Organisation", C, NEG, "KK Super Mart", "youth wing chief = UMNO; condemns the attacks and keeps the boycott (a taken measure) against the company; one row per actor, target the company"),
    ("He also said it was unfair to blame the UMNO Youth campaign for the acts of individuals whom the police had yet to identify.",
     "United Malays National Organisation", N, NEG, "", "denial of responsibility -> neutral, negative"),
    ("MCA president Datuk Seri Dr Wee Ka Siong, in a statement, described the attacks as acts of terror against ordinary workers and their families, and called on the police to track down the culprits swiftly before others were tempted to follow their example.",
     "Malaysian Chinese Association", C, NEG, "", "'acts of terror' = judgement; attackers unidentified -> empty target"),
    ("He also called on political leaders on all sides to lower the temperature and stop treating the issue as a platform to gain political mileage.",
     "Malaysian Chinese Association", T, NEU, "", "appeal to de-escalate addressed to all sides"),
    ("DAP secretary-general Anthony Loke Siew Fook said the party stood firmly behind the Prime Minister's call and fully supported stern police action against anyone who resorted to violence, regardless of race or religion.",
     "Democratic Action Party", S, POS, "Malaysia", "backing the government's call; 'the Prime Minister's call' = Malaysia as target"),
    ("The Malaysian Consultative Council of Buddhism, Christianity, Hinduism, Sikhism and Taoism (MCCBCHST) described the attacks as a threat to the harmony built by Malaysians of all faiths since independence, and urged the government to guarantee the safety of business premises and their workers.",
     "Malaysian Consultative Council of Buddhism, Christianity, Hinduism, Sikhism and Taoism", C, NEG, "", "judgement on the attacks + appeal -> condemning (rule 1)"),
    ("KK Super Mart & Superstore Sdn Bhd, in a statement, thanked the police and members of the public for their concern, said none of its staff had been hurt, and said security had been stepped up at its outlets nationwide.",
     "KK Super Mart", S, POS, "Malaysia", "gratitude to the police = supporting; the rest is facts"),
    ("The company said it had apologised to Muslims several times and would continue to cooperate fully with the authorities in the court proceedings.",
     "KK Super Mart", N, POS, "", "own conduct, cooperative tone"),
    ("On Tuesday, KK Super Mart founder and group executive chairman Datuk Seri Dr Chai Kee Kan and his wife, company director Datin Seri Loh Siew Mui, pleaded not guilty at the Shah Alam Sessions Court to a charge under Section 298 of the Penal Code of deliberately wounding the religious feelings of others.",
     "KK Super Mart", N, NEG, "", "the founder and director speak for the company; a plea of not guilty = denial"),
    ("On Tuesday, KK Super Mart founder and group executive chairman Datuk Seri Dr Chai Kee Kan and his wife, company director Datin Seri Loh Siew Mui, pleaded not guilty at the Shah Alam Sessions Court to a charge under Section 298 of the Penal Code of deliberately wounding the religious feelings of others.",
     "Malaysia", C, NEU, "KK Super Mart", "the prosecution's charge is a taken measure of the state (unsure: passive mention, could get no row)"),
    ("The directors of the supplier, Xin Jian Chang Sdn Bhd, were charged in the same court with abetting the offence.",
     "Malaysia", C, NEU, "", "charge by the prosecution (passive) = taken measure; the supplier is not an actor -> empty target (unsure: narration)"),
    # "The controversy began on March 13 ..." narration
]

# ---------------------------------------------------------------- page 3
PAGES["page_pakistan_mahrangbaloch_arrest2025_noonbriefing.txt"] = [
    ("Turning to South Sudan, the UN Mission in the country, UNMISS, is following with deep concern the developments in Juba overnight, where First Vice-President Riek Machar was placed under house arrest.",
     "United Nations", N, NEG, "", "concern without appeal = neutral, negative; 'Juba' = place"),
    ("The head of the Mission, Nicholas Haysom, urged the country's leaders to hold back and to settle their differences through the institutions set up under the 2018 peace agreement rather than through force of arms.",
     "United Nations", T, NEU, "", "appeal for restraint to all leaders -> empty target"),
    ("The Mission is in touch with the African Union and with IGAD, and it stands ready to support any effort to bring the parties back to the table.",
     "United Nations", T, POS, "", "offer to support talks; AU and IGAD are objects, not speakers"),
    ("The Secretary-General is expected to speak to leaders in the region in the coming days, and we will update you as and when those calls take place.",
     "United Nations", N, NEU, "", "plan announced, no content"),
    ("More than a dozen of the Human Rights Council's independent experts yesterday called on Islamabad to free Mahrang Baloch and other Baloch activists arrested in Quetta and Karachi, and said the police had met peaceful demonstrators with far more force than the situation called for.",
     "United Nations", C, NEG, "Pakistan", "journalist's question reporting the experts' position = their statement (labels/README); UN experts resolve to United Nations as in earlier sets (unsure: they are independent, as the spokesman says); 'far more force than the situation called for' = judgement; 'Islamabad' = Pakistan"),
    ("This morning, the Foreign Office in Islamabad said the experts had relied on one-sided accounts and had said nothing about the violence of the protesters against the police.",
     "Pakistan", C, NEG, "United Nations", "reported in the question; accusation of one-sidedness aimed at the UN experts"),
    # "Does the Secretary-General share ...?" question itself: no row
    ("Well, first of all, as you know, the special rapporteurs and the other experts of the Council are independent, and they speak in their own name and not on behalf of the Secretary-General.",
     "United Nations", N, NEU, "", "procedural clarification"),
    ("What I can tell you is that we have been following events in Balochistan very closely, including the detention of Mahrang Baloch and of a number of others.",
     "United Nations", N, NEU, "", "monitoring, no appeal"),
    ("The Secretary-General condemned in the strongest terms the attack on the Jaffar Express earlier this month, and there can be no justification for the taking of hostages and the killing of civilians.",
     "United Nations", C, NEG, "Baloch Liberation Army", "explicit condemnation; the attack was the BLA's (claimed), not named in the sentence (unsure: target could be left empty)"),
    ("At the same time, the fight against terrorism has to be carried out in full respect of human rights, and people must be able to protest peacefully without fear.",
     "United Nations", T, NEU, "Pakistan", "appeal implicitly addressed to the authorities, no judgement word"),
    ("We would urge the authorities to make sure that anyone who is detained is treated in line with due process, has access to a lawyer and to their family, and is either charged or released.",
     "United Nations", T, NEU, "Pakistan", "'the authorities' = Pakistan; appeal on detainees' rights"),
    ("And we would call on all sides to show restraint and to avoid any further loss of life.",
     "United Nations", T, NEU, "", "appeal to all sides -> empty target"),
    ("The Baloch Yakjehti Committee says she is being held under a public order law without any charge, and that the Government cut mobile internet in Quetta for four days to stop people from organizing.",
     "Baloch Yakjehti Committee", C, NEG, "Pakistan", "reported in the follow-up question; accusation of detention without charge and of a shutdown"),
    ("The Human Rights Commission of Pakistan has also demanded her release and has called for talks with the Baloch groups.",
     "Human Rights Commission of Pakistan", T, NEU, "Pakistan", "demand for release + call for talks, no judgement in the sentence"),
    # "Has the UN raised this with Pakistan directly?" question: no row
    ("Our colleagues at the Office of the High Commissioner for Human Rights are in contact with the authorities, and I would refer you to Geneva for the details of those exchanges.",
     "United Nations", N, NEU, "", "'Geneva' = place (OHCHR); procedural"),
    ("I think the principle is a simple one: communications should not be shut off as a way of managing protests, and people's right to get information has to be respected.",
     "United Nations", T, NEG, "Pakistan", "demand to stop a practice with no judgement word = calling_for_talks, negative (labels/README) (unsure: could be read as a rebuke, condemning)"),
    ("Steph, on the same subject, the Foreign Office spokesman also said the protesters had acted hand in hand with the terrorists who attacked the train, and that the state would not bargain with them.",
     "Pakistan", C, NEG, "Baloch Yakjehti Committee", "reported in the question; accusation of collusion + refusal in protest; 'the protesters' = the BYC's sit-in"),
    ("He also again accused India of sponsoring the violence in Balochistan.",
     "Pakistan", C, NEG, "India", "pronoun = the FO spokesman; accusation"),
    ("China's foreign ministry, for its part, said this week that it firmly backs Pakistan in its fight against terrorism.",
     "China", S, POS, "Pakistan", "reported in the question; backing = supporting"),
    ("I have no information on that, and it is not for me to assess claims of that kind from this podium.",
     "United Nations", N, NEU, "", "declines to comment"),
    ("What we want to see is an end to the violence, and a situation in which the grievances of people in Balochistan can be addressed through dialogue and through the political process.",
     "United Nations", T, NEU, "", "appeal for dialogue"),
    ("Our humanitarian colleagues and the UN country team in Pakistan also remain ready to help the families of those who were killed or wounded in the train attack, as they did in the first days after it.",
     "United Nations", S, POS, "", "offer of assistance = supporting; the families are not an actor -> empty target"),
    ("India's foreign ministry dismissed that accusation earlier this month and said Islamabad was blaming others for its own failures.",
     "India", C, NEG, "Pakistan", "denial + counter-accusation -> condemning (the judgement decides, rule 1)"),
    ("And Amnesty International says Mahrang Baloch is being punished for her peaceful activism and has called her detention arbitrary.",
     "Amnesty International", C, NEG, "Pakistan", "'arbitrary' detention = judgement"),
    # "Is the Secretary-General going to call ...?" question: no row
    ("I have nothing to announce on any calls at this point.",
     "United Nations", N, NEU, "", "no announcement"),
    ("The Secretary-General and his team have regular contacts with Pakistan, which, as you know, is an elected member of the Security Council this year.",
     "United Nations", N, NEU, "", "facts; Pakistan an object"),
    # "And the bodies that the families say ...?" question by unnamed families: no row; "I have seen the reports." no position
    ("I don't have any independent information to confirm them, but it goes without saying that families have the right to bury their dead with dignity.",
     "United Nations", T, NEU, "", "humanitarian principle stated as an appeal (unsure: could be neutral)"),
]

# ---------------------------------------------------------------- page 4
PAGES["page_bangladesh_odhikar_verdict2023_mofa.html"] = [
    # release of 17 September
    ("State Minister for Foreign Affairs Md Shahriar Alam, MP, speaking to journalists at the Ministry of Foreign Affairs today, said that the Government had not received a formal protest from any country regarding the verdict of the Cyber Tribunal, Dhaka, in the case against two office-bearers of 'Odhikar', and that it did not expect to receive one.",
     "Bangladesh", N, NEU, "", "state minister with full title; fact stated"),
    ('"We have heard a great deal from abroad about two individuals, and almost nothing about the families who were told in 2013 that their relatives had been killed when they had not been. Those families also have rights, and their suffering also deserves a hearing," the State Minister said.',
     "Bangladesh", C, NEG, "Odhikar", "multi-sentence quote; implies Odhikar reported false deaths (unsure: the jab 'from abroad' is at foreign critics too; target the organisation accused)"),
    ("The State Minister said that the Government would keep the diplomatic community in Dhaka informed of the progress of the appeal, and that Ambassadors and High Commissioners were welcome to seek a briefing from the Ministry at any time.",
     "Bangladesh", T, POS, "", "offer of meetings and briefings = calling_for_talks (unsure: could be neutral information procedure)"),
    ("Asked about the call made by the International Federation for Human Rights (FIDH), of which 'Odhikar' is a member, for the immediate and unconditional release of the two men, the State Minister observed that the Federation had taken the word of its own member organisation without consulting the court record.",
     "International Federation for Human Rights", T, NEU, "Bangladesh", "position of FIDH reported by the ministry = FIDH's statement; call for release, no judgement stated"),
    ("Asked about the call made by the International Federation for Human Rights (FIDH), of which 'Odhikar' is a member, for the immediate and unconditional release of the two men, the State Minister observed that the Federation had taken the word of its own member organisation without consulting the court record.",
     "Bangladesh", C, NEG, "International Federation for Human Rights", "criticism of FIDH's partiality = judgement"),
    ("He added that a detailed note on the case had been shared with the Office of the United Nations High Commissioner for Human Rights through the Permanent Mission of Bangladesh in Geneva.",
     "Bangladesh", N, NEU, "", "procedure; OHCHR an object"),
    ("Earlier in the day, Foreign Secretary Masud Bin Momen received the Ambassador of the European Union in Dhaka, Charles Whiteley, at the Ministry, where the Ambassador conveyed the interest of the European Union in the case.",
     "European Union", N, NEU, "", "EU ambassador = EU; 'conveyed interest' without evaluation; the meeting itself is narrative (no row for Bangladesh)"),
    ("The Foreign Secretary explained the legal background of the case and the remedies available to the accused, and noted that Bangladesh and the European Union had a broad partnership which should not be defined by a single court case.",
     "Bangladesh", N, POS, "", "explanation + remark on the partnership (unsure: could be calling_for_talks or supporting the EU)"),
    ("He thanked the European Union for its long-standing support to the development of Bangladesh, including duty-free and quota-free access to the European market under the Everything But Arms arrangement.",
     "Bangladesh", S, POS, "European Union", "pronoun = the Foreign Secretary; gratitude = supporting"),
    # release of 16 September
    ("The Ministry of Foreign Affairs has noted the statement issued on 14 September 2023 by the Spokesperson of the United States Department of State, and the joint statement of the Embassies of France and Germany in Dhaka issued today, regarding the sentence handed down to Mr Adilur Rahman Khan and Mr ASM Nasiruddin Elan.",
     "Bangladesh", N, NEU, "", "taking note, no evaluation"),
    ("The United States statement said that Washington was troubled by the verdict and by what it might mean for the space available to civil society ahead of the national elections.",
     "United States", N, NEG, "", "position of the US reported by Bangladesh; concern without appeal = neutral, negative"),
    ("In their joint text, France and Germany voiced disappointment at the outcome of the trial and announced that they would continue to follow the case closely.",
     "France", C, NEG, "Bangladesh", "joint statement: one row per state; 'disappointment' at the verdict read like 'regret' = condemning (labels/README) (unsure: mild)"),
    ("In their joint text, France and Germany voiced disappointment at the outcome of the trial and announced that they would continue to follow the case closely.",
     "Germany", C, NEG, "Bangladesh", "joint statement: same reading as France"),
    ("The Government of Bangladesh wishes to recall that the Cyber Tribunal delivered its judgement after a full trial, in the course of which the defence called its own witnesses and cross-examined those of the prosecution.",
     "Bangladesh", N, NEU, "", "defence of its own procedure"),
    ("Statements that pass judgement on a verdict while an appeal remains open do not serve the cause of justice, and the Government would urge friendly countries to refrain from comments that may be read as pressure on the courts of a sovereign State.",
     "Bangladesh", C, NEG, "", "judgement on the foreign statements + appeal -> condemning (rule 1); aimed at several states -> empty target"),
    ("The Ministry also rejects the suggestion, made in some of these statements, that the case was brought against the two men because of their work as human rights defenders.",
     "Bangladesh", N, NEG, "", "rejecting an accusation = denial -> neutral, negative"),
    ("Bangladesh values its partnership with the United States, France and Germany, and stands ready to discuss any concern through established bilateral channels, including the forthcoming rounds of political consultations.",
     "Bangladesh", T, POS, "", "offer of dialogue to three states -> empty target"),
    # release of 14 September
    ("The Government of Bangladesh has taken note, with deep regret, of the resolution adopted today by the European Parliament on the case of two office-bearers of 'Odhikar', which was put to the vote within hours of the verdict delivered by a court in Dhaka.",
     "Bangladesh", C, NEG, "European Union", "'deep regret' at the resolution = condemning; European Parliament = European Union"),
    ("The Ministry considers it inappropriate for a foreign legislature to comment on a matter before the courts of a sovereign country, and regards the wording of the resolution as an attempt to influence the judicial process in Bangladesh.",
     "Bangladesh", C, NEG, "European Union", "'inappropriate', 'attempt to influence' = judgement"),
    ("The judiciary of Bangladesh is independent under the Constitution, and the case in question was heard over several years in open court, with the accused represented by counsel of their own choice at every stage.",
     "Bangladesh", N, NEU, "", "reassurance about its own institutions"),
    ("The verdict, like any other, may be challenged before the higher courts, and the Government trusts that the accused will make use of the remedies available to them under the law.",
     "Bangladesh", N, NEU, "", "procedure"),
    ("The Government notes that the NGO Affairs Bureau declined in 2022 to renew the registration of 'Odhikar' for its failure to meet the requirements of the law, and that the organisation has for many years been aligned with one political camp in the country.",
     "Bangladesh", C, NEG, "Odhikar", "charge of partisanship = judgement on the organisation"),
    ("The report at the heart of the case circulated a figure for the deaths of May 2013 that the organisation was never able to substantiate, and which served to inflame religious feeling at a highly sensitive moment.",
     "Bangladesh", C, NEG, "Odhikar", "no speaker verb: a sentence of the release = the ministry; accusation"),
    ("Bangladesh remains committed to open and constructive engagement with the European Union, including through the EU-Bangladesh Joint Commission, and expects its partners to treat the country's institutions with the same respect.",
     "Bangladesh", T, NEU, "European Union", "commitment to engagement = calling_for_talks; the closing expectation is a mild rebuke (unsure: condemning)"),
]

# ---------------------------------------------------------------- page 5
PAGES["page_newzealand_treatyprinciples_haka2024_liveblog.html"] = [
    # 7.35pm sign-off post: narration
    ("With Maipi-Clarke out of the chamber, the vote was taken again and the bill passed its first reading with the votes of National, Act and NZ First.",
     "New Zealand National Party", N, NEU, "", "a vote with no reason stated in the sentence = neutral (as in page_southafrica_israel_embassy_webpage.html); list = one row per party"),
    ("With Maipi-Clarke out of the chamber, the vote was taken again and the bill passed its first reading with the votes of National, Act and NZ First.",
     "ACT New Zealand", N, NEU, "", "a vote with no reason stated in the sentence = neutral (as in page_southafrica_israel_embassy_webpage.html); list = one row per party"),
    ("With Maipi-Clarke out of the chamber, the vote was taken again and the bill passed its first reading with the votes of National, Act and NZ First.",
     "New Zealand First", N, NEU, "", "a vote with no reason stated in the sentence = neutral (as in page_southafrica_israel_embassy_webpage.html); list = one row per party"),
    ("Labour, the Greens and Te Pāti Māori voted against.",
     "New Zealand Labour Party", N, NEU, "", "a vote with no reason stated in the sentence = neutral (as in page_southafrica_israel_embassy_webpage.html); list = one row per party"),
    ("Labour, the Greens and Te Pāti Māori voted against.",
     "Green Party of Aotearoa New Zealand", N, NEU, "", "a vote with no reason stated in the sentence = neutral (as in page_southafrica_israel_embassy_webpage.html); list = one row per party"),
    ("Labour, the Greens and Te Pāti Māori voted against.",
     "Te Pāti Māori", N, NEU, "", "a vote with no reason stated in the sentence = neutral (as in page_southafrica_israel_embassy_webpage.html); list = one row per party"),
    ("The Treaty Principles Bill has passed its first reading.",
     "ACT New Zealand", N, POS, "", "embedded post of the Act leader, cut into sentences; fact given with satisfaction"),
    ("Now every New Zealander gets to have their say at select committee, not just the people shouting in the chamber.",
     "ACT New Zealand", C, NEG, "Te Pāti Māori", "jab at those who led the haka (unsure: could be neutral self-praise)"),
    # "Hana-Rawhiti Maipi-Clarke has spoken to reporters ..." lead-in, no position
    ('"I would do it again tomorrow. My tūpuna did not sign te Tiriti so that one party with eight percent of the vote could rewrite it over a weekend," she said.',
     "Te Pāti Māori", C, NEG, "ACT New Zealand", "MP = her party; 'one party with eight percent' = Act"),
    ("Co-leader Debbie Ngarewa-Packer, standing beside her, said the party would march with the hīkoi when it reaches Wellington and would stand by its youngest MP whatever the House decided to do to her.",
     "Te Pāti Māori", S, POS, "", "solidarity with the march and its MP; the hīkoi is not an actor -> empty target"),
    ("When the House resumed, Speaker Gerry Brownlee named Maipi-Clarke, a step Speakers very rarely take, and the House voted to suspend her for 24 hours.",
     "New Zealand", C, NEU, "Te Pāti Māori", "the Speaker and the House = parliament = the state (as 'Armenian parliament' = Armenia); a sanction taken (unsure: the Speaker is not the government)"),
    ("Brownlee told MPs the disruption had been planned in advance, had stopped the House from completing a vote and could not be allowed to pass without consequence.",
     "New Zealand", C, NEG, "Te Pāti Māori", "judgement + consequence"),
    ("He said he would consider whether the conduct of other members who left their seats during the haka should go to the privileges committee.",
     "New Zealand", N, NEG, "", "a possible referral considered (unsure: could be read as a threatened sanction, condemning); members of several parties -> empty target"),
    ("NZ First MP Shane Jones has described the haka as a stunt that turned the debating chamber into a sideshow, and said Parliament should consider much tougher penalties for members who set out to wreck its votes.",
     "New Zealand First", C, NEG, "Te Pāti Māori", "'stunt', 'sideshow' + call for penalties"),
    ("Today the House heard the voice of the motu.",
     "Te Pāti Māori", N, POS, "", "embedded party post, first sentence; self-praise"),
    ("This bill tries to rewrite te Tiriti without the consent of those who signed it, and no standing order will stop us standing up for it.",
     "Te Pāti Māori", C, NEG, "ACT New Zealand", "second sentence of the post; judgement on Act's bill"),
    ("Co-leader Rawiri Waititi said outside the chamber that the haka had been a response to a government that was picking a fight with Māori for the sake of a coalition deal.",
     "Te Pāti Māori", C, NEG, "New Zealand", "accusation aimed at the government"),
    # "Extraordinary scenes in the House." narration
    ("As the votes were being counted, Maipi-Clarke rose from her seat, tore up a copy of the bill and began Ka Mate.",
     "Te Pāti Māori", C, NEG, "ACT New Zealand", "protest by act against Act's bill (unsure: could be narration)"),
    ("Her party colleagues and people in the public gallery joined in, and the Te Pāti Māori co-leaders crossed the floor towards Seymour.",
     "Te Pāti Māori", C, NEG, "ACT New Zealand", "protest by act continued by the party and its co-leaders; the public gallery is no actor (unsure: could be narration of the scene)"),
    ("Brownlee suspended the sitting and ordered the gallery to be cleared.",
     "New Zealand", N, NEU, "", "procedural measure against the public (not an actor)"),
    ("Labour leader Chris Hipkins has told the House that Christopher Luxon let a junior coalition partner reopen the country's founding document in exchange for the keys to the ministerial car, and that Labour would vote against the bill at every stage.",
     "New Zealand Labour Party", C, NEG, "New Zealand", "opposition leader = his party (head of government only until 2023); Luxon = New Zealand as target"),
    ('"This bill does not unite anyone. It has already divided families, workplaces and marae, and the Prime Minister could have stopped it with one phone call," Hipkins said.',
     "New Zealand Labour Party", C, NEG, "New Zealand", "multi-sentence quote; blame on the Prime Minister"),
    ("Labour's Willie Jackson has been ordered from the chamber after calling Seymour a liar and refusing to withdraw.",
     "New Zealand Labour Party", C, NEG, "ACT New Zealand", "calling the Act leader a liar = accusation"),
    ("Labour's Willie Jackson has been ordered from the chamber after calling Seymour a liar and refusing to withdraw.",
     "New Zealand", C, NEU, "New Zealand Labour Party", "the Speaker's order (passive) = a sanction of parliament (unsure: procedural)"),
    ("Jackson told reporters on his way out that he was only repeating what he had heard from thousands of people on the hīkoi in Auckland the day before, and that he would not apologise for it.",
     "New Zealand Labour Party", C, NEG, "ACT New Zealand", "keeps the accusation, refuses to apologise"),
    ("Green co-leader Chlöe Swarbrick told the House that her party would be on Parliament's lawn to welcome the hīkoi on Tuesday.",
     "Green Party of Aotearoa New Zealand", S, POS, "", "solidarity with the march; hīkoi not an actor -> empty target"),
    ("She said National and NZ First should kill the bill today instead of sending it to a select committee for six months of division they claimed not to want.",
     "Green Party of Aotearoa New Zealand", C, NEG, "", "rejects the bill + charge of hypocrisy at two parties -> empty target"),
    ("For National, Justice Minister Paul Goldsmith said his party was voting for the bill at first reading only because it had promised to in the coalition agreement, and that it would not support it any further.",
     "New Zealand National Party", N, NEU, "", "minister speaking 'for National' in the debate = his party (unsure: a minister could be read as the state); voting intentions, no judgement"),
    ("Act leader David Seymour has opened the first reading, telling the House that the bill rested on one principle, that the law should treat every citizen alike.",
     "ACT New Zealand", N, POS, "", "defence of his own bill = self-praise, neutral positive"),
    ("He accused his opponents of spreading fear about a bill most of them had not read, and said the courts and officials, not voters, had decided what the Treaty meant for the past forty years.",
     "ACT New Zealand", C, NEG, "", "accusation at several opposing parties -> empty target"),
    ("Brownlee opened the sitting by reminding the packed public gallery that any disruption from it would see the whole gallery cleared.",
     "New Zealand", N, NEU, "", "procedural warning to the public, who are not an actor"),
    ("Prime Minister Christopher Luxon, who is on his way to the APEC summit in Lima, told reporters before leaving that the bill was far too blunt an instrument for a question that Parliament and the courts had worked through over generations.",
     "New Zealand", C, NEG, "ACT New Zealand", "head of government = New Zealand though he speaks as National's leader (unsure); 'far too blunt' = judgement on Act's bill; 'Lima' = place"),
    ("Luxon said National would honour its coalition commitment today and then vote the bill down at its second reading.",
     "New Zealand", N, NEU, "", "voting plan"),
    ("He also urged people joining the hīkoi to keep it peaceful when it reaches Wellington.",
     "New Zealand", T, NEU, "", "pronoun = Luxon; appeal for a peaceful march; marchers not an actor -> empty target"),
    # welcome post: narration
    ("Te Pāti Māori vice-president Fallyn Flavell, one of the organisers, said the marchers would arrive in Wellington on Tuesday in peace and in numbers the government would not be able to ignore.",
     "Te Pāti Māori", N, POS, "", "party officer = party; plan of a peaceful march, confident tone"),
]

# ---------------------------------------------------------------- page 6
PAGES["page_japan_wishma_immigrationbill2021_dailyscrape.txt"] = [
    ("The government and the ruling coalition have abandoned plans to pass a contested revision of the immigration law during the current Diet session, bowing to pressure that built for weeks over the death in Nagoya of a Sri Lankan woman who had been held for overstaying her visa.",
     "Japan", N, NEU, "", "a decision reported as done, no evaluation by the government; 'bowing to pressure' is the reporter's"),
    ("The decision, reached at a morning meeting of senior figures from the Liberal Democratic Party and Komeito on Tuesday, was passed on by the LDP's secretary-general, Toshihiro Nikai, who informed the main opposition party before lunch that the revision would not be put to a vote before the session closes on June 16.",
     "Liberal Democratic Party of Japan", N, NEU, "", "party officer informs the opposition = procedural act; Komeito only mentioned"),
    # death and weight-loss paragraph: narration and unnamed supporters (no row)
    ("Chief Cabinet Secretary Katsunobu Kato told a regular news conference on Tuesday afternoon that the government had taken the decision after weighing the state of debate in the Diet, but that the aims of the revision remained necessary.",
     "Japan", N, NEU, "", "government spokesman; explanation"),
    ('"The problem of people who refuse to leave after a deportation order, and of long detention, has not gone away. We will look again at how to proceed once the final report on the death in Nagoya is available," Kato said.',
     "Japan", N, NEU, "", "multi-sentence quote; plan"),
    ("Justice Minister Yoko Kamikawa told reporters she took the death of a person in the ministry's care extremely seriously and promised that the final report of the Immigration Services Agency's inquiry would be made public.",
     "Japan", N, NEU, "", "minister = Japan; reassurance about own conduct"),
    ("Kamikawa said, however, that video footage of Wishma's last weeks in her cell would not be handed over to lawmakers, citing the security of the facility and respect for the dignity of the deceased.",
     "Japan", N, NEG, "", "refusal with a procedural reason, no judgement of another actor"),
    # "ADVERTISEMENT"; content of the bill: narration
    ("The Constitutional Democratic Party of Japan had refused to let the bill go forward until the ministry disclosed what happened to Wishma, and had been preparing to seek the removal of the chairman of the lower house panel handling it.",
     "Constitutional Democratic Party of Japan", C, NEG, "Japan", "blocking in protest with a grievance + move against the chairman = condemning"),
    ("The CDP's secretary-general, Tetsuro Fukuyama, told reporters that the bill had been stopped by public anger, not by any change of heart in the government, and that his party would keep pressing the ministry for the footage.",
     "Constitutional Democratic Party of Japan", C, NEG, "Japan", "party officer; discredits the government's motive"),
    ('"A woman asked for help again and again and died in a locked room. The government cannot close this with a press conference," Fukuyama said.',
     "Constitutional Democratic Party of Japan", C, NEG, "Japan", "quote over two sentences; describing neglect of a detainee = accusation"),
    ("Japanese Communist Party chairman Kazuo Shii said the government should scrap the bill altogether rather than wait for a quieter moment to bring it back.",
     "Japanese Communist Party", C, NEG, "Japan", "rejects the bill and imputes a tactic (unsure: could be read as a bare demand)"),
    ("Komeito leader Natsuo Yamaguchi said the coalition had put public trust in the immigration system ahead of its legislative schedule, and that he welcomed the decision.",
     "Komeito", S, POS, "Japan", "welcome of the government's decision"),
    # "Wishma's sisters ... met the head of the Nagoya bureau" meeting narrative
    ("Sano offered his condolences to the family but declined to go into detail about her treatment, saying the agency's inquiry was still under way.",
     "Japan", N, NEU, "", "bureau head = Japan; condolences + no comment"),
    ('"We came all this way for answers and we were given sympathy instead. Our sister was not a number in a file," Wayomi told reporters after the meeting.',
     "Wayomi Ratnayake", C, NEG, "Japan", "first name only after the full introduction; criticism of the bureau's answers"),
    ("Poornima said the family would not return to Sri Lanka until they had been allowed to see the footage.",
     "Poornima Ratnayake", N, NEG, "", "vow and demand for the footage, no judgement stated (unsure: could be condemning as protest)"),
    ("The family's lawyer, Shoichi Ibusuki, said the shelving of the bill was only a first step, and that the family was prepared to go to court if the ministry continued to withhold the video.",
     "Shoichi Ibusuki", C, NEG, "Japan", "threat of legal action = condemning; lawyer for the whole family -> his own name"),
    ("Sri Lanka's Embassy in Tokyo said it had asked the Japanese authorities for a full account of the circumstances of Wishma's death and was in close contact with her relatives.",
     "Sri Lanka", T, NEU, "Japan", "request for an account, no judgement (unsure: could be neutral)"),
    ("In April, a group of United Nations human rights experts wrote to the government warning that the bill would still allow foreigners to be held without a time limit and without review by a judge.",
     "United Nations", C, NEG, "Japan", "UN experts = United Nations (as in earlier sets); criticism of the bill"),
    ("The government responded at the time that the experts had not understood the purpose of the revision and that Japan's system respected international law.",
     "Japan", N, NEG, "", "rebuttal = denial -> neutral, negative"),
    ("Amnesty International Japan welcomed the withdrawal but said that Japan's practice of indefinite detention had to end with or without a new law.",
     "Amnesty International", T, NEU, "Japan", "welcome + demand to end a practice, no judgement word -> calling_for_talks (rule 2 before rule 3) (unsure: supporting)"),
    ("The Japan Federation of Bar Associations called for an independent body, outside the Justice Ministry, to investigate every death in immigration custody.",
     "Japan Federation of Bar Associations", T, NEU, "Japan", "appeal for an independent inquiry"),
    ("Keiko Ando, a scholar of refugee law at a private university in Tokyo, said Wishma's case had exposed a system in which immigration officers alone decided whether a detainee saw a doctor, with no outside check at any stage.",
     "Keiko Ando", C, NEG, "Japan", "invented independent scholar; judgement on the system"),
    # support groups' count: unnamed source, no row
]


def main():
    with open(OUT, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
        for doc, rows in PAGES.items():
            for sent, actor, stance, senti, target, note in rows:
                w.writerow([doc, sent, actor, stance, senti, target, "page", note])
    for doc, rows in PAGES.items():
        print(doc, len(rows))
    print("total", sum(len(r) for r in PAGES.values()))


if __name__ == "__main__":
    main()
