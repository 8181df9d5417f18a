"""Write /work/batch49c/statements.csv from the hand labels below.

Every row was decided by reading the sentence in its page against the labelling guide
(/work/shared/labelling-guide.md) and labels/README.md. The script only writes the CSV and
checks that each sentence occurs in the page's visible text (for HTML, tags stripped).
Sentences deliberately left without a row are listed as comments under each page.
"""
import csv, html, re, sys
from html.parser import HTMLParser
from pathlib import Path

BASE = Path('/work/batch49c')
ROWS = []


def R(doc, sentence, actor, stance, sentiment, target='', note=''):
    ROWS.append([doc, sentence, actor, stance, sentiment, target, 'page', note])


class Vis(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, tag, a):
        if tag in ('script', 'style', 'head'): self.skip += 1
        self.out.append(' ')
    def handle_endtag(self, tag):
        if tag in ('script', 'style', 'head'): self.skip -= 1
        self.out.append(' ')
    def handle_data(self, d):
        if not self.skip: self.out.append(d)


def visible(path):
    t = path.read_text(encoding='utf-8')
    if path.suffix == '.html':
        v = Vis(); v.feed(t); t = ''.join(v.out)
    return re.sub(r'\s+', ' ', html.unescape(t))


# ============================================================ page 1: Egypt, wire
D = 'page_egypt_madamasr_raid2019_wire.txt'
R(D, "Plainclothes security officers raided the Cairo office of Mada Masr, one of the last independent news outlets still working in Egypt, on Sunday and drove its editor-in-chief and two other journalists to a police station before letting them go in the evening, the website said.",
  'Mada Masr', 'neutral', 'negative', '', "dateline excluded; the outlet's own account of the raid as facts (the judgement comes in the next sentences)")
# no row: "The raid came a day after police took Shady Zalat ..." (narration)
R(D, "In a string of posts on Twitter, Mada Masr said about nine men in civilian clothes forced their way into the newsroom in the Dokki district at around 1:30 p.m. (1130 GMT), took away every phone and laptop they could find and would not say which agency they belonged to.",
  'Mada Masr', 'condemning', 'negative', 'Egypt', "accusation made by describing the other side's acts: forced entry, seizure, officers refusing to identify themselves")
# no row: "Editor-in-chief Lina Attalah, managing editor ... were questioned ..." (narration)
R(D, "One of the officers told the remaining staff that the three were being taken to the prosecution, according to the outlet, but they were held instead at the Dokki police station until shortly after 6 p.m., when Mada Masr said all three had been released.",
  'Mada Masr', 'neutral', 'neutral', '', 'facts of the detention and release given by the outlet')
R(D, "One of the officers told the remaining staff that the three were being taken to the prosecution, according to the outlet, but they were held instead at the Dokki police station until shortly after 6 p.m., when Mada Masr said all three had been released.",
  'Egypt', 'neutral', 'neutral', '', 'an unnamed police officer of a named state speaks for it; procedural information (unsure: could be left as narration inside the outlet\'s account)')
R(D, "Zalat was also freed on Sunday, his colleagues said.",
  'Mada Masr', 'neutral', 'neutral', '', "'his colleagues' = the outlet's staff; a fact")
R(D, "A lawyer for Zalat said the arrest had no legal basis whatsoever, since his client was never shown a warrant and was never brought before a prosecutor.",
  'Shady Zalat', 'condemning', 'negative', 'Egypt', 'lawyer speaking for his client; arrest called baseless = judgement')
# no row: "The Interior Ministry did not respond to requests for comment." (no position)
R(D, "An Egyptian security source, who asked not to be named, said the officers had acted on an order from the Supreme State Security Prosecution and that nobody at the office had been harmed.",
  'Egypt', 'neutral', 'negative', '', "unnamed official of a named state = Egypt; legal basis + denial of mistreatment = neutral, negative tone")
# no row: "The source did not say what the order concerned." (narration)
R(D, "Speaking by telephone after her release, Attalah said the staff were shaken but unhurt.",
  'Mada Masr', 'neutral', 'neutral', '', 'editor-in-chief speaks for the outlet; a fact about the staff')
R(D, "\"Nobody told us what we are supposed to have done. They went through a newsroom as if it were a hideout, and that tells you how journalism is seen in this country today,\" she said.",
  'Mada Masr', 'condemning', 'negative', 'Egypt', 'two-sentence quote closed by the speaker; judgement on the raid and on the state\'s view of journalism')
R(D, "She said the site would publish as usual on Monday and would not drop the story that appeared to have set off the raid.",
  'Mada Masr', 'neutral', 'positive', '', 'own plans, defiant tone; no judgement stated')
# no row: "Mada Masr, which publishes in Arabic and English, has been blocked ..." (narration)
# no row: "Its report on Mahmoud al-Sisi ... said his father's circle had grown unhappy ..." (an outlet reporting a fact from unnamed sources: not an actor's position)
# no row: "The presidency has not commented on the report." (no position)
# no row: "Two members of a France 24 television crew ... were held ..." (narration)
R(D, "The Committee to Protect Journalists said the raid was part of a wider campaign to intimidate the few reporters in Egypt who still ask awkward questions.",
  'Committee to Protect Journalists', 'condemning', 'negative', 'Egypt', 'accusation of an intimidation campaign')
R(D, "\"Locking up editors because of what they publish is not law enforcement. It is censorship carried out by men in plain clothes,\" said Sherif Mansour, the group's Middle East and North Africa programme coordinator.",
  'Committee to Protect Journalists', 'condemning', 'negative', 'Egypt', "two-sentence quote closed by the speaker; Mansour speaks for CPJ ('the group')")
R(D, "Reporters Without Borders called on the authorities to hand back all the equipment taken from the office and to close any case opened against the site's staff.",
  'Reporters Without Borders', 'calling_for_talks', 'negative', 'Egypt', 'demand addressed to one side with no judgement word (labels/README: calling_for_talks, negative)')
