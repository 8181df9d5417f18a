"""Write /work/batch50c/statements.csv from the hand labels below.

Every row was decided by reading the sentence in its page against the labelling guide
(/work/shared/labelling-guide.md) and /work/main/labels/README.md. The script only writes the CSV and
checks that each sentence occurs in the page's visible text (for HTML, tags stripped).
Sentences deliberately left without a row are listed as comments under each page.
"""
import csv, html, re, sys
from html.parser import HTMLParser
from pathlib import Path

BASE = Path('/work/batch50c')
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


# ============================================================ page 1: Iran, wire
D = 'page_iran_geravand_metro2023_wire.txt'
R(D, "Iran on Thursday brushed aside Western criticism over a 16-year-old girl who has been in a coma since collapsing on a Tehran metro train, saying foreign governments were using a medical emergency to score points against the Islamic Republic.",
  'Iran', 'condemning', 'negative', '', "dateline excluded; wire lead: Iran accuses foreign governments of exploiting the case = judgement; several governments -> target empty")
R(D, "Armita Geravand, a high school student, lost consciousness on Sunday morning seconds after stepping into a carriage at Shohada station in the south of the capital and has since been kept under guard at Tehran's Fajr hospital, according to Hengaw, a Norway-based group that monitors rights abuses in Iran's Kurdish regions.",
  'Hengaw', 'neutral', 'neutral', '', "long sentence of facts with an attribution tail ('according to Hengaw'); facts given by an actor = neutral")
R(D, "Hengaw said the girl had been shoved by female officers enforcing the hijab law after they confronted her for not covering her hair, and that she was badly hurt as she fell.",
  'Hengaw', 'condemning', 'negative', 'Iran', "accusation made by describing the other side's act (officers shoved the girl)")
R(D, "\"Security agents have sealed off the ward and are deciding who may see her, including her own family,\" the group said in a statement on its website.",
  'Hengaw', 'condemning', 'negative', 'Iran', "'the group' = Hengaw; accusation of keeping the family away")
R(D, "Hengaw called on the U.N. fact-finding mission on Iran to take up the case and to ask Tehran for the footage from inside the carriage.",
  'Hengaw', 'calling_for_talks', 'neutral', 'United Nations', "appeal to a UN mechanism to investigate, no judgement word; 'Tehran' is an object, not a speaker; target = the party addressed (the UN mission)")
R(D, "Masoud Dorosti, managing director of the Tehran metro operating company, told the state news agency IRNA that the station cameras showed a passenger who had fainted and nothing else, and that no one had touched her.",
  'Iran', 'neutral', 'negative', '', "head of the public metro operator speaks for the state; denial of an assault = neutral, negative tone; IRNA is only the channel")
# no row: "IRNA later broadcast footage from the platform ..." (a state agency reporting a fact: narration)
# no row: "No images from inside the carriage have been released." (narration)
R(D, "In a separate interview aired by the agency, a man and a woman introduced as her parents said they had been told her blood pressure had dropped and that they had no complaint to make against anyone.",
  '', 'neutral', 'negative', '', "unnamed speakers (the parents are not named on the page): kept only as a stance example; declining to complain = no position against anyone")
R(D, "Hengaw said the interview had been recorded in the presence of security officials and under pressure, a claim the authorities did not address.",
  'Hengaw', 'condemning', 'negative', 'Iran', "accusation of coercing the family; the tail 'the authorities did not address' is no one's position")
R(D, "The semi-official Tasnim news agency, quoting an Iranian security official, rejected as false a further report by the group that the girl's mother, Shahin Ahmadi, had been detained near the hospital.",
  'Iran', 'neutral', 'negative', '', "unnamed official of a named state, quoted by an agency = Iran; a denial = neutral, negative tone")
R(D, "The semi-official Tasnim news agency, quoting an Iranian security official, rejected as false a further report by the group that the girl's mother, Shahin Ahmadi, had been detained near the hospital.",
  'Hengaw', 'condemning', 'negative', 'Iran', "the position of X reported inside Y's denial: Hengaw reported the mother's detention = accusation by describing an act (unsure: could be left as an object of the denial)")
R(D, "The reformist daily Shargh said one of its reporters, Maryam Lotfi, was held for several hours on Monday after she went to the hospital to ask about the girl's condition.",
  'Shargh', 'neutral', 'negative', '', "the newspaper speaking about its own reporter's detention (not an agency reporting someone else's news); facts, no judgement stated")
R(D, "German Foreign Minister Annalena Baerbock wrote on X on Wednesday that a glimpse of a schoolgirl's hair on a morning train should never be the reason she ends up on a ventilator.",
  'Germany', 'condemning', 'negative', 'Iran', "judgement without a stock word: the girl was harmed over her uncovered hair")
R(D, "Baerbock also said the family should be left alone with their daughter instead of being put in front of state television to repeat the official account.",
  'Germany', 'condemning', 'negative', 'Iran', "surname only; accusation that the state is using the parents for propaganda")
R(D, "Abram Paley, the acting U.S. special envoy for Iran, said on X that Washington was deeply troubled by reports that the morality police had attacked the teenager and was following news of her condition.",
  'United States', 'neutral', 'negative', '', "concern about reports, no appeal and no judgement of his own = neutral, negative")
R(D, "\"Iranian girls should be able to ride to school without being policed for their clothes, and our support for them is not going anywhere,\" Paley wrote.",
  'United States', 'supporting', 'positive', '', "solidarity with Iranian girls (not an actor -> target empty); unsure: the first clause implies a judgement on Iran's dress-code policing and could make it condemning")
R(D, "Iranian Foreign Ministry spokesman Nasser Kanaani responded on Thursday with a post addressed to the United States, Britain and Germany, saying their comments were meddling dressed up as compassion.",
  'Iran', 'condemning', 'negative', '', "judgement on three governments' remarks ('meddling'); three targets -> empty")
R(D, "\"Those who keep medicine from Iranian patients with their sanctions are the last people who should pose as the protectors of Iranian girls,\" Kanaani wrote.",
  'Iran', 'condemning', 'negative', '', "accusation over sanctions, aimed at the sanctioning states collectively -> target empty")
