"""Writes ../statements.csv from the hand decisions below (batch45d).

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

# ---------------------------------------------------------------- 1. Russia: Khabarovsk, Furgal fired (wire)
d = "page_russia_khabarovsk_furgal2020_wire.txt"
FUR = "Sergei Furgal"
U(d, "President Vladimir Putin has fired Sergei Furgal", "go back to Moscow.",
  ("Russia", C, neg, FUR, "dateline excluded; dismissal 'citing a loss of confidence' = a measure against Furgal; the protesters demanding are unnamed (no row)"))
# "Furgal, 50, was detained on July 9 and flown to Moscow, ..." -> narration of the arrest and charges, no row
U(d, "He denies the charges.", "He denies the charges.",
  (FUR, N, neg, "", "pronoun = Furgal; denial (guide: neutral, negative tone)"))
U(d, "The Kremlin's decree, published late on Monday,", "until an election can be held.",
  ("Russia", N, neu, "", "the Kremlin = Russia; an appointment announced with no evaluation"))
U(d, "Degtyaryov flew in on Tuesday morning", "according to his press office.",
  ("Russia", N, neu, "", "acting governor (regional official) -> Russia; his priority = a plan"))
# "Outside the regional government building, a crowd chanted ..." -> unnamed crowd, scene, no row
U(d, "\"We did not vote for him.", "joined every rally since July 11.",
  ("Olga Repina", C, neg, "Russia", "named resident = her own actor (invented); two-sentence quote closed by its speaker; 'Moscow took him away ... like a thief' = accusation (Moscow = Russia)"))
U(d, "\"If they want us to go home,", "where everyone can see it.\"",
  ("Olga Repina", T, neg, "Russia", "quote continued in its own paragraph by the same speaker; demand for an open local trial, no judgement word -> calling_for_talks (unsure: could be neutral)"))
U(d, "The weekend marches in the city of 600,000,", "in decades.",
  ("Russia", N, neu, "", "crowd figure given by the regional interior ministry = a figure from an actor; 'organisers' are unnamed (no row)"))
# "Police have so far detained almost no one." -> narration, no row
U(d, "Kremlin spokesman Dmitry Peskov told reporters on Monday", "being planned for now.",
  ("Russia", N, neu, "", "spokesman introduced by role; rejects a paid-protest theory and states there is no travel plan: no judgement, no appeal"))
U(d, "\"Nobody in the Kremlin is surprised", "Peskov said.",
  ("Russia", N, neu, "", "surname only; two-sentence quote closed by its speaker; understanding + 'a court will decide it' = procedure, no judgement of anyone"))
U(d, "The new leadership in Khabarovsk, he added,", "rather than issuing orders.",
  ("Russia", T, neu, "", "reported speech with 'he added' inside; advice to listen to residents = appeal for dialogue between the authorities (Russia) and residents -> target empty"))
U(d, "Asked whether rally-goers would face punishment,", "the epidemic was not over.",
  ("Russia", N, neg, "", "declines to answer (refers to the police) + health warning = concern without appeal"))
U(d, "The regional interior ministry said the gatherings had not been approved", "could face fines or arrest.",
  ("Russia", C, neg, "", "'not approved' + fines or arrest threatened = a threatened measure; organisers unnamed -> target empty"))
U(d, "The Investigative Committee, which brought the case,", "convicted over the killings.",
  ("Russia", C, neg, FUR, "the prosecuting body asserts the evidence against Furgal = accusation"))
U(d, "Furgal's lawyer said his client was calm", "ruling United Russia party.",
  (FUR, C, neg, "Russia", "lawyer speaking for his client = Furgal; 'revenge for his election victory' = accusation against the state; United Russia only mentioned"))
U(d, "Yuri Trutnev, Putin's envoy to the Far East,", "keep their posts.",
  ("Russia", C, neg, "", "presidential envoy = Russia; judgement on the regional government (also Russia) -> self-criticism, target empty (unsure)"))
U(d, "LDPR leader Vladimir Zhirinovsky, whose party", "to prove himself.",
  ("LDPR", S, pos, "Russia", "party leader speaks for the LDPR; backs the Kremlin's appointee and asks residents to give him a chance (unsure: target could be left empty)"))
U(d, "\"Furgal is our comrade and we will fight for an honest trial", "the Ekho Moskvy radio station.",
  ("LDPR", S, pos, FUR, "solidarity with Furgal ('our comrade', fight for an honest trial); the second clause accepts the dismissal without judgement"))
# "Not everyone in his party agreed." -> lead-in, no row
U(d, "Two LDPR members of the regional legislature,", "who had elected him.",
  ("Pyotr Yemelyanov", C, neg, "Russia", "regional lawmakers quitting their party speak for themselves; quitting in protest + 'an insult to the voters' = judgement on the dismissal (Putin's act)"),
   ("Alexander Kayan", C, neg, "Russia", "as Yemelyanov: one row per named actor"))
U(d, "Opposition politician Alexei Navalny,", "far from Moscow.",
  ("Alexei Navalny", C, neg, "Russia", "'taken away the region's vote' = accusation; the Kremlin = Russia"))
U(d, "The regional branch of the Communist Party said", "by a court in Khabarovsk.",
  ("Communist Party of the Russian Federation", T, neg, "Russia", "regional branch speaks for the party; joining the march + a procedural demand, no judgement word -> calling_for_talks, negative (unsure: could be condemning)"))
U(d, "Grigory Lobanov, an independent political analyst", "in the run-off.",
  ("Grigory Lobanov", N, neg, "", "invented analyst; 'underestimated' = analysis, not a verdict"))
U(d, "\"Moscow has turned a criminal case into a vote on itself.", "Lobanov said.",
  ("Grigory Lobanov", C, neg, "Russia", "two-sentence quote closed by its speaker; 'refuses to listen' = judgement on Moscow (= Russia)"))

# ---------------------------------------------------------------- 2. Armenia: Amulsar (Armenpress dispatch)
d = "page_armenia_amulsar_lydian2019_stateagency.txt"
LYD = "Lydian International"
U(d, "Prime Minister of the Republic of Armenia Nikol Pashinyan called on the residents", "from developing the mine.",
  ("Armenia", T, neu, "", "dateline excluded; appeal to lift a blockade (de-escalation) addressed to residents, who are not an actor -> target empty; the 'no lawful basis' clause gives the reason"))
U(d, "The Prime Minister made the statement in a video address", "ARMENPRESS reports.",
  ("Armenia", T, neu, "", "the PM as host of consultations that brought the company and the activists to the table (labels/README: the host convening a meeting is calling_for_talks); the agency only relays (unsure: could be read as narration)"))
U(d, "\"Our conditions were announced from the very first day:", "the Prime Minister said.",
  ("Armenia", N, neu, "", "three-sentence quote closed by its speaker; explains the decision by the audit's findings, no judgement of anyone"))
U(d, "Nikol Pashinyan noted that closing a road is a decision for the state", "reveal a threat.",
  ("Armenia", N, neu, "", "asserts the state's role and a conditional plan; no judgement word on the protesters (unsure: an implied rebuke)"))
U(d, "\"I ask you to open the roads", "addressing the residents of Jermuk.",
  ("Armenia", T, neu, "", "direct appeal to open the roads and trust institutions; target empty (residents)"))
U(d, "The Prime Minister thanked the residents of Jermuk for their vigilance,", "more thoroughly than any other before it.",
  ("Armenia", S, pos, "", "thanks and praise for the residents (not an actor) -> supporting, target empty"))
U(d, "The Prime Minister also stressed that the company had undertaken", "affected communities.",
  ("Armenia", N, neu, "", "commitments and a monitoring plan = facts and plans"))
U(d, "According to the head of Government, failure to resolve", "among investors.",
  ("Armenia", N, neg, "", "'head of Government' = Pashinyan; warning of consequences = concern without appeal"))
U(d, "The 200-page report of the Lebanese company", "additional mitigation measures.",
  ("Armenia", N, neu, "", "Investigative Committee chairman = Armenia; reports the audit's finding; ELARD itself does not speak here"))
U(d, "Minister of Environment of the Republic of Armenia Erik Grigoryan", "environmental legislation is recorded.",
  ("Armenia", C, neg, LYD, "conditional threat to suspend the company's works (guide: a threat is condemning) (unsure: a regulator's routine warning could be neutral)"))
U(d, "The Police of the Republic of Armenia informed", "framework of the law.",
  ("Armenia", N, neu, "", "reassurance about own conduct = neutral"))
U(d, "In a statement circulated on Monday, Lydian Armenia welcomed", "safe access to the site is restored.",
  (LYD, S, pos, "Armenia", "the local subsidiary speaks for the company; welcomes the PM's position"))
U(d, "Interim Chief Executive Officer of Lydian International Edward Sellers,", "international environmental standards.",
  (LYD, N, pos, "", "self-praise / commitment = neutral, positive"))
U(d, "Representatives of the Armenian Environmental Front civic initiative,", "its foreign shareholders.",
  ("Armenian Environmental Front", C, neg, "Armenia", "rejects the call and accuses the government of yielding to the company = judgement"))
U(d, "\"We will not leave the roads.", "on the road to the mine.",
  ("", C, neg, "Armenia", "'one of the activists' = unnamed speaker: empty actor, kept as a stance example; refusal + reproach of the PM"))
U(d, "The head of the Jermuk community said", "lead to confrontation.",
  ("Armenia", T, neu, "", "community head (local official) -> Armenia; appeal to all sides to avoid confrontation"))
U(d, "Leader of the Bright Armenia faction of the National Assembly Edmon Marukyan", "responsibility for the deadlock.",
  ("Bright Armenia", C, neg, "Armenia", "faction leader speaks for his party; 'bear responsibility for the deadlock' = holding responsible"))
U(d, "Earlier, the American Chamber of Commerce in Armenia", "around the project.",
  ("American Chamber of Commerce in Armenia", C, neg, "", "'illegal' = judgement on the blockade, whose authors are not an actor -> target empty; the call to the government is inside the judgement (rule 1)"))
U(d, "Ambassador of the United States of America to Armenia Lynne Tracy,", "predictable environment for investment.",
  ("United States", T, pos, "", "hope for a settlement on facts and law (rule 2) + support for Armenia's investment climate; the dispute has several parties -> target empty (unsure: could be supporting Armenia)"))
U(d, "The European Bank for Reconstruction and Development,", "additional environmental safeguards.",
  ("European Bank for Reconstruction and Development", S, pos, "", "welcomes the review and offers support for the safeguards; review and safeguards concern both the government and the company -> target empty"))
U(d, "The Amulsar project, located in Vayots Dzor Province", "in the project so far.",
  (LYD, N, neu, "", "investment figure given by the company; the rest is background"))
U(d, "The Prime Minister said that he will continue the consultations", "discussed with the communities.",
  ("Armenia", T, neu, "", "continuing consultations with the communities = commitment to dialogue"))

# ---------------------------------------------------------------- 3. Ukraine: resolution 2774 (UN meetings coverage)
d = "page_ukraine_res2774_threeyears2025_unmeetings.txt"
RU, UA, UN = "Russia", "Ukraine", "United Nations"
U(d, "The Security Council this afternoon adopted a three-paragraph resolution", "three years ago to the day.",
  (UN, T, neu, "", "the Council adopting a text that implores an end to the conflict = UN appeal; 'the organ' = the Council"))
U(d, "The vote on resolution 2774 (2025) was 10 in favour", "settle disputes without force.",
  (UN, T, neu, "", "the Council's text calls for a durable peace"),
  ("Denmark", N, neu, "", "abstention in a list of states, no reason in this sentence = neutral; one row per listed state"),
  ("France", N, neu, "", "abstention listed"),
  ("Greece", N, neu, "", "abstention listed"),
  ("Slovenia", N, neu, "", "abstention listed"),
  ("United Kingdom", N, neu, "", "abstention listed"))
U(d, "Before the vote, the Council rejected three amendments tabled by the United Kingdom,", "the Russian Federation.",
  ("United Kingdom", C, neg, RU, "tabling amendments that name the Russian invasion = a judgement by act"),
   (RU, N, neg, "", "negative vote of a permanent member with no reason stated in the sentence = neutral (unsure: a veto could be read as rejecting in protest)"))
U(d, "A fourth amendment, proposed by the Russian Federation", "required number of votes.",
  (RU, N, neu, "", "proposing a 'root causes' reference = a procedural act, no explicit judgement (unsure)"))
U(d, "Speaking before the vote, the representative of the United States", "how the war ends.",
  ("United States", T, neu, "", "its draft's aim = getting the parties to talk"))
U(d, "\"Every day this war goes on,", "she said.",
  ("United States", T, neg, "", "three-sentence quote closed by its speaker; appeal to choose 'the way out'; grief in the first sentence -> negative"))
U(d, "The representative of the United Kingdom, introducing the amendments,", "would not hold.",
  ("United Kingdom", C, neg, RU, "'say who started it' + 'a peace which rewarded the Russian invasion' = judgement on Russia"))
U(d, "She said her delegation would abstain on the draft as it stood,", "any member of the Council.",
  ("United Kingdom", T, neu, "", "abstention explained + wish that the fighting end = appeal (London = UK)"))
U(d, "France's delegate said his country would not vote for a text", "only pause the war.",
  ("France", C, neg, RU, "'aggression' + 'which State had sent its army across the border' = judgement on Russia, not named but unmistakable (unsure: target implicit)"))
U(d, "The representative of the Russian Federation said his delegation had voted for the text", "future talks on a settlement.",
  (RU, T, neu, "", "vote explained; the text as a basis for future talks on a settlement"))
U(d, "He said the new administration in Washington now appeared", "than its predecessors had.",
  (RU, S, pos, "United States", "approval of the US shift; Washington = the US administration as object (target), not a speaker"))
U(d, "\"The European amendments had one purpose only:", "he said.",
  (RU, C, neg, "", "two-sentence quote closed by its speaker; accuses the European members (several) of prolonging the war and holds them responsible -> target empty"))
U(d, "China's representative said Beijing backed every effort", "among all those concerned.",
  ("China", T, pos, "", "backing for negotiations and hope for dialogue"))
U(d, "The delegate of Denmark said Copenhagen could not vote", "Charter of the United Nations.",
  ("Denmark", C, neg, RU, "'flagrant breach of the Charter' = judgement; Copenhagen = Denmark"))
U(d, "Slovenia's representative said a lasting peace", "over its own future.",
  ("Slovenia", T, neu, "", "call for negotiations respecting borders; no judgement; aimed at the process -> target empty"))
U(d, "The representative of Greece said Athens would continue to stand with Ukraine", "on the humanitarian front.",
  ("Greece", S, pos, UA, "solidarity and support; Athens = Greece"))
U(d, "The Republic of Korea's delegate said his country had voted in favour", "all members could share.",
  ("South Korea", T, pos, "", "vote in favour explained by the wish for peace"))
U(d, "He also condemned the dispatch of troops from the Democratic People's Republic of Korea", "the Council's own resolutions.",
  ("South Korea", C, neg, "North Korea", "explicit condemnation; the DPRK's troops serve Russia but the act judged is the DPRK's dispatch"))
U(d, "Panama's representative said the Council had a duty", "marked a turning point.",
  ("Panama", T, pos, "", "ceasefire + hope"))
U(d, "The delegate of Algeria said any settlement must take into account", "without further delay.",
  ("Algeria", T, neu, "", "urges direct negotiations between both parties -> target empty"))
U(d, "Pakistan's representative called on all sides to give diplomacy a chance,", "did not exist.",
  ("Pakistan", T, neu, "", "appeal for diplomacy to all sides"))
U(d, "Guyana's delegate condemned the Russian strikes", "without heat.",
  ("Guyana", C, neg, RU, "explicit condemnation of Russian strikes on civilians' power supply"))
U(d, "The representative of Sierra Leone urged the parties to protect civilians", "affected by the fighting.",
  ("Sierra Leone", T, neu, "", "protection of civilians + humanitarian access = calling_for_talks"))
U(d, "Somalia's delegate said his country hoped", "a genuine process of negotiation.",
  ("Somalia", T, pos, "", "hope for negotiations"))
U(d, "Briefing the Council, Rosemary DiCarlo,", "among them 669 children.",
  (UN, N, neu, "", "casualty figures given by a UN official (guide: neutral, neutral tone)"))
U(d, "She urged all parties to seize every opportunity", "resolutions of the General Assembly.",
  (UN, T, neu, "", "appeal for a just and lasting peace; all parties -> target empty"))
U(d, "The representative of Ukraine, speaking under rule 37,", "remembered by Ukrainians.",
  (UA, S, pos, "", "thanks to the members that insisted on naming the aggressor (several) -> target empty"))
U(d, "He said the Russian Federation had spent three years", "prepare the next invasion.",
  (UA, C, neg, RU, "accusation of trying to destroy Ukraine + warning against a deal over its head"))
# "The meeting began at 3:06 p.m. ..." -> procedure, no row

# ---------------------------------------------------------------- 4. Bosnia and Herzegovina: Trgovska Gora (MFA press releases, HTML)
d = "page_bosnia_trgovskagora_iaea2019_mfa.html"
BIH, HR = "Bosnia and Herzegovina", "Croatia"
U(d, "Minister of Foreign Affairs of Bosnia and Herzegovina Igor Crnadak, who heads the delegation", "at Trgovska Gora.",
  (BIH, N, neu, "", "lead of the release: 'presented the position' without its content (the judgement follows in the next units) -> neutral (unsure: could be condemning Croatia)"))
U(d, "\"The former Čerkezovac barracks, which Croatia is considering,", "edge of its neighbour's territory.",
  (BIH, C, neg, HR, "'no responsible state would choose ...' = judgement on Croatia's plan; quote + reported tail in one sentence"))
U(d, "He recalled that Bosnia and Herzegovina had first raised the issue", "from its plans.",
  (BIH, C, neg, HR, "reproach: 'despite ... has not removed' (unsure: mild, could be neutral, negative)"))
U(d, "\"We are not asking Croatia to walk away", "the Minister said.",
  (BIH, T, neg, HR, "two-sentence quote closed by its speaker; demand addressed to Croatia with no judgement word -> calling_for_talks, negative"))
U(d, "Minister Crnadak called on the Agency and its Member States", "Radioactive Waste Management.",
  (BIH, T, neu, "", "appeal for transboundary consultations; addressed to the Agency and many states -> target empty"))
U(d, "The Minister also commended the Agency's technical cooperation programme,", "an active partner of the Agency.",
  (BIH, S, pos, "IAEA", "praise of the IAEA's programme"))
U(d, "On the margins of the Conference, Minister Crnadak met Acting Director General", "dialogue between them open.",
  ("IAEA", T, pos, "", "acting head of the IAEA; offer of technical advice + keeping the dialogue open between two states -> calling_for_talks (unsure: the offer alone would be supporting)"))
U(d, "In a meeting with the head of the delegation of the Republic of Slovenia,", "waste and decommissioning.",
  (BIH, T, neu, "Slovenia", "request to Slovenia to take its concerns into account, no judgement"))
U(d, "The Slovenian side said that the choice of a location", "Croatia's national programme.",
  ("Slovenia", N, neu, "", "'the Slovenian side' = Slovenia; procedural answer"))
U(d, "The Croatian side has repeatedly stated", "has been taken.",
  (HR, N, neu, "", "Croatia's reported position: no final decision = a procedural fact, not a denial of an accusation"))
U(d, "\"We take note of that, but a location that stays on the list", "Minister Crnadak said.",
  (BIH, C, neg, HR, "'stays a threat' = judgement on the Croatian plan + persistence"))
# "Minister of Foreign Affairs ... met today in Novi Grad with the Mayor ..." -> a meeting listed in narrative, no row
U(d, "Minister Crnadak said that on this question there was no difference", "gathered from all of them.",
  (BIH, N, pos, "", "unity and a plan; Sarajevo and Banja Luka are metonyms named as being in agreement, not speakers"))
U(d, "\"There is no format we have not tried with Zagreb,", "the Minister said.",
  (BIH, C, neg, HR, "'no longer good enough' = judgement on Zagreb's (= Croatia's) answer"))
U(d, "Mayor Drljača said the municipality expected the state", "refuse to give up the site.",
  (BIH, C, neg, HR, "mayor = local official -> the state (guide: provincial officials resolve to their state; Novi Grad lies in Republika Srpska, unsure); arbitration threatened against Croatia"))
U(d, "Minister Golić informed the interlocutors", "answer to the Croatian plan.",
  ("Republika Srpska", C, neg, HR, "entity minister = Republika Srpska (project practice); a measure taken as an 'answer' to Croatia's plan"))
U(d, "At its session today, the Presidency of Bosnia and Herzegovina concluded", "far from the state border.",
  (BIH, T, neg, HR, "formal request to Croatia, no judgement word -> calling_for_talks, negative"))
U(d, "The Chairman of the Presidency of Bosnia and Herzegovina Milorad Dodik will convey", "Andrej Plenković.",
  (BIH, N, neu, "", "plan: a letter; the Croatian leaders are addressees, not speakers"))
U(d, "The Ministry of Foreign Affairs will use the network of embassies", "international agenda.",
  (BIH, N, neu, "", "plan to brief other governments (unsure: internationalising the dispute could be read as pressure)"))
U(d, "Member of the Presidency Šefik Džaferović said after the session", "whichever entity they live in\".",
  (BIH, C, neg, HR, "Presidency member = BiH; 'unacceptable' = judgement of Croatia's plan"))
U(d, "The Presidency welcomed the conclusions already adopted", "thanked them for their initiative.",
  (BIH, S, pos, "", "welcome and thanks to the entity governments and municipal councils (several, one of them Republika Srpska) -> target empty"))
U(d, "Member of the Presidency Željko Komšić said that good-neighbourly relations", "would show understanding.",
  (BIH, T, neu, HR, "hope that Zagreb (= Croatia) shows understanding; implicit reproach, no judgement word"))
U(d, "\"On this issue there are no Serbs, Croats or Bosniaks,", "Dodik told reporters.",
  (BIH, C, neg, HR, "Presidency chairman = BiH; threatened escalation to European institutions (unsure)"))

# ---------------------------------------------------------------- 5. Albania: opposition protest in Tirana (live blog, HTML)
d = "page_albania_basha_protest2019_liveblog.html"
DPA, AL = "Democratic Party of Albania", "Albania"
# "The crowd has largely dispersed, and Lulzim Basha has just finished speaking ..." -> scene, no row
U(d, "The opposition leader told supporters that the protests would continue,", "organise early elections.",
  (DPA, C, neg, AL, "'the opposition leader' = Basha = his party; protests until the PM steps down = demand for the government's removal"))
U(d, "He also hinted at a bigger step in parliament next week,", "though he gave no details.",
  (DPA, C, neg, AL, "threatened walk-out + 'a parliament that no longer represents anyone' = judgement (parliament = Albanian state organ)"))
U(d, "Basha thanked the supporters who had travelled", "\"the real face of Albania\".",
  (DPA, S, pos, "", "thanks and praise for his supporters (not an actor) -> supporting, target empty"))
# "Prime Minister Edi Rama has posted this on Twitter:" -> lead-in, no row
U(d, "Today Tirana saw what the opposition calls politics:", "at the doors of the institutions.",
  (AL, C, neg, DPA, "PM's tweet: 'stones thrown at the doors' = accusation of the opposition (Tirana = place)"))
U(d, "The state will not bow to violence, and whoever ordered it", "answer before the law.",
  (AL, C, neg, DPA, "tweet continued: threat of prosecution of 'whoever ordered it' (the opposition's organisers, per the previous sentence) (unsure: target could be empty)"))
U(d, "Rama, who has governed since 2013", "on schedule in 2021.",
  (AL, N, neg, "", "refusal to resign restated = rejection of a demand with no judgement in the sentence -> neutral, negative"))
U(d, "The State Police said several officers had been hurt", "so that they can be prosecuted.",
  (AL, C, neg, "", "police = Albania; injuries + prosecution of unidentified attackers = a threatened measure, target empty"))
# "The police have not given a figure for injured protesters." -> narration, no row
U(d, "The OSCE Presence in Albania said it deplored the violence", "exercised, and protected, peacefully.",
  ("OSCE", C, neg, "", "'deplored the violence' = judgement; reminder addressed to both sides -> target empty"))
U(d, "The Albanian Helsinki Committee, which sent observers to the rally,", "strictly necessary.",
  ("Albanian Helsinki Committee", T, neu, AL, "planned assessment + appeal to the police for proportionate force, no judgement"))
# "The US embassy in Tirana, whose statements carry unusual weight ..., has posted this:" -> lead-in, no row
U(d, "We condemn the attack on the Prime Minister's office today.", "on the Prime Minister's office today.",
  ("United States", C, neg, "", "embassy = United States; explicit condemnation; attackers unnamed -> target empty"))
U(d, "Albanians have every right to protest;", "flares at police.",
  ("United States", C, neg, "", "tweet continued; judgement on the violent protesters (not an actor)"))
U(d, "Those who called this rally are responsible", "what happens at it.",
  ("United States", C, neg, DPA, "tweet continued; 'those who called this rally' = the Democratic Party (organiser named throughout) held responsible"))
U(d, "The EU delegation and the embassies of the EU member states in Tirana", "step back from confrontation.",
  ("European Union", C, neg, "", "delegation + unnamed member states' embassies = EU; 'had no place in it' = judgement, with an appeal (rule 1); target empty"))
# "The statement comes four months before EU governments are due to decide ..., something Brussels has tied to progress on justice reform." -> background narration, no row
U(d, "President Ilir Meta, who has clashed with Rama's government", "turning into a confrontation.",
  (AL, T, neu, "", "head of state = Albania; appeal to both sides to avoid confrontation"))
U(d, "The interior ministry said the police had used tear gas", "against the building.",
  (AL, C, neg, DPA, "accuses the Democratic Party's leadership"))
U(d, "\"The organisers knew exactly what would happen at the gate.", "a ministry spokesman told reporters.",
  (AL, C, neg, DPA, "unnamed spokesman of a named ministry speaks for it; multi-sentence quote closed by its speaker; blames the organisers"))
# "A group of protesters has broken through the police line ... Police on the terrace are firing tear gas" -> scene, no row
U(d, "Former prime minister Sali Berisha, speaking from the front of the crowd", "allowed to leave office.",
  (DPA, C, neg, AL, "former PM, now a leading figure of the Democratic Party, speaking at its rally -> the party (unsure: could be his own actor); Rama = Albania"))
U(d, "Basha has addressed the crowd on Deshmoret e Kombit boulevard,", "drug traffickers and vote-buyers.",
  (DPA, C, neg, AL, "surname only; 'handed the country to drug traffickers' = accusation of the government"))
U(d, "He repeated the opposition's demand for a caretaker government", "meet international standards.",
  (DPA, C, neg, AL, "demand that the government hand over power = rejection of it (unsure: could be calling_for_talks as a demand for elections)"))
U(d, "Today Albanians are saying it with one voice: Rama must go.", "Rama must go.",
  (DPA, C, neg, AL, "Basha's tweet; demand for the PM's departure"))
U(d, "We will not stop until Albania votes freely,", "the people can trust.",
  (DPA, C, neg, AL, "tweet continued: implies the current government cannot be trusted to hold a free vote"))
U(d, "Taulant Balla, who leads the Socialist group in parliament,", "any blood spilt today.",
  ("Socialist Party of Albania", C, neg, DPA, "ruling party's group leader speaks for the party; accusation + holding responsible"))
# "Buses have been arriving in Tirana since early morning ..." -> scene, no row
U(d, "Elona Dervishi, a political scientist at the University of Tirana,", "hold his own party together.",
  ("Elona Dervishi", N, neu, "", "invented analyst; assessment, no position"))
U(d, "\"If today ends in violence, Rama gets the story he wants.", "she said.",
  ("Elona Dervishi", N, neu, "", "analysis of both sides' interests, no judgement or appeal"))

# ---------------------------------------------------------------- 6. Belarus: Kurapaty crosses (daily, scraped text)
d = "page_belarus_kurapaty_crosses2019_dailyscrape.txt"
BY, BCD = "Belarus", "Belarusian Christian Democracy"
# "Excavators, tractors and dump trucks arrived ..." / "Riot police and traffic officers blocked the roads ..." -> scene narration, no row
# "At least 15 people who tried to stand in the way ... were detained ..." -> passive narration of detentions, no row
# "On Friday workers began putting up a metal fence ..., and Sevyarynets ... was detained again ..." -> narration, no row
U(d, "\"They are digging up the memory of a whole nation", "minutes before police led him away.",
  (BCD, C, neg, BY, "co-chairman of the party's organising committee speaks for the party; accusation of desecration aimed at the authorities"))
U(d, "\"Nobody has shown us a single document,", "who gave the order.\"",
  (BCD, C, neg, BY, "quote continued in its own paragraph by the same speaker; accusation of acting in secret (unsure: could be neutral, negative)"))
U(d, "The Belarusian Christian Democracy said in a statement on Friday", "prosecutor's office.",
  (BCD, C, neg, BY, "'broke the law' = judgement + a legal complaint announced"))
# "No government body announced the works in advance, and neither ... would say ..." -> narration of silence, no row
U(d, "Presidential press secretary Natallya Eismant said on Thursday", "fulfilment of that request.",
  (BY, N, neu, "", "the president's spokeswoman explains the works as his request being carried out; no judgement word"))
U(d, "\"Nobody is fighting against crosses.", "the state news agency BelTA.",
  (BY, N, neg, "", "rebuttal of the accusation ('nobody is fighting against crosses') = denial -> neutral, negative; BelTA only relays"))
U(d, "Alexander Lukashenko had said during his marathon", "have the site sorted out.",
  (BY, C, neg, "", "disapproval of the crosses 'used as a political backdrop' (by activists, not an actor) + a promised measure -> target empty (unsure: could be neutral, negative)"))
U(d, "The Minsk city executive committee said in a brief statement on Friday", "would remain untouched.",
  (BY, N, neu, "", "city authority = Belarus; plan and reassurance"))
U(d, "A culture ministry official, who asked not to be named,", "no burial sites be disturbed.",
  (BY, N, neu, "", "unnamed official of a named ministry speaks for the state; facts and a request inside the state, no judgement"))
U(d, "A spokesman for the city's police department said those detained", "under the administrative code.",
  (BY, C, neg, "", "accuses the detainees of ignoring lawful demands + announces proceedings = a measure; several people -> target empty"))
# "Kurapaty, on the northern edge of the capital, was given the status ... Historians estimate ..." -> background; unnamed historians, no row
U(d, "Dashkevich said the crosses had been paid for", "nothing was sacred to them.",
  ("Zmitser Dashkevich", C, neg, BY, "former Young Front leader speaks for himself; 'nothing was sacred to them' = judgement"))
U(d, "\"Every one of these crosses stood for a name.", "after his release on Thursday evening.",
  ("Zmitser Dashkevich", C, neg, BY, "two-sentence quote closed by its speaker; announced defiance against the removal (unsure: could be neutral, negative)"))
U(d, "Ryhor Kastusiou, chairman of the BPF Party,", "the fence taken down.",
  ("BPF Party", C, neg, BY, "'act of vandalism sanctioned from the top' = judgement + demands (rule 1)"))
U(d, "Zianon Pazniak, the exiled leader of the Conservative Christian Party BPF,", "which side of history it stood on.",
  ("Conservative Christian Party BPF", C, neg, BY, "party leader; 'the regime' = Belarus; judgement (Warsaw = place)"))
U(d, "He thanked the young people who had stood in front of the excavators", "remember their names.",
  ("Conservative Christian Party BPF", S, pos, "", "praise for the activists, who are not an actor -> target empty"))
U(d, "The Viasna human rights centre said the detentions", "dropped.",
  ("Viasna", C, neg, BY, "'no basis in law' = judgement + demand (rule 1)"))
U(d, "The Belarusian Association of Journalists protested against the treatment", "film freely.",
  ("Belarusian Association of Journalists", C, neg, BY, "protest against police treatment of reporters"))
U(d, "Archbishop Tadeusz Kondrusiewicz, head of the Roman Catholic Church in Belarus,", "how the site should look.",
  ("Catholic Church in Belarus", T, neu, "", "archbishop speaks for his church; appeal to both sides to talk -> target empty"))
U(d, "Bahinskaya, speaking to reporters before she was detained on Friday,", "since the graves were found.",
  ("Nina Bahinskaya", N, neu, "", "named activist = her own actor; fact about herself"))
U(d, "\"My father's generation was shot here.", "she said.",
  ("Nina Bahinskaya", N, neg, "", "two-sentence quote closed by its speaker; defiance, no judgement of anyone named"))
U(d, "Aleh Dubovik, a historian who has studied the NKVD archives", "in that direction.",
  ("Aleh Dubovik", N, neg, "", "invented historian; analysis of the authorities' aims, not a verdict (unsure: 'most drastic step' could be read as condemning)"))
U(d, "\"The state wants to decide alone how this tragedy is remembered.", "he said.",
  ("Aleh Dubovik", T, neg, "", "three-sentence quote closed by its speaker; the appeal for a conversation between the state and the families decides -> calling_for_talks; target empty (both sides)"))
# "A group of believers and activists gathered at the site on Friday evening ..." -> narration, no row


def main():
    out = os.path.join(ROOT, "statements.csv")
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
        w.writerows(ROWS)
    print(len(ROWS), "rows ->", out)


if __name__ == "__main__":
    main()
