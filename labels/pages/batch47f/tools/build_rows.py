#!/usr/bin/env python3
"""Write /work/batch47f/statements.csv from the hand labels below.

Every row was decided by reading the sentence in its page against
/work/shared/labelling-guide.md and /work/main/labels/README.md.
The script only checks that each sentence occurs in its page's visible text
(HTML tags stripped, entities decoded, whitespace collapsed) and writes the CSV.
"""
import csv
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

E = "page_ecuador_olabini_detention2019_wire.txt"
P = "page_peru_heredia_asylum2025_stateagency.txt"
B = "page_brazil_jacarezinho_raid2021_noonbriefing.txt"
PA = "page_panama_bocasdeltoro_emergency2025_presidency.html"
C = "page_colombia_ordonez_bogotaprotests2020_liveblog.html"
CA = "page_canada_snclavalin_testimony2019_dailyscrape.txt"

ROWS = []


def r(doc, sentence, actor, stance, sentiment, target, note):
    ROWS.append((doc, sentence, actor, stance, sentiment, target, note))


# ---------------------------------------------------------------- Ecuador (wire)
r(E, "Sweden's foreign ministry summoned Ecuador's ambassador in Stockholm on Tuesday to demand an explanation for the detention of Swedish software developer Ola Bini, who has been held in a Quito jail since he was stopped at the city's airport on the day WikiLeaks founder Julian Assange lost his asylum in London.",
  "Sweden", "condemning", "negative", "Ecuador",
  "dateline left out of the unit; summoning the ambassador to demand an explanation = diplomatic protest measure (unsure: could be calling_for_talks as a request for information)")
r(E, "A ministry spokeswoman said Stockholm wanted Ambassador Lautaro Pozo to set out the grounds for holding Bini and the timetable of the case against him.",
  "Sweden", "neutral", "neutral", "",
  "unnamed spokeswoman of a named ministry = Sweden; Stockholm = metonym; asking the envoy for the grounds and timetable = request for information, no judgement; Pozo is addressed, not a speaker")
r(E, "\"We have made it clear to the Ecuadorian side that we expect our citizen to be treated according to the law and with full respect for his rights as a detainee. We will keep raising the case for as long as it takes,\" the spokeswoman said.",
  "Sweden", "calling_for_talks", "neutral", "Ecuador",
  "two-sentence quote closed by its speaker = one unit; expectation of lawful treatment + continued diplomatic contact, no judgement word")
r(E, "Interior Minister Maria Paula Romo said that week that Bini had visited Assange at the embassy many times and that investigators had evidence he had taken part in attempts to destabilise the government of President Lenin Moreno.",
  "Ecuador", "condemning", "negative", "Ola Bini",
  "interior minister = Ecuador; accusation of a plot against the government")
r(E, "Romo, who has not made that evidence public, said Ecuador would go after anyone who used computers to attack its institutions, wherever they came from.",
  "Ecuador", "condemning", "negative", "",
  "surname only; a warning to unnamed attackers = threat; the relative clause is the agency's narration; no named target")
r(E, "A judge in Quito ordered 90 days of pre-trial detention on April 13 while prosecutors investigate Bini for an alleged attack on the integrity of computer systems.",
  "Ecuador", "condemning", "neutral", "Ola Bini",
  "court and prosecutors = Ecuadorian state; detention order = a measure taken against him, reported without comment (unsure: could be read as narration)")
r(E, "His lawyers say the case rests on nothing more than the books, laptops and memory sticks that police took from his flat and displayed to cameras.",
  "Ola Bini", "neutral", "negative", "",
  "lawyers speak for their client (new actor); rebuttal of the evidence = denial (unsure: the jab at the police display could make it condemning)")
r(E, "\"Twelve days have gone by and nobody has told us what our client is supposed to have done. The prosecution has his computers, his phones and his books, and it still cannot name one system he is meant to have broken into,\" defence lawyer Carlos Soria said by telephone.",
  "Ola Bini", "condemning", "negative", "Ecuador",
  "quote over two sentences closed by the speaker; lawyer = client; holding him without a stated offence = judgement on the prosecution")
r(E, "Soria said the defence would ask a court this week to order Bini's release through a habeas corpus petition, arguing that police stopped him using a warrant drawn up for another person and questioned him for hours without an interpreter.",
  "Ola Bini", "condemning", "negative", "Ecuador",
  "legal challenge built on accusations of an unlawful arrest (misconduct alleged, not a mere rebuttal)")
r(E, "In a note dictated to his lawyers and released on Monday, Bini said he had never worked for WikiLeaks, that he regarded Assange as a friend, and that he was being held for the company he kept rather than for anything he had done.",
  "Ola Bini", "condemning", "negative", "Ecuador",
  "denial joined to the charge that he is held for his friendships: the judgement decides (rule 1); WikiLeaks and Assange are mentioned, not speakers")
r(E, "Sweden's honorary consul in Quito, Ola Ernberg, visited Bini at the El Inca detention centre on Tuesday together with his parents, and told reporters afterwards that the programmer was in acceptable health and spirits despite sharing a crowded cell.",
  "Sweden", "neutral", "neutral", "",
  "consul = Sweden; consular visit and a fact about the detainee, no evaluation")
r(E, "In an open letter published at the weekend, Bini's father, Dag Gustafsson, and his mother, Gorel Bini Gustafsson, said their son had been kept for hours without being told why he was held, and asked the Swedish government to press Quito for a fair and swift process.",
  "Dag Gustafsson", "condemning", "negative", "Ecuador",
  "two named parents = two rows (new actors, persons); complaint of mistreatment + appeal to Stockholm: the accusation decides (rule 1); Quito = metonym for Ecuador")
r(E, "In an open letter published at the weekend, Bini's father, Dag Gustafsson, and his mother, Gorel Bini Gustafsson, said their son had been kept for hours without being told why he was held, and asked the Swedish government to press Quito for a fair and swift process.",
  "Görel Bini Gustafsson", "condemning", "negative", "Ecuador",
  "second parent of the joint letter; same reading")
