# ------------------------------------------------------------------ Israel's strike on a suspected Syrian reactor: guarded reactions (international wire copy, 2007-10-29)
d = "page_syria_strike_wire.txt"
# No row: agency name, menu, UPDATE headline, date line, byline, read time, share bar, dateline (excluded from the first unit),
# crossheads, ADVERTISEMENT, reporting credits, copyright, related news, most popular.
U(d, "The head of the U.N. nuclear watchdog criticised Israel on Sunday", "explain in detail.",
  ("IAEA", C, neg, "Israel", "long lead: criticism of the raid by the IAEA chief (ElBaradei speaks as director general = IAEA, not as his own actor of the name files)"))
U(d, "Mohamed ElBaradei, director general of the International Atomic Energy Agency, said governments", "a nuclear reactor at the site.",
  ("IAEA", C, neg, "", "acting 'on their own' instead of bringing evidence + nothing given to back the reports: a complaint aimed at Israel and the United States -> target empty (two actors) (unsure: could be read as calling_for_talks, an appeal to use the agency)"))
U(d, "\"Force settles nothing in cases like this.", "in a television interview.",
  ("IAEA", C, neg, "Israel", "the use of force against the site judged futile (aimed at the raid by context) (unsure: without a stock word it could be read as neutral)"))
U(d, "He said Syrian officials had assured him that the site was a military installation", "no nuclear purpose.",
  ("Syria", N, neg, "", "Syria's denial reported by ElBaradei = Syria's statement; the IAEA only relays it (no IAEA row)"))
U(d, "The agency was studying commercial satellite pictures of the area", "could follow it up.",
  ("IAEA", T, neu, "", "own procedure + appeal to governments to share information with inspectors: the appeal decides"))
U(d, "An Israeli foreign ministry spokesman said Israel would not comment on the interview.", "on the interview.",
  ("Israel", N, neu, "", "declining to comment = neutral"))
U(d, "In Damascus, a foreign ministry official welcomed ElBaradei's remarks", "with contempt.",
  ("Syria", C, neg, "Israel", "unnamed official of a named ministry; welcome of the IAEA chief's remarks + judgement of Israel (by context): rule 1"))
U(d, "An Israeli official said on Sunday that Prime Minister Ehud Olmert had apologised", "during the operation.",
  ("Israel", N, neg, "", "unnamed official of a named government; an apology with no judgement -> neutral, negative; Erdogan only addressed"))
U(d, "Turkey's foreign minister, Ali Babacan, had demanded an explanation from Israel", "in September.",
  ("Turkey", T, neg, "Israel", "demand for an explanation with no judgement word -> calling_for_talks (as batch5c)"))
# No row: "The Sept. 6 raid on a remote site ... Israel imposed a blanket ban on reporting by its media ..." (background narration; domestic censorship, no position towards another actor)
U(d, "On Oct. 2, Israel's military censor allowed local media to report", "deep inside Syria.",
  ("Israel", N, neu, "", "own strike acknowledged through the censor, no judgement -> neutral"))
# No row: "No further details were released." (passive)
U(d, "Opposition leader Benjamin Netanyahu of the Likud party broke the official silence", "from the start.",
  ("Likud", S, pos, "Israel", "the opposition leader speaks for his party (Likud, name files); backing the government's operation = supporting"))
U(d, "Olmert has said Israel wants a peace agreement with Syria", "without preconditions.",
  ("Israel", T, pos, "Syria", "offer of talks without preconditions -> calling_for_talks"))
U(d, "Syria's first account, given by an army spokesman on the day of the raid", "against Syria's sovereignty.",
  ("Syria", C, neg, "Israel", "own air defences' account (neutral alone) + 'accused Israel of a hostile act' = condemning; SANA is only the channel"))
U(d, "Damascus later complained to the United Nations in a letter", "to act against it.",
  ("Syria", C, neg, "Israel", "Damascus = metonym; 'a breach of international law' + a request for Council action"))
U(d, "Syria's ambassador to the United Nations, Bashar Ja'afari, told reporters in New York", "as pure invention.",
  ("Syria", N, neg, "", "denial -> neutral, negative"))
