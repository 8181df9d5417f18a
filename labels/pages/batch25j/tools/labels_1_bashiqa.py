# ------------------------------------------------------------------ Turkish troops at Bashiqa, Iraq's ultimatum (wire copy, 2015-12-08)
d = "page_iraq_bashiqa_turkishtroops2015_wire.txt"
# Not statements: menu, headline (carries Iraq's position; the lead carries it again), byline, read time, bullets, ADVERTISEMENT,
# crossheads (REGIONAL REACTION, WASHINGTON'S POSITION, ANALYSTS SEE FEW OPTIONS), credits, Our Standards, Related Coverage, tags, most read, copyright.
U(d, "Iraq said on Tuesday it would take Turkey's deployment", "no Iraqi government could accept.",
  ("Iraq", C, neg, "Turkey", "dateline excluded; lead carrying a position: complaint to the UNSC + judgement ('an intrusion that no Iraqi government could accept')"))
U(d, "Ankara said it had stopped sending further troops", "would keep the units already there in place.",
  ("Turkey", N, neu, "", "reported clause: Ankara's own plan, halting and keeping troops, no judgement or appeal"))
# "The reinforcements, several hundred soldiers ..." = background, 'people familiar with the mission' are no actor: no row.
U(d, "In a statement read on state television, Abadi's office said", "complaint with the Security Council.",
  ("Iraq", C, neg, "Turkey", "'run out of patience with Ankara's explanations' + formal complaint = judgement and a measure"))
U(d, "\"Iraq did not invite these forces", "the statement said.",
  ("Iraq", C, neg, "Turkey", "two-sentence quote closed by its speaker; 'entered without permission' is an accusation, the demand to leave follows it (rule 1)"))
U(d, "Foreign ministry spokesman Ahmed Jamal told the Al Sumaria channel", "convene its foreign ministers.",
  ("Iraq", N, neu, "", "spokesperson by role; procedural steps (letters, request for a meeting), no judgement in the sentence (unsure: could be read as protest)"))
U(d, "Jamal said the ministry had summoned the Turkish ambassador", "a note of protest.",
  ("Iraq", C, neg, "Turkey", "spokesman now by surname only; summons + protest note = a taken diplomatic measure"))
U(d, "Prime Minister Ahmet Davutoglu, in remarks carried by the state-run Anadolu agency", "known to Iraqi officials for months.",
  ("Turkey", N, neu, "", "'in remarks carried by' the agency: the agency is no actor; a justification of Turkey's own deployment, no judgement of Iraq = neutral"))
U(d, "He said he had written to Abadi to explain", "in a joint committee.",
  ("Turkey", T, pos, "Iraq", "pronoun = Davutoglu; offer to discuss the camp's future in a joint committee = talks"))
U(d, "A Turkish military source denied Iraqi media reports", "perimeter of the camp.",
  ("Turkey", N, neg, "", "unnamed source of a named state's military; a denial = neutral, negative tone"))
# "President Tayyip Erdogan struck a harder tone." = summary line before the specific statement, no row.
U(d, "Speaking in Ankara, Erdogan said Turkish soldiers would stay", "overran Mosul last year.",
  ("Turkey", C, neg, "", "refusal to withdraw + a jibe at critics in Baghdad (judgement without stock words); aimed at unnamed politicians -> target empty"))
U(d, "Foreign Minister Mevlut Cavusoglu was quoted by the private Dogan news agency", "cleared up within days.",
  ("Turkey", T, pos, "", "passive attribution ('was quoted ... as saying'); hope the dispute is cleared up = calling_for_talks; a hope about both sides -> target empty"))
U(d, "Jaafari, for his part, said no agreement of any kind", "for weakness.",
  ("Iraq", C, neg, "Turkey", "Iraqi FM introduced in the previous sentence, here by surname; judgement without a stock word"))
U(d, "Iraqi President Fuad Masum urged Erdogan in a telephone call", "according to a statement from his office.",
  ("Iraq", T, neu, "Turkey", "'according to a statement from his office'; appeal for dialogue, no judgement"))
U(d, "Arab League Secretary-General Nabil Elaraby said in a statement from Cairo", "pull the troops out at once.",
  ("Arab League", C, neg, "Turkey", "judgement ('encroachment', 'could not pass over in silence') + demand: rule 1"))
U(d, "The Egyptian foreign ministry and Jordanian officials voiced support", "respect for Iraq's borders.",
  ("Egypt", S, pos, "Iraq", "ministry given by its state's adjective; backing of Baghdad's demand"),
  ("Jordan", S, pos, "Iraq", "'Jordanian officials' = officials of a named government; same backing"))
U(d, "Iran's foreign ministry spokesman, Hossein Jaberi Ansari, told reporters", "already burning.",
  ("Iran", T, neg, "", "appeal to respect sovereignty and avoid escalation, no one named and no judgement word -> talks, target empty"))
# "Russia, whose relations with Turkey have collapsed ..., also weighed in." = summary line, no row.
U(d, "Foreign ministry spokeswoman Maria Zakharova said Moscow would ask", "did not apply to it.",
  ("Russia", C, neg, "Turkey", "taking the matter to the UNSC + judgement of Ankara's conduct"))
# "Diplomats said the Council's members could take up the issue ..." = unnamed speakers, a schedule: no row.
U(d, "Hadi al-Amiri, who leads the Badr Organisation", "if the government's diplomacy failed.",
  ("Badr Organization", C, neg, "Turkey", "militia leader speaks for his group; conditional threat = condemning"))
U(d, "A spokesman for the Kurdistan Regional Government, Safeen Dizayee, said", "planning the Mosul campaign.",
  ("Kurdistan Regional Government", N, neu, "", "facts about the camp's location and the known mission; no judgement, no appeal"))
U(d, "In Washington, State Department spokesman John Kirby said the deployment", "told of it in advance.",
  ("United States", N, neu, "", "facts about coordination, no evaluation"))
U(d, "Kirby said the United States wanted the two governments", "consent of its government.",
  ("United States", T, neu, "", "spokesman by surname; appeal to settle it directly; the consent clause is a principle, not a judgement of Turkey (unsure) -> talks, both sides addressed"))
U(d, "U.N. spokesman Stephane Dujarric said Secretary-General Ban Ki-moon", "good neighbourliness.",
  ("United Nations", T, pos, "", "reported clause: the Secretary-General's hope = calling_for_talks; spokesman and SG both speak for the UN"))
# "Hundreds of supporters of the Shi'ite militias rallied ..." = narration, no named actor: no row.
U(d, "At the camp itself, the mood was different: Sheikh Nawaf al-Jubouri", "he wanted them to stay.",
  ("Nawaf al-Jubouri", S, pos, "Turkey", "invented local tribal leader, independent person; praise of the Turkish trainers"))
U(d, "Yasin al-Hamdani, an analyst at the Tigris Centre for Policy Studies", "beyond the United Nations.",
  ("Yasin al-Hamdani", N, neu, "", "invented analyst; reading of Abadi's position, no judgement"))
U(d, "\"Ankara has handed Abadi's rivals a gift.", "for a long time,\" he said.",
  ("Yasin al-Hamdani", C, neg, "Turkey", "multi-sentence quote closed by its speaker; 'carelessness' = judgement without a stock word"))
U(d, "Elif Sarac of the Anatolian Foreign Policy Institute said", "spilled into the Mosul offensive.",
  ("Elif Sarac", T, neu, "", "invented analyst; urges both capitals to agree a face-saving formula = talks"))