r(E, "Ecuador's foreign ministry said in a statement that Bini had received consular assistance as soon as Swedish officials requested it and that the case was in the hands of independent prosecutors and judges.",
  "Ecuador", "neutral", "neutral", "",
  "reassurance about its own conduct / rebuttal of a lapse, no judgement of another actor")
r(E, "Foreign Minister Jose Valencia told a local radio station that the government would respect due process in full but would not bend to campaigns organised abroad, describing the investigation as a matter of national security.",
  "Ecuador", "neutral", "negative", "",
  "foreign minister = Ecuador; refusal of outside pressure aimed at no named actor (unsure: 'campaigns organised abroad' could be read as a judgement)")
r(E, "Moreno, who has accused WikiLeaks of helping to circulate private photographs of his family and documents about an offshore company linked to his relatives, said on Monday that Assange had abused Ecuador's hospitality for years.",
  "Ecuador", "condemning", "negative", "Julian Assange",
  "head of state = Ecuador; one row per actor: the main clause's judgement on Assange is kept as target; the relative clause's accusation of WikiLeaks is also Ecuador's")
r(E, "\"Ecuador's decisions are taken in Quito, not dictated from a balcony in London,\" Moreno said.",
  "Ecuador", "condemning", "negative", "Julian Assange",
  "rebuff of Assange's pressure from the embassy (the balcony); Quito and London = places/metonyms (unsure: target could be left empty)")
r(E, "British Foreign Secretary Jeremy Hunt thanked Moreno on the day of the arrest for his cooperation in bringing Assange's seven years in the embassy to an end.",
  "United Kingdom", "supporting", "positive", "Ecuador",
  "foreign secretary = United Kingdom; thanks to Moreno (= Ecuador) for his cooperation")
r(E, "WikiLeaks said on Twitter that Bini's arrest was part of a campaign to punish anyone close to Assange and called for his immediate release.",
  "WikiLeaks", "condemning", "negative", "Ecuador",
  "accusation of a punitive campaign + demand for release (rule 1)")
r(E, "The Center for Digital Autonomy, the Quito-based group where Bini works, said police had paraded ordinary books and storage devices as if they were weapons, and demanded that his belongings be returned.",
  "Center for Digital Autonomy", "condemning", "negative", "Ecuador",
  "new actor (organisation); ridicule of the police display = judgement + demand")
r(E, "The Electronic Frontier Foundation, a U.S. digital-rights group, said the case showed how quickly a privacy researcher could be recast as a criminal and urged Ecuador either to charge Bini with a specific offence or to free him.",
  "Electronic Frontier Foundation", "condemning", "negative", "Ecuador",
  "new actor (organisation); judgement on the case + demand (rule 1)")
r(E, "Patino, who left Ecuador for Mexico last year, wrote on Twitter that he had met Bini only in passing and that the government was inventing a foreign conspiracy to cover its surrender of Assange.",
  "Ricardo Patiño", "condemning", "negative", "Ecuador",
  "former minister in exile = own name (new actor, alias without accent as on the page); denial + accusation of invention: rule 1. The line before ('Officials have also pointed to...') has unnamed officials with no tie: no row")
r(E, "The U.S. State Department declined to comment on whether Washington had asked Ecuador for information about Bini.",
  "United States", "neutral", "neutral", "",
  "declined to comment = neutral (labels/README); Washington = metonym")
r(E, "Santiago Cevallos Reyes, a security analyst in Quito, said the government had staked a great deal on the idea of a foreign plot and would find it hard to retreat if the case against Bini came apart in court.",
  "Santiago Cevallos Reyes", "neutral", "neutral", "",
  "invented analyst (new actor, person); an assessment with no explicit judgement or appeal")

# ---------------------------------------------------------------- Peru (state agency)
r(P, "The Minister of Foreign Affairs, Ambassador Elmer Schialer Salcedo, affirmed today that the Peruvian State granted the safe conduct that allowed former first lady Nadine Heredia Alarcón and her minor son to travel to the Federative Republic of Brazil in strict compliance with the Convention on Diplomatic Asylum signed in Caracas in 1954, to which both countries are parties, and he stressed that the decision in no way implies that the Government shares the reasons invoked for the asylum.",
  "Peru", "neutral", "neutral", "",
  "dateline 'Lima, Apr. 16 (PERÚ INFORMA).' left out; foreign minister = Peru; granting the document as a treaty duty + distancing from the asylum's grounds, no judgement word (unsure: the distancing is a mild disagreement with Brazil)")
r(P, "Speaking to the press at the Torre Tagle Palace, the head of Peruvian diplomacy explained that once the Embassy of Brazil in Lima communicated that it had granted diplomatic asylum and requested the departure of the asylees, the Convention obliged the territorial State to provide the guarantees and the corresponding document without delay, and that Peru, as a State that honours its international commitments, had done exactly that.",
  "Peru", "neutral", "neutral", "",
  "'the head of Peruvian diplomacy' = the foreign minister; Torre Tagle = place; procedure. Brazil's grant and request are narrated inside his explanation (Brazil's own position is given later)")
r(P, "\"Peru does not choose which of its treaties it will respect. We fulfilled our obligation, and we also made it very clear to Brazil, in writing and before the safe conduct was issued, that Mrs Heredia has been sentenced by our courts for money laundering, an ordinary crime, and not for any political act,\" the Foreign Minister said.",
  "Peru", "neutral", "negative", "",
  "quote of two sentences; restates a legal position that disputes the asylum's premise, no explicit judgement of Brazil or of Heredia (unsure)")
r(P, "The Foreign Minister added that the classification of the offence corresponds to the State granting asylum under the Convention, but that the Government had placed on record its view that the case concerned a common crime and that it would continue to raise this point through diplomatic channels.",
  "Peru", "calling_for_talks", "neutral", "Brazil",
  "pursuing the disagreement through diplomatic channels = diplomatic course addressed to Brazil (unsure: could be neutral)")
