# ------------------------------------------------------------------ Tsimanouskaya at the Tokyo Olympics (live blog, scraped, 2021-08-01..05)
d = "page_tsimanouskaya_olympics_liveblog.txt"
# Not statements: site menu, headline, standfirst, byline, Key events, share bar, timestamps, entry headings (incl. quoted
# headings), "Advertisement", the "Summary so far" bullets, "Related:", the reader's comment, Most viewed, Topics,
# newsletter prompt, copyright, the welcome post.
U(d, "The International Olympic Committee said on Thursday it had withdrawn and cancelled", "leave the athletes' village immediately.",
  ("International Olympic Committee", C, neg, "Belarus", "measure against the Belarusian team officials (accreditations cancelled, expelled from the village) = sanction; officials of the Belarus team -> Belarus"))
U(d, "IOC spokesman Mark Adams said the two men would be given a chance", "establishing the facts.",
  ("International Olympic Committee", N, neu, "", "procedure, no judgement"))
U(d, "She said she wanted to thank everyone in Poland", "end of the season.",
  ("Krystsina Tsimanouskaya", S, pos, "Poland", "'She' = Tsimanouskaya (independent person); thanks = approval; the hope to race again is personal, no peace appeal"))
U(d, "Pavel Latushka, a former Belarusian culture minister", "on his way to join her.",
  ("Pavel Latushka", N, neu, "", "opposition figure as his own actor; facts about her whereabouts"))
# "The sprinter boarded a plane at Narita ..." and "Two people who appeared to be Polish diplomats ..." = narration: no row.
U(d, "Marcin Przydacz, Poland's deputy foreign minister, wrote on Twitter that she was in the care", "risk to her safety.",
  ("Poland", S, pos, "Krystsina Tsimanouskaya", "protection by the Polish diplomatic service = backing by act"))
# "In a separate development ... Vitaly Shishov ... was found hanged" = narration: no row.
U(d, "Ukraine's national police said they had opened a murder investigation", "made to look like suicide.",
  ("Ukraine", N, neg, "", "state procedure reported by the police (Ukraine); no one accused"))
# "The US secretary of state, Antony Blinken, has weighed in on Twitter." = live-blog lead-in: no row.
U(d, "\"Lukashenko's regime has once more reached beyond Belarus's borders", "he wrote.",
  ("United States", C, neg, "Belarus", "quote closed by its speaker ('he' = Blinken) = one unit; 'an affront' = judgement without stock words"))
U(d, "Poland's prime minister, Mateusz Morawiecki, said on Facebook", "if she chose to stay.",
  ("Poland", S, pos, "Krystsina Tsimanouskaya", "leader on social media: support and help offered"))
U(d, "An EU spokesperson said the attempt to force an athlete onto a plane", "abuses.",
  ("European Union", C, neg, "Belarus", "unnamed spokesperson of a named body = EU; 'unacceptable' (plausible line)"))
U(d, "Foreign Minister Jakub Kulhánek wrote that Prague had offered", "continue her career.",
  ("Czech Republic", S, pos, "Krystsina Tsimanouskaya", "visa offer + support; Prague = metonym"))
# "The Czech Republic is ready to help as well." = entry lead-in summary before the specific statement: no row.
U(d, "Poland has granted Tsimanouskaya a humanitarian visa", "keep competing.",
  ("Poland", S, pos, "Krystsina Tsimanouskaya", "backing by act (visa) + help; attribution to Przydacz mid-sentence"))
U(d, "Another deputy foreign minister, Paweł Jabłoński, told Polish radio", "wished to train there.",
  ("Poland", S, pos, "Krystsina Tsimanouskaya", "offer of protection (Warsaw = metonym)"))
U(d, "Her husband, Arseni Zhdanevich, said he had left Belarus", "felt safe at home.",
  ("Arseni Zhdanevich", N, neg, "", "independent person; fear without a judgement on an actor = neutral, negative"))
U(d, "Sviatlana Tsikhanouskaya, the exiled Belarusian opposition leader, said the episode showed", "even abroad.",
  ("Sviatlana Tsikhanouskaya", C, neg, "Belarus", "judgement: athletes who speak out are unsafe (implied accusation of the authorities)"))
U(d, "Her office called on the IOC to suspend Belarus's national Olympic committee", "neutral flag.",
  ("Sviatlana Tsikhanouskaya", C, neg, "Belarus", "'Her office' = Tsikhanouskaya; a call for sanctions (suspension) = condemning"))
U(d, "Japan's chief cabinet secretary, Katsunobu Kato, said Tokyo was in contact", "watching the situation closely.",
  ("Japan", N, neu, "", "monitoring without an appeal = neutral"))
U(d, "Mark Adams, the IOC spokesman, said IOC staff had met Tsimanouskaya", "felt safe.",
  ("International Olympic Committee", N, neu, "", "facts"))
U(d, "The IOC had asked the National Olympic Committee of Belarus for a full written report", "once it had the facts.",
  ("International Olympic Committee", T, neu, "Belarus", "demand for an explanation, no judgement = calling_for_talks (as batch5c)"))
U(d, "The Belarusian Sport Solidarity Foundation, which supports athletes", "any way she needed.",
  ("Belarusian Sport Solidarity Foundation", S, pos, "Krystsina Tsimanouskaya", "backing by act (ticket bought) + support"))
U(d, "The National Olympic Committee of Belarus said in a statement that coaches had pulled", "state of mind.",
  ("Belarus", N, neu, "", "NOC chaired by the president's son -> Belarus (unsure); its own account of the withdrawal, no judgement"))
U(d, "Within the hour she answered on Instagram:", "examined by any doctor.",
  ("Krystsina Tsimanouskaya", N, neg, "", "denial of the NOC account = neutral, negative (could be read as accusing the NOC of lying)"))
# "Belarusian state television, meanwhile, ran a segment accusing her ..." = state broadcaster's own commentary, a medium, not an actor: no row (unsure).
U(d, "The Belarusian foreign ministry said it had no information to give on the matter.", "The Belarusian foreign ministry said it had no information to give on the matter.",
  ("Belarus", N, neu, "", "non-answer given by a ministry = neutral (plausible line)"))
# "Tsimanouskaya has asked Japanese police at Haneda airport for protection ..." = narration of her act (asking for protection is not a position on an actor): no row.
U(d, "In a short video posted to a Telegram channel run by Belarusian athletes", "begged the International Olympic Committee to step in.",
  ("Krystsina Tsimanouskaya", C, neg, "Belarus", "accusation (forced out against her will) + appeal to the IOC: rule 1; team officials -> Belarus"))
U(d, "Earlier this week the 24-year-old criticised her coaches on Instagram", "missed doping tests.",
  ("Krystsina Tsimanouskaya", C, neg, "Belarus", "'the 24-year-old' = her; criticism of the national coaches (target Belarus, unsure: coaches of the national team)"))
