# ------------------------------------------------------------------ Chinese Embassy in Canberra: Birtles/Smith departure and the June searches (embassy news page, 2020-09-04 to 09-13)
d = "page_canberra_embassy_birtles2020_statements.txt"
# Not statements: site menus, breadcrumb, item headlines, dates, separators, related links, address and copyright.
U(d, "The Embassy has taken note of remarks made on Sunday by the Australian Minister", "residences of Chinese journalists.",
  ("China", N, neu, "", "'the Embassy' = China; taking note = procedural"))
U(d, "The Minister's suggestion that some people were \"masquerading\"", "the Embassy firmly opposes it.",
  ("China", C, neg, "Australia", "'groundless smear' + 'firmly opposes' aimed at the Australian minister (title only) = judgement"))
U(d, "The spokesperson said the Australian side, while claiming to champion the free press", "lectures others about.",
  ("China", C, neg, "Australia", "charge of hypocrisy as a rhetorical question, no stock word"))
U(d, "The Embassy once again urges the relevant Australian authorities to return", "under suspicion.",
  ("China", T, neg, "Australia", "demand addressed to one side with no judgement word in the sentence = calling_for_talks, negative (README rule)"))
# "Q: Some Australian media and politicians claim ..." = the questioner's line; unnamed media/politicians are no actor, no row.
U(d, "A: The Chinese side handled the matter strictly in accordance with law.", "left the country in an orderly way.",
  ("China", N, neu, "", "'the Chinese side' = China; own account + denial of coercion = neutral"))
U(d, "Attempts by certain Australian politicians and media outlets to describe this", "have nothing to fear.",
  ("China", N, neg, "", "rejection of the 'intimidation' account = denial; aimed at unnamed politicians and media, not the state -> neutral, negative (unsure: 'distortion' could be read as a judgement)"))
U(d, "The spokesperson said the Embassy had kept in close contact with the Australian side", "concluded smoothly.",
  ("China", S, pos, "Australia", "appreciation of Australian consular cooperation = approval"))
U(d, "The Embassy has provided consular assistance to the Chinese journalists concerned", "lawful rights and interests of Chinese citizens.",
  ("China", C, neg, "Australia", "representations made to Australia = a diplomatic protest (act) -> condemning (unsure: the assistance half alone would be neutral)"))
U(d, "According to the reporters, officers of the Australian Security Intelligence Organisation", "not to disclose what had happened.",
  ("China", C, neg, "Australia", "second-hand account published by the Embassy as an accusation against ASIO (unsure: the reporters are unnamed; kept as the Embassy's charge)"))
U(d, "Such conduct has seriously disturbed the normal work of Chinese media organisations", "the Embassy said in the statement.",
  ("China", C, neg, "Australia", "judgement of the searches, attribution tail"))
# "The four journalists, from Xinhua ... have since returned to China." = fact in narration, no row.
# "On 7 September, Ambassador Cheng Jingye met in Canberra with a delegation ..." = meeting narrated, no row.
U(d, "The Ambassador said the foundation of China-Australia cooperation lay in mutual respect", "sound and steady track.",
  ("China", T, pos, "Australia", "hope to restore relations = calling_for_talks"))
U(d, "Ambassador Cheng said that recent events had not been caused by the Chinese side", "deteriorated so sharply this year.",
  ("China", C, neg, "Australia", "blame laid on Canberra without stock words"))
# "The business representatives expressed their wish to keep trade channels open." = unnamed group, no row.
U(d, "The spokesperson confirmed that Australian citizen Cheng Lei is being held", "the security of the state.",
  ("China", N, neu, "", "fact of detention confirmed, procedural"))
U(d, "The case is being handled in accordance with law, and Ms. Cheng's lawful rights", "the spokesperson said.",
  ("China", N, pos, "", "reassurance about own conduct = neutral"))
U(d, "The spokesperson said the Australian side had been informed and that consular access", "bilateral consular agreement.",
  ("China", N, neu, "", "procedure"))
U(d, "The Embassy hosted an online forum on 4 September", "Chinese community groups.",
  ("China", T, pos, "", "hosting a forum on exchanges = host convening (README: host convening is calling_for_talks)"))
U(d, "Dr. Lachlan Pereira, a Sydney-based researcher of Australia-China relations, told the forum", "work without fear.",
  ("Lachlan Pereira", T, neg, "", "invented researcher; appeal to both governments, no judgement"))
U(d, "Community representative Ms. Zhou Meiling said many Chinese Australians felt", "prevail on both sides.",
  ("Zhou Meiling", T, neg, "", "invented community voice; concern + hope for calm = calling_for_talks"))
U(d, "The Embassy said it would continue to support Chinese media in Australia", "whatever help they needed.",
  ("China", N, pos, "", "support for its own media/nationals: no other actor backed -> neutral, positive (unsure: could be supporting)"))
U(d, "The Australian Foreign Minister said on Tuesday that the treatment", "at a high level.",
  ("Australia", C, neg, "China", "position reported by the Embassy; the minister by title only; concern + formal representations to Beijing = protest by act (unsure: could be neutral concern)"))
U(d, "The spokesperson said the Chinese side had noted the remarks and regretted", "through diplomatic channels.",
  ("China", C, neg, "Australia", "'regretted' aimed at the Australian side = judgement"))
U(d, "\"We have always welcomed Australian journalists who report on China objectively", "the spokesperson said.",
  ("China", N, pos, "", "statement of own openness, no actor backed = neutral, positive"))
U(d, "The spokesperson added that the Chinese side was willing to keep up communication", "equality and mutual respect.",
  ("China", T, pos, "Australia", "willingness to keep talking"))
U(d, "Asked about comments from Washington, the spokesperson said the United States", "on press freedom.",
  ("China", C, neg, "United States", "judgement of Washington without stock word; the US comment itself is not given, no US row"))
U(d, "Pereira said the June searches in Australia and the late-night visits in Beijing", "the same mistake.",
  ("Lachlan Pereira", C, neg, "", "judgement of both governments' acts -> target empty"))
