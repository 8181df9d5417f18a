# ------------------------------------------------------------------ Security Council lifts the CAR arms embargo, resolution 2745 (UN meetings coverage, 2024-07-30)
d = "page_car_armsembargo_res2745_2024_unmeetings.txt"
# Not statements: site header and menu, document code, date, meeting number, headline, subheading, the "Statements" crosshead,
# the end mark, "For information media. Not an official record.", related documents, share bar, footer.
U(d, "The Security Council this morning brought to an end the territorial arms embargo", "operating in the country.",
  ("United Nations", S, pos, "Central African Republic", "the Council lifts the embargo on the state (main clause) = backing by act; the ban kept on armed groups is the secondary clause (unsure: that part alone would be condemning)"))
U(d, "Through the text, adopted by a vote of 15 in favour,", "within 30 days of any such disposal.",
  ("United Nations", C, neu, "", "authorised seizure of arms bound for armed groups = an enforcement measure (sanction) against several unnamed groups -> target empty, procedural tone (unsure: could be neutral procedure)"))
U(d, "The Council also strongly condemned the attacks and human rights abuses", "in gold and diamonds.",
  ("United Nations", C, neg, "", "'strongly condemned' armed groups (several, unnamed) -> target empty"))
U(d, "It extended until 31 August 2025 the mandate of the Panel of Experts", "by 15 June 2025.",
  ("United Nations", N, neu, "", "procedure and dates"))
U(d, "Speaking before the vote, the representative of France, penholder on the file,", "defence and security forces.",
  ("France", S, pos, "Central African Republic", "praise of the country's progress; Bangui = the CAR authorities (metonym)"))
U(d, "\"From today, the Central African State may acquire weapons", "she said.",
  ("France", N, neu, "", "two-sentence quote closed by 'she said'; explains the effect of the text, no judgement or appeal (unsure: could be supporting)"))
U(d, "She called on all Member States to enforce the measures against armed groups", "without exception.",
  ("France", C, neu, "", "call to enforce sanctions on armed groups = condemning (labels/README.md: calls for sanctions); several groups -> target empty"))
U(d, "She also urged the Government and the signatory groups to carry the 2019 Political Agreement", "through to its end.",
  ("France", T, neu, "", "appeal to implement a peace agreement, addressed to the government and the groups -> target empty"))
U(d, "After the vote, the representative of the Central African Republic thanked all 15 members", "the country's soldiers.",
  ("Central African Republic", S, pos, "United Nations", "thanks to the Council's members = approval of the Council's decision"))
U(d, "His Government would use its restored freedom responsibly, he said,", "its stockpiles and borders.",
  ("Central African Republic", N, pos, "", "reassurance about own conduct = neutral, positive tone"))
U(d, "The representative of the Russian Federation, speaking in his national capacity,", "through smuggling routes.",
  ("Russia", C, neg, "United Nations", "criticism of the Council's past embargo ('far too long', 'tied the hands') = judgement on the Council; the rebels clause is part of the same reproach"))
U(d, "Moscow would continue to help Bangui train and equip its forces,", "outlived their purpose.",
  ("Russia", S, pos, "Central African Republic", "Moscow = Russia; training and equipment = aid (backing by act); the lesson for other regimes is secondary"))
U(d, "DAI BING (China) said the decision was a just answer", "to protect the population.",
  ("China", S, pos, "Central African Republic", "name + state in the UN style; approval of the decision that answers Bangui's requests"))
U(d, "China would keep providing the Central African forces with equipment and training,", "whom it works with.",
  ("China", S, pos, "Central African Republic", "offer of continued equipment and training = supporting; the jab at 'other partners' names no one"))
U(d, "The representative of Algeria said his delegation had supported the text but regretted", "once it had been confiscated.",
  ("Algeria", C, neg, "", "'regretted' a gap in the provisions = judgement of the text (no actor named) -> target empty (unsure: mild, could be neutral)"))
U(d, "Greater transparency in how such items are handled was needed, he said,", "other theatres of conflict in the region.",
  ("Algeria", N, neg, "", "a procedural demand with concern, not a peace appeal or a judgement = neutral, negative tone"))
U(d, "The representative of the United States welcomed the unanimity of the Council", "weapons and ammunition.",
  ("United States", S, pos, "Central African Republic", "welcome + continued cooperation on weapons management (assistance) with the authorities"))
U(d, "She said Washington remained deeply troubled by the abuses committed by armed groups", "in the areas where it operates.",
  ("United States", C, neg, "Wagner Group", "Washington = the US; accusation of violations; the armed groups are the other, unnamed target"))
U(d, "The representative of the United Kingdom said that the Panel of Experts remained essential", "had to be guaranteed.",
  ("United Kingdom", N, neu, "", "a demand for the Panel's access, procedural; no judgement, no peace appeal (unsure)"))
U(d, "He called on the Government to investigate all allegations of violations", "to hold those responsible to account.",
  ("United Kingdom", T, neg, "Central African Republic", "demand to one side with no judgement word (labels/README.md) -> calling_for_talks, negative (unsure: accountability language could be read as condemning)"))
U(d, "The representative of Sierra Leone said the resolution honoured the repeated appeals", "could listen to the region.",
  ("Sierra Leone", S, pos, "United Nations", "praise of the Council's decision"),
  ("African Union", S, pos, "Central African Republic", "position of X reported by Y: the AU's repeated appeals to lift the embargo = backing the CAR"),
  ("ECCAS", S, pos, "Central African Republic", "same: ECCAS's appeals to lift the embargo, reported by Sierra Leone"))
U(d, "He encouraged neighbouring States to strengthen joint border patrols", "keep the path of dialogue open.",
  ("Sierra Leone", T, neu, "", "appeal for dialogue addressed to all parties -> target empty"))
U(d, "Speaking again, the representative of the Russian Federation said the remarks of the United States", "at the invitation of a sovereign Government.",
  ("Russia", N, neg, "", "right of reply: denial ('unfounded allegations') = neutral, negative tone (guide); neutral rows take no target"))
