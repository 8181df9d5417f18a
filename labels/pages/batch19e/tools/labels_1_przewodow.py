# ------------------------------------------------------------------ Missile on Przewodów (Polish English-language site, full HTML, 2022-11-17)
d = "page_przewodow_missile_polishsite.html"
# Not statements: title, standfirst, section label, byline, captions, ticker, crossheads, "Related:", tags, share bar,
# newsletter prompt, comments, most-read list, footer.
U(d, "Poland's president said on Wednesday that the missile which killed two men", "slow to accept it.",
  ("Poland", N, neg, "", "long lead: Duda's assessment (no judgement of an actor) mixed with narration; 'Kyiv was slow to accept it' is the outlet's narration, Ukraine's own denial comes later (no Ukraine row here)"))
# "The two men, both employees ..." and "Russia was then firing ..." = background narration, Russia as subject of a narrated act: no row.
U(d, "\"Everything we and our allies have gathered so far", "Duda told reporters at the Belweder palace.",
  ("Poland", N, neg, "", "multi-sentence quote closed by its speaker = one unit; assessment of the cause, explicitly no attack = neutral"))
U(d, "He stressed that Ukraine could not be faulted", "that afternoon.",
  ("Poland", C, neg, "Russia", "'He' = Duda; blame placed on Moscow (metonym) = judgement; Ukraine not faulted (no supporting row: exculpation inside the blame)"))
U(d, "Late on Tuesday the foreign ministry identified the weapon", "account for the strike at once.",
  ("Poland", C, neg, "Russia", "'the foreign ministry' = Poland by context; summoning the ambassador to demand an account = a protest measure against Russia"))
U(d, "Government spokesman Piotr Müller said after a night session", "watching the country's airspace.",
  ("Poland", N, neu, "", "own readiness measure, aimed at no one = neutral"))
U(d, "The National Prosecutor's Office said it had opened an investigation", "with American specialists.",
  ("Poland", N, neu, "", "state procedure reported by the body itself (prosecutor = Poland); American specialists are an object, no US row"))
U(d, "Prime Minister Mateusz Morawiecki said it now looked as though", "rather than an attack.",
  ("Poland", N, neu, "", "not requesting Article 4 consultations, with a reason = neutral plan/assessment"))
# "By Wednesday afternoon the tone had cooled." = narration, no row.
# "In Kyiv the picture looked different." = summary line, no row.
U(d, "On Tuesday night Volodymyr Zelensky had told Ukrainians", "urged NATO to answer it.",
  ("Ukraine", C, neg, "Russia", "accusation ('Russia's terror') + appeal for a response: rule 1; NATO is addressed, not a speaker"))
U(d, "On Wednesday, as allied capitals lined up behind the Polish assessment", "trusted their reports.",
  ("Ukraine", N, neg, "", "'the Ukrainian president' = Zelensky; denial that Ukraine was to blame = neutral, negative; 'allied capitals' (narration, unnamed) get no row"))
U(d, "Foreign Minister Dmytro Kuleba went further", "access to the site.",
  ("Ukraine", C, neg, "Russia", "denial put as an accusation of Russian propaganda (judgement) + request for access: rule 1"))
U(d, "\"I cannot tell you with certainty what happened there.", "wanted to see the data.",
  ("Ukraine", N, neg, "", "quote opened the paragraph after 'By Thursday Zelensky was more guarded.' (no row: narration); uncertainty + request for data = neutral"))
U(d, "The Russian defence ministry said on Tuesday evening that none of its strikes", "Ukrainian-Polish border.",
  ("Russia", N, neg, "", "denial = neutral, negative"))
U(d, "It described the first reports from Poland as a staged provocation", "of the kind Ukraine uses.",
  ("Russia", C, neg, "", "'It' = the defence ministry; 'staged provocation' = judgement aimed at reports (media and Polish officials), target left empty"))
U(d, "Kremlin spokesman Dmitry Peskov was scathing about the first reaction", "without a shred of evidence.",
  ("Russia", C, neg, "Poland", "judgement without stock words ('lost their heads'); Warsaw = metonym for Poland, the Baltic capitals also aimed at (target Poland, the one named)"))
U(d, "He set that against what he called the cooler and more professional response from Washington", "deserved to be noted.",
  ("Russia", S, pos, "United States", "'He' = Peskov; praise of Washington's (metonym) response = approval"))
# "The alliance and Washington, for their part, had settled on the Polish reading within hours." = summary line before the specific statements: no row.
U(d, "Jens Stoltenberg, NATO's secretary general, said after an emergency meeting", "strike the alliance.",
  ("NATO", N, neu, "", "assessment, no judgement; Brussels = place"))
U(d, "But he was blunt about where the fault lay:", "chosen to wage an illegal war.",
  ("NATO", C, neg, "Russia", "'illegal war' = judgement; quote-less reported speech continued after a colon"))
U(d, "Stoltenberg added that allies had pledged more advanced air-defence systems", "aimed at its cities.",
  ("NATO", S, pos, "Ukraine", "backing by act: air-defence systems pledged to Kyiv (metonym)"))
U(d, "US President Joe Biden, speaking in Bali", "before saying more.",
  ("United States", N, neu, "", "assessment, doubt about a Russian launch; no judgement"))
U(d, "In Washington, Defence Secretary Lloyd Austin said the United States stood firmly", "exactly what had happened.",
  ("United States", S, pos, "Poland", "solidarity + help with the investigation; Washington = place"))
U(d, "Germany's chancellor, Olaf Scholz, said in Bali", "infrastructure.",
  ("Germany", C, neg, "Russia", "blame by counterfactual ('would never have been in the air if Russia had not launched its assault')"))
U(d, "Lithuanian President Gitanas Nausėda wrote on Twitter", "shoulder to shoulder with Warsaw.",
  ("Lithuania", S, pos, "Poland", "leader on social media: solidarity; Vilnius and Warsaw as metonyms"))
U(d, "European Council President Charles Michel said the bloc stood with Poland", "close contact with its leaders.",
  ("European Union", S, pos, "Poland", "'the bloc' = EU; solidarity"))
U(d, "Further afield, China's foreign ministry spokeswoman Mao Ning said Beijing hoped", "escalate the conflict.",
  ("China", T, neu, "", "hope + restraint appeal to all parties = calling_for_talks (plausible line)"))
U(d, "At the United Nations, a spokesman said the Secretary-General was following", "with great concern.",
  ("United Nations", N, neg, "", "UN spokesperson note: concern without an appeal = neutral, negative"))
# "In Przewodów, a village of about 400 people, ..." = scene: no row.
# "\"We heard a whistle ...\" said a woman who lives across the road" = unnamed resident, not an actor: no row.
# "A security analyst at a Warsaw think tank said ..." = unnamed analyst: no row.
# "The two victims will be buried on Saturday ..., the local authorities said." = unnamed 'local authorities' giving a fact: no row.
