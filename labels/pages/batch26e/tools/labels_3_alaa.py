# ------------------------------------------------------------------ Alaa Abd El-Fattah at COP27, Egypt (regional news site, full HTML, 2022-11-10)
d = "page_egypt_alaa_cop27_2022_regionalsite.html"
# Not statements: top bar, menu, ticker, breadcrumbs, headline and standfirst (both carry positions; never statements),
# byline, captions and credits, crossheads, ADVERTISEMENT, share, tags, Related, reader comments, most read, newsletter, footer.
U(d, "Egypt's foreign minister said on Thursday that the climate talks", "may be close to death.",
  ("Egypt", N, neg, "", "lede: the host says the talks must not be sidetracked = a procedural deflection, no judgement of an actor, no appeal for peace"),
  ("United Kingdom", T, neg, "Egypt", "lede's second clause: 'pressed Cairo' over a prisoner = appeal to one side, no judgement in the sentence; one row per state in the list"),
  ("France", T, neg, "Egypt", "listed state, same reported act"),
  ("Germany", T, neg, "Egypt", "listed state, same reported act"))
# "Abd El-Fattah, a British-Egyptian writer ... according to his family." = the family is no named speaker: no row.
U(d, "\"This conference has a job to do on loss and damage", "told reporters at the venue.",
  ("Egypt", N, neu, "", "the COP president (Egypt's foreign minister) on the agenda = neutral"))
U(d, "Shoukry said the prisoner was receiving proper medical attention,", "to lecture the host.",
  ("Egypt", C, neg, "", "reassurance + a rebuke of rich countries ('in no position to lecture'): the judgement decides; several unnamed states -> target empty"))
U(d, "Prime Minister Rishi Sunak raised the case with President Abdel Fattah al-Sisi", "until he was.",
  ("United Kingdom", T, neu, "Egypt", "'Downing Street said' (metonym for the UK government); asks for release, no judgement = calling_for_talks; Sisi's meeting itself is no Egyptian statement"))
U(d, "The prime minister's spokesman later described Sisi's response as \"encouraging\"", "without going into detail.",
  ("United Kingdom", S, pos, "Egypt", "office holder by title ('the prime minister's spokesman'); approval of the other side's response = supporting (unsure: could be neutral, positive)"))
U(d, "In London, Foreign Secretary James Cleverly told MPs", "for a British national.",
  ("United Kingdom", C, neg, "Egypt", "'not acceptable' aimed at Egypt's refusal = condemning (guide)"))
U(d, "French President Emmanuel Macron said he had spoken to Sisi", "though he gave no timetable.",
  ("France", N, neu, "", "account of talks and his reading of Cairo's intent; no appeal, no judgement = neutral; Cairo's supposed intent is Macron's impression, not an Egyptian statement"))
U(d, "German Chancellor Olaf Scholz said after his own talks with Sisi", "let the British consul in.",
  ("Germany", T, neu, "Egypt", "appeal to one side to allow consular access, no judgement = calling_for_talks"))
U(d, "Presidential spokesman Bassam Rady, in a statement carried by the state news agency MENA,", "no reference to the prisoner.",
  ("Egypt", N, neu, "", "'in a statement carried by' the agency (not an actor); readout of meeting topics = neutral"))
U(d, "Egypt's State Information Service said separately that Abd El-Fattah", "visited regularly by relatives.",
  ("Egypt", N, neu, "", "state agency speaks for its state; implicit rebuttal that the detention is lawful = denial-like, neutral"))
U(d, "The case spilled into the conference centre itself on Tuesday, when Egyptian lawmaker Amr Darwish", "led him out of the room.",
  ("Egypt", C, neg, "Sanaa Seif", "a lawmaker speaks for his state (guide: Senator Cardin); accusation against the campaigner; long sentence with narration of the scene (the UN staff's act is not a position)"))
U(d, "Seif, who flew in from London at the weekend,", "was still alive.",
  ("Sanaa Seif", N, neg, "", "the prisoner's sister, an independent person; states her fear, no appeal"))
U(d, "She asked Sunak to insist on a consular visit before he left Egypt.", "before he left Egypt.",
  ("Sanaa Seif", T, neg, "United Kingdom", "appeal to the British leader for a consular visit, no judgement = calling_for_talks; target = party addressed"))
U(d, "Tom Ellery, a British climate campaigner who was in the room,", "shaken by the exchange.",
  ("Tom Ellery", N, neg, "", "invented witness; reaction of the room, no judgement"))
U(d, "\"It felt like a message to anyone who wanted to talk about rights", "Ellery said.",
  ("Tom Ellery", C, neg, "Egypt", "reads the MP's intervention as intimidation = judgement without stock words (the MP speaks for Egypt)"))
U(d, "The U.N. human rights chief, Volker Türk, urged Egypt on Tuesday", "left no room for delay.",
  ("United Nations", T, neg, "Egypt", "appeal to release and treat, no judgement word = calling_for_talks, negative (urgent) tone"))
U(d, "His spokesperson, Ravina Shamdasani, said the office was also troubled", "without naming them.",
  ("United Nations", N, neg, "", "spokesperson named by role; concern without an appeal = neutral, negative"))
U(d, "Amnesty International's secretary general, Agnès Callamard,", "gambling with his life.",
  ("Amnesty International", C, neg, "Egypt", "accusation ('gambling with his life'), 'the authorities' = Egypt's"))
U(d, "In Washington, State Department spokesman Ned Price said the United States was following", "the case closely.",
  ("United States", N, neu, "", "'we are monitoring' kind = neutral"))
U(d, "On Thursday, the family said prison officials had told his mother,", "what it involved.",
  ("Egypt", N, neu, "", "second-hand: prison officials of a named state informed the mother of a measure = Egypt, neutral; the family (unnamed) and the mother (recipient) take no position here"))
U(d, "Dina Rashwan, a researcher at the Delta Centre for Rights Studies,", "in every headline.",
  ("Dina Rashwan", N, neg, "", "invented analyst; assessment of the summit's effect, no judgement word"))
U(d, "Rashwan called the water strike the predictable end point", "on rolling charges.",
  ("Dina Rashwan", C, neg, "Egypt", "judgement of the justice system without stock words"))
U(d, "\"Releasing him would cost the government almost nothing,", "she said.",
  ("Dina Rashwan", N, neu, "", "cost-benefit analysis; no explicit appeal or judgement"))
U(d, "Egypt has said there are no political prisoners in the country", "after years of unrest.",
  ("Egypt", N, neg, "", "standing denial reported by the outlet = neutral, negative"))
