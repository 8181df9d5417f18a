# ------------------------------------------------------------------ Montenegro's religion law and the row with Serbia and the Serbian Orthodox Church (Balkan news site, scraped .txt, 2020-01-04)
d = "page_montenegro_religionlaw_balkansite.txt"
# Not statements: masthead, menu, breadcrumb, headline, standfirst, byline, share bar, captions and "1 of 4",
# "Related:" links, crossheads, ADVERTISEMENT, live-box heading and timestamps, tags, newsletter, most read, comments.
U(d, "Serbian President Aleksandar Vucic said on Saturday that he had dropped plans", "away from it.",
  ("Serbia", N, neu, "", "long lead: dropping a visit with no protest stated in this sentence = neutral (rule 4)"),
  ("Serbian Orthodox Church", C, neg, "Montenegro", "the church's position reported inside the lead ('says is designed to take ... away') = accusation"))
U(d, "“There will be no trip.", "at the Presidency in Belgrade.",
  ("Serbia", N, neu, "", "two-sentence quote closed by the speaker; own decision, agreed with the Patriarch (Patriarch is an object here, not a speaker)"))
U(d, "He said he did not want his presence to become an excuse", "first announced.",
  ("Serbia", C, neg, "Montenegro", "'He' = Vucic; 'accused ... spreading lies' = judgement; the self-restraint half does not outweigh it (rule 1)"))
U(d, "Montenegrin officials had called the plan reckless", "already tense situation.",
  ("Montenegro", C, neg, "Serbia", "unnamed officials of a named government = Montenegro; 'reckless' aimed at the Serbian president's planned visit"))
U(d, "A spokesman for the government in Podgorica said on Saturday evening", "without incident.",
  ("Montenegro", T, pos, "", "welcome of Vucic's decision + hope for a calm holiday: rule 2 before rule 3 -> calling_for_talks; hope addressed to no one -> target empty"))
U(d, "The dispute centres on the Law on Freedom of Religion", "from the ruling coalition.",
  ("Montenegro", N, neu, "", "parliament adopting the law = a specific act reported as done (the Armenian-parliament rule of the guide); no judgement"))
# "The vote took place after the chamber had been cleared ..." : passive narration, no actor (no row)
# "Under the law, religious communities must show ..." : content of the law, narration (no row)
U(d, "President Milo Djukanovic signed the law the following day.", "President Milo Djukanovic signed the law the following day.",
  ("Montenegro", N, neu, "", "specific act reported as done, no judgement"))
U(d, "Djukanovic, who has led Montenegro as prime minister or president", "Montenegro's independence.",
  ("Montenegro", C, neg, "Serbia", "surname only; blames 'circles in Belgrade' (capital as metonym) for the protests"))
U(d, "The government has rejected the church's reading of the law", "worshipping as before.",
  ("Montenegro", N, neg, "", "denial of the church's claim + reassurance = neutral, negative tone (guide: denials)"))
# "For a week now, thousands of people have walked ..." : scene description (no row)
U(d, "Metropolitan Amfilohije, who heads the church's Metropolitanate", "to the state.",
  ("Serbian Orthodox Church", C, neg, "Montenegro", "refusing to hand over monasteries in protest = rejection in protest; the Metropolitanate is a diocese of the SOC"))
U(d, "“This law was not written to protect anyone's freedom", "withdrawn,” he said.",
  ("Serbian Orthodox Church", C, neg, "Montenegro", "multi-sentence quote closed by 'he said' (= Amfilohije); judgement + demand for withdrawal (rule 1)"))
U(d, "In Belgrade, Patriarch Irinej called on believers to keep the processions peaceful", "faithful in Montenegro.",
  ("Serbian Orthodox Church", T, neu, "", "two organs of one church in one sentence = one row; appeal for restraint with no judgement of an actor; Belgrade = place"))
# The Niksic engineer: unnamed resident, not an actor (no row)
# "The quarrel between the two governments sharpened after a rally ..." : narration (no row)
U(d, "Montenegro's foreign ministry said the attempt to burn the flag", "at the missions.",
  ("Montenegro", C, neg, "", "condemnation of vandals (no state named) -> target empty; the interior ministry's security step is part of the same row"))
U(d, "Prime Minister Dusko Markovic went further", "everything they needed to know.",
  ("Montenegro", C, neg, "Serbia", "judgement without stock words: reproach of Serbia's leaders' silence"))
