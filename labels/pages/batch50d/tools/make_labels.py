#!/usr/bin/env python3
"""Hand labels for batch50d. Each row was decided by reading the sentence in its page
against /work/shared/labelling-guide.md; this script only writes them out as CSV
and checks that each sentence occurs in the visible text of its page."""
import csv, html, re, sys, os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

P1 = "page_czech_nikulin_extradition2018_wire.txt"
P2 = "page_russia_calvey_arrest2019_stateagency.txt"
P3 = "page_belarus_babaryka_detention2020_noonbriefing.txt"
P4 = "page_serbia_kleban_spyvideo2019_presidency.html"
P5 = "page_romania_ordinance13_protests2017_liveblog.html"
P6 = "page_bulgaria_rosenets_presidencyraid2020_dailyscrape.txt"

R = []
def row(doc, sent, actor, stance, sentiment, target="", note=""):
    R.append([doc, sent, actor, stance, sentiment, target, "page", note])

# ---------------- page 1: Czech wire (Nikulin extradition) ----------------
d = P1
row(d, "The Czech Republic has extradited Russian citizen Yevgeny Nikulin to the United States to face charges of hacking LinkedIn, Dropbox and Formspring, the Justice Ministry said on Friday, settling an 18-month contest between Washington and Moscow over the 30-year-old.",
    "Czech Republic", "neutral", "neutral", "", "dateline excluded; extradition reported by the ministry as a legal act done, no judgement (unsure: could be read as backing the US request)")
row(d, "Nikulin was put on a plane overnight and was already in U.S. custody by the time the decision was made public, ministry spokeswoman Tereza Schejbalova told reporters.",
    "Czech Republic", "neutral", "neutral", "", "ministry spokeswoman: facts and timing")
row(d, "Justice Minister Robert Pelikan signed the extradition order shortly after the Constitutional Court said it had thrown out Nikulin's last complaint as unfounded, clearing the final legal obstacle.",
    "Czech Republic", "neutral", "neutral", "", "two state bodies (minister, court) of one state = one row; procedure")
row(d, "\"Both requests met the conditions set by law, so the choice fell to me. I looked at which offence was the graver one and which case was better documented, and on both counts the answer was the American one,\" Pelikan said in a written statement.",
    "Czech Republic", "neutral", "neutral", "", "multi-sentence quote closed by its speaker; justification of his own decision, no judgement of Russia")
row(d, "He added that he had informed the Russian embassy in Prague of his decision on Friday morning, before it was announced.",
    "Czech Republic", "neutral", "neutral", "", "'He' = Pelikan; procedure")
row(d, "Nikulin, arrested by Czech police working with the FBI at a Prague hotel restaurant in October 2016, is accused by U.S. prosecutors of breaking into the three companies' computer systems in 2012 and 2013.",
    "United States", "condemning", "negative", "Yevgeny Nikulin", "the standing US charges = accusation; the 2016 arrest in the participial clause is background narration (no Czech row)")
row(d, "LinkedIn has said the intrusion was linked to a breach that may have exposed the log-in details of more than 100 million of its users.",
    "LinkedIn", "neutral", "neutral", "", "company giving a figure about its own breach")
row(d, "He appeared before a federal magistrate in San Francisco on Friday morning and pleaded not guilty to all nine counts, which include computer intrusion, aggravated identity theft and trafficking in stolen access credentials.",
    "Yevgeny Nikulin", "neutral", "negative", "", "not-guilty plea = denial (neutral, negative tone)")
row(d, "\"Anyone who believes that a foreign passport and an ocean will keep them out of an American courtroom should study this case,\" the FBI's San Francisco field office said in a statement.",
    "United States", "condemning", "negative", "Yevgeny Nikulin", "FBI = United States; warning aimed at hackers through 'this case' (unsure of the target: general warning)")
row(d, "The office thanked Czech police for what it called months of patient and discreet work.",
    "United States", "supporting", "positive", "Czech Republic", "'The office' = the FBI field office; thanks = approval")
row(d, "U.S. Ambassador Stephen King said Washington was grateful to the Czech authorities and saw the outcome as proof that the two allies' police and courts could work together under pressure.",
    "United States", "supporting", "positive", "Czech Republic", "gratitude and praise of cooperation")
row(d, "The Russian embassy in Prague said the Czech side had chosen loyalty to its allies over the facts of the case and had brushed aside the legitimate request of the country of which Nikulin is a citizen.",
    "Russia", "condemning", "negative", "Czech Republic", "embassy = Russia; 'brushed aside the legitimate request' = judgement; Prague is a place here")
row(d, "\"Our consul will knock on the door of his American cell as soon as we are let in, and we will follow every hearing from the first to the last,\" an embassy spokesman was quoted as saying by the RIA news agency.",
    "Russia", "supporting", "neutral", "Yevgeny Nikulin", "unnamed spokesman of a named embassy speaks for Russia; consular help pledged to its citizen = assistance; the agency is the channel")
row(d, "Konstantin Kosachev, who chairs the foreign affairs committee of Russia's upper house, wrote on Facebook that Prague had once again shown it took its instructions from across the Atlantic.",
    "Russia", "condemning", "negative", "Czech Republic", "Kosachev = Russia (actors.csv); Prague = metonym for the Czech state; jibe of subservience = judgement")
row(d, "After Nikulin's arrest in 2016, Foreign Ministry spokeswoman Maria Zakharova had accused Washington of turning Russian travellers abroad into prey for its law enforcement agencies.",
    "Russia", "condemning", "negative", "United States", "past accusation reported (specific statement), Washington = United States")