# no row: "He did not comment on the girl's condition." (no position)
# no row: "The case has revived memories of Mahsa Amini ..." (narration)
R(D, "Amnesty International said Iran's authorities had a long record of hiding the truth about people hurt or killed at the hands of their own forces, and that their handling of the case so far followed the same script.",
  'Amnesty International', 'condemning', 'negative', 'Iran', "judgement on the authorities' record and handling")
R(D, "\"The family must be free to speak, and the girl's doctors must be free to tell what they saw,\" said Mahmood Amiry-Moghaddam, director of the Oslo-based group Iran Human Rights.",
  'Iran Human Rights', 'calling_for_talks', 'negative', 'Iran', "demand addressed to one side with no judgement word (labels/README: calling_for_talks, negative)")
R(D, "Ali Vaez, Iran project director at the International Crisis Group, said the official account had been assembled quickly to close the story before anyone outside the government could test it.",
  'International Crisis Group', 'condemning', 'negative', 'Iran', "analyst of a named organisation; judgement that the account was built to shut down scrutiny")
R(D, "\"The authorities learned from last year that a single photograph can fill the streets, so this time they moved first to control every picture,\" he said.",
  'International Crisis Group', 'condemning', 'negative', 'Iran', "quote closed by 'he said' (Vaez); judgement on the authorities' control of images")
R(D, "Lawmakers voted last month for a bill that sharply raises fines and prison terms for women who defy the dress code, which still needs the approval of the Guardian Council.",
  'Iran', 'neutral', 'neutral', '', "a specific act reported as done (the Iranian parliament's vote) = a statement of the state; no evaluation (unsure: could be read as background narration)")
# no row: "Iran's interior ministry did not respond to a request for comment." (no position)

# ============================================================ page 2: Turkey, state agency (AA)
D = 'page_turkey_sinanates_murder2023_stateagency.txt'
R(D, "A suspect accused of organizing the Dec. 30 armed attack in the capital Ankara that killed Hacettepe University academic and former Ülkü Ocakları (Idealist Hearths) General President Sinan Ateş has been caught in Istanbul in a joint operation carried out by the Istanbul and Ankara Provincial Police Departments, Interior Minister Süleyman Soylu announced on Friday.",
  'Turkey', 'neutral', 'neutral', '', "dateline 'ANKARA' on its own line; minister announcing an arrest = own operation reported without judgement")
R(D, "In a statement shared on his social media account, Soylu said the suspect, identified by the initials D.Ç., for whom an arrest warrant had been outstanding for years in a separate murder case, had been caught late Thursday in a hotel in Istanbul's Beykoz district as he attempted to flee into a wooded area, and that two firearms had been seized during the search.",
  'Turkey', 'neutral', 'neutral', '', "surname only; facts of the operation")
R(D, "Congratulating the police officers who took part in the operation, Soylu said the security forces would not rest until every person involved in the killing, including the suspected gunman who remains at large, had been brought before the judiciary.",
  'Turkey', 'condemning', 'negative', '', "vow to hunt down every perpetrator = threatened response (guide: a threat is condemning); perpetrators are not an actor -> target empty; praise of own police rides along")
R(D, "\"Those who pulled the trigger, those who showed them the way and those who stand behind them will all answer to Turkish justice, and no one should have any doubt about this,\" Soylu said.",
  'Turkey', 'condemning', 'negative', '', "threat against the killers and their sponsors")
# no row: "Ateş was shot in the head by an assailant ..." (narration)
# no row: "Despite all interventions at the private hospital ..." (narration)
R(D, "The Ankara Chief Public Prosecutor's Office said in a written statement that, within the scope of the investigation launched into the incident, a total of 17 suspects had been taken into custody so far, six of whom had been placed under arrest by the court on charges of premeditated murder, while judicial control measures had been imposed on others.",
  'Turkey', 'neutral', 'neutral', '', "a state prosecutor's figures and procedure")
R(D, "The statement noted that a confidentiality order had been issued for the investigation file, and warned that those who shared information about the file on social media in a manner that could mislead the public or harm the investigation would face legal proceedings.",
  'Turkey', 'condemning', 'negative', '', "warning of legal action = threatened response against (unnamed) social media users; unsure: could be read as a procedural notice (neutral)")
# no row: "Among those arrested is the suspect identified as V.B., ... security sources said." ('security sources' with no named government: not an actor)
R(D, "Justice Minister Bekir Bozdağ, speaking to journalists after attending a ceremony in Yozgat, said the investigation was being carried out meticulously in all its dimensions, and that the judiciary would bring to light those who planned the murder as well as those who carried it out.",
  'Turkey', 'neutral', 'positive', '', "reassurance about the state's own conduct = neutral, positive tone")
R(D, "\"We will not allow anyone to turn this painful murder into material for political speculation,\" Bozdağ said, calling on politicians to wait for the outcome of the investigation before making accusations.",
  'Turkey', 'condemning', 'negative', '', "warning aimed at (unnamed) opposition politicians = rebuke; the opposition is not one canonical actor -> target empty; unsure: the appeal to wait could make it calling_for_talks")
R(D, "Interior Ministry Spokesperson İsmail Çataklı, speaking on a television program, said that claims circulating on social media about the motive of the killing did not reflect the findings of the investigation, and urged citizens to rely only on statements made by official institutions.",
  'Turkey', 'neutral', 'negative', '', "denial of online claims = neutral, negative tone; the appeal to citizens is not a diplomatic appeal")
R(D, "AK Party Spokesperson Ömer Çelik, speaking at a press conference following the party's Central Decision and Executive Board meeting, described the killing of Ateş as a heinous attack targeting the peace and unity of the country, and offered his condolences to the family of the deceased.",
  'Turkey', 'condemning', 'negative', '', "Ömer Çelik / AK Party = Turkey (guide table); 'heinous attack' = judgement on the (unnamed) killers")