r(P, "The Government of Brazil sent an aircraft of the Brazilian Air Force to transport Mrs Heredia and her son, who left Lima in the early hours of today and landed at the air base in Brasília shortly before noon, local time.",
  "Brazil", "supporting", "neutral", "Nadine Heredia",
  "backing by act: providing the military aircraft for the asylee. The preceding sentence (Heredia entered the embassy before the court read the judgment) is narration: no row")
r(P, "The President of the Council of Ministers, Gustavo Adrianzén Olaya, stated that the Executive Branch fully respects the decisions of the Judiciary and that the asylum granted by Brazil does not extinguish, suspend or reduce the sentence, which remains in force and must be served.",
  "Peru", "neutral", "neutral", "",
  "prime minister = Peru; legal position, no judgement of Brazil")
r(P, "The Premier further indicated that the Government had no legal means to refuse the safe conduct without placing Peru in breach of an international treaty, and he asked the citizenry not to confuse compliance with the law with complicity.",
  "Peru", "neutral", "negative", "",
  "'The Premier' = Adrianzén; defence against criticism = rebuttal, negative tone; appeal to its own citizens is not an appeal to a party")
r(P, "For its part, the Ministry of Foreign Affairs reported that it keeps an open and constant channel of dialogue with the Government of Brazil, with which Peru shares a strategic partnership, and that the bilateral agenda on trade, the Amazon and border security will continue to advance normally.",
  "Peru", "supporting", "positive", "Brazil",
  "praise of the partnership and continuity of relations (unsure: the 'communication' part could make it calling_for_talks)")
r(P, "In Brasília, the Ministry of Foreign Affairs of Brazil stated that the asylum had been granted for humanitarian reasons, taking into account that Mrs Heredia is recovering from spinal surgery and is accompanied by a minor child, and that the decision was taken in accordance with the 1954 Convention.",
  "Brazil", "supporting", "neutral", "Nadine Heredia",
  "granting asylum = protection extended to her (backing by act), given in neutral wording; Brasília = place")
r(P, "In a message released by her defence, Mrs Heredia thanked the Government of the Federative Republic of Brazil for the protection extended to her and to her son.",
  "Nadine Heredia", "supporting", "positive", "Brazil",
  "new actor (person); gratitude to the asylum state")
r(P, "In the same message, the former first lady maintained that she is innocent of the charges and stated that she will continue to prove it before the courts.",
  "Nadine Heredia", "neutral", "negative", "",
  "'the former first lady' = Heredia; denial = neutral, negative tone")
r(P, "The defence lawyer of former President Humala, Wilfredo Pedraza Sierra, announced that the defence will file an appeal against the judgment before the Superior Court, as it considers that the sentence is not supported by the evidence presented during the trial.",
  "Ollanta Humala", "neutral", "negative", "",
  "lawyer speaks for his client; a former president speaks for himself, not Peru (new actor, person); appeal + rebuttal of the evidence = denial (unsure: could be condemning the court)")
r(P, "The Public Prosecutor's Office, for its part, indicated that it will evaluate the legal mechanisms available, including those provided for in international cooperation agreements, so that the sentence imposed on the former first lady is served.",
  "Peru", "condemning", "neutral", "Nadine Heredia",
  "prosecution = Peruvian state; pursuing enforcement of the sentence abroad = a threatened measure against her (unsure: could be a neutral plan)")
r(P, "Congressman Juan Burgos, of the Podemos Perú caucus, described the granting of the safe conduct as a serious setback in the fight against corruption and held the Foreign Minister responsible for allowing a sentenced person to leave the country, and he submitted a motion to question him before the plenary.",
  "Podemos Perú", "condemning", "negative", "Peru",
  "legislator = his party (new actor: Peru's Podemos Perú, not Spain's Podemos); 'held responsible' + a censure motion against the foreign minister (= Peru). The line before ('generated reactions in the Congress') is a summary: no row")
r(P, "The spokesperson of the Renovación Popular caucus, Congressman Alejandro Muñante, said that the fault lay with the decision of Brazil to grant asylum to a person sentenced by the Peruvian courts, and that once that decision had been taken the Executive had been left with no option but to issue the document.",
  "Popular Renewal", "condemning", "negative", "Brazil",
  "caucus spokesperson = his party (Renovación Popular = Popular Renewal); blames Brazil's decision, excuses the Peruvian executive: the judgement is aimed at Brazil")
r(P, "The Peruvian Nationalist Party, founded by former President Humala, stated in a communiqué that the trial had been a political persecution from its first day and that its leader would be vindicated by the higher courts.",
  "Peruvian Nationalist Party", "condemning", "negative", "Peru",
  "new actor (party); 'political persecution' = judgement on the Peruvian justice system")
r(P, "The President of the Congress of the Republic, Eduardo Salhuana Cavides, stated that he had received the Foreign Minister's request to appear before the plenary and would submit it to the Board of Spokespersons, and called on all political forces to debate the matter with serenity and without affecting the relationship with a neighbouring country.",
  "Congress of Peru", "calling_for_talks", "neutral", "",
  "president of Congress speaks for the body (Congress of Peru is canonical); procedure + appeal for a calm debate that spares relations with Brazil, addressed to several parties")
r(P, "Foreign Minister Schialer indicated that he is ready to appear before Congress whenever it is required, and that he will explain, document by document, each step taken by the Chancellery.",
  "Peru", "calling_for_talks", "neutral", "Congress of Peru",
  "surname only; committing to attend = agreeing to a meeting (guide) (unsure: could be neutral)")
r(P, "The Foreign Minister recalled that Peru and Brazil share a border of more than 2,800 kilometres and a relationship of friendship and cooperation that, he stressed, is much broader than a single consular or judicial case.",
  "Peru", "supporting", "positive", "Brazil",
  "praise of the bilateral relationship")
