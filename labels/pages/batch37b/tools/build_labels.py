"""Hand labels for batch37b. Every row below was decided by reading the sentence in its page
against /work/shared/labelling-guide.md and /work/main/labels/README.md; this script only writes
them out as CSV and checks that each sentence occurs verbatim in the page's visible text."""
import csv, html, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

C, S, T, N = "condemning", "supporting", "calling_for_talks", "neutral"
neg, neu, pos = "negative", "neutral", "positive"

ROWS = []  # (doc, sentence, actor, stance, sentiment, target, note)


def add(doc, sentence, *labels):
    for actor, stance, sent, target, note in labels:
        ROWS.append((doc, sentence, actor, stance, sent, target, note))


# ---------------------------------------------------------------- page 1: South Sudan, Dong Samuel Luak / Aggrey Idri panel report (wire)
d = "page_southsudan_dongluak_idri_panelreport2019_wire.txt"
# No rows: section line, headline, byline, read time, dateline (not part of the first unit), the disappearance
# narration ("Lawyer and rights campaigner ...", "Their families spent two years ..."), Kamau "declined to comment"
# (no position), the crosshead, the closing background on the unity government, credits, standards, related, share, copyright.
add(d, "South Sudan's government on Thursday dismissed a United Nations report that said its security agents kidnapped two exiled critics on the streets of Nairobi in January 2017 and killed them days later at a site outside Juba.",
    ("South Sudan", N, neg, "", "dateline excluded; dismissing an accusation = denial = neutral, negative tone"),
    ("United Nations", C, neg, "South Sudan", "second actor: the UN report's finding carried in the relative clause = accusation of kidnapping and killing"))
add(d, "In a report to the Security Council made public on Tuesday, the U.N. panel of experts on South Sudan said the evidence it had gathered from several independent sources with inside knowledge pointed to the two men having been taken by the Internal Security Bureau of the National Security Service (NSS) and put to death at a training facility at Luri, on land owned by President Salva Kiir, on Jan. 30, 2017.",
    ("United Nations", C, neg, "South Sudan", "panel of experts = United Nations; finding that the state's security service abducted and executed the men = accusation; Kiir's land is an object, not a speaker"))
add(d, "The experts said South Sudan's embassy in Nairobi had helped arrange the charter that flew the men to Juba on Jan. 27, where they were locked up at the NSS headquarters in the Jebel district, the so-called \"Blue House\", and later driven to Luri.",
    ("United Nations", C, neg, "South Sudan", "'the experts' = the panel; the embassy's role and the detention described as the other side's acts against civilians = accusation (unsure: could be neutral as the detail of findings)"))
add(d, "According to the panel, responsibility for the killings ran up the NSS chain of command to its director general, Lieutenant General Akol Koor Kuc.",
    ("United Nations", C, neg, "South Sudan", "responsibility placed on the head of the state security service"))
add(d, "Information Minister Michael Makuei, who also speaks for the government, said the experts had built their case on rumours supplied by people who wanted to discredit Kiir's administration.",
    ("South Sudan", C, neg, "United Nations", "minister = South Sudan; not a bare denial: the panel is accused of relying on rumours from enemies = judgement of the UN panel (unsure: could be read as a denial = neutral)"))
add(d, "\"We never had these two men. They were living in Kenya and they vanished in Kenya, so whoever wants to know who took them has knocked on the wrong door,\" Makuei told Atlas Wire by telephone.",
    ("South Sudan", N, neg, "", "multi-sentence quote closed by its speaker = one unit; denial; pointing at Kenya without an explicit accusation = neutral (unsure: could be condemning Kenya)"))
add(d, "He cited the case of James Gatdet Dak, a former spokesman for opposition leader Riek Machar who was deported from Kenya in 2016, as the one opponent Juba had received from abroad, saying Gatdet had been tried in open court and later freed by presidential pardon.",
    ("South Sudan", N, neu, "", "'He' = Makuei; fact offered; Gatdet and Machar are mentioned, not speakers"))
add(d, "Ateny Wek Ateny, the presidential press secretary, said there was no prison at Luri and that any diplomat who doubted it was welcome to drive out and look.",
    ("South Sudan", N, neg, "", "presidential press secretary = South Sudan; denial with an invitation to see for themselves, no appeal for talks"))
add(d, "A Kenyan High Court judge in January closed a case in which the court had for two years supervised the police investigation into the disappearances, without any suspect being charged.",
    ("Kenya", N, neu, "", "court = state body of Kenya; a procedural act reported as done (unsure: background narration, could get no row)"))
add(d, "Human Rights Watch and Amnesty International said in a joint statement that the findings showed that officials in both Nairobi and Juba had kept the families in the dark while knowing what had happened, and they called on South Sudan to open an independent investigation.",
    ("Human Rights Watch", C, neg, "", "joint statement = one row per organisation; blame of officials in both capitals (two actors) -> target empty; judgement + appeal = condemning (rule 1)"),
    ("Amnesty International", C, neg, "", "same joint statement"))
add(d, "\"For more than two years the wives and children of these men were sent from one office to the next by people who had the answers all along. The authorities in Juba should open the gates of every NSS site, Luri included, to people who can find out what happened there,\" said Jehanne Henry, associate Africa director at Human Rights Watch.",
    ("Human Rights Watch", C, neg, "", "quote of two sentences = one unit; blame of officials who withheld answers (both governments) + demand to Juba: rule 1; target empty because the blame covers Nairobi and Juba (unsure: South Sudan)"))
