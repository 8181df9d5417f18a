#!/usr/bin/env python3
"""Write statements.csv and new_actors.csv for batch42b from hand-written rows.

Every row below was decided by reading the sentence in its page against
/work/shared/labelling-guide.md and /work/main/labels/README.md. The script only
checks that each sentence occurs in the visible text of its page and writes the CSVs.
"""
import csv, html, re, sys, os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

A = 'page_angola_inocenciomatos2020_wire.txt'
D = 'page_djibouti_garabtisan_attack2022_stateagency.txt'
E = 'page_eswatini_mpssentenced2024_noonbriefing.txt'
R = 'page_rwanda_karenzikarake_arrest2015_mfa.html'
U = 'page_uganda_agelimit_parliament2017_liveblog.html'
Z = 'page_zambia_chameleonplot2024_dailyscrape.txt'

C, S, N, T = 'condemning', 'supporting', 'neutral', 'calling_for_talks'
neg, neu, pos = 'negative', 'neutral', 'positive'

ROWS = [
# ---------------- Angola: wire copy ----------------
(A, "Angola's main opposition party UNITA on Thursday demanded an independent investigation into the death of a university student at an anti-government march in the capital, while police insisted their officers had not fired a single live round.",
 'UNITA', T, neg, 'Angola', 'dateline not part of the unit; demand for an independent investigation with no judgement word in the sentence = calling_for_talks (labels/README convention)'),
(A, "Angola's main opposition party UNITA on Thursday demanded an independent investigation into the death of a university student at an anti-government march in the capital, while police insisted their officers had not fired a single live round.",
 'Angola', N, neg, '', 'second actor: the police (= Angola) deny live fire: denial -> neutral, negative'),
(A, "Luanda's provincial police commander, Eduardo Cerqueira, told reporters on Wednesday night that the young man had been hurt in a fall as the crowd scattered, and that no firearms had been used.",
 'Angola', N, neg, '', 'provincial police commander = Angola; an account of the death that denies police fire = denial, neutral'),
(A, '"Our officers used water cannon and tear gas, as the law allows. Nobody fired at anybody," Cerqueira said.',
 'Angola', N, neg, '', 'two-sentence quote closed by the speaker = one unit; own conduct justified + denial = neutral'),
(A, "The family's lawyer, Zola Bambi, said relatives did not accept the hospital's account, had asked the Attorney General's Office for a second autopsy with an independent pathologist present, and would file civil and criminal complaints against the police and the Angolan state.",
 'Zola Bambi', C, neg, 'Angola', 'the family is not an actor, its lawyer is listed under his own name (new_actors); announced civil and criminal complaints against the state = a response taken against it (unsure: could be read as neutral legal steps)'),
(A, '"A young man went out to ask for a job and came home in a coffin. Somebody sent armed men to meet unarmed students, and the courts must now say who that was," Bambi told Meridian by telephone.',
 'Zola Bambi', C, neg, 'Angola', 'accusation that armed men were sent against unarmed students = judgement on the state'),
(A, 'His father, Alfredo de Matos, said the family would not hold a funeral until the second examination had been carried out.',
 'Alfredo de Matos', N, neg, '', 'named relative = independent person; a plan, no judgement or appeal'),
(A, "The Attorney General's Office said on Thursday it had opened an investigation into the circumstances of the death and asked witnesses to come forward.",
 'Angola', N, neu, '', 'procedural step of a state body = neutral'),
(A, 'UNITA leader Adalberto Costa Junior said the government had chosen to meet the frustration of a whole generation with batons, dogs and tear gas, and he held the Interior Ministry responsible for what he called an avoidable death.',
 'UNITA', C, neg, 'Angola', "holds the ministry responsible = condemning; 'Adalberto Costa Junior' (no accent) added as an alias of UNITA in new_actors.csv"),
(A, '"President Lourenco promised these young people half a million jobs. On Independence Day they were given a police cordon instead," Costa Junior told a news conference at the party\'s headquarters.',
 'UNITA', C, neg, 'Angola', 'broken promise set against the police response = judgement on the government'),
(A, '"We want the officers who were on that avenue identified and suspended, and we want the ban on demonstrations lifted before anyone else is hurt."',
 'UNITA', T, neg, 'Angola', 'quote continued with no attribution = the preceding speaker; demands with no judgement word in the unit = calling_for_talks (unsure: condemning in context)'),
(A, 'The smaller Bloco Democratico, which backed the march alongside several civic movements, said in a statement that the death was "the predictable result of treating citizens as enemies" and that it would join the family\'s legal action.',
 'Bloco Democrático', C, neg, 'Angola', 'judgement on the government + joining legal action; spelling without accent is an existing alias'),
(A, 'Luanda\'s provincial government, which had banned the gathering under coronavirus rules limiting public meetings, said it regretted the loss of life but accused "certain political actors" of pushing young people into an illegal march to serve their own ambitions.',
 'Angola', C, neg, '', "provincial government = Angola; regret + accusation of unnamed 'political actors': the accusation decides; target not named -> empty (read as the opposition, unsure)"),
(A, 'The ruling MPLA praised officers for what it called their restraint in difficult conditions.',
 'MPLA', S, pos, 'Angola', "praise of the police = approval of the state's action"),
(A, 'It said the organisers, not the police, would have to answer for bringing crowds onto the streets in the middle of a health emergency.',
 'MPLA', C, neg, '', "'It' = the MPLA; blames the organisers (civic movements, not canonical actors) -> target empty"),
(A, 'Police said at least three people had been detained during the march, including a man wanted on an earlier warrant, and that two journalists held briefly had been freed once their identities were checked.',
 'Angola', N, neu, '', 'figures and facts given by the police'),
(A, 'Human Rights Watch said the death fitted a pattern of excessive force by Angolan police since the start of the pandemic, when officers enforcing lockdown rules killed several people, including teenagers.',
 'Human Rights Watch', C, neg, 'Angola', 'pattern of excessive force and killings = accusation'),
(A, '"The authorities should suspend every officer involved while the inquiry runs, and then publish what it finds rather than shelve it," Zenaida Machado, the group\'s senior Angola researcher, said in a statement.',
 'Human Rights Watch', T, neg, 'Angola', "researcher of a named group = the group; demands for suspension and transparency, no judgement word = calling_for_talks (unsure: 'rather than shelve it' hints at distrust)"),
(A, 'Amnesty International urged President Joao Lourenco to order a prompt and impartial investigation and to lift what it called an unlawful blanket ban on peaceful protest in Luanda.',
 'Amnesty International', C, neg, 'Angola', "appeal + 'unlawful' ban = explicit judgement, rule 1"),
(A, 'Activist Dago Nivel, one of the organisers, said young people would keep marching until the government set a date for the long-delayed municipal elections.',
 'Dago Nível', N, neu, '', 'named activist (new actor); announced plan with a political demand, no judgement and no appeal for talks'),
(A, 'Edna Tchipa, a political scientist at the Catholic University of Angola, said the government had misread the mood of urban youth, for whom the pandemic had turned unemployment into hunger.',
 'Edna Tchipa', C, neg, 'Angola', "invented analyst (new actor); 'misread the mood' = critical judgement of the government (unsure: mild, could be neutral analysis)"),
(A, '"Every march that is broken up brings a bigger one. The government should sit down with these movements instead of sending the riot squad," she said.',
 'Edna Tchipa', T, neg, 'Angola', 'appeal for dialogue with the movements'),

# ---------------- Djibouti: state agency ----------------
(D, "The wave of indignation aroused by the cowardly terrorist attack perpetrated during the night of Thursday 6 to Friday 7 October 2022 against the advanced post of the Tadjourah Regiment of the Djibouti Armed Forces at Garabtisan continued to spread this Wednesday, with the Ministry of Foreign Affairs and National Community Abroad of the People's Democratic Republic of Algeria joining the many brotherly and friendly countries and regional organisations which, since Saturday, have condemned this odious crime and expressed their solidarity with the Government and the people of the Republic of Djibouti.",
 'Algeria', C, neg, '', "dateline not part of the unit; Algeria is the one named actor joining those who condemned; 'cowardly', 'odious' are the agency's own narration (no agency row); the unnamed 'many countries' get no row; attackers not named by Algeria -> target empty"),
(D, "It will be recalled that, according to the communiqué issued on Friday by the Ministry of Defence, the attack, launched at around two o'clock in the morning by elements of the armed faction of the Front for the Restoration of Unity and Democracy (FRUD), took the lives of seven of our soldiers, wounded four others and left six missing, although the men of the post fought back with great courage.",
 'Djibouti', C, neg, 'Armed FRUD', 'Ministry of Defence = Djibouti; attributing the attack to the armed FRUD = holding it responsible (unsure: the casualty figures alone would be neutral)'),
(D, 'The Ministry of Defence, which described the assailants as bandits who have long preyed on the herders and villagers of the isolated districts of the north, indicated that the full resources of the army had been thrown into the pursuit of the attackers and into the search for the missing.',
 'Djibouti', C, neg, 'Armed FRUD', "judgement ('bandits who have long preyed') + announced pursuit operation = condemning"),
(D, 'In a message broadcast on Friday evening by Radio-Television of Djibouti (RTD), the President of the Republic, Head of State, His Excellency Mr Ismail Omar Guelleh, condemned in the firmest terms this barbaric act committed by a terrorist group against the soldiers of the nation, assuring that its authors would be hunted down wherever they may be and would answer for their crime before the justice of the Republic.',
 'Djibouti', C, neg, 'Armed FRUD', "head of state = Djibouti; 'terrorist group' = the armed FRUD named by his own Defence Ministry; condemnation + threat"),
(D, 'The Head of State, who bowed before the memory of the soldiers fallen on the field of honour, presented his most sincere condolences to the bereaved families and wished a prompt recovery to the wounded.',
 'Djibouti', N, neg, '', 'condolences with no judgement or appeal = neutral, grieving tone'),
(D, 'The Minister of Defence, in charge of Relations with Parliament, Mr Hassan Omar Mohamed Bourhan, for his part, warned on Saturday that the State would show no leniency towards those who had chosen to take up arms against the nation and its defenders, and that the operations under way in the mountainous areas of the Tadjourah region would be pursued until the last of the assailants had been neutralised.',
 'Djibouti', C, neg, 'Armed FRUD', 'defence minister = Djibouti; threat + announced operation against the group'),
(D, 'The terrorist group, for its part, sought in a communiqué circulated on social networks to present its crime as a response to an offensive of the national army against its positions, a version which the military command categorically rejected as a crude fabrication intended to mislead international opinion.',
 'Armed FRUD', C, neg, 'Djibouti', "the group's claim, reported by a hostile agency: it blames an army offensive on its positions = accusation (unsure)"),
(D, 'The terrorist group, for its part, sought in a communiqué circulated on social networks to present its crime as a response to an offensive of the national army against its positions, a version which the military command categorically rejected as a crude fabrication intended to mislead international opinion.',
 'Djibouti', N, neg, '', "second actor: the military command's rejection of the group's version = denial -> neutral, negative ('crude fabrication' is a barb, treated like a denial; unsure: could be condemning)"),
(D, 'The Minister of Foreign Affairs and International Cooperation, Spokesperson of the Government, Mr Mahamoud Ali Youssouf, expressed the deep gratitude of the Government of Djibouti to all the sister nations and partners who had expressed their compassion in these painful circumstances.',
 'Djibouti', S, pos, '', 'gratitude to many partners = supporting; several actors -> target empty'),
(D, '"Djibouti has known peace for almost three decades and will not allow a handful of criminals to drag it back to the years of division; those who attacked our soldiers will find the whole nation standing in their way," the Minister declared.',
 'Djibouti', C, neg, 'Armed FRUD', "'a handful of criminals' + warning = judgement and threat"),
(D, 'From its headquarters in Djibouti, the Intergovernmental Authority on Development (IGAD), through its Executive Secretary, Dr Workneh Gebeyehu, denounced with the utmost vigour the assault on the soldiers of the Tadjourah Regiment and demanded that those responsible be brought before the courts.',
 'IGAD', C, neg, '', 'executive secretary = IGAD; condemnation + demand for justice; perpetrator not named by IGAD -> target empty'),
(D, 'Dr Workneh also paid tribute to the Republic of Djibouti as a pillar of stability and coexistence in a troubled region, and wished that the six soldiers still unaccounted for would soon return to their families.',
 'IGAD', S, pos, 'Djibouti', 'praise of the host state = supporting'),
(D, "In Cairo, the Ministry of Foreign Affairs of the Arab Republic of Egypt expressed Egypt's firmest condemnation of the terrorist assault on the Djiboutian army's barracks, affirming that Cairo stood with Djibouti in this ordeal.",
 'Egypt', C, neg, '', 'condemnation + solidarity: the judgement decides (rule 1); attackers not named -> target empty'),
(D, "The Kingdom of Saudi Arabia, in a statement of its Ministry of Foreign Affairs carried by the Saudi Press Agency, voiced the Kingdom's condemnation of the attack and reaffirmed its refusal of terrorism and extremism in every form.",
 'Saudi Arabia', C, neg, '', 'condemnation; the Saudi Press Agency is only the carrier; target empty'),
(D, 'The Ministry of Foreign Affairs and International Cooperation of the United Arab Emirates, for its part, described the attack as a crime against a brotherly people and offered the condolences of the Emirates to the bereaved families.',
 'United Arab Emirates', C, neg, '', "'a crime against a brotherly people' = judgement; + condolences; target empty"),
(D, "The League of Arab States, through the spokesperson of its Secretary-General, Mr Ahmed Aboul Gheit, assured Djibouti on Tuesday of the League's complete support in confronting any threat to its stability and offered its condolences to the families of the fallen.",
 'Arab League', S, pos, 'Djibouti', 'solidarity and support with no condemnation in the unit = supporting'),
(D, 'The Algerian Ministry of Foreign Affairs, in its communiqué of this Wednesday, strongly condemned the attack and called for closer coordination between the states of the region and their partners against the terrorist danger.',
 'Algeria', C, neg, '', 'condemnation + call for counter-terrorism cooperation (not an appeal for talks): rule 1'),
(D, "Paris, for its part, denounced the assault on the soldiers stationed at Garabtisan, assured the Djiboutian authorities of its full solidarity and conveyed France's condolences to the families of the soldiers who fell.",
 'France', C, neg, '', "'Paris' = France; condemnation + solidarity: rule 1; target empty"),
(D, 'On the national scene, the Front for the Restoration of Unity and Democracy, a member of the Union for the Presidential Majority (UMP) since the peace agreement that ended the civil conflict, dissociated itself categorically from the attack, which it described as a criminal enterprise that nothing could excuse in a country where every political opinion can be expressed through the institutions of the Republic.',
 'Front for the Restoration of Unity and Democracy', C, neg, 'Armed FRUD', 'the legal FRUD (party in the ruling coalition, new actor) condemns the act of the armed splinter it disowns (unsure: target could be left empty as the party does not name the faction)'),
(D, 'The party called on the remaining armed elements to lay down their weapons and to take the path of dialogue that its own founders had chosen in 1994.',
 'Front for the Restoration of Unity and Democracy', T, neu, 'Armed FRUD', "'The party' = the legal FRUD; appeal to the armed faction to disarm and choose dialogue"),
(D, 'The Bureau of the National Assembly, in a statement issued on Monday, expressed the unreserved support of the elected representatives of the people for the Djibouti Armed Forces and called on all citizens to remain vigilant and united behind the institutions of the Republic.',
 'Djibouti', N, pos, '', "parliament = Djibouti; backing its own armed forces and calling citizens to unity = self-support, neutral with positive tone (labels/README: self-praise neutral) (unsure: could be supporting)"),

# ---------------- Eswatini: UN noon briefing ----------------
(E, 'The International Court of Justice this morning delivered its advisory opinion on the legal consequences arising from the policies and practices of Israel in the Occupied Palestinian Territory, including East Jerusalem.',
 'United Nations', N, neu, '', "other item of the briefing; the spokesman's factual announcement = neutral; the Court's act is reported, not judged"),
(E, 'The Secretary-General will transmit the advisory opinion to the General Assembly, which requested it.',
 'United Nations', N, neu, '', 'procedure'),
(E, 'It is now for the General Assembly to decide how to proceed.',
 'United Nations', N, neu, '', 'procedure'),
(E, "The Secretary-General is following the situation in Bangladesh with deep concern, following reports of dozens of people killed and many more injured during this week's student protests.",
 'United Nations', N, neg, '', 'concern without an appeal in the unit = neutral, negative'),
(E, 'He calls on the authorities to exercise restraint and to ensure that people can exercise their right to peaceful assembly, and he urges protesters to remain peaceful.',
 'United Nations', T, neu, '', 'appeal for restraint to the authorities and to protesters -> target empty'),
(E, 'He also calls for the restoration of internet and mobile services.',
 'United Nations', T, neu, 'Bangladesh', 'appeal to the authorities with no judgement (rights appeal, as in earlier noon briefings)'),
(E, 'On Monday, the High Court in Mbabane sentenced two former members of parliament, Mduduzi Bacede Mabuza and Mthandeni Dube, to 25 and 18 years in prison on terrorism and murder charges linked to the 2021 unrest.',
 'Eswatini', C, neg, '', 'reported in a question; long prison sentences on terrorism charges against two pro-democracy ex-MPs = a measure taken by the state against them (persons, not actors) -> target empty (unsure: a court ruling reported in a question could get no row)'),
(E, "We've seen the sentences handed down on Monday.",
 'United Nations', N, neu, '', 'acknowledgement'),
(E, 'Our colleagues at the Office of the High Commissioner for Human Rights have been following the case of the two former parliamentarians since their arrest in July 2021, and they have raised their concerns about it with the authorities on a number of occasions.',
 'United Nations', N, neg, '', 'OHCHR = United Nations; concern raised, no appeal in the unit = neutral, negative'),
(E, "We expect the authorities to make sure that the two men's right to a fair hearing is fully respected at every stage of the appeal process.",
 'United Nations', T, neu, 'Eswatini', 'due-process appeal with no judgement = calling_for_talks (as in earlier noon briefings)'),
(E, 'The European Union said today it was troubled by the length of the sentences and told the Government in Mbabane to guarantee the independence of the judges who will hear the appeal.',
 'European Union', T, neg, 'Eswatini', "reported in a question; concern + appeal with no judgement word = calling_for_talks ('troubled' is concern, not a verdict) (unsure)"),
(E, 'Amnesty International has demanded that the convictions be quashed outright.',
 'Amnesty International', T, neg, 'Eswatini', 'reported in a question; demand to quash with no judgement word in the unit = calling_for_talks (as earlier batches)'),
(E, "I'm not going to get into the merits of the case from this podium.",
 'United Nations', N, neu, '', 'declines to judge'),
(E, "It's a judicial process and it is not over.",
 'United Nations', N, neu, '', 'procedural'),
(E, 'What I can tell you is that the High Commissioner has consistently said that no one should be prosecuted for peacefully expressing political views, and that remains our position.',
 'United Nations', T, neu, 'Eswatini', 'restated principle as an appeal, no verdict on the case (unsure: could be read as an implied criticism)'),
(E, 'The Government spokesman, Alpheous Nxumalo, said this week that the verdict was the work of an independent court, that the men are free to appeal, and that foreign governments should respect the sovereignty of the Kingdom and keep out of its judicial affairs.',
 'Eswatini', C, neg, '', "reported in a question; defence of the court + rebuke of foreign critics ('keep out') = rejection aimed at several states -> target empty (unsure: could be neutral as a defence of its own courts)"),
(E, 'Every Member State is sovereign, and that is not in question.',
 'United Nations', N, neu, '', 'statement of principle'),
(E, 'Respect for human rights obligations that a State has freely signed up to is not interference.',
 'United Nations', N, neu, '', "rebuttal of the 'interference' argument with no judgement of an actor = neutral (unsure)"),
(E, 'Yes, we are.',
 'United Nations', N, neu, '', 'still following the Maseko case = monitoring, neutral'),
(E, 'Within days of his death the High Commissioner called for a swift and credible investigation into the killing, and that call has not changed.',
 'United Nations', T, neg, 'Eswatini', 'call for an investigation = calling_for_talks (labels/README convention)'),
(E, 'His family deserves answers, and so does the country.',
 'United Nations', T, neg, 'Eswatini', 'continuation of the call for an investigation'),
(E, 'The Swaziland Solidarity Network, which is based in South Africa, called the sentences absurd and said the two men are political prisoners.',
 'Swaziland Solidarity Network', C, neg, 'Eswatini', "reported in a question; 'absurd' + 'political prisoners' = judgement"),
(E, 'The United States Embassy in Mbabane also said it was disappointed by the outcome and urged the Government to respect the rule of law.',
 'United States', C, neg, 'Eswatini', "reported in a question; 'disappointed' = judgement (as in earlier batches) + appeal: rule 1"),
(E, 'We continue to encourage an inclusive national dialogue in Eswatini, as SADC has been calling for since 2021.',
 'United Nations', T, neu, 'Eswatini', 'appeal for national dialogue'),
(E, 'We continue to encourage an inclusive national dialogue in Eswatini, as SADC has been calling for since 2021.',
 'SADC', T, neu, 'Eswatini', "SADC's reported call for dialogue = its own statement"),
(E, 'We very much support the work that SADC has done on this.',
 'United Nations', S, pos, 'SADC', 'backing of SADC'),
(E, 'Our Resident Coordinator and the UN country team are in regular contact with the authorities and with civil society, and we stand ready to help if the parties want it.',
 'United Nations', T, pos, '', 'contacts with both sides + offer of good offices = calling_for_talks; several parties -> target empty'),
(E, 'The Government has said the dialogue will come through the traditional Sibaya forum, not through negotiations with banned parties.',
 'Eswatini', T, neu, '', "correspondent's remark; refusal of a format with its own format offered = calling_for_talks (labels/README: refusal with a counter-offer) (unsure: neutral)"),
(E, 'The format is for the people of Eswatini to decide.',
 'United Nations', N, neu, '', 'declines to judge the format'),
(E, 'What matters is that the dialogue is genuinely inclusive, so that everyone feels their voice is heard.',
 'United Nations', T, neu, 'Eswatini', 'appeal for an inclusive dialogue'),
(E, 'The Government has imposed a curfew and says the army is being deployed.',
 'Bangladesh', N, neg, '', 'reported in a question; security measures announced against no named side = neutral (unsure)'),
(E, 'Our Resident Coordinator is in touch with the authorities.',
 'United Nations', N, neu, '', 'contacts, fact'),
(E, 'We would urge all those in positions of responsibility to do everything they can to prevent further loss of life.',
 'United Nations', T, neg, '', 'appeal to prevent loss of life; addressed to all in authority -> target empty'),

# ---------------- Rwanda: MFA press releases ----------------
(R, "The Government of Rwanda welcomes today's decision of Westminster Magistrates' Court in London to discharge Lieutenant General Emmanuel Karenzi Karake, bringing to an end the extradition proceedings opened on behalf of the Spanish authorities.",
 'Rwanda', S, pos, 'United Kingdom', 'welcome of a British court decision = supporting; court = United Kingdom (unsure: target could be empty)'),
(R, 'The decision confirms what Rwanda has maintained from the first day: the warrant had no place in a British court and General Karenzi Karake should never have been detained.',
 'Rwanda', C, neg, '', 'judgement on the Spanish warrant and on the British detention: two actors -> target empty'),
(R, 'The Government thanks the defence team, the Rwandan community in the United Kingdom, Rwandans at home and the many friends of Rwanda across Africa and beyond who stood by the General during the past seven weeks.',
 'Rwanda', S, pos, '', 'gratitude to many, no single actor -> target empty'),
(R, 'General Karenzi Karake is expected in Kigali in the coming days and will resume his duties as Director General of the National Intelligence and Security Services.',
 'Rwanda', N, neu, '', 'plan'),
(R, 'Rwanda remains committed to its partnership with the United Kingdom, which has contributed a great deal to our development, and looks forward to discussing with British counterparts how such an episode can be avoided in future.',
 'Rwanda', T, pos, 'United Kingdom', 'offer of talks with the UK, positive tone'),
(R, 'The Ministry further calls on all European states to stop giving effect to indictments that the Spanish judiciary has itself set aside, and recalls the position of the African Union that universal jurisdiction must never become a political weapon against African leaders.',
 'Rwanda', C, neg, '', "demand to European states + endorsed judgement ('political weapon'): rule 1; several states -> target empty"),
(R, 'The Ministry further calls on all European states to stop giving effect to indictments that the Spanish judiciary has itself set aside, and recalls the position of the African Union that universal jurisdiction must never become a political weapon against African leaders.',
 'African Union', C, neg, '', "second actor: the AU's position reported by Rwanda (guide: X's position reported by Y is X's statement); no single target"),
(R, 'The Ministry of Foreign Affairs and Cooperation welcomes the communiqué adopted on 26 June 2015 by the Peace and Security Council of the African Union at its emergency meeting in Addis Ababa on the arrest of Lt Gen Emmanuel Karenzi Karake in London.',
 'Rwanda', S, pos, 'African Union', 'welcome of the AU communiqué; the PSC is an alias of the African Union'),
(R, 'In its communiqué, the Council condemned the arrest, demanded that the General be freed at once and without conditions, and warned that the misuse of universal jurisdiction by non-African states against African officials endangers peace and security on the continent.',
 'African Union', C, neg, 'United Kingdom', "'the Council' = AU Peace and Security Council; condemnation of the arrest made by the UK + demand for release"),
(R, 'The Council also described the Spanish indictment as politically motivated and asked why a warrant rejected by Interpol should be acted upon at all.',
 'African Union', C, neg, '', 'judgement on the Spanish indictment and on acting on it (Spain and the UK) -> target empty'),
(R, 'Rwanda expresses its deep gratitude to the Chairperson of the African Union Commission, Her Excellency Dr Nkosazana Dlamini-Zuma, to the members of the Council, and to all African governments and citizens who have stood with Rwanda in this matter.',
 'Rwanda', S, pos, 'African Union', 'gratitude, mainly to the AU Commission and Council'),
(R, 'The Ministry takes note of the decision of Westminster Magistrates\' Court on 25 June 2015 to release General Karenzi Karake on conditional bail pending a full hearing, which has been set for the end of October.',
 'Rwanda', N, neu, '', "'takes note' = neutral"),
(R, 'This is a first step, but it is not enough: an officer who has committed no offence in the United Kingdom should not have to report to a police station every day while his country waits for him.',
 'Rwanda', C, neg, 'United Kingdom', 'the bail conditions judged unjust'),
(R, 'Addressing a gathering in Kigali on 25 June, His Excellency President Paul Kagame said that Africans could not accept lessons in justice from those who looked away in 1994, and that the General had served Rwanda and the continent with honour.',
 'Rwanda', C, neg, '', "head of state = Rwanda; judgement on 'those who looked away in 1994' (the West, not a canonical actor) -> target empty"),
(R, 'The Government of Rwanda has learnt with shock that Lieutenant General Emmanuel Karenzi Karake, Director General of the National Intelligence and Security Services, was detained on Saturday 20 June 2015 at London Heathrow Airport as he was preparing to return home at the end of an official visit to the United Kingdom.',
 'Rwanda', N, neg, '', 'shock + facts, no judgement in the unit = neutral, negative'),
(R, 'The arrest was made under a European Arrest Warrant derived from the 2008 indictment of forty serving and retired Rwandan officers by a Spanish investigating judge.',
 'Rwanda', N, neu, '', "facts in the government's release"),
(R, 'The Government of Rwanda regards that indictment as a politically motivated fabrication, compiled with the help of people linked to the planners of the 1994 Genocide against the Tutsi, and long discredited by courts and governments alike.',
 'Rwanda', C, neg, 'Spain', 'judgement on the Spanish indictment'),
(R, 'It is unacceptable that a senior official, invited to the United Kingdom to work with his British counterparts, should be held on the strength of such a document.',
 'Rwanda', C, neg, 'United Kingdom', "'unacceptable' = judgement on the British arrest"),
(R, 'The British High Commission in Kigali has informed the Government that the police were bound to act once a valid European warrant had been presented to them.',
 'United Kingdom', N, neu, '', "the UK's legal explanation, reported by Rwanda = the UK's statement, neutral"),
(R, 'Rwanda has asked the British authorities for a full explanation and demands the immediate release of General Karenzi Karake so that he can return to his family and to his duties.',
 'Rwanda', T, neg, 'United Kingdom', 'request + demand for release with no judgement word in the unit = calling_for_talks, negative (labels/README)'),
(R, 'The Minister of Foreign Affairs and Cooperation, Hon Louise Mushikiwabo, has travelled to London, where she is meeting officials of the Foreign and Commonwealth Office on the matter.',
 'Rwanda', T, neu, 'United Kingdom', 'foreign minister sent for talks = calling_for_talks; the British side is only met (no UK row)'),
(R, '"Rwandans will not be told that the men who stopped the genocide are the criminals. We expect our British friends to correct this error quickly," Minister Mushikiwabo said on arrival.',
 'Rwanda', C, neg, 'United Kingdom', "'this error' + rejection = judgement; demand: rule 1"),
(R, 'The Minister of Justice and Attorney General, Hon Johnston Busingye, has indicated that Rwanda will contest the warrant before the British courts.',
 'Rwanda', N, neu, '', 'legal defence announced, no judgement in the unit (unsure: could be condemning as a legal challenge)'),
(R, 'Rwanda values its friendship with the British people and trusts that this matter will be settled swiftly and in a manner that respects the dignity of our country.',
 'Rwanda', T, pos, 'United Kingdom', 'hope for a quick settlement = calling_for_talks'),

# ---------------- Uganda: live blog ----------------
(U, '"A Constitution that has to be amended with soldiers standing in the aisles is no longer a social contract. It is an instruction," she said.',
 'Ruth Nakabugo', C, neg, 'Uganda', 'invented analyst (new actor); the lead-in sentence before it has no position (no row); judgement on amending the Constitution under armed presence'),
(U, 'A police spokesman said some of the MPs removed from the chamber had been taken to hospital for treatment and that others had been briefly held and released.',
 'Uganda', N, neu, '', 'police = Uganda; facts'),
(U, 'He said officers would remain deployed around Parliament for as long as the debate lasts.',
 'Uganda', N, neu, '', 'plan'),
(U, 'Government Chief Whip Ruth Nankabirwa said NRM legislators would not be intimidated by what she called the hooliganism of a minority that had lost the argument.',
 'National Resistance Movement', C, neg, '', "she speaks for the NRM caucus (unsure: the chief whip is a cabinet post, Uganda possible); 'hooliganism' = judgement of opposition MPs of several parties -> target empty"),
(U, '"Those who sang and fought for three days could have used the same energy to persuade their colleagues. The House has spoken and it will continue to do its work," Nankabirwa told reporters.',
 'National Resistance Movement', C, neg, '', 'criticism of the opposition MPs (several parties) -> target empty'),
(U, 'She praised Speaker Kadaga for what she described as firm and fair handling of the House.',
 'National Resistance Movement', S, pos, 'Uganda', "praise of the Speaker (Parliament = Uganda)"),
(U, 'What happened in Parliament today is the clearest picture yet of how this country is governed.',
 'Forum for Democratic Change', C, neg, 'Uganda', 'embedded post; Besigye (former FDC president, not in the name files) = FDC as in earlier batches; sarcastic judgement on the government'),
(U, 'Ugandans, stay calm, stay united, and refuse this peacefully.',
 'Forum for Democratic Change', T, neu, '', 'same post; call for calm and peaceful refusal = peaceful course (unsure: a call to resist, could be neutral)'),
(U, 'The Uganda Law Society says the entry of armed security personnel who are not part of Parliament\'s staff into the chamber was unconstitutional and an attack on the independence of the legislature.',
 'Uganda Law Society', C, neg, 'Uganda', "'unconstitutional' = judgement"),
(U, 'The society said it would petition the Speaker to disclose who authorised the operation.',
 'Uganda Law Society', N, neu, '', 'announced petition, no judgement in the unit'),
(U, 'The Inter-Religious Council of Uganda has appealed to MPs on both sides to lower the temperature.',
 'Inter-Religious Council of Uganda', T, neu, '', 'appeal for calm to both sides (new actor)'),
(U, 'In a statement, the council asked Parliament to suspend the process and open a national consultation on the Constitution before any vote is taken.',
 'Inter-Religious Council of Uganda', T, neu, 'Uganda', 'call for a national consultation = dialogue'),
(U, "Democratic Party president Norbert Mao, speaking outside Parliament, said the Constitution was being rewritten at gunpoint and that the NRM had turned a private member's motion into a military operation.",
 'Democratic Party (Uganda)', C, neg, '', 'judgement aimed at the state and the NRM: two actors -> target empty'),
(U, 'Leader of the Opposition Winnie Kiiza has led the remaining opposition MPs out of the chamber.',
 'Forum for Democratic Change', N, neg, '', 'Kiiza = FDC; walk-out with no protest stated in the unit = neutral (labels/README); the next units give the grievance'),
(U, '"What we saw today was soldiers occupying the House of the people. Parliament has been turned into a barracks, and the man who sent them must answer for it," Kiiza told journalists at the Parliament steps.',
 'Forum for Democratic Change', C, neg, 'Uganda', "'the man who sent them' = the President (Uganda); judgement + accountability"),
(U, 'She said opposition members would boycott the House until they had been told where each of the detained MPs was being held and in what condition.',
 'Forum for Democratic Change', C, neg, 'Uganda', 'boycott in protest with the grievance stated = condemning (labels/README)'),
(U, 'Our MPs have been beaten and carried away by men in suits.',
 'Forum for Democratic Change', C, neg, 'Uganda', "embedded post of the party; describing the beating of its MPs by the state's operatives = accusation"),
(U, 'We hold the regime fully responsible for their safety.',
 'Forum for Democratic Change', C, neg, 'Uganda', "'hold ... fully responsible' = condemning; 'the regime' = the government"),
(U, "With most opposition MPs out of the chamber, Igara West MP Raphael Magyezi has moved his motion seeking leave to introduce a private member's bill to amend Article 102(b), which bars anyone above 75 from standing for President.",
 'National Resistance Movement', N, neu, '', 'NRM MP moves his motion = act reported, procedural, neutral'),
(U, '"This bill does not name any person. It gives every Ugandan above 35 the right to offer himself and leaves the choice to the voters," Magyezi said.',
 'National Resistance Movement', N, pos, '', 'defence of his own bill = neutral, positive tone'),
(U, 'The House granted leave, and the Speaker referred the matter to the committee.',
 'Uganda', N, neu, '', 'parliamentary decision = the state, procedural (unsure: narration, could get no row)'),
(U, 'State Minister for Water Ronald Kibuule, reached by phone, again denied that he had carried a pistol into the chamber on Tuesday.',
 'Uganda', N, neg, '', 'minister = Uganda; denial = neutral, negative'),
(U, '"I have never taken a gun into Parliament. I am being used as an excuse by people who do not want the debate," he said.',
 'Uganda', N, neg, '', 'denial with a barb at unnamed opponents = neutral (as in earlier batches) (unsure: condemning)'),
(U, 'Speaker Rebecca Kadaga has opened the sitting by suspending 25 MPs for three sittings over Tuesday\'s fighting, among them State Minister Ronald Kibuule, whom she said had entered the chamber with a firearm without passing through security checks.',
 'Uganda', C, neg, '', 'Speaker = Parliament = Uganda; suspension of MPs of several parties = disciplinary measure -> condemning, target empty'),
(U, '"The conduct we saw in this House yesterday was a disgrace to this institution and to the country. I will not allow the Rules of Procedure to be trampled on," Kadaga said.',
 'Uganda', C, neg, '', "'a disgrace' = judgement of the MPs involved (several) -> target empty"),
(U, 'She asked the Sergeant-at-Arms to remove the suspended members from the chamber.',
 'Uganda', N, neu, '', 'procedural order enforcing the suspension already labelled (unsure: condemning as a measure)'),
(U, 'Parliament has every right to debate any amendment to the Constitution.',
 'Uganda', N, neu, '', 'embedded post by the government spokesman = Uganda; statement of principle'),
(U, 'MPs who throw chairs are not defending the Constitution, they are insulting the voters who sent them there.',
 'Uganda', C, neg, '', 'judgement of the opposition MPs (several parties) -> target empty'),
(U, 'A police spokesman said the deployment was meant to protect the House and warned that no demonstrations would be allowed in the city centre during the debate.',
 'Uganda', N, neg, '', "ban on protests announced, aimed at no named actor = neutral, negative (unsure: 'warned' could make it a threat)"),

# ---------------- Zambia: daily scraped ----------------
(Z, 'POLICE in Lusaka have arrested two men accused of being hired to use charms, among them a live chameleon, to harm President Hakainde Hichilema, in a case that has set social media alight.',
 'Zambia', N, neu, '', 'police = Zambia; the arrest reported as a fact in the lead; the accusations are labelled where the police make them'),
(Z, 'Police spokesperson Rae Hamoonga said in a statement yesterday that the suspects, Jasten Mabulesse Candunde, 42, and Leonard Phiri, 43, had been picked up with a bag of assorted charms, the chameleon among them, and that both men were believed to practise as witchdoctors.',
 'Zambia', N, neu, '', 'facts given by the police'),
(Z, 'Mr Hamoonga said Candunde is a Mozambican national while Phiri is a village headman from Sinda district in Eastern Province.',
 'Zambia', N, neu, '', 'facts'),
(Z, 'He said the two had been jointly charged with professing knowledge of witchcraft and possession of charms under the Witchcraft Act, and with cruelty to wild animals.',
 'Zambia', C, neg, '', 'charges = a measure against the suspects (persons, not actors) -> target empty (as earlier batches label charges) (unsure)'),
(Z, 'According to police, preliminary investigations show that the pair were engaged by Nelson Banda, a younger brother of Petauke Central member of parliament Emmanuel "Jay Jay" Banda, who allegedly promised them K2 million once the job was done.',
 'Zambia', C, neg, '', 'accusation against Nelson Banda (a person, not an actor) -> target empty'),
(Z, '"Nelson Banda is on the run. We are appealing to anyone who knows where he is hiding to report to the nearest police station," Mr Hamoonga said.',
 'Zambia', N, neu, '', 'appeal to the public for information is not an appeal for talks = neutral'),
(Z, 'Police say he escaped while receiving treatment in hospital, an account that his political allies have disputed.',
 'Zambia', N, neu, '', "police account = neutral; the unnamed allies get no row"),
(Z, 'The opposition Patriotic Front dismissed the arrests as a circus.',
 'Patriotic Front', C, neg, 'Zambia', "'circus' = judgement"),
(Z, '"Zambians are sleeping in darkness because of load-shedding, a bag of mealie meal is out of reach, and the police are busy arresting chameleons. This government will do anything to avoid talking about the real problems," the party said in a statement signed by its media committee.',
 'Patriotic Front', C, neg, 'Zambia', 'ridicule + accusation of diversion'),
(Z, 'The PF also accused the government of using the case to smear the family of a man who had once stood on its side in Eastern Province.',
 'Patriotic Front', C, neg, 'Zambia', 'accusation'),
(Z, 'The party urged the police to handle the two suspects according to the law and to bring them before a court without delay.',
 'Patriotic Front', T, neu, 'Zambia', 'due-process appeal with no judgement = calling_for_talks (as in earlier batches) (unsure: could be neutral)'),
(Z, 'Ruling UPND secretary general Batuke Imenda said the party would not comment on a matter under investigation, but observed that people who had failed at the ballot box had now tried every other method.',
 'United Party for National Development', C, neg, '', 'refusal to comment + jab at unnamed losers of the election: the jab decides; no named target'),
(Z, 'Chief Government Spokesperson Cornelius Mweetwa told the Sentinel that the President did not fear charms.',
 'Zambia', N, neu, '', 'spokesperson = Zambia (alias); reassurance about the President = neutral'),
(Z, '"The President has said many times that he believes in God and not in juju. But a plan to harm the Head of State, however it is carried out, is a crime, and the law will take its course," Mr Mweetwa said.',
 'Zambia', C, neg, '', "the plot judged 'a crime' + prosecution announced; plotters not actors -> target empty"),
(Z, 'He said the government would not interfere with the work of the police or the courts.',
 'Zambia', N, neu, '', 'reassurance about own conduct = neutral'),
(Z, 'Mr Mweetwa also accused opposition politicians of turning a criminal matter into a joke to score points.',
 'Zambia', C, neg, '', "accusation against 'opposition politicians' (several, PF implied) -> target empty"),
(Z, 'The Traditional Health Practitioners Association of Zambia welcomed the arrests, saying people who used charms to harm others gave genuine herbalists a bad name.',
 'Traditional Health Practitioners Association of Zambia', S, pos, 'Zambia', "welcome of the police's step (new actor)"),
(Z, "The association's president said members of the public should not confuse healers who treat the sick with people who sell curses for money.",
 'Traditional Health Practitioners Association of Zambia', N, neu, '', 'its president = the association; clarification, no stance on an actor'),
(Z, 'Lusaka lawyer Mulenga Chisanga said the police were within their rights because the Witchcraft Act was still on the statute books.',
 'Mulenga Chisanga', N, neu, '', 'invented commentator (new actor); legal assessment, not praise (unsure: could be supporting)'),
(Z, '"The State will have to prove in court that these men professed witchcraft, not just that they were carrying a lizard, and that is a much harder case than the press statement suggests," he said.',
 'Mulenga Chisanga', N, neu, '', 'legal analysis'),
(Z, 'Mr Chisanga said the country would be better served if the police put the same energy into cases of gender-based violence and the theft of public funds.',
 'Mulenga Chisanga', C, neg, 'Zambia', "criticism of police priorities = negative judgement of the state's action"),
]

