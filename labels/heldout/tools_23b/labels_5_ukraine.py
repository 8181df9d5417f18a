# ------------------------------------------------------------------ Russia's troop build-up near Ukraine (European news page in English, full HTML, 2021-04-14)
d = "page_ukraine_buildup_webpage.html"
U(d, "NATO Secretary General Jens Stoltenberg said on Tuesday that Russia had moved thousands", "no credible explanation for it.",
  ("NATO", C, neg, "Russia", "accusation of an unexplained build-up = judgement; Moscow = metonym"))
U(d, "Speaking alongside Ukraine's Foreign Minister Dmytro Kuleba at the alliance's Brussels headquarters", "without delay.",
  ("NATO", T, neg, "Russia", "speaker = Stoltenberg (subject resolved from the previous sentence); demand to pull back and de-escalate with no judgement word = calling_for_talks, negative; Kuleba only mentioned"))
U(d, "Hours later, Russian Defence Minister Sergei Shoigu said that over the past three weeks", "threatened Russia.",
  ("Russia", C, neg, "NATO", "own deployment reported + presented as a reply to a NATO threat = accusation of NATO"))
U(d, "Shoigu put the NATO forces moving towards Russia's borders", "defence ministry's board.",
  ("Russia", C, neg, "NATO", "figures + 'rehearsing for a conflict' = accusation"))
U(d, "The minister said the checks would be completed within two weeks.", "The minister said the checks would be completed within two weeks.",
  ("Russia", N, neu, "", "'The minister' = Shoigu; timetable of own exercise"))
U(d, "In a telephone call on Tuesday, US President Joe Biden told Vladimir Putin", "the White House said.",
  ("United States", T, neg, "Russia", "concern + appeal to de-escalate, no judgement word; attribution tail"))
U(d, "Biden also suggested a face-to-face meeting with Putin", "the two powers.",
  ("United States", T, pos, "Russia", "summit offer = calling_for_talks"))
U(d, "The US president stressed that the United States stood firmly behind Ukraine's sovereignty", "White House readout.",
  ("United States", S, pos, "Ukraine", "backing of Ukraine"))
U(d, "The Kremlin's account of the call said Putin had told Biden", "Minsk agreements.",
  ("Russia", N, neu, "", "Russia's own view of a settlement framework, no appeal addressed to anyone and no judgement (unsure: could be read as calling_for_talks via the Minsk agreements)"))
U(d, "On Wednesday, Kremlin spokesman Dmitry Peskov said the offer was under consideration", "date or venue.",
  ("Russia", N, neu, "", "summit offer studied, no commitment = neutral"))
U(d, "Peskov repeated that Russia moves its forces around its own territory", "threaten no one.",
  ("Russia", N, neg, "", "denial that the deployments are a threat = neutral, negative"))
U(d, "In Moscow, Deputy Foreign Minister Sergei Ryabkov said American ships had no business", "\"anything can happen\".",
  ("Russia", C, neg, "United States", "judgement ('no business') + veiled threat; Moscow = place"))
U(d, "Russia's defence ministry said on Tuesday that more than 15 vessels of the Caspian Flotilla", "for exercises.",
  ("Russia", N, neu, "", "own exercise movements, no judgement"))
U(d, "Turkey's foreign ministry said last week that Washington had notified it", "on 14 and 15 April.",
  ("Turkey", N, neu, "", "Turkey reports a notification under the Montreux Convention = neutral fact; the US is only mentioned (Washington = metonym as the notifier, no position taken by it in this sentence)"))
U(d, "US Secretary of State Antony Blinken, who flew to Brussels for talks with allies on Tuesday", "intimidating its neighbour.",
  ("United States", C, neg, "Russia", "judgement ('deliberate provocation', 'intimidating')"))
U(d, "At a videoconference of NATO foreign and defence ministers on Wednesday, allies voiced", "an alliance official said.",
  ("NATO", S, pos, "Ukraine", "allies as a body = NATO; backing; unnamed official of a named body in the tail"))
U(d, "In a joint statement issued by the British Foreign Office on Monday", "stand down its troops.",
  ("G7", C, neg, "Russia", "G7 foreign ministers' joint statement = G7 (the EU's High Representative joined it; the British Foreign Office only issued it); 'intimidation' + appeal: rule 1"))
U(d, "EU foreign policy chief Josep Borrell said the bloc was watching the build-up", "EU foreign ministers.",
  ("European Union", N, neg, "", "concern without an appeal + a meeting plan = neutral, negative"))
U(d, "German Defence Minister Annegret Kramp-Karrenbauer said she had the impression", "as a pretext.",
  ("Germany", C, neg, "Russia", "accusation of provoking Ukraine (Moscow = metonym)"))
U(d, "Her cabinet colleague, Foreign Minister Heiko Maas, said the Normandy format", "return to the table.",
  ("Germany", T, neu, "Russia", "speaker introduced through 'Her cabinet colleague'; appeal to return to talks"))
U(d, "British Foreign Secretary Dominic Raab told Kuleba by phone", "its armed forces.",
  ("United Kingdom", S, pos, "Ukraine", "solidarity + continued support to the armed forces = supporting"))
U(d, "French President Emmanuel Macron will host Ukrainian President Volodymyr Zelensky", "the French presidency said.",
  ("France", T, neu, "Ukraine", "host convening a meeting = calling_for_talks (labels/README); the Élysée = place; Merkel joins but the host is France (unsure: could be neutral scheduling)"))
U(d, "Kuleba said Kyiv wanted a diplomatic settlement", "military response.",
  ("Ukraine", T, neu, "", "wish for a diplomatic settlement + restraint = calling_for_talks; Kyiv = metonym"))
U(d, "\"We are not asking anyone to fight for us.", "Kuleba said.",
  ("Ukraine", C, neg, "Russia", "multi-sentence quote closed by its speaker; a call for sanctions on Moscow = condemning (labels/README)"))
U(d, "Zelensky's office said on Monday that the Kremlin had still not answered", "about the escalation.",
  ("Ukraine", N, neg, "", "fact of an unanswered request, stated without a judgement word (unsure: implies a reproach to Moscow)"))
U(d, "Ukraine's commander-in-chief, Ruslan Khomchak, has told parliament", "more are expected.",
  ("Ukraine", N, neg, "", "figures on the Russian deployment, no judgement"))
U(d, "Zelensky wrote on Twitter on Wednesday that he was grateful", "Ukraine's independence.",
  ("Ukraine", S, pos, "United States", "thanks to Washington (metonym) = supporting"))
