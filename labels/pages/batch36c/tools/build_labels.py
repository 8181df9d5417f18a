#!/usr/bin/env python3
"""Build /work/batch36c/statements.csv from hand-written rows.

Every row below was decided by reading the sentence in its page and applying
/work/shared/labelling-guide.md; the script only checks that each sentence is
present in the page's visible text (whitespace-normalised) and writes the CSV.
"""
import csv, html, re, sys
from pathlib import Path

D = Path('/work/batch36c')

def visible(p):
    t = p.read_text(encoding='utf-8')
    if p.suffix == '.html':
        t = re.sub(r'<head>.*?</head>', ' ', t, flags=re.S)
        t = re.sub(r'<script.*?</script>', ' ', t, flags=re.S)
        t = re.sub(r'<[^>]+>', ' ', t)
        t = html.unescape(t)
    return re.sub(r'\s+', ' ', t)

P1 = 'page_saudi_jeddah_cemeterybomb2020_wire.txt'
P2 = 'page_syria_tharda_coalitionstrike2016_stateagency.txt'
P3 = 'page_iraq_nujaba_baghdadstrike2024_noonbriefing.txt'
P4 = 'page_tunisia_eudelegation_funds2023_presidency.html'
P5 = 'page_lebanon_shwayya_rockets2021_liveblog.html'
P6 = 'page_jordan_adwan_handover2023_daily.txt'

C, S, N, T = 'condemning', 'supporting', 'neutral', 'calling_for_talks'
neg, pos, neu = 'negative', 'positive', 'neutral'

rows = []
def r(doc, sent, actor, stance, senti, target='', note=''):
    rows.append([doc, sent, actor, stance, senti, target, 'page', note])

# ---------------- page 1: Saudi Arabia, Jeddah cemetery bomb, wire ----------------
d = P1
r(d, "Islamic State claimed responsibility on Thursday for a bomb blast that hit a First World War remembrance ceremony attended by Western diplomats at a non-Muslim cemetery in the Saudi city of Jeddah, saying the French consul general had been its main target.",
  'Islamic State', N, neg, '', "dateline excluded; claim of its own attack reported as done = neutral; naming its target is not a judgement (unsure: could be read as a threat against France)")
r(d, "In a message posted on its Telegram channels, the group said one of its cells had hidden a home-made bomb among the graves and set it off once the foreign diplomats had arrived, and it presented the attack as revenge for France's defence of cartoons of the Prophet Mohammad.",
  'Islamic State', C, neg, 'France', "'the group' = Islamic State; attack cast as revenge for France's stance = hostile judgement of France")
r(d, "Two people were lightly hurt in Wednesday's explosion, a Greek employee of Greece's consulate and a Saudi security officer, according to the spokesman for the Makkah regional government, Sultan al-Dosari.",
  'Saudi Arabia', N, neu, '', "regional government spokesman resolves to the state; casualty figures")
r(d, "Dosari said investigators had sealed off the cemetery and were questioning witnesses, and that the situation in the area was under control.",
  'Saudi Arabia', N, neu, '', "surname only; facts on the investigation")
r(d, "Saudi Arabia's foreign ministry condemned the bombing on Thursday, saying in a statement carried by the state news agency SPA that the kingdom would not let criminals threaten the foreigners who live and work among its people and that the perpetrators would be tracked down.",
  'Saudi Arabia', C, neg, '', "condemnation + vow to pursue unnamed perpetrators; target empty (the IS claim is not referred to); the agency is not an actor")
r(d, "\"Acts of this kind are alien to the values of this country and to the teachings of Islam, and they will only harden our resolve to protect everyone who lives on our soil,\" the ministry said.",
  'Saudi Arabia', C, neg, '', "judgement of the act without a stock verb; attacker unnamed")
r(d, "The French foreign ministry, which first disclosed the blast, said a home-made bomb had gone off during the yearly commemoration organised by its consulate and that a handful of people had been hurt.",
  'France', N, neu, '', "facts")
r(d, "It condemned the bombing in the strongest terms and renewed its advice to French citizens in the kingdom to stay on their guard.",
  'France', C, neg, '', "'It' = the French foreign ministry; condemnation, perpetrators unnamed")
for st in ['France', 'Greece', 'Italy', 'United Kingdom', 'United States']:
    r(d, "In a joint statement, the embassies of France, Greece, Italy, Britain and the United States, whose consulates were represented at the ceremony, called the bombing of people gathered to honour the war dead an act of pure malice, and thanked the Saudi authorities for their quick response.",
      st, C, neg, '', "joint statement: one row per listed state; judgement ('act of pure malice') outweighs the thanks to Saudi Arabia (rule 1)")
r(d, "Greece's foreign ministry said the injured Greek, a police officer assigned to the consulate in Jeddah, was out of danger, and that Foreign Minister Nikos Dendias had spoken to his family on Wednesday evening.",
  'Greece', N, neu, '', "facts about its injured national")
