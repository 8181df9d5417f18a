# ---------------------------------------------------------------- 3. South Sudan: famine declared in Leer and Mayendit (UN noon briefing)
d = "page_southsudan_famine_leer2017_noonbriefing.txt"
UN, SS = "United Nations", "South Sudan"
FAO, UF, WFP = "Food and Agriculture Organization", "UNICEF", "World Food Programme"
SSIO, US, HRW = "SPLM-IO", "United States", "Human Rights Watch"
# header, near-verbatim line, "Good afternoon.", item titles: no rows
U(d, "I will start with South Sudan, where famine was formally declared yesterday", "anywhere in the world in six years.",
  (UN, N, neg, "", "the spokesman reporting the declaration = facts, grave tone"))
U(d, "The announcement was made jointly by the Government of South Sudan,", "Integrated Food Security Phase Classification.",
  (SS, N, neg, "", "joint announcement, one row per party: the Government declares famine = facts, no evaluation"),
  (FAO, N, neg, "", "joint announcement: FAO (own name in the name files)"),
  (UF, N, neg, "", "joint announcement: UNICEF"),
  (WFP, N, neg, "", "joint announcement: WFP"))
U(d, "The three agencies say that some 100,000 people in Leer and Mayendit counties", "5.5 million by July.",
  (FAO, N, neg, "", "figures given by the three agencies (list: one row each) = neutral; the Government, though part of the announcement, is not a subject of this sentence"),
  (UF, N, neg, "", "figures given by the three agencies"),
  (WFP, N, neg, "", "figures given by the three agencies"))
U(d, "WFP's Country Director, Joyce Luma, said the rains had not failed Unity State;", "brought people to this point.",
  (WFP, N, neg, "", "country director = WFP; causes of the famine (war, displacement, economy) with no actor blamed = neutral, negative (unsure: 'fighting' implies the parties)"))
U(d, "The Humanitarian Coordinator in South Sudan, Eugene Owusu, is calling on all parties", "if help arrives in time.",
  (UN, T, neg, "", "Owusu = United Nations (actors.csv); appeal to all parties for humanitarian access = calling_for_talks, target empty"))
U(d, "WFP and its partners have reached parts of Leer and Mayendit", "the agency says.",
  (WFP, N, neg, "", "'the agency says' = WFP; its own deliveries and withdrawals = facts (its aid by air is reported as done, but the sentence is about reach and insecurity; unsure: could be supporting)"))
U(d, "The Secretary-General will speak to you tomorrow", "more for you then.",
  (UN, N, neu, "", "announced schedule = plan"))
U(d, "Turning to Somalia, our Humanitarian Coordinator warns", "can still be prevented.",
  (UN, T, neg, "", "warning plus appeal to donors for funds = asking for humanitarian help (labels/README: calling_for_talks); other item of the briefing"))
U(d, "Stéphane, President Salva Kiir told Parliament in Juba this morning", "anywhere in the country.",
  (SS, T, pos, "", "reported in a question (labels/README: the reported actor's statement); Kiir's pledge of access for aid = agreeing to humanitarian access = calling_for_talks; Juba = place"))
# "Does the UN take him at his word?" -> the question itself, no row
U(d, "We welcome the President's commitment.", "the President's commitment.",
  (UN, S, pos, SS, "welcome of a step = supporting"))
U(d, "What matters now is that it is carried out on the ground,", "actually get through.",
  (UN, T, neu, SS, "demand that the pledge be applied at checkpoints, addressed to the Government = calling_for_talks"))
U(d, "A UN official was quoted yesterday, on condition of anonymity,", "blocking food aid to some areas.",
  (UN, C, neg, SS, "reported in a question; an unnamed official of a named body speaks for it (guide) = United Nations; accusation that Government officials block food aid"))
# "Can you confirm that?" -> question, no row
U(d, "I'm not going to comment on anonymous quotes.", "on anonymous quotes.",
  (UN, N, neu, "", "refusal to comment = procedural, neutral"))
U(d, "What I can tell you is that our humanitarian colleagues have, over the past months,", "have cost lives.",
  (UN, C, neg, "", "impediments from both Government forces and armed opposition groups that 'have cost lives' = accusation by describing obstruction; both sides -> target empty"))
U(d, "The SPLM-IO said today that the Government is using hunger as a weapon", "attacked again and again.",
  (SSIO, C, neg, SS, "reported in a question; 'using hunger as a weapon' = accusation; Riek Machar named as an object only"))
U(d, "The Government, for its part, says the rebels are the ones looting food stores.", "looting food stores.",
  (SS, C, neg, SSIO, "reported in a question; accusation against 'the rebels' = the SPLM-IO (resolved from the preceding sentence, unsure)"))
# "What's your response?" -> question, no row
U(d, "Both sides have obligations under international humanitarian law,", "live up to them.",
  (UN, T, neu, "", "appeal to both sides to respect IHL, no judgement = calling_for_talks, target empty"))
U(d, "Civilians cannot be made to pay for this war with their lives.", "with their lives.",
  (UN, T, neg, "", "protection of civilians appeal = calling_for_talks, negative tone"))
U(d, "The United States Embassy in Juba put out a statement saying", "feeding people.",
  (US, C, neg, SS, "reported in a question; embassy = United States; 'bears much of the responsibility' = blame (plausible statement, see README)"))
# "Do you agree?" -> question; "I'll let the Embassy speak for itself." -> declining to comment on another's statement, no row (as the template's "I've told you where we stand")
U(d, "Our focus is on getting food to people, and on the political process,", "the only way out of this crisis.",
  (UN, T, neu, "", "'the political process ... the only way out' = appeal for a negotiated course"))
# "Is David Shearer going to Unity State?" -> question, no row
U(d, "Mr. Shearer, who heads the UN Mission in South Sudan (UNMISS), was in Bentiu last week,", "protection of civilians site there.",
  (UN, N, neu, "", "the SRSG's visit and the mission's patrols = facts; Bentiu = place"))
U(d, "He has also been pressing officials in Juba to lift the restrictions", "aid convoys.",
  (UN, T, neu, SS, "'He' = Shearer; pressing the Government to lift restrictions on aid = appeal for humanitarian access; 'officials in Juba' = the Government"))
U(d, "Human Rights Watch today called on the Security Council to finally impose an arms embargo on South Sudan,", "while people starve.",
  (HRW, C, neg, SS, "reported in a question; a call for an arms embargo = a call for sanctions = condemning (labels/README); addressed to the Council, aimed at South Sudan"))
# "Is that something the Secretary-General supports?" -> question, no row
U(d, "This Organization has said for a long time that the flow of weapons into South Sudan needs to stop,", "remains our view.",
  (UN, T, neg, "", "stopping the flow of arms, with no sanction word or judgement = appeal (unsure: could be read as backing an embargo, i.e. condemning)"))
U(d, "What the Council does is for the Council to decide.", "for the Council to decide.",
  (UN, N, neu, "", "procedural deferral to the Council = neutral"))
# "One more on the famine. Has the Government asked the UN for anything specific?" -> question, no row
U(d, "The Government was part of yesterday's announcement,", "every day.",
  (UN, N, neu, "", "contacts with ministries = facts (unsure: daily contact could be read as talks; kept neutral, it describes routine work)"))
# "I'd refer you to them for any specific requests." / "Okay. Thank you all." -> no row
