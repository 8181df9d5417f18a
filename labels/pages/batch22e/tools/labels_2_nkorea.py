# ------------------------------------------------------------------ North Korea leaves the NPT (South Korean English-language daily, full HTML, 2003-01-14)
d = "page_nkorea_npt_koreandaily.html"
# No row: title, topbar, masthead, nav, breadcrumb, headline, standfirst, byline, share bar, captions, crossheads, "Related:", tags, comments, most read, footer.
U(d, "North Korea's decision to walk out of the Nuclear Non-Proliferation Treaty (NPT)", "campaign of pressure.",
  ("North Korea", C, neg, "United States", "long lead: the allies' search for a reply is narration (no rows); the ambassador's warning of resumed missile tests = a threat"))
U(d, "Choe Jin-su told a rare news conference", "to be at stake.",
  ("North Korea", C, neg, "United States", "surname then name; 'thrown back in the North's face' = judgement + threat of resuming launches"))
U(d, "\"If the United States keeps treating us as a target", "Choe said.",
  ("North Korea", C, neg, "United States", "multi-sentence threat quote closed by its speaker"))
U(d, "In a government statement carried by the Korean Central News Agency on Friday", "International Atomic Energy Agency (IAEA).",
  ("North Korea", N, neu, "", "own decision announced (withdrawal, end of safeguards), no judgement in this sentence; KCNA is not an actor"))
U(d, "The statement accused Washington of plotting to crush the North", "sovereignty.",
  ("North Korea", C, neg, "", "accusations against the US and the IAEA = two actors -> target empty"))
U(d, "It also insisted that building a bomb was not on the agenda for now", "power generation alone.",
  ("North Korea", N, neg, "", "'It' = the statement; denial of weapons plans = neutral"))
U(d, "President Kim Dae-jung convened an emergency meeting", "reconsider it at once.",
  ("South Korea", C, neg, "North Korea", "'deeply regretted' + demand to reconsider: rule 1 (judgement decides); 'his office' = South Korea"))
U(d, "Foreign Minister Choi Sung-hong told lawmakers on Monday", "Washington and Tokyo.",
  ("South Korea", T, neu, "", "peaceful settlement through dialogue; Seoul as metonym, Washington and Tokyo as partners (objects, not speakers)"))
U(d, "The Unification Ministry said the Cabinet-level inter-Korean talks", "South's agenda.",
  ("South Korea", T, neu, "North Korea", "commits to attend talks with the North"))
U(d, "President-elect Roh Moo-hyun, who takes office on Feb. 25", "at all costs.",
  ("South Korea", T, neg, "", "president-elect speaks for Seoul (unsure: not yet in office); opposes a military option and war = appeal, no judgement of an actor; Kelly is the listener"))
U(d, "The Defense Ministry said it had detected no unusual movement", "as a precaution.",
  ("South Korea", N, neu, "", "military facts and own measures in war vocabulary"))
U(d, "In Washington, Secretary of State Colin Powell said the United States had no intention", "breach of their promises.",
  ("United States", C, neg, "North Korea", "denial of attack plans + offer of talks, but 'clear breach of their promises' = judgement (rule 1)"))
U(d, "State Department spokesman Richard Boucher said the withdrawal defied", "it had signed.",
  ("United States", C, neg, "North Korea", "judgement without stock words"))
U(d, "Kelly, the State Department's top official for East Asia", "other assistance.",
  ("United States", T, pos, "North Korea", "surname first; conditional incentive = offer of a negotiated way out"))
# No row: "That was the first hint of an incentive ..., according to diplomats here." (unnamed diplomats, background).
U(d, "In Tokyo, Chief Cabinet Secretary Yasuo Fukuda said the withdrawal was a grave step", "weapons plans.",
  ("Japan", C, neg, "North Korea", "'deeply regrettable' + demand to take it back (rule 1); Tokyo = place, then metonym"))
U(d, "Prime Minister Junichiro Koizumi said separately", "open.",
  ("Japan", T, neu, "North Korea", "keeps dialogue open = appeal for talks"))
# No row: "China, the North's main source of food and fuel, said it did not want to see the treaty weakened." (summary line before Kong Quan's statement)
U(d, "Foreign Ministry spokesman Kong Quan said Beijing wanted the peninsula", "through talks.",
  ("China", T, neu, "", "urges the US and North Korea to talk, no judgement; target empty (two sides)"))
U(d, "Russia's Foreign Ministry said Moscow was deeply troubled", "inflame the situation.",
  ("Russia", T, neg, "North Korea", "concern + call to reverse + restraint, no judgement word = calling_for_talks (appeal mainly to Pyongyang)"))
U(d, "The ministry said Deputy Foreign Minister Alexander Losyukov", "defusing the crisis.",
  ("Russia", T, pos, "", "'The ministry' = Russia's MFA; mediation trip announced"))
U(d, "IAEA Director General Mohamed ElBaradei said in Vienna", "U.N. Security Council.",
  ("IAEA", N, neg, "North Korea", "head of the agency speaks for the IAEA; 'serious setback' is an assessment + a procedural step (possible referral) (unsure: referral could be read as a threatened response)"))
U(d, "He said he still hoped the North would think again", "had not been shut.",
  ("IAEA", T, pos, "North Korea", "hope + door to a negotiated solution open"))
U(d, "U.N. Secretary-General Kofi Annan said he was deeply concerned", "announcement.",
  ("United Nations", N, neg, "", "concern without an appeal = neutral, negative"))
# No row: "Experts here said ..." (unnamed experts, summary).
U(d, "\"Pyongyang is doing what it did in 1993, only faster.", "Peninsula Studies in Seoul.",
  ("Park Jin-seok", N, neu, "", "independent analyst; reading of the North's aims, no judgement"))
U(d, "Park said the most dangerous moment would come", "within months.",
  ("Park Jin-seok", N, neg, "", "scenario/risk in weapons vocabulary"))
U(d, "\"At that point the pressure in Washington for sanctions", "he said.",
  ("Park Jin-seok", N, neg, "", "scenario: sanctions as a topic, not a position"))
U(d, "He said the South had the most to lose from any escalation", "North's artillery.",
  ("Park Jin-seok", N, neg, "", "risk for the South, no appeal"))
U(d, "Ellen Marchetti, an arms-control researcher at the Geneva Non-Proliferation Forum", "other capitals.",
  ("Ellen Marchetti", N, neu, "", "independent researcher; precedent and stakes"))
U(d, "\"If leaving costs nothing, others will draw the lesson.", "Marchetti said.",
  ("Ellen Marchetti", N, neg, "", "scenarios both ways, no judgement"))
U(d, "She said the North's claim that its withdrawal took effect", "three months' notice.",
  ("Ellen Marchetti", N, neg, "North Korea", "rebuts the North's legal claim = a factual correction, not a judgement of conduct (unsure)"))
U(d, "\"Washington has to stop treating talks as a reward.", "Marchetti said.",
  ("Ellen Marchetti", T, neg, "", "appeal for direct talks; 'has to stop' aimed at the US is a demand without a judgement word (unsure: could be condemning)"))
# No row: the Jongno taxi driver (unnamed resident); commenters.
U(d, "A ministry official added that Seoul had no plans to halt its humanitarian shipments", "not for the regime.",
  ("South Korea", S, neu, "North Korea", "unnamed official of a named ministry = South Korea; aid continued = backing by act (the jab at 'the regime' makes the tone neutral)"))
