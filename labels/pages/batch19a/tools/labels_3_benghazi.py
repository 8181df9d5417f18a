# ------------------------------------------------------------------ Attack on the US consulate in Benghazi (live blog, scraped, 2012-09-12)
d = "page_benghazi_consulate_liveblog.txt"
# Not statements: menu, LIVE badge, headline, standfirst, editors and timestamps, share bars, captions with credits
# and "1 of 3", "Key events", "What we know so far" bullets, entry times and entry headings, ADVERTISEMENT,
# "Related:", "Show earlier updates", topics, most viewed, copyright.
# no row: "The White House has released a readout of a second call ..." (narration: the call and the Cairo protest)
U(d, "Obama told Morsi he expected Egypt to live up", "the White House said.",
  ("United States", T, neg, "Egypt", "demand addressed to one side with no judgement word = calling_for_talks; attribution tail (readout)"))
U(d, "He said Washington had no sympathy for the film's insults to Islam", "could never be excused.",
  ("United States", C, neg, "", "'He' = Obama; judgement of the violence, no perpetrator named -> target empty"))
# no row: "The readout is noticeably cooler than the one on Libya." (the outlet's own line)
U(d, "Asked earlier in an interview with the Spanish-language network Telemundo", "between friend and foe.",
  ("United States", N, neu, "", "assessment of the relationship (work in progress, between friend and foe), no judgement of an act and no appeal (unsure: a cool tone, could be read as a rebuke of Egypt)"))
# no row: "Obama has spoken by telephone with Mohammed Magariaf ..." (a call listed in narration)
U(d, "The White House said Obama thanked Magariaf", "stage of the inquiry.",
  ("United States", S, pos, "Libya", "thanks for Libyan help + agreement to cooperate = approval/backing"),
  ("Libya", S, pos, "United States", "Libya's agreement to work with the US, reported by the White House = backing (unsure: could be read as calling_for_talks)"))
# no row: "Libya's General National Congress has elected Mustafa Abushagur ..." (procedure reported as narration, no position)
# no row: "CBS has released a clip of an interview ..." (lead-in)
U(d, "Obama said his Republican rival seemed to have a habit", "before speaking.",
  ("United States", C, neg, "Republican Party", "judgement without stock words aimed at Romney, the party's nominee (Republican Party)"))
# no row: "The 15 members of the UN Security Council have put aside ..." (summary line before the statement)
U(d, "The council's members called the attacks in Benghazi", "not a favour.",
  ("United Nations", C, neg, "", "UNSC press statement = United Nations; no perpetrator named"))
U(d, "Peter Wittig, Germany's UN ambassador, who holds the council presidency", "too little was yet known.",
  ("United Nations", N, neu, "", "speaks as Council president, so the Council (United Nations), not Germany"))
U(d, "Russia's foreign ministry called the assaults on the two US missions", "in both countries.",
  ("Russia", C, neg, "", "'acts of terrorism that could never be excused' = judgement; alarm added in the same sentence"))
U(d, "Alexei Pushkov, who chairs the foreign affairs committee", "nastier shocks still.",
  ("Russia", C, neg, "United States", "parliament committee chair resolves to his state; blames Washington's Libya policy (judgement without stock words) + veiled warning"))
U(d, "French President François Hollande said the killers had to be found", "allowed to happen.",
  ("France", C, neg, "", "demand to Libya + 'hateful crimes' (rule 1); aimed at Libya's authorities and at unnamed culprits -> target empty"))
U(d, "Catherine Ashton, the EU's foreign policy chief, said she was appalled", "foreign mission in the country.",
  ("European Union", C, neg, "", "'contemptible act' + appeal to Libya: rule 1; target empty (judgement of unnamed attackers, appeal to Libya)"))
U(d, "A Pentagon official has told us that a team of about 50 Marines", "towards the Libyan coast.",
  ("United States", N, neu, "", "unnamed official of a named government ('told us' = the outlet asked); deployment to protect its own staff, not announced against a named side (unsure)"))
# no row: "The official would not say what the destroyers might be used for." (non-answer) ; "One of them was in Crete ..." (narration)
U(d, "In Cairo, the Muslim Brotherhood, which brought Morsi to power in June, condemned", "only peacefully.",
  ("Muslim Brotherhood", C, neg, "", "movement under its own name; condemnation + appeal for peaceful protest: rule 1"))
