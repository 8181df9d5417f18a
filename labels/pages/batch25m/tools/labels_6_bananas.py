# ------------------------------------------------------------------ Russia's ban on Ecuadorian bananas after the arms swap with the US (regional daily, scraped, 2024-02-07)
d = "page_ecuador_russia_bananaban2024_regionaldaily.txt"
# Not statements: masthead, date line, menu, breadcrumb, headline, standfirst, byline, time stamps, reading time, share bar,
# ADVERTISEMENT, capitals crossheads (incl. the quoted "WE WANT TO KEEP TALKING"), [Photo 1 of 3] caption, "Related:" line,
# tags, newsletter prompt, most read, reader comments, copyright.
U(d, "Ecuador's government said on Tuesday it would seek talks with Moscow", "to the United States.",
  ("Ecuador", T, neu, "Russia", "lede carrying a position: seeking talks to reverse the ban = calling_for_talks"))
U(d, "Russia's agricultural watchdog, Rosselkhoznadzor, said it had found a pest", "from February 5.",
  ("Russia", C, neg, "Ecuador", "trade ban on Ecuadorian exporters = a measure (sanction-like) even with a technical reason (unsure: could be neutral procedure)"))
U(d, "The watchdog added that restrictions on some Ecuadorian flower imports", "from February 9.",
  ("Russia", C, neg, "Ecuador", "'the watchdog' = Russia; further restriction announced"))
# "Russia buys roughly a fifth ..." = figures from no named source, no row.
U(d, "President Daniel Noboa announced on January 10 that Ecuador had accepted a US offer", "200 million dollars.",
  ("Ecuador", N, neu, "", "announcement of a deal = plan/decision, no evaluation"))
U(d, "Washington has said the older equipment would go to Ukraine.", "would go to Ukraine.",
  ("United States", N, neu, "", "plan stated by the US, neutral"))
U(d, "Noboa has described the hardware as obsolete material", "free to trade.",
  ("Ecuador", N, neg, "", "rebuttal of Moscow's objection by describing the hardware = denial-like defence, neutral (unsure: could be read as rejecting Russia's claim = condemning)"))
U(d, "He has said the country needs modern equipment to fight the gangs", "internal armed conflict in January.",
  ("Ecuador", N, neu, "", "reason for the deal; the gangs are not an actor"))
U(d, "Russian Foreign Ministry spokeswoman Maria Zakharova had already accused Quito", "without Moscow's consent.",
  ("Russia", C, neg, "Ecuador", "accusation + warning about contract terms"))
U(d, "Zakharova said at the same briefing that Moscow hoped Ecuador would reconsider", "over the matter.",
  ("Russia", T, pos, "Ecuador", "hope that Ecuador reconsiders and ties survive = calling_for_talks"))
U(d, "The Russian embassy in Quito said on Tuesday that the banana measures were strictly phytosanitary", "nothing to do with the equipment.",
  ("Russia", N, neg, "", "denial of a link = neutral, negative tone"))
U(d, "Sergei Dankvert, the head of Rosselkhoznadzor, was quoted by Russian agencies", "widen those purchases.",
  ("Russia", N, neu, "", "'was quoted by Russian agencies'; plan to buy elsewhere = neutral (unsure: a veiled pressure)"))
U(d, "Foreign Minister Gabriela Sommerfeld said she had met the Russian ambassador", "on the issue.",
  ("Ecuador", T, pos, "Russia", "meetings and agreement to keep working together = calling_for_talks"),
  ("Russia", T, pos, "Ecuador", "the ambassador's agreement to keep talking, reported by the Ecuadorian minister: 'both sides had agreed' gives Russia's position too"))
U(d, "The foreign minister told reporters that Ecuador honoured its international commitments", "within the law.",
  ("Ecuador", N, neu, "", "'the foreign minister' = Sommerfeld; reassurance about own conduct = neutral"))
U(d, "According to a statement from the Agriculture Ministry, the plant-health agency Agrocalidad", "travel to Moscow.",
  ("Ecuador", T, neu, "Russia", "'according to a statement from'; technical delegation to Moscow to resolve the dispute = calling_for_talks (unsure: could be neutral procedure)"))
U(d, "Trade Minister Sonsoles García said the government was already talking to buyers", "restrictions lasted.",
  ("Ecuador", N, neu, "", "contingency plan = neutral"))
U(d, "The exporters' association Acorbanec said in a statement that the Russian market accounted", "jobs on the coast.",
  ("Acorbanec", N, neu, "", "figures given by an actor (exporters' association, new organisation)"))
U(d, "The association urged the government to settle the dispute through diplomacy", "the war in Europe.",
  ("Acorbanec", T, neu, "Ecuador", "appeal for diplomacy = calling_for_talks; addressed to its own government"))
U(d, "In Quito, the opposition Citizen Revolution movement said Noboa had gambled", "to please Washington.",
  ("Citizen Revolution", C, neg, "Ecuador", "opposition party's judgement of the government"))
U(d, "Kevin Sullivan, the US deputy assistant secretary for Western Hemisphere affairs", "Ecuadorian forces quickly.",
  ("United States", S, pos, "Ecuador", "backing and equipment promised = supporting"))
U(d, "A spokesperson for the US embassy in Quito said Washington regretted", "the country's exports.",
  ("United States", C, neg, "Russia", "'regretted' aimed at Russia's pressure = judgement (the guide's 'regrettable')"))
U(d, "Ukraine's foreign ministry said in a post that Kyiv valued Ecuador's solidarity", "would not forget it.",
  ("Ukraine", S, pos, "Ecuador", "gratitude = supporting; Kyiv = Ukraine"))
U(d, "Verónica Alarcón, a trade economist at the Pacific Coast Polytechnic", "rejects on size.",
  ("Verónica Alarcón", N, neu, "", "invented economist introduced by role; cost estimate = neutral"))
U(d, "Alarcón said the government should have sounded out Moscow", "quickly and quietly.",
  ("Verónica Alarcón", C, neg, "Ecuador", "criticism of the government's handling joined to an appeal to negotiate: rule 1, the judgement decides"))
U(d, "Jorge Intriago, who grows bananas on 40 hectares outside Machala", "nothing to do with them.",
  ("Jorge Intriago", C, neg, "", "invented grower (person); blames the 'great powers' (several, unnamed) -> target empty"))