r(d, "Britain's Foreign Office said it was in contact with the Saudi authorities and was urgently looking into reports that a British national was among the injured.",
  'United Kingdom', N, neu, '', "consular facts, no judgement")
r(d, "Italian Foreign Minister Luigi Di Maio wrote on Twitter that his thoughts were with the diplomats who had been at the cemetery, and that no threat would stop Italy from honouring those who fell in the Great War.",
  'Italy', S, pos, '', "solidarity with the diplomats present + resolve; no explicit judgement of the attackers (unsure: could be neutral)")
r(d, "The US embassy in Riyadh told Americans in the kingdom to keep a low profile, and a State Department spokesperson said Washington condemned the attack and was in close touch with the Saudi government.",
  'United States', C, neg, '', "embassy and spokesperson = United States; condemnation, attacker unnamed")
r(d, "The Gulf Cooperation Council's secretary-general, Nayef al-Hajraf, called the blast a terrorist act aimed at the kingdom's security, and said the six-member bloc backed every measure Riyadh took to protect residents and visitors.",
  'Gulf Cooperation Council', C, neg, '', "'terrorist act' = judgement (rule 1) although the bloc also backs Riyadh; 'the bloc' = GCC")
for st in ['Egypt', 'Jordan', 'Bahrain', 'United Arab Emirates']:
    r(d, "Egypt, Jordan, Bahrain and the United Arab Emirates also condemned the attack in separate statements, and the Cairo-based Arab League said it stood in full solidarity with Saudi Arabia.",
      st, C, neg, '', "states acting as a list: one row each")
r(d, "Egypt, Jordan, Bahrain and the United Arab Emirates also condemned the attack in separate statements, and the Cairo-based Arab League said it stood in full solidarity with Saudi Arabia.",
  'Arab League', S, pos, 'Saudi Arabia', "solidarity = supporting; Cairo only a place")
r(d, "The Organisation of Islamic Cooperation, which has its headquarters in Jeddah, said an attack on mourners at a place of burial violated every religious and human value.",
  'Organisation of Islamic Cooperation', C, neg, '', "judgement without a stock verb")
r(d, "Its secretary-general, Yousef al-Othaimeen, urged political and religious leaders everywhere to calm the anger over the cartoons and to shun language that sets communities against one another.",
  'Organisation of Islamic Cooperation', T, neu, '', "appeal for calm, no judgement = calling_for_talks")
r(d, "Separately, Dutch police said they had arrested a man after shots were fired at the Saudi embassy in The Hague early on Thursday, causing damage to the building but no injuries.",
  'Netherlands', N, neu, '', "police speak for their state; facts")
r(d, "Saudi Arabia's foreign ministry said it condemned the shooting and trusted the Dutch authorities to bring whoever was responsible to justice.",
  'Saudi Arabia', C, neg, '', "condemnation of the shooting (unknown perpetrator); the trust in the Dutch authorities is secondary (rule 1)")
r(d, "Lars Eklund, a Gulf security analyst at the Nordic Centre for Middle East Studies in Uppsala, said the claim fitted a pattern in which Islamic State tried to exploit the anger over the cartoons to reach targets in countries where its own networks had been badly weakened.",
  'Lars Eklund', N, neu, '', "invented analyst; reading of the group's motives, no position")
r(d, "\"Saudi security services have been very effective against the group for several years, but a small device at an open-air ceremony is extremely hard to prevent,\" Eklund said.",
  'Lars Eklund', N, neu, '', "assessment, no position (the praise of Saudi services is descriptive)")
r(d, "\"Governments in the region and in Europe would do better to coordinate quietly on security than to trade accusations over the cartoons, which is exactly what the militants want,\" he added.",
  'Lars Eklund', T, neu, '', "appeal to cooperate rather than trade blame = calling_for_talks")

# ---------------- page 2: Syria, al-Tharda strike, state agency ----------------
d = P2
r(d, "The Foreign and Expatriates Ministry sent two identical letters on Sunday to the UN Secretary-General and the President of the Security Council regarding the aggression carried out by the warplanes of the so-called US-led international coalition against a position of the Syrian Arab Army on al-Tharda Mountain in the vicinity of Deir Ezzor Airport, in which the Ministry said that the attack was an intentional assault carried out with full knowledge of the positions being targeted.",
  'Syria', C, neg, 'United States', "'Damascus, SANA -' excluded; 'aggression', 'intentional assault' = accusation; the US-led coalition resolves to the United States")
r(d, "The Ministry called on the Security Council to shoulder its responsibilities by denouncing the attack in clear terms and by holding Washington to its obligations under the Charter of the United Nations, in order to preserve what remains of the credibility of the international efforts to combat terrorism.",
  'Syria', C, neg, 'United States', "asks the Council to denounce the attack = judgement; Washington = United States")
r(d, "The letters recalled Syria's firm position that no state may carry out military operations on its soil without the consent of its legitimate government, which alone decides how the war on terrorism is waged on Syrian territory.",
  'Syria', C, neg, 'United States', "principle restated in a protest letter against the coalition's operations (unsure: could be neutral)")
