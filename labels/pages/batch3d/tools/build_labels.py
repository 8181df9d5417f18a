"""Writes ../statements.csv from the hand decisions below (batch3d).

Adapted from batch3a/tools/build_labels.py. Each unit is found in its page's visible text by its
exact opening and closing words, so the `sentence` cell is the page's own text (nothing retyped).
The decisions (actor, stance, sentiment, target, note) are made by hand per
/work/shared/labelling-guide.md and labels/README.md.
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

# ------------------------------------------------------------------ Japan-China (MFA press conference, 2025-11-14)
d = "page_japanchina_mfareadout.txt"
U(d, "At the invitation of the government of the Kingdom of Cambodia", "next week.",
  ("China", N, neu, "", "announcement opening the transcript (the spokesman's own text): plan, no position; Phnom Penh = place"))
U(d, "CCTV: Vice Foreign Minister Sun Weidong summoned", "at the Diet.",
  ("China", C, neg, "Japan", "reporter's question narrates a specific act (summoning an ambassador over remarks = protest); the question itself is not a statement"))
U(d, "Lin Jian: Vice Foreign Minister Sun Weidong lodged stern representations", "should cross.",
  ("China", C, neg, "Japan", "spokesman speaker label opens the unit; 'stern representations', 'crossed a line'"))
U(d, "He demanded that the Japanese side retract", "separatist forces.",
  ("China", C, neg, "Japan", "'He' = Sun Weidong; demand with judgement words ('erroneous', 'wrong signals'): rule 1"))
U(d, "The Japanese side must bear all the consequences", "correct its mistake.",
  ("China", C, neg, "Japan", "threat"))
U(d, "Taiwan is an inalienable part of China's territory", "internal affair.",
  ("China", N, neu, "", "statement of the state's own position, no judgement on an actor and no appeal"))
U(d, "Any attempt by an outside force to meddle", "doomed to fail.",
  ("China", C, neg, "", "warning aimed at an unnamed 'outside force' (Japan by context, not named): target empty"))
U(d, "If Japan dares to intervene militarily", "resolutely strike back.",
  ("China", C, neg, "Japan", "threat of a military response; 'act of aggression'"))
U(d, "Kyodo News: Chief Cabinet Secretary Minoru Kihara said", "take it back.",
  ("Japan", N, neu, "", "position of X reported in a reporter's question is X's statement; minister with no state word; refusal to retract with no judgement = neutral"))
U(d, "He also said Japan had protested in strong terms", "extremely inappropriate.",
  ("Japan", C, neg, "China", "'He' = Kihara; protest + 'extremely inappropriate' (judgement without strong words); consul general = China"))
U(d, "Lin Jian: The Japanese side keeps saying", "actually is.",
  ("China", C, neg, "Japan", "criticism of Japan's evasiveness"))
U(d, "We urge Japan to stop evading the question", "a clear answer.",
  ("China", C, neg, "Japan", "'urge' but the demand is for an answer, not for talks, and 'evading' is a judgement; could be read as calling_for_talks"))
U(d, "As for the consul general, his post was aimed", "China's sovereignty.",
  ("China", C, neg, "Japan", "defends its own diplomat by judging the Japanese leader's 'dangerous remarks'"))
U(d, "The Japanese side should reflect on its own words", "shift the focus.",
  ("China", C, neg, "Japan", "rebuke"))
U(d, "Bloomberg: The Japanese prime minister said in parliament", "common strategic interests.\"",
  ("Japan", T, pos, "China", "Takaichi by role only ('The Japanese prime minister'); hope to keep channels open = dialogue; Beijing = capital as metonym (target China)"))
U(d, "Lin Jian: China has always held that China and Japan", "back on track.",
  ("China", T, pos, "Japan", "hope that relations return on track (calling_for_talks); no judgement in the sentence"))
U(d, "Lin Jian: The Ministry of Foreign Affairs and Chinese embassies", "for the time being.",
  ("China", N, neu, "", "travel advisory stated as a safety measure, no protest in the sentence (the judgement is in the next sentence); unsure: in substance an economic countermeasure"))
U(d, "Recently the security environment for Chinese nationals", "people-to-people exchanges.",
  ("China", C, neg, "Japan", "'provocative remarks have seriously poisoned'"))
U(d, "Phoenix TV: Taiwan's foreign ministry thanked Japan", "cooperation with Tokyo.",
  ("Taiwan", S, pos, "Japan", "thanks + closer cooperation; Taiwan as its own actor (new_actors.csv); Taipei, Tokyo = capitals"))
U(d, "Lin Jian: The DPP authorities are once again colluding", "into danger.",
  ("China", C, neg, "Taiwan", "'DPP authorities' = Taiwan's government; accusation"))
U(d, "We firmly oppose any form of official interaction", "Taiwan region.",
  ("China", C, neg, "", "'firmly oppose' aimed at the acts of two actors (Japan and Taiwan): target empty"))
U(d, "Reuters: The US ambassador to Japan, George Glass, wrote on X", "its prime minister.",
  ("United States", S, pos, "Japan", "ambassador speaks for his state; backing"))
U(d, "Lin Jian: The Taiwan question has nothing to do with the US side", "role of an instigator.",
  ("China", C, neg, "United States", "rebuke of the US ambassador ('certain individuals', 'instigator')"))
U(d, "Lin Jian: We have noted the rational voices in Japan", "as soon as possible.",
  ("China", C, neg, "Japan", "hope aimed at correcting an 'erroneous course' = judgement (rule 1); the opposition lawmakers in the question are unnamed (not statements)"))
U(d, "NHK: Japan's foreign minister, Toshimitsu Motegi, told reporters", "for consultations.",
  ("Japan", T, pos, "China", "hope to manage differences through diplomacy + offer of consultations"))
U(d, "Lin Jian: What the Japanese side needs to do is retract", "talk about consultations.",
  ("China", C, neg, "Japan", "refuses the consultation format in protest ('wrongful remarks')"))
U(d, "Lin Jian: I would refer you to the competent authorities", "no market for it.",
  ("China", C, neg, "Japan", "veiled threat of a trade measure (seafood); unsure: could be read as neutral"))
U(d, "Lin Jian: China will take resolute countermeasures", "of the situation.",
  ("China", C, neg, "Japan", "threatened countermeasures (question names Japan)"))
U(d, "The responsibility lies entirely with the Japanese side.", "Japanese side.",
  ("China", C, neg, "Japan", "holds Japan responsible"))

# ------------------------------------------------------------------ North Korean troops in Kursk (Reuters-style wire, 2024-10-31)
d = "page_nkorea_kursk_wire.txt"
U(d, "The United States said on Thursday that about 8,000", "firm joint response.",
  ("United States", C, neg, "North Korea", "dateline 'SEOUL/WASHINGTON, Oct 31 (Reuters) - ' excluded; figure + threatened joint response: rule 1"),
  ("South Korea", C, neg, "North Korea", "second actor in the tail ('Washington and Seoul said'): threatened response; Seoul = capital as metonym"))
U(d, "Defense Secretary Lloyd Austin told reporters at the Pentagon", "take part in fighting.",
  ("United States", N, neu, "", "minister with no state word; fact; Kim Yong-hyun only mentioned here"))
U(d, "\"If they are co-belligerents", "Austin said.",
  ("United States", N, neg, "", "conditional concern, no judgement on an actor and no appeal"))
U(d, "\"It will have impacts in Europe", "Indo-Pacific.\"",
  ("United States", N, neg, "", "quote continued after the attribution in the same paragraph = same speaker (Austin); warning of consequences, no appeal"))
U(d, "Kim said Pyongyang was likely to demand", "was growing.",
  ("South Korea", N, neg, "", "introduced by role in the previous paragraph, then surname only; concern without appeal"))
U(d, "In a joint statement after the talks, the two defence chiefs condemned", "Security Council resolutions.",
  ("United States", C, neg, "North Korea", "joint statement: one row per state"),
  ("South Korea", C, neg, "North Korea", "joint statement: one row per state"))
U(d, "Secretary of State Antony Blinken, who met South Korea's foreign minister", "frontline operations.",
  ("United States", N, neg, "", "assessment of Russia's intention, no judgement word; Cho only mentioned"))
U(d, "Blinken added that Washington would give Ukraine's forces", "whatever his uniform.\"",
  ("United States", S, pos, "Ukraine", "pledge of military support"))
U(d, "Cho said Seoul would consider \"every available option\"", "weapons to Ukraine.",
  ("South Korea", C, neg, "", "conditional threat of a response (arms to Ukraine); aimed at North Korea and Russia together: target empty"))
U(d, "North Korea's decision to send its soldiers", "in a statement on Friday.",
  ("South Korea", C, neg, "North Korea", "possessive/object before the speaker; attribution tail"))
U(d, "President Yoon Suk Yeol's office said he had spoken by phone", "units' movements.",
  ("South Korea", S, pos, "Ukraine", "backing by act (intelligence exchange, monitoring team); Zelenskiy only a participant, no position of Ukraine stated"))
U(d, "A senior South Korean intelligence official told lawmakers", "Buryatia.",
  ("South Korea", N, neu, "", "unnamed official of a named government speaks for it; facts"))
U(d, "Zelenskiy said in his nightly address that the world was watching", "proper answer.\"",
  ("Ukraine", C, neg, "", "surname only (Ukrainian President named two paragraphs above); escalation + partners' inaction criticised: several targets"))
U(d, "\"Russia is dragging another state into its war,\" he said.", "he said.",
  ("Ukraine", C, neg, "Russia", "quote with the attribution inside its paragraph"))
U(d, "\"If partners only watch, Pyongyang will send more.", "will send more.",
  ("Ukraine", N, neg, "", "quotation left open for the next paragraph (no closing mark); warning without a judgement on a named actor; unsure: implicit criticism of partners"))
U(d, "\"Every day without a decision is a day the aggressor", "next strike.\"",
  ("Ukraine", C, neg, "Russia", "quote continued into the next paragraph = same speaker (Zelenskiy); 'the aggressor' = Russia"))
U(d, "Ukraine's military intelligence said the first units", "since August.",
  ("Ukraine", N, neu, "", "state agency, facts"))
U(d, "Kremlin spokesman Dmitry Peskov said military cooperation", "third country.",
  ("Russia", N, neu, "", "reassurance/implicit denial of hostile aim: neutral; the preceding 'neither confirmed nor denied' sentence is narration (not labelled)"))
U(d, "Russia's envoy to the United Nations, Vassily Nebenzia", "its backers.",
  ("Russia", C, neg, "Ukraine", "denial that also accuses Kyiv of a 'deliberate lie': judgement outranks the denial (rule 1); Kyiv = Ukraine"))
U(d, "Pyongyang would stand by its Russian comrades", "state news agency KCNA.",
  ("North Korea", S, pos, "Russia", "'she' = Choe Son Hui (previous sentence, narration only); KCNA is not an actor"))
U(d, "NATO Secretary General Mark Rutte said on Monday", "expansion of the conflict.",
  ("NATO", C, neg, "", "'illegal war', 'significant escalation' aimed at Russia and North Korea: target empty"))
U(d, "He said NATO called on Moscow and Pyongyang to halt it immediately.", "immediately.",
  ("NATO", T, neg, "", "demand to stop with no judgement word: calling_for_talks; two addressees: target empty"))
U(d, "Japan's Chief Cabinet Secretary Yoshimasa Hayashi said Tokyo was gravely concerned", "Washington and Seoul.",
  ("Japan", N, neg, "", "concern without appeal"))
U(d, "China's foreign ministry spokesman Lin Jian said Beijing was not aware", "Ukraine crisis.",
  ("China", T, neu, "", "hope for de-escalation and a political settlement"))
U(d, "The European Union will discuss further measures against Pyongyang", "European security.",
  ("European Union", C, neg, "North Korea", "announced measures + 'serious threat'; 'the bloc'"))
U(d, "A spokesperson for United Nations Secretary-General Antonio Guterres said", "independently.",
  ("United Nations", N, neg, "", "concern without appeal"))

# ------------------------------------------------------------------ US boat strikes off Venezuela (live blog, 2025-11-13)
d = "page_venezuela_boats_liveblog.txt"
U(d, "Trinidad and Tobago's prime minister, Kamla Persad-Bissessar, said", "if they needed it.",
  ("Trinidad and Tobago", S, pos, "United States", "backing + offer of access (support by act offered)"))
U(d, "\"The traffickers have turned our waters", "in Port of Spain.",
  ("Trinidad and Tobago", S, pos, "United States", "one-sentence quote closed by 'she told reporters'; backing; the traffickers are not a canonical actor; Port of Spain = place"))
U(d, "Last month Venezuela's National Assembly declared Persad-Bissessar persona non grata", "military manoeuvres.",
  ("Venezuela", C, neg, "Trinidad and Tobago", "specific acts reported as done: persona non grata declaration (an expulsion-type act) + suspension of an agreement + accusation; parliament and president resolve to the state"))
U(d, "The UN human rights office said again on Thursday", "international law.",
  ("United Nations", C, neg, "United States", "OHCHR = United Nations; 'extrajudicial killings'"))
U(d, "Its spokesperson, Ravina Shamdasani, told reporters in Geneva", "every one of them.",
  ("United Nations", T, neg, "United States", "demand to stop + investigation with no judgement word in the sentence: calling_for_talks (labels/README)"))
U(d, "At UN headquarters, deputy spokesperson Farhan Haq said", "through dialogue.",
  ("United Nations", T, neu, "", "appeal for restraint to all sides"))
U(d, "\"The region cannot afford an escalation,\" Haq said.", "Haq said.",
  ("United Nations", N, neg, "", "'any escalation would be dangerous' type: concern without appeal"))
U(d, "Venezuelan President Nicolás Maduro, speaking at a rally in Caracas", "war in South America.",
  ("Venezuela", C, neg, "United States", "appeal to Americans carries an accusation ('those in Washington who wanted a war'): rule 1; Caracas = place"))
U(d, "He said Venezuela was ready to talk to the United States", "as equals.\"",
  ("Venezuela", T, pos, "United States", "offer of talks"))
U(d, "Earlier, Defence Minister Vladimir Padrino López announced", "border regions.",
  ("Venezuela", N, neu, "", "minister with no state word; own defensive deployment reported without judgement (the judgement is the next sentence); unsure: could be read as a threatened response"))
U(d, "He said the armed forces were preparing \"for the worst\"", "from the north.",
  ("Venezuela", C, neg, "United States", "'imperial threat from the north' = United States"))
U(d, "The foreign minister, Yván Gil, said Caracas had sent a fresh letter", "asking the council to act.",
  ("Venezuela", C, neg, "United States", "role with no state word; describing the build-up as a threat to peace"))
U(d, "Mexican President Claudia Sheinbaum said at her morning press conference", "fight drug trafficking.",
  ("Mexico", C, neg, "United States", "'did not agree with the attacks' = judgement without strong words"))
U(d, "Mexico would keep cooperating with the United States on security", "she said.",
  ("Mexico", S, neu, "United States", "continued cooperation (backing by act); 'within the law' is a qualifier; unsure: could be read as neutral"))
U(d, "Russia's foreign ministry spokeswoman, Maria Zakharova, told a briefing", "strategic partner.",
  ("Russia", C, neg, "United States", "judgement + backing of Venezuela in one sentence: rule 1 (one row per actor)"))
U(d, "Moscow would continue to help Caracas, including with its defence needs, she said.", "she said.",
  ("Russia", S, pos, "Venezuela", "aid pledged; Moscow/Caracas = capitals as metonyms"))
U(d, "Speaking to reporters at the close of the G7 foreign ministers' meeting", "international law.",
  ("United States", N, neg, "", "denial of an accusation"))
U(d, "He said the United States was defending its people against", "permission to do so.",
  ("United States", C, neg, "", "own continuing operation against 'narco-terrorist organisations' (non-canonical): target empty; unsure: could be read as neutral justification"))
U(d, "Rubio was responding to France's foreign minister, Jean-Noël Barrot", "violated international law.",
  ("France", C, neg, "United States", "Rubio's part is narration; Barrot's position reported in a relative clause; Paris = metonym"))
U(d, "Barrot said France, which has overseas territories", "a zone of peace.",
  ("France", T, pos, "", "hope that the region stays at peace"))
U(d, "Colombia's president, Gustavo Petro, ordered the armed forces", "strikes on boats continue.",
  ("Colombia", C, neg, "United States", "suspension of cooperation in protest (the condition states the grievance)"))
U(d, "\"The fight against drugs must be subordinated", "Petro wrote on X.",
  ("Colombia", C, neg, "United States", "multi-sentence quote closed by its speaker; 'accomplice to these killings'"))
U(d, "Petro had earlier accused Washington of killing a Colombian fisherman", "the White House rejected.",
  ("Colombia", C, neg, "United States", "accusation"),
  ("United States", N, neg, "", "second actor in the same sentence: denial (White House = United States)"))
U(d, "Britain has also paused some intelligence sharing", "familiar with the matter.",
  ("United Kingdom", N, neu, "", "specific act of a named state reported as done (the unnamed sources are not the actor); no protest stated: neutral; unsure"))
U(d, "A spokesman for Prime Minister Keir Starmer said the government did not comment", "closest security partner.",
  ("United Kingdom", S, pos, "United States", "declining to comment + praise of the alliance; could be read as neutral"))
U(d, "Defense Secretary Pete Hegseth, who now styles himself secretary of war, announced", "\"Operation Southern Spear.\"",
  ("United States", C, neg, "", "announcing a military operation against another side (cartels, non-canonical): target empty"))
U(d, "\"The Western Hemisphere is America's neighbourhood", "\"wherever they operate.\"",
  ("United States", C, neg, "", "threat against the cartels"))
U(d, "US Southern Command said a strike on Monday in the eastern Pacific", "four men on board.",
  ("United States", N, neu, "", "own strike reported as done, no judgement"))
U(d, "It said the boat was operated by a designated terrorist organisation", "were harmed.",
  ("United States", N, neu, "", "'It' = Southern Command; facts of its own strike"))

# ------------------------------------------------------------------ Panama Canal (full HTML, 2025-02-06)
d = "page_panama_canal_webpage.html"
U(d, "President José Raúl Mulino on Thursday rejected a claim", "no such agreement existed.",
  ("Panama", N, neg, "", "dateline 'PANAMA CITY — ' excluded; denial of a claim"))
U(d, "\"I reject that statement entirely.", "weekly press conference.",
  ("Panama", C, neg, "United States", "multi-sentence quote closed by its speaker; denial + 'falsehood', 'intolerable', 'lies': rule 1"))
U(d, "The State Department had written on X late on Wednesday", "millions of dollars a year.",
  ("United States", N, pos, "", "claim of fact (the claim Panama denies)"))
U(d, "The Panama Canal Authority, which sets tolls", "fees or charges.",
  ("Panama", N, neu, "", "state agency resolves to its state (independent of the government but Panamanian); denial without judgement"))
U(d, "The authority said it was nonetheless ready to hold a dialogue", "American warships.",
  ("Panama", T, neu, "United States", "offer of dialogue"))
U(d, "According to a State Department readout, Rubio told Mulino", "1977 neutrality treaty.",
  ("United States", C, neg, "", "judgement on China's influence + threat of measures addressed to Panama: two targets, left empty"))
U(d, "President Donald Trump has repeatedly said the United States should take the canal back.", "take the canal back.",
  ("United States", C, neg, "Panama", "a specific claim of a named leader, not vague background; threat to take territory"))
U(d, "Speaking to reporters at the White House on Sunday, Trump said Panama had violated", "did not change.",
  ("United States", C, neg, "Panama", "accusation + threat"))
U(d, "Mulino said after Rubio's visit that Panama would not renew", "leave earlier.",
  ("Panama", N, neu, "", "own decision, no judgement stated"))
U(d, "He said he did not feel a real threat to the treaty", "will remain Panamanian.\"",
  ("Panama", N, neu, "", "reassurance about sovereignty, no appeal"))
U(d, "The president added that the visit had opened the door", "Costa Rican border.",
  ("Panama", S, pos, "United States", "approval of the visit + invitation to US firms; could be read as neutral"))
U(d, "Rubio welcomed the decision on the Belt and Road", "the State Department said.",
  ("United States", S, pos, "Panama", "welcome; attribution tail"))
U(d, "In Beijing, the foreign ministry spokesman, Lin Jian, said China deeply regretted", "leave the initiative.",
  ("China", C, neg, "Panama", "'deeply regretted' aimed at Panama's act = judgement; In Beijing = place"))
U(d, "He added: \"China firmly opposes the United States using pressure", "will not succeed.\"",
  ("China", C, neg, "United States", "quote opened after a colon, two sentences, one unit; 'firmly opposes' aimed at an actor's act"))
U(d, "The Chinese embassy in Panama said in a statement that China had never interfered", "permanent neutrality.",
  ("China", N, neg, "", "denial"))
U(d, "Panama's ambassador to the United Nations, Eloy Alfaro de Alba, sent a letter", "another state.",
  ("Panama", C, neg, "United States", "protest by act: letter invoking the ban on threats of force (aimed at the US threats)"))
U(d, "The foreign minister, Javier Martínez-Acha, said Panama was open to talking", "who owns the canal.",
  ("Panama", T, neu, "United States", "role with no state word; conditional offer of talks"))
U(d, "\"We want the best relationship with the United States", "he said.",
  ("Panama", T, pos, "United States", "hope for good relations on mutual respect"))
U(d, "The comptroller general, Anel Flores, said the audit", "attorney general's office.",
  ("Panama", N, neu, "", "procedure"))
U(d, "In Mexico City, President Claudia Sheinbaum said the canal belonged to Panama", "Panamanian people.",
  ("Mexico", S, pos, "Panama", "'President' with no state word, Mexico City as place; solidarity"))
U(d, "Jorge Luis Quijano, who ran the canal authority from 2012 to 2019, said", "all vessels.",
  ("Jorge Luis Quijano", N, neg, "", "former official, now independent: own name; conditional legal assessment, no judgement on an actor"))
U(d, "He called the State Department's post \"a serious mistake.\"", "mistake.\"",
  ("Jorge Luis Quijano", C, neg, "United States", "judgement"))

# ------------------------------------------------------------------ Azerbaijan-Russia row (scraped regional paper, 2025-07-01)
d = "page_azerbaijan_russia_scraped.txt"
U(d, "Azerbaijani police on Monday raided the Baku office of Sputnik Azerbaijan", "Russian city of Yekaterinburg.",
  ("Azerbaijan", N, neu, "", "dateline 'BAKU: ' excluded; police act reported as done without a stated protest or judgement; unsure: could be read as a retaliatory act (condemning)"))
U(d, "The interior ministry said two of those detained were officers", "Moscow called absurd.",
  ("Azerbaijan", C, neg, "Russia", "espionage accusation against Russia's FSB"),
  ("Russia", N, neg, "", "second actor: denial ('absurd' rejects the charge, no counter-accusation)"))
U(d, "Police also detained a group of Russian citizens suspected", "from Iran.",
  ("Azerbaijan", N, neu, "", "attribution tail ', the ministry said, adding'; facts of a police operation"))
U(d, "Russia's foreign ministry summoned Azerbaijan's ambassador, Rahman Mustafayev", "Russian journalists.",
  ("Russia", C, neg, "Azerbaijan", "summons in protest; 'unfriendly actions of Baku'"))
U(d, "The ministry's spokeswoman, Maria Zakharova, said Moscow expected", "without delay.",
  ("Russia", T, neg, "Azerbaijan", "demand to release with no judgement word in the sentence (labels/README: demand to one side = calling_for_talks)"))
U(d, "\"These actions are a provocation, and they will not go unanswered,\"", "on Telegram.",
  ("Russia", C, neg, "Azerbaijan", "'provocation' + threat"))
U(d, "The regional branch of Russia's Investigative Committee said", "still being established.",
  ("Russia", N, neu, "", "state agency; facts about the deaths, no blame"))
U(d, "Azerbaijan's foreign ministry summoned the Russian embassy's chargé d'affaires", "those responsible.",
  ("Azerbaijan", C, neg, "Russia", "summons + 'brutal killing'"))
U(d, "The ministry's spokesman, Aykhan Hajizada, said the raids were", "on ethnic grounds.\"",
  ("Azerbaijan", C, neg, "Russia", "role only ('The ministry's spokesman'), the ministry named in the previous paragraph"))
U(d, "Hajizada added that Baku expected Moscow to", "to justice.",
  ("Azerbaijan", T, neg, "Russia", "surname only; demand for accountability with no judgement word in this sentence; could be read as condemning"))
U(d, "On Sunday the culture ministry cancelled all concerts", "in Yekaterinburg.",
  ("Azerbaijan", C, neg, "Russia", "cancellation in protest with the grievance stated"))
U(d, "The government also called off a visit by Russian Deputy Prime Minister", "current circumstances.",
  ("Azerbaijan", C, neg, "Russia", "refusing a visit in protest (grievance in context: 'in the current circumstances')"))
U(d, "Azerbaijan's parliament withdrew from a planned meeting", "in protest against the killings.",
  ("Azerbaijan", C, neg, "Russia", "withdrawal with protest stated"))
U(d, "An Azerbaijani government source said the raids were the last straw", "Azerbaijan Airlines jet.",
  ("Azerbaijan", C, neg, "Russia", "unnamed official of a named government speaks for it; the Kremlin = Russia"))
U(d, "Aliyev said in December that the plane had been damaged", "pay compensation.",
  ("Azerbaijan", C, neg, "Russia", "leader by surname only; demand to admit guilt = holds responsible"))
U(d, "Putin apologised to Aliyev by telephone in December", "hit the plane.",
  ("Russia", N, neg, "", "apology without admitting responsibility: neutral (like batch2b's apology); Aliyev only addressed"))
U(d, "Kremlin spokesman Dmitry Peskov said on Monday that the detentions in Baku were", "two countries.",
  ("Russia", C, neg, "Azerbaijan", "'regrettable' aimed at an act = judgement"))
U(d, "Peskov added that Moscow valued its partnership with Baku", "through dialogue.",
  ("Russia", T, pos, "Azerbaijan", "hope for dialogue"))
U(d, "The Russian foreign ministry said earlier that those arrested in Yekaterinburg", "necessary explanations.",
  ("Russia", N, neu, "", "facts/procedure; no judgement"))
U(d, "In Kyiv, Foreign Minister Andrii Sybiha wrote on X that Ukraine stood in solidarity", "dead brothers.",
  ("Ukraine", S, pos, "Azerbaijan", "solidarity; In Kyiv = place; minister with no state word before the name"))
U(d, "Turkey's foreign ministry spokesman, Öncü Keçeli, said Ankara was following", "Baku and Moscow.",
  ("Turkey", T, neu, "", "hope for dialogue between two partners: target empty"))

# ------------------------------------------------------------------ Kazakhstan unrest and CSTO deployment (full HTML, 2022-01-08)
d = "page_kazakhstan_csto_webpage.html"
U(d, "President Kassym-Jomart Tokayev said on Friday that he had ordered security forces", "three decades of independence.",
  ("Kazakhstan", C, neg, "", "dateline 'NUR-SULTAN — ' excluded; 'President' with no state word; order to fire + 'bandits and terrorists' (protesters, non-canonical): target empty"))
U(d, "\"Those who do not surrender will be destroyed,\"", "televised address.",
  ("Kazakhstan", C, neg, "", "threat"))
U(d, "He dismissed calls from abroad for negotiations", "criminals and murderers.\"",
  ("Kazakhstan", C, neg, "", "refuses talks in protest with a judgement ('criminals and murderers'); the foreign callers are unnamed"))
U(d, "In the same address, Tokayev thanked Russian President Vladimir Putin", "request for help.",
  ("Kazakhstan", S, pos, "", "thanks = praise; Russia and the CSTO leaders (several actors): target empty"))
U(d, "The interior ministry said 26 armed attackers had been killed", "had died.",
  ("Kazakhstan", N, neu, "", "figures from an actor"))
U(d, "Armenian Prime Minister Nikol Pashinyan, who chairs the alliance's Collective Security Council", "late on Wednesday.",
  ("CSTO", S, neu, "Kazakhstan", "leader speaking as chair of a body = the body (guide); deployment at Kazakhstan's request = backing by act; not Armenia"))
U(d, "The council had agreed to send collective peacekeeping forces", "security and sovereignty.",
  ("CSTO", S, neu, "Kazakhstan", "attribution tail ', Pashinyan wrote on Facebook,' as CSTO chair"))
U(d, "The alliance's secretary-general, Stanislav Zas, said on Saturday", "against protesters.",
  ("CSTO", N, neu, "", "'the alliance' = CSTO; figures + reassurance about the mission's role"))
U(d, "Russia's defence ministry said more than 70 transport planes", "to Kazakhstan.",
  ("Russia", S, neu, "Kazakhstan", "troops sent at the host's request = backing by act"))
U(d, "Belarus, Tajikistan and Kyrgyzstan have also sent contingents", "approve the mission.",
  ("Belarus", S, neu, "Kazakhstan", "specific act reported as done; one row per state"),
  ("Tajikistan", S, neu, "Kazakhstan", "specific act reported as done; one row per state"),
  ("Kyrgyzstan", S, neu, "Kazakhstan", "act + parliament's vote; one row per state"))
U(d, "In a message to Tokayev, Chinese President Xi Jinping praised", "in Kazakhstan.",
  ("China", S, pos, "Kazakhstan", "praise; 'firmly opposed any attempt by outside forces' names no actor (hypothetical), so not a judgement on an actor; unsure"))
U(d, "Secretary of State Antony Blinken told reporters in Washington that the United States had questions", "police and army.",
  ("United States", N, neg, "", "doubt voiced without a judgement word; could be read as condemning"))
U(d, "He urged the authorities to respect the rights of peaceful protesters", "show restraint.",
  ("United States", T, neu, "Kazakhstan", "appeal for restraint addressed to one side"))
U(d, "\"History suggests that once these forces arrive", "Blinken said.",
  ("United States", C, neg, "Russia", "implicit accusation that the Russian-led force will stay; could be read as neutral"))
U(d, "Russia's foreign ministry responded that Blinken's remark was \"offensive\"", "military interventions abroad.",
  ("Russia", C, neg, "United States", "judgement + rebuke"))
U(d, "The ministry said the CSTO mission was legitimate", "tasks were complete.",
  ("Russia", S, neu, "CSTO", "approval of the body's mission ('legitimate'); Russia is a member but speaks here as a state"))
U(d, "EU foreign policy chief Josep Borrell said the bloc was following developments", "through dialogue.",
  ("European Union", T, neg, "", "concern + appeal: rule 2"))
U(d, "The European Union was ready to help in any way it could, he said.", "he said.",
  ("European Union", S, pos, "Kazakhstan", "offer of help"))
U(d, "A spokesman for UN Secretary-General António Guterres said he urged all sides", "grievances peacefully.",
  ("United Nations", T, neu, "", "appeal to all sides"))
U(d, "The secretariat of the Organization of Turkic States", "people of Kazakhstan.",
  ("Organization of Turkic States", S, pos, "Kazakhstan", "support + solidarity"))
U(d, "Aidos Ukibay, the spokesman for former president Nursultan Nazarbayev", "overcome the crisis.",
  ("Nursultan Nazarbayev", S, pos, "Kazakhstan", "former president holding no office any more: independent person under his own name, spoken for by his spokesman; backing Tokayev; unsure: could be Kazakhstan"))
U(d, "Ukibay denied reports that the former leader had left the country.", "left the country.",
  ("Nursultan Nazarbayev", N, neg, "", "denial"))
U(d, "The National Security Committee said its former head, Karim Massimov", "high treason.",
  ("Kazakhstan", N, neu, "", "state agency; procedure"))
U(d, "Amnesty International said the authorities must not use lethal force", "since Wednesday.",
  ("Amnesty International", T, neg, "Kazakhstan", "demand to protect demonstrators, no judgement word"))

# ------------------------------------------------------------------ Guinea-Bissau coup (full HTML, 2025-11-28)
d = "page_guineabissau_coup_webpage.html"
GB = "Guinea-Bissau"
U(d, "The Economic Community of West African States suspended Guinea-Bissau", "held on Sunday.",
  ("ECOWAS", C, neg, GB, "suspension = sanction; the junta speaks for its state, so coup condemnations target Guinea-Bissau"))
U(d, "The bloc's Mediation and Security Council, meeting by video link, condemned", "democratic process.",
  ("ECOWAS", C, neg, GB, "'the bloc'; organ of ECOWAS"))
U(d, "It demanded the immediate and unconditional release", "electoral officials.",
  ("ECOWAS", T, neg, GB, "'It' = the council; demand with no judgement word in the sentence"))
U(d, "Bio said he would lead a delegation of West African presidents", "constitutional order.",
  ("ECOWAS", T, pos, GB, "Sierra Leone's president speaking as ECOWAS chair (introduced as chair in the previous sentence, which is narration) = ECOWAS; mediation mission"))
U(d, "The officers, who call themselves the High Military Command", "one-year transition.",
  (GB, N, neu, "", "junta speaks for its state; own procedure"))
U(d, "N'Tam said at the ceremony that the army had acted to stop a plan", "destabilise the country.",
  (GB, C, neg, "", "accusation against unnamed 'narco-traffickers and their political allies': target empty"))
U(d, "\"We have no wish to hold on to power.", "he said.",
  (GB, N, pos, "", "multi-sentence quote closed by its speaker; reassurance about own conduct"))
U(d, "The military command said the country's borders", "until further notice.",
  (GB, N, neu, "", "measures"))
U(d, "Embaló, who had been widely expected to claim victory, arrived in Dakar", "Senegal's foreign ministry said.",
  ("Senegal", S, neu, "", "assistance by act (chartered flight) to the ousted president, who is no canonical actor: target empty; unsure: could be read as neutral"))
U(d, "Fernando Dias, the main opposition candidate, said from hiding", "handing over power.",
  ("Fernando Dias", C, neg, "", "candidate under his own name (no party of his own named on the page); accusation against Embaló (not a canonical actor)"))
U(d, "\"This is not a coup, it is a manoeuvre,\"", "French radio station.",
  ("Fernando Dias", C, neg, "", "same accusation"))
U(d, "Senegal's prime minister, Ousmane Sonko, told parliament in Dakar", "looked like a scheme.",
  ("Senegal", C, neg, "", "judgement on the events ('scheme') without naming who staged it: target empty"))
U(d, "Sonko called for the electoral process to be completed", "to be announced.",
  ("Senegal", T, neu, GB, "surname only; demand for a peaceful/democratic course, no judgement"))
U(d, "Former Nigerian president Goodluck Jonathan, who led an observer mission", "giving interviews.",
  ("Goodluck Jonathan", C, neg, "", "former president = independent person under his own name (not speaking in the forum's name here); insinuates a staged coup; unsure: could be West African Elders Forum"))
U(d, "He called on ECOWAS to ensure that the results", "were published.",
  ("Goodluck Jonathan", T, neu, "ECOWAS", "appeal addressed to ECOWAS"))
U(d, "In a joint statement on Wednesday, the observer missions of the African Union", "awaited the results.",
  ("African Union", C, neg, GB, "joint statement of three bodies: one row each; 'deep regret' + 'brazen attempt'"),
  ("ECOWAS", C, neg, GB, "joint statement: one row per body"),
  ("West African Elders Forum", C, neg, GB, "joint statement: one row per body"))
U(d, "The chairperson of the African Union Commission, Mahmoud Ali Youssouf, condemned", "all officials.",
  ("African Union", C, neg, GB, "condemnation + demand: rule 1"))
U(d, "The AU's Peace and Security Council suspended Guinea-Bissau on Friday.", "on Friday.",
  ("African Union", C, neg, GB, "suspension (sanction)"))
U(d, "UN Secretary-General António Guterres was deeply concerned and condemned", "in New York.",
  ("United Nations", C, neg, "", "'condemned any attempt' names no actor: target empty; attribution tail"))
U(d, "The secretary-general called on all stakeholders to exercise restraint", "Dujarric said.",
  ("United Nations", T, neu, "", "appeal to all"))
U(d, "Portugal, the former colonial power, called for a swift return", "constitutional normality.",
  ("Portugal", T, neu, GB, "appeal without judgement"))
U(d, "Foreign Minister Paulo Rangel said Lisbon was in contact", "effort at mediation.",
  ("Portugal", T, pos, "", "minister with no state word; Lisbon = capital; ready to support mediation = peaceful course"))
U(d, "Nigeria's foreign ministry said the takeover was unacceptable", "in the region.",
  ("Nigeria", C, neg, GB, "'unacceptable'"))

# ------------------------------------------------------------------ Somalia: al-Shabaab offensive and AUSSOM funding (UN noon briefing + round-up, 2025-04-25)
d = "page_somalia_aussom_unreadout.txt"
AS, AU = "Al-Shabaab", "African Union"
U(d, "The Secretary-General is deeply concerned by the intensified offensive", "in recent weeks.",
  ("United Nations", N, neg, "", "concern without appeal (the judgement is the next sentence)"))
U(d, "He strongly condemns the attacks by al-Shabaab", "near Adan Yabaal.",
  ("United Nations", C, neg, AS, "condemnation"))
U(d, "Mr. Swan said the United Nations would continue to stand with", "fight against terrorism.",
  ("United Nations", S, pos, "", "SRSG = United Nations; backing of two actors (Somalia and the AU mission): target empty; the preceding sentence (he spoke to the summit) is narration"))
U(d, "He told them that the gains of the past years were at real risk", "sustainable funding.",
  ("United Nations", N, neg, "", "warning without an appeal in the sentence"))
U(d, "Through the UN Support Office in Somalia, we continue to provide logistical support", "field defence supplies.",
  ("United Nations", S, neu, "", "support by act to AUSSOM and Somali forces: target empty"))
U(d, "Our colleagues at the Office for the Coordination of Humanitarian Affairs (OCHA) tell us", "since February.",
  ("United Nations", N, neu, "", "OCHA = United Nations; figures, no blame"))
U(d, "Humanitarian partners are providing shelter", "remains cut off.",
  ("United Nations", N, neu, "", "continuation of OCHA's report (the partners are unnamed)"))
U(d, "OCHA warns that this year's humanitarian response plan", "12 per cent funded.",
  ("United Nations", N, neg, "", "figures with alarm, no appeal"))
U(d, "We call on donors to step up their support without delay", "before the rainy season.",
  ("United Nations", T, neu, "", "asking for humanitarian help = calling_for_talks (labels/README), not supporting"))
U(d, "The World Food Programme (WFP) says it has been forced to reduce", "no new money arrives.",
  ("World Food Programme", N, neg, "", "WFP is its own actor; facts"))
U(d, "Question: The United States has said it will not back the use", "under resolution 2719.",
  ("United States", N, neu, "", "position reported in a reporter's question; refusal of a financing format with no reason or judgement stated = neutral"))
U(d, "Spokesman: I am not going to comment on the positions", "Member States.",
  ("United Nations", N, neu, "", "declining to judge"))
U(d, "The Secretary-General has been very clear that the Mission is doing vital work", "predictable funding.",
  ("United Nations", S, pos, AU, "praise of the mission (AUSSOM = African Union in organisations.csv)"))
U(d, "He supports AUSSOM and will keep working with the African Union", "find a solution.",
  ("United Nations", S, pos, AU, "explicit support"))
U(d, "Spokesman: Our humanitarian colleagues continue to call on all parties", "international humanitarian law.",
  ("United Nations", T, neu, "", "humanitarian access appeal to all parties; the question named al-Shabaab but the answer addresses all"))
U(d, "President Hassan Sheikh Mohamud told the Entebbe summit that Somalia would not allow", "last three years.",
  ("Somalia", C, neg, AS, "'President' with no state word (Somalia in the clause); resolve against al-Shabaab = threatened response"))
U(d, "Mohamud said the government would launch a new offensive", "AU troops.",
  ("Somalia", C, neg, AS, "announcing a military operation against another side"))
U(d, "The Ministry of Information said government forces and their partners had killed", "over the past week.",
  ("Somalia", N, neu, "", "'The Ministry of Information' with no state word; own operation reported as done"))
U(d, "Al-Shabaab said in a statement carried by its radio station Andalus", "government troops.",
  (AS, N, neu, "", "non-state armed group as actor; own capture reported without judgement; the radio station is not an actor"))
U(d, "The chairperson of the African Union Commission, Mahmoud Ali Youssouf, told the summit", "without money.",
  (AU, N, neg, "", "warning without appeal"))
U(d, "He appealed to partners to close the funding gap", "for the region.\"",
  (AU, T, neg, "", "asking for help (labels/README: calling_for_talks)"))
U(d, "Uganda's President Yoweri Museveni, who hosted the summit, said Uganda was ready", "financing were secured.",
  ("Uganda", S, pos, "Somalia", "conditional offer of troops = offer of assistance"))
U(d, "Kenya's Deputy President Kithure Kindiki urged the Security Council", "without further delay.",
  ("Kenya", T, neu, "United Nations", "asking for financing for the mission; appeal addressed to the Security Council (= United Nations); could be read as supporting the AU"))
U(d, "\"Our soldiers cannot be asked to hold the line on promises,\"", "Kindiki said.",
  ("Kenya", N, neg, "", "frustration aimed at no named actor; unsure: could be read as condemning the donors"))
U(d, "Egypt's foreign ministry said Cairo remained committed to deploying troops", "training and equipment.",
  ("Egypt", S, pos, "Somalia", "troops + training and equipment; Cairo, Mogadishu = capitals"))
U(d, "A spokesperson for the US mission to the United Nations said Washington did not believe", "model for AUSSOM.",
  ("United States", N, neg, "", "disagreement about a financing model without a judgement on an actor"))
U(d, "The spokesperson said the United States would continue to support Somali forces directly", "training and intelligence.",
  ("United States", S, pos, "Somalia", "aid pledged"))
U(d, "The executive secretary of IGAD, Workneh Gebeyehu, welcomed", "not weakened.",
  ("IGAD", T, pos, "Somalia", "welcome + appeal for dialogue with no judgement: rule 2 before rule 3; appeal addressed to Somalia's federal government and member states (one state)"))
U(d, "The European Union said it had earmarked additional funds", "Somali National Army.",
  ("European Union", S, pos, "", "funds for AUSSOM and the Somali army (two actors): target empty"))
U(d, "The United Kingdom announced a new contribution to the mission's trust fund", "stable Somalia.\"",
  ("United Kingdom", S, pos, AU, "contribution to AUSSOM's trust fund; minister with a possessive ('its minister for Africa'); London = capital"))
