# ------------------------------------------------------------------ UN General Assembly resolution on the withdrawal of Russian forces from Moldova (UN meetings coverage, 2018-06-22)
d = "page_moldova_troopwithdrawal_ga2018_unmeetings.txt"
# Not statements: section banner, document symbol, date, session line, headline, crossheads ("Introduction of Draft",
# "No-Action Motion", "Explanations of Vote", "Central Asia"), the closing "will reconvene" line, "* *** *", disclaimer.
U(d, "The General Assembly today adopted a resolution urging the Russian Federation to withdraw", "with 83 abstentions.",
  ("United Nations", T, neg, "Russia", "the Assembly's resolution = UN; demand to withdraw with no judgement word in this sentence = calling_for_talks (labels/README)"))
U(d, "Under the text, titled", "without Moldova's agreement.",
  ("United Nations", N, neg, "", "concern with no appeal in the sentence = neutral, negative"))
U(d, "It asked Moscow to bring those troops and munitions home", "waiting no longer.",
  ("United Nations", T, neg, "Russia", "'It' = the Assembly; demand to withdraw, no judgement word"))
U(d, "The Assembly also acknowledged the efforts of the participating States", "bring the withdrawal about.",
  ("United Nations", S, pos, "OSCE", "approval of the OSCE states' efforts"))
U(d, "It decided to include the item in the provisional agenda", "seventy-third session.",
  ("United Nations", N, neu, "", "procedural decision"))
U(d, "Introducing the draft, Tudor Ulianovschi, Minister for Foreign Affairs", "and of the Charter.",
  ("Moldova", C, neg, "Russia", "'in breach of its sovereignty and of the Charter' = judgement"))
U(d, "The text was no act of confrontation, he stressed", "in good faith.",
  ("Moldova", T, neu, "", "'he' = the minister; request for a peaceful, good-faith settlement"))
U(d, "He cited Vasile Rusu, a former military adviser", "as long as it stayed there.",
  ("Vasile Rusu", N, neg, "", "invented expert, position reported by the minister (guide: X reported by Y is X's); warning without appeal = neutral, negative. No separate Moldova row: the minister's own position is in the units before"))
U(d, "The representative of the Russian Federation then moved that no action be taken", "not open to consensus.",
  ("Russia", N, neu, "", "procedural motion with a procedural reason (no consultations)"))
U(d, "He said the initiative would set back the settlement process", "spoken out against it.",
  ("Russia", C, neg, "Moldova", "judgement that the initiative harms the settlement"),
  ("Moldova", C, neg, "", "President Dodon's opposition reported by Russia's delegate: the president speaks for his state, against his own government's draft (target would be Moldova itself -> empty) (unsure)"))
U(d, "The Assembly rejected the motion in a recorded vote.", "in a recorded vote.",
  ("United Nations", N, neu, "", "procedure"))
U(d, "Speaking before the vote, the representative of Ukraine, also on behalf of", "had to end.",
  ("Ukraine", C, neg, "Russia", "GUAM statement, one row per listed state; 'could never be treated as normal ... had to end' = judgement on the foreign (Russian) presence"),
  ("Azerbaijan", C, neg, "Russia", "listed state of the joint GUAM statement"),
  ("Georgia", C, neg, "Russia", "listed state of the joint GUAM statement"),
  ("Moldova", C, neg, "Russia", "listed state of the joint GUAM statement"))
U(d, "The representative of Georgia, speaking in his national capacity", "stood with Chisinau.",
  ("Georgia", S, pos, "Moldova", "solidarity with Moldova"))
U(d, "The representative of the European Union said the bloc remained committed", "internationally recognized borders.",
  ("European Union", S, pos, "Moldova", "backing of Moldova's sovereignty"))
U(d, "He added that the Union backed the settlement talks", "the OSCE Mission in the country.",
  ("European Union", S, pos, "OSCE", "backing of the talks format and the OSCE mission (supporting an actor's action; unsure: could be calling_for_talks)"))
U(d, "The representative of the United States said his country had for years pressed", "OSCE Istanbul Summit in 1999.",
  ("United States", T, neg, "Russia", "demand to honour pledges and withdraw, no judgement word"))
U(d, "The representative of Romania said keeping troops in a neighbouring State", "freely accepted.",
  ("Romania", C, neg, "Russia", "'incompatible with the Charter' = judgement"))
U(d, "The speaker quoted Elena Cojocaru, a professor of international law", "was lawful.",
  ("Elena Cojocaru", N, neu, "", "invented professor, position reported by Romania's delegate; a general legal principle with no actor named"))
U(d, "The representative of Belarus said his delegation could not support the text", "a vote in the Assembly.",
  ("Belarus", T, neu, "", "declines to support + appeal for dialogue, no judgement"))
U(d, "The representative of the Syrian Arab Republic said the draft was a politicized attempt", "deepen division.",
  ("Syria", C, neg, "Moldova", "judgement of the draft (Moldova's initiative)"))
U(d, "Speaking after the vote, the representative of the Russian Federation said the number of abstentions", "peacekeeping mandate on the Dniester.",
  ("Russia", N, neu, "", "reading of the vote + own plans, no judgement"))
U(d, "He said the European Union had disregarded the work", "confrontation over cooperation.",
  ("Russia", C, neg, "European Union", "judgement"))
U(d, "Speaking in exercise of the right of reply, the representative of the Republic of Moldova said", "brought the draft to the Assembly.",
  ("Moldova", N, neu, "", "constitutional fact, no judgement"))
U(d, "Also today, the Assembly adopted without a vote a resolution", "Central Asian region.",
  ("United Nations", N, neu, "", "adoption reported, procedure"))
U(d, "Introducing the text, the representative of Uzbekistan said", "through dialogue among themselves.",
  ("Uzbekistan", T, pos, "", "commitment to dialogue"))