r(d, "The General Command of the Army and the Armed Forces had said in a statement on Saturday that warplanes of the US-led coalition struck the army position on al-Tharda Mountain at five in the afternoon, killing and injuring a number of army personnel and destroying military equipment.",
  'Syria', N, neg, '', "the army speaks for its state; the strike and losses stated as facts; the judgement comes in the next sentence (unsure: could be read as an accusation)")
r(d, "The General Command affirmed that the aggression, which was followed within minutes by an attack of ISIS terrorists on the army's positions on the mountain, is conclusive evidence that the United States and its allies back the terrorist organization and seek to obstruct the army's war against it.",
  'Syria', C, neg, 'United States', "accusation of backing ISIS")
r(d, "The General Command affirmed that such attacks will not deter the heroes of the Syrian Arab Army from carrying out their national duty of fighting terrorism on every inch of the homeland.",
  'Syria', N, pos, '', "resolve and self-praise = neutral, positive tone")
r(d, "A military source told SANA that army units, backed by the Syrian and Russian air forces, launched a counterattack on Saturday night and restored control over the hills of the mountain after inflicting heavy losses on the ISIS terrorists.",
  'Syria', N, neu, '', "military source of a named government = Syria; own operation reported as done")
r(d, "A military source told SANA that army units, backed by the Syrian and Russian air forces, launched a counterattack on Saturday night and restored control over the hills of the mountain after inflicting heavy losses on the ISIS terrorists.",
  'Russia', S, neu, 'Syria', "Russian air support reported by the Syrian source = backing by act (unsure: a by-the-way mention)")
r(d, "Syria's Permanent Representative to the United Nations, Bashar al-Jaafari, told reporters in New York that Damascus had long warned that the coalition was operating on Syrian territory without any legal cover, and that the families of the fallen soldiers were owed far more than words of regret.",
  'Syria', C, neg, 'United States', "ambassador = Syria; 'without any legal cover' = illegality charge; New York only a place")
r(d, "Speaker of the People's Assembly Hadiya Abbas said in a statement that the blood of the army's martyrs in Deir Ezzor had exposed the true role of the coalition, and she called on the parliaments of the world to denounce the crime.",
  'Syria', C, neg, 'United States', "parliament speaker = state; 'the crime', call to denounce")
r(d, "In Moscow, the Russian Defense Ministry said that four coalition aircraft, two F-16 fighters and two A-10 ground attack aircraft, which had entered Syrian airspace from Iraq, carried out four strikes on Syrian army units that had been encircled by ISIS terrorists near Deir Ezzor airport, killing 62 servicemen and wounding around 100 others.",
  'Russia', N, neu, '', "figures and facts given by an actor; Moscow a place")
r(d, "Ministry spokesman Major General Igor Konashenkov said that even on the most generous reading, the attack showed what came of Washington's refusal to share information on its targets with Moscow.",
  'Russia', C, neg, 'United States', "blames Washington's refusal to coordinate = judgement without a stock verb")
r(d, "Russian Foreign Ministry spokeswoman Maria Zakharova said the strike raised grave questions about whose side the United States was on in Syria, and that its timing, days into the cessation of hostilities, could not be dismissed as chance.",
  'Russia', C, neg, 'United States', "insinuation of intent = accusation")
r(d, "Russia requested an emergency session of the Security Council, which met in closed consultations on Saturday evening.",
  'Russia', T, neu, '', "convening the Council = calling_for_talks (unsure: the request was made in protest)")
r(d, "Russia's Permanent Representative to the United Nations, Vitaly Churkin, told reporters after the session that the US delegation had spent the meeting lecturing Moscow instead of answering for the strike, which, he said, told the Council a great deal about Washington's commitment to the agreement it had reached with Russia in Geneva.",
  'Russia', C, neg, 'United States', "rebuke of the US delegation")
r(d, "US Ambassador to the UN Samantha Power had accused Moscow, before the consultations began, of calling the session to divert attention from the Syrian government's obstruction of aid to Aleppo.",
  'United States', C, neg, 'Russia', "accusation aimed at Moscow (the Syrian government also blamed; Russia is the addressee)")
r(d, "US Central Command claimed in a statement that the raid had been aimed at ISIS positions and was called off once Russian officers warned that the troops being hit might belong to the Syrian army.",
  'United States', N, neu, '', "own strike account; 'claimed' is the agency's word")
r(d, "A White House spokesman said the United States was sorry if the coalition had indeed killed Syrian troops, and that Washington still intended to work with Moscow to make the cessation of hostilities hold.",
  'United States', T, neu, '', "conditional regret + commitment to the truce with Russia = calling_for_talks")
r(d, "The Australian Defence Department admitted that Australian aircraft had taken part in the raid, as did the Danish armed forces with regard to Danish F-16s.",
  'Australia', N, neu, '', "acknowledgement of participation = fact; 'admitted' is the agency's word")
