# ------------------------------------------------------------------ Ukraine annexation referendums (wire, 2022-09-28)
d = "page_ukraine_referendums_wire.txt"
U(d, "Ukrainian President Volodymyr Zelenskiy said the figures", "by a centimetre.",
  ("Ukraine", C, neg, "Russia", "'drafted in Moscow before a single ballot was cast' = accusation of fraud; Moscow = Russia"))
U(d, "\"What happened in the occupied territories was a performance", "by video link.",
  ("Ukraine", C, neg, "Russia", "two-sentence quote closed by its speaker = one unit; judgement without stock words"))
U(d, "Foreign Minister Dmytro Kuleba urged partners", "recognise the outcome.",
  ("Ukraine", C, neg, "Russia", "call for sanctions = condemning (labels/README), though phrased as an appeal to partners"))
U(d, "The Kremlin presented the results as a clear expression", "four regions.",
  ("Russia", S, pos, "", "approval of the votes; target empty (the Moscow-installed authorities are not a canonical actor)"))
U(d, "Kremlin spokesman Dmitry Peskov told reporters that residents", "would respect it.",
  ("Russia", S, pos, "", "'Moscow would respect it' = approval of the result"))
U(d, "Peskov rejected reports that voters had been coerced", "affect the result.",
  ("Russia", N, neg, "", "denial = neutral, negative tone; surname only"))
U(d, "Washington's refusal to accept the vote was expected", "wrote on Telegram.",
  ("Russia", C, neg, "United States", "possessive + object before the speaker; dismissal of Washington = judgement; capital as target"))
U(d, "In Washington, Secretary of State Antony Blinken said the United States would impose", "condemning the votes.",
  ("United States", C, neg, "Russia", "threat of economic costs + condemning resolution; 'In Washington' is a place"))
U(d, "The Pentagon on Wednesday announced a further $1.1 billion", "and radars.",
  ("United States", S, neu, "Ukraine", "backing by act (arms package); Pentagon = United States; no judgement word"))
U(d, "Rosemary DiCarlo, the U.N. under-secretary-general", "expression of popular will.",
  ("United Nations", C, neg, "Russia", "judgement without stock words ('could not be called a genuine expression'); target by context"))
U(d, "NATO Secretary-General Jens Stoltenberg said allies would not accept", "international law.",
  ("NATO", C, neg, "Russia", "non-recognition + 'blatant breach'"))
U(d, "He said allies would go on supplying Kyiv", "defend itself.",
  ("NATO", S, pos, "Ukraine", "'He' = Stoltenberg; arms backing; Kyiv = Ukraine"))
U(d, "The European Union will not recognise the results", "against Moscow.",
  ("European Union", C, neg, "Russia", "attribution tail after the position; non-recognition + restrictive measures (sanctions)"))
U(d, "In Berlin, Foreign Minister Annalena Baerbock described", "settled in advance.",
  ("Germany", C, neg, "Russia", "role with no state word, capital as place; 'exercise in intimidation' = judgement; target by context"))
U(d, "The French foreign ministry said Paris firmly rejects", "by force.",
  ("France", C, neg, "Russia", "'firmly rejects' = judgement without stock words; second sentence in the paragraph"))
U(d, "Britain will respond with further sanctions", "James Cleverly said.",
  ("United Kingdom", C, neg, "", "announced sanctions = condemning; object before speaker; target = organisers (Russian and Moscow-installed officials), left empty"))
U(d, "Canada's Foreign Minister Melanie Joly said Ottawa regarded", "coming days.",
  ("Canada", C, neg, "Russia", "'illegitimate' + sanctions listing"))
U(d, "Tokyo regards the votes as a violation", "regular news conference.",
  ("Japan", C, neg, "Russia", "capital as metonym as subject; attribution tail"))
U(d, "Asked about the votes, Chinese foreign ministry spokesman Wang Wenbin said", "through dialogue.",
  ("China", T, neu, "", "principle stated with no judgement of anyone + appeal for dialogue = calling_for_talks"))
U(d, "Turkey, which has kept open channels", "settlement harder.",
  ("Turkey", C, neg, "Russia", "non-recognition = rejecting the act; long sentence with narration"))
U(d, "Kazakhstan, a member of Russia's security alliance, said it would not recognise", "the outcome.",
  ("Kazakhstan", C, neg, "Russia", "non-recognition of the result = opposition to the annexation step (guide: 'opposes X's annexation'); mild tone, unsure of sentiment"))
U(d, "Foreign ministry spokesman Aibek Smadiyarov told reporters in Astana", "territorial integrity of states.",
  ("Kazakhstan", N, neu, "", "principle stated without judgement or appeal = neutral; Astana a place"))
U(d, "Serbian President Aleksandar Vucic, whose government has resisted", "over Kosovo.",
  ("Serbia", C, neu, "Russia", "non-recognition, given as a matter of consistency rather than protest; condemning by the guide's 'rejects', neutral tone; unsure"))
U(d, "India's foreign ministry spokesman Arindam Bagchi said", "closely.",
  ("India", N, neu, "", "monitoring without judgement or appeal = neutral"))
U(d, "Hungarian Foreign Minister Peter Szijjarto said only an immediate ceasefire", "from spreading.",
  ("Hungary", T, neg, "", "appeal for ceasefire and talks, no judgement"))
U(d, "Belarusian President Alexander Lukashenko, Moscow's closest ally, congratulated", "Belta reported.",
  ("Belarus", S, pos, "Russia", "congratulation = approval of the annexation votes; agency reporting is not an actor; target Russia (the votes are Moscow's project), unsure"))
