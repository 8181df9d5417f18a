# ------------------------------------------------------------------ Ethiopia-Somaliland MoU and Somalia's reaction (East African regional site, full HTML, 2024-01-07)
d = "page_somaliland_mou_eastafricasite.html"
# No rows: kicker, headline, standfirst, byline, dates, share bars, captions with credits, crossheads, "Also read:",
# ADVERTISEMENT, tags, newsletter, comments, most read, footer.
U(d, "Somalia's president has signed a law declaring void", "warnings from Cairo.",
  ("Somalia", C, neg, "", "lead: a law voiding the pact = measure against an act of two parties (Ethiopia and Somaliland) -> target empty; the AU/Washington/Cairo mentions are a summary of positions given specifically below (no rows here)"))
U(d, "\"From tonight the memorandum has no standing anywhere in Somali law.", "after signing the bill.",
  ("Somalia", C, neg, "", "multi-sentence quote closed by the speaker (full name only in the tail); rejection + warning; no one named -> target empty"))
# no row: "Under the memorandum, signed in Addis Ababa ..." (terms of the deal, actors as subjects of narration)
U(d, "Bihi said at the signing that Ethiopia would in return", "independent state.",
  ("Somaliland", N, pos, "", "surname only; own account of the deal's terms"),
  ("Ethiopia", S, pos, "Somaliland", "a position of Ethiopia reported by Somaliland's leader is Ethiopia's statement (guide); recognition promised = support (unsure: Addis Ababa has not confirmed it, next sentence)"))
U(d, "Ethiopia's government has said only that it would study", "stake in Ethiopian Airlines.",
  ("Ethiopia", N, neu, "", "non-committal line + deal detail from the national security adviser (possessive 'Abiy's' is not the speaker); two speakers of one state = one row"))
U(d, "Somalia's cabinet, meeting in emergency session in Mogadishu", "for consultations.",
  ("Somalia", C, neg, "Ethiopia", "judgement + recall of the ambassador (measure by act); Addis Ababa = place"))
U(d, "Prime Minister Hamza Abdi Barre told lawmakers the next day", "to stay calm.",
  ("Somalia", C, neg, "", "vow to defend the land 'with every lawful tool' = threatened response; the calm appeal is to its own citizens (unsure: could be calling_for_talks); no one named -> target empty"))
U(d, "In an address to a joint sitting of parliament, the president accused Ethiopia", "recruiting tool.",
  ("Somalia", C, neg, "Ethiopia", "'the president' by role; accusation; al-Shabaab is mentioned, not a speaker"))
U(d, "In a statement on Wednesday, the Ethiopian government defended the memorandum", "no quarrel with Mogadishu.",
  ("Ethiopia", N, pos, "", "defence of its own act + reassurance = neutral, positive; Mogadishu = metonym as object"))
U(d, "Abiy, who told lawmakers in October", "no harm to any neighbour.",
  ("Ethiopia", N, pos, "", "surname only; October remark is background in a relative clause; reassurance about own conduct"))
# no row: "Not everyone in Hargeisa is on board." (summary line)
U(d, "Somaliland's defence minister, Abdiqani Mohamoud Ateye, resigned on Monday", "was being handed over.",
  ("Abdiqani Mohamoud Ateye", C, neg, "Somaliland", "a minister resigning in protest speaks for himself, not for the administration he leaves (own name); objection to his government's deal"))
U(d, "Somaliland's foreign ministry said the law signed in Mogadishu", "in the region.",
  ("Somaliland", C, neg, "Somalia", "rejection of the law + accusation of the federal government; Mogadishu = place"))
# no rows: the Hargeisa crowds and the teacher (resident, not an actor)
U(d, "African Union Commission chairperson Moussa Faki Mahamat appealed", "settle their differences.",
  ("African Union", T, neg, "", "appeal for de-escalation and talks to two capitals (metonyms as addressees) -> target empty"))
U(d, "Faki also said the unity, territorial integrity and sovereignty", "had to be respected.",
  ("African Union", T, neu, "", "surname only; principle addressed to all members, no judgement word = appeal"))
U(d, "State Department spokesman Matthew Miller said the United States regarded Somaliland", "in 1960.",
  ("United States", S, neu, "Somalia", "backing Somalia's borders (non-recognition of Somaliland) = support"))
U(d, "He said Washington was worried by the sudden rise in tension", "through diplomacy.",
  ("United States", T, neg, "", "pronoun subject = Miller; concern + appeal to every party"))
U(d, "The European Union's diplomatic service said respect for Somalia's unity", "the Horn of Africa.",
  ("European Union", S, neu, "Somalia", "EEAS = EU; backing Somalia's integrity, no appeal to a party and no judgement (unsure: could be calling_for_talks)"))
U(d, "The regional bloc IGAD, currently chaired by Djibouti", "summit on the dispute.",
  ("IGAD", T, neg, "", "concern + convening a summit = the host convening talks; Djibouti is mentioned as chair, not a speaker"))
U(d, "Egypt's foreign ministry said Cairo firmly backed Somalia's unity", "pledge his support.",
  ("Egypt", S, pos, "Somalia", "ministry and president of one state = one row; Cairo = metonym"))
U(d, "The Arab League's secretary-general, Ahmed Aboul Gheit, called the memorandum", "solidarity with Mogadishu.",
  ("Arab League", C, neg, "", "judgement of the memorandum (two parties, none named) decides over the solidarity (rule 1); Mogadishu = metonym as object"))
U(d, "Ankara, which trains Somalia's army and also counts Ethiopia as a partner", "territorial integrity.",
  ("Turkey", T, neu, "", "Ankara = metonym; appeal for direct talks + backing of integrity: rule 2 before rule 3; addressees Somalia and Hargeisa (Somaliland) -> target empty"))
U(d, "China's foreign ministry spokeswoman Mao Ning said Beijing respected", "through dialogue.",
  ("China", T, pos, "", "respect for sovereignty + hope for dialogue = calling_for_talks"))
U(d, "Al-Shabaab, the al-Qaeda-linked group fighting Somalia's government, denounced", "vowed to fight it.",
  ("Al-Shabaab", C, neg, "", "denunciation + threat; the deal's parties not named in the sentence"))
# no rows: sea-access background, "Analysts in Nairobi", the unnamed former diplomat, Somaliland's status (narration)
