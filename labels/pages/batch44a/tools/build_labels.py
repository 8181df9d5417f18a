"""Writes ../statements.csv from the hand decisions below (batch44a).

Each unit is located in its page's visible text by its exact opening and closing words, so the
`sentence` cell is the page's own text (no retyping). Every decision (actor, stance, sentiment,
target, note) was made by hand, reading the sentence in its page, per /work/shared/labelling-guide.md
and /work/main/labels/README.md. Sentences deliberately left without a row are listed as comments.
"""
import csv, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from pagetext import visible_text

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_cache = {}
ROWS = []


def U(doc, start, end, *labels):
    t = _cache.setdefault(doc, visible_text(os.path.join(ROOT, doc)))
    i = t.find(start)
    assert i >= 0, (doc, start)
    assert t.find(start, i + 1) < 0, ("start not unique", doc, start)
    j = t.find(end, i)
    assert j >= 0, (doc, end)
    s = t[i:j + len(end)]
    assert "\n" not in s, ("unit crosses a paragraph", doc, start)
    for actor, stance, sentiment, target, note in labels:
        ROWS.append([doc, s, actor, stance, sentiment, target, "page", note])


N, C, S, T = "neutral", "condemning", "supporting", "calling_for_talks"
neg, neu, pos = "negative", "neutral", "positive"
DRC = "Democratic Republic of the Congo"
TFR = "Together for the Republic"

# ---------------------------------------------------------------- 1. DR Congo: Katumbi at Kasumbalesa (wire)
d = "page_drc_katumbikasumbalesa2018_wire.txt"
U(d, "Democratic Republic of Congo's government on Sunday denied", "for a second day running.",
  (DRC, N, neg, "", "dateline excluded; the government denies barring Katumbi = denial (guide: neutral, negative tone)"))
U(d, "Katumbi, a former governor of the copper-rich Katanga region", "land in Lubumbashi.",
  (TFR, N, neg, "", "Katumbi's aides = his camp (the project files Katumbi under Together for the Republic, the platform he founded in 2019; in 2018 it was the Ensemble coalition); account of a refusal to let the jet land, no judgement word (unsure: could be read as an accusation)"))
# "He tried to cross at the Kasumbalesa frontier post on Friday afternoon but found it shut." -> narration, no row
U(d, "On Saturday, according to his chief of staff Olivier Kamitatu,", "on their side of the frontier.",
  (TFR, N, neg, "", "Kamitatu = Katumbi's camp; account of what Zambia told them, no judgement word"),
  ("Zambia", N, neu, "", "position of Zambia reported by Kamitatu (guide: X reported by Y is X's statement): officials stating an instruction received = fact"))
U(d, "\"This whole operation has one purpose:", "told PAN by telephone from Kasumbalesa on Saturday evening.",
  (TFR, C, neg, DRC, "multi-sentence quote closed by its speaker = one unit; 'they would rather close a border', 'nobody is fooled' = judgement on Kinshasa"))
# "Thousands of supporters who had waited ..." -> narration, no row
U(d, "Communications Minister Lambert Mende said no landing request", "on either day.",
  (DRC, N, neg, "", "minister introduced by role; denial of the account = neutral, negative"))
U(d, "\"Nobody has stopped Mr Katumbi from doing anything.", "Mende said.",
  (DRC, C, neg, TFR, "surname only; 'put on a show for the cameras' = judgement + 'a prison sentence is waiting for him' = threat"))
U(d, "Katumbi was sentenced in absentia in June 2016", "from the race.",
  (TFR, C, neg, DRC, "background narration carrying Katumbi's position: charges 'cooked up to eliminate' him = accusation against the government"))
U(d, "Earlier in the week, the mayor of Lubumbashi had said", "blocked the main road to Zambia.",
  (DRC, C, neg, TFR, "mayor (local official) = DR Congo; announcing Katumbi will not be let in = measure against him; checkpoints are narration"))
U(d, "Mende also said foreign capitals had no lessons to give Congo", "out of its own budget.",
  (DRC, C, neg, "", "rebuff of foreign comment = judgement; 'foreign capitals' are several -> target empty"))
U(d, "In Lusaka, Information Minister Dora Siliya said", "no intention of taking sides.",
  ("Zambia", N, neu, "", "Lusaka is a place; declares non-involvement, no evaluation"))
U(d, "\"We are not going to be drawn into the politics of a neighbour.", "she told state broadcaster ZNBC.",
  ("Zambia", N, neu, "", "'she' = Siliya; multi-sentence quote; facts about own officers"))
