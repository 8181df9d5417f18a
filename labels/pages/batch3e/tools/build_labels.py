"""Writes ../statements.csv from the hand decisions below (blind test set, source = dev).

Each unit is found in its page's visible text by its exact opening and closing words, so the
`sentence` cell is the page's own text (nothing retyped). The decisions (actor, stance, sentiment,
target, note) are made by hand per /work/shared/labelling-guide.md and labels/README.md.
"""
import csv, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "batch2a", "tools"))  # batch2a's pagetext.py, shared
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
        ROWS.append([doc, s, actor, stance, sentiment, target, "dev", note])


N, C, S, T = "neutral", "condemning", "supporting", "calling_for_talks"
neg, neu, pos = "negative", "neutral", "positive"

# ------------------------------------------------------------------ Gaza: ICJ order (full HTML, 2024-01-26)
d = "page_gaza_icj_webpage.html"
U(d, "South Africa hailed Friday's order", "let far more aid into the strip.",
  ("South Africa", S, pos, "International Court of Justice", "hailing the order = approval of the court's act"),
  ("International Court of Justice", T, neu, "Israel", "court order to prevent genocidal acts and let aid in: protection of civilians / humanitarian access, no finding of guilt"))
U(d, "The court, ruling by 15 votes", "halt to the military campaign.",
  ("International Court of Justice", N, neu, "", "what the court did not order: procedure/fact"))
U(d, "Speaking outside the Peace Palace,", "pressing for one at the United Nations.",
  ("South Africa", T, neg, "", "minister with no state word; Pretoria = capital as metonym; ceasefire demand, no judgement word"))
U(d, "“For more than three months Israel has behaved", "on Friday evening.",
  ("South Africa", C, neg, "Israel", "multi-sentence quote closed by its speaker; leader with no state word; accusation of ignoring the laws of war"))
U(d, "In a video statement, Netanyahu said", "should reject it.",
  ("Israel", C, neg, "South Africa", "surname only; 'outrageous' aimed at South Africa's charge = judgement (not a bare denial)"))
U(d, "“Our war is against Hamas terrorists,", "he said.",
  ("Israel", C, neg, "Hamas", "continuing the war against Hamas announced = announced military operation against another side"))
U(d, "Foreign Minister Israel Katz wrote on X", "how hollow the case had been.",
  ("Israel", C, neg, "South Africa", "minister's first name is 'Israel'; no state word; accusation"))
U(d, "Hamas said the order helped", "to spare civilians.",
  ("Hamas", C, neg, "Israel", "accusation"))
U(d, "More than 26,000 Palestinians have been killed", "Hamas-run health ministry.",
  ("Hamas", N, neu, "", "death toll from an actor (Hamas-run health ministry), no blame"))
U(d, "Israel says about 1,200 people", "that started the war.",
  ("Israel", N, neu, "", "figure given by an actor in background; present tense 'says'"))
U(d, "Riyad al-Maliki, the Palestinian foreign minister,", "carried out on the ground.",
  ("Palestine", T, pos, "", "welcome + appeal that the protective measures be implemented, no judgement: rule 2"))
U(d, "The State Department said the ruling was consistent", "get aid into Gaza.",
  ("United States", T, neu, "Israel", "appeal to protect civilians and let aid in, addressed to Israel"))
U(d, "“We continue to believe that the allegation", "right to defend itself.",
  ("United States", S, neu, "Israel", "denial on Israel's behalf + backing of Israel: supporting (rule 3 before 4)"))
U(d, "In a joint statement, European Commission President", "without delay.",
  ("European Union", T, neu, "", "joint statement of two EU office holders = one actor; expects implementation of protective orders"))
U(d, "A spokesman for UN Secretary-General", "comply in full.",
  ("United Nations", T, neu, "", "SG via spokesman; expects all parties to comply"))
U(d, "In Ankara, Erdogan said Turkey welcomed", "women and children in Gaza.",
  ("Turkey", C, neg, "Israel", "welcome + hope, but 'Israel's attacks on women and children' = accusation by describing attacks on civilians: rule 1"))
U(d, "German Foreign Minister Annalena Baerbock noted", "measures it had ordered.",
  ("Germany", T, neu, "Israel", "demand to abide by protective measures, no judgement"))
U(d, "Egypt's foreign ministry said it had hoped", "immediate ceasefire.",
  ("Egypt", T, neg, "", "ceasefire call; regret at the court's omission is not aimed at a party in the conflict"))
U(d, "Israel's conduct of the war now stood exposed", "Ayman Safadi wrote on X.",
  ("Jordan", C, neg, "Israel", "target's possessive opens the sentence, speaker in the attribution tail; 'collective punishment' = accusation"))
