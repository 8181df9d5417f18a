# ------------------------------------------------------------------ Albania cuts ties with Iran over the July cyberattack (Balkan English-language site, full HTML, 2022-09-09)
d = "page_albania_iran_balkansite.html"
U(d, "Albania's decision to break off relations with Iran, the first time", "Albanian government servers in July.",
  ("NATO", S, pos, "Albania", "dateline excluded; long lead: Albania's decision is the subject of narration, 'won the backing of its NATO allies' = NATO backing (the Council statement below)"),
  ("United States", C, neg, "Iran", "sanctions on Iran's intelligence ministry = measure against another side (rule: sanctions are condemning)"))
U(d, "Prime Minister Edi Rama announced the rupture on Wednesday", "paid for by the Islamic Republic.",
  ("Albania", C, neg, "Iran", "blame for the attack = accusation"))
U(d, "\"We have decided, with immediate effect, to end diplomatic relations with Iran,\" Rama said.", "Rama said.",
  ("Albania", C, neg, "Iran", "breaking off relations in protest = measure against another side"))
U(d, "\"This is a severe step, and we take it because the attack was severe", "not for lack of trying.\"",
  ("Albania", C, neg, "Iran", "quote continued after its attribution = own unit, same speaker; describes the attackers' aims = accusation"))
U(d, "He said all diplomatic, technical and security staff", "within 24 hours.",
  ("Albania", C, neg, "Iran", "pronoun subject = Rama; expulsion of the embassy staff"))
U(d, "Albania had shared the evidence with its partners", "draw their own conclusions.",
  ("Albania", N, neu, "", "own procedure, attribution mid-sentence ('Rama added')"))
# no rows: "By Thursday afternoon the Iranian diplomats had gone."; the neighbours who saw smoke (unnamed residents)
U(d, "Police said officers from the anti-terrorist unit had entered the empty compound", "left behind.",
  ("Albania", N, neu, "", "police = Albanian state; own measure reported as done"))
U(d, "Interior Minister Bledi Çuçi told reporters the building", "under the Vienna Convention.",
  ("Albania", N, neu, "", "procedure"))
U(d, "Foreign Minister Olta Xhaçka said on Thursday that Albania had no quarrel", "without an answer.",
  ("Albania", C, neg, "Iran", "'crossed a line' = judgement without stock words; Tehran = metonym for the government"))
U(d, "\"Who attacks a NATO member in cyberspace should not imagine there is no price,\"", "she wrote on Twitter.",
  ("Albania", C, neg, "Iran", "leader/minister on social media; veiled threat"))
# no row: Related link; crosshead "Tehran: 'baseless and written elsewhere'"
U(d, "Iran's foreign ministry rejected the accusation within hours.", "rejected the accusation within hours.",
  ("Iran", N, neg, "", "denial = neutral, negative"))
U(d, "In a statement carried by state media, it called Tirana's decision ill-considered", "against another country.",
  ("Iran", C, neg, "Albania", "'it' = the ministry; 'ill-considered and harmful' = judgement of Albania's act (rule 1 over the denial in the same sentence); Tirana = metonym"))
U(d, "Spokesman Nasser Kanaani said Albania had produced nothing", "support its claims.",
  ("Iran", N, neg, "", "rebuttal of the evidence = denial (neutral, negative)"))
# no row: "Tehran went further on Thursday, after Washington had endorsed Albania's findings." (summary line before the specific statement)
U(d, "The ministry accused Washington of having written the story", "near Durrës.",
  ("Iran", C, neg, "", "accusation of the US (author) and of Albania (acting it out) + the MEK as object: two targets -> empty"))
U(d, "Iran's embassy in Brussels, in a post on Twitter, dismissed the NATO statement", "about cyber behaviour.",
  ("Iran", C, neg, "NATO", "embassy = Iran; Brussels = place; rejecting NATO's standing = judgement"))
# no row: "The United States had its answer ready the same day." (summary line)
U(d, "National Security Council spokeswoman Adrienne Watson said Washington had reached", "endangering an ally.",
  ("United States", C, neg, "Iran", "attribution + condemnation + threat of further steps"))
# no row: "Those steps came on Friday."
U(d, "The Treasury Department said it had designated Iran's Ministry of Intelligence", "dealing with them.",
  ("United States", C, neg, "Iran", "sanctions"))
U(d, "\"Attacking the systems that ordinary people rely on", "said in the announcement.",
  ("United States", C, neg, "Iran", "Treasury under secretary; judgement without stock words + 'will answer for it'"))
# no row: "On Thursday the North Atlantic Council ... issued its own statement." (lead-in with no content)
U(d, "The allies said they stood with Albania and denounced an attack", "disrupt its citizens' lives.",
  ("NATO", C, neg, "", "'the allies' = the North Atlantic Council statement = NATO (not each member); solidarity + denunciation -> condemning (rule 1); no perpetrator named -> target empty"))
U(d, "The alliance and its members would help Albania build up its cyber defences", "the statement said.",
  ("NATO", S, pos, "Albania", "offer of assistance; attribution tail"))
U(d, "The European Union said it condemned the attack firmly and stood in solidarity", "a candidate for membership.",
  ("European Union", C, neg, "", "condemnation + solidarity: condemnation decides; no perpetrator named -> target empty"))
U(d, "In a statement on behalf of the bloc, High Representative Josep Borrell said", "malicious behaviour in cyberspace.",
  ("European Union", C, neg, "", "Borrell for the bloc; readiness to respond = threatened response, aimed at no named actor"))
U(d, "Britain's Foreign Office said on Wednesday that its own assessment pointed", "the people of Albania.",
  ("United Kingdom", C, neg, "Iran", "attribution + 'reckless disregard'"))
# no row: "Neighbours also reacted." (summary line)
U(d, "Kosovo's foreign ministry said it fully supported Tirana's decision", "with its partners.",
  ("Kosovo", S, pos, "Albania", "approval of Tirana's decision (metonym as object)"),
  ("North Macedonia", S, neu, "Albania", "second actor in the same sentence (role then name); cooperation and information offered = supporting (unsure: could be neutral); Skopje = metonym"))
U(d, "Montenegro, whose own government systems have been hit", "with concern.",
  ("Montenegro", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Microsoft, which was asked by Albania to help investigate", "before the attack.",
  ("Microsoft", C, neu, "Iran", "company under its own name; technical attribution to Iranian-government actors = blame (unsure: could be neutral facts); informational tone"))
# no rows: crosshead "Why Albania?"; background on the MEK and the 2018 expulsion (past acts narrated as background); the July hackers' messages; the Tirana security researcher (not an actor)
U(d, "Albanian opposition leader Sali Berisha, asked about the decision on Wednesday", "so easy to enter.",
  ("Democratic Party of Albania", C, neg, "Albania", "opposition leader = his party; implied negligence of his own government (unsure: a demand for explanation alone would be calling_for_talks)"))
# no rows: credits, tags, newsletter, comments, most read, footer
