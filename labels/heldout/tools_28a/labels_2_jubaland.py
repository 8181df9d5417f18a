# ------------------------------------------------------------------ Somali federal troops vs Jubaland forces at Ras Kamboni (scraped .txt, East African regional site, 2024-12-12)
d = "page_jubaland_raskamboni_regionalsite.txt"
# no rows: masthead, BREAKING ticker, headline, byline, share bar, photo captions, crossheads, "ALSO READ:"
U(d, "Jubaland's regional administration said on Thursday it was in full control of Ras Kamboni", "a partner of al-Shabaab.",
  ("Jubaland", C, neg, "Somalia", "long lead, dateline excluded; accusation of 'Mogadishu' (metonym) using drones"),
  ("Somalia", C, neg, "Jubaland", "second position in the same sentence: the federal government brands the region's leader a partner of al-Shabaab"))
# no row: "The clashes broke out early on Wednesday ..." / "Communications in the area were cut ..." (narration)
U(d, "Jubaland's deputy minister for internal security, Adan Ahmed Haji, told reporters", "spread across the area.",
  ("Jubaland", C, neg, "Somalia", "role then name; blames federal forces for opening the attack"))
U(d, "He said dozens of federal soldiers had handed their weapons over", "toward the Kenyan border.",
  ("Jubaland", N, neu, "", "'He' = Haji; battlefield claim, no judgement"))
U(d, "\"These are weapons our partners gave Somalia to fight the terrorists.", "Haji said.",
  ("Jubaland", C, neg, "Somalia", "two-sentence quote closed by the speaker; 'a disgrace'"))
U(d, "Somalia's Ministry of Defence said in a statement that Jubaland forces had started the fighting", "in Lower Juba.",
  ("Somalia", C, neg, "Jubaland", "blame for starting the fighting"))
U(d, "The ministry said Ahmed Madobe had struck an arrangement with al-Shabaab", "answer for it in court.",
  ("Somalia", C, neg, "Jubaland", "'The ministry' = defence ministry by context; accusation of collusion + threat of prosecution; Madobe = Jubaland's leader (object)"))
U(d, "Defence Minister Abdulkadir Mohamed Nur said the army had gone to Ras Kamboni", "not to fight fellow Somalis.",
  ("Somalia", N, neu, "", "justification of own deployment, no judgement of the other side"))
U(d, "Information Minister Daud Aweis said the government remained ready to talk", "had already expired.",
  ("Somalia", T, neu, "", "conditional offer of talks = calling_for_talks (README: offering talks, even conditional ones); the 'expired mandate' is a claim, not a judgement word (unsure); target empty: 'the people of Jubaland', not its administration"))
# no rows: "Relations between Mogadishu and Kismayo have been tense since ..." and "Madobe, a former militia commander ..." (background; 'his critics' unnamed)
U(d, "A Mogadishu court issued a warrant for Madobe's arrest two days later", "for President Hassan Sheikh Mohamud.",
  ("Somalia", C, neg, "Jubaland", "arrest warrant for the rival leader = a measure against the other side (unsure: courts as state bodies; past act in background)"),
  ("Jubaland", C, neg, "Somalia", "the Kismayo court's counter-warrant, same reading"))
U(d, "The president, speaking after Friday prayers last week", "never recognise its result.",
  ("Somalia", C, neg, "Jubaland", "role only ('The president' = Hassan Sheikh Mohamud); 'unlawful' + refusal to recognise = judgement"))
U(d, "Madobe told supporters in Kismayo on Thursday that his forces would meet any new attack", "at gunpoint.",
  ("Jubaland", C, neg, "Somalia", "surname only; threat + accusation of the president"))
U(d, "He said the captured soldiers would be treated well", "through clan elders.",
  ("Jubaland", N, pos, "", "'He' = Madobe; reassurance about own conduct = neutral, positive"))
U(d, "Kenya's Ministry of Foreign and Diaspora Affairs said a number of Somali soldiers", "pending their return.",
  ("Kenya", N, neu, "", "facts about the soldiers disarmed by the KDF"))
U(d, "The ministry urged Mogadishu and Kismayo to settle their differences through dialogue", "at the centre of their efforts.",
  ("Kenya", T, neu, "", "'The ministry' = Kenya's; capitals as metonyms for both sides (objects) -> target empty"))
# no row: "Ethiopian troops were reported to have reinforced positions ... though Addis Ababa did not comment." (reported, no position; a non-comment)
U(d, "Puntland, which withdrew its recognition of the federal government earlier this year", "settle a political dispute.",
  ("Puntland", C, neg, "Somalia", "solidarity with Jubaland + condemnation (rule 1)"))
# no row: "Somalia's international partners have watched the standoff with growing alarm." (summary line)
U(d, "The United Nations mission in Somalia said it was deeply concerned by the fighting", "return to talks.",
  ("United Nations", T, neg, "", "concern + appeal to both sides, no judgement"))
U(d, "The chairperson of the African Union Commission, Moussa Faki Mahamat, appealed for calm", "due to begin on 1 January.",
  ("African Union", T, neg, "", "role then name; appeal for calm and restraint"))
U(d, "The US embassy in Mogadishu said it was troubled by reports of the clashes.", "The US embassy in Mogadishu said it was troubled by reports of the clashes.",
  ("United States", N, neg, "", "concern without an appeal = neutral, negative; Mogadishu = place"))
U(d, "It said fighting among Somalis served only al-Shabaab", "without preconditions.",
  ("United States", T, neg, "", "'It' = the embassy; appeal for talks to both sides"))
U(d, "IGAD executive secretary Workneh Gebeyehu offered the bloc's help", "to the table.",
  ("IGAD", T, pos, "", "offer of mediation; 'the bloc' = IGAD"))
U(d, "The Somali Salvation Forum, an opposition alliance", "leave Jubaland.",
  ("Somali Salvation Forum", C, neg, "Somalia", "opposition blaming its own government's president + demand (rule 1); Sharif Sheikh Ahmed only mentioned"))
# no rows: the Ras Kamboni fisherman, "Analysts say ...", the unnamed Nairobi researcher, the Lower Juba elders (unnamed); background on 2020 Gedo clashes, drones, Ras Kamboni (narration); author bio