U(d, "Hours after the ruling, UNRWA said", "opened an investigation.",
  ("UNRWA", N, neu, "", "own measures (dismissals, investigation)"),
  ("Israel", C, neg, "UNRWA", "accusation reported in a relative clause ('whom Israel accused'); accusing the agency's staff"))
U(d, "The United States said it had temporarily paused", "were reviewed.",
  ("United States", C, neg, "UNRWA", "suspension of funding = sanction-like measure against the agency; could be read as neutral procedure"))

# ------------------------------------------------------------------ Russia-Ukraine: Kursk incursion (live blog, 2024-08-08)
d = "page_kursk_liveblog.txt"
U(d, "Russia's National Anti-Terrorism Committee declared", "regions of the country.",
  ("Russia", C, neg, "Ukraine", "state body declares an operation regime against 'the enemy' = announced operation against another side"))
U(d, "In his nightly video address, Zelensky", "the country that started it.",
  ("Ukraine", C, neg, "Russia", "surname only; 'the country that started it' = Russia; judgement + pressure"))
U(d, "\"Russia brought this war to us,", "he said.",
  ("Ukraine", C, neg, "Russia", "quote with the speaker tag after its first sentence; 'the aggressor' = Russia; pressure as a response"))
U(d, "\"Every Russian soldier who crosses", "what awaits him.\"",
  ("Ukraine", C, neg, "Russia", "quoted sentence continuing after the tag, same speaker (Zelensky); threat"))
U(d, "In Beijing, the foreign ministry said", "adding fuel to the fire.",
  ("China", T, neu, "", "capital as place; ministry with no state word; appeal not to widen the war"))
U(d, "Rafael Grossi, the head of the UN nuclear watchdog,", "from the fighting.",
  ("IAEA", T, neg, "", "'UN nuclear watchdog' = IAEA, not United Nations; appeal for restraint"))
U(d, "Alexei Likhachev, the head of Russia's state", "within the norm.",
  ("Russia", N, neu, "", "state corporation speaks for its state; facts"))
U(d, "At the White House, national security spokesman John Kirby", "trying to achieve.",
  ("United States", N, neu, "", "not told in advance; seeking information: no position"))
U(d, "He said US policy on the use of American weapons", "from across the border.",
  ("United States", S, neu, "Ukraine", "'He' = Kirby; permission to use supplied weapons = backing"))
U(d, "Kremlin spokesman Dmitry Peskov told reporters", "drive the enemy out.",
  ("Russia", C, neg, "Ukraine", "threat of a response + announced operation"))
U(d, "Maria Zakharova, the foreign ministry spokeswoman,", "direct responsibility for it.",
  ("Russia", C, neg, "", "no state word; 'Western capitals', 'Ukraine's sponsors' not one canonical actor: target empty"))
U(d, "EU spokesman Peter Stano said", "support it fully.",
  ("European Union", S, pos, "Ukraine", "backing"))
U(d, "Poland's foreign minister, Radosław Sikorski,", "aggression has consequences.",
  ("Poland", C, neg, "Russia", "accusation of invasion"))
U(d, "UN spokesman Stéphane Dujarric said the secretary-general was concerned", "both sides of the border.",
  ("United Nations", N, neg, "", "concern without appeal: neutral, negative"))
U(d, "Asked whether Antonio Guterres would call Kyiv,", "no plans for such a call.",
  ("United Nations", N, neu, "", "plan/fact"))
U(d, "The Sumy regional military administration said", "on the Ukrainian side overnight.",
  ("Ukraine", C, neg, "Russia", "regional authority = state; casualty figures that attribute civilian deaths to Russian shelling = accusation by describing attacks on civilians"))
U(d, "Alexei Smirnov, the acting governor of the Kursk region,", "under control.",
  ("Russia", N, neu, "", "regional governor resolves to his state; evacuation figure + reassurance"))
U(d, "The defence ministry in Moscow said its aircraft", "Sudzha district overnight.",
  ("Russia", N, neu, "", "own strikes reported as done, no judgement"))
U(d, "Russia's chief of general staff, Valery Gerasimov,", "had been killed.",
  ("Russia", N, neu, "", "claim of halted advance + enemy losses = facts/figures"))
U(d, "\"The operation will be completed with the defeat", "he said.",
  ("Russia", C, neg, "Ukraine", "announced military operation against the other side"))
U(d, "Putin, for his part, had described the attack", "ambulances at random.",
  ("Russia", C, neg, "Ukraine", "surname only; 'Kyiv regime' = Ukraine; accusation of attacks on civilians"))
