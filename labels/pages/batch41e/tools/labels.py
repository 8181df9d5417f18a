#!/usr/bin/env python3
"""Hand labels of batch41e, written row by row after reading each page (no tool output used to label).
Run: python3 tools/labels.py  -> writes statements.csv"""
import csv, os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROWS = []

def page(doc):
    def add(sentence, actor, stance, sentiment, target="", note=""):
        ROWS.append([doc, sentence, actor, stance, sentiment, target, "page", note])
    return add

# ---------------------------------------------------------------- 1 Bangladesh, wire
a = page("page_bangladesh_pirganj_pujaviolence2021_wire.txt")
a("Bangladesh police have arrested 45 people over the burning of Hindu homes in a northern village on Sunday night, Home Minister Asaduzzaman Khan said on Monday, as the government struggled to halt five days of attacks on the country's Hindu minority that began during the Durga Puja festival.",
  "Bangladesh", "neutral", "neutral", "", "dateline excluded; arrests of unnamed suspects given by the home minister = own law enforcement reported as done, no actor targeted; 'struggled to halt' is narration")
a("\"Whoever set those houses alight will answer for it in court, every last one of them. They are criminals, nothing else,\" Khan told reporters at the Secretariat in Dhaka, adding that Prime Minister Sheikh Hasina had ordered the local administration to rebuild the burnt houses at state expense.",
  "Bangladesh", "condemning", "negative", "", "'criminals' = explicit judgement of the (unnamed) arsonists -> target empty; rebuilding order is own relief (rule 1 decides)")
a("A crowd set fire to at least 20 houses and shops in Majhipara village in the Pirganj sub-district of Rangpur late on Sunday after a rumour spread that a young Hindu man had posted something offensive to Islam on Facebook, according to police.",
  "Bangladesh", "neutral", "neutral", "", "facts attributed to the police (state body) = neutral")
a("Biplob Kumar Sarkar, the district superintendent of police, said officers fired rubber bullets to scatter the crowd and that the fires had been put out by about 1 a.m. on Monday.",
  "Bangladesh", "neutral", "neutral", "", "district police chief = state; own operation reported, no judgement")
a("Hasina said on Thursday that the attackers would be traced through the videos and phone records that investigators had collected, whatever their religion.",
  "Bangladesh", "neutral", "neutral", "", "surname only = the prime minister; investigation procedure, no judgement word (the threat is the next unit)")
a("\"They will get a punishment heavy enough that nobody will be tempted to try this again,\" she told a Hindu community gathering by video link from her official residence.",
  "Bangladesh", "condemning", "negative", "", "threatened deterrent punishment of the attackers = threat (condemning); attackers unnamed -> target empty (unsure: a pledge of justice against unknown culprits was neutral in page_laos_vangvieng)")
a("Religious Affairs State Minister Faridul Haque Khan had asked people earlier in the week to stay calm and let the police deal with the Cumilla case rather than act on their own.",
  "Bangladesh", "calling_for_talks", "neutral", "", "appeal for restraint, no judgement")
a("Obaidul Quader, general secretary of the ruling Awami League, accused the opposition Bangladesh Nationalist Party and its Islamist ally Jamaat-e-Islami of fanning the unrest to destabilise the government before the next general election.",
  "Awami League", "condemning", "negative", "", "speaks as party general secretary (he was also a minister) = Awami League; accusation aimed at two parties -> target empty")
a("\"They lit the fire and now they want to warm their hands by it,\" Quader told a party rally in Dhaka on Sunday.",
  "Awami League", "condemning", "negative", "", "figurative accusation of the BNP and Jamaat (two actors) -> target empty")
a("BNP Secretary General Mirza Fakhrul Islam Alamgir dismissed the charge as the government's habit of blaming the opposition for everything that goes wrong, and said the Awami League had failed to protect minorities after nearly 13 years in power.",
  "Bangladesh Nationalist Party", "condemning", "negative", "Awami League", "denial joined to an explicit judgement of the ruling party (failed to protect) -> rule 1 condemning; target the party named (the government = the same side)")
a("He called for a judicial commission headed by a serving Supreme Court judge to investigate the attacks.",
  "Bangladesh Nationalist Party", "calling_for_talks", "neutral", "Bangladesh", "'He' = Mirza Fakhrul; demand for an independent inquiry, no judgement word = calling_for_talks (as demands for an inquiry elsewhere); addressed to the state")
a("The Bangladesh Hindu Buddhist Christian Unity Council said dozens of temples and pavilions had been vandalised since Wednesday and that hundreds of Hindu families had been left homeless or afraid to sleep in their houses.",
  "Bangladesh Hindu Buddhist Christian Unity Council", "neutral", "negative", "", "damage figures given by an actor, distressed tone, no one blamed")
a("Its general secretary, Rana Dasgupta, said the authorities had promised tight security for the festival and had not delivered it.",
  "Bangladesh Hindu Buddhist Christian Unity Council", "condemning", "negative", "Bangladesh", "speaks for the council; accusation that the state broke its promise of security")
a("\"We were told this year would be safe. Our people were beaten inside the pavilions all the same, in front of the police,\" Dasgupta said.",
  "Bangladesh Hindu Buddhist Christian Unity Council", "condemning", "negative", "Bangladesh", "two-sentence quote closed by the speaker = one unit; 'in front of the police' accuses the state of standing by (unsure: could be read as facts of the attacks)")
