# ------------------------------------------------------------------ Mozambique's post-election crisis (Southern African regional site, scraped, 2024-12-25)
d = "page_mozambique_postelection_regionalsite.txt"
# No rows: masthead, tagline, date/weather line, menu, BREAKING ticker, section path, headline, byline, share, reading
# time, image captions with credits, ADVERTISEMENT, capitals crossheads, "READ:", RELATED STORIES, tags, WhatsApp
# prompt, TRENDING, footer. Dateline "MAPUTO – " excluded from the first unit.
U(d, "Mozambique's Constitutional Council on Monday confirmed Daniel Chapo", "barricades, smoke and gunfire.",
  ("Mozambique", N, neu, "", "long lead: the court's ruling (a state organ's procedure = Mozambique, as batch5c's court) with the unrest narrated; rejecting the fraud claims = neutral"))
U(d, "The court put Chapo's share of the vote at 65.17%", "to 24.19%.",
  ("Mozambique", N, neu, "", "the court's figures"))
U(d, "It acknowledged irregularities at some polling stations", "change the outcome.",
  ("Mozambique", N, neu, "", "'It' = the court; assessment without judgement of an actor"))
U(d, "Interior Minister Pascoal Ronda told a news conference on Tuesday night", "banks and fuel stations.",
  ("Mozambique", N, neg, "", "toll and incidents given by a minister = neutral"))
U(d, "\"Armed groups are using the protests as a cover to loot and burn.", "Ronda said.",
  ("Mozambique", C, neg, "", "two-sentence quote closed by the surname; accusation of unnamed 'armed groups' -> target empty"))
U(d, "On Wednesday, the police general commander, Bernardino Rafael, said 1,534 prisoners", "injured in clashes with guards.",
  ("Mozambique", N, neg, "", "role then name; figures of the breakout = neutral"))
U(d, "He said the breakout had been encouraged by groups of protesters", "hand themselves in.",
  ("Mozambique", C, neg, "", "'He' = Rafael; blame on protesters (not a canonical actor) + appeal to inmates: rule 1, target empty (unsure)"))
U(d, "Mondlane, who has spent most of the past two months outside the country", "institutions it controls.",
  ("Venâncio Mondlane", C, neg, "Frelimo", "independent candidate = his own actor (name files); 'electoral theft organised by Frelimo' = accusation"))
U(d, "\"They have chosen to validate the fraud.", "he said.",
  ("Venâncio Mondlane", C, neg, "", "three-sentence quote closed by 'he said'; 'They' = the court and Frelimo (several) -> target empty"))
U(d, "He told supporters that he would swear himself in", "attack shops or homes.",
  ("Venâncio Mondlane", T, neu, "", "a defiant plan + an appeal not to attack shops and homes; the appeal with no judgement decides (rule 2; unsure: the self-swearing-in could be read as a challenge = condemning)"))
U(d, "The party that backed his candidacy, Podemos, said separately", "take up its seats in parliament.",
  ("Podemos", C, neg, "Mozambique", "'The party that backed his candidacy' introduces it by role first; refusing to recognise the court's figures = rejection in protest (unsure: could be neutral)"))
# No row: "Chapo, a 47-year-old former provincial governor ..., struck a conciliatory note." (summary line before his statements)
U(d, "Speaking to Frelimo members in Maputo, he said he would be the president", "Mondlane included.",
  ("Frelimo", T, pos, "", "president-elect speaking for his party (Chapo = Frelimo, as labels/pages/new_actors.csv); offer of talks = calling_for_talks; Mondlane as object"))
U(d, "\"Mozambique does not belong to a party.", "Chapo said.",
  ("Frelimo", T, neu, "", "two-sentence quote closed by the surname; appeal for talks"))
# No row: "Outgoing President Filipe Nyusi ... has not commented on the ruling." (a non-answer)
U(d, "His spokesman said on Tuesday that the head of state was following events", "security chiefs.",
  ("Mozambique", N, neu, "", "'His spokesman' = Nyusi's = Mozambique; monitoring, no appeal = neutral"))