U(d, "Mykhailo Podolyak, an adviser in Zelensky's office,", "of nothing else.",
  ("Ukraine", C, neg, "Russia", "blame"))
U(d, "Belarus's defence ministry said it was sending", "in the Kursk region.",
  ("Belarus", N, neu, "", "own deployment 'citing the situation', no grievance or threat stated: neutral (could be read as a threat)"))

# ------------------------------------------------------------------ Sudan: Zamzam / El Fasher (UN noon briefing + digest, 2025-04-14)
d = "page_sudan_zamzam_unreadout.txt"
U(d, "The Secretary-General is appalled by the reports", "children and aid workers.",
  ("United Nations", N, neg, "", "alarm with a death toll, no appeal in this sentence: neutral, negative"))
U(d, "He condemns in the strongest terms", "living in famine conditions.",
  ("United Nations", C, neg, "", "'He' = the SG; attackers not named in the sentence: target empty"))
U(d, "The Secretary-General calls on the parties to stop", "to do so safely.",
  ("United Nations", T, neg, "", "appeal to both parties"))
U(d, "He also calls on all those with influence", "bring about a ceasefire.",
  ("United Nations", T, neu, "", "appeal to third parties for a ceasefire"))
U(d, "In a statement issued in Port Sudan, the Resident", "last functioning health post.",
  ("United Nations", N, neg, "", "Humanitarian Coordinator = UN; casualty figure, no blame; Port Sudan is a place"))
U(d, "She said that attacking a camp", "no justification for it.",
  ("United Nations", C, neg, "", "judgement ('flagrant breach') on an attack whose author is not named: target empty"))
U(d, "Our colleagues at the International Organization for Migration", "towards Tawila and El Fasher town.",
  ("International Organization for Migration", N, neu, "", "figures from IOM, relayed by the UN spokesman"))
U(d, "The World Food Programme says it has started", "more stocks from Chad.",
  ("World Food Programme", S, pos, "", "aid provided"))
U(d, "UNICEF says at least 23 children", "walking for two days.",
  ("UNICEF", N, neg, "", "figures + warning, no appeal, no blame"))
U(d, "Emergency Relief Coordinator Tom Fletcher,", "less than ten per cent funded.",
  ("United Nations", T, neu, "", "OCHA head = UN; asking for aid money is an appeal, not supporting"))
U(d, "The Personal Envoy of the Secretary-General for Sudan,", "protect civilians.",
  ("United Nations", T, neu, "", "envoy's mediation consultations = pursuing talks"))
U(d, "Spokesman: Our colleagues on the ground have reported", "set parts of it on fire.",
  ("United Nations", C, neg, "Rapid Support Forces", "Q&A: attribution of the assault on a camp = accusation by describing attacks on civilians"))
U(d, "Question: The RSF says it took Zamzam", "civilians can leave.",
  ("Rapid Support Forces", N, neu, "", "RSF position reported inside a journalist's question; own operation with reassurance about corridors, no named target: neutral"))
U(d, "What I can tell you is that our humanitarian colleagues", "a very different picture.",
  ("United Nations", N, neg, "", "Q&A: facts (no access) that implicitly dispute the RSF account; no judgement stated ('I've seen those claims' is no position)"))
U(d, "The Secretary-General hopes the conference", "towards a ceasefire.",
  ("United Nations", T, pos, "", "hope for a ceasefire (the preceding 'question for the organizers' is no position)"))
U(d, "The foreign ministry in Port Sudan condemned", "a terrorist organization.",
  ("Sudan", C, neg, "Rapid Support Forces", "army-led government = Sudan; 'terrorist militia' = RSF"))
U(d, "The ministry also protested against the decision", "same footing as a militia.",
  ("Sudan", C, neg, "United Kingdom", "protest at being left out of the conference with a grievance stated"))
U(d, "Brigadier General Nabil Abdallah, the army spokesman,", "killed dozens of attackers.",
  ("Sudan", N, neu, "", "army speaks for its state; own operation reported as done"))
U(d, "Minni Minnawi, the governor of the Darfur region,", "routes to Tawila without delay.",
  ("Sudan", C, neg, "Rapid Support Forces", "regional governor resolves to the state; accusation + appeal: rule 1"))
U(d, "In a statement on Telegram, the RSF accused", "human shields.",
  ("Rapid Support Forces", C, neg, "Sudan", "accusation against the army (= Sudan)"))
U(d, "In a recorded speech, Dagalo said", "relief to Sudanese civilians.",
  ("Rapid Support Forces", T, pos, "", "surname only; offer of negotiations"))
