# ------------------------------------------------------------------ Start of the US-led invasion of Iraq: world reactions (European English-language site, full HTML, 2003-03-21)
d = "page_iraq_invasion_eurosite.html"
# No rows: top bar, slogan, date, nav, special-report strip, headline, intro (standfirst), byline/time, tools line, captions
# with credits, Advertisement, crossheads, "With agency reports. Editing by ...", related articles, reader comments, most read, footer.
# No row: the lead "BRUSSELS — The United States and Britain opened their war ..." (the strikes narrated + unnamed summary of
# governments' reactions; the specific statements follow).
# No row: "The strikes came less than two days after the deadline ..." and "Tens of thousands of ... troops ... began moving"
# (background: France's veto threat and the others' opposition are recalled, not new positions).
# No row: "Saddam Hussein appeared on Iraqi television ..." (scene), "Iraq fired several missiles at Kuwait on Thursday."
# (narration of an act of war), "The sharpest words came from Moscow." and "Beijing, too, was unsparing." (summary lines),
# "Outside the summit building, several thousand protesters ..." (narration).
# No row: the analyst Hendrik Maes (a judgement of Europe's policy as an observation, no actor position; unsure, see README).
U(d, "President George W. Bush told Americans in a televised address", "all the force required.",
  ("United States", C, neg, "Iraq", "announced military campaign against another side = condemning"))
U(d, "In London, Prime Minister Tony Blair said on Thursday evening", "left unchecked.",
  ("United Kingdom", C, neg, "Iraq", "forces ordered into action + threat judgement; 'Saddam's regime' = Iraq; London = place"))
U(d, "He denounced the attack as a crime against Iraq and the Arab nation", "everything they had.",
  ("Iraq", C, neg, "", "'He' = Saddam = Iraq; judgement + call to resist; the attack is by two states -> target empty"))
U(d, "Kuwaiti officials said most of them had been intercepted", "no one had been hurt.",
  ("Kuwait", N, neu, "", "unnamed officials of a named government; facts"))
U(d, "Russian President Vladimir Putin told a meeting of senior ministers in the Kremlin", "world security.",
  ("Russia", C, neg, "", "judgement; the attack of the US and Britain -> target empty; Kremlin = place here"))
U(d, "\"When force becomes the only argument", "Putin said.",
  ("Russia", C, neg, "", "multi-sentence quote closed by the speaker; veiled judgement + demand to stop: rule 1"))
U(d, "Foreign Minister Igor Ivanov said Moscow would press for the Security Council", "consequences of the attack.",
  ("Russia", T, neu, "", "diplomatic recourse to the Council = calling_for_talks; Moscow = metonym"))
U(d, "French President Jacques Chirac, in a short televised statement", "defiance of the Security Council.",
  ("France", C, neg, "", "'deplore' = judgement; the war of two states -> target empty"))
U(d, "He said he wished for a short campaign with the smallest possible toll", "spared the worst.",
  ("France", T, neu, "", "hope that the fighting ends quickly and civilians are spared = calling_for_talks"))
U(d, "Foreign Minister Dominique de Villepin said the United Nations would have to be at the heart", "the guns fell silent.",
  ("France", T, neu, "", "UN-led settlement after the war = diplomatic course"))
U(d, "In Berlin, Chancellor Gerhard Schröder said in a televised address", "change its view.",
  ("Germany", C, neg, "", "'wrong' = judgement; Berlin = place"))
U(d, "He urged all sides to put diplomacy back at the centre", "the fighting allowed.",
  ("Germany", T, neu, "", "appeal to all sides"))
U(d, "German Foreign Minister Joschka Fischer said Germany would set aside money", "any refugees.",
  ("Germany", S, pos, "", "humanitarian aid to civilians and neighbours -> target empty"))
U(d, "Belgian Prime Minister Guy Verhofstadt said Belgium believed", "still open.",
  ("Belgium", C, neg, "", "'the coalition had chosen war' = reproach of several states -> target empty"))
U(d, "Foreign Ministry spokesman Kong Quan said the attack had sidestepped", "the UN Charter.",
  ("China", C, neg, "", "judgement; Beijing = metonym in the preceding summary line"))
U(d, "China urged those waging the war to halt it immediately", "by political means.",
  ("China", T, neg, "", "demand to stop + UN political settlement, no judgement word in this sentence"))
U(d, "Spanish Prime Minister José María Aznar told parliament in Madrid", "UN resolutions.",
  ("Spain", S, pos, "United States", "stands with its allies = support; Saddam blamed in passing (unsure: could be condemning Iraq; the backing is the main position)"))
U(d, "Polish President Aleksander Kwaśniewski confirmed", "committed to the campaign.",
  ("Poland", S, pos, "United States", "backing by act: units taking part"),
  ("Australia", S, pos, "United States", "backing by act: troops committed; second clause of the same sentence"))
U(d, "Japanese Prime Minister Junichiro Koizumi said Japan backed the US decision", "to help.",
  ("Japan", S, pos, "United States", "backing"),
  ("South Korea", S, pos, "United States", "backing by act: non-combat units; Seoul = metonym"))
U(d, "Italian Prime Minister Silvio Berlusconi said Italy would not take part in the fighting", "bases and airspace.",
  ("Italy", S, pos, "United States", "not fighting, but shared goal + bases and airspace = backing by act"))
U(d, "Turkey's parliament voted on Thursday evening to open the country's airspace", "US warplanes.",
  ("Turkey", S, pos, "United States", "parliament's vote = Turkey; backing by act"))
U(d, "Hours earlier, President Ahmet Necdet Sezer had questioned the legitimacy", "clear UN mandate.",
  ("Turkey", C, neg, "", "judgement of the war's legitimacy; same state, other organ, opposite stance"))
U(d, "The Arab League said the attack targeted a founding member", "end quickly.",
  ("Arab League", C, neg, "", "judgement + appeal (rule 1); the attack of two states -> target empty"))
U(d, "A senior league official in Cairo warned that Iraq might not be the last", "Washington's sights.",
  ("Arab League", C, neg, "United States", "unnamed official of a named body = Arab League; accusation; Washington = metonym, Cairo = place"))
U(d, "Iran said the strikes had no legal basis", "side in the conflict.",
  ("Iran", C, neg, "", "judgement + own neutrality"))
U(d, "The Vatican said the Pope was grieved to see the door to peace closed", "in full.",
  ("Holy See", C, neg, "", "grief + fault found with Baghdad as well: judgement on two sides -> target empty (Vatican = Holy See)"))
U(d, "European Union leaders, meeting for a long-scheduled summit", "after the conflict.",
  ("European Union", T, neu, "", "summit statement: UN central role = diplomatic course"))
U(d, "The Fifteen pledged to mobilise humanitarian assistance", "aid package.",
  ("European Union", S, pos, "", "'The Fifteen' = the EU member states acting as the EU; aid to the Iraqi people -> target empty"))
U(d, "UN Secretary-General Kofi Annan said he deeply regretted", "protect civilians.",
  ("United Nations", T, neg, "", "regret that efforts failed (aimed at no actor) + appeal to protect civilians = calling_for_talks"))