a("The council announced a sit-in and hunger strike in all districts on Saturday and asked Hindus to mark the rest of the festival without celebration.",
  "Bangladesh Hindu Buddhist Christian Unity Council", "condemning", "negative", "Bangladesh", "protest by act after the grievance of the previous units (as the hunger-strike protest in page_guatemala_zamora); unsure: could be a neutral plan")
a("The International Society for Krishna Consciousness (ISKCON) said one of its members, Pranta Chandra Das, had been killed when a mob stormed its temple in Noakhali on Friday, and urged the government to place permanent guards at temples across the country.",
  "International Society for Krishna Consciousness", "calling_for_talks", "negative", "Bangladesh", "new actor (organisation); death of a member (fact) + appeal for protection, no judgement of an actor (the mob is unnamed) = calling_for_talks")
a("In New Delhi, Indian foreign ministry spokesman Arindam Bagchi said last week that India had seen the reports of attacks on temples and that its High Commission in Dhaka was in constant contact with the Bangladeshi authorities.",
  "India", "neutral", "negative", "", "MEA spokesman (officeholders) = India; noted the reports, contacts = concern without appeal; New Delhi and Dhaka are places")
a("Bagchi said Dhaka had put paramilitary troops on the streets within hours of the first attack, and India gave the government credit for that.",
  "India", "supporting", "positive", "Bangladesh", "praise of Bangladesh's response; 'Dhaka' = Bangladesh as object, not a speaker")
a("Suvendu Adhikari, the Bharatiya Janata Party's leader in the West Bengal state assembly, wrote to Prime Minister Narendra Modi asking him to take up the safety of Bangladesh's Hindus with Hasina directly.",
  "Bharatiya Janata Party", "calling_for_talks", "negative", "India", "state-level BJP leader = the party; asks his own government to raise the matter diplomatically = appeal for a diplomatic course, addressed to India (Modi); Hasina is an object")
a("Mia Seppo, the United Nations resident coordinator in Bangladesh, said attacks on people because of their faith went against everything the country's constitution stood for, and urged the authorities to protect Hindu communities and to carry out an impartial investigation.",
  "United Nations", "condemning", "negative", "", "UN resident coordinator = UN; judgement of the attacks (attackers unnamed -> target empty) + appeal: rule 1 (unsure: the judgement is indirect, could be calling_for_talks)")
a("The U.S. Embassy in Dhaka said in a post on Twitter that every Bangladeshi should be free to worship without fear, and called for calm.",
  "United States", "calling_for_talks", "neutral", "", "embassy = United States; principle + call for calm, no judgement")
a("Farida Haque, a sociologist at the University of Chittagong who studies communal violence, said the pattern of a social media rumour followed within hours by an organised crowd had been seen in Ramu in 2012 and in Nasirnagar in 2016.",
  "Farida Haque", "neutral", "negative", "", "invented scholar (new actor, person); analysis of a pattern, no judgement of an actor")
a("\"Each time, a few arrests are made and the case goes cold. Until someone is actually convicted, the people who organise these mobs have nothing to fear,\" she said.",
  "Farida Haque", "condemning", "negative", "Bangladesh", "criticism of impunity = judgement of the state's failure to convict (unsure: the state is not named; could be target empty)")

# ---------------------------------------------------------------- 2 Cambodia, state agency (AKP)
b = page("page_cambodia_rongchhun_ohchr2020_stateagency.txt")
b("The Royal Government of Cambodia has firmly rejected the statement delivered in Geneva on 11 September by the spokesperson of the Office of the United Nations High Commissioner for Human Rights (OHCHR) concerning the arrests of a number of persons in the Kingdom, describing it as one-sided and built on information that had not been verified with the competent Cambodian institutions.",
  "Cambodia", "condemning", "negative", "United Nations", "dateline excluded; rejection of the UN office's statement as 'one-sided' = judgement of the UN (OHCHR = United Nations)")
b("Speaking to AKP this morning, H.E. Phay Siphan, Secretary of State and Spokesperson of the Royal Government, said that the persons referred to in the statement had not been detained for their opinions or for their work as human rights defenders, but on the basis of warrants issued by the courts for acts of incitement to commit felonies and to disturb social security, which are offences under the Criminal Code of the Kingdom of Cambodia.",
  "Cambodia", "neutral", "negative", "", "government spokesman (alias of Cambodia); denial that the arrests are political = neutral, negative tone; the detainees are not actors")
b("\"Cambodia is a State governed by the rule of law. Our courts are independent, and no foreign office, however respected, can tell a Cambodian judge whom to release,\" H.E. Phay Siphan stressed.",
  "Cambodia", "condemning", "negative", "United Nations", "quote of two sentences = one unit; rebuff of the UN office's call as interference (unsure: could be read as a neutral restatement of judicial independence)")
b("In its statement, the OHCHR spokesperson asserted that the authorities had arrested 24 human rights defenders since 31 July and accused the Royal Government of cracking down on those who disagree with it.",
  "United Nations", "condemning", "negative", "Cambodia", "the UN office's position reported by state media: accusation of a crackdown on dissent")
b("It also alleged that police had pushed and manhandled women taking part in demonstrations.",
  "United Nations", "condemning", "negative", "Cambodia", "'It' = the OHCHR statement; accusation of excessive force")
b("The spokesperson also called on the authorities to release those still in detention and to let activists carry out their work freely.",
  "United Nations", "calling_for_talks", "neutral", "Cambodia", "appeal for release and free activity, no judgement word in this unit")