row(d, "Pelikan told lawmakers this month that President Milos Zeman had pressed him more than once to hand the Russian to Moscow.",
    "Czech Republic", "supporting", "neutral", "Russia", "Zeman's position reported by his own minister: pressing for Russia's request = backing Russia (unsure: could be neutral); Pelikan's disclosure is the same state's, one row")
row(d, "Jiri Ovcacek, the president's spokesman, said on Friday that Zeman respected the minister's powers but regretted that \"a Czech decision was made to fit an American timetable\".",
    "Czech Republic", "condemning", "negative", "", "'regretted' = judgement (labels README); aimed at the state's own minister with a hint at US pressure -> target empty (unsure)")
row(d, "Prime Minister Andrej Babis, whose minority cabinet lost a confidence vote in January and governs in resignation, told reporters the decision was \"correct and what our allies had every right to expect\".",
    "Czech Republic", "neutral", "positive", "", "prime minister approving his own government's decision = self-praise: neutral, positive (labels README)")
row(d, "Petr Fiala, leader of the opposition Civic Democrats, said the president's lobbying on behalf of a foreign power should be examined by parliament's security committee.",
    "Civic Democratic Party", "condemning", "negative", "Czech Republic", "party leader speaks for the party (in 2018 Fiala led the ODS, not the government); 'lobbying on behalf of a foreign power' = judgement of the president")
row(d, "Pirate Party leader Ivan Bartos wrote on Twitter that the minister had shown the country could not be pushed around from either the Castle or the Kremlin.",
    "Czech Pirate Party", "supporting", "positive", "Czech Republic", "praise of the minister; the swipe at the Castle and the Kremlin is implied, not stated as a judgement (unsure)")
row(d, "U.S. House Speaker Paul Ryan, visiting Prague on Tuesday, had told Czech lawmakers that he trusted their courts and their minister to reach the right result.",
    "United States", "supporting", "positive", "Czech Republic", "House Speaker = United States; confidence in an ally's institutions = approval (unsure: could be a neutral expectation)")
row(d, "Nikulin's Czech lawyer, Martin Sadilek, said his client had been denied a fair hearing and that the ministry had moved so fast that an appeal against the rejection of his asylum request was never heard.",
    "Yevgeny Nikulin", "condemning", "negative", "Czech Republic", "lawyer speaking for his client = the client's position (as batch42a)")
row(d, "\"They sent him away in the night like a parcel. A country that calls itself a state of law does not behave like this,\" Sadilek said.",
    "Yevgeny Nikulin", "condemning", "negative", "Czech Republic", "multi-sentence quote; explicit judgement")
row(d, "Sadilek has said Nikulin told him FBI agents had offered him a deal if he admitted a role in the 2016 hacking of U.S. Democratic Party servers, an offer Nikulin says he turned down.",
    "Yevgeny Nikulin", "condemning", "negative", "United States", "Nikulin's claim relayed by his lawyer: accusation of a pressure offer by the FBI")
row(d, "Ondrej Fiser, who studies cybercrime at the Institute for Central European Security in Brno, said the outcome had never been seriously in doubt once the courts had approved both requests.",
    "Ondrej Fiser", "neutral", "neutral", "", "invented analyst (new actor); assessment")
row(d, "\"Moscow's request was a shield, not a prosecution. Two thousand dollars taken in 2009 against a hundred million stolen accounts was never a real contest,\" Fiser said.",
    "Ondrej Fiser", "condemning", "negative", "Russia", "'a shield, not a prosecution' = judgement of Russia's request; Moscow = metonym")
row(d, "He said Prague should expect a few cool months in its dealings with Moscow but no lasting damage.",
    "Ondrej Fiser", "neutral", "negative", "", "forecast, no judgement; Prague and Moscow are the states' capitals, not speakers")

# ---------------- page 2: TASS dispatch (Calvey arrest) ----------------
d = P2
row(d, "The Basmanny District Court of Moscow on Saturday granted the petition of the investigation and remanded in custody until April 13 the founder of the Baring Vostok private equity group and member of the board of directors of Vostochny Bank, US citizen Michael Calvey, who is charged with fraud on an especially large scale, a TASS correspondent reported from the courtroom.",
    "Russia", "condemning", "negative", "Michael Calvey", "dateline excluded; court and investigators = the state; remand in custody on a fraud charge = measure against him (as charges in batch42a)")
row(d, "The court did not find grounds for a milder measure of restraint, noting the arguments of the investigation that the accused spends a considerable part of his time abroad and, if released, could leave the territory of the Russian Federation.",
    "Russia", "condemning", "negative", "Michael Calvey", "flight-risk finding against the accused")
row(d, "According to the investigation, the defendants, acting as an organized group, arranged for Vostochny Bank to accept shares of a foreign company, whose real value was many times lower, in settlement of a debt of 2.5 billion rubles ($37.5 mln) owed to the bank by the First Collection Bureau, a company controlled by the fund, thereby causing the bank damage in that amount.",
    "Russia", "condemning", "negative", "Michael Calvey", "'according to the investigation' = the Investigative Committee's accusation; several defendants but Calvey is the named principal")
row(d, "The criminal case was opened on February 13 by the Main Investigative Department of the Investigative Committee of Russia for the city of Moscow after a minority shareholder of Vostochny Bank, Sherzod Yusupov, had filed a statement on the crime with the Federal Security Service on February 7.",
    "Russia", "condemning", "negative", "Michael Calvey", "opening a criminal case = a measure against the accused")