R(D, "Amnesty International said the raid was meant to frighten the country's last independent newsroom and showed that the wave of arrests that followed street protests in September had not run its course.",
  'Amnesty International', 'condemning', 'negative', 'Egypt', 'judgement on the purpose of the raid')
R(D, "The Egyptian Initiative for Personal Rights, a Cairo-based rights group, said it had sent two of its lawyers to the Dokki police station to assist the detained journalists.",
  'Egyptian Initiative for Personal Rights', 'supporting', 'positive', 'Mada Masr', 'backing by act: legal assistance sent to the detained journalists')
R(D, "It also asked the public prosecutor to open an inquiry into the seizure of the journalists' devices.",
  'Egyptian Initiative for Personal Rights', 'calling_for_talks', 'negative', 'Egypt', "'It' = EIPR; request for an inquiry with no judgement word (unsure: an inquiry request is a legal, not a diplomatic, course)")
R(D, "The Journalists Syndicate, whose head Diaa Rashwan also chairs the government's State Information Service, said it was following the case and was in touch with the competent authorities.",
  'Egyptian Journalists Syndicate', 'neutral', 'neutral', '', 'following the case, no evaluation; the relative clause about Rashwan is narration')
R(D, "Pro-government television presenters spent Sunday evening accusing the site of working for foreign interests.",
  '', 'condemning', 'negative', 'Mada Masr', 'unnamed speakers; kept as a stance example only')
R(D, "Authorities detained more than 4,000 people after small protests against Sisi broke out on Sept. 20, according to the Egyptian Commission for Rights and Freedoms, a local group that tracks arrests.",
  'Egyptian Commission for Rights and Freedoms', 'neutral', 'neutral', '', 'a figure given by an actor')
R(D, "Egypt has for several years ranked among the three countries that jail the most journalists, according to the Committee to Protect Journalists.",
  'Committee to Protect Journalists', 'neutral', 'neutral', '', 'a ranking given as a fact (unsure: the figure itself is damning)')
R(D, "Sisi has repeatedly said that Egypt holds no political prisoners and that its media are freer than at any time in the past.",
  'Egypt', 'neutral', 'negative', '', 'denial of political prisoners plus self-praise: neutral, negative tone as a denial')

# ============================================================ page 2: Jordan, state agency (Petra)
D = 'page_jordan_deadseaflood2018_stateagency.txt'
R(D, "His Majesty King Abdullah II, who on Thursday evening postponed a scheduled official visit to the Kingdom of Bahrain to follow the rescue operations, chaired on Friday at Al Husseiniya Palace a meeting of the National Policies Council devoted to the consequences of the flash floods that swept away a group of students, teachers and other citizens in the area of Zarqa Ma'in on Thursday afternoon.",
  'Jordan', 'neutral', 'neutral', '', "dateline excluded; the King's acts (postponed visit, chaired a meeting) with no stance toward anyone (unsure: could be narration)")
R(D, "His Majesty the King extended his deepest condolences to the families of the victims, saying: \"The pain of every mother and father who lost a child yesterday is the pain of the whole Jordanian family, and we pray to God Almighty to grant them patience and strength.\"",
  'Jordan', 'neutral', 'negative', '', 'grief and condolences to his own citizens: no other actor, so not supporting')
R(D, "His Majesty directed the Government to prepare a complete and precise report on the sequence of events, from the moment the trip was organised until the last victim was recovered, and stressed that whoever is proven to have failed in his duty, whatever his position, shall be held accountable before the law.",
  'Jordan', 'neutral', 'negative', '', 'inquiry and accountability aimed at no named actor, including own officials (unsure: could be condemning with an empty target)')
R(D, "His Majesty expressed his appreciation to the personnel of the Civil Defence, the Public Security Directorate and the Jordan Armed Forces-Arab Army, and to the medical teams and citizens who joined the rescue efforts, saying that Jordanians had once more shown their solidarity in the hardest of moments.",
  'Jordan', 'neutral', 'positive', '', 'praise of own institutions and citizens = self-praise, neutral with positive tone')
R(D, "Prime Minister Omar Razzaz, who spent the night at the operations room near the site, said that the initial information available to the Government indicates that the private school which organised the trip breached the instructions of the Ministry of Education, which had warned against excursions to the Dead Sea area in view of the unstable weather conditions, and that the approval granted to the school had in any case covered a trip to a different destination.",
  'Jordan', 'condemning', 'negative', '', 'blame placed on the school (not a canonical actor, so no target)')
R(D, "Razzaz affirmed that the Government has formed a ministerial committee to investigate all the circumstances of the incident and that its findings will be made public, adding that \"no one who bears any part of the responsibility for this loss will be shielded, whether inside or outside the public sector.\"",
  'Jordan', 'neutral', 'negative', '', 'inquiry formed, accountability promised to no named actor (as the King\'s line; unsure)')
R(D, "The Prime Minister also announced that the Government will bear the costs of treatment of all the injured in public and private hospitals.",
  'Jordan', 'neutral', 'positive', '', 'help to own citizens: a plan, not support for another actor')
R(D, "For his part, Minister of Education Azmi Mahafzah said that the Ministry had referred the matter of the school's administration to the competent authorities and that the Ministry's instructions prohibiting trips to valleys and low-lying areas during periods of rainfall remain in force and binding on all public and private schools.",
  'Jordan', 'condemning', 'negative', '', 'referral of the school administration = a measure taken against a party that is not an actor (unsure: could be neutral procedure)')
R(D, "The Director General of the Civil Defence said on Friday that the number of those who died as a result of the flash floods in the Zarqa Ma'in area has risen to 21, most of them students, while dozens of others were injured, adding that the search teams, supported by helicopters of the Royal Jordanian Air Force and by divers, would continue their work until every report of a missing person had been verified.",
  'Jordan', 'neutral', 'neutral', '', 'dateline excluded; toll and search plans')
