# ------------------------------------------------------------------ Guinea: the abduction of FNDC leaders Fonike Mengue and Billo Bah (international wire copy, 2024-07-19)
d = "page_guinea_fonike_abduction2024_wire.txt"
# Not statements: menu, headline, byline, time stamps, read time, the four summary bullets, ADVERTISEMENT, crossheads, credits, Related Coverage, Our Standards, tags, most read, copyright.
U(d, "The United Nations human rights chief on Friday urged", "dragged the pair from a house in the capital.",
  ("United Nations", T, neg, "Guinea", "dateline excluded; lede carrying a position: appeal to disclose detention place and grant access, no judgement word = calling_for_talks, addressed to Guinea"))
# "Oumar Sylla, known as Foniké Menguè, ..." = background narration, no row.
# "A third activist taken with them was freed ..." = unnamed speaker (not an actor), no row.
U(d, "In a statement read on state television on Wednesday, the prosecutor general", "no prison in Guinea was holding them.",
  ("Guinea", N, neg, "", "prosecutor general = the state; denial of holding the men = neutral, negative tone"))
U(d, "He instructed prosecutors in the capital to open inquiries", "search for the missing men.",
  ("Guinea", N, neu, "", "'He' = the prosecutor general; procedure (inquiries, search) = neutral"))
U(d, "Government spokesman Ousmane Gaoual Diallo was quoted by a Conakry radio station", "run its course.",
  ("Guinea", N, neu, "", "second-hand attribution ('was quoted ... as saying'); reassurance about own conduct = neutral"))
U(d, "Diallo said critics who blamed the army had delivered their verdict", "had been heard.",
  ("Guinea", C, neg, "", "surname only; judgement on the critics without stock words; critics are not a canonical actor -> target empty"))
U(d, "The ministry of security and civil protection said on Thursday", "contact the gendarmerie.",
  ("Guinea", N, neu, "", "ministry = the state; plan and a request for information, no appeal for talks = neutral"))
U(d, "The FNDC, which the junta ordered dissolved in 2022", "whatever befell the two men.",
  ("National Front for the Defence of the Constitution", C, neg, "Guinea", "holds the government responsible = condemning; relative clause is narration"))
U(d, "\"Our comrades were taken by men in uniform", "carried by several Guinean news sites.",
  ("National Front for the Defence of the Constitution", C, neg, "Guinea", "senior FNDC official speaks for the movement; accusation that men in uniform took them and that the state feigns ignorance"))
U(d, "\"Not one person in this country believes that.\"", "\"Not one person in this country believes that.\"",
  ("National Front for the Defence of the Constitution", C, neg, "Guinea", "quote continued after the attribution, same speaker; disbelief of the state's account = judgement"))
U(d, "Koundouno said the movement would resume its street demonstrations", "keep every march peaceful.",
  ("National Front for the Defence of the Constitution", T, neu, "", "speaker carried into the next paragraph by surname; plan + appeal for peaceful protest = calling_for_talks (as in batch22a Capriles)"))
U(d, "Prime Minister Amadou Oury Bah told a meeting with civil society groups", "would be prosecuted.",
  ("Guinea", N, neu, "", "reassurance about own conduct and plan to prosecute = neutral; the meeting itself is narration"))
U(d, "In Geneva, Volker Turk, the UN High Commissioner for Human Rights, said the disappearances fitted", "since the 2021 coup.",
  ("United Nations", C, neg, "Guinea", "OHCHR = United Nations; 'a wider pattern of pressure' on critics = judgement without stock words"))
U(d, "Turk's office said its staff in West Africa had raised the case", "where the men were.",
  ("United Nations", N, neu, "", "facts of its own contacts, no appeal = neutral"))
U(d, "The European Union, in a statement from the spokesperson of its diplomatic service, said it expected", "do its work.",
  ("European Union", T, neu, "Guinea", "expectation that the authorities account for the men and allow an independent inquiry = appeal without judgement (as demands for an inquiry)"))
U(d, "The spokesperson, Nabila Massrali, added that the bloc's backing", "treated their critics.",
  ("European Union", C, neg, "Guinea", "spokesperson named first by role then by name; veiled conditionality of support = threat of a response (unsure: could be read as neutral)"))
U(d, "A State Department spokesperson told Meridian that the United States was concerned", "in contact with Guinean officials.",
  ("United States", N, neg, "", "concern without an appeal = neutral, negative tone"))
U(d, "Britain's embassy in Conakry said on social media", "access to their lawyers.",
  ("United Kingdom", T, neg, "Guinea", "state given by adjective ('Britain's embassy'); concern + appeal to guarantee safety and access = calling_for_talks"))
U(d, "France hoped the two activists would be found safe", "daily briefing in Paris.",
  ("France", T, pos, "", "hope = calling_for_talks; position first, attribution tail to a spokesperson"))
# "ECOWAS, which lifted its sanctions on Guinea in February, has not commented publicly on the case." = non-answer, no row.
U(d, "Senegal's Y'en a Marre movement and the pan-African network AfricTivistes issued a joint statement", "take up the case.",
  ("Y'en a Marre", C, neg, "Guinea", "joint statement by a list: one row per signatory; 'enforced disappearance' = judgement, appeal to AU bodies follows (rule 1)"),
  ("AfricTivistes", C, neg, "Guinea", "second signatory of the joint statement; same position"))
U(d, "Amnesty International's regional office in Dakar said keeping critics out of sight", "could be at risk.",
  ("Amnesty International", C, neg, "Guinea", "judgement of a practice of the authorities without stock words + warning"))
U(d, "The Union of Democratic Forces of Guinea, the party of exiled former prime minister", "return to civilian rule.",
  ("Union of Democratic Forces of Guinea", C, neg, "Guinea", "party speaks; 'made fear its method of government' = judgement of the junta (the junta speaks for Guinea)"))
U(d, "The Guinean Bar Association said it had assigned a team of lawyers", "free of charge.",
  ("Guinean Bar Association", S, pos, "", "backing by act (free legal help) for the families; families not a canonical actor -> target empty"))
# "Analysts said the case would test ..." = unnamed analysts, no row.
U(d, "Mariama Toure, a researcher on West African governance", "before a constitutional referendum.",
  ("Mariama Toure", N, neu, "", "invented independent researcher under her own name; reading of the timing, no judgement"))
U(d, "\"What is new is not the repression itself", "Toure said.",
  ("Mariama Toure", C, neg, "Guinea", "quote closed by its speaker; the silence after repression = judgement of the authorities without stock words"))
U(d, "\"When the prosecutor says nobody knows where they are", "who might think of marching.\"",
  ("Mariama Toure", C, neg, "Guinea", "quote continued after the attribution, same speaker; the prosecutor's answer read as intimidation = judgement"))
U(d, "Toure said Western governments that had resumed aid to Conakry", "choosing to use.",
  ("Mariama Toure", C, neg, "", "criticism of Western governments' inaction (not a canonical actor) -> target empty"))
U(d, "Lansana Kourouma, a retired Guinean magistrate", "inquiry to be believed.",
  ("Lansana Kourouma", T, neu, "Guinea", "invented retired magistrate (speaks for no body); appeal for access by judges to detention sites, conditional, no judgement = calling_for_talks"))
# "Guinea's junta seized power in September 2021 ..." = background narration, no row.
# "Doumbouya has not spoken publicly about the case." = non-answer, no row.