U(d, "Plataforma Decide, a Mozambican civil society group that monitors elections, said", "shot by the police.",
  ("Plataforma Decide", N, neg, "", "group under its own name (name files); death toll = figures, neutral (the police named as shooters inside a figure; unsure: could be condemning)"))
U(d, "The group's coordinator said it had also documented more than 4,000 arrests", "live ammunition against crowds.",
  ("Plataforma Decide", T, neg, "Mozambique", "unnamed official of a named group; figures + demand to one side to stop, no judgement word = calling_for_talks"))
U(d, "The police have denied firing on peaceful demonstrators.", "peaceful demonstrators.",
  ("Mozambique", N, neg, "", "denial = neutral, negative"))
U(d, "A police spokesman said on Tuesday that officers had used force only in self-defence", "setting fire to property.",
  ("Mozambique", N, neg, "", "own conduct justified; continuation of the denial"))
U(d, "Human Rights Watch said security forces had repeatedly used lethal force", "into every killing.",
  ("Human Rights Watch", C, neg, "Mozambique", "accusation of the security forces (= Mozambique) + demand for inquiries: rule 1"))
# No row: "The crisis is being watched closely in Pretoria ..." (narration; Pretoria = place)
U(d, "South Africa's Department of International Relations and Cooperation said it was deeply concerned", "through dialogue.",
  ("South Africa", T, neg, "", "DIRCO = South Africa (name files); concern + appeal to all parties"))
U(d, "The department said it had advised South Africans to avoid non-essential travel", "travellers and staff.",
  ("South Africa", N, neu, "", "own measures (travel advice, border closure)"))
U(d, "The Southern African Development Community, whose extraordinary summit on Mozambique", "final ruling.",
  ("SADC", N, neu, "", "'took note' = neutral; the poorly attended summit is background inside the sentence; Gaborone = place"))
U(d, "The bloc called on \"all stakeholders\" to respect the ruling", "facilitate a dialogue.",
  ("SADC", T, neu, "", "'The bloc' = SADC; appeal to refrain from violence + offer of facilitation"))
# No row: "Some civil society groups in the region have accused SADC ..." (unnamed groups)
U(d, "\"They have left the people of Mozambique to bury their children alone,\"", "based in Johannesburg.",
  ("Tariro Chikore", C, neg, "SADC", "named independent campaigner = his own actor; 'They' = SADC by context"))
U(d, "Malawi's government said Mozambican unrest had cut the Nacala corridor", "through Tanzania.",
  ("Malawi", N, neg, "", "own situation and measures; Tanzania only mentioned"))
U(d, "Portugal, the former colonial power and home to a large Mozambican community, called for calm.", "called for calm.",
  ("Portugal", T, neu, "", "appeal for calm"))
U(d, "Foreign Minister Paulo Rangel said Lisbon hoped for a peaceful solution", "taking sides.",
  ("Portugal", T, pos, "", "Lisbon = metonym; hope for a peaceful solution = calling_for_talks"))
U(d, "The European Union, whose observer mission reported in October", "raised by its observers.",
  ("European Union", C, neg, "Mozambique", "the ruling did not dispel the observers' doubts = a negative judgement on the state's electoral process (unsure: could be neutral assessment); the October report is background"))
U(d, "\"The credibility of the process has not been restored,\"", "refrain from violence.",
  ("European Union", C, neg, "Mozambique", "unnamed spokesperson of a named body; judgement + demand for investigations + appeal: rule 1"))
U(d, "In Washington, the State Department said the United States regretted", "force against protesters.",
  ("United States", C, neg, "Mozambique", "'regretted' + 'condemned the use of excessive force' = judgement; Washington = place"))
U(d, "U.N. Secretary-General António Guterres was concerned about the violence", "his spokesman said.",
  ("United Nations", T, neg, "", "concern + appeal to all actors; attribution tail"))
# No rows: "Analysts say", the unnamed Maputo researcher, Ana the market trader.
