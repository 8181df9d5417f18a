# ------------------------------------------------------------------ Deniz Yücel's arrest and the row over Turkish ministers' rallies (European news site, scraped .txt, 2017-03-20)
d = "page_yucel_rallies_eurosite.txt"
# No row: brand, tagline, menu, breadcrumb, headline, standfirst, byline, date/reading time, share bar, photo caption with
# credit and "1 of 4", ADVERTISEMENT, crossheads, "Related:", tags, newsletter prompt, Most read, comments, copyright.
U(d, "The German government warned Turkey on Monday that its patience with Nazi comparisons had run out", "lowest point in decades.",
  ("Germany", C, neg, "Turkey", "long lead: warning that patience has run out = judgement/threat"),
  ("Turkey", C, neg, "Germany", "reported position inside the same sentence: Erdoğan's accusation of Merkel (Merkel = Germany, as the object)"))
U(d, "\"Germany will not answer every provocation.", "told the regular news conference in Berlin.",
  ("Germany", C, neg, "Turkey", "multi-sentence quote closed by the speaker (Seibert = Germany); 'a line ... crossed many times' = judgement"))
# No row: "The crisis began with one man." (summary line); Yücel presenting himself to police (narration: he is the subject, no position).
U(d, "On 27 February an Istanbul court ordered him held in custody", "inciting hatred.",
  ("Turkey", N, neu, "", "court order reported as a state procedure, no judgement (unsure: could be narrative without a row, as a court is not a government speaker)"))
U(d, "Merkel said the next day that the court had treated a reporter as though he were a criminal", "get him released.",
  ("Germany", C, neg, "Turkey", "surname only; judgement of the court's treatment + commitment to his release"))
U(d, "Erdoğan answered on 3 March, calling Yücel a German agent", "party members in Istanbul.",
  ("Turkey", C, neg, "Deniz Yücel", "accusation aimed at the journalist (spy, PKK mouthpiece); Germany and the PKK only mentioned"))
U(d, "In a letter passed to Die Welt through his lawyers last week, Yücel rejected the accusations", "written to him.",
  ("Deniz Yücel", N, neg, "", "independent person under his own name; denial ('rejected the accusations') = neutral, negative; thanks to readers inside"))
U(d, "Die Welt's editor-in-chief, Ulf Poschardt, said the paper would stand by its correspondent", "in the meantime.",
  ("Die Welt", S, pos, "Deniz Yücel", "the newspaper as an organisation (its editor speaks for it); backing by act (publishing his articles)"))
U(d, "Reporters Without Borders called the detention part of a campaign to silence", "freed at once.",
  ("Reporters Without Borders", C, neg, "Turkey", "judgement + demand (rule 1)"))
U(d, "The European Federation of Journalists said its member unions across the continent had joined", "in 20 cities.",
  ("European Federation of Journalists", S, pos, "Deniz Yücel", "solidarity campaign = backing by act"))
U(d, "The second front opened on 2 March, when the town of Gaggenau", "the expected crowd.",
  ("Germany", N, neu, "", "local authority = Germany (provincial officials resolve to their state); cancellation with a procedural reason = neutral"))
U(d, "Bozdağ called the decision an act worthy of an authoritarian state", "Heiko Maas.",
  ("Turkey", C, neg, "Germany", "judgement without stock words + cancelling a meeting in protest; Maas is only the object"))
U(d, "On 8 March, Foreign Minister Mevlüt Çavuşoğlu and his German counterpart, Sigmar Gabriel, met", "keep talking.",
  ("Turkey", T, pos, "", "joint agreement to calm the dispute = calling_for_talks, one row per government"),
  ("Germany", T, pos, "", "joint agreement (see Turkey row)"))
U(d, "Addressing the Bundestag on 9 March, Merkel said Nazi comparisons by Turkish leaders were unacceptable", "mattered to both countries.",
  ("Germany", C, neg, "Turkey", "'unacceptable' + offer of dialogue -> condemning (rule 1)"))
