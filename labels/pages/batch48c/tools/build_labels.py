"""Write /work/batch48c/statements.csv from the hand labels below.

Every row was decided by reading the sentence in its page against the labelling guide.
The script only writes the CSV and checks that each sentence occurs in the page's visible text.
"""
import csv, html, re, sys
from html.parser import HTMLParser
from pathlib import Path

BASE = Path('/work/batch48c')
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

# ---------------------------------------------------------------- page 1: Lebanon, wire
D = 'page_lebanon_zakkarelease2019_wire.txt'
R(D, "Nizar Zakka, a Lebanese information technology specialist with U.S. residency who spent nearly four years in an Iranian prison on spying charges, flew home to Beirut on Tuesday and told reporters that he had been convicted without a shred of proof.",
  'Nizar Zakka', 'condemning', 'negative', 'Iran', 'dateline excluded; convicted without proof = accusation against the Iranian judiciary')
R(D, "Zakka, 52, stepped off a plane at Beirut airport shortly after 7 p.m. alongside Major General Abbas Ibrahim, the head of Lebanon's General Security directorate, who had travelled to Tehran twice in recent weeks to negotiate his release.",
  'Lebanon', 'calling_for_talks', 'neutral', 'Iran', "relative clause: the security chief's trips to negotiate = Lebanon's negotiation reported as done (unsure: could be read as narration)")
R(D, "Zakka thanked Aoun and Ibrahim for what he called months of quiet, stubborn work on his behalf, and said he owed his freedom to the Lebanese state.",
  'Nizar Zakka', 'supporting', 'positive', 'Lebanon', 'gratitude to the president and the security chief (both Lebanon)')
R(D, "\"I went to Tehran as a guest of their government, to speak at a conference. I came back almost four years later, and in all that time not one piece of evidence was put in front of me,\" he said.",
  'Nizar Zakka', 'condemning', 'negative', 'Iran', 'two-sentence quote closed by the speaker; detained as a guest, no evidence = accusation')
R(D, "\"There was no trial worth the name.\"",
  'Nizar Zakka', 'condemning', 'negative', 'Iran', 'continuation of the same quote; judgement on the trial')
R(D, "He said he bore no grudge against Iranians and would not go into the details of his detention for now, adding that he would first see his family.",
  'Nizar Zakka', 'neutral', 'neutral', '', 'personal plans; no grudge against the people is not a position on the state')
R(D, "A Revolutionary Court sentenced him in 2016 to 10 years in prison and a fine of $4.2 million for collaborating with a hostile state.",
  'Iran', 'condemning', 'negative', 'Nizar Zakka', 'a sentence handed down = a measure taken against him, reported as done (unsure: background narration)')
R(D, "Iran's judiciary spokesman, Gholamhossein Esmaili, said on Tuesday that a court had granted Zakka a conditional release and that he had been handed over to the Lebanese authorities.",
  'Iran', 'neutral', 'neutral', '', 'judiciary spokesman = Iran; facts of the release')
R(D, "Esmaili told reporters the decision had been taken in answer to a request from Aoun and did not amount to an acquittal.",
  'Iran', 'neutral', 'neutral', '', 'surname-only mention; procedural framing of the release')
R(D, "Esmaili told reporters the decision had been taken in answer to a request from Aoun and did not amount to an acquittal.",
  'Lebanon', 'calling_for_talks', 'neutral', 'Iran', "Aoun's request for the release, reported by the Iranian side = Lebanon's appeal (reported-speech rule)")
R(D, "\"The ruling has not been overturned. The court has agreed to release him on conditions, and that is all,\" he said.",
  'Iran', 'neutral', 'neutral', '', 'two-sentence quote closed by the speaker; verdict maintained, no judgement')
R(D, "Iran's semi-official Fars news agency, citing a source it did not name, said on Monday that Tehran had agreed to let Zakka go out of regard for Hezbollah leader Sayyed Hassan Nasrallah.",
  '', 'supporting', 'positive', 'Hezbollah', 'unnamed source with no stated tie (the agency is not an actor); kept as a stance example only')
R(D, "\"This file was handled from one state to another, and nobody negotiated it except the Lebanese state,\" he told reporters at Baabda.",
  'Lebanon', 'neutral', 'negative', '', "'he' = Ibrahim; denial of the Fars account = neutral with negative tone; the summary line before it ('Ibrahim dismissed that account.') has no row")
R(D, "The presidency said in a statement that Aoun had written to Iranian President Hassan Rouhani in the spring asking for a pardon on humanitarian grounds, and that he thanked Rouhani for responding to Lebanon's request.",
  'Lebanon', 'supporting', 'positive', 'Iran', 'thanks to Rouhani for granting the request = approval of the step (the request itself is narrated)')
R(D, "Hariri told him that the state owed the same protection to every Lebanese citizen abroad, whatever his politics or his passport, according to a statement from his office.",
  'Lebanon', 'supporting', 'positive', 'Nizar Zakka', 'prime minister speaks for the state; backing of the freed citizen (unsure: could be neutral principle)')