U(d, "Kamitatu said Katumbi would remain in Zambia for now", "before the deadline.",
  (TFR, N, neu, "", "plan"))
U(d, "Delly Sesanga, secretary-general of Katumbi's Ensemble coalition,", "if he was kept out.",
  (TFR, C, neg, DRC, "secretary-general of Katumbi's coalition speaks for it; 'would not allow Kabila's camp to choose its own opponents' = judgement (the head of state's camp = DR Congo) + a procedural demand: rule 1"))
U(d, "Jean-Pierre Bemba, the former rebel leader", "without its main challengers.",
  ("Movement for the Liberation of the Congo", T, neg, DRC, "Bemba, no office, leads the MLC; appeal for an inclusive vote + warning, no explicit judgement (unsure: warning could be read as condemning)"))
U(d, "Felix Tshisekedi, who leads the country's oldest opposition party,", "divide the opposition.",
  ("Union for Democracy and Social Progress", S, pos, TFR, "UDPS leader (not yet in office in 2018); solidarity with Katumbi"))
U(d, "Kinshasa's refusal to let Katumbi in would", "asking the authorities to open the border.",
  ("National Episcopal Conference of the Congo", C, neg, DRC, "possessive before the speaker is the target ('Kinshasa's refusal' = DR Congo's act), the speaker is CENCO; the refusal 'would spoil the vote' = judgement of the act; the request to open the border does not outweigh it (rule 1)"))
U(d, "A U.S. State Department spokeswoman, Heather Nauert,", "able to stand.",
  ("United States", T, neg, DRC, "'troubled' + what a credible election requires = concern with an implicit appeal"))
U(d, "\"We call on the government to let Mr. Katumbi return", "she said.",
  ("United States", T, neu, DRC, "explicit appeal to the Congolese government"))
U(d, "The head of the U.N. mission in Congo, Leila Zerrougui,", "a matter for Congolese courts.",
  ("United Nations", N, neu, "", "MONUSCO head = United Nations; monitoring, declines to comment = neutral"))
U(d, "European Union foreign affairs spokeswoman Maja Kocijancic", "judge the process by it.",
  ("European Union", T, neu, DRC, "expectation of an inclusive and transparent process = appeal, no judgement"))
# "Kabila, in power since 2001, ..." and "The ruling coalition has until Wednesday ..." -> narration, no row
U(d, "Adolphe Mwamba, a political scientist at the University of Lubumbashi,", "in his home province.",
  ("Adolphe Mwamba", N, neg, "", "invented analyst; reading of the government's calculation, no judgement or appeal"))
U(d, "\"The risk for Kinshasa is that the man it keeps at the border", "Mwamba said.",
  ("Adolphe Mwamba", N, neg, "", "analysis; 'robbed' is what people in Katanga say, not his own verdict (unsure: could be condemning)"))
U(d, "Katumbi, in a message posted on Twitter late on Saturday,", "would not give up.",
  (TFR, N, pos, "", "lead-in: own resolve, no judgement yet"))
U(d, "\"They have closed the sky and the road to me,", "he wrote.",
  (TFR, C, neg, DRC, "post on Twitter; 'they have closed the sky and the road' = accusation against the government"))

# ---------------------------------------------------------------- 2. Ghana: Ashaiman swoop (state news agency)
d = "page_ghana_ashaimanswoop2023_stateagency.txt"
U(d, "Mr Dominic Nitiwul, the Minister of Defence, has described as unfortunate", "assaulting residents.",
  ("Ghana", N, neg, "", "dateline excluded; defence minister = Ghana; 'unfortunate' about an incident of its own forces: regret, no judgement on another actor"))
U(d, "Mr Nitiwul, who addressed journalists at Parliament House", "who killed the soldier.",
  ("Ghana", T, neu, "", "appeal for calm (and cooperation with the security agencies)"))
U(d, "He said he and members of the Committee would travel to Ashaiman", "still ongoing.",
  ("Ghana", N, neu, "", "'He' = Nitiwul; plan + procedure"))
U(d, "Mr Kennedy Ohene Agyapong, the Chairman of the Defence and Interior Committee", "dealt with internally.",
  ("Ghana", N, neg, "", "committee chairman of Parliament (parliament = state) reporting the High Command's regret (the army = Ghana): one row for the state; regret over own conduct = neutral"))