R(D, "The Public Security Directorate renewed its call on citizens to avoid valleys and watercourses and to follow the weather bulletins, in view of the expected continuation of rainfall over the coming days.",
  'Jordan', 'neutral', 'neutral', '', 'safety advice to own citizens is not an appeal for talks or de-escalation')
R(D, "His Majesty King Abdullah II received on Friday a telephone call from the Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud of the Kingdom of Saudi Arabia, who offered his condolences over the victims of the floods and affirmed that the Kingdom of Saudi Arabia places all its capabilities at the disposal of the brotherly Jordanian people to overcome the effects of this painful incident.",
  'Saudi Arabia', 'supporting', 'positive', 'Jordan', 'dateline excluded; condolences + offer of all capabilities = offer of aid; the receiving King is the object, not a speaker')
R(D, "His Majesty thanked the Saudi monarch for his sincere and brotherly sentiments, which reflect the depth of the historic relations between the two brotherly countries.",
  'Jordan', 'supporting', 'positive', 'Saudi Arabia', 'gratitude to the other state = supporting')
R(D, "His Majesty also received a telephone call from President Abdel Fattah al-Sisi of the Arab Republic of Egypt, who expressed his condolences and affirmed Egypt's readiness to provide any assistance that Jordan may require.",
  'Egypt', 'supporting', 'positive', 'Jordan', 'condolences + offer of assistance')
R(D, "In a telephone call with His Majesty, the newly appointed Prime Minister of the Republic of Iraq, Adel Abdul-Mahdi, expressed the condolences of the Iraqi people and Government, three of whose citizens were among the victims, and said that he had instructed the Iraqi Ministry of Foreign Affairs to follow up on the situation of the families of the Iraqi dead and injured.",
  'Iraq', 'supporting', 'positive', 'Jordan', 'condolences = solidarity; the follow-up for Iraqi families is care for own citizens')
R(D, "His Majesty affirmed to the Iraqi Prime Minister that the competent Jordanian authorities are providing every facility to the families of the Iraqi victims.",
  'Jordan', 'supporting', 'positive', 'Iraq', 'help given to the other state\'s citizens = assistance (unsure: could be read as reassurance, neutral)')
for st in ('Oman', 'Kuwait', 'Morocco'):
    R(D, "His Majesty King Abdullah II also received cables of condolence from His Majesty Sultan Qaboos bin Said of the Sultanate of Oman, His Highness Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah, Emir of the State of Kuwait, and His Majesty King Mohammed VI of the Kingdom of Morocco, in which they expressed their solidarity with the Hashemite Kingdom of Jordan and wished the injured a speedy recovery.",
      st, 'supporting', 'positive', 'Jordan', 'list of three senders: one row per listed state; solidarity cable')
R(D, "President Abdrabbuh Mansour Hadi of the Republic of Yemen sent a cable in which he expressed his condolences to His Majesty and to the Jordanian people and prayed that the missing would be found safe.",
  'Yemen', 'supporting', 'positive', 'Jordan', 'condolence cable = solidarity')
R(D, "Secretary-General of the League of Arab States Ahmed Aboul Gheit said in a statement that the League stands by the Hashemite Kingdom of Jordan in this difficult ordeal and expressed his confidence in the ability of the Jordanian institutions to deal with its consequences.",
  'Arab League', 'supporting', 'positive', 'Jordan', 'solidarity and confidence')
R(D, "The United Nations Resident Coordinator in Jordan, Anders Pedersen, expressed on behalf of the United Nations agencies working in the Kingdom his sorrow over the loss of life and said that the agencies stand ready to support the Jordanian authorities if so requested.",
  'United Nations', 'supporting', 'positive', 'Jordan', 'sorrow + conditional offer of support = offer of assistance')
R(D, "Speaker of the Lower House Atef Tarawneh said that the House will follow the course of the official investigation closely and will hold a session devoted to the tragedy as soon as the committee's findings are received, stressing that the families of the victims have the right to know every detail and that any shortcoming, whoever committed it, must be met with firm measures.",
  'Jordan', 'neutral', 'negative', '', 'dateline excluded; the Speaker resolves to Jordan (actors.csv); accountability with no named target (unsure, as the King\'s line)')
R(D, "Tarawneh expressed, in the name of the members of the House, his sincere condolences to the bereaved families, and commended the sacrifices of the rescue teams, among them members of the Civil Defence who were injured while carrying out their duty.",
  'Jordan', 'neutral', 'positive', '', 'condolences to own citizens and praise of own rescuers')
# no rows: titles, "//Petra//" codes, time stamps, Related news link titles

# ============================================================ page 3: Yemen, UN noon briefing
D = 'page_yemen_sammadexecutions2021_noonbriefing.txt'
# no row: housekeeping opening ("As you know, the high-level week ..."), "I want to come back to Yemen ..."
R(D, "The Secretary-General condemns the execution on Saturday in Sana'a by the Houthi movement of nine men who had been convicted of involvement in the killing of Saleh al-Sammad in 2018.",
  'United Nations', 'condemning', 'negative', 'Houthis', 'spokesman restating the Secretary-General')
R(D, "One of the nine was reportedly a child at the time he was detained.",
  'United Nations', 'neutral', 'negative', '', 'a fact given by the spokesman, aggravating in tone')
R(D, "The trial that led to these sentences fell far short of the guarantees of due process that international law requires of any court, and the Secretary-General reiterates that the United Nations opposes the death penalty in all circumstances.",
  'United Nations', 'condemning', 'negative', 'Houthis', 'judgement on the trial; principled opposition applied to this act')
R(D, "In the same statement, the Secretary-General expressed concern about reports that an air strike by the Saudi-led coalition in Shabwa governorate last week killed at least six civilians, all of them members of one family.",
  'United Nations', 'neutral', 'negative', '', 'concern without an appeal in the sentence = neutral, negative (the appeal follows in the next sentence)')
