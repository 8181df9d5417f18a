# ------------------------------------------------------------------ Iran-Pakistan strikes (Pakistan MFA weekly briefing transcript, 2024-01-18)
d = "page_iran_pakistan_fo_briefing.txt"
U(d, "Early this morning, Pakistan carried out a series of precise", "\"Marg Bar Sarmachar\".",
  ("Pakistan", N, neu, "", "own strike and its result reported as done; calling the dead 'terrorists' is the page's framing of its own targets, no judgement on a named actor"))
U(d, "Over many years, we raised with Tehran, again and again,", "with the Iranian authorities.",
  ("Pakistan", C, neg, "Iran", "implicit accusation that Iran let terrorists operate freely from its territory; unsure, could be neutral"))
U(d, "Today's action had a single purpose:", "there can be no compromise.",
  ("Pakistan", N, neu, "", "justification of own act, no judgement on another actor"))
U(d, "Pakistan has no quarrel with Iran's sovereignty", "we respect fully.",
  ("Pakistan", N, pos, "", "reassurance about own conduct = neutral (labels/README)"))
U(d, "Iran is a brotherly neighbour, and the bonds", "run deep.",
  ("Pakistan", S, pos, "Iran", "expression of friendship toward Iran on the day of the strike; unsure, could be neutral"))
U(d, "Our preference has always been to sit down with Iran", "remains our approach.",
  ("Pakistan", T, pos, "Iran", "offer of dialogue"))
U(d, "On another matter, Pakistan once again calls for an immediate and unconditional ceasefire", "humanitarian assistance.",
  ("Pakistan", T, neg, "", "ceasefire + humanitarian access (Gaza)"))
U(d, "Pakistan supports the case brought by South Africa", "provisional measures.",
  ("Pakistan", S, pos, "South Africa", "backing of a party's case = supporting"))
U(d, "Iran's foreign ministry summoned Pakistan's chargé d'affaires", "attack on Iranian villages.",
  ("Iran", C, neg, "Pakistan", "position reported inside a reporter's question; summons + 'attack on Iranian villages' = protest; speaker label 'Question (…):' excluded"))
U(d, "I will not go into the content of diplomatic communications", "bring the temperature down.",
  ("Pakistan", T, neu, "Iran", "channels open and expected to be used to de-escalate = appeal; 'We have seen the reports.' before it is no position"))
U(d, "The governor's office in Sistan-Baluchestan says nine people were killed", "Iranian citizens.",
  ("Iran", N, neu, "", "provincial office -> its state; figures reported inside a question"))
U(d, "The targets were hideouts of two terrorist groups", "Balochistan Liberation Front.",
  ("Pakistan", C, neg, "Baloch Liberation Army", "calling the targets terrorist groups = judgement; two groups named, the BLA canonical (BLF not in the name files) -> target BLA; unsure, could be neutral"))
U(d, "Every precaution was taken to avoid civilian casualties", "collateral damage.",
  ("Pakistan", N, neu, "", "implicit denial of civilian harm = neutral"))
U(d, "Iran's foreign minister said in Davos yesterday", "no Pakistani national was harmed.",
  ("Iran", N, neu, "", "justification and denial reported inside a question; Davos = place"))
U(d, "No explanation can justify Tuesday's attack", "lost their lives.",
  ("Pakistan", C, neg, "Iran", "'no explanation can justify' = judgement without stock words"))
U(d, "It was a flagrant breach of our sovereignty", "Charter of the United Nations.",
  ("Pakistan", C, neg, "Iran", "'It' = Iran's attack"))
U(d, "The measures we announced yesterday", "remain in place.",
  ("Pakistan", C, neg, "Iran", "recall of the ambassador and suspension of visits maintained = diplomatic measures against Iran"))
U(d, "The United States has condemned Iran's strikes in Pakistan, Iraq and Syria.", "Iraq and Syria.",
  ("United States", C, neg, "Iran", "position reported inside a reporter's question"))
U(d, "We have noted the statements of many friendly countries", "Pakistan's position.",
  ("Pakistan", S, pos, "", "gratitude to unnamed friendly countries = approval; target empty"))
U(d, "China has said it is ready to play a constructive role", "exercise restraint.",
  ("China", T, neu, "", "offer of mediation + appeal for restraint, reported inside a question; addressed to both -> target empty"))
U(d, "China is a close friend and strategic partner of Pakistan", "efforts for regional peace.",
  ("Pakistan", S, pos, "China", "praise of China and approval of its efforts"))
U(d, "The Afghan interim government has called on Pakistan and Iran", "through talks.",
  ("Afghanistan", T, neu, "", "Taliban-run interim government = Afghanistan (as batch3g); appeal for talks reported inside a question"))
U(d, "The real issue between Pakistan and Afghanistan remains", "act against these groups.",
  ("Pakistan", C, neg, "Pakistani Taliban", "accuses the TTP of attacking from Afghan soil and asks Kabul to act; main judgement on the TTP (Afghanistan addressed too); unsure target"))
U(d, "Pakistan has no interest in escalation with anyone", "all our neighbours.",
  ("Pakistan", T, pos, "", "'no interest in escalation' aimed at no one + wish for peace = appeal (guide: opposes any escalation; hope)"))
U(d, "The caretaker Prime Minister, Anwaar-ul-Haq Kakar, has cut short", "Committee tomorrow.",
  ("Pakistan", N, neu, "", "plans; speaker label excluded; Islamabad = place"))
U(d, "The Foreign Minister, Jalil Abbas Jilani, who is in Kampala", "option of a response open.",
  ("Pakistan", C, neg, "Iran", "'serious harm' + a response kept open = judgement and threat; Kampala = place"))
U(d, "Jaish al-Adl has said it will continue its attacks on Iranian forces.", "on Iranian forces.",
  ("Jaish al-Adl", C, neg, "Iran", "announced continuing attacks, reported inside a question"))
U(d, "Both our countries suffer at the hands of terrorists", "the way to defeat them.",
  ("Pakistan", T, neu, "Iran", "appeal for cooperation; 'not unilateral action' is an implicit reproach to Iran, no judgement word (could be condemning)"))
U(d, "The UN Secretary-General's spokesman said this morning", "maximum restraint.",
  ("United Nations", T, neg, "", "concern + appeal to both, reported inside a question"))
U(d, "We are in touch with the UN Secretariat", "with our friends at the Security Council.",
  ("Pakistan", N, neu, "", "own diplomatic contacts, no appeal; the next sentence ('We will keep them informed.') adds nothing"))