row(d, "The criminal case was opened on February 13 by the Main Investigative Department of the Investigative Committee of Russia for the city of Moscow after a minority shareholder of Vostochny Bank, Sherzod Yusupov, had filed a statement on the crime with the Federal Security Service on February 7.",
    "Sherzod Yusupov", "condemning", "negative", "Michael Calvey", "second actor in the same sentence: the shareholder's complaint to the FSB = accusation by act (new actor, person)")
row(d, "The operation was carried out with the participation of officers of the Federal Security Service, a source in the law enforcement bodies told TASS.",
    "Russia", "neutral", "neutral", "", "unnamed source tied to the state's law enforcement bodies speaks for Russia (guide); fact")
row(d, "Lawyer Dmitry Kletochkin, who represents the interests of Michael Calvey, told TASS after the hearing that the defense regarded the decision of the Basmanny Court as unjustified and would file a complaint with the Moscow City Court within the time limit established by law, since a businessman who had lived and worked in Russia for a quarter of a century had no intention of hiding from anyone.",
    "Michael Calvey", "condemning", "negative", "Russia", "lawyer = the client's position; 'unjustified' + appeal against the court = judgement")
row(d, "Speaking in the courtroom, Michael Calvey stated that he did not admit his guilt and considered the case an attempt to exert pressure on the fund in a commercial dispute over the bank that is being heard in arbitration in London.",
    "Michael Calvey", "condemning", "negative", "", "denial + 'an attempt to exert pressure' = judgement (rule 1); the pressuring side is not named -> target empty")
row(d, "\"I have spent twenty-five years bringing money into this country and I am not going anywhere. Every transaction we made with the bank was approved by its board and examined by auditors,\" Calvey said.",
    "Michael Calvey", "neutral", "negative", "", "multi-sentence quote: denial and self-defence, no judgement")
row(d, "The Baring Vostok group said in a statement distributed on Friday that it considered the accusations groundless and that the criminal prosecution had been initiated by shareholders of Vostochny Bank on the opposite side of the corporate conflict in order to put pressure on the fund.",
    "Baring Vostok", "condemning", "negative", "", "'groundless' + prosecution as a pressure tactic by the other shareholders = accusation; those shareholders are not named -> target empty (unsure: Yusupov is the complainant)")
row(d, "\"We are confident that the court will establish the truth. Our employees will continue to cooperate fully with the investigation, and the fund will continue its work in Russia as before,\" the statement said.",
    "Baring Vostok", "neutral", "positive", "", "reassurance about its own conduct = neutral, positive")
row(d, "Press Secretary of the President of the Russian Federation Dmitry Peskov told journalists on Friday that the Kremlin was aware of the detention, but that the question lay entirely within the competence of the law enforcement bodies and the court.",
    "Russia", "neutral", "neutral", "", "Kremlin keeps its distance: procedure")
row(d, "\"The head of state has been informed about this case. It is not for the Kremlin to assess the evidence; that is the work of the investigators and of the court, and they will do it,\" Peskov said.",
    "Russia", "neutral", "neutral", "", "multi-sentence quote; no evaluation")
row(d, "Answering a question as to whether the case might affect the investment climate, the Kremlin spokesman said that he saw no grounds for such concerns and that the law applied equally to Russian and foreign businessmen.",
    "Russia", "neutral", "positive", "", "'the Kremlin spokesman' = Peskov; reassurance")
row(d, "Presidential Commissioner for the Protection of the Rights of Entrepreneurs Boris Titov, in turn, said that he considered detention an excessive measure in a case which, in his opinion, bore all the signs of a corporate conflict, and announced that his office would ask the Prosecutor General's Office to verify the lawfulness of the criminal prosecution.",
    "Russia", "condemning", "negative", "", "the business ombudsman is a state office -> Russia; 'excessive measure' judges the state's own court and investigators -> target empty (one state, two positions, as in the Kovesi page)")
row(d, "\"Disputes between shareholders must be settled in arbitration courts, not in a pre-trial detention center. When one side of a business dispute takes the other to the security services, every investor in the country draws his own conclusions,\" Titov wrote on his Facebook page.",
    "Russia", "condemning", "negative", "", "criticism of criminalising the dispute, aimed at the complainants and the state's bodies together -> target empty (unsure)")
row(d, "Chief Executive Officer of the Russian Direct Investment Fund (RDIF) Kirill Dmitriev said that he was ready to vouch personally for Michael Calvey, whom he called a businessman who had done a great deal to bring foreign investors into Russian projects.",
    "Russia", "supporting", "positive", "Michael Calvey", "RDIF is the state's sovereign fund -> Russia (unsure: could be its own actor); offer to vouch + praise = backing")
row(d, "The head of the RDIF expressed the hope that the court of appeal would choose a measure of restraint not connected with custody, adding that the fund had invested jointly with Baring Vostok in a number of projects.",
    "Russia", "supporting", "positive", "Michael Calvey", "hope for a non-custodial measure for the accused = backing him, not a peace appeal")
row(d, "President of the American Chamber of Commerce in Russia Alexis Rodzianko said that the detention had caused serious alarm among foreign companies working in Russia, and that the chamber was awaiting clarity on the substance of the charges.",
    "American Chamber of Commerce in Russia", "neutral", "negative", "", "alarm without appeal or judgement = neutral, negative (new actor)")
row(d, "The Embassy of the United States in Moscow said that it was aware of the detention of an American citizen and was seeking consular access to him in accordance with the Vienna Convention on Consular Relations.",
    "United States", "neutral", "neutral", "", "consular procedure, no judgement")