r(d, "The Australian Defence Department admitted that Australian aircraft had taken part in the raid, as did the Danish armed forces with regard to Danish F-16s.",
  'Denmark', N, neu, '', "second state in an elliptical clause ('as did'); fact")
r(d, "In Tehran, Iranian Foreign Ministry Spokesman Bahram Qasemi condemned the attack, saying it showed that the coalition's claims of fighting terrorism were hollow and that its presence in Syria without the consent of the Syrian government was a violation of international law.",
  'Iran', C, neg, 'United States', "condemnation + illegality charge")

# ---------------- page 3: Iraq, Baghdad strike, UN noon briefing ----------------
d = P3
r(d, "As you will have seen, last night we issued a statement in which the Secretary-General condemned in the strongest terms the two explosions in the city of Kerman, which killed scores of people who had gathered to mark the anniversary of the death of General Qassem Soleimani.",
  'United Nations', C, neg, '', "spokesperson for the SG = United Nations; perpetrators unnamed at the time")
r(d, "The Secretary-General extends his deepest condolences to the families of the victims and to the people and Government of the Islamic Republic of Iran, and he wishes a swift recovery to the many who were injured.",
  'United Nations', S, neg, 'Iran', "condolences = supporting, grieving tone")
r(d, "Turning to Iraq, we have seen the reports of a drone strike this morning in eastern Baghdad on a headquarters of the Popular Mobilization Forces, which reportedly killed a commander of Harakat al-Nujaba and at least one other person.",
  'United Nations', N, neu, '', "facts relayed, no attribution of the strike")
r(d, "The Secretary-General is concerned about the risk of further escalation in Iraq and in the wider region, and he urges all concerned to exercise maximum restraint.",
  'United Nations', T, neu, '', "concern + appeal for restraint")
r(d, "He underlines that Iraq's sovereignty and territorial integrity must be respected, and that the country must not be turned into an arena for the settling of scores between others.",
  'United Nations', T, neu, '', "appeal addressed to no one in particular, no judgement")
r(d, "Our colleagues at the UN Assistance Mission for Iraq (UNAMI) are following developments closely and remain in contact with the Iraqi authorities.",
  'United Nations', N, neu, '', "monitoring = neutral")
r(d, "On Gaza, our humanitarian colleagues tell us that intense bombardment continued overnight across much of the Strip, and that shelters in Rafah are now holding far more people than they were built for.",
  'United Nations', N, neg, '', "humanitarian facts, grim tone")
r(d, "The Secretary-General reiterates his call for a humanitarian ceasefire and for the unimpeded delivery of aid at the scale that is needed.",
  'United Nations', T, neu, '', "ceasefire + access appeal")
r(d, "On Baghdad, the Pentagon now says US forces carried out the strike in self-defence against a militia leader it holds responsible for planning attacks on American personnel in Iraq and Syria.",
  'United States', C, neg, 'Harakat al-Nujaba', "journalist's question reporting the Pentagon's position = US statement (README, 27th session); 'holds responsible' = blame; the leader is Nujaba's commander")
r(d, "The Iraqi Prime Minister's office calls it a breach of Iraqi sovereignty that has nothing to do with the task the coalition was invited to carry out.",
  'Iraq', C, neg, 'United States', "reported in a question; sovereignty breach = judgement; 'it' = the US strike")
r(d, "I'm not in a position to make a legal determination from this podium.",
  'United Nations', N, neu, '', "declines to judge, no appeal in this sentence = neutral")
r(d, "What we are saying is that all Member States need to act within international law, respect Iraq's sovereignty, and avoid steps that risk pulling Iraq deeper into the conflicts around it.",
  'United Nations', T, neu, '', "appeal to all, no judgement")
r(d, "Harakat al-Nujaba says it will avenge its commander and is calling on the Government to expel American troops.",
  'Harakat al-Nujaba', C, neg, 'United States', "threat of revenge + demand to expel US troops")
r(d, "We are always attentive to the security of our personnel, wherever they serve.",
  'United Nations', N, neu, '', "own precautions, no position on others")
r(d, "Iran's Foreign Ministry spokesman, Nasser Kanaani, condemned the strike this afternoon as a violation of Iraq's sovereignty and said Washington would bear responsibility for any escalation.",
  'Iran', C, neg, 'United States', "reported in a question; condemnation + 'bear responsibility'")
r(d, "This is a moment for restraint, not for more strikes, more rockets or more rhetoric.",
  'United Nations', T, neu, '', "appeal to all sides")
r(d, "The Popular Mobilization Forces themselves described the attack as a crime against an Iraqi security body that operates under the Prime Minister's authority.",
  'Popular Mobilization Forces', C, neg, 'United States', "reported in a question; 'a crime' = judgement")
r(d, "The status of the PMF is set by Iraqi law, and it is for the Iraqi authorities to speak to it, not for me.",
  'United Nations', N, neu, '', "declines to characterise, procedural")
r(d, "Islamic State has now claimed the bombings, while several Iranian officials blamed Israel and the United States in the hours after the blasts.",
  'Islamic State', N, neg, '', "claim of its own attack reported as done")
