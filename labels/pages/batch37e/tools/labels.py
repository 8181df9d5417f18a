"""Hand labels for the six batch37e pages. Each row: (sentence, actor, stance, sentiment, target, note).
Sentences deliberately left without a row are listed as comments under each page.
Run: python3 tools/labels.py  -> checks every sentence is on its page, then writes statements.csv."""
import csv, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import check, ROOT, norm

C, S, N, T = "condemning", "supporting", "neutral", "calling_for_talks"
neg, neu, pos = "negative", "neutral", "positive"

PAGES = {}

# ---------------------------------------------------------------- 1 Malaysia, wire copy (2016-11-23)
MY = "Malaysia"; MCA = "Maria Chin Abdullah"; BER = "Bersih 2.0"
PAGES["page_malaysia_mariachin_sosma2016_wire.txt"] = [
 ("Malaysia's police chief said on Wednesday that electoral reform campaigner Maria Chin Abdullah was being held under a tough security law because of documents found at her group's office, and not because of the street rally she had helped organise.",
  MY, C, neg, MCA, "dateline excluded; the police chief speaks for the state; defending a detention by pointing to seized 'documents' = a measure plus an accusation -> condemning (unsure: could be read as a neutral justification)"),
 # no row: "Maria, 60, who chairs ..." and "She is being held under ..." (narration, passive arrest)
 ("\"Nobody is in a cell for wearing yellow or for walking down a street. We found material in that office that touches on the security of this country, and my officers will read every page of it before anyone decides what happens next,\" Inspector-General of Police Khalid Abu Bakar told reporters at the airport outside the capital.",
  MY, C, neg, BER, "two-sentence quote closed by its speaker = one unit; denial of a political motive + accusation that the group's office held security-threatening material: the accusation decides; 'that office' = Bersih's"),
 ("Khalid said investigators wanted to establish how the coalition was funded, and repeated an allegation that it had taken money from the Open Society Foundations of U.S. billionaire George Soros, which he accused of backing efforts to bring down governments in other countries.",
  MY, C, neg, "Open Society Foundations", "surname only = the police chief; explicit accusation of the OSF (also implicates the coalition: two possible targets, the explicitly accused one kept); Soros is a possessive, not a speaker"),
 ("The Open Society Foundations said in an emailed statement that its grants in Malaysia had supported voter education and were made in the open, and that any suggestion it was trying to unseat a government was false.",
  "Open Society Foundations", N, neg, "", "denial of the accusation = neutral, negative tone (guide)"),
 ("The police chief rejected reports that Maria was being mistreated, saying a doctor had examined her three times since Friday and that her cell met the standard of any lock-up in the country.",
  MY, N, neg, "", "denial of mistreatment reports = neutral, negative"),
 ("Her lawyers say she is held in solitary confinement in a cell with no window, lit around the clock, and has only a plank to sleep on.",
  MCA, N, neg, "", "lawyers speak for their client (as in earlier batches); conditions described as facts, no explicit judgement in the sentence"),
 ("\"Using a law that was sold to Parliament as a shield against terrorists on a woman who organises peaceful marches is an abuse, plain and simple. Every day she spends in that cell is a day the government cannot explain,\" said Ambiga Sreenevasan, a former Bersih chair who leads her legal team.",
  MCA, C, neg, MY, "her lead lawyer speaks for the client; 'an abuse' = explicit judgement of the government"),
 ("The lawyers filed a habeas corpus application at the Kuala Lumpur High Court on Tuesday, and a hearing is expected next week.",
  MCA, N, neu, "", "a court filing reported as done: procedural step (like a bail request in batch36a), not an appeal for talks (unsure: could be calling_for_talks as a release demand)"),
 ("Deputy Prime Minister Ahmad Zahid Hamidi, who is also home minister, said at the weekend that the police had acted within the law and that more people on their list could be picked up.",
  MY, C, neg, "", "defence of the police + threat of more arrests (a threatened measure) -> condemning; aimed at activists in general -> target empty"),
 ("Communications Minister Salleh Said Keruak said on Monday the rally had been a street show paid for from abroad, and that voters, not marchers, would decide who governs Malaysia.",
  MY, C, neg, BER, "judgement of the Bersih rally as foreign-paid street show"),
 ("The national human rights commission, Suhakam, whose chairman Razali Ismail visited Maria on Tuesday, said she appeared to be in good health, and urged the police to give her a mattress and longer meetings with her lawyers.",
  "Human Rights Commission of Malaysia", T, neu, MY, "appeal to one side with no judgement word -> calling_for_talks (labels/README); health report neutral"),
 ("Lawmakers from the opposition Pakatan Harapan alliance marched from Parliament to police headquarters at Bukit Aman on Tuesday to hand in a memorandum demanding her release and the repeal of SOSMA.",
  "Pakatan Harapan", T, neg, MY, "demand addressed to the government with no judgement in the sentence -> calling_for_talks, negative; Bukit Aman = a place"),
 ("\"A government that is sure of its mandate does not lock a 60-year-old mother of three in a room without a window on the night before a peaceful march,\" veteran opposition leader Lim Kit Siang of the Democratic Action Party said in a statement.",
  "Democratic Action Party", C, neg, MY, "party figure = his party; judgement by contrast, no stock word"),
 ("Former prime minister Mahathir Mohamad, who now leads the new Bersatu party and walked with the marchers on Saturday, said Najib was using the police to shield himself from the scandal.",
  "Bersatu", C, neg, MY, "Mahathir speaks as Bersatu's leader in 2016 (opposition); Najib = head of government -> target Malaysia"),
 ("The president of the Malaysian Bar, Steven Thiru, described the detention as wholly unjustified and said the authorities should stop treating peaceful assembly as a crime.",
  "Malaysian Bar", C, neg, MY, "'wholly unjustified' = judgement; new actor"),
 ("The leader of the pro-government \"red shirt\" counter-movement, Jamal Yunos, was also detained on Friday and remanded for four days, a difference in treatment that Bersih said exposed the bias of the police.",
  BER, C, neg, MY, "Jamal Yunos is only narrated (passive detention, no row); Bersih's judgement of police bias"),
 ("The coalition's acting chairman, Shahrul Aman Mohd Saari, said members would hold candlelight vigils every night in central Kuala Lumpur until she was freed.",
  BER, N, neu, "", "announced plan of vigils; the release demand is implicit -> neutral (unsure: calling_for_talks)"),
 ("He thanked the tens of thousands of Malaysians who had marched on Saturday despite the arrests, saying they had shown the world the peaceful face of the country.",
  BER, S, pos, "", "gratitude and praise for the marchers (not an actor) -> supporting, target empty"),
 ("Abroad, the U.N. human rights office in Geneva said it was troubled by the use of security legislation against a peaceful civil society leader and called on the authorities to release her or charge her promptly under ordinary criminal law.",
  "United Nations", T, neg, MY, "concern + appeal, no judgement word -> calling_for_talks (guide); Geneva = place"),
 ("In Washington, State Department spokesman John Kirby said the United States was following the case closely and was concerned by reports about the conditions of her detention.",
  "United States", N, neg, "", "concern without appeal = neutral, negative (guide); the appeal comes in the next sentence"),
 ("He said U.S. officials had raised the matter with the Malaysian government and encouraged it to respect the right of its citizens to gather peacefully.",
  "United States", T, neu, MY, "diplomatic demarche + encouragement to respect assembly rights = appeal"),
 ("Phil Robertson, deputy Asia director at Human Rights Watch, said the round-up of Bersih activists before the rally showed that Najib's government \"treats peaceful dissent as a threat to national security\".",
  "Human Rights Watch", C, neg, MY, "judgement of the government's conduct"),
 ("Amnesty International said the detention was meant to frighten anyone who questions those in power and that Maria should be freed without conditions.",
  "Amnesty International", C, neg, MY, "judgement (intimidation) + release demand -> rule 1"),
 # no row: "Najib, who denies any wrongdoing over 1MDB, has not commented directly on the arrest." (background; no position on the arrest)
 ("Farid Hashim, a political analyst at a Kuala Lumpur research institute, said the choice of SOSMA had turned a domestic quarrel over electoral reform into an international story.",
  "Farid Hashim", N, neg, "", "invented analyst (new person); analysis, no explicit judgement"),
 ("\"The rally itself passed off without any serious incident. The arrest is what people will remember,\" he said.",
  "Farid Hashim", N, neg, "", "two-sentence quote closed by the speaker; analysis"),
]

