# ------------------------------------------------------------------ Myanmar coup (UN SG statement + noon-briefing transcript, 2021-02-01)
d = "page_myanmar_coup_unbriefing.txt"
U(d, "The Secretary-General condemns in the strongest terms the arrest", "its first session.",
  ("United Nations", C, neg, "Myanmar", "Secretary-General -> United Nations; 'the Myanmar military' = Myanmar (a junta speaks for its state)"))
U(d, "He is gravely alarmed by the announcement", "handed to the military.",
  ("United Nations", N, neg, "", "alarm without an appeal (guide)"))
U(d, "These steps deal a heavy blow to the democratic reforms", "over the past decade.",
  ("United Nations", C, neg, "Myanmar", "continuation with no speaker named = the Secretary-General; judgement without stock words"))
U(d, "The Secretary-General underlines that the general elections of 8 November 2020", "path of democratic reform.",
  ("United Nations", S, pos, "National League for Democracy", "unsure: affirming the NLD's mandate read as backing it; could be neutral (a fact about the vote)"))
U(d, "He urges the military leadership to honour the will of the people", "through peaceful dialogue.",
  ("United Nations", T, neu, "Myanmar", "appeal addressed to the military, no judgement"))
U(d, "Every leader has a duty to place the country's democratic future", "fundamental freedoms.",
  ("United Nations", T, neu, "", "appeal to all leaders"))
U(d, "The Secretary-General reaffirms the steadfast support of the United Nations", "the rule of law.",
  ("United Nations", S, pos, "", "support for the people of Myanmar (not a canonical actor) -> target empty"))
U(d, "The Secretary-General's Special Envoy, Christine Schraner Burgener, has been in touch", "remains extremely difficult.",
  ("United Nations", T, neu, "", "envoy's outreach to the leaders = diplomatic engagement; unsure: could be neutral (report of contacts)"))
U(d, "Our colleagues in the UN country team are following events closely", "see their situation worsen.",
  ("United Nations", N, neg, "", "worry without an appeal; figure"))
U(d, "The United Kingdom, which holds the presidency of the Security Council this month", "expected to brief.",
  ("United Kingdom", N, neu, "", "scheduling a meeting = 'announced a meeting date' (neutral in the guide's table)"),
  ("United Nations", N, neu, "", "the Special Envoy's planned briefing (plan)"))
U(d, "Steph, the military says it acted because the election commission ignored", "year-long emergency ends.",
  ("Myanmar", C, neg, "", "speaker label 'Question: ' excluded; the junta's position reported inside a question; accusation of fraud against the election commission (not a canonical actor) -> target empty; unsure"))
U(d, "The people of Myanmar voted in November and the result was clear", "the country's elected leaders.",
  ("United Nations", C, neg, "Myanmar", "speaker label 'Spokesman: ' excluded; rebuts the fraud claim and judges the detentions"))
U(d, "President Biden has threatened to put sanctions back", "after the takeover.",
  ("United States", C, neg, "Myanmar", "threat of sanctions reported inside a question; 'Myanmar's generals' = Myanmar"))
U(d, "Australia's foreign minister, Marise Payne, called on the military to release", "detention of Aung San Suu Kyi.",
  ("Australia", C, neg, "Myanmar", "appeal to release leaders 'held unlawfully' = judgement: rule 1"),
  ("United Kingdom", C, neg, "Myanmar", "Johnson: 'denounced the takeover'; one sentence with two actors' positions"))
U(d, "I'm not going to get ahead of what Council members will discuss tomorrow", "a unified one.",
  ("United Nations", T, neu, "", "declines to comment on sanctions + appeal for a united international response; unsure: could be neutral"))
U(d, "China's foreign ministry said today that Beijing hopes the parties", "dialogue and reconciliation.",
  ("China", T, neu, "", "hope that the parties settle their disputes within the law -> talks; Beijing = China"),
  ("ASEAN", T, neu, "", "the ASEAN chair (Brunei) issuing a statement in the bloc's name speaks for ASEAN (guide)"))
U(d, "We would welcome every voice in the region that pushes for dialogue", "influence with the military.",
  ("United Nations", T, pos, "", "welcome + hope for dialogue: rule 2"))
U(d, "There are reports that the National League for Democracy posted a statement", "reject the coup and protest.",
  ("National League for Democracy", C, neg, "Myanmar", "position reported inside a question; call to reject the coup"))
U(d, "No, we have had no contact with her", "verifying that statement.",
  ("United Nations", N, neu, "", "fact"))
U(d, "We are very concerned by the reports of communications being cut.", "communications being cut.",
  ("United Nations", N, neg, "", "concern without an appeal in this sentence"))
U(d, "The authorities need to restore access to information", "communicate freely.",
  ("United Nations", T, neg, "Myanmar", "demand without a judgement word; 'The authorities' = the junta"))
U(d, "Thailand's deputy prime minister said the events were Myanmar's internal affair.", "internal affair.",
  ("Thailand", N, neu, "", "'internal affair' without judgement or appeal, reported inside a question"))
U(d, "The Secretary-General has made his position very clear", "issued last night.",
  ("United Nations", N, neu, "", "refers back to the statement without restating a position"))
U(d, "Bangladesh said today it hoped the democratic process would be upheld", "would continue.",
  ("Bangladesh", T, pos, "", "hope + continued repatriation talks"))
U(d, "Our humanitarian work in Rakhine and in Cox's Bazar will continue", "help the people there.",
  ("United Nations", S, pos, "", "aid continued (backing by act); no canonical target"))
U(d, "The military-run television channel said Senior General Min Aung Hlaing", "holds all powers.",
  ("Myanmar", N, neu, "", "the junta's announcement via its TV channel (the outlet is not an actor); plain fact"))
U(d, "She will try to speak to whoever she needs to speak to", "Secretary-General's messages.",
  ("United Nations", T, neu, "", "'She' = the Special Envoy; outreach"))