R(D, "Foreign Minister Gebran Bassil, who had also written to his Iranian counterpart, said on Twitter that the outcome showed what patient diplomacy could deliver without noise.",
  'Lebanon', 'neutral', 'positive', '', 'self-praise of own diplomacy = neutral, positive tone')
R(D, "In Washington, the State Department said the United States was glad to see Zakka reunited with his family and praised Lebanon's government for its efforts to secure his freedom.",
  'United States', 'supporting', 'positive', 'Lebanon', 'praise of Lebanon = supporting; Washington as a place')
R(D, "\"He should never have spent a single day in an Iranian cell,\" department spokeswoman Morgan Ortagus said in a statement.",
  'United States', 'condemning', 'negative', 'Iran', 'judgement on the detention without a stock word')
R(D, "\"Iran continues to hold U.S. citizens on charges no one can take seriously, and we expect every one of them to come home.\"",
  'United States', 'condemning', 'negative', 'Iran', 'continuation of Ortagus; accusation + demand = rule 1')
R(D, "Iranian Foreign Minister Mohammad Javad Zarif offered in April to discuss a prisoner exchange with the United States, an offer Washington did not take up.",
  'Iran', 'calling_for_talks', 'neutral', 'United States', "offer of talks on an exchange; Washington's not taking it up is narrated, no protest stated: no US row")
R(D, "Nadim Sayegh, who teaches international relations at a university in Beirut, said the timing was no accident.",
  'Nadim Sayegh', 'neutral', 'neutral', '', 'invented academic; an assessment, no judgement of an actor')
R(D, "\"Tehran wanted to hand a favour to an allied president and, at the same time, show Washington that it can release people when it chooses,\" Sayegh said.",
  'Nadim Sayegh', 'neutral', 'neutral', '', 'analysis of motives; capitals as metonyms are objects, not speakers')
R(D, "He said the release carried no promise of a thaw with the United States.",
  'Nadim Sayegh', 'neutral', 'neutral', '', 'forecast')
R(D, "Zakka said he planned to return to Washington in the coming weeks and urged the Lebanese government to take up the cases of other Lebanese detained abroad with the same energy.",
  'Nizar Zakka', 'calling_for_talks', 'neutral', 'Lebanon', 'appeal to pursue further releases by diplomacy; no judgement')

# ---------------------------------------------------------------- page 2: Bahrain, state agency
D = 'page_bahrain_sharifrearrest2015_stateagency.txt'
R(D, "The Public Prosecution announced that it had interrogated Ebrahim Sharif, the former Secretary-General of the National Democratic Action Society (Wa'ad), over a speech he delivered in the Muharraq Governorate on the night of Friday 10 July, and that it had ordered his detention for fifteen days pending investigation on charges of publicly inciting hatred and contempt of the system of government and of promoting the change of the political system by force and illegal means.",
  'Bahrain', 'condemning', 'negative', 'Ebrahim Sharif', 'dateline excluded; detention and charges = a measure taken against him')
R(D, "The Ministry of Interior had announced on Sunday that the accused had been taken into custody over breaches of the law contained in the said speech, and that he had been referred to the Public Prosecution.",
  'Bahrain', 'condemning', 'negative', 'Ebrahim Sharif', "'the accused' = Sharif; arrest for violating the law = measure + accusation")
R(D, "The Chief Prosecutor of the Capital Governorate said in a statement that the accused, who had been released under a Royal Pardon only three weeks earlier after serving the greater part of a sentence handed down in the case of the cell that had sought to overthrow the regime, had been questioned in the presence of his lawyer, had been informed of the charges and the evidence against him, and had been afforded all the guarantees stipulated by the Code of Criminal Procedure.",
  'Bahrain', 'neutral', 'neutral', '', 'reassurance on own procedure = neutral; the relative clause on the old case is background (unsure)')
R(D, "The Chief Prosecutor explained that the investigation had been opened on the basis of a report by the General Directorate of Criminal Investigation and Forensic Science, which had reviewed a recording of the speech, and that the Public Prosecution would refer the case to the competent court upon the completion of its investigations.",
  'Bahrain', 'neutral', 'neutral', '', 'procedure and next steps')
R(D, "The Chief Prosecutor added that the accused had denied the charges levelled against him during the interrogation, and that the Public Prosecution was continuing to hear witnesses and to examine the full recording of the speech.",
  'Ebrahim Sharif', 'neutral', 'negative', '', "his denial relayed by the prosecutor = his statement (reported-speech rule); denial = neutral, negative tone")
R(D, "The Chief Prosecutor added that the accused had denied the charges levelled against him during the interrogation, and that the Public Prosecution was continuing to hear witnesses and to examine the full recording of the speech.",
  'Bahrain', 'neutral', 'neutral', '', 'the investigation continues: procedure')