R(D, "He reminds every party to the conflict that civilians and the places where they live must be spared, without exception.",
  'United Nations', 'calling_for_talks', 'neutral', '', 'protection of civilians, addressed to every party')
# no row: "The new Special Envoy, Hans Grundberg, continues his first round of consultations." (lead-in; the next sentences carry the envoy's course)
R(D, "He has been in Riyadh over the past days, where he met with Yemeni Government officials, and he intends to engage with all sides, including in Sana'a, as soon as arrangements allow.",
  'United Nations', 'calling_for_talks', 'neutral', '', "'He' = the Special Envoy; consultations and engagement with all sides")
R(D, "Mr. Grundberg has told us that an end to the fighting in Marib remains his most urgent priority and that he is ready to work with anyone who is willing to help get there.",
  'United Nations', 'calling_for_talks', 'positive', '', 'appeal to end the fighting, offer of mediation')
R(D, "On the humanitarian side, our colleagues at the Office for the Coordination of Humanitarian Affairs (OCHA) tell us that the fighting in Marib and in southern Al Bayda has forced thousands of families to flee their homes since the start of September, many of them for the second or third time.",
  'United Nations', 'neutral', 'neutral', '', 'OCHA = United Nations; displacement figures')
R(D, "Partners are delivering food, water and shelter items to the newly displaced, but access remains difficult in several districts.",
  'United Nations', 'supporting', 'neutral', '', 'aid delivered by the UN and its partners; the displaced are not an actor (unsure: could be read as neutral report of operations)')
R(D, "The humanitarian response plan for Yemen for this year is just over half funded, and OCHA is appealing to donors to turn their pledges into cash before the end of the year.",
  'United Nations', 'calling_for_talks', 'neutral', '', 'asking for aid is calling_for_talks, not supporting (labels/README)')
R(D, "Mohammed Ali al-Houthi posted over the weekend that the UN has no business commenting on the rulings of Yemeni courts and that the Secretary-General should instead be condemning the coalition that killed al-Sammad.",
  'Houthis', 'condemning', 'negative', '', "journalist's question reporting a Houthi position = Houthis' statement (labels/README); rejects the UN and blames the coalition: two targets, left empty")
R(D, "We stand by every word of the statement.",
  'United Nations', 'condemning', 'negative', 'Houthis', 'reaffirms the condemnation against the rebuttal')
R(D, "When people are put to death after proceedings that do not meet basic fair trial standards, the Secretary-General will say so, whoever the authorities are.",
  'United Nations', 'condemning', 'negative', 'Houthis', 'judgement on the proceedings, restated')
R(D, "The US chargé d'affaires for Yemen, Cathy Westley, called the trial a sham, and the State Department said the men had been tortured into confessing.",
  'United States', 'condemning', 'negative', 'Houthis', "question reporting the US positions; 'sham' and torture accusation")
# no row: "Does the UN have information on torture?", "I have seen those statements."
R(D, "Our human rights colleagues are looking into the information that has reached them, and I would not want to get ahead of their work.",
  'United Nations', 'neutral', 'neutral', '', 'procedure, no evaluation')
R(D, "What I can tell you is that we have raised the question of detainees, and of their treatment, with the de facto authorities many times, and we will keep raising it.",
  'United Nations', 'calling_for_talks', 'neutral', 'Houthis', "engagement with the de facto authorities on detainees (unsure: 'treatment' hints at concern)")
R(D, "The Yemeni Government's Information Minister, Moammar al-Eryani, said the executions were a crime and asked the international community to list the Houthis as a terrorist group.",
  'Yemen', 'condemning', 'negative', 'Houthis', "question reporting the government's position; 'crime' + call for designation (a call for sanctions is condemning)")
R(D, "Decisions on designations are for Member States to take.",
  'United Nations', 'neutral', 'neutral', '', 'procedural deflection')
R(D, "Our position is that the humanitarian consequences of any such step must be taken fully into account, as we have said before, and that the focus should be on a negotiated end to this conflict.",
  'United Nations', 'calling_for_talks', 'neutral', '', 'negotiated end; caution on designation without judging anyone')
R(D, "The group Mwatana said one of the nine was seventeen when he was arrested and that some of them were held for months without access to a lawyer.",
  'Mwatana for Human Rights', 'condemning', 'negative', 'Houthis', "question reporting the NGO's findings: accusation by describing the other side's acts")
R(D, "Those are precisely the kinds of reports that informed the Secretary-General's statement.",
  'United Nations', 'neutral', 'negative', '', 'links the reports to the condemnation without a new judgement (unsure: could be condemning)')
# no row: "I am not in a position to go into individual cases from here.", "Not that I am aware of."
R(D, "We would expect any credible allegation of civilian casualties to be investigated promptly and transparently, and the findings to be shared.",
  'United Nations', 'calling_for_talks', 'neutral', 'Saudi Arabia', 'appeal for an investigation of the Shabwa strike, addressed to the coalition (Saudi-led coalition = Saudi Arabia in organisations.csv)')
# no row: "I have no doubt that he will." (bare answer; the next sentences carry the position)
R(D, "The Special Envoy is very clear that the protection of civilians, the release of detainees and respect for human rights are part of the political process and not separate from it.",
  'United Nations', 'calling_for_talks', 'neutral', '', 'protection of civilians and detainee releases within the political process')
R(D, "He also wants to build on the prisoner exchange that the parties agreed to last year, and he believes there is room for more releases.",
  'United Nations', 'calling_for_talks', 'positive', '', 'hope for more releases by agreement')
R(D, "We would, of course, urge the de facto authorities in Sana'a not to carry out any further death sentences.",
  'United Nations', 'calling_for_talks', 'negative', 'Houthis', 'demand to one side with no judgement word in the sentence (labels/README)')

