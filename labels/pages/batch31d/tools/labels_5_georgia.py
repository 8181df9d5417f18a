# ------------------------------------------------------------------ Saakashvili's return and arrest (live blog, full HTML, 1-2 October 2021)
d = "page_georgia_saakashvili_arrest2021_liveblog.html"
# Not statements: brand, menu, kicker, headline, standfirst, byline, time stamps, captions with credits and "1 of 4",
# key events list, share bar, entry headings, advertisement, the embed's lead-in line and handle line, comments notice,
# related and most-viewed lists, footer; the closing and welcome notes of the blog.
# "We are closing this blog for the night. ..." / "... we will be back ..." = blog notes, no row.
U(d, "Public Defender Nino Lomjaria, who visited Saakashvili in Rustavi's Prison No. 12", "treated correctly by prison staff.",
  ("Georgia", N, neu, "", "Public Defender = state institution -> Georgia (as in the Gavrilov page); facts about the detainee, no judgement"))
U(d, "According to Lomjaria, Saakashvili told her he had declared a hunger strike", "meet Ukraine's consul.",
  ("Mikheil Saakashvili", C, neg, "Georgia", "position of Saakashvili reported by Lomjaria = his statement; hunger strike in protest at 'political revenge' = judgement of the authorities; former president out of office speaking for himself = person (new actor)"))
U(d, "Ukraine's foreign ministry spokesman Oleg Nikolenko said Kyiv had asked Tbilisi for consular access", "fully respected.",
  ("Ukraine", T, neu, "Georgia", "request for consular access + expectation that rights are respected = diplomatic appeal, no judgement; Kyiv/Tbilisi = metonyms"))
# "Saakashvili heads the executive committee of Ukraine's National Reform Council ..." = background, no row.
U(d, "Following tonight's news closely and calling on all sides to show restraint", "in a calm atmosphere.",
  ("European Union", T, neu, "", "embedded post of the EU delegation (speaker named in the lead-in line and the handle) = EU; restraint appeal to all sides, verbless post sentence"))
U(d, "The US embassy in Tbilisi said it was following the case", "international human rights commitments.",
  ("United States", T, neu, "Georgia", "embassy = United States; expectation of lawful treatment addressed to the authorities, no judgement"))
U(d, "Our founder spends tonight in a cell because this government is afraid of Georgia's voters.", "afraid of Georgia's voters.",
  ("United National Movement", C, neg, "Georgia", "embedded post of the party's account (named in the lead-in and the handle); 'this government is afraid' = judgement; 'Our founder' = Saakashvili, object"))
U(d, "Tomorrow we give them their answer at the polls.", "at the polls.",
  ("United National Movement", T, neu, "", "continuation in the same post: answer by voting = peaceful course (unsure: could be neutral)"))
U(d, "Nika Melia, chairman of the opposition United National Movement, told supporters", "knows it is losing\".",
  ("United National Movement", C, neg, "Georgia", "party chairman = party; 'a confession of fear by a government' = judgement of the government (Georgia; unsure: could be Georgian Dream)"))
U(d, "\"Go and vote tomorrow, all of you.", "Melia said.",
  ("United National Movement", T, neu, "", "two-sentence quote closed by its speaker; appeal to answer at the ballot box, not in the street = peaceful course"))
U(d, "A short video posted on Saakashvili's Facebook page after the announcement", "turn out for Saturday's vote.",
  ("Mikheil Saakashvili", T, neu, "", "his own video (reported): appeal for calm and to vote, no judgement"))
U(d, "Prime Minister Irakli Garibashvili announced at a hastily called briefing", "taken to prison.",
  ("Georgia", N, neu, "", "head of government announcing the arrest done = own act reported without judgement = neutral"))
U(d, "He said the security services had known in advance of Saakashvili's route from Ukraine", "avoid any disturbance.",
  ("Georgia", N, neu, "", "pronoun = Garibashvili; operational account"))
U(d, "\"This man was convicted by Georgian courts, and he will serve his sentence", "Garibashvili said.",
  ("Georgia", C, neg, "Mikheil Saakashvili", "two-sentence quote closed by its speaker; 'no deals, no special treatment' = punitive stance against him"))
U(d, "He thanked the interior ministry and the State Security Service for what he called a flawless operation.", "a flawless operation.",
  ("Georgia", N, pos, "", "praise of its own services = self-praise -> neutral, positive"))
# "Footage broadcast by Imedi TV shows Saakashvili, handcuffed ..." = narration, no row.
U(d, "The Prosecutor's Office said Saakashvili must serve a total of six years", "crossing of the state border.",
  ("Georgia", C, neu, "Mikheil Saakashvili", "prosecution = state; sentences to serve + a new criminal case = measures against him"))
U(d, "Irakli Kobakhidze, chairman of the ruling Georgian Dream party, said Saakashvili had come back", "all his adventures end\".",
  ("Georgian Dream", C, neg, "Mikheil Saakashvili", "party chairman (in 2021) = party; accusation of stirring unrest + mockery"))
U(d, "Levan Beridze, an analyst at the Caucasus Policy Lab in Tbilisi, said the timing suited both camps", "that it is in control.",
  ("Levan Beridze", N, neu, "", "invented analyst, person; analysis of both sides, no judgement"))
U(d, "\"The government has won the night.", "Beridze said.",
  ("Levan Beridze", N, neu, "", "two-sentence quote closed by its speaker; assessment, no judgement"))
U(d, "President Salome Zourabichvili, speaking to journalists in the afternoon, accused Saakashvili", "calls for street protests.",
  ("Georgia", C, neg, "Mikheil Saakashvili", "head of state in 2021 = Georgia; accusation + appeal to ignore protest calls (rule 1: judgement wins)"))
U(d, "The interior ministry said it had no record of Saakashvili entering the country", "found on Georgian territory.",
  ("Georgia", C, neu, "Mikheil Saakashvili", "announced detention of a convicted man = a measure (threatened response); no record of entry = fact"))
U(d, "Senior Georgian Dream lawmakers suggested the Batumi video could have been filmed months ago", "posted from Ukraine.",
  ("Georgian Dream", N, neg, "", "unnamed officials of a named party = the party; casting doubt on his presence (denial-like) = neutral, negative"))
U(d, "The United National Movement, which Saakashvili founded, said in a statement", "by every lawful means.",
  ("United National Movement", S, pos, "Mikheil Saakashvili", "standing behind its founder = supporting"))
U(d, "Former president Mikheil Saakashvili, who left Georgia in 2013 and was convicted in absentia in 2018, posted a video", "after eight years abroad.",
  ("Mikheil Saakashvili", N, pos, "", "announces his own return = neutral, positive tone"))
U(d, "In the video he called on his supporters to gather in Tbilisi on Sunday", "the day after the vote.",
  ("Mikheil Saakashvili", N, neu, "", "call to rally, with no judgement and no appeal for talks or calm stated = neutral (unsure: a protest call could be read as condemning)"))
# "Welcome to our live coverage. ..." = blog note, no row.