R(D, "The Director-General of the General Directorate of Criminal Investigation and Forensic Science stated that the speech had contained clear incitement against the constitutional institutions of the Kingdom and an attempt to provoke young people into confronting the security forces, and stressed that the Directorate had acted in accordance with its legal powers and under the supervision of the Public Prosecution.",
  'Bahrain', 'condemning', 'negative', 'Ebrahim Sharif', 'police official named by title only = Bahrain; accusation of incitement')
R(D, "A delegation of the National Institution for Human Rights visited the accused at his place of detention on Monday and said in a statement that it had found him in good health and that he had been allowed to contact his family and his lawyer.",
  'National Institution for Human Rights (Bahrain)', 'neutral', 'neutral', '', 'national human rights body (new actor, not the government); findings of a visit = facts (unsure: could be treated as Bahrain)')
R(D, "Meanwhile, His Majesty King Hamad bin Isa Al Khalifa issued a Royal Pardon for Nabeel Rajab, who had been serving a sentence of six months' imprisonment for offending national institutions, in view of his health condition and on humanitarian grounds.",
  'Bahrain', 'neutral', 'positive', '', 'a pardon is a decision on a prisoner, not support for his position: neutral with positive tone (unsure: could be supporting Nabeel Rajab)')
R(D, "Minister of Interior, Lieutenant-General Shaikh Rashid bin Abdullah Al Khalifa, affirmed that the Kingdom of Bahrain would not allow anyone to exploit the climate of tolerance that His Majesty the King had consistently extended to all citizens in order to threaten civil peace or spread sedition, and that the law would be applied to all without distinction.",
  'Bahrain', 'condemning', 'negative', '', "warning = threatened response; aimed at 'anyone', Sharif implied but not named -> target empty")
R(D, "The Minister called on all political societies to abide by the Constitution and the law and to make the institutions of the State and the dialogue among the components of society the sole path for expressing their views.",
  'Bahrain', 'calling_for_talks', 'neutral', '', "'The Minister' = the interior minister; appeal for dialogue through institutions, addressed to all societies")
R(D, "The Minister of Justice, Islamic Affairs and Endowments, Shaikh Khalid bin Ali Al Khalifa, warned that the law on political societies would be applied firmly to any society whose leaders used public platforms to incite against the State, and said the Ministry was reviewing the activities of the National Democratic Action Society in the light of the investigation.",
  'Bahrain', 'condemning', 'negative', 'National Democratic Action Society', 'warning + review of the society = threatened measure against it')
R(D, "Foreign Minister, Shaikh Khalid bin Ahmed bin Mohammed Al Khalifa, said the Kingdom of Bahrain categorically rejected the statements issued in recent days by certain international organisations and foreign parties on the case, describing them as a blatant interference in the work of an independent judiciary that relied on one-sided accounts and ignored the facts on the ground.",
  'Bahrain', 'condemning', 'negative', '', 'rejection + interference = judgement; aimed at unnamed organisations and parties -> target empty')
R(D, "\"Bahrain does not accept lessons from anyone in the protection of rights, and those who rush to judgement before the judiciary has spoken should first examine the accuracy of their information,\" the Foreign Minister said, adding that the Kingdom's doors remained open to every party that wished to learn about its reforms through official channels.",
  'Bahrain', 'condemning', 'negative', '', 'rebuke of critics + open door: rule 1 (judgement first)')
R(D, "Speaker of the Council of Representatives, Ahmed bin Ibrahim Al-Mulla, hailed the Royal Pardon as a noble gesture reflecting the humanitarian approach of His Majesty the King, and affirmed the full support of the Council for the measures taken by the competent authorities to preserve security and stability.",
  'Bahrain', 'neutral', 'positive', '', 'the parliament speaker resolves to Bahrain: praise of its own king and authorities = self-praise, neutral with positive tone')
R(D, "Chairman of the Shura Council, Ali bin Saleh Al-Saleh, said the pardon confirmed once again the wisdom of the leadership and its care for all citizens.",
  'Bahrain', 'neutral', 'positive', '', 'upper house resolves to Bahrain; self-praise')
R(D, "Secretary-General of the Gulf Cooperation Council (GCC), Dr. Abdullatif bin Rashid Al-Zayani, expressed the full support of the GCC member states for all the measures taken by the Kingdom of Bahrain to safeguard its security, stability and national unity, and affirmed that the security of Bahrain was an integral part of the security of the GCC states.",
  'Gulf Cooperation Council', 'supporting', 'positive', 'Bahrain', 'secretary-general = the bloc; backing of the measures')
R(D, "The Speaker of the Arab Parliament, Ahmed bin Mohammed Al-Jarwan, lauded the Royal Pardon, and stressed the Arab Parliament's rejection of any attempt to interfere in the internal affairs of the Kingdom of Bahrain or to question the integrity of its judiciary.",
  'Arab Parliament', 'supporting', 'positive', 'Bahrain', 'praise + rejection of interference aimed at no one = backing of Bahrain')
R(D, "The United States of America welcomed the Royal Pardon granted to Nabeel Rajab, according to a statement issued by the Department of State in Washington, which described the step as a positive one.",
  'United States', 'supporting', 'positive', 'Bahrain', 'welcome of a step')
