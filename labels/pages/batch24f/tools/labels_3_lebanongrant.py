# ------------------------------------------------------------------ Saudi Arabia halts its military grant to Lebanon, Feb 2016, and the Gulf measures (pan-Arab news site, full HTML, 2016-02-24)
d = "page_lebanon_saudi_grant2016_panarab.html"
# Not statements: ticker, logo, nav, breadcrumbs, kicker, h1, standfirst, byline, time stamp, figcaption, ADVERTISEMENT,
# "Read also", crossheads, tags, share bar, reader comments, most read, newsletter prompt, footer.
U(d, "Kuwait and Qatar on Wednesday told their citizens to avoid travelling to Lebanon", "the worst crisis in Lebanese-Gulf relations in years.",
  ("Kuwait", N, neg, "", "travel advisory with a safety reason only (no grievance stated) = neutral; the list gives one row per state; the rest is narration (unsure: read in context as a measure)"),
  ("Qatar", N, neg, "", "same advisory, second state of the list"))
U(d, "The Kuwaiti embassy in Beirut cited safety considerations", "a similar advisory hours later.",
  ("Kuwait", N, neu, "", "procedural reason for the advisory"),
  ("Qatar", N, neu, "", "Qatar's advisory, no reason or judgement stated"))
U(d, "The crisis began on Friday, when Saudi Arabia said it was halting", "for the Internal Security Forces.",
  ("Saudi Arabia", C, neg, "Lebanon", "aid halted as a punitive measure = condemning (unsure: neutral if read as a bare announcement; the next sentence gives the grievance)"))
U(d, "An official source quoted by the Saudi Press Agency said the kingdom had carried out", "hold over the Lebanese state.",
  ("Saudi Arabia", C, neg, "Hezbollah", "unnamed official of a named government; blames Hezbollah; SPA is the channel"))
U(d, "The source said Beirut had failed to join Arab and Islamic condemnation", "Organisation of Islamic Cooperation in Jeddah.",
  ("Saudi Arabia", C, neg, "Lebanon", "accusation of failing to condemn; Beirut = the Lebanese government"))
U(d, "Saudi Foreign Minister Adel al-Jubeir said on Tuesday that the kingdom had stood by Lebanon", "when it mattered.",
  ("Saudi Arabia", C, neg, "Lebanon", "reproach of disloyalty, no stock word"))
U(d, "On Tuesday Riyadh told its citizens not to travel to Lebanon, and the UAE went further", "to a minimum.",
  ("Saudi Arabia", N, neg, "", "Saudi travel warning, no reason given in the sentence (unsure)"),
  ("United Arab Emirates", C, neg, "Lebanon", "travel ban + cutting diplomatic staff = a diplomatic measure against Lebanon"))
U(d, "The UAE foreign ministry said it fully backed the Saudi decision", "army and security forces.",
  ("United Arab Emirates", S, pos, "Saudi Arabia", "backing of the Saudi measure"))
U(d, "It urged the Lebanese to bring their country back to the Arab ranks", "through Hezbollah.",
  ("United Arab Emirates", C, neg, "", "'It' = the UAE ministry; appeal carrying a judgement of Iran's influence through Hezbollah (rule 1); two actors -> target empty"))
U(d, "Bahrain's Foreign Minister Sheikh Khalid bin Ahmed Al Khalifa wrote on Twitter", "cost Lebanon its friends.",
  ("Bahrain", C, neg, "Hezbollah", "judgement by allusion: 'a party which takes its orders from Tehran' = Hezbollah"))
U(d, "Gulf Cooperation Council Secretary-General Abdullatif al-Zayani said", "with Beirut.",
  ("Gulf Cooperation Council", S, pos, "Saudi Arabia", "backing of the Saudi review"))
U(d, "Prime Minister Tammam Salam said his government valued the kingdom's long support", "to explain Lebanon's position.",
  ("Lebanon", T, pos, "Saudi Arabia", "asks Riyadh to reconsider + offers a delegation = calling_for_talks, positive tone"))