b("H.E. Koy Kuong, Spokesperson of the Ministry of Foreign Affairs and International Cooperation, said that the Ministry had transmitted a detailed clarification of each case to the OHCHR through the Permanent Mission of Cambodia to the United Nations Office at Geneva.",
  "Cambodia", "neutral", "neutral", "", "MFA spokesman = Cambodia; procedure")
b("He said that the Royal Government would continue to cooperate with the United Nations human rights mechanisms in a spirit of mutual respect and dialogue, and invited the OHCHR to consult the relevant ministries before making its views public.",
  "Cambodia", "calling_for_talks", "positive", "United Nations", "commitment to cooperation and an invitation to consult = dialogue (the implied reproach is mild; unsure)")
b("H.E. Keo Remy, President of the Cambodian Human Rights Committee, said the office in Geneva had once again chosen to repeat the claims of certain non-governmental organisations without hearing the other side, a practice he said did not befit an institution of the United Nations.",
  "Cambodia", "condemning", "negative", "United Nations", "the Committee is a government body -> Cambodia; judgement of the UN office's practice; 'the office in Geneva' = OHCHR (Geneva is a place)")
b("The arrests mentioned by the OHCHR followed the detention on the night of 31 July of Rong Chhun, President of the Cambodian Confederation of Unions, who on 20 July had issued a statement claiming that farmers in Trapeang Phlong commune, Tbong Khmum province, had lost land as a result of the placement of border posts 114 to 119 along the Cambodia-Viet Nam border.",
  "Rong Chhun", "neutral", "negative", "", "new actor (person); his reported claim of land loss blames no named actor explicitly (unsure: an implied accusation of the demarcation). The detention in the main clause is narration; the charge (next unit) carries the state's measure")
b("On 1 August, the Phnom Penh Municipal Court charged him with incitement to commit a felony or to cause serious disturbance to social security.",
  "Cambodia", "condemning", "neutral", "Rong Chhun", "court = state; a charge against a named critic = measure (as in heldout 42a, Kakwenza), administrative tone")
b("Court spokesman Kuch Kimlong told reporters at the time that Rong Chhun had been arrested for spreading claims about the border that were untrue and could have caused unrest among the population.",
  "Cambodia", "condemning", "negative", "Rong Chhun", "accusation of spreading untrue claims")
b("On 31 July, the body in charge of State border affairs, led by H.E. Var Kimhong, Senior Minister in Charge of State Border Affairs, had also rejected the claims as groundless, stating that the border posts in question had been planted jointly and in accordance with the 1985 Treaty and the 2005 Supplementary Treaty, and that no Cambodian land had been lost.",
  "Cambodia", "neutral", "negative", "", "rejection of a claim with facts = denial (neutral, negative tone)")
b("The statement added that the allegations had been spread deliberately to stir up hatred and to damage the good neighbourly relations between Cambodia and Viet Nam.",
  "Cambodia", "condemning", "negative", "Rong Chhun", "accusation of deliberate incitement aimed at the author of the claims")
b("Samdech Akka Moha Sena Padei Techo Hun Sen, Prime Minister of the Kingdom of Cambodia, has made clear that the Royal Government will not allow anyone to exploit the border issue to incite the people, and that those who break the law in this way will face the courts.",
  "Cambodia", "condemning", "negative", "", "warning of prosecution = threat aimed at unnamed critics -> target empty")
b("Samdech Techo Prime Minister also reminded that border demarcation is a matter for the competent national institutions, which report regularly to the National Assembly and the Senate.",
  "Cambodia", "neutral", "neutral", "", "procedure")
b("The Cambodian Confederation of Unions, of which Rong Chhun is President, and several associations have held small gatherings in the capital demanding his release, which the authorities say can only be sought through the courts.",
  "Cambodian Confederation of Unions", "calling_for_talks", "negative", "Cambodia", "new actor (organisation); demand for release by gatherings, no judgement word = calling_for_talks; 'several associations' unnamed, no row")
b("The Cambodian Confederation of Unions, of which Rong Chhun is President, and several associations have held small gatherings in the capital demanding his release, which the authorities say can only be sought through the courts.",
  "Cambodia", "neutral", "neutral", "", "the authorities' procedural answer in a relative clause")
b("General Chhay Kim Khoeun, Deputy Commissioner-General and Spokesperson of the National Police, said that the police had acted only on court orders, had not used excessive force against any demonstrator, and would continue to maintain public order in the capital.",
  "Cambodia", "neutral", "negative", "", "police = state; denial of excessive force + own duty")
b("On 7 September, the Ministry of Interior declared the activities of two unregistered groups, Khmer Thavrak and Mother Nature, to be illegal, stating that they had carried out political activities without authorisation and had called for gatherings in breach of the Law on Peaceful Assembly.",
  "Cambodia", "condemning", "negative", "", "declaring two groups illegal = measure with an accusation; the groups are not actors here -> target empty")
b("H.E. Khieu Sopheak, Secretary of State and Spokesperson of the Ministry of Interior, said the Ministry was ready to consider any application for registration submitted by associations in accordance with the law.",
  "Cambodia", "neutral", "positive", "", "procedural offer, no appeal to a party")

# ---------------------------------------------------------------- 3 Indonesia, UN noon briefing
c = page("page_indonesia_papua_unrest2019_noonbriefing.txt")
c("Good afternoon. I will start with the Bahamas, where the Secretary-General continues to follow with deep concern the impact of Hurricane Dorian on the islands of Abaco and Grand Bahama.",
  "United Nations", "neutral", "negative", "", "concern without appeal; the unit starts at the greeting (as page_png_enga_akom)")