R(D, "The United Kingdom also welcomed the release, and the Foreign and Commonwealth Office said in a statement that it valued the close partnership between the two friendly countries and would continue to support the Kingdom's reform programme.",
  'United Kingdom', 'supporting', 'positive', 'Bahrain', 'welcome + continued support')

# ---------------------------------------------------------------- page 3: Iraq, UN noon briefing
D = 'page_iraq_basraactivists2020_noonbriefing.txt'
R(D, "The UN Assistance Mission in Iraq (UNAMI) today condemned in the strongest terms the killing last night in Basra of Dr. Reham Yacoub, as well as the killing of Tahseen Osama on 14 August, and the attacks on other activists in the city over the past week.",
  'United Nations', 'condemning', 'negative', '', 'UNAMI = United Nations; perpetrators unknown -> target empty')
R(D, "The Special Representative of the Secretary-General for Iraq, Jeanine Hennis-Plasschaert, said the murders were meant to frighten the people of Basra into silence and could not be allowed to stand.",
  'United Nations', 'condemning', 'negative', '', 'judgement on the killings')
R(D, "\"Those who gun down unarmed activists in the street must be found and brought before a court, and quickly,\" she said.",
  'United Nations', 'condemning', 'negative', '', 'judgement + demand for justice against unknown killers = rule 1')
R(D, "\"Every week that passes without arrests tells the killers they can strike again.\"",
  'United Nations', 'neutral', 'negative', '', 'warning about impunity with no appeal in the sentence (unsure: could be read as pressure on the authorities)')
R(D, "She called on the Iraqi authorities to give the investigations the resources they need and to protect those who speak out.",
  'United Nations', 'calling_for_talks', 'neutral', 'Iraq', 'appeal to one side, no judgement (README: demand to one side without judgement word)')
R(D, "The Mission's human rights office says it has received reliable information about two more attempts on the lives of activists in Basra on 17 August, in which gunmen fired on two vehicles, wounding two people.",
  'United Nations', 'neutral', 'neutral', '', 'facts and figures from the mission')
R(D, "The Mission recognizes the measures the Government has already taken in Basra this week, including changes in the local security leadership, and it says more needs to be done.",
  'United Nations', 'supporting', 'positive', 'Iraq', "recognition of the government's steps; 'more needs to be done' is not an appeal for talks (unsure: could be calling_for_talks)")
R(D, "The Secretary-General is following the events in Basra with deep concern.",
  'United Nations', 'neutral', 'negative', '', 'concern without appeal')
R(D, "Turning to Lebanon, our humanitarian colleagues tell us that partners continue to distribute food parcels, hygiene kits and cash to families whose homes were damaged by the explosions at the port of Beirut on 4 August.",
  'United Nations', 'supporting', 'positive', 'Lebanon', 'aid delivered = supporting; second topic of the briefing')
R(D, "The World Health Organization says that several hospitals in the capital are still operating at reduced capacity.",
  'World Health Organization', 'neutral', 'neutral', '', 'facts')
R(D, "The Flash Appeal for Lebanon is still far from fully funded, and we call on donors to turn their pledges into cash as soon as possible.",
  'United Nations', 'calling_for_talks', 'neutral', '', 'asking for humanitarian funding = calling_for_talks (README: asking for aid is not supporting)')
R(D, "On Iraq, the Prime Minister, who is in Washington today for his meeting with President Trump, said on Monday he had sacked the police chief of Basra and the head of the National Security Service there because of what he called repeated security failures.",
  'Iraq', 'neutral', 'negative', '', "journalist's question reports Kadhimi's step (README, 27th session); dismissing his own officials is not a stance on another actor")
R(D, "Spokesman: Well, the steps announced by the Prime Minister are important, and we welcome them.",
  'United Nations', 'supporting', 'positive', 'Iraq', 'welcome of a step')
R(D, "But as the Special Representative said, what we need to see are arrests and trials.",
  'United Nations', 'calling_for_talks', 'neutral', 'Iraq', 'demand on the authorities without a judgement word')
R(D, "Those who organized these killings need to be held to account.",
  'United Nations', 'condemning', 'negative', '', 'holds the unknown organisers responsible')
R(D, "Question: Activists in Basra are openly blaming militias aligned with Iran for this campaign.",
  '', 'condemning', 'negative', '', 'unnamed activists: no actor; kept as a stance example; the militias are not named')
R(D, "Spokesman: I am not going to assign responsibility from this podium.",
  'United Nations', 'neutral', 'neutral', '', 'declines to blame')
R(D, "That's for the Iraqi investigators to establish, and the Mission stands ready to help them in any way they ask.",
  'United Nations', 'supporting', 'positive', 'Iraq', 'offer of assistance')
R(D, "The Basra police chief said yesterday he had set up an investigating team of senior officers and given it three days to make arrests.",
  'Iraq', 'neutral', 'neutral', '', "provincial police chief = Iraq, reported in the question; a plan ('Question: Follow-up.' is its own sentence)")
