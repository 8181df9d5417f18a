# ------------------------------------------------------------------ Saipem 12000 turned back by Turkish warships off Cyprus (regional news site, full HTML, 2018-02-23)
d = "page_cyprus_saipem_drillship_newssite.html"
# Not statements: top bar, masthead, nav, breadcrumb, kicker, headline (carries the EU's backing: headline, no row), standfirst
# (carries Ankara's charge: standfirst, no row), byline, time, read time, figcaptions with credits and '1 of 3', ADVERTISEMENT,
# crossheads, Related, tags, share, newsletter prompt, readers' comments, most read, footer.
U(d, "Turkish warships on Friday again forced the Eni-chartered drillship Saipem 12000 to turn back", "accused Ankara of threatening a member state.",
  ("Cyprus", C, neg, "Turkey", "lede with two positions; 'the government said' = Cyprus; an accusation made by describing the other side's act (forced the ship back)"),
  ("European Union", C, neg, "Turkey", "same lede: EU leaders accuse Ankara of threatening a member state; Ankara = metonym"))
U(d, "Deputy government spokesman Victoras Papadopoulos said five Turkish naval vessels", "if it kept to its course.",
  ("Cyprus", C, neg, "Turkey", "reported clause 'X said Y had ...': only Cyprus takes a position; describing threats of force by the other side = accusation"))
U(d, "Nicosia intends to use audio of the exchanges in its complaints", "Papadopoulos said.",
  ("Cyprus", N, neu, "", "quote-first attribution, surname only; procedure (evidence to be filed), no judgement"))
# "The ship had been held off since February 9, ..." = background narration, no row.
U(d, "Government spokesman Nikos Christodoulides told state broadcaster CyBC", "licences already granted remained in force.",
  ("Cyprus", N, neu, "", "a setback played down + licences in force: plans, no judgement or appeal = neutral"))
U(d, "President Nicos Anastasiades, speaking on arrival at the informal summit", "in the waters of an EU state.",
  ("Cyprus", C, neg, "Turkey", "'could not accept warships deciding ...' = 'not acceptable' aimed at Turkey's act; the no-confrontation clause does not undo it (rule 1)"))
U(d, "European Council President Donald Tusk told reporters after the leaders' talks", "licensed blocks alone.",
  ("European Union", C, neg, "Turkey", "backing of Nicosia and Athens + 'harassment by its warships': welcome/backing joined to a judgement -> rule 1"))
U(d, "He said the leaders would look again at the state of relations with Ankara", "in Varna next month.",
  ("European Union", N, neu, "", "'He' = Tusk; a review announced before a meeting, no threat stated in the unit = neutral (unsure: could be read as veiled pressure)"))
U(d, "A European Commission spokeswoman, Maja Kocijancic, had said earlier in the month", "the waters of a member state.",
  ("European Union", T, neu, "Turkey", "demand addressed to one side with no judgement word = calling_for_talks"))
U(d, "Greek Prime Minister Alexis Tsipras said Turkey's conduct was that of a country walking away from Europe", "not towards it.",
  ("Greece", C, neg, "Turkey", "judgement without a stock word"))
U(d, "Italian Foreign Minister Angelino Alfano said Rome had raised the matter directly with Ankara", "for a diplomatic way out.",
  ("Italy", T, neu, "", "diplomatic contacts + search for a diplomatic solution = calling_for_talks"))
U(d, "The French foreign ministry said Paris stood by the sovereign right of Cyprus", "following events closely.",
  ("France", S, neu, "Cyprus", "ministry by its state's adjective; backing of Cyprus's right = supporting"))
U(d, "Prime Minister Paolo Gentiloni, asked whether Italy would send a naval vessel", "no escalation at sea.",
  ("Italy", T, neu, "", "'wanted no escalation' aimed at no one = appeal (calling_for_talks); protecting companies within the law is no judgement"))
U(d, "Eni chief executive Claudio Descalzi said last week that the company could only wait", "over the weekend.",
  ("Eni", N, neu, "", "the company (declared actor): waiting for governments + the rig's plans = neutral; the unnamed company source is the same actor"))
# "Eni and France's Total announced a promising gas find ..." = background narration of a business announcement, no row.
U(d, "Erdogan, addressing party members in Ankara earlier this month, warned", "find the Turkish navy in their way.",
  ("Turkey", C, neg, "", "threat of naval obstruction; 'those who counted on foreign oil companies' names no actor -> target empty"))
U(d, "Turkish foreign ministry spokesman Hami Aksoy said in a written statement", "to its natural resources.",
  ("Turkey", C, neg, "Cyprus", "spokesman first by role; accusation of the Greek Cypriot administration (= Cyprus in the name files)"))
U(d, "The ministry said the area the ship was heading for had been reserved", "issued by Turkey.",
  ("Turkey", N, neu, "", "'the ministry' = the Turkish foreign ministry; procedural fact, no judgement"))
U(d, "Foreign Minister Mevlut Cavusoglu was quoted by the state-run Anadolu agency", "a settlement on the island.",
  ("Turkey", C, neg, "Cyprus", "'was quoted as saying' (second-hand); 'would not allow' = threat + 'unilateral' drilling = judgement; the driller is Cyprus"))
U(d, "EU Affairs Minister Omer Celik said the bloc had no business taking sides", "both peoples of the island.",
  ("Turkey", C, neg, "European Union", "'the bloc' = the EU as object; judgement of the EU's stance"))
U(d, "Turkish Cypriot leader Mustafa Akinci said the two communities should set up a joint committee", "spill over into the talks.",
  ("Northern Cyprus authorities", T, neu, "", "Turkish Cypriot leader speaks for the Northern Cyprus authorities; proposal of a joint body = calling_for_talks"))
U(d, "In Washington, State Department spokeswoman Heather Nauert said the United States recognised the right of Cyprus", "raise tensions.",
  ("United States", T, neu, "", "backing of Cyprus's right joined to an appeal to all sides, no judgement: rule 2 before rule 3 = calling_for_talks"))
U(d, "Stephane Dujarric, spokesman for UN Secretary-General Antonio Guterres, said", "would show restraint.",
  ("United Nations", T, neu, "", "spokesman for the Secretary-General; view that resources benefit both communities + hope for restraint = calling_for_talks"))
U(d, "Christos Hadjiloizou, who teaches the law of the sea at the Limassol Maritime Institute", "agreed with its neighbours.",
  ("Christos Hadjiloizou", C, neg, "Turkey", "invented scholar; legal judgement that Turkey's notice has no force = condemning"))
U(d, "\"If this is allowed to stand, then any navy with enough ships can close any licensed block,\" Hadjiloizou said.", "Hadjiloizou said.",
  ("Christos Hadjiloizou", N, neg, "", "a warning of consequences, no judgement of a named actor"))
U(d, "\"Nicosia should take this to arbitration and build a record", "statements from Brussels.\"",
  ("Christos Hadjiloizou", T, neu, "Cyprus", "quote continued after the attribution; appeal to take a legal, peaceful route = calling_for_talks"))
U(d, "Hande Ozkan, an energy analyst at the Levant Energy Observatory in Istanbul", "and had shown it.",
  ("Hande Ozkan", N, neu, "", "invented analyst; a reading of Ankara's aim, no judgement"))
U(d, "She said the next test would come when ExxonMobil's drillship arrives", "to work block 10.",
  ("Hande Ozkan", N, neu, "", "'She' = Ozkan; forecast"))
