# ------------------------------------------------------------------ Basra: protesters torch the Iranian consulate (Gulf news site live blog, HTML, 2018-09-07/08)
d = "page_iraq_basra_consulatefire2018_liveblog.html"
# Not statements: menu, crumbs, headline, standfirst, byline, captions and credits, ADVERTISEMENT, share/newsletter prompts, comments, most read, footer.
# 21:48 both paragraphs = narration (witnesses, unnamed security officials), no row. 21:55 = correspondent's narration, no row.
U(d, "Ahmed Karim, a 24-year-old engineering graduate among the protesters", "the parties that run the city.",
  ("Ahmed Karim", N, neg, "", "invented witness (protester) under his own name; reported clause describing the crowd's view, no explicit judgement by him here"))
U(d, "\"We have no clean water and no jobs, and every office", "Karim said.",
  ("Ahmed Karim", C, neg, "Iran", "grievance: offices take orders 'from across the border' = judgement on Iran's influence, no stock word"))
# "Tehran's first reaction, carried by the state broadcaster:" = label line, no row.
U(d, "Foreign ministry spokesman Bahram Qasemi condemned the assault", "the heaviest punishment.",
  ("Iran", C, neg, "", "condemnation + demand for punishment; attackers not a canonical actor -> target empty"))
U(d, "He said none of the mission's staff had been hurt", "serious damage.",
  ("Iran", N, neg, "", "'He' = Qasemi, carried from the previous paragraph; facts on damage = neutral"))
U(d, "Iraq's joint operations command has announced a curfew", "will be detained.",
  ("Iraq", N, neg, "", "own security measure against crowds, not another actor = neutral; warning tone negative"))
# "Iraq's foreign ministry:" = label line, no row.
U(d, "\"The attack on the consulate of a neighbouring state is a shameful act", "brought to account.\"",
  ("Iraq", C, neg, "", "label-only entry: quote with no verb of saying, speaker from the label; 'shameful' = judgement on the attackers"))
U(d, "The death toll from five days of clashes", "High Commission for Human Rights.",
  ("Iraq", N, neg, "", "state commission (semi-official) giving figures = neutral (unsure: commission may count as independent body)"))
U(d, "Prime Minister Haider al-Abadi, who heads a caretaker cabinet", "his office said.",
  ("Iraq", N, neu, "", "inquiry ordered + protection of missions: procedure, no judgement on an actor = neutral"))
U(d, "In the same statement, the office said the premier would not allow", "hide behind the protests.",
  ("Iraq", C, neg, "", "warning to 'saboteurs' (non-canonical) = threat, condemning, target empty"))
# 08:05 = narration, no row.
U(d, "Iran has summoned Iraq's ambassador in Tehran over the attack", "the semi-official Tasnim agency reports.",
  ("Iran", C, neg, "Iraq", "summoning an ambassador in protest = diplomatic measure, condemning; agency not an actor"))
U(d, "The ambassador was told that Baghdad bore responsibility", "Tasnim said.",
  ("Iran", C, neg, "Iraq", "holds Baghdad responsible + demand for a report = condemning"))
U(d, "Ján Kubiš, the U.N. envoy to Iraq, on Twitter:", "without delay.\"",
  ("United Nations", T, neu, "", "label with a quote, no verb of saying; appeal to all sides and to the government, no judgement = calling_for_talks"))
U(d, "The U.S. State Department said it was following the events in Basra closely.", "The U.S. State Department said it was following the events in Basra closely.",
  ("United States", N, neu, "", "monitoring, no appeal = neutral"))
U(d, "\"We support the right of Iraqis to demonstrate peacefully", "said in a written comment.",
  ("United States", T, neu, "Iraq", "support for a right + call for restraint by the security forces = calling_for_talks (appeal, no judgement)"))
U(d, "Muqtada al-Sadr, whose bloc came first in May's election", "owed its people an apology.",
  ("Sadrist Movement", C, neg, "Iraq", "Sadr = Sadrist Movement (alias); says the government owes an apology = judgement on the government"))
U(d, "In a statement read by an aide, the cleric said officials", "not tomorrow.\"",
  ("Sadrist Movement", C, neg, "Iraq", "'the cleric' = Sadr; demand that officials step aside = judgement on the government"))
U(d, "Parliament will meet on Saturday afternoon for the emergency session", "the speaker's office has confirmed.",
  ("Iraq", N, neu, "", "speaker's office = Iraqi state body; procedural line = neutral"))
U(d, "The Kuwaiti foreign ministry said it was deeply worried", "the state news agency KUNA reported.",
  ("Kuwait", T, neg, "", "worry + hope that calm returns = calling_for_talks (hope)"))
U(d, "A spokesman for Asaib Ahl al-Haq, whose Basra office was attacked", "if the state did not.",
  ("Asaib Ahl al-Haq", C, neg, "", "accusation of 'infiltrators' + threat to defend its offices = condemning; target non-canonical"))
# "Analysis from Zaid al-Khafaji ..." = label line, no row.
U(d, "\"The consulate fire tells you who the street holds responsible.", "running Basra badly.\"",
  ("Zaid al-Khafaji", C, neg, "Iran", "invented analyst; 'a verdict on fifteen years of its allies running Basra badly' = judgement on Iran's allies/Iran, no stock word"))
U(d, "Al-Khafaji said the next government would have to show results", "reach Baghdad.",
  ("Zaid al-Khafaji", N, neg, "", "forecast, no appeal to an actor (a 'would have to' prediction) = neutral"))
U(d, "Saudi Arabia's embassy in Baghdad said the kingdom was ready to send power generators", "asked for them.",
  ("Saudi Arabia", S, pos, "Iraq", "offer of equipment = backing by act, supporting"))
U(d, "Qasemi, speaking again to Iranian state television, rejected what he called rumours", "as soon as it was safe.",
  ("Iran", N, neg, "", "surname only; denial of rumours + own plan = neutral, negative"))
U(d, "Bahrain's foreign minister, Sheikh Khalid bin Ahmed Al Khalifa, on Twitter:", "Iraq's affairs.\"",
  ("Bahrain", C, neg, "Iran", "label + quote with no verb of saying; charge of meddling aimed at Iran without naming it (target from context; unsure)"))
U(d, "Consular services for Iranian pilgrims will be handled", "a notice on its website.",
  ("Iran", N, neu, "", "embassy notice: procedural line = neutral"))