c("At the request of the Government, a United Nations Disaster Assessment and Coordination team arrived in Nassau yesterday and is working with the National Emergency Management Agency to assess the damage.",
  "United Nations", "supporting", "positive", "Bahamas", "UN team deployed to help = assistance by act; the Government's request is a subordinate clause")
c("The World Food Programme is sending ready-to-eat meals and satellite communications equipment, and the Central Emergency Response Fund has released funds to kick-start the relief effort.",
  "World Food Programme", "supporting", "positive", "Bahamas", "WFP is its own actor in the name files; aid by act")
c("The World Food Programme is sending ready-to-eat meals and satellite communications equipment, and the Central Emergency Response Fund has released funds to kick-start the relief effort.",
  "United Nations", "supporting", "positive", "Bahamas", "CERF = UN fund; funds released")
c("Turning to Indonesia, the High Commissioner for Human Rights, Michelle Bachelet, said in Geneva today that she is troubled by the deadly turn the unrest in Papua and West Papua provinces has taken over the past fortnight, in which both demonstrators and members of the security forces have lost their lives.",
  "United Nations", "neutral", "negative", "", "High Commissioner (officeholders, 2018-2022) = UN; concern with no appeal in this unit")
c("She noted that her Office has been raising its concerns about Papua with the Government in Jakarta since violence flared in Nduga at the end of last year.",
  "United Nations", "neutral", "negative", "", "concern raised, no appeal, no judgement; Jakarta = place")
c("She is asking the authorities to sit down with Papuans and listen to their grievances, to switch the internet back on, and to make sure the security forces use no more force than is strictly necessary.",
  "United Nations", "calling_for_talks", "neutral", "Indonesia", "dialogue + restoring the internet + restraint, addressed to Indonesia, no judgement word")
c("In her words, keeping a whole region offline is hard to square with freedom of expression, and it feeds rumours rather than stopping them.",
  "United Nations", "condemning", "negative", "Indonesia", "judgement of the shutdown as at odds with a right (unsure: mild, could be read as a warning = neutral)")
c("The High Commissioner also noted with appreciation that President Joko Widodo has spoken out publicly against the racial abuse of Papuans and asked people across the country to stay calm.",
  "United Nations", "supporting", "positive", "Indonesia", "appreciation of the president's stand = supporting")
c("The High Commissioner also noted with appreciation that President Joko Widodo has spoken out publicly against the racial abuse of Papuans and asked people across the country to stay calm.",
  "Indonesia", "condemning", "negative", "", "Widodo's own position reported by the UN: against racial abuse (abusers unnamed) + appeal for calm -> rule 1 (unsure: could be calling_for_talks)")
c("She is, however, troubled by reports that civilian militia groups have taken part in attacks, and she asks the authorities to make sure that people documenting events in the two provinces, including journalists, can work without being harassed.",
  "United Nations", "calling_for_talks", "negative", "Indonesia", "concern + appeal to protect journalists and monitors; militias unnamed")
c("Question: Steph, on Papua. Indonesia's coordinating minister for security, Wiranto, said this week that the riots were being directed from abroad and named Benny Wenda, the exiled independence leader, as one of those responsible.",
  "Indonesia", "condemning", "negative", "United Liberation Movement for West Papua", "journalist's question reporting the minister's accusation = Indonesia's statement (labels/README); Wenda chairs the ULMWP (alias added)")
c("Spokesman: I'm not going to comment on the Minister's remarks.",
  "United Nations", "neutral", "neutral", "", "declines to comment")
c("What is important is that the grievances of the people in the region are heard through peaceful means, and that whatever investigations are carried out follow due process.",
  "United Nations", "calling_for_talks", "neutral", "", "appeal for peaceful means and due process, no side named")
c("Question: Follow-up. Mr. Wenda said in a statement yesterday that Jakarta was answering peaceful protests with thousands of troops.",
  "United Liberation Movement for West Papua", "condemning", "negative", "Indonesia", "Wenda = ULMWP; accusation of a military response to peaceful protest; Jakarta = Indonesia as object")
c("He wants the Secretary-General to send a fact-finding mission.",
  "United Liberation Movement for West Papua", "calling_for_talks", "negative", "United Nations", "request for an international inquiry, addressed to the UN")
c("Spokesman: I will check with our colleagues on correspondence.",
  "United Nations", "neutral", "neutral", "", "procedural line")
c("As you know, the human rights office has for some time been discussing a visit to Papua with the Indonesian authorities, and those discussions are continuing.",
  "United Nations", "calling_for_talks", "neutral", "Indonesia", "ongoing talks on a monitoring visit = calling_for_talks (as an envoy in contact with the sides)")
c("Question: On that visit. The Pacific Islands Forum leaders, at their summit in Tuvalu last month, asked Jakarta and the High Commissioner's office to settle the dates quickly.",
  "Pacific Islands Forum", "calling_for_talks", "neutral", "", "the Forum's leaders at their summit = the Forum; appeal to two parties -> target empty")
c("Spokesman: There is no date that I can announce.",
  "United Nations", "neutral", "neutral", "", "fact")
c("We would, of course, like the visit to take place as soon as possible, and we hope it will.",
  "United Nations", "calling_for_talks", "positive", "Indonesia", "hope for the visit to happen = appeal")