R(D, "Spokesman: I have no information on arrests at this point.",
  'United Nations', 'neutral', 'neutral', '', 'fact')
R(D, "We will, obviously, be following it very closely.",
  'United Nations', 'neutral', 'neutral', '', 'monitoring, no appeal')
R(D, "Question: The Iraqi High Commission for Human Rights said this week that dozens of activists had been killed or abducted since the protests started last October.",
  'Iraqi High Commission for Human Rights', 'neutral', 'neutral', '', 'figures reported in a question = the commission\'s statement')
R(D, "Spokesman: UNAMI has its own figures, which it has published in its reports on the demonstrations, and I would refer you to those.",
  'United Nations', 'neutral', 'neutral', '', 'procedural')
R(D, "Whatever the exact count, the number is far too high, and each of these cases deserves a proper investigation.",
  'United Nations', 'calling_for_talks', 'negative', '', 'alarm + appeal for investigations, no judgement on an actor')
R(D, "Question: Steph, the Basra governor, Asaad al-Eidani, said today that the attacks were aimed at pushing the province back into chaos before next year's elections.",
  'Iraq', 'condemning', 'negative', '', 'governor = Iraq; judgement on the attackers (unknown) -> target empty')
R(D, "Spokesman: His message is that peaceful protest is a right and must be protected, and that we would urge everyone, protesters and security forces alike, to refrain from violence.",
  'United Nations', 'calling_for_talks', 'neutral', '', "'His' = the Secretary-General; restraint urged on all sides")

# ---------------------------------------------------------------- page 4: Turkey, MFA
D = 'page_turkey_bogazici2021_ministry.html'
R(D, "We have followed with regret the statements made in recent days by the US Department of State and by certain other circles abroad concerning the events at Boğaziçi University.",
  'Turkey', 'condemning', 'negative', '', "'with regret' aimed at the statements = judgement; the US and others -> target empty")
R(D, "In its statement of 3 February, the US side voiced concern over the detention of students and criticised remarks made by Turkish officials about some of the protesters.",
  'United States', 'condemning', 'negative', 'Turkey', "US position reported by the Turkish ministry = US statement; Turkey takes no position in this sentence")
R(D, "The United Nations Human Rights Office, for its part, chose to comment on the events on social media, calling for an end to what it termed the excessive use of force against students.",
  'United Nations', 'condemning', 'negative', 'Turkey', "'excessive use of force' is the UN office's judgement = rule 1; Turkey's 'chose to comment on social media' is a sneer, no row for Turkey (unsure)")
R(D, "Freedom of assembly and freedom of expression are guaranteed by our Constitution, and peaceful demonstrations take place every day across Turkey.",
  'Turkey', 'neutral', 'positive', '', 'reassurance about own conduct')
R(D, "However, the investigations conducted so far have established that individuals with ties to terrorist organizations sought to steer the protests from outside the campus and to drag students into violence.",
  'Turkey', 'condemning', 'negative', '', 'accusation against unnamed individuals and organizations -> target empty')
R(D, "According to the information provided by our Ministry of Interior, 79 of the persons detained in connection with the events have been found to be members of terrorist organizations, including the DHKP-C and the TKP/ML.",
  'Turkey', 'condemning', 'negative', '', 'figure carrying an accusation of terrorist membership; two groups not in the actor files -> target empty')
R(D, "It should also be recalled that university rectors are appointed under the same legal procedure that has been applied for years, including to many rectors whose appointment raised no objection at the time.",
  'Turkey', 'neutral', 'neutral', '', 'defence of own procedure')
R(D, "Our security forces act within the powers granted to them by law, and they intervene, in a measured manner, only where a demonstration turns into unlawful acts.",
  'Turkey', 'neutral', 'neutral', '', 'own conduct described')
R(D, "Remarks which portray such acts as the innocent exercise of a right serve only to encourage those who seek confrontation in the streets.",
  'Turkey', 'condemning', 'negative', '', "judgement on the foreign remarks (US and 'certain circles') -> target empty")
R(D, "Those who issue such statements would do well to recall how their own police forces have handled protests in their own cities over the past year.",
  'Turkey', 'condemning', 'negative', '', 'rebuke of the critics, no canonical target named')
R(D, "The internal affairs of Turkey are for Turkey to decide, and we will not accept attempts from abroad to influence administrative and judicial processes under way in our country.",
  'Turkey', 'condemning', 'negative', '', "rejection of 'attempts from abroad' = judgement; no single target")
R(D, "Turkey will resolutely pursue both its reforms to strengthen fundamental rights and freedoms and its fight against terrorism in all its forms.",
  'Turkey', 'neutral', 'positive', '', 'own plans')
R(D, "Answer: The statement issued yesterday on behalf of the EU High Representative calls on Turkey to release the persons it describes as arbitrarily detained and labels the remarks of our officials unacceptable.",
  'European Union', 'condemning', 'negative', 'Turkey', "the EU statement as the spokesperson sums it up: 'unacceptable' + release call = rule 1; Turkey's own position comes in the next sentences")
