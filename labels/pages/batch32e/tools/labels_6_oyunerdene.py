# ------------------------------------------------------------------ Oyun-Erdene loses the confidence vote (national daily scraped as text, 2025-06-04)
d = "page_mongolia_oyunerdene_confidencevote2025_dailyscrape.txt"
# Not statements: masthead, tagline, menu, language switch, subscribe/log in, BREAKING ticker, section, date, headline, byline, read time,
# share prompts, photo captions and credits, ADVERTISEMENT, crossheads ("Three weeks of protests", "Coalition in pieces"), READ ALSO,
# tags, "Did you find this article useful?", newsletter prompt, MOST READ list, footer, copyright.
# Narration with no speaker: the lead (resignation), the vote count, "The vote followed three weeks of daily protests ...",
# "Several hundred older people ...", "The vote capped a political crisis ...", the Transparency International ranking (background
# figure given by the paper, not a statement made on the page): no rows.
# The Prime Minister (head of government), the Speaker, the President and the capital's police = Mongolia.
U(d, "Speaker Dashzegviin Amarbayasgalan read out the result", "new prime minister.",
  ("Mongolia", N, neu, "", "Speaker announces the constitutional consequence = procedure"))
U(d, "\"I have served for as long as the people's representatives allowed me to", "shortly after the result.",
  ("Mongolia", N, pos, "", "outgoing PM accepts the vote = neutral, calm/positive tone"))
U(d, "\"But Mongolians should understand that this was never a vote", "he added.",
  ("Mongolia", C, neg, "", "blames a 'campaign' by unnamed people enriched by the mines = accusation; no canonical target -> empty"))
U(d, "He said he would hand over in an orderly way", "in the meantime.",
  ("Mongolia", N, neu, "", "plan for the caretaker period"))
U(d, "In an address to the chamber before the ballot, Oyun-Erdene had warned", "worked at all.",
  ("Mongolia", N, neg, "", "warning of consequences with no judgement or appeal ('would be dangerous' type) = neutral, negative"))
U(d, "He again rejected any suggestion that his family had enriched itself", "anti-corruption authorities.",
  ("Mongolia", N, neg, "", "denial of an accusation = neutral, negative"))
U(d, "\"We did not come to the square for one man's chair.", "organise the daily gatherings.",
  ("Anujin Ganbold", C, neg, "Mongolia", "invented protest organiser; criticism of the ministers' families and the government = negative judgement"))
U(d, "She welcomed the result as proof that ordinary people", "make parliament listen.",
  ("Anujin Ganbold", S, pos, "", "welcome of the outcome; aimed at a result, not at an actor -> target empty"))
U(d, "She said the movement would keep gathering until parliament adopted a law", "pretext for violence.",
  ("Anujin Ganbold", T, neu, "", "appeal to supporters to stay peaceful; the continuing rallies are a reform demand with no judgement (unsure: continued protest as pressure could be condemning)"))
U(d, "\"He brought the mines back to the people and now they chase him out", "among them.",
  ("Dorjsuren Tserendorj", S, neg, "Mongolia", "invented counter-demonstrator; backs the outgoing PM (= Mongolia) with bitterness at his ouster"))
U(d, "The capital's police department said Tuesday's rallies had passed off without arrests", "demonstrators apart.",
  ("Mongolia", N, neu, "", "police = the state; facts + security plan"))
U(d, "The Mongolian People's Party expelled the Democratic Party from the coalition last month", "to step down.",
  ("Mongolian People's Party", C, neg, "Democratic Party (Mongolia)", "expulsion from the coalition + accusation of breaching the agreement = measure and judgement"))
U(d, "Democratic Party lawmakers walked out of the chamber before the ballot", "elected them.",
  ("Democratic Party (Mongolia)", C, neg, "Mongolian People's Party", "walkout in protest with a grievance stated = condemning (labels/README: refusal in protest)"))
U(d, "In a statement after the result, the Democratic Party said the young lawmakers", "anti-corruption laws.",
  ("Democratic Party (Mongolia)", C, neg, "Mongolian People's Party", "judgement ('punished for speaking out') + proposal of cross-party talks: the judgement decides (rule 1)"))
U(d, "A spokesman for the Mongolian People's Party said the party respected the result", "left in limbo.",
  ("Mongolian People's Party", N, pos, "", "unnamed spokesman of a named party = the party; acceptance + plan"))
U(d, "The spokesman rejected claims that the party had shielded", "examine any complaint.",
  ("Mongolian People's Party", N, neg, "", "denial = neutral, negative"))
U(d, "The HUN Party, the smaller partner left in the coalition", "brought to parliament.",
  ("HUN Party", N, neu, "", "conditional decision deferred = neutral"))
U(d, "President Ukhnaagiin Khurelsukh called on the parties to agree on a new prime minister", "avoid any confrontation.",
  ("Mongolia", T, neu, "", "head of state = Mongolia; appeal for a quick constitutional settlement and for both crowds to avoid confrontation"))
U(d, "Globe International Center, a Mongolian organisation that defends freedom of expression, praised the police", "without interference.",
  ("Globe International Center", S, pos, "Mongolia", "praise of the police (= the state) = supporting"))
U(d, "It asked the next government to guarantee that peaceful gatherings", "the crisis was over.",
  ("Globe International Center", T, neu, "Mongolia", "'It' = Globe International Center; appeal to protect peaceful assembly, no judgement"))
U(d, "Sarangerel Byambadorj, a political scientist at a private university in Ulaanbaatar", "first time in years.",
  ("Sarangerel Byambadorj", C, neg, "Mongolian People's Party", "invented analyst; judgement of the ruling party's handling of the premiership"))
U(d, "\"Whoever replaces him will come from the same party", "she said.",
  ("Sarangerel Byambadorj", N, neu, "", "forecast + a yardstick for the successor, no judgement or appeal to an actor (unsure)"))
