"""Writes ../statements.csv from the hand decisions below (batch3f).

Each unit is found in its page's visible text by its exact opening and closing words, so the
`sentence` cell is the page's own text (nothing retyped). Decisions made by hand per
/work/shared/labelling-guide.md and labels/README.md. Adapted from batch3a/tools/build_labels.py.
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

# ------------------------------------------------------------------ Saudi-Iran (Chinese MFA press conference, 2023-03-13)
d = "page_saudi_iran_mfa_readout.txt"
U(d, "In the trilateral joint statement issued on Friday", "within two months.",
  ("Saudi Arabia", T, neu, "Iran", "joint statement: one row per state; agreeing to restore relations = diplomatic course"),
  ("Iran", T, neu, "Saudi Arabia", "joint statement: one row per state"))
U(d, "China congratulates the two countries", "in good faith.",
  ("China", S, pos, "", "spokesperson's 'China' = China; congratulation + backing; two states -> target empty"))
U(d, "The Beijing talks show that dialogue", "between neighbours.",
  ("China", T, pos, "", "general appeal for dialogue; 'Beijing talks' = place/event"))
U(d, "The White House said Washington had been kept informed", "war in Yemen.",
  ("United States", S, pos, "", "inside a reporter's question but reported speech of a named body; welcome of peace efforts with no appeal -> rule 3"))
U(d, "Director Wang Yi pointed out that the agreement", "long-standing rivalries.",
  ("China", S, pos, "", "Wang Yi (CFAC office director) = China; praise of the agreement"))
U(d, "China hopes that the countries of the region", "through consultation.",
  ("China", T, pos, "", "hope + consultation"))
U(d, "We have no selfish interest in the Middle East", "so-called vacuum.",
  ("China", N, neu, "", "denial of an implied accusation"))
U(d, "The practice of drawing lines by ideology", "firmly oppose it.",
  ("China", C, neg, "", "'firmly oppose' a practice aimed implicitly at the US; target left empty (not named)"))
U(d, "Iran's foreign ministry spokesman Nasser Kanaani said on Monday", "meet soon.",
  ("Iran", T, neu, "", "reported speech inside a question; announcing a ministers' meeting = commitment to talks"))
U(d, "China stands ready to provide any help", "if they so wish.",
  ("China", T, pos, "", "offer to host talks = calling_for_talks (labels/README: offering talks)"))
U(d, "Some analysts say the deal may not survive", "over Yemen.",
  ("", N, neg, "", "unnamed analysts in a question: not an actor, kept as a stance example"))
U(d, "Saudi Arabia and Iran have both expressed appreciation", "supporting the talks.",
  ("Saudi Arabia", S, pos, "", "position of X reported by Y: thanks to three states -> target empty"),
  ("Iran", S, pos, "", "position of X reported by Y"))
U(d, "Both sides reaffirmed that they will respect", "internal affairs.",
  ("Saudi Arabia", N, pos, "", "commitment about own conduct, no appeal to another"),
  ("Iran", N, pos, "", "commitment about own conduct"))
U(d, "United Nations Secretary-General António Guterres welcomed the agreement", "his spokesperson said on Friday.",
  ("United Nations", S, pos, "China", "welcome + thanks; no peace appeal"))
U(d, "The spokesperson added that good neighbourly relations", "Gulf region.",
  ("United Nations", N, pos, "", "assessment without appeal or judgement"))
U(d, "Iraq's foreign ministry said it welcomed the deal", "countries of the region.",
  ("Iraq", S, pos, "", "welcome, no appeal"))
U(d, "Oman's foreign ministry said in a statement that it welcomed", "security in the region.",
  ("Oman", S, pos, "", "welcome + hope; the hope is for the deal's effect, not an appeal to end fighting: rule 3; could be talks"))
U(d, "The Gulf Cooperation Council's secretary-general", "resumption of ties.",
  ("Gulf Cooperation Council", S, pos, "", "secretary-general speaks for the body; welcome"))
U(d, "The Houthis in Yemen said the region needed", "Mohammed Abdulsalam wrote.",
  ("Houthis", T, neu, "", "spokesman's attribution tail; call for normal relations between states = diplomatic course"))
U(d, "Israeli opposition leader Yair Lapid called the agreement", "foreign policy.",
  ("Yesh Atid", C, neg, "Israel", "opposition leader -> his party; judgement on his own government's policy"))
U(d, "The three countries also expressed their keenness", "peace and security.",
  ("China", T, pos, "", "joint statement: one row per state; commitment to peace efforts"),
  ("Saudi Arabia", T, pos, "", "joint statement: one row per state"),
  ("Iran", T, pos, "", "joint statement: one row per state"))
U(d, "Turkey's foreign ministry said on Saturday", "welcomed the deal.",
  ("Turkey", S, pos, "", "reported inside a question; welcome"))
U(d, "Mr. Shamkhani said after the talks", "stability and security.",
  ("Iran", N, pos, "", "surname only; assessment of the deal's effect, Tehran/Riyadh capitals as metonyms"))
U(d, "Minister Al-Aiban said the kingdom was committed", "hosting the talks.",
  ("Saudi Arabia", T, pos, "", "'the kingdom'; commitment to dialogue + thanks to China: rule 2 before rule 3; no party addressed -> target empty"))

# ------------------------------------------------------------------ India-Pakistan (Reuters-style wire, 2025-04-24)
d = "page_india_pakistan_wire.txt"
U(d, "Pakistan said on Thursday it would close its airspace", "in Indian-administered Kashmir.",
  ("Pakistan", C, neg, "India", "dateline excluded; retaliatory measures (airspace, trade) = taken response; New Delhi = capital"))
U(d, "Pakistan's National Security Committee, chaired by Prime Minister Shehbaz Sharif", "met with full force.",
  ("Pakistan", C, neg, "India", "threat ('act of war', 'full force')"))
U(d, "The committee also said Pakistan would have the right", "terrorism inside Pakistan.",
  ("Pakistan", C, neg, "India", "'The committee'; threatened suspension + accusation"))
U(d, "Islamabad declared India's defence advisers", "the statement said.",
  ("Pakistan", C, neg, "India", "expulsion = condemning; attribution tail"))
U(d, "India's foreign secretary, Vikram Misri, said the measures would stay", "backing cross-border terrorism.",
  ("India", C, neg, "Pakistan", "measures conditional on Pakistan ending 'support for cross-border terrorism' = accusation + sanction"))
U(d, "Misri said two of the attackers had been identified", "without giving evidence.",
  ("India", N, neg, "", "surname only; fact claimed by an actor; implicit blame but no judgement word; could be condemning"))
U(d, "Speaking at a rally in the eastern state of Bihar", "everyone who had helped them.",
  ("India", C, neg, "", "threat to punish attackers and backers; target not named"))
U(d, "\"Terror will not bend this nation.", "part of the speech.",
  ("India", C, neg, "", "multi-sentence quote closed by its speaker (Modi); threat"))
U(d, "Pakistan has denied any role in the attack.", "any role in the attack.",
  ("Pakistan", N, neg, "", "denial"))
U(d, "Deputy Prime Minister and Foreign Minister Ishaq Dar told", "non-serious.",
  ("Pakistan", C, neg, "India", "minister with no state word; denial + judgement ('immature'): rule 1"))
U(d, "Defence Minister Khawaja Asif said Pakistan was ready", "any eventuality.",
  ("Pakistan", N, neg, "", "readiness, no threat aimed at anyone; could be read as a threat"))
U(d, "\"If they attack us, we will respond in kind,\"", "outside parliament.",
  ("Pakistan", C, neg, "India", "conditional threat"))
U(d, "The Resistance Front, a little-known militant group", "posted by intruders.",
  ("The Resistance Front", N, neg, "", "denial of involvement"))
U(d, "Residents of Pahalgam said hotels had emptied", "of the shooting.",
  ("", N, neg, "", "unnamed residents: not an actor"))
U(d, "The United Nations urged the two nuclear-armed neighbours", "maximum restraint.",
  ("United Nations", T, neu, "", "appeal for restraint"))
U(d, "\"We want both governments to step back and talk.", "told reporters in New York.",
  ("United Nations", T, neu, "", "quote; peaceful resolution; 'in New York' = place"))
U(d, "U.S. State Department spokesperson Tammy Bruce said Washington stood with India", "condemned the attack.",
  ("United States", C, neg, "", "support for India + condemnation of the attack: rule 1; attackers not a named actor -> target empty"))
U(d, "She said the United States was in touch with both governments", "responsible solution.",
  ("United States", T, neu, "", "appeal to both sides"))
U(d, "Foreign Minister Abbas Araqchi wrote on X that Tehran was willing", "counted as friends.",
  ("Iran", T, pos, "", "minister with no state word (preceded by 'Iran offered'); offer to mediate; Islamabad/New Delhi = places"))
U(d, "China's foreign ministry spokesperson Guo Jiakun said Beijing firmly opposed", "peace and stability.",
  ("China", T, neu, "", "opposes terrorism in general (aimed at no actor) + hope for restraint: calling_for_talks"))
U(d, "Saudi Arabia's foreign ministry said the kingdom stood with India", "families of the victims.",
  ("Saudi Arabia", S, pos, "India", "solidarity + condolences"))
U(d, "The European Union's foreign policy chief, Kaja Kallas, spoke with Dar", "further escalation.",
  ("European Union", T, neu, "", "long sentence: calls + appeal to both"))
U(d, "In Srinagar, the Jammu and Kashmir chief minister, Omar Abdullah, said", "on the tourists.",
  ("India", C, neg, "", "regional official resolves to his state; 'assault' = judgement of the attack; Srinagar = place"))
U(d, "He appealed to people across India not to punish", "for the crime.",
  ("India", T, neu, "", "appeal to protect civilians; addressed to the public"))
U(d, "Analysts said the airspace closure would lengthen", "North America.",
  ("", N, neu, "", "unnamed analysts"))

# ------------------------------------------------------------------ Philippines-China (full HTML, Manila paper, 2024-06-19)
d = "page_philippines_shoal_webpage.html"
U(d, "The chief of the Armed Forces of the Philippines on Wednesday accused", "on Monday.",
  ("Philippines", C, neg, "China", "army chief speaks for his state; accusation; China Coast Guard = China"))
U(d, "\"Boarding a navy boat and carrying off its weapons", "\"We call it what it is.\"",
  ("Philippines", C, neg, "China", "multi-sentence quote with the speaker inside (Brawner, introduced by role first)"))
U(d, "Brawner said Chinese personnel armed with knives", "packed in cases.",
  ("Philippines", C, neg, "China", "accusation made by describing the other side's attack on personnel (rule 4)"))
U(d, "He demanded that China return the firearms", "for the damage.",
  ("Philippines", C, neg, "China", "demand for return + compensation: read as a judgement (holds China responsible); unsure, could be talks"))
U(d, "Eight sailors were hurt in the confrontation, the military said", "right thumb.",
  ("Philippines", N, neg, "", "'the military' = Philippines (context); casualty figures; injury = negative tone"))
U(d, "Defense Secretary Gilberto Teodoro Jr. said the Chinese coast guard had behaved", "kept the South China Sea tense.",
  ("Philippines", C, neg, "China", "minister with no state word; 'recklessly and unlawfully'"))
U(d, "Executive Secretary Lucas Bersamin said Manila did not consider", "gathering the facts.",
  ("Philippines", N, neu, "", "procedural assessment, no judgement; Manila = metonym"))
U(d, "The National Security Council's assistant director general, Jonathan Malaya, said Manila would continue", "grounded on the shoal in 1999.",
  ("Philippines", N, neu, "", "own plan"))
U(d, "\"We will not be deterred and we will not be provoked,\"", "abandon our soldiers.\"",
  ("Philippines", N, neg, "", "quote closed mid-paragraph then continued: one unit; resolve without appeal or threat; could be read as talks"))
U(d, "In Beijing, foreign ministry spokesperson Lin Jian said the Philippine side", "what happened.",
  ("China", C, neg, "Philippines", "'In Beijing' = place; 'illegally intruded', 'full responsibility'"))
U(d, "He said the Chinese coast guard had acted lawfully", "Philippine personnel.",
  ("China", N, neu, "", "denial / self-description of own conduct"))
U(d, "Lin urged Manila to stop its provocations", "through dialogue.",
  ("China", C, neg, "Philippines", "'provocations' = judgement + dialogue appeal: rule 1"))
U(d, "The China Coast Guard said on Monday that the Philippine boats", "dangerous manner.",
  ("China", C, neg, "Philippines", "accusation"))
U(d, "The United States condemned what it called China's reckless", "conduct at the shoal.",
  ("United States", C, neg, "China", "condemned"))
U(d, "State Department spokesman Matthew Miller said Washington stood with its ally", "South China Sea.",
  ("United States", S, pos, "Philippines", "backing + treaty commitment"))
U(d, "US Ambassador MaryKay Carlson wrote on X", "maritime operations.",
  ("United States", S, pos, "Philippines", "support"))
U(d, "Japan's foreign ministry said it was seriously concerned", "force or coercion.",
  ("Japan", C, neg, "China", "concern + 'firmly opposed' unilateral attempts, aimed implicitly at China's vessels named in the same sentence; Tokyo = metonym"))
U(d, "Australian Foreign Minister Penny Wong said Canberra was deeply concerned", "called for restraint.",
  ("Australia", C, neg, "China", "'dangerous and destabilising' conduct of Chinese vessels = judgement + appeal: rule 1"))
U(d, "The European Union's spokesperson for foreign affairs, Peter Stano, said the bloc condemned", "Law of the Sea.",
  ("European Union", C, neg, "", "'the bloc'; condemned manoeuvres without naming their author + appeal: rule 1; target left empty"))
U(d, "In a separate statement, the Department of Foreign Affairs said it was open", "consultation mechanism.",
  ("Philippines", T, neu, "China", "offer of talks"))
U(d, "Fishermen in Palawan's Kalayaan town said", "this week.",
  ("", N, neg, "", "unnamed fishermen: not an actor"))

# ------------------------------------------------------------------ Bolivia (live blog, 2024-06-26/27)
d = "page_bolivia_coup_liveblog.txt"
U(d, "Government Minister Eduardo del Castillo said the accusation", "facing prison.",
  ("Bolivia", N, neg, "", "denial ('a lie'); the jab at Zúñiga is part of the denial; could be condemning"))
U(d, "\"Nobody in this government asked anyone", "he said.",
  ("Bolivia", N, neg, "", "denial in a quote"))
U(d, "Prosecutors have opened a case against Zúñiga", "attorney general's office said.",
  ("Bolivia", C, neg, "Juan José Zúñiga", "state body's charges = a taken response (legal action); attribution tail"))
U(d, "Former president Evo Morales, who leads the ruling Movement for Socialism", "investigated and tried.",
  ("Movement for Socialism", C, neg, "", "party leader out of office -> his party; demand for prosecution = judgement; soldiers not a canonical actor"))
U(d, "He called on his supporters to stay mobilised", "defence of democracy.",
  ("Movement for Socialism", N, neu, "", "appeal to own supporters to mobilise: not a peaceful course toward another party, no judgement; unsure"))
U(d, "Before being led away by police, Zúñiga told reporters", "win back public sympathy.",
  ("Juan José Zúñiga", C, neg, "Bolivia", "rebel officer, removed from command, speaks for himself; accuses the president of staging the move"))
U(d, "Hours earlier, speaking to television crews in the square, the general had said", "jailed opposition figures.",
  ("Juan José Zúñiga", C, neg, "Bolivia", "'the general'; announcing action against the government + demand = threat/operation"))
U(d, "Speaking from a palace balcony after the troops left", "pouring into the streets.",
  ("Bolivia", S, pos, "", "thanks = praise; the people are not an actor"))
U(d, "\"Thank you, Bolivian people.", "he said.",
  ("Bolivia", N, pos, "", "multi-sentence quote; self-assurance about democracy, no appeal or judgement; could be supporting"))
U(d, "The new army commander, General José Wilson Sánchez", "return to their bases.",
  ("Bolivia", T, neu, "", "army speaks for its state; order to stand down = de-escalation"))
U(d, "Brazil's President Luiz Inácio Lula da Silva said democracy", "coup in Bolivia.",
  ("Brazil", C, neg, "", "condemns any coup; coup plotters not a canonical actor -> target empty; Brasília = metonym"))
U(d, "Mexico's President Andrés Manuel López Obrador said on X", "full support for Arce.",
  ("Mexico", C, neg, "", "condemnation + support for Arce: rule 1; target empty (the plotters)"))
U(d, "Chile's president, Gabriel Boric, said his country was deeply concerned", "constitutional order in Bolivia.",
  ("Chile", C, neg, "", "'would not accept' a breach = rejection/judgement; target empty"))
U(d, "Honduras's president, Xiomara Castro, speaking as pro tempore president of CELAC", "elected government.",
  ("CELAC", C, neg, "", "leader speaking as chair of a body -> CELAC; 'firmly rejected' + call to stand with the government: rule 1"))
U(d, "Argentina's foreign ministry said Buenos Aires condemned", "democratic institutions.",
  ("Argentina", C, neg, "", "Buenos Aires = metonym; condemnation"))
U(d, "UN Secretary-General António Guterres is following the events", "his spokesperson said.",
  ("United Nations", N, neg, "", "concern without appeal (the appeal is the next sentence)"))
U(d, "Guterres called for calm and restraint", "to be respected.",
  ("United Nations", T, neu, "", "appeal"))
U(d, "The Organization of American States' secretary-general, Luis Almagro, said the army must submit", "civilian power.",
  ("Organization of American States", T, neg, "", "demand to one side with no judgement word (labels/README: 'must cease' = talks, negative)"))
U(d, "\"There is no place in our region for generals", "Almagro wrote.",
  ("Organization of American States", C, neg, "", "multi-sentence quote; judgement + threat ('will answer for it')"))
U(d, "White House national security spokesperson John Kirby said Washington was watching", "calm and restraint.",
  ("United States", T, neu, "", "monitoring + appeal"))
U(d, "The European Union's foreign policy chief, Josep Borrell, said the bloc condemned", "Bolivian government and people.",
  ("European Union", C, neg, "", "condemnation + solidarity: rule 1"))
U(d, "\"You take these soldiers out of here now.", "the president told him.",
  ("Bolivia", C, neg, "Juan José Zúñiga", "multi-sentence quote; order to withdraw + rebuke; unsure, could be a demand (talks)"))
U(d, "Vice-President David Choquehuanca wrote that the government denounced", "democratically elected government.",
  ("Bolivia", C, neg, "", "'denounced'; coup plotters unnamed in the sentence"))
U(d, "Foreign Minister Celinda Sosa said some army units", "constitutional order peacefully.",
  ("Bolivia", C, neg, "", "minister with no state word; accusation + appeal: rule 1"))
U(d, "One witness told local radio that shops", "within minutes.",
  ("", N, neg, "", "unnamed witness"))
U(d, "Opposition leader Carlos Mesa, of Civic Community, said he rejected", "return to their barracks.",
  ("Civic Community", C, neg, "", "party leader -> party; 'rejected' + appeal: rule 1"))

# ------------------------------------------------------------------ Armenia-Azerbaijan (full HTML, regional site, 2025-08-09)
d = "page_armenia_azerbaijan_webpage.html"
U(d, "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a joint declaration", "across the region.",
  ("Armenia", T, pos, "", "joint declaration of three states: one row per state; commitment to a peace agreement"),
  ("Azerbaijan", T, pos, "", "joint declaration: one row per state"),
  ("United States", T, pos, "", "joint declaration: one row per state (the host also committed)"))
U(d, "The foreign ministers, Ararat Mirzoyan and Jeyhun Bayramov, initialled", "for three decades.",
  ("Armenia", T, neu, "", "act reported as done: initialling a treaty; Yerevan and Baku = capitals as metonyms; closing the Minsk Group asked jointly, no protest stated"),
  ("Azerbaijan", T, neu, "", "act reported as done: initialling a treaty"))
U(d, "\"Today we are putting an end to a conflict", "territorial integrity.\"",
  ("Azerbaijan", T, pos, "", "multi-sentence quote (speaker inside); ending the conflict, mutual recognition = peaceful course; no appeal addressed but a commitment"))
U(d, "Pashinyan called the day a milestone and thanked Trump", "investment in peace.",
  ("Armenia", S, pos, "United States", "thanks/praise of Trump"))
U(d, "The prime minister said Armenia would keep full sovereignty", "Syunik province.",
  ("Armenia", N, neu, "", "'The prime minister'; reassurance about own control = neutral"))
U(d, "Trump told reporters that American companies would invest", "couldn't be done.\"",
  ("United States", S, pos, "", "investment pledged + praise of both leaders; two actors -> target empty"))
U(d, "The US president also said he was lifting restrictions", "Freedom Support Act.",
  ("United States", S, pos, "Azerbaijan", "lifting restrictions on defence cooperation = backing by act"))
U(d, "Iran's foreign ministry welcomed the finalisation", "peace in the region.",
  ("Iran", S, pos, "", "welcome, no appeal"))
U(d, "In the same statement, it expressed concern about any foreign intervention", "harm regional security.",
  ("Iran", N, neg, "", "'it' = Iran's foreign ministry; concern without appeal; no actor named"))
U(d, "He said Tehran would stop the route even if it had to act alone", "hostile ground.",
  ("Iran", C, neg, "United States", "'He' = Velayati (adviser to the Supreme Leader speaks for Iran); threat"))
U(d, "According to the Iranian presidency, Pashinyan assured him", "to the Caucasus.",
  ("Armenia", N, neu, "", "reassurance about own conduct"),
  ("Iran", T, pos, "", "hope for durable peace"))
U(d, "Russian foreign ministry spokeswoman Maria Zakharova said Moscow welcomed any step", "immediate neighbours.",
  ("Russia", T, neu, "", "welcome + appeal for a regional format: rule 2 before rule 3"))
U(d, "She said outside involvement should not create new dividing lines", "Middle East.",
  ("Russia", C, neg, "", "judgement on Western mediation ('sad experience'); 'the West' not canonical -> target empty"))
U(d, "Turkish President Recep Tayyip Erdoğan said he welcomed", "support to the process.",
  ("Turkey", S, pos, "", "welcome + support; Ankara = metonym"))
U(d, "Turkey's foreign ministry said it was ready to contribute", "Asia and Europe.",
  ("Turkey", S, pos, "", "offer of help to implement the route"))
U(d, "European Council President António Costa and the EU's foreign policy chief, Kaja Kallas, said in a joint statement", "without delay.",
  ("European Union", T, pos, "", "two EU office holders, one body: one row; welcome + appeal to sign: rule 2 before rule 3"))
U(d, "French President Emmanuel Macron congratulated both leaders", "next steps.",
  ("France", S, pos, "", "congratulation + offer of support"))
U(d, "UN Secretary-General António Guterres welcomed the agreement and encouraged", "Stéphane Dujarric said.",
  ("United Nations", T, pos, "", "welcome + appeal: rule 2 before rule 3"))
U(d, "Georgian Prime Minister Irakli Kobakhidze said Tbilisi welcomed", "two neighbours.",
  ("Georgia", S, pos, "", "welcome"))
U(d, "Levon Kocharyan, a lawmaker of the opposition Armenia Alliance", "country's sovereignty.",
  ("Armenia Alliance", C, neg, "Armenia", "opposition lawmaker -> his party; judgement on own government"))
U(d, "Several residents of Meghri", "mean for them.",
  ("", N, neu, "", "unnamed residents"))
U(d, "Azerbaijan has demanded that Armenia remove", "treaty is signed.",
  ("Azerbaijan", N, neu, "", "precondition for signing: a demand without judgement or peace appeal; could be talks (conditional)"))

# ------------------------------------------------------------------ Abraham Accords (full HTML, regional site, 2020-08-14)
d = "page_israel_uae_webpage.html"
U(d, "The Palestinian leadership on Friday recalled its ambassador", "announced by US President Donald Trump.",
  ("Palestine", C, neg, "United Arab Emirates", "recalling an envoy in protest = condemning; Abu Dhabi = capital as metonym; the deal is narrated, not a statement of the UAE here"))
U(d, "Nabil Abu Rudeineh, the spokesman for President Mahmoud Abbas, read a statement", "Palestinian cause.",
  ("Palestine", C, neg, "United Arab Emirates", "'betrayal'; Ramallah = place"))
U(d, "He said no country had the right to speak on behalf", "Palestinian people.",
  ("Palestine", C, neg, "", "rejection of a party speaking for them, aimed at the UAE and US together -> target empty"))
U(d, "Hamas said the agreement rewarded the occupation", "in a statement.",
  ("Hamas", C, neg, "Israel", "attribution tail; 'crimes'; the UAE's act judged too, target kept as Israel (the 'occupation'); unsure"))
U(d, "Under the accord, Israel agreed to suspend its plans", "occupied West Bank.",
  ("Israel", N, neu, "", "agreed own plan change, narrated; no appeal or judgement; could be read as narrative"))
U(d, "Crown Prince Mohammed bin Zayed wrote on Twitter", "bilateral cooperation.",
  ("United Arab Emirates", T, pos, "", "agreement to stop annexation + roadmap = diplomatic course; leader with title, no state word"))
U(d, "But Netanyahu told reporters in Jerusalem that annexation remained", "Washington's request.",
  ("Israel", N, neu, "", "surname only; own plans; Jerusalem = place, Washington = metonym"))
U(d, "\"I have not given up on applying our sovereignty,\"", "American friends.\"",
  ("Israel", N, neu, "", "own intention, no judgement on another actor; could be read as a threat to Palestinians"))
U(d, "The UAE's minister of state for foreign affairs, Anwar Gargash, told a briefing", "immediate agenda.",
  ("United Arab Emirates", N, pos, "", "assessment of own decision (self-praise)"))
U(d, "Gargash said the UAE would not open an embassy", "negotiating table.",
  ("United Arab Emirates", T, neu, "", "own plan + appeal to both to negotiate"))
U(d, "In Washington, Trump called the deal a huge breakthrough.", "huge breakthrough.",
  ("United States", S, pos, "", "surname only; praise of the deal; 'In Washington' = place"))
U(d, "Secretary of State Mike Pompeo said the United States hoped", "courageous step.",
  ("United States", S, pos, "", "congratulation/praise of two states -> target empty; hope that others normalise is not a peace appeal"))
U(d, "Egyptian President Abdel Fattah al-Sisi praised the joint statement", "to the region.",
  ("Egypt", S, pos, "", "praise"))
U(d, "Bahrain's state news agency said the kingdom welcomed", "chances of peace.",
  ("Bahrain", S, pos, "", "state news agency quoting the state's position = Bahrain; welcome"))
U(d, "Oman's foreign ministry also voiced its support.", "voiced its support.",
  ("Oman", S, pos, "", "support"))
U(d, "He said the deal's value would depend on whether Israel", "1967 lines.",
  ("Jordan", T, neu, "Israel", "'He' = Safadi; conditional demand that Israel end the occupation: appeal for a political course, no judgement word"))
U(d, "Turkey's foreign ministry accused the UAE of betraying", "would remember it.",
  ("Turkey", C, neg, "United Arab Emirates", "accusation"))
U(d, "Speaking after Friday prayers in Istanbul, President Recep Tayyip Erdoğan said Ankara", "recalling its ambassador.",
  ("Turkey", C, neg, "United Arab Emirates", "threatened suspension/recall = condemning; Istanbul = place, Ankara and Abu Dhabi = metonyms"))
U(d, "Iran's foreign ministry described the accord as a dangerous and shameful act", "in the region.",
  ("Iran", C, neg, "", "'shameful' + 'responsible' aimed at two states -> target empty"))
U(d, "United Nations Secretary-General António Guterres welcomed the agreement and hoped", "his spokesman said.",
  ("United Nations", T, pos, "", "welcome + hope for negotiations: rule 2 before rule 3"))
U(d, "The spokesman added that the suspension of annexation", "long asked for.",
  ("United Nations", S, pos, "Israel", "approval of a step; could be neutral"))
U(d, "The European Union's foreign policy chief, Josep Borrell, welcomed", "stability of the region.",
  ("European Union", S, pos, "", "welcome"))
U(d, "British Prime Minister Boris Johnson said the accord", "had been halted.",
  ("United Kingdom", S, pos, "", "welcome"))
U(d, "Inside Israel, settler leaders accused Netanyahu", "for a ceremony.",
  ("", C, neg, "Israel", "unnamed 'settler leaders': not an actor; kept as a stance example"))
U(d, "David Elhayani, head of the Yesha Council of settlements", "deceived the settlers.",
  ("Yesha Council", C, neg, "Israel", "head of an organisation speaks for it; accusation against his own government"))
U(d, "One political analyst in Gaza said", "recognising Israel.",
  ("", N, neu, "", "unnamed analyst"))

# ------------------------------------------------------------------ Iran, Mahsa Amini protests (UN noon-briefing readout, 2022-09-27)
d = "page_iran_amini_unreadout.txt"
U(d, "The Secretary-General is troubled by the growing number of deaths", "death in custody of Mahsa Amini.",
  ("United Nations", N, neg, "", "concern without appeal (the appeal is the next paragraph)"))
U(d, "He asks the security forces to keep the use of force", "deteriorate further.",
  ("United Nations", T, neg, "Iran", "appeal to Iran's security forces, no judgement word"))
U(d, "The Secretary-General also says that Ms. Amini's death should be looked into", "those involved.",
  ("United Nations", T, neu, "Iran", "investigation request without judgement = calling_for_talks (batch2b convention)"))
U(d, "He underlines that the rights to freedom of expression", "must be protected.",
  ("United Nations", T, neu, "", "appeal for protection of rights"))
U(d, "Our colleagues at the Office of the High Commissioner for Human Rights said today", "students and journalists.",
  ("United Nations", N, neg, "", "OHCHR -> United Nations; figures from reports, no blame"))
U(d, "The Office's spokesperson, Ravina Shamdasani, told reporters in Geneva", "peacefully exercising their rights.",
  ("United Nations", T, neg, "Iran", "demand to release detainees, no judgement word; Geneva = place"))
U(d, "\"Restricting internet access is not an answer to grievances.", "she said.",
  ("United Nations", C, neg, "Iran", "multi-sentence quote; judgement on the internet restrictions ('deepens them'); unsure, mild"))
U(d, "Turning to Ukraine, our humanitarian colleagues tell us", "Kharkiv region today.",
  ("United Nations", S, pos, "", "aid delivered (regional round-up)"))
U(d, "The Humanitarian Coordinator, Denise Brown, said the UN and its partners", "access allowed.",
  ("United Nations", S, pos, "", "continued aid pledged"))
U(d, "In Pakistan, the World Food Programme says it has reached", "since the floods began.",
  ("World Food Programme", S, pos, "", "aid delivered"))
U(d, "WFP warned that it needs more funding", "through the winter.",
  ("World Food Programme", N, neg, "", "asking for money is not supporting, and not a peace course: neutral, as batch3a Ukraine air-defence row"))
U(d, "Stéphane, Iran's foreign ministry spokesman, Nasser Kanaani, said yesterday", "any interference.",
  ("Iran", C, neg, "", "in a question (speaker label excluded, vocative kept); accusation + threat aimed at 'Western countries' (not canonical) -> target empty"))
U(d, "We are not going to get into a war of words.", "respect that right.",
  ("United Nations", T, neu, "Iran", "spokesman's answer, speaker label excluded; multi-sentence answer within one paragraph; appeal to respect peaceful protest"))
U(d, "Iran has summoned the British ambassador", "interference in its affairs.",
  ("Iran", C, neg, "", "summoning envoys in protest = taken response; two states -> target empty"))
U(d, "Those are bilateral matters.", "diplomatic channels open.",
  ("United Nations", T, neu, "", "appeal to keep channels open"))
U(d, "The United States has imposed sanctions on Iran's morality police", "some security officials.",
  ("United States", C, neg, "Iran", "sanctions = condemning"))
U(d, "The European Union says it is considering measures too.", "measures too.",
  ("European Union", C, neg, "Iran", "considering sanctions ('measures' in the sanctions context) = threatened response"))
U(d, "Sanctions are decisions for Member States", "on accountability.",
  ("United Nations", T, neu, "", "ending violence; procedural on sanctions"))
U(d, "President Raisi said in New York last week that the case would be investigated", "double standards on human rights.",
  ("Iran", C, neg, "", "own investigation (neutral) + rejection of 'double standards' (judgement on critics, unnamed) -> condemning; unsure"))
U(d, "Some rights groups say the death toll", "official figures.",
  ("", N, neg, "", "unnamed rights groups"))
U(d, "Canada's prime minister, Justin Trudeau, announced sanctions", "yesterday.",
  ("Canada", C, neg, "Iran", "sanctions"))
U(d, "The Human Rights Council has a Special Rapporteur on Iran", "independent investigation.",
  ("United Nations", T, neu, "Iran", "Special Rapporteur -> United Nations; call for investigation"))
U(d, "The Iranian mission said in a letter", "one-sided.",
  ("Iran", C, neg, "United Nations", "judgement on the SG's statement"))
U(d, "We have seen the letter.", "addressed to all.",
  ("United Nations", T, neu, "", "restates appeal to all"))

# ------------------------------------------------------------------ Pakistan, Imran Khan's arrest (scraped Lahore paper, 2023-05-10)
d = "page_pakistan_khan_scraped.txt"
PTI = "Pakistan Tehreek-e-Insaf"
U(d, "The army on Wednesday called the attacks on military installations", "severe response.",
  ("Pakistan", C, neg, PTI, "army speaks for its state; judgement + threat; attackers are Khan's supporters -> PTI"))
U(d, "In a statement issued by the Inter-Services Public Relations, the military said", "civil war.",
  ("Pakistan", C, neg, PTI, "ISPR = military = Pakistan; accusation against 'a political party' (= PTI, by context)"))
U(d, "\"Those who torched these buildings will not be allowed", "the statement said.",
  ("Pakistan", C, neg, PTI, "quote with attribution tail; threat"))
U(d, "The statement added that the army had shown great restraint", "country's interests.",
  ("Pakistan", N, neu, "", "self-description of own conduct"))
U(d, "Interior Minister Rana Sanaullah said the arrest was lawful", "before the bureau.",
  ("Pakistan", C, neg, "", "minister with no state word; defends the arrest + blames Khan (a person of the PTI) for ignoring notices; unsure, mild: could be neutral; target left empty (Khan as a person)"))
U(d, "He said the government would not allow anyone to take the law", "into their hands.",
  ("Pakistan", C, neg, "", "warning/threat aimed at no named actor"))
U(d, "\"Those who attacked the corps commander's house in Lahore", "news conference in Islamabad.",
  ("Pakistan", C, neg, "", "threat of punishment; Lahore/Islamabad = places"))
U(d, "Prime Minister Shehbaz Sharif, in a televised address late on Wednesday", "a disgrace.",
  ("Pakistan", C, neg, "", "title, no state word; 'a disgrace' = judgement of the rioting"))
U(d, "He said those who planned the attacks would face exemplary punishment", "under the law.",
  ("Pakistan", C, neg, "", "threat"))
U(d, "The government ordered the army deployed in Punjab", "Pakistan Telecommunication Authority said.",
  ("Pakistan", N, neu, "", "own measures reported without judgement; PTA = state agency; long sentence with two state actors, one row"))
U(d, "PTI vice-chairman Shah Mahmood Qureshi, in a video message", "public property.",
  ("Pakistan Tehreek-e-Insaf", T, neu, "", "appeal to own workers for calm = restraint"))
U(d, "\"Our struggle is a constitutional and peaceful one,\"", "he said.",
  ("Pakistan Tehreek-e-Insaf", N, pos, "", "self-description"))
U(d, "Party leader Fawad Chaudhry, who was detained outside the Supreme Court", "attack on the judiciary.",
  ("Pakistan Tehreek-e-Insaf", C, neg, "Pakistan", "'Party leader' = PTI by context; accusation against the government"))
U(d, "The party said it would challenge the arrest in the Supreme Court.", "in the Supreme Court.",
  ("Pakistan Tehreek-e-Insaf", N, neu, "", "'The party'; legal step against a decision of own state's court system: procedural, no judgement stated"))
U(d, "Police in Punjab said at least 945 people had been arrested", "had been injured.",
  ("Pakistan", N, neu, "", "provincial police -> state; figures"))
U(d, "Abroad, the United States said it was following the situation closely.", "situation closely.",
  ("United States", N, neu, "", "monitoring without appeal"))
U(d, "State Department spokesperson Matthew Miller said Washington wanted to see the rule of law upheld", "candidates or parties.",
  ("United States", T, neu, "", "appeal for rule of law (peaceful course), no judgement; neutrality stated"))
U(d, "British Foreign Secretary James Cleverly said the UK wanted", "rule of law respected.",
  ("United Kingdom", T, neu, "", "appeal"))
U(d, "UN Secretary-General Antonio Guterres called on all sides to refrain from violence", "Farhan Haq said.",
  ("United Nations", T, neu, "", "appeal to all; deputy spokesman attribution tail"))
U(d, "Haq said the Secretary-General also urged the authorities", "former prime minister.",
  ("United Nations", T, neu, "Pakistan", "appeal to one side, no judgement"))
U(d, "Amnesty International's South Asia office said it was alarmed", "internet access immediately.",
  ("Amnesty International", T, neg, "Pakistan", "alarm + appeal; 'excessive force' reported as reports, not a judgement; unsure, could be condemning"))
U(d, "\"We are afraid to open,\" one shopkeeper said.", "one shopkeeper said.",
  ("", N, neg, "", "unnamed shopkeeper"))
U(d, "A political analyst in Islamabad said the army's statement marked", "in years.",
  ("", N, neu, "", "unnamed analyst"))


def main():
    out = os.path.join(ROOT, "statements.csv")
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
        w.writerows(ROWS)
    print(f"{len(ROWS)} rows -> {out}")


if __name__ == "__main__":
    main()