r(P, "\"Brazil is a brother country and a strategic partner of Peru. We can have different readings of a case and still work together on everything that unites us,\" Minister Schialer affirmed.",
  "Peru", "supporting", "positive", "Brazil",
  "quote of two sentences; friendship and partnership despite the disagreement")

# ---------------------------------------------------------------- Brazil (UN noon briefing)
r(B, "As you will have seen over the weekend, the Secretary-General strongly condemned Saturday's bombing outside a girls' school in the Dasht-e-Barchi area of western Kabul, which killed and wounded scores of people, most of them schoolgirls.",
  "United Nations", "condemning", "negative", "",
  "spokesman reports the SG's statement = United Nations; no perpetrator named -> target empty; Kabul = place")
r(B, "He extended his deepest condolences to the families of the victims and wished a swift recovery to the injured.",
  "United Nations", "supporting", "negative", "",
  "'He' = the SG; condolences to victims (not an actor)")
r(B, "Today, the UN Assistance Mission in Afghanistan (UNAMA) said that an attack on children leaving their classrooms can have no justification of any kind, and that those who planned it must be identified and held to account.",
  "United Nations", "condemning", "negative", "",
  "UNAMA = United Nations; judgement + accountability, perpetrators unnamed")
r(B, "The Mission also repeated its call on all parties to agree to a reduction of violence so that the peace talks can make real progress.",
  "United Nations", "calling_for_talks", "neutral", "",
  "'The Mission' = UNAMA; appeal to all parties")
r(B, "Turning to India, our team there tells us that the UN family continues to support the national response to the second wave of COVID-19.",
  "United Nations", "supporting", "neutral", "India",
  "assistance provided, stated informationally")
r(B, "UNICEF has so far delivered more than 3,000 oxygen concentrators, along with testing machines and protective equipment, to hospitals in the worst-affected states.",
  "UNICEF", "supporting", "neutral", "India",
  "aid delivered = supporting")
r(B, "The World Health Organization has also deployed staff to help with surveillance and with the management of oxygen supplies.",
  "World Health Organization", "supporting", "neutral", "India",
  "assistance by act; India named in the item heading and the paragraph before")
r(B, "Over the weekend, President [Jair] Bolsonaro praised the Rio police on social media and said the media and left-wing politicians were turning drug dealers into victims.",
  "Brazil", "condemning", "negative", "",
  "a journalist's question reporting a position = that actor's statement (labels/README); head of state = Brazil; praise of the state's own police + charge that the media and the left whitewash dealers: the judgement decides; those targets are not canonical actors -> empty")
r(B, "Vice-President [Hamilton] Mourão said on Friday that the dead were gang members and dismissed talk of a massacre.",
  "Brazil", "neutral", "negative", "",
  "vice-president = Brazil; defence of the raid and rejection of the 'massacre' label = denial; branding the dead as gang members is aimed at no actor (unsure: could be condemning)")
r(B, "The Secretary-General is troubled by the very high number of people killed in Thursday's police operation in Jacarezinho.",
  "United Nations", "neutral", "negative", "",
  "'Yes.' before it is its own unit (no row); concern without an appeal = neutral, negative")
r(B, "As our colleagues at the Human Rights Office said in Geneva on Friday, what is needed now is a prompt and independent investigation into every one of these deaths, carried out in line with international standards.",
  "United Nations", "calling_for_talks", "neutral", "Brazil",
  "call for an investigation without a judgement word = calling_for_talks (as other pages); Geneva = place")
r(B, "Brazil's police, like police everywhere, are bound by international norms on the use of force, and those norms only allow deadly force to be used to protect life.",
  "United Nations", "calling_for_talks", "neutral", "Brazil",
  "reminder of the norms addressed to Brazil = appeal for restraint, no explicit judgement (unsure: implied criticism); 'Brazil's police' is a possessive, not the speaker")
r(B, "Our thoughts are with the families of all of those who were killed, including the family of the police officer.",
  "United Nations", "supporting", "negative", "",
  "condolences to victims' families (not actors)")
r(B, "We are also fully aware of the very real threat that armed criminal groups pose to the residents of these communities, and the State has a duty to protect them, but it has to do so within the law.",
  "United Nations", "calling_for_talks", "neutral", "Brazil",
  "acknowledges the gangs' threat, then asks the state to act within the law = appeal, no judgement")
r(B, "I think leaders everywhere have a responsibility to choose their words with care when so many lives have been lost and when the facts have not yet been established.",
  "United Nations", "calling_for_talks", "neutral", "Brazil",
  "answer to a question on Bolsonaro's remarks: an implied rebuke worded as a general appeal for restraint, no explicit judgement (unsure: could be condemning)")
r(B, "But the Rio governor, Cláudio Castro, says the raid was planned for months on the basis of intelligence and that the police acted to protect residents from a gang that recruits children.",
  "Brazil", "neutral", "positive", "",
  "state governor = provincial official -> Brazil (labels/README); defence of the state's own operation = self-praise/reassurance; 'a gang' is unnamed (Comando Vermelho is not named on the page)")
r(B, "And Justice Edson Fachin of the Supreme Court said the footage from the favela pointed to possible summary killings and forwarded the case to the Prosecutor-General.",
  "Brazil", "condemning", "negative", "",
  "court = Brazilian state (as other Brazil pages); suspicion of arbitrary executions + referral = judgement on the state's own police; target left empty (own state organ)")
r(B, "I'm not going to referee between different Brazilian institutions.",
  "United Nations", "neutral", "neutral", "",
  "declines to take sides")
r(B, "What we are saying is that the facts need to be established by an independent investigation, and Brazil has the institutions to do that.",
  "United Nations", "calling_for_talks", "neutral", "Brazil",
  "appeal for an investigation")
