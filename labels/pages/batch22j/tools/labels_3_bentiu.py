# ------------------------------------------------------------------ Bentiu massacre by SPLA-in-Opposition forces (UN News Centre readout, 2014-04-25)
d = "page_bentiu_massacre_unreadout.txt"
# never statements: UN banner, languages, menu, "Focus", headline, photo caption and credit, crossheads, the UN Radio audio link, "Noon briefing highlights (24 April)", related stories, share bar, News Tracker, Most popular, footer
U(d, "Members of the Security Council today condemned the killing", "capital of Unity state.",
  ("United Nations", C, neg, "", "date line '25 April 2014 –' excluded; long lead: condemnation + readiness to take further steps (threat) with the camp's overflow as narration; no perpetrator named -> target empty"))
U(d, "In a press statement issued late on Thursday, the 15 members said they deplored", "sexual violence.",
  ("United Nations", C, neg, "", "'deplored' = judgement; the statement names no perpetrator -> target empty"))
U(d, "They also called on both the Government and the opposition to return without conditions", "as soon as possible.",
  ("United Nations", T, neu, "", "appeal to return to talks + request for an investigation, no judgement in this sentence"))
U(d, "The UN Mission in South Sudan (UNMISS) said on Monday that its human rights officers had confirmed", "killed hundreds of them.",
  ("United Nations", C, neg, "SPLM-IO", "UNMISS = United Nations; accusation made by describing the other side's attacks on civilians = condemning (guide rule 4); SPLA in Opposition = SPLM-IO"))
U(d, "According to the Mission, more than 200 people were killed", "taken refuge.",
  ("United Nations", N, neg, "", "casualty figures given by an actor"))
U(d, "UNMISS condemned in the strongest terms the targeting of civilians", "commit sexual violence.",
  ("United Nations", C, neg, "SPLM-IO", "condemnation; the hate broadcasts by 'individuals associated with the opposition'"))
U(d, "Raisedon Zenenga, the Officer in Charge of UNMISS, said those who had planned the killings", "brought to justice.",
  ("United Nations", C, neg, "", "demand that planners and commanders be brought to justice = judgement of the killers; 'those' names no actor -> target empty (unsure: SPLM-IO implied)"))
U(d, "He also called on both sides to stop targeting unarmed people", "23 January.",
  ("United Nations", T, neg, "", "pronoun subject = Zenenga; appeal to both sides, no judgement word = calling_for_talks"))
U(d, "The UN Humanitarian Coordinator for South Sudan, Toby Lanzer, who visited Bentiu", "already decomposing.",
  ("United Nations", N, neg, "", "role then name; what he saw = facts, negative tone"))
U(d, "\"We have never before seen a local radio station", "Mr. Lanzer said.",
  ("United Nations", N, neg, "", "two-sentence quote closed by its speaker; alarm without an appeal and without naming an actor = neutral, negative"))
U(d, "The Office for the Coordination of Humanitarian Affairs (OCHA) said the crisis response plan", "most roads.",
  ("United Nations", T, neg, "", "funding figures + appeal to donors for humanitarian help = calling_for_talks (labels/README: asking for humanitarian help)"))
U(d, "In a statement issued through his Spokesperson, Secretary-General Ban Ki-moon said he was appalled", "go unpunished.",
  ("United Nations", C, neg, "", "'appalled' + 'crimes that could not go unpunished' = judgement; two attacks by different perpetrators -> target empty"))
U(d, "The UN High Commissioner for Human Rights, Navi Pillay, and the Secretary-General's Special Adviser", "the Spokesperson announced.",
  ("United Nations", N, neu, "", "travel plans announced = neutral procedure; attribution tail"))
U(d, "Speaking to reporters after the consultations, United States Ambassador Samantha Power said the Council should move towards sanctions", "earlier this month.",
  ("United States", C, neg, "", "call for sanctions + readiness to use the US sanctions order = condemning (guide); commanders on both sides -> target empty; Washington = metonym"))