R(D, "Çelik said that those who sought to use the killing to sow discord among political parties were serving the very aims of the perpetrators, and that the People's Alliance would not be drawn into such provocations.",
  'Turkey', 'condemning', 'negative', '', "accusation aimed at unnamed opponents ('those who sought...') -> target empty")
R(D, "Main opposition Republican People's Party (CHP) Chairman Kemal Kılıçdaroğlu, addressing his party's parliamentary group meeting on Tuesday, said a country in which a former leader of a nationalist youth organization could be shot dead in the street in the capital was no longer governed by the rule of law.",
  "Republican People's Party", 'condemning', 'negative', 'Turkey', "party leader = party; judgement on the state of the rule of law under the government")
R(D, "Kılıçdaroğlu also said his party would not let the file be closed with the arrest of a handful of hired gunmen, and would pursue the case until those who gave the order were named.",
  "Republican People's Party", 'condemning', 'negative', 'Turkey', "implies the authorities may stop at the gunmen = judgement of a cover-up risk; unsure: could be a demand for accountability (calling_for_talks)")
R(D, "İYİ (Good) Party Chairwoman Meral Akşener, speaking at her party's group meeting, described Ateş as a valuable scientist and a son of the nationalist movement, and said the state had a duty to uncover every link of the murder, whatever the political cost.",
  'İYİ Party', 'calling_for_talks', 'negative', 'Turkey', "demand addressed to the state with no judgement word (labels/README: demand = calling_for_talks); praise of the victim rides along")
R(D, "\"This is not a matter between parties; it is a question of whether the state can protect a citizen in broad daylight in its own capital,\" Akşener said.",
  'İYİ Party', 'condemning', 'negative', 'Turkey', "surname only; implies the state failed to protect him = judgement")
R(D, "The Ülkü Ocakları General Presidency said in a statement on its social media account that it shared the grief of the Ateş family, and expressed its confidence that the security forces and the judiciary would bring the perpetrators to justice as soon as possible.",
  'Ülkü Ocakları', 'supporting', 'positive', 'Turkey', "confidence in the state's security forces and judiciary = approval/backing; grief for the family rides along")
R(D, "Hacettepe University said in a message published on its website that it had lost a respected member of its faculty and a valued colleague, and extended its condolences to his family, his students and the academic community.",
  'Hacettepe University', 'supporting', 'negative', '', "condolences = solidarity (supporting) with the family, who are not an actor -> target empty; grief = negative tone")
R(D, "Ateş's wife, Ayşe Ateş, who is also an academic, told journalists in Ankara on Thursday that she trusted the police and the prosecutors who were working on the case.",
  'Ayşe Ateş', 'supporting', 'positive', 'Turkey', "trust in the state's investigators = backing; 'Ateş's wife' is a possessive, not the speaker")
R(D, "\"I expect every person who had a hand in this, not only the men on the motorcycle, to stand before a judge,\" she said.",
  'Ayşe Ateş', 'calling_for_talks', 'negative', 'Turkey', "demand for full accountability addressed to the state, no judgement word")
# no row: "Ateş, who served as general president of Ülkü Ocakları between 2018 and 2020, ..." (narration)
R(D, "Speaking earlier in the week at his ministry's 2022 evaluation meeting, Soylu had said investigators were searching for two people besides those already in custody, and had asked the public not to give credit to speculation on social media.",
  'Turkey', 'neutral', 'neutral', '', "facts of the investigation + a plea about rumours; no judgement")
R(D, "The prosecutor's office added that D.Ç. would be brought to Ankara and referred to the court once his procedures at the police department were completed.",
  'Turkey', 'neutral', 'neutral', '', "procedure announced by the prosecutor's office")

# ============================================================ page 3: Libya, UN Security Council meetings coverage
D = 'page_libya_werfalli_iccbriefing2018_unmeetings.txt'
R(D, "A military commander accused of executing prisoners in Benghazi must be arrested and handed over if the victims of grave crimes in Libya are to believe that justice is more than a promise, the Prosecutor of the International Criminal Court told the Security Council today.",
  'International Criminal Court', 'calling_for_talks', 'negative', '', "demand to arrest and surrender a suspect, no judgement word; addressees not named in the sentence -> target empty")
R(D, "Presenting her Office's fifteenth report on the situation in Libya since the Council referred it to the Court in resolution 1970 (2011), Fatou Bensouda said her investigators had worked on Libyan soil in March for the first time since 2012, a real advance for an inquiry long conducted from a distance.",
  'International Criminal Court', 'neutral', 'positive', '', "own progress reported with satisfaction = neutral, positive tone")
# no row: "In the debate that followed, Council members broadly backed her call ..." (collective summary; 'Council members' and 'several delegations' are not one actor)
R(D, "Ms. BENSOUDA said that Mr. al-Werfalli, a commander of the Al-Saiqa special forces brigade who has been sought by the Court since August 2017 for the alleged killing of 33 people in and around Benghazi, appeared to have shot dead another 10 people in front of the Bi'at al-Radwan mosque in Benghazi in January, in an act recorded on video.",
  'International Criminal Court', 'condemning', 'negative', 'Libyan National Army', "accusation by describing executions by an LNA commander; target = the force he belongs to (unsure: the accused is a person, the target could be left empty)")
R(D, "The Libyan National Army had informed her Office that Mr. al-Werfalli was in its custody and under investigation by its military prosecutor, she said, but there was no evidence that any genuine proceedings were under way, and he had since been seen moving freely in the city.",
  'Libyan National Army', 'neutral', 'neutral', '', "the LNA's position reported by the Prosecutor: its own custody and investigation = facts about itself")
R(D, "The Libyan National Army had informed her Office that Mr. al-Werfalli was in its custody and under investigation by its military prosecutor, she said, but there was no evidence that any genuine proceedings were under way, and he had since been seen moving freely in the city.",
  'International Criminal Court', 'condemning', 'negative', 'Libyan National Army', "the Prosecutor dismisses the LNA's assurances as empty = judgement")