U(d, "\"Nobody on this Committee, on either side of the House,", "Mr Agyapong said.",
  ("Ghana", C, neg, "", "the parliamentary committee judges the soldiers' conduct ('told the High Command so in plain terms'): a judgement on the state's own army, so the target cannot be named (unsure: could be neutral, negative)"))
U(d, "Mr James Agalga, the Ranking Member on the Committee", "must not go unpunished.",
  ("National Democratic Congress", C, neg, "Ghana", "Minority ranking member = NDC (opposition); 'gross abuse of state power' = judgement"))
U(d, "The Ghana Armed Forces, in a statement signed by", "reprisal against the community.",
  ("Ghana", N, neg, "", "the army speaks for its state; denial that it was a reprisal = neutral, negative"))
U(d, "The statement put at 184 the number of persons", "had also been retrieved.",
  ("Ghana", N, neu, "", "figures and own procedure"))
U(d, "It asked residents with knowledge of the killing", "to the security services.",
  ("Ghana", N, neu, "", "appeal for information to a criminal inquiry, not for a peaceful course = neutral"))
# "Trooper Sherrif, 21, ..." -> narration, no row
U(d, "The soldier's mother, Madam Afia Akyaa,", "called for help.",
  ("Afia Akyaa", N, neg, "", "named relative = independent person; her account, no actor judged"))
U(d, "Mr Kwaku Amankwa Manu, the Deputy Minister of Defence,", "wherever they hid.",
  ("Ghana", N, neg, "", "refusal to apologise + justification of own deployment = defence of own conduct, no judgement on another actor"))
U(d, "Mr Ernest Henry Norgbey, the Member of Parliament for Ashaiman,", "still being screened.",
  ("National Democratic Congress", N, neu, "", "opposition MP = his party (NDC); figures"))
U(d, "\"The people I represent were beaten in their own homes", "Mr Norgbey said.",
  ("National Democratic Congress", C, neg, "Ghana", "soldiers to 'answer for it' + compensation after beatings of residents = accusation by describing attacks on civilians"))
U(d, "Mr Joseph Whittal, the Commissioner of the Commission on Human Rights", "court of competent jurisdiction.",
  ("Commission on Human Rights and Administrative Justice", C, neg, "Ghana", "national human rights institution = its own actor (as in other batches); inquiry + 'no security agency had the right to inflict punishment' = judgement on the soldiers' conduct (unsure: could be neutral + caution)"))
U(d, "He said the Commission would invite the Military High Command", "make its findings public.",
  ("Commission on Human Rights and Administrative Justice", N, neu, "", "'He' = Whittal; procedure"))
U(d, "Former President John Dramani Mahama, in a statement issued on Wednesday evening,", "in the Ghana Armed Forces.",
  ("John Dramani Mahama", S, neg, "Ghana", "former president out of office speaks for himself; sympathy to the family and the soldier's comrades in the GAF = solidarity"))
U(d, "He urged the military to let the Police and the courts do their work,", "were compensated.",
  ("John Dramani Mahama", T, neg, "Ghana", "'He' = Mahama; appeal for restraint and compensation, no judgement word"))
U(d, "Dr Nyaho Nyaho-Tamakloe, a founding member of the governing", "resignation of the Minister of Defence.",
  ("Nyaho Nyaho-Tamakloe", C, neg, "Ghana", "party elder speaking for himself; blame on those who gave the orders + call for the minister's resignation"))
U(d, "A group calling itself Ashaiman Lives Matter,", "residents still held.",
  ("Ashaiman Lives Matter", T, neg, "Ghana", "demand for an independent inquiry and releases, no judgement word in the sentence"))
U(d, "Amnesty International Ghana, in a statement,", "were prosecuted.",
  ("Amnesty International", C, neg, "Ghana", "'degrading treatment' by soldiers = judgement"))
U(d, "The Ghana Police Service, for its part,", "put before court.",
  ("Ghana", C, neg, "", "police = Ghana; promise to arrest and prosecute the soldier's unidentified killers = threatened response; target empty"))

# ---------------------------------------------------------------- 3. Nigeria: Koshobe/Zabarmari killings (UN noon briefing)
d = "page_nigeria_koshobe_farmers2020_noonbriefing.txt"
UN = "United Nations"
# "Good afternoon. We are starting a bit late ..." and "I will start with a statement attributable ..." -> no position, no row
U(d, "The Secretary-General strongly condemns the attack", "harvesting their fields.",
  (UN, C, neg, "", "perpetrators unnamed -> target empty"))