add(d, "Joan Nyanyuki, Amnesty's regional director for East Africa, the Horn and the Great Lakes, said Kenya had broken the promise it makes to every refugee on its soil when it allowed Dong, whom it had registered as a refugee, to be taken from a Nairobi street.",
    ("Amnesty International", C, neg, "Kenya", "'Amnesty' = Amnesty International; Kenya blamed for failing to protect a registered refugee"))
add(d, "The armed opposition SPLM-IO, in which Idri chaired the humanitarian affairs committee, said the report proved that the security service had murdered its members in cold blood, and it wants the Security Council to hand the case to the International Criminal Court.",
    ("SPLM-IO", C, neg, "South Sudan", "'murdered in cold blood' + ICC referral request = condemning the state's security service"))
add(d, "The movement thanked the experts for what it called the first honest account of the two men's fate.",
    ("SPLM-IO", S, pos, "United Nations", "'the movement' = SPLM-IO; thanks and praise for the UN panel"))
add(d, "\"We signed a peace agreement in September with a government whose security chief, according to the United Nations, sent our colleague to his death on a farm outside the capital. Those who gave that order must answer for it before any court that will hear the case,\" said Lam Paul Gabriel, the movement's deputy military spokesman.",
    ("SPLM-IO", C, neg, "South Sudan", "spokesman = SPLM-IO; accusation + demand for prosecution; 'according to the United Nations' repeats the UN finding inside the SPLM-IO quote (no extra UN row)"))
add(d, "The movement said it nevertheless remained committed to the September deal and urged the regional bloc IGAD, which brokered it, to press Juba for a full account.",
    ("SPLM-IO", T, neu, "IGAD", "commitment to the peace deal + appeal to the mediator = calling_for_talks; 'the regional bloc' = IGAD, the one party addressed; Juba = metonym inside the object"))
add(d, "The U.N. Commission on Human Rights in South Sudan said it would ask the government for access to the Luri site and to NSS detention facilities in Juba when its members next visit the country.",
    ("United Nations", T, neu, "South Sudan", "UN Commission on Human Rights in South Sudan = United Nations (alias in actors.csv); request for access, no judgement = calling_for_talks (unsure: could be neutral as a plan)"))
add(d, "Peter Lomoro Wani, a South Sudanese human rights lawyer based in Kampala, said the case would show whether the peace deal could survive contact with the truth.",
    ("Peter Lomoro Wani", N, neg, "", "independent lawyer (new actor, invented); framing remark without a judgement or appeal = neutral"))
add(d, "\"If the government can make two men disappear from a foreign capital and then simply say 'not us', nobody who criticises it from exile is safe anywhere in the region,\" he said.",
    ("Peter Lomoro Wani", C, neg, "South Sudan", "'he' = Wani; accusation that the government disappears critics and denies it"))

# ---------------------------------------------------------------- page 2: Ethiopia, Abdi Iley arrest (state news agency)
d = "page_ethiopia_abdiiley_arrest2018_stateagency.txt"
# No rows: agency name, menu, language bar, section, headline, the dateline "Addis Ababa, August 27/2018 (ENA)" (not part of
# the first unit), the narration of Abdi Mohamoud Omar's resignation (an individual's act, not a position), sign-off code,
# tags, related, share, copyright.
add(d, "The Federal Police Commission has taken into custody the former President of the Ethiopian Somali Regional State, Abdi Mohamoud Omar, on suspicion of involvement in the grave human rights violations and the ethnic and religious clashes that claimed lives and destroyed property in Jigjiga and its surroundings earlier this month, the Office of the Attorney General announced today.",
    ("Ethiopia", C, neu, "", "federal police and Attorney General = Ethiopia; arrest on suspicion of grave crimes = a taken measure against those blamed; Abdi Iley is not an actor on this page -> target empty (unsure: could be neutral law enforcement)"))
add(d, "Attorney General Berhanu Tsegaye told ENA that the former president, together with other senior officials of the regional state whose immunity had been lifted, would be brought before the Federal High Court to answer the allegations in accordance with the law, stressing that the investigation had gathered testimony from victims, witnesses and members of the regional security forces.",
    ("Ethiopia", N, neu, "", "procedure and state of the investigation"))
add(d, "The Attorney General further said that the suspects were believed to have organized, financed and directed the groups of youths and members of the regional special police that burned places of worship, looted businesses and attacked residents of other ethnic backgrounds on and after August 4, acts which he described as crimes against the people of the region and against the constitutional order.",
    ("Ethiopia", C, neg, "", "'crimes against the people' = judgement; suspects and the regional special police are not canonical actors -> target empty"))
add(d, "The Attorney General said his office would also investigate the abuses reported at the regional prison in Jigjiga known as Jail Ogaden, which the regional administration closed last week.",
    ("Ethiopia", N, neu, "", "plan of the investigation; the prison's closure by the regional administration is a clause of the same state (one row)"))
add(d, "Police found five Kalashnikov rifles and four pistols at the residence of the former president in Addis Ababa at the time of his arrest, according to the Federal Police Commission.",
    ("Ethiopia", N, neu, "", "facts given by the police"))
add(d, "The Council of the Ethiopian Somali Regional State had, at an extraordinary session held in Jigjiga on Sunday, lifted the immunity of the former president and six other officials so that the legal process could proceed.",
    ("Ethiopia", N, neu, "", "regional council = state body, resolves to Ethiopia (labels/README: provincial officials); procedural act"))
add(d, "Speaking to journalists at his office on Saturday, Prime Minister Dr. Abiy Ahmed said that what had been done to prisoners and residents of the Somali region over the years was a disgrace to the whole country, and that those who had ordered the torture of citizens and the burning of churches would not be allowed to hide behind their positions.",
    ("Ethiopia", C, neg, "", "head of government = Ethiopia; 'a disgrace' + warning to those responsible = condemning; no canonical target"))