R(D, "\"A statement that a suspect is being investigated is no substitute for his surrender to the Court,\" she said, calling on the Libyan authorities and on the forces under the command of General Khalifa Haftar to arrest him and transfer him to The Hague without further delay.",
  'International Criminal Court', 'calling_for_talks', 'negative', '', "appeal to two addressees (Libya and the LNA) -> target empty; the rebuttal is not an explicit judgement word (unsure: could be condemning LNA)")
R(D, "She also urged all States to help secure the surrender of Saif al-Islam Qadhafi and of Al-Tuhamy Mohamed Khaled, a former head of the Internal Security Agency, both of whom remain at large.",
  'International Criminal Court', 'calling_for_talks', 'neutral', '', "appeal to all States, no judgement")
R(D, "The accounts of migrants being traded like goods and mistreated in detention centres run by State bodies and militias alike deeply troubled her Office, she said, adding that it was examining whether such crimes fell within the Court's jurisdiction.",
  'International Criminal Court', 'neutral', 'negative', '', "concern with no appeal + a procedural step = neutral, negative")
R(D, "She condemned the suicide attack on the headquarters of the High National Elections Commission in Tripoli on 2 May, which killed more than a dozen people.",
  'International Criminal Court', 'condemning', 'negative', '', "perpetrator not named -> target empty")
R(D, "The representative of Libya said his country remained committed to the fight against impunity and was cooperating with the Office of the Prosecutor, as shown by the March visit of its investigators, which his Government had facilitated.",
  'Libya', 'supporting', 'positive', 'International Criminal Court', "cooperation with the Court and facilitating its visit = backing by act")
R(D, "However, a fragile security situation, divided State institutions and armed groups operating outside the Government's control made it impossible, for now, to carry out arrests in some parts of the country, he said.",
  'Libya', 'neutral', 'negative', '', "explanation of constraints, no judgement on a named actor")
R(D, "He added that Libyan courts were competent to try the accused and that, under the principle of complementarity, national jurisdiction should come first.",
  'Libya', 'neutral', 'neutral', '', "legal position on complementarity, stated without evaluation of the Court")
R(D, "The representative of the United States said the video of the Benghazi executions showed a contempt for human life that no military or political aim could excuse, and that those responsible must be held to account.",
  'United States', 'condemning', 'negative', '', "judgement on the executions; perpetrators not named as an actor -> target empty")
R(D, "She said the United States, which is not a party to the Rome Statute, maintained its objection to any claim by the Court to jurisdiction over nationals of States that had not joined it, while supporting accountability in Libya as provided for in resolution 1970 (2011).",
  'United States', 'condemning', 'neutral', 'International Criminal Court', "'objection to any claim by the Court' = rejection aimed at the Court's claim (guide: 'rejects/opposes' aimed at an actor = judgement); rule 1 over the support in the same sentence; plain diplomatic tone (unsure)")
R(D, "The representative of the United Kingdom said the Council had referred the situation in Libya to the Court without a single dissenting vote and therefore owed the Prosecutor its full backing.",
  'United Kingdom', 'supporting', 'positive', 'International Criminal Court', "backing of the Court")
R(D, "He urged the Libyan National Army to cooperate with the Court and to hand Mr. al-Werfalli over.",
  'United Kingdom', 'calling_for_talks', 'neutral', 'Libyan National Army', "pronoun resolves to the UK representative; demand to one side, no judgement word")
R(D, "The representative of France said the perpetrators of the Benghazi executions must face justice and that her country would support the Court's work, as it had in every situation the Council had referred to it.",
  'France', 'supporting', 'positive', 'International Criminal Court', "support for the Court; the call for justice is not an appeal for talks (rule 3)")
R(D, "France was working with all Libyan actors towards elections before the end of the year and hoped to bring the main leaders together in the coming weeks, she said.",
  'France', 'calling_for_talks', 'positive', '', "plan to convene Libyan leaders towards elections = offering talks")
R(D, "The representative of the Netherlands, speaking as host country of the Court, said it was shocking that a suspect supposedly held in detention could be filmed carrying out further killings, and that the command responsible for him had made a mockery of its own assurances.",
  'Netherlands', 'condemning', 'negative', 'Libyan National Army', "'the command responsible for him' = the LNA; judgement")
R(D, "The representative of Sweden welcomed the return of the Prosecutor's investigators to Libya and said her delegation would continue to give the Office political and practical support.",
  'Sweden', 'supporting', 'positive', 'International Criminal Court', "welcome + support")
R(D, "The representative of the Russian Federation said the Court had for seven years shown no interest in the civilian deaths caused by the bombing campaign of the North Atlantic Treaty Organization (NATO) in 2011, and that such selectivity had eroded confidence in its work.",
  'Russia', 'condemning', 'negative', 'International Criminal Court', "judgement on the Court's selectivity; NATO is mentioned as the object of the Court's inaction, the judgement is aimed at the Court")
R(D, "He said the priority for the international community was to support a political settlement under United Nations auspices, led and owned by Libyans themselves.",
  'Russia', 'calling_for_talks', 'neutral', '', "appeal for a political settlement")
R(D, "The representative of China said the international community should respect Libya's sovereignty, independence and territorial integrity and support the mediation of the Special Representative of the Secretary-General, Ghassan Salamé.",
  'China', 'calling_for_talks', 'neutral', '', "appeal for mediation and respect of sovereignty, no judgement")
R(D, "China's position on the International Criminal Court remained unchanged, he said.",
  'China', 'neutral', 'neutral', '', "restated standing position without content = neutral")
R(D, "The representative of Kazakhstan said no court, national or international, could do its work while armed groups held sway over much of the country, and called on the Libyan parties to rally behind the United Nations Action Plan.",
  'Kazakhstan', 'calling_for_talks', 'neutral', '', "appeal to the Libyan parties (several) -> target empty")
R(D, "The representative of Ethiopia said justice in Libya must go hand in hand with national reconciliation, and that any accountability process should strengthen Libyan institutions rather than replace them.",
  'Ethiopia', 'calling_for_talks', 'neutral', '', "appeal for reconciliation; the caution about replacing national institutions is not a judgement on the Court")
