# page 6: China, release of Hokkaido University professor Nobu Iwatani (15 November 2019), MFA regular press conference
D = "page_china_iwatani_release2019_mfapresser.txt"
# no rows: page furniture, the reporters' own questions ("Can you confirm ...?", "Will China release them as well?"),
# the NHK question's unnamed scholars and "Some Japanese academic groups" (unnamed speakers), the Hong Kong and
# Gaza narration in questions (blocked roads, the burnt man, the death toll), the AFP question's facts on Áñez and
# Morales (events, not positions), "I have nothing further to add.", "I would refer you to the competent
# authorities for the specifics." (deflection), closing formula, Related.
U(D, "Premier Li Keqiang will host the fourth", "in due course.",
  ("China", N, neu, "", "announcement of a meeting date"))
U(D, "Chief Cabinet Secretary Yoshihide Suga said this afternoon", "is in good health.",
  ("Japan", N, neu, "", "question reporting Japan's statement (labels/README, twenty-seventh session); a fact"))
U(D, "I can confirm that the Japanese citizen Nobu Iwatani", "in accordance with the law.",
  ("China", N, neu, "", "procedural fact"))
U(D, "On September 8, the national security authorities found", "which he had collected illegally.",
  ("China", C, neg, "", "accusation of illegally collecting state secrets; Iwatani is not an actor -> target empty"))
U(D, "During the investigation, Iwatani admitted the facts", "to release him on bail.",
  ("China", N, neu, "", "account of the procedure; the confession is reported by China"))
U(D, "Chinese law protects every foreign national", "in the same way.",
  ("China", N, neu, "", "statement of principle; an implicit caution, no judgement of an actor"))
U(D, "China welcomes scholars from Japan and from every country", "normal academic exchanges.",
  ("China", N, pos, "", "reassurance about its own openness = neutral, positive (not a welcome of another actor's act)"))
U(D, "As long as they do not break Chinese laws", "nothing to worry about.",
  ("China", N, neu, "", "reassurance with a veiled condition"))
U(D, "I must also point out that certain people have been using this case", "do not bear scrutiny.",
  ("China", C, neg, "", "judgement of unnamed 'certain people' -> target empty"))
U(D, "Foreign Minister Toshimitsu Motegi told reporters today", "at every opportunity.",
  ("Japan", T, pos, "China", "question reporting Japan's position: preparing a state visit + raising the case through diplomacy = calling_for_talks"))
U(D, "China and Japan are close neighbours.", "China and Japan are close neighbours.",
  ("China", N, pos, "", "framing statement, positive tone"))
U(D, "Thanks to the efforts of both sides, our relations are back", "a positive momentum.",
  ("China", N, pos, "", "assessment of the relationship (unsure: praise of joint efforts could be supporting Japan)"))
U(D, "We hope the Japanese side will work with us", "manage our differences properly.",
  ("China", T, pos, "Japan", "hope for joint work and managing differences = calling_for_talks"))
U(D, "As for the arrangements for the visit", "no information to release at the moment.",
  ("China", N, neu, "", "contact continues, nothing to announce"))
U(D, "According to the Japanese government, at least nine other Japanese nationals", "on suspicion of espionage.",
  ("Japan", N, neg, "", "figure given by the Japanese government, reported in a question"))
U(D, "Prime Minister Shinzo Abe asked Premier Li Keqiang in Bangkok", "to resolve these cases quickly.",
  ("Japan", T, neu, "China", "request to resolve detentions, no judgement word = calling_for_talks; Bangkok = place"))
U(D, "The cases you mentioned are being handled", "are fully guaranteed.",
  ("China", N, neu, "", "procedure + reassurance; declines to commit"))
U(D, "President Xi Jinping said in Brasilia on Thursday", "bringing back order.",
  ("China", T, neg, "", "head of state; demand to stop the violence with no judgement word in the sentence = calling_for_talks (unsure: 'the violence' frames the protesters)"))
U(D, "The violent crimes of recent months have wrecked", "would tolerate them.",
  ("China", C, neg, "", "'violent crimes', 'no society would tolerate' = judgement of the protesters (not a canonical actor)"))
U(D, "The central government stands firmly behind the SAR government", "restore order.",
  ("China", S, pos, "Hong Kong government", "backing of the SAR government and police (Hong Kong police = Hong Kong government)"))
U(D, "What happens in Hong Kong is China's internal affair", "no business meddling in it.",
  ("China", C, neg, "", "rejection of interference by unnamed 'outside forces' = judgement, target empty"))
U(D, "We have noted the latest developments in Bolivia.", "We have noted the latest developments in Bolivia.",
  ("China", N, neu, "", "non-committal; declines the recognition question"))
U(D, "We hope Bolivians will find a peaceful way out", "calm returns quickly.",
  ("China", T, neu, "", "hope for dialogue and calm, all parties -> target empty"))
U(D, "Islamic Jihad said the truce came after Egyptian mediation.", "Islamic Jihad said the truce came after Egyptian mediation.",
  ("Palestinian Islamic Jihad", N, neu, "", "question reporting the group's statement; a fact"))
U(D, "China welcomes the ceasefire and appreciates the mediation of Egypt.", "China welcomes the ceasefire and appreciates the mediation of Egypt.",
  ("China", S, pos, "Egypt", "welcome + praise of Egypt's mediation with no appeal in this sentence = supporting (the appeal follows in the next sentence)"))
U(D, "We call on the parties concerned to exercise restraint", "to protect civilians.",
  ("China", T, neu, "", "appeal for restraint and protection of civilians, both sides -> target empty"))
U(D, "US officials said this week that the talks had hit a snag", "over farm purchases.",
  ("United States", N, neg, "", "unnamed officials of a named government; a fact with a negative tone"))
U(D, "The economic and trade teams of the two sides remain in close communication.", "remain in close communication.",
  ("China", N, neu, "", "contact continues"))