# ============================================================ page 4: Iraq, MFA news page (HTML)
D = 'page_iraq_mashtalstrike2024_ministry.html'
R(D, "The Ministry of Foreign Affairs of the Republic of Iraq condemns in the strongest terms the strike carried out by a drone of the United States forces on the evening of Wednesday, February 7, 2024, against a vehicle in the Al-Mashtal area in the east of the capital, Baghdad, which led to the death of three persons, among them members of the Popular Mobilization Forces, a formation that is part of the Iraqi security system and operates under the command of the Commander-in-Chief of the Armed Forces.",
  'Iraq', 'condemning', 'negative', 'United States', 'explicit condemnation; the PMF is an object here, not a speaker')
R(D, "The Ministry considers this act, carried out in a crowded residential neighbourhood and without any coordination with the competent Iraqi authorities, an assault on the sovereignty of Iraq that no pretext can justify, and a clear disregard for the lives of the citizens who were in the street at that hour.",
  'Iraq', 'condemning', 'negative', 'United States', "'the Ministry' = Iraq; assault on sovereignty")
R(D, "The Ministry recalls that on Saturday, February 3, 2024, it summoned the Chargé d'Affaires a.i. of the Embassy of the United States of America in Baghdad and handed him an official note of protest over the strikes that targeted the Al-Qa'im and Akashat areas, and notes that the repetition of such attacks within a few days shows that the American side has not given the objections of the Iraqi Government the attention they deserve.",
  'Iraq', 'condemning', 'negative', 'United States', 'summons and note of protest (a taken measure) plus a judgement')
R(D, "The Ministry affirms that Iraq will not allow its cities to be turned into a battlefield for the conflicts of others, and holds the United States responsible for the consequences of this escalation for the security and stability of Iraq and of the region.",
  'Iraq', 'condemning', 'negative', 'United States', "'holds ... responsible' = condemning")
R(D, "The Ministry shares the position of the Iraqi Government, as expressed by the Spokesman of the Commander-in-Chief of the Armed Forces, Major General Yahya Rasool, that operations of this kind only strengthen the Government's determination to set a clear timetable for ending the presence of the international coalition forces on Iraqi soil.",
  'Iraq', 'condemning', 'negative', 'United States', 'announced response: a timetable to end the US-led coalition presence, tied to the strike (a threatened measure); the military spokesman and the ministry are both Iraq, one row')
R(D, "At the same time, the Ministry affirms the commitment of the Iraqi Government to the dialogue launched on January 27, 2024, within the framework of the Higher Military Commission between the Republic of Iraq and the United States of America, and calls on the American side to give this dialogue the conditions it needs to succeed.",
  'Iraq', 'calling_for_talks', 'neutral', 'United States', 'commitment to bilateral dialogue and appeal to the other side, no judgement in the sentence')
R(D, "The Ministry calls on all parties to exercise the utmost restraint and to refrain from any action that would drag Iraq into a wider conflict, and affirms that the decision of war and peace belongs to the Iraqi State alone.",
  'Iraq', 'calling_for_talks', 'neutral', '', 'restraint addressed to all parties')
R(D, "The Ministry extends its sincere condolences to the families of the victims and wishes the injured a speedy recovery.",
  'Iraq', 'neutral', 'negative', '', 'condolences to own citizens: no other actor')
# no row: "The Official Spokesperson ... answered on Thursday a number of questions ..., as follows:" (lead-in)
R(D, "The US Central Command said the strike killed a Kataib Hezbollah commander who had planned attacks on American forces and taken part in them, and that it had seen no sign of harm to civilians.",
  'United States', 'condemning', 'negative', 'Kataib Hezbollah', "question reporting CENTCOM's position: own strike justified by accusing the commander (accusation = condemning); the civilian line is part of the same claim")
# no row: "How does the Ministry respond?"
R(D, "No statement issued in another capital changes the fact that a missile was fired into a busy street in Baghdad without the knowledge of the Iraqi Government.",
  'Iraq', 'condemning', 'negative', 'United States', "spokesperson's answer; 'another capital' is a metonym used as an object")
R(D, "The competent security authorities will establish the facts on the ground, and Iraq will not accept that the safety of its citizens be measured against the communiqués of a foreign military command.",
  'Iraq', 'condemning', 'negative', 'United States', "rejection of the US account ('will not accept')")
R(D, "Kataib Hezbollah announced on January 30 that it was suspending its military operations against American forces.",
  'Kataib Hezbollah', 'calling_for_talks', 'neutral', 'United States', "question reporting the group's own halt of attacks = agreeing to stop hostilities")
# no row: "Does the Ministry believe the strike has undermined that step?"
R(D, "The Government made great efforts to restore calm in the past days.",
  'Iraq', 'calling_for_talks', 'positive', '', 'de-escalation efforts reported as done (unsure: could be read as self-praise, neutral)')
R(D, "It regrets that this calm was answered with a further escalation on the territory of Iraq.",
  'Iraq', 'condemning', 'negative', 'United States', "'regrets' aimed at the US escalation = judgement (labels/README)")
R(D, "Harakat al-Nujaba has vowed that the killing will not go unpunished.",
  'Harakat al-Nujaba', 'condemning', 'negative', 'United States', 'question reporting a threat of revenge')
# no row: "Does the Government fear that attacks on bases hosting American forces will resume?"
R(D, "The Government is in continuous contact with all the parties concerned in order to contain the situation.",
  'Iraq', 'calling_for_talks', 'neutral', '', 'contacts to contain the escalation')
R(D, "The security forces will deal firmly with anyone who acts outside the framework of the State or endangers the diplomatic missions present in Iraq.",
  'Iraq', 'condemning', 'negative', '', 'a threat aimed at unnamed armed actors: condemning, no target')