# ---------------------------------------------------------------- 2 Cambodia, state agency dispatch (2017-08-23)
KH = "Cambodia"; CD = "Cambodia Daily"
PAGES["page_cambodia_dailytaxbill2017_stateagency.txt"] = [
 ("Samdech Akka Moha Sena Padei Techo Hun Sen, Prime Minister of the Kingdom of Cambodia, has reaffirmed that every company operating in the Kingdom, whether a garment factory, a bank or a newspaper, is bound by the same Law on Taxation, and that no enterprise owned from abroad can expect special treatment on account of the views it publishes.",
  KH, N, neu, "", "dateline 'Phnom Penh, August 23, 2017 AKP -- ' excluded; statement of principle with no named target yet (the Daily comes in the next sentence) -> neutral"),
 ("In his address yesterday, the Premier said that The Cambodia Daily, which according to the General Department of Taxation owes more than 6.3 million U.S. dollars in taxes, penalties and interest accumulated over ten years, now had a simple choice between settling the amount by the deadline and closing its doors.",
  KH, C, neg, CD, "'the Premier' = Hun Sen; ultimatum = condemning (guide)"),
 ("Samdech Techo added that the newspaper had for years presented itself as a charity while drawing income from advertising and subscriptions, and that this arrangement amounted to dodging the duties which Cambodian businesses pay every month.",
  KH, C, neg, CD, "accusation of evading taxes"),
 ("The Head of the Royal Government also stressed that the review of tax compliance he had ordered earlier this month applied to all non-governmental organisations and media companies without exception, and that it was in no way aimed at silencing critics ahead of next year's national election.",
  KH, N, neg, "", "denial of a political motive = neutral, negative"),
 ("Samdech Techo further warned that the Royal Government would not permit any foreign-funded group to set up a so-called \"situation room\" to pass judgement on the conduct of the 2018 election, saying that such bodies served the agenda of an opposition party rather than the interests of the voters.",
  KH, C, neg, "", "warning/ban + judgement of the monitoring groups; the groups are not canonical and the opposition party is only alluded to -> target empty"),
 # no row: photo caption
 ("H.E. Kong Vibol, Delegate of the Royal Government in charge of the General Department of Taxation of the Ministry of Economy and Finance, said that the Department had sent its assessment to the publishing company, Bernard Krisher Jimusho Co., Ltd., on 4 August and had given it thirty days to pay.",
  KH, N, neu, "", "tax department = the state; dates and procedure = facts"),
 ("H.E. Kong Vibol explained that if the amount was not paid in full by 4 September 2017, the Department would have no choice under the Law on Taxation but to freeze the company's accounts, seize its assets and suspend its operations.",
  KH, C, neg, CD, "threatened measures (freeze, seizure, suspension) = condemning (guide), even in procedural words"),
 ("He said that the company's requests to have the assessment cancelled had been examined and rejected, since the new owner had taken over the debts of the previous owner together with the business.",
  KH, N, neu, "", "administrative decision with a legal reason, no judgement -> neutral"),
 ("The Delegate rejected allegations carried by some foreign media that the Department was acting on political instructions, stating that the Department's only mission was to collect the revenue that the national budget needs for roads, schools and hospitals.",
  KH, N, neg, "", "denial = neutral, negative; 'foreign media' not actors"),
 ("H.E. Phay Siphan, Secretary of State and Spokesman of the Royal Government, told AKP that the statement issued yesterday by the Embassy of the United States of America in Phnom Penh, which questioned the fairness of the tax process, was an interference in the internal affairs of the Kingdom of Cambodia and showed a lack of respect for its laws.",
  KH, C, neg, "United States", "'interference in internal affairs', 'lack of respect' = judgement of the US embassy; AKP only carries the remark"),
 ("H.E. Phay Siphan, Secretary of State and Spokesman of the Royal Government, told AKP that the statement issued yesterday by the Embassy of the United States of America in Phnom Penh, which questioned the fairness of the tax process, was an interference in the internal affairs of the Kingdom of Cambodia and showed a lack of respect for its laws.",
  "United States", C, neg, KH, "second actor of the sentence: the embassy's reported position ('questioned the fairness') = a negative judgement of the process (unsure: mild; could be neutral concern)"),
 ("According to the Embassy's statement, Washington was concerned that the tax assessment had been made public before any audit had taken place and called on the Royal Government to follow a transparent process.",
  "United States", T, neg, KH, "concern + appeal for due process, no judgement word -> calling_for_talks; Washington = capital metonym"),
 ("The Spokesman said that Cambodia was a sovereign state governed by the rule of law, and that the door of the General Department of Taxation remained open to the newspaper's representatives should they wish to discuss the assessment through the proper channels.",
  KH, T, neu, CD, "offer to discuss (door open) = offering talks -> calling_for_talks (labels/README: offering talks, even conditional)"),
 ("H.E. Khieu Kanharith, Minister of Information, said that the Kingdom counted hundreds of newspapers, magazines, radio and television stations and online outlets, many of them openly critical of the Royal Government, which he said was the clearest proof that freedom of the press was fully respected in Cambodia.",
  KH, N, pos, "", "self-praise / reassurance about own conduct = neutral, positive (labels/README)"),
 ("The Minister also confirmed that the Ministry had asked a number of FM radio stations to stop relaying the programmes of foreign broadcasters that had not complied with their licence conditions, stressing that the measure concerned the terms of their contracts and not the content of the programmes.",
  KH, C, neu, "", "a measure taken against stations and foreign broadcasters (none canonical) -> condemning in procedural words, neutral tone (as blind42a did for an expulsion with procedural words); unsure: could be neutral"),
 ("In a separate development, H.E. Chum Sounry, Spokesman of the Ministry of Foreign Affairs and International Cooperation, announced that the Ministry had ordered the National Democratic Institute to cease its activities in Cambodia and its foreign staff to leave the country within seven days, after finding that the organisation had been operating without registration under the Law on Associations and Non-Governmental Organisations.",
  KH, C, neu, "National Democratic Institute", "closure order and expulsion of staff = taken measure -> condemning; procedural reason, neutral tone"),
 ("The publisher of The Cambodia Daily, Ms. Deborah Krisher-Steele, has claimed in remarks to foreign media that the tax figure was arbitrary and that the newspaper was being punished for its reporting, and has asked for a proper audit to be carried out.",
  CD, C, neg, KH, "publisher speaks for the paper; 'arbitrary', 'punished for its reporting' = judgement; the audit request does not undo rule 1; the agency's 'has claimed' is framing"),
 ("She has also said that the newspaper operated as a non-profit before she bought the company from her father earlier this year, and that his contributions to schools and hospitals in Cambodia should be taken into account.",
  CD, N, neu, "", "facts and an argument about the assessment, no judgement"),
 ("H.E. Sok Eysan, Spokesman of the Cambodian People's Party, said that the ruling party fully supported the measures of the Royal Government to enforce the tax law, which he said had already raised state revenue to record levels.",
  "Cambodian People's Party", S, pos, KH, "ruling party backing the government's measures"),
 ("The opposition Cambodia National Rescue Party, through its spokesman Mr. Yim Sovann, has accused the Royal Government of using taxes as a weapon against independent voices, a claim which H.E. Phay Siphan described as baseless and politically motivated.",
  "Cambodia National Rescue Party", C, neg, KH, "accusation by the opposition party"),
 ("The opposition Cambodia National Rescue Party, through its spokesman Mr. Yim Sovann, has accused the Royal Government of using taxes as a weapon against independent voices, a claim which H.E. Phay Siphan described as baseless and politically motivated.",
  KH, C, neg, "Cambodia National Rescue Party", "the government spokesman's rebuttal: 'baseless' alone would be a denial, 'politically motivated' judges the CNRP -> condemning"),
 ("International press groups, among them the Paris-based Reporters Without Borders, have also called the tax demand a pretext, remarks which the Spokesman of the Royal Government said had been made without any knowledge of Cambodian law.",
  "Reporters Without Borders", C, neg, KH, "'a pretext' = judgement; only RSF is named among the 'press groups'"),
 ("International press groups, among them the Paris-based Reporters Without Borders, have also called the tax demand a pretext, remarks which the Spokesman of the Royal Government said had been made without any knowledge of Cambodian law.",
  KH, C, neg, "Reporters Without Borders", "dismissal that disparages the critics' competence = judgement (unsure: could be read as a denial, neutral); target RSF, the one named critic"),
 ("Dr. Chan Sovannara, a lecturer in public finance at a private university in Phnom Penh, told AKP that companies owned from abroad had long benefited from weak enforcement, and that the stricter collection of taxes was the sign of a maturing state which deserved the support of every citizen.",
  "Chan Sovannara", S, pos, KH, "invented commentator (new person); praise of the government's tax drive"),
]

