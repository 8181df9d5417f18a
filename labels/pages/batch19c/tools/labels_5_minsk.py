# ------------------------------------------------------------------ Minsk II package of measures and reactions (European news site, full HTML, 2015-02-13)
d = "page_minsk_package_eusite.html"
# No rows: cookie notice, logo/slogan, nav, LATEST, kicker, headline, standfirst, byline/time, share, figcaptions with
# "1 of 2", the "What was agreed in Minsk" box (bullets), ADVERTISEMENT, Related, crossheads, tags, newsletter, comments,
# Most read, footer.
U(d, "The leaders of Russia, Ukraine, Germany and France agreed after all-night talks", "pulled back from the front line.",
  ("Russia", T, pos, "", "dateline excluded; agreeing to a ceasefire = calling_for_talks (README); a list of four leaders -> one row per state"),
  ("Ukraine", T, pos, "", "same list"),
  ("Germany", T, pos, "", "same list"),
  ("France", T, pos, "", "same list"))
# No row: "But fighting around the rail hub of Debaltseve grew heavier on Friday, and the rebel leaders ... made clear ..."
#   (a summary line before Zakharchenko's specific statements below).
U(d, "Russian President Vladimir Putin, looking drawn after talks that ran for more than 15 hours,", "before the truce begins.",
  ("Russia", T, pos, "", "main questions settled + expectation that everyone holds fire = calling_for_talks"))
U(d, "He suggested that the Ukrainian troops he said were trapped near Debaltseve", "lay down their weapons.",
  ("Russia", C, neg, "Ukraine", "pronoun = Putin; suggesting encircled troops lay down arms = a surrender demand against one side (as Azerbaijan's in the seeds), condemning (unsure)"))
U(d, "Ukrainian President Petro Poroshenko said the Russian side had spent the night trying to force", "unitary structure.",
  ("Ukraine", C, neg, "Russia", "accusation of coercion = judgement; 'the Russian side' = Russia"))
U(d, "He said the ceasefire had to be respected without conditions", "leave its territory.",
  ("Ukraine", T, neg, "", "demand for an unconditional ceasefire and withdrawal of foreign forces, no judgement word = calling_for_talks; Russia implied, not named -> target empty"))
U(d, "German Chancellor Angela Merkel, who flew on to Brussels for a summit of EU leaders,", "actually fell silent.",
  ("Germany", T, neu, "", "cautious hope that the guns fall silent = calling_for_talks"))
U(d, "At the summit she told reporters that further sanctions remained on the table", "should the agreement be broken.",
  ("Germany", C, neg, "", "pronoun = Merkel; threat of sanctions = condemning; no party named -> target empty"))
U(d, "French President Francois Hollande said the agreement was the most complete", "watch over its implementation.",
  ("France", T, pos, "", "praise of a text France co-brokered ('the most complete') + commitment to oversee its implementation = calling_for_talks (unsure: could be neutral self-praise); Paris and Berlin = metonyms for France and Germany (Germany gets no row: Hollande speaks for France)"))
U(d, "Alexander Zakharchenko, leader of the self-proclaimed Donetsk People's Republic, said after signing", "were surrounded.",
  ("Donetsk People's Republic", C, neg, "Ukraine", "claims the town and excludes it from the truce = announced continuation of operations against the other side"))
U(d, "\"This is Kiev's last chance.", "Zakharchenko said.",
  ("Donetsk People's Republic", C, neg, "Ukraine", "multi-sentence quote closed by the speaker; ultimatum/threat to end talks; Kiev = metonym"))
U(d, "Igor Plotnitsky, who signed for the Luhansk People's Republic, said the separatists were ready", "did the same.",
  ("Luhansk People's Republic", T, neu, "", "conditional commitment to withdraw heavy weapons = calling_for_talks"))
U(d, "In Kiev, Andriy Lysenko, spokesman for Ukraine's National Security and Defence Council, said some 50 tanks,", "still talking.",
  ("Ukraine", C, neg, "Russia", "figures that accuse Russia of sending armour across the border = accusation by description; Kiev = place"))
U(d, "He denied that the Ukrainian units at Debaltseve had been cut off,", "was still open.",
  ("Ukraine", N, neg, "", "denial (of the encirclement claimed by Putin and Zakharchenko) = neutral, negative"))
U(d, "Kremlin spokesman Dmitry Peskov said on Friday that Moscow had signed up as a guarantor", "not for Russia.",
  ("Russia", N, neg, "", "denial that Russia has obligations of its own (a guarantor, not a party) = neutral, negative tone"))
# No rows: the Artemivsk pensioner and 'Military analysts in Kiev' (unnamed).
U(d, "European Council President Donald Tusk said the union would look at deeds rather than signatures,", "was not respected.",
  ("European Union", C, neg, "", "'stood ready to act' if the truce fails = threatened response (unsure: vague); no party named"))
U(d, "British Prime Minister David Cameron said he would believe in the ceasefire when he saw it,", "by the Kremlin.",
  ("United Kingdom", C, neg, "Russia", "scepticism + sanctions kept until the Kremlin changes course = condemning; Kremlin = Russia"))
U(d, "Hours after the deal, the International Monetary Fund's managing director, Christine Lagarde, announced", "keep the economy afloat.",
  ("International Monetary Fund", S, pos, "Ukraine", "backing by act: a lending programme for Ukraine"))
U(d, "US Secretary of State John Kerry said Washington welcomed the outcome", "proper monitoring.",
  ("United States", T, neu, "", "welcome + conditions for a real ceasefire, no judgement = calling_for_talks (rule 2 before 3)"))
U(d, "On Friday the State Department said it had information that Russian forces had moved large amounts of artillery", "deeply worrying.",
  ("United States", C, neg, "Russia", "accusation (Russian artillery moved into the area) + concern = condemning; concern alone would be neutral"))
U(d, "UN Secretary-General Ban Ki-moon welcomed the agreement and urged all sides to honour the ceasefire", "his spokesman said.",
  ("United Nations", T, pos, "", "welcome + appeal = calling_for_talks; attribution tail"))
U(d, "The OSCE, whose monitors are to verify the ceasefire and the withdrawal of heavy weapons, said through its chairman-in-office,", "member states allowed.",
  ("OSCE", S, pos, "", "the chair speaks for the body (Dacic = OSCE, not Serbia); endorsement of the package + more monitors offered = supporting the agreement (no single actor -> target empty)"))
U(d, "NATO Secretary-General Jens Stoltenberg called the deal an encouraging development,", "in eastern Ukraine.",
  ("NATO", C, neg, "Russia", "welcome + accusation = condemning (rule 1)"))
U(d, "Belarusian President Alexander Lukashenko, who hosted the talks, said Minsk was ready", "as they were needed.",
  ("Belarus", T, pos, "", "offer to host further talks = calling_for_talks; Minsk = capital as metonym (speaker's city)"))
# No row: "The first Minsk agreement, signed in September, collapsed within weeks." (background).
U(d, "More than 5,400 people have been killed since the conflict began in April,", "according to UN figures.",
  ("United Nations", N, neu, "", "casualty figure with an attribution tail ('according to UN figures') = a UN statement, neutral"))
