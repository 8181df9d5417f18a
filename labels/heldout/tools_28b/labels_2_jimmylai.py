# ------------------------------------------------------------------ Jimmy Lai verdict, Hong Kong (international wire copy, 2025-12-16)
d = "page_jimmylai_verdict_wire.txt"
U(d, "Britain said on Tuesday it would summon China's ambassador", "guilty on all three counts he faced.",
  ("United Kingdom", C, neg, "China", "dateline excluded; long lead: summons (a measure) + 'political prosecution', with the verdict narrated; Britain = United Kingdom"))
# no rows: the conviction and charges (narration); "In their judgment, the judges found ..." (the court's
# findings: a judicial ruling, not a government's position; left without a row, see README)
U(d, "Foreign Secretary Yvette Cooper told parliament the verdict", "speaking his mind.",
  ("United Kingdom", C, neg, "Hong Kong government", "role then name; 'prosecution driven by politics' = judgement of the Hong Kong prosecution"))
U(d, "\"We will not stay silent while a British national", "Cooper said.",
  ("United Kingdom", C, neg, "China", "multi-sentence quote closed by surname; calling in the Chinese ambassador = protest measure"))
U(d, "She said Britain would keep pressing for Lai to be freed", "at every level with Beijing.",
  ("United Kingdom", T, neg, "China", "pronoun subject; diplomatic pressure for release, no judgement word = calling_for_talks; Beijing = metonym"))
U(d, "Hong Kong's leader John Lee welcomed the verdict on Monday", "people of the city.",
  ("Hong Kong government", C, neg, "Jimmy Lai", "welcome of the court's ruling + explicit judgement of Lai ('had harmed') -> rule 1 condemning"))
U(d, "\"The judges did their duty without fear", "before saying more.",
  ("Hong Kong government", N, pos, "", "defence of the city's own judiciary = reassurance (neutral); 'pressure from outside' names nobody; plan to study the judgment"))
U(d, "Secretary for Security Chris Tang accused foreign politicians and media", "an open trial.",
  ("Hong Kong government", C, neg, "", "accusation of unnamed foreign politicians -> target empty"))
U(d, "\"They call it persecution because they do not like the result,\" Tang said.", "Tang said.",
  ("Hong Kong government", C, neg, "", "surname only; dismissive judgement of the critics"))
U(d, "In Beijing, foreign ministry spokesperson Guo Jiakun said the central government firmly backed", "according to law.",
  ("China", S, pos, "Hong Kong government", "backing of the Hong Kong authorities = supporting; In Beijing = place"))
U(d, "Guo said Lai was \"a key planner of anti-China acts\"", "Hong Kong's legal system.",
  ("China", C, neg, "", "judgement of Lai and of 'some Western countries' (several) -> target empty"))
U(d, "China, he said, would not accept any country meddling", "China's internal matters.",
  ("China", C, neg, "", "attribution mid-sentence; warning against unnamed countries -> target empty"))
U(d, "The Chinese embassy in London said Britain had no standing", "to the British side.",
  ("China", C, neg, "United Kingdom", "embassy = China; London = place; 'strong dissatisfaction' made clear = protest"))
U(d, "Beijing's Office for Safeguarding National Security in Hong Kong said", "would pay the price.",
  ("China", C, neg, "", "Beijing's office in the city = China; threat aimed at unnamed 'people who betrayed the country'"))
U(d, "U.S. Secretary of State Marco Rubio said in a statement that the conviction", "handed back in 1997.",
  ("United States", C, neg, "China", "judgement: Beijing's laws used to muzzle people"))
U(d, "\"He is 78, he has been locked up for five years", "Rubio said.",
  ("United States", T, neg, "Hong Kong government", "appeal for release on humanitarian grounds, no judgement word; 'the authorities' = Hong Kong's"))
U(d, "President Donald Trump told reporters at the White House that he had raised", "Xi Jinping.",
  ("United States", T, neu, "China", "raising the case with Xi = diplomatic course; White House = place here"))
U(d, "\"I asked him to think about letting him out.", "Trump said, without saying when the conversation took place.",
  ("United States", T, neu, "China", "quote with two pronoun 'him's (Xi, Lai); request to release"))
# no rows: "Related:" links
U(d, "The European Union's diplomatic service said the trial was political", "without conditions.",
  ("European Union", C, neg, "Hong Kong government", "EEAS = EU; judgement + call for release (rule 1)"))
U(d, "Australia and Canada said in separate statements that they were deeply troubled", "his age and health.",
  ("Australia", T, neg, "Hong Kong government", "list of two states = two rows; concern + appeal for release (no judgement word) = calling_for_talks; 'Hong Kong' = its government"),
  ("Canada", T, neg, "Hong Kong government", "same sentence, second listed state"))
U(d, "Taiwan's Mainland Affairs Council, which handles policy toward China", "hollowed out.",
  ("Taiwan", C, neg, "", "MAC = Taiwan; judgement, nobody named -> target empty"))
U(d, "Sarah Brooks, China director at Amnesty International, said the ruling", "offered protection.",
  ("Amnesty International", C, neg, "", "role after name; judgement of the ruling (court not an actor) -> target empty"))
U(d, "Reporters Without Borders called the verdict a travesty", "for Lai's release.",
  ("Reporters Without Borders", C, neg, "", "'travesty' + campaign (rule 1)"))
U(d, "The Committee to Protect Journalists said Lai should never have been prosecuted.", "prosecuted.",
  ("Committee to Protect Journalists", C, neg, "Hong Kong government", "judgement of the prosecution"))
U(d, "At a news conference in London on Monday, Lai's son Sebastian said", "the newspaper he ran.",
  ("Sebastian Lai", C, neg, "China", "independent person under his own name (relation then name); accusation of Beijing (metonym)"))
U(d, "\"The British government has said the right words.", "he said.",
  ("Sebastian Lai", C, neg, "China", "asks London to make release a condition of trade = a call for pressure on China, like a call for sanctions (unsure: could be calling_for_talks addressed to the UK)"))
U(d, "He later told Meridian that he had not been able to speak to his father", "for months.",
  ("Sebastian Lai", N, neg, "", "fact about his own situation, sad tone"))
# no rows: the queue, Cardinal Zen and Lai's wife attending (narration); the unnamed retired teacher (resident,
# not named = not an actor); Lai's lawyers' non-comment; police and pro-Beijing demonstrators (no named speaker);
# background on the 2020 law and Apple Daily; "The Hong Kong government and Beijing say the law restored
# stability ... Critics ... say" (vague background); "Analysts said ..." and the unnamed European diplomat
# (no named government); sentencing date; credits, Trust Principles, topics, newsletter, most read
