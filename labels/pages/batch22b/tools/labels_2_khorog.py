# ------------------------------------------------------------------ Khorog security operation, Gorno-Badakhshan (Central Asian site, scraped, 2012-08-02)
d = "page_khorog_operation_centralasiasite.txt"
# No rows: masthead, language/weather/currency strip, menu, section path, headline, author line, views/comments counts,
# photo caption with credit, ADVERTISEMENT, crossheads ("Government figures", "International reaction", "Opinion: ..."),
# "Related:", tags, share bar, reader comments, MOST READ, footer/copyright.
U(d, "The State Committee for National Security on Thursday gave the remaining armed supporters", "off from the outside world.",
  ("Tajikistan", C, neg, "Tolib Ayombekov", "dateline excluded; long lead: ultimatum + threat to 'complete the task' = a threatened response (condemning); the operation's toll is narration; the fighters are Ayombekov's"))
U(d, "The committee's spokesman, Nozirjon Buriev, told journalists in Dushanbe", "refusing to cooperate.",
  ("Tajikistan", N, neu, "", "'the committee' = GKNB by context; weapons collected = facts in war vocabulary; Dushanbe = place"))
U(d, "\"The state has shown patience.", "Buriev said.",
  ("Tajikistan", C, neg, "Tolib Ayombekov", "two-sentence quote closed by the speaker (surname only): threat = condemning"))
# "The operation began before dawn on 24 July, ..." : background narration (no position) -> no row
U(d, "The authorities have named Ayombekov, the deputy commander of the Ishkashim border detachment", "across the Afghan border.",
  ("Tajikistan", C, neg, "Tolib Ayombekov", "'the authorities' and 'the committee' of the named state; accusations of murder and smuggling = condemning"))
# "It has not published evidence for the charge." : the outlet's remark -> no row
U(d, "Ayombekov, reached by telephone by local reporters last week, rejected the accusations.", "rejected the accusations.",
  ("Tolib Ayombekov", N, neg, "", "local commander under his own name; denial = neutral, negative"))
U(d, "He said the general's death had nothing to do with him", "the region by force.",
  ("Tolib Ayombekov", C, neg, "Tajikistan", "pronoun subject; denial + counter-accusation ('pretext to take control by force') = condemning"))
U(d, "According to the Prosecutor General's Office, 17 servicemen", "some 40 people were detained.",
  ("Tajikistan", N, neu, "", "casualty figures given by a state body = neutral"))
# "Residents and Pamiri community groups abroad put the civilian toll far higher; ..." : no named actor -> no row
U(d, "President Emomali Rahmon ordered a ceasefire on 25 July", "the assault began.",
  ("Tajikistan", T, neu, "", "ordering a ceasefire = calling_for_talks"))
U(d, "The head of the regional administration, Qodiri Qosim, said the pause had been agreed", "the dead buried.",
  ("Tajikistan", T, neu, "", "regional official = his state; pause agreed with elders for the wounded = calling_for_talks (a ceasefire agreed)"))
U(d, "He said the government had offered an amnesty", "the general's murder.",
  ("Tajikistan", T, neu, "", "offer of amnesty for a voluntary handover = a conditional offer to end the fighting (unsure: could be neutral)"))
U(d, "\"Nobody wants to see the army in the streets of Khorog again.", "on Wednesday.",
  ("Tajikistan", N, neg, "", "quote closed by 'Qosim told ...': 'The choice is in their hands' = veiled pressure without an explicit threat (unsure: could be condemning)"))
# "In Khorog, hundreds of residents gathered ..." : residents (no actor) -> no row
U(d, "Imomnazar Imomnazarov, another former field commander of the United Tajik Opposition", "leave the search for the suspects to the police.",
  ("Imomnazar Imomnazarov", T, neg, "Tajikistan", "local leader under his own name; demand that troops withdraw, no judgement word = calling_for_talks, negative"))
U(d, "\"We have buried our sons. We do not want more funerals,\" he said.", "he said.",
  ("Imomnazar Imomnazarov", N, neg, "", "grief without an appeal = neutral, negative"))
# "Khorog's isolation has prompted unusually direct language ..." : summary line -> no row
U(d, "The United Nations Regional Centre for Preventive Diplomacy for Central Asia and the UN office in Tajikistan said", "for the people of Khorog.",
  ("United Nations", N, neg, "", "UNRCCA + UN country office = United Nations (one row); concern without an appeal = neutral, negative"))
