"""Write statements.csv for batch41a from hand-written rows.

Every row below was decided by reading the sentence in its page against
/work/shared/labelling-guide.md; this script only writes the CSV and checks
that each sentence occurs verbatim (whitespace-normalised) in the visible
text of its page.
"""
import csv
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

T = "page_togo_ayitekouwonou_verdict2023_wire.txt"
D = "page_drc_lumumbarelic_kinshasa2022_stateagency.txt"
N = "page_nigeria_gwoza_bombings2024_noonbriefing.txt"
S = "page_senegal_campgeille_handover2025_mfa.html"
C = "page_chad_presidency_attack2025_liveblog.html"
G = "page_ghana_aishahuang_sentence2023_dailyscrape.txt"

# (doc, sentence, actor, stance, sentiment, target, note)
ROWS = [
    # ---------------- Togo, wire ----------------
    (T, "A court in Lome on Wednesday sentenced two Togolese journalists who left the country this month to three years in prison and fined each of them 3 million CFA francs (about $4,900) over a YouTube broadcast in which they discussed two government ministers.",
     "Togo", "condemning", "neutral", "", "dateline excluded; a court's sentence is the state's measure against the journalists (project convention: a national court = its state); two journalists -> target empty"),
    (T, "Ferdinand Ayite, publisher of the biweekly L'Alternative, and its editor-in-chief Isidore Kouwonou were convicted of contempt of public authorities and of spreading false news on social media, according to their lawyer, Elom Kpade, who said the court had also issued international arrest warrants for both men.",
     "Togo", "condemning", "neutral", "", "conviction + arrest warrants = measures of the Togolese state, relayed by the lawyer (the lawyer only reports: no row for him); two people -> target empty"),
    (T, "Justice Minister Pius Agbetomey and Trade Minister Kodjo Adedze filed complaints against the three journalists the following month.",
     "Togo", "condemning", "neutral", "", "two serving ministers = Togo; legal complaints against the journalists = a taken measure (unsure: the ministers filed as private complainants)"),
    (T, "\"We did not insult anyone. We asked where public money goes, and for that a court has decided that we belong in a cell,\" Ayite said in a video recorded at an undisclosed location and posted on the newspaper's Facebook page on Wednesday evening.",
     "Ferdinand Ayité", "condemning", "negative", "Togo", "multi-sentence quote closed by its speaker = one unit; denial + accusation that he is jailed for asking questions: the judgement decides"),
    (T, "\"If they think three years will make L'Alternative go quiet, they have misread us,\" he added.",
     "Ferdinand Ayité", "neutral", "negative", "", "defiance about his own paper, no explicit judgement or appeal (unsure: 'they' = the authorities, could be read as condemning)"),
    (T, "Kpade said he would discuss a possible appeal with his clients, who left Togo after receiving a summons on March 1 to a hearing set for one week later.",
     "Ferdinand Ayité", "neutral", "neutral", "", "counsel speaks for his clients (project convention); a plan to consider an appeal = neutral; one row per client"),
    (T, "Kpade said he would discuss a possible appeal with his clients, who left Togo after receiving a summons on March 1 to a hearing set for one week later.",
     "Isidore Kouwonou", "neutral", "neutral", "", "second client of the same lawyer"),
    (T, "Communication Minister Akodah Ayewouadan, who is also the government's spokesman, told Meridian that the ministers had used a right open to every citizen and that the judges had ruled without any instruction from the executive.",
     "Togo", "neutral", "negative", "", "government spokesman = Togo; defence of the procedure and denial of interference = a denial (guide: neutral, negative tone); no judgement on anyone in this sentence (re-read fix: sentiment was neutral)"),
    (T, "\"Nobody in Togo goes to prison for writing an article. Telling a million viewers that a minister steals, without a shred of proof, is another matter, and that is what the court examined,\" Ayewouadan said.",
     "Togo", "condemning", "negative", "", "denial + accusation that the journalists made unproven theft claims = judgement; two journalists -> target empty"),
    (T, "He said the two journalists were free to come home and lodge an appeal, and that their rights would be respected if they did.",
     "Togo", "neutral", "positive", "", "reassurance about the state's own conduct = neutral, positive tone"),
    (T, "Kouwonou, reached by telephone, said he had not seen the written judgment and would decide on an appeal with Ayite once he had read it.",
     "Isidore Kouwonou", "neutral", "neutral", "", "surname only; plans"),
    (T, "He described the timing as no accident, saying the summons had reached the newspaper days after the two men aired questions on their programme about how the government had spent funds meant for the fight against COVID-19.",
     "Isidore Kouwonou", "condemning", "negative", "Togo", "'He' = Kouwonou; accuses the authorities of retaliating for their COVID questions, without a stock judgement word"),
    (T, "\"They waited more than a year, and then remembered us the week we asked about the COVID money,\" he said.",
     "Isidore Kouwonou", "condemning", "negative", "Togo", "same accusation of retaliation, in his words"),
    (T, "Angela Quintal, Africa program coordinator at the Committee to Protect Journalists, said the sentences punished two reporters for doing their job and asked the Togolese authorities to drop the case and cancel the arrest warrants.",
     "Committee to Protect Journalists", "condemning", "negative", "Togo", "judgement ('punished ... for doing their job') + demand: rule 1"),
    (T, "Sadibou Marong, who heads the sub-Saharan Africa bureau of Reporters Without Borders in Dakar, wrote on Twitter that Lome was turning satire into a crime and that the ruling would push newsrooms into self-censorship before legislative elections due later this year.",
     "Reporters Without Borders", "condemning", "negative", "Togo", "'Lome' = capital as metonym for the government; Dakar is only a place"),
    (T, "The Accra-based Media Foundation for West Africa called the judgment a disproportionate punishment and a warning to every critical outlet in the country.",
     "Media Foundation for West Africa", "condemning", "negative", "Togo", "'Accra-based' is a place, not a speaker; judgement of the ruling"),
    (T, "Amnesty International said the convictions should be quashed, arguing that nobody should face a prison term for remarks made on a talk show.",
     "Amnesty International", "condemning", "negative", "Togo", "demand to quash argued by a judgement that jailing for such remarks is wrong (unsure: could be read as an appeal)"),
    (T, "The Union of Independent Journalists of Togo (UJIT) asked the government to sit down with media owners and agree on a timetable for ending prison sentences for all speech offences, including those committed online.",
     "Union of Independent Journalists of Togo", "calling_for_talks", "neutral", "Togo", "appeal for talks with media owners, no judgement in the sentence"),
    (T, "\"The state has found a side door. It keeps the press code clean for its foreign partners and uses the penal code for the people it dislikes,\" said Komi Dzidzonou, who teaches media law at the University of Lome.",
     "Komi Dzidzonou", "condemning", "negative", "Togo", "invented academic (independent person); judgement of the state's use of the penal code"),
    (T, "The opposition National Alliance for Change said the verdict showed the government was using the courts to settle scores with its critics and called on foreign partners to raise the case with President Faure Gnassingbe.",
     "National Alliance for Change", "condemning", "negative", "Togo", "accusation + appeal to partners: the judgement decides (rule 1); Gnassingbe is an object, not a speaker"),
    (T, "A spokesperson for the U.S. Embassy in Lome said Washington was following the case closely and encouraged the Togolese government to protect the freedom of the press, which it called essential ahead of the vote.",
     "United States", "calling_for_talks", "neutral", "Togo", "embassy spokesperson = United States; monitoring + encouragement to protect press freedom, no judgement"),
    (T, "The European Union delegation in Lome said it had taken note of the verdict and would raise freedom of expression at its next round of political dialogue with the government.",
     "European Union", "calling_for_talks", "neutral", "Togo", "'taken note' = no judgement; raising the issue in political dialogue = a diplomatic course (unsure: could be neutral, a plan)"),

    # ---------------- DRC, state agency ----------------
    (D, "In a short declaration to the press at the foot of the aircraft, the Head of State described the assassination of Lumumba on 17 January 1961 as a crime committed against the whole Congolese people, whose authors and sponsors, Congolese as well as foreign, history has already judged.",
     "Democratic Republic of the Congo", "condemning", "negative", "", "'the Head of State' = Tshisekedi; the 1961 killing called a crime; authors Congolese and foreign, none named -> target empty"),
    (D, "He also expressed the gratitude of the Congolese nation to the Belgian authorities for the courage they had shown in acknowledging their share of responsibility, a gesture which, he said, honours the friendship between the two peoples and opens the way to a relationship freed from the weight of the past.",
     "Democratic Republic of the Congo", "supporting", "positive", "Belgium", "gratitude and praise for Belgium's acknowledgement"),
    (D, "The Government of the Republic has decreed three days of national mourning, from 27 to 30 June 2022, during which flags will fly at half-mast on all public buildings throughout the national territory, the Minister of Communication and Media, Spokesperson of the Government, Mr Patrick Muyaya Katembwe, announced to the press.",
     "Democratic Republic of the Congo", "neutral", "neutral", "", "a decision announced, no evaluation"),
    (D, "\"The Congolese nation is bringing home the son who was torn from it sixty-one years ago. By this return, the President of the Republic closes a wound which successive regimes had left open, and he reminds the world that the Congo does not forget those who gave their lives for it,\" declared Mr Muyaya Katembwe.",
     "Democratic Republic of the Congo", "neutral", "positive", "", "self-praise of the President's initiative = neutral, positive; the side remark on 'successive regimes' names no actor"),
    (D, "The Government Spokesperson added that the sacrifice of Lumumba for a united and indivisible Congo resonates in a particular manner today, when the East of the country once again faces an aggression by Rwanda, which the Government of the Republic holds responsible for the support given to the M23 terrorists who have been occupying the locality of Bunagana in Rutshuru territory since 13 June.",
     "Democratic Republic of the Congo", "condemning", "negative", "Rwanda", "'aggression' + 'holds responsible' aimed at Rwanda; M23 called terrorists too, but the accusation is addressed to Kigali"),
    (D, "Kigali, for its part, has always denied giving any support to the M23.",
     "Rwanda", "neutral", "negative", "", "'Kigali' = capital as metonym; a denial = neutral, negative"),
    (D, "The remains were handed over to the family on 20 June at the Egmont Palace in Brussels, in the presence of a delegation of the Congolese Government, during a ceremony at which the Belgian Prime Minister, Mr Alexander De Croo, presented the apologies of the Belgian Government to the Lumumba family and acknowledged that Belgian ministers of that time carried a share of the blame for the events which led to his death.",
     "Belgium", "neutral", "positive", "", "apology for its own state's past role: no judgement on another actor, no appeal (unsure: could be supporting, a conciliatory act toward the family and the DRC)"),
    (D, "This restitution, the Prime Minister, Mr Sama Lukonde Kyenge, recalled, comes a few weeks after the visit to Kinshasa of His Majesty King Philippe of the Belgians, whose expression of regret for the wounds of the colonial period before the Congolese Parliament the Government had welcomed as the beginning of a sincere dialogue between the two peoples.",
     "Democratic Republic of the Congo", "supporting", "positive", "Belgium", "the Government 'welcomed' the King's words = supporting; the PM only frames the sentence"),
    (D, "This restitution, the Prime Minister, Mr Sama Lukonde Kyenge, recalled, comes a few weeks after the visit to Kinshasa of His Majesty King Philippe of the Belgians, whose expression of regret for the wounds of the colonial period before the Congolese Parliament the Government had welcomed as the beginning of a sincere dialogue between the two peoples.",
     "Belgium", "neutral", "positive", "", "the King's regret, carried in a relative clause = a position of Belgium (head of state); regret for its own past, no target (unsure: could be left as narration)"),
    (D, "The Ambassador of the Kingdom of Belgium to the Democratic Republic of the Congo, said in a brief statement to the ACP that his country hoped this return would open a new chapter in relations between Brussels and Kinshasa, founded on truth and mutual respect.",
     "Belgium", "calling_for_talks", "positive", "Democratic Republic of the Congo", "hope for better relations = calling_for_talks (guide: hopes); Brussels and Kinshasa are metonyms, not speakers (unsure: could be supporting)"),
    (D, "\"For sixty-one years our father had no grave where his children could pray. Today the Congo gives him back the dignity that his killers tried to dissolve in acid,\" she confided to the ACP.",
     "Juliana Lumumba", "condemning", "negative", "", "'she' = Juliana Amato Lumumba; judgement on the killers, who are not named -> target empty"),
    (D, "She nevertheless asked that the Belgian authorities open all their archives relating to the assassination and that the judicial investigation opened in Brussels be carried through to its end, so that the whole truth is known to the Congolese people.",
     "Juliana Lumumba", "calling_for_talks", "neutral", "Belgium", "request for archives and for the inquiry to go on, no judgement (as a call for an investigation)"),
    (D, "Mr François Lumumba, eldest son of the national hero, thanked the President of the Republic for having carried this file to its conclusion, a task which, he said, none of his predecessors had wished to accomplish.",
     "François Lumumba", "supporting", "positive", "Democratic Republic of the Congo", "thanks and praise for the President = supporting"),
    (D, "The Union for Democracy and Social Progress (UDPS), the presidential party, in a statement signed by its Secretary General, Mr Augustin Kabuya, hailed a historic act of the Head of State, which it said restores to the Congolese people a part of their memory.",
     "Union for Democracy and Social Progress", "supporting", "positive", "Democratic Republic of the Congo", "the party speaks for itself; praise of the Head of State's act"),
    (D, "The national president of the Movement for the Liberation of the Congo (MLC), Mr Jean-Pierre Bemba Gombo, praised the initiative of the Head of State and invited all Congolese, beyond partisan divisions, to unite around the ideal of a sovereign Congo which was dear to Lumumba.",
     "Movement for the Liberation of the Congo", "supporting", "positive", "Democratic Republic of the Congo", "praise of the initiative; the appeal for national unity is not a peace appeal, so praise decides"),
    (D, "For his part, Mr Martin Fayulu Madidi, leader of the Engagement for Citizenship and Development (ECiDé), while paying homage to the national hero, regretted that the ceremonies had been prepared without consulting all the political and social forces of the country, which, according to him, made of a national moment an affair of the ruling camp.",
     "Engagement for Citizenship and Development", "condemning", "negative", "Democratic Republic of the Congo", "'regretted' aimed at the government's organisation = judgement (labels/README: regret is condemning)"),
    (D, "The Chairperson of the African Union Commission, His Excellency Mr Moussa Faki Mahamat, in a message addressed to the Congolese people, saluted the memory of a great figure of pan-Africanism and assured the Congolese authorities of the solidarity of the continental organisation on this day of remembrance.",
     "African Union", "supporting", "positive", "Democratic Republic of the Congo", "AU Commission chairperson = African Union; solidarity"),
    (D, "The Special Representative of the Secretary-General of the United Nations and head of MONUSCO, Mrs Bintou Keita, paid tribute to a founding father of the independent Congo and to a people who never stopped claiming his return.",
     "United Nations", "supporting", "positive", "Democratic Republic of the Congo", "head of the UN mission = United Nations; tribute and praise"),
    (D, "According to the programme published by the organising committee, the remains will lie in state at the Palais du Peuple until 29 June, before a State funeral and burial on 30 June, the 62nd anniversary of independence, in the mausoleum erected at the Échangeur de Limete, the Minister of Culture, Arts and Heritage, Mrs Catherine Kathungu Furaha, specified.",
     "Democratic Republic of the Congo", "neutral", "neutral", "", "programme given by a minister = plans"),
    (D, "The President of the Senate, the Honourable Modeste Bahati Lukwebo, announced that the two chambers of Parliament would hold a joint solemn session in memory of the national hero on 29 June.",
     "Democratic Republic of the Congo", "neutral", "neutral", "", "head of a chamber of parliament resolves to the state (as 'Armenian parliament' in the guide); a plan"),
    (D, "The Governor of the City-Province of Kinshasa, Mr Gentiny Ngobila Mbaka, for his part, invited the population of the capital to line the route of the cortege in calm and dignity.",
     "Democratic Republic of the Congo", "neutral", "neutral", "", "provincial official = the state; an instruction for a funeral procession, not an appeal about a conflict (unsure: could be read as calling_for_talks)"),

    # ---------------- Nigeria, UN noon briefing ----------------
    (N, "The Secretary-General condemns in the strongest terms the suicide bombings carried out on Saturday, 29 June, in the town of Gwoza, in Borno State, where explosions struck a wedding celebration, a funeral and a health facility and killed at least 32 people.",
     "United Nations", "condemning", "negative", "", "perpetrators unidentified on this date -> target empty"),
    (N, "He sends his condolences to the bereaved families and to the people and Government of Nigeria, and he hopes that those who were wounded will recover quickly.",
     "United Nations", "supporting", "positive", "Nigeria", "condolences and wishes = supporting (as the condolence rows of other pages)"),
    (N, "Deliberately targeting people who have gathered to celebrate a marriage or to bury their dead is a grave violation of international humanitarian law, and the Secretary-General calls for the perpetrators to be identified and held to account.",
     "United Nations", "condemning", "negative", "", "'grave violation' = judgement + call for accountability: rule 1"),
    (N, "The Secretary-General reaffirms that the United Nations stands with the Government and people of Nigeria and with the countries of the Lake Chad Basin in their efforts to overcome terrorism and violent extremism.",
     "United Nations", "supporting", "positive", "", "solidarity with Nigeria and the Lake Chad Basin states: several -> target empty"),
    (N, "Staying on Nigeria, our Resident and Humanitarian Coordinator in the country, Mohamed Malick Fall, said yesterday that he was horrified by the attacks and that civilians in the north-east had already suffered far too much.",
     "United Nations", "neutral", "negative", "", "resident coordinator = United Nations; horror and grief without a judgement word or an appeal = neutral, negative"),
    (N, "He reminded all parties to the conflict that they are bound by international humanitarian law to spare civilians and civilian sites, including hospitals and places of worship.",
     "United Nations", "calling_for_talks", "neutral", "", "protection of civilians addressed to all parties -> target empty"),
    (N, "Our humanitarian colleagues tell us that the Borno State emergency management agency has registered 32 dead and 42 injured, among them children, and that the most serious cases were taken by road under military escort to hospitals in Maiduguri.",
     "Nigeria", "neutral", "neutral", "", "figures of a state agency relayed by OCHA: the agency's statement (a provincial body resolves to Nigeria); casualty figures = neutral"),
    (N, "The World Health Organization and partners have sent trauma kits and surgical supplies to the General Hospital in Gwoza and to the University of Maiduguri Teaching Hospital, and the UN Humanitarian Air Service is on standby to move medical teams.",
     "World Health Organization", "supporting", "neutral", "Nigeria", "supplies delivered = aid (WHO is its own actor in the name files; UNHAS on standby is part of the same offer)"),
    (N, "UNICEF's Representative in Nigeria, Cristian Munduate, said children had once again been caught up in violence that had nothing to do with them, and she called on those with influence over the armed groups to keep children out of the conflict.",
     "UNICEF", "calling_for_talks", "negative", "", "appeal to protect children, no judgement word; addressees unnamed -> target empty"),
    (N, "UNICEF is providing psychosocial support to families in Gwoza, including to children who witnessed the blasts.",
     "UNICEF", "supporting", "neutral", "Nigeria", "aid provided to the victims in Nigeria"),
    (N, "One last note on Nigeria: the humanitarian response plan for the north-east, which seeks about $927 million this year to help 4.4 million people in Borno, Adamawa and Yobe, is still far from fully funded, our colleagues at OCHA say.",
     "United Nations", "neutral", "negative", "", "OCHA = United Nations; a funding gap stated without an appeal in this sentence"),
    (N, "They are urging donors to release their pledges before the lean season peaks in August, when hunger in the north-east usually reaches its worst levels.",
     "United Nations", "calling_for_talks", "negative", "", "'They' = OCHA; asking donors for money is not supporting (labels/README: asking for help = calling_for_talks); donors unnamed"),
    (N, "Ambassador Vassily Nebenzia will brief you on the programme of work tomorrow at 12:30 p.m. in this room.",
     "Russia", "neutral", "neutral", "", "a plan of the Russian presidency announced by the spokesperson (unsure: could be left as the spokesperson's housekeeping)"),
    (N, "On Nigeria, President Bola Tinubu said on Sunday that the attackers were lashing out because the military had them cornered, and that those behind the bombings would be hunted down and tried.",
     "Nigeria", "condemning", "negative", "", "a journalist's question reporting Tinubu's position = Nigeria's statement (labels/README); threat of pursuit against unnamed attackers"),
    (N, "I'm not going to give a grade to that analysis.",
     "United Nations", "neutral", "neutral", "", "the spokesperson declines to assess Nigeria's reading: no judgement, no appeal"),
    (N, "What I can tell you is that the Secretary-General supports the Government of Nigeria in its fight against terrorism, and we will continue to work with the authorities at the federal and state level.",
     "United Nations", "supporting", "positive", "Nigeria", "backing of the government"),
    (N, "It is also important that any response respects human rights and international humanitarian law.",
     "United Nations", "calling_for_talks", "neutral", "Nigeria", "appeal to Nigeria's response to respect rights and IHL, no judgement"),
    (N, "I have not seen a claim of responsibility, and I would not want to speculate on who was behind it.",
     "United Nations", "neutral", "neutral", "", "fact and refusal to speculate"),
    (N, "Amnesty International's office in Nigeria said that the authorities had failed to protect the people of Gwoza even though the town had been attacked many times, and that the Government should explain how three bombers could reach crowded places in a garrison town.",
     "Amnesty International", "condemning", "negative", "Nigeria", "question reporting Amnesty's position = Amnesty's statement; 'failed to protect' = judgement"),
    (N, "The primary responsibility to protect civilians lies with the State, and that is true in Nigeria as it is anywhere else.",
     "United Nations", "calling_for_talks", "neutral", "Nigeria", "reminder of the state's duty to protect civilians, no judgement (unsure: could be neutral, a principle)"),
    (N, "We are not in a position to assess the security arrangements in Gwoza.",
     "United Nations", "neutral", "neutral", "", "declines to assess"),
    (N, "If those reports are confirmed, it is abhorrent.",
     "United Nations", "condemning", "negative", "", "conditional but explicit judgement of the bombers' methods; attackers unnamed"),
    (N, "Using women and children, whether as bombers or as cover, is a crime and it's unforgivable.",
     "United Nations", "condemning", "negative", "", "'a crime' = judgement; attackers unnamed -> target empty"),
    (N, "Stéphane, Borno's Governor, Babagana Zulum, said yesterday that the state would pay for the treatment of every wounded person and that the federal Government had to send more troops to the southern part of the state.",
     "Nigeria", "neutral", "neutral", "", "a state governor resolves to Nigeria; his own relief measure and a request to the federal government inside the same state: no stance toward another actor"),
    (N, "As I said, our humanitarian colleagues are working with the Borno State authorities and with the federal authorities, and we have been supporting the hospitals that received the wounded.",
     "United Nations", "supporting", "neutral", "Nigeria", "aid provided to the hospitals"),

    # ---------------- Senegal, MFA page ----------------
    (S, "The Ministry of African Integration and Foreign Affairs informs national and international opinion that the French Republic this Thursday, 17 July 2025, handed over to the Senegalese State the Geille camp in Ouakam and the military air stopover of Dakar, the last installations still used by the French Elements in Senegal.",
     "Senegal", "neutral", "neutral", "", "the ministry announces a fact"),
    (S, "The Ministry of African Integration and Foreign Affairs informs national and international opinion that the French Republic this Thursday, 17 July 2025, handed over to the Senegalese State the Geille camp in Ouakam and the military air stopover of Dakar, the last installations still used by the French Elements in Senegal.",
     "France", "neutral", "neutral", "", "France's act (handing over the bases) reported as done, no evaluation (unsure: could be left as narration)"),
    (S, "This handover ends a permanent French military presence on Senegalese soil that predates independence, and it completes the implementation of the decision of His Excellency Mr Bassirou Diomaye Faye, President of the Republic, to restore the full exercise of national sovereignty over the whole of the territory.",
     "Senegal", "neutral", "positive", "", "self-praise of the state's own sovereignty decision = neutral, positive"),
    (S, "In his address to the nation of 31 December 2024, the Head of State had announced the end of all foreign military presence in Senegal from 2025.",
     "Senegal", "neutral", "neutral", "", "a policy decision announced with no grievance stated (not an expulsion in protest)"),
    (S, "\"Today we are not closing the door on France; we are closing a chapter. Our armies will go on training together, sharing information and facing common threats, but as partners who each stand on their own ground,\" General Cissé declared.",
     "Senegal", "supporting", "positive", "France", "chief of general staff = Senegal; affirms continued partnership with France"),
    (S, "General Ianni, for his part, said that the French side had taken note of the choice made in Dakar and that French instructors would come back whenever the Senegalese army asked for them.",
     "France", "supporting", "neutral", "Senegal", "commander of French forces = France; offer of training on request = supporting; 'Dakar' = metonym"),
    (S, "The Minister of the Armed Forces, General Birame Diop, confirmed that the Senegalese Armed Forces had taken full possession of the two sites and that their future use would be decided in the coming weeks.",
     "Senegal", "neutral", "neutral", "", "facts and plans"),
    (S, "The Embassy of France in Dakar, in a message published the same day, thanked the Senegalese authorities for more than six decades of close cooperation between the two armies.",
     "France", "supporting", "positive", "Senegal", "thanks = approval of Senegal's cooperation"),
    (S, "The Ministry expresses the gratitude of the Government to the French authorities for the constructive spirit in which the joint commission carried out the withdrawal.",
     "Senegal", "supporting", "positive", "France", "gratitude to France"),
    (S, "The Government recalls that Senegal's choice is directed against no country and that Senegal will continue to work with all its partners, France included, on the basis of mutual respect and reciprocity.",
     "Senegal", "neutral", "positive", "", "reassurance about its own policy, several partners -> neutral, positive"),
    (S, "On this occasion, the Government reiterates its request that the French authorities hand over, without restriction, all the archives relating to the massacre of Senegalese riflemen at Thiaroye on 1 December 1944, so that the work of truth can be completed.",
     "Senegal", "calling_for_talks", "neutral", "France", "request for archives addressed to France (as a call for an inquiry); 'massacre' names the 1944 events, not a judgement on today's France (unsure: could be condemning)"),
    (S, "The Government of the Republic of Senegal has learned with deep emotion of the coordinated terrorist attacks perpetrated on 1 July 2025 against several localities of the Republic of Mali, among them Kayes, Nioro du Sahel, Diboli, Sandaré, Niono, Molodo and Gogui.",
     "Senegal", "neutral", "negative", "", "emotion without a judgement on a named actor or an appeal = neutral, negative"),
    (S, "Senegal condemns with the utmost firmness these cowardly attacks, claimed by the Jama'at Nusrat al-Islam wal-Muslimin (JNIM), which targeted positions close to our common border.",
     "Senegal", "condemning", "negative", "JNIM", "explicit condemnation of attacks claimed by JNIM"),
    (S, "Senegal condemns with the utmost firmness these cowardly attacks, claimed by the Jama'at Nusrat al-Islam wal-Muslimin (JNIM), which targeted positions close to our common border.",
     "JNIM", "neutral", "neutral", "", "the claim of responsibility, carried in a participle = JNIM reporting its own attacks as done (unsure: could be left without a row)"),
    (S, "Senegal expresses its full solidarity with the Government and the people of Mali and salutes the Malian Defence and Security Forces, who repelled the assailants.",
     "Senegal", "supporting", "positive", "Mali", "solidarity + praise of Mali's forces"),
    (S, "The Government reaffirms its readiness to strengthen its cooperation with Mali and with all the countries of the region, in particular in intelligence and border security, in the face of a threat that respects no frontier.",
     "Senegal", "supporting", "positive", "", "offer of security cooperation to Mali and the region: several -> target empty"),
    (S, "The competent services have reinforced surveillance along the eastern border, in the regions of Tambacounda and Kédougou.",
     "Senegal", "neutral", "neutral", "", "own security measure, no target"),
    (S, "Senegal calls on the international community to give the countries of the Sahel the support they need in the fight against terrorism.",
     "Senegal", "calling_for_talks", "neutral", "", "asking others for support is not supporting (labels/README: asking for help = calling_for_talks); no single addressee"),
    (S, "Senegal welcomes the signing, on 27 June 2025 in Washington, of the Peace Agreement between the Democratic Republic of the Congo and the Republic of Rwanda.",
     "Senegal", "supporting", "positive", "", "welcome of a step, no appeal in this sentence; two parties -> target empty"),
    (S, "It commends the facilitation of the United States of America and the State of Qatar, as well as the mediation carried out under the aegis of the African Union by His Excellency Mr Faure Essozimna Gnassingbé, President of the Council of Ministers of the Togolese Republic.",
     "Senegal", "supporting", "positive", "", "'It' = Senegal; praise of several facilitators -> target empty"),
    (S, "Senegal calls on the two parties to implement their commitments in good faith, in particular the cessation of hostilities and respect for territorial integrity, so that a lasting peace returns to the Great Lakes region.",
     "Senegal", "calling_for_talks", "neutral", "", "appeal to both parties -> target empty"),

    # ---------------- Chad, live blog ----------------
    (C, "At the daily briefing in New York, UN spokesperson Stéphane Dujarric said Secretary-General António Guterres condemned the attack on the presidency and wished a swift recovery to the wounded.",
     "United Nations", "condemning", "negative", "", "attackers unidentified -> target empty"),
    (C, "Dujarric said the Secretary-General asked the Chadian authorities to carry out the investigation in line with the law and with respect for the rights of those arrested.",
     "United Nations", "calling_for_talks", "neutral", "Chad", "appeal on due process, no judgement"),
    (C, "Nineteen Chadians are dead and the government has already served us two stories in one day.",
     "Les Transformateurs", "condemning", "negative", "Chad", "embedded post of Masra = Les Transformateurs (actors.csv); accuses the government of changing its account"),
    (C, "Our people deserve the truth, not a show on Facebook.",
     "Les Transformateurs", "condemning", "negative", "Chad", "derision of the government's communication = judgement"),
    (C, "I ask for an independent inquiry open to the opposition and civil society.",
     "Les Transformateurs", "calling_for_talks", "neutral", "Chad", "call for an independent inquiry, no judgement in this sentence"),
    (C, "The Economic Community of Central African States said in a statement from Libreville that it condemned without reservation the attack against the institutions of a member state and stood by the Chadian people.",
     "ECCAS", "condemning", "negative", "", "condemnation + solidarity: the judgement decides; attackers unnamed; Libreville is only a place"),
    (C, "The bloc's commission said it was ready to support Chad's investigation if asked.",
     "ECCAS", "supporting", "neutral", "Chad", "'the bloc' = ECCAS; offer of support"),
    (C, "The public prosecutor at the N'Djamena court has opened an investigation, and the six captured assailants will be brought before an investigating judge once they have been questioned, according to a statement read on national television.",
     "Chad", "neutral", "neutral", "", "unnamed official of the Chadian judiciary = Chad; procedure against unnamed detainees, no judgement (unsure: prosecution could be read as a measure = condemning)"),
    (C, "Separately, the Chadian League for Human Rights called on the authorities to guarantee the detainees a fair trial and to publish the names of those killed.",
     "Chadian League for Human Rights", "calling_for_talks", "neutral", "Chad", "appeal for due process and transparency, no judgement"),
    (C, "He said the attackers came from a neighbourhood of N'Djamena that he would not name, carried machetes and knives rather than war weapons, and had drunk alcohol and taken drugs before the assault.",
     "Chad", "neutral", "negative", "", "'He' = Koulamallah; facts about the attackers given by the government, no judgement word (unsure)"),
    (C, "Their truck pretended to break down in front of the gate, and the men then jumped out and stabbed the guards on duty, Koulamallah said.",
     "Chad", "neutral", "negative", "", "account of the attack by the government spokesman; guards, not civilians"),
    (C, "Asked about his remarks on Wednesday night, he said that the trail of a terrorist group now seemed unlikely and that investigators had found nothing linking the group to Boko Haram.",
     "Chad", "neutral", "neutral", "", "walk-back of the Boko Haram attribution: no judgement on Boko Haram now"),
    (C, "\"These were confused young men sent on a suicidal errand by someone who will have to answer for it,\" he said.",
     "Chad", "condemning", "negative", "", "threat of accountability against an unnamed sponsor -> target empty"),
    (C, "Koulamallah also said the president, who was inside the complex throughout, had dismissed the assault as the work of desperate men when he spoke to ministers this morning.",
     "Chad", "condemning", "negative", "", "the president's contempt for the attackers, reported by the spokesman; attackers unnamed"),
    (C, "I condemn the armed attack on the Presidency of the Republic of Chad in the strongest terms.",
     "African Union", "condemning", "negative", "", "embedded post of the AU Commission chairperson = African Union; attackers unnamed"),
    (C, "My full solidarity with President Mahamat Idriss Déby Itno, the government and the brave defence forces.",
     "African Union", "supporting", "positive", "Chad", "verbless sentence of the same post; solidarity"),
    (C, "The Chinese embassy in N'Djamena said on its social media account that China firmly supported Chad in protecting its security and stability and was confident in the government's ability to handle the situation.",
     "China", "supporting", "positive", "Chad", "embassy = China; backing"),
    (C, "The French foreign ministry has condemned the attack on the presidency and said its thoughts were with the victims' families.",
     "France", "condemning", "negative", "", "attackers unnamed -> target empty"),
    (C, "The message is a brief one: Chad ended its defence cooperation agreement with Paris in November, and on Monday it rejected as contemptuous remarks by President Emmanuel Macron about African leaders who had asked French troops to leave.",
     "Chad", "condemning", "negative", "France", "background clause, but 'rejected as contemptuous' is Chad's judgement of Macron's remarks (and it ended the pact); Macron's remarks are only an object (no France row)"),
    (C, "The ruling Patriotic Salvation Movement has issued a statement praising what it called the vigilance of the guards and urging Chadians to stand behind Marshal Déby.",
     "Patriotic Salvation Movement", "supporting", "positive", "Chad", "ruling party speaks for itself; praise and backing of the president"),
    (C, "Everything is calm now.",
     "Chad", "neutral", "positive", "", "embedded Facebook post of Koulamallah; reassurance"),
    (C, "The group that attacked the presidency has been dealt with, and nobody in N'Djamena should be afraid.",
     "Chad", "neutral", "positive", "", "own operation reported as done + reassurance, no judgement word"),
    (C, "I salute the guards who held their ground tonight.",
     "Chad", "neutral", "positive", "", "praise of its own guards = self-praise, neutral, positive"),
    (C, "Koulamallah has told state television that the commando numbered 24 men, of whom 18 were killed and six wounded.",
     "Chad", "neutral", "neutral", "", "casualty figures from the government"),
    (C, "On the government side, one member of the security forces was killed and three were wounded, one of them seriously, he said.",
     "Chad", "neutral", "neutral", "", "casualty figures"),
    (C, "In his first remarks to Télé Tchad, Koulamallah said the attackers were probably Boko Haram elements who had tried to destabilise the country and that they had failed.",
     "Chad", "condemning", "negative", "Boko Haram", "accuses Boko Haram of trying to destabilise Chad (retracted the next day; the next-day sentence is neutral)"),
    (C, "The US embassy in N'Djamena has issued a security alert asking American citizens to shelter in place and to avoid the area around the presidency until further notice.",
     "United States", "neutral", "neutral", "", "security advice to its own citizens, not an appeal to a party"),

    # ---------------- Ghana, national daily ----------------
    (G, "The Accra High Court on Monday sentenced Chinese national En Huang, popularly known as Aisha Huang, to four and a half years in prison and fined her GH¢48,000 for illegal mining and related offences, ending a trial that began after her re-arrest in September 2022.",
     "Ghana", "condemning", "neutral", "Aisha Huang", "a national court's sentence = the state's measure (project convention)"),
    (G, "The court, presided over by Justice Lydia Osei Marfo, also ordered that she be deported to China after serving the sentence and paying the fine.",
     "Ghana", "condemning", "neutral", "Aisha Huang", "deportation order = measure; China is only a destination"),
    (G, "In her ruling, Justice Osei Marfo said the convict had shown contempt for the country that let her go in 2018 by slipping back in under a new name to dig up the same farmlands.",
     "Ghana", "condemning", "negative", "Aisha Huang", "judge's judgement of the convict"),
    (G, "The judge explained that she was bound to apply the penalties in force when the offences were committed, between 2015 and 2017, and could not use the 2019 amendment that raised the minimum sentence for illegal mining to 15 years.",
     "Ghana", "neutral", "neutral", "", "procedure"),
    (G, "During the sentencing hearing, Director of Public Prosecutions Yvonne Atakora Obuobisa had urged the court to impose the heaviest term available, telling it that farming families around Manso Nkwanta were still living with the pits and poisoned streams left behind.",
     "Ghana", "condemning", "negative", "Aisha Huang", "prosecutor = Ghana; demand for the maximum sentence + harm described"),
    (G, "Defence counsel Miracle Attachey had asked the court to fine his client and deport her at once, pointing out that she had already spent more than a year in custody.",
     "Aisha Huang", "neutral", "neutral", "", "counsel speaks for his client (project convention); a plea in mitigation, no judgement"),
    (G, "In a statement issued after the ruling, Attorney-General Godfred Yeboah Dame said the conviction showed that nobody, Ghanaian or foreigner, could destroy the country's lands and rivers and simply walk away.",
     "Ghana", "condemning", "negative", "Aisha Huang", "warning built on her conviction = judgement of the convict and of illegal miners"),
    (G, "Dame said his office would study the full judgment and decide whether an appeal against the length of the sentence was warranted.",
     "Ghana", "neutral", "neutral", "", "plan"),
    (G, "Lands and Natural Resources Minister Samuel Abu Jinapor, speaking to journalists at Parliament House, praised the prosecution team for what he called a patient and thorough trial.",
     "Ghana", "neutral", "positive", "", "praise of the state's own prosecutors = self-praise, neutral, positive"),
    (G, "\"Anyone who comes here to tear up our forests for gold should know what awaits them: a Ghanaian courtroom and a Ghanaian cell,\" Jinapor said.",
     "Ghana", "condemning", "negative", "", "threat to illegal miners in general -> target empty"),
    (G, "A spokesperson for the Ghana Immigration Service, Michael Amoako-Atta, said the service had since linked its border posts to a biometric database so that deported persons could no longer return under new names.",
     "Ghana", "neutral", "neutral", "", "state agency = Ghana; own measure"),
    (G, "The Media Coalition Against Illegal Mining, however, said the sentence was far too light for the scale of the damage.",
     "Media Coalition Against Illegal Mining", "condemning", "negative", "Ghana", "judgement of the sentence handed down by Ghana's court (unsure: aimed at the outcome rather than the court)"),
    (G, "\"Four and a half years for poisoning entire rivers. We must ask who brought her back in, who sold her the land and who protected her. Those names are still missing from this case,\" the coalition's convener, Ken Ashigbey, told The Ghanaian Ledger.",
     "Media Coalition Against Illegal Mining", "condemning", "negative", "", "convener = the coalition; accusation against unnamed protectors -> target empty"),
    (G, "Ashigbey said the fight against galamsey would go nowhere as long as the politicians and chiefs who shield foreign miners were left untouched.",
     "Media Coalition Against Illegal Mining", "condemning", "negative", "", "judgement on unnamed politicians and chiefs"),
    (G, "The Ghana National Association of Small Scale Miners welcomed the conviction, saying foreigners had no business in small-scale mining, which the law reserves for Ghanaians.",
     "Ghana National Association of Small Scale Miners", "supporting", "positive", "Ghana", "welcome of the court's conviction"),
    (G, "The opposition National Democratic Congress (NDC) said the government had no reason to celebrate.",
     "National Democratic Congress", "condemning", "negative", "Ghana", "short lead-in, but it carries a judgement of its own"),
    (G, "\"The same government that put Aisha Huang on a plane in 2018 without a trial cannot now stand in front of cameras and claim credit for jailing her,\" NDC National Communications Officer Sammy Gyamfi said in a post on Facebook.",
     "National Democratic Congress", "condemning", "negative", "Ghana", "party communications officer = the party; accuses the government of hypocrisy"),
    (G, "Gyamfi added that the NDC would set up an independent inquiry into how the first prosecution was dropped if it won next year's elections.",
     "National Democratic Congress", "condemning", "negative", "Ghana", "threatened inquiry into the government's handling = a threatened response (unsure: could be a neutral plan)"),
    (G, "The Chinese Embassy in Accra said in a brief statement that it respected the independence of Ghana's judiciary and had always told Chinese citizens in Ghana to obey local laws and stay away from illegal mining.",
     "China", "neutral", "positive", "", "respect for the court + its own advice to citizens, no judgement or appeal (unsure: could be supporting Ghana)"),
    (G, "An embassy official, who asked not to be named, said the mission had given Huang consular assistance throughout the trial, as it would for any Chinese citizen.",
     "China", "supporting", "neutral", "Aisha Huang", "unnamed official of a named embassy = China; assistance provided (unsure: routine consular help, could be neutral)"),
    (G, "Kwabena Owusu-Ansah, a cocoa farmer who sold two plots to Huang's workers in 2016, said the sentence was a relief to his community.",
     "Kwabena Owusu-Ansah", "supporting", "positive", "Ghana", "invented resident (independent person); approval of the court's sentence"),
    (G, "\"The pits are still there, and my cocoa will not grow in them. The government must come and restore these lands and pay the families who lost their farms,\" he said by telephone.",
     "Kwabena Owusu-Ansah", "calling_for_talks", "negative", "Ghana", "a demand for help and compensation, no judgement (labels/README: asking for help = calling_for_talks)"),
]


def visible_text(path: Path) -> str:
    s = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        s = re.sub(r"(?s)<head>.*?</head>", " ", s)
        s = re.sub(r"(?s)<script.*?</script>", " ", s)
        s = re.sub(r"<[^>]+>", " ", s)
        s = html.unescape(s)
    return re.sub(r"\s+", " ", s)


def main() -> int:
    bad = 0
    texts = {}
    for doc, sent, *_ in ROWS:
        if doc not in texts:
            texts[doc] = visible_text(HERE / doc)
        if re.sub(r"\s+", " ", sent) not in texts[doc]:
            print("NOT FOUND", doc, sent[:80])
            bad += 1
    out = HERE / "statements.csv"
    with out.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
        for doc, sent, actor, stance, senti, target, note in ROWS:
            w.writerow([doc, sent, actor, stance, senti, target, "page", note])
    from collections import Counter
    print(len(ROWS), "rows")
    print(Counter(r[0] for r in ROWS))
    print(Counter(r[3] for r in ROWS))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
