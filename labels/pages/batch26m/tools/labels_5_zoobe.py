# ------------------------------------------------------------------ Somalia: the Zoobe junction truck bombing, Mogadishu, 14 October 2017 (UN noon briefing, 2017-10-16)
d = "page_mogadishu_zoobe_bombing2017_noonbriefing.txt"
# Not statements: site header, menu, breadcrumb, title, date, transcript note, "Good afternoon...", crossheads (**Somalia, **Africa Week, **Questions and Answers), journalists' bare questions, closing lines, "For information media", Related, follow bar, footer.
U(d, "This morning, at the opening of Africa Week here at Headquarters, the Secretary-General said his thoughts were with", "bombings in Mogadishu.",
  ("United Nations", S, neg, "Somalia", "sympathy/solidarity with Somalia = supporting; grief tone"))
U(d, "In a statement issued yesterday, the Secretary-General condemned in the strongest terms the attacks", "families of the victims.",
  ("United Nations", C, neg, "", "condemnation + condolences; no perpetrator named by the UN -> target empty"))
U(d, "He reiterated that the United Nations remains at the side of the Government and people of Somalia", "peace and stability.",
  ("United Nations", S, pos, "Somalia", "'He' = the Secretary-General; standing by Somalia = supporting"))
U(d, "The Secretary-General hopes that Somalia's leaders", "how the country is to be governed.",
  ("United Nations", T, pos, "", "hope that leaders keep talking = calling_for_talks; federal and member-state leaders -> target empty"))
U(d, "In Mogadishu, the Special Representative, Michael Keating, visited Madina Hospital", "years of conflict.",
  ("United Nations", N, neg, "", "SRSG = UN; assessment of the loss, no judgement or appeal"))
U(d, "He paid tribute to the doctors, nurses and volunteers", "since Saturday afternoon.",
  ("United Nations", S, pos, "", "praise of the responders (no canonical actor) = supporting, target empty"))
U(d, "Mr. Keating also said that the bombing must not be allowed to derail the agreement", "national security architecture.",
  ("United Nations", T, neu, "", "appeal to keep the federal/member-state political agreement on track = calling_for_talks"))
U(d, "Our humanitarian colleagues tell us that hospitals in the city are overwhelmed", "severe burns.",
  ("United Nations", N, neg, "", "OCHA = UN; facts about needs, no appeal in the sentence"))
U(d, "UNICEF has trucked antibiotics, dressings and surgical kits", "several hundred patients.",
  ("UNICEF", S, neu, "Somalia", "aid delivered = supporting"),
  ("World Health Organization", S, neu, "Somalia", "second agency in the sentence: trauma kits sent = supporting"))
U(d, "The UN Mine Action Service has sent a team to the site", "dogs trained to find explosives.",
  ("United Nations", S, neu, "Somalia", "UNMAS = UN; assistance deployed = supporting"))
U(d, "The African Union Mission in Somalia (AMISOM) is working with Somali forces", "the Mission told us.",
  ("African Union", S, neu, "Somalia", "AMISOM = African Union (name file); backing by act; 'the Mission told us' tail"))
U(d, "Dr. Faadumo Ali Nur, a surgeon at a private hospital near the blast site", "last units of blood.",
  ("Faadumo Ali Nur", N, neg, "", "invented surgeon (independent); facts of the night's work and the blood shortage"))
U(d, "She said families had come to the hospital all day", "could not be identified.",
  ("Faadumo Ali Nur", N, neg, "", "'She' = the surgeon; scene description given by her, grief"))
U(d, "We have seen that Turkey sent a plane with medical teams and supplies", "Ankara for treatment.",
  ("Turkey", S, neu, "Somalia", "Turkey's act reported by the spokesman (aid flight, medical evacuation) = supporting; the spokesman only notes it"))
U(d, "Kenya and Qatar have also sent medical supplies, and we are grateful for that solidarity.", "for that solidarity.",
  ("Kenya", S, neu, "Somalia", "aid sent, listed state"),
  ("Qatar", S, neu, "Somalia", "aid sent, listed state"),
  ("United Nations", S, pos, "", "spokesman's gratitude for the help of two states -> target empty"))
# "The Secretary-General also spoke at the high-level opening of Africa Week ..." = pointer to remarks, no row.
U(d, "I'm not going to get ahead of the Somali authorities, who are investigating.", "who are investigating.",
  ("United Nations", N, neu, "", "declines to attribute the attack: procedural line"))
U(d, "It is for them to say who was behind it.", "who was behind it.",
  ("United Nations", N, neu, "", "procedural continuation, same speaker"))
U(d, "The Somali President, Mohamed Abdullahi Mohamed, has declared three days of national mourning", "a crime against the whole nation.",
  ("Somalia", C, neg, "Al-Shabaab", "position of X reported by a journalist is X's statement; blame of Al-Shabaab"))
U(d, "And the State Department said yesterday that the United States condemned the bombing", "against terrorism.",
  ("United States", C, neg, "", "reported in a question; condemnation + support for Somalia, rule 1; no perpetrator named -> target empty"))
U(d, "The Secretary-General has been clear that any handover from AMISOM", "not on the calendar.",
  ("United Nations", N, neu, "", "position on the transition plan: conditions-based handover, no judgement, no appeal for talks"))
U(d, "Professor Liban Egal of the Mogadishu Institute for Policy Research told a radio station", "had failed the city.",
  ("Liban Egal", C, neg, "", "invented scholar, reported in a question; blames both the federal government and AMISOM -> two targets, empty"))
U(d, "I have not seen those remarks.", "those remarks.",
  ("United Nations", N, neu, "", "procedural non-comment"))
# "There will be investigations, and I'll leave it at that." = procedural filler of the same reply, kept without a row (no position beyond the previous line).
U(d, "As far as we know, no UN staff were among the dead.", "among the dead.",
  ("United Nations", N, neu, "", "fact given by the spokesman"))
U(d, "The security posture of our people in Mogadishu is being reviewed", "after such an attack.",
  ("United Nations", N, neu, "", "procedure"))
U(d, "He is urging Member States to come forward now with the blood", "the hospitals need.",
  ("United Nations", T, neg, "", "asking for humanitarian help is calling_for_talks (README), not supporting"))