r(B, "Steph, Human Rights Watch says the raid shows the failure of Rio's security policy and wants the state attorney general to look at the whole chain of command, not just the officers who pulled the trigger.",
  "Human Rights Watch", "condemning", "negative", "Brazil",
  "reported position inside a question; 'failure' = judgement + demand")
r(B, "The Rio public defender's office also says bodies were moved and crime scenes were altered before forensic teams arrived.",
  "Rio de Janeiro Public Defender's Office", "condemning", "negative", "Brazil",
  "autonomous public defender's office as its own actor, like the ombudsman offices in the name files (new actor); accusation of tampering by the police (unsure: could resolve to Brazil)")
r(B, "Our Resident Coordinator and the country team in Brasília are following the situation closely and are in contact with the relevant authorities, and our human rights colleagues stand ready to share their expertise with any investigation.",
  "United Nations", "calling_for_talks", "neutral", "Brazil",
  "contact with the authorities + offer of expertise to an investigation (as an offer to support an investigation on other pages) (unsure: could be neutral)")
r(B, "I would also say that the High Commissioner, Michelle Bachelet, has on several occasions raised with the Brazilian authorities the number of people killed by police in poor neighbourhoods, most of them young Black men.",
  "United Nations", "condemning", "negative", "Brazil",
  "High Commissioner = United Nations; an accusation made by describing killings of civilians by the police = condemning (guide rule 4)")
r(B, "That's for the Brazilian judicial authorities to determine.",
  "United Nations", "neutral", "neutral", "",
  "declines to judge")
r(B, "What I can tell you is that our colleagues in Geneva noted with concern that an operation of this scale took place while that ruling was in force.",
  "United Nations", "neutral", "negative", "",
  "concern without an appeal = neutral, negative (unsure: the implied breach of the ruling could be read as condemning)")
r(B, "The Taliban have denied any involvement, and we are not in a position to attribute responsibility at this point.",
  "Taliban", "neutral", "negative", "",
  "denial reported by the spokesman = the Taliban's statement; denial = neutral, negative")
r(B, "The Taliban have denied any involvement, and we are not in a position to attribute responsibility at this point.",
  "United Nations", "neutral", "neutral", "",
  "second actor: declines to attribute blame")

# ---------------------------------------------------------------- Panama (presidency)
r(PA, "The National Government reported that supplies of food, medicine and fuel will continue to reach the province of Bocas del Toro through humanitarian corridors protected by the National Police and the National Border Service (SENAFRONT), for as long as the state of urgency declared on Friday remains in force.",
  "Panama", "neutral", "neutral", "",
  "plans and logistics")
r(PA, "The Minister of the Presidency, Juan Carlos Orillac, said that the measures adopted by the Cabinet Council are aimed exclusively at restoring order, protecting the lives and property of Bocatoreños and allowing the hospital, the airport and businesses in Changuinola to reopen.",
  "Panama", "neutral", "neutral", "",
  "minister = Panama; purpose of its own measures")
r(PA, "\"No one in Bocas del Toro will be left without food or medicine. The Government is present, and it will remain present until the province returns to normal,\" Minister Orillac stated.",
  "Panama", "neutral", "positive", "",
  "quote of two sentences; reassurance about its own conduct = neutral, positive")
r(PA, "The Minister of Security, Frank Ábrego, reported that dozens of people were apprehended overnight in Changuinola and Almirante in connection with the looting of shops, the burning of vehicles and the attacks on the Changuinola airport and a police substation, and that all of them have been placed at the disposal of the Public Ministry.",
  "Panama", "neutral", "neutral", "",
  "own law-enforcement action reported as done, no judgement of an actor")
r(PA, "Minister Ábrego said that those responsible for the acts of vandalism are criminal groups that have taken advantage of the protests, and warned that each of them will be identified and brought before the courts with the full weight of the law.",
  "Panama", "condemning", "negative", "",
  "judgement + warning of prosecution aimed at unnamed 'criminal groups' -> target empty")
r(PA, "The National Authority of Public Services (ASEP) confirmed that mobile telephone and residential internet services in the province were temporarily suspended until June 25, while connections for hospitals, health centres, businesses and public institutions are maintained.",
  "Panama", "neutral", "neutral", "",
  "state regulator = Panama; a measure stated as fact")
r(PA, "The Government of the Republic of Panama thanks the Government of the Republic of Costa Rica for the coordination maintained by the authorities of both countries at the Guabito–Sixaola border crossing, which has made it possible to attend to travellers and to the families of the border area.",
  "Panama", "supporting", "positive", "Costa Rica",
  "gratitude to a neighbouring government")
r(PA, "The Cabinet Council, chaired by the President of the Republic, José Raúl Mulino, approved on Friday Executive Decree No. 27, which declares a state of urgency in the province of Bocas del Toro for a period of five days and temporarily suspends the constitutional guarantees relating to freedom of movement, freedom of assembly, the inviolability of the home and the privacy of communications in that territory.",
  "Panama", "neutral", "neutral", "",
  "domestic emergency decree stated as a procedure, no side named (unsure: could be condemning as a measure against the protesters)")
r(PA, "President Mulino stated that the Government will not allow a minority to destroy what the people of Bocas del Toro have built over decades, and that the State will act with firmness and within the Constitution to recover peace in the province.",
  "Panama", "condemning", "negative", "",
  "head of state = Panama; warning against 'a minority' = threatened response; no actor named. The sentence before (night of violence) is narration")
r(PA, "\"The right to protest ends where arson, looting and attacks on police officers begin. What happened last night in Changuinola was not a protest; it was a criminal act, and it will be treated as such,\" the President said.",
  "Panama", "condemning", "negative", "",
  "quote over two sentences; 'a criminal act' = judgement, perpetrators unnamed")
r(PA, "The Head of State called on the residents of Bocas del Toro who have nothing to do with the violence to remain in their homes during the hours of restricted movement and to cooperate with the authorities.",
  "Panama", "neutral", "neutral", "",
  "public-order instruction to its own residents, not an appeal to a party")