# ---------------------------------------------------------------- 3 Afghanistan, UN noon briefing (2016-08-25)
UN = "United Nations"; AF = "Afghanistan"; PK = "Pakistan"; AUAF = "American University of Afghanistan"
PAGES["page_afghanistan_auaf_attack2016_noonbriefing.txt"] = [
 # no row: "Good afternoon." / "I will start with a statement ..." (introduction)
 ("The Secretary-General strongly condemns yesterday's assault on the American University of Afghanistan in Kabul, in which at least 13 people, most of them students, were killed and dozens more were wounded.",
  UN, C, neg, "", "no group had claimed the attack -> target empty; the university is the victim, not the target of the stance"),
 ("Deliberately attacking students and teachers in their classrooms is a crime that can never be justified, and those who planned and carried it out must be brought to justice.",
  UN, C, neg, "", "continuation of the SG statement; judgement + accountability demand -> rule 1"),
 ("He extends his deepest condolences to the families of the victims and to the Government and people of Afghanistan, and wishes a full and swift recovery to the injured.",
  UN, S, neg, AF, "condolences to the government and people = supporting, grief in tone"),
 ("The Secretary-General reaffirms the commitment of the United Nations to stand with Afghans as they build a peaceful future, one in which young women and men can study without fear.",
  UN, S, pos, AF, "solidarity / commitment to stand with Afghans = supporting"),
 # no row: "The UN Assistance Mission in Afghanistan (UNAMA) also issued a statement today." (lead-in)
 ("The Mission's acting head, Deputy Special Representative Pernille Kardel, said the Mission was appalled that gunmen had chosen students at their lectures as their target, and that nothing could excuse such an attack.",
  UN, C, neg, "", "UNAMA = United Nations; 'nothing could excuse' = judgement; attackers unknown"),
 ("UNAMA says that, according to its initial information, the attack began with a vehicle bomb at the university's gate, after which at least two gunmen entered the campus, and that most of the dead were students.",
  UN, N, neu, "", "facts given by the mission"),
 ("Ms. Kardel said the Mission would keep supporting Afghanistan's universities, and she paid tribute to the students who had kept up their studies through years of conflict.",
  UN, S, pos, AF, "continued support + tribute = supporting"),
 ("The Director-General of UNESCO, Irina Bokova, also condemned the attack, calling it an attack on education itself and on the teachers and students who keep Afghan classrooms open.",
  "UNESCO", C, neg, "", "UNESCO is its own actor in the name files"),
 ("Turning to Italy, the Secretary-General was saddened to learn of the loss of life and the destruction caused by the earthquake that struck central Italy early yesterday.",
  UN, N, neg, "", "second topic of the briefing (Amatrice earthquake); sorrow without support or appeal = neutral, negative; the condolences follow"),
 ("He offers his condolences to the families of those who were killed and to the Government and people of Italy, and says that the United Nations stands ready to help if needed.",
  UN, S, neg, "Italy", "condolences + offer of help = supporting"),
 ("President Ashraf Ghani's office said this morning that initial information pointed to the attack having been organized from across the border in Pakistan, and that the President had telephoned the Pakistani army chief, General Raheel Sharif, to demand action against the groups responsible.",
  AF, C, neg, PK, "journalist's question reporting the Afghan presidency's position = Afghanistan's statement (labels/README, 27th session); accusation that the attack was organised from Pakistan + demand to its army chief"),
 ("Mr. Ghani has also promised more Government money for the protection of schools and universities.",
  AF, N, pos, "", "plan/pledge about own security spending = neutral"),
 # no row: "Does the Secretary-General share the Afghan assessment?" (the question itself)
 ("I'm not going to get ahead of the investigation, which the Afghan authorities are carrying out, and we'll wait for its results.",
  UN, N, neu, "", "'Deputy Spokesman: ' prefix excluded; declines to judge = neutral"),
 ("What I can say is that the Secretary-General has consistently called on all countries in the region to work together against terrorism, and he would hope that such cooperation can deepen after an attack like this one.",
  UN, T, pos, "", "appeal/hope for regional cooperation, no judgement -> calling_for_talks (unsure: cooperation against terrorism is not strictly a peace appeal)"),
 ("Pakistan's Foreign Office condemned the attack last night.",
  PK, C, neg, "", "reported in the question; condemnation of the attack, perpetrators unknown"),
 ("Its spokesman also said today that Pakistan rejects any attempt to blame it for violence inside Afghanistan.",
  PK, N, neg, "", "'its' = the Foreign Office; denial = neutral, negative"),
 # no row: "Any comment?" / "We've seen the statements from both Governments." (no position)
 ("We welcome the condemnation from all sides, and we encourage Kabul and Islamabad to keep talking to each other, especially at a time like this.",
  UN, T, pos, "", "welcome + appeal for dialogue, no judgement -> calling_for_talks (labels/README: welcome with a peace appeal); Kabul and Islamabad = two capitals as metonyms -> target empty"),
 ("The Taliban spokesman told reporters his movement was still looking into what happened and did not claim it.",
  "Taliban", N, neu, "", "no claim, no judgement = neutral"),
 ("As far as we're aware, no group has claimed responsibility so far.",
  UN, N, neu, "", "fact"),
 ("The US Embassy in Kabul said American military advisers had helped Afghan special forces clear the campus overnight.",
  "United States", S, neu, AF, "backing by act (advisers helped Afghan forces) = supporting; plain wording"),
 ("The embassy also called the attack a cowardly assault on Afghanistan's future.",
  "United States", C, neg, "", "'cowardly assault' = judgement; attackers unknown"),
 # no row: "Were any UN staff among the victims?" (question)
 ("We have no reports of any UN staff among the casualties, but we are checking with our colleagues on the ground.",
  UN, N, neu, "", "fact"),
 # no row: narration in the question about the abducted teachers
 ("We call for the immediate and unconditional release of the two teachers and of all civilians who are being held hostage in Afghanistan.",
  UN, T, neg, "", "release demand with no judgement word -> calling_for_talks; kidnappers unknown -> target empty"),
 ("Beyond that, I have no information to share.",
  UN, N, neu, "", "no information = neutral (like 'I have nothing to announce' in earlier briefings)"),
 ("The university's president, Mark English, said classes would resume as soon as the campus was safe and that the attackers would not succeed in closing the school.",
  AUAF, N, pos, "", "university president speaks for it (new actor); plan + defiance without a judgement word -> neutral, positive"),
 ("UNAMA is in touch with the university and with the Ministry of Higher Education, and the Mission has said it is ready to help in whatever way is useful, including with care for the wounded.",
  UN, S, pos, AUAF, "offer of help = supporting; target the university (also the Afghan ministry: the university is the one the question is about)"),
 ("That's for the Council members, and I understand they are discussing a press statement.",
  UN, N, neu, "", "procedure"),
 # no row: "You'll have to check with the presidency." (referral)
 ("We'll have more to say on his travel in the coming days.",
  UN, N, neu, "", "off-topic plan, neutral"),
]