c("Question: Indonesia's Mission here says the internet restrictions were temporary and were meant to stop false information that was putting lives at risk.",
  "Indonesia", "neutral", "negative", "", "unnamed mission of a named government = Indonesia; defence of its own measure, no judgement of an actor")
c("And the communications ministry says service has already come back in a number of towns.",
  "Indonesia", "neutral", "positive", "", "fact given by a ministry")
c("Spokesman: Any restoration of service is a welcome step.",
  "United Nations", "supporting", "positive", "Indonesia", "welcome of a step, no appeal in this unit")
c("The High Commissioner's view is clear, and I would refer you to what she said: communications should be fully restored.",
  "United Nations", "calling_for_talks", "neutral", "Indonesia", "demand to restore communications, no judgement word")
c("Question: The East Java police today named Veronica Koman, a human rights lawyer, as a suspect for allegedly spreading provocative material about the Surabaya incident on social media.",
  "Indonesia", "condemning", "negative", "", "police = state; naming a suspect = a measure with an accusation; the lawyer is not an actor -> target empty")
c("Spokesman: I have seen the reports.",
  "United Nations", "neutral", "neutral", "", "procedural line")
c("I don't have anything specific on that case, but as a general principle, lawyers and human rights defenders must be able to do their work without fear of reprisals.",
  "United Nations", "calling_for_talks", "neutral", "", "general appeal for protection, no side named")
c("Spokesman: Not recently.",
  "United Nations", "neutral", "neutral", "", "fact")
c("The Secretary-General remains in contact with Indonesia, which, as you know, sits on the Security Council, and he will see the President's representatives at the General Assembly later this month.",
  "United Nations", "neutral", "neutral", "", "routine contacts and a meeting plan, no mediation or appeal (unsure: could be calling_for_talks)")
c("Spokesman: The Government has made a request through our disaster assessment team and we are working with partners to meet it.",
  "United Nations", "supporting", "positive", "Bahamas", "meeting the request for rescue teams = assistance")
c("Spokesman: The Government has made a request through our disaster assessment team and we are working with partners to meet it.",
  "Bahamas", "calling_for_talks", "neutral", "United Nations", "asking for international help = calling_for_talks (labels/README: asking for aid is not supporting)")
c("I expect to have more for you on that tomorrow.",
  "United Nations", "neutral", "neutral", "", "procedural line")

# ---------------------------------------------------------------- 4 Thailand, MFA press releases
d = page("page_thailand_uighurs_deportation2015_mfa.html")
d("In view of the demonstrations against the Royal Thai Government that have continued in several cities in Turkey, the Ministry of Foreign Affairs has decided to close the Royal Thai Embassy in Ankara and the Royal Thai Consulate in Istanbul temporarily with effect from 10 July 2015, in order to ensure the safety of Thai officials and local staff.",
  "Thailand", "neutral", "negative", "", "temporary closure for staff safety, no protest stated = neutral (not a recall in protest)")
d("The Ministry will reopen both offices as soon as it is satisfied that staff and visitors can come and go safely.",
  "Thailand", "neutral", "neutral", "", "plan")
d("The Ministry has asked the Government of the Republic of Turkey, through the Turkish Embassy in Bangkok, to provide full protection to Thai diplomatic premises and personnel in accordance with the Vienna Convention on Diplomatic Relations.",
  "Thailand", "calling_for_talks", "neutral", "Turkey", "request for protection, no judgement of Turkey")
d("The Ministry appreciates the swift action of the Turkish police, who dispersed the demonstrators and secured the premises in Istanbul on the night of the incident.",
  "Thailand", "supporting", "positive", "Turkey", "praise of the Turkish police's action")
d("Thai nationals in Turkey are advised to stay away from places where demonstrations are taking place and to contact the Embassy's emergency number in case of need.",
  "Thailand", "neutral", "neutral", "", "travel advice to its own nationals")
d("The Ministry is confident that these events will not affect the long-standing friendship between the peoples of Thailand and Turkey.",
  "Thailand", "neutral", "positive", "", "confidence in the friendship, no appeal or backing of an act (unsure: could be supporting Turkey)")
d("The Ministry of Foreign Affairs condemns in the strongest terms the break-in and vandalism committed by a group of protesters at the Royal Thai Consulate in Istanbul on the night of 8 July 2015, during which windows were smashed, documents were thrown into the courtyard and the Thai flag was pulled down.",
  "Thailand", "condemning", "negative", "", "condemnation of unnamed protesters -> target empty")
d("Such acts violate the inviolability of diplomatic and consular premises, which every State is bound to protect, and cannot be justified by any political grievance.",
  "Thailand", "condemning", "negative", "", "judgement of the attack; 'every State is bound to protect' is a general principle, Turkey not blamed")
d("The Permanent Secretary for Foreign Affairs has conveyed the Royal Thai Government's concern to the Ambassador of the Republic of Turkey to Thailand and requested that those responsible be identified and brought to justice.",
  "Thailand", "calling_for_talks", "negative", "Turkey", "concern + request for justice addressed to Turkey, no judgement of Turkey")
d("The Ministry has taken note of the statement issued by the Ministry of Foreign Affairs of the Republic of Turkey on 9 July, which criticised the return of a group of Uighurs to the People's Republic of China and said that Turkey had worked for months through international organisations to prevent it.",
  "Turkey", "condemning", "negative", "Thailand", "Turkey's position reported in Thailand's release: criticism of the return; 'taken note' alone is no position of Thailand")