R(D, "The representative of Equatorial Guinea said his country, which is not a party to the Rome Statute, believed that national institutions should be given the time and the support to investigate crimes themselves.",
  'Equatorial Guinea', 'neutral', 'neutral', '', "position on national jurisdiction, no judgement, no appeal for talks")
R(D, "The representative of Côte d'Ivoire welcomed the progress of the investigations and encouraged the Office to deepen its dialogue with the Libyan authorities.",
  'Ivory Coast', 'calling_for_talks', 'positive', 'International Criminal Court', "welcome + appeal for dialogue and no judgement = calling_for_talks (rule 2 before rule 3); target = the party addressed (the Office)")
R(D, "The representative of Kuwait condemned the attack on the elections commission, saying it had targeted the hope of Libyans to choose their leaders at the ballot box.",
  'Kuwait', 'condemning', 'negative', '', "perpetrator not named -> target empty")
R(D, "The representative of Peru said the Benghazi killings, if confirmed, could amount to war crimes, and that the Council should consider measures against those who obstruct the Court's work.",
  'Peru', 'condemning', 'negative', '', "judgement (war crimes) + call for measures (labels/README: calls for sanctions = condemning); no canonical target")
R(D, "The representative of Bolivia said his country, as a State party, supported the Court's mandate, but that Libya's tragedy had begun with the military intervention of 2011, carried out under a distorted reading of resolution 1973 (2011).",
  'Bolivia', 'condemning', 'negative', '', "judgement on the 2011 intervention decides (rule 1) over the support for the Court; the intervening states are not named -> target empty (unsure: NATO is implied)")
R(D, "Speaking in her national capacity, the representative of Poland, Council President for May, said her country backed the Prosecutor's efforts and called on all States to cooperate in executing the outstanding warrants.",
  'Poland', 'supporting', 'positive', 'International Criminal Court', "backing of the Court; the appeal is for cooperation with the Court (support), not for talks")

# ============================================================ page 4: Egypt, foreign ministry news page (HTML)
D = 'page_egypt_hrwtorture_report2017_mfa.html'
R(D, "Ambassador Ahmed Abu Zeid, the Official Spokesman of the Ministry of Foreign Affairs, stated today that the report issued by the organization Human Rights Watch on the situation in places of detention in Egypt relies on the accounts of a limited number of unidentified persons and on claims that cannot be verified, and falls far short of the most basic standards of objectivity and professional research.",
  'Egypt', 'condemning', 'negative', 'Human Rights Watch', "MFA spokesman = Egypt; judgement on the report's method")
R(D, "The Spokesman pointed out that the report, which claims that the security services resort to torture in a widespread and systematic manner against persons suspected of opposing the Government, deliberately disregards the legal and constitutional guarantees that protect the rights of persons deprived of their liberty in Egypt.",
  'Egypt', 'condemning', 'negative', 'Human Rights Watch', "'deliberately disregards' = judgement on HRW")
R(D, "The Spokesman pointed out that the report, which claims that the security services resort to torture in a widespread and systematic manner against persons suspected of opposing the Government, deliberately disregards the legal and constitutional guarantees that protect the rights of persons deprived of their liberty in Egypt.",
  'Human Rights Watch', 'condemning', 'negative', 'Egypt', "HRW's finding reported in a relative clause by the other side = HRW's statement (reported speech); accusation of systematic torture")
R(D, "He added that the organization has once again chosen to publish a document whose conclusions were decided before any research was carried out, in a manner that confirms that it serves purposes hostile to the Egyptian State and to the choices of the Egyptian people.",
  'Egypt', 'condemning', 'negative', 'Human Rights Watch', "accusation of bias and hostility")
R(D, "The Spokesman also questioned the timing of the report's release only days before the opening of the session of the Human Rights Council, saying it was clearly intended to influence the Council's deliberations on Egypt.",
  'Egypt', 'condemning', 'negative', 'Human Rights Watch', "imputes a motive = judgement")
R(D, "Ambassador Abu Zeid stressed that the Egyptian Constitution of 2014 criminalizes torture in all its forms, that the crime is not subject to a statute of limitations, and that the Public Prosecution investigates every complaint it receives regarding the mistreatment of a detainee and refers those responsible to the competent courts.",
  'Egypt', 'neutral', 'positive', '', "reassurance about its own legal guarantees = neutral, positive tone")
R(D, "The Spokesman noted that a number of police officers and personnel had been tried and convicted in recent years in cases of abuse of detainees, which, he said, demonstrates that such acts are individual violations that the State prosecutes rather than a policy that it tolerates.",
  'Egypt', 'neutral', 'negative', '', "denial that torture is policy = neutral, negative tone")
R(D, "He called on those who wish to form an accurate picture of the human rights situation in Egypt to rely on the reports of the National Council for Human Rights and of the Egyptian judicial authorities, rather than on the publications of organizations that refuse to engage with official institutions.",
  'Egypt', 'condemning', 'negative', 'Human Rights Watch', "the appeal carries a jab at organisations 'that refuse to engage' (HRW on this page) = judgement; unsure: plural 'organizations' could leave the target empty")
R(D, "Ambassador Abu Zeid concluded by affirming that Egypt will continue to engage constructively with the human rights mechanisms of the United Nations, including at the thirty-sixth session of the Human Rights Council, which opens in Geneva next week.",
  'Egypt', 'calling_for_talks', 'positive', 'United Nations', "commitment to engage with the UN mechanisms = agreeing to dialogue (unsure: could be neutral self-presentation)")
R(D, "In statements to a number of satellite channels on Thursday evening, the Official Spokesman of the Ministry of Foreign Affairs responded to questions regarding a statement issued by Human Rights Watch, in which the organization accused the Egyptian authorities of blocking access to its website inside Egypt one day after the publication of its report.",
  'Human Rights Watch', 'condemning', 'negative', 'Egypt', "HRW's accusation reported by the ministry; the spokesman's 'responded to questions' carries no position of his own")
