# ------------------------------------------------------------------ Kenya: the Al-Shabaab attack on the DusitD2 complex, Nairobi (world-reacts roundup, 2019-01-16)
d = "page_nairobi_dusitd2_attack2019_worldreacts.txt"
# Not statements: masthead, menu, breaking ticker, section, headline, standfirst, byline, reading time, photo caption, country crossheads, ADVERTISEMENT, "WHAT ANALYSTS SAY", Related, Most read, sign-up, copyright.
# "Messages of condemnation and sympathy reached Nairobi ..." = summary lead (dateline excluded), no row.
# "Gunmen attacked the complex on Riverside Drive ..." = narration with the President's count as background; no separate position, no row.
# "Here is a selection of the reactions, country by country." = furniture, no row.
U(d, "In a televised address on Wednesday morning, President Kenyatta said", "helped the operation.",
  ("Kenya", C, neg, "Al-Shabaab", "vow to hunt down everyone behind the attack = threat of a response -> condemning; the attackers are Al-Shabaab on this page"))
U(d, "Interior Cabinet Secretary Fred Matiang'i said there was no cause for alarm", "another part of Nairobi.",
  ("Kenya", N, neg, "", "reassurance + denial of rumours of a second attack = neutral, negative (denial)"))
U(d, "The Somali militant group said through its radio station", "carried out the attack.",
  ("Al-Shabaab", N, neu, "", "claim of its own attack with no judgement stated = neutral (guide: reporting one's own strike)"))
U(d, "Secretary-General António Guterres: full solidarity with", "assault on innocent people.",
  ("United Nations", C, neg, "Al-Shabaab", "verbless roundup bullet; solidarity + condemnation, rule 1"))
U(d, "The President of the General Assembly, María Fernanda Espinosa, sent her condolences", "violence against civilians.",
  ("United Nations", C, neg, "Al-Shabaab", "condolences joined to a judgement ('no political aim could justify'): rule 1"))
U(d, "Commission Chairperson Moussa Faki Mahamat condemned the attack", "late on Tuesday.",
  ("African Union", C, neg, "Al-Shabaab", "condemnation + praise of Kenya's forces (acted quickly and well): rule 1; attribution tail 'according to a statement'"))
U(d, "The regional bloc's executive secretary, Mahboub Maalim, called the attack", "sympathy to the bereaved.",
  ("IGAD", C, neg, "Al-Shabaab", "'the regional bloc' = IGAD; judgement without a stock word ('assault on the peace of the region')"))
U(d, "The Federal Government in Mogadishu denounced Al-Shabaab", "a faith it had betrayed.",
  ("Somalia", C, neg, "Al-Shabaab", "Mogadishu's federal government = Somalia; denunciation"))
U(d, "Prime Minister Abiy Ahmed offered his condolences to Kenyans", "beyond any defence.",
  ("Ethiopia", C, neg, "Al-Shabaab", "condolences + judgement ('beyond any defence'): rule 1; state given by the crosshead"))
U(d, "President Yoweri Museveni said Uganda stood with Kenya in its grief", "security services could give.",
  ("Uganda", S, neg, "Kenya", "solidarity + offer of help = supporting; grief tone"))
U(d, "Tanzania's foreign ministry hoped that calm would quickly return", "grow stronger.",
  ("Tanzania", T, pos, "", "hope for calm = calling_for_talks (guide)"))
U(d, "The State Department condemned what its spokesperson called a pointless act of bloodshed", "a department official confirmed.",
  ("United States", C, neg, "Al-Shabaab", "condemnation; the US citizen's death is a fact in the same sentence"))
U(d, "The U.S. Embassy in Nairobi said American personnel had been helping", "since Tuesday evening.",
  ("United States", S, neu, "Kenya", "backing by act: US personnel assisting at the scene"))
U(d, "Foreign Secretary Jeremy Hunt sent his condolences", "alongside the Kenyan authorities.",
  ("United Kingdom", S, neg, "Kenya", "office holder with the state given by the crosshead; condolences + working with Kenya = supporting, grief tone"))
U(d, "A spokesperson for High Representative Federica Mogherini said the EU stood by Kenya", "fight against terrorism.",
  ("European Union", S, pos, "Kenya", "solidarity and continued support"))
U(d, "Condemnation from the French foreign ministry, and sympathy for the families of the victims.", "families of the victims.",
  ("France", C, neg, "Al-Shabaab", "verbless bullet; condemnation + sympathy, rule 1"))
U(d, "Foreign ministry spokesperson Lu Kang said at the regular briefing in Beijing", "following the situation.",
  ("China", N, neu, "", "facts on its own citizens, monitoring: no judgement, no appeal"))
U(d, "President Muhammadu Buhari, whose country has lived through years of Boko Haram attacks", "shoulder to shoulder with it.",
  ("Nigeria", S, neg, "Kenya", "shared grief + solidarity = supporting"))
U(d, "From Ankara, a statement of condemnation and condolence", "against terrorism.",
  ("Turkey", C, neg, "Al-Shabaab", "verbless bullet, capital as metonym; condemnation + pledge of support, rule 1"))
U(d, "Global Affairs Canada said it was monitoring events in Nairobi closely", "any Canadians affected.",
  ("Canada", N, neg, "", "monitoring + own consular service; concern with no appeal = neutral"))
U(d, "Dr. Wanjiru Kamau, a counter-terrorism researcher at the Horn Security Forum in Nairobi, said", "military pressure in Somalia.",
  ("Wanjiru Kamau", N, neg, "", "invented researcher; assessment of the group's reach, no judgement or appeal"))
U(d, "\"The response was faster and better coordinated than at Westgate in 2013", "Kamau said.",
  ("Wanjiru Kamau", S, pos, "Kenya", "praise of the security response = supporting"))
U(d, "She said the government should now open a frank dialogue", "rather than rely on raids alone.",
  ("Wanjiru Kamau", T, neu, "Kenya", "'She' = Kamau; appeal for dialogue with community leaders, no judgement"))
U(d, "Abdi Hussein, an accountant who hid for six hours", "reached his corridor.",
  ("Abdi Hussein", N, neg, "", "invented witness; account of the gunfire"))
U(d, "\"I thought it was over for us.", "he said.",
  ("Abdi Hussein", S, pos, "Kenya", "multi-sentence quote closed by the speaker; praise of the police = supporting Kenya's forces"))