r(d, "Islamic State has now claimed the bombings, while several Iranian officials blamed Israel and the United States in the hours after the blasts.",
  'Iran', C, neg, '', "unnamed officials of a named government = Iran; blame aimed at two actors -> target empty")
r(d, "The State Department said yesterday that the United States had no part in the attack and that it saw nothing pointing to Israeli involvement either.",
  'United States', N, neg, '', "denial = neutral, negative tone")
r(d, "The Secretary-General's condemnation stands, whoever is responsible, and those who carried out this attack must be held to account.",
  'United Nations', C, neg, '', "condemnation restated (rule 1 over the accountability appeal); perpetrators unnamed")
r(d, "The Special Representative, Jeanine Hennis-Plasschaert, is in regular contact with Prime Minister Mohammed Shia al-Sudani and his team, and she will continue to press for calm.",
  'United Nations', T, neu, '', "SRSG = United Nations; press for calm; Sudani only mentioned")

# ---------------- page 4: Tunisia, presidency releases ----------------
d = P4
r(d, "The Head of State informed them that Tunisia had sent back to the European Union the sum of 60 million euros that had been transferred to the Central Bank of Tunisia, since Tunisians would have seen in it a slight to their dignity.",
  'Tunisia', C, neg, 'European Union', "returning the funds with a grievance stated = a measure taken in protest")
r(d, "The President of the Republic affirmed that Tunisia is keen on strategic partnerships with all of its partners, provided that they rest on mutual respect and on equality between the parties.",
  'Tunisia', T, neu, '', "openness to cooperation on conditions = calling_for_talks (unsure: could be neutral)")
r(d, "The Minister of Finance presented the main features of the draft finance law for 2024, which the Government is to submit to the Assembly of the Representatives of the People within the legal deadlines.",
  'Tunisia', N, neu, '', "finance minister = Tunisia; plans and procedure")
r(d, "The Head of State affirmed that Tunisia has always honoured its commitments to its creditors and will continue to do so.",
  'Tunisia', N, pos, '', "reassurance about its own conduct")
r(d, "He also called for the draft state budget for 2024 to be built on national choices and on reliance on the country's own resources, far from the dictates of foreign financial institutions.",
  'Tunisia', C, neg, '', "'dictates of foreign financial institutions' = judgement of unnamed lenders -> target empty (unsure: could be neutral)")
r(d, "The meeting dealt in particular with the announcement made by the European Commission in recent days concerning the disbursement of funds to Tunisia.",
  'European Union', S, neu, 'Tunisia', "the Commission's announced disbursement, reported by the presidency = aid offered (unsure: topic line of a readout)")
r(d, "The Head of State said that Tunisia is open to partnership with all who deal with it as an equal, but that it will take no handout from anyone, and that the dignity of Tunisians is not for sale.",
  'Tunisia', C, neg, 'European Union', "refusal of the EU's offer with a grievance (handout, dignity) = condemning; target by context (next sentence names Brussels)")
r(d, "He said that Tunisia declines the sums announced by Brussels, and that the objection has nothing to do with how much money is involved: the announcement, he said, ignores both the letter of the memorandum of understanding signed in Tunis on 16 July and the understandings reached at the Rome conference the following week.",
  'Tunisia', C, neg, 'European Union', "rejection in protest; Brussels = EU; charge of ignoring the memorandum")
r(d, "The President of the Republic recalled that the International Conference on Development and Migration held in Rome was a joint Tunisian-Italian initiative, and he praised the sincere efforts made by Italy to bring it about.",
  'Tunisia', S, pos, 'Italy', "praise of Italy; Rome only a place")
r(d, "The President of the Republic instructed the Minister to convey Tunisia's position to its European partners through diplomatic channels, in a spirit of frankness and mutual respect.",
  'Tunisia', T, neu, 'European Union', "diplomatic course chosen, no judgement in the sentence")
r(d, "He said Tunisia is fighting the trafficking gangs with every means at its disposal, and that the poverty which pushes young Africans towards the sea is the product of a global order that has wronged Tunisia too.",
  'Tunisia', N, neg, '', "own efforts + grievance at an abstract 'global order' (not an actor)")
r(d, "The Head of State called for a new approach to migration that tackles its root causes, in cooperation between the countries of origin, transit and destination, and with respect for the sovereignty of each of them.",
  'Tunisia', T, neu, '', "appeal for cooperation among all")
r(d, "The Head of State stressed that Tunisia answers to its own people and to no foreign authority, and that delegations who come to sit in judgement on its institutions as if it were a territory in their charge will not be received.",
  'Tunisia', C, neg, 'European Union', "refusal of the European Parliament delegation with a grievance stated = condemning; target from the next sentence")
r(d, "The President of the Republic noted that members of the European Parliament had spent a session in Strasbourg last Tuesday heaping charges on Tunisia, and that some of them had then planned to travel to Tunis to meet only those parties they had selected in advance.",
  'Tunisia', C, neg, 'European Union', "'heaping charges', 'selected in advance' = the President's judgement of the MEPs (European Parliament = EU)")
