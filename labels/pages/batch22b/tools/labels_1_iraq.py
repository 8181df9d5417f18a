# ------------------------------------------------------------------ Iraq protests and the Nasiriyah killings (UN readout, 2019-11-29)
d = "page_iraq_protests_unreadout.txt"
# No rows: headline, standfirst, byline, share bars, captions "1 of 3".., crossheads, "Related:" links, ADVERTISEMENT,
# tags, newsletter prompt, MOST READ, footer.
U(d, "The head of the United Nations mission in Iraq said on Friday", "at least 25 people dead.",
  ("United Nations", C, neg, "Iraq", "role only (UNAMI head); long lead: 'a crime that Iraq's leaders could not wave away' = judgement without stock words; the shooting and the toll are narration (medical sources are no actor)"))
# "Jeanine Hennis-Plasschaert, ... spoke by video link ... a few hours after Prime Minister Adel Abdul-Mahdi said he would submit
# his resignation" : narration (the resignation has its own unit below) -> no row
U(d, "\"What happened in Nasiriyah yesterday is unforgivable.", "Hennis-Plasschaert said.",
  ("United Nations", C, neg, "", "multi-sentence quote closed by its speaker = one unit; 'unforgivable' + demand that those who gave orders answer in court (rule 1); no actor named -> target empty"))
U(d, "\"The country cannot afford another week like this one,\" the envoy added", "put forward this month.",
  ("United Nations", T, neg, "", "'the envoy' = Hennis-Plasschaert; alarm + appeal to all parties to sit down around the UN proposals = calling_for_talks"))
U(d, "In Geneva, Rupert Colville, spokesperson for the UN High Commissioner", "at the hands of their forces.",
  ("United Nations", C, neg, "Iraq", "OHCHR spokesperson = United Nations (Colville is an alias); credible reports + 'bore the responsibility' = holding responsible; Geneva = place"))
U(d, "In New York, the Secretary-General's spokesman, Stephane Dujarric, said Antonio Guterres", "with deep concern.",
  ("United Nations", N, neg, "", "concern without an appeal = neutral, negative; New York = place"))
U(d, "Guterres called on the Iraqi security forces to exercise maximum restraint", "his envoy in Baghdad.",
  ("United Nations", T, neu, "", "appeal for restraint to the forces and all sides, attribution tail 'Dujarric told the noon briefing'; backing his own envoy is intra-actor (no target)"))
U(d, "The prime minister's statement came shortly after the Friday sermon in Karbala", "backing for the government.",
  ("Ali al-Sistani", C, neg, "Iraq", "Sistani speaks through his representative; asking parliament to withdraw its backing from the government = a negative position on it (unsure: no judgement word; could be neutral); main clause is narration"))
U(d, "Abdul-Mahdi said in a written statement that he had listened to the marjaiya", "choose a new course.",
  ("Iraq", N, neu, "", "surname only; own decision to resign = neutral"))
U(d, "He said he hoped his departure would calm the streets", "further bloodshed.",
  ("Iraq", T, pos, "", "pronoun subject = Abdul-Mahdi; hope for calm = calling_for_talks"))
U(d, "The government had earlier sent senior military commanders", "relieved of his post.",
  ("Iraq", N, neu, "", "own measures reported as done (commanders sent, one relieved) = neutral"))
U(d, "The spokesman for the commander-in-chief of the armed forces, Major General Abdul Karim Khalaf", "until further notice.",
  ("Iraq", N, neu, "", "role then name; troops, curfew: war vocabulary as facts and plans = neutral"))
# "Officials in Baghdad have repeatedly denied ..." : unnamed officials with no named body + vague background -> no row
U(d, "The interior ministry insisted again this week that its units had used only non-lethal means", "protesters and medics reject.",
  ("Iraq", N, neg, "", "denial of using lethal force; blame put on unnamed 'armed infiltrators' (no actor) = neutral, negative; the rejection by protesters and medics is no actor's"))
# "Protesters set fire to the Iranian consulate ..." : narration -> no row
U(d, "Iran's foreign ministry spokesman, Abbas Mousavi, condemned the attack", "against those responsible.",
  ("Iran", C, neg, "", "condemnation + demand; attackers are protesters (no actor) -> target empty; Baghdad = metonym as object"))
U(d, "Tehran holds the Iraqi government accountable for the safety of its diplomats", "IRNA news agency.",
  ("Iran", C, neg, "Iraq", "Tehran = metonym; holding the Iraqi government responsible; attribution tail; IRNA is no actor"))
U(d, "Iraq's foreign ministry said the burning of the consulate was aimed at damaging relations", "will of the Iraqi people.",
  ("Iraq", C, neg, "", "judgement of the arson's aim (unsure: could be neutral); no actor named -> target empty"))