NEW_ACTORS = [
('Zola Bambi', 'Zola Bambi', 'person'),
('Alfredo de Matos', 'Alfredo de Matos', 'person'),
('Dago Nível', 'Dago Nível', 'person'),
('Dago Nível', 'Dago Nivel', 'person'),
('Edna Tchipa', 'Edna Tchipa', 'person'),
('UNITA', 'Adalberto Costa Junior', 'person'),
('Armed FRUD', 'Armed FRUD', 'group'),
('Armed FRUD', 'FRUD-Armé', 'group'),
('Front for the Restoration of Unity and Democracy', 'Front for the Restoration of Unity and Democracy', 'party'),
('Front for the Restoration of Unity and Democracy', 'FRUD', 'party'),
('Inter-Religious Council of Uganda', 'Inter-Religious Council of Uganda', 'organisation'),
('Inter-Religious Council of Uganda', 'IRCU', 'organisation'),
('Ruth Nakabugo', 'Ruth Nakabugo', 'person'),
('Traditional Health Practitioners Association of Zambia', 'Traditional Health Practitioners Association of Zambia', 'organisation'),
('Traditional Health Practitioners Association of Zambia', 'THPAZ', 'organisation'),
('Mulenga Chisanga', 'Mulenga Chisanga', 'person'),
]