# no row: "A member of the movement told our correspondent ..." (an ordinary member, not an official: not an actor)
U(d, "In a statement issued by his spokesman, Ban Ki-moon said he condemned", "such brutality.",
  ("United Nations", C, neg, "", "UN spokesperson note for the Secretary-General"))
U(d, "He welcomed the Libyan authorities' pledge", "to justice.",
  ("United Nations", S, pos, "Libya", "'He' = Ban; welcome of Libya's pledge"))
U(d, "President Shimon Peres sent condolences to the American people", "his family and colleagues.",
  ("Israel", S, pos, "United States", "condolences + solidarity = supporting"))
U(d, "Hillary Clinton, speaking at the State Department, said the attack", "nothing to do with it.",
  ("United States", C, neg, "", "'small band of killers' judgement; Libya is exonerated, not blamed -> target empty"))
U(d, "She praised Libyan guards who had fought alongside the Americans", "to hospital.",
  ("United States", S, pos, "Libya", "'She' = Clinton; praise of Libyan guards and residents (Libya by demonym)"))
# no row: "Clinton's voice broke as she spoke of Stevens ..." (scene and background)
U(d, "Barack Obama, speaking in the Rose Garden with Clinton at his side, called", "with Libya's help.",
  ("United States", C, neg, "", "'outrage' + vow to find and punish the attackers (threat of a response); Clinton is present but not a speaker"))
U(d, "\"These were people who believed in Libya and in its people.", "Obama said.",
  ("United States", C, neg, "", "multi-sentence quote closed by its speaker; vow of punishment = threatened response"))
U(d, "He said he had ordered security to be stepped up", "around the world.",
  ("United States", N, neu, "", "own protective measure = neutral"))
# no row: "The flags at the White House are flying at half-staff." (scene)
U(d, "Mitt Romney, the Republican presidential nominee, told reporters in Jacksonville", "went on to storm it.",
  ("Republican Party", C, neg, "United States", "the party's nominee, not a state voice; judges his own government's response (as Yesh Atid on Israel in batch5c; unsure: could be his own person actor)"))
# no row: "Several senior Republicans have distanced themselves ..." (unnamed)
U(d, "A spokesman for Ansar al-Sharia, a hardline Islamist brigade", "anger at the film.",
  ("Ansar al-Sharia", N, neg, "", "armed group under its own name; denial of taking part as an organised force = neutral, negative; 'witnesses say' inside is unnamed (no row)"))
# no row: "A guard at the compound, who did not want to be named, ..." (unnamed witness)
U(d, "Mohammed Magariaf, president of the newly elected General National Congress", "fear democracy.",
  ("Libya", C, neg, "", "de facto head of state; apology + condemnation of unnamed attackers"))
U(d, "He said guards at embassies and at foreign companies would be reinforced", "in the country.",
  ("Libya", N, neu, "", "'He' = Magariaf; own security measures = neutral"))
U(d, "Prime Minister Abdurrahim el-Keib, sitting beside him, called the attack", "on the United States.",
  ("Libya", C, neg, "", "judgement of the attack; 'him' = Magariaf (object); the United States is named as a victim, not a target of the stance"))
U(d, "He welcomed the offers of help that had come in overnight", "its police and army.",
  ("Libya", S, pos, "", "'He' = el-Keib; welcome + appeal for equipment and training (aid, not peace) = supporting (README: welcome with an appeal for arms or money); Washington and European capitals as metonyms -> several, target empty"))
U(d, "William Hague, the foreign secretary, who is on a visit to Cairo, said", "was confirmed.",
  ("United Kingdom", C, neg, "", "'no justification' + urging Libya to act: rule 1; Cairo = place"))
U(d, "He said British officials were on hand", "Libya's investigators.",
  ("United Kingdom", S, pos, "Libya", "offer of assistance = supporting"))
U(d, "Wanis al-Sharif, Libya's deputy interior minister for the eastern region", "were wounded.",
  ("Libya", N, neu, "", "toll and facts given by an official = neutral, neutral in tone (guide)"))
# no row: the 06.10 welcome entry (the outlet's own lines; 'according to Libyan officials' is background to the outlet's announcement)
