# ------------------------------------------------------------------ Ain al-Hilweh clashes after the killing of Fatah commander al-Armoushi, Sidon, Lebanon (live blog, full HTML, 2023-07-31)
d = "page_ainalhilweh_clashes_2023_liveblog.html"
# Not statements: nav, breadcrumb, LIVE badge, headline, standfirst, byline, captions with "1 of 6"/"3 of 6" and credits, key points,
# entry time stamps and entry headings (the "Ramallah: "a criminal act"" heading carries a position but is a heading), share bar,
# ADVERTISEMENT, tags, comments, related, most read, footer.
# 9:40 pm entry: the pause note and "residents told our reporter" (unnamed residents) = no row.
U(d, "Osbat al-Ansar, the largest Islamist faction in the camp, said in a statement", "stayed out of the fighting.",
  ("Osbat al-Ansar", N, neg, "", "denial of involvement = neutral, negative"))
U(d, "The group said it was working with the other factions", "to stop firing.",
  ("Osbat al-Ansar", T, neu, "", "'the group' = Osbat al-Ansar; work for the ceasefire + appeal to all = calling_for_talks"))
U(d, "UNRWA's director in Lebanon, Dorothee Klaus: \"Two of our schools", "handed back at once.\"",
  ("UNRWA", C, neg, "", "live-blog item with no verb of saying; armed men (unnamed) occupying schools judged + demand; target empty"))
U(d, "The agency said all of its services inside the camp remained suspended", "in Sidon.",
  ("UNRWA", N, neu, "", "'the agency' = UNRWA; facts and figures"))
U(d, "Hezbollah urged the Palestinian factions to stop the fighting", "Al-Manar television.",
  ("Hezbollah", T, neu, "", "appeal to stop fighting + leave matters to the state, no judgement = calling_for_talks; statement carried by its own channel"))
U(d, "The group said the only beneficiary of the bloodshed was Israel.", "The group said the only beneficiary of the bloodshed was Israel.",
  ("Hezbollah", C, neg, "Israel", "insinuation that the fighting serves Israel = negative judgement aimed at Israel (unsure: could be neutral, no act of Israel named)"))
# "Palestinian ambassador ... met Caretaker Prime Minister Najib Mikati ..., the premier's office said." = meeting narrated, no row.
U(d, "Dabbour told reporters afterwards that the Palestinian leadership stood behind", "taken part in the assassination.",
  ("Palestine", S, pos, "Lebanon", "ambassador speaks for Palestine; backing of the Lebanese state's decision + pledge to hand over suspects = supporting"))
U(d, "President Mahmoud Abbas, in remarks carried by the official WAFA news agency", "their cause in Lebanon.",
  ("Palestine", C, neg, "", "'cowardly crime' = judgement; killers unnamed -> target empty; attribution via the state agency"))
U(d, "Abbas was quoted as saying that those responsible", "whoever protects them\".",
  ("Palestine", C, neg, "", "passive attribution ('was quoted as saying'); threat of justice against the killers and their protectors"))
U(d, "Mikati, in a post on X: \"What is happening in Ain al-Hilweh", "foreign messages.\"",
  ("Lebanon", C, neg, "", "caretaker premier speaks for Lebanon; 'blatant attack on sovereignty' = judgement; no named target"))
U(d, "Mikati added that he had asked the army commander", "around the camp.",
  ("Lebanon", N, neu, "", "instruction to the army = own plan; no judgement (unsure: could be read as an announced operation, but no side is targeted)"))
U(d, "The Lebanese army said one of its soldiers had been wounded", "at the camp's entrances.",
  ("Lebanon", N, neu, "", "the army speaks for its state; casualty and measures, no judgement"))
U(d, "In a statement, the army warned that it would respond", "directed at its positions.",
  ("Lebanon", C, neg, "", "threat of a response = condemning; shooters unnamed -> target empty"))
U(d, "Fatah official Mounir Maqdah told Lebanese television", "a deadline to surrender them.",
  ("Fatah", C, neg, "Osbat al-Ansar", "ultimatum to the Islamist groups = condemning; 'the camp's Islamist groups' includes Osbat al-Ansar, the only one named on the page (unsure: target could be empty)"))
U(d, "\"If they are not handed over, we know where they are,\" Maqdah said.", "Maqdah said.",
  ("Fatah", C, neg, "", "veiled threat; surname only"))
# "Cairo weighs in." = live-blog label, no row.
U(d, "Egypt's foreign ministry said it was following the fighting", "with great concern.",
  ("Egypt", N, neg, "", "concern without an appeal in this sentence = neutral, negative"))
U(d, "The ministry called on the Palestinian factions to put the interest", "under the umbrella of the Lebanese state.",
  ("Egypt", T, neu, "", "appeal for dialogue, no judgement = calling_for_talks; several factions -> target empty"))
U(d, "Hamas official in Lebanon Ahmad Abdel Hadi said the movement had been in contact", "to hold a truce.",
  ("Hamas", T, neu, "", "mediation and truce efforts = calling_for_talks; plain tone"))
U(d, "He said Hamas rejected any attempt to drag the camps", "run its course.",
  ("Hamas", T, neg, "", "'rejects any attempt' aimed at no one = appeal against escalation + wish for the inquiry (guide: opposes any escalation = talks)"))
U(d, "UN Special Coordinator for Lebanon Joanna Wronecka: deeply concerned", "including children.",
  ("United Nations", N, neg, "", "live-blog label + quotation with no verb; concern alone in this sentence = neutral, negative"))
U(d, "She urged all sides to respect the ceasefire", "spare UN facilities.",
  ("United Nations", T, neg, "", "speaker carried to the next sentence; appeal to respect the ceasefire = calling_for_talks"))
U(d, "Hassan Zeitouni, a 54-year-old grocer", "a fight that is not ours\".",
  ("Hassan Zeitouni", C, neg, "", "invented witness; blames the factions (no single canonical target) = judgement"))
U(d, "\"Nobody asked us. Nobody ever asks us,\" he said.", "he said.",
  ("Hassan Zeitouni", N, neg, "", "complaint without a named target; grievance, no judgement of a specific actor (unsure)"))
# "Sidon's mosques called over loudspeakers for a halt ..." = mosques are not actors; no row.
U(d, "Lina Haddadin, a researcher on Palestinian refugee affairs", "apart for years.",
  ("Lina Haddadin", N, neg, "", "invented researcher; analysis of what the killing broke, no judgement"))
U(d, "Haddadin said the Lebanese state had long preferred", "who live there.",
  ("Lina Haddadin", C, neg, "Lebanon", "judgement of the state's hands-off policy ('failing' the residents)"))
U(d, "Fatah confirmed overnight that Armoushi", "four of his companions.",
  ("Fatah", N, neg, "", "death confirmed = fact given by an actor; the welcome line before it is furniture, not part of the unit"))
U(d, "The movement accused \"takfiri\" gunmen", "would be punished.",
  ("Fatah", C, neg, "", "accusation + vow of punishment; gunmen unnamed -> target empty"))