U(d, "His thoughts are with the bereaved families", "feed themselves and their communities.",
  (UN, S, neg, "Nigeria", "condolences to the families and all Nigerians = solidarity"))
U(d, "The Secretary-General calls on the Nigerian authorities to spare no effort", "freed immediately and unharmed.",
  (UN, T, neg, "Nigeria", "call to bring the perpetrators to justice + demand to free the abducted women, no judgement word; the one actor addressed is Nigeria"))
U(d, "The United Nations will continue to work alongside the Nigerian authorities,", "the statement adds.",
  (UN, S, pos, "Nigeria", "support by act (protection and relief) promised to Nigeria"))
U(d, "And on the ground, our Resident and Humanitarian Coordinator in Nigeria, Edward Kallon,", "working in the rice fields.",
  (UN, N, neu, "", "death toll and facts from the UN coordinator"))
U(d, "Mr. Kallon said the humanitarian community in Borno was shocked,", "to get by.",
  (UN, N, neg, "", "shock and warning without an appeal = neutral, negative"))
U(d, "He plans to travel to Zabarmari in the coming days", "the state authorities.",
  (UN, N, neu, "", "plan"))
U(d, "Our humanitarian colleagues remind us that farming communities", "food supplies in the region.",
  (UN, N, neu, "", "facts"))
U(d, "The Office for the Coordination of Humanitarian Affairs (OCHA) is urging donors", "impact of the conflict.",
  (UN, T, neg, "", "OCHA = United Nations; asking for humanitarian funding (labels README: asking for humanitarian help is calling_for_talks)"))
U(d, "Tomorrow, for World AIDS Day, we will be joined virtually", "the agency's new report.",
  (UN, N, neu, "", "announcement of a guest = plan"))
U(d, "Steph, the President's spokesman, Garba Shehu, told the BBC today", "back into those fields.",
  ("Nigeria", N, neg, "", "journalist's question reporting another actor's position = that actor's statement (labels README); the presidential spokesman's claim about the farmers, no judgement of an actor"))
# "Does the Secretary-General think it is acceptable ...?" -> question, no row
# "I am not going to get into a back-and-forth ..." -> declines to comment, no row
U(d, "What I can tell you is that civilians have every right to work their land in safety,", "not with the people who were killed.",
  (UN, C, neg, "", "unit starts after the speaker label; 'responsibility for this massacre lies squarely with those who carried it out' = blame on unnamed attackers"))
# "Do you know who was behind it?" / "Some reports say ISWAP ..." -> question, unnamed reports, no row
U(d, "We have seen the various reports, but we are not in a position to attribute", "at this point.",
  (UN, N, neu, "", "declines to attribute = neutral"))
U(d, "Whoever carried it out must be made to answer for it.", "Whoever carried it out must be made to answer for it.",
  (UN, T, neg, "", "demand for accountability with no judgement word (as in other batches; unsure: could be condemning)"))
U(d, "President Buhari has condemned the killings", "protect farming communities.",
  ("Nigeria", C, neg, "", "reported in a question; attackers not named in the sentence -> target empty"))
U(d, "Governor Zulum, for his part, told reporters at the funeral", "death in the fields.",
  ("Nigeria", N, neg, "", "state governor = Nigeria; plight described, no actor judged, no appeal"))
# "Is the UN doing anything specific on food?" -> question, no row
U(d, "The World Food Programme (WFP) and its partners are already providing", "the affected communities.",
  ("World Food Programme", S, neu, "", "WFP's aid reported by the spokesman (X reported by Y is X's); aid to communities (not an actor) -> target empty"))
U(d, "But humanitarian aid is not a substitute for security.", "But humanitarian aid is not a substitute for security.",
  (UN, N, neu, "", "general assessment, no actor judged, no appeal"))
U(d, "People need to be able to farm without fearing for their lives.", "People need to be able to farm without fearing for their lives.",
  (UN, T, neg, "", "appeal for the protection of civilians"))
U(d, "The European Union, the United States and the African Union have all put out statements", "condemning the attack.",
  ("European Union", C, neg, "", "list of actors in a journalist's question: one row each; attackers unnamed"),
  ("United States", C, neg, "", "listed"),
  ("African Union", C, neg, "", "listed"))
# "Will the Security Council take it up?" / "That is a question for the members of the Council." / "The Secretary-General has been very clear on where he stands." -> no new position, no row
# "On the abducted women, is the UN in contact with anyone?" / "I am not going to go into any details ..." -> no row
U(d, "Our priority is their safe return.", "Our priority is their safe return.",
  (UN, T, neu, "", "appeal for the abducted women's return"))
