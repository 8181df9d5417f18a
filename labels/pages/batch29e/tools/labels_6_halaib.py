# ------------------------------------------------------------------ Egypt-Sudan row: Sudan's recall of its ambassador and the Halaib and Shalateen letter (Egyptian MFA statements page, HTML, Jan-Mar 2018)
d = "page_egypt_sudan_halaib2018_mfa.html"
# Not statements: emblem, language bar, menu, breadcrumbs, page title, filter line, release titles and dates, caption with credit,
# Related links, share bar, footer.
U(d, "The Ministry of Foreign Affairs welcomes the return today of the Ambassador", "his duties in Cairo.",
  ("Egypt", S, pos, "Sudan", "welcome of a step = supporting"))
U(d, "The Ministry regards this step as a confirmation of the eternal bonds", "cooperation and mutual respect.",
  ("Egypt", S, pos, "Sudan", "approval of the step and of both leaderships"))
U(d, "Ambassador Ahmed Abu Zeid, the Official Spokesperson of the Ministry, stated", "informed him of the decision.",
  ("Egypt", N, neu, "", "spokesperson by title; a phone call reported = narration of contacts, no position"),
  ("Sudan", N, neu, "", "Ghandour informing of the decision = Sudan's announcement, reported by Egypt"))
U(d, "The Spokesperson added that the two ministers agreed to accelerate", "President Omar al-Bashir to Cairo.",
  ("Egypt", T, pos, "Sudan", "'the Spokesperson' later; agreement to step up joint work and prepare a visit = committing to talks"),
  ("Sudan", T, pos, "Egypt", "the agreement is the Sudanese minister's too"))
U(d, "Foreign Minister Ghandour told the Egyptian side that ties", "the Spokesperson said.",
  ("Sudan", T, pos, "Egypt", "Sudan's position reported by Egypt's spokesperson; ties too old to be hostage to a quarrel = appeal for a peaceful course (unsure: could be neutral)"))
U(d, "Minister of Foreign Affairs Sameh Shoukry and Foreign Minister of the Sudan Ibrahim Ghandour", "in Cairo today.",
  ("Egypt", N, neu, "", "a meeting concluded = narration; no position in the sentence (labels/README: a meeting listed is not a statement; kept as neutral for the host) (unsure: could be no row)"))
U(d, "The two sides agreed on a joint mechanism to address any differences through dialogue", "the brotherly relations.",
  ("Egypt", T, pos, "Sudan", "'the two sides' = both states; dialogue mechanism"),
  ("Sudan", T, pos, "Egypt", "'the two sides' = both states; dialogue mechanism"))
U(d, "Minister Shoukry affirmed in the joint press conference that Egypt does not interfere", "threatens its security.",
  ("Egypt", N, neu, "", "denial of interference + assurance about own conduct = neutral"))
U(d, "The Minister said Egypt looked forward to a new phase", "a single Nile Valley.",
  ("Egypt", T, pos, "Sudan", "hope for a calmer phase handled quietly = calling_for_talks"))
U(d, "Secretary-General of the League of Arab States Ahmed Aboul Gheit welcomed the outcome", "the Ministry said.",
  ("Arab League", S, pos, "", "'welcomed ... praising' reported by the Ministry; welcome of a step between two states -> target empty"))
U(d, "President Abdel Fattah El-Sisi received today Prime Minister", "Minister Sameh Shoukry.",
  ("Egypt", N, neu, "", "a visit received = narration (unsure: could be no row)"))
U(d, "The President stressed that the waters of the Nile were a matter of life", "no party would be harmed.",
  ("Egypt", T, neg, "Ethiopia", "'the President' with no state named; stakes stated + call to finish studies so no one is harmed = appeal addressed to Ethiopia"))
U(d, "For his part, Prime Minister Hailemariam affirmed that Ethiopia had no intention", "reach an understanding.",
  ("Ethiopia", T, pos, "", "reassurance + commitment to keep working with both = talks (the commitment decides)"))
U(d, "The Ministry notes that the Sudanese side has been invited", "tripartite consultations.",
  ("Egypt", N, neu, "", "procedural note"))
U(d, "The Ministry of Foreign Affairs rejects the content of the letter", "Halaib and Shalateen region.",
  ("Egypt", C, neg, "Sudan", "rejection of the other side's letter = rejection aimed at an actor's act (guide: 'rejects' aimed at an actor = judgement)"))
U(d, "Halaib and Shalateen are Egyptian territory subject to Egyptian sovereignty", "legal or historical basis.",
  ("Egypt", C, neg, "Sudan", "'the Government' speaks; claim 'devoid of any basis' = judgement of Sudan's claim"))
U(d, "The Ministry expresses its regret that the Sudanese side chose to raise", "through bilateral channels.",
  ("Egypt", C, neg, "Sudan", "regret aimed at the other side's choice (guide: 'regrettable' aimed at an act = judgement)"))
U(d, "The Government reaffirms that it will continue to exercise its full sovereign rights", "the holding of elections.",
  ("Egypt", N, neu, "", "statement of own policy, no judgement or threat of force (unsure: could be read as defiance = condemning)"))
U(d, "The Permanent Mission of Egypt in New York has conveyed a reply", "the Ministry added.",
  ("Egypt", N, neu, "", "procedural"))
U(d, "The Official Spokesperson of the Ministry of Foreign Affairs, Ambassador Ahmed Abu Zeid, stated", "for consultations.",
  ("Egypt", N, neu, "", "Ministry informed of a decision = fact"),
  ("Sudan", N, neu, "", "recall for consultations with no reason given and no protest stated in the sentence = neutral (unsure: a recall is usually a protest measure)"))
U(d, "The Ministry is studying the decision and will determine its response", "the Sudanese decision.",
  ("Egypt", N, neu, "", "procedural line + no comment"))
U(d, "Abu Zeid underlined that Egypt attached the highest importance", "media exchanges.",
  ("Egypt", N, pos, "", "surname only; reassurance about own conduct"))
U(d, "The Institute for Diplomatic Studies of the Ministry hosted a seminar", "a number of academics.",
  ("Egypt", N, neu, "", "event narration (unsure: could be no row)"))
U(d, "Dr. Amira El-Shennawy, professor of international law at Cairo University", "international organisations.",
  ("Amira El-Shennawy", T, neu, "", "invented scholar; appeal for negotiation through joint bodies; the implied criticism of letters is not an explicit judgement"))
U(d, "Dr. Tarek Fahmy-Rizk, a researcher at the Al-Nil Centre for African Studies", "to show restraint.",
  ("Tarek Fahmy-Rizk", T, neg, "", "invented researcher; appeal for restraint; 'done more damage' aimed at the media, no canonical actor (rule 1 would apply only to an actor's act)"))
