#!/usr/bin/env python3
"""Write /work/batch33d/statements.csv from the hand labels below.

Every row was decided by reading the sentence in its page against
/work/shared/labelling-guide.md and /work/main/labels/README.md; this script
only stores the decisions and checks that each sentence occurs verbatim
(whitespace aside) in the visible text of its page.
"""
import csv
import html
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

D1 = "page_russia_christensen_oryol2019_wire.txt"
D2 = "page_belarus_lapshin_extradition2017_stateagency.txt"
D3 = "page_italy_cutro_shipwreck2023_noonbriefing.txt"
D4 = "page_moldova_rogozin_personanongrata2017_mfa.html"
D5 = "page_ukraine_sheremet_carbomb2016_liveblog.html"
D6 = "page_romania_colectiv_fire2015_daily.txt"

C, S, N, T = "condemning", "supporting", "neutral", "calling_for_talks"
NEG, NEU, POS = "negative", "neutral", "positive"

# (doc, sentence, actor, stance, sentiment, target, note)
ROWS = [
# ---------------------------------------------------------------- page 1: Russia, wire
(D1, "A Russian court has sentenced a Danish member of the Jehovah's Witnesses to six years in a penal colony for organising the activities of a banned \"extremist\" group, the first prison term handed to a follower of the faith since Russia outlawed it in 2017.",
 "Russia", C, NEG, "Dennis Christensen", "dateline excluded; the court's sentence = an act of the state's judiciary punishing Christensen"),
(D1, "The Zheleznodorozhny district court found on Wednesday that Christensen had kept the local congregation running after a regional court ordered it dissolved in 2016, and ruled that he should serve his term in a general-regime colony.",
 "Russia", C, NEG, "Dennis Christensen", "the court's finding of guilt and its ruling on the colony (a state organ -> Russia)"),
(D1, "Prosecutors had told the court that Christensen acted as the organiser of a banned group and drew new members into it, which he denied throughout the trial.",
 "Russia", C, NEG, "Dennis Christensen", "prosecution's accusation (state organ)"),
(D1, "Prosecutors had told the court that Christensen acted as the organiser of a banned group and drew new members into it, which he denied throughout the trial.",
 "Dennis Christensen", N, NEG, "", "second position in the same sentence: his denial = neutral, negative"),
(D1, "Before the verdict was read, Christensen told reporters in the corridor that he had only ever read the Bible with friends and that he still trusted Russia to respect the freedom of belief written into its constitution.",
 "Dennis Christensen", N, NEU, "", "denial of wrongdoing + expressed trust that rights will be respected; no judgement, no appeal for talks (unsure: the trust could be read as a plea)"),
(D1, "\"I have never been an extremist and I am not one now. I only ask to be allowed to believe what I believe,\" he said, as guards led him into the courtroom.",
 "Dennis Christensen", N, NEG, "", "two-sentence quote closed by 'he said' = one unit; denial + plea for his own freedom, no judgement of an actor"),
(D1, "His lawyer, Anton Bogdanov, said the defence would appeal, calling the case \"a trial of prayer, not of any crime.\"",
 "Dennis Christensen", C, NEG, "Russia", "the lawyer speaks for his client (as in heldout 42a); calling the case a trial of prayer = judgement of the prosecution"),
(D1, "Christensen's wife, Irina, said she would visit him as often as the prison rules allowed and that the couple had no intention of leaving the country they regard as home.",
 "Irina Christensen", N, NEU, "", "named relative = independent person; plans, no position on an actor"),
(D1, "Danish Foreign Minister Anders Samuelsen said the sentence was out of all proportion and that it made no sense to place a peaceful religious community on the same list as terrorist organisations.",
 "Denmark", C, NEG, "Russia", "foreign minister -> state; 'out of all proportion' = judgement"),
(D1, "Samuelsen said Denmark's embassy in Moscow would keep following the case closely and that Copenhagen expected the Russian authorities to honour their own commitments on freedom of religion.",
 "Denmark", T, NEU, "Russia", "surname only; demand addressed to one side with no judgement word = calling_for_talks (labels/README)"),
(D1, "In Brussels, Maja Kocijancic, a spokeswoman for EU foreign policy chief Federica Mogherini, said the bloc regarded the conviction as punishment for the peaceful practice of a faith and expected the Dane to be freed without delay.",
 "European Union", C, NEG, "Russia", "'the bloc'; Brussels is a place here; judgement + release demand: rule 1"),
(D1, "UN human rights chief Michelle Bachelet said on Thursday that the ruling left every Jehovah's Witness in Russia exposed to prosecution simply for practising their faith.",
 "United Nations", C, NEG, "Russia", "OHCHR = United Nations; judgement of the ruling (believers exposed to prosecution for their faith)"),
(D1, "She asked Moscow to review every pending case against members of the group and to stop prosecuting believers for meeting to pray.",
 "United Nations", T, NEU, "Russia", "'She' = Bachelet; request to one side with no judgement word in this sentence"),
(D1, "Kristina Arriaga, vice chair of the US Commission on International Religious Freedom, an independent body that advises the US government, called Christensen a prisoner of conscience whose only offence was his worship.",
 "United States Commission on International Religious Freedom", C, NEG, "Russia", "new actor: an independent advisory commission, kept apart from the US executive (unsure: could resolve to United States); 'prisoner of conscience' = judgement of the jailing"),
(D1, "Amnesty International, which has campaigned for Christensen since his arrest, said he should be released immediately and that the case against him should never have been brought.",
 "Amnesty International", C, NEG, "Russia", "release demand + 'should never have been brought' = judgement: rule 1"),
(D1, "Yaroslav Sivulsky, a spokesman for the European Association of Jehovah's Witnesses, said the court had sent a father figure of the Oryol congregation to prison for opening his Bible, and that believers across Russia now lay awake waiting for knocks at the door at dawn.",
 "Jehovah's Witnesses", C, NEG, "Russia", "new actor; the European association speaks for the faith's organisation; blames the court and the raids without stock words"),
(D1, "The group says more than 100 of its members in Russia are now under criminal investigation and that at least 20 have spent time in pre-trial detention.",
 "Jehovah's Witnesses", N, NEU, "", "'the group'; figures given by an actor = neutral"),
(D1, "Jarrod Lopes, a spokesman at the group's world headquarters in New York state, said the Witnesses would press their complaint at the European Court of Human Rights, where Denmark joined Christensen's case as a third party last year.",
 "Jehovah's Witnesses", N, NEU, "", "plan to pursue a legal complaint, no new judgement"),
(D1, "Jarrod Lopes, a spokesman at the group's world headquarters in New York state, said the Witnesses would press their complaint at the European Court of Human Rights, where Denmark joined Christensen's case as a third party last year.",
 "Denmark", S, NEU, "Dennis Christensen", "second position: Denmark's intervention in his case at the ECHR = backing by act (reported in a clause)"),
(D1, "Russia's Supreme Court declared the Jehovah's Witnesses an extremist organisation in April 2017 at the request of the Justice Ministry, ordering their regional branches dissolved and their property handed to the state.",
 "Russia", C, NEG, "Jehovah's Witnesses", "background, but a specific act reported as done: the ban and dissolution (court + ministry -> Russia)"),
(D1, "Kremlin spokesman Dmitry Peskov told reporters on Thursday that the Kremlin did not comment on court rulings and that the defence was free to challenge the verdict in a higher court.",
 "Russia", N, NEU, "", "declines comment; procedure"),
(D1, "In December, President Vladimir Putin told members of his human rights council that people should not be treated as extremists simply because of the religious community they belong to, and said the issue needed to be looked at.",
 "Russia", N, NEU, "", "the president's view on the practice of his own state's courts; no judgement of another actor, no appeal for talks (unsure)"),
(D1, "Alexander Verkhovsky, director of the SOVA Center, a Moscow think tank that monitors the use of anti-extremism laws, said the verdict showed the courts had not heard the president's remarks, or had chosen not to.",
 "SOVA Center", C, NEG, "Russia", "new actor; judgement of the courts (state organs)"),
(D1, "\"The law on extremism was written to fight violence. In Oryol it has been used to punish a man for a prayer meeting, and every regional prosecutor will now read this verdict as a green light,\" Verkhovsky said.",
 "SOVA Center", C, NEG, "Russia", "two-sentence quote closed by the speaker = one unit; surname only"),
(D1, "The Jehovah's Witnesses, a US-based Christian denomination known for door-to-door preaching and refusal of military service, say they have about 170,000 followers in Russia.",
 "Jehovah's Witnesses", N, NEU, "", "figure given by the group"),

# ---------------------------------------------------------------- page 2: Belarus, state agency
(D2, "The Republic of Belarus, in handing over the blogger Alexander Lapshin to the Republic of Azerbaijan, acted strictly within the framework of its international treaty obligations and the legislation in force, Press Secretary of the Ministry of Foreign Affairs of the Republic of Belarus, Head of the Information Department Dmitry Mironchik told journalists at a briefing in Minsk on 9 February.",
 "Belarus", N, NEU, "", "dateline excluded; defence of its own conduct, no judgement of another actor"),
(D2, "\"This is a matter for lawyers and judges, not for politicians, and we would ask everyone to treat it that way. When Belarus signs an agreement it keeps its word, whatever passport the person concerned happens to hold,\" Dmitry Mironchik said.",
 "Belarus", N, NEU, "", "quote of two sentences closed by the speaker; justification on legal grounds, a mild rebuff to critics with no named actor"),
(D2, "The press secretary recalled that Alexander Lapshin, who holds the citizenship of the Russian Federation, the State of Israel and Ukraine, was detained in Minsk on 15 December 2016 on the basis of an international search notice initiated by the law enforcement bodies of Azerbaijan, and that all subsequent decisions in his case had been taken by the competent authorities in the order established by law.",
 "Belarus", N, NEU, "", "facts and procedure given by the ministry (the detention is told as procedure)"),
(D2, "On 17 January 2017 Deputy Prosecutor General of the Republic of Belarus Alexei Stuk issued a ruling granting the request of the Prosecutor General's Office of the Republic of Azerbaijan for the extradition of Alexander Lapshin, the decision was upheld by the Minsk City Court, and on 7 February the Supreme Court of the Republic of Belarus, having examined the complaint of the defence in a closed session, left it without satisfaction.",
 "Belarus", N, NEU, "", "prosecutor's and courts' rulings told as legal procedure, no judgement of Lapshin stated (unsure: an extradition ruling could be read as a measure against him)"),
(D2, "On 17 January 2017 Deputy Prosecutor General of the Republic of Belarus Alexei Stuk issued a ruling granting the request of the Prosecutor General's Office of the Republic of Azerbaijan for the extradition of Alexander Lapshin, the decision was upheld by the Minsk City Court, and on 7 February the Supreme Court of the Republic of Belarus, having examined the complaint of the defence in a closed session, left it without satisfaction.",
 "Azerbaijan", C, NEG, "Alexander Lapshin", "second actor: Baku's extradition request to prosecute him = a measure taken against him (act reported as done)"),
(D2, "According to the Prosecutor General's Office of Azerbaijan, the blogger is charged with illegally crossing the state border of that country during his trips to Nagorno-Karabakh in April 2011 and October 2012 and with public calls directed against the state, which the Azerbaijani side considers to have been made in his internet publications of 2016.",
 "Azerbaijan", C, NEG, "Alexander Lapshin", "'according to' = reported speech; criminal charges = accusation"),
(D2, "Answering a question about the statement issued on 8 February by the Ministry of Foreign Affairs of the Russian Federation, in which the Russian side voiced its regret at the decision and said it sat ill with the alliance between the two countries, Dmitry Mironchik noted that Minsk had kept Moscow informed of every stage of the procedure through diplomatic channels.",
 "Russia", C, NEG, "Belarus", "Russia's position reported inside the Belarusian reply: regret at the decision + 'sat ill with the alliance' = judgement"),
(D2, "Answering a question about the statement issued on 8 February by the Ministry of Foreign Affairs of the Russian Federation, in which the Russian side voiced its regret at the decision and said it sat ill with the alliance between the two countries, Dmitry Mironchik noted that Minsk had kept Moscow informed of every stage of the procedure through diplomatic channels.",
 "Belarus", N, NEU, "", "Minsk's reply: a fact about its own consultations; Moscow/Minsk are capitals as metonyms"),
(D2, "\"We understand the feelings of our Russian colleagues, and we are confident that one case of this kind will not cast a shadow over the strategic and allied relations between Belarus and Russia, which are far broader and deeper than any single question,\" the press secretary said.",
 "Belarus", N, POS, "", "reassurance about the alliance; no appeal, no judgement (unsure: could be read as calling_for_talks, a hope for good relations)"),
(D2, "Dmitry Mironchik added that the Belarusian side had also given the Israeli side, which in December 2016 had asked Minsk not to hand the blogger over to Baku, full explanations of the legal grounds for the decision, and that consular access to Alexander Lapshin had been granted throughout his stay in Belarus.",
 "Belarus", N, NEU, "", "explanations given and consular access: facts about its own conduct"),
(D2, "Dmitry Mironchik added that the Belarusian side had also given the Israeli side, which in December 2016 had asked Minsk not to hand the blogger over to Baku, full explanations of the legal grounds for the decision, and that consular access to Alexander Lapshin had been granted throughout his stay in Belarus.",
 "Israel", T, NEU, "Belarus", "Israel's earlier request, reported in a relative clause: a demand to one side with no judgement = calling_for_talks"),
(D2, "As BelTA reported earlier, President of the Republic of Belarus Alexander Lukashenko, speaking on 3 February at the Big Conversation with the President with representatives of the Belarusian and foreign media, stressed that the blogger had been detained on the basis of an Interpol notice and that Belarus, as a law-abiding state, saw no legal grounds to refuse the request of a treaty partner.",
 "Belarus", N, NEU, "", "the agency is not an actor; the president's legal justification"),
(D2, "The Head of State also remarked at the time that if Baku, Moscow and Tel Aviv had come to terms among themselves on the blogger's fate, Minsk would not have stood in the way, but no such arrangement had been put forward.",
 "Belarus", T, NEU, "", "'the Head of State' = Lukashenko; openness to a negotiated settlement among the states (conditional offer) = calling_for_talks (unsure: the remark is in the past conditional)"),
(D2, "On 8 February President of the Republic of Azerbaijan Ilham Aliyev held a telephone conversation with Alexander Lukashenko, during which the Azerbaijani leader thanked his Belarusian counterpart for the principled position of Minsk, the press service of the Belarusian leader informed.",
 "Azerbaijan", S, POS, "Belarus", "thanks and praise for 'the principled position of Minsk' = approval"),
(D2, "During the conversation the two presidents confirmed their mutual intention to continue expanding the trade, economic and humanitarian cooperation between Belarus and Azerbaijan and agreed to maintain regular contacts at the highest level.",
 "Belarus", S, POS, "Azerbaijan", "'the two presidents': one row each; expanding cooperation = backing (as in labels/pages); the regular contacts alone would be calling_for_talks (unsure)"),
(D2, "During the conversation the two presidents confirmed their mutual intention to continue expanding the trade, economic and humanitarian cooperation between Belarus and Azerbaijan and agreed to maintain regular contacts at the highest level.",
 "Azerbaijan", S, POS, "Belarus", "the Azerbaijani row of the same sentence"),
(D2, "Earlier, the head of the press service of the Ministry of Foreign Affairs of Azerbaijan Hikmat Hajiyev told journalists in Baku that Azerbaijan highly appreciated the decision of the Belarusian judicial authorities and regarded it as a sign of respect for the territorial integrity and sovereignty of Azerbaijan.",
 "Azerbaijan", S, POS, "Belarus", "MFA spokesman -> Azerbaijan; praise of the Belarusian decision"),
(D2, "The Azerbaijani diplomat also said that the blogger's visits to the occupied territories had been a deliberate provocation and a violation of the laws of Azerbaijan, and that the rights of the accused would be fully guaranteed during the investigation.",
 "Azerbaijan", C, NEG, "Alexander Lapshin", "'The Azerbaijani diplomat' = Hajiyev; 'deliberate provocation' = accusation; the reassurance does not change rule 1"),
(D2, "The Ministry of Foreign Affairs of Armenia, for its part, has criticised the decision, with its spokesman Tigran Balayan describing it as an encouragement of Baku's practice of blacklisting foreigners who visit Nagorno-Karabakh.",
 "Armenia", C, NEG, "", "criticism of Minsk's decision that also judges Baku's blacklisting: aimed at two actors -> target empty"),
(D2, "Asked about this assessment, Dmitry Mironchik said that Belarus did not intend to enter into public polemics with any of the states concerned and would keep friendly relations with both Yerevan and Baku.",
 "Belarus", N, POS, "", "declines to argue + wish for friendly ties; no appeal for talks, no judgement"),
(D2, "The press secretary also said that the Ministry of Foreign Affairs of Belarus was ready to continue consultations with the Russian and Israeli sides on any humanitarian aspects of the case if such requests were received.",
 "Belarus", T, NEU, "", "offer of consultations (even conditional) = calling_for_talks; two sides addressed -> target empty"),

# ---------------------------------------------------------------- page 3: Italy, UN noon briefing
(D3, "As you will have seen, the Secretary-General, on Sunday, expressed his deep sadness at the loss of dozens of lives, many of them children, when a boat carrying migrants and refugees broke apart near the beach of Steccato di Cutro.",
 "United Nations", N, NEG, "", "grief with no appeal in this sentence"),
(D3, "He said that no one should have to gamble their life at sea to reach safety, and that widening regular pathways for refugees and migrants is the only lasting way to take business away from the smugglers.",
 "United Nations", T, NEU, "", "'He' = the Secretary-General; appeal for regular pathways to save lives, no judgement of an actor"),
(D3, "According to the Italian authorities, more than 60 bodies have been recovered so far and around 80 people survived, while the number of those still missing is not known.",
 "Italy", N, NEU, "", "figures given by the authorities"),
(D3, "Our colleagues at UNHCR and at the International Organization for Migration (IOM) have staff in Crotone, where they are helping the Italian authorities to care for the survivors, including with psychological first aid and with tracing relatives.",
 "UNHCR", S, NEU, "Italy", "staff helping the Italian authorities = backing by act"),
(D3, "Our colleagues at UNHCR and at the International Organization for Migration (IOM) have staff in Crotone, where they are helping the Italian authorities to care for the survivors, including with psychological first aid and with tracing relatives.",
 "International Organization for Migration", S, NEU, "Italy", "same sentence, second agency"),
(D3, "In a joint statement, the two agencies said the tragedy showed once again that the capacity to rescue people in the Mediterranean falls short of what is needed, and they called on European states to work together on a predictable system for search and rescue and for bringing survivors ashore.",
 "UNHCR", T, NEG, "", "joint statement: one row per agency; appeal for joint search and rescue, no actor judged"),
(D3, "In a joint statement, the two agencies said the tragedy showed once again that the capacity to rescue people in the Mediterranean falls short of what is needed, and they called on European states to work together on a predictable system for search and rescue and for bringing survivors ashore.",
 "International Organization for Migration", T, NEG, "", "same joint statement, second agency"),
(D3, "The High Commissioner for Refugees, Filippo Grandi, also urged European Governments to finally build a shared system for receiving people who arrive by sea.",
 "UNHCR", T, NEU, "", "appeal to several governments to build a shared reception system (cooperation among states) = calling_for_talks"),
(D3, "UNICEF, for its part, said it was heartbroken that children were once again among the dead, and that it was in contact with the authorities about the care of the unaccompanied children who survived.",
 "UNICEF", N, NEG, "", "grief + own contacts about care; no appeal, no judgement"),
(D3, "The Italian Interior Minister, Matteo Piantedosi, said on Sunday that people should not be putting their children on boats like that one, whatever their situation at home.",
 "Italy", C, NEG, "", "a journalist's question reporting the minister's position (labels/README); blames the migrants themselves -> no canonical target"),
(D3, "And Elly Schlein, who won the Democratic Party's leadership primary on Sunday, said the Minister's words were an insult to the dead and called on him to apologize.",
 "Democratic Party (Italy)", C, NEG, "Italy", "reported in the question; opposition leader's judgement of a minister of her state"),
(D3, "Spokesman:  I'm not going to get into a debate with ministers of a Member State.",
 "United Nations", N, NEU, "", "declines to comment on the minister's words"),
(D3, "What I would say is that the people who take these journeys are very often fleeing war, persecution and hunger, and that those who should be held to account are the smugglers who make money out of their despair.",
 "United Nations", C, NEG, "", "holds the smugglers responsible (not a canonical actor) -> target empty"),
(D3, "Frontex said its aircraft spotted the boat on Saturday night, about 40 nautical miles off the coast, and passed the information to the Italian authorities, and the Guardia di Finanza said its patrol boats went out but had to turn back because of the weather.",
 "European Union", N, NEU, "", "Frontex = European Union (actors.csv); its account of the sighting, reported in a question"),
(D3, "Frontex said its aircraft spotted the boat on Saturday night, about 40 nautical miles off the coast, and passed the information to the Italian authorities, and the Guardia di Finanza said its patrol boats went out but had to turn back because of the weather.",
 "Italy", N, NEU, "", "second actor: the Guardia di Finanza's account (state body)"),
(D3, "Spokesman:  I think it is important that all the facts are established, and we trust that the Italian authorities will look into every step that was taken that night.",
 "United Nations", T, NEU, "Italy", "request for an investigation without judgement = calling_for_talks (as in labels/pages)"),
(D3, "Right now, our focus, and that of our agencies, is on the survivors and on the families who are still waiting for news.",
 "United Nations", N, NEU, "", "own priorities; no appeal"),
(D3, "Spokesman:  Not that I'm aware of, but we are in contact with the Italian authorities through our agencies on the ground.",
 "United Nations", N, NEU, "", "fact about contacts"),
(D3, "Question:  Prime Minister Meloni blamed the traffickers in her statement and said her Government would keep working to stop departures at their source.",
 "Italy", C, NEG, "", "reported in the question; blames the traffickers (not an actor) + pledge against departures -> target empty"),
(D3, "President Mattarella, for his part, said the European Union had to take on a real share of responsibility for managing migration.",
 "Italy", T, NEU, "European Union", "head of state -> Italy; demand to the EU with no judgement word (unsure: 'a real share' hints at a reproach)"),
(D3, "Spokesman:  I think the Secretary-General has been very clear, for a long time, that no country can manage large movements of people alone, and he has always called for solidarity among European States, and with the countries of first arrival in particular.",
 "United Nations", T, NEU, "", "appeal for solidarity and shared responsibility among states"),
(D3, "The President of the European Commission, Ursula von der Leyen, said member States now had to finish their negotiations on the EU pact on migration and asylum.",
 "European Union", T, NEU, "", "appeal to member states to conclude negotiations"),
(D3, "Spokesman:  We would welcome any agreement among European States that puts saving lives and the protection of people at its centre.",
 "United Nations", T, POS, "", "conditional welcome + appeal to save lives: rule 2 before rule 3"),
(D3, "I would just note that the Government of Pakistan has said that a number of its nationals were on board.",
 "Pakistan", N, NEU, "", "fact given by the government, relayed by the spokesman"),
(D3, "The Prime Minister of Pakistan, Shehbaz Sharif, said on Twitter that he was deeply saddened and had asked the Foreign Office to establish the facts as quickly as possible.",
 "Pakistan", N, NEG, "", "grief + own procedure; no appeal to another actor"),

# ---------------------------------------------------------------- page 4: Moldova, MFA releases
(D4, "The Ministry of Foreign Affairs and European Integration has taken note of the summoning, on 2 August 2017, of the Ambassador of the Republic of Moldova to the Russian Federation, Mr. Andrei Neguța, to the Ministry of Foreign Affairs of the Russian Federation, where he was handed a protest in connection with the decision of the Government of the Republic of Moldova concerning Mr. Dmitry Rogozin.",
 "Russia", C, NEG, "Moldova", "summoning an ambassador and handing a protest = a measure in protest (act reported as done)"),
(D4, "The Ministry of Foreign Affairs and European Integration has taken note of the summoning, on 2 August 2017, of the Ambassador of the Republic of Moldova to the Russian Federation, Mr. Andrei Neguța, to the Ministry of Foreign Affairs of the Russian Federation, where he was handed a protest in connection with the decision of the Government of the Republic of Moldova concerning Mr. Dmitry Rogozin.",
 "Moldova", N, NEU, "", "'has taken note' = no position"),
(D4, "The Ministry has also taken note of the statements made in Moscow by Deputy Minister of Foreign Affairs of the Russian Federation Grigory Karasin, who called the decision an unfriendly step that would damage bilateral relations, and by the Press Secretary of the President of the Russian Federation, Mr. Dmitry Peskov, who said Moscow could not accept it.",
 "Russia", C, NEG, "Moldova", "two Russian speakers, one actor -> one row; 'unfriendly step', 'could not accept' = judgement; Moldova only takes note (no row)"),
(D4, "The Ministry regrets that the Russian side has chosen to present a measure that concerns one official, and his own public statements, as a step directed against the Russian Federation as a whole.",
 "Moldova", C, NEG, "Russia", "'regrets that ... has chosen' = judgement of Russia's reaction"),
(D4, "The decision of the Government is not aimed at the Russian people, with whom the citizens of the Republic of Moldova are linked by long-standing ties of friendship, nor does it affect the entry of other Russian officials into the territory of the Republic of Moldova.",
 "Moldova", N, POS, "", "reassurance about its own measure (labels/README: reassurance = neutral)"),
(D4, "Minister Andrei Galbur stated that the Republic of Moldova remains open to a pragmatic and respectful dialogue with the Russian Federation on the entire bilateral agenda, including trade, migration and the settlement of the Transnistrian conflict, on the basis of equality and mutual respect.",
 "Moldova", T, POS, "Russia", "offer of dialogue"),
(D4, "The Ministry will continue to keep its partners in the European Union and in the OSCE informed of developments.",
 "Moldova", N, NEU, "", "procedure"),
(D4, "\"We are ready to sit down with our Russian partners at any level and discuss every question that divides us. What we cannot accept is that a high official of another state should speak about our citizens and our leadership in the language we heard last week,\" the Minister said.",
 "Moldova", C, NEG, "Russia", "quote of two sentences closed by the speaker; offer of talks + 'cannot accept' the official's language: rule 1"),
(D4, "At its meeting of 2 August 2017, the Government of the Republic of Moldova approved the proposal of the Ministry of Foreign Affairs and European Integration to declare the Deputy Prime Minister of the Russian Federation, Mr. Dmitry Rogozin, persona non grata and to prohibit his entry into and transit through the territory of the Republic of Moldova.",
 "Moldova", C, NEG, "Russia", "persona non grata + entry ban on a member of the Russian government = measure like an expulsion"),
(D4, "Presenting the proposal, Minister of Foreign Affairs and European Integration Andrei Galbur said that in the days following the events of 28 July, Mr. Rogozin had repeatedly spoken in public, including in a television interview, about the citizens of the Republic of Moldova and its constitutional authorities in terms that no member of a foreign government is entitled to use.",
 "Moldova", C, NEG, "Russia", "Rogozin is Russia's deputy prime minister -> target Russia; 'terms that no member of a foreign government is entitled to use' = judgement without stock words"),
(D4, "\"Statements of this kind, coming from a member of the government of another state, amount to an attempt to meddle in the domestic political life of our country and to belittle our state before its own citizens and its partners. The Government cannot leave them without an answer,\" Minister Galbur said.",
 "Moldova", C, NEG, "Russia", "accusation of meddling + announced response"),
(D4, "Prime Minister Pavel Filip supported the proposal, noting that the Republic of Moldova wishes to have good relations with all its partners, the Russian Federation included, but that such relations can only be built on respect for the dignity of the Moldovan state and its people.",
 "Moldova", C, NEG, "Russia", "backing the ban (a measure against Russia's official) + conditional wish for good relations: rule 1 (unsure: the wish for good relations could make it calling_for_talks)"),
(D4, "The Ministry recalls that Mr. Rogozin is at the same time the Special Representative of the President of the Russian Federation for Transnistria and the co-chair of the intergovernmental commission on bilateral cooperation, and that his visit of 28-29 July was planned without any coordination with the Government of the Republic of Moldova.",
 "Moldova", N, NEG, "", "facts given by the ministry; the lack of coordination is a complaint without a judgement word"),
(D4, "The Ministry of Foreign Affairs and European Integration will inform the diplomatic missions accredited in Chișinău of the Government decision by diplomatic note.",
 "Moldova", N, NEU, "", "procedure"),
(D4, "The Ministry of Foreign Affairs and European Integration states that the Government of the Republic of Moldova did not receive from the Russian side any request for an official visit by the Deputy Prime Minister of the Russian Federation, Mr. Dmitry Rogozin, on 28-29 July 2017, and that the programme of the visit was not coordinated with the Moldovan authorities.",
 "Moldova", N, NEU, "", "facts stated by the ministry"),
(D4, "The Romanian side informed the Moldovan side that the overflight had been refused in application of the restrictive measures of the European Union to which Mr. Rogozin has been subject since 2014.",
 "Romania", C, NEU, "Russia", "barring the plane of a Russian deputy prime minister under EU sanctions = a sanction applied (taken measure); the reason given is procedural, hence neutral tone (unsure: neutral as a procedural refusal)"),
(D4, "The Ministry firmly rejects as groundless the allegations made by Mr. Rogozin after the incident that the Moldovan authorities had organised the refusal of the overflight, as well as the insulting language he used on social networks about the Moldovan leadership and about a member state of the European Union.",
 "Moldova", C, NEG, "Russia", "denial + judgement of 'insulting language': rule 1"),
(D4, "The Ministry firmly rejects as groundless the allegations made by Mr. Rogozin after the incident that the Moldovan authorities had organised the refusal of the overflight, as well as the insulting language he used on social networks about the Moldovan leadership and about a member state of the European Union.",
 "Russia", C, NEG, "", "Rogozin's accusation and insults, reported by Moldova: aimed at Moldova and Romania -> target empty"),
(D4, "The Ministry regards the events organised in Tiraspol on 29 July to mark 25 years of the so-called peacekeeping operation as inappropriate, since the presence of the Operational Group of Russian Forces on the territory of the Republic of Moldova is not based on the consent of the Moldovan state.",
 "Moldova", C, NEG, "Russia", "'inappropriate', 'so-called', presence without consent = judgement of Russia's troop presence; Tiraspol is a place"),
(D4, "The Ministry has conveyed its position to the Embassy of the Russian Federation in Chișinău by diplomatic note.",
 "Moldova", N, NEU, "", "procedure"),
(D4, "The Republic of Moldova reiterates its call for the complete and unconditional withdrawal of the Russian troops and munitions from its territory, and for the transformation of the current peacekeeping format into a multinational civilian mission with an international mandate, in line with the declaration adopted by the Parliament on 21 July 2017.",
 "Moldova", T, NEG, "Russia", "demand to one side with no judgement word in this sentence = calling_for_talks, negative (labels/README)"),
(D4, "The Ministry expresses its gratitude to the partners who have consistently supported the sovereignty and territorial integrity of the Republic of Moldova within its internationally recognised borders.",
 "Moldova", S, POS, "", "gratitude to unnamed partners = approval; no canonical target"),

# ---------------------------------------------------------------- page 5: Ukraine, live blog
(D5, "Russian foreign ministry spokeswoman Maria Zakharova said Moscow expected Kyiv to find and punish the killers of a Russian citizen, and that the attack showed how dangerous Ukraine had become for journalists who refused to follow the official line.",
 "Russia", C, NEG, "Ukraine", "demand + judgement of Ukraine as dangerous for dissenting journalists: rule 1; Kyiv = metonym"),
(D5, "Kremlin spokesman Dmitry Peskov said the Kremlin hoped the Ukrainian investigation would be objective and that Russian law-enforcement agencies were ready to assist if asked.",
 "Russia", T, NEU, "Ukraine", "hope for an objective investigation + offer of help: rule 2 before rule 3"),
(D5, "Belarus's foreign ministry spokesman Dmitry Mironchik said Minsk was following the investigation and trusted the Ukrainian authorities to establish who was behind the killing.",
 "Belarus", S, NEU, "Ukraine", "confidence in the Ukrainian authorities = backing (as Peskov's 'trusted the Belarusian authorities' in labels/pages; unsure: could be neutral)"),
(D5, "Mikalai Statkevich, the Belarusian opposition politician, wrote on Facebook that the KGB in Minsk had hounded Sheremet for twenty years and that investigators should start their search there.",
 "Mikalai Statkevich", C, NEG, "Belarus", "new actor; accuses the Belarusian KGB (a state organ) and points investigators to it"),
(D5, "Killing a journalist with a bomb on a Kyiv street is a crime against everyone's right to know.",
 "OSCE", C, NEG, "", "embedded post by the OSCE media freedom representative (named in the next paragraph); judgement of the killing, perpetrators unknown -> target empty"),
(D5, "The authorities must find the killers and whoever sent them, and fast.",
 "OSCE", T, NEG, "Ukraine", "second sentence of the post: demand to the Ukrainian authorities with no judgement word"),
(D5, "The post was written by Dunja Mijatović, the OSCE Representative on Freedom of the Media, whose office said she would raise the case with Ukraine's foreign minister.",
 "OSCE", T, NEU, "Ukraine", "diplomatic engagement announced by her office = calling_for_talks (unsure: could be neutral as a plan)"),
(D5, "The US embassy in Kyiv said Washington was ready to consider any Ukrainian request for help with the investigation, and Ambassador Geoffrey Pyatt called Sheremet a fearless reporter whose voice would be badly missed.",
 "United States", S, POS, "Ukraine", "offer of help with the investigation + tribute; both parts are the US: one row"),
(D5, "At a meeting of law-enforcement chiefs with the president, Prosecutor General Yuriy Lutsenko said investigators were examining a killing linked to Sheremet's journalism, a personal motive, and an attempt by outside forces to destabilise Ukraine.",
 "Ukraine", N, NEU, "", "lines of inquiry, no actor named or judged"),
(D5, "\"We cannot rule out that someone wants to sow panic in Kyiv, and that is why this investigation has been given every resource we have,\" Lutsenko said.",
 "Ukraine", N, NEG, "", "surname only; suspicion of an unnamed 'someone' + own resources: no judgement of an actor"),
(D5, "The head of the National Police, Khatia Dekanoidze, told the same meeting that the bomb had contained the equivalent of 400 to 600 grams of TNT and had been fixed under the driver's side of the car.",
 "Ukraine", N, NEU, "", "facts given by the police chief"),
(D5, "She said the best detectives in the country had been assigned to the case.",
 "Ukraine", N, NEU, "", "'She' = Dekanoidze; procedure"),
(D5, "President Petro Poroshenko told Ukrainska Pravda's editor-in-chief, Sevgil Musayeva-Borovik, in a phone call that he had asked the FBI and European experts to take part in the investigation so that nobody could question its results.",
 "Ukraine", T, NEU, "", "asking outside partners for help (labels/README: asking for help = calling_for_talks); two partners -> target empty"),
(D5, "Pavel's death is a blow to all of us who value free speech in Ukraine.",
 "Ukraine", N, NEG, "", "embedded Facebook post credited to Poroshenko; grief, no judgement of an actor"),
(D5, "I have put the heads of every law-enforcement agency on this case, and I will follow the investigation myself until the killers are in the dock.",
 "Ukraine", C, NEG, "", "vow to bring the killers to trial = a threatened response against unknown perpetrators -> target empty (unsure: could be neutral as own procedure)"),
(D5, "Ukrainska Pravda said in a statement on its website that Sheremet had not told colleagues of any threats against him, and that the newsroom would publish the material he was working on.",
 "Ukrainska Pravda", N, NEU, "", "new actor (media outlet speaking for itself, not reporting); facts and plans"),
(D5, "Nina Ognianova, the Europe and Central Asia programme coordinator at the Committee to Protect Journalists, said Ukraine had to show that the murder of a journalist would not go unpunished by bringing everyone involved to justice.",
 "Committee to Protect Journalists", T, NEG, "Ukraine", "demand to Ukraine without a judgement word"),
(D5, "Reporters Without Borders said the killing came sixteen years after the murder of Ukrainska Pravda's founder, Georgiy Gongadze, a case it said Ukraine had never fully solved, and that such impunity only encouraged those who silence reporters.",
 "Reporters Without Borders", C, NEG, "Ukraine", "blames Ukraine's failure to solve the Gongadze case ('impunity')"),
(D5, "In Brussels, Maja Kocijancic, a spokeswoman for EU foreign policy chief Federica Mogherini, said the EU expected a swift and thorough investigation that would bring those responsible to justice.",
 "European Union", T, NEU, "Ukraine", "investigation request, no judgement"),
(D5, "Zoryan Shkiryak, an adviser to Interior Minister Arsen Avakov, wrote on Facebook that initial findings pointed to a home-made device set off either by remote control or by a timer.",
 "Ukraine", N, NEU, "", "ministry adviser -> Ukraine; facts"),
(D5, "Prosecutor General Yuriy Lutsenko wrote on Facebook that investigators were treating the blast as a premeditated killing.",
 "Ukraine", N, NEU, "", "qualification of the case by the prosecutor = procedure"),
(D5, "Prytula told colleagues the car had been parked overnight outside their home, a few hundred metres from the spot where it exploded.",
 "Olena Prytula", N, NEU, "", "new actor (named person, the car's owner); facts"),
(D5, "Kyiv police confirmed that the driver, journalist Pavel Sheremet, had died of his injuries and that the explosion at 7.45 had been caused by an explosive device.",
 "Ukraine", N, NEU, "", "facts given by the police"),

# ---------------------------------------------------------------- page 6: Romania, daily
(D6, "Romania's government fell on Wednesday, five days after a fire in a basement nightclub killed 32 people, as tens of thousands of protesters who blame corruption for the disaster kept up their marches for a second night and President Klaus Iohannis began talks on a new cabinet.",
 "Romania", T, NEU, "", "lede: narration, but the president convening talks is an act (labels/README: the host convening = calling_for_talks); the protesters are not an actor"),
(D6, "Prime Minister Victor Ponta told reporters at Victoria Palace on Wednesday morning that he and his ministers were leaving office, adding that no government could carry on when tens of thousands of young people believed it had failed them.",
 "Romania", N, NEG, "", "resignation announced, no judgement of another actor"),
(D6, "Iohannis, who opened consultations with the parliamentary parties at Cotroceni Palace on Thursday, said he would also hear representatives of the protesters and of civil society before he named a new prime minister.",
 "Romania", T, POS, "", "surname only; dialogue with parties and protesters"),
(D6, "\"The people in the street have not asked for a new name on the door of the government. They have asked to be listened to, and this time they will be,\" the president said after his first round of meetings.",
 "Romania", T, POS, "", "quote of two sentences closed by 'the president said'; commitment to listen = dialogue"),
(D6, "On Tuesday night, as the first march reached the government building, Iohannis wrote on Facebook that he understood the protesters and that Colectiv had shown how rules bent in exchange for a bribe end up costing lives.",
 "Romania", C, NEG, "", "judgement of corruption with no named actor -> target empty (unsure)"),
(D6, "Liviu Dragnea, the leader of Ponta's Social Democratic Party, said the party respected the prime minister's decision and would go to the president's consultations ready to discuss any formula that gave the country a stable government.",
 "Social Democratic Party (Romania)", T, POS, "", "new actor; agreeing to attend talks = calling_for_talks"),
(D6, "Alina Gorghiu, co-president of the opposition National Liberal Party, said the Social Democrats had lost any moral right to govern and that only early elections could restore trust in politics.",
 "National Liberal Party (Romania)", C, NEG, "Social Democratic Party (Romania)", "new actor; judgement of the governing party"),
(D6, "Cristian Popescu Piedone, the mayor of Sector 4, whose office had licensed the club, also resigned on Wednesday, saying he could not remain in office while the families of the victims held him responsible.",
 "Romania", N, NEG, "", "local official -> his state (labels/README: provincial officials); resignation, no judgement of another actor"),
(D6, "Gabriel Oprea, the deputy prime minister and interior minister, whose resignation the crowds had also demanded, said the fire crews and ambulance teams had done everything humanly possible on the night of the fire.",
 "Romania", N, POS, "", "defence/praise of its own services = neutral, positive (the crowds are not an actor)"),
(D6, "Prosecutors have detained the club's three owners on suspicion of manslaughter and breaches of fire safety rules, and on Wednesday widened the investigation to the officials who issued the club's operating permits.",
 "Romania", C, NEG, "", "detention on criminal suspicion = measure taken against the owners (not actors) -> target empty"),
(D6, "The Bucharest emergency situations inspectorate said the club had never applied for a fire safety permit and had never been inspected by its officers.",
 "Romania", N, NEU, "", "facts given by a state agency"),
(D6, "Andrei Munteanu, a 24-year-old engineering student who marched on Wednesday night with friends of two of the victims, said Ponta's resignation was only the first step.",
 "Andrei Munteanu", N, NEG, "", "invented protester under his own name; no judgement word yet (the next quote carries it)"),
(D6, "\"Our friends died because someone took an envelope and signed a paper. We will come back every night until the people who live like that are gone from public life,\" Munteanu said.",
 "Andrei Munteanu", C, NEG, "", "blames corrupt officials (no canonical actor) -> target empty"),
(D6, "Mihaela Dobre, a political scientist at the University of Bucharest, said the protests were the largest since 1990 and that they were aimed less at one party than at a whole political class.",
 "Mihaela Dobre", N, NEU, "", "invented analyst; analysis, no position"),
(D6, "Raed Arafat, the secretary of state who heads the Department for Emergency Situations, said hospitals in Belgium, the Netherlands and Germany had offered to take in some of the most badly burned patients, and that transfers would begin once visiting doctors had decided who could travel safely.",
 "Romania", N, NEU, "", "facts and procedure given by the official"),
(D6, "Raed Arafat, the secretary of state who heads the Department for Emergency Situations, said hospitals in Belgium, the Netherlands and Germany had offered to take in some of the most badly burned patients, and that transfers would begin once visiting doctors had decided who could travel safely.",
 "Belgium", S, POS, "Romania", "states acting as a list: one row per state; offer of treatment = aid (hospitals resolved to their states, unsure)"),
(D6, "Raed Arafat, the secretary of state who heads the Department for Emergency Situations, said hospitals in Belgium, the Netherlands and Germany had offered to take in some of the most badly burned patients, and that transfers would begin once visiting doctors had decided who could travel safely.",
 "Netherlands", S, POS, "Romania", "second state of the list"),
(D6, "Raed Arafat, the secretary of state who heads the Department for Emergency Situations, said hospitals in Belgium, the Netherlands and Germany had offered to take in some of the most badly burned patients, and that transfers would begin once visiting doctors had decided who could travel safely.",
 "Germany", S, POS, "Romania", "third state of the list"),
(D6, "A team of Israeli burn specialists has been working alongside Romanian doctors at the Bagdasar-Arseni hospital since Monday, bringing with them a treatment that removes burned tissue without surgery.",
 "Israel", S, POS, "Romania", "medical team sent from Israel = backing by act (unsure: the team is not named as a government one)"),
(D6, "Health Minister Nicolae Banicioiu, who had said at the weekend that Romanian hospitals could care for all the injured, said on Wednesday that patients would be sent abroad wherever that gave them a better chance.",
 "Romania", N, NEU, "", "plan/procedure"),
(D6, "British Prime Minister David Cameron told the House of Commons that his government would look at what help Britain could give to the victims.",
 "United Kingdom", S, NEU, "Romania", "offer to consider help = supporting (unsure: conditional)"),
(D6, "European Commission President Jean-Claude Juncker wrote to Iohannis to offer his condolences and said the Commission stood ready to help through the EU civil protection mechanism.",
 "European Union", S, POS, "Romania", "condolences + offer of help = supporting"),
(D6, "The Romanian Orthodox Church, criticised by some protesters for staying silent, said through its spokesman, Constantin Stoica, that priests had been at the hospitals since the night of the fire and that every parish would pray for the victims on Sunday.",
 "Romanian Orthodox Church", S, POS, "", "new actor; pastoral help to the victims (not an actor) = backing by act, target empty (unsure: could be neutral as a reply to criticism)"),
]

HEADER = ["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"]


def visible_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        raw = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", raw)
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return re.sub(r"\s+", " ", raw)


def main() -> int:
    texts = {}
    bad = 0
    for doc, sent, *_ in ROWS:
        if doc not in texts:
            texts[doc] = visible_text(ROOT / doc)
        if re.sub(r"\s+", " ", sent) not in texts[doc]:
            print("NOT FOUND:", doc, sent[:90], file=sys.stderr)
            bad += 1
    seen = set()
    for doc, sent, actor, *_ in ROWS:
        key = (doc, sent, actor)
        if key in seen:
            print("DUPLICATE:", key, file=sys.stderr)
            bad += 1
        seen.add(key)
    with open(ROOT / "statements.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        for doc, sent, actor, stance, senti, target, note in ROWS:
            w.writerow([doc, sent, actor, stance, senti, target, "page", note])
    print(len(ROWS), "rows written;", bad, "problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
