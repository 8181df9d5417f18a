# ------------------------------------------------------------------ The "Kosovo is Serbia" train halted at Raška (Serbian state news agency, 2017-01-15)
d = "page_serbia_kosovo_train_raska2017_stateagency.txt"
# Not statements: masthead, menu, breadcrumb, headline (carries Nikolić's and Vučić's positions; the body carries them), time stamps,
# photo caption, ADVERTISEMENT, Related list, tags, share bar, most read (incl. "Vučić: The state will not be blackmailed"), copyright.
U(d, "President of the Republic of Serbia Tomislav Nikolić said on Sunday", "bound for Kosovska Mitrovica.",
  ("Serbia", C, neg, "Kosovo", "dateline excluded; long state-agency title; reported clause: Priština blamed for bringing the province to the edge of clashes = judgement"))
U(d, "\"We did not send a tank, we sent a train.", "the President said at a press conference in the building of the Presidency.",
  ("Serbia", C, neg, "Kosovo", "multi-sentence quote closed by 'the President'; 'met with rifles' = judgement of Priština, plus a veiled warning; rule 1"))
U(d, "\"Those who sent armoured vehicles against a passenger train", "what exactly they were afraid of.\"",
  ("Serbia", C, neg, "Kosovo", "quote carried across the paragraph break with no attribution = same speaker (Nikolić); sarcastic judgement without stock words"))
U(d, "Nikolić said the deployment of the ROSU units north of the Ibar", "agreements reached in Brussels.",
  ("Serbia", C, neg, "Kosovo", "surname only; charge of a breach of the Brussels agreements"))
U(d, "He added that the National Security Council had reviewed every option", "came under attack.",
  ("Serbia", C, neg, "Kosovo", "veiled threat of a response (options reviewed, will not stand aside) = condemning"))
# "The train, painted in the colours of the Serbian flag ..." = background narration, no row.
U(d, "Prime Minister of the Government of the Republic of Serbia Aleksandar Vučić, who ordered the train to turn back", "faced arrest.",
  ("Serbia", N, neg, "", "own decision explained by reported information (mined tracks, arrests); no explicit judgement in the sentence (unsure: the 'faced arrest' claim leans toward accusation)"))
U(d, "\"I took the decision alone and I stand behind it.", "written in Priština.",
  ("Serbia", C, neg, "Kosovo", "quote + 'adding that' clause: Priština writes the rules of a 'game' = judgement without stock words"))
U(d, "The Prime Minister said he had informed High Representative", "rolling toward the line.",
  ("Serbia", C, neg, "European Union", "'the Prime Minister' = Vučić; reproach of the EU's wait-and-see approach = judgement aimed at the EU"))
U(d, "Director of the Office for Kosovo and Metohija of the Government of Serbia Marko Đurić said", "the mood of Hashim Thaçi.",
  ("Serbia", C, neg, "Kosovo", "government office = Serbia; the train will run again + jab at Thaçi = judgement"))
U(d, "Minister of Foreign Affairs Ivica Dačić was quoted by the government's press service", "without delay.",
  ("Serbia", T, neg, "Kosovo", "second-hand attribution ('was quoted by'); demand that Priština pull its units out, no judgement word = calling_for_talks (de-escalation) addressed to one side; the briefing itself is narration"))
U(d, "Minister of Defence Zoran Đorđević said the units of the Serbian Army", "over the weekend.",
  ("Serbia", N, neu, "", "facts about own forces, implicitly denying mobilisation; no appeal or judgement"))
U(d, "Speaking in Priština, Hashim Thaçi, who holds the post of president", "under any circumstances.",
  ("Kosovo", C, neg, "Serbia", "state-media framing of his office; 'staged move' to carve up Kosovo = accusation; order to stop the train"))
U(d, "Isa Mustafa, who heads the government in Priština, was cited by Kosovo Albanian media", "let through to the north.",
  ("Kosovo", C, neg, "Serbia", "second-hand ('was cited by'); refusal in protest with the grievance stated ('nationalist slogans') = condemning (unsure: could be read as a plain statement of policy)"))
U(d, "The Kosovo police said in a statement that its units had checked the railway", "on the tracks.",
  ("Kosovo", N, neu, "", "police = its authorities; facts found, implicitly answering Belgrade's mine claim; no judgement"))
U(d, "The spokesperson of the European External Action Service, Maja Kocijančič, said the two sides should settle", "in the coming days.",
  ("European Union", T, neu, "", "spokesperson of the EU's service; appeal to both sides for dialogue and restraint in words"))
U(d, "High Representative Mogherini has invited Vučić and Thaçi to a meeting", "the EEAS announced in the evening.",
  ("European Union", T, neu, "", "the host convening a meeting = calling_for_talks (labels/README); attribution tail"))
U(d, "In Moscow, Official Representative of the Ministry of Foreign Affairs of the Russian Federation Maria Zakharova said", "the rights of the Serb population.",
  ("Russia", C, neg, "Kosovo", "judgement of the Kosovo Albanian leadership"))
U(d, "Russia stands by Serbia's efforts to protect its people, she added", "partners in the Security Council.",
  ("Russia", S, pos, "Serbia", "'she added' = Zakharova; backing for Serbia + a procedural plan: support decides (rule 3 before 4)"))
U(d, "The Embassy of the United States in Belgrade said in a brief statement", "coming from both sides.",
  ("United States", N, neg, "", "concern with no appeal = neutral, negative"))
U(d, "KFOR, the NATO-led force in the province, said its troops were present", "headquarters in Priština.",
  ("NATO", N, neu, "", "KFOR = NATO; facts on the situation; 'according to a statement from' tail"))
U(d, "Special Representative of the UN Secretary-General for Kosovo Zahir Tanin expressed hope", "calm would hold in the north.",
  ("United Nations", T, pos, "", "hope for dialogue and calm = calling_for_talks"))
U(d, "Bishop of Raška and Prizren Teodosije appealed to the faithful", "website of the eparchy.",
  ("Serbian Orthodox Church", T, neu, "", "bishop speaks for his church; appeal for peace and not answering provocations, no actor judged"))
U(d, "The Srpska Lista, the largest party of Serbs in the province, announced", "humiliated on a holy day.",
  ("Srpska Lista", C, neg, "Kosovo", "boycott of the assembly in protest, grievance stated = condemning"))
U(d, "Milica Stanković-Ilić, a researcher at the Belgrade Centre for Regional Policy, told Tanjug", "remained.",
  ("Milica Stanković-Ilić", N, neg, "", "invented researcher; assessment of fragile arrangements, no one blamed"))
U(d, "\"The agreement on freedom of movement exists on paper.", "she said.",
  ("Milica Stanković-Ilić", N, neg, "", "multi-sentence quote closed by 'she said'; 'can be hollowed out' names no actor = assessment, not a judgement of one side"))
U(d, "She said the two sides should agree, through Brussels, on rules for rail traffic", "set out.",
  ("Milica Stanković-Ilić", T, neu, "", "appeal for an agreement through the dialogue = calling_for_talks"))
U(d, "Petar Lazarević, a retired railwayman from Raška who came to the station", "told to get off.",
  ("Petar Lazarević", N, neg, "", "invented witness; description of what he saw"))
U(d, "\"People cried on the platform.", "he said.",
  ("Petar Lazarević", N, neg, "", "witness quote: scene and grief, no judgement"))
# "The two sides are due to meet in Brussels on January 24 ..." = narration of a scheduled meeting, no row.