R(D, "All diplomatic and legal options are under study, and the Ministry is in contact with the Permanent Mission of Iraq to the United Nations in New York on this matter.",
  'Iraq', 'neutral', 'neutral', '', "procedure (unsure: 'all options under study' could be read as a veiled threat)")
# no rows: the meeting lead ("Mr. Fuad Hussein, received ...") and "The two sides discussed ..." (a meeting in narrative)
R(D, "Mr. Hussein stressed that the repeated strikes on Iraqi territory place the Government in an extremely difficult position before its people and weaken the efforts it is making to keep Iraq away from the conflict in the region.",
  'Iraq', 'condemning', 'negative', 'United States', "foreign minister = Iraq; judgement on 'the repeated strikes', in context the US strikes (unsure about the target: other states have also struck Iraqi territory)")
R(D, "For her part, Ms. Hennis-Plasschaert expressed the concern of the United Nations over the escalation and called on all sides to show restraint and to give priority to diplomatic channels.",
  'United Nations', 'calling_for_talks', 'negative', '', 'concern with an appeal to all sides')
R(D, "She affirmed the support of the United Nations for the efforts of the Iraqi Government to preserve the security and stability of the country.",
  'United Nations', 'supporting', 'positive', 'Iraq', 'support for the government')
# no rows: sidebar link titles, share bar, footer

# ============================================================ page 5: Israel, live blog (HTML)
D = 'page_israel_sdeteiman_riot2024_liveblog.html'
# no rows: headline, standfirst, key events, time stamps, entry headings, captions; "We are closing this blog for tonight."; "Thank you for following our coverage."
R(D, "Police say order has been restored at both Sde Teiman and Beit Lid, and the detained reservists remain in military police custody.",
  'Israel', 'neutral', 'neutral', '', 'Israel Police = Israel; facts')
R(D, "The Military Advocate General's office said the suspects would be brought before a military court for a detention hearing on Tuesday and that the investigation would go ahead in full despite the disturbances.",
  'Israel', 'neutral', 'neutral', '', 'military prosecution = Israel; procedure')
R(D, "In a statement on its Telegram channel, Hamas said the allegations were only a glimpse of the treatment of thousands of Palestinians held without charge since October and demanded that international bodies be given access to the detention camps.",
  'Hamas', 'condemning', 'negative', 'Israel', 'accusation + demand: rule 1')
R(D, "The Palestinian Prisoners' Society, which monitors detentions, accused the guards of sexually abusing the detainee and said Israel's own investigation could not be trusted to deliver justice.",
  "Palestinian Prisoners' Society", 'condemning', 'negative', 'Israel', 'accusation; distrust of the investigation')
# no row: "Several dozen protesters have pushed past the gate of the Beit Lid base ..." (narration)
R(D, "Israel Police said officers had been sent to the base and were removing the intruders, adding that anyone who attacked soldiers or police would be arrested.",
  'Israel', 'condemning', 'negative', '', 'threat of arrest aimed at the protesters (not an actor): condemning, no target (unsure: could be neutral law enforcement)')
# no row: "Opposition leader Yair Lapid has posted this:" (lead-in)
R(D, "Ministers and MKs leading a mob into an army base in the middle of a war.",
  'Yesh Atid', 'condemning', 'negative', '', 'embedded post, verbless sentence; judgement on ministers and MKs of several parties (no single target)')
R(D, "This is what happens when a prime minister hands the keys of the state to people who despise its laws.",
  'Yesh Atid', 'condemning', 'negative', 'Israel', "opposition leader (Yesh Atid) blaming the prime minister = the government of Israel")
R(D, "Netanyahu is responsible for every minute of this.",
  'Yesh Atid', 'condemning', 'negative', 'Israel', "'responsible' = condemning; Netanyahu is the object, not the speaker")
# no row: "President Isaac Herzog has also weighed in:" (lead-in)
R(D, "Breaking into a military base, with elected officials at the front, is a grave and dangerous act that harms the army and all of us.",
  'Israel', 'condemning', 'negative', '', 'head of state = Israel; judgement on the break-in by unnamed protesters and officials')
R(D, "Whatever anyone thinks about the investigation, it belongs in the courts and not at the gate of a base.",
  'Israel', 'calling_for_talks', 'negative', '', 'appeal to a lawful course with no judgement word (unsure: could be read as a rebuke, condemning)')
R(D, "I call on everyone to lower the flames.",
  'Israel', 'calling_for_talks', 'neutral', '', 'appeal for calm')
R(D, "The chief of staff, Lt Gen Herzi Halevi, said the break-in was a severe and unlawful act that harmed the security of the state in wartime.",
  'Israel', 'condemning', 'negative', '', 'army chief = Israel; judgement, no canonical target')
R(D, "\"Soldiers and officers came under attack today from citizens while they were doing their job. I will not accept this, and whoever took part will answer for it,\" Halevi said in a statement released by the army.",
  'Israel', 'condemning', 'negative', '', 'quote of two sentences closed by the speaker; judgement and threat of consequences')
R(D, "He added that he gave his full backing to the military prosecution and the military police investigators.",
  'Israel', 'neutral', 'positive', '', "backing for the state's own organs = neutral, positive (not supporting another actor)")
R(D, "Defence Minister Yoav Gallant praised the soldiers who guard detainees but said the investigators had to be allowed to do their work.",
  'Israel', 'neutral', 'positive', '', 'praise of own soldiers and a procedural demand; no judgement, no peace appeal')
R(D, "\"Nobody has the right to force their way into a military base. The IDF acts according to the law, and so must every citizen and every elected official,\" Gallant said.",
  'Israel', 'condemning', 'negative', '', 'judgement on the break-in')
R(D, "Prime Minister Benjamin Netanyahu's office issued a short statement calling for the immediate easing of tempers at Sde Teiman and saying the prime minister firmly condemned the break-in.",
  'Israel', 'condemning', 'negative', '', 'call for calm + explicit condemnation: rule 1')