U(d, "On Ethiopia, Prime Minister Abiy has declared", "federal forces are in Mekelle.",
  ("Ethiopia", N, pos, "", "reported in a question; own operation declared over, no judgement"))
U(d, "No, we do not have the access we need.", "No, we do not have the access we need.",
  (UN, N, neg, "", "fact with concern, no appeal in this sentence"))
U(d, "We continue to call for unimpeded humanitarian access", "wherever they are.",
  (UN, T, neu, "", "appeal for access and protection of civilians; addressed to all -> target empty"))

# ---------------------------------------------------------------- 4. Liberia: Executive Order No. 131 (presidency releases, HTML)
d = "page_liberia_warcrimescourt_eo131_2024_presidency.html"
FIND = "Gbehzohngar Findley"
U(d, "The Minister of Information, Cultural Affairs and Tourism, Hon. Jerolinmek Matthew Piah,", "Senator Gbehzohngar Milton Findley.",
  ("Liberia", N, neg, "", "dateline excluded; information minister = Liberia; turning down a proposal with no grievance in this sentence, the judgement comes in the quote (unsure: a refusal of a format could be read as condemning)"),
  (FIND, N, neu, "", "the senator's referendum proposal reported by the minister = procedural proposal"))
U(d, "Speaking at the Ministry's regular press briefing on Tuesday, Minister Piah said", "waited too long.",
  ("Liberia", N, neg, "", "reasons for refusing a referendum (settled; would delay) = argument, no explicit judgement of an actor"))
U(d, "\"Those who now ask for a referendum had fifteen years", "Minister Piah said.",
  ("Liberia", C, neg, FIND, "multi-sentence quote closed by its speaker; sarcasm at 'those who now ask for a referendum' (Findley) = judgement"))
U(d, "Senator Findley, a former President Pro Tempore of the Senate,", "suffered most during the wars.",
  (FIND, N, neg, "", "senator speaking against his government's policy = his own name: a former foreign minister out of office, named as in the office-holder table; proposal + warning, no judgement"))
U(d, "Meanwhile, in a video message released on Tuesday, May 7,", "finally face judges.",
  ("United States", S, pos, "Liberia", "congratulation + pledge of help"))
U(d, "President Boakai, who is in the United States on a working visit,", "road to accountability.",
  ("Liberia", S, pos, "United States", "thanks to the US administration"))
U(d, "Also on Tuesday, the Liberia National Bar Association called on the Legislature", "to the new Office.",
  ("Liberia National Bar Association", S, pos, "Liberia", "offer of its members' services (support by act) + appeal to pass the law; the legislature and the Office are Liberia's"))
U(d, "The Executive Mansion has welcomed the statements of Liberia's bilateral", "Executive Order No. 131.",
  ("Liberia", S, pos, "", "Executive Mansion = Liberia; welcome of partners' support, several partners -> target empty"))
U(d, "In a statement issued in Monrovia, the Chargé d'Affaires of the Embassy of the United States,", "as the process moves forward.",
  ("United States", S, pos, "Liberia", "praise + pledge of support; Monrovia is a place"))
U(d, "The Delegation of the European Union to Liberia, in a joint local statement", "support to the new Office.",
  ("European Union", S, pos, "Liberia", "joint statement: one row per signatory; approval + offer of expertise"),
  ("France", S, pos, "Liberia", "listed embassy = France"),
  ("Germany", S, pos, "Liberia", "listed embassy = Germany"),
  ("Ireland", S, pos, "Liberia", "listed embassy = Ireland"),
  ("Sweden", S, pos, "Liberia", "listed embassy = Sweden"))
U(d, "The Economic Community of West African States (ECOWAS), through the President of its Commission,", "could draw lessons.",
  ("ECOWAS", S, pos, "Liberia", "Commission president speaks for ECOWAS; praise"))
U(d, "The United Nations family in Liberia said it would provide technical assistance", "fair-trial standards.",
  ("United Nations", S, pos, "Liberia", "offer of technical assistance = supporting; the appeal is about how the process is run, not a call for peace (unsure: could be calling_for_talks)"))
U(d, "Mr. Hassan Bility, Executive Director of the Global Justice and Research Project,", "political interference.",
  ("Global Justice and Research Project", S, pos, "Liberia", "approval ('a victory for survivors') with a caution about funding and interference; no judgement of an actor"))
