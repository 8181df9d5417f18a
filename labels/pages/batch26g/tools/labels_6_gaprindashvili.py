# ------------------------------------------------------------------ Tskhinvali court jails Georgian doctor Vazha Gaprindashvili (Georgian regional daily, scraped, 2019-12-21)
d = "page_georgia_gaprindashvili_detention2019_regionaldaily.txt"
# Not statements: masthead, date/weather/currency line, login bar, section menu, breadcrumb, headline, byline, time stamp, Print/Email,
# ADVERTISEMENT, crossheads (INTERNATIONAL REACTION, 'HE WENT TO HELP A PATIENT'), tags, share line, YOU MAY ALSO LIKE, MOST READ, copyright.
# Lead "Prominent Georgian surgeon Vazha Gaprindashvili was sentenced on Friday ..." = the outlet's narration of the verdict (the de facto
# authorities' own line comes later, from the prosecutor's office), no row. "Gaprindashvili, president of ..., was detained on November 9 ..."
# and "He was later moved ..." = narration, no row.
U(d, "Foreign Minister David Zalkaliani said the sentence proved", "could defend.",
  ("Georgia", C, neg, "South Ossetia authorities", "'staged from the start' + 'a ruling that no court anywhere could defend' = judgement without a stock word"))
U(d, "He said he had asked for an urgent call with the co-chairs", "International Discussions.",
  ("Georgia", T, neu, "", "'He' = Zalkaliani; turning to the mediators of the Geneva format = diplomatic course, calling_for_talks"))
U(d, "\"There is no door we have not knocked on", "on Friday evening.",
  ("Georgia", N, neu, "", "'the minister' = Zalkaliani (title only); own diplomatic efforts described = neutral"))
U(d, "The State Security Service said in a written statement", "across the line.",
  ("Georgia", C, neg, "South Ossetia authorities", "'those who run the region answered for every day' = holding responsible"))
U(d, "Prime Minister Giorgi Gakharia, speaking before a cabinet session", "would not do so now.",
  ("Georgia", N, neu, "", "own conduct described = neutral"))
U(d, "He said he had asked Georgia's international partners to use every contact", "with Moscow.",
  ("Georgia", T, neu, "", "asks partners to use their channels to Moscow = appeal for a diplomatic course (asking for help is not supporting)"))
U(d, "President Salome Zourabichvili wrote on Facebook", "none of its business.",
  ("Georgia", C, neg, "", "'a disgrace' + Russia cannot disown it = judgement aimed at the de facto authorities and Russia -> target empty (two actors)"))
U(d, "Zurab Abashidze, the prime minister's special representative", "Grigory Karasin.",
  ("Georgia", T, neu, "Russia", "raising the case in the Abashidze-Karasin channel = talks"))
U(d, "In a statement carried by the Tskhinvali-based news agency Res", "applied the law as written.",
  ("South Ossetia authorities", N, neu, "", "de facto prosecutor defends the verdict: justification, no judgement of an actor (the doctor is a person, not an actor); Res = outlet"))
U(d, "Speaking to Russian media, a spokesman for the de facto leader, Anatoly Bibilov", "asked for one.",
  ("South Ossetia authorities", N, neu, "", "condition for a pardon = procedural, neutral"))
U(d, "The European Union, in a statement by the spokesperson of its External Action Service", "allow him home.",
  ("European Union", T, neu, "South Ossetia authorities", "demand addressed to one side to release the doctor, with no judgement word = calling_for_talks"))
U(d, "The statement also urged the reopening of crossing points", "reach medical care.",
  ("European Union", T, neu, "", "appeal for free movement and humanitarian access = calling_for_talks"))
U(d, "The EU Monitoring Mission, whose hotline has been in use", "incident-prevention mechanism.",
  ("European Union", T, neu, "", "EU mission = European Union; raising the case in the Ergneti mechanism = dialogue"))
U(d, "The U.S. Embassy in Tbilisi said the sentencing of a doctor", "immediate release.",
  ("United States", C, neg, "South Ossetia authorities", "'outrageous' + call for release: rule 1"))
U(d, "The embassy said the United States stood with Georgia", "internationally recognised borders.",
  ("United States", S, pos, "Georgia", "solidarity + support for territorial integrity = supporting"))
U(d, "In a joint statement, the foreign ministries of Lithuania, Latvia and Estonia condemned", "secure the doctor's release.",
  ("Lithuania", C, neg, "South Ossetia authorities", "joint statement of three states, one row each; 'unlawful' = judgement of the verdict + appeal to Russia (rule 1)"),
  ("Latvia", C, neg, "South Ossetia authorities", "joint statement, listed state; same reading"),
  ("Estonia", C, neg, "South Ossetia authorities", "joint statement, listed state; same reading"))
U(d, "Amnesty International said the doctor's imprisonment showed the human cost", "to be freed.",
  ("Amnesty International", T, neg, "", "humanitarian concern + call for release, no explicit judgement word = calling_for_talks (unsure: 'human cost of sealing the line' could be read as a judgement)"))
U(d, "Asked about the case at her weekly briefing in Moscow", "independent state.",
  ("Russia", N, neu, "", "deflects the question to the de facto authorities = procedural, neutral"))
U(d, "The main opposition United National Movement accused the government", "lost precious time.",
  ("United National Movement", C, neg, "Georgia", "opposition party accuses the cabinet of negligence = condemning; the government = Georgia"))
# "Colleagues gathered outside the Tbilisi trauma hospital ..." = narration of a vigil by unnamed colleagues, no row.
U(d, "\"He went there because someone needed him", "for over a decade.",
  ("Nino Kvaratskhelia", N, pos, "", "named colleague (invented) = independent person; praise of the doctor (a person, not an actor) = neutral, positive"))
U(d, "\"Putting a doctor in prison for that is a crime against medicine itself.\"", "medicine itself.\"",
  ("Nino Kvaratskhelia", C, neg, "South Ossetia authorities", "speaker carried over from the previous unit; 'a crime against medicine' = judgement of the jailers"))
U(d, "Zurab Kakabadze, a researcher at the Tbilisi Institute for Regional Studies", "authorities in Tskhinvali.",
  ("Zurab Kakabadze", C, neg, "South Ossetia authorities", "invented researcher; sentence 'designed to raise the price' = judgement of a hostage-like use"))
U(d, "He said the government should work through the Geneva format", "under pressure.",
  ("Zurab Kakabadze", T, neu, "Georgia", "'He' = Kakabadze; appeal to use the negotiating formats = calling_for_talks"))
U(d, "Kakabadze said he expected the doctor to be freed within weeks", "on January 7.",
  ("Zurab Kakabadze", N, pos, "", "forecast, no position"))
# "More than 2,000 people ... rallied at the occupation line ..." = narration, no row.
