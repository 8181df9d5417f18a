# ------------------------------------------------------------------ Trump's "fire and fury" and North Korea's Guam threat (live blog, scraped, 2017-08-11/12)
d = "page_guam_fireandfury_liveblog.txt"
# Not statements: masthead, menu, breadcrumb, LIVE label, headline, standfirst, updated line, byline, span line, key events,
# "Show key events only", JavaScript notice, entry timestamps and entry headings, image caption, "Updated at", "Share", "Related:",
# ADVERTISEMENT, topics, share bar, newsletter prompt, comments notice, most viewed, footer.
U(d, "Japan's defence ministry said on Saturday it had deployed Patriot PAC-3 interceptor units", "towards Guam.",
  ("Japan", N, neu, "", "own defensive deployment reported by the ministry = neutral"))
U(d, "Defence Minister Itsunori Onodera told a parliamentary committee on Thursday", "passed in 2015.",
  ("Japan", N, neg, "", "legal position on intercepting a missile aimed at an ally (unsure: could be read as a threatened response, condemning North Korea, or as backing the US, supporting)"))
U(d, "Chief Cabinet Secretary Yoshihide Suga said Tokyo valued Washington's repeated assurances", "with the United States.",
  ("Japan", S, pos, "United States", "Tokyo = metonym; approval of the US commitment + alignment = supporting"))
U(d, "Chinese state media say President Xi Jinping told Donald Trump in a phone call", "the only way out.",
  ("China", T, neu, "", "Xi's appeal for restraint to both sides, via state media (the media are not an actor); Washington and Pyongyang = metonyms (two addressees -> target empty)"))
# No row: "The White House's account of the same call is rather different." (summary line)
U(d, "It said the two leaders had agreed that Pyongyang had to end its provocations.", "end its provocations.",
  ("United States", C, neg, "North Korea", "'It' = the White House; demand with a judgement word ('provocations')"),
  ("China", C, neg, "North Korea", "China's position as reported by the White House = China's statement (it contradicts Xinhua's account; both are kept)"))
U(d, "Guam's homeland security office has published a two-page guide", "concrete building.",
  ("United States", N, neg, "", "Guam's territorial agency = United States (territory officials resolve to their state); civil-defence advice = own measure"))
U(d, "Governor Eddie Calvo, for his part, said on Thursday that the threat level had not changed", "layers of defence.",
  ("United States", N, pos, "", "Guam's governor = United States; reassurance = neutral, positive"))
# No row: the Tumon hotel worker ('told us' = the outlet's unnamed source).
U(d, "Speaking to reporters at his golf club in Bedminster, New Jersey, Trump warned", "any move against Guam.",
  ("United States", C, neg, "North Korea", "threat against Kim (North Korea)"))
U(d, "Asked about Angela Merkel's comments (see 13.20), he said the chancellor", "her own country.",
  ("United States", N, neg, "", "brushing aside Germany's criticism without a judgement = neutral, negative (unsure: could be condemning Germany); Merkel is the object, not a speaker here"))
U(d, "He added that Washington was looking at further economic sanctions.", "further economic sanctions.",
  ("United States", C, neg, "North Korea", "'He' = Trump; sanctions under consideration = threatened measure (condemning)"))
U(d, "The EU's foreign policy service said it would convene an extraordinary meeting", "discuss the crisis.",
  ("European Union", T, neu, "", "EEAS convening a meeting = host convening talks"))
U(d, "Russian Foreign Minister Sergei Lavrov said the danger of a military clash was now very high", "de-escalate first.",
  ("Russia", T, neg, "", "alarm + appeal that the stronger side step back first (no explicit judgement; aimed at the US by implication, not named -> target empty)"))
U(d, "He said a plan put forward by Russia and China", "still on the table.",
  ("Russia", T, neu, "", "'He' = Lavrov; the joint freeze-for-freeze proposal = calling_for_talks"),
  ("China", T, neu, "", "China's share of the joint proposal, reported by Lavrov = China's statement"))
U(d, "German Chancellor Angela Merkel told a news conference in Berlin that force could not settle", "would not help either.",
  ("Germany", T, neg, "", "no military solution + criticism of the rhetoric aimed at no named side = appeal to de-escalate (unsure: an implicit swipe at Trump could be read as condemning the US); Berlin = place"))
U(d, "Germany would take an active part in any diplomatic effort", "she said.",
  ("Germany", T, neu, "", "attribution tail ('she said' = Merkel); offer of diplomatic engagement"))
U(d, "Her spokesman had already urged \"restraint\" on both sides", "earlier in the week.",
  ("Germany", T, neu, "", "government spokesman = Germany; appeal for restraint to both sides (short quoted tag)"))
U(d, "China's foreign ministry called on all parties to show caution", "displays of force.",
  ("China", T, neu, "", "appeal to all parties, no judgement"))
# No row: the Global Times editorial (the outlet's own opinion; an outlet is not an actor).
U(d, "Australian Prime Minister Malcolm Turnbull told a Melbourne radio station", "attacked American territory.",
  ("Australia", S, pos, "United States", "alliance backing pledged = supporting"))
U(d, "Trump wrote on Twitter early on Friday, Washington time", "choose another path.",
  ("United States", C, neg, "North Korea", "military threat + hope: the threat decides; 'locked and loaded' kept as a short quoted tag; Pyongyang = metonym"))
U(d, "A spokesman for UN Secretary-General António Guterres said on Thursday", "give diplomacy room.",
  ("United Nations", T, neg, "", "worry + appeal to lower tensions, no judgement; attribution via the spokesman"))
# No row: "If you are just joining us ..." (outlet's own line)
U(d, "On Tuesday Trump, speaking at Bedminster before a briefing on opioids", "\"fire and fury\".",
  ("United States", C, neg, "North Korea", "recap of the original threat (short quoted tag)"))
U(d, "Hours later the North's army said it was examining a plan", "Andersen Air Force Base.",
  ("North Korea", C, neg, "United States", "the army speaks for its state; a planned strike near US territory = announced military action against another side"))
U(d, "On Thursday the state news agency KCNA said the plan", "for a decision.",
  ("North Korea", C, neg, "United States", "KCNA carrying the army's plan = North Korea (the agency is not an actor); details of an announced operation against Guam = condemning (unsure: details alone could be neutral)"))
U(d, "Gen Kim Rak Gyom, commander of the army's Strategic Force, called Trump's warning", "understood was power.",
  ("North Korea", C, neg, "United States", "contempt for the US president + the language of power"))
U(d, "Defence Secretary Jim Mattis warned on Wednesday that starting a war", "government and its country.",
  ("United States", C, neg, "North Korea", "threat"))
U(d, "Secretary of State Rex Tillerson, who stopped in Guam on his way home from Asia", "no cause for alarm.",
  ("United States", N, pos, "", "reassurance = neutral, positive"))
U(d, "South Korea's presidential office said after a National Security Council meeting on Thursday", "offer of military talks.",
  ("South Korea", T, neg, "North Korea", "demand to halt tests with no judgement word + talks offer = calling_for_talks"))
U(d, "Presidential spokesman Park Su-hyun said the situation did not yet amount to a crisis", "stay calm.",
  ("South Korea", N, pos, "", "reassurance and appeal for calm to its own public = neutral"))
# No row: "President Moon Jae-in has not commented publicly ..." (non-answer)
# No row: the Rodong Sinmun enlistment claim (the paper reports a figure; an outlet is not an actor); the welcome entry.