r(PA, "The Minister of Government, Dinoska Montalvo, explained that the decree will be sent to the National Assembly within the period established by the Constitution, and that the Ombudsman's Office has been informed so that it may follow the actions of the security forces.",
  "Panama", "neutral", "neutral", "",
  "procedure")
r(PA, "The President recalled that on June 11 the Banana Industry Workers' Union (Sitraibana) signed an agreement with the leadership of the National Assembly under which the union undertook to lift its blockades in exchange for the debate of a special social security regime for banana workers, an agreement that he said the Executive respects and supports.",
  "Panama", "supporting", "positive", "",
  "the Executive backs the agreement (an agreement, not an actor -> target empty); the lead-in sentence before ('reviewed the situation') is no row")
r(PA, "The President recalled that on June 11 the Banana Industry Workers' Union (Sitraibana) signed an agreement with the leadership of the National Assembly under which the union undertook to lift its blockades in exchange for the debate of a special social security regime for banana workers, an agreement that he said the Executive respects and supports.",
  "Banana Industry Workers' Union", "calling_for_talks", "neutral", "Panama",
  "second actor: the union's agreement to lift blockades, a specific act reported (new actor); the Assembly leadership = Panamanian state")
r(PA, "However, the President said that other groups, including the teachers' association Asoprof, have chosen to continue the closures in defiance of that agreement, and he described their conduct as irresponsible towards the children of the province, who have now lost almost two months of classes.",
  "Panama", "condemning", "negative", "Asoprof",
  "'irresponsible' = judgement; Asoprof is canonical; other groups unnamed")
r(PA, "Asked about the detention of Sitraibana's secretary general, Francisco Smith, the President said that the case is in the hands of the Public Ministry and of the courts, and that no citizen is above the law because of the position he holds in a union.",
  "Panama", "neutral", "negative", "",
  "defers to the courts; 'no citizen is above the law' is a rebuff, no explicit judgement (unsure: could be condemning the union leader)")
r(PA, "Through its lawyers, Smith's union has described the arrest as political retaliation against its leadership for the strike, and has asked for his immediate release.",
  "Banana Industry Workers' Union", "condemning", "negative", "Panama",
  "'Smith's union' = Sitraibana (possessive, Smith is not the speaker); 'political retaliation' = judgement + demand")
r(PA, "On the future of banana production, the President stated that the State will not pay compensation of any kind to the company Chiquita Panama for the losses caused by the strike, which a labour court declared illegal on May 16.",
  "Panama", "neutral", "negative", "",
  "a refusal with no judgement of the company stated; one row per actor: the relative clause (the court declaring the strike illegal) is background for the same actor")
r(PA, "Chiquita Panama dismissed some 5,000 workers on May 22, alleging the unjustified abandonment of work on its farms in Changuinola, and has since suspended its operations in the province.",
  "Chiquita Brands International", "condemning", "negative", "Banana Industry Workers' Union",
  "new actor (company); mass dismissal blamed on the strikers = measure + blame (unsure: target could be left empty, the workers rather than the union)")
r(PA, "President Mulino added that the doors of the country remain open to any company that wishes to invest in Bocas del Toro and respect Panamanian labour law, and that the Government is already working with the Ministry of Agricultural Development on alternatives for the families who lost their jobs.",
  "Panama", "neutral", "positive", "",
  "plans and an open invitation to investors, no actor addressed")
r(PA, "The President also reiterated that Law 462, which reformed the Social Security Fund, will not be repealed, and he urged the teachers' unions to return to the classrooms and to present their proposals at the dialogue tables set up by the Ministry of Education.",
  "Panama", "calling_for_talks", "neutral", "",
  "refusal to repeal + appeal to dialogue, no judgement; several unions -> target empty")

# ---------------------------------------------------------------- Colombia (live blog)
r(C, "Holmes Trujillo offered an apology on behalf of the National Police to the Ordóñez family and to all Colombians, and confirmed that the two patrolmen seen in the video using a stun gun on Ordóñez had been suspended from duty.",
  "Colombia", "neutral", "negative", "",
  "defence minister = Colombia; apology + suspension of its own officers, no judgement of another actor (unsure: could be condemning the officers' act). The lead-in before ('has just spoken ... shift in tone') is the blogger's: no row")
r(C, "\"Nothing can justify what was done to Javier Ordóñez. The officers involved will answer for it before the justice system, like any other citizen,\" the minister said.",
  "Colombia", "condemning", "negative", "",
  "quote of two sentences; explicit judgement of the officers' act; own officers -> target empty")
r(C, "He added that the protests would not be allowed to become an excuse for attacks on police posts, which he said had been carried out with a degree of coordination that investigators were now examining.",
  "Colombia", "condemning", "negative", "",
  "warning + suggestion of organised attacks; no actor named")
r(C, "She said the officers had killed a man who was begging them to stop, and that she did not want the case handed to military courts, where she said police abuses usually ended up forgotten.",
  "María Angélica Garzón", "condemning", "negative", "Colombia",
  "'She' = Garzón, named in the lead-in (new actor, person); accusation against the police + distrust of military courts")
r(C, "The new ombudsman, Carlos Camargo, who took office only ten days ago, said his staff had been deployed to the main protest points and to hospitals receiving the injured.",
  "Colombian Ombudsman's Office", "neutral", "neutral", "",
  "Camargo is an alias of the ombudsman's office; facts")
r(C, "Camargo called on protesters to refrain from violence and on the police to respect the right to peaceful protest, and asked prosecutors to move quickly on every death.",
  "Colombian Ombudsman's Office", "calling_for_talks", "neutral", "",
  "appeals to both sides -> target empty")
r(C, "So many dead in two nights in Bogotá is a failure of command, not the work of a couple of officers.",
  "Human Rights Watch", "condemning", "negative", "Colombia",
  "embedded tweet by Vivanco (alias of HRW); 'failure of command' = judgement of the institution; signature line is furniture")
