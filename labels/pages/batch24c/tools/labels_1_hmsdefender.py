# ------------------------------------------------------------------ HMS Defender off Cape Fiolent, Crimea (Russian state media, 2021-06-24)
d = "page_hmsdefender_fiolent2021_statemedia.txt"
# Not statements: masthead, menu, section, headline, time stamp, byline, [PHOTO n of 4] captions with credits, ADVERTISEMENT,
# crossheads, Related:, tags, share bar, digest prompt, most read, copyright.
U(d, "Russia's Defence Ministry said on Wednesday that ships of the Black Sea Fleet", "across the state border.",
  ("Russia", C, neg, "United Kingdom", "dateline excluded; own operation reported together with the charge that the ship crossed the border and ignored warnings: accusation decides"))
U(d, "According to the ministry, a border patrol ship fired two warning bursts", "at 12:19.",
  ("Russia", N, neu, "", "own fire reported as done, times and figures, no judgement"))
U(d, "\"The crew was told well in advance", "left Russian waters at 12:23.",
  ("Russia", C, neg, "United Kingdom", "quote + attribution tail; the crew 'chose to sail on regardless' = charge of a deliberate breach"))
U(d, "The FSB Border Service in Crimea said its coastguard crews", "on Monday.",
  ("Russia", N, neu, "", "FSB = Russia (organisations.csv); surveillance reported as fact"))
U(d, "The ministry said it had called in the British defence attache", "Law of the Sea.",
  ("Russia", C, neg, "United Kingdom", "summons + protest note calling the act a dangerous breach = judgement"))
U(d, "It asked London to open a full inquiry", "not repeated.",
  ("Russia", T, neg, "United Kingdom", "'It' = the Defence Ministry; demand for an inquiry with no judgement word in this sentence = calling_for_talks (labels README), negative"))
U(d, "Foreign Ministry spokeswoman Maria Zakharova said the British ambassador", "Russian legislation.",
  ("Russia", C, neg, "United Kingdom", "summons of the ambassador + 'calculated stunt in defiance of international law'"))
U(d, "\"London knew exactly where its ship was going", "Zakharova told reporters.",
  ("Russia", C, neg, "United Kingdom", "multi-sentence quote closed by the speaker; judgement without stock words (a show for the cameras)"))
U(d, "Kremlin spokesman Dmitry Peskov said President Vladimir Putin had been informed", "test Russia's resolve.",
  ("Russia", C, neg, "United Kingdom", "narration (Putin informed) + judgement of a deliberate act"))
U(d, "Peskov added that Moscow's answer to any repeat", "how to act.",
  ("Russia", C, neg, "United Kingdom", "surname only; threat of a response to any repeat = condemning"))
U(d, "Senator Alexei Pushkov, who heads the Federation Council's commission", "in the Black Sea.",
  ("Russia", C, neg, "United Kingdom", "a senator speaks for his state (guide: Senator Cardin); disparaging judgement of Britain"))
U(d, "Crimea's head Sergei Aksyonov said residents of Sevastopol", "for their vigilance.",
  ("Russia", N, pos, "", "Russian-installed regional head resolves to Russia (provincial officials rule); thanks to its own forces = self-praise, neutral positive"))
U(d, "Russia's ambassador in London, Andrei Kelin, said", "between the two countries.",
  ("Russia", C, neg, "United Kingdom", "charge of breaching the 1986 accord + warning on trust"))
U(d, "Britain's Ministry of Defence rejected the Russian account", "fallen in its path.",
  ("United Kingdom", N, neg, "", "denial = neutral, negative"))
U(d, "The ministry said the ship had been passing through Ukrainian waters", "announced beforehand.",
  ("United Kingdom", N, neg, "", "continuation of the denial with a counter-account (exercise), no explicit judgement"))
U(d, "Defence Secretary Ben Wallace said the destroyer had kept", "law of the sea permitted.",
  ("United Kingdom", N, neu, "", "own route and plans; no judgement of Russia"))
U(d, "Prime Minister Boris Johnson said London regarded the peninsula", "done nothing wrong.",
  ("United Kingdom", C, neg, "Russia", "rejects Russia's claim to Crimea ('opposes X's annexation' = judgement); unsure: could be read as a plain statement of position"))
U(d, "Zakharova later dismissed the British denials", "position worse.",
  ("Russia", C, neg, "United Kingdom", "calls London's account a cover story = accusation"))
U(d, "Ukraine's Foreign Minister Dmytro Kuleba thanked Britain", "over the peninsula.",
  ("Ukraine", S, pos, "United Kingdom", "thanks for solidarity = supporting"))
U(d, "His ministry said the incident showed the danger", "new sanctions.",
  ("Ukraine", C, neg, "Russia", "'His ministry' = Ukraine's foreign ministry; 'occupied', militarisation + call for sanctions = condemning"))
U(d, "In Washington, State Department spokesman Ned Price said", "in the Black Sea.",
  ("United States", S, pos, "United Kingdom", "backing of an ally's right to sail"))
U(d, "NATO spokeswoman Oana Lungescu said the alliance backed", "presence in the region.",
  ("NATO", S, pos, "", "backing for all members' ships + presence = supporting; aimed at all allies -> target empty"))
U(d, "Turkey, which controls access to the Black Sea", "communication open.",
  ("Turkey", T, neu, "", "summary clause + colon + appeal to all navies for restraint and open channels, no judgement"))
U(d, "Viktor Lebedinsky, a retired captain first rank", "without starting a war.\"",
  ("Viktor Lebedinsky", S, pos, "Russia", "invented analyst; quote opened after a colon; approval of the fleet's conduct = supporting"))
U(d, "Lebedinsky said the greater danger lay in a repetition", "1986 agreement.",
  ("Viktor Lebedinsky", T, neu, "", "appeal to both navies to revive contacts and consultations"))
U(d, "Natalya Gerasimova, a professor of international law", "lawyers alone.",
  ("Natalya Gerasimova", N, neu, "", "invented scholar; legal analysis, no judgement"))
U(d, "\"Each side will keep its own maps", "she said.",
  ("Natalya Gerasimova", N, neg, "", "forecast of further incidents; no appeal addressed to anyone, no judgement"))
# "A Sevastopol fisherman who was at sea near Balaklava said ..." = unnamed witness, not an actor: no row.
