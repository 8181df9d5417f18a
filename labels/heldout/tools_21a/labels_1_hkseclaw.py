# ------------------------------------------------------------------ HK national security law takes effect; MFA replies (Chinese state media, Global Times-style, 2020-07-02)
d = "page_hk_seclaw_statemedia.txt"
U(d, "Chinese Foreign Ministry spokesperson Zhao Lijian on Thursday accused London", "answer in kind.",
  ("China", C, neg, "United Kingdom", "MFA spokesperson = China; accusation of breaking its word + warning of a response (threat); London = metonym"))
U(d, "\"When Britain signed the Joint Declaration", "Zhao told a routine press conference in Beijing.",
  ("China", C, neg, "United Kingdom", "multi-sentence quote closed by its speaker = one unit; judgement + veiled threat of a response ('only itself to blame')"))
U(d, "British Foreign Secretary Dominic Raab told the House of Commons", "settle in Britain.",
  ("United Kingdom", C, neg, "China", "accusation (treaty broken) + a measure announced in response (BN(O) route); Beijing = metonym"))
U(d, "London's passport scheme tramples", "late on Thursday.",
  ("China", C, neg, "United Kingdom", "possessive 'London's' is not the speaker; 'the ministry' = China's MFA by context; attribution tail"))
U(d, "Zhao also urged Washington to stop interfering", "once made it prosper.",
  ("China", C, neg, "United States", "demand to stop 'interfering' = judgement word, so condemning (not an appeal); Washington = metonym"),
  ("United States", C, neg, "China", "Pompeo's claim reported inside Zhao's sentence: accusation that the law stripped the city's freedoms; second actor in the same sentence"))
U(d, "The US has already halted exports", "over the legislation.",
  ("United States", C, neg, "China", "measures by act (export halt, visa curbs) = condemning"))
U(d, "Zhao's message to Washington was blunt:", "right now.",
  ("China", C, neg, "United States", "quotation opened after a colon and left open at the paragraph end; judgement ('political manipulation') + demand"))
U(d, "\"Every wrong move that harms China's interests", "he said.",
  ("China", C, neg, "United States", "quotation continued in the next paragraph; 'he' = Zhao; threat of a firm response"))
U(d, "In Brussels, European Council President Charles Michel told reporters", "like-minded countries.",
  ("European Union", C, neg, "China", "'regretted Beijing's move' = judgement (guide: regrettable) + doubts + response under consideration; Michel and von der Leyen both = EU, one row"))
U(d, "Asked about the European remarks, Zhao said Beijing stood ready", "through dialogue.",
  ("China", T, pos, "European Union", "readiness to communicate + hope to handle differences through dialogue, no judgement = calling_for_talks; 'the European side' = EU"))
U(d, "Canadian Foreign Minister François-Philippe Champagne said on Tuesday", "the city's future.",
  ("Canada", N, neu, "", "response deferred until partners are consulted = procedure, no judgement, no appeal"),
  ("Australia", N, neg, "", "concern without an appeal = neutral, negative (guide); Canberra = metonym"))
U(d, "On Thursday, Australian Prime Minister Scott Morrison said his government was drawing up options", "resettle in Australia.",
  ("Australia", S, pos, "", "offer of resettlement to Hong Kong residents = offering help (supporting); residents are not a canonical actor -> target empty (unsure: could be read as a measure against China)"))
U(d, "Zhao said Canberra and Ottawa had no standing", "relations with Beijing.",
  ("China", C, neg, "", "judgement + demand to stop 'meddling'; aimed at two actors (Australia, Canada) -> target empty"))
U(d, "At the 44th session of the UN Human Rights Council in Geneva on Tuesday, Cuba delivered a joint statement", "foreign policy.",
  ("Cuba", S, pos, "China", "joint statement read by Cuba for 53 unnamed countries: only Cuba is named (one row); the Human Rights Council is the venue, not a speaker"))
U(d, "A rival statement read out by Britain's ambassador in Geneva", "think again about the law.",
  ("United Kingdom", T, neg, "China", "joint statement read by the UK envoy; request to reconsider with no judgement word = appeal (calling_for_talks, negative)"),
  ("Australia", T, neg, "China", "named signatory of the joint statement (list)"),
  ("Canada", T, neg, "China", "named signatory of the joint statement (list)"),
  ("Japan", T, neg, "China", "named signatory of the joint statement (list)"))
U(d, "The foreign ministries of Laos and Vietnam also voiced support", "state media.",
  ("Laos", S, pos, "China", "list of two states: one row each; state media only carry the statements"),
  ("Vietnam", S, pos, "China", "same list"))
U(d, "Zhao thanked the countries that had spoken up", "critical moment.",
  ("China", S, pos, "", "thanks = approval of the supporters (supporting); many states -> target empty"))
U(d, "In Tokyo, Japanese Foreign Minister Toshimitsu Motegi said Japan would keep pressing Beijing", "promised to Hong Kong.",
  ("Japan", T, neg, "China", "demand addressed to one side through diplomatic channels, no judgement word = calling_for_talks, negative (labels/README); Tokyo = place"))
U(d, "HKSAR Chief Executive Carrie Lam, speaking at a reception", "get back to work.",
  ("Hong Kong government", S, pos, "China", "Carrie Lam = Hong Kong government (name files); approval of Beijing's law"))
U(d, "Lam added that the police would enforce the law firmly but fairly", "untouched.",
  ("Hong Kong government", N, pos, "", "surname only; reassurance about its own conduct = neutral, positive (labels/README)"))
U(d, "The Hong Kong police said they had arrested about 370 people", "breaching the new law.",
  ("Hong Kong government", N, neu, "", "Hong Kong police = body of the Hong Kong government; arrest figures, no judgement"))
U(d, "The Liaison Office of the Central People's Government in the HKSAR said", "enforcing the law.",
  ("China", S, pos, "Hong Kong government", "Beijing's Liaison Office = China; backing of the SAR government and police"))
U(d, "Zhang Xiaoming, executive deputy director of the State Council's Hong Kong and Macao Affairs Office", "city's own courts.",
  ("China", N, neu, "", "HKMAO = China (name files); procedure of the law, no evaluation"))
U(d, "He rejected claims that the law would end the city's freedoms", "daily lives.",
  ("China", N, neg, "", "'He' = Zhang; denial = neutral, negative (guide); the anonymous scholar and 'Chinese observers' that follow/precede are not actors"))