r(C, "Colombia's police need deep reform and real civilian oversight, and every officer who fired at protesters must face justice.",
  "Human Rights Watch", "condemning", "negative", "Colombia",
  "second sentence of the tweet; demand + accusation of shooting at protesters; 'Colombia's police' = possessive")
r(C, "Duque said the death of Ordóñez was painful for every Colombian, expressed his solidarity with the family, and promised that the investigation would be swift and that any officer found responsible would be punished.",
  "Colombia", "supporting", "negative", "",
  "president = Colombia; solidarity with the family (not an actor) = supporting, grieving tone; the lead-in before is no row")
r(C, "But he also condemned the burning of police posts and buses, saying that the vandals who attacked public property and police officers did not represent the legitimate protest of citizens.",
  "Colombia", "condemning", "negative", "",
  "judgement of the rioters (not an actor)")
r(C, "The president said the police deserved the gratitude of Colombians for the risks its officers ran every day, and that the actions of a few could not be used to stain the whole institution.",
  "Colombia", "neutral", "positive", "",
  "praise of the state's own police = self-praise (labels/README)")
r(C, "The US embassy in Bogotá has issued a demonstration alert advising its citizens to avoid the areas around police posts and to monitor local media, noting that further protests were planned across the city for Thursday night.",
  "United States", "neutral", "neutral", "",
  "embassy = United States; travel advice to its citizens")
r(C, "Its representative, Juliette de Rivero, said her office was alarmed by the number of people killed overnight and asked the authorities to carry out prompt and independent investigations into each death, including the death of Ordóñez.",
  "United Nations", "calling_for_talks", "negative", "Colombia",
  "OHCHR representative = United Nations; alarm + appeal for investigations. The line before ('has also been speaking out') is a summary: no row")
r(C, "She said she had asked for a meeting with the defence minister to discuss the conduct of the police during the protests.",
  "United Nations", "calling_for_talks", "neutral", "Colombia",
  "asking for a meeting")
r(C, "López said her administration had collected videos and witness accounts from several neighbourhoods showing officers shooting at unarmed people, in open breach of the instructions the city had given.",
  "Claudia López", "condemning", "negative", "Colombia",
  "mayor of Bogotá, canonical as a person in the name files; accusation against the national police. The lead-in ('did not hold back') is the blogger's")
r(C, "\"I am not going to defend what cannot be defended. Those who shot at young people last night must be identified and handed over to the prosecutors,\" López said.",
  "Claudia López", "condemning", "negative", "Colombia",
  "quote of two sentences; accusation + demand")
r(C, "She also asked the protesters not to burn the city's property, and said she would ask President Duque for a structural reform of the police.",
  "Claudia López", "calling_for_talks", "neutral", "",
  "appeal to protesters + a reform request to the government: two addressees -> target empty")
r(C, "My solidarity with every family mourning a loved one today.",
  "Claudia López", "supporting", "negative", "",
  "embedded tweet; solidarity with the bereaved (not actors)")
r(C, "Burning CAIs will not bring anyone back; demanding justice will.",
  "Claudia López", "calling_for_talks", "neutral", "",
  "second sentence of the tweet: appeal for peaceful protest, no addressee actor")
r(C, "The NGO Temblores, which documents police violence, said it had recorded dozens of deaths at the hands of the police since 2017 and accused the institution of protecting its own officers from prosecution.",
  "Temblores", "condemning", "negative", "Colombia",
  "accusation against the national police")
r(C, "The Inspector General's Office said it had opened a disciplinary proceeding against the two officers for alleged homicide and abuse of authority.",
  "Colombia", "neutral", "neutral", "",
  "state control body = Colombia; disciplinary step against its own officers reported as procedure (unsure: could be condemning as a measure)")

# ---------------------------------------------------------------- Canada (daily scrape)
r(CA, "Prime Minister Justin Trudeau is disputing the testimony of his former attorney-general, Jody Wilson-Raybould, who told MPs that officials from his office, the Privy Council Office and the Finance Minister's office tried repeatedly last fall to get her to overrule federal prosecutors and offer SNC-Lavalin Group Inc. a deal to avoid a criminal trial.",
  "Canada", "neutral", "negative", "",
  "head of government = Canada; disputing her account = denial")
r(CA, "Prime Minister Justin Trudeau is disputing the testimony of his former attorney-general, Jody Wilson-Raybould, who told MPs that officials from his office, the Privy Council Office and the Finance Minister's office tried repeatedly last fall to get her to overrule federal prosecutors and offer SNC-Lavalin Group Inc. a deal to avoid a criminal trial.",
  "Jody Wilson-Raybould", "condemning", "negative", "Canada",
  "second actor: her testimony (relative clause) accuses the government of pressure; a former minister speaks for herself (new actor, person)")
r(CA, "Speaking in Montreal on Wednesday evening, Mr. Trudeau said he and his staff had always acted appropriately and within the rules, and that he did not accept her description of what took place.",
  "Canada", "neutral", "negative", "",
  "denial; Montreal = place")
r(CA, "\"I have said from the start that the decision belonged to her alone. We raised the jobs of thousands of Canadians, as any government should, and we did nothing more than that,\" Mr. Trudeau told reporters.",
  "Canada", "neutral", "negative", "",
  "quote of two sentences; defence of the government's conduct = denial")
r(CA, "Ms. Wilson-Raybould, who quit cabinet on Feb. 12, spent nearly four hours before the justice committee on Wednesday and described a string of meetings, phone calls and e-mails between September and December in which she said eleven officials pushed her to intervene in the case.",
  "Jody Wilson-Raybould", "condemning", "negative", "Canada",
  "accusation of sustained pressure by government officials")
