# ------------------------------------------------------------------ Kosovo's parliament votes to turn its security force into an army (Balkan news site, scraped, 2018-12-18)
d = "page_kosovoarmy_balkansite.txt"
U(d, "Kosovo's parliament voted on Friday to turn the lightly armed", "traded accusations on Monday.",
  ("Kosovo", N, pos, "", "dateline excluded; long lead: the vote (narration) + Thaçi hailing his own state's step = self-praise, neutral with a positive tone (labels/README)"),
  ("Serbia", C, neg, "Kosovo", "same sentence: Serbia's protest taken to the Security Council ('traded accusations') = condemning"))
# "All 107 deputies present ..." : the vote's details, narration already carried by the lead, no row
U(d, "The eleven deputies of the Serbian List", "intimidate Serbs in the north.",
  ("Srpska Lista", C, neg, "Kosovo", "party as its own actor; boycott in protest with an accusation = condemning (labels/README: refusing in protest)"))
U(d, "Prime Minister Ramush Haradinaj told deputies before the vote", "elected institutions.",
  ("Kosovo", N, pos, "", "reassurance about its own army = neutral, positive"))
U(d, "\"Serbs have a place in it, and no neighbour", "he said.",
  ("Kosovo", N, pos, "", "pronoun attribution; reassurance continued"))
U(d, "After the result was announced, Thaçi, wearing military fatigues", "in the alliance\".",
  ("Kosovo", S, pos, "United States", "thanks to 'friends in Washington and in the alliance' = supporting; two parties thanked, the US named by its capital (NATO only as 'the alliance'); unsure: target could be empty"))
# "In Belgrade the reaction was immediate." : summary line, no row
U(d, "Foreign Minister Ivica Dačić said Serbia had asked for an emergency meeting", "armed forces in Kosovo.",
  ("Serbia", C, neg, "Kosovo", "accusation of breaking Resolution 1244 + recourse to the Council = condemning"))
U(d, "Prime Minister Ana Brnabić called it a bad day", "never come to that.",
  ("Serbia", C, neg, "Kosovo", "veiled military threat ('the army ... one of them'); the hope inside the sentence does not outweigh the threat (rule 1)"))
U(d, "President Aleksandar Vučić, who had said on the eve of the vote", "standing behind the decision.",
  ("Serbia", C, neg, "", "accusation of two states (US and Britain) -> target empty; Pristina as object"))
U(d, "\"They have made an army, they have not made peace", "in Belgrade on Saturday.",
  ("Serbia", C, neg, "", "judgement + holding others responsible, aimed at several actors -> target empty; Belgrade = place"))
U(d, "Marko Đurić, head of the Serbian government's office for Kosovo", "not to answer provocations.",
  ("Serbia", T, neu, "", "fact (no troop movement) + appeal for calm to the Serbs of the north = calling_for_talks"))
U(d, "At the Council on Monday, Vučić told members", "for as long as that is possible\".",
  ("Serbia", C, neg, "Kosovo", "judgement ('built on the ruins of Resolution 1244'); the promise of peaceful means does not undo it (rule 1)"))
U(d, "Thaçi, seated across the chamber, said the danger", "men and women in uniform\".",
  ("Kosovo", C, neg, "Serbia", "blame without stock words; 'Belgrade' = metonym for Serbia inside a place phrase"))
U(d, "He said Kosovo was ready to go back to the EU-led talks", "international organisations.",
  ("Kosovo", T, neu, "Serbia", "conditional offer to resume talks = calling_for_talks"))
U(d, "Zahir Tanin, head of the UN mission in Kosovo", "lowest point in years.",
  ("United Nations", N, neg, "", "UNMIK head = United Nations; facts + concern without an appeal = neutral, negative"))
U(d, "On Friday, UN spokesman Stéphane Dujarric had said", "back to dialogue.",
  ("United Nations", T, neg, "", "spokesman note for the Secretary-General: restraint + dialogue, both sides -> target empty"))
U(d, "Russia's ambassador, Vassily Nebenzia, said the vote flouted 1244", "at every step.",
  ("Russia", C, neg, "Kosovo", "accusation of breaking the resolution; 'Western governments' are not canonical, so the target is the actor that voted"))
U(d, "In Moscow, foreign ministry spokeswoman Maria Zakharova said", "as the resolution required.",
  ("Russia", C, neg, "Kosovo", "accusation ('threatened the Serbs') + demand addressed to KFOR; Moscow = place"))
U(d, "The U.S. representative, Rodney Hunter, told the Council", "open to the Serb community.",
  ("United States", S, pos, "Kosovo", "backing with a condition; Washington = metonym"))
U(d, "The U.S. Embassy in Pristina had described Friday's vote", "minority communities.",
  ("United States", S, pos, "Kosovo", "embassy statement: approval ('a milestone') + expectations of coordination, no peace appeal = supporting"))
U(d, "The embassy added that Kosovo's real security would come", "resume the Brussels talks.",
  ("United States", T, neu, "", "appeal to both governments to resume talks -> target empty; 'trading threats and tariffs' is addressed to both, not a judgement of one"))
U(d, "NATO Secretary General Jens Stoltenberg said on Twitter", "works with the Kosovo force.",
  ("NATO", C, neg, "Kosovo", "leader quoted from social media; judgement without stock words ('at the worst possible moment') + a measure (review of engagement)"))
U(d, "KFOR, the NATO-led mission of about 4,000 troops", "including the north.",
  ("NATO", N, neu, "", "KFOR = NATO (name files); its own mandate and role, troops as topic = neutral"))
U(d, "The European Union's foreign policy chief, Federica Mogherini", "with all communities on board.",
  ("European Union", C, neg, "Kosovo", "'regrettable' aimed at Kosovo's decision = condemning (guide); Pristina = metonym as object"))
U(d, "The bloc also asked both sides to hold back", "make the dialogue harder.",
  ("European Union", T, neu, "", "'the bloc' = EU by context; restraint appeal to both -> target empty"))
U(d, "Arbena Gashi, a researcher at the Kosovo Policy Forum", "for several years.",
  ("Arbena Gashi", N, neu, "", "independent researcher; assessment"))
U(d, "\"The force has fewer than 3,000 people and no heavy weapons.", "she said.",
  ("Arbena Gashi", N, neg, "", "multi-sentence quote closed by the speaker; interests and consequences, no judgement"))
U(d, "In Belgrade, Dušan Radić of the Institute for Balkan Security Studies", "toward the boundary line.",
  ("Dušan Radić", N, neg, "", "risk scenario, no judgement"))
U(d, "\"Nobody in Belgrade wants a war.", "Radić said.",
  ("Dušan Radić", N, neg, "", "multi-sentence quote; 'raising the temperature' is said of both governments alike, read as analysis rather than a judgement of one side (unsure)"))
U(d, "He said the EU should bring the two presidents back to the table", "calendars take over\".",
  ("Dušan Radić", T, neu, "European Union", "appeal for mediation addressed to the EU = calling_for_talks"))
# North Mitrovica Serbs, Albanians celebrating and the shopkeeper: not actors, no rows. Captions, Related, tags, newsletter, most read: never statements.
