# ------------------------------------------------------------------ Hong Kong police raid and closure of Stand News, foreign reactions (wire story, 2021-12-30)
d = "page_standnews_raid2021_wire.txt"
# Not statements: menu, UPDATE headline, byline, read time, time stamp, the three bullets, ADVERTISEMENT, the crosshead
# "BEIJING HITS BACK", reporting credits, Our Standards, Related coverage, Most read, copyright.
U(d, "The United States, Canada, Germany and the European Union on Thursday condemned a police raid", "a law-enforcement matter of the city.",
  ("United States", C, neg, "Hong Kong government", "dateline excluded; list of four actors condemning the raid: one row each; the raid was carried out by the Hong Kong police"),
  ("Canada", C, neg, "Hong Kong government", "same list"),
  ("Germany", C, neg, "Hong Kong government", "same list"),
  ("European Union", C, neg, "Hong Kong government", "same list"),
  ("China", C, neg, "", "second clause: telling foreign governments to stop interfering = rebuke; several targets -> empty"))
# "More than 200 national security police officers searched ..." = narration of the event, no row.
U(d, "Stand News said hours later that it was ceasing operations with immediate effect", "all staff had been dismissed.",
  ("Stand News", N, neg, "", "the outlet as the subject of the event (not a reporting agency); closure announced = neutral"))
# "Its website and social media accounts were taken offline." = narration, no row.
U(d, "Police froze about HK$61 million ($7.8 million) in assets belonging to the outlet", "stirred hatred against the government.",
  ("Hong Kong government", C, neg, "Stand News", "Hong Kong police = Hong Kong government (name files); asset freeze + accusation = condemning"))
U(d, "U.S. Secretary of State Antony Blinken said the arrests amounted to an attack", "to free those detained at once.",
  ("United States", C, neg, "", "judgement ('an attack') + demand for release -> rule 1 condemning; aimed at Chinese and Hong Kong authorities -> target empty"))
U(d, "\"Reporting the news is not a crime.", "Blinken said in a written statement.",
  ("United States", C, neg, "Hong Kong government", "multi-sentence quote closed by its speaker; judgement without stock words"))
U(d, "He said Washington stood with Hong Kong's journalists and would keep raising their cases with Beijing.", "with Beijing.",
  ("United States", S, pos, "", "solidarity with journalists (not an actor) -> supporting, target empty; Beijing = addressee, not the target of the support"))
U(d, "Canadian Foreign Minister Melanie Joly said Ottawa was deeply troubled by the arrests", "had asked for access.",
  ("Canada", N, neg, "", "concern without an appeal + consular request = neutral, negative"))
U(d, "\"We are seeking information and consular access for the Canadian detained", "Joly wrote on Twitter.",
  ("Canada", T, neg, "Hong Kong government", "leader on social media; appeal to respect freedoms, no judgement word = calling_for_talks"))
U(d, "A spokesperson for Germany's foreign ministry said Berlin viewed the closure", "with its European partners.",
  ("Germany", C, neg, "Hong Kong government", "'a further blow' = judgement + a common response announced"))
U(d, "The EU's diplomatic service said in a statement that the raid confirmed the steep decline", "in June 2020.",
  ("European Union", C, neg, "Hong Kong government", "judgement of the decline of media freedom (unsure target: the security law was imposed by Beijing)"))
U(d, "It called on the Hong Kong authorities to release the detained staff", "according to the statement.",
  ("European Union", T, neg, "Hong Kong government", "'It' = the EU's service; demand with no judgement word in the sentence = calling_for_talks (labels/README); attribution tail"))
U(d, "A British Foreign Office spokesperson said Britain was alarmed by the closure", "silence those who question them.",
  ("United Kingdom", C, neg, "Hong Kong government", "accusation of silencing critics = condemning"))
U(d, "The U.N. human rights office in Geneva said the raid was the latest", "a spokesperson told reporters.",
  ("United Nations", N, neg, "", "worry without an appeal = neutral, negative"))
U(d, "Taiwan's Mainland Affairs Council, which handles policy toward China, said the closure showed", "would not accept such a model.",
  ("Taiwan", C, neg, "China", "'promise broken' + rejection of the model = judgement of Beijing"))
U(d, "In Beijing, Chinese foreign ministry spokesperson Wang Wenbin said the police had acted in accordance with the law", "calling oneself a journalist.",
  ("China", S, neu, "Hong Kong government", "backing of the police action (unsure: the second clause implies a charge against the arrested, which would make it condemning)"))
U(d, "\"Certain countries are once again using so-called press freedom as an excuse", "Wang told a regular briefing.",
  ("China", C, neg, "", "'smear', 'meddle', 'firmly oppose' aimed at 'certain countries' -> condemning, target empty"))
U(d, "He said those countries should respect China's sovereignty and stop making irresponsible remarks", "about the city.",
  ("China", C, neg, "", "demand joined to a judgement ('irresponsible') -> condemning"))
U(d, "The Office of the Commissioner of China's foreign ministry in Hong Kong said in a statement", "stay out of the city's affairs.",
  ("China", C, neg, "", "the commissioner's office speaks for China; 'gross interference' = judgement; Western politicians not one actor"))
U(d, "Hong Kong leader Carrie Lam said the action was not about muzzling the media", "had nothing to fear.",
  ("Hong Kong government", N, neg, "", "denial that the raid targets the press = neutral, negative"))
U(d, "\"No one in this city is arrested for a news report.", "Lam told reporters before a weekly meeting of her advisers.",
  ("Hong Kong government", C, neg, "Stand News", "accusation by implication (using a news site to stir up hatred)"))
U(d, "She added that the government respected press freedom as protected by the Basic Law", "those who abused it.",
  ("Hong Kong government", C, neg, "", "reassurance + warning to unnamed abusers; the warning decides (unsure: could be neutral)"))
U(d, "The Hong Kong Journalists Association, the city's largest media union, said it was shaken", "the city's mini-constitution.",
  ("Hong Kong Journalists Association", T, neg, "Hong Kong government", "alarm + appeal, no judgement word = calling_for_talks"))
U(d, "The union's chairman, Ronson Chan, a Stand News editor whose home was searched", "continue to speak for members.",
  ("Hong Kong Journalists Association", N, neu, "", "the chairman speaks for the union; facts about his questioning and his plans = neutral"))
U(d, "Tobias Marr, a researcher in media law at a university in Taipei, said", "well beyond one newsroom.",
  ("Tobias Marr", N, neg, "", "invented scholar; forecast of a chilling effect, no explicit judgement or appeal = neutral, negative (as Wanida Srisuk's forecast on page 6; unsure: could be condemning)"))
U(d, "\"The message to every editor in the city is that an opinion column can now bring police to the door.", "Marr said.",
  ("Tobias Marr", C, neg, "Hong Kong government", "call to make ties conditional on the release = pressure measure, condemning (calls for sanctions are condemning, labels/README)"))
U(d, "Kelvin Yau, a former freelance contributor to the outlet, said he watched the raid", "he had lost a home.",
  ("Kelvin Yau", N, neg, "", "invented witness; feelings, no judgement on an actor = neutral, negative"))
U(d, "\"There is no Stand News anymore.", "Yau said.",
  ("Kelvin Yau", N, neg, "", "loss described, no judgement or appeal"))