R(D, "This statement, prepared on the basis of one-sided information and without any effort to hear our views, is biased and carries no weight in our eyes.",
  'Turkey', 'condemning', 'negative', 'European Union', 'spokesperson Aksoy = Turkey; judgement on the EU statement')
R(D, "It is striking that the EU, which had little to say when peaceful demonstrators were beaten and detained in several of its own member states during the pandemic, now presents itself as the guardian of the right of assembly in Turkey.",
  'Turkey', 'condemning', 'negative', 'European Union', 'accusation of double standards')
R(D, "We also reject the description of all those detained as peaceful protesters; their cases are being handled by the independent judiciary on the basis of concrete evidence.",
  'Turkey', 'neutral', 'negative', '', 'denial of the characterisation = neutral, negative tone (unsure: the rejection could be read as condemning the EU)')
R(D, "The EU is also well aware that some of the groups involved in these events are on its own list of terrorist organizations.",
  'Turkey', 'condemning', 'negative', 'European Union', 'implied charge of inconsistency (unsure: could be neutral as a statement of fact)')
R(D, "The EU should further bear in mind that Turkey is a candidate country negotiating its accession, not a third party to be addressed through press statements.",
  'Turkey', 'condemning', 'negative', 'European Union', 'rebuke of the way the EU addressed Turkey')
R(D, "We expect the EU to stand with Turkey against terrorism instead of lending legitimacy to those who provoke violence.",
  'Turkey', 'condemning', 'negative', 'European Union', "'lending legitimacy to those who provoke violence' = judgement, rule 1 over the expectation")
R(D, "At a time when we are working together to revive a positive agenda in Turkey-EU relations, we invite the EU institutions to raise any concern they may have through the channels of dialogue that exist between us, rather than through public statements.",
  'Turkey', 'calling_for_talks', 'neutral', 'European Union', 'invitation to use dialogue channels')
R(D, "Our Minister, Mr. Mevlüt Çavuşoğlu, will convey these views to High Representative Josep Borrell at the earliest opportunity.",
  'Turkey', 'neutral', 'neutral', '', 'a planned contact to convey views, not an offer of talks (unsure: could be calling_for_talks)')

# ---------------------------------------------------------------- page 5: Iran, live blog
D = 'page_iran_azadiwomen2019_liveblog.html'
R(D, "Iran's sports minister, Masoud Soltanifar, told state television outside the stadium that the women's stands were ready and that every woman holding a ticket would be admitted.",
  'Iran', 'neutral', 'positive', '', 'arrangements announced by the minister')
R(D, "Soltanifar said the number of seats offered to women at future home matches would depend on demand, and added that the federation had done everything FIFA had asked of it.",
  'Iran', 'neutral', 'neutral', '', 'plans; claim of compliance without evaluation of FIFA')
R(D, "Today our daughters take their seats at Azadi.",
  'Iran', 'neutral', 'positive', '', 'embedded post by the vice-president = Iran; self-congratulation')
R(D, "It took patience and work behind the scenes, and it will not be the last step.",
  'Iran', 'neutral', 'positive', '', 'same post; self-praise and a promise')
R(D, "FIFA has put out a short statement welcoming the presence of women at tonight's game as a first step in the right direction.",
  'FIFA', 'supporting', 'positive', 'Iran', 'welcome of a step')
R(D, "\"What matters now is that this becomes the rule and not the exception,\" said Joyce Cook, FIFA's chief of social responsibility and education, who is in Tehran for the match.",
  'FIFA', 'calling_for_talks', 'neutral', 'Iran', 'appeal for a lasting change, no judgement')
R(D, "\"We will keep pressing until women in Iran can buy a ticket for any game they want to see.\"",
  'FIFA', 'calling_for_talks', 'neutral', 'Iran', 'continuation of Cook; continued pressure without a threat or judgement (unsure)')
R(D, "The group said that opening a few thousand seats in a stadium that holds almost 80,000 was a gesture designed for the cameras rather than a change of policy.",
  'Amnesty International', 'condemning', 'negative', 'Iran', "'the group' = Amnesty; the lead-in 'much less impressed' has no row")
R(D, "Philip Luther, its research and advocacy director for the Middle East and North Africa, said Iran must lift the ban entirely and drop every prosecution of women arrested for trying to get into stadiums.",
  'Amnesty International', 'calling_for_talks', 'negative', 'Iran', 'demand addressed to one side with no judgement word (README)')
R(D, "3,500 seats behind a fence for the women of a country of 80 million.",
  'Open Stadiums', 'condemning', 'negative', 'Iran', 'embedded post; derision of the quota = judgement without a stock word')
R(D, "Tonight we cheer for Sahar.",
  'Open Stadiums', 'supporting', 'positive', '', 'tribute to Khodayari (not an actor) (unsure: could be no statement)')
R(D, "Tomorrow we go on asking for what is ours by right.",
  'Open Stadiums', 'calling_for_talks', 'neutral', 'Iran', 'continued demand, no judgement in this sentence')
