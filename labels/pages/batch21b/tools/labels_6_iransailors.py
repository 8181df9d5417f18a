# ------------------------------------------------------------------ Iran's seizure and release of 15 British naval personnel (British broadcaster's live blog, scraped, 2007-04-04)
d = "page_iran_sailors_ukliveblog.txt"
# no rows: key points, timestamps, the closing note, the oil-price item (narration)
# no row: "We have been speaking to Commodore (retd) Malcolm Pryce ..." (introduction by the outlet)
U(d, "\"The boarding party was operating a long way from its ship", "he told BNC News.",
  ("Malcolm Pryce", C, neg, "United Kingdom", "retired officer speaking for himself; multi-sentence quote closed by the speaker ('told BNC News' = the outlet, not an actor); judgement of his own country's Ministry of Defence"))
U(d, "He expects an inquiry into the rules of engagement", "closer to their ships.",
  ("Malcolm Pryce", N, neu, "", "'He' = Pryce; expectations, no judgement"))
U(d, "The White House has welcomed the news.", "The White House has welcomed the news.",
  ("United States", S, pos, "Iran", "short lead-in that is itself a position: welcome of Iran's decision = supporting (unsure: could be left as a lead-in with no row)"))
U(d, "Gordon Johndroe, spokesman for the National Security Council", "in the first place.",
  ("United States", C, neg, "Iran", "welcome for the families + judgement ('never had any right to hold the crew'): rule 1"))
U(d, "Mr Johndroe said the United States would go on pressing Iran", "at the United Nations.",
  ("United States", N, neu, "", "a plan stated in diplomatic terms, no judgement, no threat"))
# no row: "Mr Blair made one further point, aimed at Tehran rather than at the crew." (the outlet's lead-in)
U(d, "\"To the people of Iran I want to say that our argument was never with you.", "he said.",
  ("United Kingdom", T, pos, "Iran", "multi-sentence quote closed by the speaker; goodwill + settling differences by talks"))
# no row: "Tony Blair has been speaking outside Downing Street." (narration)
U(d, "He said the release had been secured through firm and patient diplomacy", "bargained nor backed down.",
  ("United Kingdom", N, pos, "", "self-praise of own conduct = neutral, positive"))
U(d, "Asked about reports of a trade, he said no deal of any kind", "crew's freedom.",
  ("United Kingdom", N, neg, "", "denial that a deal was made = neutral; Tehran = metonym, object"))
U(d, "Foreign Minister Frank-Walter Steinmeier said in a statement on behalf of the 27 member states", "dialogue with Tehran.",
  ("European Union", T, pos, "", "'From Berlin, which holds the EU's rotating presidency:' = Germany's minister speaking in the EU's name -> European Union; welcome + hope of dialogue: rule 2 before rule 3"))
U(d, "The EU's foreign policy chief Javier Solana said he was glad", "on both sides.",
  ("European Union", S, pos, "Iran", "welcome of Iran's decision + praise of restraint = supporting"))
# no row: "Dr Roxana Farahani, who researches Iranian politics ..., has been giving us her reading of the day." (introduction)
U(d, "\"This was never only about a stretch of water.", "she said.",
  ("Roxana Farahani", N, neg, "", "independent researcher; multi-sentence quote closed by the speaker; motives and the risk of repetition, no explicit judgement"))
U(d, "She thinks the next test will be whether the five Iranians", "demanding for weeks.",
  ("Roxana Farahani", N, neu, "", "scenario; Iran's long-running demand is background inside her sentence (no Iran row)"))
U(d, "Downing Street says the prime minister's foreign policy adviser", "National Security Council.",
  ("United Kingdom", N, neu, "", "'More on the diplomacy.' is the outlet's lead-in; Downing Street = metonym; a fact about its own contacts"))
U(d, "Mr Larijani had said in a television interview on Monday", "changed its tone.",
  ("Iran", T, neu, "United Kingdom", "Larijani = Iran (name files); preference for a diplomatic settlement, conditional on London's tone = talks"))
U(d, "The Foreign Office said there was no connection", "seized in February.",
  ("United Kingdom", N, neg, "", "denial of a link = neutral; Baghdad = place"))
U(d, "Foreign Secretary Margaret Beckett said she was delighted and relieved", "let the crew go.",
  ("United Kingdom", S, pos, "", "thanks to several governments (Turkey, Iraq and others) = supporting, target empty"))
# no row: "Iranian state television is showing pictures ..." (the agency shows, no position)
U(d, "Before the announcement, Mr Ahmadinejad pinned medals", "entered Iranian waters.",
  ("Iran", C, neg, "United Kingdom", "honouring the captors + accusing London of lacking courage = judgement"))
U(d, "Mr Ahmadinejad said that Iran, which he said had every right", "as a present.",
  ("Iran", N, pos, "", "'The details:' is a lead-in; own decision to pardon, with a claim of its right to try them (unsure: could be read as supporting the British people)"))
# no rows: "BREAKING: ... More to follow." (entry heading), the 12:30 item (narration)
# no row: "The 15, from the frigate HMS Cornwall, were seized ..." (background narration)
U(d, "Britain says they were in Iraqi waters; Iran says they had strayed into its own.", "Iran says they had strayed into its own.",
  ("United Kingdom", N, neu, "", "two positions in one sentence = two rows; Britain's account of the location (factual claim, no judgement)"),
  ("Iran", C, neg, "United Kingdom", "Iran's claim that the crew trespassed = accusation"))
U(d, "The UN Security Council last Thursday voiced serious concern", "after Russian objections.",
  ("United Nations", T, neg, "", "concern + a call for a quick resolution including the release, the judgement ('deplored') dropped: talks; no one named -> target empty"),
  ("Russia", N, neu, "", "Russia's objections to draft wording reported inside the sentence, no judgement stated = neutral (unsure)"))
U(d, "Britain's UN ambassador, Sir Emyr Jones Parry, insisted", "not a setback.",
  ("United Kingdom", N, neu, "", "denial that the text was a failure"))
U(d, "EU foreign ministers, meeting in Bremen on Friday, demanded", "did not comply.",
  ("European Union", C, neg, "Iran", "demand + threat of 'appropriate measures' = condemning; Bremen = place"))
U(d, "President Bush, speaking at Camp David on Saturday, called the seizure inexcusable", "for the crew.",
  ("United States", C, neg, "Iran", "judgement ('inexcusable') + refusal of any trade"))
U(d, "Iran's Foreign Minister Manouchehr Mottaki had insisted throughout", "could be closed.",
  ("Iran", C, neg, "United Kingdom", "accusation of violating Iranian waters, demand for an admission"))
U(d, "The Iranian embassy in London, for its part, rejected suggestions", "in good health.",
  ("Iran", N, neg, "", "denial of mistreatment = neutral; London = place"))
U(d, "Iraq's Foreign Minister Hoshyar Zebari said the boats had been operating", "free the crew.",
  ("Iraq", T, neg, "Iran", "account of the location + appeal for release, no judgement word = talks"))
U(d, "Turkey's Prime Minister Recep Tayyip Erdogan asked President Ahmadinejad", "among the fifteen.",
  ("Turkey", T, neu, "Iran", "request for a release addressed to one side, no judgement = talks"))
# no rows: related links, 'Have your say' prompt, most popular, copyright