row(d, "The Embassy of France in Moscow told TASS that it was following the situation of the French citizen closely and was providing him with consular assistance.",
    "France", "neutral", "neutral", "", "consular assistance to its own citizen (Delpal is not an actor) = procedure (unsure: could be supporting)")
row(d, "Baring Vostok, founded in 1994, is one of the largest private equity investors in Russia and the CIS; according to the fund's data, it has invested more than $2.7 bln in over 80 companies, including Yandex, Ozon and the Tinkoff Bank group.",
    "Baring Vostok", "neutral", "neutral", "", "figures attributed to the fund ('according to the fund's data') = facts given by an actor")

# ---------------- page 3: UN noon briefing (Babaryka detention) ----------------
d = P3
row(d, "The Secretary-General is following closely the developments in Belarus ahead of the presidential election on 9 August, including the detention last Thursday of a prospective candidate, Viktar Babaryka, and of his son Eduard, who heads his campaign team.",
    "United Nations", "neutral", "negative", "", "monitoring without appeal = neutral, negative (guide)")
row(d, "He calls on the authorities to make sure that all those who wish to stand can go through the registration process on equal terms, and that voters can hear from them without fear.",
    "United Nations", "calling_for_talks", "neutral", "Belarus", "appeal to the authorities, no judgement word")
row(d, "Those detained must be afforded due process, including prompt access to lawyers of their choosing.",
    "United Nations", "calling_for_talks", "neutral", "Belarus", "continuation sentence of the Secretary-General's message; demand without judgement (labels README)")
row(d, "The Secretary-General also encourages the Government to extend a timely invitation to international election observers, including the OSCE's Office for Democratic Institutions and Human Rights.",
    "United Nations", "calling_for_talks", "neutral", "Belarus", "encouragement = appeal")
row(d, "Also on Belarus, in Geneva this morning our human rights colleagues said they had received reports that well over a hundred people were detained across the country on Friday, when demonstrators formed human chains in support of the jailed candidate.",
    "United Nations", "neutral", "negative", "", "OHCHR = United Nations; figures; Geneva is a place")
row(d, "The Office stressed that peaceful assembly is a right and not an offence, and that people who take part should not face arrest or fines for expressing their views.",
    "United Nations", "calling_for_talks", "negative", "Belarus", "demand to stop arrests without an explicit judgement word (labels README) (unsure: could be condemning)")
row(d, "Separately, the Special Rapporteur on the situation of human rights in Belarus, Anaïs Marin, said the pattern of detentions since May amounted to a deliberate effort to clear the field of rivals before the vote.",
    "United Nations", "condemning", "negative", "Belarus", "UN independent expert = United Nations (actors.csv); 'deliberate effort to clear the field' = judgement")
row(d, "The Belarusian State Control Committee says Mr. Babaryka moved hundreds of millions of dollars out of the country through a Latvian bank while he ran Belgazprombank, and that several of his former colleagues have confessed.",
    "Belarus", "condemning", "negative", "Viktar Babaryka", "journalist's question reporting the state body's accusation = Belarus's statement (labels README, 27th session); the question itself is no one's")
row(d, "We are not in a position to judge the substance of any criminal case, and we are not trying to.",
    "United Nations", "neutral", "neutral", "", "spokesman: declines to judge")
row(d, "What we are saying is that legal processes must be fair and transparent, and be seen to be so, especially in the middle of an electoral campaign.",
    "United Nations", "calling_for_talks", "neutral", "Belarus", "appeal for fair process, no judgement")
row(d, "President Lukashenko said on Friday that a plot to destabilize the country had been foiled and that some candidates were being steered from abroad.",
    "Belarus", "condemning", "negative", "", "accusation of a plot and foreign steering; the foreign side is unnamed -> target empty")
row(d, "On the same subject, the European Union on Friday asked Minsk to free Mr. Babaryka and his son and said Belarus should invite OSCE observers without further delay.",
    "European Union", "calling_for_talks", "neutral", "Belarus", "release demand and observer invitation, no judgement word in the sentence; Minsk = metonym")
row(d, "Belarus's Foreign Ministry answered the EU over the weekend, saying it would not take lessons from Brussels on how to run an election in a sovereign country.",
    "Belarus", "condemning", "negative", "European Union", "rejection of the EU's comment in protest = judgement; Brussels = the EU")
row(d, "Every Member State has signed up to human rights obligations, and it is perfectly normal for the United Nations to speak about them.",
    "United Nations", "neutral", "neutral", "", "rebuttal of the interference charge, no judgement")
row(d, "That's not interference; that's what the Charter asks of us.",
    "United Nations", "neutral", "neutral", "", "continuation of the rebuttal")
row(d, "Viasna and eight other Belarusian human rights groups have declared Mr. Babaryka a political prisoner.",
    "Viasna", "condemning", "negative", "Belarus", "declaring a political prisoner = judgement of the state (rule 1 over the support for the detainee); the eight unnamed groups get no row")
row(d, "It's not a term we use from this podium.",
    "United Nations", "neutral", "neutral", "", "spokesman: procedure")
row(d, "Our colleagues in the human rights office and the Special Rapporteur have their own mandates, and they speak for themselves.",
    "United Nations", "neutral", "neutral", "", "procedure")
row(d, "Gazprombank, which owns the bank Mr. Babaryka used to run, called the takeover of Belgazprombank by a temporary administration a breach of Belarusian law, but the Kremlin says the arrest is an internal matter for Belarus.",
    "Gazprombank", "condemning", "negative", "Belarus", "question reports the owner's judgement ('a breach of Belarusian law') (new actor, company)")