R(D, "Nasrin Ahmadi, a 31-year-old accountant from Karaj, said she had dreamed of this since she was a girl watching matches on television with her father.",
  'Nasrin Ahmadi', 'neutral', 'positive', '', 'named fan = independent person; personal feeling')
R(D, "\"I cried on the bus coming here,\" she said.",
  'Nasrin Ahmadi', 'neutral', 'positive', '', 'emotion, no position')
R(D, "\"We should not have to say thank you for something that was always ours.",
  'Elham Rostami', 'condemning', 'negative', 'Iran', "named fan; rejects the framing of the quota as a favour = judgement on the authorities; the lead-in 'was blunter' has no row")
R(D, "The tickets were gone in minutes and thousands of women were left outside.\"",
  'Elham Rostami', 'neutral', 'negative', '', 'second sentence of her quote: facts with a grievance, no explicit judgement')
R(D, "Minky Worden, its director of global initiatives, said the evening belonged to the Iranian women who had campaigned and taken risks for years.",
  'Human Rights Watch', 'supporting', 'positive', '', "'its' = HRW; praise of the women campaigners (not an actor) -> target empty")
R(D, "She urged FIFA not to treat one match as the end of the matter and to hold Iran to its commitments for every fixture, including league games.",
  'Human Rights Watch', 'calling_for_talks', 'neutral', 'FIFA', 'appeal addressed to FIFA')
R(D, "The joy around me is something I will not forget.",
  'United Nations', 'neutral', 'positive', '', "UN resident coordinator's post = United Nations; feeling, no position ('Watching #IRNCAM ...' is self-narration, no row)")
R(D, "Sport belongs to everyone.",
  'United Nations', 'supporting', 'positive', '', "endorses women's access (unsure: could be neutral)")
R(D, "At the final whistle the captain, Masoud Shojaei, led his team-mates over to the women's section to applaud them.",
  'Masoud Shojaei', 'supporting', 'positive', '', 'backing by act: applauding the women fans (unsure: could be read as narration)')
R(D, "Shojaei, speaking to reporters in the mixed zone, said the women had been the best part of the night.",
  'Masoud Shojaei', 'supporting', 'positive', '', 'praise of the women fans')
R(D, "\"Their place in the stadium should be normal, not news,\" he said.",
  'Masoud Shojaei', 'calling_for_talks', 'neutral', '', 'appeal for a lasting change, no addressee named (unsure: could be supporting)')
R(D, "The head coach, Marc Wilmots, said his players had fed off the noise from the women's stand and that the scoreline mattered less to him than the performance.",
  'Marc Wilmots', 'neutral', 'positive', '', 'football remark, no position on an actor')
R(D, "Iran's football federation said in a statement on its website that it would work with the authorities to offer more seats to women at the national team's next home qualifiers.",
  'Football Federation of the Islamic Republic of Iran', 'neutral', 'positive', '', 'the federation is a body of its own (new actor), not the state; a plan')
R(D, "Shirin Farahani, a Tehran-based sociologist who studies sport and gender, said the decision had been forced by FIFA's threat of sanctions rather than a change of heart, but that it would be hard to reverse now that millions had seen the pictures.",
  'Shirin Farahani', 'neutral', 'neutral', '', "invented analyst; FIFA's threat is her analysis, not a FIFA statement in this sentence")

# ---------------------------------------------------------------- page 6: Tunisia, daily scraped
D = 'page_tunisia_zarzisstrike2022_dailyscrape.txt'
R(D, "President Kais Saied instructed the Minister of Justice, Leila Jaffel, on Monday to open an inquiry, and said that no official would be shielded if it found that the search or the burials had been mishandled.",
  'Tunisia', 'neutral', 'negative', '', 'inquiry ordered into own services; the warning is aimed at its own officials, not another side (unsure: could be condemning)')
R(D, "The Justice Ministry said in a statement that the public prosecutor at the Medenine court of first instance had opened a judicial investigation into the circumstances of the shipwreck and the burial of the bodies.",
  'Tunisia', 'neutral', 'neutral', '', 'procedure')
R(D, "The local branch of the Tunisian General Labour Union (UGTT), which called the strike together with local associations, said in a statement read out at the start of the march that the authorities had left the families and the fishermen to search the sea on their own for days.",
  'Tunisian General Labour Union', 'condemning', 'negative', 'Tunisia', 'accusation of neglect')
R(D, "In Tunis, the UGTT's secretary-general, Noureddine Taboubi, described the burials as an insult to the dead and to their mothers, and demanded that the government give a full account of who had ordered them.",
  'Tunisian General Labour Union', 'condemning', 'negative', 'Tunisia', "'insult' = judgement; Tunis as a place")
R(D, "Chamseddine Bourassine, who heads the Zarzis fishermen's association, said his members had taken their own boats out for five days running while they waited for help from the state that came too late.",
  'Chamseddine Bourassine', 'condemning', 'negative', 'Tunisia', "help 'too late' = blame on the state")
