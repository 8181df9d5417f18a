# ------------------------------------------------------------------ Unrest in Kazakhstan and the CSTO deployment (scraped Central Asian news site, 2022-01-07)
d = "page_kazakh_unrest_scraped.txt"
U(d, "President Kassym-Jomart Tokayev said on Friday he had authorised the police and the army to open fire", "since independence.",
  ("Kazakhstan", C, neg, "", "repeated headline above is not a statement; order to fire on 'armed attackers' = announced operation / threat against another side (condemning); attackers are not a canonical actor -> target empty"))
U(d, "In his third televised address this week, Tokayev put the number of attackers", "a single plan.",
  ("Kazakhstan", N, neg, "", "figures and a claim of coordination, no named actor judged = neutral"))
U(d, "Tokayev dismissed calls from abroad for a negotiated solution:", "burn down city halls?",
  ("Kazakhstan", C, neg, "", "quotation opened after a colon, left open at the paragraph end; refusal of talks with a judgement of the other side = condemning; foreign callers unnamed -> target empty"))
U(d, "\"Armed gangs do not get a seat at the table.", "he said.",
  ("Kazakhstan", C, neg, "", "quotation continued in the next paragraph; refusal of talks + promised punishment"))
U(d, "He thanked Russian President Vladimir Putin for answering his request quickly", "Uzbekistan and Turkey.",
  ("Kazakhstan", S, pos, "", "thanks = approval; aimed at four states (list of targets, one speaker) -> target empty"))
U(d, "On Wednesday Tokayev accepted the government's resignation", "Nursultan Nazarbayev.",
  ("Kazakhstan", N, neu, "", "own decisions reported as done; Nazarbayev is only mentioned"))
U(d, "Late on Wednesday he formally asked the Collective Security Treaty Organization (CSTO) for help", "collective defence clause.",
  ("Kazakhstan", N, neu, "", "asking for (military) help is not supporting (labels/README) and not an appeal for talks = neutral (unsure; blind 14a read such requests as calling_for_talks)"))
U(d, "The interior ministry said on Friday that 26 armed attackers had been killed", "had been detained.",
  ("Kazakhstan", N, neu, "", "'The interior ministry' = Kazakhstan's by context; casualty and arrest figures = neutral, neutral tone (guide)"))
U(d, "Kazakhstan's internet blackout, now in its third day", "the monitoring group NetBlocks said.",
  ("NetBlocks", N, neu, "", "possessive 'Kazakhstan's' is not the speaker; NetBlocks is canonical in the name files; facts"))
U(d, "Armenian Prime Minister Nikol Pashinyan, who chairs the CSTO's Collective Security Council this year", "until order was back.",
  ("CSTO", S, pos, "Kazakhstan", "Pashinyan speaks as chair, in the bloc's name = CSTO, not Armenia (guide); deployment decided = backing by act"))
U(d, "CSTO Secretary General Stanislav Zas said the first units", "organisation's secretariat.",
  ("CSTO", N, neu, "", "Zas = CSTO (name files); the force's tasks and limits = plan, no evaluation; attribution tail"))
U(d, "Russia's defence ministry said military transport planes had been flying paratroopers", "since Thursday.",
  ("Russia", S, neu, "Kazakhstan", "troops flown in to help an ally at its request = backing by act (unsure: could be read as its own operation reported as done, neutral)"))
U(d, "Kyrgyzstan's parliament on Thursday approved sending about 150 troops", "join the force.",
  ("Kyrgyzstan", S, neu, "Kazakhstan", "parliament = Kyrgyzstan; troops for the CSTO force = backing by act"))
U(d, "Kremlin spokesman Dmitry Peskov said on Wednesday that Moscow was watching developments closely", "internal affair.",
  ("Russia", N, neu, "", "monitoring + 'internal affair', no appeal and no judgement = neutral (guide: 'we are monitoring the situation')"))
U(d, "Foreign ministry spokeswoman Maria Zakharova mocked questions raised in Washington", "founding treaty.",
  ("Russia", C, neg, "United States", "ridicule of US officials = judgement; Washington = place/metonym"))
U(d, "US Secretary of State Antony Blinken said on Friday it was hard to see why", "looking into it.",
  ("United States", N, neg, "", "scepticism and a request for information, no judgement word, no appeal = neutral, negative"))
U(d, "He added that countries which had let Russian forces in", "see them go.",
  ("United States", C, neg, "Russia", "'He' = Blinken; insinuation about Russian troops = judgement without strong words"))
U(d, "Blinken also asked the Kazakh forces and the foreign contingent", "without more bloodshed.",
  ("United States", T, neu, "", "appeal to respect protesters' rights and for a peaceful end, no judgement; two addressees -> target empty"))
U(d, "EU foreign policy chief Josep Borrell said the arrival of foreign troops was a development", "had to be protected.",
  ("European Union", T, neg, "", "unease (concern, no judgement word) + appeal to protect civilians = calling_for_talks (guide: concern with an appeal)"))
U(d, "He said the bloc was willing to lend a hand", "ending the crisis.",
  ("European Union", T, pos, "", "'the bloc' = EU by context (Nur-Sultan = metonym); offer to help end the crisis = calling_for_talks"))
U(d, "UN Secretary-General Antonio Guterres appealed to all sides to avoid violence", "Stephane Dujarric said.",
  ("United Nations", T, neu, "", "appeal to all sides; attribution tail via the spokesman"))
U(d, "UN human rights chief Michelle Bachelet urged both the protesters and the security forces", "protest peacefully.",
  ("United Nations", T, neg, "", "High Commissioner for Human Rights = United Nations; appeal to both sides, no judgement"))
U(d, "Chinese President Xi Jinping, in a verbal message to Tokayev on Friday, commended the Kazakh leader", "as long as it was wanted.",
  ("China", S, pos, "Kazakhstan", "praise of Tokayev's handling + offer of help = supporting"))
U(d, "Xi also said Beijing stood against anything that would push Kazakhstan into disorder", "calm would soon return.",
  ("China", T, pos, "", "'stood against anything that would push ... into disorder' aimed at no named actor + hope that calm returns = calling_for_talks (guide: 'opposes any escalation' aimed at no one; hopes)"))
U(d, "Turkish President Recep Tayyip Erdogan spoke to Tokayev by phone", "Turkish presidency.",
  ("Turkey", S, pos, "Kazakhstan", "solidarity with the Kazakh people; attribution tail; the analysts and the unnamed resident that follow get no rows"))