U(d, "David Lammy, the British foreign secretary, announced", "ahead of Tuesday's meeting.",
  ("United Kingdom", S, pos, "", "aid provided"))
U(d, "He said the world could not keep looking away", "way to a ceasefire.",
  ("United Kingdom", T, neg, "", "'He' = Lammy; appeal for a ceasefire"))
U(d, "The African Union Commission chairperson, Mahmoud Ali Youssouf,", "could not go unpunished.",
  ("African Union", C, neg, "", "judgement; perpetrator not named in the sentence"))

# ------------------------------------------------------------------ Venezuela-Guyana: Essequibo (scraped Guyanese paper, 2023-12-06)
d = "page_essequibo_scraped.txt"
U(d, "President Irfaan Ali on Tuesday night described", "United Nations Security Council.",
  ("Guyana", C, neg, "Venezuela", "leader with no state word; 'direct threat' = judgement; Georgetown = capital as metonym"))
U(d, "In a national broadcast from State House, Ali said", "placed on full alert.",
  ("Guyana", N, neu, "", "own defensive measure, no threat stated"))
U(d, "\"What Caracas announced yesterday", "belongs to the people of Guyana.",
  ("Guyana", C, neg, "Venezuela", "quotation left open across paragraphs: split into sentences; Caracas = Venezuela"))
U(d, "Our Defence Force is ready and is in contact", "United States Southern Command.",
  ("Guyana", N, neu, "", "continuation of Ali's open quotation; own readiness"))
U(d, "\"We will defend our territory through the law", "Ali said.",
  ("Guyana", T, neu, "Venezuela", "continuing paragraph of the quotation closed by its speaker; call to respect the ICJ's order = peaceful/legal course"))
U(d, "His address came hours after Maduro,", "mining in the region.",
  ("Venezuela", N, neu, "", "surname only; own administrative plan (map, licences) with no judgement stated; could be read as a hostile act"))
U(d, "He accused Ali of handing the territory", "into the region.",
  ("Venezuela", C, neg, "Guyana", "'He' = Maduro; accusation against Guyana's president"))
U(d, "Venezuela's National Electoral Council has said", "over 95 percent.",
  ("Venezuela", N, neu, "", "state electoral body's figures"))
U(d, "Vice President Bharrat Jagdeo told reporters", "told the real story.",
  ("Guyana", C, neg, "Venezuela", "accuses the other side of a fabricated figure"))
U(d, "Foreign Affairs Minister Hugh Todd said", "request an emergency meeting.",
  ("Guyana", T, neu, "", "minister with no state word; requesting a Security Council meeting = diplomatic course"))
U(d, "In Caracas, the foreign ministry rejected Ali's remarks", "in the disputed territory.",
  ("Venezuela", C, neg, "Guyana", "capital as place; 'irresponsible' + accusation"))
U(d, "Defence Minister Vladimir Padrino López said", "only within the law.",
  ("Venezuela", N, pos, "", "reassurance about own conduct"))
U(d, "Last Friday, the International Court of Justice ordered", "which Guyana administers.",
  ("International Court of Justice", T, neu, "Venezuela", "order to refrain from changing the situation = demand to one side, no judgement word"))
U(d, "Dominica's prime minister, Roosevelt Skerrit, who chairs CARICOM,", "emergency video conference by Friday.",
  ("CARICOM", S, pos, "Guyana", "leader speaking as chair of the body = CARICOM; backing + plan"))
U(d, "In Port of Spain, foreign minister Amery Browne said", "keep the peace.",
  ("Trinidad and Tobago", T, neu, "", "capital as place; appeal to both sides"))
U(d, "Brazil's defence ministry said it had reinforced", "Venezuela and Guyana.",
  ("Brazil", N, neu, "", "own deployment, no grievance or threat"))
U(d, "Celso Amorim, chief foreign policy adviser", "urged the two neighbours to talk.",
  ("Brazil", T, neu, "", "'would not accept the use of force anywhere' aimed at no one = appeal; Brasília = capital"))
U(d, "In Washington, State Department spokesman Matthew Miller said", "Guyana's sovereignty.",
  ("United States", S, pos, "Guyana", "backing"))
U(d, "He said a referendum could not settle", "ignored the court's order.",
  ("United States", C, neg, "Venezuela", "'He' = Miller; judgement"))
U(d, "The US embassy in Georgetown announced", "routine engagement.",
  ("United States", S, neu, "Guyana", "joint military flights announced at this moment = backing by act"))
U(d, "Britain's Foreign Office said it was concerned", "following events closely.",
  ("United Kingdom", N, neg, "", "concern without appeal"))