# "On Friday the dispute moved from statements to diplomatic notes." : summary line before the specific statements (no row)
U(d, "Serbia's foreign ministry summoned Montenegro's charge d'affaires", "Montenegro's independence.",
  ("Serbia", C, neg, "Montenegro", "summons + protest note over 'groundless and reckless accusations'"))
U(d, "The diplomat, acting on instructions from Podgorica, declined to accept it.", "The diplomat, acting on instructions from Podgorica, declined to accept it.",
  ("Montenegro", N, neg, "", "refusing a note with no reason or judgement stated = neutral (labels/README: objecting with no judgement stated); role only"))
U(d, "Earlier, Foreign Minister Ivica Dacic said, Serbia's ambassador in Podgorica", "Montenegro's own crisis.",
  ("Serbia", C, neg, "Montenegro", "attribution in mid-sentence; refusal of the note with the reason given (an alibi) = refusal in protest"),
  ("Montenegro", C, neg, "Serbia", "Montenegro's protest note over the flag incident, reported inside Dacic's sentence = Montenegro's own position"))
U(d, "“Serbia did not cause this crisis, and it has no wish to run anyone else's country.", "Dacic said in a written statement.",
  ("Serbia", C, neg, "Montenegro", "multi-sentence quote closed by the speaker: denial + accusation that churches are being taken -> the judgement decides"))
U(d, "The ministry also condemned the attempt to burn the Montenegrin flag in Belgrade.", "The ministry also condemned the attempt to burn the Montenegrin flag in Belgrade.",
  ("Serbia", C, neg, "", "'The ministry' = Serbia's foreign ministry by context; condemnation of the flag burners (no state) -> target empty"))
U(d, "It said every open question between the two neighbours could still be settled through talks.", "It said every open question between the two neighbours could still be settled through talks.",
  ("Serbia", T, neu, "", "'It' = the Serbian ministry; appeal for dialogue; both neighbours -> target empty"))
U(d, "Before the vote, Nenad Popovic, a minister without portfolio", "lost its property.",
  ("Serbia", C, neg, "Montenegro", "two Serbian speakers in one sentence = one row; conditional threats of a response"))
U(d, "Andrija Mandic, one of the leaders of the Democratic Front", "to a referendum instead.",
  ("Democratic Front", C, neg, "Montenegro", "opposition alliance judging its own government (rule 1 over the referendum appeal); DPS is only addressed"))
U(d, "Police in Podgorica say the evening procession", "without incident.",
  ("Montenegro", N, neu, "", "live-box item; police = state body; fact"))
# 20:15 item: the Metropolitanate's open invitation: an announcement of its own gathering with no position on an actor (left without a row)
U(d, "Vucic on Instagram, beneath a photo of the Ostrog monastery:", "wherever they live.”",
  ("Serbia", S, pos, "", "leader on social media; backing for Serbs in Montenegro (not a canonical actor) -> target empty; quote opened after a colon"))
# 18:30 item: traffic (no row)
U(d, "Russia's foreign ministry said on December 31 that the law would let the authorities", "from Montenegro.",
  ("Russia", C, neg, "Montenegro", "accusation of seizing sites and driving the church out"))
U(d, "Moscow said it expected the rights of the canonical Orthodox churches", "to the letter.",
  ("Russia", T, neg, "Montenegro", "demand with no judgement word = calling_for_talks (labels/README: demand to one side); Moscow = metonym (unsure: could be read as a veiled warning)"))
U(d, "The Russian Orthodox Church went further, calling the law an act against the church itself.", "The Russian Orthodox Church went further, calling the law an act against the church itself.",
  ("Russian Orthodox Church", C, neg, "Montenegro", "judgement of the law = of Montenegro's act"))
U(d, "The European Union, which Montenegro hopes to join, has so far kept to the line", "Venice Commission.",
  ("European Union", T, neu, "Montenegro", "EEAS line recalled: national competence + urges consultation of all communities = appeal for an inclusive process, no judgement; Montenegro's own hope to join is a relative clause (no row)"))
U(d, "A spokesperson for the EU delegation in Podgorica told the Ledger", "following events closely.",
  ("European Union", N, neu, "", "monitoring without an appeal = neutral; 'told the Ledger' = the outlet is not an actor"))
# "Analysts in Podgorica note ..." and the unnamed political scientist: not actors (no row)
U(d, "The small Montenegrin Orthodox Church, which is not recognised by the other Orthodox churches", "correction of history.",
  ("Montenegrin Orthodox Church", S, pos, "Montenegro", "a church outside the canonical communion = its own actor; welcome of the law = approval of Montenegro's act"))
# Comments: readers, not statements.