r(d, "The President of the Republic noted that members of the European Parliament had spent a session in Strasbourg last Tuesday heaping charges on Tunisia, and that some of them had then planned to travel to Tunis to meet only those parties they had selected in advance.",
  'European Union', C, neg, 'Tunisia', "the Parliament's criticism of Tunisia reported by the presidency = an EU position (unnamed members of a named body)")
r(d, "The Head of State said that Tunisia has never presumed to instruct other nations on how to run their parliaments or their courts, and that it expects the same courtesy in return.",
  'Tunisia', C, neg, 'European Union', "rebuke by implication of interference (unsure: could be read as a neutral principle)")
r(d, "The Tunisian people alone are the source of sovereignty, the President of the Republic said, and no foreign body, whatever its title, has the right to hand out certificates of good conduct to the Tunisian State.",
  'Tunisia', C, neg, 'European Union', "'no foreign body ... has the right' aimed at the European Parliament in context (unsure on target)")
r(d, "He reiterated that Tunisia remains committed to the memorandum of understanding it signed with the European Union, which it regards as a starting point for a fair partnership serving the interests of both shores of the Mediterranean.",
  'Tunisia', T, pos, 'European Union', "commitment to a negotiated framework = calling_for_talks (unsure: could be supporting, approval of an agreement)")
r(d, "On migration, the President of the Republic reaffirmed that Tunisia will not act as a guard for the borders of other states, and that it deals with the migrants on its soil humanely while waging a relentless fight against the networks that traffic in human beings.",
  'Tunisia', N, neu, '', "refusal of a role with no judgement of an actor + own conduct")
r(d, "He instructed the Head of Government to step up the monitoring of distribution channels and to prosecute those who speculate on the daily bread of Tunisians.",
  'Tunisia', N, neg, '', "domestic instruction; speculators are not an actor")

# ---------------- page 5: Lebanon, rockets and Shwayya, live blog ----------------
d = P5
r(d, "The Israeli army said on Thursday that its aircraft had hit the areas from which the rockets were launched and infrastructure used to fire them.",
  'Israel', N, neg, '', "army = Israel; own strike reported as done")
r(d, "The Israeli army says 19 rockets were launched from Lebanon, ten of them intercepted by the Iron Dome system, while six fell in open areas and three fell short inside Lebanon.",
  'Israel', N, neu, '', "figures")
r(d, "It says its artillery is now firing at the sources of the launches.",
  'Israel', N, neg, '', "'It' = the Israeli army; own fire reported")
r(d, "Rockets were just fired from Lebanon at northern Israel.",
  'Israel', N, neu, '', "embedded post of the army; fact")
r(d, "We hold the Lebanese state answerable for every launch from its soil and will respond to any threat to Israeli civilians.",
  'Israel', C, neg, 'Lebanon', "embedded post: holds Lebanon responsible + warning = condemning")
r(d, "Hezbollah has claimed the barrage in a statement carried by its al-Manar television, saying it had answered Thursday's Israeli raids by firing dozens of 122mm rockets into empty land near Israeli army posts in the Shebaa Farms.",
  'Hezbollah', N, neg, '', "own strike reported as a response, no judgement word (as the project labels Israeli strikes 'in response to'); al-Manar not an actor")
r(d, "The commander of the UN peacekeeping force in southern Lebanon, Major General Stefano Del Col, said he was in touch with both armies and called on them to stop all fire at once before the exchanges turned into something neither side could control.",
  'United Nations', T, neu, '', "UNIFIL commander = United Nations; ceasefire appeal to both sides")
r(d, "UNIFIL said its peacekeepers, together with the Lebanese army, had stepped up patrols along the Blue Line in the area of Shebaa and Kfarchouba.",
  'United Nations', N, neu, '', "own measures")
r(d, "In the footage, residents can be heard shouting that the crew had fired from beside their homes and exposed the village to Israeli retaliation.",
  '', C, neg, '', "unnamed residents: empty actor, kept as a stance example; accusation against the crew")
r(d, "The Lebanese army said in a statement that it had detained four people and seized the launcher, and that an investigation was under way.",
  'Lebanon', N, neu, '', "army = Lebanon; facts")
r(d, "In a second statement, Hezbollah said the rockets had been launched from woodland well away from inhabited areas and that it had always taken care to keep civilians out of harm's way, adding that a number of residents had stopped its fighters as they returned.",
  'Hezbollah', N, neu, '', "reassurance about its own conduct + fact; implicit denial of endangering the village")
r(d, "Walid Jumblatt, the leader of the Progressive Socialist Party and the most prominent Druze politician, appealed for calm, saying the matter was now in the hands of the army and that nobody should use it to stir up strife between communities.",
  'Walid Jumblatt', T, neu, '', "appeal for calm, no judgement; Jumblatt is an actor under his own name in the name files")