add(d, "\"The government will not seek revenge against anyone, but it will not close its eyes to crimes either. Every citizen who was harmed deserves to see the truth established in a court of law,\" the Prime Minister said.",
    ("Ethiopia", N, neu, "", "quote of two sentences = one unit; own policy of due process, no one judged (unsure: 'will not close its eyes' could be read as a warning = condemning)"))
add(d, "Dr. Abiy also thanked the elders, clan leaders and religious leaders of the region who, he said, had protected their neighbours of other faiths and ethnic groups during the violence and helped the defence forces to restore calm.",
    ("Ethiopia", S, pos, "", "praise and thanks = supporting; elders are not an actor -> target empty"))
add(d, "The newly elected President of the Ethiopian Somali Regional State, Mustafa Muhumed Omer, who was appointed by the regional council on August 22, said that his administration would cooperate fully with the federal institutions in the investigation and that the regional state would open its detention centres to independent inspection.",
    ("Ethiopia", N, pos, "", "regional president resolves to Ethiopia; own commitments (cooperation within the same state) = neutral, positive"))
add(d, "He called on the people of the region to refrain from acts of retaliation and to resolve their differences through dialogue and the traditional institutions of reconciliation, stressing that the region belonged equally to all who lived in it.",
    ("Ethiopia", T, pos, "", "'He' = Mustafa; appeal against retaliation and for dialogue"))
add(d, "The Ethiopian Somali People's Democratic Party, which recently elected a new chairman, said in a statement issued in Jigjiga that it supported the measures taken by the federal government to bring suspects to justice and to restore the rule of law in the region.",
    ("Ethiopian Somali People's Democratic Party", S, pos, "Ethiopia", "regional ruling party (new actor); backing of federal measures"))
add(d, "The party said it would remove from its ranks any member found to have taken part in the violence.",
    ("Ethiopian Somali People's Democratic Party", N, neu, "", "'The party' = ESPDP; its own measure, aimed at no actor"))
add(d, "The Ethiopian Human Rights Commission welcomed the arrest as an important step towards accountability and said it would deploy a team to the region to document the violations and monitor the treatment of the suspects in detention.",
    ("Ethiopian Human Rights Commission", S, pos, "Ethiopia", "welcome of a step = supporting; monitoring plan does not change it"))
add(d, "The Inter-Religious Council of Ethiopia condemned the burning of churches and the killing of priests and worshippers in Jigjiga, calling the attacks an assault on the long tradition of coexistence between Muslims and Christians in the country.",
    ("Inter-Religious Council of Ethiopia", C, neg, "", "new actor; condemnation of attacks by unnamed perpetrators -> target empty"))
add(d, "The Council urged followers of all faiths not to allow the crimes of a few to be used to set communities against each other.",
    ("Inter-Religious Council of Ethiopia", T, neu, "", "'The Council' = the Inter-Religious Council (previous sentence), not the regional council; appeal for restraint between communities"))
add(d, "The federal government has allocated funds to rebuild the churches damaged or destroyed during the violence and to provide food and shelter to the residents displaced from Jigjiga, Dire Dawa and other towns, according to the National Disaster Risk Management Commission.",
    ("Ethiopia", S, pos, "", "federal aid for rebuilding and for the displaced = backing by act; beneficiaries are not actors -> target empty (unsure: could be neutral as a domestic plan)"))
add(d, "The Ogaden National Liberation Front, which declared a unilateral ceasefire on August 12, said it welcomed the arrest and expected the leaders of the regional special police to face trial as well.",
    ("Ogaden National Liberation Front", S, pos, "Ethiopia", "new actor; welcome of the federal arrest = supporting; the expectation of trials for the special police is a demand without a judgement word (unsure: could be condemning)"))
add(d, "\"For ten years the people of the Ogaden lived under the rule of fear. We will keep our ceasefire and we are ready to talk to the federal government about a lasting peace,\" a spokesman for the Front said.",
    ("Ogaden National Liberation Front", T, neu, "Ethiopia", "spokesman of a named group speaks for it; ceasefire kept + offer of talks; the 'rule of fear' line names no actor, so the offer decides"))
add(d, "The Federal Police Commission called on members of the public who had suffered abuses or who had information on the whereabouts of other suspects to contact the nearest police station.",
    ("Ethiopia", N, neu, "", "procedural appeal for information, not a call for a peaceful course"))
add(d, "Life in Jigjiga has largely returned to normal, with shops, banks and public offices reopening, the regional communication affairs bureau said.",
    ("Ethiopia", N, pos, "", "regional bureau = Ethiopia; facts, reassuring tone"))

# ---------------------------------------------------------------- page 3: Malawi, vampire-rumour killings and UN relocation (noon briefing)
d = "page_malawi_vampirescare_unrelocation2017_noonbriefing.txt"
# No rows: site menu, title, date, transcript line, headings, the World Mental Health Day item (no position; WHO only
# has information on its website), "Question:"/"Spokesman:" tags (stripped from the units), the correspondents' questions
# proper ("Did the UN consult ...?", "How many staff ...?"), "I don't have a figure for you.", "I'm not going to go into
# the details ...", the 2002 background in a question (no named actor), "I'm not going to get into the domestic political
# debate in Malawi." (refusal, no position), "Not that I'm aware of.", thanks, sign-off, disclaimer, footer.
add(d, "Turning to Malawi, the UN country team tells us that a number of UN staff members working in the Mulanje and Phalombe districts in the south of the country have been temporarily relocated, following a wave of mob violence linked to rumours of so-called blood-suckers.",
    ("United Nations", N, neu, "", "spokesman / UN country team = United Nations; own security measure reported, no judgement"))
