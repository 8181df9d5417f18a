# ------------------------------------------------------------------ Malawi: the 2019 post-election ("Tipp-Ex") protests (Southern African news site, full HTML, 2019-10-12)
d = "page_malawi_tippex_protests2019_southernsite.html"
# Not statements: top bar, masthead, nav, breadcrumb, kicker, headline, standfirst, byline, read time, figcaptions with
# credits, ADVERTISEMENT slots, crossheads, Related, tags, share bar, reader comments, newsletter, most read, footer.
U(d, "The United Nations human rights office on Friday urged Malawi's government and the organisers", "much harder to contain.",
  ("United Nations", T, neg, "", "dateline excluded; appeal for talks to both sides + warning of escalation; no judgement -> calling_for_talks"))
# "The appeal came days after a police officer was stoned to death ..." = narration, no row.
U(d, "Speaking in Geneva, UN human rights spokesperson Rupert Colville said the police and soldiers", "beaten in military custody.",
  ("United Nations", C, neg, "Malawi", "accusation by describing the security forces' acts against protesters (rule 4)"))
U(d, "\"Firing teargas into a crowd that has not yet done anything", "Colville said.",
  ("United Nations", C, neg, "Malawi", "judgement without a stock word ('it is intimidation')"))
U(d, "He said demonstrators, for their part, had a duty to keep their marches free of arson", "government offices alone.",
  ("United Nations", T, neu, "", "appeal to protesters to stay peaceful; protesters are not a canonical party -> target empty"))
for s in ("Germany", "Ireland", "Japan", "Norway", "United Kingdom", "United States"):
    U(d, "In a separate joint statement on Friday, the heads of mission of Germany", "must be accepted peacefully.",
      (s, T, neu, "", "joint statement of six missions: one row per listed state; appeal to leaders to get supporters to accept the ruling peacefully"))
    U(d, "The six missions said the way out of the crisis lay in an open dialogue", "if the parties chose it.",
      (s, T, pos, "", "'the six missions' = the listed states; call for dialogue + offer of backing for it (welcome of talks, rule 2 before 3)"))
# "The court is hearing a petition by UTM Party leader ..." = background narration with figures, no row.
U(d, "State House press secretary Mgeme Kalilani said the president had noted the statements", "head of an independent commission.",
  ("Malawi", N, neu, "", "refusal of a demand with a procedural reason, no judgement = neutral (unsure: the 'no foreign mission could ask him' edge could be read as a rebuff)"))
U(d, "Mutharika himself, addressing supporters in Mangochi on Thursday, accused the opposition", "refused them in May.",
  ("Malawi", C, neg, "", "the president speaks for the state; accusation aimed at 'the opposition' (two parties) -> target empty"))
U(d, "\"They lost at the ballot box", "he said.",
  ("Malawi", C, neg, "", "judgement of the opposition's methods; target empty (two parties)"))
U(d, "Homeland Security Minister Nicholas Dausi warned that anyone caught setting fire", "whatever banner they marched under.",
  ("Malawi", C, neg, "", "threat of arrest and prosecution = threatened response; aimed at no named actor -> empty"))
U(d, "National police spokesperson James Kadadzera said eleven people had been arrested", "investigations were continuing.",
  ("Malawi", N, neu, "", "police = state; arrests and procedure"))
U(d, "The Human Rights Defenders Coalition, which has organised the marches since June, said it would press on", "next week.",
  ("Human Rights Defenders Coalition", N, neu, "", "plan to continue protests, no judgement in the sentence"))
U(d, "\"Jane Ansah presided over the most shameful election in our history", "told a news conference in Lilongwe.",
  ("Human Rights Defenders Coalition", C, neg, "Malawi", "judgement of the electoral commission's chair (a state body -> Malawi) + pressure until she goes"))
U(d, "Mtambo said the coalition mourned the officer killed in Mzimba", "anything to do with his death.",
  ("Human Rights Defenders Coalition", N, neg, "", "condolence + denial = neutral, negative"))
U(d, "His deputy, Gift Trapence, accused the police of standing by", "streets of Blantyre last month.",
  ("Human Rights Defenders Coalition", C, neg, "Malawi", "accusation of police complicity"))
U(d, "Malawi Congress Party spokesperson Maurice Munthali said the party agreed with the UN", "soldiers and teargas.",
  ("Malawi Congress Party", C, neg, "Malawi", "agreement with the call for dialogue + judgement of the government's response; rule 1 (welcome + judgement)"))
U(d, "Chilima told supporters in Zomba that the UTM would respect the court's decision", "while the judges deliberated.",
  ("UTM Party", T, neu, "", "commits to respect the ruling + appeal for calm to own supporters = calling_for_talks"))
U(d, "In Gaborone, Southern African Development Community executive secretary Stergomena Lawrence Tax said", "await the judgement in peace.",
  ("SADC", T, pos, "", "confidence in Malawi's courts + appeal for peace: rule 2 before rule 3 -> calling_for_talks"))
U(d, "The SADC observer mission had described the May vote as peaceful and well managed", "has since rejected.",
  ("SADC", S, pos, "Malawi", "a specific past finding reported: approval of the conduct of the vote (unsure: background); 'the opposition' rejecting it is vague, no row"))
U(d, "The European Union delegation in Lilongwe said it shared the concerns", "through the courts and through talks.",
  ("European Union", T, neu, "", "concern + appeal for talks and legal means"))
U(d, "The Public Affairs Committee, an interfaith body that has mediated", "to the same table.",
  ("Public Affairs Committee", T, pos, "", "offer of mediation"))
# "Analysts in Lilongwe said neither side had an incentive ..." = unnamed analysts, no row.
U(d, "\"The government is betting that the protests will burn out", "Lilongwe Centre for Governance Studies.",
  ("Thokozani Mvula", N, neu, "", "invented political scientist; reading of both sides' strategies, no judgement"))
U(d, "Mvula said both sides should agree now, with church mediators", "on the day of the ruling.",
  ("Thokozani Mvula", T, neu, "", "appeal for a mediated agreement"))
U(d, "\"If they wait until the verdict is read", "he said.",
  ("Thokozani Mvula", N, neg, "", "risk line continuing the appeal; no judgement"))
U(d, "In Lilongwe's Old Town, vendor Grace Phiri said she had lost weeks of income.", "weeks of income.",
  ("Grace Phiri", N, neg, "", "named vendor (invented); own losses, no position on an actor"))
# Her quote "When they march, we close. ..." = same testimony, no further row. Reader comments: no row.