R(D, "The organization had said in its statement that the blocking showed the authorities were more concerned with silencing its findings than with ending the abuses it had documented.",
  'Human Rights Watch', 'condemning', 'negative', 'Egypt', "'the organization' = HRW; judgement on the authorities")
R(D, "The Spokesman said that the Ministry of Foreign Affairs is not the body concerned with the regulation of websites, and that questions on this matter should be addressed to the competent authorities.",
  'Egypt', 'neutral', 'neutral', '', "procedural deflection, neither denial nor judgement")
R(D, "\"What concerns us is the substance of the report, and its substance does not stand up to any serious examination,\" Ambassador Abu Zeid said, adding that the organization had never requested a meeting with the Egyptian authorities to hear their point of view before publishing it.",
  'Egypt', 'condemning', 'negative', 'Human Rights Watch', "judgement on the report and on HRW's conduct")
R(D, "The Spokesman also said that Egypt does not accept that any party grant itself the right to sit in judgement over its institutions, at a time when the Egyptian people are confronting terrorism on their own soil on behalf of the whole region.",
  'Egypt', 'condemning', 'negative', '', "'does not accept' = rejection aimed at critics; 'any party' is generic -> target empty (unsure: HRW is implied)")
R(D, "The Arab Republic of Egypt is following with deep concern the deterioration of the humanitarian situation in Rakhine State in Myanmar, and the flight of tens of thousands of members of the Rohingya Muslim minority across the border into Bangladesh.",
  'Egypt', 'neutral', 'negative', '', "concern with no appeal in this sentence = neutral, negative")
R(D, "Egypt calls on the Government of Myanmar to take all necessary measures to protect civilians, to stop the violence and to allow humanitarian agencies unhindered access to those affected.",
  'Egypt', 'calling_for_talks', 'neutral', 'Myanmar', "appeal to protect civilians and allow access, no judgement")
R(D, "Egypt expresses its appreciation to the Government and people of Bangladesh for receiving those fleeing the violence, and affirms its readiness to contribute, within the framework of the Organisation of Islamic Cooperation, to the international efforts to provide relief to the refugees.",
  'Egypt', 'supporting', 'positive', 'Bangladesh', "praise + offer of relief = supporting")
R(D, "Egypt further stresses the need to address the root causes of the crisis through dialogue, including the question of the citizenship and legal status of the Rohingya.",
  'Egypt', 'calling_for_talks', 'neutral', '', "appeal for dialogue; no single addressee named")
R(D, "The Ministry of Foreign Affairs expressed Egypt's regret at the decision of the United States Administration to withhold part of the economic and military assistance programmes allocated to Egypt and to postpone the disbursement of another part.",
  'Egypt', 'condemning', 'negative', 'United States', "'regret' at another state's decision = judgement (labels/README); the US decision is an object here, not a statement of this sentence")
R(D, "According to reports in the American press, Washington took the decision on grounds related to the human rights situation and to the law regulating the work of non-governmental organizations.",
  'United States', 'condemning', 'neutral', 'Egypt', "aid withheld over human rights = a measure taken against Egypt (guide: sanctions-type measures are condemning); 'Washington' = United States; the press is only the channel; no evaluative words")
R(D, "The Ministry stated that the decision reflects a poor reading of the strategic relationship that has bound the two countries for decades, and of the importance of supporting Egypt's stability at a time when it confronts terrorism and carries out difficult economic reforms.",
  'Egypt', 'condemning', 'negative', 'United States', "'poor reading' = judgement on the US decision")
R(D, "The Ministry added that Egypt looks forward to dealing with the matter in a manner that preserves the interests of both countries, and that the close consultations between Cairo and Washington will continue at all levels.",
  'Egypt', 'calling_for_talks', 'positive', 'United States', "offer of continued consultations = calling_for_talks; 'Cairo and Washington' are capitals as metonyms")

# ============================================================ page 5: Jordan, live blog (HTML)
D = 'page_jordan_salthospital_oxygen2021_liveblog.html'
# no row: "Several hundred people remain in the streets ..." (narration)
R(D, "A spokesman for the Public Security Directorate said officers had been told to deal with the gatherings calmly, and appealed to residents to go home and let the investigation take its course.",
  'Jordan', 'calling_for_talks', 'neutral', '', "police spokesman = Jordan; appeal for calm and restraint, no judgement; residents are not an actor -> target empty")
R(D, "\"We share the grief of the families, but the pandemic does not stop for anyone, and crowds tonight will only fill the wards again,\" he told state television.",
  'Jordan', 'neutral', 'negative', '', "warning about the health risk, no explicit appeal in this unit = neutral, negative (unsure: read with the previous sentence it is an appeal)")
R(D, "The Palestinian foreign ministry has sent its condolences to the Jordanian people and the families of the dead, and wished a speedy recovery to the patients still in the hospital's intensive care unit.",
  'Palestine', 'supporting', 'negative', 'Jordan', "condolences to the Jordanian people = solidarity (supporting), grief = negative tone")
R(D, "The Islamic Action Front, the main opposition party, says the resignation of one minister is not enough.",
  'Islamic Action Front', 'condemning', 'negative', 'Jordan', "rejects the government's response as insufficient")
R(D, "In a statement, the party said the deaths were the result of a year of improvisation in the government's handling of the pandemic, and that the cabinet as a whole should step down and make way for a government able to protect Jordanians' lives.",
  'Islamic Action Front', 'condemning', 'negative', 'Jordan', "blame + demand for the cabinet's resignation = judgement")
R(D, "The Jordan Medical Association says it warned the health ministry for months about shortages of staff and equipment in public hospitals.",
  'Jordan Medical Association', 'condemning', 'negative', 'Jordan', "'warned for months' = the ministry ignored warnings: blame")
R(D, "Doctors had been left to run Covid wards with too few nurses and no engineers on site at night, the association said, calling for an independent technical inquiry whose findings would be made public.",
  'Jordan Medical Association', 'condemning', 'negative', 'Jordan', "accusation by describing neglect + a call for an inquiry: rule 1")