U(d, "In Moscow, Kremlin spokesman Dmitry Peskov said Russia hoped", "acceptable to both.",
  ("Russia", T, pos, "", "hope for a peaceful solution"))
U(d, "Opposition Leader Aubrey Norton said his APNU coalition", "on other matters.",
  ("A Partnership for National Unity", S, pos, "Guyana", "opposition party backing the government's stance"))

# ------------------------------------------------------------------ Serbia-Kosovo: Banjska attack (Reuters-style wire, 2023-09-25)
d = "page_kosovo_banjska_wire.txt"
U(d, "Kosovo police searched villages near the Serbian border", "arming and directing the group.",
  ("Kosovo", C, neg, "Serbia", "dateline excluded; police search is narrative, Kurti's accusation is the statement; Belgrade = Serbia"))
U(d, "Police said one officer, Sergeant Afrim Bunjaku,", "blocking a bridge.",
  ("Kosovo", N, neg, "", "police = state; casualty account, attackers not a canonical actor"))
U(d, "Kurti told a news conference in Pristina", "armoured vehicles and drones.",
  ("Kosovo", N, neu, "", "surname only; seized weapons = facts"))
U(d, "\"This was not a criminal gang.", "Kurti said.",
  ("Kosovo", C, neg, "Serbia", "multi-sentence quote closed by its speaker; 'official Belgrade' = Serbia"))
U(d, "Interior Minister Xhelal Svecla said three", "would continue.",
  ("Kosovo", N, neu, "", "minister with no state word; figures and own operation"))
U(d, "Svecla thanked KFOR for securing", "police units moved in.",
  ("Kosovo", S, pos, "NATO", "surname only; thanks to KFOR (= NATO) for its help"))
U(d, "The Raska-Prizren diocese of the Serbian Orthodox Church said", "shooting went on.",
  ("Serbian Orthodox Church", N, neu, "", "named church body = actor; account of events, attackers not canonical"))
U(d, "Kosovo's president, Vjosa Osmani, said the attackers", "impose measures on Serbia.",
  ("Kosovo", C, neg, "Serbia", "call for measures (sanctions) against Serbia = condemning"))
U(d, "Vucic, in an address late on Sunday, denied", "death of the police officer.",
  ("Serbia", N, neg, "", "surname only; denial (+ regret) = neutral, negative"))
U(d, "He said the Serbs of northern Kosovo had been driven", "responsibility for the bloodshed.",
  ("Serbia", C, neg, "Kosovo", "'He' = Vucic; blame on Kosovo's PM"))
U(d, "Vucic also had a message for Pristina:", "about de-escalation.\"",
  ("Serbia", C, neg, "Kosovo", "quotation after a colon, two sentences, one unit; 'repression' = judgement; conditional de-escalation: rule 1; Pristina = Kosovo"))
U(d, "Prime Minister Ana Brnabic said the government had declared", "killed in the gunfight.",
  ("Serbia", N, neg, "", "PM with no state word (Belgrade section); day of mourning = own measure, grief"))
U(d, "Srpska Lista, the main party of Kosovo Serbs, blamed", "Serbs in the north.",
  ("Srpska Lista", C, neg, "Kosovo", "blame + appeal: rule 1"))
U(d, "NATO's peacekeeping mission in Kosovo, KFOR, said", "United Nations mandate.",
  ("NATO", N, neu, "", "KFOR = NATO; own measures and readiness"))
U(d, "EU foreign policy chief Josep Borrell said the attack on the police", "must face justice.",
  ("European Union", C, neg, "", "judgement on an attack with unnamed authors: target empty"))
U(d, "He said he had spoken to both Kurti and Vucic", "without delay.",
  ("European Union", T, neu, "", "'He' = Borrell; appeal to both sides to de-escalate and return to dialogue"))
U(d, "The US ambassador in Pristina, Jeffrey Hovenier,", "with KFOR.",
  ("United States", C, neg, "", "condemnation of the attacks (authors unnamed) + contact: rule 1"))
U(d, "Germany's foreign ministry said the attack was aimed", "clearing it up.",
  ("Germany", C, neg, "", "judgement on the attack + appeal to Serbia to cooperate: rule 1; target empty (attack's authors unnamed)"))
U(d, "Caroline Ziadeh, the head of the UN mission in Kosovo,", "stay calm.",
  ("United Nations", T, neg, "", "UNMIK = UN; troubled + appeal for calm"))
U(d, "Albanian Prime Minister Edi Rama condemned the attack", "Kosovo's institutions.",
  ("Albania", C, neg, "", "condemnation + solidarity: rule 1; authors unnamed"))