# ---------------------------------------------------------------- 4 Sri Lanka, MFA press releases (2024-01-26 .. 2024-02-02)
LK = "Sri Lanka"; AIC = "Asia Internet Coalition"
PAGES["page_srilanka_onlinesafetyact2024_mfa.html"] = [
 ("The Online Safety Bill was certified by the Speaker of Parliament, Hon. Mahinda Yapa Abeywardena, on 1 February 2024 and has thereby become the Online Safety Act, No. 9 of 2024.",
  LK, N, neu, "", "the Ministry states the Speaker's act = fact given by the state"),
 ("The Ministry has noted the statement issued by the Asia Internet Coalition, whose members include several global technology companies, warning that the law could deter investment in Sri Lanka's digital economy and calling on the Government to pause its implementation.",
  AIC, T, neg, LK, "reported position of the AIC (new actor): warning + appeal to pause, no judgement word -> calling_for_talks; 'has noted' is no position of Sri Lanka"),
 ("The Government values its partnership with the technology sector and will invite the Coalition and its members to consultations on the rules and codes of practice to be issued under the Act.",
  LK, T, pos, AIC, "offer of consultations = calling_for_talks"),
 ("At the same time, the Ministry considers it unfortunate that claims circulated abroad have presented a law against online fraud and abuse as a law against free speech, and urges all partners to judge the Act by the manner of its implementation.",
  LK, C, neg, "", "'unfortunate' aimed at the critics' claims = judgement (like 'regrettable') -> condemning, rule 1 over the appeal; critics unnamed/several -> target empty"),
 ("Sri Lanka remains committed to its obligations under the International Covenant on Civil and Political Rights and will continue its constructive engagement with the United Nations human rights mechanisms.",
  LK, N, pos, "", "reassurance about own conduct = neutral, positive"),
 ("The Ministry of Foreign Affairs has taken note of the message posted on social media on 25 January 2024 by the Ambassador of the United States of America to Sri Lanka, Julie Chung, expressing concern over the possible impact of the Online Safety Bill passed by Parliament on 24 January 2024.",
  "United States", N, neg, "", "reported position of the US ambassador: concern without appeal = neutral, negative; 'has taken note' is no position of Sri Lanka"),
 ("In the same message, the Ambassador called for the law to be applied openly and without restricting legitimate public debate.",
  "United States", T, neu, LK, "appeal, no judgement"),
 ("The Ministry is also aware of comments to the same effect made by the High Commissions of Canada and Australia.",
  "Canada", N, neg, "", "states acting as a list, one row each; 'to the same effect' = the concern of the previous sentences, no appeal of their own stated -> neutral, negative; the Ministry's awareness is no position"),
 ("The Ministry is also aware of comments to the same effect made by the High Commissions of Canada and Australia.",
  "Australia", N, neg, "", "second listed state"),
 ("The Ministry wishes to clarify that the legislation was drafted to protect citizens, in particular women and children, from online fraud, harassment, child sexual abuse material and statements that threaten public order, harms which have grown sharply in recent years.",
  LK, N, neu, "", "explanation of purpose"),
 ("The Bill was revised to incorporate the amendments set out in the determination of the Supreme Court, and was adopted after extensive debate in Parliament, in keeping with the democratic processes of the country.",
  LK, N, pos, "", "self-justification / praise of own process = neutral, positive"),
 ("The Government categorically rejects the suggestion that the law is intended to target journalists, political opponents or civil society, and reiterates that the freedom of expression guaranteed under the Constitution remains fully protected.",
  LK, N, neg, "", "denial = neutral, negative"),
 ("The Ministry regrets that some international organisations have chosen to characterise the legislation without taking into account the Supreme Court's determination or the amendments adopted at the Committee Stage.",
  LK, C, neg, "", "'regrets' aimed at critics = judgement (labels/README) -> condemning; several unnamed organisations -> target empty"),
 ("Human Rights Watch, for instance, had said on the eve of the vote that the Bill would hand the authorities sweeping powers to punish speech.",
  "Human Rights Watch", C, neg, LK, "reported position of HRW: negative judgement of the bill"),
 ("The Government remains ready to engage constructively with all partners, including technology companies and civil society, as the regulations under the Act are drawn up.",
  LK, T, pos, "", "offer of engagement = calling_for_talks"),
 # release of 25 January: no row for "Minister of Foreign Affairs ... held talks on 25 January 2024 with ..." and "The Ministers reviewed ..." (a meeting listed in narrative, labels/README)
 ("Minister Sabry briefed Lord Ahmad on the Online Safety Bill passed by Parliament the previous day, explaining that the law had been drafted to protect citizens from online fraud and abuse, and that it drew on the experience of countries such as Singapore and the United Kingdom.",
  LK, N, neu, "", "explanation of the law; Singapore and the UK are objects, not speakers"),
 ("Lord Ahmad conveyed the concerns of the United Kingdom about the possible impact of the law on freedom of expression and on the growth of the digital economy.",
  "United Kingdom", N, neg, "", "UK minister of state = the UK; concern without appeal = neutral, negative"),
 ("The Foreign Minister stated that the Government was willing to consider further amendments, in consultation with stakeholders, should practical difficulties arise in implementing the law.",
  LK, T, pos, "", "conditional offer to amend in consultation = calling_for_talks"),
 ("Lord Ahmad welcomed the steps taken by Sri Lanka towards economic stabilisation and reaffirmed the United Kingdom's support for the country's recovery.",
  "United Kingdom", S, pos, LK, "welcome + support = supporting"),
 ("Minister Sabry thanked the United Kingdom for its continued support to Sri Lanka's economic recovery.",
  LK, S, pos, "United Kingdom", "gratitude = supporting"),
 ("Both sides agreed to keep in close contact on the implementation of the Act and on other matters of mutual interest.",
  LK, T, neu, "United Kingdom", "'both sides' = one row each; agreeing to continued dialogue = calling_for_talks"),
 ("Both sides agreed to keep in close contact on the implementation of the Act and on other matters of mutual interest.",
  "United Kingdom", T, neu, LK, "second side of the same agreement"),
]