U(d, "The Executive Mansion assures the Liberian people", "county of origin.",
  ("Liberia", N, pos, "", "reassurance about own conduct = neutral, positive tone"))
U(d, "His Excellency President Joseph Nyuma Boakai, Sr. has signed Executive Order No. 131,", "2023 electoral campaign.",
  ("Liberia", N, pos, "", "dateline excluded; own decision reported as done (pledge fulfilled)"))
# "The signing, held on Thursday, May 2, 2024 ..., was witnessed by ..." -> narration, no row
U(d, "Speaking before affixing his signature, President Boakai said", "would be disappointed.",
  ("Liberia", C, neg, "", "warning to those who committed wartime crimes = threatened response; no actor named -> target empty"))
U(d, "\"For more than twenty years, we have asked the victims of our wars to be patient.", "to be patient.",
  ("Liberia", N, neg, "", "quotation left open for the next paragraph -> sentence units (labels README); the President's account of the victims' long wait, no actor judged"))
U(d, "We have asked mothers who buried their children,", "never knew their parents, to wait.",
  ("Liberia", N, neg, "", "continuation of the open quotation, same speaker; no position on an actor"))
U(d, "\"Today, the waiting begins to come to an end.", "the President declared.",
  ("Liberia", C, neg, "", "paragraph continuing the quotation, closed by its speaker = one unit; 'those who took everything will have to answer' = warning to unnamed perpetrators"))
U(d, "He stressed that the Office was not an instrument of vengeance", "the rule of law.",
  ("Liberia", N, pos, "", "reassurance about own conduct"))
U(d, "Under the Order, the Office will be headed by an Executive Director", "staffed and financed.",
  ("Liberia", N, neu, "", "plan/procedure"))
U(d, "President Boakai thanked Liberia's international partners,", "steadfast encouragement.",
  ("Liberia", S, pos, "", "thanks to two partners (US, EU) -> target empty"))
U(d, "He appealed to all Liberians, including those who fear the process,", "settle the past.",
  ("Liberia", T, pos, "", "'He' = Boakai; appeal for reconciliation and a peaceful, judicial settling of the past, addressed to Liberians at large"))
U(d, "The President's Press Secretary, Madam Kolu Fofana,", "with American officials.",
  ("Liberia", N, neu, "", "travel plan"))

# ---------------------------------------------------------------- 5. The Gambia: Three Years Jotna protest (live blog, HTML)
d = "page_gambia_jotnaprotest2020_liveblog.html"
TYJ = "Three Years Jotna"
U(d, "Fatou Sowe-Manneh, who teaches political science", "could not have won on the street.",
  ("Fatou Sowe-Manneh", N, neg, "", "invented academic; tactical analysis of the ban, not a moral verdict (unsure: could be condemning)"))
U(d, "\"Barrow had a legal case: the constitution gives him five years.", "she said.",
  ("Fatou Sowe-Manneh", N, neg, "", "multi-sentence quote closed by its speaker; analysis of the government's mistake (unsure)"))
U(d, "Amnesty International's acting deputy director for West and Central Africa, Marta Colomer,", "solely for protesting.",
  ("Amnesty International", C, neg, "Gambia", "arrests and closures 'sat badly with the reforms Barrow had promised' = judgement + demand: rule 1"))
U(d, "#Gambia: 137 people arrested and two radio stations off air", "after yesterday's protest.",
  ("Amnesty International", N, neg, "", "embedded post; facts"))
U(d, "The authorities must free all those held for peacefully protesting", "do their work.",
  ("Amnesty International", T, neg, "Gambia", "embedded post; demand to the authorities with no judgement word (labels README)"))
U(d, "The National People's Party (NPP), which Barrow launched at the end of December", "what it called their restraint.",
  ("National People's Party (Gambia)", S, pos, "Gambia", "the president's new party backs the government's ban and praises the police = approval"))
U(d, "The Gambia Press Union (GPU) has condemned the suspension", "for 22 years.",
  ("Gambia Press Union", C, neg, "Gambia", "condemns + comparison with Jammeh's tools"))
U(d, "The union asked the information ministry to allow the stations back on air", "before the courts.",
  ("Gambia Press Union", T, neg, "Gambia", "demand to reopen the stations, no judgement word in this sentence"))
U(d, "Sheriffo Sonko, a member of the movement's executive who was not detained,", "a peaceful one.",
  (TYJ, N, neu, "", "executive member speaks for the movement; account of its own intentions"))