U(d, "In Moscow, foreign ministry spokeswoman Maria Zakharova said", "against the Serb population.",
  ("Russia", C, neg, "Kosovo", "capital as place; 'Kurti's government' = Kosovo"))

# ------------------------------------------------------------------ Niger coup and ECOWAS (Xinhua-style state media, full HTML, 2023-08-10)
d = "page_niger_ecowas_xinhua.html"
U(d, "Leaders of the Economic Community of West African States", "way out of the crisis.",
  ("ECOWAS", C, neg, "Niger", "dateline excluded; ordering a military deployment against the junta = announced operation; the stated preference for peace does not outweigh it (rule 1)"))
U(d, "Reading the resolutions at the end of an extraordinary summit", "prepare for its deployment.",
  ("ECOWAS", C, neg, "Niger", "Commission president reading the summit's resolutions; standby/deployment order = threat"))
U(d, "He said the sanctions imposed on Niger on July 30,", "was reinstated.",
  ("ECOWAS", C, neg, "Niger", "'He' = Touray; sanctions kept"))
U(d, "Nigerian President Bola Tinubu, the current chairman", "as a last resort.",
  ("ECOWAS", C, neg, "Niger", "head of state speaking as chair at the bloc's summit = ECOWAS; threat of force"))
U(d, "\"We have not closed the door to dialogue.", "Tinubu said.",
  ("ECOWAS", T, pos, "Niger", "multi-sentence quote closed by its speaker; chair at the summit; offer of dialogue addressed to the junta ('military leaders in Niamey')"))
U(d, "Ivorian President Alassane Ouattara told reporters", "would follow.",
  ("Ivory Coast", S, neu, "ECOWAS", "troop contribution to the bloc's force = backing by act"))
U(d, "Nigeria's Senate had urged Tinubu", "rather than military action.",
  ("Nigeria", T, neu, "", "national parliament = Nigeria (not ECOWAS); appeal for diplomacy addressed to its own president"))
U(d, "In Niamey, the military government,", "a former finance minister.",
  ("Niger", N, neu, "", "junta = Niger; own measure"))
U(d, "Colonel-Major Amadou Abdramane, spokesman of the CNSP,", "defence and security forces.",
  ("Niger", C, neg, "ECOWAS", "threat of a response to 'any aggression' (the bloc's planned force)"))
U(d, "He also accused France of violating", "destabilize the country.",
  ("Niger", C, neg, "France", "'He' = Abdramane; accusation"))
U(d, "Mali and Burkina Faso, both led by military governments,", "declaration of war against them.",
  ("Mali", C, neg, "ECOWAS", "earlier warning reported as done: threat; one row per state"),
  ("Burkina Faso", C, neg, "ECOWAS", "earlier warning reported as done: threat; one row per state"))
U(d, "In Beijing, Chinese Foreign Ministry spokesperson Wang Wenbin said", "countries in the region.",
  ("China", S, pos, "ECOWAS", "support for mediation efforts (no appeal in this sentence)"))
U(d, "Wang said China hoped that all parties in Niger", "as soon as possible.",
  ("China", T, pos, "", "hope for dialogue"))
U(d, "Moussa Faki Mahamat, chairperson of the African Union Commission,", "decisions of ECOWAS on Niger.",
  ("African Union", S, pos, "ECOWAS", "backing"))
U(d, "Algeria's foreign ministry said it regretted", "negotiated political solution.",
  ("Algeria", C, neg, "ECOWAS", "'regretted' aimed at the bloc's choice = judgement; with a preference for negotiation (rule 1)"))
U(d, "US Secretary of State Antony Blinken said Washington backed", "constitutional order in the region.",
  ("United States", S, pos, "ECOWAS", "backing"))
U(d, "He said the United States would hold the CNSP responsible", "since July 26.",
  ("United States", C, neg, "Niger", "'He' = Blinken; holding the junta responsible = judgement/threat"))
U(d, "France said in a statement issued by its foreign ministry", "regional leaders in Abuja.",
  ("France", S, pos, "ECOWAS", "backing of the summit's decisions (which include the force)"))
U(d, "Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow believed", "drawn-out conflict.",
  ("Russia", N, neg, "", "concern without appeal"))
U(d, "Abuja-based security analyst Yusuf Danjuma told Xinhua", "a real chance.",
  ("Yusuf Danjuma", T, neu, "", "invented named analyst = independent person; explicit appeal ('should be eased to give diplomacy a chance'); the agency is not an actor"))

# ------------------------------------------------------------------ South Korea: martial law (full HTML, 2024-12-04)
d = "page_korea_martiallaw_webpage.html"
U(d, "South Korean President Yoon Suk Yeol lifted martial law", "voted it down.",
  ("South Korea", N, neu, "", "lifting the measure = own decision; lawmakers (unnamed, collective) are narrative"))