# ---------------------------------------------------------------- 5 Philippines, live blog (2023-03-04)
PH = "Philippines"
PAGES["page_philippines_degamo_killing2023_liveblog.html"] = [
 ("Justice Secretary Jesus Crispin Remulla said the Department of Justice had sent a team of prosecutors to Negros Oriental to help build the case from the start, so that whoever ordered the attack could be charged together with the gunmen.",
  PH, N, neu, "", "procedural step of the state's own investigation; perpetrators unknown (unsure: could be read as an announced measure against them -> condemning)"),
 ("\"This was an execution carried out with military precision, and it will not be handled like an ordinary crime,\" Remulla told reporters.",
  PH, C, neg, "", "surname only = the justice secretary; 'an execution' = judgement of the attack"),
 ("Bishop Julito Cortes of Dumaguete asked the faithful of the province to pray for the victims and urged residents not to let their anger over the killing turn into more bloodshed.",
  "Julito Cortes", T, neg, "", "bishop of a diocese, not the CBCP -> new person; appeal for calm, no judgement"),
 ("My heartfelt condolences to the family of Governor Roel Degamo and to all the families in Pamplona who lost a loved one today.",
  "Sara Duterte", S, neg, "", "embedded Facebook post; the page-name prefix 'Inday Sara Duterte: ' is excluded; condolences to families (not actors) -> supporting, target empty"),
 ("May they find strength in their faith.",
  "Sara Duterte", S, pos, "", "continuation of the same post; wish for the families"),
 ("The Philippine National Police said three suspects, two of them former Army soldiers, were arrested in Barangay Kansumalig in Bayawan City, where three getaway vehicles had been found abandoned.",
  PH, N, neu, "", "police = the state; arrests and facts"),
 ("PNP chief General Rodolfo Azurin Jr. said a special investigation task group had been formed and that more arrests were expected within days.",
  PH, N, neu, "", "plan and procedure"),
 ("\"We have names, and we are closing in,\" Azurin told a briefing at Camp Crame.",
  PH, C, neg, "", "warning aimed at the perpetrators = threat -> condemning (unsure: could be neutral progress report); Camp Crame = place"),
 ("The Philippine Army said the two former soldiers among the suspects had left the service years ago and that the military would give investigators full access to their records.",
  PH, N, neu, "", "army speaks for the state; facts + cooperation"),
 ("The Commission on Human Rights condemned the attack as a brazen assault on the rule of law and on the poor families who had come to the governor's house for aid, and said it had opened its own investigation.",
  "Commission on Human Rights (Philippines)", C, neg, "", "existing actor; explicit condemnation"),
 ("Senator Risa Hontiveros said the killing showed that private armies still roam the provinces, and called on the government to dismantle them before the next elections.",
  "Akbayan", C, neg, "", "Hontiveros is an alias of Akbayan in actors.csv; judgement of private armies + appeal -> rule 1; no canonical target"),
 ("Senate President Juan Miguel Zubiri called the killing an act of terror against a duly elected leader and said the chamber would look into the recent string of attacks on local officials.",
  PH, C, neg, "", "Senate = organ of the state; 'act of terror' = judgement"),
 # no row: "The U.S. Embassy in Manila also reacted." (lead-in)
 ("We are deeply saddened by the killing of Negros Oriental Governor Roel Degamo and the civilians with him.",
  "United States", N, neg, "", "embedded post, handle prefix excluded; sorrow without support or appeal = neutral, negative"),
 ("The United States stands with the people of Negros Oriental and the Philippines at this difficult time.",
  "United States", S, neg, PH, "solidarity = supporting, grief context"),
 ("Interior and Local Government Secretary Benhur Abalos ordered the police to track down the gunmen and to review the security of every local official who has reported threats.",
  PH, C, neg, "", "manhunt ordered = announced operation against the attackers -> condemning; attackers unknown"),
 ("We extend our deepest sympathy to the family of Gov. Roel Degamo and to the families of all the victims in Pamplona.",
  PH, S, neg, "", "DILG post; sympathy to families (not actors) = supporting, target empty"),
 ("I condemn without reservation the killing of Governor Roel Degamo and of the civilians who were with him this morning.",
  PH, C, neg, "", "President's X post = Philippines; handle prefix excluded"),
 ("To those who did this and to those who sent them: the full force of the law is coming for you.",
  PH, C, neg, "", "threat to the perpetrators = condemning"),
 ("In a separate statement, President Ferdinand Marcos Jr. said he had instructed all agencies to treat the case as a priority and that investigators were already following strong leads.",
  PH, N, neu, "", "instructions and progress = plan/procedure"),
 ("Pamplona Mayor Janice Degamo, the governor's wife, confirmed his death in a video posted on his official Facebook page, and said he had been meeting beneficiaries of a government aid programme when the gunmen arrived.",
  "Janice Degamo", N, neg, "", "she speaks as the widow/family, not for the state -> new person (unsure: as a mayor she could resolve to the Philippines); facts"),
 ("\"He was doing what he always did, listening to people who came to him for help, and they shot him at his own gate. I ask the national government not to let this case go cold,\" she said in Cebuano.",
  "Janice Degamo", T, neg, PH, "two-sentence quote closed by the speaker; grief + appeal to the national government for a full investigation, no judgement word -> calling_for_talks"),
 ("The Police Regional Office 7 said a group of about six armed men in military-style uniforms opened fire on the governor outside his residence in Barangay San Isidro at about 9:40 a.m., and fled in several vehicles.",
  PH, N, neu, "", "regional police = the state; facts"),
 ("Regional police spokesman Lt. Col. Gerard Ace Pelare said the governor had a security detail and had received threats in the months before the attack.",
  PH, N, neg, "", "facts"),
 # no row: "Degamo won back the governorship in October 2022 ..." (background narration)
 ("Teodoro Alcaraz, a political science professor at a university in Dumaguete, said the attack fitted a long pattern of violence tied to bitter local rivalries, and that the relative calm since the 2022 elections had been misleading.",
  "Teodoro Alcaraz", N, neg, "", "invented analyst (new person); analysis, no explicit judgement"),
 # no row: "Reports are coming in ..." (newsroom narration)
]

