# ------------------------------------------------------------------ Wagner mutiny (Reuters-style wire, 2023-06-24)
d = "page_wagner_mutiny_wire.txt"
U(d, "Mercenary chief Yevgeny Prigozhin said on Saturday", "in more than two decades.",
  ("Wagner Group", T, neu, "", "dateline 'MOSCOW, June 24 (Reuters) - ' excluded; halting the march under a deal = de-escalation (agreeing to a deal -> talks); Prigozhin = Wagner Group"),
  ("Belarus", T, pos, "", "long sentence: the mediation act of Lukashenko is reported inside a subordinate clause = a specific act -> Belarus calling_for_talks"))
U(d, "\"Our aim was never to harm our own soldiers.", "on Telegram.",
  ("Wagner Group", N, neu, "", "multi-sentence quote closed by its speaker; self-justification about own conduct -> neutral"))
U(d, "\"Going further would have meant Russians killing Russians", "back to their camps.\"",
  ("Wagner Group", T, neg, "", "quote continued in a new paragraph with no attribution: same speaker (Prigozhin); turning back to avoid bloodshed"))
U(d, "Lukashenko's press service said the Belarusian leader had spent the day in talks", "safety for the fighters.",
  ("Belarus", T, pos, "", "mediator announcing the de-escalation deal"),
  ("Wagner Group", T, neu, "", "Wagner's acceptance reported by Belarus (position of X reported by Y)"))
U(d, "The statement said the negotiations had been agreed in advance with Putin.", "in advance with Putin.",
  ("Russia", T, neu, "", "Russia's agreement to the talks, reported by the Belarusian statement"))
U(d, "Kremlin spokesman Dmitry Peskov later told reporters", "service at the front.",
  ("Russia", N, neu, "", "terms of the deal (procedure: case dropped, exile, no prosecution); no evaluation"))
U(d, "Peskov thanked Lukashenko for his efforts", "bloody internal clash.",
  ("Russia", S, pos, "Belarus", "thanks/praise for the mediator"))
U(d, "Hours earlier, in an emergency televised address, Putin had accused", "their own country.",
  ("Russia", C, neg, "Wagner Group", "accusation of treason; 'the organisers' = Wagner's leadership"))
U(d, "\"Whoever organised this revolt", "Putin said.",
  ("Russia", C, neg, "Wagner Group", "multi-sentence quote closed by its speaker; threat of harsh response"))
U(d, "The mutiny began late on Friday when Prigozhin", "large numbers of his men.",
  ("Wagner Group", C, neg, "Russia", "long sentence carrying narration and Prigozhin's accusation against the defence minister"))
U(d, "The defence ministry denied that any strike had been carried out", "a fabrication.",
  ("Russia", N, neg, "", "denial -> neutral, negative tone ('fabrication' rejects the claim, not an attack on another actor's conduct)"))
U(d, "Russia's Federal Security Service (FSB) opened a criminal case", "to detain him.",
  ("Russia", C, neg, "Wagner Group", "criminal case + call to detain = a taken response against Wagner's chief"))
U(d, "Prigozhin, who took control of military facilities", "amounted to a coup.",
  ("Wagner Group", N, neg, "", "denial"))
U(d, "In Moscow, Mayor Sergei Sobyanin declared", "a non-working day.",
  ("Russia", N, neg, "", "security regime and advice to residents; unsure: could be read as an announced operation against Wagner (condemning), but the sentence names no adversary and gives no judgement"))
U(d, "Ramzan Kadyrov, the head of Russia's Chechen Republic, said", "fighting in Ukraine.",
  ("Russia", C, neg, "Wagner Group", "regional leader -> his state (labels/README: provincial officials); threat + 'betrayed'"))
U(d, "In Washington, the White House said President Joe Biden had been briefed", "Adam Hodge said.",
  ("United States", N, neu, "", "attribution tail; monitoring/consulting, no appeal; Washington = place"))
U(d, "Secretary of State Antony Blinken spoke by phone with foreign ministers", "the State Department said.",
  ("United States", N, neu, "", "coordination calls with allies, not talks between the parties"))
U(d, "Ukrainian President Volodymyr Zelenskiy said the rebellion showed", "lost control of the country.",
  ("Ukraine", C, neg, "Russia", "negative judgement on Russia's leadership"))
U(d, "\"Everyone can now see how fragile their system is,\"", "in a video address.",
  ("Ukraine", C, neg, "Russia", "quote before the speaker; mockery = negative judgement"))
U(d, "\"Every extra day Russian troops and hired killers stay", "more turmoil at home.\"",
  ("Ukraine", C, neg, "Russia", "quote continued after the attribution, same speaker: own unit; 'hired killers' + warning"))
U(d, "Mykhailo Podolyak, an adviser to Zelenskiy's office, mocked", "their own hired gunmen.",
  ("Ukraine", C, neg, "Russia", "presidential adviser -> Ukraine; 'the Kremlin' = Russia"))
U(d, "European Union foreign policy chief Josep Borrell said the bloc was following", "crisis response centre.",
  ("European Union", N, neg, "", "monitoring, no appeal -> neutral (guide: 'we are monitoring' is negative in tone)"))
U(d, "\"This is clearly an internal Russian matter,\" an EU official said", "asking not to be named.",
  ("European Union", N, neu, "", "unnamed official of a named body speaks for it (guide)"))
U(d, "British Prime Minister Rishi Sunak said he had spoken with allies", "protect civilians.",
  ("United Kingdom", T, neu, "", "appeal to all sides to act responsibly and protect civilians, no judgement"))
U(d, "Germany's foreign ministry said it was monitoring the situation", "closely.",
  ("Germany", N, neg, "", "monitoring without an appeal"))
U(d, "Polish President Andrzej Duda held talks with Prime Minister", "on its eastern border.",
  ("Poland", N, neg, "", "internal consultations + watching the border; 'Warsaw' = Poland (capital as metonym)"))
U(d, "Turkish President Tayyip Erdogan spoke with Putin by phone", "the Kremlin said.",
  ("Turkey", S, pos, "Russia", "Turkey's position reported by the Kremlin; the Kremlin takes no position of its own in the sentence"))
U(d, "Kazakh President Kassym-Jomart Tokayev said the events were an internal affair", "a call with Putin.",
  ("Kazakhstan", N, neu, "", "'internal affair' with no judgement or appeal"))
