# ------------------------------------------------------------------ Russia recognises the Donetsk and Luhansk "people's republics" (live blog, plain text, 2022-02-22)
d = "page_donbas_recognition_liveblog.txt"
U(d, "US Secretary of State Antony Blinken said he had called off", "diplomatic way out.",
  ("United States", C, neg, "Russia", "refusing a meeting in protest, the grievance stated in the same sentence (labels/README: condemning); the next sentence is narrative"))
U(d, "US President Joe Biden said in a White House speech", "their families.",
  ("United States", C, neg, "Russia", "'opening stage of an invasion' (accusation) + sanctions announced"))
U(d, "\"We still believe there is time to avoid the worst", "Biden said.",
  ("United States", T, neu, "Russia", "quote closed by its speaker; hope + openness to diplomacy addressed to Moscow, no judgement in the sentence"))
U(d, "He added that he had authorised the movement of US troops", "purely defensive step.",
  ("United States", S, neu, "", "backing by act (forces moved to allies); aimed at three Baltic states, no canonical single target -> empty"))
U(d, "UN Secretary-General Antonio Guterres told reporters in New York", "called neutral.",
  ("United Nations", C, neg, "Russia", "'broke with the principles of the UN Charter' + troops 'could not be called neutral' = judgement of Moscow's decision; New York = place"))
U(d, "Putin told reporters in Moscow that Russia recognised the two republics", "held by Ukrainian forces.",
  ("Russia", N, neu, "", "surname only; a position stated without judgement of another actor (the clause on Ukrainian-held areas is the blog's narration) (unsure: an implicit territorial claim against Ukraine)"))
U(d, "He said the Minsk peace agreements no longer existed", "wrecked them.",
  ("Russia", C, neg, "Ukraine", "'He' = Putin; blames Kyiv (metonym) for wrecking the agreements"))
U(d, "Russia's upper house, the Federation Council, voted unanimously", "the two regions.",
  ("Russia", N, neu, "", "a state procedure reported as done (parliamentary vote); the sentence names no side it is aimed at; the 'legal path' clause is narration (unsure: could be read as an announced operation = condemning)"))
U(d, "EU foreign ministers meeting in Paris unanimously agreed", "European capital markets.",
  ("European Union", C, neg, "Russia", "sanctions package announced by Borrell; Paris = place"))
U(d, "Borrell said Russian troops had entered Donbas", "all-out invasion.",
  ("European Union", N, neg, "", "a fact claim about troop movements; explicitly 'stopped short' of the invasion judgement = neutral, negative"))
U(d, "British Prime Minister Boris Johnson told parliament", "pressed on.",
  ("United Kingdom", C, neg, "Russia", "sanctions + a threat of a heavier package"))
U(d, "German Chancellor Olaf Scholz said Berlin was halting the certification", "the two regions.",
  ("Germany", C, neg, "Russia", "a measure by act against Russia (pipeline certification halted) in response to its decision"))
U(d, "Scholz said Germany still wanted to talk Moscow back from the brink", "channel open.",
  ("Germany", T, neu, "Russia", "surname only; appeal/commitment to diplomacy addressed to Moscow, no judgement"))
U(d, "Turkey's foreign ministry said in a statement that Ankara refused to recognise the move", "the Minsk process.",
  ("Turkey", C, neg, "Russia", "refusal + 'trampled on Ukraine's territorial integrity' = judgement of Russia's move; Ankara = metonym"))
U(d, "Erdogan, speaking to reporters on his flight home from Africa", "found support.",
  ("Turkey", T, neu, "", "surname only; agrees to attend talks (labels/README: calling_for_talks); Zelensky is only mentioned"))
U(d, "At a regular briefing in Beijing, foreign ministry spokesperson Wang Wenbin", "at the table.",
  ("China", T, neu, "", "hope for restraint and negotiation, addressed to all parties"))
U(d, "Asked whether China would recognise the two regions", "declined to go further.",
  ("China", N, neu, "", "declines to take a position = neutral"))
U(d, "Syria's foreign minister, Faisal Mekdad, said Damascus backed", "two new republics.",
  ("Syria", S, pos, "Russia", "introduced by role; backing of Moscow's move (metonym); Damascus = metonym"))
U(d, "Rosemary DiCarlo, the UN's political affairs chief, opened the emergency session", "a real possibility.",
  ("United Nations", N, neg, "", "alarm without an appeal = neutral, negative"))
U(d, "US Ambassador Linda Thomas-Greenfield dismissed the description", "a pretext.",
  ("United States", C, neg, "Russia", "judgement without stock words ('a fiction', 'pretext')"))
U(d, "Martin Kimani, Kenya's ambassador to the UN, said African states", "rejected Russia's decision.",
  ("Kenya", C, neg, "Russia", "introduced by role; 'rejected Russia's decision' = judgement"))
U(d, "Kimani said the council should insist that disputes be settled", "not by armies.",
  ("Kenya", T, neu, "", "surname only; appeal for diplomacy, no actor judged in this sentence"))
U(d, "China's envoy, Zhang Jun, said Beijing wanted all sides to keep calm", "negotiated way out.",
  ("China", T, neu, "", "appeal for calm and a negotiated way out to all sides"))
U(d, "In a televised address in the early hours, President Volodymyr Zelensky accused Moscow", "respond to provocations.",
  ("Ukraine", C, neg, "Russia", "accusation + commitment to diplomacy in one sentence: rule 1"))
U(d, "Foreign Minister Dmytro Kuleba said he had asked Ukraine's partners", "against Russia.",
  ("Ukraine", C, neg, "Russia", "call for sanctions = condemning (labels/README)"))
U(d, "Denis Pushilin, head of the self-proclaimed Donetsk People's Republic", "televised statements.",
  ("Donetsk People's Republic", S, pos, "Russia", "separatist administration under its name-file name; thanks = approval"),
  ("Luhansk People's Republic", S, pos, "Russia", "same sentence, second speaker ('his counterpart in Luhansk')"))
U(d, "In a call late on Monday, the leaders of the United States, France, and Germany", "according to the White House.",
  ("United States", C, neg, "Russia", "list of three leaders (Oxford comma), one row each; 'the decision' = Russia's by context; reported by the White House"),
  ("France", C, neg, "Russia", "same list"),
  ("Germany", C, neg, "Russia", "same list"))