add(d, "The acting Resident Coordinator, Florence Rolle, said the decision was taken on the advice of the UN Department of Safety and Security (UNDSS) and that it would be reviewed day by day.",
    ("United Nations", N, neu, "", "Resident Coordinator = United Nations; procedure"))
add(d, "Essential programmes, including food assistance to families still recovering from last year's drought, are continuing through our partners.",
    ("United Nations", S, neu, "Malawi", "assistance continuing = backing by act; aid to the country's families -> target Malawi (unsure: could be neutral as an operational update)"))
add(d, "The World Food Programme (WFP) says distributions planned for this week in Phalombe have been postponed, and it is working with the district authorities to reschedule them as soon as conditions allow.",
    ("World Food Programme", N, neu, "", "WFP is its own canonical actor; operational facts"))
add(d, "According to the Malawi Police Service, at least seven people have been killed by mobs since mid-September, and several others have been injured.",
    ("Malawi", N, neu, "", "police = Malawi; casualty figures = neutral"))
add(d, "The UN team deplores these killings and the attacks on people who were singled out on the basis of rumours alone, and it calls on communities not to take the law into their own hands.",
    ("United Nations", C, neg, "", "'deplores' = judgement of the killings; the appeal does not lower it (rule 1); mobs are not an actor -> target empty"))
add(d, "We welcome the steps taken by the Government, including the deployment of additional police officers to the affected districts, and President [Peter] Mutharika's pledge of a full investigation.",
    ("United Nations", S, pos, "Malawi", "welcome of the government's steps; Mutharika's pledge is the object of the welcome, not a separate Malawi row"))
add(d, "The Government has appealed for calm and has asked chiefs and religious leaders to help stop the rumours from spreading.",
    ("Malawi", T, neu, "", "appeal for calm, reported by the spokesman"))
add(d, "The UN stands ready to support the authorities and civil society with public information campaigns to counter these rumours.",
    ("United Nations", S, pos, "Malawi", "offer of assistance = supporting"))
add(d, "The Information Minister, Nicholas Dausi, said yesterday that the situation was under control and that aid agencies had caused needless alarm by announcing a pull-out without first raising their worries with the Government.",
    ("Malawi", C, neg, "", "reported in a question (labels/README: a correspondent's sentence reporting an actor's position is that actor's statement); reproach that aid agencies caused needless alarm = judgement; aid agencies (the UN among them) are several -> target empty (unsure: mild, could be neutral)"))
add(d, "Our colleagues on the ground are in regular contact with the Government, at all levels.",
    ("United Nations", N, neu, "", "facts about contacts"))
add(d, "This was a precaution for the safety of our own staff.",
    ("United Nations", N, neu, "", "explanation of its own measure"))
add(d, "It is not a comment on the Government's handling of the situation, and it is not a withdrawal from Malawi.",
    ("United Nations", N, neu, "", "clarification/denial of any judgement; neutral"))
add(d, "A number of colleagues are working from Blantyre for the time being; those whose programmes are in unaffected areas have stayed put.",
    ("United Nations", N, neu, "", "facts; Blantyre = place"))
add(d, "The UN's security report apparently says the rumours started across the border in Mozambique.",
    ("United Nations", N, neu, "", "reported in a question: the UN security report's finding = UN fact; Mozambique is a place, not a speaker"))
add(d, "What I can tell you is that we have not had reports of similar violence on the Mozambican side.",
    ("United Nations", N, neu, "", "facts"))
add(d, "There are also reports that the US Embassy has pulled its Peace Corps volunteers out of the affected districts and told American citizens not to travel there.",
    ("United States", N, neu, "", "reported in a question; the embassy's own security measures, no judgement of Malawi stated"))
add(d, "Each organization and each embassy takes security decisions for its own people.",
    ("United Nations", N, neu, "", "procedural remark"))
add(d, "Within the UN system, it is UNDSS that advises all the agencies, funds and programmes on the ground.",
    ("United Nations", N, neu, "", "procedure"))
add(d, "Let me be very clear: there is no truth whatsoever in any suggestion that the United Nations or its partners are involved in anything of the sort.",
    ("United Nations", N, neg, "", "denial = neutral, negative tone"))
add(d, "These stories are exactly that, stories, and they are costing innocent people their lives.",
    ("United Nations", N, neg, "", "alarm, no actor judged and no appeal = neutral, negative"))
add(d, "President Mutharika said in a statement that he had ordered the police and the intelligence services to find out who was behind the rumours, and the police say a number of people have been arrested for taking part in the attacks.",
    ("Malawi", N, neu, "", "reported in a question; head of state and police = Malawi, one row; own investigation and arrests reported as facts"))
add(d, "We would certainly support any effort by the authorities to bring those responsible to justice, with full respect for due process.",
    ("United Nations", S, neu, "Malawi", "support for the authorities' efforts (conditional on due process) = supporting"))
add(d, "The opposition Malawi Congress Party says the Government reacted far too late, after weeks of killings.",
    ("Malawi Congress Party", C, neg, "Malawi", "reported in a question; criticism of the government's slow reaction = judgement"))
add(d, "The Resident Coordinator is in touch with senior officials, and we hope that calm will return quickly, so that our colleagues can go back to work in the districts and the people who rely on those programmes are not left without help.",
    ("United Nations", T, pos, "", "hope that calm returns = calling_for_talks (guide)"))
add(d, "The team is worried that the longer this disruption lasts, the harder it will be to reach families who depend on food assistance in those districts.",
    ("United Nations", N, neg, "", "concern without an appeal = neutral, negative"))
add(d, "They are looking at ways of getting help to them safely, and I'll share more details when we have them.",
    ("United Nations", S, neu, "Malawi", "intention to deliver aid = offer of assistance (unsure: could be neutral as a plan)"))

