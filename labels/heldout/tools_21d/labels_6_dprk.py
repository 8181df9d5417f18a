# ------------------------------------------------------------------ Security Council emergency meeting on the DPRK's sixth nuclear test (full HTML, UN meetings coverage, 2017-09-04)
d = "page_dprk_sixth_test_unsc_pressrelease.html"
U(d, "The meeting was requested by the United States, Japan, France, the United Kingdom and the Republic of Korea.", "Republic of Korea.",
  ("United States", T, neu, "", "asking for a Council meeting = calling_for_talks (guide's Zakharova example); list of five: one row each"),
  ("Japan", T, neu, "", "same list"),
  ("France", T, neu, "", "same list"),
  ("United Kingdom", T, neu, "", "same list"),
  ("South Korea", T, neu, "", "same list; Republic of Korea = South Korea"))
U(d, "JEFFREY FELTMAN, Under-Secretary-General for Political Affairs, said that on 3 September", "intercontinental ballistic missile.",
  ("North Korea", N, pos, "", "the DPRK's own announcement, relayed by the UN official (guide: X reported by Y is X's); own test reported as done = neutral; its news agency is not an actor; Feltman takes no position here"))
U(d, "Conveying the Secretary-General's condemnation, he said Pyongyang had once more defied", "nuclear arms.",
  ("United Nations", C, neg, "North Korea", "'he' = Feltman conveying the SG = United Nations; condemnation + 'defied the resolutions'; Pyongyang = metonym"))
U(d, "He urged members to remain united and to leave room for diplomacy", "no one wanted.",
  ("United Nations", T, neg, "", "appeal for unity and diplomacy + warning = calling_for_talks"))
U(d, "NIKKI HALEY (United States) said that every resolution the Council had adopted since 2006", "sign of weakness.",
  ("United States", C, neg, "North Korea", "judgement of the DPRK and its leader, no stock words"))
U(d, "\"No one in this Chamber wants a conflict, my country least of all.", "she said.",
  ("United States", C, neg, "North Korea", "multi-sentence quotation closed by its speaker = one unit; disavows war but threatens to defend itself and its allies = threat (condemning)"))
U(d, "She announced that her delegation would circulate a draft resolution during the week", "peaceful outcome.",
  ("United States", C, neg, "North Korea", "a sanctions resolution announced + 'only the strongest sanctions' = call for sanctions (labels/README: condemning), even though the stated aim is peaceful"))
U(d, "KORO BESSHO (Japan) said the test, carried out days after a missile had flown over Hokkaido", "authority of the Council.",
  ("Japan", C, neg, "North Korea", "'intolerable challenge' = judgement; Hokkaido = place"))
U(d, "He welcomed the United States' intention to table a new text", "adopted swiftly.",
  ("Japan", S, pos, "United States", "welcome of another member's initiative + cooperation = supporting the US"))
U(d, "CHO TAE-YUL (Republic of Korea) said his Government condemned the test", "programmes running.",
  ("South Korea", C, neg, "North Korea", "condemnation + call for an oil cut (sanctions)"))
U(d, "At the same time, he said, Seoul remained committed to resolving the nuclear issue peacefully", "Korean Peninsula.",
  ("South Korea", T, neu, "", "commitment to a peaceful resolution + rejection of war aimed at no one = calling_for_talks (guide: 'opposes any escalation' aimed at no one)"))
U(d, "MATTHEW RYCROFT (United Kingdom) called the test a reckless act", "that would bite.",
  ("United Kingdom", C, neg, "North Korea", "'reckless act that flouted' = judgement + call for sanctions"))
U(d, "The United Kingdom stood with Japan and the Republic of Korea", "he added.",
  ("United Kingdom", S, pos, "", "solidarity with two states -> target empty (labels/README: several actors)"))
U(d, "FRANÇOIS DELATTRE (France) said the Democratic People's Republic of Korea now posed a threat", "additional European measures.",
  ("France", C, neg, "North Korea", "'threat of a new scale' + tougher measures = judgement and call for sanctions; the European measures are France's own push (no EU row)"))
U(d, "The aim of that pressure was not war but to bring Pyongyang back to negotiations", "political solution.",
  ("France", T, neu, "North Korea", "purpose stated as negotiations + offer to help a political solution, no new judgement in this unit = calling_for_talks (unsure: the pressure it defends is the sanctions of the previous sentence)"))
U(d, "LIU JIEYI (China) said the Chinese Government resolutely opposed the test and condemned it.", "condemned it.",
  ("China", C, neg, "North Korea", "'opposed ... and condemned' aimed at the DPRK's act"))
U(d, "Calling on all parties to keep calm and avoid any step that would inflame tensions", "large-scale military exercises.",
  ("China", T, neu, "", "appeal to all parties + the 'dual suspension' proposal = calling_for_talks; Russia is only mentioned as co-author (no row)"))
U(d, "He said the deployment of the THAAD anti-missile system in the Republic of Korea harmed", "should be reversed.",
  ("China", C, neg, "", "judgement of THAAD's deployment (a US system in South Korea) + demand to reverse it; two actors -> target empty"))
U(d, "VASSILY NEBENZIA (Russian Federation) said his country condemned the test", "taken in anger.",
  ("Russia", C, neg, "North Korea", "condemnation (the caution to members is part of the same unit)"))
U(d, "Sanctions alone had reached the limit of their usefulness, he said", "starting point.",
  ("Russia", T, neu, "", "talks as the only way out + road map = calling_for_talks; doubting sanctions is no judgement of an actor"))
U(d, "Any military scenario, he cautioned, would end in a catastrophe", "whole region.",
  ("Russia", N, neg, "", "warning with no appeal and no actor judged = neutral, negative (guide: 'any escalation would be dangerous')"))
U(d, "OLOF SKOOG (Sweden) said that Sweden, which maintains an embassy in Pyongyang", "credible diplomatic track.",
  ("Sweden", T, neu, "", "offer of good offices + appeal to pair pressure with diplomacy = calling_for_talks"))
U(d, "SEBASTIANO CARDI (Italy), speaking first as Chair of the Security Council Committee", "outreach to Member States.",
  ("United Nations", N, neu, "", "speaking as chair of a Council sanctions committee = the body (guide: a chair speaking in the body's name speaks for it); committee facts and plans (unsure)"))
U(d, "Speaking in his national capacity, he said Italy condemned the test", "new economic measures.",
  ("Italy", C, neg, "North Korea", "same speaker now for his state; condemnation + backing for economic measures (sanctions)"))
U(d, "AMR ABDELLATIF ABOULATTA (Egypt) expressed concern at the escalation", "nuclear weapons.",
  ("Egypt", T, neg, "", "concern + appeal to all sides to refrain = calling_for_talks"))