r(d, "A spokesman for Talal Arslan's Lebanese Democratic Party, an ally of Hezbollah, put the confrontation down to a mistake by a few villagers and defended the group's right to fight Israel from southern Lebanon.",
  'Lebanese Democratic Party', S, pos, 'Hezbollah', "party spokesman; defence of Hezbollah's right = supporting; Arslan only a possessive")
r(d, "Prime Minister Naftali Bennett met Defence Minister Benny Gantz and the army chief of staff, Aviv Kochavi, at military headquarters in Tel Aviv to assess the situation, his office said.",
  'Israel', N, neu, '', "own consultations reported by the PM's office")
r(d, "Bennett's office quoted him as saying Israel did not seek an escalation but would answer any attack on its citizens with force, whoever carried it out.",
  'Israel', C, neg, '', "threat of force = condemning; no named side -> target empty")
r(d, "Gantz had told foreign ambassadors earlier in the week that Iran was the force behind the attacks on Israel's borders and at sea, and that statements alone would no longer stop it.",
  'Israel', C, neg, 'Iran', "defence minister = Israel; blame of Iran + call for more than words")
r(d, "President Michel Aoun had described Thursday's Israeli air raids as a dangerous escalation aimed at the south and a direct breach of Security Council resolution 1701.",
  'Lebanon', C, neg, 'Israel', "breach charge = judgement")
r(d, "His office said on Friday that he was following developments in the south with the army command and wanted stability along the border preserved.",
  'Lebanon', T, neu, '', "wish for stability = calling_for_talks")
r(d, "In Washington, State Department spokesman Ned Price said on Thursday that the United States condemned the rocket fire from Lebanon and recognised Israel's right to defend itself.",
  'United States', C, neg, '', "condemnation of the rocket fire (Wednesday's launchers unidentified) -> target empty; support for Israel secondary (rule 1)")
r(d, "He said Washington was in contact with the Lebanese government and urged it to prevent further attacks from its territory.",
  'United States', T, neu, 'Lebanon', "appeal to one side, no judgement word")
r(d, "Nadine Haddad, a researcher at the Beirut Institute for Strategic Affairs, told us both sides appeared to be calibrating their fire to avoid casualties, with Hezbollah aiming at open ground and Israel hitting launch areas.",
  'Nadine Haddad', N, neu, '', "invented analyst; reading, no position")
r(d, "\"The scenes in Shwayya show how little appetite there is in the south for another war, at a time when people cannot find fuel or medicine. The people with most to lose are asking for calm, and both sides should listen,\" she said.",
  'Nadine Haddad', T, neg, '', "two-sentence quote closed by its speaker = one unit; appeal for calm to both sides")
r(d, "An Israeli military spokesman told reporters the army believed Hezbollah had aimed at empty ground deliberately, as a signal rather than an attempt to cause casualties.",
  'Israel', N, neu, '', "assessment, no judgement")
r(d, "Restrictions on gatherings in the north have been lifted, the Home Front Command said.",
  'Israel', N, neu, '', "Home Front Command = Israel; procedure")

# ---------------- page 6: Jordan, MP Adwan handed over, daily ----------------
d = P6
r(d, "Israel on Sunday handed MP Imad al-Adwan over to Jordanian authorities at the King Hussein Bridge, ending two weeks in Israeli custody for the 35-year-old deputy from Balqa, who was arrested on April 22 on suspicion of trying to smuggle weapons and gold into the occupied West Bank.",
  'Israel', N, neu, '', "'AMMAN -' excluded; the handover = a specific act reported as done, no judgement")
r(d, "Foreign Ministry spokesperson Sinan Majali announced on Sunday morning that the deputy was being transferred to the competent Jordanian security bodies at the crossing.",
  'Jordan', N, neu, '', "spokesperson = Jordan; fact")
r(d, "Majali said the ministry and the state's other institutions had worked around the clock since the first hours of the arrest to bring the deputy home and to have his case dealt with in Jordan.",
  'Jordan', N, pos, '', "self-praise of its own efforts")
r(d, "Within hours, the Lower House met in an emergency session, from which government members and journalists were asked to leave, and voted to lift Adwan's parliamentary immunity at the request of the public prosecutor at the State Security Court.",
  'Jordan', N, neu, '', "parliament's vote = a decision of the state; procedure")
r(d, "Lower House Speaker Ahmad Safadi confirmed the vote to reporters after the session.",
  'Jordan', N, neu, '', "speaker of parliament = Jordan (as Armenian parliament -> Armenia)")
r(d, "\"No member of this House is above the law, and our colleague will have every guarantee of a fair trial before the Jordanian judiciary,\" Safadi said.",
  'Jordan', N, pos, '', "reassurance about its own procedure; surname only (Ahmad, not the foreign minister Ayman)")
r(d, "Government spokesman Faisal Shboul said the government would not comment on a case that was now before the courts, and that the judiciary would be left to do its work without interference.",
  'Jordan', N, neu, '', "declines to comment = neutral")