# ---------------------------------------------------------------- page 4: Lesotho, Trump's remark and the reciprocal tariff (MFA page, HTML)
d = "page_lesotho_trumpremark_tariffs2025_mfa.html"
# No rows: top bar, menu, breadcrumb, page title, release titles, meta lines (place, date), share lines, pagination,
# sidebar link titles, footer.
add(d, "The Government of the Kingdom of Lesotho welcomes the decision of the President of the United States to suspend for ninety days the application of the higher reciprocal tariff rates, including the rate announced for Lesotho, while a baseline tariff of 10 per cent remains in force.",
    ("Lesotho", S, pos, "United States", "welcome of a step; the US decision is the object of the welcome (no separate US row)"))
add(d, "The Government regards the pause as an opportunity to reach a negotiated arrangement and will use the period to intensify its engagement with the authorities in Washington.",
    ("Lesotho", T, pos, "United States", "commitment to negotiate; Washington = metonym for the US authorities addressed"))
add(d, "It notes with regret, however, that several orders placed with factories in Lesotho have already been cancelled or put on hold since 2 April, and that a number of workers have been sent home.",
    ("Lesotho", N, neg, "", "'It' = the Government; regret about economic effects, aimed at no actor = neutral, negative"))
add(d, "\"The past few weeks have shown that Lesotho is known in Washington after all. We thank the Administration for hearing our case,\" said the Minister of Foreign Affairs and International Relations, Honourable Lejone Mpotjoane.",
    ("Lesotho", S, pos, "United States", "foreign minister = Lesotho; quote of two sentences = one unit; thanks = supporting (the first sentence is a wry nod to the March remark, no judgement)"))
add(d, "The Minister has briefed the Heads of Mission of the member States of the Southern African Customs Union and of the Southern African Development Community accredited to Lesotho on the steps taken by the Government.",
    ("Lesotho", N, neu, "", "procedure; SACU and SADC are objects, not speakers"))
add(d, "Lesotho remains committed to the renewal of the African Growth and Opportunity Act beyond its expiry in September 2025 and will continue to work with other beneficiary countries to that end.",
    ("Lesotho", N, pos, "", "own policy restated (unsure: could be calling_for_talks as advocacy towards Washington)"))
add(d, "The Government of the Kingdom of Lesotho has learnt with grave concern of the decision announced by the United States Administration on 2 April 2025 to impose a reciprocal tariff of 50 per cent on goods imported from Lesotho, one of the highest rates applied to any country.",
    ("Lesotho", N, neg, "", "concern without an appeal = neutral, negative; the US tariff is the object of concern (its rationale is given as a US row in the next sentence)"))
add(d, "According to the Administration, the rate reflects the surplus in Lesotho's trade with the United States, which consists largely of garments and textiles exported under the African Growth and Opportunity Act, and of diamonds.",
    ("United States", N, neu, "", "the US rationale for its measure, reported by Lesotho = US statement of facts (unsure: the tariff itself is a measure and could make the US row condemning Lesotho)"))
add(d, "The Government wishes to point out that this imbalance arises from the small size of Lesotho's economy and not from any barrier placed in the way of American goods, and that the textile and apparel industry, which employs tens of thousands of Basotho, most of them women, depends on access to the American market.",
    ("Lesotho", N, neg, "", "rebuttal of the US rationale = denial-like = neutral, negative"))
add(d, "A tariff at this level would threaten the survival of factories in Maseru, Maputsoe and other industrial centres and the livelihoods of the families who depend on them.",
    ("Lesotho", N, neg, "", "warning of consequences, no appeal and no actor judged = neutral, negative (guide: 'any escalation would be dangerous')"))
add(d, "The Government has resolved to send a delegation led by the Minister of Trade, Industry, Business Development and Tourism to Washington to engage the Office of the United States Trade Representative and other authorities, with a view to reaching a fair arrangement that preserves the trade relationship between the two countries.",
    ("Lesotho", T, neu, "United States", "delegation sent to negotiate = calling_for_talks; Washington = place"))
add(d, "\"We do not seek a quarrel with the United States. We seek a hearing, and we are confident that once the facts are on the table a solution can be found that protects jobs on both sides,\" said the Right Honourable Prime Minister, Mr. Samuel Ntsokoane Matekane.",
    ("Lesotho", T, pos, "United States", "prime minister = Lesotho; offer of dialogue and hope for a solution"))
add(d, "The Government calls upon investors and buyers not to take hasty decisions on their operations in Lesotho while the engagement with Washington is under way.",
    ("Lesotho", T, neu, "", "appeal for restraint to non-actors while talks go on (unsure: could be neutral, as an economic appeal rather than a diplomatic one)"))
add(d, "The Ministry of Foreign Affairs and International Relations has taken note, with great surprise and regret, of the remarks made by the President of the United States of America, His Excellency Donald J. Trump, in his address to a joint session of the United States Congress on 4 March 2025, in which the Kingdom of Lesotho was referred to as a country of which nobody has ever heard.",
    ("Lesotho", C, neg, "United States", "regret aimed at another actor's remark = judgement (guide: 'regrettable'); the remark itself is the object, no US row here"))
add(d, "The remarks were made while the President was listing foreign assistance programmes he described as a waste of American money, among them a sum of eight million United States dollars said to have been allocated to the promotion of LGBTQI+ rights in Lesotho.",
    ("United States", C, neg, "", "Trump's position reported by the ministry: aid programmes called a waste = judgement; aimed at programmes, not at an actor -> target empty (unsure: could be read as aimed at Lesotho)"))