U(d, "They asked the government to let UN agencies and other humanitarian organisations", "communications with the region.",
  ("United Nations", T, neu, "Tajikistan", "'They' = the two UN offices; humanitarian access + protection of civilians = calling_for_talks"))
U(d, "The UN was prepared to help with humanitarian supplies", "the statement said.",
  ("United Nations", S, pos, "", "offer of aid = supporting; attribution tail; aid for the families (no actor) -> target empty"))
# "Miroslav Jenca, the head of the regional centre, discussed the situation with Foreign Minister Hamrokhon Zarifi ..." :
#   a meeting narrated -> no row (not a statement of its participants)
U(d, "The ministry said Zarifi had assured him that the operation was directed only against criminal groups", "fully protected.",
  ("Tajikistan", N, pos, "", "reassurance about own conduct = neutral"))
U(d, "The OSCE's Representative on Freedom of the Media, Dunja Mijatovic, said the blocking", "in their own country.",
  ("OSCE", C, neg, "Tajikistan", "'a heavy-handed restriction that deprived citizens of the right to know' = judgement without stock words"))
U(d, "She urged the authorities to lift the block without delay.", "without delay.",
  ("OSCE", T, neu, "Tajikistan", "pronoun subject; appeal without judgement in this sentence"))
U(d, "The OSCE Office in Tajikistan, for its part, said it stood ready to assist", "confidence-building in the region.",
  ("OSCE", S, pos, "", "offer of assistance with dialogue (unsure: rule 2 could make it calling_for_talks; read as an offer of help = supporting); two parties offered help -> target empty"))
U(d, "The United States told the OSCE Permanent Council in Vienna on 26 July", "to protect civilians.",
  ("United States", T, neg, "", "concern + appeal for restraint = calling_for_talks; Vienna = place"))
# "Moscow took a different line." : summary line -> no row
U(d, "Russia regarded the events in Gorno-Badakhshan as an internal matter of Tajikistan", "in the region.",
  ("Russia", S, pos, "Tajikistan", "attribution mid-sentence; backing the Tajik leadership's handling = supporting"))
U(d, "Human Rights Watch said the Tajik authorities must respect the rights", "out of harm's way.",
  ("Human Rights Watch", T, neg, "", "appeal to both sides to protect civilians, no judgement = calling_for_talks"))
# "Dushanbe has rejected the criticism." : summary line before the specific statement -> no row
U(d, "A spokesman for the foreign ministry said some foreign media and organisations had relied on rumours", "border with Afghanistan.",
  ("Tajikistan", N, neg, "", "rejection of criticism + own duty; the reproach of 'some foreign media' names no actor = denial, neutral (unsure: could be condemning)"))
# "Analysts say the assault has exposed the limits of the 1997 peace settlement, ..." : unnamed analysts -> no row
U(d, "\"The deal of 1997 bought peace by leaving the Pamir commanders in place", "political analyst in Dushanbe.",
  ("Farrukh Saidov", N, neu, "", "named analyst (invented) = own actor; reading of the 1997 settlement, no judgement"))
U(d, "\"What we saw on 24 July is the centre deciding", "occupying force.\"",
  ("Farrukh Saidov", N, neg, "", "quote continued after its attribution = own unit, same speaker; risk of a standoff"))
U(d, "Saidov said a second assault would be the worst outcome for both sides:", "on both sides.\"",
  ("Farrukh Saidov", N, neg, "", "surname only; quote opened after a colon = one unit with its lead-in; scenario and forecast"))
U(d, "Irina Sokolenko, a Central Asia specialist at the Caspian Studies Institute in Almaty, said the border", "urgency.",
  ("Irina Sokolenko", N, neu, "", "named analyst (invented); interests at the border; Almaty = place"))
U(d, "\"Whoever controls the crossings on the Panj controls real money", "she said.",
  ("Irina Sokolenko", N, neg, "", "two-sentence quote closed by the speaker; Dushanbe as metonym inside an analyst's sentence (no row for Tajikistan)"))
U(d, "She said the manner of the operation had been \"reckless", "troops to leave.",
  ("Irina Sokolenko", C, neg, "Tajikistan", "'reckless ... indefensible' + appeal to sit down with elders: rule 1"))
# Khorog teacher (unnamed resident) and the commenters -> no rows
