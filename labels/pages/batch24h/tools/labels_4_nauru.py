# ------------------------------------------------------------------ Nauru's row with China's envoy at the 2018 Pacific Islands Forum (government press release, 2018-09-06)
d = "page_nauru_forumrow2018_govrelease.txt"
# Not statements: letterhead, menu, breadcrumb, release number, "For immediate release", date, headline, crossheads, "ENDS",
# media contact, photo credit, related releases, copyright. The release's own narration of the session is narration unless
# the Government takes a position in it ("rejects", "welcomes", "has instructed").
U(d, "The President of the Republic of Nauru, His Excellency Baron Divavesi Waqa MP, has asked", "hosting this week.",
  ("Nauru", C, neg, "China", "demand for a formal apology over the envoy's conduct = condemning"))
# "During the Forum Dialogue session ... insisted on addressing the meeting ..." = narration of the incident, no row.
U(d, "When the President, as Forum Chair, declined to let him speak out of order", "left the room.",
  ("China", N, neg, "", "the delegation's walkout, no protest or grievance stated in the sentence = neutral"))
U(d, "Speaking to the media on Wednesday evening, President Waqa said", "who should speak first.",
  ("Nauru", C, neg, "China", "judgement of the envoy's conduct (the envoy = China)"))
U(d, "\"Nauru is small, but this is our house and our Forum", "the President said.",
  ("Nauru", C, neg, "China", "rebuke: guests expected to respect the host (unsure: no judgement word; read with the preceding sentence)"))
U(d, "\"Nauru wants an apology, and if one does not come", "will hear about it.\"",
  ("Nauru", C, neg, "China", "demand + threat to take it to the region and the UN = condemning; second quoted sentence after the mid-paragraph attribution"))
U(d, "The President said the incident was part of a wider pattern", "sovereign nations.",
  ("Nauru", C, neg, "", "accusation aimed at 'some large partners' (not named) -> target empty"))
U(d, "He also thanked the leaders who had spoken to him", "their support.",
  ("Nauru", S, pos, "", "gratitude to unnamed leaders for their support; target empty"))
# "The Government of Nauru wishes to restate the facts ..." = lead-in, no row.
U(d, "Nauru does not have diplomatic relations with the People's Republic of China, and as a matter", "diplomatic passports.",
  ("Nauru", N, neu, "", "facts and procedure given by the government"))
U(d, "The Government rejects suggestions that the arrangement was intended to insult", "dialogue partners.",
  ("Nauru", N, neg, "", "rejecting an accusation = denial: neutral, negative tone"))
U(d, "The Government has noted the remarks made in Beijing today", "should itself apologise.",
  ("China", C, neg, "Nauru", "Hua's charge and counter-demand for an apology, reported by the host government; 'has noted' is not a position of Nauru"))
U(d, "The President has instructed the Department of Foreign Affairs and Trade to respond formally.", "respond formally.",
  ("Nauru", N, neu, "", "procedure"))
U(d, "\"The version given in Beijing is simply not what happened", "Foreign Affairs and Trade said.",
  ("Nauru", N, neg, "", "rebuttal of Beijing's account = denial"))
U(d, "\"Nauru will not apologise for chairing its own meeting", "the Forum's rules.\"",
  ("Nauru", N, neg, "", "continued quote of the same department; refusal to apologise with no judgement word = neutral (unsure: could be condemning)"))
U(d, "The Prime Minister of Tuvalu, Mr Sopoaga, told leaders on Wednesday", "handling of the session.",
  ("Tuvalu", S, pos, "Nauru", "backing of the Chair's handling"))
U(d, "The Government of the Republic of China (Taiwan) said in a statement from Taipei", "his country's dignity.",
  ("Taiwan", S, pos, "Nauru", "solidarity + praise"))
U(d, "The Government also welcomes the remarks of the Forum Secretary General", "to observe them.",
  ("Nauru", S, pos, "Pacific Islands Forum", "welcomes the Secretary General's remarks"),
  ("Pacific Islands Forum", N, neu, "", "the Secretary General speaks for the Forum; procedure stated, no judgement of a named actor"))
U(d, "Dame Meg added that she hoped every partner would keep working with the Forum family", "outcomes of the week.",
  ("Pacific Islands Forum", T, pos, "", "hope for continued cooperation in mutual respect = calling_for_talks"))
U(d, "The Australian Minister for Foreign Affairs, Senator Marise Payne, did not comment on the session directly", "security and prosperity.",
  ("Australia", N, neu, "", "general principle for donors, no judgement of or appeal to a named actor"))
U(d, "New Zealand Prime Minister Jacinda Ardern, asked about the incident", "reached at the meeting.",
  ("New Zealand", N, neu, "", "declines to take sides; no evaluation"))
U(d, "The Prime Minister of Samoa, Mr Tuilaepa Sailele Malielegaoi, who last week had warned", "behind the leaders.",
  ("Samoa", N, pos, "", "the main clause (matter now settled) decides; the earlier boycott warning is in a relative clause (unsure)"))
U(d, "On Wednesday leaders adopted the Boe Declaration on Regional Security", "idea of security.",
  ("Pacific Islands Forum", N, neu, "", "adoption of a declaration by the Forum's leaders = act of the body; not aimed at any party to the row"))
U(d, "President Waqa said the Declaration showed that the Pacific could set its own agenda.", "its own agenda.",
  ("Nauru", N, pos, "", "self-praise of the Forum's outcome = neutral, positive"))
U(d, "\"This Forum will be remembered for Boe, not for one man", "he said.",
  ("Nauru", C, neg, "China", "jab at the Chinese envoy = judgement"))
U(d, "At a public session at the Civic Centre on Wednesday night, Dr Miriama Tebau", "obliged to do.",
  ("Miriama Tebau", S, pos, "Nauru", "invented scholar; approval of the Chair's conduct"))
U(d, "\"Protocol is all that small states have", "Dr Tebau said.",
  ("Miriama Tebau", S, pos, "Nauru", "'the President was right' = approval"))
U(d, "She said she hoped the Forum would now find a quiet way to repair relations with Beijing", "member states.",
  ("Miriama Tebau", T, pos, "", "hope for repaired relations = calling_for_talks"))
U(d, "Joseph Amwano, a Nauruan youth delegate", "for several minutes.",
  ("Joseph Amwano", N, neg, "", "invented witness; account of what he saw"))
U(d, "\"It was embarrassing to watch a guest behave like that", "he said.",
  ("Joseph Amwano", C, neg, "China", "judgement of the envoy's behaviour"))
# "The 49th Pacific Islands Forum Leaders Meeting closes today ..." = narration, no row.
