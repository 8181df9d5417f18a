# ------------------------------------------------------------------ Kaesong shutdown and the North's expulsion of southern staff (South Korean daily, full HTML, 2016-02-15)
d = "page_kaesong_shutdown_krdaily.html"
# No row: util bar, logo, nav, section label, headline, subtitle, byline/time, font/share bar, figcaption with credit,
# AD, crossheads, Related Articles, tags, copyright, comments, Most Viewed, footer.
U(d, "South Korea's government said Monday the Kaesong Industrial Complex would remain closed", "a military control zone.",
  ("South Korea", C, neg, "North Korea", "long lead: keeping the complex shut until the North disarms = a measure with a condition"),
  ("North Korea", C, neg, "South Korea", "same sentence: expulsion, asset freeze and military zone reported as done = measures against the South (Pyongyang = metonym)"))
U(d, "Unification Minister Hong Yong-pyo had announced the complete suspension", "the weapons aimed at it.",
  ("South Korea", C, neg, "North Korea", "sanction-like measure + accusation of diverting the cash"))
U(d, "Hong told a television talk show on Sunday that up to 70 percent", "rather than to the workers themselves.",
  ("South Korea", C, neg, "North Korea", "surname only; accusation that the Workers' Party skims the wages (the party = North Korea)"))
U(d, "The ministry's spokesman, Jeong Joon-hee, said Monday that the minister's remarks", "the exact figures.",
  ("South Korea", N, neu, "", "'the ministry' = Unification Ministry by context; procedure about the evidence"))
# No row: "The decision, the strongest non-military step ..." (background); "The North's response came within a day." (summary line).
U(d, "The Committee for the Peaceful Reunification of Korea, the North's agency in charge", "a disastrous price for it.",
  ("North Korea", C, neg, "South Korea", "CPRK = North Korea; KCNA only carries it (media, not an actor); 'declaration of war' + threat"))
U(d, "\"The traitor who sits in Cheong Wa Dae has cut the last thread", "referring to President Park Geun-hye.",
  ("North Korea", C, neg, "South Korea", "'the statement' = CPRK; insult of Park (object, not speaker); Cheong Wa Dae = the presidency as metonym"))
U(d, "The committee ordered the roughly 280 South Koreans still in the zone", "would be cut.",
  ("North Korea", C, neg, "South Korea", "expulsion order and cutting of hotlines = measures against the South"))
U(d, "On Friday, the government unveiled a support package for the affected firms", "with the businesses.",
  ("South Korea", S, pos, "Kaesong Industrial Complex Corporate Association", "backing by act: loans, deferrals and insurance payouts for the firms the association represents"))
U(d, "The Kaesong Industrial Complex Corporate Association, which represents the firms", "in the trillions of won.",
  ("Kaesong Industrial Complex Corporate Association", C, neg, "South Korea", "'an unfair decision' + demand for compensation = judgement of its own government"))
U(d, "\"We were told for years that Kaesong would never close, whatever happened,\"", "told reporters.",
  ("Kaesong Industrial Complex Corporate Association", N, neg, "", "chairman speaks for the association; complaint stated as a fact, no explicit judgement"))
U(d, "\"Now we are asked to carry the bill for a political decision.\"", "\"Now we are asked to carry the bill for a political decision.\"",
  ("Kaesong Industrial Complex Corporate Association", C, neg, "South Korea", "quote continued after the attribution: grievance aimed at the government"))
U(d, "President Park told an emergency meeting of the National Security Council", "pay for its provocation.",
  ("South Korea", C, neg, "North Korea", "'openly defied the whole world' + 'made to pay' = judgement and threat; South Korea's own NSC, not the UN"))
U(d, "On the same day, Seoul and Washington said they would open formal talks on deploying", "to the South.",
  ("South Korea", N, neu, "", "Seoul = metonym; plan for a defensive deployment, no side named (unsure: could be read as an announced response to the North, condemning)"),
  ("United States", N, neu, "", "Washington = metonym; joint announcement, one row per state"))