U(d, "The ambassador in Washington, Imad Moustapha, said Syria would choose the time", "an act of aggression.",
  ("Syria", C, neg, "Israel", "threat of a response + 'an act of aggression'"))
U(d, "President Bashar al-Assad told the BBC on Oct. 1", "nothing was operating.",
  ("Syria", N, neg, "", "account of the target that denies any nuclear link -> neutral, negative; the BBC is only the channel"))
U(d, "He said Syria kept the right to retaliate, in ways that need not be military.", "need not be military.",
  ("Syria", C, neg, "Israel", "'He' = Assad; a threatened response -> condemning"))
U(d, "U.N. spokeswoman Michele Montas said Secretary-General Ban Ki-moon had received the Syrian letter", "tension in the region.",
  ("United Nations", T, neu, "", "receipt of a letter + an appeal to all sides to avoid escalation, no judgement"))
# No row: "North Korea, whose nuclear dealings were the subject of six-party talks ... was one of the first countries to speak out." (summary line before the specific statement)
U(d, "Its foreign ministry, quoted by the state news agency KCNA, called the incursion a reckless act", "defending its territory.",
  ("North Korea", C, neg, "Israel", "'Its foreign ministry' = North Korea's; judgement + backing of Syria: rule 1; KCNA is only the channel; Pyongyang = metonym"))
U(d, "\"There is no such cooperation, and there will be none,\" a North Korean diplomat", "in Beijing.",
  ("North Korea", N, neg, "", "unnamed diplomat of a named state; denial in his own words"))
U(d, "Iran's foreign ministry spokesman Mohammad-Ali Hosseini condemned the violation", "beyond its borders.",
  ("Iran", C, neg, "Israel", "condemnation + accusation"))
U(d, "U.S. President George W. Bush declined to discuss the raid", "on Sept. 20.",
  ("United States", N, neu, "", "declining to comment = neutral"))
U(d, "He said, however, that if North Korea was spreading nuclear know-how to others", "open about its programme.",
  ("United States", T, neu, "North Korea", "a conditional demand to stop proliferating + openness in the six-party process, no judgement word -> calling_for_talks"))
U(d, "On Wednesday the Institute for Science and International Security", "the ground cleared.",
  ("Institute for Science and International Security", N, neu, "", "research group under its own name (declared); findings from satellite images, no judgement"))
# No row: "Analysts said the clean-up, if confirmed, would make any future inspection far more difficult." (unnamed analysts)
U(d, "\"If this was a reactor, the evidence is now mostly under fresh soil.", "a non-proliferation researcher in Stockholm.",
  ("Marta Lindqvist", N, neg, "", "independent researcher; scenario and risks; multi-sentence quote closed by its speaker"))
U(d, "Lindqvist said the affair would also weigh on the IAEA board of governors' debates over Iran", "rather than acting alone.",
  ("Marta Lindqvist", N, neu, "", "surname only; institutional consequences, no judgement"))
U(d, "She said Israel and the United States had done the non-proliferation system a disservice", "what they know.",
  ("Marta Lindqvist", C, neg, "", "judgement ('a disservice') + what they should do: rule 1; two actors -> target empty"))
U(d, "Yossi Ben-Harim, a retired Israeli air force colonel who lectures on strategy", "room not to respond.",
  ("Yossi Ben-Harim", N, neu, "", "independent former officer; reading of Israel's silence, no judgement"))
U(d, "\"As long as nobody in Jerusalem boasts", "he said.",
  ("Yossi Ben-Harim", N, neg, "", "a scenario (the chance of war); Jerusalem and Damascus as metonyms inside an analyst's quote"))
U(d, "\"The risk comes if Syria feels humiliated in public.\"", "in public.\"",
  ("Yossi Ben-Harim", N, neg, "", "the same quote continued after its attribution = own unit; a risk"))
U(d, "He said the army would nonetheless keep its northern units on alert", "war in Lebanon.",
  ("Yossi Ben-Harim", N, neg, "", "forecast in war vocabulary (units, alert, rearmed); Hezbollah and Syria only mentioned"))