add(d, "The Kingdom of Lesotho is a sovereign State, a Member of the United Nations since 1966 and a member of the African Union, of the Southern African Development Community and of the Commonwealth, and it has maintained diplomatic relations with the United States since independence.",
    ("Lesotho", N, neu, "", "facts stated in rebuttal; the organisations are objects"))
add(d, "The Ministry regrets that the Head of State of a country with which Lesotho enjoys long-standing and friendly relations, and which maintains an Embassy in Maseru, should have chosen to speak of a fellow sovereign nation in so dismissive a manner.",
    ("Lesotho", C, neg, "United States", "'regrets' + 'dismissive' aimed at the US President = judgement"))
add(d, "The Government does not dispute that the choice of which programmes to fund belongs to the United States alone, but it wishes to place on record that American support has reached Basotho in many fields other than the one mentioned, in particular in the fight against HIV and AIDS through PEPFAR and in water and health infrastructure through the Millennium Challenge Corporation.",
    ("Lesotho", N, pos, "", "acknowledgement that funding choices are Washington's + facts about US aid (the thanks follow in the next sentence)"))
add(d, "The Government and people of Lesotho remain grateful for that support.",
    ("Lesotho", S, pos, "United States", "gratitude = supporting"))
add(d, "The Ministry will convey the concern of the Government to the United States authorities through the appropriate diplomatic channels.",
    ("Lesotho", C, neu, "United States", "a formal protest through diplomatic channels = a taken response (unsure: could be neutral as procedure)"))
add(d, "\"Lesotho is a small country, but it is not an unknown one. Our doors are open: President Trump would be a welcome guest, and he would find the Kingdom in the Sky a country well worth knowing,\" said Honourable Mpotjoane.",
    ("Lesotho", T, pos, "United States", "surname only = the foreign minister; rebuttal without a judgement word + invitation to visit = offer of engagement = calling_for_talks (unsure: could be neutral)"))

# ---------------------------------------------------------------- page 5: South Africa, ConCourt orders parole for Janusz Walus (live blog, HTML)
d = "page_southafrica_walus_parole2022_liveblog.html"
# No rows: utility bar, menu, breadcrumb, badge, headline, standfirst, byline, key events, timestamps, entry headings,
# wrap-up and welcome posts (narration), "The Economic Freedom Fighters have posted a statement on X." (lead-in), embed
# meta lines, the caption, the background post on Hani's murder (narration), "Read more" link, ADVERTISEMENT, most read,
# newsletter, share line, footer.
# Target convention on this page: the Constitutional Court is a state body and resolves to South Africa; a stance aimed
# only at the ruling gets target South Africa, one aimed at the court and Walus (or the plotters) together gets none.
add(d, "The Congress of South African Trade Unions said the judgment had reopened wounds that workers had carried since April 1993, and that the federation would stand with the SACP in whatever lawful action it decided to take.",
    ("COSATU", C, neg, "South Africa", "full name added as an alias of COSATU; criticism of the ruling + backing of SACP action: the judgement decides (rule 1); court = South African state body"))
add(d, "The Democratic Alliance's spokesperson on justice said the judgment had to be respected even by those who found it painful, because a constitution that protected only popular prisoners would end up protecting nobody.",
    ("Democratic Alliance", S, neu, "South Africa", "party spokesperson = DA; defence of the court's ruling = supporting; court -> South Africa (unsure: target could be empty)"))
add(d, "Walus's advocate, Roelof du Plessis, said outside the court that his client was grateful to the justices and that the judgment confirmed what the parole board had found years ago: that he was no longer a danger to anyone.",
    ("Janusz Walus", S, pos, "South Africa", "the advocate speaks for his client (new actor, as blind 42a did for Kakwenza); gratitude to the court = supporting"))
add(d, "\"He has written to Mrs Hani, he has said sorry in court, and he has turned his back on everything that led him to that driveway in Boksburg. He knows that many people will never forgive him, and he accepts that,\" Du Plessis said.",
    ("Janusz Walus", N, neu, "", "quote = one unit; account of the client's remorse, no judgement or appeal"))
add(d, "The EFF rejects the decision to free the murderer of Comrade Chris Hani.",
    ("Economic Freedom Fighters", C, neg, "South Africa", "embedded X post of the party; rejection of the court's decision"))
add(d, "The court has placed the comfort of an unrepentant racist above the pain of millions who still mourn Hani.",
    ("Economic Freedom Fighters", C, neg, "", "continuation of the post; judgement of the court and of Walus -> two targets, empty"))
add(d, "Our people will make their anger known.",
    ("Economic Freedom Fighters", C, neg, "", "threat of mass action = condemning; target empty"))
add(d, "Justice and Correctional Services Minister Ronald Lamola said his department would abide by the order and start the process of placing Walus on parole, with conditions, within the ten days set by the court.",
    ("South Africa", N, neu, "", "minister = South Africa; compliance plan"))
add(d, "\"We are bound by this judgment and we will carry it out. I refused parole in 2020 because of the gravity of a crime that brought this country to the edge of civil war, and my view of that crime has not changed,\" Lamola told reporters in Pretoria.",
    ("South Africa", C, neg, "Janusz Walus", "quote = one unit; compliance + restated judgement of Walus's crime; the judgement decides (unsure: could be neutral compliance); Pretoria = place"))
add(d, "The Presidency said in a brief statement that President Cyril Ramaphosa had noted the judgment and that the government would respect it, as it respected every decision of the courts.",
    ("South Africa", N, neu, "", "Presidency = South Africa; acceptance of the ruling as procedure"))
add(d, "The President's thoughts were with Mrs Hani and her family, for whom this would be a painful day, the statement said.",
    ("South Africa", S, neg, "Limpho Hani", "sympathy = solidarity = supporting; grief tone"))
