# ------------------------------------------------------------------ China-Mongolia row after the Dalai Lama's visit (Chinese state media, 2016-12-21)
d = "page_mongolia_dalailama2016_statemedia.txt"
# Not statements: masthead, language bar, menu, section, headline, source/editor line, [Photo n of 3] captions with credits,
# ADVERTISEMENT, crosshead EXPERTS' VIEW, Related, Most viewed, copyright. The agency itself is not an actor.
U(d, "China on Wednesday said it had taken serious note", "at an early date.",
  ("China", T, pos, "Mongolia", "dateline excluded; lede: welcome of the pledge + hope that ties recover, no judgement: rule 2 before rule 3"))
# "Foreign Ministry spokesperson Hua Chunying made the remarks ..." = narration of the setting, no row.
U(d, "Hua said China's position on Tibet-related questions", "international community.",
  ("China", N, neu, "", "restates its own position, no actor judged"))
U(d, "The spokesperson said the Mongolian side should take this episode to heart", "core concerns.",
  ("China", C, neg, "Mongolia", "'take this episode to heart' implies Mongolia erred = judgement inside a demand (unsure: could be read as an appeal, calling_for_talks)"))
U(d, "China was ready to work with Mongolia to promote", "Hua added.",
  ("China", T, pos, "Mongolia", "offer to work on ties on the basis of mutual respect = calling_for_talks"))
U(d, "Asked whether the postponed consultations would now be rescheduled", "in due course.",
  ("China", N, neu, "", "'she' = Hua; procedural line"))
U(d, "According to the Mongolian newspaper Onoodor, Munkh-Orgil said", "between the two countries.",
  ("Mongolia", N, neg, "", "second-hand attribution; regret for the strain its own side caused = an apology, not a judgement of another actor"))
U(d, "The minister was quoted as saying that the Dalai Lama would not be received", "purpose of the trip.",
  ("Mongolia", N, neu, "", "passive attribution; a policy commitment about its own conduct = neutral"))
U(d, "The Mongolian foreign ministry's press office confirmed", "further details.",
  ("Mongolia", N, neu, "", "procedural confirmation"))
U(d, "Munkh-Orgil also said both sides were working to restore normal exchanges", "according to the newspaper.",
  ("Mongolia", T, pos, "China", "commitment to resume consultations = calling_for_talks"))
U(d, "Mongolian Prime Minister Jargaltulga Erdenebat was reported last week", "southern neighbour.",
  ("Mongolia", T, pos, "China", "'the southern neighbour' = China by context; pledge to mend ties"))
# "The Dalai Lama, whom Beijing regards as ..." = background characterisation inside narration, no specific statement; no row.
U(d, "China had made clear its firm opposition before the trip", "after it went ahead.",
  ("China", C, neg, "Mongolia", "opposition and representations (protest) reported as done"))
U(d, "On Nov. 21, while the visit was under way, Geng called on Ulaanbaatar", "separatist activities.",
  ("China", C, neg, "Mongolia", "a demand carrying the charge of 'separatist activities' = judgement, rule 1"))
U(d, "On Nov. 28, Foreign Ministry spokesperson Geng Shuang said Mongolia's handling", "bilateral relations.",
  ("China", C, neg, "Mongolia", "judgement of Mongolia's conduct without a stock word; spokesperson first named here by role, earlier by surname in the Nov. 21 line"))
U(d, "The Chinese side subsequently put off several planned bilateral meetings", "cooperation projects.",
  ("China", C, neg, "Mongolia", "suspension of meetings as a response = a measure (condemning)"))
U(d, "Asked earlier this month about reports of new charges on Mongolian vehicles", "competent authorities.",
  ("China", N, neu, "", "no knowledge + referral = neutral"))
U(d, "During the visit, the Mongolian government said the trip was of a purely religious nature", "part in the invitation.",
  ("Mongolia", N, neg, "", "denial of any government role = neutral, negative tone"))
U(d, "Gandan Monastery, which hosted the visit, said", "political matters.",
  ("Gandan Monastery", N, neu, "", "the host monastery (new actor, organisation); account of the visit, implicitly rebutting a charge, no judgement"))
# "Mongolia, which declared an economic emergency in August, ..." = background, no row.
U(d, "The International Monetary Fund said this month that its staff remained in discussions", "had been fixed.",
  ("International Monetary Fund", N, neu, "", "procedural line"))
U(d, "A spokesperson for India's Ministry of External Affairs said on Dec. 9", "offered in 2015.",
  ("India", S, pos, "Mongolia", "offer of help and faster use of a credit line = supporting"))
U(d, "Earlier, Mongolia's ambassador in New Delhi, Gonchig Ganbold, had been reported", "a spiritual visit.",
  ("Mongolia", C, neg, "China", "second-hand attribution via Indian media; an ambassador speaks for his state; 'out of proportion' = judgement"))
U(d, "The so-called \"Central Tibetan Administration\" in Dharamsala praised Mongolia", "after the visit.",
  ("Central Tibetan Administration", S, pos, "Mongolia", "'so-called' is the outlet's voice, not a statement; praise of Mongolia"))
U(d, "The Dharamsala-based group also accused Beijing of bullying", "religious matter.",
  ("Central Tibetan Administration", C, neg, "China", "accusation"))
# "Chinese experts said Mongolia's statement was a welcome correction ..." = unnamed experts, no tie to a body; no row.
U(d, "\"It is good that Ulaanbaatar has seen where its real interests lie", "Neighbourhood Studies.",
  ("Zhao Mingyuan", C, neg, "Mongolia", "invented scholar named after the quote; welcome joined to a judgement ('self-inflicted'): rule 1"))
U(d, "Zhao said some external forces had tried to use the Dalai Lama's trip", "bound to fail.",
  ("Zhao Mingyuan", C, neg, "", "charge against unnamed 'external forces' -> target empty"))
U(d, "Zhao added that China had always respected the development path", "Mongolian people.",
  ("Zhao Mingyuan", N, pos, "", "a scholar's claim about China's conduct, no judgement of anyone (the scholar is the actor, not China)"))
U(d, "Wu Xiaolan, a professor of Northeast Asian affairs", "suffered from the chill.",
  ("Wu Xiaolan", N, neg, "", "invented scholar; facts + regret of the effects, no appeal in this sentence"))
U(d, "She said she hoped the two governments would quickly resume talks", "good for both peoples.",
  ("Wu Xiaolan", T, pos, "", "hope that talks resume = calling_for_talks; both governments -> target empty"))
# "China is Mongolia's largest trading partner ..." = background figures from no named source, no row.