def visible(path):
    t = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        t = re.sub(r'(?s)<head>.*?</head>', ' ', t)
        t = re.sub(r'<[^>]+>', ' ', t)
        t = html.unescape(t)
    return re.sub(r'\s+', ' ', t)


def main():
    bad = 0
    cache = {}
    seen = set()
    for doc, sent, actor, st, se, tg, note in ROWS:
        if doc not in cache:
            cache[doc] = visible(os.path.join(HERE, doc))
        if re.sub(r'\s+', ' ', sent) not in cache[doc]:
            print('NOT FOUND', doc, sent[:80]); bad += 1
        key = (doc, sent, actor)
        if key in seen:
            print('DUPLICATE', key); bad += 1
        seen.add(key)
    with open(os.path.join(HERE, 'statements.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['doc', 'sentence', 'actor', 'stance', 'sentiment', 'target', 'source', 'note'])
        for doc, sent, actor, st, se, tg, note in ROWS:
            w.writerow([doc, sent, actor, st, se, tg, 'page', note])
    with open(os.path.join(HERE, 'new_actors.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['actor', 'alias', 'kind'])
        for r in NEW_ACTORS:
            w.writerow(r)
    from collections import Counter
    print(Counter(r[0] for r in ROWS))
    print(Counter(r[3] for r in ROWS))
    return bad

if __name__ == '__main__':
    sys.exit(1 if main() else 0)