U(d, "She also urged the authorities in Juba to stop restricting", "protecting people.",
  ("United States", T, neg, "South Sudan", "demand to one side to stop, no judgement word = calling_for_talks, negative (labels/README); 'the authorities in Juba' = South Sudan"))
U(d, "Ambassador Power said the White House had already spoken out on Tuesday", "Bentiu massacre.",
  ("United States", C, neg, "SPLM-IO", "the White House's blame reported by Power = the US's own position; fighters loyal to Machar = SPLM-IO"))
U(d, "Asked about a statement by the opposition's military spokesman, Brigadier General Lul Ruai Koang", "visited the sites.",
  ("SPLM-IO", C, neg, "South Sudan", "position reported inside a question: dismissal of the UN findings + blame on government troops (the accusation decides over the denial)"),
  ("United Nations", N, neu, "", "the Spokesperson stands by the findings = reaffirmation of facts, no new judgement"))
U(d, "Asked whether the Government had reacted, the Spokesperson said he was aware that the Minister of Information", "slaughter civilians in mosques.",
  ("South Sudan", C, neg, "SPLM-IO", "position relayed by the Spokesperson; judgement ('true face of the rebellion') + refusal to sit with the rebels in protest = condemning; the UN only relays (no UN row)"))
U(d, "The Spokesperson added that the Government had on Thursday announced the release of four political detainees", "build on it.",
  ("South Sudan", T, pos, "", "release meeting the opposition's precondition for talks = a step towards talks (unsure: could be neutral procedure); the opposition's earlier demand is background (no SPLM-IO row)"),
  ("United Nations", T, pos, "", "encourages both parties to build on the step = calling_for_talks"))
U(d, "The mediators of the Intergovernmental Authority on Development (IGAD) said in Addis Ababa that they condemned", "IGAD heads of state.",
  ("IGAD", C, neg, "", "condemnation + warning to both parties = condemning; both -> target empty; Addis Ababa = place"))
U(d, "IGAD's chief mediator, Seyoum Mesfin, said the second round of direct talks", "trade accusations.",
  ("IGAD", T, neu, "", "talks date + expectation that delegations negotiate = calling_for_talks"))
U(d, "The African Union Commission Chairperson, Nkosazana Dlamini-Zuma, condemned", "Bentiu and Bor.",
  ("African Union", C, neg, "", "condemnation; no perpetrator named"))
U(d, "The AU Commission of Inquiry on South Sudan, chaired by former Nigerian President Olusegun Obasanjo", "security allowed.",
  ("African Union", N, neu, "", "the AU's inquiry states its scope and plans = neutral procedure"))
# no row: "Uganda, which has troops in South Sudan supporting the Government, criticized the UN." (summary line before the specific statement)
U(d, "Its army spokesman, Lieutenant Colonel Paddy Ankunda, said peacekeepers had stood by", "such crimes.",
  ("Uganda", C, neg, "United Nations", "'Its' = Uganda; the army speaks for its state; accusation of the UN mission"))
U(d, "Asked about that criticism, the Spokesperson said UNMISS had no mandate", "reached its gates.",
  ("United Nations", N, neg, "", "rebuttal of Uganda's criticism = denial, neutral with a negative tone"))
U(d, "Speaking to UN Radio, Dr. Nyakuma Gatkuoth", "the next one more likely.",
  ("Nyakuma Gatkuoth", N, neg, "", "independent researcher on risks, no judgement"))
U(d, "\"Both leaders are counting on their communities", "Dr. Gatkuoth said.",
  ("Nyakuma Gatkuoth", N, neg, "", "multi-sentence quote closed by its speaker: scenario of revenge attacks, no judgement"))
U(d, "Alan Whitcombe, a former UN information officer", "things can move.\"",
  ("Alan Whitcombe", N, neg, "", "quote opened after a colon in the attribution sentence; comparison and risk, no judgement; a former UN official speaks for himself"))
U(d, "He urged the mission and donors to put more money into independent radio", "go unanswered.",
  ("Alan Whitcombe", T, neu, "", "appeal for a peaceful counter-measure to incitement (unsure: could be neutral advice)"))
