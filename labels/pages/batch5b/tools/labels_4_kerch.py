# ------------------------------------------------------------------ Crimean bridge blast and Russia's retaliatory strikes (live blog, full HTML, 2022-10-08..10)
d = "page_kerch_strikes_liveblog.html"
U(d, "US President Joe Biden condemned the missile barrage", "no bearing on the fighting.",
  ("United States", C, neg, "Russia", "condemnation"))
U(d, "In a call with Zelensky, Biden pledged to keep supplying Ukraine", "the White House said.",
  ("United States", S, pos, "Ukraine", "backing by act: air defence pledged; attribution tail"))
U(d, "German Defence Minister Christine Lambrecht said the first of four IRIS-T", "within days.",
  ("Germany", S, pos, "Ukraine", "arms delivery = supporting"))
U(d, "Nato Secretary General Jens Stoltenberg said allies would keep giving Ukraine", "defend itself.",
  ("NATO", S, pos, "Ukraine", "support pledged, no judgement in the sentence"))
U(d, "A spokesman for UN Secretary-General Antonio Guterres said", "costing civilian lives.",
  ("United Nations", C, neg, "Russia", "'unacceptable widening of the war' aimed at the Russian strikes = judgement"))
U(d, "EU foreign policy chief Josep Borrell called the attacks on civilians", "military support to Ukraine.",
  ("European Union", C, neg, "Russia", "'barbaric' outranks the backing by act in the same sentence (rule 1); the attacks are Russia's by context"))
U(d, "India's foreign ministry said New Delhi was alarmed", "go back to dialogue.",
  ("India", T, neg, "", "alarm WITH an appeal = calling_for_talks; no actor blamed"))
U(d, "At a regular briefing in Beijing, foreign ministry spokeswoman Mao Ning said China hoped", "dialogue and consultation.",
  ("China", T, neu, "", "hope for de-escalation; Beijing = place"))
U(d, "Belarusian President Alexander Lukashenko said Minsk and Moscow had agreed", "on Belarusian territory.",
  ("Belarus", C, neg, "Ukraine", "announced military deployment + accusation"),
  ("Russia", C, neg, "Ukraine", "Moscow's agreement to the deployment reported by Lukashenko (a position of X reported by Y; unsure)"))
U(d, "Ukraine's foreign ministry rejected the claim and said the Kremlin", "deeper into its war.",
  ("Ukraine", C, neg, "Russia", "denial + accusation in one sentence: the judgement decides (rule 1); the Kremlin = Russia"))
U(d, "Putin told a meeting of his Security Council that Russia had carried out", "communications facilities.",
  ("Russia", N, neu, "", "own strikes reported as done, no judgement in the sentence = neutral (guide)"))
U(d, "Putin warned Kyiv that Russia would hit back hard", "attacking Russian territory.",
  ("Russia", C, neg, "Ukraine", "threat; Kyiv = metonym"))
U(d, "Dmitry Medvedev, deputy chairman of the Security Council, wrote on Telegram", "from power entirely.",
  ("Russia", C, neg, "Ukraine", "threat of more strikes + aim of removing the leadership"))
U(d, "\"This morning they chose the rush hour on purpose.", "recorded outside his office.",
  ("Ukraine", C, neg, "Russia", "two-sentence quote closed by its speaker; accusation of deliberately targeting people ('they' = Russia)"))
U(d, "He urged Ukrainians to stay in shelters", "air-raid sirens.",
  ("Ukraine", N, neu, "", "safety advice to one's own people: 'urged' but no peace appeal = neutral"))
U(d, "Foreign Minister Dmytro Kuleba called on partners to speed up deliveries", "new sanctions.",
  ("Ukraine", C, neg, "Russia", "call for sanctions = condemning (labels/README); asking for arms is not supporting"))
U(d, "Kyiv Mayor Vitali Klitschko reported several explosions", "dead and wounded in several places.",
  ("Ukraine", N, neu, "", "facts and casualties given by an actor (mayor = Ukraine)"))
U(d, "The General Staff of Ukraine's armed forces later said Russia had fired", "43 missiles and 13 drones.",
  ("Ukraine", N, neu, "", "figures"))
U(d, "Putin told Alexander Bastrykin, head of Russia's Investigative Committee", "planned and staged it.",
  ("Russia", C, neg, "Ukraine", "accusation ('terrorist attack', secret services)"))
U(d, "Bastrykin said investigators had traced the truck's route", "had identified suspects.",
  ("Russia", N, neu, "", "investigation facts; list of places"))
U(d, "The UN nuclear watchdog's chief, Rafael Grossi, said the Zaporizhzhia nuclear plant", "without delay.",
  ("IAEA", T, neg, "", "fact + appeal for a protection zone, nobody blamed"))
U(d, "Putin signed a decree putting the FSB security service in charge", "links to Crimea.",
  ("Russia", N, neu, "", "own security measure, no judgement"))
U(d, "Crimea's Russian-installed head, Sergei Aksyonov, said the peninsula had enough fuel", "no reason to panic.",
  ("Russia", N, neu, "", "supply figures + reassurance of residents = neutral"))
U(d, "Mykhailo Podolyak, an adviser to the head of Zelensky's office, posted", "claiming responsibility.",
  ("Ukraine", C, neg, "Russia", "'seized illegally' = judgement; not claiming the attack"))
U(d, "The way Kyiv celebrated damage to a civilian structure", "spokeswoman Maria Zakharova said.",
  ("Russia", C, neg, "Ukraine", "object before the speaker; accusation of terrorism; Kyiv = metonym"))
U(d, "Russia's National Anti-Terrorism Committee said a truck had exploded", "part of the road span.",
  ("Russia", N, neu, "", "facts; the following 'investigators said' toll has no named body (no row); the woman filming is not an actor"))
