# ------------------------------------------------------------------ Huwara shooting, settler rampage and the Aqaba communique (live blog, 2023-02-26/27)
d = "page_westbank_huwararampage2023_liveblog.txt"
# Not statements: masthead, menu, headline, updated line, byline, "Key events" bullets, refresh note, day dividers, time
# stamps, ADVERTISEMENT, "Read more:" link, follow prompt, related coverage, copyright.
U(d, "Jordan's foreign ministry spokesman Sinan al-Majali said the torching", "rein in the settlers.",
  ("Jordan", C, neg, "Israel", "blames the Israeli government's tolerance + appeal: rule 1 -> condemning"))
U(d, "Egypt said it viewed the night's events with deep anxiety", "reached in Aqaba.",
  ("Egypt", N, neg, "", "anxiety with no appeal = neutral, negative"))
U(d, "Britain's Middle East minister, Lord Ahmad, said he welcomed", "must be prosecuted.",
  ("United Kingdom", C, neg, "", "welcome of the talks joined to a judgement ('a disgrace'): rule 1; settlers not a canonical actor -> target empty"))
U(d, "The United Arab Emirates said it strongly rejected the settler attacks", "who was killed.",
  ("United Arab Emirates", C, neg, "", "'rejected the settler attacks' = judgement aimed at an act; settlers not canonical"))
U(d, "Noa Shaked, a researcher at the Jerusalem Policy Lab", "within hours.",
  ("Noa Shaked", N, neg, "", "invented analyst; assessment ('dead on arrival'), no judgement on a named actor"))
U(d, "\"If Washington wants Aqaba to mean anything", "she said.",
  ("Noa Shaked", T, neu, "United States", "appeal to the US to set out consequences for breaches (a diplomatic course); Washington = metonym"))
U(d, "Opposition leader Yair Lapid said anyone who praised the rioters", "less than two months.",
  ("Yesh Atid", C, neg, "", "Lapid = Yesh Atid (alias in the name files); criticism of the government and of those praising the riot -> two targets, empty"))
U(d, "Zvika Fogel, a lawmaker from Itamar Ben Gvir's Otzma Yehudit party", "a single burned car.",
  ("Otzma Yehudit", S, neg, "", "party MK approving the rampage = supporting (approval of an action); hostile tone -> negative (unsure on sentiment); settlers not canonical"))
U(d, "Palestinian Prime Minister Mohammad Shtayyeh said the world should stop", "start sanctioning them.",
  ("Palestine", C, neg, "", "call for sanctions on settlers = condemning; settlers not canonical"))
U(d, "Hamas hailed the shooting of the two Israelis", "cover for the occupation.",
  ("Hamas", C, neg, "", "praise of the shooting + judgement of the Aqaba meeting: rule 1 -> condemning; aimed at the meeting's several participants -> target empty"))
U(d, "Islamic Jihad said fighters in the northern West Bank would keep answering", "with fire.",
  ("Palestinian Islamic Jihad", C, neg, "Israel", "threat"))
U(d, "Tor Wennesland, the UN's Middle East peace envoy, said he was shaken", "to account.",
  ("United Nations", T, neg, "Israel", "shock (no judgement) + appeal addressed to Israeli forces to protect residents = calling_for_talks"))
U(d, "The EU's spokesman for foreign affairs, Peter Stano, said the bloc was appalled", "inflame the situation further.",
  ("European Union", T, neg, "", "dismay + accountability + restraint appeal, no judgement on an actor = calling_for_talks"))
U(d, "The Israeli military said it had sent three more battalions", "Israeli suspects overnight.",
  ("Israel", N, neu, "", "own deployments and arrests (police also = Israel), no judgement"))
U(d, "The Palestinian Health Ministry said Sameh Aqtash, 37", "treated for wounds.",
  ("Palestine", N, neu, "", "casualty figures"))
U(d, "The Palestine Red Crescent said its crews had treated", "had been burned.",
  ("Palestine Red Crescent Society", N, neu, "", "figures"))
U(d, "Yousef Odeh, who runs a tyre shop on Huwara's main road", "stood at the junction.",
  ("Yousef Odeh", N, neg, "", "invented witness; account (soldiers standing by is description, not a judgement)"))
U(d, "President Mahmoud Abbas's office said the Israeli government had let settler gangs loose", "every home that burned.",
  ("Palestine", C, neg, "Israel", "holding the Israeli government responsible"))
U(d, "The office said it would press at the UN Security Council", "occupied territories.",
  ("Palestine", T, neu, "", "seeking UN protection for civilians = calling_for_talks (labels/README: pursuing a UN resolution to protect civilians)"))
U(d, "State Department spokesman Ned Price said the United States deplored", "made in Aqaba.",
  ("United States", C, neg, "", "'deplored' both attacks = judgement + appeal: rule 1; two sides -> target empty"))
U(d, "Prime Minister Benjamin Netanyahu, in a video statement, asked Israelis", "hunting the gunman.",
  ("Israel", T, neu, "", "appeal for restraint to his own public; the manhunt for one gunman is not an operation against another side"))
U(d, "Finance Minister Bezalel Smotrich, himself a settler, asked residents", "set the region on fire.",
  ("Israel", T, neu, "", "minister = Israel; appeal for restraint"))
U(d, "The Yesha Council, the settlers' umbrella body, mourned the two brothers", "in northern Samaria.",
  ("Yesha Council", C, neg, "", "demand for a broad military operation = threatened response; no canonical target"))
U(d, "Netanyahu said on Twitter that building in the settlements", "no freeze of any kind.",
  ("Israel", N, neu, "", "plan; denial of a freeze, no judgement"))
U(d, "In a joint communique issued after the meeting, the Jordanian, Egyptian, Israeli, Palestinian and US delegations", "prevent further violence.",
  ("Jordan", T, pos, "", "joint statement: one row per delegation; commitment to de-escalate"),
  ("Egypt", T, pos, "", "same joint statement"),
  ("Israel", T, pos, "", "same joint statement"),
  ("Palestine", T, pos, "", "same joint statement"),
  ("United States", T, pos, "", "same joint statement"))
U(d, "Israel committed, according to the communique", "six months.",
  ("Israel", T, neu, "", "a de-escalation commitment reported by the communique"))
# "Two Israeli brothers from the settlement of Har Bracha were shot dead ..." = narration, no row.
