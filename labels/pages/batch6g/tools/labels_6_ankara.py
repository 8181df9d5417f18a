# ------------------------------------------------------------------ Somaliland MoU first anniversary and the Ankara Declaration (Xinhua-style state media roundup, 2024-12-31)
d = "page_ankara_somaliland_statemedia.txt"
U(d, "Mogadishu, which called the deal a violation of its sovereignty", "mission in the country.",
  ("Somalia", C, neg, "Ethiopia", "background with specific acts (judgement, expelled ambassador, threat to bar troops) = a statement, not vague background; Mogadishu = metonym"))
U(d, "After talks that lasted about seven hours in the Turkish capital", "under Turkish facilitation.",
  ("Ethiopia", T, pos, "Somalia", "agreeing to set aside differences and to open negotiations = commits to talks"),
  ("Somalia", T, pos, "Ethiopia", "same joint commitment"))
U(d, "In the joint declaration, Somalia recognized the sacrifices", "in the country.",
  ("Somalia", S, pos, "Ethiopia", "praise of Ethiopian troops = supporting"))
U(d, "The two sides acknowledged the benefits Ethiopia could draw", "sovereign authority.",
  ("Ethiopia", N, pos, "", "'The two sides' = both states: an agreed principle, neither appeal nor judgement = neutral, positive (unsure: could be read as part of the commitment to talks)"),
  ("Somalia", N, pos, "", "same shared principle"))
U(d, "Speaking at a joint press conference with the two leaders, Turkish President Recep Tayyip Erdogan hailed", "between the two neighbors.",
  ("Turkey", S, pos, "", "welcome of the agreement with no appeal = supporting; both parties -> target empty"))
U(d, "Erdogan later said he planned to visit both Ethiopia and Somalia", "carry the process forward.",
  ("Turkey", T, pos, "", "planned visits to carry the mediation forward = the mediator's commitment to talks"))
U(d, "Hassan Sheikh Mohamud told the press conference that Somalia was ready", "respected Somali sovereignty.",
  ("Somalia", T, pos, "Ethiopia", "readiness to work with Ethiopia on sea access under Somali sovereignty = offer of cooperation/talks, no judgement"))
U(d, "Abiy said Ethiopia wanted the sea for trade, not conflict", "never sought to harm Somalia.",
  ("Ethiopia", N, pos, "", "reassurance about its own aims + denial of hostile intent = neutral, positive (README: reassurance about one's own conduct)"))
U(d, "He thanked Erdogan for what he called Türkiye's patient efforts", "together.",
  ("Ethiopia", S, pos, "Turkey", "thanks = approval of Türkiye's mediation"))
U(d, "Moussa Faki Mahamat, chairperson of the African Union Commission, welcomed", "as soon as possible.",
  ("African Union", T, pos, "", "welcome + appeal to implement the peace deal quickly, no judgement: rule 2 before rule 3 = calling_for_talks; both leaders -> target empty"))
U(d, "Faki also thanked Erdogan for the part Türkiye had played", "settle their quarrel.",
  ("African Union", S, pos, "Turkey", "thanks to the mediator = supporting"))
U(d, "Workneh Gebeyehu, executive secretary of the Intergovernmental Authority on Development (IGAD)", "cooperation over confrontation.",
  ("IGAD", S, pos, "", "welcome + praise of both leaders, no appeal = supporting; both -> target empty"))
U(d, "The United Nations welcomed the agreement", "Erdogan's mediation.",
  ("United Nations", S, pos, "", "welcome + praise of the mediator, no appeal = supporting; aimed at the agreement and Türkiye -> target empty"))
U(d, "The U.S. State Department said the United States welcomed the declaration", "making it possible.",
  ("United States", S, pos, "", "welcome + credit to Türkiye, no appeal in this sentence = supporting; several addressees -> target empty"))
U(d, "It said the two neighbors would need to keep talking", "prosperous future together.",
  ("United States", T, pos, "", "'It' = the State Department; continued dialogue = calling_for_talks"))
U(d, "The European Union's foreign affairs spokesperson, Anouar El Anouni, said the bloc backed", "both countries.",
  ("European Union", S, neu, "", "backing of both states' territorial integrity = supporting; both -> target empty"))
U(d, "He said the EU was prepared to help the parties further", "involved in mediation.",
  ("European Union", T, pos, "", "offer of further mediation = calling_for_talks"))
U(d, "Ali Omar said the talks had gone well", "it made in Ankara.",
  ("Somalia", T, pos, "Ethiopia", "state minister = Somalia; commitment to implement the peace declaration = calling_for_talks; Ankara = place"))
U(d, "Ethiopian State Minister for Foreign Affairs Mesganu Arga said Addis Ababa", "felt in Ethiopia.",
  ("Ethiopia", T, pos, "Somalia", "commitment to implement the declaration in full = calling_for_talks; Addis Ababa = metonym"))
U(d, "In Hargeisa, where Abdirahman Mohamed Abdullahi was sworn in", "does not concern the region.",
  ("Somaliland", N, neu, "", "officials tied to Somaliland by name speak for it; the declaration does not concern it = neutral; Hargeisa = place"))
U(d, "A Somaliland official, Abdulahi Mohammud, told German broadcaster DW", "managed their relations.",
  ("Somaliland", N, neu, "", "the memorandum still stands = neutral statement of position"))
U(d, "He said Somaliland would reject interference by any country", "internal affairs.",
  ("Somaliland", C, neg, "", "warning against interference by any country = a rejection aimed at no named actor (unsure between condemning and neutral); target empty"))
U(d, "Mohamed Farah Abdi, spokesperson of the ruling Waddani party", "Somaliland's interests.",
  ("Waddani", N, neu, "", "ruling party under its own name, not the Somaliland government (parties are their own actors); review of the memorandum = plan"))