d("The Ministry wishes to emphasise that the decision was taken in accordance with Thai law and international practice, and that Bangkok kept both Ankara and Beijing informed at every stage.",
  "Thailand", "neutral", "negative", "", "defence of its own decision = denial of wrongdoing; capitals are metonyms in object position")
d("Since March 2014, the Thai authorities have held some 400 persons believed to be Uighurs, who entered Thailand illegally and were found in Songkhla province and other areas, pending the verification of their nationality.",
  "Thailand", "neutral", "neutral", "", "facts in the ministry's own release")
d("After a lengthy verification process, 173 persons, mostly women and children, who were found eligible to travel to Turkey, left Thailand for Turkey at the end of June 2015.",
  "Thailand", "neutral", "neutral", "", "facts")
d("On 8 July 2015, 109 persons whose Chinese nationality had been established were returned to the People's Republic of China, while the status of several dozen others is still being verified.",
  "Thailand", "neutral", "neutral", "", "own deportation reported as done with no judgement (the migrants are not an actor)")
d("The Royal Thai Government did not accept a proposal that all of the persons concerned be sent to a single country, and considered each case individually on humanitarian grounds.",
  "Thailand", "neutral", "neutral", "", "own decision and procedure; the proposal's author is not named")
d("The Chinese authorities have given the Royal Thai Government assurances that the returnees will be safe and will be treated fairly in accordance with the law.",
  "China", "neutral", "positive", "", "China's assurance reported by Thailand = reassurance about its own conduct")
d("General Tanasak Patimapragorn, Deputy Prime Minister and Minister of Foreign Affairs, said that Thailand had found itself between two friendly countries with competing claims and had sought a solution that respected the law and the wishes of both.",
  "Thailand", "neutral", "neutral", "", "foreign minister in July 2015 = Thailand; account of its own position, no appeal")
d("The Office of the United Nations High Commissioner for Refugees (UNHCR) stated on 9 July that the return was contrary to international law and called on the Royal Thai Government to investigate.",
  "UNHCR", "condemning", "negative", "Thailand", "'contrary to international law' = judgement + appeal: rule 1")
d("The Ministry regrets that the statement was issued without taking into account the facts set out above and the assurances received from the Chinese side.",
  "Thailand", "condemning", "negative", "UNHCR", "'regrets' aimed at UNHCR's statement = judgement (labels/README)")
d("The Ministry has also noted the remarks of the spokesperson of the United States Department of State, who criticised the return and urged Thailand to allow those Uighurs still in Thai custody to go wherever they themselves wished.",
  "United States", "condemning", "negative", "Thailand", "State Department = United States; criticism + appeal: rule 1")
d("Thailand will continue to work with UNHCR, the International Organization for Migration and all countries concerned to find durable solutions for the remaining persons, in accordance with humanitarian principles.",
  "Thailand", "calling_for_talks", "positive", "", "commitment to work with all parties on solutions = cooperative course, several partners -> target empty")

# ---------------------------------------------------------------- 5 Pakistan, live blog
e = page("page_pakistan_tlp_ban2021_liveblog.html")
e("The French embassy in Islamabad has told French citizens and companies in Pakistan that they should leave the country for now, in a message circulated to the French community this afternoon, saying the danger to anyone and anything French in the country had become too high.",
  "France", "neutral", "negative", "", "advice to its own nationals on security grounds, no actor named or judged (unsure: an implicit verdict on security in Pakistan)")
e("It said people could leave on the commercial airlines still flying out of Pakistan and that no evacuation flights were planned.",
  "France", "neutral", "neutral", "", "'It' = the embassy; practical facts")
e("A French diplomatic source said the embassy itself would stay open with reduced staff.",
  "France", "neutral", "neutral", "", "unnamed official of a named government = France; fact")
e("A TLP spokesman said in a video message that the party would not accept the ban, which he called an assault on every Muslim who loves the Prophet, and that its workers would stay on the roads until Saad Rizvi was released.",
  "Tehreek-e-Labbaik Pakistan", "condemning", "negative", "Pakistan", "rejection of the ban as an 'assault' + continued street action = judgement and threat against the government")
e("\"The government signed an agreement with us in November and now it has torn it up. We have done nothing that the agreement did not allow,\" he said.",
  "Tehreek-e-Labbaik Pakistan", "condemning", "negative", "Pakistan", "accuses the government of breaking the deal; second sentence is a denial (rule 1 keeps condemning)")
e("HRCP is appalled by the violence of the last three days, in which policemen have lost their lives and hundreds have been hurt.",
  "Human Rights Commission of Pakistan", "neutral", "negative", "", "embedded post, one unit per sentence; alarm at violence with no actor judged and no appeal = neutral, negative")
e("We are wary of using anti-terror law to ban a political party, a power the state has abused before.",
  "Human Rights Commission of Pakistan", "condemning", "negative", "Pakistan", "'abused' = judgement of the state's use of the law")
e("Both the state and the protesters must step back from confrontation.",
  "Human Rights Commission of Pakistan", "calling_for_talks", "negative", "", "de-escalation appeal to both sides -> target empty")
e("The interior ministry has issued a notification banning the TLP under the Anti-Terrorism Act 1997, after the federal cabinet, chaired by Prime Minister Imran Khan, approved the ministry's summary earlier today.",
  "Pakistan", "condemning", "neutral", "Tehreek-e-Labbaik Pakistan", "ban under anti-terror law = measure taken against the party; administrative tone")
