# ------------------------------------------------------------------ WikiLeaks' release of US diplomatic cables: governments react, day two (live blog, scraped .txt, 2010-11-29)
d = "page_wikileaks_cables_liveblog.txt"
# No rows: masthead, menu, sign-in, edition, breadcrumb, headline, standfirst, byline, last updated, share bar, KEY POINTS bullets,
# photo captions with credits and "1 of 3", timestamps, Advertisement, "Related:" links, "Show earlier updates", topics,
# newsletter prompt, Most viewed, copyright.
# No rows (the outlet speaking): "That's where we'll leave our live coverage ...", "It is not clear whether the offer has the
# backing of President Rafael Correa. We'll try to find out.", "Assange is an Australian citizen.", "Here is the key passage
# from Hillary Clinton's statement ...", the 12.10 welcome entry, the reader comment of the day.
# No rows (summary lines before the specific statements): "The White House has gone further than the State Department.",
# "Davutoğlu, for his part, sounded relaxed.", "Tehran has weighed in.", "Pakistan's foreign ministry has responded to cables
# describing ...", "European reaction is mostly angry.", "Analysts are divided ...".
# No rows (non-answers): "He would not be drawn on whether Assange himself could face charges.", "Saudi officials have so far
# declined to comment.", "In Beijing, foreign ministry spokesman Hong Lei was asked about cables ..." (the question).
# No rows: the former diplomat Philip Karam ("told us" = the outlet; a forecast, no position of his own), reader comments.
U(d, "Late news from Quito: Ecuador's deputy foreign minister, Kintto Lucas", "nothing of him in return.",
  ("Ecuador", S, pos, "Julian Assange", "offer of residency = backing by act offered; Assange is his own actor in the name files; Quito = metonym"))
U(d, "\"If he wants to come and talk about what he knows, our door is open,\" Lucas said.", "Lucas said.",
  ("Ecuador", S, pos, "Julian Assange", "quote closed by the speaker; the same offer in his words"))
U(d, "WikiLeaks has posted a message on Twitter saying its main site", "denial-of-service attack.",
  ("WikiLeaks", N, neg, "", "the organisation's own account of an attack, nobody blamed = neutral, negative"))
U(d, "The group said the publication of the cables would go on regardless", "the coming months.",
  ("WikiLeaks", N, neu, "", "'The group' = WikiLeaks; own plan"))
U(d, "Australia's attorney-general, Robert McClelland, says federal police", "law enforcement action.",
  ("Australia", N, neu, "", "investigation + cooperation with US law enforcement = procedure, no judgement stated (unsure: could be read as a measure against WikiLeaks)"))
U(d, "Press secretary Robert Gibbs told reporters this afternoon", "treated as criminals.",
  ("United States", C, neg, "", "accusation aimed at the unnamed leakers -> target empty"))
U(d, "Gibbs said President Barack Obama was angry about the leak.", "angry about the leak.",
  ("United States", N, neg, "", "anger reported, no actor judged (unsure: could be condemning)"))
U(d, "Attorney General Eric Holder said separately that the Justice Department", "face prosecution.",
  ("United States", C, neg, "", "criminal investigation + prosecution threatened = measure; aimed at whoever broke the law -> target empty"))
U(d, "\"People who trusted us with their safety are now exposed", "Clinton said.",
  ("United States", C, neg, "WikiLeaks", "quote opened at the paragraph start, closed by the speaker; judgement of the disclosure (WikiLeaks published it)"))
U(d, "She said the United States was sorry for the disclosure", "happen again.",
  ("United States", N, neg, "", "apology + own measures = neutral (no other actor judged)"))
U(d, "Clinton also said she was confident that the partnerships", "survive the episode.",
  ("United States", N, pos, "", "confidence about own relations = neutral, positive"))
U(d, "Speaking alongside Clinton, he said relations between Turkey and the United States", "diplomatic correspondence.",
  ("Turkey", S, pos, "United States", "'he' = Davutoğlu; partnership affirmed on shared strategic interests = support (unsure: could be neutral reassurance)"))
U(d, "At a news conference, President Mahmoud Ahmadinejad said the cables had not leaked", "with its neighbours.",
  ("Iran", C, neg, "United States", "accusation of a deliberate US operation; Tehran = metonym in the summary line"))
U(d, "\"Whatever these papers say, the countries of this region are brothers", "Ahmadinejad said.",
  ("Iran", N, pos, "", "reassurance about regional relations = neutral, positive"))
U(d, "The cables include reports that Saudi King Abdullah repeatedly urged Washington", "nuclear programme.",
  ("Saudi Arabia", C, neg, "Iran", "a position of the Saudi king reported by the cables is Saudi Arabia's statement (guide); urging an attack = hostile (unsure: private past remarks)"))
U(d, "From Kabul, President Hamid Karzai's spokesman, Waheed Omer", "partnership with Washington.",
  ("Afghanistan", N, pos, "", "no damage expected = neutral, positive (Kabul = place and metonym)"))
U(d, "Cables describe Karzai as erratic", "riddled with corruption.",
  ("United States", C, neg, "Afghanistan", "US diplomats' assessments reported by the cables = US positions (unsure, as the Saudi row)"))
U(d, "Spokesman Abdul Basit told reporters the cables did not reflect reality", "fully secure.",
  ("Pakistan", N, neg, "", "denial = neutral, negative"))
U(d, "He also condemned the release as irresponsible.", "He also condemned the release as irresponsible.",
  ("Pakistan", C, neg, "WikiLeaks", "'He' = Basit; judgement of the release"))
U(d, "Sweden's foreign minister, Carl Bildt, said governments everywhere", "no one's security.",
  ("Sweden", C, neg, "", "judgement of the leak without stock words; nobody named -> target empty"))
U(d, "French government spokesman François Baroin said publishing stolen state papers", "contain the damage.",
  ("France", C, neg, "WikiLeaks", "judgement of the publication (WikiLeaks) + siding with Washington: rule 1"))
U(d, "Italy's foreign minister, Franco Frattini, said whoever had handed over the cables", "years to heal.",
  ("Italy", C, neg, "", "judgement of the unnamed leaker -> target empty"))
U(d, "Frattini said Rome would not let the episode damage its friendship with Washington.", "friendship with Washington.",
  ("Italy", S, pos, "United States", "friendship affirmed = support; Rome and Washington = metonyms"))
U(d, "In Berlin, Foreign Minister Guido Westerwelle played down unflattering remarks", "about him in the cables.",
  ("Germany", N, pos, "", "plays down the cables = neutral, positive; Berlin = place"))
U(d, "He said the remarks did not bother him", "diplomatic row.",
  ("Germany", N, pos, "", "'He' = Westerwelle; dismisses the remarks, no actor judged"))
U(d, "Downing Street said leaking secret government documents was wrong", "contents of any cable.",
  ("United Kingdom", C, neg, "", "Downing Street = metonym for the government; judgement of the leak, nobody named"))
U(d, "\"We have not read them and we do not intend to comment on them,\" a Kremlin official said", "description of Russia.",
  ("Russia", N, neu, "", "unnamed official of a named body (the Kremlin) = Russia; refusal to comment"))
U(d, "He said he had no comment on the contents, but hoped that nothing would disturb", "with the United States.",
  ("China", N, pos, "", "hope for steady bilateral relations (not an appeal about fighting or talks) = neutral, positive (unsure: could be calling_for_talks)"))