U(d, "Speaker Woo Won-shik declared the resolution passed", "voting in favour.",
  ("South Korea", N, neu, "", "parliament's speaker resolves to the state; procedural announcement with figures"))
U(d, "In a televised address before dawn, Yoon said", "budget cuts.",
  ("South Korea", C, neg, "Democratic Party of Korea", "accepting the demand (neutral) + repeated accusation against the opposition: rule 1"))
U(d, "In the late-night declaration he had described", "bringing the government down.",
  ("South Korea", C, neg, "Democratic Party of Korea", "'he' = Yoon; 'the opposition, which controls parliament' = the Democratic Party-led majority; accusation"))
U(d, "The martial law command, headed by the army chief of staff,", "under military control.",
  ("South Korea", N, neu, "", "own emergency decree reported as done; no judgement on an actor"))
U(d, "Lee Jae-myung, leader of the main opposition Democratic Party,", "from the first minute.",
  ("Democratic Party of Korea", C, neg, "South Korea", "party leader speaks for the party; 'illegal and invalid' aimed at the president's act"))
U(d, "The Democratic Party said it would submit a motion to impeach", "by the weekend.",
  ("Democratic Party of Korea", C, neg, "South Korea", "impeachment = response taken against the president; the five smaller parties are unnamed: no rows"))
U(d, "Han Dong-hoon, the leader of Yoon's own People Power Party,", "together with the people.",
  ("People Power Party", C, neg, "South Korea", "ruling party's leader judging the president's act"))
U(d, "On Wednesday he demanded that Yoon explain himself", "be dismissed.",
  ("People Power Party", C, neg, "South Korea", "'he' = Han; demand for a minister's dismissal = judgement"))
U(d, "Kim offered to resign later in the day,", "the defence ministry said.",
  ("South Korea", N, neg, "", "surname only; own resignation, responsibility taken"))
U(d, "Yoon's chief of staff and his senior secretaries also offered", "the presidential office said.",
  ("South Korea", N, neu, "", "own measure"))
U(d, "A senior presidential official, speaking on condition of anonymity,", "rule by force.",
  ("South Korea", C, neg, "Democratic Party of Korea", "unnamed official of a named government speaks for it; 'a warning to the opposition' = threat"))
U(d, "The Korean Confederation of Trade Unions, the country's", "until Yoon resigned.",
  ("Korean Confederation of Trade Unions", C, neg, "South Korea", "announced general strike until the president resigns = pressure/response"))
U(d, "Kurt Campbell, the US deputy secretary of state,", "peacefully and lawfully.",
  ("United States", T, neg, "", "alarm + expectation of a peaceful, lawful settlement"))
U(d, "Speaking at a forum in Washington on Wednesday, Campbell said", "the country's democracy.",
  ("United States", C, neg, "South Korea", "judgement on the president's act ('serious error of judgement') + praise of parliament: rule 1"))
U(d, "In Seoul, Ambassador Philip Goldberg said Washington stood", "as strong as ever.",
  ("United States", S, pos, "South Korea", "ambassador with no state word (US section, 'Washington'); solidarity with the people + alliance; target = the state"))
U(d, "A White House spokesperson said the administration", "South Korean government.",
  ("United States", N, neu, "", "facts, no position"))
U(d, "Chief Cabinet Secretary Yoshimasa Hayashi told reporters", "being harmed.",
  ("Japan", N, neu, "", "no state word (Tokyo as place); monitoring, no appeal"))
U(d, "Chinese foreign ministry spokesperson Lin Jian said", "stay alert.",
  ("China", N, neu, "", "'internal affair' + consular advice"))
U(d, "Kremlin spokesman Dmitry Peskov called the developments alarming", "watching closely.",
  ("Russia", N, neg, "", "concern without appeal"))
U(d, "Britain's foreign secretary, David Lammy, said it was important", "South Korean constitution.",
  ("United Kingdom", T, neu, "", "appeal for a peaceful, constitutional resolution"))
U(d, "UN spokesman Stéphane Dujarric said the secretary-general was following", "democratic institutions.",
  ("United Nations", T, neu, "", "appeal for calm"))

# ------------------------------------------------------------------ Iran: snapback / IAEA (MFA press-conference transcript, 2025-09-02)
d = "page_iran_snapback_mfa.txt"
U(d, "At the outset, I condemn the assassination", "rule of international law.",
  ("Iran", C, neg, "Israel", "speaker = MFA spokesman (page heading); 'the Zionist regime' = Israel; off-topic item of the briefing, still a statement"))