# "The episode revived a month-old argument." : no row
U(d, "On 30 October Supreme Leader Ali Khamenei told a graduation ceremony", "deal with that interference first.",
  ("Iran", C, neg, "", "blames the US, Israel and unnamed states for the unrest: several targets -> empty; a position recalled with its date"))
U(d, "Iranian officials have since rejected any suggestion", "hand in the crackdown.",
  ("Iran", N, neg, "", "officials of a named government; denial = neutral, negative"))
# "Western governments have hardened their tone since October ..." : summary line -> no row
U(d, "A State Department spokesperson said on Thursday that the United States deplored", "on their own citizens.",
  ("United States", C, neg, "Iraq", "deplored + 'unconscionable' = judgement; 'the authorities' = Iraq"))
# "Washington has already signalled what it may do next." : summary line -> no row
U(d, "Secretary of State Mike Pompeo warned on 18 November", "reformed electoral law.",
  ("United States", C, neg, "", "two US positions in one sentence = one row: sanctions threat (condemning) decides over the White House appeal; targets are individuals -> empty"))
U(d, "The European Union said it was deeply concerned by the growing number of victims.", "growing number of victims.",
  ("European Union", N, neg, "", "concern without an appeal in this sentence = neutral, negative"))
U(d, "A spokesperson for the EU's External Action Service called on the Iraqi authorities", "to exercise restraint.",
  ("European Union", T, neu, "", "appeal for assembly rights and restraint, no judgement = calling_for_talks"))
U(d, "The bloc is also paying for experts who are helping Iraq's electoral commission", "the spokesperson added.",
  ("European Union", S, pos, "Iraq", "'The bloc' = EU; backing by act (funding electoral experts) = supporting; attribution tail"))
U(d, "In London, the Foreign Office said Britain was \"appalled\"", "as indefensible.",
  ("United Kingdom", C, neg, "", "'indefensible' = judgement; the forces are not named -> target empty; London = place"))
U(d, "Britain's ambassador in Baghdad said he hoped the dialogue proposed by the UN", "out of the crisis.",
  ("United Kingdom", T, pos, "", "role only; hope for a peaceful way out = calling_for_talks; the UN is an object, Baghdad a place"))
U(d, "The mission's proposals, published on 10 November, asked for the release", "within three months.",
  ("United Nations", T, neu, "", "'the mission' = UNAMI; roadmap of releases, investigation and electoral reform = a plan and appeal, no judgement word (unsure: 'prosecutions of those responsible' could read as condemning)"))
# "The next day Hennis-Plasschaert travelled to Najaf to meet Sistani." : a meeting narrated -> no row
U(d, "She said afterwards that the cleric had welcomed the proposals", "carry out real reform.",
  ("Ali al-Sistani", C, neg, "", "Sistani's position reported by the UN envoy (she reports, no UN row); welcome + demand that the killers be brought to justice + distrust of the political forces: rule 1"))
U(d, "Muqtada al-Sadr, whose followers have joined the protests", "would not escape punishment.",
  ("Sadrist Movement", C, neg, "", "Sadr = Sadrist Movement (name files); welcome of the resignation + threat of punishment of the killers: rule 1; Twitter"))
# "Analysts in Baghdad and abroad see a long and uncertain transition." : unnamed analysts, summary -> no row
U(d, "\"The resignation removes a face, not a system,\" said Nadia Karimi", "Policy Centre in Erbil.",
  ("Nadia Karimi", N, neg, "", "named analyst (invented) = own actor; assessment without judgement"))
U(d, "\"The same blocs that chose Abdul-Mahdi will sit down", "use more force, not less.\"",
  ("Nadia Karimi", N, neg, "", "quote continued after its attribution = own unit, same speaker; scenario and risk"))
U(d, "Karimi said the armed groups close to Tehran had the most to lose", "every year.",
  ("Nadia Karimi", N, neg, "", "surname only; interests and figures; Tehran as object (not a speaker)"))
U(d, "\"Sistani has moved from counselling patience", "Gulf Risk Monitor consultancy in London.",
  ("Tom Whitfield", N, neu, "", "former diplomat (invented) = own actor; analysis of Sistani's shift; Sistani is the object"))
U(d, "He said the government's response had been \"a catalogue of failures", "detention centres.",
  ("Tom Whitfield", C, neg, "Iraq", "judgement of the Iraqi government + appeal to foreign governments: rule 1"))
# Nasiriyah shopkeeper (unnamed resident), "The Security Council is expected to hear a briefing ..." (schedule) -> no rows
