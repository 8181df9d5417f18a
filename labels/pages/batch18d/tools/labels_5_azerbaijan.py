# ------------------------------------------------------------------ Iran's drills near Azerbaijan and the Tehran-Baku war of words (Azerbaijani state media, .txt, 2021-10-05)
d = "page_iran_azerbaijan_drills_statemedia.txt"
# No row: agency masthead, languages, menu, search, date/time, section, headline, views, print/share, photo captions with
# credits, dateline line "Baku, October 5, CTA", crossheads, ADVERTISEMENT, tags, OTHER NEWS, copyright.
# The agency's own framing ("so-called", "chose the language of accusation", "Experts note ...", "It should be recalled/noted
# ...") is never a row: the outlet is not an actor.
U(d, "Azerbaijan has firmly rejected a series of allegations voiced by official Tehran", "Nakhchivan Autonomous Republic.",
  ("Azerbaijan", N, neg, "", "long lead: 'firmly rejected the allegations' = denial (neutral, negative); Iran's drills and the joint exercises are narrated, no rows; 'official Tehran' = object"))
# No row: "CTA presents a chronology ..." (the agency).
U(d, "In an interview with Türkiye's Anadolu Agency published on September 27", "on its own soil.",
  ("Azerbaijan", N, neu, "", "Aliyev = Azerbaijan; acknowledges a sovereign right, no evaluation; Anadolu is the medium, not an actor"))
U(d, "President Ilham Aliyev pointed out that in almost thirty years", "liberation of these lands.",
  ("Azerbaijan", C, neg, "Iran", "reproach of Iran's timing, judgement without stock words ('telling'); 'official Tehran' = Iran"))
U(d, "The head of state also said that, over a single month", "for the Azerbaijani state.",
  ("Azerbaijan", C, neg, "Iran", "'the head of state' = Aliyev; accusation of illegal entry with a figure + 'disrespect'"))
# No row: "It should be recalled that after the Patriotic War sections of the Goris-Gafan road ..." (agency background).
U(d, "Assistant to the President of the Republic of Azerbaijan, Head of the Foreign Policy Affairs Department", "shows of force along it.",
  ("Azerbaijan", C, neg, "Iran", "Hajiyev = Azerbaijan (name files); 'will not be moved by shows of force' = a judgement of Iran's drills without stock words (the brief's 'will not bow to' type)"))
# No row: "The Iranian side, for its part, chose the language of accusation." (the agency's summary line).
U(d, "Iranian Foreign Minister Hossein Amir-Abdollahian, receiving on September 30", "would not sit idle.",
  ("Iran", C, neg, "Israel", "claim of Israeli activity + 'would not sit idle' = threat aimed at Israel (the Zionist regime); the Azerbaijani ambassador is an object"))
U(d, "Ambassador Ali Alizada, for his part, said he trusted", "officials of the two countries.",
  ("Azerbaijan", T, pos, "Iran", "Azerbaijan's ambassador; hope that consultations settle the questions = calling_for_talks"))
U(d, "Earlier, on September 28, the spokesman of the Iranian Foreign Ministry, Saeed Khatibzadeh", "close to the Iranian frontier.",
  ("Iran", C, neg, "Israel", "threat of action against Israeli activity"))
# No row: "The exercises, named \"Conquerors of Khaybar\", began on October 1 ..." (the agency narrates the drills).
U(d, "The commander of the Iranian Army Ground Forces, Brigadier General Kioumars Heydari", "aimed at no neighbour.",
  ("Iran", N, neu, "", "the army speaks for its state; reassurance that the drills threaten no one = neutral"))
U(d, "In the same remarks, however, the general said Iran's forces would go after", "found in the region.",
  ("Iran", C, neg, "", "'the general' = Heydari; threat against 'Zionist and Daesh elements' (two targets, empty)"))
U(d, "On October 3, Iran's Supreme Leader Ali Khamenei, without naming any country", "wise to be careful.",
  ("Iran", C, neg, "", "Khamenei = Iran; a veiled warning to unnamed neighbours ('others would be wise to be careful') = threat, target empty (unsure: the first half is an appeal for regional settlement)"))
U(d, "Speaking at a joint press conference in Tehran with Armenian Foreign Minister Ararat Mirzoyan", "activities of the Zionist regime in the region.",
  ("Iran", C, neg, "", "accusation about foreign terrorists and Israeli activity (two targets, empty); Tehran = place"),
  ("Armenia", N, neg, "", "a position of Armenia reported by Iran's minister: shared worries, no appeal = neutral, negative; Mirzoyan is otherwise an object"))
# No row: "Experts note that the timing ..." (unnamed experts, the agency's commentary).
U(d, "Responding to a media query on October 4, the head of the Press Service Department", "a shred of evidence for it.",
  ("Azerbaijan", N, neg, "", "ministry spokesperson's denial ('nothing to the Iranian talk', no evidence) = neutral, negative; Baku = metonym"))
U(d, "She recalled that for almost thirty years more than 130 kilometres", "no such alarm in Tehran.",
  ("Azerbaijan", C, neg, "Iran", "pronoun subject; reproach of Iran's silence during the occupation = judgement without stock words; Tehran = metonym"))
U(d, "The spokesperson added that nothing could shake", "side by side for centuries.",
  ("Azerbaijan", N, pos, "", "friendly words about the peoples' ties, no position on an actor's act = neutral, positive"))
U(d, "\"Azerbaijan knows better than most what it costs when a border is not respected", "Leyla Abdullayeva said.",
  ("Azerbaijan", N, neg, "", "assurance that its land is not used against a neighbour = answers the accusation (denial), neutral"))
U(d, "On October 5, the Ministry of Internal Affairs announced that the Huseyniyya mosque", "among those attending it.",
  ("Azerbaijan", N, neu, "", "own measure given a sanitary reason, no judgement = neutral"))
U(d, "\"This is a health decision and nothing more", "Ehsan Zahidov said.",
  ("Azerbaijan", N, neu, "", "ministry spokesman; denies a political motive, announces reopening = neutral"))
U(d, "The Embassy of the Islamic Republic of Iran in Baku said in a statement", "nobody had warned it beforehand.",
  ("Iran", N, neg, "", "procedural complaint (no warning given), no judgement word = neutral (unsure: a mild protest); Baku = place"))
U(d, "Iran's Ambassador Seyed Abbas Mousavi, however, told journalists", "had been closed.",
  ("Iran", N, neg, "", "denial of the reports = neutral, negative"))
U(d, "Spokesperson of the Turkish Ministry of National Defence Major Pinar Kara announced", "from October 5 to 8.",
  ("Turkey", S, pos, "Azerbaijan", "joint exercise with Azerbaijan announced = backing by act"))
U(d, "The Turkish ministry said the drills would bring", "\"one nation, two states\".",
  ("Turkey", S, pos, "Azerbaijan", "solidarity formula = supporting"))
# No row: "Special forces, commando and motorised rifle units ... are taking part" (narration).
U(d, "The Ministry of Defence of the Republic of Azerbaijan said units of the Azerbaijani Army", "along the state border.",
  ("Azerbaijan", N, neg, "", "readiness and monitoring with no appeal and no threat = neutral"))
U(d, "Kremlin spokesman Dmitry Peskov said Moscow was following the situation", "as good neighbours.",
  ("Russia", T, pos, "", "Peskov = Russia (name files); hope for dialogue between the two = calling_for_talks; Baku and Tehran as objects"))
# No row: the Three Brothers-2021 exercise and the border facts (agency background); OTHER NEWS headlines.
