# ------------------------------------------------------------------ Dissolution of the Cambodia National Rescue Party (scraped Southeast Asian daily, .txt, 2017-11-20)
d = "page_cnrp_dissolution2017_mekongdaily.txt"
# Not statements: masthead, menu, sign-in bar, breadcrumb, headline, byline/date line, ADVERTISEMENT, crossheads,
# photo caption with credit, related list, tags, share bar, copyright.
U(d, "Prime Minister Hun Sen on Sunday said he welcomed Washington's decision", "a plot to topple his government.",
  ("Cambodia", C, neg, "United States", "dateline excluded; 'welcomed' the aid cut in defiance + dare + accusation of a plot: rule 1, condemning"))
U(d, "\"Go ahead and take all of it.", "on the outskirts of the capital.",
  ("Cambodia", C, neg, "United States", "defiance + charge that the US tried to overthrow the government"))
U(d, "Hun Sen also urged CNRP commune councillors who had not been banned", "if they did.",
  ("Cambodia", N, neu, "", "invitation to defect with a promise, no judgement or peace appeal (unsure: could be read as condemning CNRP)"))
U(d, "The premier's remarks came three days after the Supreme Court dissolved", "for five years.",
  ("Cambodia", C, neg, "Cambodia National Rescue Party", "long sentence: narration + the court's dissolution and bans, a measure taken against the party (court = state body)"))
U(d, "Chief Judge Dith Munty, reading out the unanimous ruling", "no appeal was possible.",
  ("Cambodia", C, neg, "Cambodia National Rescue Party", "ruling's charge of a conspiracy with foreign backers = accusation"))
# "The case was brought by the Interior Ministry ..." and "CNRP president Kem Sokha has been held ..." = background, no row.
U(d, "Government spokesman Phay Siphan rejected suggestions", "the ministry put before it.",
  ("Cambodia", N, neg, "", "denial of political motive = neutral, negative tone"))
U(d, "The National Election Committee said the 5,007 commune council seats", "as scheduled in July.",
  ("Cambodia", N, neu, "", "state election body gives figures and plans"))
U(d, "The White House said late on Thursday, Washington time", "a real choice.",
  ("United States", C, neg, "Cambodia", "funding cut + warning of further measures + judgement of the vote"))
U(d, "The European Union said in a statement from Brussels", "respect for basic rights.",
  ("European Union", C, neg, "Cambodia", "no legitimate result + veiled trade threat"))
U(d, "In Washington, Ed Royce, the Republican chairman of the House Foreign Affairs Committee", "entering the United States.",
  ("United States", C, neg, "Cambodia", "congressman's push for entry bans = a threatened measure (a legislator speaks for his state)"))
U(d, "Sweden's government said it would re-examine", "in light of the ruling.",
  ("Sweden", C, neg, "Cambodia", "review of aid in response to the ruling = a measure threatened"))
U(d, "Britain's Minister for Asia, Mark Field, said London was deeply troubled", "the arrest of Kem Sokha.",
  ("United Kingdom", N, neg, "", "concern without an appeal and without a judgement word = neutral, negative"))
U(d, "Australian Foreign Minister Julie Bishop said Canberra was concerned", "contest the election freely.",
  ("Australia", T, neg, "Cambodia", "concern + appeal, no judgement = calling_for_talks"))
U(d, "UN special rapporteur on human rights in Cambodia Rhona Smith said", "the world had helped rebuild.",
  ("United Nations", C, neg, "Cambodia", "UN rapporteur; 'a grave step backwards' = judgement"))
# "China struck a different note." = summary line before the specific statement, no row.
U(d, "Foreign ministry spokesman Geng Shuang told reporters in Beijing on Friday", "without trouble.",
  ("China", S, pos, "Cambodia", "backing for the government's handling + confidence in it = supporting"))
U(d, "In Bangkok, a Thai foreign ministry spokesman said the ruling was an internal matter", "a neighbour's courts.",
  ("Thailand", N, neu, "", "unnamed official of a named ministry speaks for Thailand; non-comment on an internal matter = neutral"))
U(d, "Japan's embassy in Phnom Penh said Tokyo had no plans to halt", "to the National Election Committee.",
  ("Japan", S, pos, "Cambodia", "continued supply of election equipment = backing by act"))
U(d, "The embassy said Japan hoped the coming election would reflect", "take part in it.",
  ("Japan", T, pos, "", "hope for an inclusive vote = calling_for_talks"))
U(d, "The ruling Cambodian People's Party said through its spokesman, Sok Eysan", "than the Cambodian people.",
  ("Cambodian People's Party", C, neg, "Cambodia National Rescue Party", "blame placed on the opposition = judgement"))
U(d, "The CNRP said in a statement that it would never recognise the verdict", "orders from the ruling party.",
  ("Cambodia National Rescue Party", C, neg, "Cambodia", "refusal to recognise + the court 'takes its orders' = judgement (the court is a state body)"))
U(d, "Kem Monovithya, the party's deputy director of public affairs", "where it hurts them personally.",
  ("Cambodia National Rescue Party", C, neg, "Cambodia", "call to punish the officials = call for measures, condemning"))
U(d, "Human Rights Watch said governments that buy Cambodian goods", "who ordered the ban.",
  ("Human Rights Watch", C, neg, "Cambodia", "call for targeted sanctions = condemning"))
# "Most CNRP lawmakers have left the country since September, fearing arrest." = narration, no row.
U(d, "\"The ruling party has removed the only opponent that could beat it", "Phnom Penh Institute for Policy Research.",
  ("Sok Vanna", N, neg, "", "invented analyst; reading of the ruling party's calculation (unsure: could be read as condemning)"))
U(d, "Sok Vanna said the government and the opposition should still sit down", "would settle nothing.",
  ("Sok Vanna", T, neu, "", "appeal for talks between the two sides"))
U(d, "At a market near the Chbar Ampov bridge, garment worker Srey Leak", "whom she would vote for now.",
  ("Srey Leak", N, neu, "", "invented voter (witness); her own vote and uncertainty, no judgement"))
U(d, "\"My commune chief is gone.", "she said.",
  ("Srey Leak", N, neg, "", "witness's bewilderment, no judgement of an actor"))