e("The notification accuses the TLP of terrorism, listing the killing of policemen, attacks on officers and the blocking of highways across the country.",
  "Pakistan", "condemning", "negative", "Tehreek-e-Labbaik Pakistan", "accusation of terrorism in the state's notification")
e("He said no such proposal was before the government, and that Pakistan had raised its concerns over Islamophobia and the caricatures with France directly and at international forums.",
  "Pakistan", "neutral", "negative", "", "FO spokesperson = Pakistan; no decision + concerns raised (no judgement word, no appeal) = neutral, negative; France is addressed, not judged (unsure: could be condemning France)")
e("\"Pakistan's foreign policy is made by the state through its institutions, not under pressure on the roads,\" Chaudhri said.",
  "Pakistan", "neutral", "negative", "", "implicit rebuff of the TLP's street pressure, no judgement word (unsure: could be condemning the TLP)")
e("Punjab police said two officers had been killed in the clashes since Monday and more than 300 injured, some of them with gunshot wounds.",
  "Pakistan", "neutral", "neutral", "", "casualty figures from the police = neutral")
e("The TLP says several of its workers have also been killed, a figure the police dispute.",
  "Tehreek-e-Labbaik Pakistan", "neutral", "negative", "", "own casualty claim, no blame stated")
e("The TLP says several of its workers have also been killed, a figure the police dispute.",
  "Pakistan", "neutral", "negative", "", "the police dispute the claim = denial, neutral with a negative tone")
e("Tahir Mahmood Ashrafi, the prime minister's special representative on religious harmony, appealed to TLP workers to end the sit-ins and go home, and asked the party's leaders to talk to the government rather than fight the police.",
  "Pakistan", "calling_for_talks", "neutral", "Tehreek-e-Labbaik Pakistan", "PM's special representative = government office holder -> Pakistan; appeal to end sit-ins and talk")
e("\"Defending the honour of the Prophet, peace be upon him, can never mean attacking policemen on a highway,\" Ashrafi said.",
  "Pakistan", "condemning", "negative", "Tehreek-e-Labbaik Pakistan", "judgement of the protesters' violence")
e("Zeeshan Haider Bokhari, a political analyst in Lahore, said the government had created its own trap in November.",
  "Zeeshan Haider Bokhari", "condemning", "negative", "Pakistan", "invented analyst (new actor, person); criticism of the government")
e("\"It signed a promise it could never keep, to buy a few months of quiet. Now it is paying for that with the lives of its police,\" he said.",
  "Zeeshan Haider Bokhari", "condemning", "negative", "Pakistan", "two-sentence quote = one unit; judgement of the November deal")
e("Interior Minister Sheikh Rashid Ahmed, who announced the decision to ban the party on Wednesday, said the government had tried to negotiate but could not allow a street movement to dictate Pakistan's relations with Europe.",
  "Pakistan", "condemning", "negative", "Tehreek-e-Labbaik Pakistan", "ban announced (measure) + refusal of the TLP's demand = condemning")
e("He promised that everyone who had attacked police would be prosecuted, and that there would be no deal this time to drop the charges.",
  "Pakistan", "condemning", "negative", "Tehreek-e-Labbaik Pakistan", "threatened prosecution of the party's attackers = threat")
e("Faizabad Interchange has been cleared and traffic is moving normally.",
  "Pakistan", "neutral", "neutral", "", "embedded post by the capital police = state; traffic fact")
e("Citizens are advised to use Srinagar Highway for travel to Rawalpindi.",
  "Pakistan", "neutral", "neutral", "", "traffic advice")
e("Police arrested TLP chief Saad Hussain Rizvi in Lahore on Monday, hours after he urged his followers to prepare for a march if the French ambassador had not been expelled by April 20.",
  "Pakistan", "condemning", "neutral", "Tehreek-e-Labbaik Pakistan", "arrest of the party's leader = measure taken against the TLP, narrated without judgement (tone neutral)")
e("Police arrested TLP chief Saad Hussain Rizvi in Lahore on Monday, hours after he urged his followers to prepare for a march if the French ambassador had not been expelled by April 20.",
  "Tehreek-e-Labbaik Pakistan", "condemning", "negative", "", "Rizvi's ultimatum: march unless France's envoy is expelled = threat against the government joined to a demand for a measure against France -> two targets, empty")
e("The TLP says that deadline was agreed with the government in November, when it called off a sit-in at Faizabad over the republication of caricatures of the Prophet in France.",
  "Tehreek-e-Labbaik Pakistan", "neutral", "neutral", "", "the party's account of the deal = fact claim")

# ---------------------------------------------------------------- 6 Philippines, daily scraped
f = page("page_philippines_patriciafox_visa2018_dailyscrape.txt")
f("The Bureau of Immigration (BI) has cancelled the missionary visa of Sister Patricia Fox and ordered the 71-year-old Australian nun to leave the country within 30 days of receiving the order, over what it called her involvement in partisan political activities.",
  "Philippines", "condemning", "negative", "Patricia Fox", "dateline excluded; visa cancelled + order to leave = expulsion measure with an accusation; Fox = new actor (person)")
f("Immigration Commissioner Jaime Morente said in a statement on Wednesday that joining rallies and fact-finding missions was not what a missionary visa was issued for, and that the bureau's board of commissioners had acted on the evidence before it.",
  "Philippines", "condemning", "negative", "Patricia Fox", "justification that charges her with breaking her visa terms (unsure: could be read as procedure)")
