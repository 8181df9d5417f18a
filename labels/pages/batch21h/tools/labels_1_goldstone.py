# ------------------------------------------------------------------ Goldstone report endorsed by the Human Rights Council (UN Geneva meeting summary, 2009-10-16)
d = "page_goldstone_unreadout.txt"
# No row: menus, document symbol, date, headline, subheadline, "Print | E-mail", crossheads, ADVERTISEMENT, the vote
# paragraph ("was adopted by a recorded vote of 25 in favour ..."), the convening of the session (background), the
# Mission's establishment and page count, the report's recommendation in the present tense (content of a document,
# background), the sponsors paragraph, the vote lists, "For use of the information media", related documents/news, footer.
U(d, "The Human Rights Council this afternoon closed its twelfth special session", "recommendations were being carried out.",
  ("United Nations", C, neg, "Israel", "UN Human Rights Council = United Nations (name files); endorsement + 'deplored Israel's refusal to cooperate' = a judgement (rule 1)"))
U(d, "In the text, the Council called upon all concerned parties", "in line with international standards.",
  ("United Nations", T, neu, "", "demand for investigations addressed to both sides, no judgement word = calling_for_talks; target empty (two parties)"))
U(d, "Presenting the report to the Council on 29 September, Mr. Goldstone said", "might amount to war crimes.",
  ("United Nations", C, neg, "", "head of a UN fact-finding mission presenting its findings = United Nations; accusation of both sides -> target empty"))
U(d, "\"For decades nobody in this region has been made to answer", "he told the Council.",
  ("United Nations", C, neg, "", "multi-sentence quote closed by its speaker; impunity judgement + conditional warning that others will act"))
U(d, "NAVANETHEM PILLAY, United Nations High Commissioner for Human Rights, said", "met international standards.",
  ("United Nations", T, neg, "", "High Commissioner (Navi Pillay, alias of United Nations); gravity/concern + appeal to both sides for investigations = calling_for_talks"))
U(d, "She said she would offer her Office's technical help", "asked for it.",
  ("United Nations", S, pos, "", "offer of technical assistance = supporting; to any party, target empty"))
U(d, "Ms. Pillay said the blockade of Gaza", "without further delay.",
  ("United Nations", T, neg, "", "demand that the blockade be lifted, no judgement word = calling_for_talks, negative; Israel implied but not named -> target empty (unsure)"))
U(d, "IBRAHIM KHRAISHI, Permanent Observer of Palestine, said that in twenty-two days", "what it had done.",
  ("Palestine", C, neg, "Israel", "'the occupying Power' = Israel; accusation made by describing the killing of civilians and the closed door"))
U(d, "The Palestinian side had nothing to hide, he said:", "share the results with the Council.",
  ("Palestine", N, neu, "", "own conduct and own inquiry = neutral; continuation opened after a colon"))
U(d, "\"We did not come here to ask for pity.", "\"a second delay for the victims.\"",
  ("Palestine", C, neg, "", "multi-sentence quote closed by its speaker; jab at 'those who think it was written only for others' (Israel implied, not named) + appeal to the Council: rule 1"))
U(d, "AHARON LESHNO-YAAR, Permanent Representative of Israel, said the resolution", "hiding behind civilians paid off.",
  ("Israel", C, neg, "United Nations", "the resolution as 'a reward' for rocket fire = judgement of the Council's act"))
U(d, "\"No other member of this Council would have waited eight years.", "in this room,\" he said.",
  ("Israel", C, neg, "United Nations", "quote opened at the start of a paragraph, 'he' = the Ambassador; double-standard charge against the Council, no stock word"))
U(d, "He rejected outright the charge that the Israel Defense Forces", "without any evidence of intent.",
  ("Israel", N, neg, "", "denial of the charge = neutral, negative tone"))
U(d, "The military advocate-general had opened more than one hundred inquiries", "the Ambassador said.",
  ("Israel", N, neu, "", "own procedures in war vocabulary (inquiries, prosecutors), attribution tail = neutral"))