row(d, "Gazprombank, which owns the bank Mr. Babaryka used to run, called the takeover of Belgazprombank by a temporary administration a breach of Belarusian law, but the Kremlin says the arrest is an internal matter for Belarus.",
    "Russia", "neutral", "neutral", "", "second actor of the sentence: the Kremlin declines to take a side")
row(d, "We're in touch with all Member States on a whole range of issues, and I'm not going to go into the details of those contacts.",
    "United Nations", "neutral", "neutral", "", "declines to detail contacts")
row(d, "Our Resident Coordinator in Minsk is in regular contact with the authorities, and the Secretary-General's message has been passed on.",
    "United Nations", "neutral", "neutral", "", "contacts: procedure")
row(d, "Sviatlana Tsikhanouskaya, whose nomination signatures are now being checked after her husband was jailed last month, said on Sunday that she would stay in the race and asked her supporters to keep every rally peaceful.",
    "Sviatlana Tsikhanouskaya", "calling_for_talks", "neutral", "", "appeal for peaceful rallies, no judgement")
row(d, "The message is the same for everyone: we want to see a peaceful campaign, a peaceful vote and a peaceful aftermath.",
    "United Nations", "calling_for_talks", "positive", "", "general hope for a peaceful course, addressed to all")
row(d, "Lithuania's Foreign Minister, Linas Linkevičius, wrote on Twitter that Minsk was locking up the candidates that voters actually wanted.",
    "Lithuania", "condemning", "negative", "Belarus", "foreign minister = Lithuania; Minsk = Belarus; accusation")
row(d, "The United Nations does not observe elections unless it is given a specific mandate to do so, by the General Assembly or the Security Council, and there is no such mandate here.",
    "United Nations", "neutral", "neutral", "", "procedure")

# ---------------- page 4: Serbian presidency (spy video) ----------------
d = P4
row(d, "President of the Republic of Serbia Aleksandar Vučić today welcomed the statement of the Press Secretary of the President of the Russian Federation Dmitry Peskov, who said that the Kremlin attached great importance to the visit of the Serbian President and was certain that the ties between the two countries would come through this episode unharmed.",
    "Serbia", "supporting", "positive", "Russia", "welcome of the Kremlin's statement")
row(d, "President of the Republic of Serbia Aleksandar Vučić today welcomed the statement of the Press Secretary of the President of the Russian Federation Dmitry Peskov, who said that the Kremlin attached great importance to the visit of the Serbian President and was certain that the ties between the two countries would come through this episode unharmed.",
    "Russia", "supporting", "positive", "Serbia", "Peskov's position in the relative clause: value placed on the visit + confidence in ties = backing of the partner")
row(d, "\"That is a wise and a good message, and I thank President Putin's office for it. Serbia is a small country that wants to be friends with everyone, but it is not a country that anyone can treat as a playground,\" said President Vučić.",
    "Serbia", "supporting", "positive", "Russia", "thanks to Putin's office; the 'playground' warning names no one (unsure: mixed)")
row(d, "The President stated that the retired officer seen in the footage and the other persons involved would answer before the competent authorities in accordance with the law.",
    "Serbia", "condemning", "negative", "", "announced prosecution of those involved = a measure; no canonical target")
row(d, "He informed that the competent prosecutor's office had been provided with all the material gathered by the security services.",
    "Serbia", "neutral", "neutral", "", "procedure")
row(d, "President of the Republic of Serbia Aleksandar Vučić said this evening, after the session of the National Security Council, that the competent services had established beyond doubt that the man in the published video is Georgy Kleban, a lieutenant colonel of the Russian military intelligence service and a former assistant military attaché at the Embassy of the Russian Federation in Belgrade.",
    "Serbia", "condemning", "negative", "Russia", "naming the paying officer as Russian military intelligence = attribution of espionage (unsure: could be read as a finding, neutral)")
row(d, "According to the President, the footage was recorded in December 2018, and the Serbian citizen seen in it is a retired member of the Serbian Armed Forces whose initials are Z.K.",
    "Serbia", "neutral", "neutral", "", "facts")
row(d, "\"He met three of our people ten times, and three times he paid them. He was not the only one. We know of more people from Russian services who kept up contacts with nine persons inside our military system,\" said President Vučić.",
    "Serbia", "condemning", "negative", "Russia", "three-sentence quote closed by its speaker; paying sources = accusation of espionage")
row(d, "He stressed that Serbia had for years been exposed to intelligence pressure from many sides, and that some military representatives of Western countries accredited in Belgrade had also been caught collecting information they had no right to.",
    "Serbia", "condemning", "negative", "", "accusation against unnamed Western states -> target empty; Belgrade is a place")
row(d, "\"I am convinced that President Putin knew nothing about this. I respect him too much to believe that he would approve of something like this against a country that has never done anything against Russia,\" the President said.",
    "Serbia", "supporting", "positive", "Russia", "clears Putin and voices respect = backing of Russia's leader; the reproach of 'something like this' is not aimed at him (unsure)")
row(d, "President Vučić said that the policy of Serbia towards the Russian Federation would not change, that Serbia would remain militarily neutral and that he would travel to Sochi on 4 December to meet President Putin as planned.",
    "Serbia", "neutral", "positive", "", "policy continuity and travel plans, no evaluation of Russia (unsure: could be supporting)")
row(d, "Asked about the statement of the spokesperson of the Ministry of Foreign Affairs of the Russian Federation Maria Zakharova, who described the video as a staged provocation timed to spoil high-level contacts, the President said that Serbia had not made the video, but that what it showed was, unfortunately, true.",
    "Russia", "condemning", "negative", "", "Zakharova's 'staged provocation' (relative clause) = judgement of the video's unnamed authors -> target empty")
