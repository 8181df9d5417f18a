# ---------------------------------------------------------------- Nyonoksa blast aftermath (live blog, full HTML, 2019-08-13)
d = "page_russia_nyonoksa_blast2019_liveblog.html"
# Not statements: logo, menu, label, headline, standfirst, byline, update line, key-events list, caption, time stamps, entry
# headings (including the Greenpeace quote used as a heading), the "— name (@handle) date" lines of the embeds, ADVERTISEMENT,
# share bar, most viewed, newsletter, footer. Left without a row: the 21:40 summary (recap of later entries, like a bullet
# summary); "Russian officials have not said what was being tested ..." (what officials have not said is not a position);
# "The five engineers were buried ..." and "At least five people ... were killed, and for several days the authorities said
# little" (narration); "Roshydromet, has published its first figures" (lead-in to the figures that follow).
U(d, "Marek Halvorsen, an arms control researcher at the Tromsø Centre for Arctic Security, said", "the radiation itself.",
  ("Marek Halvorsen", C, neg, "Russia", "independent analyst (invented, new actor); criticises the authorities' handling"))
U(d, "\"First there was no radiation, then there was a little", "Halvorsen said.",
  ("Marek Halvorsen", C, neg, "Russia", "quote over three sentences; 'the official story changes four times' = criticism of the authorities"))
U(d, "He said the International Atomic Energy Agency should be given the full measurement data", "check it for themselves.",
  ("Marek Halvorsen", T, neu, "Russia", "demand for data to go to the IAEA, no judgement word = calling_for_talks (as transparency demands in labels/pages); the IAEA is an object"))
U(d, "The Severodvinsk city administration now says the military has cancelled", "leave their homes.",
  ("Russia", N, neu, "", "city administration (local authority) = Russia; the military's cancellation reported by it: facts"))
U(d, "Arkhangelsk Governor Igor Orlov, speaking to reporters in the regional capital", "spreading panic.",
  ("Russia", C, neg, "", "regional governor = Russia; denies an order existed and accuses 'some media' of spreading panic = accusation (rule 1); media unnamed -> target empty (unsure: could be neutral as a denial)"))
U(d, "Earlier in the day the city administration had told the village's roughly 500 residents", "would be provided.",
  ("Russia", N, neu, "", "advice to leave + train = plan, no judgement"))
U(d, "The Russian branch of Greenpeace, which first drew attention", "for five days.",
  ("Greenpeace", C, neg, "Russia", "Greenpeace Russia = Greenpeace (alias added); 'left ... without basic information' = blame on the authorities"))
U(d, "It took five days to tell the people of Severodvinsk", "recorded on Thursday.",
  ("Greenpeace", C, neg, "Russia", "embedded post; the delay held against the authorities"))
U(d, "We ask Roshydromet and the Ministry of Defence to publish the isotope analysis", "hourly data today.",
  ("Greenpeace", T, neu, "Russia", "embedded post; demand to publish data, no judgement word -> calling_for_talks (transparency demand)"))
U(d, "The group also asked the consumer health watchdog Rospotrebnadzor", "had been tested.",
  ("Greenpeace", T, neu, "Russia", "request to a state watchdog to explain testing = transparency demand"))
U(d, "Norway's Radiation and Nuclear Safety Authority says its network of stations", "since the explosion.",
  ("Norway", N, neu, "", "state agency = Norway; measurements"))
U(d, "Our monitoring stations in Finnmark and Troms show normal levels.", "show normal levels.",
  ("Norway", N, neu, "", "embedded post; measurements"))
U(d, "We are in contact with Russian authorities under the bilateral notification agreement", "as soon as the analysis is done.",
  ("Norway", N, neu, "", "embedded post; contacts and plans stated, no appeal"))
U(d, "Kremlin spokesman Dmitry Peskov told reporters on his daily conference call", "by the relevant agencies.",
  ("Russia", N, neu, "", "procedure: the president is kept informed"))
U(d, "\"Testing new equipment always carries risk", "Peskov said.",
  ("Russia", N, neu, "", "quote over three sentences; mourning, care for families and reassurance that there is no danger = neutral"))
U(d, "Asked about President Donald Trump's remarks, Peskov said he would not comment on them", "on the technology concerned.",
  ("Russia", N, neg, "", "declines comment + rebuff ('no reason to take lessons from anyone') without a judgement word -> neutral, negative (unsure: could be condemning United States)"))
U(d, "He rejected the suggestion that the authorities had kept the public in the dark", "had been published.",
  ("Russia", N, neg, "", "denial -> neutral, negative"))
U(d, "It said six of its eight monitoring points in Severodvinsk recorded gamma radiation", "by the middle of the afternoon.",
  ("Russia", N, neu, "", "Roshydromet (state service) = Russia; measurements given without blame"))
U(d, "The figures contradict the Defence Ministry, which said on Thursday", "had not changed.",
  ("Russia", N, neu, "", "the Defence Ministry's earlier claim, reported; the contradiction is the blog's narration"))
U(d, "A recap for readers just joining us from the US: President Donald Trump weighed in", "the same kind of technology.",
  ("United States", N, neg, "", "names the weapon and boasts of US technology; a jab at the failed test but no explicit judgement or appeal -> neutral, negative (unsure: could be condemning Russia)"))
U(d, "Alexei Likhachev, director general of the state nuclear corporation Rosatom, told mourners", "provide for their families.",
  ("Russia", N, pos, "", "state corporation = Russia (like a state agency); praise of the dead and care for their families"))
U(d, "\"They knew the risks of their profession better than any of us.", "Likhachev said.",
  ("Russia", N, pos, "", "quote over two sentences; tribute"))
U(d, "Rosatom said on Saturday that the blast happened during work", "burns and injuries.",
  ("Russia", N, neu, "", "account of the accident and casualties without blame"))
U(d, "The Defence Ministry first spoke only of a liquid-fuel rocket engine", "had been released.",
  ("Russia", N, neu, "", "the ministry's first account reported: facts (no release claimed), no judgement"))