R(D, "\"We are fishermen, not coastguards. We did what we could with our nets and our diesel,\" he said.",
  'Chamseddine Bourassine', 'neutral', 'negative', '', 'two-sentence quote closed by the speaker; own efforts described, no explicit judgement')
R(D, "\"The state should have been at sea before us, not after us.\"",
  'Chamseddine Bourassine', 'condemning', 'negative', 'Tunisia', 'continuation; reproach to the state')
R(D, "Mourad Jaballah, a member of the strike committee, told the crowd outside the municipality that Zarzis had been treated like a town that only mattered when it was counting its dead.",
  'Mourad Jaballah', 'condemning', 'negative', 'Tunisia', 'invented local organiser; grievance against the state as a judgement')
R(D, "He said the committee would meet again on Thursday to decide whether to extend the strike to the whole of the Medenine governorate.",
  'Mourad Jaballah', 'neutral', 'neutral', '', 'plan')
R(D, "\"Nobody from the state knocked on my door. I found out from a neighbour's phone that they had buried children in the migrants' cemetery,\" she said.",
  'Rachida Ben Salah', 'condemning', 'negative', 'Tunisia', 'mother of a missing passenger; accusation of neglect')
R(D, "\"I want to know if my son is there. That is all I ask.\"",
  'Rachida Ben Salah', 'calling_for_talks', 'negative', 'Tunisia', 'appeal to the authorities for answers, no judgement in these sentences (unsure: could be neutral)')
R(D, "The regional health directorate in Medenine said that DNA samples had been taken from the families and that the bodies buried in the cemetery had been exhumed for identification.",
  'Tunisia', 'neutral', 'neutral', '', 'regional directorate = Tunisia; facts')
R(D, "The Medenine governorate said in a statement that the local authorities had followed the usual procedure for unidentified bodies recovered from the sea, and denied that any family had been turned away.",
  'Tunisia', 'neutral', 'negative', '', 'denial = neutral with negative tone')
R(D, "Government spokesman Nasreddine Nsibi said in Tunis that the government shared the grief of the families and would bear the full cost of the identification and of the funerals.",
  'Tunisia', 'neutral', 'positive', '', 'relief for its own citizens = a plan, not aid to another actor')
R(D, "The Tunisian Forum for Economic and Social Rights (FTDES) said the tragedy was the result of a policy that treats young people who leave as a security problem rather than as citizens with nothing left to stay for.",
  'Tunisian Forum for Economic and Social Rights', 'condemning', 'negative', '', 'blames a migration policy shared by Tunis and Europe -> target empty')
R(D, "\"Italy and the European Union pay for patrol boats and radars to stop departures. Nobody pays for rescue,\" Romdhane Ben Amor, the forum's spokesman, told the Courier.",
  'Tunisian Forum for Economic and Social Rights', 'condemning', 'negative', '', 'two-sentence quote closed by the speaker; reproach to Italy and the EU (two actors) -> target empty')
R(D, "\"This is what that choice looks like.\"",
  'Tunisian Forum for Economic and Social Rights', 'condemning', 'negative', '', 'continuation of Ben Amor')
R(D, "The Tunisian League for Human Rights called for an independent commission of inquiry, and said the slow response of the authorities to the families' first alerts had cost precious days.",
  'Tunisian League for the Defence of Human Rights', 'condemning', 'negative', 'Tunisia', 'call for an inquiry + blame for the slow response = rule 1; page name added as alias of the existing actor')
R(D, "Ennahda, the largest party in the parliament that Saied dissolved in March, said in a statement that the events in Zarzis showed a state that had abandoned its own citizens at sea and on land.",
  'Ennahda', 'condemning', 'negative', 'Tunisia', "accusation; Saied in the relative clause is an object, not a speaker")
R(D, "The International Organization for Migration said it had offered the Tunisian authorities technical support in identifying remains and in supporting the families.",
  'International Organization for Migration', 'supporting', 'positive', 'Tunisia', 'offer of assistance')
R(D, "The Defence Ministry said on Tuesday that its units had stopped nearly 200 people trying to cross to Europe over the weekend.",
  'Tunisia', 'neutral', 'neutral', '', 'figures')


def main():
    bad = 0
    cache = {}
    for r in ROWS:
        doc, sent = r[0], r[1]
        if doc not in cache:
            cache[doc] = visible(BASE / doc)
        if re.sub(r'\s+', ' ', sent) not in cache[doc]:
            print('NOT FOUND', doc, sent[:80]); bad += 1
    with open(BASE / 'statements.csv', 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['doc', 'sentence', 'actor', 'stance', 'sentiment', 'target', 'source', 'note'])
        w.writerows(ROWS)
    from collections import Counter
    print(len(ROWS), 'rows', 'missing', bad)
    print(Counter(r[0] for r in ROWS))
    print(Counter(r[3] for r in ROWS))
    return bad


if __name__ == '__main__':
    sys.exit(1 if main() else 0)