row(d, "Asked about the statement of the spokesperson of the Ministry of Foreign Affairs of the Russian Federation Maria Zakharova, who described the video as a staged provocation timed to spoil high-level contacts, the President said that Serbia had not made the video, but that what it showed was, unfortunately, true.",
    "Serbia", "neutral", "negative", "", "denies making the video and stands by the finding; no new judgement (unsure: could be condemning Russia)")
row(d, "\"We did not film it and we did not publish it. But I will not tell our citizens that something is not true when our services have confirmed that it is,\" he said.",
    "Serbia", "neutral", "negative", "", "denial of authorship + insistence on the facts")
row(d, "He added that he did not see the point of such operations, since anything Russia wanted to know about Serbia it could simply ask.",
    "Serbia", "condemning", "negative", "Russia", "rebuke of Russia's operations, without a stock word")
row(d, "President Vučić called on the citizens not to listen either to those who wished to use the case to poison relations with Russia or to those who would deny what the services had established.",
    "Serbia", "calling_for_talks", "neutral", "", "appeal for calm aimed at no actor (unsure: could be neutral)")
row(d, "President Vučić informed the Ambassador of the preliminary findings of the Serbian services and asked for an explanation of the purpose of the contacts documented in the footage.",
    "Serbia", "condemning", "negative", "Russia", "demanding an explanation from the envoy = diplomatic protest by act (unsure: mild; the meeting sentence before it is narrative)")
row(d, "Ambassador Botsan-Kharchenko said that the Russian side would carefully examine the information it had received.",
    "Russia", "neutral", "neutral", "", "ambassador = Russia (actors.csv); procedure")
row(d, "The interlocutors agreed that the friendship between Serbia and Russia is far stronger than any attempt to damage it.",
    "Serbia", "supporting", "positive", "Russia", "joint position: one row per participant")
row(d, "The interlocutors agreed that the friendship between Serbia and Russia is far stronger than any attempt to damage it.",
    "Russia", "supporting", "positive", "Serbia", "joint position: one row per participant")
row(d, "President of the Republic of Serbia Aleksandar Vučić stated today that he had instructed the Security Information Agency and the Military Security Agency to establish all the facts about the video recording published on social networks, which allegedly shows a meeting between a member of a foreign intelligence service and a Serbian citizen.",
    "Serbia", "neutral", "neutral", "", "ordering an inquiry, no judgement yet")
row(d, "\"We will not jump to conclusions before the services tell us what they know, but we will not hide anything from the public either. If it is confirmed, I will say so openly, whoever it concerns,\" said President Vučić.",
    "Serbia", "neutral", "neutral", "", "two-sentence quote; procedure and pledge of openness")
row(d, "The President announced that he would convene a session of the National Security Council on Thursday.",
    "Serbia", "neutral", "neutral", "", "plan")
row(d, "He added that Serbia looks after its own security regardless of whether a service comes from a friendly country or not.",
    "Serbia", "neutral", "neutral", "", "general statement of policy, no target")

# ---------------- page 5: live blog (Romania, ordinance 13) ----------------
d = P5
row(d, "The Bucharest Gendarmerie said a group of several dozen men, many with their faces covered, had thrown firecrackers, bottles and stones at officers near the government building, and that riot police had answered with tear gas.",
    "Romania", "neutral", "neutral", "", "gendarmerie = state body; account of clashes with an unnamed group")
row(d, "In a message to the press it said the group had nothing to do with the peaceful crowd, which had begun to leave the square.",
    "Romania", "neutral", "neutral", "", "'it' = the Gendarmerie; facts")
row(d, "Prime Minister Sorin Grindeanu said in a televised statement that his cabinet had no intention of withdrawing or repealing the ordinance, and that it had acted within its powers to bring the criminal codes into line with rulings of the Constitutional Court.",
    "Romania", "neutral", "neutral", "", "refusal and defence of its own act, no judgement of another actor")
row(d, "\"I understand that many people are angry, and they have every right to say so in the street. But a government that reverses its decisions each time a square fills up is not governing,\" Grindeanu said.",
    "Romania", "neutral", "negative", "", "defiant refusal, no target")
row(d, "President Klaus Iohannis, who joined an anti-government march in Bucharest ten days ago, said on Wednesday he was looking at every constitutional means of stopping the ordinance, including an appeal to the Constitutional Court.",
    "Romania", "condemning", "negative", "", "threatened legal response against the government's act; president and government are one state -> target empty (as in the Kovesi page)")
row(d, "A government that changes the criminal law overnight, against the advice of every judicial body, owes Romanians an explanation and a correction.",
    "Romania", "condemning", "negative", "", "embedded tweet by Iohannis; judgement of the government (same state)")
row(d, "The Gendarmerie said the square and the streets around it were full by 20:00 and asked people still arriving to gather on the boulevards leading to it.",
    "Romania", "neutral", "neutral", "", "crowd management; the media estimate before it is no actor's")
row(d, "The National Liberal Party (PNL) said it would start collecting signatures for a motion of no confidence in the Grindeanu cabinet.",
    "National Liberal Party (Romania)", "condemning", "negative", "Romania", "no-confidence motion = a measure against the government")
row(d, "\"A government that pardons its own friends in the middle of the night has lost the right to govern in daylight,\" interim PNL leader Raluca Turcan told reporters at parliament.",
    "National Liberal Party (Romania)", "condemning", "negative", "Romania", "party leader = party; explicit judgement")
