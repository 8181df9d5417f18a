"""Writes ../statements.csv from the hand decisions below (batch3c).

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

# ------------------------------------------------------------------ Romania (Reuters-style wire, 2024-12-06)
d = "page_romania_annulment_wire.txt"
RO, CG, USR, AUR = "Romania", "Călin Georgescu", "Save Romania Union", "Alliance for the Union of Romanians"
U(d, "Romania's Constitutional Court on Friday annulled", "campaign in his favour.",
  (RO, N, neu, "", "dateline 'BUCHAREST, Dec 6 (Reuters) - ' excluded; court ruling = organ of the state, procedure; the intelligence files are narrated, no actor"))
U(d, "The nine judges ruled unanimously", "set a new date.",
  (RO, N, neu, "", "'The nine judges' = the court (context); procedure"))
U(d, "\"The whole procedure for electing the President", "gave no detailed reasons.",
  (RO, N, neu, "", "quote attributed to 'the court'; procedure"))
U(d, "Voting for the runoff had already begun", "would close immediately.",
  (RO, N, neu, "", "'the foreign ministry' with no state word = Romania (context); own measure"))
U(d, "Georgescu, a former soil scientist", "against its own voters.",
  (CG, C, neg, RO, "independent candidate, no party: own name; 'a coup carried out by the state'"))
U(d, "\"What happened today is an attack on democracy itself.", "posted on Facebook.",
  (CG, C, neg, RO, "multi-sentence quote closed by its speaker; 'They' = the state/court"))
U(d, "He urged his supporters not to give in to provocation", "\"by every legal means\".",
  (CG, T, neu, "", "appeal for calm to his own supporters + legal challenge announced, no judgement in the sentence; could be read as neutral"))
U(d, "Lasconi, who leads the Save Romania Union (USR), said the court", "foreign interference was real.",
  (USR, C, neg, RO, "candidate who leads a party -> party (as Mesa -> Civic Community); 'disregarded the will of … voters', 'no legal basis'"))
U(d, "She said she still expected to win", "back to the polls.",
  (USR, N, pos, "", "own expectation, no appeal or judgement"))
U(d, "George Simion, leader of the nationalist Alliance", "if a new date was delayed.",
  (AUR, C, neg, RO, "accusation ('confiscating') + threatened street protests"))
U(d, "Prime Minister Marcel Ciolacu, whose Social Democrats", "in the official gazette.",
  (RO, N, neu, "", "title with no state word; plan"))
U(d, "President Klaus Iohannis, whose term ends", "as the constitution allows.",
  (RO, N, neu, "", "own procedure"))
U(d, "\"I ask all Romanians to keep calm", "Iohannis said.",
  (RO, T, neu, "", "appeal for calm to the population, no judgement (as Mali's appeal in batch2b)"))
U(d, "Two days earlier he had declassified reports", "marks of a state actor.",
  (RO, N, neg, "", "specific act reported as done (declassification); the documents' findings blame an unnamed 'state actor', so no canonical target: neutral; could be read as condemning Russia by implication"))
U(d, "A senior Romanian official, speaking on condition of anonymity", "had cost nothing.",
  (RO, N, neu, "", "unnamed official of a named government speaks for it; investigation under way = fact"))
U(d, "The U.S. State Department said Washington had full confidence", "the court's decision.",
  ("United States", S, pos, RO, "backing for Romania's institutions and for the ally"))
U(d, "Spokesman Matthew Miller said the United States was concerned", "investigation closely.",
  ("United States", N, neg, "", "concern without appeal or judgement -> neutral, negative"))
U(d, "In Moscow, Kremlin spokesman Dmitry Peskov told reporters", "no interest in doing so.",
  ("Russia", N, neg, "", "'In Moscow' = place; denial -> neutral, negative tone"))
U(d, "Foreign ministry spokeswoman Maria Zakharova went further", "results suited them.",
  ("Russia", C, neg, "", "no state word ('Foreign ministry spokeswoman'), known alias; judgement aimed at 'Western governments' (not canonical) -> target empty"))
U(d, "The European Commission said it had ordered TikTok", "the Romanian campaign.",
  ("European Union", N, neu, "", "regulatory data-preservation order and inquiry = procedure, not a sanction; could be read as condemning TikTok"))
U(d, "TikTok said in a statement that it had found no evidence", "broke its rules.",
  ("TikTok", N, neg, "", "company denying an accusation -> neutral, negative tone"))
U(d, "Moldovan President Maia Sandu wrote on X", "the country's democracy.",
  ("Moldova", S, pos, RO, "solidarity; 'Chisinau' = capital as metonym"))


# ------------------------------------------------------------------ Bosnia (TASS-style state-media readout, 2025-03-13)
d = "page_bosnia_dodik_statemedia.txt"
BIH, RS, OHR, SRB, HU = "Bosnia and Herzegovina", "Republika Srpska", "Office of the High Representative", "Serbia", "Hungary"
U(d, "Moscow regards the arrest warrant issued", "said at a briefing on Thursday.",
  ("Russia", C, neg, BIH, "dateline 'MOSCOW, March 13. /TASS/. ' excluded; 'Moscow' = capital as metonym; the warrant is the state prosecutor's act (BiH), only mentioned here"))
U(d, "\"What is happening in Bosnia and Herzegovina is the direct result", "the diplomat said.",
  ("Russia", C, neg, "", "multi-sentence quote closed by 'the diplomat said' (= Zakharova); aimed at 'Western sponsors' (not canonical) -> target empty"))
U(d, "According to Zakharova, Russia continues to regard", "\"have no legal force whatsoever.\"",
  ("Russia", C, neg, OHR, "rejects the high representative's authority; Schmidt's decisions = Office of the High Representative"))
U(d, "She stressed that Moscow stood in solidarity", "constant contact with Banja Luka.",
  ("Russia", S, pos, RS, "solidarity; 'Banja Luka' = Republika Srpska's seat as metonym (here object)"))
U(d, "The spokeswoman called on all sides", "on the basis of the Dayton agreement.",
  ("Russia", T, neu, "", "appeal for dialogue to all sides, no judgement in the sentence"))
U(d, "Kremlin Spokesman Dmitry Peskov told reporters earlier", "closely and with concern.",
  ("Russia", N, neg, "", "concern without appeal -> neutral, negative"))
U(d, "Republika Srpska President Milorad Dodik said he would not answer", "which he does not recognize.",
  (RS, C, neg, BIH, "dateline excluded; refusal in protest with the grievance stated (does not recognise the state prosecutor) -> condemning"))
U(d, "\"I will not go to Sarajevo to be questioned", "told journalists in Banja Luka.",
  (RS, C, neg, BIH, "multi-sentence quote closed by its speaker; defiance + dare ('Let them try to come for me'); 'in Banja Luka' = place"))
U(d, "He said the laws adopted by the National Assembly", "by the Constitutional Court in Sarajevo.",
  (RS, N, neg, "", "own measure kept in force despite a court suspension, no judgement word in the sentence; could be read as condemning (rejecting the court)"))
U(d, "Dodik thanked Russian President Vladimir Putin", "since the war.",
  (RS, S, pos, "", "thanks = praise; two states thanked -> target empty"))
U(d, "Sarajevo's attempts to criminalize", "after an emergency session.",
  (RS, C, neg, BIH, "possessive object before the speaker; attribution tail ', the government of Republika Srpska said in a statement'; 'Sarajevo' = the state as metonym"))
U(d, "Republika Srpska Interior Minister Sinisa Karan said", "on its territory.",
  (RS, C, neg, BIH, "entity minister -> Republika Srpska; announced resistance to state agencies = threatened response"))
U(d, "Serbian President Aleksandar Vucic said Belgrade would provide", "the Serbs living there.",
  (SRB, S, pos, RS, "dateline excluded; support offered"))
U(d, "\"Serbia will not take part in anything that threatens peace", "at a news conference.",
  (SRB, S, neu, RS, "reassurance + standing by 'our people' (Republika Srpska); 'the Serbian leader' = Vucic"))
U(d, "He urged the politicians in Sarajevo", "got out of control.",
  (SRB, T, neg, "", "appeal for talks to Sarajevo and the international representatives (two addressees) -> target empty"))
U(d, "Serbian Defense Minister Bratislav Gasic said", "towards the border.",
  (SRB, N, neu, "", "own posture, reassurance -> neutral"))
U(d, "Bosnian Foreign Minister Elmedin Konakovic described Dodik", "the N1 television channel reported.",
  (BIH, C, neg, RS, "dateline excluded; 'a fugitive who had placed himself above the law'; the broadcaster is not an actor; Dodik's office -> Republika Srpska as target"))
U(d, "The Bosnian foreign minister said the state institutions would enforce", "\"calmly and without haste\".",
  (BIH, N, neu, "", "plan of the state's institutions (enforcing a judicial warrant), no judgement"))
U(d, "The Office of the High Representative said in a statement", "if they were not withdrawn.",
  (OHR, C, neg, RS, "'direct attack on the constitutional order' + threatened use of powers"))
U(d, "The EU-led peacekeeping force EUFOR said", "remained under control.",
  ("European Union", N, neu, "", "EUFOR (EU operation) -> European Union, as UN missions -> United Nations; own precautionary measure"))
U(d, "Hungarian Foreign Minister Peter Szijjarto said Hungary would block", "the leadership of Republika Srpska.",
  (HU, S, pos, RS, "dateline excluded; backing by act (veto on sanctions)"))
U(d, "\"We consider the verdict against President Dodik unacceptable", "on his Facebook page.",
  (HU, C, neg, BIH, "'unacceptable' judgement on the state court's verdict outranks the backing in the same unit (rule 1); 'Banja Luka' = Republika Srpska"))
U(d, "Washington, for its part, said in a State Department statement", "threat to the Dayton agreement.",
  ("United States", C, neg, RS, "'Washington' = capital as metonym; judgement + warning of a response; Dodik's actions -> Republika Srpska"))
U(d, "According to a Russian diplomatic source, Moscow has no plans", "UN Security Council.",
  ("Russia", N, neu, "", "unnamed source of a named government speaks for it; plan (none)"))


# ------------------------------------------------------------------ Turkey (full HTML, Greek English-language site, 2025-03-24)
d = "page_turkey_imamoglu_webpage.html"
TR, CHP, MHP = "Turkey", "Republican People's Party", "Nationalist Movement Party"
U(d, "Turkish police have detained 1,133 people", "said on Monday.",
  (TR, N, neu, "", "dateline 'ISTANBUL – ' excluded; minister with no state word; figures"))
U(d, "Yerlikaya said 123 police officers", "acid and fireworks.",
  (TR, C, neg, "", "surname only; accusation aimed at 'provocateurs' (not canonical) -> target empty"))
U(d, "An Istanbul court ordered İmamoğlu jailed", "suspended him from office.",
  (TR, N, neu, "", "court and ministry acts of the state reported as done, no judgement stated; 'the interior ministry' with no state word; could be read as a measure against the CHP"))
U(d, "İmamoğlu, who denies all the charges, said in a message", "let this injustice stand.\"",
  (CHP, C, neg, TR, "quote opened after a colon = one unit; suspended mayor and the party's presidential candidate -> party (as Morales -> MAS), not the city (which would resolve to Turkey)"))
U(d, "The Republican People's Party (CHP) said about 15 million", "most of them non-members.",
  (CHP, N, pos, "", "own figures"))
U(d, "CHP leader Özgür Özel told a rally", "served the government.",
  (CHP, C, neg, TR, "call for a boycott in protest = condemning (as a boycott in protest in labels/README)"))
U(d, "\"We are not afraid.", "Özel said.",
  (CHP, C, neg, TR, "multi-sentence quote closed by its speaker"))
U(d, "Erdoğan, speaking after a cabinet meeting in Ankara", "\"street terror\".",
  (TR, C, neg, CHP, "surname only; 'in Ankara' = place; 'the opposition' here is the CHP named in the next paragraph's quote"))
U(d, "\"The CHP should stop dragging young people", "he said.",
  (TR, C, neg, CHP, "quote continued by the same speaker in the next paragraph; corruption accusation"))
U(d, "Devlet Bahçeli, leader of the Nationalist Movement Party", "do their work.",
  (MHP, S, pos, TR, "party leader -> party; praise of the state's judiciary"))
U(d, "Justice Minister Yılmaz Tunç said the judiciary was independent", "stood above the law.",
  (TR, N, neu, "", "minister with no state word; reassurance about own conduct / implicit denial of political motive -> neutral"))
U(d, "The foreign ministry spokesman, Öncü Keçeli, said remarks", "were unacceptable.",
  (TR, C, neg, "", "role only ('The foreign ministry spokesman, X,'); 'unacceptable' aimed at 'some European politicians' (several, not one canonical actor) -> target empty"))
U(d, "Keçeli added that Ankara remained open to dialogue", "including the rule of law.",
  (TR, T, pos, "European Union", "surname only + 'added'; offer of dialogue"))
U(d, "In Berlin, government spokesman Steffen Hebestreit said", "Turkey and the European Union.",
  ("Germany", C, neg, TR, "'In Berlin' = place; no state word; 'could not be accepted' = judgement"))
U(d, "He said Germany expected the case to be cleared up", "full view of the public.",
  ("Germany", T, neu, TR, "demand for transparency, no judgement word -> calling_for_talks (as investigation requests in labels/pages)"))
U(d, "A European Commission spokeswoman told reporters in Brussels", "rights of elected officials.",
  ("European Union", T, neu, TR, "'in Brussels' = place; appeal to uphold democratic norms, no judgement"))
U(d, "French Foreign Minister Jean-Noël Barrot said the arrests struck", "directly with Ankara.",
  ("France", C, neg, TR, "judgement ('struck at the heart of Turkish democracy'); 'Paris' = metonym"))
U(d, "Greece's foreign ministry said in a statement that it was following", "with concern.",
  ("Greece", N, neg, "", "concern without appeal -> neutral, negative"))
U(d, "The Council of Europe's Congress of Local and Regional Authorities", "delegation to Istanbul.",
  ("Council of Europe", C, neg, TR, "past condemnation reported in a relative clause + plan in the main clause: one row, rule 1"))
U(d, "Kremlin spokesman Dmitry Peskov said the events were Turkey's internal affair", "comment on them.",
  ("Russia", N, neu, "", "declines to judge: neutral"))
U(d, "A State Department spokesperson said the United States would not comment", "following events closely.",
  ("United States", N, neu, "", "declines to comment + monitoring, no appeal -> neutral"))
U(d, "Human Rights Watch said the charges against İmamoğlu", "his immediate release.",
  ("Human Rights Watch", C, neg, TR, "'politically motivated' + demand for release: rule 1"))


# ------------------------------------------------------------------ Serbia (scraped regional portal, 2025-03-16)
d = "page_serbia_students_scraped.txt"
SRB, SIB = "Serbia", "Students in Blockade"
U(d, "Serbia's interior ministry on Sunday denied", "largest in the country's history.",
  (SRB, N, neg, "", "dateline 'BELGRADE – ' excluded; denial -> neutral, negative; 'independent monitors' unnamed inside the sentence"))
U(d, "\"No acoustic device was deployed by the police", "the ministry said in a statement.",
  (SRB, N, neg, "", "'the ministry' = Serbia's interior ministry (context); denial in a quote"))
U(d, "The ministry put the crowd at 107,000", "people took part.",
  (SRB, N, neu, "", "two actors' figures in one sentence: the ministry's row"),
  ("Archive of Public Gatherings", N, neu, "", "named independent monitor = actor; figures"))
U(d, "Students from the Faculty of Dramatic Arts", "collapsed on November 1.",
  (SIB, C, neg, SRB, "faculty students among the organisers -> the student movement; accusation"))
U(d, "In a statement posted on Instagram, the students in blockade demanded", "demands were met.",
  (SIB, T, neu, SRB, "demand for an independent inquiry, no judgement word; continued blockades = own action; could be read as neutral"))
U(d, "They thanked Belgrade residents", "from across the country.",
  (SIB, S, pos, "", "thanks = praise; residents not canonical -> target empty"))
U(d, "President Aleksandar Vucic, in an address late on Saturday", "people who had lost.",
  (SRB, C, neg, "", "self-praise + denial would be neutral, but 'a lie invented by people who had lost' judges opponents: rule 1; opponents not canonical -> target empty"))
U(d, "\"They wanted blood on the streets", "Vucic said.",
  (SRB, C, neg, "", "multi-sentence quote closed by its speaker; accusation against unnamed opponents"))
U(d, "He said the message from so many people", "a transitional government.",
  (SRB, N, neu, "", "acknowledgment + refusal of a transitional government with no protest or judgement -> neutral"))
U(d, "Caretaker Prime Minister Milos Vucevic", "to examine the claims.",
  (SRB, N, neu, "", "title with no state word; 'Belgrade' = capital as metonym; offer of outside experts to clear the state = procedure; FBI/FSB mentioned, no position of theirs"))
U(d, "Interior Minister Ivica Dacic said 13 people", "minor injuries.",
  (SRB, N, neu, "", "minister with no state word; figures (the medical-help figure is invented)"))
U(d, "The ruling Serbian Progressive Party said in a statement", "at the ballot box.",
  ("Serbian Progressive Party", C, neg, "", "ruling party as its own actor (it speaks as a party, not for the state); accusation aimed at 'opposition leaders' (several) -> target empty"))
U(d, "Zdravko Ponos, an opposition leader", "demanded that Dacic resign.",
  ("Serbia Centre", C, neg, SRB, "opposition party leader -> his party (SRCE); accusation + demand for resignation"))
U(d, "The Belgrade Centre for Security Policy", "must act.",
  ("Belgrade Centre for Security Policy", C, neg, SRB, "named think tank = actor; 'inhumane and illegal' + demand: rule 1"))
U(d, "The rector of the University of Belgrade, Vladan Djokic", "behind its students.",
  ("University of Belgrade", S, pos, SIB, "role before name; thanks + backing for the students"))
U(d, "In Brussels, EU enlargement commissioner Marta Kos said", "reports about the device.",
  ("European Union", T, neu, SRB, "'In Brussels' = place; 'the bloc'; monitoring + appeal -> calling_for_talks"))
U(d, "Russia's ambassador in Belgrade, Alexander Botsan-Kharchenko", "be destabilised.",
  ("Russia", S, pos, SRB, "'in Belgrade' = place; 'Moscow' = metonym; backing for the government"))
U(d, "Croatian Foreign Minister Gordan Grlic Radman dismissed", "as \"absurd\".",
  ("Croatia", N, neg, "", "denial of an accusation ('absurd') -> neutral, negative; Belgrade's earlier claim is background, not a statement here"))
U(d, "The Council of Europe's Commissioner for Human Rights", "promptly and transparently.",
  ("Council of Europe", T, neu, SRB, "demand for an investigation without a judgement -> calling_for_talks; 'serious' qualifies the allegations, not an actor"))


# ------------------------------------------------------------------ Greenland–Denmark–US (full HTML, Nordic site, 2025-03-29)
d = "page_greenland_vance_webpage.html"
DK, GL, US = "Denmark", "Greenland", "United States"
U(d, "Danish Prime Minister Mette Frederiksen said on Saturday", "the American base at Pituffik.",
  (DK, C, neg, US, "dateline 'COPENHAGEN – ' excluded; 'unfair' = judgement without strong words; Copenhagen here is the object of Vance's accusation, not a second speaker"))
U(d, "\"Denmark is a loyal and capable ally.", "in a written statement.",
  (DK, C, neg, US, "multi-sentence quote; 'not how one speaks to a friend' = mild judgement; could be read as neutral"))
U(d, "She added that she would travel to Greenland from April 2 to 4", "new government.",
  (DK, N, neu, "", "plan"))
U(d, "Speaking to troops at the remote base on Friday, Vance said Denmark", "for years.",
  (US, C, neg, DK, "surname only; accusation"))
U(d, "He said the United States had no plans to use military force", "to partner with Washington.",
  (US, N, neu, "", "reassurance/expectation, no judgement or appeal"))
U(d, "\"Denmark has underinvested in the people of Greenland", "whatever Copenhagen decided.",
  (US, C, neg, DK, "quote + 'adding that' plan; criticism of Denmark; 'Copenhagen' = metonym (object)"))
U(d, "In Washington, President Donald Trump told reporters", "until it got it.",
  (US, C, neg, DK, "'In Washington' = place; title with no state word; open-ended pressure = threat -> condemning"))
U(d, "Foreign Minister Lars Løkke Rasmussen said in a video", "the Americans had chosen.",
  (DK, C, neg, US, "minister with no state word; 'objected to the tone' = judgement without strong words"))
U(d, "He said Copenhagen was ready to discuss a larger US military presence", "Arctic security as allies.",
  (DK, T, pos, US, "offer of talks; 'Copenhagen', 'Washington' = metonyms"))
U(d, "Defence Minister Troels Lund Poulsen said Denmark had already committed", "satellite capacity this year.",
  (DK, N, neu, "", "figures on own spending"))
U(d, "In Nuuk, Jens-Frederik Nielsen, whose four-party coalition", "about its future.",
  (GL, C, neg, US, "'In Nuuk' = place; refusal ('not for sale') with a grievance ('pressured'); could be read as neutral. Greenland's government = 'Greenland' (self-governing territory, like Republika Srpska/Puntland in the name files)"))
U(d, "\"The United States has not shown us the respect we deserve.", "we deserve.",
  (GL, C, neg, US, "quotation left open for the next paragraph: split; speaker = Nielsen from the paragraph before"))
U(d, "\"Denmark is our closest partner", "Nielsen told reporters.",
  (GL, S, pos, DK, "continuation paragraph of the open quotation, closed by its speaker"))
U(d, "Outgoing premier Múte B. Egede", "aimed at Greenlanders.",
  (GL, C, neg, US, "outgoing premier still speaks for Greenland's government; 'a show of power' = judgement"))
U(d, "Pele Broberg, leader of Naleraq", "opportunity for independence.",
  ("Naleraq", T, pos, GL, "party leader -> party; welcome of US interest + appeal to negotiate: rule 2 before rule 3; appeal addressed to Greenland's government"))
U(d, "The foreign ministers of Finland, Iceland, Norway and Sweden", "stood with both.",
  ("Finland", S, pos, "", "joint statement: one row per state; backing for two actors -> target empty"),
  ("Iceland", S, pos, "", "joint statement: one row per state"),
  ("Norway", S, pos, "", "joint statement: one row per state"),
  ("Sweden", S, pos, "", "joint statement: one row per state"))
U(d, "European Council President António Costa wrote on X", "would always defend.",
  ("European Union", S, pos, DK, "backing for Denmark's territorial integrity"))
U(d, "In Murmansk, Russian President Vladimir Putin said this week", "directly involved.",
  ("Russia", N, neu, "", "'In Murmansk' = place; assessment without judgement or appeal"))
U(d, "Canadian Prime Minister Mark Carney", "with Denmark and Greenland.",
  ("Canada", S, pos, "", "solidarity with two actors -> target empty; 'Ottawa' = metonym"))


# ------------------------------------------------------------------ Madagascar (UN noon-briefing readout + reactions round-up, 2025-10-16)
d = "page_madagascar_unreadout.txt"
MG, AR, GZ = "Madagascar", "Andry Rajoelina", "Gen Z Madagascar"
U(d, "The Secretary-General condemns the seizure of power", "in the National Assembly.",
  ("United Nations", C, neg, MG, "UN readout style ('The Secretary-General'); the military unit now holds power -> target Madagascar"))
U(d, "He calls for the swift restoration of constitutional order", "refrain from violence.",
  ("United Nations", T, neu, "", "appeal to all Malagasy actors, no judgement in this sentence"))
U(d, "The Secretary-General supports the decision of the African Union", "peaceful way forward.",
  ("United Nations", S, pos, "", "backing for two bodies (AU and SADC) -> target empty"))
U(d, "He reiterates that the United Nations stands ready", "in this endeavour.",
  ("United Nations", S, pos, "", "offer of support; 'the Malagasy people' is not an actor -> target empty"))
U(d, "Our human rights colleagues tell us", "security forces.",
  ("United Nations", C, neg, MG, "'Our human rights colleagues' = OHCHR -> United Nations; figures that attribute killings to the security forces = accusation by describing attacks on civilians; could be read as neutral"))
U(d, "They call for prompt, independent investigations", "held to account.",
  ("United Nations", T, neu, MG, "demand for investigations without a judgement word -> calling_for_talks"))
U(d, "On the humanitarian front, the World Food Programme (WFP) says", "this month.",
  ("World Food Programme", S, pos, "", "aid delivered"))
U(d, "The UN country team in Antananarivo reports", "partly resumed.",
  ("United Nations", N, neu, "", "'in Antananarivo' = place; facts"))
U(d, "Asked whether the Secretary-General had been in contact", "African Union and SADC.",
  ("United Nations", N, neu, "", "Q&A reported speech; no position"))
U(d, "Asked whether the United Nations considered the colonel", "a matter for Member States.",
  ("United Nations", N, neu, "", "declines to judge legitimacy -> neutral"))
U(d, "The African Union suspended Madagascar from all its activities", "Peace and Security Council.",
  ("African Union", C, neg, MG, "section label 'AFRICAN UNION – ' excluded like a dateline; suspension = sanction -> condemning"))
U(d, "\"Power cannot be taken by force", "Youssouf said.",
  ("African Union", C, neg, MG, "multi-sentence quote: judgement on the takeover + offer of dialogue: rule 1"))
U(d, "Malawian President Peter Mutharika, speaking as chair of the SADC Organ", "restraint and dialogue.",
  ("SADC", T, neu, "", "head of state speaking as chair of a regional body -> SADC, not Malawi; mediation mission; 'to Antananarivo' = place"))
U(d, "He asked the army and the country's politicians", "claimed no more lives.",
  ("SADC", T, neg, "", "'He' = Mutharika as Organ chair; appeal to several parties -> target empty"))
U(d, "Colonel Michael Randrianirina, commander of the CAPSAT unit, told reporters", "\"answered the call of the people\".",
  (MG, N, neu, "", "the military in power speaks for the state (junta rule); denial of a coup -> neutral"))
U(d, "He said a committee of officers would govern", "as president on Friday.",
  (MG, N, neu, "", "plan"))
U(d, "The colonel thanked the young protesters of the Gen Z movement", "\"a new Madagascar\".",
  (MG, S, pos, GZ, "thanks = praise"))
U(d, "The office of the president said the impeachment vote", "overthrow the republic.",
  (AR, C, neg, MG, "impeached president's office: deposed leader under his own name (as Damiba in batch2b); 'no legal value', 'illegal attempt'; target = the military now holding the state"))
U(d, "It urged Malagasy soldiers to respect the constitution", "loyal to their oath.",
  (AR, T, neu, MG, "'It' = the office; appeal to the soldiers without a judgement word; could be read as neutral"))
U(d, "The youth collective that led the protests welcomed", "civilians in the transition.",
  (GZ, S, pos, "", "named collective = actor; welcome of a step (rule 3) with a condition, no peace appeal and no judgement; target empty (the departure is not an actor's act)"))
U(d, "The French foreign ministry said in a statement that it took note", "the rule of law.",
  ("France", T, neu, MG, "appeal to the military authorities, no judgement"))
U(d, "Foreign ministry spokesperson Guo Jiakun told a regular press briefing", "as soon as possible.",
  ("China", T, pos, "", "no state word in the sentence (section label 'CHINA – '); 'in Beijing' = place; hope -> calling_for_talks"))
U(d, "The State Department said it was closely monitoring", "within the country.",
  ("United States", N, neg, "", "monitoring + travel advice, no appeal"))
U(d, "A spokesperson for the European External Action Service said", "in the light of events.",
  ("European Union", C, neg, MG, "'regretted' = judgement; review of cooperation = threatened response; 'the bloc'"))
U(d, "The government of Mauritius said it was ready to send medical supplies", "asked for help.",
  ("Mauritius", S, pos, MG, "offer of aid"))


# ------------------------------------------------------------------ Tanzania (full HTML, Kenyan WordPress site, 2025-11-03)
d = "page_tanzania_election_webpage.html"
TZ, CH = "Tanzania", "Chadema"
U(d, "President Samia Suluhu Hassan was sworn in for a second term", "democratic elections.",
  ("SADC", C, neg, TZ, "dateline 'DAR ES SALAAM – ' excluded; long sentence: the swearing-in is narrative (no position), the observers' finding is SADC's judgement; observer mission of SADC -> SADC"))
U(d, "The electoral commission declared Samia the winner", "on treason charges.",
  (TZ, N, neu, "", "electoral commission = state organ; result; the barring and jailing are narrated"))
U(d, "In her inaugural speech, Samia said the violence", "full force of the law.",
  (TZ, C, neg, "", "accusation + threat aimed at unnamed organisers -> target empty"))
U(d, "She appealed to Tanzanians to put the election behind them", "wished the country well.",
  (TZ, T, pos, "", "appeal for reconciliation + offer of talks"))
U(d, "The head of the SADC observer mission", "following the count.",
  ("SADC", C, neg, TZ, "mission head speaks for SADC; findings that blame the authorities (intimidation, arrests, shutdown)"))
U(d, "\"In many places, voters did not have the opportunity", "news conference in Dar es Salaam.",
  ("SADC", C, neg, TZ, "multi-sentence quote closed by its speaker; 'regrets' = judgement"))
U(d, "Chadema spokesman John Kitoka said about 700 people", "could be higher.",
  (CH, C, neg, TZ, "figures that attribute the killings to the security forces = accusation"))
U(d, "The party rejected the result and called for a transitional government", "credible election.",
  (CH, C, neg, TZ, "'The party' = Chadema; rejection of the result in protest + demand"))
U(d, "Foreign Minister Mahmoud Thabit Kombo dismissed", "excessive force.",
  (TZ, N, neg, "", "minister with no state word; denial -> neutral, negative"))
U(d, "Government spokesman Gerson Msigwa said internet services", "after the swearing-in.",
  (TZ, N, neu, "", "plans"))
U(d, "Army chief General Jacob Mkunda warned last week", "to stop them.",
  (TZ, C, neg, "", "the army speaks for its state; 'criminals' + threat, aimed at unnamed protesters -> target empty"))
U(d, "The opposition ACT-Wazalendo party rejected the results in Zanzibar", "on the islands.",
  ("ACT-Wazalendo", C, neg, "", "rejection with a grievance (ballot stuffing); aimed at Zanzibar's electoral bodies, not canonical -> target empty"))
U(d, "The UN human rights office said the killings had alarmed it", "ten or more.",
  ("United Nations", N, neg, "", "alarm + figures, no appeal in this sentence -> neutral"))
U(d, "Its spokesperson, Seif Magango, urged the police and army", "back on at once.",
  ("United Nations", T, neg, TZ, "'Its' = the UN human rights office; appeal, no judgement"))
U(d, "The United Kingdom, Canada and Norway said in a joint statement", "independent investigation.",
  ("United Kingdom", T, neg, TZ, "joint statement: one row per state; 'deeply troubling' + appeal to the authorities for restraint and an investigation; no explicit judgement of an actor"),
  ("Canada", T, neg, TZ, "joint statement: one row per state"),
  ("Norway", T, neg, TZ, "joint statement: one row per state"))
U(d, "A European Union spokesperson said the bloc was following events closely", "opposition leaders.",
  ("European Union", T, neu, TZ, "monitoring + demand for rights and release, no judgement word"))
U(d, "Kenyan President William Ruto congratulated Samia", "ties with Dodoma.",
  ("Kenya", S, pos, TZ, "congratulation = approval; 'Nairobi', 'Dodoma' = metonyms"))
U(d, "Ugandan President Yoweri Museveni also sent his congratulations", "under the ruling party.",
  ("Uganda", S, pos, TZ, "congratulation + praise"))
U(d, "Amnesty International said it had information", "against protesters.",
  ("Amnesty International", C, neg, TZ, "figures + accusation"))


# ------------------------------------------------------------------ Nepal (live blog, 2025-09-09)
d = "page_nepal_genz_liveblog.txt"
NP = "Nepal"
U(d, "The army chief, General Ashok Raj Sigdel, said in a televised address", "settled peacefully.",
  (NP, T, neu, "", "role before the name, no state word; the army speaks for its state; appeal for talks to the protesters (not canonical) -> target empty"))
U(d, "He offered his condolences to the families", "diplomatic missions.",
  (NP, T, neg, "", "condolences + appeal for restraint"))
U(d, "The Nepal Army said in a statement that criminal elements", "dealt with firmly.",
  (NP, C, neg, "", "accusation + threat aimed at unnamed 'criminal elements' -> target empty"))
U(d, "It said all security bodies, including the army, would be mobilised", "Kathmandu valley.",
  (NP, N, neu, "", "'It' = the army; own measures"))
U(d, "The UN secretary-general, António Guterres, wrote on X", "on the way ahead.",
  ("United Nations", T, neg, "", "grief + investigation, restraint and talks, no judgement"))
U(d, "Earlier the UN human rights chief, Volker Türk, said the use of live ammunition", "under international law.",
  ("United Nations", C, neg, NP, "'could not be justified' = judgement of the police's act"))
U(d, "The embassies of Australia, Finland, France, Germany, Japan, South Korea", "had to be protected.",
  ("Australia", T, neu, "", "joint statement of nine embassies: one row per state; 'in Kathmandu' = place; appeal to all parties"),
  ("Finland", T, neu, "", "joint statement: one row per state"),
  ("France", T, neu, "", "joint statement: one row per state"),
  ("Germany", T, neu, "", "joint statement: one row per state"),
  ("Japan", T, neu, "", "joint statement: one row per state"),
  ("South Korea", T, neu, "", "joint statement: one row per state"),
  ("Norway", T, neu, "", "joint statement: one row per state"),
  ("United Kingdom", T, neu, "", "joint statement: one row per state"),
  ("United States", T, neu, "", "joint statement: one row per state"))
U(d, "India's external affairs ministry said the deaths", "through talks.",
  ("India", T, neg, "", "sorrow + hope for restraint and talks -> calling_for_talks"))
U(d, "The ministry also advised Indian nationals", "local authorities.",
  ("India", N, neu, "", "'The ministry' = India's external affairs ministry (context); travel advice"))
U(d, "In Beijing, foreign ministry spokesperson Lin Jian said China", "stability soon.",
  ("China", T, pos, "", "'In Beijing' = place; hope -> calling_for_talks"))
U(d, "Kathmandu Mayor Balendra Shah, who had openly backed the protests", "talk with the army.",
  ("Balendra Shah", T, pos, "", "independent mayor siding with the protesters against the government: own name, not Nepal (a city official would normally resolve to the state); appeal to stop and to talk"))
U(d, "Hami Nepal, the youth group that called Monday's march", "public buildings and homes.",
  ("Hami Nepal", T, neu, "", "named organising group = actor; denial + appeal for restraint -> calling_for_talks (rule 2)"))
U(d, "Tribhuvan International Airport was closed to all flights", "Civil Aviation Authority of Nepal said.",
  (NP, N, neu, "", "state agency -> Nepal; attribution tail; fact"))
U(d, "In a letter to President Ram Chandra Paudel, he said he was stepping aside", "by political means.",
  (NP, N, neu, "", "'he' = Oli; resignation with a reason, no appeal or judgement; the bare sentence 'Prime Minister KP Sharma Oli has resigned.' before it is narrative"))
U(d, "The president accepted the resignation and asked the protesters", "his office said.",
  (NP, T, neu, "", "act + appeal for a peaceful solution"))
U(d, "Gagan Thapa, general secretary of the Nepali Congress", "led by a sitting judge.",
  ("Nepali Congress", C, neg, NP, "coalition party speaking as a party against the government it sits in; 'could not be defended' + demand for an inquiry"))
U(d, "In a statement issued by his office, Oli said bloodshed helped no one", "all parties at 6pm.",
  (NP, T, neg, "", "surname only; appeal for dialogue + meeting convened"))
U(d, "Communications Minister Prithvi Subba Gurung said the ban", "would not be reimposed.",
  (NP, N, neu, "", "minister with no state word; decision"))
U(d, "The health ministry said 19 people had died", "treated in hospitals.",
  (NP, N, neu, "", "figures; the police are the state's own, no blame stated"))
U(d, "Amnesty International said the police's use of lethal force", "must be prosecuted.",
  ("Amnesty International", C, neg, NP, "'unlawful' + demand"))


# ------------------------------------------------------------------ added supporting rows (same pages)
U("page_turkey_imamoglu_webpage.html", "Turkish Cypriot leader Ersin Tatar said", "would not succeed.",
  ("Northern Cyprus authorities", S, pos, "Turkey", "breakaway administration (name in labels/actors.csv); backing for Turkey's courts; the warning is aimed at no named actor"))
U("page_tanzania_election_webpage.html", "China's foreign ministry congratulated Samia", "stability and development.",
  ("China", S, pos, "Tanzania", "congratulation + backing; 'Beijing' = metonym"))
U("page_serbia_students_scraped.txt", "Hungarian Prime Minister Viktor Orban wrote on Facebook", "and its president.",
  ("Hungary", S, pos, "Serbia", "backing; 'Budapest' = metonym"))
U("page_romania_annulment_wire.txt", "NATO Secretary General Mark Rutte told reporters in Brussels", "stood firmly with its member.",
  ("NATO", S, pos, "Romania", "'in Brussels' = place; backing for a member state"))


def main():
    # rows in reading order: pages in the order of their sections, units by their place in the page
    order = {}
    for r in ROWS:
        order.setdefault(r[0], len(order))
    ROWS.sort(key=lambda r: (order[r[0]], _cache[r[0]].find(r[1])))
    out = os.path.join(ROOT, "statements.csv")
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
        w.writerows(ROWS)
    print(f"{len(ROWS)} rows -> {out}")


if __name__ == "__main__":
    main()
