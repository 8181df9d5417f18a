"""Writes ../statements.csv from the hand decisions below.

Each unit is found in its page's visible text by its exact opening and closing words, so the
`sentence` cell is the page's own text (nothing retyped). The decisions (actor, stance, sentiment,
target, note) are made by hand per /work/shared/labelling-guide.md and labels/README.md.
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

# ------------------------------------------------------------------ Yemen (live blog, 2022-04-02)
d = "page_yemen_truce_liveblog.txt"
U(d, "The Saudi-led coalition said its forces had halted", "the truce took effect.",
  ("Saudi Arabia", T, neu, "", "coalition led by Saudi Arabia speaks for it; observing the truce = agreeing to a ceasefire"))
U(d, "It warned, however, that any Houthi attack", "carried by the Saudi Press Agency.",
  ("Saudi Arabia", C, neg, "Houthis", "'It' = the coalition; threat of a response; SPA is the carrier, not an actor"))
U(d, "A Saudi official, speaking on condition of anonymity,", "unloaded without incident.",
  ("Saudi Arabia", T, pos, "", "unnamed official of a named government speaks for it; expecting an extension = hope the truce lasts"))
U(d, "Mohammed Abdulsalam, the Houthis' chief negotiator", "as long as the other side did.",
  ("Houthis", T, neu, "", "commitment to the truce (conditional)"))
U(d, "\"The siege on our people is the real war.", "he wrote.",
  ("Houthis", C, neg, "Saudi Arabia", "multi-sentence quote closed by its speaker; 'the siege', 'the aggression' = the coalition; holds it responsible"))
U(d, "Earlier in the day Mahdi al-Mashat", "\"playing with time\".",
  ("Houthis", C, neg, "Saudi Arabia", "head of the Houthis' Supreme Political Council; warning to the coalition = threat"))
U(d, "Yemen's internationally recognised government said it had accepted", "in six years.",
  ("Yemen", T, pos, "", "accepting the truce and facilitating its terms = agreeing to a ceasefire"))
U(d, "Foreign Minister Ahmed Awad bin Mubarak said", "not by what they signed.",
  ("Yemen", C, neg, "Houthis", "no country word (Yemen by the entry); accusation of broken ceasefires"))
U(d, "Information Minister Moammar al-Eryani accused", "before the truce began.",
  ("Yemen", C, neg, "Houthis", "accusation"))
U(d, "The Secretary-General welcomed the start of the truce", "his spokesman said in New York.",
  ("United Nations", T, pos, "", "UN readout style ('The Secretary-General'); welcome + peace appeal, no judgement: rule 2 before rule 3"))
U(d, "Guterres also thanked Saudi Arabia and Oman", "given his envoy.",
  ("United Nations", S, pos, "", "thanks/praise; two states -> target empty"))
U(d, "In a statement issued from Amman, UN special envoy Hans Grundberg said all offensive", "to stop from 19:00.",
  ("United Nations", N, neu, "", "envoy announcing the terms and start time of the truce = procedure; Amman is a place"))
U(d, "\"This is a fragile moment, and it is not yet peace.", "Grundberg said.",
  ("United Nations", T, neu, "", "multi-sentence quote closed by its speaker; appeal to hold fire and meet"))
U(d, "\"If the roads open, I can see my mother", "a 34-year-old teacher.",
  ("Fatima Saleh", T, pos, "", "named resident = independent person; hope that the truce lasts"))
U(d, "US President Joe Biden called the truce", "a permanent end to the war.",
  ("United States", T, pos, "", "appeal/pressure for a permanent end to the war"))
U(d, "The State Department said special envoy Tim Lenderking", "to support the UN effort.",
  ("United States", S, neu, "United Nations", "envoy trip announced explicitly 'to support the UN effort' = backing by act; could be read as a plan (neutral)"))
U(d, "Iran's foreign ministry spokesman, Saeed Khatibzadeh, welcomed", "on Yemen's ports.",
  ("Iran", T, pos, "", "welcome + hope for a lasting ceasefire, no judgement in this sentence"))
U(d, "He added that the coalition bore responsibility", "crimes against the Yemeni people.",
  ("Iran", C, neg, "Saudi Arabia", "'He' = Khatibzadeh; 'bore responsibility', 'crimes'"))
U(d, "Martin Griffiths, the UN humanitarian chief,", "less than a third funded.",
  ("United Nations", T, neu, "", "OCHA chief -> United Nations; appeal for humanitarian funding (asking for aid is not supporting)"))
U(d, "The World Food Programme said it had pre-positioned", "as soon as roads allowed.",
  ("World Food Programme", S, pos, "", "aid provided/offered"))
U(d, "UNICEF said 47 children", "in January and February alone.",
  ("UNICEF", N, neu, "", "casualty figure from an actor, no blame"))
U(d, "Saudi Arabia welcomed the announcement and said it supported", "the official Saudi Press Agency reported.",
  ("Saudi Arabia", S, pos, "United Nations", "welcome + support for the envoy's efforts, no appeal"))
U(d, "The United Arab Emirates, Qatar and Oman issued separate statements", "welcoming the truce.",
  ("United Arab Emirates", S, pos, "", "list of states: one row each; welcome of a step"),
  ("Qatar", S, pos, "", "list of states: one row each; welcome of a step"),
  ("Oman", S, pos, "", "list of states: one row each; welcome of a step"))
U(d, "GCC Secretary-General Nayef al-Hajraf said", "invitation to the Houthis to join them.",
  ("Gulf Cooperation Council", T, neu, "Houthis", "host of consultations renewing an invitation to talks"))
U(d, "British Foreign Secretary Liz Truss said on Twitter", "engage constructively with the UN.",
  ("United Kingdom", T, pos, "Houthis", "appeal addressed to one party, no judgement"))
U(d, "The EU's foreign policy chief, Josep Borrell, said the bloc stood ready", "additional humanitarian funding.",
  ("European Union", S, pos, "", "offer of support and funding"))

# ------------------------------------------------------------------ Nicaragua (HTML, 2018-07-19)
d = "page_nicaragua_oas_webpage.html"
U(d, "The Organization of American States on Wednesday condemned", "an early election calendar.",
  ("Organization of American States", C, neg, "Nicaragua", "condemned + urged talks: rule 1"))
U(d, "The text, sponsored by the United States, Canada, Chile and Costa Rica", "Permanent Council in Washington.",
  ("United States", C, neg, "Nicaragua", "sponsoring a resolution that condemns = the sponsor's own act; 'among others' are unnamed"),
  ("Canada", C, neg, "Nicaragua", "sponsor of the condemning resolution"),
  ("Chile", C, neg, "Nicaragua", "sponsor of the condemning resolution"),
  ("Costa Rica", C, neg, "Nicaragua", "sponsor of the condemning resolution"))
U(d, "Only Venezuela and Saint Vincent and the Grenadines joined", "voting against it.",
  ("Venezuela", S, neu, "Nicaragua", "voting against a resolution on Nicaragua, alongside it = backing by act"),
  ("Saint Vincent and the Grenadines", S, neu, "Nicaragua", "voting against, alongside Nicaragua = backing by act"),
  ("Nicaragua", N, neg, "", "voting against a text on itself; no reason stated in this sentence (next sentence gives it)"))
U(d, "Foreign Minister Denis Moncada, who addressed the session in person,", "financed from abroad.",
  ("Nicaragua", C, neg, "Organization of American States", "rejects the resolution as 'interference' (judgement aimed at the OAS text)"))
U(d, "\"There is no repression in Nicaragua, and there are no paramilitaries.", "Moncada told the council.",
  ("Nicaragua", N, neg, "", "denial; multi-sentence quote closed by its speaker"))
U(d, "The US ambassador to the OAS, Carlos Trujillo,", "shot at students.",
  ("United States", C, neg, "Nicaragua", "accuses Ortega's police and armed gangs"))
U(d, "In a statement, Secretary of State Mike Pompeo said", "responsible for the killings.",
  ("United States", C, neg, "Nicaragua", "threat of further sanctions"))
U(d, "Earlier this month the Treasury Department froze", "by marriage.",
  ("United States", C, neg, "Nicaragua", "sanctions taken (specific act reported as done)"))
U(d, "OAS Secretary-General Luis Almagro wrote on Twitter", "alongside the police.",
  ("Organization of American States", C, neg, "Nicaragua", "'the repression had to stop' + demand: rule 1"))
U(d, "In Managua, Vice President Rosario Murillo,", "given families their peace back.",
  ("Nicaragua", N, pos, "", "own operation described as a success; pejorative 'terrorists' aimed at protesters (not a canonical actor), as ISPR's 'khawarij' in labels/pages"))
U(d, "\"Today we celebrate the return of tranquillity.", "Murillo said.",
  ("Nicaragua", C, neg, "", "threat ('will answer to justice') at barricade builders, not a canonical actor -> target empty"))
U(d, "The Inter-American Commission on Human Rights said more than 260", "acting with their consent.",
  ("Organization of American States", C, neg, "Nicaragua", "IACHR is an alias of the OAS in organisations.csv; figures with blame on state agents -> condemning"))
U(d, "Vilma Núñez, president of the Nicaraguan Center for Human Rights", "would not stop the killing.",
  ("Nicaraguan Center for Human Rights", C, neg, "Nicaragua", "speaks as CENIDH president; 'the repression' judgement outweighs the approval of the resolution (rule 1)"))
U(d, "The Civic Alliance for Justice and Democracy, which represents", "the attacks on protesters stopped.",
  ("Civic Alliance for Justice and Democracy", T, neu, "Nicaragua", "conditional offer to return to talks"))
U(d, "Cardinal Leopoldo Brenes, the archbishop of Managua,", "the lives of Nicaraguans first.",
  ("Episcopal Conference of Nicaragua", T, neu, "", "cardinal speaking for the mediating bishops' conference; appeal to both sides"))
U(d, "Auxiliary Bishop Silvio Báez, who was beaten", "cannot claim to want peace.",
  ("Silvio Báez", C, neg, "", "own voice on Twitter (not the conference's); judgement on church attackers (government supporters, not canonical)"))
U(d, "Chile's foreign minister, Roberto Ampuero,", "lethal force against civilians.",
  ("Chile", C, neg, "Nicaragua", "warning to Managua"))
U(d, "Costa Rica's foreign minister, Epsy Campbell,", "thousands of asylum requests.",
  ("Costa Rica", S, pos, "", "shelter for people fleeing = aid; Nicaraguans are not a canonical actor"))
U(d, "Venezuela's ambassador to the OAS, Samuel Moncada,", "intervention in Latin America.",
  ("Venezuela", C, neg, "United States", "accusation aimed at Washington"))
U(d, "In Brussels, a spokesperson for EU foreign policy chief", "with deep concern.",
  ("European Union", N, neg, "", "concern without appeal; Brussels is a place"))
U(d, "The UN human rights office said its team,", "refused access to Masaya on Tuesday.",
  ("United Nations", N, neg, "", "OHCHR -> United Nations; fact of being refused access, no judgement word"))
U(d, "\"We call on the authorities to let us do our work", "told reporters in Geneva.",
  ("United Nations", T, neu, "Nicaragua", "appeal for access and protection of witnesses"))
U(d, "The Sandinista National Liberation Front called its supporters", "Ortega is expected to speak.",
  ("Sandinista National Liberation Front", N, neu, "", "ruling party under its own name; plan for a rally"))

# ------------------------------------------------------------------ Sri Lanka (AP-style wire, 2022-07-10)
d = "page_srilanka_wire.txt"
U(d, "Sri Lanka's parliamentary speaker said Sunday that President", "the island's economic collapse.",
  ("Sri Lanka", N, neu, "", "dateline 'COLOMBO, Sri Lanka (AP) — ' excluded; the speaker announcing the president's decision = Sri Lanka, neutral"))
U(d, "Speaker Mahinda Yapa Abeywardena said in a televised statement", "respect the law.",
  ("Sri Lanka", T, neu, "", "appeal for calm"))
U(d, "Prime Minister Ranil Wickremesinghe has said he will resign", "is in place.",
  ("Sri Lanka", N, neu, "", "own plan"))
U(d, "\"I have no wish to cling to power.", "set his house ablaze.",
  ("Sri Lanka", N, neu, "", "multi-sentence quote closed by its speaker; self-justification, no judgement"))
U(d, "Police spokesman Nihal Thalduwa said 34 people", "the prime minister's residence.",
  ("Sri Lanka", N, neu, "", "figures and arrests"))
U(d, "The Chief of Defence Staff, General Shavendra Silva, said", "keep the peace.",
  ("Sri Lanka", T, neu, "", "army speaks for its state; appeal to keep the peace"))
U(d, "A senior Sri Lankan defence official, who asked not to be named", "outside Colombo.",
  ("Sri Lanka", N, neu, "", "unnamed official of a named government; fact"))
U(d, "Opposition leader Sajith Premadasa said his Samagi Jana Balawegaya party", "when parliament meets.",
  ("Samagi Jana Balawegaya", N, pos, "", "party leader = party; readiness to govern = plan"))
U(d, "\"The Rajapaksas have bankrupted this country", "Premadasa said.",
  ("Samagi Jana Balawegaya", C, neg, "Sri Lanka", "judgement on the president's family/government"))
U(d, "Anura Kumara Dissanayake, leader of the leftist Janatha Vimukthi Peramuna,", "blamed for the collapse.",
  ("Janatha Vimukthi Peramuna", C, neg, "Sri Lanka Podujana Peramuna", "refusal of a format with the grievance stated in the sentence"))
U(d, "The Sri Lanka Podujana Peramuna, the Rajapaksa family's party,", "restore stability.",
  ("Sri Lanka Podujana Peramuna", T, pos, "", "agreeing in advance to a settlement reached by party leaders"))
U(d, "The International Monetary Fund, whose staff had been negotiating", "as the political situation allowed.",
  ("International Monetary Fund", N, neu, "", "plan to resume talks once possible; no appeal"))
U(d, "India's foreign ministry spokesperson, Arindam Bagchi,", "currency support this year.",
  ("India", S, pos, "Sri Lanka", "solidarity + aid already given"))
U(d, "U.S. Secretary of State Antony Blinken, speaking in Bangkok,", "can accept.",
  ("United States", T, neu, "", "appeal for a quick, acceptable way out; 'U.S.' kept as in AP copy"))
U(d, "The U.S. ambassador in Colombo, Julie Chung,", "to be investigated.",
  ("United States", C, neg, "", "condemns arson (protesters) and police attack on journalists: several targets -> empty"))
U(d, "The Bar Association of Sri Lanka condemned", "on Saturday evening.",
  ("Bar Association of Sri Lanka", C, neg, "", "condemns both arsonists and police STF: several targets -> empty"))
U(d, "U.N. Secretary-General Antonio Guterres called for", "his spokesman said in a statement.",
  ("United Nations", T, neu, "", "appeal for a smooth transfer of power"))
U(d, "The U.N. human rights chief, Michelle Bachelet,", "had to be protected.",
  ("United Nations", T, neu, "Sri Lanka", "appeal for restraint addressed to the security forces"))
U(d, "China's embassy in Colombo said it hoped", "the current difficulties.",
  ("China", T, pos, "", "hope that parties work together"))
U(d, "Japan's foreign ministry said Tokyo would continue", "hit hardest by the shortages.",
  ("Japan", S, pos, "Sri Lanka", "aid"))
U(d, "Cardinal Malcolm Ranjith, the archbishop of Colombo,", "the people could trust.",
  ("Malcolm Ranjith", T, neu, "", "church leader = independent person under his own name; appeal to lawmakers"))
U(d, "\"They stole our future.", "to join the crowds.",
  ("Chamila Fernando", C, neg, "Sri Lanka", "named protester = independent person; judgement on the government"))

# ------------------------------------------------------------------ Guinea (scraped regional page, 2021-09-11)
d = "page_guinea_scraped.txt"
U(d, "A delegation of West African foreign ministers met", "was in good health.",
  ("ECOWAS", N, neu, "", "dateline 'CONAKRY — ' excluded; the bloc's mission reporting a fact"))
U(d, "\"Our first concern was to see him with our own eyes", "flew back to Accra.",
  ("ECOWAS", N, pos, "", "ECOWAS Commission president; fact reported with relief"))
U(d, "Ghana's foreign minister, Shirley Ayorkor Botchwey, who led the mission,", "without ambiguity.",
  ("ECOWAS", T, neu, "Guinea", "leads the bloc's mission = speaks for ECOWAS; demand for release/return to order with no judgement word"))
U(d, "She said the envoys would report to heads of state", "had not been ruled out.",
  ("ECOWAS", C, neg, "Guinea", "threat of targeted sanctions"))
U(d, "The 15-nation bloc suspended Guinea", "responsible for Condé's safety.",
  ("ECOWAS", C, neg, "Guinea", "suspension + holding the soldiers responsible"))
U(d, "Ghana's President Nana Akufo-Addo, the current chairman of ECOWAS,", "led by civilians.",
  ("ECOWAS", C, neg, "Guinea", "chair speaking in the bloc's name ('the region would not accept') -> ECOWAS, not Ghana; refusal + demand"))
U(d, "On Friday the African Union followed suit.", "followed suit.",
  ("African Union", C, neg, "Guinea", "a specific act (suspension) reported as done"))
U(d, "Its Peace and Security Council said it had decided to suspend", "decisions taken by ECOWAS.",
  ("African Union", C, neg, "Guinea", "PSC = AU; suspension; backing ECOWAS in the same sentence (rule 1)"))
U(d, "Togo's foreign minister, Robert Dussey,", "the rest of the region.",
  ("Togo", T, neu, "", "member of the ECOWAS mission speaking for his own country ('Lomé'): offer to keep a channel open"))
U(d, "In a statement read on state television RTG", "frank and brotherly.",
  ("Guinea", N, pos, "", "junta speaks for its state; description of talks"))
U(d, "It said Condé would remain in Guinea", "the length of the transition.",
  ("Guinea", N, neu, "", "'It' = the CNRD; reassurance + sovereignty claim, no judgement on ECOWAS"))
U(d, "A member of the CNRD, speaking on condition of anonymity,", "could not be guaranteed.",
  ("Guinea", N, neu, "", "unnamed member of a named body (the junta)"))
U(d, "Doumbouya, who has promised a government of national unity,", "would open next week.",
  ("Guinea", T, pos, "", "convening national consultations = host of talks"))
U(d, "Cellou Dalein Diallo, leader of the main opposition", "a credible transition.",
  ("Union of Democratic Forces of Guinea", T, neu, "ECOWAS", "party leader = party; joins consultations + appeal to the bloc"))
U(d, "\"The soldiers have given Guinea a chance to start again,", "Diallo said.",
  ("Union of Democratic Forces of Guinea", S, pos, "Guinea", "backing the junta (conditional)"))
U(d, "The National Front for the Defence of the Constitution (FNDC),", "political detainees.",
  ("National Front for the Defence of the Constitution", T, neu, "Guinea", "demand for a timetable and releases, no judgement word"))
U(d, "UN Secretary-General António Guterres said through his spokesman", "constitutional order in Guinea.",
  ("United Nations", S, pos, "", "backs ECOWAS and the AU: two bodies -> target empty"))
U(d, "France's foreign ministry said Paris fully supported", "taken by ECOWAS.",
  ("France", S, pos, "ECOWAS", "support"))
U(d, "In Washington, State Department spokesman Ned Price said", "support Guinea.",
  ("United States", C, neg, "Guinea", "condemned + warning of consequences"))
U(d, "Russia's foreign ministry spokeswoman, Maria Zakharova,", "return to normal quickly.",
  ("Russia", C, neg, "Guinea", "'opposed any unconstitutional seizure of power' days after a specific coup = aimed at it (cf. China on Iran in labels/pages); hope in the same sentence (rule 1)"))
U(d, "Mamadou Lamine Sylla, a political scientist", "to run again.",
  ("Mamadou Lamine Sylla", C, neg, "ECOWAS", "named analyst (invented) with an explicit judgement"))

# ------------------------------------------------------------------ Chad (HTML, 2021-04-22)
d = "page_chad_webpage.html"
U(d, "Chad's new military rulers on Thursday defended", "fight their way to the capital.",
  ("Chad", N, neu, "", "military council speaks for the state; defending its own takeover, no judgement on others"),
  ("Front for Change and Concord in Chad", C, neg, "Chad", "rebels' vow to fight to the capital = threat"))
U(d, "Army spokesman General Azem Bermandoa Agouna said", "within 18 months.",
  ("Chad", N, pos, "", "plan/reassurance"))
U(d, "\"The army has not confiscated power.", "Agouna said.",
  ("Chad", N, neu, "", "denial + reassurance; multi-sentence quote"))
U(d, "The council has dissolved parliament and the government,", "land borders.",
  ("Chad", N, neu, "", "own measures reported as done"))
U(d, "The Front for Change and Concord in Chad (FACT), which launched", "rejected the council outright.",
  ("Front for Change and Concord in Chad", C, neg, "Chad", "rejects the council (a party) outright"))
U(d, "\"Chad is not a kingdom to be handed from father to son.", "by telephone.",
  ("Front for Change and Concord in Chad", C, neg, "Chad", "judgement + continued offensive (threat)"))
U(d, "The army says it has killed more than 300 rebels", "independently verified.",
  ("Chad", N, neu, "", "figures from the army"))
U(d, "Succès Masra, leader of the Les Transformateurs party,", "called it a coup.",
  ("Les Transformateurs", C, neg, "Chad", "party leader = party; 'violated the constitution', 'coup'"))
U(d, "Some 30 opposition parties, among them the party of veteran opponent Saleh Kebzabo,", "inclusive national dialogue.",
  ("National Union for Development and Renewal", T, neu, "", "only Kebzabo's party (UNDR) is identified among ~30 signatories; the others are unnamed"))
U(d, "Max Loalngar, coordinator of the Wakit Tama", "share power with civilians.",
  ("Wakit Tama", C, neg, "Chad", "threat of street protests"))
U(d, "France, Chad's former colonial ruler", "criticising the council.",
  ("France", N, neu, "", "'stopped short of criticising' = neutral (labels README)"))
U(d, "Foreign Minister Jean-Yves Le Drian told France 2", "civilian, inclusive government.",
  ("France", T, neu, "Chad", "accepts a military transition but demands it be brief and civilian: appeal, no judgement"))
U(d, "President Emmanuel Macron will attend", "the Élysée said.",
  ("France", N, neu, "", "plan"))
U(d, "The African Union's Peace and Security Council, meeting in Addis Ababa", "fact-finding mission to N'Djamena.",
  ("African Union", N, neg, "", "grave concern + plan, no appeal and no judgement word"))
U(d, "Chad's ambassador to the AU, Mahamad Ali Hassan,", "stand by Chad.",
  ("Chad", N, neu, "", "asking for support is not supporting"))
U(d, "The AU Commission chairperson, Moussa Faki Mahamat,", "defending his country.",
  ("African Union", S, pos, "Chad", "AU chair's tribute to the late president (praise)"))
U(d, "UN Secretary-General António Guterres called for a peaceful transition", "his spokesman Stéphane Dujarric said.",
  ("United Nations", T, neu, "Chad", "appeal + offer of support: rule 2 before rule 3"))
U(d, "In Washington, State Department spokesman Ned Price said", "refrain from violence.",
  ("United States", T, neu, "", "appeal to all sides"))
U(d, "The European Union's foreign policy chief, Josep Borrell,", "in the meantime.",
  ("European Union", T, neu, "Chad", "expectation addressed to the military = appeal"))
U(d, "Niger's President Mohamed Bazoum,", "stood with the Chadian people.",
  ("Niger", S, pos, "Chad", "solidarity"))
U(d, "\"Everybody is at home.", "a cloth trader at the central market.",
  ("Hawa Mahamat", N, neg, "", "named resident; worry without appeal"))

# ------------------------------------------------------------------ Burundi-Rwanda (digest of readouts + UN briefing, 2024-01-12)
d = "page_burundi_rwanda_digest.txt"
U(d, "During the meeting, the minister announced that the borders with Rwanda", "those who kill Burundians.",
  ("Burundi", C, neg, "Rwanda", "state-media readout of the interior minister; closure with the grievance in the same sentence"))
U(d, "According to the readout, Niteretse said relations", "were sent home.",
  ("Burundi", C, neg, "Rwanda", "suspension of relations + expulsions"))
U(d, "The readout recalled President Évariste Ndayishimiye's end-of-year address,", "20 people were killed.",
  ("Burundi", C, neg, "Rwanda", "accusation (reported speech via the readout)"))
U(d, "Rwanda's government said it had found out about the closure", "the East African Community.",
  ("Rwanda", C, neg, "Burundi", "judgement on the closure ('a step backwards', against the EAC's spirit)"))
U(d, "Government spokesperson Yolande Makolo has previously rejected", "any Burundian armed group.",
  ("Rwanda", N, neg, "", "denial"))
U(d, "She has urged Bujumbura to raise any concerns", "diplomatic channels.",
  ("Rwanda", T, neu, "Burundi", "'She' = Makolo; appeal for diplomacy"))
U(d, "Deputy spokesperson Alain Mukuralinda told a press conference", "open to Burundians.",
  ("Rwanda", N, neu, "", "travel advice + own border policy"))
U(d, "\"Rwanda will not answer closure with closure.", "Mukuralinda said.",
  ("Rwanda", N, pos, "", "decision not to retaliate + reassurance; no judgement"))
U(d, "In a statement posted on X, RED-Tabara said", "not civilians.",
  ("RED-Tabara", N, neg, "", "armed group under its own name; denial"))
U(d, "The group called on Ndayishimiye to open negotiations", "to his neighbours.",
  ("RED-Tabara", C, neg, "Burundi", "appeal for talks + judgement ('exporting his problems'): rule 1"))
U(d, "At a rally in Gitega on Friday, Révérien Ndikuriyo,", "sent from Kigali.",
  ("CNDD-FDD", C, neg, "Rwanda", "ruling party under its own name; threat aimed at 'those sent from Kigali'"))
U(d, "EAC Secretary General Peter Mathuki said", "goods and people.",
  ("East African Community", T, neu, "", "consulting both + reminder of the free-movement protocol = appeal"))
U(d, "Congolese government spokesman Patrick Muyaya said Kinshasa stood with Burundi,", "in North Kivu.",
  ("Democratic Republic of the Congo", S, pos, "Burundi", "solidarity"))
U(d, "He accused Rwanda of destabilising its neighbours", "RED-Tabara in Burundi.",
  ("Democratic Republic of the Congo", C, neg, "Rwanda", "'He' = Muyaya; accusation"))
U(d, "Didier Ntahomvukiye, a political scientist", "legislative elections.",
  ("Didier Ntahomvukiye", C, neg, "CNDD-FDD", "named analyst (invented); accusation of a political motive"))
U(d, "The East African Business Council warned", "through Tanzania.",
  ("East African Business Council", N, neg, "", "concern about costs without appeal or judgement"))
U(d, "Asked about the border closure, the Spokesman for the Secretary-General,", "with concern.",
  ("United Nations", N, neg, "", "concern without appeal"))
U(d, "Spokesman: We would encourage both Governments", "ordinary people first.",
  ("United Nations", T, neg, "", "transcript line: the speaker label is part of the unit; appeal for dialogue"))
U(d, "The Spokesman added that the Secretary-General's Special Envoy", "both capitals.",
  ("United Nations", T, neu, "", "envoy engaging both sides = mediation"))
U(d, "UNHCR said separately that it was monitoring", "no reports of forced returns.",
  ("UNHCR", N, neu, "", "figures and monitoring"))
U(d, "\"I have three hundred kilos of tomatoes", "in Bugesera.",
  ("Claudine Uwimana", N, neg, "", "named trader; complaint without a target"))

# ------------------------------------------------------------------ Cameroon (HTML, 2023-01-24)
d = "page_cameroon_webpage.html"
U(d, "Cameroon's government has denied asking any foreign country", "three days earlier.",
  ("Cameroon", N, neg, "", "denial"))
U(d, "In a statement read on state radio CRTV on Monday night,", "a matter for Cameroonians.",
  ("Cameroon", N, neu, "", "refusal of outside mediation with a sovereignty reason, no grievance against Canada: neutral (refusals rule)"))
U(d, "On Friday, Canadian Foreign Minister Mélanie Joly said", "to facilitate it.",
  ("Canada", T, pos, "", "facilitating a peace process"),
  ("Cameroon", T, neu, "", "the government's agreement to enter the process, as reported by Joly (position of X reported by Y); the separatist groups are unnamed here"))
U(d, "A spokesman for Joly, Adrien Blanchard,", "had asked of it.",
  ("Canada", T, neu, "", "declines to comment + readiness to facilitate"))
U(d, "Ayaba Cho Lucas, who leads the Ambazonia Governing Council,", "serious about peace.",
  ("Ambazonia Governing Council", C, neg, "Cameroon", "separatist body under its own name"))
U(d, "\"We went to Canada in good faith", "he wrote.",
  ("Ambazonia Governing Council", C, neg, "Cameroon", "multi-sentence quote; blames Yaoundé in advance"))
U(d, "Capo Daniel, deputy chief of the Ambazonia Defence Forces,", "at the negotiating table.",
  ("Ambazonia Defence Forces", C, neg, "Cameroon", "armed wing under its own name; continued operations = threat, though it also points to talks"))
U(d, "A spokesman for the Interim Government,", "its next step.",
  ("Interim Government of Ambazonia", N, neu, "", "unnamed spokesman of a named faction; wait-and-see"))
U(d, "The US embassy in Yaoundé welcomed Canada's initiative", "end the violence.",
  ("United States", T, pos, "", "welcome + peace appeal: rule 2 before rule 3"))
U(d, "US Ambassador Christopher Lamora has said", "top priority in Cameroon.",
  ("United States", T, neu, "", "priority on ending the conflict ~ hope for peace"))
U(d, "UN spokesman Stéphane Dujarric said the Secretary-General supported", "inclusive dialogue.",
  ("United Nations", T, neu, "", "support for a negotiated solution + encouragement"))
U(d, "The African Union Commission chairperson, Moussa Faki Mahamat, said the AU was ready", "agreed to.",
  ("African Union", T, neu, "", "offer to accompany a process = support for talks"))
U(d, "Pope Francis, who travels to neighbouring Congo next week,", "anglophone regions.",
  ("Holy See", T, pos, "", "hope for peace"))
U(d, "Maurice Kamto, leader of the opposition Cameroon Renaissance Movement", "meeting in Canada.",
  ("Cameroon Renaissance Movement", C, neg, "Cameroon", "party leader = party; 'an insult'"))
U(d, "The Archbishop of Bamenda, Andrew Nkea Fuanya,", "to God and to history.",
  ("Andrew Nkea Fuanya", C, neg, "", "church leader under his own name; warning at unnamed spoilers"))
U(d, "The defence ministry said soldiers had neutralised", "several weapons.",
  ("Cameroon", N, neu, "", "own operation reported, no judgement"))
U(d, "Human Rights Watch said this month that both government forces", "into the killings.",
  ("Human Rights Watch", C, neg, "", "accuses both sides -> target empty"))
U(d, "According to the UN humanitarian office OCHA,", "within the two regions.",
  ("United Nations", N, neu, "", "OCHA -> United Nations; figures"))
U(d, "The International Crisis Group has estimated", "since 2017.",
  ("International Crisis Group", N, neu, "", "figure"))
U(d, "\"We just want to work on Mondays again", "a taxi driver.",
  ("Emmanuel Ngwa", T, neu, "", "named resident; wish for talks to go ahead"))

# ------------------------------------------------------------------ Moldova-Transnistria (HTML, 2024-12-29)
d = "page_moldova_gas_webpage.html"
U(d, "Russian energy giant Gazprom said on Saturday", "in the middle of winter.",
  ("Gazprom", C, neg, "Moldova", "state-controlled company kept as its own actor; cut-off justified by the other side's unpaid debts = measure with a grievance"))
U(d, "In a notice to Moldovagaz published on its Telegram channel,", "claim damages.",
  ("Gazprom", C, neg, "Moldova", "accusation of breach + threat to terminate and claim damages; Moldovagaz -> Moldova as target"))
U(d, "Prime Minister Dorin Recean accused Moscow", "parliamentary elections.",
  ("Moldova", C, neg, "Russia", "accusation"))
U(d, "He said Moldova did not recognise the debt", "international arbitration.",
  ("Moldova", C, neg, "Gazprom", "denial of the debt + announced legal response (threat outweighs the denial)"))
U(d, "\"The right bank has enough gas for the winter", "the government's Telegram channel.",
  ("Moldova", N, pos, "", "reassurance"))
U(d, "President Maia Sandu wrote on X that Moldova was prepared to help", "through the winter.",
  ("Moldova", S, pos, "", "offer of help to residents of the region (not the authorities) -> target empty"))
U(d, "She accused Gazprom of refusing", "avoid Ukraine.",
  ("Moldova", C, neg, "Gazprom", "accusation"))
U(d, "In Tiraspol, the region's leader, Vadim Krasnoselsky,", "as long as reserves lasted.",
  ("Transnistria authorities", N, neu, "", "own emergency measures"))
U(d, "He blamed Chisinau and Kyiv for the crisis,", "transit of Russian gas.",
  ("Transnistria authorities", C, neg, "", "blames two actors -> target empty"))
U(d, "Vitaly Ignatiev, the region's self-styled foreign minister,", "emergency supplies.",
  ("Transnistria authorities", T, neu, "", "asking international bodies for humanitarian help"))
U(d, "Kremlin spokesman Dmitry Peskov said the decision was a commercial matter", "leverage against Moldova.",
  ("Russia", N, neg, "", "denial"))
U(d, "Maria Zakharova, the Russian foreign ministry spokeswoman,", "to please Brussels.",
  ("Russia", C, neg, "Moldova", "'bore full responsibility'"))
U(d, "Ukraine's energy ministry said the transit agreement", "if it wished.",
  ("Ukraine", N, neu, "", "fact + plan"))
U(d, "Ukrainian Foreign Minister Andrii Sybiha wrote on X", "blackmail a neighbour.",
  ("Ukraine", C, neg, "Russia", "'blackmail'"))
U(d, "He said Kyiv was ready to help Moldova with electricity", "plant stopped.",
  ("Ukraine", S, pos, "Moldova", "offer of aid"))
U(d, "The European Commissioner for Enlargement, Marta Kos,", "package for the country.",
  ("European Union", S, pos, "Moldova", "support package"))
U(d, "Romania's energy minister, Sebastian Burduja,", "if needed.",
  ("Romania", S, pos, "Moldova", "offer of electricity and storage"))
U(d, "Former president Igor Dodon, who leads the opposition Party of Socialists,", "meeting with Gazprom.",
  ("Party of Socialists of the Republic of Moldova", C, neg, "Moldova", "party leader = party; accusation + call for talks with Gazprom: rule 1"))
U(d, "The OSCE Mission to Moldova said", "vulnerable residents.",
  ("OSCE", N, neg, "", "concern without appeal"))
U(d, "Moldova's parliament declared a 60-day state of emergency", "buy power quickly.",
  ("Moldova", N, neu, "", "own measure reported as done"))
U(d, "\"My mother is 82 and lives on the ninth floor.", "a pensioner in Tiraspol.",
  ("Natalia Bondarenko", N, neg, "", "named resident; worry without appeal"))


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


if __name__ == "__main__":
    main()