f("\"The law is the same for every foreigner, whatever robe they wear,\" Morente said.",
  "Philippines", "neutral", "negative", "", "equal-treatment principle with a barb; no explicit judgement (unsure: could be condemning Fox)")
f("BI spokesperson Antonette Mangrobang said the order did not stop Fox from returning to the country later as a tourist, and that the deportation complaint filed against her was still being heard separately.",
  "Philippines", "neutral", "neutral", "", "procedure")
f("Fox, the superior of the Philippine province of the Congregation of Our Lady of Sion, was taken from her home in Quezon City by immigration agents on April 16 and held overnight at the bureau's main office, days after she joined an international fact-finding mission on the situation of farmers and indigenous people in Mindanao.",
  "Philippines", "condemning", "neutral", "Patricia Fox", "arrest by immigration agents reported as done = measure against her (unsure: background narration, could get no row)")
f("At a press conference at a convent in Quezon City on Wednesday afternoon, Fox said she had first heard of the order from journalists who called her for comment.",
  "Patricia Fox", "neutral", "negative", "", "fact about how she learned of it, a muted complaint")
f("\"For 27 years I have gone where the farmers and the workers are, because that is where a missionary belongs. I have never stood for any candidate or any party,\" Fox said.",
  "Patricia Fox", "neutral", "negative", "", "two-sentence quote = one unit; denial of partisan activity = neutral, negative tone")
f("She said she would ask the bureau to reconsider and that she still hoped President Duterte would agree to hear her out.",
  "Patricia Fox", "calling_for_talks", "positive", "Philippines", "request for reconsideration and a hearing = appeal; hopeful tone")
f("Her lawyer, Jobert Pahilga, said the defense would file a motion for reconsideration within the 15-day period allowed, and argued that the board had ruled before Fox was given the chance to answer the complaint in writing.",
  "Patricia Fox", "condemning", "negative", "Philippines", "lawyer speaking for his client = the client (as in heldout 42a); accusation of an unfair procedure + appeal filing: rule 1")
f("Duterte said in a speech to soldiers last week that he had personally ordered the investigation of the nun, and that a guest of the country had no business joining rallies against its leaders.",
  "Philippines", "condemning", "negative", "Patricia Fox", "president = Philippines; ordered probe + rebuke")
f("Presidential Spokesperson Harry Roque said on Wednesday that the decision belonged to the immigration bureau and that Fox had the same remedies as any other foreigner, including an appeal to the Department of Justice.",
  "Philippines", "neutral", "neutral", "", "procedural answer")
f("\"Nobody is being persecuted here. She was given her day in court,\" Roque told reporters in Malacañang.",
  "Philippines", "neutral", "negative", "", "denial of persecution = neutral, negative tone; Malacañang = place")
f("Justice Secretary Menardo Guevarra said the department would study the case on its merits if an appeal reached it, and declined to say whether the bureau had gone too far.",
  "Philippines", "neutral", "neutral", "", "procedure; declines to judge")
f("The Association of Major Religious Superiors in the Philippines said in a statement that Fox's decades of work among the rural poor were the Gospel lived in practice.",
  "Association of Major Religious Superiors in the Philippines", "supporting", "positive", "Patricia Fox", "new actor (organisation); praise of Fox")
f("The association asked the government to withdraw the order and let her continue her mission.",
  "Association of Major Religious Superiors in the Philippines", "calling_for_talks", "neutral", "Philippines", "demand to reverse the order, no judgement word = calling_for_talks (labels/README: a demand to one side with no judgement)")
f("Renato Reyes Jr., secretary general of the left-wing alliance Bagong Alyansang Makabayan (Bayan), said the order would be remembered as one of the pettiest acts of the administration, aimed at a woman who had spent her life with farmers.",
  "Bagong Alyansang Makabayan", "condemning", "negative", "Philippines", "'pettiest acts' = judgement of the government")
f("Cristina Palabay, secretary general of the human rights group Karapatan, said the government wanted to frighten foreign observers away from the killings of farmers in Mindanao, and that expelling a nun would not make those killings disappear.",
  "Karapatan", "condemning", "negative", "Philippines", "new actor (organisation); accusation of intimidation")
f("Gabriela Women's Party Representative Arlene Brosas said the order sent a chilling message to every missionary working in the countryside, and that the government had confused compassion with subversion.",
  "Gabriela Women's Party", "condemning", "negative", "Philippines", "Brosas = Gabriela (actors.csv); judgement of the order")
f("Senator Risa Hontiveros said the Senate should find out whether the bureau had acted on instructions from Malacañang, and urged the BI to allow Fox to stay while her motion was pending.",
  "Akbayan", "calling_for_talks", "neutral", "Philippines", "Hontiveros = Akbayan (actors.csv); call for a Senate inquiry + appeal to let her stay, no judgement word")
f("In Canberra, the Department of Foreign Affairs and Trade said embassy officials in Manila had been in contact with Fox and were providing consular assistance, but that Australia respected the right of the Philippines to decide who could stay in the country.",
  "Australia", "neutral", "neutral", "", "consular help to its own national (as page_laos_vangvieng) + respect for Manila's decision = neutral; Canberra and Manila are places")

with open(os.path.join(HERE, "statements.csv"), "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
    w.writerows(ROWS)
print(len(ROWS), "rows")