R(D, "Abdul Munem Oudat, the speaker of the lower house of parliament, says the house health committee will hold an emergency session on Sunday and will call the government to account for what happened.",
  'Jordan', 'neutral', 'negative', '', "the parliament is part of the state (guide: 'Armenian parliament' = Armenia); an announced procedure; unsure: 'call the government to account' is intra-state oversight, not a stance on another actor")
R(D, "Prime Minister Bisher al-Khasawneh has told a news conference in Salt that he accepted the health minister's resignation, that the hospital's director had been dismissed and that the head of health services in Balqa province had been suspended pending an investigation by the judiciary.",
  'Jordan', 'neutral', 'neutral', '', "measures against the state's own officials, reported without evaluation")
R(D, "\"What happened this morning is a failure that nothing can explain away. Jordanians go to a hospital to be saved, not to die for lack of air,\" Khasawneh said.",
  'Jordan', 'condemning', 'negative', '', "two-sentence quote closed by the speaker; explicit negative judgement on the failure; the responsible officials are not an actor -> target empty")
R(D, "He said the government would not protect any official, whatever his rank, if the investigation found him at fault.",
  'Jordan', 'condemning', 'negative', '', "threat of sanction against those found responsible = threatened response; unsure: could be neutral (own conduct)")
R(D, "The prime minister said the state would look after the families of the dead and would publish the results of the inquiry in full.",
  'Jordan', 'neutral', 'positive', '', "pledges about its own conduct toward its citizens = neutral, positive tone")
# no row: "King Abdullah II has arrived at the hospital ..." (a visit narrated, no position)
R(D, "In a video circulating online, the king is seen telling the hospital's director that there was no excuse for a hospital to run out of oxygen, and instructing him to step aside.",
  'Jordan', 'condemning', 'negative', '', "the King = Jordan; judgement on the failure and removal of the director; target is not an actor")
# no row: "The Royal Hashemite Court has posted this:" (lead-in)
R(D, "His Majesty King Abdullah II, accompanied by HRH Crown Prince Al Hussein bin Abdullah II, visits Al-Hussein New Salt Hospital and directs that everyone responsible for the loss of lives be held accountable.",
  'Jordan', 'condemning', 'negative', '', "embedded post of the Royal Court: order to hold those responsible to account = threatened response")
R(D, "Government spokesman Sakher Dudin has told Roya television that the minister's resignation followed royal directives to the prime minister.",
  'Jordan', 'neutral', 'neutral', '', "procedural fact given by the government")
# no row: "More than a hundred relatives have gathered at the gates ..." (narration)
R(D, "Mahmoud Arabiyat, whose 64-year-old father was among the dead, told our reporter that nurses had been complaining for days that oxygen pressure in the wards kept dropping.",
  'Mahmoud Arabiyat', 'condemning', 'negative', 'Jordan', "named relative (invented) = independent person; accusation that a known fault was ignored; 'whose father' is a possessive, not a speaker")
R(D, "\"They knew, and they did nothing. My father did not die of the virus, he died of their negligence,\" he said.",
  'Mahmoud Arabiyat', 'condemning', 'negative', 'Jordan', "two-sentence quote closed by the speaker; 'negligence' = judgement")
R(D, "Arabiyat said the families wanted more than one minister's head and would not bury their dead quietly.",
  'Mahmoud Arabiyat', 'condemning', 'negative', 'Jordan', "surname only; demand + threat of protest")
# no row: the embedded Arabic post of the reporter ("a painful scene ...") is scene description
R(D, "The World Health Organization's office in Amman says it is in contact with the health ministry and has offered engineers to help check the oxygen systems of hospitals treating Covid-19 patients.",
  'World Health Organization', 'supporting', 'positive', 'Jordan', "offer of technical assistance = supporting")
R(D, "Health Minister Nazir Obeidat has told reporters at the hospital that he has handed his resignation to the prime minister.",
  'Jordan', 'neutral', 'neutral', '', "a minister's own step")
R(D, "\"As minister, the blame for what happened in this hospital stops with me, and I will not hide behind anyone,\" Obeidat said.",
  'Jordan', 'neutral', 'negative', '', "accepting responsibility for one's own ministry is not a judgement on another actor = neutral, negative")
R(D, "He said the supply had since been restored and that the remaining patients were receiving oxygen normally.",
  'Jordan', 'neutral', 'neutral', '', "facts")
R(D, "Obeidat, who drove to Salt after the news broke, says the oxygen ran out for close to an hour between 6am and 7am and that this was probably what killed six patients.",
  'Jordan', 'neutral', 'neutral', '', "toll and cause given by a minister = neutral figures")
# no row: "State broadcaster Al-Mamlaka has since reported a seventh death." (a broadcaster reporting a fact)
# no row: the 09.52 opening entry (narration)

# ============================================================ page 6: Algeria, national daily scraped
D = 'page_algeria_nekkiche_tortureprobe2021_dailyscrape.txt'
R(D, "The general prosecutor's office at the Court of Algiers on Sunday ordered a preliminary investigation into the allegations of Walid Nekkiche, a 25-year-old student who says members of the security services abused him sexually, physically and verbally while he was held for questioning in November 2019.",
  'Algeria', 'neutral', 'neutral', '', "the prosecution's procedural step, no evaluation")
R(D, "The general prosecutor's office at the Court of Algiers on Sunday ordered a preliminary investigation into the allegations of Walid Nekkiche, a 25-year-old student who says members of the security services abused him sexually, physically and verbally while he was held for questioning in November 2019.",
  'Walid Nekkiche', 'condemning', 'negative', 'Algeria', "the student's accusation carried in a relative clause ('who says ...') = his statement")
R(D, "In a short statement, the prosecutor general said the inquiry would be run under the authority of the prosecutor at the Bir Mourad Rais court, with judicial police officers checking each of the facts the student had described.",
  'Algeria', 'neutral', 'neutral', '', "procedure")
R(D, "The statement cited the public debate the testimony had provoked in recent days, and said the dignity of every person held in custody was protected by the Constitution and the law.",
  'Algeria', 'neutral', 'positive', '', "reassurance about the state's own guarantees")