R(D, "Finance Minister Bezalel Smotrich, head of the Religious Zionism party, said he backed a lawful protest against what he called the humiliation of the reservists, but asked demonstrators not to enter the bases or confront soldiers.",
  'Religious Zionist Party', 'condemning', 'negative', 'Israel', "speaks as party leader against his own government's military justice (as Ben-Gvir for Otzma Yehudit in earlier batches); 'humiliation' = judgement on the arrests, rule 1 before the appeal")
# no row: "National Security Minister Itamar Ben-Gvir, the leader of Otzma Yehudit, has posted this on X:" (lead-in)
R(D, "Dragging reservists out of their base like criminals, as if they were the enemy, is a disgrace to the army and to the state.",
  'Otzma Yehudit', 'condemning', 'negative', 'Israel', 'embedded post by the party leader; judgement on the military police arrests')
R(D, "The military advocate general should be backing our fighters, not hunting them.",
  'Otzma Yehudit', 'condemning', 'negative', 'Israel', 'judgement on the military advocate general (an organ of Israel)')
# no rows: "Live footage on Israeli television shows ..." and "Among those seen inside the base were ..." (narration; presence, no position stated)
R(D, "Sukkot told Channel 14 that the reservists had been \"handed over like criminals\" and that he had come to stand by them.",
  'Religious Zionist Party', 'condemning', 'negative', 'Israel', 'MK of Religious Zionism; judgement on the arrests (surname-only mention)')
# no row: "Sde Teiman, a base in the Negev desert ..." (background narration)
R(D, "Former detainees and Israeli rights groups have described beatings, prolonged shackling and medical neglect at the site, and the Supreme Court is hearing a petition demanding its closure.",
  '', 'condemning', 'negative', 'Israel', 'unnamed speakers (former detainees, rights groups); kept as a stance example only')
R(D, "In May, the UN special rapporteur on torture, Alice Jill Edwards, urged Israel to investigate every allegation of torture of Palestinian detainees and to let independent monitors into its facilities.",
  'United Nations', 'calling_for_talks', 'negative', 'Israel', 'UN expert = United Nations; appeal with no judgement word')
# no row: "Military police investigators arrived ... and detained nine reservists ..." (the arrest of own soldiers, narrated; no actor targeted)
R(D, "The army said the investigation was opened after the detainee was taken to hospital with severe injuries, and that the military advocate general had ordered the arrests.",
  'Israel', 'neutral', 'negative', '', 'facts of the investigation given by the army')
R(D, "A lawyer representing several of the soldiers said his clients denied any wrongdoing and had been \"arrested in front of their comrades like terrorists\".",
  '', 'condemning', 'negative', 'Israel', 'unnamed lawyer of unnamed soldiers: no actor; denial plus a judgement on the arrests (rule 1); stance example only')
# no rows: share bar, tags, most viewed, footer

# ============================================================ page 6: Lebanon, daily scraped
D = 'page_lebanon_hannibalbail2025_dailyscrape.txt'
# no rows: menu words, ticker, headline, standfirst, byline, share prompts, photo captions, crossheads, ADVERTISEMENT, tags, MOST READ, newsletter and comment prompts
R(D, "The judicial investigator in the case of Imam Musa al-Sadr's disappearance on Thursday cut the bail set for Hannibal Gaddafi from $11 million to about $900,000 and lifted the travel ban imposed on him, clearing the way for the son of the late Libyan leader to leave Lebanon after almost ten years in custody without trial.",
  'Lebanon', 'neutral', 'neutral', '', 'judicial decision easing conditions (cf. a pardon: neutral); no judgement')
R(D, "Judge Zaher Hamadeh's decision came three days after a five-member Libyan delegation met Public Prosecutor Jamal Hajjar and two other senior judges at the Justice Palace in Beirut and handed them a report on the investigation Libya says it has carried out into the fate of the imam and his two companions.",
  'Government of National Unity', 'calling_for_talks', 'neutral', 'Lebanon', "the Tripoli government's delegation: talks and a report handed over = engagement reported as done; Libya in 2025 = Government of National Unity (officeholders.csv) (unsure: the meeting could be read as narrative)")
R(D, "Hajjar's office said the Libyan report had been added to the case file and would be studied by the investigating judge.",
  'Lebanon', 'neutral', 'neutral', '', 'prosecutor = Lebanon; procedure')
R(D, "Hamadeh had ordered Gaddafi's release on October 17 but set the bail at $11 million, one of the highest sums ever demanded by a Lebanese court, and barred him from leaving the country for two months.",
  'Lebanon', 'neutral', 'neutral', '', 'earlier judicial decision: release with conditions (unsure: the travel ban could be read as a measure against him, condemning)')
R(D, "Lebanese judicial sources said Gaddafi intends to leave Lebanon as soon as the bail is paid and that his family will join him later.",
  'Lebanon', 'neutral', 'neutral', '', "unnamed sources tied to the Lebanese judiciary speak for Lebanon; facts")
R(D, "Gaddafi's French lawyer, Laurent Bayon, welcomed the reduction but said it came far too late.",
  'Hannibal Gaddafi', 'condemning', 'negative', 'Lebanon', "lawyer speaking for his client; welcome + 'far too late' = judgement, rule 1")
R(D, "\"This is the first decision in ten years that treats my client as a human being and not as a bargaining chip. But nothing will give him back the decade he spent in a cell without ever being charged,\" Bayon told the Courier by telephone from Paris.",
  'Hannibal Gaddafi', 'condemning', 'negative', 'Lebanon', 'two-sentence quote closed by the speaker; bargaining chip, decade without charge')
R(D, "He said his client's assets had long been frozen under international sanctions and that relatives abroad were working to gather the sum.",
  'Hannibal Gaddafi', 'neutral', 'neutral', '', 'facts about paying the bail')
