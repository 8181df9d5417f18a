# ------------------------------------------------------------------ Kankara schoolboys abduction, Katsina (wire copy, 2020-12-15)
d = "page_nigeria_kankara_schoolboys2020_wire.txt"
# Not statements: menu, section, date line, UPDATE headline (it carries the world's pressure: headline, no row), byline,
# read time, the four bullets, ADVERTISEMENT, crossheads, reporting credits, Our Standards, Related Coverage, tags, most read.
U(d, "Boko Haram leader Abubakar Shekau said in an audio message", "northeastern heartland.",
  ("Boko Haram", N, neu, "", "dateline excluded; claim of its own act, no judgement in the claim itself = neutral; the reach clause is the outlet's gloss"))
# "Gunmen on motorcycles stormed ..." = narration with no named source, no row.
U(d, "\"The boys are with us,\" Shekau said", "could not independently verify.",
  ("Boko Haram", N, neu, "", "claim of holding the boys, restated in a quote; no judgement"))
U(d, "He warned that any attempt by the army to free them", "without giving details.",
  ("Boko Haram", C, neg, "Nigeria", "threat of a response to a rescue = condemning; pronoun = Shekau"))
U(d, "Katsina Governor Aminu Bello Masari said on Sunday", "over the weekend.",
  ("Nigeria", N, neu, "", "state governor resolves to his state; figures"))
U(d, "Masari ordered every boarding school in the state shut", "a statement from his office.",
  ("Nigeria", T, neu, "", "closure (a measure on his own schools, not against anyone) + appeal for calm = calling_for_talks (hope/appeal for calm); 'according to a statement' attribution"))
U(d, "The governor said his government had received no demand", "from the kidnappers.",
  ("Nigeria", N, neu, "", "'the governor' by title; fact"))
U(d, "Presidential spokesman Garba Shehu had earlier told the BBC", "stopped repeating.",
  ("Nigeria", N, neu, "", "figure given by the presidency; the tail is the outlet's narration"))
U(d, "The opposition Peoples Democratic Party said the shifting figures", "take personal charge of the rescue.",
  ("Peoples Democratic Party", C, neg, "Nigeria", "judgement of its own government + appeal: rule 1"))
U(d, "Information Minister Lai Mohammed rejected that charge", "scale of the abduction.",
  ("Nigeria", N, neg, "", "denial of the opposition's charge = neutral, negative tone"))
U(d, "Buhari, who was spending the week in his hometown of Daura", "News Agency of Nigeria.",
  ("Nigeria", C, neg, "", "judgement without stock words ('an assault on children whose only offence ...'); attribution via state agency (not an actor); attackers not named -> target empty"))
U(d, "Defence spokesman Major General John Enenche said troops had encircled", "was under way.",
  ("Nigeria", C, neg, "", "announced military operation against the kidnappers = condemning; kidnappers unnamed -> target empty (unsure: could be read as neutral report of own operation)"))
# "In Kankara, dozens of mothers marched ..." = narration, no row.
U(d, "\"Whoever has our children, we are begging you", "among the missing.",
  ("Musa Lawal", T, neg, "", "named parent (invented, independent person); plea for release, no judgement = calling_for_talks"))
U(d, "U.N. Secretary-General Antonio Guterres said through his spokesman", "without delay or conditions.",
  ("United Nations", C, neg, "", "judgement without a stock word ('few acts were as wicked') + demand: rule 1; spokesman named by role"))
U(d, "The spokesman said the world body stood with Nigeria's government", "terrorising the north.",
  ("United Nations", S, pos, "Nigeria", "'the spokesman' carries the UN; solidarity = supporting"))
U(d, "UNICEF's representative in Nigeria, Peter Hawkins, said the agency was deeply worried", "across Katsina.",
  ("UNICEF", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "Hawkins urged anyone with influence over the kidnappers", "safe release.",
  ("UNICEF", T, neg, "", "surname only; appeal for a safe release, no judgement"))
U(d, "The U.S. embassy in Abuja said on Twitter that whoever planned the raid", "sympathy to the families.",
  ("United States", C, neg, "", "judgement without stock words + sympathy: rule 1; planners unnamed -> target empty"))
U(d, "Britain's minister for Africa, James Duddridge, said London stood ready", "bring the students home.",
  ("United Kingdom", S, pos, "Nigeria", "offer of help = supporting; London = metonym"))
U(d, "Duddridge said British officials had raised the case", "Babagana Monguno.",
  ("United Kingdom", N, neu, "", "diplomatic contact reported, no evaluation"))
U(d, "A spokesperson for the European Union's foreign service, Nabila Massrali, said the bloc hoped", "very soon.",
  ("European Union", T, pos, "", "hope = calling_for_talks"))
U(d, "The Economic Community of West African States said in a statement", "with deep anxiety.",
  ("ECOWAS", N, neg, "", "concern without appeal = neutral, negative"))
U(d, "The African Union said its counter-terrorism research centre in Algiers", "Nigerian security services.",
  ("African Union", S, pos, "Nigeria", "offer of intelligence = backing by act"))
U(d, "In neighbouring Niger, whose southern border lies", "placed on alert.",
  ("Niger", N, neu, "", "own troops on alert, no evaluation or appeal"))
U(d, "Amnesty International's Nigeria director, Osai Ojigho, said the abduction showed", "Dapchi in 2018.",
  ("Amnesty International", C, neg, "Nigeria", "judgement without stock words on the authorities"))
# "Boko Haram has until now operated mostly in the northeast ..." = background, no row.
U(d, "\"If the claim is genuine, it means the jihadists", "Sahel Security Observatory in Abuja.",
  ("Bulama Tukur", N, neg, "", "invented analyst, quote before the name; assessment, no judgement or appeal"))
U(d, "Tukur said successive federal governments had left", "reaping the consequences.",
  ("Bulama Tukur", C, neg, "Nigeria", "judgement of the federal governments (reported clause)"))
