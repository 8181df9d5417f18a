# ------------------------------------------------------------------ Zaporizhzhia shelling at the Security Council (UN meetings coverage, 2022-08-11)
d = "page_zaporizhzhia_unsc_meetings.txt"
# No rows: headline, subheadline, meeting number/symbol/date, the two summary paragraphs ("Several members said ...
# Others avoided naming a culprit ..." = summary lines before the specific statements), the background on the plant
# ("Each side has accused the other" = vague background), "also took the floor" (no position), meeting times,
# "For information media", related documents, share bar, footer.
U(d, "Earlier in the day, Secretary-General António Guterres issued a statement", "safe perimeter around it.",
  ("United Nations", T, neu, "", "a specific act reported as done (the SG's statement) = UN; appeal to both parties to stop and agree a perimeter, no judgement"))
U(d, "RAFAEL MARIANO GROSSI, Director General of the International Atomic Energy Agency, said", "with each passing day.",
  ("IAEA", N, neg, "", "speaker in capitals with his body; assessment of worsening conditions, no appeal = neutral, negative"))
U(d, "He said the shelling reported on 5 August", "detected so far, he noted.",
  ("IAEA", N, neg, "", "'He' = Grossi; damage report and radiation readings = facts given by an actor; 'he noted' tail"))
U(d, "\"Whoever is responsible, each shell", "he told members.",
  ("IAEA", T, neg, "", "two-sentence quote closed by its speaker = one unit; demand that the shelling stop, explicitly naming no one = calling_for_talks"))
U(d, "He called on the Russian Federation and Ukraine to work with the Agency", "lead it himself.",
  ("IAEA", T, neu, "", "appeal to both sides to admit the mission; his offer to lead it is part of the same appeal; target empty (two parties)"))
U(d, "VASSILY A. NEBENZIA (Russian Federation), whose delegation had requested the meeting, said", "administrative buildings.",
  ("Russia", C, neg, "Ukraine", "accusation by describing the other side's attacks"))
U(d, "Such attacks were deliberate provocations", "he said.",
  ("Russia", C, neg, "Ukraine", "judgement ('deliberate provocations'); Moscow as object, not speaker"))
U(d, "\"The Kyiv regime is playing with fire.", "he declared.",
  ("Russia", C, neg, "", "two-sentence quote closed by 'he declared'; aimed at Ukraine and its unnamed Western sponsors = several actors -> target empty"))
U(d, "Russian troops kept no heavy weapons at the site", "as propaganda.",
  ("Russia", N, neg, "", "denial of the accusations = neutral, negative ('dismissing ... as propaganda' is the denial itself; the West not a canonical target)"))
U(d, "He said his country was ready to help organize the Agency's visit", "already been agreed.",
  ("Russia", C, neg, "United Nations", "offer to help the mission + accusation that the UN Secretariat blocked an agreed trip ('in his telling'): rule 1, the accusation decides (unsure: could be calling_for_talks)"))
U(d, "Proposals for a demilitarized zone around the station were not acceptable", "open to sabotage.",
  ("Russia", N, neg, "", "rejects a proposal with a security reason and no judgement on its authors = neutral, negative (unsure: 'not acceptable' is aimed at a proposal, not at an actor)"))
U(d, "SERGIY KYSLYTSYA (Ukraine) said the Russian Federation had turned", "from behind the reactors.",
  ("Ukraine", C, neg, "Russia", "accusation by describing the other side's military use of the plant"))
U(d, "This was nuclear blackmail, and the Council should call it that", "he said.",
  ("Ukraine", C, neg, "Russia", "'nuclear blackmail' = judgement; the Council is addressed, not a speaker"))
U(d, "The Ukrainian delegate then set out what his country wanted from the Council:", "run it safely.\"",
  ("Ukraine", T, neg, "Russia", "quote opened after a colon; demand that the occupiers leave, addressed to one side; 'occupiers' sits inside a demand (unsure: could be condemning for 'occupiers')"))
U(d, "\"Let the Agency's inspectors in, through territory controlled by Ukraine", "see for themselves.\"",
  ("Ukraine", T, neu, "", "quote continued in the next paragraph, same speaker, no attribution; appeal for the inspection"))
U(d, "He recalled that the Group of Seven foreign ministers had demanded", "lawful Ukrainian owners.",
  ("G7", T, neg, "Russia", "a position of X reported by Y is X's: G7 demand to one side with no judgement word = calling_for_talks; Kyslytsya only recalls it (no Ukraine row)"))
U(d, "Ukraine fully backed Mr. Grossi's efforts", "he said.",
  ("Ukraine", S, pos, "IAEA", "backing + offer of help to the Agency's team"))
U(d, "BONNIE JENKINS, Under Secretary for Arms Control and International Security of the United States, said", "distract from that fact.",
  ("United States", C, neg, "Russia", "role then name; the invasion as the cause + 'attempt to distract' = judgement; Moscow = metonym"))
U(d, "She called on the Russian Federation to withdraw its forces", "whole of Ukraine.",
  ("United States", T, neg, "Russia", "'She' = Jenkins; demand addressed to one side, no judgement word = calling_for_talks, negative"))
U(d, "Washington supported Ukraine's proposal for a demilitarized zone", "nuclear sites.",
  ("United States", S, pos, "Ukraine", "Washington = metonym; backing another actor's proposal = supporting (the access wish sits inside the backing)"))
U(d, "NICOLAS DE RIVIÈRE (France) said Russian forces bore the full responsibility", "seized by force.",
  ("France", C, neg, "Russia", "'full responsibility' = judgement"))
U(d, "France backed the Director General and his proposal of a mission", "he said.",
  ("France", S, pos, "IAEA", "backing of the IAEA chief's mission"))
U(d, "The representative of the United Kingdom said Moscow's occupation", "did not survive scrutiny.",
  ("United Kingdom", C, neg, "Russia", "role only; 'reckless' + rebuttal of Moscow's claim = judgement"))
U(d, "ZHANG JUN (China), speaking in his national capacity, said", "threaten the plant's safety.",
  ("China", T, neg, "", "the Council president speaking in his national capacity = China, not the UN; concern + appeal for restraint to both = calling_for_talks"))
U(d, "China supported the Agency in playing a constructive role", "he said.",
  ("China", S, pos, "IAEA", "support for the IAEA + hope for its mission = supporting"))
U(d, "Speaking on behalf of the three African members of the Council", "assessment of its condition.",
  ("Gabon", T, neu, "", "joint statement of the three African members: one row per member; appeal to both sides"),
  ("Ghana", T, neu, "", "the speaker's own state, same joint statement"),
  ("Kenya", T, neu, "", "same joint statement"))
U(d, "RUCHIRA KAMBOJ (India) said her country was following the situation closely", "public health and the environment.",
  ("India", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "She said India hoped the parties would settle the matter", "dialogue and diplomacy.",
  ("India", T, pos, "", "hope for a settlement through dialogue = calling_for_talks"))
U(d, "The representative of Ireland said Russian shelling and the occupation of the site", "experts to the plant.",
  ("Ireland", C, neg, "Russia", "violation of IHL = judgement, with support for the mission in the same sentence: rule 1"))
U(d, "Taking the floor a second time, the representative of the Russian Federation rejected", "interested in facts.",
  ("Russia", C, neg, "", "right of reply, role only; rejects the criticism as coordinated and baseless and judges unnamed delegations -> condemning, target empty (unsure: could be read as a denial)"))
# No row: "The representatives of Albania, Brazil, Mexico, Norway and the United Arab Emirates also took the floor."
# (no position stated).
