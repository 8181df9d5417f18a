# ------------------------------------------------------------------ EP-3 collision off Hainan (international wire copy, 2001-04-04)
d = "page_hainan_ep3_wire.txt"
# No row: headline, menu, byline, captions with credits and "Image N of 3", "Related:", crossheads, credits, topics, most read.
U(d, "China's President Jiang Zemin on Wednesday insisted", "for a fourth day.",
  ("China", C, neg, "United States", "dateline excluded; long lead: Jiang's demand for an apology + 'wholly to blame' = judgement"),
  ("United States", N, neg, "", "same sentence: 'U.S. officials' (officials of a named government) refuse to apologise = a refusal/denial of blame, neutral, negative"))
U(d, "\"The American side caused this accident", "according to the official Xinhua news agency.",
  ("China", C, neg, "United States", "quote closed by its speaker (surname only); agency quoting an official -> the official's state; Xinhua is not an actor"))
# No row: "The collision happened on Sunday morning ..." (narration), "The two governments' accounts ..." (summary line).
U(d, "Foreign Ministry spokesman Zhu Bangzao told a regular news briefing", "would tolerate.",
  ("China", C, neg, "United States", "accusation + judgement without stock words ('no country with any self-respect would tolerate')"))
U(d, "He said the 24 crew members were being housed", "finished their work.",
  ("China", N, neu, "", "'He' = Zhu; facts and procedure (investigation, Chinese law), no judgement (unsure: could be read as a veiled threat of a trial)"))
U(d, "\"The responsibility rests entirely with the American side.", "Zhu said.",
  ("China", C, neg, "United States", "multi-sentence quote closed by its speaker = one unit; blame + demand to stop the flights (rule 1)"))
U(d, "Foreign Minister Tang Jiaxuan told U.S. Ambassador Joseph Prueher", "the White House said.",
  ("China", C, neg, "United States", "Tang's rebuke reported by the White House"),
  ("United States", T, neg, "China", "Prueher's request for the crew's release, no judgement word = a demand addressed to one side (calling_for_talks, negative); attribution tail"))
# No row: The People's Daily commentary (a newspaper, not an actor).
U(d, "The navy of the People's Liberation Army said more than 100 vessels", "southeast of the island.",
  ("China", N, neu, "", "the PLA navy = China; search figures, no evaluation"))
U(d, "President George W. Bush, speaking briefly in the White House Rose Garden", "allowed to leave.",
  ("United States", T, neg, "China", "demand for the crew's release addressed to one side, no judgement word"))
U(d, "He warned that ties between the two countries would suffer", "much longer.",
  ("United States", C, neg, "China", "'He' = Bush; a threat of consequences = condemning"))
U(d, "He told reporters travelling with him that the crew were being", "out of order.",
  ("United States", C, neg, "China", "'He' = Powell (previous sentence 'Powell was sharper', a summary line with no row); quote opened mid-sentence; judgement 'out of order'"))
U(d, "He said the United States was sorry that a Chinese pilot was missing", "put this behind us.\"",
  ("United States", T, pos, "China", "regret for the missing pilot + readiness to keep talking = de-escalation offer"))
U(d, "White House spokesman Ari Fleischer rejected the suggestion", "caused the crash.",
  ("United States", N, neg, "", "denial = neutral, negative"))
U(d, "\"Our plane was flying straight and level", "Fleischer told reporters.",
  ("United States", N, neg, "", "reasoned rebuttal (facts of the flight), blame implied but not stated"))
U(d, "Admiral Dennis Blair, who commands U.S. forces in the Pacific", "as recently as December.",
  ("United States", C, neg, "China", "accusation ('recklessly close') + complaint reported"))
U(d, "Pentagon spokesman Rear Admiral Craig Quigley said the unarmed EP-3", "had not been halted.",
  ("United States", N, neu, "", "facts and plans in military vocabulary (mission, crew, flights under review)"))
U(d, "Brigadier General Neal Sealock, the U.S. defence attache in Beijing", "U.S. officials said.",
  ("United States", N, pos, "", "facts about the crew's condition given by the US side"))
# No row: "Governments across the region urged calm." (summary line before the specific statements).
U(d, "Japan's Chief Cabinet Secretary Yasuo Fukuda told reporters in Tokyo", "as quickly as possible.",
  ("Japan", T, pos, "", "hope for a settlement through dialogue; Tokyo = place"))
U(d, "Australian Foreign Minister Alexander Downer said Canberra had spoken", "not trading threats.",
  ("Australia", T, neg, "", "appeal to both sides to de-escalate; Canberra = metonym"))
U(d, "Britain's Foreign Office said it was in touch with both governments", "released soon.",
  ("United Kingdom", T, pos, "", "hope for the crew's release, contact with both sides"))
# No row: "A Western diplomat in Beijing ..." (unnamed, no tie to a named government); "Analysts said ..." (summary, unnamed).
U(d, "\"Each side has boxed itself in.", "Center for Asian Security in Washington.",
  ("Rosalind Achterberg", N, neg, "", "independent analyst; both sides' positions described, no judgement"))
U(d, "Achterberg said the longer the crew stayed on Hainan", "2008 Olympic Games.",
  ("Rosalind Achterberg", N, neg, "", "scenario and risks, no judgement"))
U(d, "\"The risk is not a military clash.", "she said.",
  ("Rosalind Achterberg", N, neg, "", "risk assessment, multi-sentence quote closed by its speaker"))
U(d, "\"What both governments need now is a form of words", "Achterberg added.",
  ("Rosalind Achterberg", T, neu, "", "prescribes a face-saving diplomatic formula = appeal for a negotiated way out"))
U(d, "Zhou Linfeng, who teaches international relations at a university in Shanghai", "result of them.",
  ("Zhou Linfeng", N, neg, "", "independent scholar; describes Chinese views, no own judgement"))
U(d, "\"The Americans behave as though the sea off our coast", "Zhou said.",
  ("Zhou Linfeng", C, neg, "United States", "scholar's own judgement of US conduct"))
U(d, "He said the Chinese leadership was under strong pressure", "as an apology.",
  ("Zhou Linfeng", N, neu, "", "analysis of domestic pressures"))
U(d, "\"If Washington offers real regret in clear language", "Zhou said.",
  ("Zhou Linfeng", N, neg, "", "scenarios (release within days or a long dispute), no judgement"))
# No row: the Lingshui resident (not an actor); "Washington and Beijing are due to hold further talks ..., a State Department official said." kept without a row: a scheduling fact of both sides (unsure: could be a US neutral row).
