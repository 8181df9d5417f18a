# ------------------------------------------------------------------ Israel-Russia row over Lavrov's Hitler remark (Israeli English-language site, full HTML, 2022-05-05)
d = "page_lavrov_hitler_israelsite.html"
# Not statements: cookie bar, brand, date strip, nav, ticker, kicker, headline, standfirst, byline, share bar,
# captions with credits and "1 of 2", ADVERTISEMENT, crossheads, "Read also:", tags, newsletter, comments, most read, footer.
U(d, "Russian President Vladimir Putin apologised to Prime Minister Naftali Bennett", "in years.",
  ("Russia", N, pos, "", "long lead: Putin's apology as reported by Bennett's office (Israel is the source here, takes no position in this sentence); an apology is a conciliatory act, neither support nor appeal (unsure)"))
U(d, "Bennett accepted the apology, the statement said,", "Holocaust remembrance.",
  ("Israel", S, pos, "Russia", "accepting an apology + appreciation = approval (as thanks = supporting in batch5c)"))
# no row: "The Kremlin's summary of the call made no mention of an apology." (narration about a non-statement)
U(d, "It said instead that Putin had told Bennett civilians", "tell the fighters inside to surrender.",
  ("Russia", C, neg, "Ukraine", "'It' = the Kremlin summary; demand that Kyiv (metonym) order the fighters to lay down arms = ultimatum (guide: condemning), the reassurance about civilians does not outweigh it"))
U(d, "According to Bennett's office, the prime minister used the call", "overseeing it.",
  ("Israel", T, neu, "Russia", "humanitarian request for evacuation addressed to Putin = calling_for_talks"),
  ("Russia", T, pos, "", "Putin's promise of humanitarian corridors, reported by the Israeli side = agreeing to humanitarian access"))
# no row: "The request followed a conversation Bennett had held with ... Zelensky" (a call listed in narration, no position)
U(d, "The crisis began on Sunday, when Sergei Lavrov told", "Jewish ancestry.",
  ("Russia", C, neg, "Ukraine", "background sentence but a specific reported statement: 'Nazi elements in Ukraine' = accusation; Zelensky is an object, not a speaker"))
# no row: "The remarks, broadcast days after Israel marked Holocaust Remembrance Day, ..." (narration)
U(d, "Foreign Minister Yair Lapid on Monday called the comments", "clarification meeting.",
  ("Israel", C, neg, "Russia", "FM speaks for Israel (Lapid is an alias of Yesh Atid in the name files: deliberately not used here); judgement + summons of the ambassador (Viktorov is an object)"))
U(d, "\"Using the Holocaust to score points in a war is a disgrace.", "Lapid said.",
  ("Israel", C, neg, "Russia", "multi-sentence quote closed by its speaker; 'disgrace' + demand for an apology"))
U(d, "Lapid told public radio on Tuesday that the meeting with the envoy", "diplomatic practice.",
  ("Israel", N, neg, "", "account of the meeting, no new judgement"))
U(d, "Bennett, who has kept his public comments on Russia cautious", "off the hook.",
  ("Israel", C, neg, "Russia", "calls the claim a lie that turns victims into authors (a judgement of Russia's claim, not a denial of an accusation against Israel); the subordinate clause is narration"))
U(d, "Dani Dayan, chairman of the Yad Vashem Holocaust memorial, said", "a new slogan.",
  ("Yad Vashem", C, neg, "Russia", "memorial under its own name (name files); judgement without stock words; Lavrov = Russia as target"))
# no row: "Instead of retreating, Moscow went on the offensive." (summary line before the specific statements)
U(d, "In a statement posted on Tuesday, the Russian foreign ministry accused", "the neo-Nazis ruling in Kyiv.",
  ("Russia", C, neg, "", "accuses Israel's government of backing a 'neo-Nazi regime' in Kyiv: aimed at two actors (Israel, Ukraine) -> target empty"))
U(d, "An Israeli foreign ministry spokesman said later on Tuesday", "leave it at that.",
  ("Israel", N, neu, "", "procedural account of the meeting, no evaluation"))
U(d, "On Wednesday, ministry spokeswoman Maria Zakharova raised the stakes again", "Ukraine's Azov regiment.",
  ("Russia", C, neg, "Israel", "'ministry' = the Russian foreign ministry by context; accusation that Israeli mercenaries fight with Azov"))
U(d, "Kremlin spokesman Dmitry Peskov had declined on Tuesday", "on the matter.",
  ("Russia", N, neu, "", "declines to comment"))
# no row: "The remarks were condemned well beyond Israel." (summary line)
U(d, "In his nightly video address on Monday, Zelensky,", "the defeat of Nazism.",
  ("Ukraine", C, neg, "Russia", "leader's video address; 'silence means agreement' + learned nothing = judgement"))
U(d, "He also wondered aloud whether Israel could keep its ambassador", "as if nothing had happened.",
  ("Ukraine", C, neg, "Russia", "'He' = Zelensky; a question that presses Israel to recall its envoy = a call for a diplomatic measure against Russia (unsure: addressed to Israel, could be read as neutral)"))
U(d, "Ukrainian Foreign Minister Dmytro Kuleba wrote that Lavrov had shown", "really thinks of Jews.",
  ("Ukraine", C, neg, "Russia", "judgement without stock words (antisemitism of the ruling circle)"))
U(d, "US Secretary of State Antony Blinken said he agreed with every word", "resist Russia's invasion.",
  ("United States", C, neg, "Russia", "'repugnant' judgement + backing of Lapid and Ukraine in the same sentence: rule 1"))
U(d, "In Berlin, government spokesman Steffen Hebestreit said", "turns out every day.",
  ("Germany", C, neg, "Russia", "Berlin = place; 'Russian propaganda so absurd' = judgement"))
U(d, "Italian Prime Minister Mario Draghi, whose country's private broadcaster", "with Hitler shameful.",
  ("Italy", C, neg, "Russia", "'unchallenged rally' + 'vile' = judgement"))
U(d, "In Rome, Ruth Dureghello, president of the city's Jewish community, said", "from the studio.",
  ("Jewish Community of Rome", C, neg, "", "community speaking through its president; judgement aimed at the channel (not canonical) -> target empty"))
# no row: "Mediaset, which owns Rete 4, has faced calls in the Italian parliament ..." (narration; unnamed callers)
U(d, "Zelensky said early on Thursday that he had discussed", "on the matter.",
  ("Ukraine", S, pos, "Israel", "thanks Israel for standing firm = approval"))
# no row: "In Jerusalem, Thursday's call was greeted with relief." (summary line, no speaker)
U(d, "Lapid, speaking at an Independence Day event, said he welcomed", "had not been withdrawn.",
  ("Israel", C, neg, "Russia", "welcome of the apology + judgement of the ministry's claims in the same sentence: rule 1 (judgement decides)"))
U(d, "A senior Israeli official, speaking on condition of anonymity, said", "as a result of the row.",
  ("Israel", N, neu, "", "unnamed official of a named government speaks for it; own policy unchanged = neutral"))
# no rows: the paragraph on Israel's channels to both sides (background narration with Israel as subject) and the analysts (unnamed).
U(d, "Defence Minister Benny Gantz announced last month", "since the invasion.",
  ("Israel", S, pos, "Ukraine", "backing by act: protective equipment announced for Ukraine's rescue services (background paragraph, but a specific act)"))
U(d, "The prime minister's office said Bennett had also thanked Putin", "Independence Day.",
  ("Israel", S, pos, "Russia", "thanks = approval; Putin's greetings are only the object of the thanks (no Russia row)"))
# no rows: reader comments.
