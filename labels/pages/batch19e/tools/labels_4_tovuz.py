# ------------------------------------------------------------------ Tovuz/Tavush border clashes (Azerbaijani state media in English, 2020-07-16)
d = "page_tovuz_clashes_statemedia.txt"
# Not statements: agency masthead, language switch, menu, dateline line, headline, photo caption with credit, crossheads,
# READ ALSO, tags, share bar, most read, copyright. The dateline "Baku, July 16, CASNA." is excluded from the first unit.
U(d, "Azerbaijan's partners across the world have voiced solidarity", "CASNA reports.",
  ("Azerbaijan", C, neg, "Armenia", "long lead: the agency's summary of partners (vague, no rows) carries the official account 'grossly violating the ceasefire' and the Army's control; the accusation is the state's line (state media voicing the official account, unsure)"))
U(d, "Addressing a meeting of the Security Council on 13 July, President Ilham Aliyev said", "Azerbaijani servicemen.",
  ("Azerbaijan", C, neg, "Armenia", "blame + 'would have to answer' = judgement and threat; Yerevan = metonym"))
U(d, "\"Yerevan speaks of peace in every international hall", "the head of state said.",
  ("Azerbaijan", C, neg, "Armenia", "multi-sentence quote closed by 'the head of state' = Aliyev; 'two-faced policy' = judgement"))
U(d, "President Ilham Aliyev noted that Azerbaijan had appealed to international organizations", "started the fighting.",
  ("Azerbaijan", N, neu, "", "steps taken and a planned visit of attachés = neutral plan (the implied accusation is carried by the previous units)"))
U(d, "The Ministry of Defence reported on 14 July that heavy fighting", "after taking many casualties.",
  ("Azerbaijan", N, neg, "", "own operations reported as done, no judgement = neutral"))
U(d, "According to the ministry, Major General Polad Hashimov", "to eleven.",
  ("Azerbaijan", N, neu, "", "casualty figures given by an actor = neutral, neutral tone"))
U(d, "The ministry said Azerbaijani units had knocked out", "well behind the line.",
  ("Azerbaijan", N, neu, "", "reporting one's own strike as done, no judgement = neutral"))
U(d, "It accused the Armenian armed forces of deliberately shelling", "houses and farms.",
  ("Azerbaijan", C, neg, "Armenia", "'It' = the ministry; accusation by describing attacks on civilians = condemning"))
U(d, "Ministry spokesman Colonel Vagif Dargahli said a 76-year-old resident", "on 14 July.",
  ("Azerbaijan", C, neg, "Armenia", "a civilian death attributed to 'Armenian fire' = accusation (unsure: could be a neutral figure)"))
U(d, "The Prosecutor General's Office said it had opened a criminal case", "Armenian armed forces.",
  ("Azerbaijan", C, neg, "Armenia", "criminal case over 'deliberate targeting of civilians' = accusation + legal measure"))
U(d, "Foreign Ministry spokesperson Leyla Abdullayeva described as false", "before the fighting began.",
  ("Azerbaijan", N, neg, "", "denial of the Armenian version = neutral, negative"))
U(d, "\"The Armenian leadership is trying to mislead the international community.", "Abdullayeva said.",
  ("Azerbaijan", C, neg, "Armenia", "multi-sentence quote closed by surname: accusation + 'they alone bear the responsibility'"))
U(d, "Meanwhile, the Armenian Defence Ministry's spokeswoman Shushan Stepanyan again claimed", "refuted by the facts on the ground.",
  ("Armenia", C, neg, "Azerbaijan", "Armenia's accusation reported inside state media's rebuttal; the outlet's 'refuted' is not an actor's statement"))
U(d, "Armenian Prime Minister Nikol Pashinyan, for his part, asserted", "on the ground.",
  ("Armenia", N, pos, "", "own military gains claimed, no judgement of the other side = neutral, positive tone; the outlet's dismissal gets no row"))
U(d, "Presidential aide Hikmat Hajiyev said in a series of posts on Twitter", "international pipelines at risk.",
  ("Azerbaijan", C, neg, "Armenia", "social media: accusation of targeting energy corridors (plausible line for 12-16 July)"))