U(d, "Turkey's Supreme Election Council has said that voting for about 1.4 million Turkish citizens", "13 polling stations.",
  ("Turkey", N, neu, "", "state election body; figures and procedure"))
# No row: "The dispute took a sharper turn in the Netherlands ..." (summary line).
U(d, "The Dutch government has withdrawn landing permission", "a rally in Rotterdam.",
  ("Netherlands", C, neg, "Turkey", "live-blog item (timestamp excluded): withdrawing landing rights for a foreign minister = measure against Turkey"),
  ("Turkey", C, neg, "Netherlands", "reported inside the same sentence: Çavuşoğlu's threat of sanctions"))
U(d, "It cites risks to public order and security.", "It cites risks to public order and security.",
  ("Netherlands", N, neu, "", "'It' = the Dutch government; the stated reason (public order) = neutral justification"))
U(d, "President Erdoğan has described the Dutch government as heirs of the Nazis", "treated his ministers.",
  ("Turkey", C, neg, "Netherlands", "live-blog item: insult + threat"))
U(d, "Prime Minister Mark Rutte calls the remarks grotesque", "occupied by Nazi Germany.",
  ("Netherlands", C, neg, "Turkey", "'grotesque' = judgement; Nazi Germany is history, not an actor here"))
U(d, "Deputy Prime Minister Numan Kurtulmuş announces that Turkey is suspending", "return to his post.",
  ("Turkey", C, neg, "Netherlands", "suspension of contacts and barring the ambassador = diplomatic measures"))
U(d, "Merkel says Germany stands squarely with the Dutch in the dispute.", "Merkel says Germany stands squarely with the Dutch in the dispute.",
  ("Germany", S, pos, "Netherlands", "solidarity (present tense of the live item)"))
U(d, "Rutte tells reporters he welcomes the message warmly.", "Rutte tells reporters he welcomes the message warmly.",
  ("Netherlands", S, pos, "Germany", "welcome of Merkel's message = supporting Germany"))
# No row: "Europe reacts" (crosshead).
U(d, "EU foreign policy chief Federica Mogherini and Enlargement Commissioner Johannes Hahn, in a joint statement", "a matter for member states.",
  ("European Union", T, neg, "Turkey", "two EU officials = one actor; appeal to tone down + procedural reminder, no explicit judgement word"))
U(d, "European Council President Donald Tusk told the European Parliament that the whole of Europe stood", "the Luftwaffe in 1940.",
  ("European Union", S, pos, "Netherlands", "solidarity; the European Parliament is the audience"))
U(d, "Danish Prime Minister Lars Løkke Rasmussen said he had asked his Turkish counterpart", "attacks on the Netherlands.",
  ("Denmark", C, neg, "Turkey", "postponing a visit in protest with the grievance stated = condemning; Yıldırım is the addressee; Copenhagen = place"))
# No row: "Few expect the tension to ease ..." (the outlet's summary).
U(d, "\"For Erdoğan, a fight with Europe is a campaign asset,\"", "Centre for European and Turkish Studies.",
  ("Miriam Oster", N, neu, "", "independent researcher (invented): reading of interests"))
U(d, "\"Every ban on a rally gives him a picture of Turkey standing up", "the audience for it.\"",
  ("Miriam Oster", N, neu, "", "quote continued after the attribution: analysis"))
U(d, "Oster said the danger lay in what happened after 16 April", "pulled into the dispute.",
  ("Miriam Oster", N, neg, "", "surname only; risk scenario (refugee deal, troops at Incirlik as topics)"))
U(d, "\"Comparing the Dutch to Nazis was a deliberate and cynical provocation", "University of Groningen.",
  ("Pieter Haverkamp", C, neg, "Turkey", "independent scholar (invented): 'deliberate and cynical provocation' = judgement; Ankara = metonym"))
U(d, "\"But The Hague also has an interest in cooling things down.", "hostages of this quarrel.\"",
  ("Pieter Haverkamp", T, neg, "", "quote continued after the attribution (two sentences): appeal to de-escalate; The Hague = metonym inside his sentence, not a speaker"))
# No row: reader comments.
