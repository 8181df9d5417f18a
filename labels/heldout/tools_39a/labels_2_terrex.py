# ------------------------------------------------------------------ Singapore's Terrex vehicles seized in Hong Kong (wire copy, 2016-11-28)
d = "page_singapore_terrex_seizure2016_wire.txt"
# Not statements: menu, UPDATE headline, byline, read time, the three bullets, dateline, ADVERTISEMENT, crossheads, credits, Related Coverage, Our Standards, tags, most read.
U(d, "China said on Monday it had lodged a protest with Singapore", "official military dealings with the island.",
  ("China", C, neg, "Singapore", "dateline excluded; lead: protest + demand = condemning"))
# "The nine Terrex infantry carrier vehicles ... routine search ..." = narration of the seizure, no row.
U(d, "Chinese Foreign Ministry spokesman Geng Shuang told a daily briefing", "military links with Taiwan.",
  ("China", C, neg, "Singapore", "'would not accept' official or military links with Taiwan, aimed at Singapore's training ties = judgement"))
U(d, "\"We have made representations to the Singaporean side", "Geng said.",
  ("China", C, neg, "Singapore", "protest ('representations') + 'in deed and not only in words' = rebuke"))
U(d, "He declined to say whether Beijing had asked Hong Kong", "in accordance with the law.",
  ("China", N, neu, "", "declining to answer + procedure = neutral"))
U(d, "Geng said China hoped Singapore would handle questions related to Taiwan prudently", "damage the relationship.",
  ("China", T, neu, "Singapore", "hope/appeal addressed to Singapore with no judgement word = calling_for_talks (unsure: a veiled warning, could be condemning)"))
U(d, "Singapore's Ministry of Defence said the vehicles belonged to the Singapore Armed Forces", "the usual practice for such equipment.",
  ("Singapore", N, neu, "", "facts on the shipment"))
U(d, "Nothing classified and no rounds of any kind were in the containers", "as soon as possible.",
  ("Singapore", N, neu, "", "facts + cooperation + expectation; attribution in the middle"))
U(d, "A team of Singapore Armed Forces officers arrived in Hong Kong on Friday", "the ministry said.",
  ("Singapore", N, neu, "", "own act reported, attribution tail"))
U(d, "The ministry thanked the Hong Kong customs officers", "a covered, guarded site.",
  ("Singapore", S, pos, "Hong Kong government", "thanks/praise for the customs officers (a Hong Kong government department)"))
U(d, "APL said in a short statement that it was cooperating fully", "under way.",
  ("APL", N, neu, "", "shipping line (new actor, organisation); no comment + cooperation"))
U(d, "Singapore's foreign ministry said Singapore had always followed a one-China policy", "openly for decades.",
  ("Singapore", N, neu, "", "reassurance about own policy, an implicit rebuttal without judgement"))
U(d, "\"These arrangements are well known to all parties, including Beijing", "in response to questions.",
  ("Singapore", N, neu, "", "unnamed spokesman of a named ministry; rebuttal without a judgement word (unsure: could be neutral negative)"))
U(d, "The spokesman said Singapore was in touch with the Chinese side on the matter.", "The spokesman said Singapore was in touch with the Chinese side on the matter.",
  ("Singapore", N, neu, "", "diplomatic contact reported as a fact"))
U(d, "Defence Minister Ng Eng Hen told reporters on Monday evening", "drawn into a public argument.",
  ("Singapore", N, neu, "", "handling through channels, no evaluation"))
U(d, "\"Our priority is to get our vehicles back safely", "Ng said.",
  ("Singapore", N, neu, "", "surname only; goals, no judgement"))
U(d, "Hong Kong's Customs and Excise Department said the 12 containers", "had been broken.",
  ("Hong Kong government", N, neu, "", "a department of the Hong Kong government; investigation facts"))
U(d, "Hong Kong Secretary for Security Lai Tung-kwok said the case would be handled", "still under way.",
  ("Hong Kong government", N, neu, "", "procedure + no comment"))
# "Under Hong Kong's Import and Export Ordinance ..." = background, no row.
U(d, "In Taipei, Defence Ministry spokesman Major General Chen Chung-chi said", "Taiwan's armed forces.",
  ("Taiwan", N, neu, "", "fact/denial of ownership, flat tone"))
U(d, "Chen said the ministry did not comment on the details", "friendly countries.",
  ("Taiwan", N, neu, "", "no comment"))
U(d, "Taiwan's Mainland Affairs Council said Beijing should stop using every incident", "intimidate Taiwan's friends.",
  ("Taiwan", C, neg, "China", "'attempt to intimidate' = judgement on Beijing"))
# Two background sentences on the training arrangement and diplomatic ties; "The seizure comes at an awkward time ..." = narration, no row.
U(d, "Asked about the case in Washington, a State Department spokesman said", "through dialogue.",
  ("United States", T, pos, "", "hope for a settlement through dialogue"))
# "Several analysts in the region said Beijing was sending a message." = unnamed analysts, no row.
U(d, "\"The timing is not an accident,\" said Catherine Ong", "Strait Policy Institute in Singapore.",
  ("Catherine Ong", N, neg, "", "invented analyst; reading of Beijing's motive, not yet a judgement"))
U(d, "\"Beijing is using a customs case to make a point", "she said.",
  ("Catherine Ong", C, neg, "China", "'heavy-handed' = judgement on Beijing"))
U(d, "Ong said both sides had every reason to settle the matter quietly", "rather than in the newspapers.",
  ("Catherine Ong", T, neu, "", "appeal to both sides to keep it diplomatic"))
U(d, "Li Dehua, a researcher at the Pearl River Institute", "had been warned many times.",
  ("Li Dehua", C, neg, "Singapore", "invented researcher; holds Singapore at fault (warned many times) (unsure: could be neutral)"))
U(d, "\"Singapore cannot expect Beijing to look the other way forever", "Li said.",
  ("Li Dehua", C, neg, "Singapore", "rebuke of Singapore's training on Taiwan"))