row(d, "Nicusor Dan, leader of the Save Romania Union (USR), said his deputies would sign the motion and called on PSD lawmakers who disagreed with the decree to say so in the vote.",
    "Save Romania Union", "condemning", "negative", "Romania", "backing the no-confidence motion = measure against the government (in 2017 Dan led the USR; he was not head of state)")
for st in ["Belgium", "Canada", "France", "Germany", "Netherlands", "United States"]:
    row(d, "The embassies of Belgium, Canada, France, Germany, the Netherlands and the United States have issued a rare joint statement, saying they were deeply troubled by what the government did overnight and that a decision taken against the advice of Romania's own judges and prosecutors could cost the country the trust of its allies.",
        st, "condemning", "negative", "Romania", "joint statement of six embassies: one row per listed state; 'deeply troubled' + warning of lost trust = judgement")
row(d, "Romania's partners have stood by its anti-corruption institutions for a decade.",
    "United States", "supporting", "positive", "", "embedded US embassy tweet; backing of the anti-corruption institutions rather than the government -> target empty (unsure)")
row(d, "We urge the government to reconsider and to consult the judiciary and civil society before changing the criminal codes.",
    "United States", "calling_for_talks", "neutral", "Romania", "appeal to reconsider and consult, no judgement word")
row(d, "Laura Codruța Kövesi, head of the National Anticorruption Directorate (DNA), told reporters that the ordinance would force prosecutors to abandon a large share of their abuse-of-office investigations, including cases already before the courts.",
    "Laura Codruța Kövesi", "neutral", "negative", "", "the project files Kövesi as her own actor (actors.csv) -> kept; consequences stated without judgement (unsure: as DNA head she could be Romania)")
row(d, "\"This is not a technical correction. People who have been sent to trial will walk out of the courtroom, and the money will not come back,\" Kövesi said.",
    "Laura Codruța Kövesi", "condemning", "negative", "Romania", "judgement of the decree's effect, aimed at the government")
row(d, "In a joint statement, European Commission President Jean-Claude Juncker and First Vice-President Frans Timmermans said the Commission was alarmed by the speed with which the changes had been adopted and by their content.",
    "European Union", "neutral", "negative", "", "alarm without a judgement word or appeal = neutral, negative (labels README)")
row(d, "They warned that any backsliding on corruption would be reflected in the Commission's next report on Romania under the Cooperation and Verification Mechanism.",
    "European Union", "condemning", "negative", "Romania", "conditional warning of a consequence = threatened response (as the CVM warning in the Kovesi page)")
row(d, "The Romanians in the streets tonight are standing up for a Europe where the law applies to everyone, and the Commission stands with them.",
    "European Union", "supporting", "positive", "", "embedded Timmermans tweet; solidarity with the protesters, who are no actor -> target empty")
row(d, "The Superior Council of Magistracy (CSM), which represents judges and prosecutors, voted to ask the Constitutional Court to rule on a legal conflict between the government and the judiciary over the ordinance.",
    "Romania", "condemning", "negative", "", "constitutional body challenging the government's act in court = a taken response; same state -> target empty (unsure: could be neutral procedure)")
row(d, "Prosecutor General Augustin Lazar said the decree had been adopted without the consultation the law requires and in defiance of a negative opinion from the CSM.",
    "Romania", "condemning", "negative", "", "accuses the government of breaking procedure; same state -> target empty")
row(d, "Justice Minister Florin Iordache told a news conference that the ordinance merely carried out Constitutional Court decisions and would help relieve overcrowded prisons, and he rejected calls for his resignation.",
    "Romania", "neutral", "negative", "", "defence of his own act and rejection of calls to resign = denial-like: neutral, negative")
row(d, "Liviu Dragnea, leader of the ruling Social Democratic Party (PSD) and speaker of the Chamber of Deputies, accused the president of setting the street against a government that had won the December election by a wide margin.",
    "Social Democratic Party (Romania)", "condemning", "negative", "Romania", "Dragnea = PSD (actors.csv); accusation against the president")
row(d, "Dragnea, who already has a suspended sentence for vote-rigging, is on trial in a separate abuse-of-office case; critics say he would be among those to benefit from the decree, which he denies.",
    "Social Democratic Party (Romania)", "neutral", "negative", "", "his denial in the final clause = neutral, negative; 'critics' are unnamed")
row(d, "Late on Tuesday night, at a session that was not on its published agenda, the government adopted an emergency ordinance that decriminalises abuse of office where the damage is below 200,000 lei (about €44,000), along with a draft law on pardons that now goes to parliament.",
    "Romania", "neutral", "neutral", "", "the government's act reported as done (domestic measure, no target)")

# ---------------- page 6: Bulgarian daily (presidency raid, Rosenets) ----------------
d = P6
row(d, "President Rumen Radev on Saturday called on Prime Minister Boyko Borissov's government and Prosecutor-General Ivan Geshev to step down, saying in a televised address that both had lost the trust of a nation that had been filling the squares for three nights.",
    "Bulgaria", "condemning", "negative", "", "head of state = Bulgaria; demand for resignation + lost trust = judgement of the state's own government and prosecutor -> target empty (as in the Kovesi page)")
row(d, "\"A government that sends armed men into the presidency and bodyguards onto a public beach has stopped serving the people. The only honourable thing left for it, and for the prosecutor-general, is to go,\" Radev said.",
    "Bulgaria", "condemning", "negative", "", "two-sentence quote closed by its speaker; judgement")
row(d, "He said he had chosen to speak because the institutions meant to check the executive had been turned against the citizens they were supposed to protect.",
    "Bulgaria", "condemning", "negative", "", "'He' = Radev; judgement of the state's institutions")