U(d, "Hamas, which rules Gaza, had itself thrown out the parts", "seemed troubled by that.",
  ("Hamas", N, neg, "", "Hamas's rejection of the findings against it, reported by Israel's envoy = a denial (neutral, negative)"),
  ("Israel", C, neg, "United Nations", "'nobody in this chamber seemed troubled' = reproach to the Council's members"))
U(d, "Quoting Prime Minister Benjamin Netanyahu, the Ambassador warned", "further risks for peace.",
  ("Israel", C, neg, "United Nations", "conditional warning addressed to the Council = a threat (unsure: could be read as neutral self-justification)"))
U(d, "The UNITED STATES said it had voted against the resolution", "preceded the conflict.",
  ("United States", C, neg, "United Nations", "'one-sided', went beyond the report = judgement of the Council's text; vote against as the act"))
U(d, "The United States had serious concerns about many of the report's conclusions", "southern Israel last winter.",
  ("United States", N, neg, "", "reservations + grief, no appeal = neutral, negative"))
U(d, "He encouraged Israel to carry out its own credible reviews", "without preconditions.",
  ("United States", T, neu, "", "'He' = the US representative; appeal for reviews and for negotiations; two parties -> target empty"))
U(d, "SWEDEN, speaking on behalf of the European Union, said", "impossible for its members to support it.",
  ("European Union", C, neg, "", "Sweden speaking for the EU presidency = European Union; 'took seriously' + 'regrettable' aimed at the draft = judgement; sponsors several -> target empty"))
U(d, "The European Union called on both sides to conduct investigations", "essential for a lasting peace.",
  ("European Union", T, neu, "", "appeal to both sides"))
U(d, "EGYPT welcomed the report as a serious and professional piece of work", "referral to the Security Council.",
  ("Egypt", S, pos, "United Nations", "welcome + full support of the Mission's recommendations"))
U(d, "JORDAN welcomed the adoption of the resolution", "as soon as possible.",
  ("Jordan", T, pos, "", "welcome + appeal for negotiations, no judgement: rule 2 before rule 3"))
U(d, "PAKISTAN, speaking on behalf of the Organization of the Islamic Conference", "just and durable settlement.",
  ("Organisation of Islamic Cooperation", T, pos, "", "Pakistan speaking for the OIC (its 2009 name, Organization of the Islamic Conference) = the body; hope = calling_for_talks"))
U(d, "QATAR and SAUDI ARABIA welcomed the adoption of the text", "had to answer for it.",
  ("Qatar", C, neg, "Israel", "two states in one sentence = two rows; welcome + accusation of targeting civilians: the judgement decides (rule 1)"),
  ("Saudi Arabia", C, neg, "Israel", "same"))
U(d, "Speaking in her own capacity at the invitation of a group", "send the file to the Security Council.",
  ("Margrete Holvik", N, neu, "", "independent scholar (invented) in her own capacity, not the NGOs; procedure and scenario, no judgement"))
U(d, "\"At that point the question stops being legal and becomes arithmetic:", "fully trust,\" she said.",
  ("Margrete Holvik", N, neg, "", "multi-sentence quote closed by the speaker; forecast, negative tone, no judgement"))
U(d, "She added that leaving the Palestinian armed groups out", "looking for.",
  ("Margrete Holvik", C, neg, "", "'a serious mistake by its sponsors' = judgement; sponsors several -> target empty"))
U(d, "KARIM EL-SAYED, a former legal adviser to Arab delegations in Geneva", "between Ramallah and Gaza.",
  ("Karim El-Sayed", N, neg, "", "independent analyst (invented); risks and scenario; Ramallah and Gaza as objects (metonyms for the PA and Hamas), not speakers"))
U(d, "\"There is a real chance that this file ends with no trial", "took up the matter.",
  ("Karim El-Sayed", T, neg, "", "forecast + 'urging both Israel and the Palestinian factions' to open their records = calling_for_talks"))
# No row: "Under the resolution, the General Assembly is invited ..." (content of the text, background).