U(d, "After an emergency session on Monday, the cabinet declared its solidarity", "without naming Hezbollah.",
  ("Lebanon", S, pos, "Saudi Arabia", "solidarity with Riyadh over the attacks on its missions"))
# "Foreign Minister Gebran Bassil, whose abstentions ... set off the crisis, defended his conduct." = summary line before his quotes, no row.
U(d, "\"Lebanon did not vote against any brother,\" he told reporters.", "he told reporters.",
  ("Lebanon", N, neg, "", "denial of hostility = neutral, negative"))
U(d, "\"We kept a divided country out of a fight between two axes", "I would do it again.\"",
  ("Lebanon", N, neu, "", "quote continued after the attribution; justification of own conduct, no judgement of another actor"))
U(d, "Defence Minister Samir Moqbel said the army would continue its fight", "the means it already had.",
  ("Lebanon", N, neu, "", "own plans"))
U(d, "Former Prime Minister Saad Hariri, who leads the Future Movement, accused Hezbollah", "working in the Gulf.",
  ("Future Movement", C, neg, "Hezbollah", "party leader out of office speaks for his party; explicit accusation"))
U(d, "His movement launched a petition of solidarity with the kingdom", "to sign it.",
  ("Future Movement", S, pos, "Saudi Arabia", "backing by act (petition); visitors are narration"))
U(d, "Saudi Ambassador Ali Awad Asiri told visitors that the kingdom's quarrel", "in line with Arab consensus.",
  ("Saudi Arabia", T, neu, "Lebanon", "conditional offer to mend relations = calling_for_talks (labels/README: conditional offers)"))
U(d, "Hezbollah said in a statement that the kingdom was using the grant", "refusing to follow its line.",
  ("Hezbollah", C, neg, "Saudi Arabia", "accusation of bad faith and of punishing Lebanon"))
U(d, "Hezbollah lawmaker Hassan Fadlallah said the decision proved", "political strings attached.",
  ("Hezbollah", C, neg, "Saudi Arabia", "judgement of Saudi aid"))
U(d, "Iran's ambassador in Beirut, Mohammad Fathali, said Tehran was ready", "asked it to.",
  ("Iran", S, neu, "Lebanon", "offer of military help = supporting"))
U(d, "In Washington, State Department spokesman Mark Toner said American assistance", "holding weapons in Lebanon.",
  ("United States", S, neu, "Lebanon", "continued aid to the army = supporting"))
U(d, "French foreign ministry spokesman Romain Nadal said Paris was in contact", "would not comment on its terms.",
  ("France", N, neu, "", "contacts + no comment"))
U(d, "Arab League Secretary-General Nabil Elaraby said he hoped the rift", "between the two governments.",
  ("Arab League", T, pos, "", "hope of containment through contacts = calling_for_talks"))
# "Economists warned that the measures could hit tourism ..." = unnamed economists, no row.
U(d, "Ziad Maalouf, an economist at the Beirut Institute for Fiscal Studies, said", "into recession.",
  ("Ziad Maalouf", N, neg, "", "invented economist; figures and a forecast"))
U(d, "\"The government should send someone to Riyadh this week", "Maalouf said.",
  ("Ziad Maalouf", T, neu, "Lebanon", "appeal to the Lebanese government to open talks now"))
U(d, "Faisal al-Harbi, a Riyadh-based analyst at the Gulf Centre for Policy Research, said", "speak for itself.",
  ("Faisal al-Harbi", N, neu, "", "invented analyst; reading of the Saudi message, no judgement of his own"))
U(d, "\"Lebanon's politicians have had ten years to rein in Hezbollah", "al-Harbi said.",
  ("Faisal al-Harbi", C, neg, "", "judgement of Lebanon's politicians (not one canonical actor) -> target empty"))
# Reader comments are never statements.
