# ------------------------------------------------------------------ Israeli strike on a World Central Kitchen convoy in Deir al-Balah (live blog, full HTML, 2024-04-02)
d = "page_wck_convoy_liveblog.html"
# No row: consent, nav, LIVE badge, kicker, headline, standfirst, editors, share, captions ("1 of 2"), key events, timestamps and entry headings, ads, Related:, "Show earlier updates", topics, comments, most viewed, footer.
# "What we know so far" entry (19.48): editors' recap of facts, no row.
U(d, "In a written statement, US President Joe Biden said he was angry and grieving", "help civilians.",
  ("United States", C, neg, "Israel", "'had not done enough' = judgement of Israel's conduct"))
U(d, "\"What happened on Monday night must never be repeated,\" Biden said.", "\"What happened on Monday night must never be repeated,\" Biden said.",
  ("United States", T, neg, "", "quote closed by the speaker: 'must never be repeated' = appeal with no judgement word, no one named"))
U(d, "\"Aid workers have been hit again and again in this war", "so little food gets through.\"",
  ("United States", C, neg, "", "quote continued after the attribution = its own unit; accusation by describing repeated attacks on aid workers, striker not named -> target empty"))
U(d, "He said Israel had promised to carry out an investigation", "be made public.",
  ("United States", T, neg, "Israel", "demand about the inquiry, no judgement word = calling_for_talks (labels/README: demands for investigation)"))
U(d, "The Foreign Office said development minister Andrew Mitchell had summoned", "three British nationals.",
  ("United Kingdom", C, neg, "Israel", "summoning the ambassador to convey condemnation = act of protest; Hotovely is the addressee"))
U(d, "Earlier, Prime Minister Rishi Sunak said he was appalled by the news", "explain what happened.",
  ("United Kingdom", T, neg, "Israel", "dismay + demand for an explanation, no judgement word (unsure: 'appalled' is alarm, not a judgement of an actor)"))
U(d, "\"Far too many aid workers have been killed in Gaza", "he told broadcasters.",
  ("United Kingdom", N, neg, "", "quote closed by the speaker: alarm at the toll, no one named, no appeal = neutral, negative"))
U(d, "Israeli Prime Minister Benjamin Netanyahu acknowledged that Israeli forces had carried out the strike.", "Israeli Prime Minister Benjamin Netanyahu acknowledged that Israeli forces had carried out the strike.",
  ("Israel", N, neg, "", "admission of the own strike, no judgement"))
U(d, "In a video message released by his office, he said Israeli forces had mistakenly hit", "any war.",
  ("Israel", N, neg, "", "'his office' = Netanyahu's; own error described as unintended = account of own conduct, negative tone"))
U(d, "He said Israel was in contact with the governments concerned", "did not happen again.",
  ("Israel", N, neu, "", "reassurance about its own conduct = neutral"))
U(d, "The military's chief of staff, Lt Gen Herzl Halevi, called it a grave error", "would examine it.",
  ("Israel", N, neg, "", "the army speaks for Israel; admission of own error + inquiry = neutral"))
U(d, "Military spokesman Rear Admiral Daniel Hagari said the army had been working closely", "for the loss of life.",
  ("Israel", N, neg, "", "own cooperation + regret, no judgement of another"))
U(d, "\"We will be open about what we find,\" he said.", "\"We will be open about what we find,\" he said.",
  ("Israel", N, pos, "", "reassurance about own inquiry"))
U(d, "Polish Prime Minister Donald Tusk wrote on X that he expected a quick explanation", "received in Poland with anger.",
  ("Poland", T, neg, "Israel", "demand for an explanation + anger, no judgement word (unsure: close to condemning)"))
U(d, "The Polish foreign ministry said it had asked the Israeli ambassador in Warsaw", "a full inquiry.",
  ("Poland", T, neg, "Israel", "request for explanation and inquiry; Warsaw = place"))
U(d, "Foreign Secretary David Cameron said he had spoken to Israel's foreign minister", "keep aid workers safe.",
  ("United Kingdom", T, neg, "Israel", "demand to explain and change practice, no judgement word; Katz is the addressee"))
U(d, "In Ottawa, Canadian Prime Minister Justin Trudeau said his government was working to confirm", "held accountable.",
  ("Canada", C, neg, "Israel", "'held accountable' = assigning responsibility (judgement); Ottawa = place"))
# "Aid groups working in Gaza told us ..." unnamed groups, the outlet's reporting: no row.
U(d, "Australia's Prime Minister Anthony Albanese confirmed that one of the dead", "from Melbourne.",
  ("Australia", N, neg, "", "confirmation of a death = fact given by an actor"))
U(d, "\"This should never have happened.", "he told reporters in Canberra.",
  ("Australia", C, neg, "Israel", "multi-sentence quote closed by the speaker; demand for accountability = judgement (who is accountable is implied by 'accountability' + Israel's acknowledged strike; unsure)"))
U(d, "He said his government had conveyed its anger directly to the Israeli embassy", "Israel's leaders.",
  ("Australia", C, neg, "Israel", "protest conveyed to the embassy = act of protest"))
U(d, "World Central Kitchen said it was pausing its operations in the region immediately", "future of its work.",
  ("World Central Kitchen", N, neg, "", "own measure, no judgement"))
U(d, "The charity said the convoy was moving in an area where the Israeli military had been told", "a third vehicle.",
  ("World Central Kitchen", N, neu, "", "'The charity' = WCK; facts of coordination (implicitly damning but stated as facts; unsure)"))
U(d, "\"This is an attack on humanitarian workers at the very place", "said in a statement.",
  ("World Central Kitchen", C, neg, "", "CEO's two-sentence quote closed by attribution = one unit; judgement, attacker not named in the sentence -> target empty"))
U(d, "The charity's founder, the chef José Andrés, wrote that the Israeli government had to end", "restrictions on aid.",
  ("World Central Kitchen", C, neg, "Israel", "Andrés = WCK (name files); 'end the killing of civilians' accuses Israel by describing its attacks (rule 4 note)"))
U(d, "\"Peace begins with the humanity we share,\" he added.", "\"Peace begins with the humanity we share,\" he added.",
  ("World Central Kitchen", T, pos, "", "continued quote, same speaker; peace appeal"))
# "Good morning and welcome ..." and the overnight summary: narration.
U(d, "The Hamas-run government media office in Gaza said the workers were killed", "away from Gaza.",
  ("Hamas", C, neg, "Israel", "two reports in one sentence from the same actor (media office = Hamas, name files; Hamas statement): one row; accusation of intent"))
U(d, "The Israeli military said early on Tuesday that it was reviewing the incident", "how it happened.",
  ("Israel", N, neu, "", "own review"))
# Cyprus "officials said" the second vessel turned back: officials not tied to a named body? "In Cyprus ... officials said" = place + unnamed officials: no row.
U(d, "The UN Secretary-General, António Guterres, condemned the killings through his spokesperson", "nearly 200.",
  ("United Nations", C, neg, "", "condemnation + figure; no one named -> target empty"))
U(d, "He repeated his call for a humanitarian ceasefire.", "He repeated his call for a humanitarian ceasefire.",
  ("United Nations", T, neu, "", "appeal alone in its sentence"))
U(d, "Anera, a US-based charity that works with WCK in Gaza, said it was also suspending", "risk to its staff.",
  ("American Near East Refugee Aid", N, neg, "", "own suspension with a safety reason = neutral"))
# The unnamed WCK volunteer in Rafah: not an actor, no row.
