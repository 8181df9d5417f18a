"""Writes ../statements.csv from the hand decisions below (batch3a).

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
        ROWS.append([doc, s, actor, stance, sentiment, target, "page", note])


N, C, S, T = "neutral", "condemning", "supporting", "calling_for_talks"
neg, neu, pos = "negative", "neutral", "positive"

# ------------------------------------------------------------------ Gaza (live blog, 2025-01-15)
d = "page_gaza_liveblog.txt"
U(d, "The Hostages and Missing Families Forum said it welcomed", "comes home.",
  ("Hostages and Missing Families Forum", T, pos, "Israel", "welcome + appeal to approve the ceasefire deal: rule 2 before rule 3; appeal addressed to the Israeli government"))
U(d, "Itamar Ben-Gvir, the national security minister", "if the cabinet approved it.",
  ("Otzma Yehudit", C, neg, "Israel", "minister speaking as party leader against his own government's deal -> his party; 'dangerous surrender' + threat to quit; target = the government that would approve it"))
U(d, "Gaza's health ministry said at least 46,700", "between civilians and fighters.",
  ("Hamas", N, neu, "", "Gaza health ministry = Hamas (name files); toll without blame"))
U(d, "President Mahmoud Abbas welcomed the agreement", "once the fighting stops.",
  ("Palestine", S, pos, "", "role only ('President'), no state word; welcome + offer to govern, no peace appeal"))
U(d, "His office added that any arrangement", "towards a Palestinian state.",
  ("Palestine", T, neu, "", "'His office' = Abbas; demand for a political path (diplomatic course), no judgement"))
U(d, "The UN secretary-general, António Guterres, said he welcomed the deal", "without obstruction.",
  ("United Nations", T, pos, "", "welcome + humanitarian-access appeal: rule 2 before rule 3"))
U(d, "\"Now the suffering in Gaza has to be eased", "he told reporters in New York.",
  ("United Nations", T, neg, "", "multi-sentence quote closed by its speaker; appeal to all parties; suffering = negative tone"))
U(d, "Tom Fletcher, the UN humanitarian chief, said agencies had trucks", "waiting at the crossings.",
  ("United Nations", S, pos, "", "OCHA chief -> United Nations; aid ready to be delivered = aid offered"))
U(d, "He added that the world body would scale up deliveries", "as the truce took hold.",
  ("United Nations", S, pos, "", "'He' = Fletcher; aid pledged"))
U(d, "Philippe Lazzarini, head of the UN agency", "not to let the agency collapse.",
  ("UNRWA", T, neg, "", "UNRWA is its own actor in the name files; asking donors for help is not supporting (labels/README): calling_for_talks"))
U(d, "Kaja Kallas, the EU's foreign policy chief, said the bloc welcomed", "recovery of Gaza.",
  ("European Union", T, pos, "", "'the bloc'; welcome + appeal to implement + offer: rule 2 before rule 3"))
U(d, "Recep Tayyip Erdoğan praised the mediators", "in the coming days.",
  ("Turkey", S, pos, "", "leader with no state word or title; praise + aid by act"))
U(d, "Erdoğan also repeated his charge", "must not go unpunished.",
  ("Turkey", C, neg, "Israel", "surname only; 'crimes', 'must not go unpunished'"))
U(d, "Jordan's foreign minister, Ayman Safadi, said Amman hoped", "a just peace.",
  ("Jordan", T, pos, "", "Amman = capital as metonym; hope that the truce lasts"))
U(d, "Khalil al-Hayya, Hamas's Gaza chief", "resilience of the people of Gaza.",
  ("Hamas", N, pos, "", "self-praise of own side, no judgement or appeal"))
U(d, "He accused Israel of committing genocide", "killed its children.",
  ("Hamas", C, neg, "Israel", "'He' = al-Hayya; accusation"))
U(d, "Al-Hayya thanked Qatar, Egypt and Turkey", "for their efforts.",
  ("Hamas", S, pos, "", "thanks = praise; three states -> target empty"))
U(d, "Joe Biden said at the White House that the agreement would stop", "bring hostages home.",
  ("United States", N, pos, "", "leader by name only; describes the deal's content (facts/plans), no appeal"))
U(d, "\"This is not the end of the work.", "the US president said.",
  ("United States", C, neg, "Hamas", "multi-sentence quote; 'Hamas can never again rule Gaza' rejects a party; could be read as a demand (talks)"))
U(d, "Biden added that the deal followed the framework", "incoming administration.",
  ("United States", N, neu, "", "facts about the deal; the incoming administration takes no position here"))
U(d, "A statement from the office of the Israeli prime minister", "settle them overnight.",
  ("Israel", T, neu, "", "PM's office = Israel; hoping the deal is finalised = commitment to a ceasefire deal; could be read as neutral procedure"))
U(d, "The Israeli military said its aircraft had struck", "over the previous day.",
  ("Israel", N, neu, "", "army speaks for its state; own strikes reported without judgement"))
U(d, "Qatar's prime minister and foreign minister, Sheikh Mohammed", "take effect on Sunday.",
  ("Qatar", N, pos, "", "mediator announcing the agreement and its start date"),
  ("Israel", T, neu, "", "position of X reported by Y: agreeing to a ceasefire"),
  ("Hamas", T, neu, "", "position of X reported by Y: agreeing to a ceasefire"))
U(d, "He said Qatar, Egypt and the United States would monitor", "joint body in Cairo.",
  ("Qatar", N, neu, "", "plan (monitoring mechanism); Cairo is a place; Egypt and US not given rows: a plan listed by the speaker, no position of theirs stated"))
U(d, "\"We want this agreement to close this war for good.", "he said.",
  ("Qatar", T, pos, "", "multi-sentence quote opened in its own paragraph, closed by 'he said' (= Sheikh Mohammed); hope + appeal to all"))
U(d, "Egypt's foreign ministry said Cairo would open the Rafah crossing", "follow-up mechanism.",
  ("Egypt", S, pos, "", "aid access opened by act + hosting the mechanism"))
U(d, "The statement also demanded that Israel withdraw fully", "along the border.",
  ("Egypt", T, neg, "Israel", "'The statement' = Egypt's foreign ministry; demand to one side to withdraw, no judgement word"))

# ------------------------------------------------------------------ Ukraine (wire, 2025-04-14)
d = "page_ukraine_sumy_wire.txt"
U(d, "Russia's defence ministry said on Monday that its missiles", "on a religious holiday.",
  ("Russia", N, neu, "", "dateline 'KYIV, April 14 (Reuters) - ' excluded; own strike reported as a hit on a military target, no judgement"),
  ("Ukraine", C, neg, "Russia", "second actor in the same sentence; Moscow = capital as metonym; accusation"))
U(d, "Ukraine's interior minister, Ihor Klymenko, said", "rubble of a university building.",
  ("Ukraine", N, neu, "", "casualty figures from an actor, no blame"))
U(d, "The defence ministry in Moscow said the strike", "more than 60 servicemen.",
  ("Russia", N, neu, "", "'in Moscow' = place; own strike and claimed result"))
U(d, "Kremlin spokesman Dmitry Peskov told reporters", "linked to the armed forces.",
  ("Russia", N, neg, "", "implicit denial of targeting civilians = neutral, negative tone"))
U(d, "President Volodymyr Zelenskiy said the strike showed", "a single life in Sumy.",
  ("Ukraine", C, neg, "Russia", "title with no state word; judgement on Russia's intent"))
U(d, "\"Only pressure on the aggressor", "nightly video address.",
  ("Ukraine", C, neg, "Russia", "multi-sentence quote closed by its speaker; 'the aggressor' + call for pressure"))
U(d, "He urged the United States and Europe to approve new air defence", "without delay.",
  ("Ukraine", N, neg, "", "asking for weapons: not giving aid (not supporting) and not a peaceful course; no judgement in the sentence -> neutral; unsure"))
U(d, "Ukraine's foreign minister, Andrii Sybiha, said the attack was a war crime", "going to church.",
  ("Ukraine", C, neg, "Russia", "'war crime'"))
U(d, "Sybiha called on partners to tighten sanctions", "the Kremlin's behaviour.",
  ("Ukraine", C, neg, "Russia", "surname only; call for sanctions = condemning (labels/README)"))
U(d, "The ministry said in a statement that it had briefed", "International Criminal Court.",
  ("Ukraine", C, neg, "Russia", "'The ministry' = Ukraine's foreign ministry (context); evidence to the ICC = legal response announced; Kyiv = place"))
U(d, "In Washington, President Donald Trump said he had been told", "called the attack \"terrible\".",
  ("United States", C, neg, "Russia", "'terrible' judges the attack; 'an error' softens it but does not deny it"))
U(d, "Trump said he still wanted a ceasefire agreement", "come to the table.",
  ("United States", T, neu, "", "appeal to both sides"))
U(d, "Keith Kellogg, Trump's special envoy for Ukraine, said", "decent people could accept.",
  ("United States", C, neg, "Russia", "envoy introduced by a possessive, no state word"))
U(d, "\"Ending this war is exactly what the president", "he wrote on X.",
  ("United States", T, pos, "", "pursuing an end to the war = peaceful course"))
U(d, "French President Emmanuel Macron said the strike proved", "to impose one.",
  ("France", C, neg, "Russia", "judgement + measures to impose a truce: rule 1"))
U(d, "British Prime Minister Keir Starmer said he was appalled", "the means to defend itself.",
  ("United Kingdom", C, neg, "Russia", "one row per actor: judgement ('appalled by Russia's attack') outranks the backing for Ukraine (rule 1)"))
U(d, "Chancellor Olaf Scholz called the strike", "innocent people.",
  ("Germany", C, neg, "Russia", "title with no state word; judgement of the strike"))
U(d, "The foreign ministries of Estonia, Latvia and Lithuania", "must face justice.",
  ("Estonia", C, neg, "Russia", "joint statement: one row per state"),
  ("Latvia", C, neg, "Russia", "joint statement: one row per state"),
  ("Lithuania", C, neg, "Russia", "joint statement: one row per state"))
U(d, "EU foreign policy chief Kaja Kallas said the attack showed", "disregard for human life.",
  ("European Union", C, neg, "Russia", "judgement"))
U(d, "The bloc would discuss a further package of sanctions", "she said.",
  ("European Union", C, neg, "Russia", "'The bloc'; sanctions announced = condemning"))
U(d, "Turkey's foreign ministry expressed deep sorrow", "in Istanbul.",
  ("Turkey", T, neg, "", "sorrow + offer to host negotiations"))
U(d, "A spokesman for UN Secretary-General Antonio Guterres said he was shocked", "reports of the strike.",
  ("United Nations", N, neg, "", "concern without appeal"))
U(d, "Attacks on civilians and civilian objects are prohibited", "the spokesman said.",
  ("United Nations", T, neg, "", "appeal aimed at no named actor; general legal reminder, no judgement on a party"))
U(d, "Volodymyr Artiukh, head of the Sumy regional military administration", "he could confirm.",
  ("Ukraine", N, neu, "", "regional official resolves to his state; facts"))
U(d, "The Kremlin said there were no plans", "this week.",
  ("Russia", N, neu, "", "procedure, no position"))

# ------------------------------------------------------------------ Sudan (UN noon-briefing readout, 2025-10-30)
d = "page_sudan_unreadout.txt"
U(d, "The Secretary-General remains gravely alarmed", "on Sunday.",
  ("United Nations", N, neg, "", "UN readout style; alarm without appeal (the appeal is the next paragraph)"))
U(d, "The Secretary-General calls on the Rapid Support Forces to allow", "all those in need.",
  ("United Nations", T, neu, "Rapid Support Forces", "safe passage and access, addressed to one party, no judgement word"))
U(d, "He also calls on all States with influence", "fuelling this war.",
  ("United Nations", T, neg, "", "appeal to unnamed states to stop arms flows"))
U(d, "His Personal Envoy for Sudan, Ramtane Lamamra, has been in contact", "this week.",
  ("United Nations", T, neu, "", "specific act reported as done: the envoy's contacts with both parties = mediation"))
U(d, "The Envoy told them that the United Nations stands ready", "return to negotiations.",
  ("United Nations", T, pos, "", "'The Envoy' = Lamamra (introduced by role in the previous sentence); offer to support a truce and talks"))
U(d, "The Emergency Relief Coordinator, Tom Fletcher, said the horror", "eighteen months.",
  ("United Nations", N, neg, "", "alarm aimed at 'the world' (no actor), no appeal"))
U(d, "In a statement, he said the fighters responsible", "held to account.",
  ("United Nations", C, neg, "", "'impunity', 'held to account'; perpetrators not named in the sentence -> target empty"))
U(d, "Our humanitarian colleagues tell us that more than 36,000", "International Organization for Migration.",
  ("International Organization for Migration", N, neu, "", "figure attributed to IOM, relayed by the UN spokesman: the figure's source is the actor"))
U(d, "The World Food Programme said it had delivered", "further convoys from Chad.",
  ("World Food Programme", S, pos, "", "aid delivered and prepared; Chad is a place"))
U(d, "WFP warned that its stocks for Darfur", "without new funding.",
  ("World Food Programme", N, neg, "", "warning with no explicit appeal; could be read as asking for funding (calling_for_talks)"))
U(d, "The World Health Organization said it was appalled", "Saudi Maternity Hospital in El Fasher.",
  ("World Health Organization", N, neg, "", "alarm at reports, perpetrator not named, no appeal"))
U(d, "Its Director-General, Tedros Adhanom Ghebreyesus, said all attacks", "wherever they are.",
  ("World Health Organization", T, neg, "", "protection of health care, addressed to no one"))
U(d, "The Executive Director of UNICEF, Catherine Russell, said that some 130,000", "around the city.",
  ("UNICEF", N, neu, "", "figure"))
U(d, "UNICEF is sending nutrition supplies", "wants to leave.",
  ("UNICEF", T, neu, "", "aid by act + appeal for safe routes in one sentence: rule 2 before rule 3"))
U(d, "The High Commissioner for Human Rights, Volker Türk, said his Office", "by RSF fighters.",
  ("United Nations", C, neg, "Rapid Support Forces", "OHCHR -> United Nations; accusation by describing attacks on civilians"))
U(d, "Türk warned that these reports follow an established pattern", "would face justice.",
  ("United Nations", C, neg, "Rapid Support Forces", "surname only; threat of prosecution; 'these reports' = killings by RSF fighters"))
U(d, "Asked whether the Secretary-General held the RSF responsible", "areas under their control.",
  ("United Nations", C, neg, "Rapid Support Forces", "Q&A: the question is the journalist's; the answer attributes the killings to the RSF"))
U(d, "Asked about a statement by the Sudanese Government, the Spokesman said", "engage with all parties.",
  ("United Nations", T, neu, "", "engagement with all parties = diplomatic course; the Sudanese statement is only mentioned (no position of Sudan stated)"))
U(d, "In a televised speech, the head of the Sovereignty Council", "further destruction.",
  ("Sudan", N, neu, "", "army chief and head of state -> Sudan; own withdrawal explained, no judgement"))
U(d, "He vowed that the militia would pay", "taken in the city.",
  ("Sudan", C, neg, "Rapid Support Forces", "'the militia' = RSF by context; threat"))
U(d, "The foreign ministry said in a statement that the RSF had carried out", "by a foreign state.",
  ("Sudan", C, neg, "Rapid Support Forces", "'The foreign ministry' under the GOVERNMENT heading = Sudan; 'genocide'; the foreign state is unnamed"))
U(d, "It asked the Security Council to designate the militia", "terrorist organisation.",
  ("Sudan", C, neg, "Rapid Support Forces", "'It' = the ministry; call for a designation = call for sanctions"))
U(d, "RSF commander Mohamed Hamdan Dagalo acknowledged", "investigate them.",
  ("Rapid Support Forces", N, neg, "", "admission + own inquiry, no judgement on another actor"))
U(d, "Dagalo said his forces would guarantee safe routes", "leave the city.",
  ("Rapid Support Forces", N, pos, "", "reassurance about own conduct = neutral, positive"))
U(d, "An RSF adviser told a news channel that reports", "by the army's media.",
  ("Rapid Support Forces", N, neg, "", "unnamed official of a named body speaks for it; denial (the swipe at the army's media is part of the denial); could be read as condemning Sudan"))
U(d, "The Chairperson of the African Union Commission, Mahmoud Ali Youssouf, condemned", "independent investigation.",
  ("African Union", C, neg, "", "condemnation + ceasefire appeal: rule 1; atrocities not attributed in the sentence -> target empty"))
U(d, "Egypt's foreign ministry said Cairo was following developments", "national institutions.",
  ("Egypt", S, neu, "Sudan", "concern + support for Sudan's unity and institutions (the government side): rule 3"))
U(d, "Saudi Arabia called on the RSF to protect civilians", "Saudi Press Agency reported.",
  ("Saudi Arabia", T, neu, "Rapid Support Forces", "appeal to one party; SPA is the carrier"))
U(d, "Massad Boulos, the senior US adviser for Africa, urged the RSF", "humanitarian truce.",
  ("United States", T, neg, "Rapid Support Forces", "demand to one side to stop, no judgement word (labels/README)"))
U(d, "He said the United States had also announced new humanitarian funding", "in Chad.",
  ("United States", S, pos, "", "aid"))

# ------------------------------------------------------------------ DR Congo / M23 (full HTML, 2025-01-28)
d = "page_drc_goma_webpage.html"
U(d, "Congo's communication minister, Patrick Muyaya, said the army", "people of North Kivu.",
  ("Democratic Republic of the Congo", N, neu, "", "own positions + reassurance, no judgement"))
U(d, "\"There will be no negotiation with a puppet movement.", "told journalists in Kinshasa.",
  ("Democratic Republic of the Congo", C, neg, "", "multi-sentence quote closed by surname; refusal of talks in protest + 'puppet': aimed at M23 and (implicitly) Rwanda -> target empty; Kinshasa is a place"))
U(d, "Foreign Minister Thérèse Kayikwamba Wagner told the UN Security Council", "Congolese territory.",
  ("Democratic Republic of the Congo", C, neg, "Rwanda", "minister with no state word (Congo by context)"))
U(d, "She asked the council to impose targeted sanctions", "labelled as Rwandan.",
  ("Democratic Republic of the Congo", C, neg, "Rwanda", "call for sanctions"))
U(d, "Kinshasa cut diplomatic ties with Kigali", "to leave the country.",
  ("Democratic Republic of the Congo", C, neg, "Rwanda", "capitals as metonyms; rupture + expulsion of diplomats"))
U(d, "In Kigali, the foreign ministry said the fighting close to the border", "territorial integrity.",
  ("Rwanda", N, neg, "", "'In Kigali' = place; alarm about own security, no judgement on an actor in this sentence"))
U(d, "Congo's decision to arm and fight alongside the FDLR militia", "root cause of the crisis.",
  ("Rwanda", C, neg, "Democratic Republic of the Congo", "possessive subject before the speaker ('the ministry said' mid-sentence): the ministry's (Rwanda's) statement, not Congo's"))
U(d, "Rwanda's foreign minister, Olivier Nduhungirehe, said his government remained committed", "Nairobi processes.",
  ("Rwanda", T, neu, "", "commitment to peace processes"))
U(d, "Nduhungirehe added that Kigali would not accept being blamed", "chosen to escalate.",
  ("Rwanda", C, neg, "Democratic Republic of the Congo", "surname only; rejects blame + accuses Kinshasa of escalation"))
U(d, "The government spokesperson, Yolande Makolo, denied", "entered Goma.",
  ("Rwanda", N, neg, "", "role with no state word (Rwanda by context); denial"))
U(d, "\"Those claims are false.", "she said.",
  ("Rwanda", N, neg, "", "multi-sentence quote; denial + reassurance"))
U(d, "Lawrence Kanyuka, the spokesman of the Congo River Alliance", "to remain calm.",
  ("M23", T, pos, "", "Congo River Alliance = M23 (name files); victory claim + appeal for calm"))
U(d, "Kanyuka also urged Congolese soldiers still in Goma", "would be guaranteed.",
  ("M23", C, neg, "Democratic Republic of the Congo", "demand to surrender = ultimatum (threat); could be read as an appeal to lay down arms (talks)"))
U(d, "President William Ruto, the chairman of the East African Community, said he would convene", "observe a ceasefire.",
  ("East African Community", T, neu, "", "Kenya's president speaking as EAC chair -> the body; convening a summit + ceasefire appeal"))
U(d, "\"We must stop the bloodshed.", "he wrote on X.",
  ("East African Community", T, neg, "", "quote continuing Ruto's EAC-chair statement"))
U(d, "The head of the UN mission in Congo, Bintou Keita, told the Security Council", "on their bases.",
  ("United Nations", C, neg, "Rwanda", "MONUSCO head -> United Nations; 'beyond doubt' presence of Rwandan troops = accusation (the sheltering is part of the same sentence)"))
U(d, "Keita said the mission would stay in Goma.", "in Goma.",
  ("United Nations", N, neu, "", "plan"))
U(d, "UN Secretary-General António Guterres urged Rwanda to withdraw", "his spokesman said.",
  ("United Nations", T, neg, "", "demands to two sides to stop, no judgement word -> target empty"))
U(d, "The African Union Commission chairperson, Moussa Faki Mahamat, called for strict observance", "protection of civilians.",
  ("African Union", T, neu, "", "ceasefire + protection of civilians"))
U(d, "In Pretoria, the presidency said 13 South African soldiers", "around Goma.",
  ("South Africa", N, neg, "", "'In Pretoria' = place; own losses, no blame"))
U(d, "President Cyril Ramaphosa said in a statement that he had spoken to President Paul Kagame", "talks between all parties.",
  ("South Africa", T, neu, "", "agreement on a ceasefire and talks"),
  ("Rwanda", T, neu, "", "position of X reported by Y: Kagame 'agreed on the urgent need for a ceasefire'"))
U(d, "US Secretary of State Marco Rubio said he had spoken with Kagame", "deep concern.",
  ("United States", N, neg, "", "concern without appeal or judgement"))
U(d, "The US condemned M23's assault on Goma", "urged an immediate ceasefire.",
  ("United States", C, neg, "M23", "attribution tail in mid-sentence; condemnation + ceasefire appeal: rule 1"))
U(d, "France's foreign ministry condemned the attack on its embassy", "diplomatic premises.",
  ("France", C, neg, "", "protesters are not a canonical actor -> target empty; the request to Congo is part of the same sentence"))
U(d, "French Foreign Minister Jean-Noël Barrot called on Rwandan forces", "leave Congo.",
  ("France", T, neg, "Rwanda", "demand to one side to withdraw, no judgement word"))
U(d, "Kaja Kallas, the EU's foreign policy chief, said the bloc condemned", "at its disposal.",
  ("European Union", C, neg, "", "condemnation of M23 and Rwanda + veiled threat; two targets -> empty"))
U(d, "China's UN ambassador, Fu Cong, told the council that Beijing supported", "stop supporting M23.",
  ("China", T, neu, "Rwanda", "support for mediation + appeal to Rwanda, no judgement word: rule 2 before rule 3"))

# ------------------------------------------------------------------ Taiwan Strait (MFA press conference + Xinhua, 2025-04-01)
d = "page_taiwan_mfa_readout.txt"
U(d, "This morning, the Eastern Theater Command", "joint exercises around Taiwan Island.",
  ("China", C, neg, "Taiwan", "the journalist (CCTV label excluded) reports the PLA's announcement: a military operation announced against another side = condemning"))
U(d, "The spokesperson of the Command said the exercises were a serious warning", "separatist forces.",
  ("China", C, neg, "Taiwan", "'stern warning', 'deterrent' = threat; separatist forces = Taiwan's authorities"))
U(d, "Taiwan is part of China's territory, and the Taiwan question", "internal affair.",
  ("China", N, neu, "", "unit after the speaker label 'Guo Jiakun: '; sovereignty claim, no judgement on an actor"))
U(d, "Since taking office, the Lai Ching-te authorities", "across the Strait.",
  ("China", C, neg, "Taiwan", "accusation"))
U(d, "Those who play with fire will get burned.", "burned.",
  ("China", C, neg, "Taiwan", "threat; 'those' = the Lai authorities of the previous sentence"))
U(d, "The exercises by the PLA are a justified and necessary step", "defend China's sovereignty and territorial integrity.",
  ("China", N, neu, "", "justification of own operation, no judgement on another actor in this sentence; could be read as condemning"))
U(d, "Taiwan's defence ministry said it had dispatched forces", "Beijing's intimidation.",
  ("Taiwan", C, neg, "China", "reported in the Reuters question; two positions of the same actor in one sentence -> one row, rule 1"))
U(d, "Lai Ching-te said Taiwan would not be provoked", "back down either.",
  ("Taiwan", N, neu, "", "leader with no title; own posture, no judgement or appeal"))
U(d, "The so-called \"intimidation\" claims of the DPP authorities", "upside down.",
  ("China", C, neg, "Taiwan", "rejection with a judgement ('turn the facts upside down'), not a plain denial"))
U(d, "It is the DPP authorities' collusion with external forces", "root cause of tensions.",
  ("China", C, neg, "Taiwan", "blame"))
U(d, "No one should underestimate the firm resolve", "territorial integrity.",
  ("China", C, neg, "", "veiled threat at no named actor"))
U(d, "The US State Department said Beijing's threatening military moves", "security in the region.",
  ("United States", C, neg, "China", "position reported in a journalist's question"))
U(d, "It said the United States would continue to support Taiwan", "this pressure.",
  ("United States", S, pos, "Taiwan", "'It' = the State Department; backing"))
U(d, "We deplore and firmly oppose the US remarks.", "US remarks.",
  ("China", C, neg, "United States", "'deplore and firmly oppose' aimed at an actor"))
U(d, "The US side should abide by the one-China principle", "separatist forces.",
  ("China", C, neg, "United States", "demand with a judgement ('wrong signals')"))
U(d, "We have made stern démarches to the US side.", "US side.",
  ("China", C, neg, "United States", "diplomatic protest by act"))
U(d, "Japan's Chief Cabinet Secretary Yoshimasa Hayashi said today", "through dialogue.",
  ("Japan", T, neu, "", "watching + hope for a peaceful solution through dialogue"))
U(d, "Japan bears historical responsibility", "words and deeds.",
  ("China", C, neg, "Japan", "rebuke"))
U(d, "We urge the Japanese side to refrain from interfering", "internal affairs.",
  ("China", C, neg, "Japan", "demand that implies interference; near-miss with a peace appeal"))
U(d, "The European Union's spokesperson said the bloc called on all parties", "Taiwan Strait.",
  ("European Union", T, neu, "", "restraint appeal to all"))
U(d, "We note that the EU has reiterated its commitment", "we appreciate that.",
  ("China", S, pos, "European Union", "approval"))
U(d, "At the same time, calls for restraint should be addressed", "defends its sovereignty.",
  ("China", C, neg, "Taiwan", "'the separatists who provoke' = Taiwan's authorities"))
U(d, "Russian Foreign Ministry spokeswoman Maria Zakharova said yesterday", "protect its sovereignty.",
  ("Russia", S, pos, "China", "backing; Moscow/Beijing as metonyms"))
U(d, "China appreciates Russia's firm support", "Taiwan question.",
  ("China", S, pos, "Russia", "thanks"))
U(d, "Normal navigation and overflight", "are not affected.",
  ("China", N, pos, "", "reassurance about own conduct"))
U(d, "Senior Colonel Shi Yi, spokesperson for the PLA Eastern Theater Command, said", "at sea and on land.",
  ("China", N, neu, "", "dateline 'NANJING, April 1 (Xinhua) -- ' excluded; details of own drills, no judgement"))
U(d, "Zhu Fenglian, spokesperson for the Taiwan Affairs Office", "\"wrecker of peace\" across the Strait.",
  ("China", C, neg, "Taiwan", "TAO = state agency -> China; Lai named = Taiwan"))
U(d, "Zhu said the mainland was willing to strive", "any separatist act.",
  ("China", C, neg, "", "offer + threat in one sentence: rule 1; threat at 'any separatist act' -> target empty"))
U(d, "Zhang Xiaogang, spokesperson for the Ministry of National Defense, said", "provocations continued.",
  ("China", C, neg, "Taiwan", "continued military pressure announced"))

# ------------------------------------------------------------------ Red Sea / Houthis (full HTML, 2025-07-10)
d = "page_redsea_houthi_webpage.html"
U(d, "Yemen's Houthis have claimed responsibility for sinking", "surviving crew members.",
  ("Houthis", N, neu, "", "dateline 'DUBAI – ' excluded; own attack claimed, no judgement in this sentence"),
  ("United States", C, neg, "Houthis", "second actor in the same sentence; accusation of abduction"))
U(d, "The Houthis' military spokesman, Yahya Saree, said in a recorded statement", "with Israeli ports.",
  ("Houthis", N, neg, "", "own strike with its stated reason; the owner (a company) is not a canonical actor; no judgement word"))
U(d, "Saree said Houthi fighters had rescued several sailors", "treated their wounds.",
  ("Houthis", N, pos, "", "surname only; reassurance about own conduct (answering the abduction charge), not aid to another actor"))
U(d, "\"Every company that deals with the ports of occupied Palestine", "he said.",
  ("Houthis", C, neg, "", "multi-sentence quote closed by its speaker; threat aimed at companies (not canonical) -> target empty"))
U(d, "The US Mission to Yemen said the Houthis had abducted", "without conditions.",
  ("United States", C, neg, "Houthis", "embassy-level mission speaks for its state; accusation + demand"))
U(d, "The attacks, the mission said, show the continuing threat", "innocent seafarers.",
  ("United States", C, neg, "Houthis", "attribution tail in mid-sentence ('the mission said')"))
U(d, "State Department spokesperson Tammy Bruce said the United States would continue", "arming the Houthis.",
  ("United States", C, neg, "Iran", "'held Iran responsible' = rule 1 (own protective steps in the same sentence)"))
U(d, "The European Union's naval operation in the region, Aspides, said the crew", "three-member security team.",
  ("European Union", N, neu, "", "EU naval operation -> European Union; figures"))
U(d, "Its ships had recovered six survivors", "the operation said.",
  ("European Union", S, neu, "", "rescue by act = assistance provided (like UNMISS sheltering civilians); attribution tail"))
U(d, "Greece's foreign ministry strongly condemned the attacks", "families of the crew.",
  ("Greece", C, neg, "Houthis", "'the attacks' = the Houthi attacks named in the sentence"))
U(d, "Maritime Affairs Minister Vassilis Kikilias called on the international community", "vital trade routes.",
  ("Greece", T, neu, "", "minister with no state word (Greece by the previous sentence); appeal for collective action to secure shipping, no judgement; unsure (could be read as neutral)"))
U(d, "In Manila, Migrant Workers Secretary Hans Leo Cacdac said the government would give", "as soon as possible.",
  ("Philippines", S, pos, "", "'In Manila' = place; aid to the crew's families and repatriation"))
U(d, "Cacdac said the department was asking manning agencies", "southern Red Sea.",
  ("Philippines", N, neu, "", "own measure, no judgement"))
U(d, "Arsenio Dominguez, the Secretary-General of the International Maritime Organization", "other people's conflicts.",
  ("International Maritime Organization", C, neg, "Houthis", "UN specialised agency under its own name (like WHO, UNICEF); 'the attacks' = Houthi attacks by context"))
U(d, "The International Chamber of Shipping and BIMCO said in a joint statement", "to end them.",
  ("International Chamber of Shipping", C, neg, "Houthis", "joint statement: one row per body; judgement + appeal: rule 1"),
  ("BIMCO", C, neg, "Houthis", "joint statement: one row per body"))
U(d, "Hans Grundberg, the UN special envoy for Yemen, said the renewed attacks", "deeply worrying.",
  ("United Nations", N, neg, "", "concern without appeal (the appeal follows in the next sentence)"))
U(d, "He urged the Houthis to stop targeting commercial vessels", "maximum restraint.",
  ("United Nations", T, neg, "", "demand to one side + restraint for all, no judgement word; two addressees -> target empty"))
U(d, "Defence Minister Israel Katz said the Houthis would pay a heavy price", "wherever necessary.",
  ("Israel", C, neg, "Houthis", "minister with no state word; threat"))
U(d, "Iran's foreign ministry spokesman, Esmaeil Baghaei, condemned", "violation of its sovereignty.",
  ("Iran", C, neg, "Israel", "'its sovereignty' = Yemen's"))
U(d, "Baghaei denied that Tehran supplied the Houthis", "claims were baseless.",
  ("Iran", N, neg, "", "denial = neutral, negative"))
U(d, "Maritime security sources said at least four crew members", "in Houthi hands.",
  ("", N, neg, "", "unnamed sources: kept as a stance example with an empty actor"))

# ------------------------------------------------------------------ Syria (full HTML, 2025-03-11)
d = "page_syria_coast_webpage.html"
U(d, "Syria's defence ministry announced on Monday the end of a military operation", "reported killed.",
  ("Syria", N, neu, "", "end of own operation announced; 'reported killed' has no named source"))
U(d, "Ministry spokesman Hassan Abdul Ghani said security forces", "working again.",
  ("Syria", N, neu, "", "'Ministry spokesman' with no state word (defence ministry of the previous paragraph); own operation"))
U(d, "Remaining gunmen would be pursued wherever they hid, he said.", "he said.",
  ("Syria", C, neg, "", "threat at unnamed insurgents -> target empty"))
U(d, "The Syrian Observatory for Human Rights, a Britain-based war monitor, said more than 1,000", "allied groups.",
  ("Syrian Observatory for Human Rights", C, neg, "Syria", "toll that blames security forces = accusation by describing attacks on civilians"))
U(d, "In a speech at a mosque in Damascus on Sunday, interim President Ahmed al-Sharaa called on Syrians", "between communities.",
  ("Syria", T, pos, "", "interim president of a transitional government speaks for the state; Damascus is a place"))
U(d, "He said no one who had shed civilian blood", "close to the leadership.",
  ("Syria", C, neg, "", "threat of accountability at unnamed perpetrators"))
U(d, "Sharaa later ordered an independent national committee", "within 30 days.",
  ("Syria", N, neu, "", "own procedure (inquiry ordered), no appeal to another actor"))
U(d, "The committee's spokesman, Yasser al-Farhan, said its members would visit", "hear witnesses directly.",
  ("Syria", N, neu, "", "committee appointed by the presidency -> Syria; plan"))
U(d, "On Monday evening Sharaa and Mazloum Abdi", "by the end of the year.",
  ("Syria", T, pos, "", "signing a settlement = agreeing to a peaceful course"),
  ("Syrian Democratic Forces", T, pos, "", "SDF commander; same act"))
U(d, "The SDF said in a statement that the agreement was a real opportunity", "all its components.",
  ("Syrian Democratic Forces", S, pos, "", "approval of a step, no appeal: rule 3; own agreement -> target empty"))
U(d, "Foreign Minister Asaad al-Shaibani said in a post on X", "starting the violence.",
  ("Syria", C, neg, "", "minister with no state word; accusation of regime remnants and unnamed foreign backers (not canonical) -> target empty"))
U(d, "US Secretary of State Marco Rubio condemned the Islamist militants", "in recent days.",
  ("United States", C, neg, "", "perpetrators unnamed ('terrorists', 'jihadists') -> target empty"))
U(d, "Syria's interim authorities had to bring those behind the massacres", "Rubio said.",
  ("United States", C, neg, "", "object before the speaker: Syria is addressed, the US speaks; 'massacres' = explicit judgement (of the perpetrators): rule 1; could be read as calling_for_talks target Syria"))
U(d, "Russia's foreign ministry said Moscow was in contact", "stabilise quickly.",
  ("Russia", T, pos, "", "hope that stability returns"))
U(d, "The Russian military said its Hmeimim air base", "fleeing the violence.",
  ("Russia", S, pos, "", "shelter for civilians by act"))
U(d, "The foreign ministers of Turkey, Jordan, Iraq and Lebanon", "security and unity.",
  ("Turkey", S, pos, "Syria", "joint statement: one row per state; Amman is a place"),
  ("Jordan", S, pos, "Syria", "joint statement: one row per state"),
  ("Iraq", S, pos, "Syria", "joint statement: one row per state"),
  ("Lebanon", S, pos, "Syria", "joint statement: one row per state"))
U(d, "Saudi Arabia's foreign ministry said the kingdom stood by", "civil peace.",
  ("Saudi Arabia", S, pos, "Syria", "'the kingdom'; backing"))
U(d, "German Foreign Minister Annalena Baerbock called on the interim government", "transparent investigation.",
  ("Germany", T, neg, "Syria", "demand + investigation, no judgement word"))
U(d, "Geir Pedersen, the UN special envoy for Syria, said he was deeply alarmed", "civilian casualties.",
  ("United Nations", N, neg, "", "alarm without appeal"))
U(d, "He urged all parties to refrain from actions", "international law.",
  ("United Nations", T, neu, "", "appeal to all"))
U(d, "The UN human rights chief, Volker Türk, said entire families", "had been killed.",
  ("United Nations", N, neg, "", "facts without blame"))
U(d, "\"The killing has to end now.", "Türk said in a statement.",
  ("United Nations", T, neg, "", "multi-sentence quote; demand to stop + investigations, no named actor, no judgement word"))
U(d, "Israel's foreign minister, Gideon Saar, said the killings had exposed", "new government in Damascus.",
  ("Israel", C, neg, "Syria", "judgement; Damascus = metonym for the government"))
U(d, "The West should not lend legitimacy to a jihadist regime", "Saar wrote on X.",
  ("Israel", C, neg, "Syria", "object before the speaker; 'jihadist regime that massacres'"))
U(d, "Iran's foreign ministry spokesman, Esmaeil Baghaei, rejected suggestions", "calling them unfounded.",
  ("Iran", N, neg, "", "denial"),
  ("Syria", C, neg, "Iran", "position of X reported by Y: officials of a named government suggesting Iran had a hand in the insurgency = accusation"))

# ------------------------------------------------------------------ Haiti (scraped Kenyan paper, 2024-06-26)
d = "page_haiti_mss_scraped.txt"
MSS = "Multinational Security Support mission"
U(d, "Haiti's Prime Minister Garry Conille, who welcomed the officers", "exhausted by violence.",
  ("Haiti", S, pos, MSS, "welcome of the deployment"))
U(d, "\"We thank Kenya and President Ruto for standing with us", "Conille said.",
  ("Haiti", S, pos, "Kenya", "multi-sentence quote; thanks = praise"))
U(d, "He added that his government would give the mission everything", "they have promised.",
  ("Haiti", S, pos, MSS, "backing + appeal for troops and money (not a peace appeal): supporting, as in labels/README ('welcome with an appeal for arms or money')"))
U(d, "In Nairobi, President William Ruto said the officers were carrying", "goodwill everywhere.",
  ("Kenya", N, pos, "", "'In Nairobi' = place; praise of own officers = self-praise (neutral, positive)"))
U(d, "Ruto urged them to respect human rights", "everything they do.",
  ("Kenya", T, neu, "", "surname only; appeal for conduct that protects civilians, addressed to own officers -> target empty"))
U(d, "At Monday's send-off ceremony in Nairobi", "far too long.",
  ("Kenya", S, pos, "Haiti", "quote opened after a colon and left open for the next paragraph: split into sentences; solidarity with Haitians"))
U(d, "Stand with them, protect them and respect their dignity.", "their dignity.",
  ("Kenya", T, neu, "", "second sentence of the open quote (Ruto); protection of civilians, addressed to his own officers"))
U(d, "\"Kenya will not walk away from Haiti", "job is done.\"",
  ("Kenya", S, pos, "Haiti", "continuing paragraph of Ruto's open quote belongs to him (no attribution in the paragraph); commitment to stay"))
U(d, "Interior Cabinet Secretary Kithure Kindiki said Kenya would send the rest", "in place.",
  ("Kenya", S, pos, "Haiti", "personnel pledged = assistance"))
U(d, "Inspector General of Police Japhet Koome told reporters", "for the task.",
  ("Kenya", N, neu, "", "police chief (state agency) -> Kenya; facts"))
U(d, "Koome said the officers' welfare would be monitored", "command team in Nairobi.",
  ("Kenya", N, neu, "", "plan"))
U(d, "The mission's commander, Godfrey Otunge, said the force would begin", "within days.",
  ("Multinational Security Support mission", N, neu, "", "mission commander speaks for the mission (a body in the name files); plan"))
U(d, "Otunge said the mission's first priority", "reach people.",
  ("Multinational Security Support mission", N, pos, "", "plan with a humanitarian aim, no appeal to another actor"))
U(d, "Gang leader Jimmy Chérizier, known as \"Barbecue\"", "political elite.",
  ("Viv Ansanm", C, neg, MSS, "gang coalition leader -> Viv Ansanm; conditional threat to resist the force"))
U(d, "Chérizier said the gangs were ready to talk about disarmament", "national dialogue.",
  ("Viv Ansanm", T, neu, "", "conditional offer of talks = calling_for_talks (labels/README)"))
U(d, "In Washington, President Joe Biden welcomed the deployment", "support to the mission.",
  ("United States", S, pos, MSS, "welcome + funding and equipment"))
U(d, "State Department spokesperson Matthew Miller said Washington expected", "who need them.",
  ("United States", T, pos, "", "hope for results framed as humanitarian access; could be read as supporting the mission"))
U(d, "UN Secretary-General António Guterres welcomed the arrival", "his spokesperson said.",
  ("United Nations", S, pos, MSS, "welcome + appeal for personnel, equipment and money (not a peace appeal): supporting"))
U(d, "María Isabel Salvador, the head of the UN office in Haiti, praised Kenya", "lead the mission.",
  ("United Nations", S, pos, "Kenya", "BINUH head -> United Nations; praise"))
U(d, "Salvador said the operation must be carried out", "human rights.",
  ("United Nations", T, neu, MSS, "appeal for rights-respecting conduct, no judgement"))
U(d, "Guyana's President Irfaan Ali, speaking as chairman of the Caribbean Community", "join the mission.",
  ("CARICOM", S, pos, MSS, "leader speaking as chair of a regional body -> the body; welcome + personnel pledged"))
U(d, "Back home, Thirdway Alliance leader Ekuru Aukot said the deployment defied", "officials responsible.",
  ("Thirdway Alliance Kenya", C, neg, "Kenya", "opposition party leader -> party; accusation + threatened legal action"))
U(d, "Aukot said Kenya had enough insecurity", "to deal with.",
  ("Thirdway Alliance Kenya", C, neg, "Kenya", "criticism of the government's decision; mild, could be read as neutral"))
U(d, "Amnesty International Kenya's executive director, Irungu Houghton, said", "investigated independently.",
  ("Amnesty International", T, neu, MSS, "national section of Amnesty -> Amnesty International; appeal for rights standards and investigation, no judgement"))


def main():
    out = os.path.join(ROOT, "statements.csv")
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
        w.writerows(ROWS)
    print(f"{len(ROWS)} rows -> {out}")


if __name__ == "__main__":
    main()