U(d, "\"Our members went out with placards and bottles of water.", "Sonko said.",
  (TYJ, C, neg, "Gambia", "jailing marchers for 'asking a president to keep his word' = judgement"))
# "The US embassy in Banjul has posted this on Twitter:" -> lead-in, no row
U(d, "We are following today's events in the Greater Banjul Area closely.", "We are following today's events in the Greater Banjul Area closely.",
  ("United States", N, neu, "", "embedded post; monitoring"))
U(d, "We urge all sides to show restraint", "assemble and speak freely.",
  ("United States", T, neu, "", "embedded post; appeal to all sides -> target empty"))
U(d, "The European Union delegation in Banjul said separately", "refrain from violence.",
  ("European Union", T, pos, "", "hope for a settlement through dialogue + appeal against violence, to all involved (guide: hoping = calling_for_talks)"))
U(d, "In a statement read on state television, government spokesman Ebrima G. Sankareh", "rather than the ballot box.",
  ("Gambia", C, neg, TYJ, "ban of the movement + accusation = measure and judgement"))
U(d, "The spokesman put the number of arrests at 137,", "had been hurt.",
  ("Gambia", N, neu, "", "figures"))
U(d, "According to the government, marchers who had left the permitted route", "to restore order.",
  ("Gambia", C, neg, TYJ, "accuses the movement's marchers of violence and defends own force"))
U(d, "The statement also announced the suspension of two private radio stations,", "for the march on air.",
  ("Gambia", C, neg, "", "suspension of two stations (not actors here) with an accusation = measure; target empty"))
U(d, "Any business, radio station or individual found helping the movement", "the spokesman warned.",
  ("Gambia", C, neg, "", "threat against anyone helping the movement; the targets are unnamed supporters -> empty"))
# "Medical workers at two health centres have told local reporters ..." -> unnamed speakers, no row; "We have not been able to confirm ..." -> no row
U(d, "The government said in its statement that no one had been killed in the clashes.", "no one had been killed in the clashes.",
  ("Gambia", N, neg, "", "denial of deaths"))
U(d, "The Gambia Police Force said on its Facebook page", "away from the area overnight.",
  ("Gambia", T, neu, "", "police = Gambia; calm restored + appeal to residents to keep away = appeal for calm (unsure: could be neutral safety advice)"))
# "King FM and Home Digital FM ... went off air ..." -> narration; "A presenter at one of the stations said ..." -> unnamed speaker, no row
U(d, "Fellow organisers say the movement's coordinator, Abdou Njie,", "after the clashes began.",
  (TYJ, N, neg, "", "unnamed members of a named body speak for it; account of the arrest"))
# "Riot police fired tear gas ..." / "Some young men threw stones ..." -> narration, no row
U(d, "Speaking to us before the march set off, the movement's coordinator, Abdou Njie,", "with the security forces.",
  (TYJ, N, neu, "", "reassurance about own intentions"))
U(d, "\"We are not here to fight anybody.", "Njie said.",
  (TYJ, C, neg, "Gambia", "'put his name to a promise ... and broke it' = judgement on the president; demand that he leave"))
# Welcome paragraph -> narration, no row
U(d, "The movement said the police had granted it a permit", "outside the capital.",
  (TYJ, N, neu, "", "fact given by the movement"))
U(d, "Barrow has said repeatedly that the constitution entitles him", "until January 2022.",
  ("Gambia", N, neu, "", "the president's stated position on his term = legal claim, no evaluation"))

# ---------------------------------------------------------------- 6. Guinea: Abdoul Sacko abduction (Freetown daily, scraped text)
d = "page_guinea_sackoabduction2025_dailyscrape.txt"
SAC = "Abdoul Sacko"
FFSG = "Forum des Forces Sociales de Guinée"
U(d, "Abdoul Sacko, the national coordinator of the Forum des Forces Sociales de Guinée (FFSG)", "his lawyers said.",
  (SAC, N, neg, "", "his lawyers speak for their client (as in other batches); account of his abduction and state, no one named"))
# "Forécariah lies close to the border ..." -> narration, no row
U(d, "\"Our client was found by villagers in a critical state,", "said in a statement on Thursday.",
  (SAC, N, neg, "", "multi-sentence quote closed by its speakers; facts of his condition"))
U(d, "The lawyers said they would meet the public prosecutor", "identified and prosecuted.",
  (SAC, T, neg, "Guinea", "demand for an investigation to the prosecutor (Guinea), no judgement word"))