U(d, "The President's visit to Tianjin", "China, Russia and India.",
  ("Iran", N, neu, "", "plan/facts"))
U(d, "On the matter that most of you are here for:", "has no legal basis.",
  ("Iran", C, neg, "", "'no legal basis' aimed at the E3 move; three states: target empty"))
U(d, "They stopped meeting their own commitments", "appear as judges.",
  ("Iran", C, neg, "", "accusation against the three European states (target empty)"))
U(d, "Question (IRNA): The American secretary of state welcomed", "announced on Thursday.",
  ("United States", S, pos, "", "US position reported inside a journalist's question; welcome of the E3 move (three states: target empty)"))
U(d, "Baghaei: That statement tells you who wrote the script.", "wrote the script.",
  ("Iran", C, neg, "United States", "Q&A answer: speaker label opens the unit; implies the US orchestrated the move"))
U(d, "The Europeans did not act on their own;", "the Zionist regime.",
  ("Iran", C, neg, "", "accusation against the E3, the US and Israel: target empty"))
U(d, "Baghaei: Under the law passed by parliament,", "National Security Council.",
  ("Iran", N, neu, "", "procedure"))
U(d, "The inspectors who came last week", "approved by the council.",
  ("Iran", N, neu, "", "facts"))
U(d, "We are also discussing with the Director General's office", "in the coming days.",
  ("Iran", T, neu, "IAEA", "ongoing talks with the agency"))
U(d, "Question (Al Jazeera): Rafael Grossi said on Monday", "bombed in June.",
  ("IAEA", T, neu, "Iran", "Grossi's position reported in a question: asks for an agreement on access"))
U(d, "Baghaei: The agency's Director General never condemned", "forget that.",
  ("Iran", C, neg, "IAEA", "reproach of the agency's head"))
U(d, "Baghaei: Russia and China have stated clearly,", "legally void.",
  ("Russia", C, neg, "", "position reported by Iran's spokesman: rejecting the E3 notification as void = judgement on it (three states: target empty)"),
  ("China", C, neg, "", "same, one row per state named"))
U(d, "We value this principled position of our two friends.", "our two friends.",
  ("Iran", S, pos, "", "praise of Russia and China (two states: target empty)"))
U(d, "Baghaei: Our experts are going through the text", "work is finished.",
  ("Iran", N, neu, "", "reviewing the draft; no position yet"))
U(d, "Question (Reuters): In their joint statement,", "thirty-day period.",
  ("France", T, neu, "", "joint statement of three ministers reported in a question: one row per state"),
  ("United Kingdom", T, neu, "", "joint statement: 'Britain'"),
  ("Germany", T, neu, "", "joint statement"))
U(d, "Baghaei: We have never left the negotiating table.", "negotiating table.",
  ("Iran", T, neu, "", "commitment to talks"))
U(d, "Mr Araghchi is ready to meet his European counterparts", "anywhere else.",
  ("Iran", T, pos, "", "offer of talks; FM with no state word"))
U(d, "He spoke by telephone on Sunday with Kaja Kallas,", "negotiated way out.",
  ("European Union", T, neu, "", "Kallas's position reported by Iran's spokesman; the phone call itself is narrative"))
U(d, "Question (Press TV): Washington says it is ready for direct talks", "gives up enrichment.",
  ("United States", T, neu, "Iran", "conditional offer of talks reported in a question"))
U(d, "Baghaei: A precondition that removes the very subject", "demand for surrender.",
  ("Iran", C, neg, "United States", "judgement on the US condition"))
U(d, "We were attacked in June while talks were under way,", "gave the green light.",
  ("Iran", C, neg, "", "accusation; attackers implied, not named: target empty"))
U(d, "Baghaei: If the sanctions return, the response will be", "is on the table.",
  ("Iran", C, neg, "", "threat of a response (NPT membership); aimed at the E3: target empty"))
U(d, "Question (Fars): Last week Australia expelled", "Sydney and Melbourne.",
  ("Australia", C, neg, "Iran", "expulsion of an ambassador + accusation, reported inside a journalist's question; off-topic item of the briefing"))
U(d, "Baghaei: We reject these allegations entirely.", "allegations entirely.",
  ("Iran", N, neg, "", "denial"))
U(d, "Canberra chose to serve a foreign agenda", "principle of reciprocity.",
  ("Iran", C, neg, "Australia", "judgement + threat of reciprocal measures; Canberra = Australia"))
U(d, "Baghaei: No date has been set.", "has been set.",
  ("Iran", N, neu, "", "fact"))


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