# no row: "Nekkiche, a student at the national school of marine sciences, was arrested on 26 November 2019 ..." (narration, passive)
R(D, "At his trial at the Dar El Beida court on 1 February, the prosecution asked for a life sentence on charges that included conspiracy against the state and incitement to take up arms.",
  'Algeria', 'condemning', 'negative', 'Walid Nekkiche', "charges and the sentence sought = a measure taken against him (as the prosecution's charges in earlier batches)")
R(D, "The court instead convicted him only of distributing leaflets harmful to the national interest and gave him six months, a term he had already more than served, and he walked out of El Harrach prison two days later.",
  'Algeria', 'neutral', 'neutral', '', "the court's verdict reported as an outcome; unsure: a conviction could be read as condemning, or the sentence as narration")
R(D, "Nekkiche first described his ordeal to the judges, then repeated it in an interview with the daily Liberté published on Saturday, naming the barracks in Algiers where he says he was held for six days before being brought before an examining magistrate.",
  'Walid Nekkiche', 'condemning', 'negative', 'Algeria', "reported accusation of abuse in a named barracks")
R(D, "\"What they did to me in those rooms I will carry for the rest of my life. I am speaking so that no other student has to go through it,\" he told the newspaper.",
  'Walid Nekkiche', 'condemning', 'negative', 'Algeria', "two-sentence quote closed by the speaker; 'they' = the security officers")
R(D, "He said he would file a formal complaint as soon as his lawyers had obtained the medical records from his time in detention.",
  'Walid Nekkiche', 'neutral', 'negative', '', "announced legal step = plan/procedure; unsure: a complaint against the officers could be read as a threatened response (condemning)")
R(D, "Nacera Haddouche, a member of his defence team, said the prosecutor's decision was a step that nobody had expected a week ago, but that it would mean little unless the officers concerned were identified, questioned and kept away from their posts during the inquiry.",
  'Walid Nekkiche', 'calling_for_talks', 'neutral', 'Algeria', "the lawyer speaks for her client (batch 42a convention); qualified welcome + demand with no judgement word = calling_for_talks (rule 2 before 3)")
R(D, "\"We are not asking for favours. We are asking the justice system to apply its own law, and to do it in the open,\" she said.",
  'Walid Nekkiche', 'calling_for_talks', 'neutral', 'Algeria', "two-sentence quote closed by the speaker; demand for a transparent process")
R(D, "The Algerian League for the Defence of Human Rights said the student's account was not an isolated case and that several detainees of the Hirak had described similar treatment in the past two years without any response from the authorities.",
  'Algerian League for the Defence of Human Rights', 'condemning', 'negative', 'Algeria', "accusation of a pattern and of inaction")
R(D, "The league called for the inquiry to be extended to every complaint of ill-treatment lodged since 2019.",
  'Algerian League for the Defence of Human Rights', 'calling_for_talks', 'neutral', 'Algeria', "'the league' = LADDH; demand with no judgement word")
R(D, "The Rally for Culture and Democracy accused the authorities of keeping young protesters in prison for months on charges that collapsed in court, and said those who had ordered and covered up the abuse of Nekkiche should be brought to trial.",
  'Rally for Culture and Democracy', 'condemning', 'negative', 'Algeria', "accusation + call for prosecution: rule 1")
R(D, "The party said the case showed that the promises of a \"new Algeria\" made by the authorities had not reached the country's police stations.",
  'Rally for Culture and Democracy', 'condemning', 'negative', 'Algeria', "'the party' = RCD; ironic judgement on the authorities' slogan")
R(D, "The Socialist Forces Front urged the authorities to let the investigation run its full course and to allow independent doctors to examine the student.",
  'Socialist Forces Front', 'calling_for_talks', 'neutral', 'Algeria', "demand with no judgement word")
R(D, "Amnesty International said the allegations fitted a broader pattern of abuse against peaceful protesters in Algeria, and that the authorities' readiness to investigate would be judged by results, not by announcements.",
  'Amnesty International', 'condemning', 'negative', 'Algeria', "'pattern of abuse' = judgement")
R(D, "The National Human Rights Council, a state body, welcomed the prosecutor's decision and said it was ready to receive the student and his family.",
  'National Human Rights Council (Algeria)', 'supporting', 'positive', 'Algeria', "a state human rights body welcoming the state's step = approval; kept apart from 'Algeria' like other national rights councils in the name files")
R(D, "On social media, the hashtag carrying the student's name was shared tens of thousands of times over the weekend, and several student collectives called for a gathering in his support on Tuesday.",
  '', 'supporting', 'positive', 'Walid Nekkiche', "unnamed collectives: kept only as a stance example (a call to rally in support = supporting)")
R(D, "Karima Aït Saadi, a sociologist at the University of Algiers 2, said the testimony had broken a taboo that Algerian society had long preferred not to face.",
  'Karima Aït Saadi', 'supporting', 'positive', 'Walid Nekkiche', "invented academic; praise of the student's testimony")
R(D, "\"By speaking in a courtroom, in front of the judges, this young man has done more for the debate on torture than years of reports,\" she said.",
  'Karima Aït Saadi', 'supporting', 'positive', 'Walid Nekkiche', "praise")
# no row: "The Ministry of Communication did not respond to our questions." (no position)


# ------------------------------------------------------------ write + check
vis = {}
bad = 0
for r in ROWS:
    d = r[0]
    if d not in vis:
        vis[d] = visible(BASE / d)
    s = re.sub(r'\s+', ' ', r[1])
    if s not in vis[d]:
        print('NOT FOUND:', d, s[:90]); bad += 1
with open(BASE / 'statements.csv', 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['doc', 'sentence', 'actor', 'stance', 'sentiment', 'target', 'source', 'note'])
    w.writerows(ROWS)
from collections import Counter
print(len(ROWS), 'rows;', Counter(r[0] for r in ROWS))
print(Counter(r[3] for r in ROWS))
sys.exit(1 if bad else 0)