U(d, "Almamy Samory Traoré, one of the lawyers,", "by surprise.",
  (SAC, N, neg, "", "lawyer for his client; prior threats, no author named"))
U(d, "Sacko's wife, Oumou Barry,", "through the ceiling.",
  ("Oumou Barry", N, neg, "", "named relative = independent person; eyewitness account"))
U(d, "\"They came in through the roof like thieves.", "had not yet been repaired.",
  ("Oumou Barry", N, neg, "", "multi-sentence quote closed by its speaker; account, the men unidentified"))
U(d, "The FFSG, a network of civil society groups", "the life of its coordinator.",
  (FFSG, C, neg, "Guinea", "holds the junta responsible (a junta speaks for its state)"))
U(d, "It said its members had filed a complaint last month", "nothing had been done.",
  (FFSG, C, neg, "Guinea", "'It' = the FFSG; complaint ignored = reproach of the authorities' inaction (unsure: could be neutral)"))
U(d, "The Forces Vives de Guinée, a coalition of opposition parties", "held in secret.",
  ("Forces Vives de Guinée", C, neg, "Guinea", "denounces night raids + demand: rule 1"))
U(d, "Sékou Koundouno, a leader of the National Front for the Defence of the Constitution (FNDC)", "point out Sacko's house.",
  ("National Front for the Defence of the Constitution", N, neg, "", "leader speaks for the FNDC; account of the gunmen's method"))
U(d, "He said the method was the same as in earlier disappearances", "let fear silence them.",
  ("National Front for the Defence of the Constitution", C, neg, "Guinea", "'He' = Koundouno; ties the abduction to earlier disappearances (blamed on the authorities) = accusation (unsure)"))
U(d, "Former president Alpha Condé, overthrown by the army in September 2021,", "would not forget it.",
  ("Alpha Condé", C, neg, "Guinea", "former head of state out of office speaks for himself; 'governing by abduction' = judgement"))
U(d, "The Union of Democratic Forces of Guinea (UFDG),", "could no longer look away.",
  ("Union of Democratic Forces of Guinea", C, neg, "Guinea", "'act of state terror' = judgement; ECOWAS and AU only addressed"))
U(d, "The United States embassy in Conakry said it was alarmed", "without delay.",
  ("United States", T, neg, "Guinea", "alarm + request to investigate; 'growing number of arrests' is a description, no judgement word (unsure: could be condemning)"))
U(d, "The Guinean Organisation for the Defence of Human Rights (OGDH) said kidnappings", "independent inquiry.",
  ("Guinean Organisation for the Defence of Human Rights", C, neg, "Guinea", "blame on 'those who command' the masked men = accusation"))
U(d, "The Guinean Bar Association said lawyers could no longer tell their clients", "after every abduction.",
  ("Guinean Bar Association", C, neg, "Guinea", "criticises prosecutors' silence = judgement"))
U(d, "A delegation of the Bar visited Sacko's family on Thursday", "strengthen his legal team.",
  ("Guinean Bar Association", S, pos, SAC, "'the Bar' = the Guinean Bar Association of the previous sentence; solidarity visit + offer of legal help = support by act"))
U(d, "Human Rights Watch urged the transitional authorities", "have not been seen since.",
  ("Human Rights Watch", T, neg, "Guinea", "appeal for an investigation and disclosure, no judgement word"))
U(d, "Guinea's prosecutor general announced an investigation into their disappearance last year,", "holding the two men.",
  ("Guinea", N, neg, "", "announced investigation (procedure) + denial of holding the men"))
# "The government had not commented ..." -> narration, no row
U(d, "Souleymane Sow, the director of Amnesty International in Guinea,", "into silence.",
  ("Amnesty International", C, neg, "", "national director speaks for Amnesty; the abductions were designed to silence = judgement; authors not named in this sentence -> target empty"))
U(d, "\"Each time someone is taken, a hundred others stop speaking.", "Sow said.",
  ("Amnesty International", C, neg, "Guinea", "multi-sentence quote; 'the prosecutor's silence is so dangerous' = judgement on the state"))
# "Doumbouya, who seized power in 2021, had promised ..." -> background narration, no row


def main():
    out = os.path.join(ROOT, "statements.csv")
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
        w.writerows(ROWS)
    from collections import Counter
    c = Counter(r[0] for r in ROWS)
    for k, v in c.items():
        print(f"{v:3d} {k}")
    print(f"{len(ROWS):3d} total")
    print(Counter(r[3] for r in ROWS))


if __name__ == "__main__":
    main()
