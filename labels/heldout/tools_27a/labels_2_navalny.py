# ------------------------------------------------------------------ Alexei Navalny dies in the Arctic penal colony IK-3 (international wire copy, scraped, 2024-02-16/17)
d = "page_navalny_death_wire.txt"
# No row: agency menu, headline, byline, read time, share bar, captions [1/4] [2/4] with credits, crossheads, Related:, reporting credits, Trust Principles, topics, newsletter, most read, copyright.
U(d, "Alexei Navalny, the most prominent opponent of President Vladimir Putin, died", "blame on the Kremlin.",
  ("Russia", N, neu, "", "dateline excluded; the prison service's report of the death = facts given by an actor; the 'Western leaders' clause is a summary of unnamed speakers (no row)"))
U(d, "The Federal Penitentiary Service for the Yamalo-Nenets region said", "the service said.",
  ("Russia", N, neu, "", "prison service = Russia; account and procedure, attribution tail; two sentences in one closed attribution"))
U(d, "Russia's Investigative Committee said it had opened a procedural check", "dies in custody.",
  ("Russia", N, neu, "", "state procedure reported as done"))
U(d, "Kremlin spokesman Dmitry Peskov told reporters that Putin", "had been informed.",
  ("Russia", N, neu, "", "Putin is the object ('had been informed'), Peskov the speaker; fact"))
U(d, "Peskov said he had no information on the cause of death", "would determine it.",
  ("Russia", N, neu, "", "surname only; no information + procedure"))
# "Putin made no mention of Navalny ..." a non-statement and state TV coverage: no row.
U(d, "Navalny's spokeswoman Kira Yarmysh said on X that the team had no confirmation", "northeast of Moscow.",
  ("Anti-Corruption Foundation", N, neu, "", "Yarmysh = Navalny's team (name files: Anti-Corruption Foundation); no confirmation + lawyer travelling = facts"))
# "Navalny's wife, Yulia Navalnaya, took the stage ..." narration of the setting: no row.
U(d, "\"I cannot tell yet whether this is true", "she told the hall of ministers and generals.",
  ("Yulia Navalnaya", C, neg, "Russia", "two-sentence quote closed by 'she told' = one unit; distrust + promise of justice = accusation/threat; Putin = Russia"))
U(d, "She called on the world to stand together against what she described", "rose to its feet.",
  ("Yulia Navalnaya", C, neg, "Russia", "appeal carrying an explicit judgement ('regime of killers'): rule 1; the audience rising is narration in the same sentence"))
U(d, "In Washington, President Joe Biden said he did not yet know exactly", "his people had done.",
  ("United States", C, neg, "Russia", "blame on Putin's people; Washington = place"))
U(d, "\"Putin is responsible for this.", "Biden told reporters at the White House.",
  ("United States", C, neg, "Russia", "two-sentence quote closed by the speaker = one unit"))
U(d, "He said the United States was weighing what further steps to take against Moscow", "military aid for Ukraine.",
  ("United States", C, neg, "Russia", "pronoun subject = Biden; response being weighed against Moscow = threat (the aid appeal to Congress is domestic, no extra row)"))
U(d, "Secretary of State Antony Blinken, also in Munich, said the death exposed", "Russia was to blame.",
  ("United States", C, neg, "Russia", "judgement of the system + blame"))
U(d, "Blinken later met Navalnaya on the sidelines of the conference", "Matthew Miller said.",
  ("United States", S, pos, "Yulia Navalnaya", "meeting to offer condolences = backing by act, reported by the department's spokesman (attribution tail)"))
U(d, "In Berlin, German Chancellor Olaf Scholz and Ukrainian President Volodymyr Zelenskiy", "at the Kremlin's door.",
  ("Germany", C, neg, "Russia", "a pair of leaders in one sentence: one row each; Kremlin = Russia; Berlin = place"),
  ("Ukraine", C, neg, "Russia", "same sentence, second actor (Zelenskiy is not in the name files under this spelling; he speaks for Ukraine)"))
