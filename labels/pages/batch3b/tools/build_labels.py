"""Writes ../statements.csv from the hand decisions below.

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

# ------------------------------------------------------------------ Lebanon-Israel (live blog, 2024-11-27)
d = "page_lebanon_israel_liveblog.txt"
U(d, "Hassan Fadlallah, a Hezbollah member of parliament,", "deployed in the south.",
  ("Hezbollah", T, neu, "", "commitment to work with the state on the army's deployment = committing to the truce arrangements"))
U(d, "\"The resistance has not been broken,", "\"failed to reach a single one of its goals\".",
  ("Hezbollah", N, pos, "", "same speaker; self-praise/boast of resilience, no judgement word or appeal (README: self-praise neutral)"))
U(d, "A short statement issued by Hezbollah's media office", "violate Lebanese sovereignty.",
  ("Hezbollah", C, neg, "Israel", "readiness to 'confront' any Israeli violation = threat"))
U(d, "The Secretary-General welcomed the ceasefire and urged", "his spokesman said in New York.",
  ("United Nations", T, pos, "", "welcome + appeal to respect commitments, no judgement: rule 2 before rule 3"))
U(d, "Andrea Tenenti, the spokesman for the UN peacekeeping force", "moved back into the area.",
  ("United Nations", S, pos, "Lebanon", "UNIFIL = United Nations; offer of support to the Lebanese army"))
U(d, "Tenenti added that peacekeepers had recorded", "since the early hours.",
  ("United Nations", N, neu, "", "surname only; fact reported"))
U(d, "Iran welcomed the end of what it called Israel's aggression", "against Lebanon.",
  ("Iran", C, neg, "Israel", "welcome of the truce but 'aggression' is an explicit judgement: rule 1"))
U(d, "The foreign ministry spokesman, Esmaeil Baghaei, said Tehran stood firmly", "people and resistance.",
  ("Iran", S, pos, "", "role only (no state word; Iran by the entry); solidarity with the Lebanese state and Hezbollah -> target empty"))
U(d, "Baghaei said Israel's record in Gaza", "watch it closely.",
  ("Iran", C, neg, "Israel", "surname only; distrust/negative judgement on Israel"))
U(d, "Keir Starmer, the UK prime minister, said", "both sides of the border.",
  ("United Kingdom", T, pos, "", "hope for lasting calm = calling_for_talks ('should have come much sooner' is about the deal's timing, not a judgement on an actor)"))
U(d, "Germany's foreign minister, Annalena Baerbock, wrote on X", "take control of the south.",
  ("Germany", S, pos, "Lebanon", "approval + offer of equipment and training (aid); Berlin = Germany"))
U(d, "Qatar's foreign ministry said a plane carrying food", "relief flights since October.",
  ("Qatar", S, pos, "Lebanon", "aid delivered = backing by act; Beirut airport is a place"))
U(d, "Israel's army told residents of dozens of villages", "until further notice.",
  ("Israel", N, neg, "", "own measure (order to civilians), no judgement on an actor"))
U(d, "In a message posted in Arabic, the military's spokesman, Avichay Adraee,", "\"put themselves in danger\".",
  ("Israel", C, neg, "", "implicit threat of fire at anyone approaching (threat = condemning); residents are not an actor -> target empty. Could be read as a safety warning (neutral)"))
U(d, "Hours later, the army said its troops had fired", "in a vehicle.",
  ("Israel", N, neu, "", "own fire reported as done, no judgement"))
U(d, "The army said it had begun reinforcing its units", "agreed on Tuesday.",
  ("Lebanon", N, neu, "", "'The army' = Lebanese army by the entry heading; own deployment = measure"))
U(d, "It asked citizens to wait before going back", "unexploded munitions.",
  ("Lebanon", N, neu, "", "'It' = the army; safety advice to citizens"))
U(d, "Lebanon's health ministry said on Wednesday", "since late September.",
  ("Lebanon", N, neg, "", "casualty figure; 'killed in Israeli attacks' states the cause without a blame word -> neutral"))
U(d, "Lebanon's caretaker prime minister, Najib Mikati, called the truce", "presence in the south.",
  ("Lebanon", S, pos, "", "approval of the truce as a step + own measure; no appeal in this sentence"))
U(d, "\"We call on the international community to press Israel", "after meeting the army commander.",
  ("Lebanon", T, neu, "Israel", "demand that Israel withdraw, no judgement word -> calling_for_talks (README)"))
U(d, "The parliament speaker, Nabih Berri,", "the army's deployment.",
  ("Lebanon", T, pos, "", "speaker of parliament speaks for Lebanon (not Amal/Hezbollah, though he negotiated for Hezbollah); appeal for calm"))
U(d, "In a joint statement on Tuesday evening, the United States and France said", "did not resume.",
  ("United States", T, neu, "", "joint statement: one row per state; commitment to implement the ceasefire"),
  ("France", T, neu, "", "joint statement: one row per state; commitment to implement the ceasefire"))
U(d, "In a televised address before his security cabinet approved", "stocks of munitions.",
  ("Israel", T, neu, "", "surname only (Netanyahu); backing the truce arrangement = agreeing to a ceasefire"))
U(d, "He warned that if Hezbollah tried to rearm", "strike it forcefully.",
  ("Israel", C, neg, "Hezbollah", "threat"))
U(d, "National security minister Itamar Ben-Gvir,", "we will pay for\".",
  ("Israel", C, neg, "", "minister with no state word; judgement on his own government's deal -> target empty"))
U(d, "\"We are giving Hezbollah time to recover", "he wrote on X.",
  ("Israel", C, neg, "", "multi-sentence quote closed by its speaker (Ben-Gvir); criticism of the deal"))
U(d, "US President Joe Biden, speaking at the White House", "fighting on the border.",
  ("United States", T, pos, "", "hope that fighting ends = calling_for_talks"))
U(d, "He said Washington, together with France and other partners,", "took over the border area.",
  ("United States", S, pos, "Lebanon", "offer of support to the Lebanese army (France named only as a partner in the US statement)"))

# ------------------------------------------------------------------ Myanmar (AFP-style wire, 2024-12-21)
d = "page_myanmar_arakan_wire.txt"
U(d, "An ethnic rebel army said Saturday", "to anti-junta forces this year.",
  ("Arakan Army", N, neu, "", "dateline excluded; 'an ethnic rebel army' = the AA (named in the next sentence); own capture reported as done"))
U(d, "The Arakan Army (AA) said its fighters had taken full control", "on its Telegram channel.",
  ("Arakan Army", N, neu, "", "own operation reported; attribution tail"))
U(d, "\"Our forces captured every building", "from an undisclosed location.",
  ("Arakan Army", N, pos, "", "own success reported, no judgement"))
U(d, "\"Those who ran into the hills will be found.\"", "will be found.\"",
  ("Arakan Army", C, neg, "Myanmar", "quote continued after the attribution by the same speaker; vow to pursue junta troops = threat"))
U(d, "The group released photographs it said showed", "under guard.",
  ("Arakan Army", N, neu, "", "claim of fact; 'the group' = AA"))
U(d, "Its mouthpiece newspaper, the Global New Light of Myanmar, reported", "port town of Kyaukphyu.",
  ("Myanmar", N, neu, "", "state media reporting the junta's own operations = Myanmar (junta speaks for its state); pejorative label without judgement of an act, like ISPR's 'khawarij'"))
U(d, "Junta spokesman Zaw Min Tun told state television", "remained open.",
  ("Myanmar", T, pos, "", "invitation to talks"))
U(d, "Thailand's Foreign Minister Maris Sangiampongsa, who hosted the meeting,", "in the new year.",
  ("Thailand", T, pos, "", "host of the neighbours' talks; 'the neighbours' are no canonical actor -> Thailand row only"))
U(d, "\"Nobody benefits from a war on their border.", "Maris said.",
  ("Thailand", T, pos, "", "multi-sentence quote closed by its speaker (surname only); offer of a table for talks"))
U(d, "Bangladesh's top diplomat, Touhid Hossain,", "civilians in Rakhine were protected.",
  ("Bangladesh", T, neg, "Myanmar", "appeal to protect civilians; Naypyidaw = Myanmar (capital as metonym); 'the Thai capital' is a place"))
U(d, "He said Dhaka was also worried about the AA's control", "between the two countries.",
  ("Bangladesh", N, neg, "", "concern without appeal"))
U(d, "India's foreign ministry said it was following developments closely.", "developments closely.",
  ("India", N, neu, "", "monitoring, no appeal"))
U(d, "\"We want peace and stability to return to Myanmar", "said in New Delhi.",
  ("India", T, pos, "", "spokesman with no state word; hope + inclusive dialogue; New Delhi is a place"))
U(d, "In Beijing, foreign ministry spokeswoman Mao Ning said China hoped", "should be protected.",
  ("China", T, neu, "", "hope for ceasefire and talks"))
U(d, "Laos, which holds the rotating chair of the Association of Southeast Asian Nations", "with the junta in 2021.",
  ("ASEAN", T, neu, "", "chair speaking on behalf of the bloc = ASEAN, not Laos"))
U(d, "Human Rights Watch said in a report last week", "at gunpoint.",
  ("Human Rights Watch", C, neg, "Arakan Army", "accusation by describing attacks on civilians"))
U(d, "\"The Arakan Army is repeating crimes", "Elaine Pearson, said.",
  ("Human Rights Watch", C, neg, "Arakan Army", "'the group's Asia director' = HRW; 'crimes'"))
U(d, "Khaing Thukha rejected the accusations.", "rejected the accusations.",
  ("Arakan Army", N, neg, "", "surname-only reference back to the spokesman; denial"))
U(d, "\"We protect every community in Rakhine,", "he said.",
  ("Arakan Army", N, neg, "", "denial with a swipe at unnamed 'people who want to divide us' (no canonical target): denial -> neutral"))
U(d, "The UN refugee agency said that more than 60,000 Rohingya", "many of them with wounds.",
  ("UNHCR", N, neu, "", "figures"))
U(d, "Julie Bishop, the UN Secretary-General's special envoy on Myanmar,", "between the two sides.",
  ("United Nations", N, neg, "", "alarm without appeal"))
U(d, "The shadow National Unity Government,", "\"a victory for all the peoples of Myanmar\".",
  ("National Unity Government", S, pos, "Arakan Army", "congratulation = approval"))
U(d, "Its spokesman Kyaw Zaw said the NUG would coordinate", "bring down the military.",
  ("National Unity Government", C, neg, "Myanmar", "announced armed campaign against the junta = condemning; the military = Myanmar"))

# ------------------------------------------------------------------ Ethiopia-Somalia (Anadolu-style state-agency dispatch, 2024-01-18)
d = "page_ethiopia_somalia_anadolu.txt"
U(d, "Ethiopia on Thursday rejected a resolution", "relations between African neighbours.",
  ("Ethiopia", C, neg, "Arab League", "rejection of a body's resolution as an 'intrusion' = judgement"))
U(d, "Speaking at the ministry's weekly press briefing in Addis Ababa,", "from any country.",
  ("Ethiopia", N, neu, "", "'Foreign Ministry spokesman' with no state word; reassurance/denial that the deal harms anyone; Addis Ababa is a place here"))
U(d, "\"The memorandum harms nobody.", "he told journalists.",
  ("Ethiopia", N, pos, "", "multi-sentence quote closed by its speaker; reassurance about own conduct (README: neutral, positive tone)"))
U(d, "A senior Ethiopian official, who asked not to be named,", "its own assessment.",
  ("Ethiopia", N, neu, "", "unnamed official of a named government speaks for it; plan/procedure"))
U(d, "Meles added that Ethiopia would not take part", "at short notice.",
  ("Ethiopia", N, neu, "", "surname only; skipping a meeting for a procedural reason = neutral"))
U(d, "He accused Cairo of trying to drag", "on the Blue Nile.",
  ("Ethiopia", C, neg, "Egypt", "'He' = Meles; Cairo = Egypt (capital as metonym)"))
U(d, "Earlier, State Minister for Foreign Affairs Mesganu Arega wrote on X", "concerns Ethiopia alone\".",
  ("Ethiopia", C, neg, "Arab League", "minister with no state word; 'the League' by context"))
U(d, "At an emergency meeting held by video link on Wednesday", "full solidarity with Mogadishu.",
  ("Arab League", C, neg, "Ethiopia", "'Arab foreign ministers' at the League's council = Arab League; declaring the deal null and void (rejection) outweighs solidarity (rule 1); Somalia's request is narrated"))
U(d, "Arab League Secretary-General Ahmed Aboul Gheit said Addis Ababa", "neighbouring states.",
  ("Arab League", C, neg, "Ethiopia", "Addis Ababa = Ethiopia (metonym)"))
U(d, "Egyptian Foreign Minister Sameh Shoukry told the meeting", "Egyptian foreign ministry.",
  ("Egypt", C, neg, "Ethiopia", "attribution tail"))
U(d, "In Hargeisa, Somaliland's foreign ministry said", "two African partners.",
  ("Somaliland", C, neg, "Arab League", "Hargeisa is a place; denies the League's standing = rejection with judgement"))
U(d, "It also warned the government in Mogadishu", "risked inflaming the region.",
  ("Somaliland", C, neg, "Somalia", "'It' = Somaliland's foreign ministry; warning/blame"))
U(d, "Somaliland President Muse Bihi Abdi told supporters", "whatever the reaction abroad.",
  ("Somaliland", N, neu, "", "plan to implement the deal, no judgement"))
U(d, "Somali President Hassan Sheikh Mohamud, who attended the IGAD summit in person,", "withdrew from the memorandum.",
  ("Somalia", C, neg, "Ethiopia", "refusing mediated talks in protest until the deal is withdrawn (grievance in the next sentence of the same speaker); could be read as a conditional offer (calling_for_talks)"))
U(d, "\"Ethiopia can trade through our ports like any other neighbour.", "he said.",
  ("Somalia", C, neg, "Ethiopia", "multi-sentence quote; 'will never accept' the handover of its coast = rejection of Ethiopia's act"))
U(d, "Somalia recalled its ambassador from Addis Ababa on Jan. 2,", "declaring the memorandum void.",
  ("Somalia", C, neg, "Ethiopia", "recall of envoy + law voiding the deal = acts in protest"))
U(d, "Ethiopia's move \"will not change a single line", "told Anadolu in Mogadishu.",
  ("Somalia", C, neg, "Ethiopia", "possessive object before the speaker (Ethiopia is the target); minister with no state word"))
U(d, "Djibouti's President Ismail Omar Guelleh, who chaired the summit", "give dialogue a chance.",
  ("IGAD", T, neg, "", "head of state speaking as chair of IGAD at its summit = IGAD"))
U(d, "Kenyan President William Ruto said Nairobi was ready", "find common ground.",
  ("Kenya", T, pos, "", "offer of good offices"))
U(d, "A communique issued at the end of the meeting called on Ethiopia and Somalia", "federal government in Mogadishu.",
  ("IGAD", T, neu, "", "summit communique = IGAD (body given by context); appeal for dialogue, no judgement"))
U(d, "In Ankara, the Foreign Ministry reiterated Türkiye's support", "close friend and partner.",
  ("Turkey", S, pos, "Somalia", "Türkiye = Turkey; Ankara is a place here"))
U(d, "The African Union Commission Chairperson Moussa Faki Mahamat,", "settle the dispute.",
  ("African Union", T, neu, "", "appeal for restraint and talks to both"))
U(d, "US Special Envoy for the Horn of Africa Mike Hammer,", "could raise tensions.",
  ("United States", T, neu, "", "respect for sovereignty + appeal: rule 2 before rule 3"))

# ------------------------------------------------------------------ Libya (UN noon-briefing readout + round-up, 2024-08-27)
d = "page_libya_unreadout.txt"
U(d, "The Secretary-General is following with great concern", "parts of the country.",
  ("United Nations", N, neg, "", "concern without appeal in this sentence"))
U(d, "He urges all Libyan actors to de-escalate immediately", "political agreements and the law.",
  ("United Nations", T, neu, "", "appeal for de-escalation and dialogue"))
U(d, "The Secretary-General stresses that the Central Bank", "in a political contest.",
  ("United Nations", T, neu, "", "'must not be used' is a demand aimed at no named party, no judgement word"))
U(d, "Yesterday, the UN Support Mission in Libya (UNSMIL) said", "independence of the Central Bank.",
  ("United Nations", T, neu, "", "UNSMIL = United Nations; convening a meeting (host)"))
U(d, "The Mission also called for the shutdown of oil fields", "without delay.",
  ("United Nations", T, neu, "Government of National Stability", "'The Mission' by context; demand addressed to the side that shut the fields"))
U(d, "The acting head of the Mission, Stephanie Koury, said that unilateral decisions", "financial and economic crisis.",
  ("United Nations", C, neg, "", "role then name; blame on unnamed 'several actors' -> target empty"))
U(d, "Koury added that the Mission had received reports", "guarantee their safety.",
  ("United Nations", T, neg, "Government of National Unity", "surname only; appeal to protect bank staff; 'the authorities in Tripoli' = GNU"))
U(d, "Our humanitarian colleagues tell us that any interruption", "displaced across the country.",
  ("United Nations", N, neg, "", "OCHA via the spokesman = United Nations; warning of impact, no appeal"))
U(d, "Spokesman: I am not going to get into the legal arguments from here.", "from here.",
  ("United Nations", N, neu, "", "declining to judge; speaker label is part of the unit"))
U(d, "What we want is for the parties to sit down,", "protects the institution.",
  ("United Nations", T, neu, "", "appeal for talks"))
U(d, "Spokesman: The Mission is in contact with a wide range of actors", "leave it at that.",
  ("United Nations", N, neu, "", "fact about contacts, declining to say more; 'Question:' lines are not statements"))
U(d, "The government appointed by the eastern-based House of Representatives announced", "under its control.",
  ("Government of National Stability", N, neu, "", "parallel government; own measure announced, the grievance comes in the next sentence"))
U(d, "In a statement, the government of Prime Minister Osama Hammad said", "Presidential Council in Tripoli.",
  ("Government of National Stability", C, neg, "Libyan Presidential Council", "the shutdown justified by the other side's 'assaults' = accusation"))
U(d, "The Presidential Council, headed by Mohamed al-Menfi, defended", "2020 political agreement.",
  ("Libyan Presidential Council", N, neu, "", "defends its own decision, no judgement on another"))
U(d, "Its media office said the council would cooperate fully", "UN Mission's meeting.",
  ("Libyan Presidential Council", T, pos, "", "agrees to attend talks"))
U(d, "Aguila Saleh, the speaker of the House of Representatives, said", "was invalid.",
  ("Libyan House of Representatives", C, neg, "Libyan Presidential Council", "speaker speaks for the chamber; 'no authority', 'invalid'"))
U(d, "Saleh said the chamber still regarded Sadiq al-Kabir", "legitimate governor.",
  ("Libyan House of Representatives", S, neu, "Sadiq al-Kabir", "surname only; backing the ousted governor"))
U(d, "Kabir, who has held the post since 2011,", "premises by force.",
  ("Sadiq al-Kabir", C, neg, "Libyan Presidential Council", "ousted governor speaks for himself (his office is contested); refusal + 'illegal board' appointed by the council"))
U(d, "In Tripoli, Prime Minister Abdul Hamid Dbeibah accused his rivals", "\"as a weapon to blackmail Libyans\".",
  ("Government of National Unity", C, neg, "Government of National Stability", "PM with no state word; 'his rivals in the east' = the eastern government"))
U(d, "He added that his government would keep paying salaries", "\"whatever the obstacles\".",
  ("Government of National Unity", N, neu, "", "plan"))
U(d, "The US Embassy said the Mission's initiative", "fully backed the effort.",
  ("United States", S, pos, "United Nations", "backing of the UN effort"))
U(d, "In a post on X, the embassy called on all sides", "in good faith.",
  ("United States", T, neu, "", "appeal to join talks"))
U(d, "Italian Foreign Minister Antonio Tajani said Rome supported", "reach a settlement.",
  ("Italy", S, pos, "United Nations", "backing of the UN mediation + offer of help; no appeal to the parties in this sentence"))
U(d, "Egypt's foreign ministry said Cairo was watching", "all Libyan parties.",
  ("Egypt", N, neg, "", "worry without appeal; contacts stated as fact"))

# ------------------------------------------------------------------ Gabon (full HTML page, 2023-08-31)
d = "page_gabon_coup_webpage.html"
U(d, "The African Union on Thursday suspended Gabon", "disputed election.",
  ("African Union", C, neg, "Gabon", "dateline 'LIBREVILLE – ' excluded; suspension = sanction"))
U(d, "The AU's Peace and Security Council said in a statement", "constitutional order was restored.",
  ("African Union", C, neg, "Gabon", "PSC = African Union; 'denounced'"))
U(d, "The officers, who call themselves the Committee for the Transition", "late on Wednesday.",
  ("Gabon", N, neu, "", "the junta speaks for its state; own decision"))
U(d, "In a statement read on state television Gabon 24,", "closed until further notice.",
  ("Gabon", N, neu, "", "role then name (committee's spokesman); own measures announced"))
U(d, "\"The outgoing regime squandered the nation's wealth", "surrounded by officers.",
  ("Gabon", C, neg, "Ali Bongo Ondimba", "quote by the junta's spokesman; accusation against the deposed government"))
U(d, "Manfoumbi said one of Bongo's sons,", "high treason and embezzlement.",
  ("Gabon", C, neg, "", "surname only; arrests on charges = accusation; the son and advisers are not canonical actors"))
U(d, "Oligui told a French newspaper that the deposed president", "see his doctors.",
  ("Gabon", N, pos, "", "surname only; reassurance about own conduct"))
U(d, "He said the army had acted to spare the country bloodshed", "nobody trusted.",
  ("Gabon", N, neg, "", "self-justification of the takeover (README: self-justifying = neutral); the swipe at the vote names no actor"))
U(d, "In a video filmed at his residence", "wife and son were.",
  ("Ali Bongo Ondimba", N, neg, "", "deposed president speaks for himself, not Gabon; facts about his situation"))
U(d, "He asked his friends around the world", "on his behalf.",
  ("Ali Bongo Ondimba", N, neg, "", "asking for support is not supporting; not a peace appeal"))
U(d, "The main opposition candidate, Albert Ondo Ossa,", "one member of the ruling family with another.",
  ("Albert Ondo Ossa", C, neg, "Gabon", "candidate without office = own name; dismissive judgement on the junta's takeover"))
U(d, "Ondo Ossa said the count should be completed", "Alternance 2023.",
  ("Albert Ondo Ossa", T, neu, "Gabon", "demand for an institutional, peaceful course addressed to the junta, no judgement; could be read as neutral"))
U(d, "The Economic Community of Central African States, whose rotating chair", "headquarters in Libreville.",
  ("ECCAS", C, neg, "Gabon", "condemned + urged return to constitutional order: rule 1; Libreville is a place here"))
U(d, "On Wednesday, the chairperson of the AU Commission, Moussa Faki Mahamat,", "physical safety.",
  ("African Union", C, neg, "Gabon", "role then name; breach of rules = judgement, plus demand: rule 1"))
U(d, "UN Secretary-General António Guterres firmly condemned", "his spokesman said.",
  ("United Nations", C, neg, "Gabon", "attribution tail"))
U(d, "Guterres also pointed to reports that basic freedoms", "show restraint.",
  ("United Nations", T, neg, "", "reported curbs on freedoms are cited, not judged; appeal for restraint"))
U(d, "In Paris, government spokesman Olivier Véran said France condemned", "choose their leaders.",
  ("France", C, neg, "Gabon", "Paris is a place; spokesman with state word in the clause"))
U(d, "EU foreign policy chief Josep Borrell told reporters in Toledo,", "of a whole region\".",
  ("European Union", C, neg, "Gabon", "'could not accept' seizure of power = rejection/judgement; 'the bloc' = EU"))
U(d, "China's foreign ministry spokesman, Wang Wenbin, said Beijing called on all sides", "personal safety.",
  ("China", T, neu, "", "appeal for dialogue and safety"))
U(d, "The Kremlin said it was deeply concerned by the events in Gabon,", "following the situation closely.",
  ("Russia", N, neg, "", "concern without appeal; Kremlin, Peskov, Moscow = Russia"))
U(d, "In Washington, White House national security spokesman John Kirby said", "partners in the region.",
  ("United States", N, neg, "", "concern without appeal"))
U(d, "Nigeria's presidency said President Bola Tinubu was worried", "consulting other African leaders.",
  ("Nigeria", N, neg, "", "Tinubu was ECOWAS chair, but Gabon is not in ECOWAS and he is not speaking in its name -> Nigeria; worry without appeal"))
U(d, "French mining group Eramet,", "as a precaution.",
  ("Eramet", N, neu, "", "company speaking for itself; own measure"))

# ------------------------------------------------------------------ Georgia (full HTML page, 2024-12-02)
d = "page_georgia_protests_webpage.html"
U(d, "The interior ministry said on Monday that more than 200 people", "fireworks thrown at them.",
  ("Georgia", N, neu, "", "figures from the ministry"))
U(d, "The ministry said its officers had acted", "who had attacked them.",
  ("Georgia", N, neg, "", "'The ministry' by context; defence of own conduct; the protesters blamed are not a canonical actor"))
U(d, "The prime minister, Irakli Kobakhidze, told a news conference", "funded from abroad.",
  ("Georgia", C, neg, "", "role then name, no state word; blames the opposition and foreign-funded groups (not canonical) -> target empty"))
U(d, "\"Georgia is not Ukraine in 2014,", "Kobakhidze said.",
  ("Georgia", C, neg, "", "multi-sentence quote closed by its speaker; 'will answer for' = threat at unnamed organisers"))
U(d, "Kobakhidze insisted that the government had not abandoned", "join by 2030.",
  ("Georgia", N, pos, "", "denial/reassurance about own course"))
U(d, "President Salome Zourabichvili, who broke with the ruling Georgian Dream party", "ends this month.",
  ("Salome Zourabichvili", C, neg, "Georgian Dream", "president opposed to her own government labelled under her own name (see README); refusal to hand over office in protest, grievance (non-recognition of the election) in the same sentence"))
U(d, "\"There is no legitimate parliament,", "against its own citizens.",
  ("Salome Zourabichvili", C, neg, "Georgia", "'the government' = Georgia as target; accusation"))
U(d, "The opposition Coalition for Change called for a new parliamentary election", "protesting peacefully.",
  ("Coalition for Change", T, neu, "", "demand for a supervised rerun + appeal for peaceful protest, no judgement word; could be read as neutral"))
U(d, "In a joint announcement on Sunday, the foreign ministers of Estonia, Latvia and Lithuania", "including travel bans.",
  ("Estonia", C, neg, "Georgia", "joint statement: one row per state; sanctions"),
  ("Latvia", C, neg, "Georgia", "joint statement: one row per state; sanctions"),
  ("Lithuania", C, neg, "Georgia", "joint statement: one row per state; sanctions"))
U(d, "Tbilisi's crackdown on peaceful demonstrators", "level of the whole bloc.",
  ("Lithuania", C, neg, "Georgia", "possessive object before the speaker: Tbilisi is the target, Vilnius the speaker's capital"))
U(d, "Asked about the Baltic measures, Kobakhidze said", "of his government.",
  ("Georgia", N, neg, "", "dismissal without a judgement word = rejection of the sanctions' effect, near a denial"))
U(d, "The United States on Saturday suspended its strategic partnership", "with Georgia.",
  ("United States", C, neg, "Georgia", "suspending a partnership = sanction-like act"))
U(d, "State Department spokesman Matthew Miller said Georgian Dream's anti-democratic steps", "with brute force.",
  ("United States", C, neg, "Georgian Dream", "judgement on the ruling party named in the sentence (target Georgian Dream, not Georgia)"))
U(d, "The EU's new foreign policy chief, Kaja Kallas, and the enlargement commissioner, Marta Kos,", "relations with the bloc.",
  ("European Union", C, neg, "Georgia", "two EU officials in one statement = one EU row; 'unacceptable' + threatened consequences"))
U(d, "António Costa, who took office as president of the European Council", "their European choice.",
  ("European Union", S, pos, "", "solidarity with the Georgian people (not a canonical actor) -> target empty"))
U(d, "Ukraine's foreign ministry said Kyiv stood with the Georgians", "in the streets.",
  ("Ukraine", S, pos, "", "solidarity with the protesters (not a canonical actor) -> target empty; Kyiv = Ukraine"))
U(d, "The Council of Europe's human rights commissioner, Michael O'Flaherty,", "taking part in the protests.",
  ("Council of Europe", T, neu, "Georgia", "appeal for restraint, investigation, release; no judgement word"))
U(d, "Georgian Dream's executive secretary, Mamuka Mdinaradze,", "war in Ukraine.",
  ("Georgian Dream", C, neg, "", "party official speaks for the party; accusation at the sanctioning governments (several) -> target empty"))
U(d, "In Moscow, Kremlin spokesman Dmitry Peskov said", "Georgia's affairs.",
  ("Russia", C, neg, "", "accusation of a revolution staged from abroad (no named actor) + denial of interference: rule 1"))

# ------------------------------------------------------------------ Ecuador-Mexico (full HTML page, 2024-04-07)
d = "page_ecuador_mexico_webpage.html"
U(d, "Mexico's foreign minister, Alicia Bárcena, said the staff had left", "in The Hague.",
  ("Mexico", C, neg, "Ecuador", "announced legal action at the ICJ = a response against Ecuador"))
U(d, "Bárcena said several diplomats had been hurt during the raid.", "during the raid.",
  ("Mexico", C, neg, "Ecuador", "surname only; accusation by describing the raid's harm to its staff"))
U(d, "President Andrés Manuel López Obrador announced late on Friday", "every embassy in the world.",
  ("Mexico", C, neg, "Ecuador", "well-known leader, no state word; breaking relations + 'outrage'"))
U(d, "Quito's decision to send armed officers into a diplomatic mission", "in a statement on Saturday.",
  ("Mexico", C, neg, "Ecuador", "possessive object before the speaker: Quito is the target, the Mexican foreign ministry the speaker"))
U(d, "It added that Mexico would ask the Organization of American States", "take up the matter.",
  ("Mexico", T, neu, "", "'It' = the ministry; taking the dispute to multilateral bodies = diplomatic course (could be read as condemning)"))
U(d, "Roberto Canseco, the head of the embassy's consular section,", "not an embassy\".",
  ("Mexico", C, neg, "Ecuador", "Mexican diplomat speaks for Mexico; 'the police' = Ecuador's"))
U(d, "Ecuador's presidency said Glas had been convicted", "Mexico itself had signed.",
  ("Ecuador", C, neg, "Mexico", "justification that accuses Mexico of breaching conventions"))
U(d, "The foreign minister, Gabriela Sommerfeld, told reporters in Quito", "Glas would escape.",
  ("Ecuador", N, neu, "", "role then name, no state word; Quito is a place here; self-justification"))
U(d, "\"Mexico used its embassy to protect a fugitive", "Sommerfeld said.",
  ("Ecuador", C, neg, "Mexico", "multi-sentence quote closed by its speaker; 'abused'"))
U(d, "President Daniel Noboa said his government would not allow", "whatever passport protects him.",
  ("Ecuador", N, neg, "", "statement of own resolve; the jab at Mexico is implicit, no judgement word"))
U(d, "On Thursday, Ecuador declared Mexico's ambassador, Raquel Serur, persona non grata", "election in Ecuador.",
  ("Ecuador", C, neg, "Mexico", "expulsion of an ambassador"),
  ("Mexico", C, neg, "Ecuador", "López Obrador questioning the legitimacy of Ecuador's election = negative judgement, reported act"))
U(d, "Brazil's foreign ministry said the raid was a clear breach", "\"the firmest rejection\".",
  ("Brazil", C, neg, "Ecuador", "condemnation"))
U(d, "Colombia's President Gustavo Petro said Bogotá would take the case", "right of asylum.",
  ("Colombia", C, neg, "Ecuador", "Bogotá = Colombia; legal response + 'assault'"))
U(d, "Nicaragua went further on Saturday,", "with Ecuador.",
  ("Nicaragua", C, neg, "Ecuador", "breaking relations = act in protest"))
U(d, "Cuba's foreign minister, Bruno Rodríguez,", "and its diplomats.",
  ("Cuba", S, pos, "Mexico", "solidarity"))
U(d, "Honduran President Xiomara Castro, who holds the rotating presidency", "discuss the crisis.",
  ("CELAC", T, neu, "", "head of state acting as CELAC pro tempore president = CELAC; convening a meeting"))
U(d, "The General Secretariat of the Organization of American States reminded", "through dialogue.",
  ("Organization of American States", T, neu, "", "reminder of an obligation (no judgement) + appeal for dialogue"))
U(d, "In Washington, State Department spokesman Matthew Miller said", "work out their differences.",
  ("United States", C, neg, "", "'denounced any breach' is a judgement word even though no one is named (rule 1 over the appeal); target left empty"))
U(d, "EU spokesman Peter Stano said the bloc was following the situation", "relations between states.",
  ("European Union", N, neg, "", "concern + restating a principle, no appeal and no judgement"))
U(d, "Former president Rafael Correa,", "\"a pariah state\".",
  ("Rafael Correa", C, neg, "Ecuador", "former president without office speaks for himself"))

# ------------------------------------------------------------------ Kenya (scraped regional paper, 2024-06-26)
d = "page_kenya_financebill_scraped.txt"
U(d, "President William Ruto on Wednesday said he would not sign", "killed across the country.",
  ("Kenya", N, neu, "", "dateline 'NAIROBI: ' excluded; own decision (withdrawal) reported, no judgement"))
U(d, "Speaking at State House flanked by MPs of the ruling coalition,", "all its clauses be deleted.",
  ("Kenya", N, neu, "", "procedure"))
U(d, "He said he had heard the message of the country's young people", "open conversation with them.",
  ("Kenya", T, pos, "", "offer of dialogue"))
U(d, "The Head of State also announced cuts", "live within its means.",
  ("Kenya", N, neu, "", "'The Head of State' = Ruto; own measure"))
U(d, "The U-turn came less than 24 hours after Ruto,", "deal with them firmly.",
  ("Kenya", C, neg, "", "judgement ('assault on the republic', 'criminals') + threat at protesters (not a canonical actor) -> target empty"))
U(d, "The Cabinet Secretary for Interior and National Administration, Kithure Kindiki, said", "Parliament and City Hall.",
  ("Kenya", N, neu, "", "role with no state word; law-enforcement measure announced (near miss with the threat in the next quote)"))
U(d, "Kindiki told reporters: \"Whoever attacked the symbols of our democracy", "full force of the law.",
  ("Kenya", C, neg, "", "quote opened after a colon and left open: split into sentences; threat at unnamed attackers -> target empty"))
U(d, "Many of them have already been identified from the footage.", "from the footage.",
  ("Kenya", N, neu, "", "continuation of Kindiki's open quote (no attribution in the sentence); fact"))
U(d, "\"Nobody should mistake the President's decision to listen for weakness,", "should think again.\"",
  ("Kenya", C, neg, "", "quote continued into the next paragraph = same speaker (Kindiki); warning to unnamed planners of violence = threat"))
U(d, "Kindiki added that officers who had broken the law", "also be investigated.",
  ("Kenya", N, neu, "", "surname only; own procedure"))
U(d, "On Tuesday, Defence Cabinet Secretary Aden Duale published a gazette notice", "a security emergency.",
  ("Kenya", N, neu, "", "minister with no state word; own measure (deployment to support police), no judgement"))
U(d, "The National Police Service said dozens of people had been arrested", "injured by stones.",
  ("Kenya", N, neu, "", "figures"))
U(d, "The Kenya National Commission on Human Rights said at least 22 people", "had been injured.",
  ("Kenya National Commission on Human Rights", N, neg, "", "state-funded independent commission labelled as its own body (see README); casualty figures without blame"))
U(d, "The commission accused police of using live bullets", "be prosecuted.",
  ("Kenya National Commission on Human Rights", C, neg, "Kenya", "'The commission' by context; accusation against the police = Kenya"))
U(d, "The Law Society of Kenya said it had filed a petition", "deployment of soldiers.",
  ("Law Society of Kenya", C, neg, "Kenya", "legal challenge = response against the government's measure"))
U(d, "\"You cannot send the army to fight its own citizens", "told journalists in Nairobi.",
  ("Law Society of Kenya", C, neg, "Kenya", "role then name (the society's president); judgement"))
U(d, "Amnesty International Kenya's executive director, Irungu Houghton,", "posed no threat.",
  ("Amnesty International", C, neg, "Kenya", "national section = Amnesty International; accusation"))
U(d, "The Kenya Red Cross Society said its volunteers had given first aid", "taken the most serious cases to hospital.",
  ("Kenya Red Cross Society", S, pos, "", "aid provided (backing by act); injured people are not an actor -> target empty"))
U(d, "The Kenya Conference of Catholic Bishops condemned the killings", "avoid violence.",
  ("Kenya Conference of Catholic Bishops", C, neg, "Kenya", "condemned + appeal to both: rule 1"))
U(d, "In a joint statement, the United States, Britain, Germany and ten other Western countries said", "happened at Parliament.",
  ("United States", N, neg, "", "joint statement: one row per named state (the ten unnamed give none); alarm without appeal in this sentence"),
  ("United Kingdom", N, neg, "", "Britain = United Kingdom; alarm without appeal"),
  ("Germany", N, neg, "", "alarm without appeal"))
U(d, "The missions asked everyone involved to hold back", "talking to each other.",
  ("United States", T, neu, "", "'The missions' = the joint statement's signatories; appeal for restraint and dialogue"),
  ("United Kingdom", T, neu, "", "same"),
  ("Germany", T, neu, "", "same"))
U(d, "United Nations Secretary-General António Guterres was distressed", "his spokesperson said in New York.",
  ("United Nations", T, neg, "Kenya", "grief + appeal for restraint addressed to the Kenyan authorities"))
U(d, "The chairperson of the African Union Commission, Moussa Faki Mahamat, called for calm", "further violence.",
  ("African Union", T, neu, "", "appeal for calm"))
U(d, "Opposition leader Raila Odinga,", "without conditions.",
  ("Orange Democratic Movement", C, neg, "Kenya", "party leader speaks for his party; 'inexcusable' + appeal for dialogue: rule 1"))


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