r(CA, "She told MPs she had made her decision not to intervene by mid-September, and that she regarded what followed as an attempt to interfere politically with a prosecution, although she did not believe anyone had broken the law.",
  "Jody Wilson-Raybould", "condemning", "negative", "Canada",
  "'attempt to interfere politically' = judgement, softened by 'not illegal' but still a judgement")
r(CA, "\"I was the attorney-general of Canada, not the attorney-general of a party or of a company. I told them my answer, and they kept coming back,\" Ms. Wilson-Raybould said in her opening statement.",
  "Jody Wilson-Raybould", "condemning", "negative", "Canada",
  "quote of two sentences; 'Canada' here is part of her former title, not a speaker")
r(CA, "SNC-Lavalin faces charges of fraud and corruption over roughly $48-million in payments allegedly made to public officials in Libya between 2001 and 2011; the company has pleaded not guilty.",
  "SNC-Lavalin", "neutral", "negative", "",
  "new actor (company); a not-guilty plea = denial; the charges themselves are background narration; Libya = place")
r(CA, "Conservative Leader Andrew Scheer said minutes after the hearing that Mr. Trudeau had forfeited the trust needed to stay in office and should resign.",
  "Conservative Party of Canada", "condemning", "negative", "Canada",
  "party leader = party (alias); call for resignation = judgement")
r(CA, "\"Canadians have just heard a former attorney-general describe months of pressure from the very top. Mr. Trudeau should resign, and the RCMP should open an investigation without delay,\" Mr. Scheer said in the foyer of the House of Commons.",
  "Conservative Party of Canada", "condemning", "negative", "Canada",
  "quote of two sentences; resignation + police investigation demanded")
r(CA, "NDP Leader Jagmeet Singh said the testimony described a government that had put the interests of a politically connected company ahead of the independence of prosecutors.",
  "New Democratic Party", "condemning", "negative", "Canada",
  "Singh = NDP (alias); judgement of the PMO")
r(CA, "Mr. Singh repeated his party's demand for a public inquiry led by a retired judge, saying only an independent process could establish who said what to the attorney-general.",
  "New Democratic Party", "calling_for_talks", "neutral", "Canada",
  "demand for an inquiry without a judgement word in the sentence (as calls for investigations)")
r(CA, "Bloc Québécois Leader Yves-François Blanchet took a different line, saying the affair should not become an excuse to punish the thousands of people SNC-Lavalin employs in Quebec.",
  "Bloc Québécois", "supporting", "neutral", "SNC-Lavalin",
  "party leader = party; a plea not to let the company's workforce pay for the affair = backing leniency for the company (unsure: could be neutral)")
r(CA, "Quebec Premier François Legault said again on Thursday that a remediation agreement remained the best way to hold the company to account while protecting its head office in Montreal.",
  "Canada", "supporting", "neutral", "SNC-Lavalin",
  "provincial premier resolves to his state (labels/README: provincial officials); backs a settlement for the company (unsure: a provincial government differing from the federal one)")
r(CA, "Gerald Butts, who resigned as Mr. Trudeau's principal secretary on Feb. 18, wrote to the committee on Thursday asking to testify, saying his recollection of events differed from the one the committee had heard.",
  "Gerald Butts", "neutral", "negative", "",
  "former aide speaks for himself (new actor, person); disputing her account = denial; offer to testify")
r(CA, "Michael Wernick, the Clerk of the Privy Council, told the same committee last week that he had never put inappropriate pressure on the minister and that his conversations with her had been entirely lawful.",
  "Canada", "neutral", "negative", "",
  "the country's top civil servant = Canadian government; denial")
r(CA, "Justice Minister David Lametti said on Thursday that the decision on whether to negotiate with the company remained with the Director of Public Prosecutions, and that he would not comment further while the matter was before the courts.",
  "Canada", "neutral", "neutral", "",
  "procedure + no comment")
r(CA, "SNC-Lavalin said in a statement that it had overhauled its management and its compliance program since the events in Libya, and that it would keep co-operating with the authorities.",
  "SNC-Lavalin", "neutral", "positive", "",
  "self-praise of its own reforms + cooperation")
r(CA, "Liberal members of the justice committee said they would meet next week to decide whether more witnesses should be called.",
  "Liberal Party of Canada", "neutral", "neutral", "",
  "the party's MPs as a group; procedure")
r(CA, "Perry Bellegarde, the National Chief of the Assembly of First Nations, praised Ms. Wilson-Raybould on Thursday for what he called her courage and her respect for the rule of law.",
  "Assembly of First Nations", "supporting", "positive", "Jody Wilson-Raybould",
  "Bellegarde = AFN (alias); praise")
r(CA, "Ms. Wilson-Raybould, the first Indigenous person to serve as federal justice minister, said she remains a member of the Liberal caucus and intends to run again in Vancouver Granville in the fall election.",
  "Jody Wilson-Raybould", "neutral", "neutral", "",
  "her plans")
r(CA, "Mr. Trudeau, for his part, said Canadians would have their say on his government in October.",
  "Canada", "neutral", "neutral", "",
  "rebuff of the resignation demand by pointing to the election, no judgement")


def visible_text(path: Path) -> str:
    s = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        s = re.sub(r"<head>.*?</head>", " ", s, flags=re.S)
        s = re.sub(r"<[^>]+>", " ", s)
        s = html.unescape(s)
    return re.sub(r"\s+", " ", s)


def main() -> int:
    texts = {}
    bad = 0
    for doc, sent, *_ in ROWS:
        if doc not in texts:
            texts[doc] = visible_text(HERE / doc)
        if re.sub(r"\s+", " ", sent) not in texts[doc]:
            print("NOT FOUND:", doc, sent[:80])
            bad += 1
    out = HERE / "statements.csv"
    with out.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
        for doc, sent, actor, stance, senti, target, note in ROWS:
            w.writerow([doc, sent, actor, stance, senti, target, "page", note])
    print(len(ROWS), "rows written;", bad, "not found")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