row(d, "GERB, Borissov's party, said in a statement that the president was using the protests to take control of every branch of the state and was behaving as the leader of an opposition party rather than as head of state.",
    "GERB", "condemning", "negative", "Bulgaria", "ruling party as a body accusing the president (Bulgaria)")
row(d, "Borissov, speaking in a video posted on his Facebook page, said he would not resign and that the president should look to his own staff first.",
    "Bulgaria", "condemning", "negative", "", "prime minister = Bulgaria; refusal + blame of the president's staff; same state -> target empty")
row(d, "\"The service that guards Dogan answers to the presidency, not to me. Let him explain who sent those men to the beach,\" Borissov said.",
    "Bulgaria", "condemning", "negative", "", "shifts the blame to the presidency; same state -> target empty; Dogan is only mentioned")
row(d, "He said early elections in the middle of the pandemic, with the budget under strain, would cost the country far more than any protest.",
    "Bulgaria", "neutral", "negative", "", "argument against early elections, no judgement of an actor")
row(d, "Ivanov said he had filed notice of Saturday's gathering days in advance and accused the authorities of letting the MRF take the beach first.",
    "Democratic Bulgaria", "condemning", "negative", "", "coalition leader = Democratic Bulgaria; accusation aimed at the authorities and the MRF together -> target empty")
row(d, "\"The state stood aside and let a party decide who may set foot on a Bulgarian beach. That is exactly what people in Sofia are protesting about,\" Ivanov said.",
    "Democratic Bulgaria", "condemning", "negative", "", "judgement of the state and a party together -> target empty")
row(d, "The regional police directorate said its officers had separated the two groups to prevent clashes, and that access to the beach was opened shortly after 1 p.m.",
    "Bulgaria", "neutral", "neutral", "", "police = state; account of its own operation")
row(d, "In the evening, the interior ministry said the head of the Burgas regional police had handed in his resignation.",
    "Bulgaria", "neutral", "neutral", "", "fact")
row(d, "MRF chairman Mustafa Karadayi said the party's founder had never asked for the guards and would not complain about losing them.",
    "Movement for Rights and Freedoms", "neutral", "neutral", "", "party chairman = party; no judgement")
row(d, "Korneliya Ninova, leader of the opposition Bulgarian Socialist Party (BSP), said her party would table a motion of no confidence in the government next week.",
    "Bulgarian Socialist Party", "condemning", "negative", "Bulgaria", "no-confidence motion = a measure against the government")
row(d, "\"This cabinet has run out of time and out of excuses,\" Ninova said.",
    "Bulgarian Socialist Party", "condemning", "negative", "Bulgaria", "judgement of the cabinet")
row(d, "Interior Minister Mladen Marinov told Nova TV that police had acted lawfully during Friday night's protest in Sofia and that any officer who had overstepped his powers would be investigated.",
    "Bulgaria", "neutral", "neutral", "", "Marinov = Bulgaria (actors.csv); reassurance about own conduct + procedure")
row(d, "Geshev, who ordered Thursday's searches, said on Friday he would not bow to the street.",
    "Bulgaria", "neutral", "negative", "", "prosecutor-general = state office; refusal to resign, no judgement of an actor")
row(d, "\"I will not resign because a crowd demands it. The prosecution answers to the law, not to squares or palaces,\" Geshev told bTV.",
    "Bulgaria", "neutral", "negative", "", "defiant refusal; 'palaces' hints at the presidency but no judgement is stated (unsure)")
row(d, "In Brussels, a European Commission spokesperson said on Friday that the Commission was following events in Bulgaria closely and that the independence of the judiciary and the right to peaceful protest had to be respected by everyone.",
    "European Union", "calling_for_talks", "neutral", "", "appeal addressed to everyone, no judgement; Brussels is a place")
row(d, "The U.S. Embassy in Sofia said it supported the right of Bulgarians to protest peacefully and urged all sides to refrain from violence.",
    "United States", "calling_for_talks", "neutral", "", "appeal to all sides to avoid violence (rule 2 before the support for the right to protest)")
row(d, "\"I came because I am tired of being ashamed of the people who run this country,\" said Vesela Petkova, a 34-year-old software tester holding a hand-painted sign outside the Council of Ministers on Saturday evening.",
    "Vesela Petkova", "condemning", "negative", "Bulgaria", "named protester (new actor, invented); judgement of those in power")
row(d, "Kalin Slavkov, a political scientist at New Bulgarian University, said the president had turned a long institutional feud into a contest on the street, and that Borissov had more to lose from it.",
    "Kalin Slavkov", "neutral", "neutral", "", "invented analyst (new actor); analysis")
row(d, "\"Radev is betting that the anger outlasts the summer. Borissov is betting on the holidays,\" Slavkov said.",
    "Kalin Slavkov", "neutral", "neutral", "", "analysis, no judgement")


def visible(path):
    s = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        s = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", s, flags=re.S)
        s = re.sub(r"<head>.*?</head>", " ", s, flags=re.S)
        s = re.sub(r"<[^>]+>", " ", s)
        s = html.unescape(s)
    return re.sub(r"\s+", " ", s)

bad = 0
for r in R:
    t = visible(os.path.join(HERE, r[0]))
    if re.sub(r"\s+", " ", r[1]) not in t:
        print("NOT FOUND:", r[0], r[1][:80]); bad += 1
with open(os.path.join(HERE, "statements.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
    w.writerows(R)
from collections import Counter
print(len(R), "rows;", bad, "not found")
print(Counter(r[0] for r in R))
print(Counter(r[3] for r in R))
