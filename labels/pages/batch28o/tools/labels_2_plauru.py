# ------------------------------------------------------------------ Drone debris near Plauru (Tulcea county), Romania; live blog (HTML, 2023-09-06)
d = "page_romania_plauru_drone2023_liveblog.html"
# Not statements: top bar, masthead, nav, breadcrumb, LIVE badge, headline, standfirst, byline, share bar, figcaptions with
# credits and "(1 of 4)", key-events bullets, entry time stamps and entry labels ("Moscow", "Washington", "NATO", ...),
# ADVERTISEMENT, tags, newsletter prompt, reader comments, most read, footer.
# "We are closing this live page." / "Romania spent three days denying ... before its defence ministry confirmed ..." = the
# blog's own summary of the day, recapping later entries: no row. "Thank you for following." no row.
U(d, "The defence ministry said late on Wednesday that it would set up additional observation posts", "opposite Izmail and Reni.",
  ("Romania", N, neu, "", "own defensive plan (observation posts) = neutral; no side named"))
U(d, "Irina Dobre, a security analyst at the Black Sea Security Forum in Bucharest", "searched the riverbank.",
  ("Irina Dobre", C, neg, "Romania", "invented analyst; judges the government's premature denials (damaged its credibility) = judgement without a stock word"))
U(d, "\"A NATO state on the front line should be the first to say what fell on its soil", "over the Danube delta.",
  ("Irina Dobre", C, neg, "Romania", "surname only; reproach of Bucharest's handling + a need for radar (the reproach decides)"))
U(d, "Vasile Munteanu, a fisherman who lives on the edge of Plauru", "the next morning.",
  ("Vasile Munteanu", N, neu, "", "invented witness; what villagers saw and did = facts"))
U(d, "\"We are not asking for speeches.", "Munteanu said.",
  ("Vasile Munteanu", N, neg, "", "a demand for safety information, not for talks or aid; no judgement = neutral, negative tone (unsure)"))
U(d, "George Simion, leader of the nationalist opposition party AUR", "resignation of the defence minister.",
  ("Alliance for the Union of Romanians", C, neg, "Romania", "opposition party accuses its government of lying + demands a resignation = condemning"))
U(d, "Kremlin spokesman Dmitry Peskov declined to comment on the reports", "Russian defence ministry.",
  ("Russia", N, neu, "", "declined to comment + referral = procedural, neutral"))
U(d, "The Russian embassy in Bucharest said it had seen no evidence", "draw Romania into the conflict.",
  ("Russia", C, neg, "", "denial + a charge of a campaign to drag Romania in (who runs it is not named -> target empty); the charge decides (a bare denial would be neutral)"))
U(d, "The U.S. embassy in Bucharest: \"We stand with our NATO ally Romania", "on both banks at risk.\"",
  ("United States", C, neg, "Russia", "live-blog item: label + quotation, no verb of saying; solidarity + a judgement ('reckless strikes'): rule 1"))
U(d, "The alliance's acting spokesperson Dylan White said Romanian authorities had briefed allies", "ambassadors in Brussels.",
  ("NATO", N, neu, "", "the spokesman reports a briefing = procedure"),
  ("Romania", N, neu, "", "Romania's act (briefing allies) reported by NATO = a statement by act, procedural"))
U(d, "White said allies did not believe Moscow had meant to strike Romanian soil", "since February 2022.",
  ("NATO", N, neu, "", "surname only; an assessment clearing intent + own posture = neutral (no judgement, no appeal); Moscow = object"))
U(d, "EU foreign affairs spokesperson Peter Stano: \"The European Union stands in full solidarity", "the territory of its neighbours.\"",
  ("European Union", C, neg, "Russia", "label + quotation; solidarity with Romania + holding Russia responsible: rule 1 (welcome/support joined to a judgement)"))
U(d, "Moldova's foreign minister Nicu Popescu said Chisinau was following the reports", "a few kilometres from Izmail.",
  ("Moldova", N, neg, "", "concern with no appeal = neutral, negative tone"))
U(d, "Polish President Andrzej Duda, who is in Bucharest for the Three Seas summit: \"Romania can count on Poland.", "threatens all of us.\"",
  ("Poland", S, pos, "Romania", "label + quotation; solidarity with an ally = supporting"))
U(d, "Ukraine's foreign ministry spokesman Oleg Nikolenko, whose claim on Monday", "did not stop at Ukraine's borders.",
  ("Ukraine", C, neg, "Russia", "relative clause recalls Ukraine's Monday claim (rejected by Romania: narration); the new position, 'Russia's terror', is a judgement"))
U(d, "Nikolenko said Kyiv was ready to share its radar data", "protect the Danube ports.",
  ("Ukraine", S, pos, "Romania", "an offer of help (radar data) to Romania's investigators = supporting; the request for air defence is asking for aid, not giving it (unsure: could be calling_for_talks/neutral)"))
U(d, "President Klaus Iohannis told reporters at the summit that he had been kept informed", "when they fell.",
  ("Romania", N, neu, "", "the inquiry ordered = procedure"))
U(d, "\"If the pieces turn out to be from a Russian drone", "he said.",
  ("Romania", C, neg, "Russia", "conditional judgement + announced response ('will treat it as such') = condemning (unsure: conditional)"))
U(d, "He said on Tuesday that the strikes on Izmail had landed several hundred metres", "not inside Romania.",
  ("Romania", N, neu, "", "'He' = Iohannis, carried across the paragraph; Tuesday's denial = neutral"))
U(d, "Prime Minister Marcel Ciolacu, in remarks carried by the state news agency Agerpres", "where the debris lay.",
  ("Romania", N, pos, "", "second-hand attribution via the state agency (not an actor); reassurance about own conduct = neutral"))
U(d, "Romania's foreign ministry said it had informed its allies and partners", "once the origin of the fragments was established.",
  ("Romania", C, neg, "", "announced response ('all necessary measures') conditional on the origin = a veiled threat (condemning); culprit not yet named -> target empty (unsure: could be neutral)"))
U(d, "Foreign Minister Luminita Odobescu was quoted as saying that Russia's attacks", "an unacceptable escalation.",
  ("Romania", C, neg, "Russia", "passive attribution ('was quoted as saying'); 'unacceptable escalation' aimed at Russia's attacks = judgement"))
U(d, "Defence Minister Angel Tilvar told the Antena 3 CNN channel that a search team", "an unmanned aircraft.",
  ("Romania", N, neu, "", "facts of the search and find"))
U(d, "Tilvar said the fragments posed no threat and would be analysed by military experts.", "military experts.",
  ("Romania", N, neu, "", "reassurance + procedure"))
U(d, "On Monday the defence ministry categorically rejected Kyiv's account", "fallen on Romanian territory.",
  ("Romania", N, neg, "", "recap of a denial = neutral, negative tone (not aimed at Ukraine as a judgement)"))
# "Good morning and welcome to our live coverage." and "Romanian naval forces have been searching the riverbank ... after
# local residents reported explosions ..." = the blog's narration; residents unnamed: no row.
U(d, "Stephane Dujarric, spokesman for the UN Secretary-General, told the daily briefing", "beyond Ukraine's borders.",
  ("United Nations", T, neg, "", "hope that the war does not widen + an appeal to all sides for restraint, no judgement = calling_for_talks"))
