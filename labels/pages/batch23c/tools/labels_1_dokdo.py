# ------------------------------------------------------------------ Lee Myung-bak's Dokdo/Takeshima visit and Japan's response (Japanese daily, full HTML, 2012-08-11)
d = "page_dokdo_leevisit2012_jpdaily.html"
# Not statements: masthead, menu, breadcrumbs, headline, standfirst, byline, time stamp, captions and credits, share bar,
# ADVERTISEMENT, crossheads, reporting credit, tags, Related, newsletter prompt, reader comments (unnamed), most read, footer.
U(d, "South Korean President Lee Myung-bak set foot on the Takeshima islets", "summoning Seoul's envoy in protest.",
  ("Japan", C, neg, "South Korea", "long lead: narration of the visit + Tokyo's recall and summons 'in protest' (specific acts done = measures against another side)"))
# "Lee flew by helicopter from Ulleung Island ..." = narration from pool footage, no row.
U(d, "Prime Minister Yoshihiko Noda told reporters at his office", "every diplomatic channel open to it.",
  ("Japan", C, neg, "South Korea", "Noda (PM on the date; the name files list him under his later party) speaks for Japan; judgement + announced response"))
U(d, "Foreign Minister Koichiro Gemba summoned South Korean Ambassador", "put years of patient work on relations at risk.",
  ("Japan", C, neg, "South Korea", "summons + formal protest + blame for endangering relations"))
U(d, "Gemba later announced that Ambassador Masatoshi Muto", "with a close neighbour.",
  ("Japan", C, neg, "South Korea", "recall of an ambassador = measure against another side (guide: expelling/recalling envoys)"))
U(d, "Shin, according to a Foreign Ministry account of the meeting", "Seoul's position on the islets had not changed.",
  ("South Korea", N, neg, "", "the ambassador's reply as relayed by Japan's ministry: rebuttal of the protest (explanation + restated claim), no judgement = neutral, negative like a denial"))
U(d, "In a statement posted late on Friday, the Foreign Ministry restated", "peaceful settlement of the question.",
  ("Japan", T, neu, "", "restated claim + commitment to a peaceful settlement, no judgement word = calling_for_talks"))
U(d, "Kim Sung-hwan, South Korea's foreign minister, told Gemba", "a ministry official in Seoul said.",
  ("South Korea", C, neg, "Japan", "rejects negotiation and judges Tokyo's recall 'out of all proportion' (judgement decides)"))
U(d, "Presidential spokesman Park Jeong-ha said the trip had been planned", "not to provoke anyone.",
  ("South Korea", N, neg, "", "explanation / denial of intent to provoke = neutral, negative tone as a denial"))
U(d, "Lee told the coast guard officers on the islet", "according to a transcript released by his office.",
  ("South Korea", N, pos, "", "praise of his own coast guard = self-praise of own state's forces, neutral with positive tone (labels/README)"))
U(d, "On the flight back, Lee told accompanying reporters", "answer them with silence.",
  ("South Korea", C, neg, "Japan", "judgement on Japan's handling of history without a stock word"))
U(d, "The ruling Saenuri Party praised the trip", "acted for the whole nation.",
  ("Saenuri Party", S, pos, "South Korea", "party (new actor) praising the president's act = supporting"))
U(d, "Finance Minister Jun Azumi said a meeting with his South Korean counterpart", "\"the circumstances do not allow it.\"",
  ("Japan", N, neg, "", "meeting put off with no protest or judgement stated in the sentence = neutral (labels/README: cancelled meeting)"))
U(d, "Chief Cabinet Secretary Osamu Fujimura said the government was studying", "\"the proper place to settle a question of law.\"",
  ("Japan", T, neu, "South Korea", "proposal to take the dispute to the ICJ = a peaceful, legal course addressed to Seoul"))
U(d, "A South Korean foreign ministry official said on Friday that Seoul would not entertain", "\"there is no dispute for a court to settle.\"",
  ("South Korea", N, neg, "", "unnamed official of a named government; refusing a format for a substantive/procedural reason, no grievance = neutral"))
U(d, "Gemba told a late-night news conference that Tokyo would keep the row apart", "\"serves both our peoples.\"",
  ("Japan", T, pos, "South Korea", "commitment to keep cooperation going despite the row = de-escalation"))
U(d, "In Matsue, Shimane Governor Zenbe Mizoguchi", "the feelings of our residents.\"",
  ("Japan", C, neg, "South Korea", "prefectural governor resolves to his state; 'provocation' = judgement"))
U(d, "Sadakazu Tanigaki, president of the opposition Liberal Democratic Party", "dissolve the lower house.",
  ("Liberal Democratic Party (Japan)", C, neg, "Japan", "opposition party (new actor) blaming its own government; target = Japan (the government)"))
U(d, "In Washington, State Department spokeswoman Victoria Nuland said", "between themselves.",
  ("United States", T, pos, "", "no position on sovereignty + hope that both settle it by talks; both sides -> target empty"))
U(d, "Nuland added that Washington valued both alliances equally", "drawn into the quarrel.",
  ("United States", N, neu, "", "declines to take sides, no appeal = neutral"))
U(d, "The International Olympic Committee said on Saturday it had asked", "while the matter was reviewed.",
  ("International Olympic Committee", N, neu, "", "procedure (report requested, medal withheld pending review), no judgement stated"))
U(d, "Takeshi Morinaga, a professor of international politics", "cost him little at home.",
  ("Takeshi Morinaga", N, neu, "", "invented scholar; analysis of timing, no judgement"))
U(d, "\"It was a reckless way to treat a neighbour", "Morinaga said.",
  ("Takeshi Morinaga", C, neg, "South Korea", "'reckless' = judgement on Lee's act; the worry about Tokyo is a forecast"))
U(d, "He said the two governments should keep their defence and security channels open", "\"no matter how loud the politics get.\"",
  ("Takeshi Morinaga", T, neu, "", "appeal to both to keep channels open"))
U(d, "Choi Eun-young, a research fellow at the Seoul Institute", "as by the islets themselves.",
  ("Choi Eun-young", N, neu, "", "invented researcher; analysis of motives"))
U(d, "\"Tokyo has treated every Korean request on the comfort women", "Choi said.",
  ("Choi Eun-young", C, neg, "Japan", "judgement on Tokyo's conduct without a stock word"))
U(d, "On the Oki Islands, the nearest inhabited Japanese territory", "\"salt in that wound.\"",
  ("Hiroshi Yamane", C, neg, "South Korea", "invented fisherman (independent person); accuses Seoul of keeping boats out"))