U(d, "Scholz said Navalny had gone home knowing the danger", "who spoke out.",
  ("Germany", C, neg, "Russia", "his fate 'a warning' = judgement of the Russian state, no stock word"))
U(d, "\"Putin killed him, and anyone can see it,\" Zelenskiy said.", "\"Putin killed him, and anyone can see it,\" Zelenskiy said.",
  ("Ukraine", C, neg, "Russia", "accusation"))
U(d, "\"He will sacrifice anybody to stay where he is.\"", "\"He will sacrifice anybody to stay where he is.\"",
  ("Ukraine", C, neg, "Russia", "quote continued after the attribution, same speaker, its own unit; 'He' = Putin"))
U(d, "French President Emmanuel Macron wrote on X that Russia now punished", "angry and grieving.",
  ("France", C, neg, "Russia", "leader on social media; judgement"))
U(d, "European Council President Charles Michel said the blame lay", "nobody else.",
  ("European Union", C, neg, "Russia", "blame"))
U(d, "The bloc's foreign policy chief, Josep Borrell, said the EU would look for every way", "new sanctions.",
  ("European Union", C, neg, "Russia", "'the bloc' = EU by context; threatened sanctions = condemning"))
U(d, "British Foreign Secretary David Cameron said Britain would hold", "an enemy to be removed.",
  ("United Kingdom", C, neg, "Russia", "accountability + accusation"))
U(d, "NATO Secretary General Jens Stoltenberg told reporters in Munich that Russia needed to explain", "had died.",
  ("NATO", T, neg, "Russia", "demand for an explanation with no judgement word = calling_for_talks (labels/README); unsure, close to an accusation"))
U(d, "In New York, U.N. spokesperson Stephane Dujarric said Secretary-General Antonio Guterres was shocked", "worthy of trust.",
  ("United Nations", T, neg, "", "shock + call for an investigation, no judgement; nobody named"))
U(d, "The U.N. human rights office in Geneva said that when a person dies", "independent inquiry.",
  ("United Nations", C, neg, "Russia", "presumption of state responsibility aimed at Russia's custody + appeal: rule 1 (unsure: could be read as a principle plus an appeal)"))
# "By Friday evening the Kremlin had shifted from silence to anger." summary line: no row.
U(d, "Peskov said the reactions from Western capitals were insulting", "cause of death.",
  ("Russia", C, neg, "", "rejection delivered as a judgement of Western reactions ('insulting') -> condemning, not a bare denial; several capitals -> target empty"))
U(d, "\"Nobody knows anything yet, but they already know who is guilty,\" he said.", "\"Nobody knows anything yet, but they already know who is guilty,\" he said.",
  ("Russia", C, neg, "", "quote closed by 'he said' (Peskov); sarcasm aimed at Western accusers = judgement; target empty"))
U(d, "Foreign Ministry spokeswoman Maria Zakharova said the speed of the Western verdict", "forensic results.",
  ("Russia", C, neg, "", "accusation that the statements were pre-written; Western leaders = several, target empty"))
U(d, "On Saturday, Navalny's team said it had received official notice", "held the authorities responsible.",
  ("Anti-Corruption Foundation", C, neg, "Russia", "'Navalny's team' = the Anti-Corruption Foundation by context; blame"))
U(d, "\"They killed Alexei,\" Yarmysh wrote, demanding", "without delay.",
  ("Anti-Corruption Foundation", C, neg, "Russia", "accusation + demand (rule 1)"))
U(d, "Dmitry Muratov, the editor of Novaya Gazeta and a Nobel Peace Prize laureate, said", "an executioner.",
  ("Dmitry Muratov", C, neg, "Russia", "independent person under his own name; judgement of the detention regime"))
U(d, "Police detained more than 100 people in ten cities by Saturday afternoon", "tracks arrests.",
  ("OVD-Info", N, neg, "", "figures given by a named monitoring group (name files); the police are only narrated"))
# The woman at the Solovetsky Stone, the unnamed Moscow analyst: not actors, no rows.
# "Navalny was arrested in January 2021 ..." background; "The Kremlin denied any role." a past denial in background (no row, vague background).