U(d, "The Ministry of National Defense said the rocket's first stage had broken", "the western sea border.",
  ("South Korea", N, neu, "", "facts and readiness posture in military vocabulary"))
U(d, "North Korea's National Aerospace Development Administration had said", "the country's space program.",
  ("North Korea", N, pos, "", "state agency = North Korea; own launch reported as a success, no judgement of another actor"))
U(d, "The U.N. Security Council, meeting in emergency session on Feb. 7, strongly condemned", "against the North.",
  ("United Nations", C, neg, "North Korea", "condemnation + announced measures"))
U(d, "Secretary-General Ban Ki-moon called the launch deeply troubling", "path of dialogue.",
  ("United Nations", C, neg, "North Korea", "'provocative acts' = judgement + appeal for dialogue -> condemning (rule 1)"))
U(d, "In Washington, Assistant Secretary of State Daniel Russel said Seoul's decision showed", "the international community.",
  ("United States", S, pos, "South Korea", "approval of Seoul's decision; Washington = place"))
U(d, "The U.S. Congress sent a bill broadening sanctions on North Korea", "a unanimous vote in the Senate.",
  ("United States", C, neg, "North Korea", "sanctions passed = measure (Congress = United States)"))
U(d, "Rep. Ed Royce, who chairs the House Foreign Affairs Committee, praised the closure", "do their share.",
  ("United States", S, pos, "South Korea", "praise of Seoul's step (supporting) + appeal to Beijing and Moscow to add pressure, not a peace appeal (rule 3; unsure: 'dangerous behavior' judges the North, could be condemning North Korea)"))
U(d, "Tokyo announced its own unilateral sanctions on Wednesday", "cash sent to the North.",
  ("Japan", C, neg, "North Korea", "Tokyo = metonym; sanctions = measure"))
U(d, "Chief Cabinet Secretary Yoshihide Suga said Japan fully supported Seoul's decision", "Security Council resolution.",
  ("Japan", S, pos, "South Korea", "support for Seoul's decision + cooperation"))
# No row: "China, the North's main ally and trading partner, has been more cautious." (summary line).
U(d, "Foreign Ministry spokesman Hong Lei said Beijing hoped all parties would stay calm", "back to negotiations.",
  ("China", T, neu, "", "hope + appeal to all parties, no judgement"))
U(d, "Foreign Minister Wang Yi, speaking to a news agency on Friday, said the deployment of THAAD", "China's security interests.",
  ("China", C, neg, "United States", "'should not use ... as a pretext to harm China's security' = judgement of the US plan"))
# No row: "The main opposition party has questioned the decision." (summary line); "Analysts said the closure removed ..." (unnamed).
U(d, "Kim Chong-in, who heads the Minjoo Party of Korea's emergency leadership committee", "than it would hurt the North.",
  ("Democratic Party of Korea", C, neg, "South Korea", "the Minjoo Party of Korea = the Democratic Party of Korea (canonical; English name used from 2016 on); 'hasty' = judgement of the government's decision"))
U(d, "\"Kaesong was the last place where the two Koreas had a daily working relationship,\"", "Seoul Institute for Peninsula Affairs.",
  ("Yoon Sang-hoon", N, neu, "", "independent analyst (invented): fact-like assessment"))
U(d, "\"Once it becomes a military zone again", "bring the factories back.\"",
  ("Yoon Sang-hoon", N, neg, "", "quote continued after the attribution: scenario"))
U(d, "Yoon said the North's next steps could include further missile tests", "since 2010.",
  ("Yoon Sang-hoon", N, neg, "", "surname only; risk scenario, missiles and clashes as topics"))
U(d, "Choi Eun-ha, who studies the North Korean economy at Hanbit University", "might or might not enforce.",
  ("Choi Eun-ha", N, neu, "", "independent scholar (invented): interests and sanctions as topics"))
U(d, "\"Both Koreas now need a channel of some kind", "Choi said.",
  ("Choi Eun-ha", T, neg, "", "appeal for a communication channel to avoid war"))
# No row: reader comments, Most Viewed.