# ---------------------------------------------------------------- 6 China, Hong Kong daily scraped (2016-01-27)
CN = "China"; PD = "Peter Dahlin"; CU = "Chinese Urgent Action Working Group"; SE = "Sweden"
PAGES["page_china_dahlin_expulsion2016_dailyscrape.txt"] = [
 ("China has deported Peter Dahlin, the Swedish co-founder of a legal aid group who appeared on state television last week admitting to crimes against the state, the foreign ministry in Beijing confirmed yesterday.",
  CN, C, neu, PD, "expulsion = taken measure -> condemning, stated plainly; 'the foreign ministry in Beijing' = China"),
 ("Foreign ministry spokeswoman Hua Chunying told the regular briefing that Dahlin had been expelled on Monday because he was suspected of funding activities that endangered China's national security, and that the case had been handled in strict accordance with the law.",
  CN, C, neg, PD, "accusation + expulsion"),
 ("\"China is a country ruled by law. Foreigners in China must respect Chinese law, and those who break it will be dealt with according to law, whatever their nationality,\" Hua said.",
  CN, C, neg, "", "two-sentence quote; a general warning to foreigners (threat) -> condemning, no single target (unsure: could be read as a neutral statement of principle)"),
 ("She said the Swedish side had been kept informed in line with the consular agreement between the two countries.",
  CN, N, neu, "", "procedure; 'the Swedish side' is an object"),
 # no row: "She declined to say whether ..." (no position); "Dahlin, 35, was detained ..." (narration)
 ("His Chinese girlfriend, Pan Jinling, was detained with him and has since been released, according to his colleagues.",
  CU, N, neu, "", "'his colleagues' = his organisation; fact"),
 ("In Stockholm, Foreign Minister Margot Wallström said she was relieved that Dahlin was back in Sweden and that her government would keep pressing Beijing for answers about another Swedish citizen who is being held in China.",
  SE, T, pos, CN, "relief + continued diplomatic pressure for answers = calling_for_talks; Stockholm = place, Beijing = China"),
 ("Last Friday the Swedish embassy in Beijing had said it was gravely worried about the case, noting that consular staff had been allowed to see Dahlin only once.",
  SE, N, neg, "", "concern without appeal = neutral, negative"),
 ("Speaking to Swedish public radio after landing in his home city, Dahlin said his thoughts were with the Chinese colleagues who were still locked up.",
  PD, N, neg, "", "new person; concern for colleagues, no appeal"),
 ("He said he owed a great deal to the Swedish diplomats in Beijing who had followed his case.",
  PD, S, pos, SE, "gratitude to Sweden's diplomats = supporting"),
 ("In the CCTV segment broadcast on January 19, a pale Dahlin apologised for breaking Chinese law and for the harm his work had done to the government.",
  PD, N, neg, "", "the televised 'confession' reported: an apology about his own conduct, no judgement of another actor -> neutral (unsure: widely seen as coerced; could be left without a row)"),
 ("Xinhua, citing the Ministry of Public Security, said at the time that his group had been running an illegal organisation that trained and paid unlicensed \"black lawyers\" and sponsored activities that jeopardised state security.",
  CN, C, neg, CU, "agency quoting a ministry = the ministry's state (Xinhua itself is not an actor); accusation"),
 ("The Chinese Urgent Action Working Group has rejected the charges out of hand and said the televised statement bore every sign of having been scripted by his interrogators.",
  CU, C, neg, CN, "rejection + accusation of a scripted confession: the accusation decides (rule 1)"),
 ("\"Peter spent years helping ordinary Chinese people find a lawyer. That is what Beijing now calls a threat to national security,\" Michael Caster, a co-founder of the group who lives in the United States, said in an email.",
  CU, C, neg, CN, "co-founder speaks for the group; sarcastic judgement of Beijing (= China)"),
 ("\"We are glad he is free. We will not be glad until Wang Quanzhang and the others are free too,\" he added.",
  CU, T, neg, CN, "release demand for the remaining detainees with no judgement word -> calling_for_talks; relief then insistence, negative overall"),
 # no row: "Wang, a Beijing human rights lawyer ..." (narration)
 ("Amnesty International's China researcher William Nee said forced confessions on state television made a mockery of the right to a fair trial, and urged Beijing to stop parading detainees before they had ever seen a judge.",
  "Amnesty International", C, neg, CN, "judgement + appeal -> rule 1"),
 ("Human Rights Watch said Dahlin's case showed that foreigners who work with Chinese rights defenders now risk the same arbitrary treatment as the defenders themselves.",
  "Human Rights Watch", C, neg, CN, "'arbitrary treatment' = judgement"),
 ("Reporters Without Borders last week asked the European Union to consider sanctions against Chinese officials and state media executives responsible for broadcasting forced confessions.",
  "Reporters Without Borders", C, neg, CN, "call for sanctions = condemning (labels/README); the EU is addressed, not the target"),
 ("A spokesperson for the European External Action Service said in Brussels that the EU had raised the cases of detained lawyers and activists with the Chinese authorities and expected them to respect the rights of all detainees, foreign nationals included.",
  "European Union", T, neu, CN, "EEAS = European Union; demarche + expectation to respect rights = appeal, no judgement"),
 ("In Washington, State Department spokesman John Kirby said the United States was troubled by the growing use of televised confessions in China and by the treatment of human rights lawyers.",
  "United States", N, neg, "", "concern without appeal = neutral, negative"),
 ("Lam Ka-wai, a lecturer in Chinese politics at a Hong Kong university, said the expulsion allowed Beijing to close an embarrassing case quickly while still sending a warning to foreign non-governmental groups.",
  "Lam Ka-wai", N, neg, "", "invented analyst (new person); analysis"),
 # no row: "China's legislature is reviewing a draft law ..." (narration)
 ("\"The message to every foreign NGO worker on the mainland is that a passport is no longer a shield,\" Lam said.",
  "Lam Ka-wai", N, neg, "", "analysis"),
]


def main():
    ok = True
    out = []
    for doc, rows in PAGES.items():
        ok &= check(doc, rows)
        for sent, actor, stance, senti, target, note in rows:
            out.append([doc, norm(sent), actor, stance, senti, target, "page", note])
    if not ok:
        sys.exit("fix the sentences above")
    with open(os.path.join(ROOT, "statements.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
        w.writerows(out)
    from collections import Counter
    print(len(out), "rows")
    for doc, rows in PAGES.items():
        print(len(rows), doc, dict(Counter(r[2] for r in rows)))
    print(Counter(r[3] for r in out))
    print(Counter(r[4] for r in out))


if __name__ == "__main__":
    main()
