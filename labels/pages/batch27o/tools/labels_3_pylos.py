# ------------------------------------------------------------------ Pylos shipwreck (live blog, full HTML, 2023-06-15)
d = "page_greece_pylos_shipwreck2023_liveblog.html"
# Not statements: brand, nav, kicker, headline, standfirst, byline, figcaption with counter and credit, entry time stamps and
# entry headings, the closing note, ADVERTISEMENT, related, share bar, comments, most read, footer/newsletter.
U(d, "Katerina Stamatopoulou, who studies sea rescue at the Aegean Migration Observatory", "plainly in danger.",
  ("Katerina Stamatopoulou", C, neg, "Greece", "invented researcher; rebuts the refusal defence: the coastal state's duty stood = judgement without stock words (unsure: could be a neutral legal view)"))
U(d, "\"An engine that stops with hundreds of people on deck is a distress case", "Stamatopoulou said.",
  ("Katerina Stamatopoulou", N, neg, "", "surname only; legal assessment, no actor judged"))
U(d, "She called for the coast guard's logs, radio recordings", "answers to no ministry.",
  ("Katerina Stamatopoulou", T, neu, "Greece", "call for an independent inquiry = calling_for_talks"))
# "Syriza leader Alexis Tsipras, campaigning ..., visited the port and met survivors." = narration of a visit, no row.
U(d, "Tsipras said Europe's policy of keeping people out at any price", "instead of saving lives.",
  ("Syriza", C, neg, "European Union", "party leader = his party (in opposition); 'graveyard' judgement of Europe's policy"))
U(d, "Prime Minister Shehbaz Sharif has announced that flags will fly at half-mast", "feared among the dead.",
  ("Pakistan", N, neg, "", "label-only entry ('Islamabad:'); day of mourning announced = neutral, grief"))
U(d, "In a statement carried by state television, the prime minister ordered the Federal Investigation Agency", "full force of the law.",
  ("Pakistan", C, neg, "", "'the prime minister' (title only) ordering a hunt for traffickers = measure/threat; traffickers not actors -> target empty"))
# "Mohammed Sadek, who drove overnight ..." = narration, no row.
U(d, "\"They tell us lists, then other lists.", "Sadek said.",
  ("Mohammed Sadek", C, neg, "", "invented relative; 'left to sink' by everyone watching = accusation, several actors -> target empty"))
U(d, "Pope Francis is grieved by the loss of life", "Cardinal Pietro Parolin.",
  ("Holy See", S, pos, "", "condolences = sympathy -> supporting; second-hand attribution 'according to a message'; victims not actors"))
U(d, "Italy's interior minister, Matteo Piantedosi, said the sinking showed", "authorities in Benghazi.",
  ("Italy", T, neu, "", "asks partners to open talks with the Benghazi authorities = diplomatic course (unsure: stopping departures could read as a neutral plan)"))
U(d, "Germany's foreign office said it stood ready to send forensic experts", "if Athens asked for them.",
  ("Germany", S, pos, "Greece", "label-only entry ('Berlin:'); offer of help = supporting"))
U(d, "Amnesty International urged the Greek authorities to open a prompt and independent investigation", "on Tuesday night.",
  ("Amnesty International", T, neu, "Greece", "call for an inquiry, no judgement word"))
U(d, "Coast guard spokesman Nikos Alexiou told state broadcaster ERT", "continue to Italy.",
  ("Greece", N, neu, "", "coast guard = state; its own account of events"))
U(d, "The spokesman said that boarding or towing a vessel packed that tightly", "turned it over.",
  ("Greece", N, neu, "", "'the spokesman' = Alexiou; justification of own conduct, no judgement of another actor"))
U(d, "He rejected reports that the patrol boat had tried to tow the vessel", "before it capsized.",
  ("Greece", N, neg, "", "denial = neutral, negative"))
U(d, "The volunteer hotline Alarm Phone says it passed the boat's position", "on Tuesday afternoon.",
  ("Alarm Phone", N, neg, "", "its own account: warnings passed on (facts)"))
U(d, "In a statement, the group said the Greek side had had", "chose to watch instead.",
  ("Alarm Phone", C, neg, "Greece", "'the group' = Alarm Phone; 'chose to watch' = accusation"))
U(d, "\"These are people who died at our door.", "interior ministers' meeting in Luxembourg.",
  ("European Union", C, neg, "", "quote with no verb of saying, speaker after a dash; smugglers 'must be stopped' = measures against them (rule 1 over the safe-routes appeal); smugglers not actors"))
U(d, "UNHCR and the International Organization for Migration said in a joint statement", "highest since 2017.",
  ("UNHCR", T, neg, "", "joint statement: appeal to put saving lives first"),
  ("International Organization for Migration", T, neg, "", "same joint statement, second body"))
U(d, "UN Secretary-General António Guterres is following the search with great sadness", "reporters in New York.",
  ("United Nations", N, neg, "", "grief with no appeal = neutral, negative"))
U(d, "Greek police have arrested nine Egyptian men among the survivors", "a shipping ministry official said.",
  ("Greece", N, neu, "", "arrests reported by an official of the ministry; suspects not actors"))
U(d, "Frontex said one of its surveillance planes had spotted", "Greek and Italian authorities.",
  ("European Union", N, neu, "", "Frontex = EU agency; facts"))
U(d, "Egypt's foreign ministry said its embassy in Athens was in contact", "cases of its citizens.",
  ("Egypt", N, neu, "", "consular follow-up = neutral"))
U(d, "The medical charity said the sinking was the result of policies", "deterrence over lives.",
  ("Médecins Sans Frontières", C, neg, "European Union", "'the medical charity' given by the entry heading; accuses EU governments"))
U(d, "Caretaker prime minister Ioannis Sarmas declared three days of national mourning.", "national mourning.",
  ("Greece", N, neg, "", "mourning declared = neutral, grief"))
# "President Katerina Sakellaropoulou travelled to Kalamata ... laid flowers" = narration of a visit, no row.
U(d, "\"My thoughts are with the families of those who lost their lives off Pylos.", "full support in the search.\"",
  ("European Union", S, pos, "Greece", "label-only entry ('Von der Leyen:'); condolences + full support to Greece"))
