# ------------------------------------------------------------------ Saudi and Omani delegations in Sanaa (UN noon briefing, 2023-04-10)
d = "page_yemen_sanaa_talks_unbriefing.txt"
U(d, "The Secretary-General welcomes the visit to Sana'a", "nationwide ceasefire.",
  ("United Nations", T, pos, "", "welcome + appeal for a ceasefire, no judgement: rule 2 before rule 3 = calling_for_talks; 'all sides' -> target empty"))
U(d, "He is grateful to the Sultanate of Oman", "for its engagement.",
  ("United Nations", S, pos, "", "gratitude = approval of two actors (Oman and Saudi Arabia) -> target empty"))
U(d, "In the Secretary-General's view, the current contacts", "durable settlement.",
  ("United Nations", T, pos, "", "hope that the truce becomes a settlement = calling_for_talks"))
U(d, "The Special Envoy, Hans Grundberg, has been in close contact", "last week.",
  ("United Nations", N, neu, "", "the spokesman reports the envoy's own contacts = neutral fact"))
U(d, "Mr. Grundberg said the parties now had an opening", "definitive end.",
  ("United Nations", T, pos, "", "envoy = UN; urging an inclusive process under UN auspices"))
U(d, "He also noted that, a year after the truce first took effect", "with Saudi Arabia.",
  ("United Nations", N, neu, "", "facts on the front lines"))
U(d, "The International Committee of the Red Cross (ICRC) tells us", "later this week.",
  ("ICRC", N, neu, "", "position of the ICRC relayed by the UN spokesman = ICRC's statement (the UN takes no position in it); plan/figure"))
U(d, "The ICRC adds that its aircraft will fly detainees", "before departure.",
  ("ICRC", N, neu, "", "logistics = neutral"))
U(d, "The Special Envoy calls on the parties to see the operation through", "remaining detainees.",
  ("United Nations", T, neu, "", "appeal to both parties, no judgement"))
U(d, "Our colleagues at the Office for the Coordination of Humanitarian Affairs", "this year.",
  ("United Nations", N, neu, "", "OCHA = United Nations; figure"))
U(d, "The 2023 humanitarian response plan seeks $4.3 billion", "largely unfunded.",
  ("United Nations", N, neg, "", "figure given by the spokesman; the shortfall gives a negative tone, no appeal in this sentence"))
U(d, "OCHA urges donors to turn the pledges", "as quickly as possible.",
  ("United Nations", T, neu, "", "asking for humanitarian money = calling_for_talks (labels/README: asking for humanitarian help)"))
U(d, "The Houthis' chief negotiator, Mohammed Abdulsalam, said on Sunday", "had to come first.",
  ("Houthis", C, neg, "Saudi Arabia", "position reported inside a journalist's question = the Houthis' statement; 'the aggression and the siege' = judgement of the Saudi-led side (unsure: 'what he called' keeps it his words; the conditions alone would be neutral)"))
U(d, "Spokesman: These are discussions between the parties concerned", "facilitated by Oman.",
  ("United Nations", N, neu, "", "fact about the format"))
U(d, "We are not at the table, but the Special Envoy is being kept informed", "his own work.",
  ("United Nations", N, neu, "", "own role, no appeal"))
U(d, "Question: The Saudi ambassador, Mohammed Al Jaber, said the visit", "among Yemenis themselves.",
  ("Saudi Arabia", T, neu, "", "aims of the visit reported in a question: firm up the ceasefire, open Yemeni talks = calling_for_talks"))
U(d, "Spokesman: I am not going to put a date on anything.", "Spokesman: I am not going to put a date on anything.",
  ("United Nations", N, neu, "", "declines to predict = neutral"))
U(d, "Any step that lowers the temperature", "is welcome.",
  ("United Nations", S, pos, "", "welcome of de-escalation steps with no appeal in this sentence = supporting, no target"))
U(d, "Our hope is that it leads to a nationwide ceasefire", "political process.",
  ("United Nations", T, pos, "", "hope = calling_for_talks"))
U(d, "Question: Yemen's Foreign Minister, Ahmed Awad bin Mubarak, told", "backed the Saudi effort.",
  ("Yemen", S, pos, "Saudi Arabia", "the internationally recognised government's backing of the Saudi effort, reported in a question = supporting"))
U(d, "The Special Envoy speaks regularly with the Presidential Leadership Council", "Rashad al-Alimi.",
  ("United Nations", N, neu, "", "fact; the unit starts after 'Yes.'"))
U(d, "Question: The Houthi-run Saba news agency quoted Mahdi al-Mashat", "their sovereignty.",
  ("Houthis", T, pos, "", "Mashat (head of the Houthis' Supreme Political Council) wants peace with a condition, no judgement = calling_for_talks; Saba is the agency, not an actor"))
U(d, "He also thanked Oman for its mediation.", "He also thanked Oman for its mediation.",
  ("Houthis", S, pos, "Oman", "'He' = Mashat; thanks = approval"))
U(d, "Spokesman: I have nothing to add to what the parties say to each other.", "Spokesman: I have nothing to add to what the parties say to each other.",
  ("United Nations", N, neu, "", "declines to comment = neutral"))
U(d, "Question: Iran's Foreign Ministry welcomed the visit on Monday.", "Question: Iran's Foreign Ministry welcomed the visit on Monday.",
  ("Iran", S, pos, "", "welcome with no appeal in the sentence = supporting; the visit is by two states -> target empty"))
U(d, "Its spokesman, Nasser Kanaani, said Tehran hoped", "ports and airport.",
  ("Iran", T, pos, "", "hope for a ceasefire and reopening = calling_for_talks; Tehran = metonym"))
U(d, "Spokesman: We have welcomed the agreement between the two countries", "people of Yemen.",
  ("United Nations", T, pos, "", "welcome of the Iran-Saudi agreement + hope for regional calm: rule 2 before rule 3 = calling_for_talks; two countries -> target empty"))