add(d, "The Presidency also urged those who were angered by the ruling to make their views known peacefully and within the law.",
    ("South Africa", T, neu, "", "appeal for peaceful protest, no judgement = calling_for_talks; addressed to no actor in particular"))
add(d, "Limpho Hani, the widow of the slain SACP leader, told journalists at her home in Dawn Park that she had hoped the justices would treat the case as more than a question of administrative procedure.",
    ("Limpho Hani", C, neg, "South Africa", "new actor (person); disappointment that implies the court reduced the case to procedure = criticism of the ruling (unsure: could be neutral, negative)"))
add(d, "\"For 29 years I have asked who sent this man to our house, and for 29 years nobody has answered me. Today the court has let him walk out while the people behind him are still hiding. I cannot accept that, and I will not,\" Hani said.",
    ("Limpho Hani", C, neg, "", "surname only = Limpho Hani (not Chris Hani: the speaker of the quote); refusal of the ruling; court, Walus and hidden plotters -> target empty"))
add(d, "ANC Gauteng chairperson Panyaza Lesufi said forgiveness for Hani's killer was something South Africans would have to reach on their own terms, not something a court could hand down, and said the alliance should mark the day of Walus's release with protests across the country.",
    ("ANC", C, neg, "", "speaking as ANC provincial chairperson = ANC (he was also Gauteng premier; the party role is the one given); rejection + call for protest; court and Walus -> target empty"))
add(d, "SACP general secretary Solly Mapaila said the party was deeply angered by the judgment, which he said ignored the fact that Walus had never told the full truth about who else had planned the assassination.",
    ("South African Communist Party", C, neg, "", "new actor (SACP not in the name files); anger at the ruling + accusation that Walus hid the truth -> two targets, empty"))
add(d, "Mapaila said the party would study the judgment with its lawyers and take the matter to every forum still open to it, including the African Commission on Human and Peoples' Rights.",
    ("South African Communist Party", N, neu, "", "legal steps against a ruling of its own state's court, no judgement in the sentence = neutral (as the PTI row in pages/); the African Commission is an object"))
add(d, "Today's ruling is a blow to every family that lost someone to apartheid terror.",
    ("South African Communist Party", C, neg, "South Africa", "embedded X post of the SACP; judgement of the ruling"))
add(d, "The SACP will mobilise our members and alliance partners.",
    ("South African Communist Party", C, neg, "", "announced mobilisation against the ruling = threatened response (unsure: could be neutral as a plan)"))
add(d, "Hani's killer has not earned his freedom.",
    ("South African Communist Party", C, neg, "Janusz Walus", "judgement of Walus; Hani is an object"))
add(d, "Chief Justice Raymond Zondo, reading a unanimous judgment, said the decision taken by Lamola in March 2020 to refuse parole was irrational, set it aside and ordered that Walus be released on parole within ten calendar days.",
    ("South Africa", N, neu, "", "the court = South African state body; a ruling on a decision of the same state's minister, reported as a legal act = neutral (as other pages' court rulings)"))
add(d, "Zondo said the gravity of the murder could not, on its own, keep an offender in prison for ever once he had met every other requirement the law set for parole.",
    ("South Africa", N, neu, "", "surname only = the Chief Justice; legal reasoning"))

# ---------------------------------------------------------------- page 6: Eritrea, seizure of Catholic health centres (regional daily, text)
d = "page_eritrea_catholicclinics_seizure2019_regionaldaily.txt"
# No rows: masthead, bureau line, menu, date, section, headline, standfirst, byline, read time, photo lines and captions,
# the dateline "ASMARA/NAIROBI - " (not part of the first unit), the 1995 proclamation narration, the crosshead,
# "The Holy See has not commented publicly on the seizures." (no position), share, comments, tags, related, most read,
# ADVERTISEMENT, footer.
add(d, "Eritrea's Catholic bishops have refused to accept the government's takeover of the church's health centres, accusing officials in a new statement of sending security men to threaten nurses and of turning patients away from clinics that had served them for decades.",
    ("Eritrean Catholic Church", C, neg, "Eritrea", "the bishops = the Eritrean Catholic Church (new actor); accusation of intimidation"))
add(d, "Twenty-one clinics, health posts and small hospitals run by the church were seized in the weeks after June 12, according to the church, bringing to 29 the number taken over since eight were closed last year.",
    ("Eritrean Catholic Church", N, neu, "", "figures given by an actor = neutral"))
add(d, "The last of them, at Zager, about 30 kilometres from Asmara, was sealed by police on Friday after the nuns who ran it were told to leave.",
    ("Eritrea", C, neu, "Eritrean Catholic Church", "a state measure reported as done (police seal the church's clinic) = taken response against the church (unsure: could be narration without a row); Asmara = place"))
add(d, "A public relations official at the Ministry of Health, Tajadin Abdelaziz, described the operation in a radio interview last month as a routine transfer of management to the ministry, and denied that any centre had been shut down.",
    ("Eritrea", N, neg, "", "ministry official = Eritrea; denial = neutral, negative"))
add(d, "The bishops' secretariat rejected that account as misleading.",
    ("Eritrean Catholic Church", C, neg, "Eritrea", "not a denial of an accusation but a judgement that the government's account misleads = condemning"))
add(d, "\"Nurses were told to leave on the spot, doors were forced where nobody would open them, and patients who had walked for hours were sent home. If that is an administrative transfer, then words have lost their meaning,\" the statement said.",
    ("Eritrean Catholic Church", C, neg, "Eritrea", "quote of two sentences closed by its source = one unit; describing the other side's acts + sarcasm = accusation"))