r(d, "In a statement on Sunday, Israel's Shin Bet security agency said Adwan had used his diplomatic passport to smuggle goods into the West Bank 12 times since February 2022, including firearms, gold, birds and electronic cigarettes, and had been well paid for the trips.",
  'Israel', C, neg, 'Imad al-Adwan', "Shin Bet = Israel; accusation of repeated smuggling for money = condemning")
r(d, "The agency said its investigation had found that his motives were financial, and that he had been handed over so that Jordan could pursue the investigation and the prosecution.",
  'Israel', N, neu, '', "findings and procedure")
r(d, "Israeli forces had found 12 rifles and 194 pistols in the deputy's car when he was stopped at the crossing, according to the agency.",
  'Israel', N, neu, '', "figures given by an actor")
r(d, "A senior Israeli official told Israeli media that the handover followed an understanding between the two countries' intelligence services under which Jordan would detain and try the deputy and share the results of its investigation.",
  'Israel', N, neu, '', "unnamed official of a named government = Israel; terms of the arrangement")
r(d, "Itamar Ben-Gvir, Israel's national security minister and leader of the far-right Otzma Yehudit party, called the release a serious blunder that sent the wrong message to Israel's enemies, saying the deputy belonged in an Israeli prison and that the security cabinet should have decided the matter.",
  'Otzma Yehudit', C, neg, 'Israel', "a minister dissenting from his own government's decision speaks for his party (as earlier batches did for Ben-Gvir)")
r(d, "Foreign Minister Ayman Safadi declined to take phone calls from his Israeli counterpart, Eli Cohen, while the deputy was being held, Israel's public broadcaster Kan reported last month.",
  'Jordan', N, neg, '', "refusal of contact with no reason stated = neutral (unsure: could be read as a protest); Kan not an actor; Cohen only mentioned")
r(d, "Deputy Khalil Atiyeh, a longtime opponent of the peace treaty with Israel, had warned the government in the first days of the arrest that it would be held to account by the House if it failed to bring Adwan back quickly.",
  'Khalil Atiyeh', C, neg, 'Jordan', "MP warning his own government = threatened response (unsure: could be an appeal)")
r(d, "\"Israel has no right to keep a representative of the Jordanian people in its cells for a single day, and this House will not sit quietly while it does,\" Atiyeh said at the time.",
  'Khalil Atiyeh', C, neg, 'Israel', "'no right' = judgement")
r(d, "On Sunday he told the Courier he welcomed the deputy's return and thanked the state's institutions for their efforts.",
  'Khalil Atiyeh', S, pos, 'Jordan', "welcome + thanks = supporting")
r(d, "The National Committee for Jordanian Prisoners and Missing Persons in Israeli Prisons, which had condemned the arrest, said in a statement that Israel still holds 19 Jordanians in its jails and urged the government to press for their release with the same determination.",
  'National Committee for Jordanian Prisoners and Missing Persons in Israeli Prisons', C, neg, 'Israel', "past condemnation in the relative clause (rule 1) + figure + appeal to its own government")
r(d, "The Islamic Action Front, the largest opposition party, questioned the speed with which immunity had been lifted, saying the House had acted on the basis of accusations made by Israel before any Jordanian investigator had looked at the case.",
  'Islamic Action Front', C, neg, 'Jordan', "criticism of the House's decision = judgement of its own state's act")
r(d, "A relative of the deputy, speaking to the Courier by phone, said the family trusted the Jordanian courts and wanted only to see him.",
  '', S, pos, 'Jordan', "unnamed relative: empty actor, kept as a stance example; trust in the courts")
r(d, "Omar Kharabsheh, a political scientist at the Levant Policy Forum in Amman, said the quiet way the case was settled showed that security channels between the two countries still worked even when political contacts were frozen.",
  'Omar Kharabsheh', N, neu, '', "invented scholar; analysis")
r(d, "\"Both governments have shown they can manage a crisis when they want to. They should now use the same channels to calm things down in Jerusalem before the next incident,\" Kharabsheh said.",
  'Omar Kharabsheh', T, neu, '', "quote of two sentences closed by its speaker; appeal to both governments to de-escalate")

# ---------------- checks and output ----------------
texts = {p: visible(D / p) for p in {x[0] for x in rows}}
bad = 0
for row in rows:
    s = re.sub(r'\s+', ' ', row[1])
    if s not in texts[row[0]]:
        print('NOT FOUND:', row[0], s[:90]); bad += 1
seen = set()
for row in rows:
    k = (row[0], row[1], row[2])
    if k in seen:
        print('DUP:', k[0], k[2], k[1][:60]); bad += 1
    seen.add(k)
if bad:
    sys.exit(1)
with open(D / 'statements.csv', 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['doc', 'sentence', 'actor', 'stance', 'sentiment', 'target', 'source', 'note'])
    w.writerows(rows)
from collections import Counter
print(len(rows), 'rows')
print(Counter(x[0] for x in rows))
print(Counter(x[3] for x in rows))