# "Fraternal Turkey was among the first to voice its support." = summary line before the specific statements: no row.
U(d, "In a statement issued on 12 July, the Turkish Foreign Ministry strongly condemned", "fallen servicemen.",
  ("Turkey", C, neg, "Armenia", "condemnation + condolences: rule 1"))
U(d, "In a telephone conversation with Foreign Minister Elmar Mammadyarov on 13 July", "as it always had.",
  ("Turkey", S, pos, "Azerbaijan", "approval of Baku's position + solidarity; Mammadyarov is the interlocutor, not a speaker here"))
U(d, "President Recep Tayyip Erdogan said on 14 July that Turkey would never hesitate", "rights and lands.",
  ("Turkey", C, neg, "Armenia", "veiled threat of a response = condemning; aimed at whoever attacks, Armenia by context (target Armenia, unsure)"))
U(d, "Turkish Defence Minister Hulusi Akar warned that Armenia's attack would not go unanswered", "what it had done.",
  ("Turkey", C, neg, "Armenia", "threat; Yerevan = metonym"))
U(d, "Pakistan's Foreign Office said Pakistan stood in solidarity", "territorial integrity.",
  ("Pakistan", S, pos, "Azerbaijan", "solidarity + backing of its right of defence"))
U(d, "The Azerbaijani community of the Nagorno-Karabakh region said", "the lands it holds.",
  ("Azerbaijani community of Nagorno-Karabakh", C, neg, "Armenia", "community organisation as its own actor; accusation of occupation and diversion"))
# "Calls for restraint" crosshead: no row.
U(d, "In his phone conversation with Foreign Minister Mammadyarov on 13 July, Russian Foreign Minister Sergey Lavrov said", "calm the situation on the border.",
  ("Russia", T, neu, "", "'unacceptable' aimed at no actor appeal to both sides not to let the fighting grow, no judgement = calling_for_talks"))
U(d, "Kremlin spokesman Dmitry Peskov said Moscow was following the clashes with deep concern", "if the sides asked it to.",
  ("Russia", T, neg, "", "concern + offer of mediation = calling_for_talks"))
U(d, "The OSCE Minsk Group Co-Chairs called on the sides", "direct communication.",
  ("OSCE", T, neu, "", "Minsk Group = OSCE (name files); appeal to both sides"))
U(d, "The European Union's High Representative Josep Borrell called on both sides", "show restraint.",
  ("European Union", T, neu, "", "appeal to both sides"))
U(d, "United Nations Secretary-General Antonio Guterres was deeply concerned about the fighting", "his spokesman said.",
  ("United Nations", T, neg, "", "concern + appeal = calling_for_talks; attribution tail"))
U(d, "The US State Department said Washington deplored the violence along the border", "inflame the situation.",
  ("United States", C, neg, "", "'deplored the violence' = explicit judgement, with an appeal: rule 1; aimed at no one side -> target empty"))
U(d, "Georgia's Foreign Ministry said Tbilisi was ready to offer any help it could", "two neighbours.",
  ("Georgia", T, neu, "", "offer to help reduce tension = mediation offer (plausible line)"))
U(d, "Iran's Foreign Ministry spokesman Abbas Mousavi said Tehran was ready to help", "restore calm.",
  ("Iran", T, neu, "", "offer to help restore calm (plausible line); Tehran = metonym"))
U(d, "The Ministry of Defence said on 16 July that the situation in the Tovuz direction had been relatively calm", "answered each violation.",
  ("Azerbaijan", N, neg, "", "situation report with ceasefire violations listed and own response; account of fire received, mildly accusatory (neutral, unsure)"))
# "By an order of President Ilham Aliyev signed on 16 July, Jeyhun Bayramov ... was appointed" = appointment narrated, no position: no row.
# Rally in Baku (residents, no named speaker), "A Baku political scientist told CASNA" (unnamed), the funeral and the
# agency's background paragraph: no rows.