add(d, "The church said the centres, most of them on the grounds of monasteries and convents, had treated patients of every faith, and that in some villages of the Afar lowlands they were the only source of care for mothers and small children.",
    ("Eritrean Catholic Church", N, neu, "", "facts about its own work"))
add(d, "The bishops said they remained willing to sit down with the Ministry of Health to discuss how the clinics could be reopened, but had received no reply to their letters.",
    ("Eritrean Catholic Church", T, neu, "Eritrea", "offer of talks; 'no reply' is a fact, not a judgement"))
add(d, "Archbishop Menghesteab Tesfamariam of Asmara has asked Catholics to observe seventeen days of prayer and fasting, which end on Friday.",
    ("Eritrean Catholic Church", N, neu, "", "archbishop = the church; a religious observance announced, no appeal to a party (unsure: could be read as a protest)"))
add(d, "The seizures came two months after the bishops published a long pastoral letter urging a national reconciliation process and changes that would give young people a reason to stay, and many Eritreans abroad see the timing as no coincidence.",
    ("", C, neg, "Eritrea", "first clause = narration; 'many Eritreans abroad' = unnamed speakers, no actor; kept with an empty actor as a stance example: seeing the timing as no coincidence = accusation of retaliation; the bishops' letter is an object"))
add(d, "In Geneva, the UN Special Rapporteur on the situation of human rights in Eritrea, Daniela Kravetz, told the Human Rights Council that the takeover had left thousands of people in remote areas without a clinic within reach, and that the authorities appeared to be penalising the church for the views of its bishops.",
    ("United Nations", C, neg, "Eritrea", "special rapporteur = United Nations; accusation of punishing the church; Geneva = place"))
add(d, "She urged Asmara to hand the facilities back and to let her enter the country, which has refused her every request to visit.",
    ("United Nations", T, neg, "Eritrea", "demand to one side without a judgement word = calling_for_talks, negative (labels/README); Asmara = metonym for Eritrea"))
add(d, "Eritrea's delegation rejected the rapporteur's mandate as politically driven and said the country would continue to cooperate only with the council's universal periodic review.",
    ("Eritrea", C, neg, "United Nations", "rejection of a UN format in protest with a grievance ('politically driven') = condemning (labels/README: refusals in protest)"))
add(d, "The delegation said the 1995 proclamation was applied to all religious institutions alike and that health care in Eritrea was free and available to every citizen.",
    ("Eritrea", N, pos, "", "justification and self-praise = neutral, positive"))
add(d, "Father Mussie Zerai, an Eritrean-born Catholic priest in Rome who campaigns for refugees, said the regime was willing to leave the sick without care in order to silence the only institution in the country that still spoke its mind.",
    ("Mussie Zerai", C, neg, "Eritrea", "independent person (new actor); accusation"))
add(d, "The charity Open Doors International, which monitors the treatment of Christians worldwide, said the takeover was part of a wider pattern of pressure on Christians this year, including the arrest of more than a hundred members of unregistered Pentecostal churches in Asmara in May.",
    ("Open Doors International", C, neg, "Eritrea", "new actor; accusation of a pattern of persecution"))
add(d, "The Catholic aid agency Aid to the Church in Need said it would continue to support the sisters who had been forced out of the clinics so that they could keep working with the poor in other ways.",
    ("Aid to the Church in Need", S, pos, "Eritrean Catholic Church", "new actor; aid to the church's sisters = backing by act"))
add(d, "Eritrea Focus, a UK-based group of Eritrean exiles and campaigners, has called on diaspora communities to hold protests outside Eritrean embassies in Europe.",
    ("Eritrea Focus", C, neg, "Eritrea", "new actor; call for protests against the government = response (unsure: a call to protest without a judgement word could be neutral)"))
add(d, "Dawit Tewelde, a researcher on the Horn of Africa at a Nairobi policy institute, said the timing left little doubt that the bishops were being punished for their April letter.",
    ("Dawit Tewelde", C, neg, "Eritrea", "independent researcher (new actor, invented); accusation of retaliation"))
add(d, "\"Asmara cannot tolerate an independent voice, even one that runs clinics in villages the state itself has never reached,\" he said.",
    ("Dawit Tewelde", C, neg, "Eritrea", "'he' = Tewelde; Asmara = metonym for the government; judgement"))
add(d, "He urged Ethiopia, whose peace deal with Eritrea last year raised hopes of change in Asmara, to raise the matter with President Isaias Afwerki when the two leaders next meet.",
    ("Dawit Tewelde", T, neu, "Ethiopia", "appeal for diplomatic action addressed to one party = calling_for_talks; Isaias is the object"))


def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        raw = re.sub(r"(?is)<head>.*?</head>", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return re.sub(r"\s+", " ", raw)


def main():
    cache = {}
    bad = 0
    for doc, sent, *_ in ROWS:
        if doc not in cache:
            cache[doc] = visible_text(os.path.join(ROOT, doc))
        if re.sub(r"\s+", " ", sent) not in cache[doc]:
            print("NOT FOUND:", doc, sent[:90])
            bad += 1
    if bad:
        sys.exit(1)
    with open(os.path.join(ROOT, "statements.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
        for doc, sent, actor, stance, senti, target, note in ROWS:
            w.writerow([doc, sent, actor, stance, senti, target, "page", note])
    print(len(ROWS), "rows")
    for doc, n in Counter(r[0] for r in ROWS).items():
        print(f"  {n:3d}  {doc}")
    print(Counter(r[3] for r in ROWS))
    for doc in cache:
        print(doc, dict(Counter(r[3] for r in ROWS if r[0] == doc)))


if __name__ == "__main__":
    main()
