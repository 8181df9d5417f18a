"""Writes ../statements.csv from the hand decisions below.

Each unit is located in its page's visible text by its exact opening and closing words, so the
`sentence` cell is the page's own text (no retyping). Decisions (actor, stance, sentiment, target,
note) are made by hand, per /work/shared/labelling-guide.md and labels/README.md.
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

# ---------------------------------------------------------------- Thailand-Cambodia (wire)
d = "page_thai_cambodia_wire.txt"
U(d, "Thai and Cambodian troops traded artillery", "most of them civilians.",
  ("Thailand", N, neu, "", "dateline not part of the unit; narrated fighting + death toll from the health ministry: figures -> neutral"))
U(d, "The Thai army said fighting had spread", "Preah Vihear temples.",
  ("Thailand", N, neu, "", "the army speaks for its state; facts"))
U(d, "Thai army deputy spokesperson Richa", "in Surin province.",
  ("Thailand", N, neu, "", "own strike reported as done, no judgement"))
U(d, "\"Cambodian forces have fired rockets", "told reporters in Bangkok.",
  ("Thailand", C, neg, "Cambodia", "multi-sentence quotation closed by its speaker = one unit; 'the spokesman for the foreign ministry' with no state word nearby (Bangkok dateline)"))
U(d, "Nikorndej said the government was prepared", "if the attacks continued.",
  ("Thailand", C, neg, "Cambodia", "threat of a response; surname-only, 'the government' by context"))
U(d, "He rejected Cambodian accusations", "inside Thai territory.",
  ("Thailand", N, neg, "", "denial ('He' = Nikorndej); being fired on while on patrol is the account behind the denial, no judgement word"))
U(d, "The spokesman at the Office of the Prime Minister", "Chanthaburi and Trat provinces.",
  ("Thailand", N, neu, "", "role-only introduction, no state word in the sentence; martial law on own territory = own measure"))
U(d, "Cambodia's defence ministry spokeswoman", "near the Preah Vihear temple.",
  ("Cambodia", C, neg, "Thailand", "accusation (heavy artillery, cluster munitions)"))
U(d, "She said at least a dozen Cambodians", "Preah Vihear provinces.",
  ("Cambodia", N, neu, "", "casualty and displacement figures from an actor; 'She' = Maly Socheata"))
U(d, "Thailand's decision to send fighter jets", "\"the utmost restraint\".",
  ("Cambodia", C, neg, "Thailand", "possessive 'Thailand's' before the speaker is the target; 'reckless and unlawful'"))
U(d, "Prime Minister Hun Manet said in a letter", "convene an urgent meeting.",
  ("Cambodia", C, neg, "Thailand", "'unprovoked and premeditated aggression' + request for a council meeting: rule 1; Pakistan's ambassador only named as council president, not a speaker"))
U(d, "Former leader Hun Sen", "a metre of ground.",
  ("Cambodia", C, neg, "Thailand", "Facebook post; Senate president speaks for Cambodia; 'invasion' = judgement"))
U(d, "In Bangkok, Acting Prime Minister Phumtham", "the shooting had stopped.",
  ("Thailand", T, neu, "Cambodia", "conditional offer of talks (labels README: offering talks, even conditional, is calling_for_talks)"))
U(d, "Phumtham, who is also defence minister,", "mediation for now.",
  ("Thailand", N, neu, "", "declining third-party mediation with no judgement stated -> neutral (format refusal without protest)"))
U(d, "Cambodia has denied laying new landmines", "decades of civil war.",
  ("Cambodia", N, neg, "", "denial"))
U(d, "On Wednesday, Thailand recalled its ambassador", "lost a leg to a landmine.",
  ("Thailand", C, neg, "Cambodia", "recall + expulsion of the envoy (guide: expelling diplomats is condemning)"))
U(d, "Cambodia responded by downgrading relations", "diplomatic staff from Bangkok.",
  ("Cambodia", C, neg, "Thailand", "retaliatory downgrade of relations (taken response); Bangkok is a place"))
U(d, "Malaysian Prime Minister Anwar Ibrahim, speaking as", "settle the dispute through talks.",
  ("ASEAN", T, neu, "", "head of government speaking as the bloc's chair, in its name -> ASEAN; addressed to both"))
U(d, "Anwar said he had spoken to Hun Manet", "host talks between them.",
  ("Thailand", T, neu, "", "openness to a ceasefire reported by Anwar"),
  ("Cambodia", T, neu, "", "openness to a ceasefire reported by Anwar"),
  ("Malaysia", T, pos, "", "offer to host talks is Malaysia's, not the bloc's"))
U(d, "Hun Manet thanked Anwar on Facebook", "sincere efforts.",
  ("Cambodia", S, pos, "Malaysia", "thanks/praise on Facebook, no appeal in this sentence"))
U(d, "Japan's embassy in Bangkok said Tokyo would provide", "both sides of the border.",
  ("Japan", S, neu, "", "aid pledge to displaced people (not a canonical actor); embassy speaks for Japan"))
U(d, "In Beijing, foreign ministry spokesman Guo Jiakun", "\"objective and impartial\" position.",
  ("China", N, neg, "", "concern without appeal; Beijing is a place"))
U(d, "State Department spokeswoman Tammy Bruce", "on both sides.",
  ("United States", T, neg, "", "concern + appeal to end fighting and protect civilians"))
U(d, "U.N. Secretary-General Antonio Guterres was following", "his deputy spokesman Farhan Haq said.",
  ("United Nations", T, neu, "", "appeal for restraint and dialogue via the SG's deputy spokesman"))
U(d, "The foreign ministers of Australia and New Zealand", "return to the negotiating table.",
  ("Australia", T, neg, "", "joint statement: one row per state; alarm + appeal"),
  ("New Zealand", T, neg, "", "joint statement: one row per state; alarm + appeal"))

# ---------------------------------------------------------------- Israel-Iran (live blog)
d = "page_israel_iran_liveblog.txt"
U(d, "Iran's Revolutionary Guards said they had begun", "the morning's strikes.",
  ("Iran", N, neu, "", "own strike reported as done, no judgement in the sentence"))
U(d, "Israel's military said most of the missiles", "full picture of the damage.",
  ("Israel", N, neu, "", "facts from the military"))
U(d, "A US official said American air defence systems", "headed for Israel.",
  ("United States", S, neu, "Israel", "unnamed official of a named government; military help by act"))
U(d, "Iran's armed forces general staff said in a statement", "to start this war.\"",
  ("Iran", C, neg, "Israel", "colon-opened quotation closed in its paragraph = one unit; read on state TV (outlet not an actor); threat"))
U(d, "Iran's ambassador to the UN, Amir Saeid Iravani, told", "most of them civilians.",
  ("Iran", N, neu, "", "casualty figures from an actor"))
U(d, "Iravani asked the council to condemn", "sovereign member state.",
  ("Iran", C, neg, "Israel", "'brazen act of aggression'; surname only"))
U(d, "In a televised message, Supreme Leader", "heavy price for it.",
  ("Iran", C, neg, "Israel", "'crime' + threat"))
U(d, "Netanyahu said in a recorded address", "danger had been removed.",
  ("Israel", C, neg, "Iran", "announcing the continuation of a military operation against Iran (guide: announced operation is condemning); surname only"))
U(d, "\"For decades, the regime in Tehran", "for our destruction.",
  ("Israel", C, neg, "Iran", "quotation left open for the next paragraph -> sentence units; continues Netanyahu"))
U(d, "It has spent billions building", "to carry it out.",
  ("Israel", C, neg, "Iran", "continuation of Netanyahu's quotation"))
U(d, "\"We will not wait for that day to come.\"", "\"We will not wait for that day to come.\"",
  ("Israel", C, neg, "Iran", "paragraph continuing Netanyahu's quotation; threat"))
U(d, "Secretary of State Marco Rubio said in a statement", "no part in the strikes.",
  ("United States", N, neu, "", "states non-involvement, no evaluation"))
U(d, "He warned that Tehran would face", "personnel in the region.",
  ("United States", C, neg, "Iran", "threat of consequences; 'He' = Rubio; Tehran = Iran"))
U(d, "Trump later wrote on Truth Social", "come back to the table.",
  ("United States", T, neu, "Iran", "appeal to return to negotiations; 'given every chance' is not an explicit judgement"))
U(d, "The foreign ministry spokesman, Esmaeil Baghaei, said", "responsible as well.",
  ("Iran", C, neg, "United States", "role-only introduction ('the foreign ministry' by context); holds the US responsible"))
U(d, "Foreign Minister Abbas Araghchi wrote to the Security Council", "without delay.",
  ("Iran", C, neg, "Israel", "'act of aggression' + request to the council: rule 1"))
U(d, "Oman's foreign minister, Badr Albusaidi,", "violation of international law.",
  ("Oman", C, neg, "Israel", "post on X; mediator's judgement"))
U(d, "Albusaidi added that Oman would keep working", "negotiating table.",
  ("Oman", T, neu, "", "mediation effort; two parties (US, Iran): target empty"))
U(d, "Saudi Arabia's foreign ministry said Riyadh", "of international law.",
  ("Saudi Arabia", C, neg, "Israel", ""))
U(d, "Russia's foreign ministry said it condemned", "international security.",
  ("Russia", C, neg, "Israel", ""))
U(d, "The Kremlin said Putin, in separate calls", "ending the confrontation.",
  ("Russia", T, pos, "", "offer of help to end the confrontation (mediation)"))
U(d, "At a regular briefing in Beijing, foreign ministry spokesman Lin Jian", "territorial integrity.",
  ("China", C, neg, "Israel", "'opposed any violation of Iran's sovereignty' after Israel's strikes = judgement on Israel's act (guide: 'rejects any violation of' is condemning)"))
U(d, "Pakistan's foreign ministry said Islamabad stood in full solidarity", "people of Iran.",
  ("Pakistan", S, pos, "Iran", "solidarity, no appeal"))
U(d, "Downing Street said Prime Minister Keir Starmer", "as a matter of urgency.",
  ("United Kingdom", T, neu, "", "Downing Street = UK; appeal to all sides"))
U(d, "The Elysee said President Emmanuel Macron", "if Iran retaliated.",
  ("France", S, pos, "Israel", "backing + offer to help defend Israel; the appeal comes in the next sentence"))
U(d, "Macron also urged all parties", "the presidency said.",
  ("France", T, neu, "", "appeal for restraint"))
U(d, "EU foreign policy chief Kaja Kallas said", "nuclear programme.",
  ("European Union", T, neg, "", "worry + negotiated deal as the answer"))
U(d, "Japan's foreign minister, Takeshi Iwaya,", "still continuing.",
  ("Japan", C, neg, "Israel", "'extremely regrettable' aimed at the military action (guide: regrettable = condemning)"))
U(d, "Erdogan wrote on X", "international law.",
  ("Turkey", C, neg, "Israel", "surname only; post on X"))
U(d, "UN Secretary-General Antonio Guterres was particularly concerned", "his spokesman Stephane Dujarric said.",
  ("United Nations", N, neg, "", "concern without appeal"))
U(d, "\"The Secretary-General urges both sides", "Dujarric said.",
  ("United Nations", T, neg, "", "multi-sentence quotation closed by its speaker = one unit"))
U(d, "The head of the UN nuclear watchdog, Rafael Grossi,", "had not risen.",
  ("IAEA", N, neu, "", "facts; 'UN nuclear watchdog' = IAEA"))
U(d, "Katz declared a state of emergency", "within hours.",
  ("Israel", N, neg, "", "own emergency measure + warning of an expected attack; no judgement or accusation of a past attack"))
U(d, "Israeli military spokesman Brigadier General Effie Defrin", "to intercept them.",
  ("Israel", N, neu, "", "facts; drones towards Israel without civilian targets named"))
U(d, "The Israeli military said about 200 aircraft", "among those killed.",
  ("Israel", N, neu, "", "own strike reported as done"))

# ---------------------------------------------------------------- Venezuela (HTML)
d = "page_venezuela_webpage.html"
U(d, "The United States said on Thursday that Nicolás Maduro’s claim", "the most votes.",
  ("United States", C, neg, "Venezuela", "rejects Maduro's claim of victory ('did not stand up to the evidence')"))
U(d, "The National Electoral Council (CNE), which is run", "after previous elections.",
  ("Venezuela", N, neu, "", "state electoral body announcing a result = Venezuela, neutral; 'run by Maduro loyalists' is narration"))
U(d, "“The Venezuelan people spoke clearly", "released late on Thursday.",
  ("United States", C, neg, "Venezuela", "multi-sentence quotation closed by its speaker; 'the authorities have offered nothing' = judgement on Caracas"))
U(d, "Blinken urged both camps", "the will of voters.",
  ("United States", T, neu, "", "appeal for talks to both camps"))
U(d, "Foreign Minister Yván Gil dismissed", "directed from Washington.",
  ("Venezuela", C, neg, "United States", "'coup plot' accusation"))
U(d, "On Monday, Caracas ordered diplomats", "questioned the result.",
  ("Venezuela", C, neg, "", "expulsion of the diplomats of seven states (target empty); Caracas = Venezuela"))
U(d, "Peru’s foreign minister, Javier González-Olaechea,", "legitimate president-elect.",
  ("Peru", C, neg, "Venezuela", "reciprocal expulsion + recognition of the opposition candidate: rule 1"))
U(d, "Brazil’s foreign ministry said it had agreed to look after", "Argentine diplomats out.",
  ("Brazil", S, neu, "Argentina", "custody of Argentina's embassy = assistance by act; Venezuela's expulsion only narrated"))
U(d, "The governments of Brazil, Colombia and Mexico", "institutional channels.",
  ("Brazil", T, neu, "", "joint statement: demand for polling-station data + appeal to all sides, no judgement"),
  ("Colombia", T, neu, "", "joint statement"),
  ("Mexico", T, neu, "", "joint statement"))
U(d, "OAS Secretary General Luis Almagro said", "International Criminal Court.",
  ("Organization of American States", C, neg, "Venezuela", "'riddled with abuses' + ICC investigation"))
U(d, "The Carter Center, the only major independent observer", "electoral principles.",
  ("Carter Center", C, neg, "Venezuela", "observer's negative verdict on the election"))
U(d, "Maduro asked the Supreme Court on Wednesday", "in its possession.",
  ("Venezuela", N, neu, "", "procedure"))
U(d, "He accused Machado and González", "behind bars.",
  ("Venezuela", C, neg, "Unitary Platform", "'He' = Maduro; accusation against the opposition leaders"))
U(d, "Attorney General Tarek William Saab said", "among those killed.",
  ("Venezuela", N, neu, "", "figures"))
U(d, "Foro Penal, a Venezuelan rights group,", "since Monday.",
  ("Foro Penal", N, neu, "", "casualty figure from a named NGO"))
U(d, "Machado, who says she is in hiding,", "by a wide margin.",
  ("Unitary Platform", N, pos, "", "opposition leader's claim with figures, no judgement word"))
U(d, "González, the candidate of the opposition Unitary Platform", "not to one man.”",
  ("Unitary Platform", C, neg, "Venezuela", "colon-opened quotation closed in its paragraph = one unit; 'repression'"))
U(d, "Russia, China and Cuba were among the first", "on his victory.",
  ("Russia", S, pos, "Venezuela", "congratulation = approval"),
  ("China", S, pos, "Venezuela", "congratulation = approval"),
  ("Cuba", S, pos, "Venezuela", "congratulation = approval"))
U(d, "UN Secretary-General Antonio Guterres urged Venezuela’s political leaders", "his spokesman said.",
  ("United Nations", T, neu, "", "restraint + transparency; addressed to leaders of all camps"))
U(d, "EU foreign policy chief Josep Borrell said the bloc could not accept", "made public.",
  ("European Union", C, neg, "Venezuela", "refuses to accept the announced result (rejection of the actor's act) + demand: rule 1"))
U(d, "More than 7.7 million Venezuelans have left", "stayed in power.",
  ("United Nations", N, neu, "", "'according to UN figures' = figure from an actor; polls are not an actor"))

# ---------------------------------------------------------------- Pakistan-Afghanistan (scraped)
d = "page_pak_afghan_scraped.txt"
U(d, "Pakistan's military said on Sunday that 23", "in retaliatory fire.",
  ("Pakistan", N, neu, "", "dateline 'PESHAWAR:' not part of the unit; casualty figures and own fire"))
U(d, "The Inter-Services Public Relations (ISPR),", "Tehreek-e-Taliban Pakistan (TTP).",
  ("Pakistan", C, neg, "", "'cowardly and unprovoked'; aimed at Afghan forces and the TTP together: target empty"))
U(d, "\"The armed forces responded with full force.", "the ISPR said in its statement.",
  ("Pakistan", N, neu, "", "own strike reported as done; 'khawarij' is the state's label, no explicit judgement"))
U(d, "In Kabul, the spokesman for the Islamic Emirate,", "on Afghan soil.",
  ("Afghanistan", C, neg, "Pakistan", "Taliban government = Afghanistan; blames Pakistani air strikes on Afghan soil (own operation framed as retaliation)"))
U(d, "Mujahid said the operations had been halted", "airspace or territory.",
  ("Afghanistan", C, neg, "Pakistan", "threat of a new response outweighs the halt (rule 1)"),
  ("Qatar", T, neu, "", "request to halt the fighting reported by Mujahid"),
  ("Saudi Arabia", T, neu, "", "request to halt the fighting reported by Mujahid"))
U(d, "Afghan officials blamed Pakistan for the blasts", "carrying them out.",
  ("Afghanistan", C, neg, "Pakistan", "unnamed officials of a named government; Pakistan 'neither confirmed nor denied' = no position"))
U(d, "Prime Minister Shehbaz Sharif said Pakistan would never compromise", "strong and effective response.",
  ("Pakistan", C, neg, "Afghanistan", "threat; target by context"))
U(d, "Interior Minister Mohsin Naqvi said the firing", "playing with fire.",
  ("Pakistan", C, neg, "Afghanistan", "'flagrant violation of international law'"))
U(d, "Kabul's failure to act against militants", "good-neighbourly relations.",
  ("Pakistan", C, neg, "Afghanistan", "possessive 'Kabul's' before the speaker is the target; 'the Foreign Office' by context; judgement + preference for dialogue: rule 1"))
U(d, "The statement said Foreign Secretary Amna Baloch", "on Tuesday.",
  ("Pakistan", N, neu, "", "plan (briefing of envoys)"))
U(d, "Customs officials at Torkham said Pakistan had shut", "citing security concerns.",
  ("Pakistan", N, neu, "", "closure on security grounds, no grievance stated -> own measure, neutral"))
U(d, "Afghan Foreign Minister Amir Khan Muttaqi, speaking in New Delhi", "through dialogue.",
  ("Afghanistan", T, neu, "Pakistan", "own operation + wish to resolve through dialogue, no judgement; New Delhi is a place"))
U(d, "On Friday, Indian External Affairs Minister Subrahmanyam Jaishankar announced", "full embassy.",
  ("India", S, pos, "Afghanistan", "upgrade of diplomatic ties = backing by act; Muttaqi only present"))
U(d, "Muttaqi said certain circles in Pakistan", "without naming them.",
  ("Afghanistan", C, neg, "", "accuses unnamed 'circles' (not a canonical actor): target empty"))
U(d, "Defence Minister Khawaja Asif wrote on X", "real loyalties lay.",
  ("Pakistan", C, neg, "Afghanistan", "post on X; India is mentioned only as a place"))
U(d, "Qatar's foreign ministry said Doha was worried", "through talks.",
  ("Qatar", T, neg, "", "worry + appeal to both"))
U(d, "Saudi Arabia said it was following the clashes", "with concern.",
  ("Saudi Arabia", N, neg, "", "concern without appeal"))
U(d, "Iranian Foreign Minister Abbas Araghchi told state television", "out of the crisis.",
  ("Iran", T, pos, "", "offer of help (good offices)"))
U(d, "The UN mission in Afghanistan, UNAMA,", "duty to protect civilians.",
  ("United Nations", T, neu, "", "UN mission; reminder to protect civilians = appeal"))

# ---------------------------------------------------------------- South Sudan (UN readout + round-up)
d = "page_southsudan_unreadout.txt"
U(d, "The Secretary-General is following with grave concern", "Riek Machar.",
  ("United Nations", N, neg, "", "concern without appeal (the appeal is the next sentence)"))
U(d, "He calls on President Salva Kiir and all parties", "through dialogue.",
  ("United Nations", T, neu, "", "appeal to Kiir and all parties: target empty"))
U(d, "The Secretary-General welcomes the engagement", "guarantors of the Agreement.",
  ("United Nations", S, pos, "", "welcome with no appeal -> supporting; two bodies: target empty"))
U(d, "Nicholas Haysom, the Special Representative", "signed in 2018.",
  ("United Nations", N, neg, "", "special representative's alarm without appeal"))
U(d, "He said UNMISS had stepped up patrols", "outskirts of the capital.",
  ("United Nations", S, neu, "", "protection and shelter given by act (assistance); civilians are not a canonical actor"))
U(d, "Mr. Haysom also said that he had met", "committed to the Agreement.",
  ("South Sudan", N, pos, "", "the government's assurance reported by Haysom (reassurance about own conduct); Haysom himself takes no position"))
U(d, "The Office for the Coordination of Humanitarian Affairs (OCHA) says", "crossed into Ethiopia.",
  ("United Nations", N, neu, "", "OCHA = United Nations; displacement figures"))
U(d, "OCHA is alarmed by reports of aerial bombardments", "among them children.",
  ("United Nations", N, neg, "", "alarm without appeal; bomber not named"))
U(d, "Our humanitarian colleagues call on all parties", "people in need.",
  ("United Nations", T, neu, "", "'our humanitarian colleagues' = OCHA; protection + access"))
U(d, "The World Food Programme (WFP) says", "river routes.",
  ("World Food Programme", S, neu, "", "aid by act"))
U(d, "UNICEF warns that the fighting", "since September.",
  ("UNICEF", N, neg, "", "warning without appeal"))
U(d, "The UN Refugee Agency (UNHCR) says", "women and children.",
  ("UNHCR", N, neu, "", "figures"))
U(d, "Asked about the detention, the Spokesman said", "rights of the accused.",
  ("United Nations", T, neu, "South Sudan", "declines to judge; appeal for due process addressed to the detaining government"))
U(d, "He added that the Security Council would hear", "on Monday.",
  ("United Nations", N, neu, "", "procedure"))
U(d, "Information Minister Michael Makuei Lueth told", "against the government.",
  ("South Sudan", C, neg, "SPLM-IO", "dateline not part of the unit; accusation against Machar, leader of the SPLM-IO"))
U(d, "\"The peace agreement is intact", "Makuei said.",
  ("South Sudan", N, pos, "", "reassurance about own conduct; 'those spreading rumours' names no actor"))
U(d, "Makuei said Machar's party had been behind", "evacuated by the UN.",
  ("South Sudan", C, neg, "SPLM-IO", "blames Machar's party for the Nasir attack; the White Army and the UN are not speakers"))
U(d, "Oyet Nathaniel Pierino, the deputy chairman", "edge of war.",
  ("SPLM-IO", C, neg, "South Sudan", ""))
U(d, "The acting press secretary at the Office of the First Vice President", "since Wednesday night.",
  ("SPLM-IO", N, neg, "", "role-only introduction; Machar's own office speaks for his side (uncertain: it is formally a state office); facts"))
U(d, "He called on the guarantors of the agreement", "immediate release.",
  ("SPLM-IO", T, neg, "", "'He' = Baluang; appeal to the guarantors, no judgement"))
U(d, "The chairperson of the African Union Commission, Mahmoud Ali Youssouf,", "return to dialogue.",
  ("African Union", T, neg, "", "worry + appeal"))
U(d, "Youssouf said the AU would send members", "meet the parties.",
  ("African Union", T, neu, "", "sending mediators"))
U(d, "IGAD's executive secretary, Workneh Gebeyehu,", "serious concern.",
  ("IGAD", N, neg, "", "concern without appeal"))
U(d, "Kenyan President William Ruto said", "calm the situation.",
  ("Kenya", T, neu, "", "special envoy to calm the situation"))
U(d, "Uganda's army chief, General Muhoozi Kainerugaba,", "for as long as it takes.",
  ("Uganda", S, pos, "South Sudan", "post on X; backing by act (troops)"))
U(d, "Norway, the United Kingdom and the United States,", "release Machar.",
  ("Norway", C, neg, "South Sudan", "joint statement: 'dangerous step backwards' + appeal: rule 1"),
  ("United Kingdom", C, neg, "South Sudan", "joint statement"),
  ("United States", C, neg, "South Sudan", "joint statement"))
U(d, "Germany said it had temporarily closed its embassy", "security situation.",
  ("Germany", N, neu, "", "own measure for security reasons, no protest"))

# ---------------------------------------------------------------- Sahel exit from ECOWAS (HTML)
d = "page_aes_ecowas_webpage.html"
U(d, "Burkina Faso, Mali and Niger announced on Sunday", "unjust and inhuman sanctions.",
  ("Burkina Faso", C, neg, "ECOWAS", "withdrawal with grievances stated (accusation) -> condemning"),
  ("Mali", C, neg, "ECOWAS", "same"),
  ("Niger", C, neg, "ECOWAS", "same"))
U(d, "The joint communique, read on state television in Niamey", "jihadist violence.",
  ("Burkina Faso", C, neg, "ECOWAS", "joint communique: one row per state; readers speak for it; Niamey/Bamako are places"),
  ("Mali", C, neg, "ECOWAS", "joint communique"),
  ("Niger", C, neg, "ECOWAS", "joint communique"))
U(d, "“Our peoples have been let down.", "the communique said.",
  ("Burkina Faso", C, neg, "ECOWAS", "multi-sentence quotation closed by its source = one unit"),
  ("Mali", C, neg, "ECOWAS", "joint communique"),
  ("Niger", C, neg, "ECOWAS", "joint communique"))
U(d, "The ECOWAS Commission said in a statement later on Sunday", "three member states.",
  ("ECOWAS", N, neu, "", "procedural fact"))
U(d, "The commission said Burkina Faso, Mali and Niger were still valued members", "impasse with them.",
  ("ECOWAS", T, pos, "", "commitment to a negotiated solution"))
U(d, "Speaking to the national broadcaster RTB in Ouagadougou", "sovereign and final.",
  ("Burkina Faso", N, neu, "", "role-only introduction (no state word besides the place); decision stated as final, no grievance in this sentence"))
U(d, "Ouédraogo said the regional body had become", "govern themselves.",
  ("Burkina Faso", C, neg, "ECOWAS", "'the regional body' = ECOWAS"))
U(d, "Nigeria’s foreign minister, Yusuf Tuggar, said Abuja regretted", "than their rulers.",
  ("Nigeria", C, neg, "", "'regretted the decision' aimed at the three states' act (guide: regrettable = condemning); three states: target empty"))
U(d, "He said Nigeria would keep the door open", "to the Community.",
  ("Nigeria", T, pos, "", "offer to welcome them back"))
U(d, "Presidential spokesman Ajuri Ngelale said President Bola Tinubu", "in the coming days.",
  ("ECOWAS", N, neu, "", "Tinubu in his capacity as chair speaks for ECOWAS; plan to consult"))
U(d, "African Union Commission chairperson Moussa Faki Mahamat said he was concerned", "within the African family.",
  ("African Union", T, neg, "", "concern + appeal"))
U(d, "Togo, which has acted as a go-between", "keep facilitating talks.",
  ("Togo", T, pos, "", "mediator's offer"))
U(d, "Senegal’s foreign ministry said Dakar had taken note", "remain within the Community.",
  ("Senegal", T, pos, "", "hope that they reconsider"))
U(d, "In Moscow, foreign ministry spokeswoman Maria Zakharova said", "ties with them.",
  ("Russia", S, pos, "", "approval of the three states' choice; three states: target empty"))
U(d, "US State Department spokesman Matthew Miller said", "in the region.",
  ("United States", N, neu, "", "no evaluation or appeal"))
U(d, "“The exit makes a dramatic statement,", "Dakar-based research centre.",
  ("Ibrahima Sow", N, neu, "", "named analyst (invented); analysis without explicit judgement"))

# ---------------------------------------------------------------- Mozambique (HTML)
d = "page_mozambique_webpage.html"
U(d, "At least 21 people, among them two police officers,", "Pascoal Ronda said on Tuesday.",
  ("Mozambique", N, neu, "", "figures; attribution tail"))
U(d, "Ronda told reporters in Maputo that 236 acts", "78 people had been arrested.",
  ("Mozambique", N, neu, "", "figures on unrest; protesters are not a canonical actor"))
U(d, "“These are not demonstrations.", "at their disposal.",
  ("Mozambique", C, neg, "", "'criminal acts' + threat; organisers unnamed: target empty"))
U(d, "The council on Monday gave Chapo 65.17%", "to 24.19%.",
  ("Mozambique", N, neu, "", "state body's ruling with figures"))
U(d, "The council acknowledged irregularities", "change the outcome.",
  ("Mozambique", N, neu, "", "council's finding"))
U(d, "Renamo leader Ossufo Momade,", "election to be annulled.",
  ("Renamo", C, neg, "Mozambique", "party as actor"))
U(d, "Mondlane, who says he won the election", "keep up their protests.",
  ("Venâncio Mondlane", C, neg, "Mozambique", "Facebook live; 'constitutional coup'; candidate speaks under his own name"))
U(d, "“They have stolen the people’s vote", "stamp on the theft.",
  ("Venâncio Mondlane", C, neg, "", "quotation left open for the next paragraph -> its own unit; 'they' (Frelimo) and the judges: target empty"))
U(d, "“We will not go home while a stolen government", "he said.",
  ("Venâncio Mondlane", C, neg, "Mozambique", "paragraph continuing the quotation, closed by 'he said': one unit"))
U(d, "Chapo, who is due to be sworn in on January 15,", "country’s future.",
  ("Frelimo", T, pos, "", "president-elect, not yet in office: speaks for his party; invitation to talks"))
U(d, "Outgoing President Filipe Nyusi urged", "peacefully.",
  ("Mozambique", T, neu, "", "appeal for peaceful expression"))
U(d, "Plataforma Decide, a local election monitoring group,", "shot by police.",
  ("Plataforma Decide", C, neg, "Mozambique", "figures that attribute the killings to the police = accusation by describing attacks on civilians"))
U(d, "Amnesty International accused the security forces", "every killing.",
  ("Amnesty International", C, neg, "Mozambique", ""))
U(d, "The Southern African Development Community (SADC) said", "inclusive dialogue.",
  ("SADC", T, neg, "", "concern + appeal"))
U(d, "South Africa’s minister of international relations, Ronald Lamola,", "refrain from violence.",
  ("South Africa", T, neu, "", "Pretoria = South Africa; support for a dialogue + appeal"))
U(d, "The Border Management Authority said", "side of the crossing.",
  ("South Africa", N, neu, "", "state agency; own measure"))
U(d, "Portugal’s foreign minister, Paulo Rangel,", "Maputo and Beira.",
  ("Portugal", C, neg, "", "condemns the violence 'from whatever side': no target"))
U(d, "The European Union’s spokesperson for foreign affairs, Anouar El Anouni,", "great concern.",
  ("European Union", N, neg, "", "concern without appeal"))
U(d, "UN Secretary-General António Guterres’s deputy spokesman, Farhan Haq,", "legal channels.",
  ("United Nations", T, neg, "", "concern + appeal"))
U(d, "Malawi’s Department of Disaster Management Affairs said", "new arrivals.",
  ("Malawi", S, neu, "", "government department; shelter and food by act"))
U(d, "In Beijing, foreign ministry spokeswoman Mao Ning congratulated Chapo", "partnership with Mozambique.",
  ("China", S, pos, "Mozambique", "congratulation + partnership; Beijing is a place"))
U(d, "The UN refugee agency said more than 2,000", "escape the unrest.",
  ("UNHCR", N, neu, "", "'UN refugee agency' = UNHCR; figures"))

# ---------------------------------------------------------------- Bangladesh (live blog)
d = "page_bangladesh_liveblog.txt"
U(d, "The president's press secretary, Joynal Abedin,", "lead the interim government.",
  ("Bangladesh", N, neu, "", "role-only introduction; decision announced"))
U(d, "Abedin said the other members", "the student leaders.",
  ("Bangladesh", N, neu, "", "plan"))
U(d, "Nahid Islam, a coordinator of the Students Against Discrimination", "led by the military.",
  ("Students Against Discrimination", N, neg, "", "post on Facebook; proposal + refusal of a military-led government with no grievance stated -> neutral"))
U(d, "Yunus, speaking to a French newspaper in Paris", "helped the country.",
  ("Muhammad Yunus", S, pos, "Students Against Discrimination", "not yet in office when he spoke: independent person under his own name; praise"))
U(d, "India's External Affairs Minister Subrahmanyam Jaishankar told parliament", "Monday evening.",
  ("India", N, neu, "", "facts"))
U(d, "Jaishankar said New Delhi was in close touch", "Indian nationals in the country.",
  ("India", T, neu, "Bangladesh", "appeal to protect minorities; 'the authorities in Dhaka' = Bangladesh"))
U(d, "He said the Border Security Force", "4,096-km frontier.",
  ("India", N, neu, "", "own measure"))
U(d, "State Department spokesman Matthew Miller said the United States welcomed", "democratic and inclusive.",
  ("United States", T, pos, "Bangladesh", "welcome + appeal: rule 2 before rule 3"))
U(d, "Miller also said Washington condemned", "held to account.",
  ("United States", C, neg, "", "condemns the violence; no actor named"))
U(d, "Foreign Secretary David Lammy said Britain wanted", "deaths of protesters.",
  ("United Kingdom", T, neu, "", "appeal for a democratic handover + UN inquiry"))
U(d, "UN human rights chief Volker Türk said", "maximum restraint.",
  ("United Nations", T, neu, "Bangladesh", "OHCHR = United Nations; offer + appeal for restraint to the security forces"))
U(d, "China's foreign ministry said in a statement that Beijing hoped", "would not change.",
  ("China", T, pos, "Bangladesh", "hope that stability returns"))
U(d, "Pakistan's Foreign Office spokesperson, Mumtaz Zahra Baloch,", "through the crisis.",
  ("Pakistan", S, pos, "Bangladesh", "solidarity with the people of Bangladesh, no appeal"))
U(d, "EU foreign policy chief Josep Borrell said the bloc called", "people of Bangladesh.",
  ("European Union", T, neu, "", ""))
U(d, "Mirza Fakhrul Islam Alamgir, the secretary-general", "elections were held.",
  ("Bangladesh Nationalist Party", T, neu, "", "party appeal for calm"))
U(d, "President Mohammed Shahabuddin on Monday night ordered", "since 2020.",
  ("Bangladesh", N, neu, "", "decision reported as done"))
U(d, "Hasina's son, Sajeeb Wazed Joy,", "fire on students.",
  ("Sajeeb Wazed Joy", N, neg, "", "denial; no office, so an independent person under his own name"))
U(d, "\"She is hurt and she is tired.", "he said.",
  ("Sajeeb Wazed Joy", N, neg, "", "denial continued; two-sentence quotation closed by its speaker"))
U(d, "Army chief General Waker-Uz-Zaman said soldiers", "would be investigated.",
  ("Bangladesh", N, pos, "", "reassurance about own conduct"))
U(d, "The army said in a statement that the curfew", "reopen on Wednesday.",
  ("Bangladesh", N, neu, "", "the army speaks for its state"))
U(d, "A statement from the president's office said parliament", "new elections.",
  ("Bangladesh", N, neu, "", "decision"))

# ---------------------------------------------------------------- Belarus (AP wire)
d = "page_belarus_wire.txt"
U(d, "Police in Belarus detained more than 2,000", "the Interior Ministry said Tuesday.",
  ("Belarus", N, neu, "", "dateline not part of the unit; own measures and figures"))
U(d, "The ministry's spokeswoman, Olga Chemodanova,", "metal bars and fireworks.",
  ("Belarus", C, neg, "", "role-only introduction ('the ministry'); accuses protesters (not a canonical actor)"))
U(d, "One protester died on Monday night", "the ministry said.",
  ("Belarus", N, neu, "", "the ministry's account of a death, no evaluation"))
U(d, "Opposition candidate Sviatlana Tsikhanouskaya, who emerged", "Linas Linkevičius said.",
  ("Lithuania", N, neu, "", "fact; Tsikhanouskaya is mentioned, not a speaker here"))
U(d, "In a video posted online, Tsikhanouskaya said", "on the streets.",
  ("Sviatlana Tsikhanouskaya", T, neg, "", "appeal not to risk lives = de-escalation"))
U(d, "Her campaign said she had spent", "driven to the border.",
  ("Sviatlana Tsikhanouskaya", N, neu, "", "her campaign speaks for her; facts"))
U(d, "Lukashenko, who has ruled the former Soviet republic", "the Czech Republic.",
  ("Belarus", C, neg, "", "accusation aimed at protesters and three states: target empty"))
U(d, "\"We will not allow the country to be torn apart.", "according to his press service.",
  ("Belarus", C, neg, "", "threat; no actor named"))
U(d, "The Central Election Commission said Lukashenko had won", "Tsikhanouskaya 10.1%.",
  ("Belarus", N, neu, "", "results from a state body"))
U(d, "Lidia Yermoshina, the head of the commission, denied", "will of voters.",
  ("Belarus", N, neg, "", "denial"))
U(d, "Lithuanian President Gitanas Nausėda said", "avoid further violence.",
  ("Lithuania", T, neu, "", "offer of mediation + appeal to both"),
  ("Latvia", T, neu, "", "readiness to mediate reported by Nausėda"),
  ("Poland", T, neu, "", "readiness to mediate reported by Nausėda"))
U(d, "EU foreign policy chief Josep Borrell said in a statement on behalf of the bloc", "for the crackdown.",
  ("European Union", C, neg, "Belarus", "negative verdict + sanctions threat"))
U(d, "Polish Prime Minister Mateusz Morawiecki accused", "EU leaders.",
  ("Poland", C, neg, "Belarus", "'the authorities in Minsk' = Belarus; accusation + call for a summit: rule 1"))
U(d, "German government spokesman Steffen Seibert said", "was unacceptable.",
  ("Germany", C, neg, "Belarus", "'unacceptable'"))
U(d, "U.S. Secretary of State Mike Pompeo said", "against demonstrators.",
  ("United States", T, neg, "Belarus", "'troubled' + demand to stop using force, no judgement word (labels README)"))
U(d, "Albanian Prime Minister Edi Rama, whose country holds", "its critics.",
  ("OSCE", T, pos, "", "chair-in-office speaking for the OSCE; offer to facilitate dialogue"))
U(d, "The Kremlin said Russian President Vladimir Putin had sent", "the two countries.",
  ("Russia", S, pos, "Belarus", "congratulation"))
U(d, "Chinese President Xi Jinping also congratulated", "News Agency reported.",
  ("China", S, pos, "Belarus", "Xinhua reports the act; the agency is not an actor"))
U(d, "Kazakhstan's President Kassym-Jomart Tokayev sent", "as well.",
  ("Kazakhstan", S, pos, "Belarus", "congratulation"))

# ---------------------------------------------------------------- Colombia-US (HTML)
d = "page_colombia_us_webpage.html"
U(d, "The White House said late on Sunday that Colombia had agreed", "from both sides.",
  ("United States", N, pos, "", "announces the deal; no evaluation or appeal in the sentence"),
  ("Colombia", T, neu, "United States", "agreement to settle the dispute reported by the White House"))
U(d, "Press secretary Karoline Leavitt said the tariffs", "deportees had landed.",
  ("United States", C, neg, "Colombia", "sanctions kept + conditional tariffs (threat)"))
U(d, "Colombian Foreign Minister Luis Gilberto Murillo told", "bring the migrants home.",
  ("Colombia", N, pos, "", "impasse overcome; own plane offered: facts"))
U(d, "Murillo said he and Colombia’s ambassador", "talks with officials.",
  ("Colombia", T, neu, "United States", "talks"))
U(d, "Trump had announced the measures in a post on Truth Social", "US national security at risk.",
  ("United States", C, neg, "Colombia", "measures + judgement on Petro's refusal"))
U(d, "He ordered 25% tariffs on all Colombian goods", "emergency financial sanctions.",
  ("United States", C, neg, "Colombia", "'He' = Trump; sanctions"))
U(d, "A senior administration official said countries", "same treatment as Colombia.",
  ("United States", C, neg, "", "unnamed official of a named government; threat to any country that refuses"))
U(d, "Secretary of State Marco Rubio said the State Department had suspended", "in the air.",
  ("United States", C, neg, "Colombia", "visa suspension + accusation"))
U(d, "The Pentagon said the two C-17 transport planes", "to the United States.",
  ("United States", N, neu, "", "Pentagon = United States; facts"))
U(d, "“Colombia is nobody’s backyard.", "Petro wrote.",
  ("Colombia", C, neg, "United States", "post on X; multi-sentence quotation closed by its speaker; 'in chains' judges US treatment"))
U(d, "In an earlier post, Petro said the United States could not treat", "dignity was agreed.",
  ("Colombia", C, neg, "United States", "judgement + turning planes back"))
U(d, "Petro also ordered his trade minister", "agreement was announced.",
  ("Colombia", C, neg, "United States", "retaliatory tariffs (taken response)"))
U(d, "Colombia’s air force said two of its planes", "collect the deportees.",
  ("Colombia", N, neu, "", "own act, facts"))
U(d, "Colombia’s foreign ministry said the returnees", "finding work.",
  ("Colombia", N, neu, "", "plan for the returnees"))
U(d, "Asocolflores, the association of Colombian flower exporters,", "Valentine’s Day.",
  ("Asocolflores", N, neg, "", "named industry body; concern about the tariffs without a judgement on an actor"))
U(d, "In Brasília, the foreign ministry said it would ask Washington", "Manaus on Friday.",
  ("Brazil", C, neg, "United States", "'humiliating treatment'; Brasília is a place, 'the foreign ministry' by context"))
U(d, "Honduran President Xiomara Castro, who holds the rotating presidency", "regional unity.",
  ("CELAC", T, neu, "", "pro tempore president convening the bloc's meeting speaks for CELAC"))
U(d, "In Caracas, Venezuelan President Nicolás Maduro said", "dignity of migrants.",
  ("Venezuela", S, pos, "Colombia", "solidarity; Caracas is a place"))
U(d, "In Mexico City, President Claudia Sheinbaum said", "about the dispute.",
  ("Mexico", T, neu, "", "appeal for dialogue"))
U(d, "Former president Álvaro Uribe, a fierce critic of Petro,", "post on social media.",
  ("Álvaro Uribe", C, neg, "Colombia", "opposition figure without office = independent person; judgement on the president's conduct"))


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