R(D, "Lawyers for the family of Imam al-Sadr said they would challenge the decision before the indictment chamber, arguing that Libya had still not handed over a single piece of information of real value and that the file was being closed \"on the backs of the victims.\"",
  'Family of Musa al-Sadr', 'condemning', 'negative', '', "appeal against the ruling + accusations against Libya and the way the file is closed: two targets, left empty")
R(D, "The Amal Movement, which the imam founded in the 1970s, said in a statement that the case of al-Sadr and his companions \"is not open to bargaining or to diplomatic courtesies,\" and that no official had the right to close it before the truth was known.",
  'Amal Movement', 'condemning', 'negative', '', "rejection of a deal aimed at unnamed officials (unsure: could be read as a statement of principle, neutral)")
R(D, "Justice Minister Adel Nassar told reporters at the Grand Serail that the judiciary had acted in full independence and that no political authority had interfered in the file.",
  'Lebanon', 'neutral', 'positive', '', 'reassurance about own conduct / denial of interference; Grand Serail is a place here')
R(D, "He added that Lebanon would keep working with the Libyan authorities on the case and still expected complete answers from Tripoli.",
  'Lebanon', 'calling_for_talks', 'neutral', 'Government of National Unity', "continued cooperation + expectation of answers; 'Tripoli' = the GNU")
R(D, "In Tripoli, the foreign ministry of the Government of National Unity welcomed the decision and thanked the Lebanese judiciary, saying it opened \"a new page\" between the two countries.",
  'Government of National Unity', 'supporting', 'positive', 'Lebanon', "welcome and thanks; 'In Tripoli' is a place")
R(D, "The ministry said Libya had cooperated in good faith with the Lebanese investigation and would go on doing so.",
  'Government of National Unity', 'calling_for_talks', 'positive', 'Lebanon', 'commitment to keep cooperating (unsure: partly self-praise)')
R(D, "It repeated that Hannibal Gaddafi, who was two years old when the imam disappeared, could have had no knowledge of the affair and should never have been held.",
  'Government of National Unity', 'condemning', 'negative', 'Lebanon', "'should never have been held' = judgement on the detention")
R(D, "Human Rights Watch, which has long described the detention as arbitrary, said the decision was overdue and that Lebanon should now examine how a man could be held for a decade on allegations that were never substantiated.",
  'Human Rights Watch', 'condemning', 'negative', 'Lebanon', 'overdue, arbitrary, unsubstantiated: judgement + appeal, rule 1')
R(D, "Hostage Aid Worldwide, a Washington-based group that has lobbied senior Lebanese officials on the case in recent weeks, thanked President Joseph Aoun and the judiciary for what it called a humane decision.",
  'Hostage Aid Worldwide', 'supporting', 'positive', 'Lebanon', 'thanks and praise of the decision')
# no row: "Al-Sadr, a towering figure ..., vanished in August 1978 ..." (narration)
R(D, "Muammar Gaddafi's government always maintained that the three had left Tripoli on a flight to Rome.",
  'Libya', 'neutral', 'negative', '', "the former Libyan state's denial of involvement = neutral, negative (Muammar Gaddafi = Libya in officeholders.csv)")
R(D, "Hannibal Gaddafi was abducted in Syria in December 2015 by gunmen who took him to the Bekaa Valley, and he was then handed over to the Lebanese authorities, who accused him of withholding information about the disappearance.",
  'Lebanon', 'condemning', 'negative', 'Hannibal Gaddafi', 'accusation by the Lebanese authorities, reported in background (unsure: background narration)')
R(D, "He began a hunger strike in June 2023 in protest at his detention, and the Libyan government formally asked Beirut that year to release him on health grounds.",
  'Hannibal Gaddafi', 'condemning', 'negative', 'Lebanon', 'hunger strike in protest = a protest act reported as done (unsure)')
R(D, "He began a hunger strike in June 2023 in protest at his detention, and the Libyan government formally asked Beirut that year to release him on health grounds.",
  'Government of National Unity', 'calling_for_talks', 'neutral', 'Lebanon', "formal request for release on humanitarian grounds, no judgement; 'Beirut' = Lebanon as addressee")
R(D, "Rola Tabbara, a lawyer who teaches criminal procedure at a Beirut university, said the case had exposed a basic flaw in the Lebanese system.",
  'Rola Tabbara', 'condemning', 'negative', 'Lebanon', 'invented lawyer and lecturer; judgement on the justice system')
R(D, "\"Pre-trial detention in this country has no ceiling. The Gaddafi file turned that weakness into a tool of politics, and everyone knew it,\" she said.",
  'Rola Tabbara', 'condemning', 'negative', 'Lebanon', 'two-sentence quote closed by the speaker')
R(D, "She said the families of Lebanon's missing, including those of the civil war, deserved an independent body that could pursue their cases without being hostage to relations between states.",
  'Rola Tabbara', 'calling_for_talks', 'neutral', '', 'appeal for an independent body for the missing, no judgement (unsure: could be neutral as a proposal)')


def main():
    pages = {}
    bad = 0
    for r in ROWS:
        doc, sent = r[0], r[1]
        if doc not in pages:
            pages[doc] = visible(BASE / doc)
        if re.sub(r'\s+', ' ', sent) not in pages[doc]:
            print('NOT FOUND:', doc, sent[:90]); bad += 1
    with open(BASE / 'statements.csv', 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['doc', 'sentence', 'actor', 'stance', 'sentiment', 'target', 'source', 'note'])
        w.writerows(ROWS)
    from collections import Counter
    print(len(ROWS), 'rows;', 'missing:', bad)
    print(Counter(r[0] for r in ROWS))
    print(Counter(r[3] for r in ROWS))
    print(Counter(r[4] for r in ROWS))
    return bad


if __name__ == '__main__':
    sys.exit(1 if main() else 0)
